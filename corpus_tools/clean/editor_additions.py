"""What an editor added to a law's text: captions, reading notes, cross-strait glosses, boxes.

Compilers, study editions and portals add text to the law they reproduce; a copy of their
page keeps it in the law's sentences.  Each scanner here finds one mechanism by the page's
own evidence and returns the spans to remove; the furniture rule
(:func:`corpus_tools.clean.furniture.remove_site_furniture`) removes them, on canonical
characters (Simplified, Chinese punctuation), so one pattern serves every script and width.

- **Article captions** (条旨): ``第一条【立法目的】为了…``.  Annotated compilations and law
  databases give each article a subject caption in brackets after its label; the enacted
  text has none.  Evidence: the same bracket pair, holding a short noun phrase (no sentence
  punctuation), right after most of the page's article labels (:data:`CAPTION_SHARE`, at
  least :data:`CAPTIONS_MIN`).  Only the compilers' brackets 【】〔〕［］: a caption in ``（）`` or
  ``〖〗`` is the document's own heading on real pages (a draft's ``第一条(立法目的)``, 遵义人大's
  ``〖目的依据〗``) and stays, and so does a caption on a few articles of a page.
- **Reading notes**: ``溥①`` in the text and ``【注音】①溥（pǔ）②…`` at the page's end.  A study
  edition marks characters readers may not know with a note number and lists their readings
  at the end.  Evidence: the block at the end, every entry a mark, a character and a reading
  of that character (pypinyin's dictionary); in the text the same character right before the
  same mark.
- **Cross-strait glosses**: ``软件（台：軟體）``, ``信息(資訊)``.  A cross-strait edition glosses
  mainland terms with the Taiwan (or Hong Kong) word, in brackets after the term.  Evidence:
  the bracket's word is OpenCC's Taiwan phrasing (``s2twp``), Traditional form (``s2tw``) or Hong
  Kong form (``s2hk``) of the term before it (the terms tried are read from the word: its characters
  simplified, OpenCC ``tw2sp``'s mainland phrasing, the characters of its length before it), with an
  optional label (台：, 台湾称, 港译：…) and quotes.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import HSPACE_RE, NUMERAL

# --------------------------------------------------------------------------- article captions

#: The brackets compilers set a caption in (open -> close).  Not ``（）`` or ``〖〗``: real documents
#: give their own article headings in them (module docstring).
CAPTION_BRACKETS = {"【": "】", "〔": "〕", "［": "］"}
#: A caption on at least this many articles, and on at least this share of the page's labels.
CAPTIONS_MIN = 3
CAPTION_SHARE = 0.5

_LABEL_LINE = lazy_regex(
    rf"[{HSPACE_RE}]*第[{HSPACE_RE}]*{NUMERAL}[{HSPACE_RE}]*条(?:之[一二三四五六七八九十0-9]+)?"
    rf"(?P<gap>[{HSPACE_RE}]*)(?:(?P<open>[【〔［])(?P<caption>[\p{{Han}}、·]{{2,16}})(?P<close>[】〕］]))?"
)
_LABEL_GATE = lazy_regex(r"条[^\n]{0,3}[【〔［]")


def article_captions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each compiler's caption after an article label (module docstring),
    with the blanks after it when blanks stand before it too.

    >>> t = "第一条【立法目的】为了规范管理。\\n第二条【适用范围】本条例适用于本市。\\n第三条【部门职责】市政府负责。\\n第四条 本条例自公布之日起施行。\\n"
    >>> [t[a:b] for a, b in article_captions(t)]
    ['【立法目的】', '【适用范围】', '【部门职责】']

    A caption on one article of four, round brackets, or a bracket that holds a sentence stay:

    >>> article_captions("第一条【立法目的】为了规范管理。\\n第二条 甲。\\n第三条 乙。\\n第四条 丙。\\n")
    []
    >>> article_captions("第一条（立法目的）甲。\\n第二条（适用范围）乙。\\n第三条（部门职责）丙。\\n")
    []

    A criminal law's 罪名 (【虐待部属罪】), which judgments and interpretations name its articles by, stay too:

    >>> article_captions("第一条　【甲罪】甲。\\n第二条　【乙罪】乙。\\n第三条　【战时缓刑】丙。\\n")
    []
    """
    if not _LABEL_GATE.search(text):
        return []
    labels = 0
    found: dict[str, list[tuple[int, int, str]]] = {}
    for line in _line_starts(text):
        m = _LABEL_LINE.match(text, line)
        if not m:
            continue
        labels += 1
        if m.group("open") is None or CAPTION_BRACKETS[m.group("open")] != m.group("close"):
            continue
        start, end = m.start("open"), m.end("close")
        if m.group("gap"):  # ``第一条　【立法目的】　为了``: the blanks after it go too
            while end < len(text) and text[end] in " \u3000\t":
                end += 1
        found.setdefault(m.group("open"), []).append((start, end, m.group("caption")))
    out: list[tuple[int, int]] = []
    for spans in found.values():
        if 2 * sum(caption.endswith("罪") for _, _, caption in spans) >= len(spans):
            continue  # a criminal law's 罪名, which the courts' interpretations name each article by: kept
        if len(spans) >= CAPTIONS_MIN and len(spans) >= CAPTION_SHARE * labels:
            out += [(a, b) for a, b, _ in spans]
    return sorted(out)


def _line_starts(text: str):
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


# --------------------------------------------------------------------------- reading notes

#: A note mark: a circled or parenthesised number, superscript digits, a bracketed number.
_MARK = r"(?:[①-⑳㉑-㉟⑴-⒇]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］)"
#: A reading: pinyin (tone marks or numbers, any case) or zhuyin.
_READING = r"(?:[A-Za-zÀ-ɏ\u0300-\u036f:]{1,8}[0-5]?|[\u3100-\u312f\u31a0-\u31bfˉˊˇˋ˙]{1,5})"
_MARK_RE = lazy_regex(_MARK)
_ENTRY = lazy_regex(
    rf"(?P<mark>{_MARK})[{HSPACE_RE}]*(?P<char>\p{{Han}})[{HSPACE_RE}]*"
    rf"(?:[（(][{HSPACE_RE}]*(?P<r1>{_READING})[{HSPACE_RE}]*[）)]|[：:][{HSPACE_RE}]*(?P<r2>{_READING})|(?P<r3>{_READING}))"
)
_ENTRY_GAP = lazy_regex(rf"[{HSPACE_RE}、，,；;。]*")
#: The block's heading: 注音, 读音, 生僻字注音, 【难字注音】, 拼音…
_NOTES_HEAD = lazy_regex(
    rf"[{HSPACE_RE}]*[【\[［]?(?:(?:生僻|难|疑难|难读|易错|多音)字?)?(?:注音|读音|拼音|字音)(?:表|说明)?[】\]］]?[：:]?[{HSPACE_RE}]*"
)
_NOTES_GATE = lazy_regex(rf"{_MARK}[{HSPACE_RE}]*\p{{Han}}[{HSPACE_RE}]*[（(：:]?[{HSPACE_RE}]*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u3100-\u312f]")
#: A headless block needs at least this many entries.
HEADLESS_ENTRIES_MIN = 3


def _entries(text: str, start: int, end: int) -> list[tuple[str, str, str]] | None:
    """The ``(mark, character, reading)`` entries the line ``text[start:end]`` consists of
    (after an optional heading, which the caller reads), or None when anything else is on it."""
    out = []
    at = start
    while True:
        gap = _ENTRY_GAP.match(text, at, end)
        at = gap.end()
        if at >= end:
            return out
        m = _ENTRY.match(text, at, end)
        if not m:
            return None
        out.append((m.group("mark"), m.group("char"), m.group("r1") or m.group("r2") or m.group("r3")))
        at = m.end()


def _reads(reading: str, char: str) -> bool:
    from corpus_tools.clean.ruby import is_reading, other_readings

    if "\u3100" <= reading[0] <= "\u31bf":
        return reading.translate({ord(c): None for c in "ˉˊˇˋ˙"}) in other_readings(char)
    return is_reading(reading, char)


def reading_notes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The reading-note block at the end of ``text`` (its lines) and the marks in the text it
    explains (module docstring): ``(lines, marks)``, or two empty lists.

    >>> t = "第一条 为了普惠①民生，维护²秩序。\\n第二条 本办法自公布之日起施行。\\n【注音】①惠（huì）　²护：hù\\n"
    >>> lines, marks = reading_notes(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in marks]
    (['【注音】①惠（huì）\\u3000²护：hù'], ['①', '²'])

    A note whose reading is not the character's, or whose mark is not in the text, keeps the page as it is:

    >>> reading_notes("第一条 甲惠①民生。\\n注音：①惠（zhōng）\\n")
    ([], [])
    >>> reading_notes("第一条 甲惠民生。\\n注音：①惠（huì）\\n")
    ([], [])
    """
    if not _NOTES_GATE.search(text):
        return [], []
    lines: list[tuple[int, int]] = []
    entries: list[tuple[str, str]] = []
    headed = False
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1 if end > 0 else 0
        line_end = end - 1 if text[end - 1:end] == "\n" else end
        if start >= line_end or not text[start:line_end].strip():
            end = start
            continue
        head = _NOTES_HEAD.match(text, start, line_end)
        found = _entries(text, head.end() if head and head.end() > start else start, line_end)
        if found is None and head and head.end() < line_end:
            found = _entries(text, start, line_end)  # (a line that only looks as if it opened with a heading)
            head = None if found is not None else head
        if found is None:
            break
        if not found and not (head and head.end() > start):
            break
        if any(not _reads(r, c) for _, c, r in found):
            return [], []
        lines.append((start, line_end))
        entries += [(mark, char) for mark, char, _ in found]
        end = start
        if head and head.end() > start and text[head.start():head.end()].strip():
            headed = True
            break  # the heading opens the block
    if not entries or (not headed and len(entries) < HEADLESS_ENTRIES_MIN):
        return [], []
    block_start = min(s for s, _ in lines)
    wanted = {char + mark for mark, char in entries}
    marks = [(m.start(), m.end()) for m in _MARK_RE.finditer(text, 1, block_start) if text[m.start() - 1] + m.group() in wanted]
    explained = {text[a - 1:b] for a, b in marks}
    if len(explained) * 2 < len(wanted) + 1:  # most notes explain nothing on the page: not its notes
        return [], []
    return sorted(lines), marks


# --------------------------------------------------------------------------- cross-strait glosses

#: The label a gloss may carry before the word: 台：, 台湾称, 臺灣稱, 台译：, 港译：, 香港称…
_GLOSS = lazy_regex(
    r"[（(〔［\[]"
    r"(?P<label>(?:台湾|臺灣|台|臺|港|香港|澳门|澳門)(?:地区|地區)?(?:称为|稱為|称|稱|译作|譯作|译|譯|作|用语|用語|叫)?[：:]?)?"
    r"(?P<q>[「『“\"'‘]?)(?P<word>\p{Han}{2,8})[」』”\"'’]?"
    r"[）)〕］\]]"
)
_GLOSS_GATE = lazy_regex(r"\p{Han}[（(〔［\[](?:台|臺|港|香港|澳)?[^\n]{0,6}\p{Han}[」』”\"'’]?[）)〕］\]]")


def _has_traditional(word: str) -> bool:
    from corpus_tools.clean.script import TRADITIONAL_ONLY

    return any(c in TRADITIONAL_ONLY for c in word)


def _cc(config: str):
    """The OpenCC converter of ``config``, shared with the script rule (loaded once a process)."""
    from corpus_tools.clean.script import _converter

    return _converter(config)


@lru_cache(maxsize=1 << 12)
def _renderings(term: str) -> set[str]:
    """The other scripts' words for the Simplified ``term`` (and their Simplified characters)."""
    tw, twp, hk, t2s = _cc("s2tw").convert(term), _cc("s2twp").convert(term), _cc("s2hk").convert(term), _cc("t2s").convert
    out = {w for w in (tw, twp, hk) if w != term}
    if twp != tw:  # a Taiwan word (not just its characters): the script rule may have simplified its characters
        out.add(t2s(twp))
    out.discard(term)
    return out


def cross_strait_glosses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each bracketed gloss that gives the term before it in Taiwan's or Hong
    Kong's words or characters (module docstring).

    >>> t = "推动软件（台：軟體）产业发展，共享信息(資訊)资源，公开会议文件（档案）。"
    >>> [t[a:b] for a, b in cross_strait_glosses(t)]
    ['（台：軟體）', '(資訊)', '（档案）']

    A term a gloss of its first word cuts in two is read across it:

    >>> t = "高速固定宽带（臺灣稱「寬頻」）和移（臺灣稱「寬頻和移」）动通信"
    >>> [t[a:b] for a, b in cross_strait_glosses(t)]
    ['（臺灣稱「寬頻」）', '（臺灣稱「寬頻和移」）']

    A bracket that explains the term in other words, or repeats it, stays:

    >>> cross_strait_glosses("本条例所称信息（包括数据）、软件（软件）。")
    []
    """
    if not _GLOSS_GATE.search(text):
        return []
    out: list[tuple[int, int]] = []
    for m in _GLOSS.finditer(text):
        word = m.group("word")
        chars, at = [], m.start()
        while len(chars) < 8 and at > 0:  # the term's characters, read across a gloss found before it
            if out and out[-1][1] == at:
                at = out[-1][0]
                continue
            if not "\u3400" <= text[at - 1] <= "\u9fff":
                break
            at -= 1
            chars.append(text[at])
        before = "".join(reversed(chars))
        terms = [term for term in _terms(word) if before.endswith(term)]
        same = before[-len(word):]  # (a Taiwan phrasing OpenCC does not map back: 存储 -> 儲存 -> 储存)
        if (len(same) >= 2 and same not in terms and not _has_traditional(same)
                and (m.group("label") or _has_traditional(word))):
            terms.append(same)
        # (OpenCC's Simplified-to-Traditional dictionaries load only here, on a gloss's evidence: a plain or a
        # Traditional page never loads them, tests/test_clean_script_start_up.py)
        if any(word in _renderings(term) for term in terms):
            out.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=1 << 12)
def _terms(word: str) -> tuple[str, ...]:
    """The mainland terms ``word`` may gloss (two to eight characters): its characters simplified, and the
    mainland phrasing of the Taiwan word (OpenCC ``tw2sp``), read on its Traditional form too (the script rule
    may have simplified a Taiwan word's characters: ``档案`` for ``檔案``, the gloss of ``文件``)."""
    from corpus_tools.clean.script import _slip_table

    t2s, tw2sp = _cc("t2s").convert, _cc("tw2sp").convert
    found = dict.fromkeys((t2s(word), tw2sp(word), tw2sp(word.translate(_slip_table("s2t")))))
    return tuple(term for term in found if 2 <= len(term) <= 8)


# --------------------------------------------------------------------------- a portal's boxes

_DATE = r"(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-./][0-9]{1,2}[-./][0-9]{1,2})"
_ACT = r"(?:公布|修正|修订|修改|施行|通过|发布|废止|失效|批准)"
_STATE = r"(?:[（(](?:现行有效|现行|有效|已失效|已废止|失效|已修改|尚未生效)[）)])"
_ITEM = rf"{_DATE}[{HSPACE_RE}]*+{_ACT}?[{HSPACE_RE}]*+{_STATE}?"
_VERSION_LABEL = r"(?:历史版本|历次版本|版本沿革|修订沿革|法规沿革|版本信息|版本记录|版本|时效性变化|效力变化)"
#: A law database's version list on one line: ``版本：2021-09-29（现行） | 2016-03-25　[版本对比]``,
#: ``时效性变化：1995.01.26 公布 → 2006.04.02 修正``.
_VERSION_LINE = lazy_regex(
    rf"[{HSPACE_RE}]*[【\[]?{_VERSION_LABEL}[】\]]?[{HSPACE_RE}]*[：:]?[{HSPACE_RE}]*{_ITEM}"
    rf"(?:[{HSPACE_RE}]*+(?:[|｜→、，；/]|->|—>)[{HSPACE_RE}]*+{_ITEM})+"
    rf"[{HSPACE_RE}]*+(?:[\[【［](?:版本对比|对比|比较|查看)[\]】］])?[{HSPACE_RE}]*"
)
#: Its heading over one version a line (``历史版本⏎2010年7月30日　公布⏎2016年3月25日　修正（现行有效）``).
_VERSION_HEAD = lazy_regex(rf"[{HSPACE_RE}]*[【\[]?{_VERSION_LABEL}[】\]]?[：:]?[{HSPACE_RE}]*")
_VERSION_ITEM_LINE = lazy_regex(rf"[{HSPACE_RE}]*{_DATE}[{HSPACE_RE}]*{_ACT}[{HSPACE_RE}]*{_STATE}?[{HSPACE_RE}]*")
_VERSION_GATE = lazy_regex(r"版本|时效性变化|效力变化")


def _lines(text: str):
    """``(start, end)`` of every line of ``text`` (without its break)."""
    at = 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield at, end
        at = end + 1


def version_list_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a law database's version list copied with the law: a labelled
    line of two or more dated versions, or a heading (历史版本) over lines of one dated act each.

    **Evidence**: the label and the grammar of the whole line (dates, each with its act 公布/修正/修订
    and a state 现行有效, between separators); the law's own dates (its adoption line under the title)
    carry no such label.

    >>> t = "某条例\\n历史版本\\n2010年7月30日　公布\\n2016年3月25日　修正（现行有效）\\n第一条 甲。\\n版本：2021-09-29（现行） | 2016-03-25　[版本对比]\\n"
    >>> [t[a:b] for a, b in version_list_lines(t)]
    ['历史版本', '2010年7月30日\\u3000公布', '2016年3月25日\\u3000修正（现行有效）', '版本：2021-09-29（现行） | 2016-03-25\\u3000[版本对比]']
    >>> version_list_lines("第十条 本规定的版本以2010年7月30日公布的文本为准。\\n历史版本\\n第十一条 乙。\\n")
    []
    """
    if not _VERSION_GATE.search(text):
        return []
    out: list[tuple[int, int]] = []
    head: tuple[int, int] | None = None
    items: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if head is not None:
            if start == end:
                continue
            if _VERSION_ITEM_LINE.fullmatch(text, start, end):
                items.append((start, end))
                continue
            if items:
                out += [head, *items]
            head, items = None, []
        if start < end and ("版本" in text[start:end] or "效" in text[start:end]):
            if _VERSION_LINE.fullmatch(text, start, end):
                out.append((start, end))
            elif _VERSION_HEAD.fullmatch(text, start, end):
                head = (start, end)
    if head is not None and items:
        out += [head, *items]
    return out


#: A portal's machine summary box: its label (``AI摘要``, ``✨ AI总结``, ``智能摘要：…``) ...
_SUMMARY_LABEL = lazy_regex(
    rf"[{HSPACE_RE}]*(?:[✨🤖⚡★☆◆]\ufe0f?[{HSPACE_RE}]*)?[【\[]?(?:AI|ＡＩ|智能|大模型)[{HSPACE_RE}]*(?:摘要|总结|概要|概述|导读|速览|解读|要点)[】\]]?"
    rf"(?:[{HSPACE_RE}]*[：:]|[{HSPACE_RE}]*$)"
)
#: ... and its disclaimer (``以上内容由AI生成，仅供参考``, ``（内容由大模型生成，请以原文为准）``).
_SUMMARY_DISCLAIMER = lazy_regex(
    r"[^\n]{0,20}(?:AI|ＡＩ|人工智能|大模型|智能)[^\n]{0,8}生成[^\n]{0,6}(?:仅供参考|以原文为准|请以[^\n]{1,10}为准|不代表[^\n]{1,20})[^\n]{0,6}"
)
#: Lines the box may hold, its label and disclaimer included.
SUMMARY_LINES_MAX = 8
_SUMMARY_GATE = lazy_regex(r"生成")
_ARTICLE_LINE = lazy_regex(rf"[{HSPACE_RE}]*第[{HSPACE_RE}]*{NUMERAL}[{HSPACE_RE}]*[条章节编]")


def machine_summary_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a portal's machine-written summary box: its label line, its
    prose and its disclaimer.

    **Evidence**: both ends of the box: a label naming a machine summary (AI摘要, 智能摘要) and, at most
    :data:`SUMMARY_LINES_MAX` lines below, a disclaimer saying a model generated it (由AI生成，仅供参考);
    no article or chapter label between them.

    >>> t = "某条例\\nAI摘要\\n本条例共五条，主要规定了职责。\\n以上内容由AI生成，仅供参考\\n第一条 甲。\\n"
    >>> [t[a:b] for a, b in machine_summary_lines(t)]
    ['AI摘要', '本条例共五条，主要规定了职责。', '以上内容由AI生成，仅供参考']
    >>> machine_summary_lines("某条例\\nAI摘要\\n第一条 甲。\\n以上内容由AI生成，仅供参考\\n")
    []
    """
    if not _SUMMARY_GATE.search(text):
        return []
    out: list[tuple[int, int]] = []
    box: list[tuple[int, int]] | None = None
    for start, end in _lines(text):
        if box is not None:
            if start < end and _ARTICLE_LINE.match(text, start, end):
                box = None
            elif start < end:
                box.append((start, end))
                if _SUMMARY_DISCLAIMER.fullmatch(text, start, end):
                    out += box
                    box = None
                elif len(box) > SUMMARY_LINES_MAX:
                    box = None
                continue
        if start < end and _SUMMARY_LABEL.match(text, start, end):
            box = [(start, end)]
    return out


# --------------------------------------------------------------------------- an annotated edition's commentary

#: The heads an annotated or study edition sets its editors' text under, between the articles: 释义 books by the
#: drafting committee, study editions, law databases' annotated view.  In brackets (``【释义】``, ``〔条文主旨〕``) any of
#: them; bare with a colon (``释义：``) only the ones no law opens a line with (``说明：``/``注释：`` open a table's notes).
_COMMENT_WORDS = (
    r"(?:条文)?(?:释义|主旨|解读|理解|要义|注释|评注|说明)|理解与适用|适用(?:要点|指引|说明)|实务(?:要点|指引)|要点(?:提示|解读)?"
    r"|相关(?:规定|法条|法规|条文|法律法规)|关联(?:规定|法条|法规)|法条链接|典型案例|案例(?:指引|参考|链接)?|立法(?:说明|理由|背景)|编者按|编者注"
)
_COMMENT_BARE = r"(?:条文)?(?:释义|主旨|解读|理解)|理解与适用|立法(?:说明|理由)|编者按|编者注|相关规定|典型案例"
_COMMENT_HEAD = lazy_regex(
    rf"[{HSPACE_RE}]*(?:(?P<open>[【〔［\[])[{HSPACE_RE}]*(?P<word>{_COMMENT_WORDS})[{HSPACE_RE}]*[】〕］\]][{HSPACE_RE}]*[：:]?"
    rf"|(?P<bare>{_COMMENT_BARE})[{HSPACE_RE}]*[：:])[{HSPACE_RE}]*"
)
#: A paragraph that speaks about an article from outside, with no head: ``本条是关于立法目的的规定。``.  The first shape
#: is enough on its own (no law writes it: 0 of the 1,911 clean laws); the others need a second such paragraph.
_ABOUT_STRONG = lazy_regex(rf"[{HSPACE_RE}]*本[条章节款](?:是关于|是对)[^\n。]{{1,40}}的(?:规定|要求|规范)")
_ABOUT_WEAK = lazy_regex(rf"[{HSPACE_RE}]*本[条章](?:规定了|明确了|旨在|的立法目的|主要规定|共分)")
#: A paragraph that goes on explaining (the unit's later paragraphs when no head holds them together).
_GOES_ON = lazy_regex(rf"[{HSPACE_RE}]*(?:本条|本章|理解本条|适用本条|实践中|需要(?:特别)?注意|应当注意|在(?:起草|审议)过程中|值得注意)")
#: Lines a unit never takes: the law's structure, its annexes.
_UNIT_STOP = lazy_regex(
    rf"[{HSPACE_RE}]*(?:第[{HSPACE_RE}]*{NUMERAL}[{HSPACE_RE}]*(?:条|章|节|编|分编)|附[{HSPACE_RE}]*(?:件|表|录|则)|附[：:])"
)
_HAN = lazy_regex(r"\p{Han}")
_COMMENT_GATE = lazy_regex(r"[【〔［\[][^\n】〕］\]]{0,3}(?:释义|主旨|解读|理解|要义|注释|评注|说明|适用|要点|相关|关联|链接|案例|立法|编者)"
                           r"|释义|主旨|理解与适用|编者|本[条章节款](?:是关于|是对|规定了|明确了|旨在|的立法目的|主要规定|共分)")
#: A page whose title (among its first :data:`TITLE_LINES` lines, above the first article) names it a commentary
#: or an interpretation (``某条例释义``, ``《某条例》解读``) is the commentary's own document, and stays whole.
_ABOUT_TITLE = lazy_regex(r"释义|解读|解析|导读|理解与适用|评注|注释本|注解|逐条|问答")
TITLE_LINES = 3
#: A head used once needs the grammar of commentary in its unit; used this often it is the edition's form.
COMMENT_HEADS_MIN = 2


def commentary_units(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of each commentary unit an annotated edition set between a law's articles:
    a head (``【释义】``, ``【条文主旨】``, ``理解与适用：``, ``【相关规定】``, ``编者按：``…) and the paragraphs under
    it, up to the next article; or a paragraph with no head that names the article from outside
    (``本条是关于…的规定。``) and the explaining paragraphs after it.

    Real damage undone: a law copied from a 释义 book or a study edition keeps the editors' explanation,
    their lists of related provisions and their cases inside the articles.  **Evidence**: the unit stands
    after an article (never before the first label) and its form recurs across the page: the same head
    after :data:`COMMENT_HEADS_MIN` or more articles, or, once, a unit whose first paragraph speaks about
    the article from outside (本条是关于…的规定); a headless paragraph only in that grammar (no law writes
    ``本条是关于``; ``本条规定了``, ``本条明确了`` twice at least).  The law's own ``本法所称…是指`` and a
    ``说明：`` under a table stay.

    >>> t = "第一条 为了规范管理，制定本条例。\\n【释义】本条是关于立法目的的规定。\\n实践中应当注意衔接。\\n第二条 本条例适用于本市。\\n【释义】\\n本条是关于适用范围的规定。\\n"
    >>> [t[a:b] for a, b in commentary_units(t)]
    ['【释义】本条是关于立法目的的规定。', '实践中应当注意衔接。', '【释义】', '本条是关于适用范围的规定。']
    >>> t = "第一条 甲。\\n本条是关于立法目的的规定。\\n第二条 本条所称乙，是指丙。\\n"
    >>> [t[a:b] for a, b in commentary_units(t)]
    ['本条是关于立法目的的规定。']

    A head used once with no such grammar, a head before the first article, the law's own words stay:

    >>> commentary_units("第一条 甲。\\n【说明】乙。\\n第二条 丙。\\n")
    []
    >>> t = "第一条 甲。\\n【释义】本条是关于甲的规定。\\n\\u200b\\n第二条 乙。\\n"
    >>> [t[a:b] for a, b in commentary_units(t)]
    ['【释义】本条是关于甲的规定。']
    >>> commentary_units("【释义】某条例\\n第一条 甲。\\n第二条 本条规定了期限。\\n")
    []

    An interpretation's own page (its title says so) keeps its commentary, which is its text:

    >>> commentary_units("《某条例》逐条解读\\n第一条 甲。\\n【解读】本条是关于甲的规定。\\n第二条 乙。\\n【解读】本条是关于乙的规定。\\n")
    []
    """
    if not _COMMENT_GATE.search(text):
        return []
    lines = [(a, b) for a, b in _lines(text) if text[a:b].strip()]
    labels = [i for i, (a, b) in enumerate(lines) if _UNIT_STOP.match(text, a, b) and "条" in text[a:min(b, a + 12)]]
    if not labels:
        return []
    first_label, last_label = labels[0], labels[-1]
    if any(_ABOUT_TITLE.search(text, a, b) for a, b in lines[:min(first_label, TITLE_LINES)]):
        return []  # a 释义 book's or an interpretation's own page: the commentary is its text, the articles quoted
    units: list[tuple[str, list[tuple[int, int]], bool]] = []  # (form, lines, speaks about the article)
    i = first_label + 1
    while i < len(lines):
        a, b = lines[i]
        if i > last_label and _UNIT_STOP.match(text, a, b):
            break  # an annex after the law (附件：…): its notes are the annex's
        head = _COMMENT_HEAD.match(text, a, b)
        about = _ABOUT_STRONG.match(text, a, b) or _ABOUT_WEAK.match(text, a, b)
        if not head and not about:
            i += 1
            continue
        if head:
            form = head.group("word") or head.group("bare")
            body_at = head.end() if head.end() < b else (lines[i + 1][0] if i + 1 < len(lines) else b)
        else:
            form, body_at = "", a
        strong = bool(_ABOUT_STRONG.match(text, body_at)) if body_at < len(text) else False
        if not head and not strong and not _ABOUT_WEAK.match(text, a, b):
            i += 1
            continue
        taken = [(a, b)]
        j = i + 1
        while j < len(lines):
            c, d = lines[j]
            if _UNIT_STOP.match(text, c, d) or _COMMENT_HEAD.match(text, c, d) and j != i or not _HAN.search(text, c, d):
                break  # (a line without a Han character, the law's ``\u200b`` between its parts, is no commentary)
            if head and j == i + 1 and head.end() >= b:
                taken.append((c, d))  # the head on its own line: the paragraph under it
            elif not head or j > last_label:
                if not _GOES_ON.match(text, c, d):
                    break  # (no head holds it, or after the last article: only a paragraph that goes on explaining)
                taken.append((c, d))
            else:
                taken.append((c, d))
            j += 1
        units.append((form if head else ("about" if strong else "weak"), taken, strong))
        i = j
    counts: dict[str, int] = {}
    for form, _, _ in units:
        counts[form] = counts.get(form, 0) + 1
    out: list[tuple[int, int]] = []
    for form, taken, strong in units:
        if form == "weak" and counts[form] < COMMENT_HEADS_MIN:
            continue
        if form not in ("about", "weak") and counts[form] < COMMENT_HEADS_MIN and not strong:
            continue
        out += taken
    return out
