"""spam_anchor, session 14 (issue 15): one pattern source run to run, names a law writes with their
romanisation kept, and the damaged articles of the seen and blind spam variants."""

import os
import subprocess
from pathlib import Path
import sys

import pytest

from corpus_tools.clean.spam import remove_spam_anchors

_SOURCES = """
import hashlib
import corpus_tools.clean.spam, corpus_tools.clean.spam_decorations, corpus_tools.clean.brands
from corpus_tools.lazy_patterns import every_lazy_pattern
spam = [p.pattern for p in every_lazy_pattern() if (p.module or "").startswith("corpus_tools.clean.")
        and p.module.rsplit(".", 1)[1] in ("spam", "spam_decorations", "brands", "spam_reputation")]
print(len(spam), hashlib.sha256("\\n".join(map(str, spam)).encode()).hexdigest())
"""


def test_spam_pattern_sources_are_the_same_run_to_run():
    # Alternations joined in a set's order (sorted by length only) differed with the string hashing
    # of each run: 21 spam patterns' sources changed from PYTHONHASHSEED=1 to 2, and the pattern
    # cache (corpus_tools/regex_cache.py) could never read them back.
    out = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "CORPUS_TOOLS_CACHE_DIR": ""}
        run = subprocess.run([sys.executable, "-c", _SOURCES], env=env, capture_output=True, text=True, check=True)
        out.add(run.stdout.strip())
    assert len(out) == 1, out
    assert int(next(iter(out)).split()[0]) > 50  # the spam modules' patterns were all read


# Review 13 (review13.md, R13-F8/F18 and the spam_anchor probes): names a law writes with their
# romanisation or brand, a word starred for emphasis, spam quoted as a law's example.  Before
# session 14 each lost words (shown after the arrow); each must come out byte-identical.
KEPT = [
    "本次会议在北京Beijing、上海Shanghai、广州Guangzhou、深圳Shenzhen四地同时举行。",  # -> 在、、、四地
    "会议地点：广州Guangzhou。",  # -> 会议地点：。
    "第五条 注册商标“茅台Moutai”“五粮液Wuliangye”“青岛Tsingtao”受保护。",
    "产品型号：华为Mate60、小米Mi14、OPPO Find X7等。",  # -> 小、
    "如：中国银行Bank of China、中信CITIC、海尔Haier、联想Lenovo。",  # -> 中信CITIC、、联想
    "合作企业：华为Huawei、小米Xiaomi、海尔Haier、格力Gree、美的Midea。",  # -> 、、、格力Gree
    "第十条 禁止传播★博彩★信息。",  # -> 禁止传播信息
    "网络服务提供者发现用户发布“推荐访问某某娱乐官网”等信息的，应当立即停止传输。",  # -> “推荐访问某某”
    # the real nfra list page (tests/real_pages/nfra/page_source_debug.html): a person's Latin name in a title
    "国家金融监督管理总局关于Max Yang Zhao（赵阳）信美人寿相互保险社监事任职资格的批复",
    # more of my own, written after the rules (the family: names with romanisation, starred words, quoted spam)
    "友好城市：成都Chengdu、重庆Chongqing、西安Xian、南京Nanjing。",
    "参展企业包括海信Hisense、长虹Changhong、格兰仕Galanz等。",
    "第三条 本届博览会在杭州Hangzhou举办，由浙江省人民政府主办。",
    "第十二条 禁止销售◆彩票◆类产品。",
    "严禁在校园内传播▲赌博▲信息。",
    "监管部门查处了“某某体育官方网站”等违法网站。",
    "第六条 严厉打击★网络博彩★，维护网络安全。",  # a starred name the law writes elsewhere
    "本市鼓励购买▲体育彩票▲，支持体育事业。",  # the trade's words alone
    # a second set of my own, written before probing the code
    "参会城市包括西安Xi'an、厦门Xiamen、拉萨Lhasa。",
    "第四条 品牌名称为“健力宝Jianlibao”，任何单位不得擅自使用。",
    "注册商标“娃哈哈WAHAHA”受法律保护。",
    "★重要★本条自公布之日起施行。",
    "网友发布的“金沙娱乐官网”广告已被删除。",  # -> “” before the naming words 发布/广告
    "禁止在公共场所张贴※赌场※标识。",
    "本市与日本冈山Okayama缔结友好城市关系。",
    # review 14 (R14-F7, the reviewer's probes): a place or a kind a law names, starred, is no brand's name
    "严厉打击★跨境赌博★活动，依法查处★澳门赌场★招赌行为。",
    "第十条 本条例所称★歌舞娱乐场所★，是指以营利为目的的场所。",
    # blind, of the same family (written before running them): other places and kinds a law stars
    "依法取缔★境外赌场★设在本市的代理点。",
]


@pytest.mark.parametrize("text", KEPT)
def test_names_and_words_a_law_writes_stay(text):
    out, edits, _ = remove_spam_anchors(text)
    assert out == text, edits


def test_a_starred_word_kept_is_reported():
    _, _, warnings = remove_spam_anchors("第十条 禁止传播★博彩★信息。")
    assert [w.message for w in warnings] == ["starred word kept: no promotion word, the law's own"]


# The seen damage still goes: a brand's romanisation comes with what sells it (a category, a site word,
# a domain, a separator), or is written in lower case; a feed's tags are promotion words.
@pytest.mark.parametrize("text, expected", [
    ("加强开云Kaiyun体育官网管理。", "加强管理。"),
    ("依法金彩汇娱乐_jch88管理。", "依法管理。"),
    ("推进杏彩xingcai.net建设。", "推进建设。"),
    ("不得采取多次跳转※关注※、冗长条款等方式。", "不得采取多次跳转、冗长条款等方式。"),
    ("设置榜单▲头条▲排名。", "设置榜单排名。"),
    ("不得以★精🌽选★打赏额度为唯一依据。", "不得以打赏额度为唯一依据。"),
    # the blind variant of session 13 (spam_blind_brackets): a brand in stars, its name nowhere else on the page
    ("应当符合遗址保护规划，加强☆龙腾阁电玩城☆管理。", "应当符合遗址保护规划，加强管理。"),
    # 北京市实施《野生动物保护法》办法(2018-03-30) (/work/ref/DLC), the same variant: the site's words no list holds after the name
    ("由市野生动物行政主管部★金樽国际棋牌室平台注册★门制定。", "由市野生动物行政主管部门制定。"),
    # a made-up two-character name (no law's words) still goes; a law's word with the site's host too
    ("加强☆星耀竞彩☆管理。", "加强管理。"),
    ("加强★澳门赌场amdc88.com★管理。", "加强管理。"),
])
def test_spam_with_its_evidence_still_goes(text, expected):
    assert remove_spam_anchors(text)[0] == expected


def test_a_learned_brand_with_a_capitalised_latin_name_still_goes():
    # the page shows 博乐彩 with evidence (its Latin name, a site word): its capitalised form goes too
    text = "欢迎光临博乐彩(bolecai)官方网站\n第一条 加强博乐彩Bolecai管理。"
    out = remove_spam_anchors(text)[0]
    assert "博乐彩" not in out and "Bolecai" not in out, out


# What removal leaves (issue 15; the blind variants of session 14 showed both, on laws of /work/ref/DLC):
# a brand put in as a clause with its own comma left ``，，``; a brand padded with blanks left them.
@pytest.mark.parametrize("text, expected", [
    # 宁波市环境污染防治规定(2019-04-18) art 19, spam_blind14_insert_clause
    ("检测服务机构受负有环境保护监督管理职责的部门委托开展检测的，万利达娱乐wanlida.cc，其出具的检测数据可以作为环境执法和管理的依据。",
     "检测服务机构受负有环境保护监督管理职责的部门委托开展检测的，其出具的检测数据可以作为环境执法和管理的依据。"),
    ("住房公积金的缴存比例；金銮殿彩票平台jld.vip；可以在国家规定的最低缴存比例基础上浮动确定。",
     "住房公积金的缴存比例；可以在国家规定的最低缴存比例基础上浮动确定。"),
    # a padded brand inserted into a sentence (blanks of three kinds)
    ("并处十万\u3000金彩汇娱乐_jch88\u3000元以上一百万元以下的罚款。", "并处十万元以上一百万元以下的罚款。"),
    ("常委会组成人员要努力学习建设有中国特色 金彩汇娱乐_jch88\u00a0 社会主义的理论。", "常委会组成人员要努力学习建设有中国特色社会主义的理论。"),
])
def test_removal_leaves_no_remnant(text, expected):
    assert remove_spam_anchors(text)[0] == expected


@pytest.mark.parametrize("text", [
    "第五条 金彩汇娱乐_jch88 为了规范管理。",  # a label's blank stays
    "主任 金彩汇娱乐_jch88张三",  # a blank on one side only: the law's, maybe
    "甲、金彩汇娱乐_jch88、乙",  # a list's gap stays visible
])
def test_blanks_and_marks_of_the_law_stay(text):
    out = remove_spam_anchors(text)[0]
    assert "jch88" not in out
    assert out == text.replace("金彩汇娱乐_jch88", ""), out


def test_remnants_are_found_in_linear_time():
    import time
    unit = "规定，金彩汇娱乐_jch88，其 金沙娱乐 的"
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    t0 = time.process_time()
    remove_spam_anchors(text)
    assert time.process_time() - t0 < 60


@pytest.mark.parametrize("text, expected", [
    # review 14 (R14-F12, the reviewer's probe): a row aligned by blanks keeps one separator between its cells
    ("序号  项目  金沙娱乐jnf.win  数量\n1  钢材  五十  吨\n", "序号  项目  数量\n1  钢材  五十  吨\n"),
    # blind: ideographic blanks, a tab-separated row
    ("序号\u3000\u3000项目\u3000\u3000金彩汇娱乐_jch88\u3000\u3000数量\n", "序号\u3000\u3000项目\u3000\u3000数量\n"),
    ("名称\t金彩汇娱乐_jch88\t数量\n", "名称\t数量\n"),
    # running text keeps going together: a paragraph's indent and a label's blanks are no cell separators
    ("\u3000\u3000并处十万\u3000金彩汇娱乐_jch88\u3000元以上。", "\u3000\u3000并处十万元以上。"),
    ("第五条  为了加强 金彩汇娱乐_jch88 管理。", "第五条  为了加强管理。"),
    # the same brand padded again and again in one sentence (the seen variant spam_blind14_replace_padded on
    # 北京市人大常委会组成人员守则, /work/ref/DLC): the other brands' pads are no cell separators
    ("建设有中国特色 金彩汇娱乐_jch88  的理论，推进 金彩汇娱乐_jch88  民主法制建设。", "建设有中国特色的理论，推进民主法制建设。"),
])
def test_a_table_rows_cells_stay_apart(text, expected):
    assert remove_spam_anchors(text)[0] == expected


def test_row_separators_are_looked_for_in_linear_time():
    import time
    unit = "甲  乙 金彩汇娱乐_jch88 丙"
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    t0 = time.process_time()
    remove_spam_anchors(text)
    assert time.process_time() - t0 < 60


# A word the brand replaced, restored where the site shows it: the noise benchmark's spam_replace_passage_witness
# on 杭州市历史文化街区和历史建筑保护条例(2013-04-09) (/work/ref/DLC, 第十二条, 第十五条 and the 保护资金 paragraph): the
# injector replaced 会同同级 everywhere; a commentary page quotes the first passage.  Where the word stood after 应当
# (``主管部门应当[会同同级]文物``), the page without its anchor reads ``主管部门应当文物``, and the gaps after
# ``主管部门`` alone took ``应当`` from it: a conflict with the commentary, and every gap stayed unresolved.
_LAW = [
    "保护资金使用和管理的具体办法由市、县（市）历史文化街区和历史建筑保护主管部门会同同级财政部门制定，报本级人民政府批准后施行。",
    "第十二条 市、县（市）城乡规划主管部门应当会同同级文物、历史文化街区和历史建筑保护主管部门提出历史文化街区、历史建筑建议名录。",
    "第十五条 依法确定的历史文化街区和历史建筑不得擅自调整或者撤销。情况发生重大变化需要调整、撤销的，由市、县（市）城乡规划主管部门"
    "会同同级文物、历史文化街区和历史建筑保护主管部门提出意见，由本级人民政府组织专家委员会论证后公布。",
]


def _restored_words(tmp_path, law: list[str], word: str, brand: str, heading: str) -> list[str]:
    """The words restored in a law whose every ``word`` an anchor ``brand`` replaced, beside a
    commentary (``heading``) that quotes the law's first paragraph whole; sorted."""
    from corpus_tools.dataset.restore import compute_restorations

    raw = tmp_path / "raw"
    (raw / "witness").mkdir(parents=True)
    (raw / "law.txt").write_text("\n\n".join(line.replace(word, brand) for line in law) + "\n", encoding="utf-8")
    (raw / "witness" / "commentary.txt").write_text(f"{heading}\n\n该条规定：\n\n{law[0]}\n", encoding="utf-8")
    found = compute_restorations(raw)
    return sorted(getattr(r, "word", "") for r in found.get("law.txt", {}).values())


def test_a_gap_is_not_read_across_another_gap_of_its_page(tmp_path):
    assert _restored_words(tmp_path, _LAW, "会同同级", "乐天堂娱乐|ltt", "关于该条例的解读") == ["会同同级"] * 3


# The same benchmark variant on 宁波市环境污染防治规定(2019-04-18) (/work/ref/DLC, 第二条, 第三条, 第二十条（二）): 活动
# replaced everywhere; the commentary quotes 第二条 whole, while 第三条's ``…环境污染防治工作的需要。`` offers
# ``工作的需要`` in a like context: a conflict, and every gap of the anchor stayed unresolved.
_LAW2 = [
    "第二条 本规定适用于本市行政区域内的环境污染防治活动。",
    "第三条 各级人民政府应当对本行政区域的环境质量负责，将环境污染防治工作纳入国民经济和社会发展规划，加大环境污染防治资金投入，"
    "确保环境污染防治工作的需要。",
    "（二）在城市市区街道、广场、公园等公共场所组织娱乐、集会等活动，不得使用音响器材产生干扰周围生活环境的过大音量；",
]


def test_a_passage_quoted_whole_outweighs_a_like_context(tmp_path):
    assert _restored_words(tmp_path, _LAW2, "活动", "博乐彩体育·bolecai", "关于该规定的解读") == ["活动", "活动"]


def test_every_gap_of_the_anchor_takes_the_quoted_word(tmp_path):
    # the whole law: other sentences of the page offer words of like contexts (负责本行政区内, 推荐, 应当定期对)
    # to the gap before 历史文化街区…批准; the commentary's whole passage outweighs them
    from corpus_tools.dataset.restore import compute_restorations

    law = (Path(__file__).parent / "real_pages" / "spam14_witness" / "hangzhou_lishi_jiequ_2013.md").read_text(encoding="utf-8")
    raw = tmp_path / "raw"
    (raw / "witness").mkdir(parents=True)
    (raw / "law.txt").write_text(law.replace("会同同级", "乐天堂娱乐|ltt"), encoding="utf-8")
    (raw / "witness" / "commentary.txt").write_text(f"关于该条例的解读\n\n该条规定：\n\n{_LAW[0]}\n", encoding="utf-8")
    found = compute_restorations(raw)["law.txt"]
    assert len(found) == law.count("会同同级") == 7
    assert {getattr(r, "word", "") for r in found.values()} == {"会同同级"}, found


def test_a_restored_word_takes_the_place_of_the_pads_too():
    # 北京市人大常委会组成人员守则 art 1 (/work/ref/DLC) with a padded brand in place of 社会主义 (spam_blind14_replace_padded's shape)
    from types import SimpleNamespace

    text = "常委会组成人员要努力学习建设有中国特色 金彩汇娱乐_jch88\u3000的理论。"
    at = text.index("金")
    out, edits, _ = remove_spam_anchors(text, restorations={at: SimpleNamespace(word="社会主义", confidence=0.9, evidence=())})
    assert out == "常委会组成人员要努力学习建设有中国特色社会主义的理论。", edits
