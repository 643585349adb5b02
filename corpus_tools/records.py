"""Small frozen records that flow through the pipeline, and nothing else.

The pipeline is: bytes on disk -> :class:`RawPage` (decoded, format converted)
-> :class:`CleanedPage` (cleaned text plus the :class:`Edit` log that produced
it) -> :class:`Document` (one instrument cut out of a page) -> :class:`Provision`
tree -> flat :class:`Article` rows.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Mapping, TypeVar

_Slotted = TypeVar("_Slotted", bound=type)


def _init_through_slots(cls: _Slotted) -> _Slotted:
    """Give a frozen, slotted dataclass an ``__init__`` that writes each slot through its
    descriptor: same parameters, defaults and instance as the one ``dataclasses`` writes.

    A frozen class's generated ``__init__`` cannot assign its fields, so it calls
    ``object.__setattr__(self, name, value)`` for each; setting the slot's descriptor
    directly does the same write at about half the cost (an :class:`Edit` 1.9 -> 1.1 µs;
    the cleaning rules make hundreds per Traditional or ruby page, issue 20).  Only the
    speed changes: frozen assignment still raises, equality, hash, repr and pickling are the
    dataclass's own.

    >>> @_init_through_slots
    ... @dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: str
    ...     right: str = "条"
    >>> Pair("第一"), Pair(left="第二", right="款") == Pair("第二", "款")
    (Pair(left='第一', right='条'), True)
    """
    namespace: dict[str, Any] = {}
    parameters, body = ["self"], []
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:  # pragma: no cover - no such field in these records
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields and defaults are supported")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__({', '.join(parameters)}):\n{''.join(body)}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {**{f.name: f.type for f in fields(cls)}, "return": None}
    cls.__init__ = init
    return cls


@_init_through_slots
@dataclass(frozen=True, slots=True)
class Edit:
    """One change made by one cleaning rule.

    ``start`` and ``end`` index the text *as it was when the rule ran* (the
    rule's input), and ``before == input[start:end]``.  Replaying the edits of
    each rule in pipeline order on the ingested text gives the cleaned text
    exactly (see :func:`corpus_tools.clean.edits.replay`).  ``detail`` says why: the
    text of a JSON object where the rule weighs evidence (restorations, mojibake repairs:
    evidence and confidence), else a few words; the ``edits`` config and ``--explain --json``
    carry it as a JSON object always (:func:`corpus_tools.clean.edits.detail_json`).

    ``gap`` is in memory only (no column holds it, equality and repr ignore it):
    what became of the gap a spam anchor left where it had replaced a word,
    ``"restored"``, ``"unresolved"`` or ``"conflict"``; ``""`` for every other edit.
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    detail: str = ""
    gap: str = field(default="", compare=False, repr=False)


@_init_through_slots
@dataclass(frozen=True, slots=True)
class CleanWarning:
    """Something a rule noticed and deliberately left alone (precision over recall)."""

    rule: str
    position: int
    message: str
    excerpt: str = ""


@dataclass(frozen=True)
class RawPage:
    """A scraped page after decoding and format conversion, before any cleaning.

    ``text`` is the base of the edit log.  ``metadata`` holds what the file
    itself declared (Markdown front matter, HTML ``<title>``/``<meta>``).
    """

    source_file: str  # POSIX path relative to the raw folder
    sha256: str  # of the raw bytes
    encoding: str  # codec that decoded the bytes, e.g. "utf-8", "gb18030"
    format: str  # "text" | "markdown" | "html" | "xml" | "docx" | "pdf"
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def page_id(self) -> str:
        from corpus_tools.ids import page_id

        return page_id(self.source_file)


@dataclass(frozen=True)
class CleanedPage:
    """A page after every cleaner ran: the text, the edits, the warnings."""

    page: RawPage
    text: str
    edits: tuple[Edit, ...] = ()
    warnings: tuple[CleanWarning, ...] = ()
    script: str = "simplified"  # source script: "simplified" | "traditional" | "mixed"
    steps: tuple[tuple[Edit, ...], ...] = ()  # the edits of each rule run, in pipeline order
    #: The metadata strings the file declares (front matter, info box, <title>, <meta>), each
    #: cleaned by the same rules as the text (None: not cleaned yet), and the edits of each.
    fields: Mapping[str, str] | None = None
    field_steps: Mapping[str, tuple[tuple[Edit, ...], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Provision:
    """One node of the provision tree (bluebell's generic hierarchical element).

    ``type`` is one of ``part, subpart, chapter, section, article, paragraph,
    item, subitem`` for regulations, or ``unit`` levels for plans and
    explanations.  ``start``/``end`` span the node's text in the document text.
    ``eid`` is a stable id built from the path, e.g. ``chp_2__art_13``.
    """

    type: str
    num: int | None
    label: str
    heading: str | None
    text: str
    start: int
    end: int
    eid: str = ""
    suffix: int | None = None
    children: tuple["Provision", ...] = ()


@dataclass(frozen=True)
class Document:
    """One instrument cut out of a cleaned page (a notice, a regulation, an attachment)."""

    doc_id: str
    page_id: str
    source_file: str
    ordinal: int  # position of the document in its page, from 0
    text: str
    title: str = ""
    role: str = "main"  # "main" | "notice" | "attachment"
    parent_id: str | None = None
    attachment_no: int | None = None
    page_start: int = 0  # span of the document in the cleaned page text
    page_end: int = 0
    doc_type: str = "other"
    doc_number: str | None = None  # 文号 / 发文字号 (国发〔2019〕5号, 国令第707号)
    jurisdiction: str | None = None  # a place (常州市, 北京市) or 中华人民共和国 for the central state
    jurisdiction_level: str | None = None  # national | provincial | municipal | county
    issuer: str | None = None  # the body that issued the instrument (its 发文机关), never a source that reprinted it
    status: str | None = None
    adopted: str | None = None  # ISO dates or None
    approved: str | None = None
    written: str | None = None  # 成文日期: the date the document was signed
    published: str | None = None  # 发布日期 / 公布: the date it was made public
    effective: str | None = None
    amended: str | None = None  # latest amendment or revision (修正/修订), ISO
    index_no: str | None = None  # 索引号 of a government information-disclosure catalogue
    topic: str | None = None  # 主题分类 as the site states it
    source: str | None = None  # 来源 / <meta ContentSource>: who the site credits (a newspaper, a website, a department)
    source_url: str | None = None
    script: str = "simplified"
    version_group: str | None = None  # documents that are versions of one instrument share it
    duplicate_of: str | None = None  # doc_id of the first copy of the same text in the corpus
    numbering_gaps: tuple[int, ...] = ()  # article numbers the source skips (label found nowhere)


@dataclass(frozen=True)
class Article:
    """A flat 第N条 row of the ``articles`` config."""

    doc_id: str
    source_file: str
    article_no: int
    text: str  # body without label or heading; paragraphs joined by "\\n"
    article_suffix: int = 0  # 第十条之一 -> article_no 10, suffix 1
    label: str = ""
    heading: str | None = None
    part: str | None = None
    chapter_no: int | None = None
    chapter_title: str | None = None
    section_no: int | None = None
    section_title: str | None = None
    paragraphs: tuple[str, ...] = ()
    start: int = 0  # span of the whole article (label included) in the document text
    end: int = 0
    eid: str = ""
