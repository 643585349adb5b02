"""The vocabulary of Chinese regulatory text that cleaning and structure share.

Whitespace classes, Chinese numerals and the fragments of the label grammar
(``第三十二条``, ``第二章``) are spelled here once; the stages compose their
patterns from them.  A set comes in two spellings: the characters (for
``str.strip`` and membership tests) and the same characters escaped for a
regex character class (``rf"[{HSPACE_RE}]"``); the class spelling keeps every
pattern's source readable (``\\u3000``, not an invisible ideographic space).

>>> import re
>>> all(re.fullmatch(f"[{escaped}]+", chars) for chars, escaped in ((HSPACE, HSPACE_RE), (INDENT, INDENT_RE)))
True
>>> set(LAYOUT_NUMERAL_CHARS) == set(CN_PLAIN_DIGITS + CN_PLAIN_UNITS) - {"万"}
True
"""

from __future__ import annotations

from typing import Iterator

from corpus_tools.lazy_patterns import lazy_regex

# --------------------------------------------------------------------------- whitespace

#: The typographic spaces of Unicode (U+2000-U+200A: EN and EM quads and spaces, thin and
#: hair spaces; the narrow no-break space U+202F; the medium mathematical space U+205F):
#: HTML pages indent with them (``&emsp;&emsp;第一条``, ``&ensp;``, ``&thinsp;``).
TYPOGRAPHIC_SPACES = "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
_TYPOGRAPHIC_SPACES_RE = r"\u2000-\u200a\u202f\u205f"

#: Horizontal whitespace on a Chinese page: space, tab, the ideographic space U+3000,
#: the no-break space U+00A0 and the typographic spaces (never a newline).
HSPACE = " \t\u3000\xa0" + TYPOGRAPHIC_SPACES
#: :data:`HSPACE` escaped for a regex character class.
HSPACE_RE = r" \t\u3000\xa0" + _TYPOGRAPHIC_SPACES_RE
#: One character of :data:`HSPACE`, as a regex.
HSPACE_CLASS = rf"[{HSPACE_RE}]"

#: Indentation as the furniture and layout rules see it: :data:`HSPACE` without the no-break
#: space (clean sources carry a stray U+00A0 at a line start that is not indentation).
INDENT = " \t\u3000" + TYPOGRAPHIC_SPACES
#: :data:`INDENT` escaped for a regex character class.
INDENT_RE = r" \t\u3000" + _TYPOGRAPHIC_SPACES_RE
#: One character of :data:`INDENT`, as a regex.
INDENT_CLASS = rf"[{INDENT_RE}]"


def opens_line(text: str, at: int, blanks: str) -> bool:
    """Whether ``text[at]`` opens its line, the ``blanks`` before it aside (the indentation a
    page's layout puts there).  It walks back over the blanks only: linear over a page's many
    candidates, however long its lines.

    >>> opens_line("第一条\\n\u3000\u3000总 则", 6, INDENT), opens_line("本 条 例", 2, INDENT), opens_line("甲", 0, "")
    (True, False, True)
    """
    while at > 0 and text[at - 1] in blanks:
        at -= 1
    return at == 0 or text[at - 1] == "\n"


#: What structure strips from the ends of a line: horizontal whitespace and a stray ``\r``.
LINE_STRIP = HSPACE + "\r"
#: What it strips from the ends of a block of lines: the same, and newlines.
BLOCK_STRIP = LINE_STRIP + "\n"

# --------------------------------------------------------------------------- sentence marks

#: The marks that end a sentence (or a clause closed like one, ``；``), full width and ASCII: the one set the rules
#: that ask "does this line or piece end a sentence?" share (restatements, non_law_lines, spam, spam_promotion); a rule
#: that also counts a colon or a closing quote adds it to this set in its own module.
SENTENCE_FINAL = "。！？；!?;"

# --------------------------------------------------------------------------- Han

#: The Han blocks a character class spells out for ``re`` (which has no ``\p{Han}``): the CJK
#: Unified Ideographs, Extension A and the Compatibility Ideographs (``rf"[{HAN_BLOCKS}]"``).
#: ``regex``'s ``\p{Han}`` reads more (radicals, ``〇``, the supplementary planes): the rules that
#: spell the blocks out keep to these three.
HAN_BLOCKS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: One Han character as ``regex`` reads it (``\p{Han}``): the pattern the structure stage and the HTML reader search
#: with (``HAN_CHAR.search(line)``: does the line hold Han?), compiled on first use; the cleaning rules ruby,
#: spam_recurring, spam_spaced, spam_decorations and spam_foreign share it (brands, spam_contacts, spam_pinyin and
#: spam_promotion still keep copies of the same pattern).
HAN_CHAR = lazy_regex(r"\p{Han}")


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK unified ideograph of the BMP: Extension A (U+3400-U+4DBF) or the
    Unified block (U+4E00-U+9FFF).  The per-character test of the cleaning rules that look at a
    mark's or a run's neighbours (width, compat_forms, spam_model, codepage); narrower than
    :data:`HAN_BLOCKS` (no Compatibility Ideographs) and than :data:`HAN_CHAR` (no radicals, no ``〇``,
    no supplementary planes).

    >>> is_han("重"), is_han("㐀"), is_han("A"), is_han("・"), is_han("〇"), is_han("䷀"), is_han(chr(0xF900))
    (True, True, False, False, False, False, False)
    """
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def is_unified_han(ch: str) -> bool:
    """Whether ``ch`` is in the CJK Unified Ideographs block alone (U+4E00-U+9FFF): Extension A's rare
    characters (``㐀``) do not count.  spam_mixed's glue test reads this narrower range (kept as it was
    written: a brand glued after an Extension A character is not looked for).

    >>> is_unified_han("重"), is_unified_han("㐀"), is_unified_han("A")
    (True, False, False)
    """
    return "\u4e00" <= ch <= "\u9fff"


def is_han_script(ch: str) -> bool:
    """Whether the character ``ch`` is Han as ``regex``'s ``\\p{Han}`` reads it (:data:`HAN_CHAR`): the
    broadest test, radicals, ``〇``, Compatibility Ideographs and the supplementary planes included (ruby's
    reading of the characters a pinyin group annotates).

    >>> is_han_script("重"), is_han_script("〇"), is_han_script("𠀀"), is_han_script("A")
    (True, True, True, False)
    """
    return HAN_CHAR.match(ch) is not None

# --------------------------------------------------------------------------- numerals

#: ``str.translate`` table of the form in which spam restoration compares text: full-width
#: ASCII to ASCII, curly quotes straight, spaces (ASCII, ideographic, NBSP) and tabs dropped.
#: Gap contexts, the corpus's texts and the model of legal Chinese all read this form.
CONTEXT_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
CONTEXT_FOLD.update({0x3000: None, 0x20: None, 0x09: None, 0xA0: None})
CONTEXT_FOLD.update({ord("“"): '"', ord("”"): '"', ord("‘"): "'", ord("’"): "'"})

#: Chinese digits in everyday writing (``〇`` and ``两`` included).
CN_PLAIN_DIGITS = "零〇一二两三四五六七八九"
#: Their financial (anti-fraud) forms, found in scanned documents (``第壹章``).
CN_FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖兩貳參陸"
#: Chinese numeral units, everyday then financial.
CN_PLAIN_UNITS = "十百千万"
CN_FINANCIAL_UNITS = "拾佰仟萬"
#: Every character that may form a Chinese numeral in a label (for regex classes).
CN_DIGITS = CN_PLAIN_DIGITS + CN_FINANCIAL_DIGITS
CN_UNITS = CN_PLAIN_UNITS + CN_FINANCIAL_UNITS
CN_NUMERAL_CHARS = CN_DIGITS + CN_UNITS
#: The numeral characters the layout rules accept in a label they repair (``第 十二 章``): the
#: everyday digits and units below 万, deliberately narrower than :data:`CN_NUMERAL_CHARS`.
LAYOUT_NUMERAL_CHARS = "零〇一二三四五六七八九十百千两"
#: Regex fragment: one numeral, Chinese or Arabic (ASCII or full-width digits).
NUMERAL = rf"(?:[{CN_NUMERAL_CHARS}]+|[0-9０-９]+)"
#: Dashes that scanned or re-typed labels carry where ``一`` was meant (``第－条`` for 第一条).
DASH_ONE = "－—―‐‑ー─-"

# --------------------------------------------------------------------------- label grammar

#: Regex fragment: the unit of a division label above the article (编 part, 分编 subpart,
#: 章 chapter, 节 section).
DIVISION_UNIT = r"(?:分编|[编章节])"
#: The hyphens between an article's number and its suffix in Taiwan's law database
#: (``第 9-1 條`` = 第九条之一): ASCII, full-width (after a width pass), U+2010 and U+2011.
#: No dash of a range (``–``, ``—``, ``～``): ``第1–3条`` names three articles.
ARTICLE_SUFFIX_HYPHENS = "-－‐‑"

# --------------------------------------------------------------------------- the kinds a title ends on

# A Chinese title ends on the kind of instrument it names (``…的通知``, ``…管理条例``, ``…宪法``,
# ``…实施方案（试行）``).  The words are kept here once, by family; each rule that asks "does this
# end like a title?" takes the families it can trust and says below which words it leaves out
# and why (a word that also ends ordinary prose or a menu item costs that rule precision).

#: The kinds of official document (公文): GB/T 9704-2012's list (议案 aside) with 命令's short form
#: 令 (``国务院令``), the 指示 of the older rules (1987, 1993), 复函/函件 and the public 公示.
OFFICIAL_KINDS = ("通知", "决定", "决议", "命令", "令", "指示", "公告", "通告", "公示", "公报", "意见", "通报", "报告",
                  "请示", "批复", "函", "复函", "函件", "纪要")
#: Normative texts: laws, regulations, rules, standards and guidance.
NORMATIVE_KINDS = ("法", "法典", "条例", "规定", "办法", "细则", "规则", "规程", "规范", "章程", "准则", "守则", "导则",
                   "原则", "标准", "指南", "指引", "制度", "须知")
#: Plans and policies.
PLAN_KINDS = ("规划", "纲要", "方案", "实施方案", "计划", "要点", "措施", "政策")
#: Lists and catalogues.
LIST_KINDS = ("目录", "名录", "清单", "名单")
#: International instruments and their amendments.
TREATY_KINDS = ("条约", "协定", "公约", "宣言", "声明", "修正案")
#: Drafts put out for comment.
DRAFT_KINDS = ("意见稿", "征求意见稿", "草案")
#: Texts about another text: readings, interpretations, answers, accounts of the work.
COMMENTARY_KINDS = ("解读", "解释", "说明", "答复", "总结", "情况")
#: Every kind a title ends on.
TITLE_KINDS = OFFICIAL_KINDS + NORMATIVE_KINDS + PLAN_KINDS + LIST_KINDS + TREATY_KINDS + DRAFT_KINDS + COMMENTARY_KINDS

#: Structure (:mod:`corpus_tools.structure.documents`: where a title block ends, a title glued to its 文号 or
#: salutation, an order's number): the broadest use, as it reads whole blocks and a title must have the shape of
#: one there.  Left out as not yet shown right for structure: 解释 (field 15: a forum post's byline and a spam
#: line became one title with the 司法解释 headline under them), and 法典, 规程, 公约, 名录, 命令 (令 ends a
#: title already), 指示, 征求意见稿 (意见稿 does) with it.  Kept as written before: 工作规则 (``…的工作规则`` after
#: 的, where 规则 alone does not follow 的).
STRUCTURE_TITLE_KINDS = tuple(kind for kind in TITLE_KINDS
                              if kind not in {"解释", "法典", "规程", "公约", "名录", "命令", "指示", "征求意见稿"}) + ("工作规则",)

#: What a law names in 《》 besides an instrument: a certificate, a licence, a letter or a form
#: (``《排污许可证》``, ``《营业执照》``, ``《承诺书》``, ``《登记表》``).  Never the end of a document's title.
NAMED_FORM_KINDS = ("证", "执照", "书", "表")

#: Line joins (:func:`corpus_tools.clean.evidence.line_kind`: a short line without punctuation that
#: ends so is a title, and no join touches it).  Left out, as words that end wrapped prose too:
#: 法 and 令 (``依照本法``, ``口令``), the plans' 计划/要点/措施/政策, 说明/总结/情况, 公示/公报/纪要/函件/指示,
#: the normative words beyond the six commonest (``…的原则``, ``…的制度``, ``…的规范``), 名录, 草案 and the
#: treaties (never seen wrapped in the field tests' titles).  Kept whole with their qualifier
#: words (管理办法, 征求意见稿, 实施方案) as written before this table.
JOIN_TITLE_KINDS = ("通知", "决定", "意见", "办法", "条例", "规定", "批复", "复函", "函", "答复", "报告", "方案", "规划",
                    "纲要", "细则", "规则", "公告", "通告", "决议", "命令", "请示", "通报", "解读", "意见稿",
                    "征求意见稿", "实施方案", "管理办法", "标准", "目录", "清单", "名单")
#: A title and the 文号 glued after it on one line (:mod:`corpus_tools.clean.linebreaks`: the break put
#: back between them, ``…的通知国发〔1987〕18号``): the official kinds that carry a 文号 and the
#: regulations such a notice issues.  The 文号 is the evidence; the list stays as field-tested.
NUMBERED_TITLE_KINDS = ("通知", "决定", "批复", "意见", "报告", "办法", "规定", "条例", "公告", "通告", "函", "方案",
                        "规划", "细则", "决议", "命令", "指示")
#: A pair of ASCII ``<…>`` typed for 《》 (:mod:`corpus_tools.clean.width`): what a law names in
#: 《》 — instruments and :data:`NAMED_FORM_KINDS` — in Simplified and Traditional (the rule runs
#: before t2s).  Left out: words that also end a menu item or a placeholder (``<导出清单>``,
#: ``<使用说明>``, ``<工作报告>``, ``<单位名称>``): the reports, lists, plans beyond 规划/纲要/方案,
#: commentary beyond 解释, drafts, 导则/原则, and the declarations (review 14, R14-F1).
ANGLE_TITLE_KINDS = ("法", "法典", "条例", "规定", "办法", "决定", "决议", "细则", "规则", "规程", "规范", "意见",
                     "通知", "通告", "公告", "标准", "章程", "公约", "条约", "协定", "纲要", "规划", "方案", "批复",
                     "准则", "守则", "制度", "解释", "目录", "令", "命令", "指引", "指南", "须知", "名录") + NAMED_FORM_KINDS
#: A line ending so is a title, whole however long (:mod:`corpus_tools.clean.layout`: never joined
#: to the paragraph under it): the normative and planning kinds and the notices.  Left out: 法 and
#: 令 (``依照本法`` ends a wrapped line), the reports and replies (``…的报告`` ends prose), lists.
LAYOUT_TITLE_KINDS = ("条例", "办法", "规定", "细则", "规则", "意见", "通知", "决定", "方案", "规划", "纲要", "标准",
                      "指南", "指引", "原则", "导则", "准则", "规范", "制度", "章程", "公告", "通告")

#: The Traditional forms of the kinds' characters, for rules that run before t2s (one-to-one
#: here: 复 is 覆 in 批覆, the only kind that writes it).
_KIND_TRADITIONAL = str.maketrans("条规办决议细则范见标约协纲划复准释录须证执书", "條規辦決議細則範見標約協綱劃覆準釋錄須證執書")


def with_traditional(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds`` and, after each word that has one, its Traditional form.

    >>> with_traditional(("法", "条例", "批复"))
    ('法', '条例', '條例', '批复', '批覆')
    """
    out: list[str] = []
    for word in kinds:
        out.append(word)
        traditional = word.translate(_KIND_TRADITIONAL)
        if traditional != word:
            out.append(traditional)
    return tuple(out)


def kinds_alternation(kinds: tuple[str, ...]) -> str:
    """A regex group matching one of ``kinds``, the longest first: where two words start at the
    same place (``意见``/``意见稿``, ``函``/``函件``) the whole word is taken, not its head.

    >>> kinds_alternation(("函", "意见", "函件", "意见"))
    '(?:意见|函件|函)'
    """
    return "(?:" + "|".join(sorted(dict.fromkeys(kinds), key=len, reverse=True)) + ")"


def nonblank_lines(text: str, start: int = 0, end: int | None = None, *, limit: int | None = None,
                   strip: str = LINE_STRIP) -> Iterator[tuple[int, int]]:
    r"""``(start, end)`` of each line of ``text[start:end]`` that holds more than ``strip``'s characters (``end``
    without the newline), at most ``limit`` of them, read lazily (a caller may stop early).  The one helper of the
    structure stage's and the gazette box's line scans (review 19, R19-F13: three copies, each its own blank set).

    >>> t = "甲\n \u3000\n\r\n乙丙\n"
    >>> list(nonblank_lines(t)), list(nonblank_lines(t, limit=1)), list(nonblank_lines(t, 2, 5))
    ([(0, 1), (7, 9)], [(0, 1)], [])
    >>> list(nonblank_lines("甲\n\r\n", strip=" \t\u3000\xa0"))  # a blank set without the carriage return
    [(0, 1), (2, 3)]
    """
    end = len(text) if end is None else end
    at = start
    found = 0
    while at < end and (limit is None or found < limit):
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        if text[at:stop].strip(strip):
            found += 1
            yield at, stop
        at = stop + 1


__all__ = [
    "ANGLE_TITLE_KINDS",
    "ARTICLE_SUFFIX_HYPHENS",
    "BLOCK_STRIP",
    "CN_DIGITS",
    "CN_FINANCIAL_DIGITS",
    "CN_FINANCIAL_UNITS",
    "CN_NUMERAL_CHARS",
    "CN_PLAIN_DIGITS",
    "CN_PLAIN_UNITS",
    "CN_UNITS",
    "COMMENTARY_KINDS",
    "DASH_ONE",
    "DIVISION_UNIT",
    "DRAFT_KINDS",
    "HAN_BLOCKS",
    "HAN_CHAR",
    "HSPACE",
    "HSPACE_CLASS",
    "HSPACE_RE",
    "INDENT",
    "INDENT_CLASS",
    "INDENT_RE",
    "JOIN_TITLE_KINDS",
    "LAYOUT_NUMERAL_CHARS",
    "LAYOUT_TITLE_KINDS",
    "LINE_STRIP",
    "LIST_KINDS",
    "NAMED_FORM_KINDS",
    "NORMATIVE_KINDS",
    "NUMBERED_TITLE_KINDS",
    "NUMERAL",
    "OFFICIAL_KINDS",
    "PLAN_KINDS",
    "STRUCTURE_TITLE_KINDS",
    "TITLE_KINDS",
    "TREATY_KINDS",
    "TYPOGRAPHIC_SPACES",
    "kinds_alternation",
    "opens_line",
    "with_traditional",
]
