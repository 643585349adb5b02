"""Text integrity: every stored text is the one the dataset derives it from.

Since data format 3 the dataset stores each text once per config (see
:mod:`corpus_tools.dataset.texts`): the page as ingested (its cleaned text is the replay of
its edits, and ``pages.text_sha256`` its hash), each document, each article (its paragraphs,
since format 4, as their ends in its text), each node of the provision tree by its own text;
a page without edits of its text whose documents tile it stores no ingested text (format 4).  Lengths and spans alone
(``num_chars``, ``end_inside_document``) let a character be changed for another unnoticed;
these checks tie every text to its source, whatever the lengths:

* ``pages.text_replays_edits``: replaying the page's edit log (the ``edits`` rows with
  ``field`` null, step by step in ``seq`` order) on ``ingested_text`` works, and gives the
  text whose sha256 is ``text_sha256`` (:func:`replay_problem`); where ``ingested_text`` is
  null, the page has no edit of its text and its documents tile it, their texts joined
  giving that text (:func:`rebuild_problem`);
* ``edits.field_edits_replay``: the edits of a declared metadata string (``field`` set, issue
  17) apply, step by step, to the string the page's ``metadata`` declares
  (:func:`corpus_tools.structure.metadata.declared_strings`);
* ``documents.text_is_page_span``: ``text`` is ``[page_start:page_end]`` of the page's
  cleaned text (the replay);
* ``provisions.text_is_document_span``: ``text`` is the node's own text, its document's
  text from ``start`` to its first child's start (whitespace before the child dropped; a
  leaf: to ``end``), and the own texts of a document's nodes, in document order, follow one
  another with only whitespace between them, each node ending where its last child ends
  (whitespace aside): so own texts and children make up each node's full text
  ``text[start:end]`` (:func:`provision_problems`);
* ``articles.text_is_document_span``: the article is its span of its document: ``text`` is
  the span's body (its lines trimmed, blank lines dropped, as
  :func:`corpus_tools.structure.tree.article_paragraphs` reads it), what precedes the body
  is the label and the heading, and ``paragraph_ends`` are ends of paragraphs of ``text``
  (ascending, a newline after each but the last, which ends ``text``: the paragraphs joined
  by newlines are ``text``; :func:`~corpus_tools.dataset.texts.paragraph_ends_problem`)
  (:func:`article_matches_span`).

They are integrity checks (errors), declared in
:data:`corpus_tools.validation.schemas.TEXT_CHECKS`.  Every text is checked in full (no
sample): see the README's validate section for what they cost.

The validator runs them per batch of shards (:func:`check_texts`); a build writes a page's
rows of every config into the shards of one chunk, so the rows and what they derive from are
read together.  A row whose source is not in the batch (a dataset re-sharded by another tool)
is *pending*: :func:`resolve_pending` reads what it needs back from the files at the end.
A row whose source is nowhere (an unknown page or document) is the relations' failure
(``page_id_in_pages``, ``doc_id_in_documents``), not these checks'.

The replay is :func:`corpus_tools.dataset.texts.replay_log`, the function researchers use
to recover a page's text: what is checked is what they get.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pyarrow as pa
import regex

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.dataset.texts import (DOCUMENT_SPAN_COLUMNS, Log, Span, document_spans, edit_logs, paragraph_ends_problem,
                                        replay_log, text_sha256, tiled_text)
from corpus_tools.records import Edit
from corpus_tools.structure.metadata import declared_strings
from corpus_tools.structure.tree import LABEL_OPENERS
from corpus_tools.text import ARTICLE_SUFFIX_HYPHENS, BLOCK_STRIP, CN_NUMERAL_CHARS, DASH_ONE, LINE_STRIP
from corpus_tools.validation import schemas
from corpus_tools.validation.report import Failure, short


def _declared(config: str, name: str) -> tuple[str, str, str]:
    check = next(c for c in schemas.TEXT_CHECKS if (c.config, c.name) == (config, name))
    return check.config, check.name, check.column


#: (config, check name, column reported) of each check, declared in :data:`~corpus_tools.validation.schemas.TEXT_CHECKS`.
PAGE_REPLAY = _declared("pages", "text_replays_edits")
FIELD_REPLAY = _declared("edits", "field_edits_replay")
DOCUMENT_SPAN = _declared("documents", "text_is_page_span")
ARTICLE_SPAN = _declared("articles", "text_is_document_span")
PROVISION_SPAN = _declared("provisions", "text_is_document_span")
#: config -> the columns the checks read of it.
READS: dict[str, tuple[str, ...]] = {}
for _check in schemas.TEXT_CHECKS:
    for _config, _columns in _check.reads.items():
        READS[_config] = tuple(dict.fromkeys(READS.get(_config, ()) + _columns))


# --------------------------------------------------------------------------- the promises, one text at a time


def replay_page(ingested_text: str, log: Iterable[tuple[int, Edit]]) -> str:
    """The cleaned page text its edit log gives: ``log`` is the page text's edits as
    ``(step, edit)`` in log order (``seq``); each step's edits index that step's input
    (:func:`corpus_tools.dataset.texts.replay_log` on the log's columns).

    Raises ``ValueError`` when an edit does not fit the text it applies to (its ``before``
    is not there, or edits of a step overlap).

    >>> replay_page("總  則,", [(4, Edit("cjk_spaces", 1, 3, "  ", "")), (5, Edit("t2s", 0, 2, "總則", "总则")),
    ...                         (6, Edit("width", 2, 3, ",", "，"))])
    '总则，'
    """
    log = list(log)
    return replay_log(ingested_text, [step for step, _ in log], [e.start for _, e in log], [e.end for _, e in log],
                      [e.before for _, e in log], [e.after for _, e in log])


def article_body(span: str) -> str:
    """An article's span as its ``text`` reads it: each line trimmed, blank lines dropped.

    >>> article_body("第一条　为了促进发展，\\n　　制定本条例。\\n\\n（一）甲；")
    '第一条　为了促进发展，\\n制定本条例。\\n（一）甲；'
    """
    if "\n" not in span:
        return span
    return "\n".join(line for line in (piece.strip(LINE_STRIP) for piece in span.split("\n")) if line)


#: What may stand between an article's label and its heading or body, beside whitespace:
#: the brackets a heading is written in (``第一条【立法目的】``, ``第一条（立法目的）``).
_HEAD_MARKS = frozenset("【】〔〕〖〗［］[]（）()：:")


def article_matches_span(source: str, start: int, end: int, text: str, label: str | None, heading: str | None) -> bool:
    """Whether an article's ``text`` is the body of its span ``source[start:end]`` of its document:
    the span, read as :func:`article_body` reads it, ends with ``text``, and what comes before
    is the label and the heading (in brackets or not) with whitespace.

    >>> article_matches_span("第一条【立法目的】为了促进发展。", 0, 16, "为了促进发展。", "第一条", "立法目的")
    True
    >>> article_matches_span("第一条　为了促进发展。\\n", 0, 11, "了促进发展。", "第一条", None)
    False
    >>> article_matches_span("【第一条】为了促进发展。", 0, 12, "为了促进发展。", "第一条", None)
    True
    >>> article_matches_span("[ 第 2 條 ]\\n关于搜查的细则", 0, 17, "关于搜查的细则", "第二条", None)
    True

    A caption above the label is the heading, in its brackets, before the label:

    >>> article_matches_span("（定义）\\n第一条　本法所称甲。", 0, 16, "本法所称甲。", "第一条", "定义")
    True
    >>> article_matches_span("（定义）\\n第一条　本法所称甲。", 0, 16, "本法所称甲。", "第一条", None)
    False
    """
    if end - start >= len(text) and source.endswith(text, start, end) and _is_head(source[start:end - len(text)], text, label, heading):
        return True  # the body's lines as written (no indentation, no blank line to drop)
    body = article_body(source[start:end])
    return body.endswith(text) and _is_head(body[: len(body) - len(text)], text, label, heading)


def _is_head(head: str, text: str, label: str | None, heading: str | None) -> bool:
    """Whether ``head`` (what precedes an article's body in its span) is its label and its heading,
    with whitespace and the brackets a heading is written in."""
    if not heading and label and head.strip() == label:
        return True  # most articles: the label, a space
    if heading:
        cut = head.rfind(heading)
        if cut < 0:
            return False
        head = head[:cut] + head[cut + len(heading):]
    rest = "".join(head.split())
    if heading and rest.startswith(("（）", "()")):
        rest = rest[2:]  # a caption above the label (``（定义）⏎第一条　…``): the heading's brackets first
    if label:
        rest = rest.lstrip(LABEL_OPENERS)  # 【第一条】, [ 第 2 條 ]: the brackets the structure reads a label in
        label = "".join(label.split())
        cut = len(label) if rest.startswith(label) else _written_label_end(rest, label)
        if not cut:
            return False
        rest = rest[cut:]
    elif text and not heading and rest:
        return False
    if heading and _DATED_HEADING_REST.fullmatch(rest):
        return True  # 第 54A 条 - 移转公职人员职能的权力 - 01/07/1997: the dashes around the heading and its version date
    return all(char in _HEAD_MARKS for char in rest)


#: What a Hong Kong section heading leaves around its heading (blanks removed): a dash before it, a dash and the
#: version's date after it (:data:`corpus_tools.structure.tree._STRUCT`, F14-C2).
_DATED_HEADING_REST = lazy_regex(r"[-–—]{2}[0-3][0-9]/[01][0-9]/[12][0-9]{3}")


#: An article label as pages write it: Chinese or Arabic numerals, a dash for 一 (``第三十－条``),
#: Traditional ``條``, an ``之N`` suffix, or the suffix after a hyphen (``第9-1條``, Taiwan's law
#: database; blanks are removed before the match).
_WRITTEN_ARTICLE_LABEL = lazy_regex(
    rf"第(?P<num>[{CN_NUMERAL_CHARS}{DASH_ONE}]+|[0-9０-９]+(?:[{ARTICLE_SUFFIX_HYPHENS}](?P<hyphen_suffix>[0-9０-９]+)|(?P<letter_suffix>[A-Z]))?)"
    rf"[条條](?:之(?P<suffix>[{CN_NUMERAL_CHARS}{DASH_ONE}]+|[0-9０-９]+))?")
_DASH_TO_ONE = str.maketrans(DASH_ONE, "一" * len(DASH_ONE))


def _written_label_end(rest: str, label: str) -> int:
    """Where a label written otherwise than ``label`` (its normalised form) ends at the start of
    ``rest``, or 0: ``第1条`` and ``第15条之1`` of Taiwan's law database and of pages that number
    articles in Arabic digits are ``第一条`` and ``第十五条之一``; ``第三十－条`` is ``第三十一条``.

    >>> _written_label_end("第1条为了促进发展。", "第一条"), _written_label_end("第15条之1", "第十五条之一")
    (3, 6)
    >>> _written_label_end("第三十－条", "第三十一条"), _written_label_end("第2条为了促进发展。", "第一条")
    (5, 0)
    >>> _written_label_end("第9-1條", "第九条之一"), _written_label_end("第9-2條", "第九条之一"), _written_label_end("第9-1條", "第九条")
    (5, 0, 0)
    >>> _written_label_end("第54A条", "第五十四条之一"), _written_label_end("第54B条", "第五十四条之一")
    (5, 0)
    """
    from corpus_tools.structure.numerals import parse_numeral

    written, normal = _WRITTEN_ARTICLE_LABEL.match(rest), _WRITTEN_ARTICLE_LABEL.fullmatch(label)
    if written is None or normal is None:
        return 0
    def value(numeral: str | None) -> int | None:
        return parse_numeral(numeral.translate(_DASH_TO_ONE)) if numeral else None

    def number_and_suffix(m: regex.Match[str]) -> tuple[int | None, int | None]:
        numeral = m.group("num")
        if m.group("hyphen_suffix"):
            numeral = numeral[:m.start("hyphen_suffix") - m.start("num") - 1]
        if m.group("letter_suffix"):  # 第54A条 (Hong Kong's inserted section) is 第五十四条之一
            return value(numeral[:-1]), ord(m.group("letter_suffix")) - ord("A") + 1
        return value(numeral), value(m.group("hyphen_suffix") or m.group("suffix"))

    return written.end() if number_and_suffix(written) == number_and_suffix(normal) else 0


# --------------------------------------------------------------------------- rows of one batch


@dataclass
class Pending:
    """Rows a batch could not check because what they derive from is in another batch: their
    keys and their rows (numbered as their failures would be), never a text."""

    replays: dict[str, int] = field(default_factory=dict)  # page_id -> row of the page
    documents: dict[str, tuple[str, int]] = field(default_factory=dict)  # doc_id -> (its page_id, row)
    spans: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)  # provisions/articles -> (doc_id, eid, row)

    def __bool__(self) -> bool:
        return bool(self.replays or self.documents or any(self.spans.values()))

    def shifted(self, rows: Mapping[str, Any]) -> Pending:
        """The same rows renumbered by ``rows`` (config -> function of a row)."""
        same = lambda row: row  # noqa: E731
        page, doc = rows.get("pages", same), rows.get("documents", same)
        return Pending({k: page(r) for k, r in self.replays.items()}, {k: (p, doc(r)) for k, (p, r) in self.documents.items()},
                       {name: [(d, e, rows.get(name, same)(r)) for d, e, r in items] for name, items in self.spans.items()})

    def update(self, other: Pending) -> None:
        self.replays.update(other.replays)
        self.documents.update(other.documents)
        for name, rows in other.spans.items():
            self.spans.setdefault(name, []).extend(rows)


@dataclass
class Checked:
    """What the checks found in some rows: failures by config (rows numbered as given), the rows
    left pending, and the checks that could not run (a config absent)."""

    failures: dict[str, list[Failure]] = field(default_factory=dict)
    pending: Pending = field(default_factory=Pending)
    skipped: list[str] = field(default_factory=list)

    def fail(self, check: tuple[str, str, str], row: int | None, key: str | None, where: str | None, value: str) -> None:
        config, name, column = check
        self.failures.setdefault(config, []).append(Failure("error", config, name, column, row, key, where, value))

    def update(self, other: Checked, first: Mapping[str, int] | None = None) -> None:
        """Take in ``other``'s results, its rows moved on by ``first`` (config -> rows before them)."""
        first = first or {}
        for config, failures in other.failures.items():
            shift = first.get(config, 0)
            self.failures.setdefault(config, []).extend(
                f if f.row is None or not shift else replace(f, row=f.row + shift) for f in failures)
        self.pending.update(other.pending.shifted({c: (lambda row, s=s: row + s) for c, s in first.items()}))
        self.skipped.extend(s for s in other.skipped if s not in self.skipped)


Columns = Mapping[str, Mapping[str, Sequence[Any]]]


def check_tables(batch: Mapping[str, pa.Table], *, present: Iterable[str] = ()) -> Checked:
    """Every check of this module on one batch of Arrow tables (config -> its rows in the batch);
    rows are numbered within the batch.  ``present``: the configs of the dataset (a config
    present but not in the batch has no rows here; one absent from the dataset skips the
    checks that need it)."""
    columns: dict[str, dict[str, list[Any]]] = {}
    for name, table in batch.items():
        wanted = [c for c in table.schema.names if c in READS.get(name, ())]
        if wanted:
            columns[name] = {c: table.column(c).to_pylist() for c in wanted}
    return check_columns(columns, present=present)


def check_columns(columns: Columns, *, present: Iterable[str] = ()) -> Checked:
    """Every check of this module on rows given as Python columns (config -> column -> values),
    as the writer stores them for one page (:func:`corpus_tools.dataset.texts.store_once`) or
    :func:`check_tables` reads them; rows are numbered within ``columns``.  ``present``: as for
    :func:`check_tables`."""
    out = Checked()
    absent = [name for name in present if name not in columns and name in READS]
    if absent:
        columns = {**columns, **{name: {c: () for c in READS[name]} for name in absent}}
    pages, edits, documents = columns.get("pages"), columns.get("edits"), columns.get("documents")
    page_text: dict[str, str | None] = {}  # page_id -> its cleaned text (None: its log does not replay)
    if pages is not None and _rows(pages):
        if edits is None:
            out.skipped.append("pages.text_replays_edits: needs config edits")
        else:
            page_text = _check_replays(pages, edits, documents, out)
            _check_field_replays(pages, edits, out)
    if documents is not None and _rows(documents):
        if pages is None or edits is None:
            out.skipped.append("documents.text_is_page_span: needs configs pages and edits")
        else:
            _check_documents(documents, page_text, out)
    doc_text = None
    for name in ("provisions", "articles"):
        rows = columns.get(name)
        if rows is None or not _rows(rows):
            continue
        if documents is None:
            out.skipped.append(f"{name}.text_is_document_span: needs config documents")
            continue
        if doc_text is None:
            doc_text = dict(zip(documents["doc_id"], documents["text"]))
        if name == "provisions":
            _check_provisions(rows, doc_text, out)
        else:
            _check_spans(name, rows, doc_text, out)
    return out


def _rows(columns: Mapping[str, Sequence[Any]]) -> int:
    return len(next(iter(columns.values()), ()))


def _difference(expected: str, stored: str) -> str:
    """Where two texts first differ, shown briefly."""
    at = next((i for i, (a, b) in enumerate(zip(expected, stored)) if a != b), min(len(expected), len(stored)))
    return (f"differs at character {at}: {short(stored[at:at + 12])} where the source gives "
            f"{short(expected[at:at + 12])} (lengths {len(stored)} and {len(expected)})")


def _logs(edits: Mapping[str, Sequence[Any]]) -> tuple[dict[str, Log], dict[str, int]]:
    """The page text's edit log of every page of ``edits`` (:func:`~corpus_tools.dataset.texts.edit_logs`:
    rows with ``field`` null, in ``seq`` order), and how many rows of ``edits`` each page has (its
    metadata strings' edits included)."""
    return edit_logs(edits), dict(Counter(edits["page_id"]))


_NO_LOG: Log = ([], [], [], [], [])


def _check_replays(pages: Mapping[str, Sequence[Any]], edits: Mapping[str, Sequence[Any]],
                   documents: Mapping[str, Sequence[Any]] | None, out: Checked) -> dict[str, str | None]:
    """``pages.text_replays_edits`` for the pages whose edits are all here (else pending); returns
    their cleaned texts for the documents' spans (None: the replay fails or is not the text
    ``text_sha256`` names; that page's failure says so, its documents are not checked against it).
    A page without ``ingested_text`` is rebuilt from its documents here (:func:`rebuild_problem`);
    when that fails it goes pending, since some of its documents may be in another batch."""
    logs, present = _logs(edits)
    texts: dict[str, str | None] = {}
    names = ("page_id", "num_edits", "ingested_text", "text_sha256")
    elided = {page for page, ingested in zip(pages["page_id"], pages["ingested_text"]) if ingested is None}
    tiles = document_spans(documents, pages=elided) if elided and documents is not None else {}
    for row, (page, stated, ingested, digest) in enumerate(zip(*(pages[c] for c in names))):
        if present.get(page, 0) < (stated or 0):
            out.pending.replays[page] = row  # some of its edits are in another batch
            continue
        if ingested is None:
            text, problem = rebuild_problem(tiles.get(page, ()), digest, logs.get(page, _NO_LOG))
            if problem:
                out.pending.replays[page] = row  # its documents may be in another batch: read back at the end
                continue
        else:
            text, problem = replay_problem(ingested, digest, logs.get(page, _NO_LOG))
        texts[page] = None if problem else text  # the documents are spans of the page's verified text only
        if problem:
            out.fail(PAGE_REPLAY, row, page, None, problem)
    return texts


def rebuild_problem(spans: Iterable[Span], digest: str | None, log: Log) -> tuple[str | None, str | None]:
    """The cleaned text of a page whose ``ingested_text`` is null (data format 4), from its
    documents ``spans`` (``(page_start, page_end, text)``: :func:`~corpus_tools.dataset.texts.tiled_text`),
    and why it is not the page's text (None: it is): the page must have no edit of its text
    (``log``), its documents must tile it, and their texts joined must be the text whose
    sha256 is ``digest``.

    >>> rebuild_problem([(0, 3, "第一条")], text_sha256("第一条"), ([], [], [], [], []))
    ('第一条', None)
    >>> rebuild_problem([(0, 3, "第一条")], text_sha256("第一條"), ([], [], [], [], []))[1]
    "ingested_text is null and its documents' texts joined give a text whose sha256 is not text_sha256"
    >>> rebuild_problem([(0, 3, "第一条"), (4, 7, "第二条")], None, ([], [], [], [], []))[1]
    'ingested_text is null but the documents do not tile the page (each starting where the one before ends, the first at 0)'
    """
    if log[0]:
        return None, f"ingested_text is null but the page has {len(log[0])} edits of its text (only a page without any may leave it out)"
    text = tiled_text(spans)
    if text is None:
        return None, ("ingested_text is null but the documents do not tile the page (each starting where the one "
                      "before ends, the first at 0)")
    if text_sha256(text) != digest:
        return text, "ingested_text is null and its documents' texts joined give a text whose sha256 is not text_sha256"
    return text, None


def replay_problem(ingested: str | None, digest: str | None, log: Log) -> tuple[str | None, str | None]:
    """The cleaned text that replaying ``log`` (one page's, as columns in ``seq`` order) on
    ``ingested`` gives (None: it does not replay), and why it is not the text ``digest``
    (``pages.text_sha256``) says (None: it is).

    >>> replay_problem("总  则", "f4ee4a6b5b0ddcd4ae6ccc1e3bd8a5ff3a3d1d3b6a9d0a2ea0c15c01c6ff94b2", ([1], [1], [3], ["  "], [""]))[1]
    'replaying 1 edits on ingested_text gives a text whose sha256 is not text_sha256'
    """
    try:
        text = replay_log(ingested or "", *log)
    except ValueError as error:
        return None, f"the edit log does not replay on ingested_text: {short(str(error))}"
    if text_sha256(text) != digest:
        return text, f"replaying {len(log[0])} edits on ingested_text gives a text whose sha256 is not text_sha256"
    return text, None


def _check_field_replays(pages: Mapping[str, Sequence[Any]], edits: Mapping[str, Sequence[Any]], out: Checked) -> None:
    """``edits.field_edits_replay``: the edits of each declared metadata string apply to it."""
    logs: dict[tuple[str, str], list[tuple[int, int, int, Edit]]] = {}
    names = ("page_id", "field", "seq", "step", "rule", "start", "end", "before", "after")
    for row, (page, name, seq, step, rule, start, end, before, after) in enumerate(zip(*(edits[c] for c in names))):
        if name is not None:
            logs.setdefault((page, name), []).append((seq, row, step, Edit(rule, start, end, before, after)))
    if not logs:
        return
    metadata = dict(zip(pages["page_id"], pages["metadata"]))
    declared: dict[str, dict[str, str]] = {}
    for (page, name), log in logs.items():
        if page not in metadata:
            continue  # the page is in another batch (or unknown: page_id_in_pages); checked there
        if page not in declared:
            try:
                declared[page] = declared_strings(json.loads(metadata[page] or "{}"))
            except (TypeError, ValueError, AttributeError):
                declared[page] = {}  # not a JSON object: pages.json_object says so
        log.sort(key=lambda item: item[0])
        value, first_row = declared[page].get(name), log[0][1]
        if value is None:
            out.fail(FIELD_REPLAY, first_row, page, None, f"edits of {name!r}, a string the page's metadata does not declare")
            continue
        try:
            replay_page(value if value.endswith("\n") else value + "\n", ((step, edit) for _, _, step, edit in log))
        except ValueError as error:
            out.fail(FIELD_REPLAY, first_row, page, None, f"the edits of {name!r} do not replay on it: {short(str(error))}")


def _check_documents(documents: Mapping[str, Sequence[Any]], page_text: Mapping[str, str | None], out: Checked) -> None:
    names = ("doc_id", "page_id", "page_start", "page_end", "text")
    for row, (doc, page, start, end, text) in enumerate(zip(*(documents[c] for c in names))):
        if page not in page_text:
            out.pending.documents[doc] = (page, row)
            continue
        source = page_text[page]
        start, end, text = start or 0, end or 0, text or ""
        if source is None or start > end:
            continue  # the page's text is not known (text_replays_edits says why) / page_span_order fails it
        if len(text) != end - start or not source.startswith(text, start):  # compared in place, no copy
            out.fail(DOCUMENT_SPAN, row, doc, None, f"text is not the page's cleaned text[{start}:{end}]: "
                                                    f"{_difference(source[start:end], text)}")


def provision_problems(document: str, rows: Sequence[int], provisions: Mapping[str, Sequence[Any]]) -> list[tuple[int, str]]:
    r"""What is wrong with the own texts of one document's provisions: ``rows`` (indices into the
    columns ``provisions``) are the document's rows in document order.  Each row's ``text``
    must be its own text (:func:`corpus_tools.dataset.texts.own_text`: to its first child's
    start, a leaf to its ``end``), each row must start after the text before it with only
    whitespace between, and each node with children must end where its last child ends,
    whitespace aside: then a node's own text and its children's full texts make up its full
    text ``document[start:end]``.

    >>> doc = "第一章 总则\n第一条 为了规范。\n第二条 甲：\n（一）乙；"
    >>> rows = {"eid": ["chp_1", "chp_1__art_1", "chp_1__art_2", "chp_1__art_2__item_1"],
    ...         "parent_eid": [None, "chp_1", "chp_1", "chp_1__art_2"], "start": [0, 7, 17, 24], "end": [29, 16, 29, 29],
    ...         "text": ["第一章 总则", "第一条 为了规范。", "第二条 甲：", "（一）乙；"]}
    >>> provision_problems(doc, range(4), rows)
    []
    >>> rows["text"][2] = "第二绦 甲："
    >>> provision_problems(doc, range(4), rows)
    [(2, "text is not its own text, the document's text[17:24] without the whitespace before its first child: differs at character 2: 绦 甲： where the source gives 条 甲： (lengths 6 and 6)")]
    >>> rows["text"][2], rows["end"][0] = "第二条 甲：", 25
    >>> provision_problems(doc, range(4), rows)
    [(0, 'ends at 25, not where its last child ends (29), whitespace aside')]
    """
    eids, parents, starts, ends, texts = (provisions[c] for c in ("eid", "parent_eid", "start", "end", "text"))
    size = len(document)
    problems: list[tuple[int, str]] = []
    stack: list[int] = []  # the open nodes: the current row's ancestors
    reach: int | None = None  # where the text accounted for so far ends

    def close(node: int) -> None:
        nonlocal reach
        end = ends[node]
        if reach is not None and (end < reach or document[reach:end].strip(BLOCK_STRIP)):
            problems.append((node, f"ends at {end}, not where its last child ends ({reach}), whitespace aside"))
        reach = max(end, reach or 0)

    for k, row in enumerate(rows):
        start, end, text = starts[row], ends[row], texts[row]
        if start is None or end is None or not 0 <= start <= end <= size:
            stack, reach = [], None  # span_order or end_inside_document fails it; the order cannot be followed
            continue
        while stack and eids[stack[-1]] != parents[row]:
            close(stack.pop())
        if reach is not None and (start < reach or document[reach:start].strip(BLOCK_STRIP)):
            problems.append((row, f"starts at {start}: the text before it ends at {reach} and what lies between is not whitespace"))
        following = rows[k + 1] if k + 1 < len(rows) else None
        if following is not None and parents[following] == eids[row]:
            own = document[start:max(start, min(starts[following] or 0, end))].rstrip(BLOCK_STRIP)
            if text != own:
                problems.append((row, f"text is not its own text, the document's text[{start}:{starts[following]}] without "
                                      f"the whitespace before its first child: {_difference(own, text or '')}"))
            stack.append(row)
            reach = start + len(own)
        else:
            if text is None or len(text) != end - start or not document.startswith(text, start):  # in place, no copy
                problems.append((row, f"text is not the document's text[{start}:{end}] (a node without children): "
                                      f"{_difference(document[start:end], text or '')}"))
            reach = end
    while stack:
        close(stack.pop())
    return problems


def _check_provisions(rows: Mapping[str, Sequence[Any]], doc_text: Mapping[str, str], out: Checked, *,
                      report: Mapping[int, int] | None = None) -> None:
    """``provisions.text_is_document_span`` (:func:`provision_problems`) of every document of
    ``rows``.  A document whose rows may continue in another batch (the first and the last of
    the batch, or one whose ``ordinal`` does not start at 0) goes pending rather than failing.
    ``report`` (when resolving pending rows): local row -> the row a failure is numbered as;
    rows not in it are not reported (another batch checked them)."""
    by_doc: dict[str, list[int]] = {}
    for row, doc in enumerate(rows["doc_id"]):
        by_doc.setdefault(doc, []).append(row)
    ordinals, eids = rows["ordinal"], rows["eid"]
    edge = set() if report is not None else {rows["doc_id"][0], rows["doc_id"][-1]}
    for doc, mine in by_doc.items():
        if any(ordinals[a] >= ordinals[b] for a, b in zip(mine, mine[1:])):
            mine.sort(key=lambda row: (ordinals[row] is None, ordinals[row] or 0))
        source = doc_text.get(doc)
        partial = report is None and (ordinals[mine[0]] != 0 or doc in edge)
        if source is None or (partial and ordinals[mine[0]] != 0):
            out.pending.spans.setdefault("provisions", []).extend((doc, eids[row], row) for row in mine)
            continue
        problems = provision_problems(source, mine, rows)
        if problems and partial:
            out.pending.spans.setdefault("provisions", []).extend((doc, eids[row], row) for row in mine)
            continue
        for row, problem in problems:
            if report is None:
                out.fail(PROVISION_SPAN, row, doc, eids[row], problem)
            elif row in report:
                out.fail(PROVISION_SPAN, report[row], doc, eids[row], problem)


def _check_spans(name: str, rows: Mapping[str, Sequence[Any]], doc_text: Mapping[str, str], out: Checked) -> None:
    """``articles.text_is_document_span``."""
    check = ARTICLE_SPAN
    get = doc_text.get
    names = ("doc_id", "start", "end", "text", "label", "heading", "paragraph_ends")
    for row, (doc, start, end, text, label, heading, ends) in enumerate(zip(*(rows[c] for c in names))):
        source = get(doc)
        if source is None:
            out.pending.spans.setdefault(name, []).append((doc, rows["eid"][row], row))
            continue
        text, start, end = text or "", start or 0, end or 0
        if not 0 <= start < end <= len(source):
            continue  # span_order or end_inside_document fails it
        if not article_matches_span(source, start or 0, end or 0, text, label, heading):
            out.fail(check, row, doc, label, f"text is not the body of the document's text[{start}:{end}] "
                                             f"after its label and heading: {short(text)}")
        else:
            problem = paragraph_ends_problem(text, ends)
            if problem:
                out.fail(check, row, doc, label, problem)


# --------------------------------------------------------------------------- one page's structure, before it is written


def structure_failures(columns: Columns) -> dict[str, list[Failure]]:
    r"""What breaks the span invariants in one page's ``articles`` and ``provisions``, all its
    ``documents`` given, the rows as the build stores them
    (:func:`corpus_tools.dataset.texts.store_once`; rows numbered within each config):
    ``articles.text_is_document_span`` and ``provisions.text_is_document_span`` as the gate
    runs them, and, under the same names, a span that is not inside its document (articles:
    ``0 <= start < end <= len``; provisions: ``start <= end``) or whose document is not the page's.

    The build quarantines these rows (:func:`corpus_tools.pipeline.page_columns`): a structure bug
    on one page leaves that page's rows out, with a warning, instead of failing the gate and with
    it the corpus.  A dataset handed to ``corpus-tools validate`` is checked as before.

    >>> docs = {"doc_id": ["d"], "text": ["【第一条】为了促进发展。\n第二条 施行。"]}
    >>> arts = {"doc_id": ["d", "d"], "eid": ["art_1", "art_2"], "start": [0, 13], "end": [12, 20],
    ...         "text": ["为了促进发展。", "实施。"], "label": ["第一条", "第二条"], "heading": [None, None],
    ...         "paragraph_ends": [[7], [3]]}
    >>> [(f.row, f.article, f.value[:31]) for f in structure_failures({"documents": docs, "articles": arts})["articles"]]
    [(1, '第二条', 'text is not the body of the doc')]
    >>> arts = {name: [values[1], values[0]] for name, values in arts.items()}
    >>> arts["end"][0] = 99
    >>> [(f.row, f.article, f.value) for f in structure_failures({"documents": docs, "articles": arts})["articles"]]
    [(0, '第二条', 'span [13:99] is not inside its document of 20 characters')]
    """
    out = Checked()
    documents = columns.get("documents") or {"doc_id": [], "text": []}
    doc_text = dict(zip(documents["doc_id"], documents["text"]))
    articles = columns.get("articles")
    if articles is not None and _rows(articles):
        placed = _placed(articles, doc_text, strict_order=True)
        for row, problem in placed.items():
            out.fail(ARTICLE_SPAN, row, articles["doc_id"][row], articles["label"][row], problem)
        if placed:  # the rest is checked without them (the gate's check skips such rows: span_order fails them)
            checked = Checked()
            _check_spans("articles", _without(articles, placed), doc_text, checked)
            _renumber(checked, out, [row for row in range(_rows(articles)) if row not in placed])
        else:
            _check_spans("articles", articles, doc_text, out)
    provisions = columns.get("provisions")
    if provisions is not None and _rows(provisions):
        placed = _placed(provisions, doc_text, strict_order=False)
        for row, problem in placed.items():
            out.fail(PROVISION_SPAN, row, provisions["doc_id"][row], provisions["eid"][row], problem)
        _check_provisions(provisions, doc_text, out, report={row: row for row in range(_rows(provisions))})
    return out.failures


def _placed(rows: Mapping[str, Sequence[Any]], doc_text: Mapping[str, str], *, strict_order: bool) -> dict[int, str]:
    """Rows whose span is not inside their document (or whose document is not given) -> why."""
    out: dict[int, str] = {}
    for row, (doc, start, end) in enumerate(zip(rows["doc_id"], rows["start"], rows["end"])):
        source = doc_text.get(doc)
        if source is None:
            out[row] = f"its document {doc} is not one of the page's"
        elif start is None or end is None or not (0 <= start < end if strict_order else 0 <= start <= end) or end > len(source):
            out[row] = f"span [{start}:{end}] is not inside its document of {len(source)} characters"
    return out


def _without(rows: Mapping[str, Sequence[Any]], left_out: Mapping[int, Any]) -> dict[str, list[Any]]:
    return {name: [v for row, v in enumerate(values) if row not in left_out] for name, values in rows.items()}


# --------------------------------------------------------------------------- rows whose source was in another batch

#: Pending rows resolved together: bounds what is read back at once from a re-sharded dataset.
RESOLVE_ROWS = 20_000

Reader = Callable[[str, str, Iterable[str], Sequence[str]], pa.Table]


def resolve_pending(pending: Pending, read: Reader) -> Checked:
    """Check the rows a batch left pending, reading back what they need: ``read(config, key, keys,
    columns)`` gives the rows of ``config`` whose ``key`` is in ``keys``.  Failures are numbered
    as the pending rows are (rows of their config); a row whose source is nowhere stays
    unchecked (its relation check fails)."""
    out = Checked()

    def replayed(pages: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """page_id -> (its cleaned text, why the replay is not the page's text) of the pages found."""
        pages = list(pages)
        rows = _by_key(read("pages", "page_id", pages, READS["pages"]), "page_id")
        edits = read("edits", "page_id", pages, READS["edits"])
        logs = edit_logs(edits)
        elided = [page for page, row in rows.items() if row["ingested_text"] is None]
        tiles = document_spans(read("documents", "page_id", elided, DOCUMENT_SPAN_COLUMNS)) if elided else {}
        return {page: rebuild_problem(tiles.get(page, ()), row["text_sha256"], logs.get(page, _NO_LOG))
                if row["ingested_text"] is None else replay_problem(row["ingested_text"], row["text_sha256"], logs.get(page, _NO_LOG))
                for page, row in rows.items()}

    for part in _parts(list(pending.replays.items())):
        found = replayed(page for page, _ in part)
        for page, row in part:
            problem = found.get(page, (None, None))[1]
            if problem:
                out.fail(PAGE_REPLAY, row, page, None, problem)
    for part in _parts(list(pending.documents.items())):
        stored = _by_key(read("documents", "doc_id", [d for d, _ in part], READS["documents"]), "doc_id")
        page_text = {page: None if problem else text for page, (text, problem) in replayed({p for _, (p, _) in part}).items()}
        found = [(doc, row) for doc, (_, row) in part if doc in stored]
        checked = Checked()
        _check_documents(_columns_of([stored[doc] for doc, _ in found], READS["documents"]), page_text, checked)
        checked.pending = Pending()  # a page that is nowhere: page_id_in_pages fails it
        _renumber(checked, out, [row for _, row in found])
    for name, items in pending.spans.items():
        for part in _parts(items):
            docs = {doc for doc, _, _ in part}
            doc_text = {k: v["text"] for k, v in _by_key(read("documents", "doc_id", docs, ("doc_id", "text")), "doc_id").items()}
            table = read(name, "doc_id", docs, READS[name])
            if name == "provisions":
                columns = {c: table.column(c).to_pylist() for c in READS[name]}
                where = {(d, e): r for r, (d, e) in enumerate(zip(columns["doc_id"], columns["eid"]))}
                report = {where[(d, e)]: row for d, e, row in part if (d, e) in where}
                _check_provisions(columns, doc_text, out, report=report)
                continue
            stored = {(row["doc_id"], row["eid"]): row for row in table.to_pylist()}
            found = [(key, row) for *key, row in part if tuple(key) in stored]
            checked = Checked()
            _check_spans(name, _columns_of([stored[tuple(key)] for key, _ in found], READS[name]), doc_text, checked)
            _renumber(checked, out, [row for _, row in found])
    out.pending = Pending()
    return out


def _parts(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), RESOLVE_ROWS):
        yield items[start:start + RESOLVE_ROWS]


def _by_key(table: pa.Table, key: str) -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in table.to_pylist()}


def _columns_of(rows: list[Mapping[str, Any]], names: Sequence[str]) -> dict[str, list[Any]]:
    return {name: [row.get(name) for row in rows] for name in names}


def _renumber(checked: Checked, out: Checked, rows: Sequence[int]) -> None:
    """Move ``checked``'s failures (numbered in ``rows``' order) to the rows of their config."""
    for config, failures in checked.failures.items():
        out.failures.setdefault(config, []).extend(replace(f, row=rows[f.row]) if f.row is not None else f for f in failures)
