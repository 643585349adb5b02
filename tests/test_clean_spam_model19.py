"""The model rule's separators and a site's learned names (session 19, spam19).

Positive cases: law sentences of /work/ref/DLC (source named per case) with the damage of the room's blind
development members (``tests/noise/wide/families/spam19.py``: a site's brands glued in through any symbol, the
bare Latin name of a site's brand on another page).  No real page of the project's collections shows this damage
with a vocabulary no list holds.  Negative cases: real pages whose ingested text puts a symbol before a Latin run
(copied with their source), and clean law text with a learned name nowhere in it.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.clean.spam_model import LEARNED_JUNCTION, MIN_JUNCTION, learnable_names, model_delimited_brands
from corpus_tools.dataset.learned_brands import learn_brands

#: 上海市住房公积金管理若干规定 (/work/ref/DLC/上海地方法规/地方性法规/上海/).
SHANGHAI = "职工提取住房公积金账户内存储余额后，其依法享受社会保障的权利不受影响。"
#: 浙江省曹娥江流域水环境保护条例, 第二十九条 (/work/ref/DLC/浙江地方法规/地方性法规/浙江/).
CAOEJIANG = ("第二十九条 对曹娥江流域上游地区和饮用水源保护区，根据生态功能保护及环境质量改善情况实行生态保护补偿，"
             "具体补偿标准和补偿办法按照省和绍兴市有关规定执行。")


def _found(text: str, learned: frozenset[str] = frozenset()) -> list[str]:
    return [text[s:e] for s, e in model_delimited_brands(text, learned=learned)]


@pytest.mark.parametrize("glue", ["‖", "※", "¤", "＠", "⁂", "∷", "÷", "‡", "«"])
def test_any_symbol_glues_a_latin_name_to_its_han_name(glue):
    """spam_b19_site_sep: ``其依法享受社贵铭‖guiming会保障`` (any symbol, not a list of them)."""
    brand = f"贵铭{glue}guiming"
    i = SHANGHAI.index("社") + 1
    damaged = SHANGHAI[:i] + brand + SHANGHAI[i:]
    assert _found(damaged) == [brand]
    out, edits, _ = remove_spam_anchors(damaged)
    assert out == SHANGHAI and [e.before for e in edits] == [brand]


@pytest.mark.parametrize("text", [
    # field15b/pages_entities/dolphinsci_news_567715.txt (and tests/real_pages/enc16): a page that lost its ampersands
    "在立法研究与政策分析领域#xff0c;一个长期存在的难题是——如何系统性地追踪一条法律条文的“前世今生”。",
    # field-cail2019_ydlj, all0337_侵害发明专利权纠纷.txt (ingested text): a judgment's masked company name
    "被告具有制造涉案侵权产品的行为上x4不是被告公司的法定代表人余某不是被告的员工,而是东莞市&times;&times;照明科技有限公司的股东和市场总监",
    # brackets, quotes and a sentence's punctuation are no glue (a gloss, a citation, a list)
    "第五条 鼓励企业开发移动应用（app），推广“wifi”覆盖，支持微信、qq等平台依法开展服务。",
])
def test_real_symbols_before_a_latin_run_stay(text):
    assert _found(text) == []
    assert _found(text, frozenset({"xff0c", "times", "wifi"})) == []
    out, edits, _ = remove_spam_anchors(text)
    assert out == text and edits == []


def test_a_learned_name_is_read_with_the_lower_junction():
    """spam_b19_site_bare: the site's ``zeanyuan457`` glued in bare (junction about 4 here: kept alone), removed
    when another page of the site showed it removed as spam."""
    i = CAOEJIANG.index("补偿办法") + 4
    damaged = CAOEJIANG[:i] + "zeanyuan457" + CAOEJIANG[i:]
    assert LEARNED_JUNCTION < MIN_JUNCTION
    assert _found(damaged) == []
    assert _found(damaged, frozenset({"zeanyuan457"})) == ["zeanyuan457"]
    assert _found(damaged, frozenset({"zeanyuan"})) == []  # a name, not a prefix of one
    out, edits, _ = remove_spam_anchors(damaged, brands=frozenset({"zeanyuan457"}))
    assert out == CAOEJIANG and [e.before for e in edits] == ["zeanyuan457"]


def test_a_learned_name_changes_nothing_on_clean_text():
    learned = frozenset({"zeanyuan457", "guiming", "meihaiming"})
    for text in (SHANGHAI, CAOEJIANG):
        assert _found(text, learned) == []
        assert remove_spam_anchors(text, brands=learned)[0] == text


def test_the_build_learns_the_latin_names_of_removed_strings_per_site():
    spam = [("s/0.txt", "福旺※meihaiming"), ("s/0.txt", "雅萌蕾jiaguo771"), ("t/0.txt", "芸莉办学历＆yunli592")]
    texts = [("s/0.txt", "甲"), ("s/1.txt", "提供必jiaguo771要的资料"), ("s/2.txt", "依法meihaiming实施"),
             ("t/1.txt", "meihaiming"), ("s/3.txt", "见yunli592")]
    learned = learn_brands(spam, texts)
    assert learned.brands == {"s/1.txt": frozenset({"jiaguo771"}), "s/2.txt": frozenset({"meihaiming"})}
    assert {(b.site, b.name, b.shown_on) for b in learned.found} == {("s", "jiaguo771", "s/0.txt"), ("s", "meihaiming", "s/0.txt")}


@pytest.mark.parametrize("spam, names", [
    ("宏泰快贷 hongtai88.loan", {"hongtai88"}),  # (a domain gives its name only: a dotted name would hide it)
    ("万博体育APP官方网_万博体育manbetx3.0", {"manbetx3"}),  # (the build drops what a list knows)
    ("下载app", set()), ("10kV线路", set()), ("www.gov.cn", set()), ("顾x13", set()), ("附件1.docx", set()),
])
def test_learnable_names(spam, names):
    assert learnable_names(spam) == names


def test_the_learned_names_a_list_knows_are_not_learned():
    assert learn_brands([("s/0.txt", "万博体育APP官方网_万博体育manbetx3.0")], [("s/1.txt", "manbetx3.0")]).brands == {}


def test_a_hostile_line_of_symbols_and_runs_is_linear():
    import time

    line = "监督管理" + "※abcde1" * 30000 + "。"
    t = time.process_time()
    model_delimited_brands(line, learned=frozenset({"abcde1"}))
    assert time.process_time() - t < 30


def test_a_longer_learned_name_does_not_hide_the_shorter_one_the_cleaner_compares():
    """The seen spam_site_learned member fell from 85.8 to 79.9 % with 4209e0b: ``fgcai.net``/``jch88`` learned beside
    the evident ``fgcai``/``jch`` took their place in the finder (the longest name wins at a place), the pages were
    cleaned again with the long name only, which the brand rules do not compare, and glued domains stayed."""
    spam = [("s/0.txt", "金彩汇娱乐_jch88"), ("s/5.txt", "金彩汇娱乐•jch88"), ("s/1.txt", "富贵彩（fgcai）官方网站"), ("s/2.txt", "在时间上要fgcai88.net服从")]
    texts = [("s/3.txt", "依法jch88.vip管理"), ("s/4.txt", "在时间上要fgcai88.net服从")]
    learned = learn_brands(spam, texts)
    assert {"jch", "jch88"} <= learned.brands["s/3.txt"]
    assert {"fgcai", "fgcai88"} <= learned.brands["s/4.txt"]
