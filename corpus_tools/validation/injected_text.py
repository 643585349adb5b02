"""Injected characters: an anti-copy script's random Han characters inside a code, found, never removed.

Field test 15 (F15-N3) read a copy of a 360问答 answer on 公文 layout (zhzhwenwen.com) whose source site had
injected random Han characters inside words to spoil copying: ``仿认晚村迫双宋GB2312`` (仿宋GB2312),
``小燃便酸殖头实三号`` (小三号), ``GB2知顾讨武312`` (GB2312), ``居中排程力得位气办布`` (居中排布).  What was injected
cannot be told apart from the text in general without a model of the language; but where the injection splits a
Latin or figure code, the page itself can prove it: the code stands whole elsewhere on the page, and no Chinese
sentence splits a run of digits (or of letters) of one code with words.

Evidence, all of it: a run of 2 to 8 Han characters between two Latin/figure parts that are one code when
joined (``GB2`` + ``312``); the split falls between two digits or two letters; the joined code holds a letter
and a digit, four characters at least; and the page holds the joined code whole as a token.  ``injected_chars``
names the document and the splits; the text is kept (the injected characters of Han words are not found:
``仿认晚村迫双宋`` stays unflagged, which a language model would have to judge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.validation.text_gate import gated_texts

if TYPE_CHECKING:
    import pyarrow as pa

INJECTED_CHARS = "injected_chars"

#: A run of Han characters between two Latin/figure parts (bounded runs: linear on any line).
_SPLIT_CODE = lazy_re(
    r"(?<![A-Za-z0-9])(?P<a>[A-Za-z0-9]{1,16})(?P<run>[\u4e00-\u9fff\u3400-\u4dbf]{2,8})(?P<b>[A-Za-z0-9]{1,16})(?![A-Za-z0-9])"
)
#: A whole Latin/figure token of four characters or more (the witness of a split code).
_TOKEN = lazy_re(r"(?<![A-Za-z0-9])[A-Za-z0-9]{4,32}(?![A-Za-z0-9])")
#: RE2 gate over the text column: two Han characters or more between Latin/figure parts, a letter in one of them.
TEXT_GATE = r"[A-Za-z][A-Za-z0-9]{0,15}\p{Han}{2,8}[A-Za-z0-9]|[A-Za-z0-9]\p{Han}{2,8}[A-Za-z0-9]{0,15}[A-Za-z]"

#: (name, the documents' columns it reads, description) of the check, for the quality registry.
CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (INJECTED_CHARS, ("text",),
     "no anti-copy script's random Han characters stand inside a code: a run of 2 to 8 Han characters splits a run "
     "of digits or of letters of a Latin/figure code that the page holds whole elsewhere (GB2知顾讨武312 beside "
     "GB2312); the excerpt gives the splits and the codes; the text is kept"),
)


def _one_class(left: str, right: str) -> bool:
    """Whether two characters on either side of an injection are of one class (both digits or both letters):
    the halves of one code (``GB2`` | ``312``)."""
    return (left.isdigit() and right.isdigit()) or (left.isalpha() and right.isalpha())


#: A court's masked name, the surname kept and the given name a letter and a serial number (CAIL2019's ``徐x8``,
#: ``王x9``, ``朱x62012年`` when the dataset glued it to a year): a name, never a piece of a code.
_MASKED_NAME = lazy_re(r"[xX×]{1,3}[0-9]{1,3}")


def _masked_name(text: str, start: int, part: str) -> bool:
    """Whether ``part``, at ``start`` in ``text``, is a masked name: a mask right after a Han character (its surname)."""
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and _MASKED_NAME.fullmatch(part) is not None


def injected_characters(text: str) -> str | None:
    """The splits of codes by injected Han characters in ``text``, or None.

    The zhzhwenwen.com copy (F15-N3), three of its lines:

    >>> t = ("一级标题字体格式:仿认晚村迫双宋GB2312,小燃便酸殖头实三号,加粗。\\n"
    ...      "四级四品找导府书标题字体格式:仿宋GB2知顾讨武312,四早睁号,士厚得宗长不加粗;\\n"
    ...      "正文内容字体木评稳时格式:仿宋GB2312,四号,不加粗。")
    >>> print(injected_characters(t))
    1 code split by Han characters: 'GB2知顾讨武312' (GB2312 whole on the page)

    Ordinary text that sets words between codes or figures is no injection:

    >>> injected_characters("1月至3月，13号文件；ISO9001认证和ISO14001认证；G20峰会和G20；A1号楼至A12号楼") is None
    True

    Nor is a court's masked name before a year, however the page glues the two elsewhere (CAIL2019: ``女儿徐x8两人共同继承
    2018年`` beside ``女儿徐x82018年4月17日``: field test 16b, three false findings in 3,500 judgments):

    >>> injected_characters("由其妻子包5、女儿徐x8两人共同继承2018年4月25日，…次子徐x7、女儿徐x82018年4月17日，") is None
    True
    """
    splits = []
    for m in _SPLIT_CODE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if _masked_name(text, m.start("a"), a) or _masked_name(text, m.start("b"), b):
            continue
        joined = a + b
        if len(joined) >= 4 and _one_class(a[-1], b[0]) and any(c.isdigit() for c in joined) \
                and any(c.isalpha() for c in joined):
            splits.append((m.group(), joined))
    if not splits:
        return None
    whole = set(_TOKEN.findall(text))
    witnessed = [(found, joined) for found, joined in splits if joined in whole]
    if not witnessed:
        return None
    shown = ", ".join(f"{found!r} ({joined} whole on the page)" for found, joined in witnessed[:3])
    return f"{len(witnessed)} code{'s' if len(witnessed) > 1 else ''} split by Han characters: {shown}"


def document_injections(documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, excerpt)]) of :data:`CHECKS` over the documents (one RE2 pass keeps the few
    texts with Han characters between two Latin/figure characters)."""
    hits: list[tuple[int, str]] = []
    for row, text in gated_texts(documents.column("text"), TEXT_GATE):
        why = injected_characters(text or "")
        if why:
            hits.append((row, why))
    return [(INJECTED_CHARS, "text", hits)] if hits else []


__all__ = ["CHECKS", "INJECTED_CHARS", "TEXT_GATE", "document_injections", "injected_characters"]
