"""Gates that skip work a text cannot need give what the work gave without them (issue 20, session 14).

Each gate is a cheap necessary condition in front of a slower scan: a rule with the gate
turned off (patched to let every text through) must find what it finds with it, on the
repository's real pages (tests/real_pages, the seeds of raw/) and on generated texts made of
what each scan looks for and of near misses.  The gates:

* ``site_furniture``: the hints skip lines opening on 第 and a Chinese numeral (an ICP line
  opening so is found by its marker's hint); running heads need a number alone between blanks;
  a related-articles list needs a head word; a doc farm's credit or wrapper line needs its ASCII
  word in the text's Latin-1 characters;
* ``cjk_spaces``: a letterspaced heading is looked for from the blanks, once per text;
* ``spam_anchor``: the site-app words asked once per text; the search-engine words;
* structure: a SAR maker's formula names the Basic Law, a label line holds its colon or
  bracket, a compilation has three numbered lines, an attachment's marker line opens on 附.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from corpus_tools.clean import farm_chrome, furniture, layout, page_edges, running_heads, spam
from corpus_tools.structure import compilations, documents, metadata

ROOT = Path(__file__).resolve().parent.parent
_ALWAYS = re.compile("")  # a gate that lets every text through


def _real_texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "real_pages").rglob("*")) + sorted((ROOT / "raw").glob("*.txt"))
    return [p.read_bytes().decode("utf-8", "replace") for p in paths
            if p.is_file() and p.suffix in (".md", ".txt", ".html", ".htm", ".json", ".jsonl")]


REAL = _real_texts()

#: Pieces of the lines the gated scans look for, and of lines that only look like them.
_PIECES = [
    "第一条 为了规范管理。", "第十章 附则", "　第三条", "【第二条】", "第 2 页 共 3 页", "第一 京ICP备12345号", "第二 公网安备 11010502030143号",
    "京ICP备05070218号", "版权所有 某市人民政府", "打印本页 关闭窗口", "上一页 1 2 3 下一页", "2011年11月17日 上海市人大常委会通过",
    "警察 预防和制止家庭暴力 52 53 工作手册 押清单。", "警察 预防和制止家庭暴力 54 55 工作手册 务关系。", "相关新闻", "推荐阅读",
    "强图打榜 2024-05-23 09:41:17", "2024-05-22 23:32:46", "The Beginning", "THE END", "Empire CMS,phome.net |", "Discuz! X3",
    "İ", "\u212a", "执 法 案 卷 首 页", "目 录", "第 一 章 总 则", "年 月 日 时 分", "中 国", "\u3400\u3000\u9fff\u3000中\u3000国",
    "体育彩票APP", "杏彩电竞客户端", "A中P中P", "棋牌官网", "SEO优化", "代发外链", "百度收录", "seo", "网站建设 推广",
    "立法会根据《澳门特别行政区基本法》第七十一条（一）项，制定本法律。", "特别行政区基本法》", "发布日期：2024-01-01", "【发布日期】2024年",
    "发文机关司法部", "来源:", "1. 甲法", "2. 乙法", "（3）丙法", "（2015年12月27日通过）", "一、法律法规", "附件：某办法附件", "附件1",
    "附件", "附表一：", "具备下列条件：", "附 件 2", "某办法", " ", "　", "\t", "", "12", "1 2 3", "Print | Close",
]


def _generated(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(["\n", "\n", "", " ", "\u3000", "\n\n"]) for _ in range(rng.randint(1, 40)))
            for _ in range(count)]


#: A compilation's headings (compilations.recorded_heads's example): the gated scan's positive case.
COMPILATION = ("一、法律法规\n1. 甲法\n（2015年12月27日通过）\n第三条 甲。\n2. 乙法\n（2016年1月1日通过）\n第一条 乙。\n第二条 乙。\n"
               "二、司法解释\n1. 丙解释\n（2020年12月25日通过，2021年1月1日施行）\n第五条 丙。\n")
TEXTS = REAL + _generated(14, 800) + [COMPILATION]


def _same(function, texts, monkeypatch, **gates_off):
    gated = [repr(function(t)) for t in texts]
    with monkeypatch.context() as m:
        for target, value in gates_off.items():
            module, name = target.rsplit(".", 1)
            m.setattr(module_of[module], name, value)
        ungated = [repr(function(t)) for t in texts]
    different = [t[:80] for t, a, b in zip(texts, gated, ungated) if a != b]
    assert not different
    return gated


module_of = {"furniture": furniture, "running_heads": running_heads, "page_edges": page_edges, "farm_chrome": farm_chrome,
             "layout": layout, "spam": spam, "metadata": metadata, "compilations": compilations, "documents": documents}


def _furniture_lines_read(text: str) -> list[tuple[int, str]]:
    """The lines the rule's hint loop reads and finds a furniture shape on, in order (one read per line)."""
    seen, out = set(), []
    for hint in furniture._furniture_hints(text):
        start = text.rfind("\n", 0, hint) + 1
        if start not in seen:
            seen.add(start)
            match = furniture._furniture_line(text, start)
            if match is not None:
                out.append((start, match.group(0)))
    return out


def test_furniture_as_when_every_hint_line_was_read(monkeypatch):
    """The old hint patterns (every line opening on a first character, 第 too) lead to the same furniture lines,
    in the same order; the whole rule gives the same result on the generated texts."""
    first = "[" + re.escape(furniture._FIRST_CHARS) + "]"
    old_hints = {"furniture._FURNITURE_HINT_RE": re.compile("\n" + furniture._FURNITURE_LEAD + first),
                 "furniture._FURNITURE_FIRST_LINE_RE": re.compile(furniture._FURNITURE_LEAD + first)}
    found = _same(_furniture_lines_read, TEXTS, monkeypatch, **old_hints)
    assert any(f != "[]" for f in found)
    _same(furniture.remove_site_furniture, TEXTS[len(REAL):], monkeypatch, **old_hints)
    # the hints the gate drops are article lines only, and an ICP line opening on 第 is still removed
    assert furniture.remove_site_furniture("第一条 甲。\n第一 京ICP备12345号\n")[0] == "第一条 甲。\n"


def test_furniture_scans_as_without_their_gates(monkeypatch):
    _same(running_heads.running_head_spans, TEXTS, monkeypatch, **{"running_heads._LONE_NUMBER_RE": _ALWAYS})
    _same(page_edges.related_list_tail, TEXTS, monkeypatch, **{"page_edges._RELATED_HEAD_WORD_RE": _ALWAYS})
    found = _same(farm_chrome.farm_chrome_lines, TEXTS, monkeypatch, **{"farm_chrome._ASCII_WORDS": (b"",)})
    assert any(f != "[]" for f in found)  # the wrapper and credit lines of the generated texts are found


def test_letterspaced_gate_answers_as_the_hint_pattern():
    rng = random.Random(5)
    alphabet = ["中", "第", " ", "\u3000", "a", "\n", "\u3400", "\u9fff", "\u33ff", "\ua000", "1"]
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    answers = [layout._may_be_letterspaced(t) for t in texts]
    assert answers == [layout._LETTERSPACED_HINT.search(t) is not None for t in texts]
    assert any(answers) and not all(answers)


def test_spam_gates_answer_as_their_searches():
    assert [spam._has_site_app_word(t) for t in TEXTS] == [any(w in t for w in spam._SITE_APP_WORDS) for t in TEXTS]
    assert [spam._may_hold_seo_word(t) for t in TEXTS] == [spam._SEO_ONLY_RE.search(t) is not None for t in TEXTS]
    # (each gate stands for the search it replaced, as a yes or no, in front of the same code)


def test_structure_gates_as_without_them(monkeypatch):
    assert [metadata.sar_maker(t) for t in TEXTS] == [
        None if (m := metadata._SAR_MAKER.search(t, 0, 3000)) is None
        else (m.group("region") + "特别行政区" + m.group("organ"), m.group("region") + "特别行政区") for t in TEXTS]
    lines = [line for t in TEXTS for line in t.split("\n")[:40]]
    with_gates = [repr(metadata._label_line(line)) for line in lines]
    assert with_gates == [repr(_label_line_ungated(line)) for line in lines]
    assert any(g != "None" for g in with_gates)
    heads = _same(lambda t: compilations.recorded_heads(t), TEXTS, monkeypatch,
                  **{"compilations._enough_numbered_lines": lambda text, start: True})
    assert any(h != "[]" for h in heads)
    _same(lambda t: documents._attachment_segments(t, 0), TEXTS, monkeypatch,
          **{"documents._MAYBE_GLUED": _ALWAYS, "documents._MAYBE_ATTACHMENT": _ALWAYS})


def _label_line_ungated(line: str):
    """:func:`metadata._label_line` as it was: both patterns tried on every line."""
    m = metadata._LABEL_LINE.match(line)
    if m is not None:
        return m
    m = metadata._BRACKET_LABEL_LINE.match(line)
    if m is not None and metadata._field_of(m.group("label")) is not None:
        return m
    first = line.lstrip(metadata.LINE_STRIP)[:1]  # (meta14: the glued box's first characters, Traditional read too)
    return metadata._glued_label_line(line) if first and metadata.simplify(first) in metadata._GLUED_FIRST else None


def test_gates_stay_linear_on_hostile_input():
    """The gates' own scans on 200,000 characters of what they look for: no backtracking blow-up."""
    import time

    size = 200_000
    for text in ("\u3000中" * (size // 2), " 1" * (size // 2), "附件\n" * (size // 3), "1. 甲\n" * (size // 5), "第一" * (size // 2),
                 "相关" * (size // 2), "SE" * (size // 2)):
        started = time.process_time()
        layout._may_be_letterspaced(text)
        running_heads._LONE_NUMBER_RE.search(text)
        furniture._furniture_hints(text)
        compilations._enough_numbered_lines(text, 0)
        documents._MAYBE_GLUED.search(text)
        page_edges._RELATED_HEAD_WORD_RE.search(text)
        spam._may_hold_seo_word(text)
        spam._has_site_app_word(text)
        assert time.process_time() - started < 5


#: What each pattern of the damaged-value findings reports, and near misses (calendar days, a real 文号, a URL).
_DAMAGE_PIECES = [
    "2017822日", "201310月15日", "{ 2017 6 23", "{\u30002017\u30006\u300023", "2012年11月142017年10月24日", "2023年2月30日",
    "2024年2月29日", "2023年2月29日", "2025-02-30 实施", "2021年4月31日", "2021年13月1日", "2021年0月1日", "2021年5月0日",
    "2021年5月32日", "2021-00-05", "2021-06-31", "发布时间：12-23 浏览：113", "日期：03-05 10:30", "\n12-23\n",
    "牟政办发〔201746", "财税〔2024〕28号", "排量毫升以上", "五十毫升以上", "绕城高速(G)以内", "交通管理局年8月15日", "每年3月31日",
    "某年10月1日", "第 部分", "第 1 部分", "以下 个部分", "管理?xiàng)l例", "index.php?id=3)", "2017年8月22日", "次年1月1日", "。\n",
]


def test_damaged_values_read_with_each_patterns_gate_as_with_all_patterns(monkeypatch):
    """:func:`damaged_values.document_damage` reads each kept text only with the patterns whose RE2 gate it passes:
    the same findings as reading it with all 13 (the gates patched open)."""
    import pyarrow as pa

    from corpus_tools.validation import damaged_values

    rng = random.Random(20)
    texts = REAL + ["".join(rng.choice(_DAMAGE_PIECES + _PIECES[:20]) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    documents = pa.table({"text": pa.array(texts, pa.string())})
    gated = damaged_values.document_damage(documents)
    with monkeypatch.context() as m:
        m.setattr(damaged_values, "_PATTERN_GATES", {c: ("",) * len(p) for c, p in damaged_values._PATTERNS.items()})
        ungated = damaged_values.document_damage(documents)
    assert gated == ungated
    assert {check for check, _, _ in gated} >= {damaged_values.DATE_DAMAGED, damaged_values.DIGITS_LOST,
                                               damaged_values.DOC_NUMBER_DAMAGED, damaged_values.RUBY_RESIDUE}
