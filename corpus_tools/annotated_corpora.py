"""A law distributed as a linguistic corpus (segmented, tagged, parsed, annotated), read back into its text.

Real damage undone: legal-NLP corpora are shared word-segmented, part-of-speech tagged, parsed or annotated for named
entities, and a crawl of such a corpus keeps the law as its annotation: every word followed by its tag, one token a
line with its columns, a bracketed tree.  Read as a page, the tags and columns went into the text and no article was
found (set 15's People's Daily and CoNLL-U members: 0 % exact articles).  The family's real-world members, over the
mechanism's axes (token framing x annotation x paragraph and sentence marks x where the blanks go):

* **inline tagged text**: People's Daily/PKU ``词/tag`` with two blanks and a paragraph id first
  (``19980101-01-001-001/m``, bracketed compounds ``[中央/n 人民/n 政府/n]nt``); ICTCLAS/NLPIR, THULAC, jieba
  ``posseg``, HanLP and LTP printed with one blank; Stanford tagger ``词_TAG`` (CTB tags); ``词#TAG`` exports;
* **one token a line, columns**: a segmenter's one word a line (no tag, a blank line after a sentence); jieba/LTP
  ``词\\ttag``; CoNLL-X and CoNLL-2009 (ten or more columns, an id first);
  CoNLL-U (``# newdoc``/``# newpar``/``# sent_id``/``# text =`` comments, ``SpaceAfter=No``/``SpacesAfter=``);
  CoNLL-2003/BIO, BIOES and BMES NER or segmentation columns (``字 B-ORG``, ``-DOCSTART-``), blank-separated;
  CWB/VRT vertical text (Korp, CQPweb, Sketch Engine: ``<text>``/``<p>``/``<s>`` lines around token rows);
* **bracketed trees**: Penn (Chinese) Treebank ``( (IP (NP (NN 条例)) (PU 。)))``, one tree a sentence, pretty-printed
  over lines, ``-NONE-`` empty categories, CTB's ``<S ID=…>``/``<P>`` SGML lines;
* **XML token markup**: TEI/XCES ``<p><s><w pos=…>词</w><pc>，</pc><c> </c>``, LTP's XML (``<sent cont=…>`` holding
  the sentence, ``<word cont=… pos=…/>``), Stanford CoreNLP XML (``<token><word>…</word><POS>…``);
* **segmented text without tags**: SIGHAN bakeoff files (two blanks), ``" ".join(jieba.cut(…))`` word-vector
  training files (one blank, the law's blanks as words), jieba's printed ``/ `` output;
* **printed token lists**: ``jieba.lcut`` lists, NLTK-style ``(word, tag)`` tuples, jieba's ``pair('词', 'n')``, one
  list a paragraph; Moses factored ``词|TAG|lemma`` tokens;
* **annotation tools' records**: Doccano, spaCy and Prodigy JSON Lines (a paragraph's ``text`` and its entity spans);
* not read here (they keep their text): brat standoff ``.ann`` files (the text is in another file), Label Studio's
  nested JSON export and HanLP's one JSON document of token arrays (refused as a crawl's JSON records at ingest),
  CoreNLP's character offsets (its ``<word>`` elements are read, its blanks are not restored).

The shared evidence, whatever the member: the WHOLE page is a sequence of tokens (or token lines, or leaves, or
token elements) in one grammar; every token carries an annotation drawn from a small closed vocabulary repeated all
over the page (:func:`_closed_vocabulary`: ASCII tags, few kinds, each used many times); the forms are short, and
they concatenate to Chinese text (the shared strict test,
:func:`corpus_tools.clean.encoded_runs.reads_as_chinese_text`).  The annotation's own paragraph and sentence marks
(a paragraph id, ``# newpar``, ``<p>``, blank lines) give the law's line breaks; where the format carries a sentence's
text (``# text =``, LTP's ``cont``) that is the witness, taken when its characters are the tokens' own; the law's
own blanks come back where the format keeps them (a blank token ``　/x``, an empty form after a wider gap,
``SpacesAfter=``, ``<c> </c>``).  Where a format has no paragraph marks, sentences join into one paragraph after a
mark that does not end one (``；``, ``，``, ``：``) and break after ``。！？``, after a heading without a mark, and
before an article, chapter or item label (:func:`_join_sentences`: on the 1,911 DLC laws a line ends after ``。``
twice as often as a paragraph goes on, and ``；`` goes on eighty times as often as it ends one).

Segmented text and printed lists without tags have no annotation to show them: their evidence is the words
themselves (:func:`_segmented_words`: short, the punctuation standing alone); an annotation tool's records show
theirs in their spans (every record's offsets within its own text).  A page that fails any part keeps its text: a law quoting ``词/n``, a slash list (``县/乡/村``, its tag no ASCII
word), a tab-separated table (its columns no closed vocabulary), a law with a few blank-separated words, a page
whose token lines hold no Chinese.  A page whose grammar reads but whose forms are no Chinese text keeps its text with
a finding (``annotated_corpus_kept``); a read page records the format, tokens and paragraphs (``annotated_corpus``).

Runs at ingest (:func:`corpus_tools.ingest.ingest_bytes`), beside the localisation files' reader, on the decoded text
of a page before its format is decided; a cheap gate on the page's head (:func:`may_be_annotated`: many tag tokens,
many tab-column lines, a tree's leaves, token elements) lets every other page pass at once.  Each reader is one
linear pass over lines or tokens.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from corpus_tools.lazy_patterns import lazy_re

#: Least tokens of a read page, least characters of its text.
MIN_TOKENS = 12
MIN_CHARS = 8
#: Most kinds of annotation a closed vocabulary holds; the least times a kind is used on average.
MAX_KINDS = 120
MIN_USES = 2
#: A token's form is short: the share of forms this long at most.
MAX_FORM = 12

#: The gate, on the page's head: a tagged token (``词/n``, ``词_NN``, ``词#n``), a token row (``词\\tn``, ``1\\t词``,
#: ``字 B-ORG``), a CoNLL comment, a tree's leaf, a token element.
_GATE_TAGGED = lazy_re(r"[^\s/_#|]{1,12}[/_#|][A-Za-z][A-Za-z0-9]{0,5}(?:-[A-Za-z]{1,8})?(?:\s|\]|\||$)")
_GATE_ROW = lazy_re(r"(?m)^(?:[^\t\n]{1,16}\t[^\n]{0,400}|\S{1,4} [BIOESM](?:-[A-Za-z]{1,12})?|\S{1,4} O)$")
_GATE_OTHER = lazy_re(r"(?m)^(?:# (?:sent_id|text|newdoc|newpar)\b|-DOCSTART-|\[(?:'|\"|\('|pair\()|\{\s*\")")
_GATE_ELEMENT = lazy_re(r"<(?:w|pc|word|tok|token|sent)[\s>]")
_GATE_LEAF = lazy_re(r"\([A-Z][A-Z0-9\-$=]{0,12} [^\s()]{1,12}\)")
#: Segmented text without tags: short Han words between blanks, slashes or bars, again and again.
_GATE_SEGMENTED = lazy_re(r"[\u3400-\u9fff]{1,4}(?: {1,2}| ?[/|] ?)[\u3400-\u9fff，。、；：]{1,4}(?: {1,2}| ?[/|] ?)"
                          r"[\u3400-\u9fff，。、；：]{1,4}(?: {1,2}| ?[/|] ?)")
#: One word a line (no tag): lines of one to four Han characters or one mark, many more of them than a law's head holds.
_GATE_WORD_LINE = lazy_re(r"(?m)^(?:[\u3400-\u9fff]{1,4}|[，。、；：])$")
_GATE_WORD_LINES = 24
_HEAD = 4096
_GATE_LEAST = 8

_TAG = lazy_re(r"[A-Za-z][A-Za-z0-9]{0,5}(?:-[A-Za-z]{1,8})?")
_BLANKS = lazy_re(r"( +)")
_PARAGRAPH_ID = lazy_re(r"[0-9]{4,}(?:[-_.][0-9]+)+")
_LABEL = lazy_re(r"第[零〇一二三四五六七八九十百千万0-9０-９]+[编章节条]|[（(][一二三四五六七八九十0-9]+[)）]|"
                 r"[一二三四五六七八九十]+、|[0-9]+[.．、]")
_CONTINUES = frozenset("；，、：;,:")
_ENDS = frozenset("。！？!?")
_RUNNING_MARKS = frozenset("，。；：、！？,.;:!?")


def may_be_annotated(text: str) -> bool:
    """The cheap gate: whether the page's head shows a corpus's tokens many times (or a CoNLL comment, a tree's leaf,
    a token element); any other page is none, and costs no more.

    >>> may_be_annotated("第一/m  条/q  为了/p  促进/v  绿色/n  旅游/n  发展/v  ，/w  制定/v  本/r  条例/n  。/w")
    True
    >>> may_be_annotated("第一条 县/乡/村三级公路的养护，适用本办法。")
    False
    """
    head = text[:_HEAD]
    if _GATE_OTHER.search(head) or ("<" in head and _GATE_ELEMENT.search(head)):
        return True
    size = len(head)
    # (each shape's separators are dense where it is the page's: a tag mark every few characters, a blank or slash
    # between short words, a break every few characters; a law's head holds a few, and skips the shape's pattern)
    tag_marks = head.count("/") + head.count("_") + head.count("#") + head.count("|")
    word_marks = head.count(" ") + head.count("/") + head.count("|")
    breaks = head.count("\n")
    for pattern, least, dense in ((_GATE_TAGGED, _GATE_LEAST, tag_marks * 16 >= size),
                                  (_GATE_ROW, _GATE_LEAST, head.count("\t") >= _GATE_LEAST or breaks * 12 >= size),
                                  (_GATE_LEAF, _GATE_LEAST, "(" in head),
                                  (_GATE_SEGMENTED, _GATE_LEAST, word_marks * 12 >= size),
                                  (_GATE_WORD_LINE, _GATE_WORD_LINES, breaks * 8 >= size)):
        if not dense:
            continue
        found = 0
        for _ in pattern.finditer(head):
            found += 1
            if found >= least:
                return True
    return False


def read_annotated(text: str) -> tuple[str, dict[str, Any]]:
    """The page's text with a linguistic corpus's annotation read back (one paragraph a line, blank lines between), and
    what goes to the page's metadata (``annotated_corpus`` when read, ``annotated_corpus_kept`` when a grammar reads
    but its forms are no Chinese text); any other page comes back as it was, with nothing.

    >>> text, found = read_annotated("19980101-01-001-001/m  第一/m  条/q  　/x  为了/p  促进/v  绿色/n  旅游/vn  发展/v  ，/w  "
    ...     "制定/v  本/r  条例/n  。/w\\n19980101-01-001-002/m  第二/m  条/q  　/x  本/r  条例/n  自/p  公布/v  之/u  日/n  "
    ...     "起/f  施行/v  。/w")
    >>> print(text, end="")
    第一条　为了促进绿色旅游发展，制定本条例。
    <BLANKLINE>
    第二条　本条例自公布之日起施行。
    >>> found["annotated_corpus"]["format"]
    'tagged_slash'
    >>> read_annotated("第一条 县/乡/村三级公路的养护，适用本办法。\\n")
    ('第一条 县/乡/村三级公路的养护，适用本办法。\\n', {})
    """
    try:
        return _read_annotated(text)
    except Exception as error:  # (a reader's slip must not refuse the page: it keeps its text, with a finding)
        return text, {"annotated_corpus_kept": {"format": "", "reason": f"reader failed: {type(error).__name__}"}}


def _read_annotated(text: str) -> tuple[str, dict[str, Any]]:
    from corpus_tools.clean.encoded_runs import reads_as_chinese_text

    if not may_be_annotated(text):
        return text, {}
    body = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    stripped = body.lstrip()
    if stripped.startswith("{"):
        readers = (_records_page,)
    elif stripped.startswith("["):
        readers = (_listed_page, _column_page, _tagged_page, _segmented_page)
    elif stripped.startswith("("):
        readers = (_tree_page, _column_page, _tagged_page, _segmented_page)
    elif stripped.startswith("<?xml") or (stripped.startswith("<") and _XML_TOKEN_HINT.search(body[:_HEAD])):
        readers = (_xml_page, _column_page)
    else:
        readers = (_column_page, _tagged_page, _tree_page, _segmented_page)
    for reader in readers:
        read = reader(body)
        if read is None:
            continue
        name, paragraphs, tokens = read
        joined = _without_odd_characters("\n".join(paragraphs))
        if tokens < MIN_TOKENS or not reads_as_chinese_text(joined, least=MIN_CHARS):
            return text, {"annotated_corpus_kept": {"format": name, "tokens": tokens,
                                                    "reason": "the tokens' forms are no Chinese text"}}
        out = "\n\n".join(p for p in paragraphs if p.strip()) + "\n"
        return out, {"annotated_corpus": {"format": name, "tokens": tokens, "paragraphs": len(paragraphs)}}
    return text, {}


# ----------------------------------------------------------------------------- shared evidence and joins

def _without_odd_characters(text: str) -> str:
    """The forms' text for the strict test: format characters (a law's zero-width blank paragraphs, a soft hyphen)
    aside, and a few controls, private-use or replacement characters (one in a hundred at most: a law's own slips,
    the cleaners' to judge) aside too.

    >>> _without_odd_characters("第一条\\u200b为了规范管理，制定本规定。" * 10 + "\\ufffd")[:10]
    '第一条为了规范管理，'
    >>> len(_without_odd_characters("第一条\\ufffd\\ufffd"))
    5
    """
    import unicodedata

    kept = [ch for ch in text if unicodedata.category(ch) != "Cf"]
    odd = sum(1 for ch in kept if ch not in "\n\t" and (unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
                                                          or ch == "\ufffd"))
    if odd and odd * 100 <= len(kept):
        kept = [ch for ch in kept if ch in "\n\t" or (unicodedata.category(ch) not in ("Cc", "Co", "Cn", "Cs")
                                                         and ch != "\ufffd")]
    return "".join(kept)


def _closed_vocabulary(tags: list[str]) -> bool:
    """Whether the annotations come from a small closed vocabulary repeated over the page: few kinds, each used
    :data:`MIN_USES` times on average, every one an ASCII word (a part of speech, a chunk or entity label).

    >>> _closed_vocabulary(["n", "v", "n", "w", "v", "n", "w", "n", "v"]), _closed_vocabulary(["a", "b", "c", "d"])
    (True, False)
    """
    if not tags:
        return False
    kinds = Counter(tags)
    return (len(kinds) <= MAX_KINDS and len(tags) >= MIN_USES * len(kinds)
            and all(tag.isascii() and tag.strip() for tag in kinds))


def _short_forms(forms: list[str]) -> bool:
    """Whether the forms are the words of running text: nine in ten of them :data:`MAX_FORM` characters at most, and
    its punctuation among them as tokens of their own (one in forty at least: a table's cells or a list of names,
    short and tagged as they may be, hold none).

    >>> _short_forms(["第一", "条", "为了", "规范", "管理", "，", "制定", "本", "规定", "。"]), _short_forms(["北京", "上海"] * 30)
    (True, False)
    """
    if not forms:
        return False
    marks = sum(1 for f in forms if f and all(ch in _RUNNING_MARKS for ch in f))
    return (sum(len(f) <= MAX_FORM for f in forms) >= 0.9 * len(forms)
            and marks >= max(2, len(forms) / 40))


def _join_sentences(sentences: list[str]) -> list[str]:
    """Sentences of a format without paragraph marks joined into the law's paragraphs: a sentence goes on the
    paragraph after a mark that does not end one (``；``, ``，``, ``：``) unless it opens with a label; it starts a new one
    after ``。！？``, after a line without a final mark (a title, a heading), and at a label.

    >>> _join_sentences(["某市条例", "第一条　为了规范管理；", "促进发展。", "第二条　本条例自公布之日起施行。", "附则"])
    ['某市条例', '第一条　为了规范管理；促进发展。', '第二条　本条例自公布之日起施行。', '附则']
    """
    out: list[list[str]] = []
    for s in sentences:
        if not s.strip():
            continue
        if out and out[-1][-1].rstrip()[-1:] in _CONTINUES and not _LABEL.match(s.lstrip()):
            out[-1].append(s)
        else:
            out.append([s])
    return ["".join(parts) for parts in out]


# ----------------------------------------------------------------------------- inline tagged tokens

_SEPARATORS = ("/", "_", "#", "|")


def _split_token(chunk: str, sep: str) -> tuple[str, str] | None:
    """(form, tag) of a ``form SEP tag`` chunk (PKU's bracketed compounds' ``[`` and ``]nt`` aside; a factored
    ``form|tag|lemma`` token's first factor after the form), or ``None``.

    >>> _split_token("条例/n", "/"), _split_token("//w", "/"), _split_token("条例|NN|条例", "|"), _split_token("县/乡", "/")
    (('条例', 'n'), ('/', 'w'), ('条例', 'NN'), None)
    """
    if sep == "|":
        form, found, rest = chunk.partition("|")
        tag = rest.split("|", 1)[0]
        return (form, tag) if found and form and _TAG.fullmatch(tag) else None
    if chunk.startswith("[") and len(chunk) > 1:
        chunk = chunk[1:]
    form, found, tag = chunk.rpartition(sep)
    if not found:
        return None
    if "]" in tag and form:
        inner, _, _outer = chunk.rpartition("]")
        form, found, tag = inner.rpartition(sep)
        if not found:
            return None
    if not _TAG.fullmatch(tag):
        return None
    return form, tag


def _tagged_page(body: str) -> tuple[str, list[str], int] | None:
    """People's Daily, THULAC, jieba, Stanford and kin: every line ``form SEP tag`` tokens between blanks."""
    lines = [line for line in body.split("\n") if line.strip()]
    if not lines:
        return None
    best = None
    for sep in _SEPARATORS:
        hits = total = 0
        for line in lines[:200]:
            for chunk in line.split():
                total += 1
                hits += _split_token(chunk, sep) is not None
        if total and hits >= 0.95 * total and (best is None or hits > best[1]):
            best = (sep, hits)
    if best is None:
        return None
    sep = best[0]
    rows: list[list[tuple[str, str, int]]] = []  # (form, tag, blanks before) per line
    gaps: Counter[int] = Counter()
    for line in lines:
        parts = _BLANKS.split(line)
        row = []
        lead = 0
        for k, part in enumerate(parts):
            if k % 2:
                lead = len(part)
                continue
            if not part:
                continue
            token = _split_token(part, sep)
            if token is None:
                return None
            row.append((token[0], token[1], lead))
            if token[0] and len(row) > 1:
                gaps[lead] += 1
            lead = 0
        if not row:
            return None
        rows.append(row)
    width = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 1
    ids = sum(1 for row in rows if _PARAGRAPH_ID.fullmatch(row[0][0]))
    drop_id = ids >= 0.8 * len(rows)
    forms: list[str] = []
    tags: list[str] = []
    paragraphs = []
    for row in rows:
        if drop_id and _PARAGRAPH_ID.fullmatch(row[0][0]):
            row = row[1:]
        out = []
        for form, tag, lead in row:
            if not form:
                form = " " * max(1, lead - width)  # (a blank token: the gap is wider than the page's separator)
            else:
                forms.append(form)
            tags.append(tag)
            out.append(form)
        paragraphs.append("".join(out).strip(" "))
    if not _closed_vocabulary(tags) or not _short_forms(forms):
        return None
    if not drop_id:  # (no paragraph id: a line may be a sentence of a paragraph, cut after ``；``)
        paragraphs = _join_sentences(paragraphs)
    name = {"/": "tagged_slash", "_": "tagged_underscore", "#": "tagged_hash", "|": "tagged_factored"}[sep]
    return name, paragraphs, len(forms)


# ----------------------------------------------------------------------------- segmented text without tags

#: Word separators of segmented text: jieba's printed ``/ ``, a bar, blanks (SIGHAN's two, a word-vector file's one).
_WORD_SEPARATORS = (("segmented_slash", lazy_re(r" ?/ ?")), ("segmented_bar", lazy_re(r" ?\| ?")),
                    ("segmented_blanks", lazy_re(r"( +)")))
#: Least words of a segmented page (it has no tag to show what it is: more of them than of tagged tokens).
MIN_WORDS = 30


def _segmented_page(body: str) -> tuple[str, list[str], int] | None:
    """SIGHAN bakeoff files, ``" ".join(jieba.cut(…))`` word-vector files, jieba's ``/ `` output: the words of every
    line between one separator, no tag.  With no annotation to show it, the evidence is the words themselves: nine in
    ten of them four characters at most, three at most on average, and the text's punctuation standing alone between
    separators (a law that writes a few words apart, or a list of names, fails)."""
    lines = [line.rstrip(" ") for line in body.split("\n") if line.strip()]
    if not lines:
        return None
    for name, separator in _WORD_SEPARATORS:
        rows: list[list[str]] = []
        words: list[str] = []
        gaps: Counter[int] = Counter()
        for line in lines:
            parts = separator.split(line)
            if name == "segmented_blanks":
                row: list[str] = []
                for k, part in enumerate(parts):
                    if k % 2:
                        gaps[len(part)] += 1
                        row.append(part)
                    elif part:
                        row.append(part)
                        words.append(part)
            else:
                # (an empty piece between two separators is the separator's own character as a word: the law's ``/``)
                # (a run of empty pieces between separators is the separator's own character as a word, the law's
                # ``/``: ``县/ // 乡`` splits into two empty pieces for the one ``/`` between its two separators)
                mark = "/" if name == "segmented_slash" else "|"
                row, empty = [], 0
                for k, part in enumerate(parts):
                    if not part:
                        empty += 0 < k < len(parts) - 1
                        continue
                    if empty:
                        row.append(mark * ((empty + 1) // 2))
                        empty = 0
                    row.append(part)
                words.extend(p for p in row if p.strip())
            rows.append(row)
        if len(words) < 2 * len(rows) or not _segmented_words(words):
            continue  # (two words a line at least on average: the separator is the page's, not a stray mark's)
        width = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 0
        paragraphs = []
        for row in rows:
            out = []
            for part in row:
                if name == "segmented_blanks" and not part.strip(" "):
                    if len(part) > width:
                        out.append(" ")  # (a gap wider than the page's: the law's own blank)
                    continue
                out.append(part if part.strip(" ") else " ")
            paragraphs.append("".join(out).strip(" "))
        return name, paragraphs, len(words)
    return None


def _segmented_words(words: list[str]) -> bool:
    """Whether blank- or slash-separated pieces are the words of running text (:func:`_segmented_page`).

    >>> _segmented_words("第一 条 为了 规范 管理 ， 制定 本 规定 。".split() * 4)
    True
    >>> _segmented_words("第一条 为了规范管理，制定本规定。".split() * 20)
    False
    """
    if len(words) < MIN_WORDS:
        return False
    han = [w for w in words if any("\u3400" <= ch <= "\u9fff" for ch in w)]
    if len(han) < 0.6 * len(words):
        return False
    if sum(len(w) <= 4 for w in han) < 0.9 * len(han) or sum(len(w) for w in han) > 3 * len(han):
        return False
    if sum(len(w) > 1 for w in han) < 0.2 * len(han):
        return False  # (one character a piece: a vertical page's glyphs or a spaced-out line, not a segmenter's words)
    alone = glued = 0
    for w in words:
        marks = sum(1 for ch in w if ch in _RUNNING_MARKS)
        if marks and marks == len(w):
            alone += 1
        elif marks:
            glued += marks
    return alone >= max(3, len(words) / 40) and glued <= 0.1 * (alone + glued)


# ----------------------------------------------------------------------------- annotation tools' records

#: A record's text and its spans, by the field names annotation tools write (Doccano, spaCy, Prodigy).
_TEXT_KEYS = ("text", "sentence", "data")
_SPAN_KEYS = ("label", "labels", "entities", "spans", "ents", "annotations")


def annotated_records(text: str) -> bool:
    """Whether JSON Lines are an annotation tool's export of one law (each record a paragraph with its entity spans, or
    a paragraph's tokens as a JSON list), which :func:`read_annotated` reads; the sniffer lets them through
    (:func:`corpus_tools.formats.sniff`) where it refuses a crawl's records.

    >>> annotated_records('{"id": 1, "text": "第一条　为了规范管理，制定本规定。", "label": [[0, 3, "LAW"]]}\\n' * 3)
    True
    >>> annotated_records('{"title": "某规定", "content": "第一条　为了规范管理。"}\\n' * 20)
    False
    """
    try:
        return _records_page(text) is not None or (text.lstrip().startswith("[") and _listed_page(text) is not None)
    except Exception:
        return False


def _span(item: Any, size: int) -> str | None:
    """The label of one span within a text of ``size`` characters (``[start, end, label]`` or a dict), or ``None``."""
    if isinstance(item, list) and len(item) >= 3:
        start, end, label = item[0], item[1], item[2]
    elif isinstance(item, dict):
        start = item.get("start", item.get("start_offset"))
        end = item.get("end", item.get("end_offset"))
        label = item.get("label", item.get("labels"))
        if isinstance(label, list) and len(label) == 1:
            label = label[0]
    else:
        return None
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and 0 <= start < end <= size):
        return None
    return label


def _records_page(body: str) -> tuple[str, list[str], int] | None:
    """Doccano/spaCy/Prodigy JSON Lines: a paragraph a record, its entity spans within it."""
    import json

    texts: list[str] = []
    labels: list[str] = []
    spanned = 0
    for line in body.split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            return None  # (no JSON Lines: a notebook, one JSON document over lines)
        if not isinstance(record, dict):
            return None
        text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
        spans = next((record[k] for k in _SPAN_KEYS if isinstance(record.get(k), list)), None)
        if text is None or spans is None:
            return None
        for item in spans:
            label = _span(item, len(text))
            if label is None:
                return None
            labels.append(label)
        spanned += bool(spans)
        texts.append(text)
    # (the evidence is the spans: every record's offsets fall within its own text, and two records at least hold one)
    if len(texts) < 3 or spanned < 2 or len(Counter(labels)) > MAX_KINDS:
        return None
    return "annotation_records", _join_sentences(texts), max(len(labels), MIN_TOKENS)


# ----------------------------------------------------------------------------- printed token lists

_LISTED = lazy_re(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|pair\(|[()\[\],]|[ \t]+""")


def _listed_page(body: str) -> tuple[str, list[str], int] | None:
    """Printed Python or JSON token lists, a paragraph a line: ``jieba.lcut``'s ``['第一条', '\\u3000', '为了', …]``,
    NLTK-style ``[('第一条', 'm'), …]``, jieba's ``[pair('第一条', 'm'), …]``; every token is kept as written, the
    law's blanks too."""
    import ast

    forms: list[str] = []
    tags: list[str] = []
    paragraphs = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if not (line.startswith("[") and line.endswith("]")):
            return None
        row: list[str] = []
        depth, at = 0, 0
        group: list[str] | None = None
        for m in _LISTED.finditer(line):
            if m.start() != at:
                return None  # (something no list holds: a number, a name, a stray character)
            at = m.end()
            tok = m.group()
            if tok == "[":
                depth += 1
                if depth > 1:
                    return None
            elif tok == "]":
                depth -= 1
            elif tok in ("(", "pair("):
                if group is not None or depth != 1:
                    return None
                group = []
            elif tok == ")":
                if group is None or len(group) != 2:
                    return None
                row.append(group[0])
                tags.append(group[1])
                group = None
            elif tok[0] in "'\"":
                value = ast.literal_eval(tok)
                if group is not None:
                    group.append(value)
                else:
                    row.append(value)
        if at != len(line) or depth != 0 or group is not None:
            return None
        forms.extend(f for f in row if f.strip())
        paragraphs.append("".join(row).strip(" "))
    if tags:
        if len(tags) < 0.9 * len(forms) or not _closed_vocabulary(tags) or not _short_forms(forms):
            return None
    elif not _segmented_words(forms):
        return None
    return "token_lists", paragraphs, len(forms)


# ----------------------------------------------------------------------------- one token a line

_COMMENT = lazy_re(r"#(?: [A-Za-z_][A-Za-z0-9_.\-]*(?: = .*)?|[ \t]*)$|#\s*(?:newpar|newdoc)\b.*")
_STRUCTURE = lazy_re(r"</?[A-Za-z][A-Za-z0-9_.:\-]*(?:\s[^<>]*)?/?>")
_PARAGRAPH_TAG = lazy_re(r"<(?:p|para|paragraph|P)(?:[\s>/]|$)")
_CONLL_ID = lazy_re(r"[0-9]+(?:[-.][0-9]+)?")
_SPACES_AFTER = lazy_re(r"(?:^|\|)SpacesAfter=([^|]*)")
_UD_ESCAPE = {"s": " ", "t": "\t", "n": "\n", "\\": "\\", "p": "|"}


def _ud_spaces(value: str) -> str:
    out, k = [], 0
    while k < len(value):
        ch = value[k]
        if ch == "\\" and k + 1 < len(value):
            out.append(_UD_ESCAPE.get(value[k + 1], value[k + 1]))
            k += 2
        else:
            out.append(ch)
            k += 1
    return "".join(out)


def _column_page(body: str) -> tuple[str, list[str], int] | None:
    """CoNLL-X/U, CoNLL-2003/BIO, jieba/LTP ``词\\ttag``, CWB/VRT: one token a line with its columns."""
    lines = body.split("\n")
    token_lines = [line for line in lines if line.strip() and not _COMMENT.fullmatch(line)
                   and not _STRUCTURE.fullmatch(line.strip()) and not line.startswith("-DOCSTART-")]
    if len(token_lines) < MIN_TOKENS:
        return None
    tabbed = sum("\t" in line for line in token_lines)
    sep = "\t" if tabbed >= 0.9 * len(token_lines) else " " if not tabbed else None
    if sep is None:
        return None
    widths = Counter(len(_cells(line, sep)) for line in token_lines)
    columns, count = widths.most_common(1)[0]
    if count < 0.95 * len(token_lines):
        return None
    numbered = sum(1 for line in token_lines if _CONLL_ID.fullmatch(_cells(line, sep)[0])) >= 0.95 * len(token_lines)
    if numbered and columns < 3:
        return None
    form_at = 1 if numbered else 0
    # (the annotation: a column other than the form's, id's and lemma's, whose values are a closed vocabulary)
    annotated = columns == 1  # (one word a line, no tag: the words themselves are the evidence, below)
    for c in range(columns if columns > 1 else 0):
        if c == form_at or (numbered and c in (0, 2)):
            continue
        values = [cells[c] for cells in (_cells(line, sep) for line in token_lines) if len(cells) == columns]
        if _closed_vocabulary(values):
            annotated = True
            break
    if not annotated:
        return None
    conll_u = any(line.startswith("# text") or line.startswith("# sent_id") for line in lines[:400])
    has_paragraph_marks = any(line.startswith("# newpar") or _PARAGRAPH_TAG.match(line.strip())
                              for line in lines)
    paragraphs: list[list[str]] = [[]]  # sentences per paragraph
    sentence: list[str] = []
    witness: str | None = None
    forms: list[str] = []
    skip_to = 0

    def end_sentence() -> None:
        nonlocal sentence, witness
        if sentence:
            made = "".join(sentence)
            if witness is not None and _strip_blanks(witness) == _strip_blanks(made):
                made = witness  # (the sentence's own text, its blanks as the law wrote them)
            paragraphs[-1].append(made)
        sentence, witness = [], None

    def new_paragraph() -> None:
        end_sentence()
        if paragraphs[-1]:
            paragraphs.append([])

    for line in lines:
        stripped = line.strip()
        if not stripped:
            end_sentence()
            continue
        if line.startswith("-DOCSTART-"):
            new_paragraph()
            continue
        if _COMMENT.fullmatch(line):
            if line.startswith("# newpar") or line.startswith("# newdoc"):
                new_paragraph()
            elif line.startswith("# text = ") or line.startswith("# text="):
                end_sentence()
                witness = line.split("=", 1)[1][1:] if line.startswith("# text = ") else line.split("=", 1)[1]
            elif line.startswith("# sent_id"):
                end_sentence()
            continue
        if _STRUCTURE.fullmatch(stripped):
            if _PARAGRAPH_TAG.match(stripped) or stripped.startswith("</p") or stripped.startswith("<text") \
                    or stripped.startswith("</text"):
                new_paragraph()
            elif stripped.startswith("<s") or stripped.startswith("</s"):
                end_sentence()
            continue
        cells = _cells(line, sep)
        if len(cells) != columns:
            return None
        if numbered:
            ident = cells[0]
            if "." in ident:
                continue  # (an empty node of CoNLL-U: no word of the text)
            if "-" in ident:
                low, _, high = ident.partition("-")
                skip_to = int(high) if high.isdigit() else 0
                after = cells[-1] if conll_u else "_"
                sentence.append(cells[1] + _space_after(after, conll_u))
                forms.append(cells[1])
                continue
            if ident.isdigit() and int(ident) <= skip_to:
                continue
            skip_to = 0
        form = cells[form_at]
        forms.append(form)
        after = cells[-1] if numbered and columns >= 10 else "_"
        sentence.append(form + _space_after(after, conll_u))
    end_sentence()
    if not _short_forms([f for f in forms if f.strip()]):
        return None
    if columns == 1:
        # (one character a line is a vertical page's text layer copied, the layout cleaners' to read: the words test
        # refuses pieces of one character)
        if not _segmented_words([f for f in forms if f.strip()]):
            return None
    if has_paragraph_marks:
        texts = ["".join(p).strip(" \t") for p in paragraphs if p]
    else:
        texts = [s.strip(" ") for s in _join_sentences([s for p in paragraphs for s in p])]
    name = "conll_u" if conll_u else "conll" if numbered else "vertical" if has_paragraph_marks else "token_columns"
    return name, texts, len(forms)


def _strip_blanks(s: str) -> str:
    return "".join(s.split())


def _cells(line: str, sep: str) -> list[str]:
    """A token row's columns; with blanks as the separator a form of one blank (`` O``) stays one cell."""
    if sep == "\t":
        return line.split("\t")
    if line.startswith(" "):
        return [" "] + line[1:].split(" ")
    return line.split(" ")


def _space_after(misc: str, conll_u: bool) -> str:
    """What follows a CoNLL-U token: ``SpacesAfter=`` as written, nothing after ``SpaceAfter=No`` and in Chinese text
    without the field (a sentence's text in ``# text`` is the witness of the rest)."""
    if not conll_u or misc == "_":
        return ""
    m = _SPACES_AFTER.search(misc)
    if m:
        return _ud_spaces(m.group(1))
    return ""


# ----------------------------------------------------------------------------- bracketed trees

_TREE_TOKEN = lazy_re(r"\(|\)|[^\s()]+")
_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}


def _tree_page(body: str) -> tuple[str, list[str], int] | None:
    """Penn (Chinese) Treebank: bracketed trees, one a sentence; ``<P>`` lines of CTB's SGML mark paragraphs."""
    paragraphs: list[list[str]] = [[]]
    marked = False
    forms: list[str] = []
    tags: list[str] = []
    depth = 0
    current: list[str] = []
    pending: list[str] = []  # the tokens since the last "(": a leaf is "(", tag, form, ")"
    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if depth == 0 and stripped.startswith("<") and _STRUCTURE.fullmatch(stripped):
            if _PARAGRAPH_TAG.match(stripped):
                marked = True
                if paragraphs[-1]:
                    paragraphs.append([])
            continue
        for m in _TREE_TOKEN.finditer(line):
            tok = m.group()
            if tok == "(":
                depth += 1
                pending = ["("]
            elif tok == ")":
                if len(pending) == 3:
                    tag, form = pending[1], pending[2]
                    if tag != "-NONE-":
                        form = _PTB_ESCAPES.get(form, form)
                        forms.append(form)
                        tags.append(tag)
                        current.append(form)
                pending = []
                depth -= 1
                if depth < 0:
                    return None
                if depth == 0 and current:
                    paragraphs[-1].append("".join(current))
                    current = []
            else:
                if depth == 0:
                    return None  # (text outside any tree: no treebank)
                if pending:
                    pending.append(tok)
                    if len(pending) > 3:
                        return None  # (a leaf holds one word: a blank inside a form is none)
    if depth != 0 or not _closed_vocabulary(tags) or not _short_forms(forms):
        return None
    if marked:
        texts = ["".join(p) for p in paragraphs if p]
    else:
        texts = _join_sentences([s for p in paragraphs for s in p])
    return "bracketed_trees", texts, len(forms)


# ----------------------------------------------------------------------------- XML token markup

_XML_TOKEN_HINT = lazy_re(r"<(?:w|pc|word|tok|token|sent)[\s>]")
#: Token elements (their text, or the form's attribute), sentence and paragraph elements, by local name.
_TOKEN_ELEMENTS = frozenset({"w", "pc", "c", "tok", "token", "word", "wf", "punct", "t"})
_SENTENCE_ELEMENTS = frozenset({"s", "sent", "sentence"})
_PARAGRAPH_ELEMENTS = frozenset({"p", "para", "paragraph"})
_FORM_ATTRIBUTES = ("cont", "form", "word", "orth")
_ANNOTATION_ATTRIBUTES = ("pos", "type", "ana", "msd", "ctag", "tag", "ne", "relate")
MAX_DEPTH = 64


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_page(body: str) -> tuple[str, list[str], int] | None:
    """TEI/XCES ``<w>``, LTP's ``<sent cont><word cont pos/>``, CoreNLP's ``<token><word>``: token elements in
    sentences, sentences in paragraphs."""
    import xml.etree.ElementTree as ET

    if "<!ENTITY" in body or "<!DOCTYPE" in body[:_HEAD] and "[" in body[:_HEAD]:
        return None  # (no entity expansion)
    try:
        root = ET.fromstring(body.strip())
    except ET.ParseError:
        return None
    forms: list[str] = []
    tags: list[str] = []
    paragraphs: list[list[str]] = []
    loose: list[str] = []
    marked = False

    def token_form(el: Any) -> str | None:
        if len(el):
            return None
        for name in _FORM_ATTRIBUTES:
            if name in el.attrib:
                return el.attrib[name]
        return el.text or ""

    def sentence_text(el: Any, depth: int) -> str:
        parts: list[str] = []
        stack = [(el, 0)]
        while stack:
            node, d = stack.pop()
            if d > MAX_DEPTH:
                raise ValueError("too deep")
            name = _local(node.tag)
            if name in _TOKEN_ELEMENTS and not len(node):
                form = token_form(node) or ""
                parts.append(form)
                if form.strip():
                    forms.append(form)
                tag = next((node.attrib[a] for a in _ANNOTATION_ATTRIBUTES if a in node.attrib), name)
                tags.append(tag)
                continue
            for child in reversed(list(node)):
                stack.append((child, d + 1))
        made = "".join(parts)
        witness = next((el.attrib[a] for a in _FORM_ATTRIBUTES if a in el.attrib), None)
        if witness is not None and _strip_blanks(witness) == _strip_blanks(made):
            return witness
        return made

    stack = [(root, 0)]
    while stack:
        node, d = stack.pop()
        if d > MAX_DEPTH:
            return None
        name = _local(node.tag)
        if name in _PARAGRAPH_ELEMENTS and any(_local(x.tag) in _SENTENCE_ELEMENTS for x in node):
            marked = True
            paragraphs.append([sentence_text(x, d + 1) for x in node if _local(x.tag) in _SENTENCE_ELEMENTS])
            continue
        if name in _SENTENCE_ELEMENTS:
            loose.append(sentence_text(node, d))
            paragraphs.append([loose[-1]])
            continue
        for child in reversed(list(node)):
            stack.append((child, d + 1))
    if not paragraphs or not _closed_vocabulary(tags) or not _short_forms(forms):
        return None
    if marked:
        texts = ["".join(p).strip(" \t\n") for p in paragraphs]
    else:
        texts = [s.strip(" \t\n") for s in _join_sentences(loose)]
    return "xml_tokens", texts, len(forms)
