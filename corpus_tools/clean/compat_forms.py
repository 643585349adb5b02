"""Compatibility and presentation forms of Chinese punctuation, read as the marks they stand for.

Besides ASCII for full width, converters hand Chinese text over with its marks in forms from
other Unicode blocks, each the same mark in another dress (Unicode gives each a compatibility
or canonical decomposition to it):

* the **small form variants** (U+FE50-FE6B) that Big5 and CNS 11643 encode beside the normal
  marks: ``国办发﹝2013﹞14号`` (bjtcm.gov.cn, a notice citing a State Council document), and
  ``﹐﹑﹔﹕﹖﹗﹙﹚`` of Taiwan and Hong Kong pages;
* the **presentation forms of vertical text** (U+FE10-FE19, U+FE30-FE4F) that a vertical
  layout's PDF or e-book export leaves in horizontal text: ``《中華人民共和國憲法》︑《基本法》``
  (the Basic Law booklet, tests/real_pages/field7), ``乘用车︹按发动机汽缸容量（排气量）分档︺``
  (a table of the 车船税法, tests/real_pages/field10);
* the **half-width forms** of JIS X 0201 (U+FF61-FF64): ``｡｢｣､``;
* the deprecated angle brackets U+2329/U+232A, canonically the same as ``〈〉``;
* the full-width straight quotes ``＂`` and ``＇`` of GBK (A3A2, A3A7), typed for ``“”`` ``‘’``, and its
  full-width angle brackets ``＜＞`` (A3BC, A3BE), typed for ``《》``;
* **look-alikes** of the marks from other blocks, which a code table or an input method's symbol
  palette sets beside the mark (Unicode's confusables, UTS #39, map each to it): the ratio sign
  ``∶`` (GB2312 A1C3, in the palette beside ``：``) typed for the colon (``电话∶0519``), the Greek
  question mark U+037E (canonically ``;``: one NFC pass turns it back), the modifier letter colon ``꞉`` (U+A789) for
  ``:``, the low-9 quote ``‚``
  (cp1252 0x82) for ``,``, the one-dot leader ``․`` (compatibly ``.``), and the CJK quotes of
  Big5 and vertical typesetting ``〝…〞`` / ``〝…〟`` (``記載在〝況古奇物大全〞中``) for ``“…”``.

:func:`stand_ins` gives each such character the mark it stands for, so that the width rule
decides on it as on that mark (:func:`corpus_tools.clean.width.normalize_width`):

* a form whose mark is itself a Chinese mark (``﹑`` ``︑`` ``､`` are ``、``; ``﹝`` is ``〔``;
  ``︵`` is ``（``: a vertical form exists only in Chinese text, and its horizontal form is the
  full-width mark) always becomes that mark;
* a form whose mark is ASCII (``﹐`` ``﹕`` ``﹙`` ``＂`` ...) becomes what the width rule makes of
  the ASCII mark there: the full-width mark in Chinese context (``本市﹐区`` -> ``本市，区``); where
  the rule would keep the ASCII mark (between digits, in Latin text) the form stays as it came:
  nothing says it is damaged, and the clean corpus writes one so (``比例尺系列为：1﹕500``,
  北京市测绘条例: the ratio sign ``∶`` of GB/T 15834 in its Big5 stand-in).

Forms with no mark of Chinese prose behind them are left: the small ``﹘﹛﹜﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫``
(signs, whose width carries no evidence), the vertical dashes and low lines ``︱︲︳︴﹉-﹏``, the
sesame dots ``﹅﹆``.  The dots code tables put for the interpunct (``‧`` ``・`` ``･``) are ``·``
between Han characters on a page that is not Japanese (:data:`INTERPUNCT_FORMS`).  The horizontal bar GB2312.TXT
puts for the dash (``5―6级``) is ``—`` beside Chinese text on such a page (:data:`DASH_FORM`).
"""

from __future__ import annotations

import unicodedata

from corpus_tools.clean import _gates
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import is_han

#: Each form -> the mark it stands for, when that mark is a Chinese one (always taken).
CHINESE_MARK_OF = {
    # half-width forms (JIS X 0201)
    "｡": "。", "｢": "「", "｣": "」", "､": "、",
    # small form variants (Big5 / CNS 11643)
    "﹑": "、", "﹝": "〔", "﹞": "〕",
    # vertical presentation forms: the full-width mark of horizontal text
    "︐": "，", "︑": "、", "︒": "。", "︓": "：", "︔": "；", "︕": "！", "︖": "？",
    "︗": "〖", "︘": "〗", "︙": "…",
    "︵": "（", "︶": "）", "︷": "｛", "︸": "｝", "︹": "〔", "︺": "〕", "︻": "【", "︼": "】",
    "︽": "《", "︾": "》", "︿": "〈", "﹀": "〉", "﹁": "「", "﹂": "」", "﹃": "『", "﹄": "』",
    "﹇": "［", "﹈": "］",
    # deprecated angle brackets (canonical singletons of 〈〉)
    "\u2329": "〈", "\u232a": "〉",
    # the reversed and low double-prime quotes (Big5 A1A9/A1AA; vertical and Japanese typesetting)
    "〝": "“", "〞": "”", "〟": "”",
}

#: Each form -> the ASCII mark it stands for, when that mark's width depends on its context
#: (the width rule decides; the form stays where the ASCII mark would).
ASCII_MARK_OF = {
    "﹐": ",", "﹒": ".", "﹔": ";", "﹕": ":", "﹗": "!", "﹙": "(", "﹚": ")",
    # (the small question mark stands in as ``!``, which the width rule decides as it decides ``?``
    # but for one thing: an ASCII ``?`` may be a character a decoder lost, and a decoder writes
    # ``?``, never ``﹖``; :func:`settle` gives the ``？`` back)
    "﹖": "!",
    "＂": '"', "＇": "'",
    # the vertical two-dot leader, which Big5 (A14A) places among the marks and Hong Kong and
    # Taiwan pages type as a colon (``電話︰``)
    "︰": ":",
    # look-alikes from other blocks: the ratio sign (a ratio ``1∶500`` stands between digits, where
    # the rule keeps ``:``, so the sign stays there), the Greek question mark (canonically ``;``),
    # the low-9 quote, the one-dot leader (compatibly ``.``)
    "∶": ":", "\u037e": ";", "‚": ",", "\u2024": ".",
    # the modifier letter colon U+A789 (a Latin orthography's letter, UTS #39 confusable with ``:``), an IME
    # palette's stand-in for the colon (``电话꞉0519``)
    "\ua789": ":",
    # the full-width angle brackets of an IME's full-width mode (GBK A3BC/A3BE), typed for 《》 as ``<>``
    # are (the width rule's title pairs); an inner title's ``＜…＞`` inside ``《》`` stays, as clean laws write it
    "＜": "<", "＞": ">",
}

#: Dots that stand for the interpunct ``·`` (GB/T 15834's 间隔号, the clean corpus's ``“一窗受理·一次办好”``)
#: between two Han characters because a code table put them there: Big5's 間隔號 (A145) is U+2027
#: ``‧`` in BIG5.TXT, GB2312's ``·`` (A1A4) is U+30FB ``・`` in GB2312.TXT (cp936 reads U+00B7), and
#: ``･`` is the half-width form of ``・``; on a page that is not Japanese (no kana: ``経済・貿易`` of
#: a Japanese page stays).  A bullet ``•`` a writer typed between Han (``大连重工•起重集团``, gov.cn)
#: is the page's own typography, no decoding's: it stays.
INTERPUNCT_FORMS = frozenset("\u2027\u30fb\uff65")
INTERPUNCT = "\u00b7"
_KANA = lazy_re("[\u3041-\u3096\u30a1-\u30fa]")

#: The horizontal bar U+2015, which GB2312.TXT (the Unicode consortium's table, and the decoders
#: built on it) gives GB2312's dash A1AA, where cp936 and GB18030 read the em dash U+2014 ``—``:
#: ``发生多次5―6级``, ``1997年4―6月``, ``1997年10月――1998年2月`` (gov.cn, 国发〔1997〕 pages,
#: shared/real/govcn 050 and 051).  Beside Chinese text it is the dash ``—`` (GB/T 15834's 一字线
#: and, doubled, 破折号); between blanks or Latin text (``10 ― 8-3-2010 BOLETIM``, the Macau gazette's
#: Portuguese header) and on a Japanese page (JIS X 0208's dash is U+2015 too) it stays.
DASH_FORM = "\u2015"
EM_DASH = "\u2014"

#: Item numbers in enclosed forms, each a compatibility composite of a bracketed or dotted number
#: (NFKC): the parenthesized ideographs ``㈠``-``㈩`` (GB2312 A2E5-A2EE) for ``（一）``-``（十）``, the
#: parenthesized digits ``⑴``-``⒇`` (A2C5-A2D8) for ``(1)``-``(20)``, the digits with a full stop
#: ``⒈``-``⒛`` (A2B1-A2C4) for ``1.``-``20.``.  A converter or a word processor's numbering sets them
#: for the item labels of a law (``㈠未经批准擅自施工的；``): the structure reads ``（一）`` and the clean
#: corpus writes no enclosed form.  The circled digits ``①`` are no such form (NFKC loses their circle;
#: clean laws write them) and stay.
ENCLOSED_NUMBERS = {
    **{chr(0x3220 + k): f"({c})" for k, c in enumerate("一二三四五六七八九十")},
    **{chr(0x2474 + k): f"({k + 1})" for k in range(20)},
    **{chr(0x2488 + k): f"{k + 1}." for k in range(20)},
}

FORMS = frozenset(CHINESE_MARK_OF) | frozenset(ASCII_MARK_OF) | INTERPUNCT_FORMS | frozenset(DASH_FORM)
_ENCLOSED_CHARS = frozenset(ENCLOSED_NUMBERS)
_STAND_IN_TABLE = str.maketrans({**CHINESE_MARK_OF, **ASCII_MARK_OF})
#: Gate in the shared class probe: the forms above, and the enclosed item numbers (exact for
#: :func:`has_forms` and :func:`has_enclosed_numbers` together; each asks again when it is set).
FORMS_BIT = _gates.register("compat_forms", FORMS | frozenset(ENCLOSED_NUMBERS))


def has_forms(text: str) -> bool:
    """Whether ``text`` holds any form of :data:`FORMS` (one shared C probe).

    >>> has_forms("国办发﹝2013﹞14号"), has_forms("国办发〔2013〕14号")
    (True, False)
    """
    return bool(_gates.present(text) & FORMS_BIT) and (_ENCLOSED_CHARS.isdisjoint(text) or any(ch in FORMS for ch in text))


def stand_ins(text: str) -> str:
    """``text`` with each form replaced by the mark it stands for (one character for one, so
    positions stay valid): the text the width rule decides on.

    >>> stand_ins("《憲法》︑《基本法》；本市﹐区﹙一﹚；1﹕500；︵草案︶")
    '《憲法》、《基本法》；本市,区(一)；1:500；（草案）'
    >>> stand_ins("电话∶0519；本市\u037e区‚乡；〝两个维护〞")
    '电话:0519；本市;区,乡；“两个维护”'
    """
    return text.translate(_STAND_IN_TABLE)


def settle(text: str, changes: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """The width rule's ``changes`` (decided on :func:`stand_ins` of ``text``) made true of
    ``text``: a form the rule changed takes the rule's mark (``﹖``, decided as ``!``, its ``？``);
    a form it did not change takes its Chinese mark (:data:`CHINESE_MARK_OF`) or, standing for an
    ASCII mark the rule kept, stays.

    >>> t = "本市﹐区︑县；1﹕500；乡﹖好"
    >>> sorted(settle(t, {2: (3, "，"), 14: (15, "！")}).items())
    [(2, (3, '，')), (4, (5, '、')), (14, (15, '？'))]
    >>> settle("按照七∶三分担", {3: (4, "：")}), settle("电话∶本处", {2: (3, "：")})
    ({}, {2: (3, '：')})
    """
    out = dict(changes)
    japanese: bool | None = None  # (read once, when a dot asks)
    for i in _gates.class_positions(text, FORMS_BIT):
        ch = text[i]
        if i in out:
            if ch == "﹖" and out[i][1] == "！":
                out[i] = (i + 1, "？")
            elif ch == "∶" and 0 < i < len(text) - 1 and text[i - 1] in _NUMERALS and text[i + 1] in _NUMERALS:
                del out[i]  # a ratio in Chinese numerals (``按照七∶三分担``, review 14 R14-F3): the ratio sign stays
            continue
        if (mark := CHINESE_MARK_OF.get(ch)) is not None:
            out[i] = (i + 1, mark)
        elif ch in INTERPUNCT_FORMS and 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1]):
            if japanese is None:
                japanese = _KANA.search(text) is not None
            if not japanese:
                out[i] = (i + 1, INTERPUNCT)
        elif ch == DASH_FORM and _dash_in_chinese(text, i, out):
            if japanese is None:
                japanese = _KANA.search(text) is not None
            if not japanese:
                out[i] = (i + 1, EM_DASH)
    return out


def has_enclosed_numbers(text: str) -> bool:
    """Whether ``text`` holds an enclosed item number of :data:`ENCLOSED_NUMBERS`.

    >>> has_enclosed_numbers("㈠未经批准"), has_enclosed_numbers("①严格执行")
    (True, False)
    """
    return bool(_gates.present(text) & FORMS_BIT) and not _ENCLOSED_CHARS.isdisjoint(text)


def enclosed_numbers(text: str) -> dict[int, str]:
    """Position -> compatibility decomposition (NFKC) of each enclosed item number of
    :data:`ENCLOSED_NUMBERS`, on a page that is not Japanese (kana): ``㈠`` -> ``(一)``, ``⑴`` -> ``(1)``,
    ``⒈`` -> ``1.``; the width rule then decides their marks as any other
    (:func:`corpus_tools.clean.width.normalize_width`: ``（一）`` beside Han).

    >>> sorted(enclosed_numbers("㈠未经批准；⑵其他。⒊见附件").items())
    [(0, '(一)'), (6, '(2)'), (10, '3.')]
    >>> enclosed_numbers("①②③ステップ㈠")
    {}
    """
    if not has_enclosed_numbers(text) or _KANA.search(text) is not None:
        return {}
    return {i: ENCLOSED_NUMBERS[ch] for i, ch in enumerate(text) if ch in ENCLOSED_NUMBERS}


def _dash_in_chinese(text: str, i: int, changes: dict[int, tuple[int, str]] | None = None) -> bool:
    """Whether the horizontal bar at ``i`` (one of a run of at most two) joins Chinese text: a Han
    character or a Chinese mark on one side of the run at least, or digits on both sides of it with
    Han next to one of the numbers (``5―6级``, ``1997年4―6月``).  With Han on one side, the other
    may be a blank or a line's edge: a list's bullet dash at a line's start (``―加强组织领导``) is
    GB2312's dash A1AA too.  Never at the text's edges, between blanks or Latin text, nor in a rule
    of three bars or more.  A neighbour is read as the width rule leaves it (``changes``; a form as
    its Chinese mark), so that the decision is the same on the output (``0―"中"`` -> ``0—“中”``).

    >>> _dash_in_chinese("多次5―6级", 3), _dash_in_chinese("10月――1998年", 3), _dash_in_chinese("10月――1998年", 4)
    (True, True, True)
    >>> _dash_in_chinese("一、总体要求\\n―加强组织领导", 7)
    True
    >>> _dash_in_chinese("10 ― 8-3-2010 BOLETIM", 3), _dash_in_chinese("page 5―6 of", 6), _dash_in_chinese("―――", 1)
    (False, False, False)
    """
    start = i - 1 if i > 0 and text[i - 1] == DASH_FORM else i
    end = i + 2 if i + 1 < len(text) and text[i + 1] == DASH_FORM else i + 1
    if end - start > 2 or start == 0 or end >= len(text):
        return False
    before, after = _as_left(text, start - 1, changes), _as_left(text, end, changes)
    if before == DASH_FORM or after == DASH_FORM:
        return False  # a rule of three or more bars: a line, no dash
    if is_han(before) or is_han(after) or before in _CHINESE_MARKS or after in _CHINESE_MARKS:
        return True
    if not (before.isdigit() and after.isdigit()):
        return False
    left = start - 1
    while left > 0 and text[left - 1].isdigit():
        left -= 1
    right = end
    while right < len(text) and text[right].isdigit():
        right += 1
    return left > 0 and is_han(text[left - 1]) or right < len(text) and is_han(text[right])


def _as_left(text: str, j: int, changes: dict[int, tuple[int, str]] | None) -> str:
    """The character at ``j`` as the width rule leaves it: its one-character change, or a form's Chinese mark."""
    if changes and j in changes and changes[j][0] == j + 1:
        return changes[j][1]
    return CHINESE_MARK_OF.get(text[j], text[j])


#: The marks of Chinese prose a dash may stand beside (``——“两个维护”``, ``》――``).
_CHINESE_MARKS = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】")


#: The characters a ratio's terms are written in: digits of both widths and the Chinese numerals.
_NUMERALS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两")


# --------------------------------------------------------------------------- styled digits

#: Digits in a styled dress (Unicode's mathematical alphanumerics U+1D7CE-1D7FF: bold, double-struck, sans-serif,
#: sans-serif bold, monospace; the segmented digits of legacy computing U+1FBF0-1FBF9), each the digit of its
#: compatibility decomposition (NFKC): a converter, a word processor's "fancy font" or a rich-text editor's export
#: writes ``本条例自𝟮𝟬𝟭𝟵年𝟳月𝟭日起施行``, ``不少于𝟳𝟬小时`` (the noise benchmark's development set 5).  The digits a
#: law really prints in another dress are no such form and stay: superscripts of units (``m²``), subscripts,
#: circled item numbers (``①``), enclosed labels (:data:`ENCLOSED_NUMBERS`, decided on their own).
STYLED_DIGITS = {chr(c): unicodedata.normalize("NFKC", chr(c))
                 for c in (*range(0x1D7CE, 0x1D800), *range(0x1FBF0, 0x1FBFA))}
STYLED_DIGITS_BIT = _gates.register("styled_digits", STYLED_DIGITS)
_STYLED_DIGIT_TABLE = str.maketrans(STYLED_DIGITS)
#: A number written (partly) in styled digits: digits of either dress, with the ``.`` or ``,`` inside a number.
_STYLED_NUMBER = lazy_regex(r"[0-9\U0001D7CE-\U0001D7FF\U0001FBF0-\U0001FBF9]+(?:[.,][0-9\U0001D7CE-\U0001D7FF\U0001FBF0-\U0001FBF9]+)*")
#: Letters a styled number must not be glued to: Latin letters of either dress (the mathematical alphabets, the
#: circled, parenthesized and squared letters), Greek.  ``𝕓𝕖𝕥𝟙𝟠𝟠`` is a spam brand in styled letters, the spam rule's.
_LETTER_BESIDE = lazy_regex(r"[A-Za-z\U0001D400-\U0001D7CB\u249C-\u24E9\U0001F130-\U0001F189]")


def styled_digits(text: str) -> dict[int, tuple[int, str]]:
    """Start -> (end, ASCII digits) of each number written in styled digits (:data:`STYLED_DIGITS`) inside
    Chinese text: Han or a Chinese mark (or ``%``) beside it on one side at least, no letter glued to it on
    either side, and no trade word after it (``𝟙𝟠𝟠体育`` names a gambling brand: the spam rule's).

    >>> t = "本条例自𝟮𝟬𝟭𝟵年𝟳月𝟭日起施行，达到𝟐𝟎𝟎𝟎𝟎平方米，占𝟴𝟬%。"
    >>> [t[a:b] + "->" + d for a, (b, d) in styled_digits(t).items()]
    ['𝟮𝟬𝟭𝟵->2019', '𝟳->7', '𝟭->1', '𝟐𝟎𝟎𝟎𝟎->20000', '𝟴𝟬->80']
    >>> styled_digits("访问𝕓𝕖𝕥𝟙𝟠𝟠官网"), styled_digits("认准𝟙𝟠𝟠体育平台"), styled_digits("x = 𝟏 + 𝟐")
    ({}, {}, {})
    """
    if not _gates.present(text) & STYLED_DIGITS_BIT:
        return {}
    from corpus_tools.clean.spam_foreign import _TRADE_TAIL_RE

    out: dict[int, tuple[int, str]] = {}
    for m in _STYLED_NUMBER.finditer(text):
        a, b = m.span()
        number = m.group()
        ascii_digits = number.translate(_STYLED_DIGIT_TABLE)
        if ascii_digits == number:
            continue
        before = text[a - 1] if a > 0 else ""
        after = text[b] if b < len(text) else ""
        if _LETTER_BESIDE.match(before) or _LETTER_BESIDE.match(after):
            continue
        if not (is_han(before) or is_han(after) or before in _CHINESE_MARKS or after in _CHINESE_MARKS or after in ("%", "％")):
            continue
        if _TRADE_TAIL_RE.match(text, b) is not None:
            continue
        out[a] = (b, ascii_digits)
    return out
