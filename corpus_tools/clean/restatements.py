"""Restatements: a paragraph that says its neighbour's law once more, in another script or another language.

Damage undone (set 8 of the sealed benchmark, development variants of the script and mixed families):

* **script twins**: a mirror that serves both scripts gives each paragraph again in Traditional right after
  its Simplified original (``第二条 本条例适用于本市。`` then ``第二條 本條例適用於本市。``), or all the
  Simplified paragraphs and then all the Traditional ones, or both halves on one line.  The script rule
  converts the Traditional copy to Simplified, and the dataset holds every such paragraph twice (903 extra
  articles on 30 pages);
* **translations**: a bilingual site puts an English (or other foreign-language) paragraph after most
  articles of a Chinese law (``Article 1  This Regulation shall come into force…``); the article's text
  carries it into the dataset.

The law is kept once: the copy in the page's minority script, or the paragraph in the foreign language, goes.
The evidence is what the two paragraphs say, never a list of their words: see :func:`script_twins` and
:func:`translated_paragraphs`.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Iterator

from corpus_tools.clean._gates import latin1_chars
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.rules import TRANSLATED_PARAGRAPHS, RuleResult
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import CONTEXT_FOLD, SENTENCE_FINAL, is_han

SCRIPT_TWIN = "restatement in another script (twin of a paragraph in the page's main script)"
TRANSLATION = "restatement in another language (a translation paragraph between the law's articles)"

#: Least Han characters a piece needs to be a twin (and half its folded characters at least): a short item (``（二）離休、退休的；``) restates too, but fewer characters would be a
#: heading's word (``總則``) that a law may repeat in either script.
MIN_EXACT = 5
#: Least folded characters of a piece matched by near-identity rather than equality (:data:`MIN_RATIO`).
MIN_NEAR = 10
#: Least similarity (difflib's ratio on the folded texts) of a near twin: labels written otherwise, a
#: character OpenCC folds to another variant, a word the mirror's converter rendered otherwise.
MIN_RATIO = 0.9
#: Main-script pieces looked at on each side of a piece for a near twin (a paragraph of that many sentences
#: restated after its original).
NEAR_WINDOW = 6
#: Equal main-script pieces looked at for one copy (a law repeating one sentence many times stays linear).
MAX_CANDIDATES = 64
#: Longest folded piece compared by near-identity (the comparison is quadratic in a piece, never in a page).
MAX_NEAR = 600
#: A line this long (non-blank characters) or longer that ends no sentence continues on the next line
#: (a hard wrap): the twins of a wrapped paragraph are compared whole.
WRAPPED_LINE = 20

_SENTENCE_END = SENTENCE_FINAL
_CLOSERS = "”’」』）)"
#: A piece: a sentence (up to its final punctuation and the closing marks after it), or a paragraph's rest
#: (read inside one paragraph of :func:`_logical_lines`, its hard wraps included).
_PIECE_RE = lazy_regex(rf"[^{_SENTENCE_END}]*(?:[{_SENTENCE_END}]+[{_CLOSERS}]*|$)")
#: A structure label at the start of a folded piece: article, chapter, section, item.
_LABEL_RE = lazy_regex(
    r"^(?:第[零〇一二两兩三四五六七八九十百千\d]+[条章节编款项條節編項]"
    r"|[(（][零〇一二三四五六七八九十\d]+[)）]|[零〇一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))"
)
_NUMERAL_LABEL_RE = lazy_regex(r"[零〇一二两三四五六七八九十百千]+|\d+")
_LINE_RE = lazy_regex(r"(?m)^[^\n]*")
_NOT_ALNUM_RE = lazy_re(r"[\W_]+")
_HAN_RE = lazy_re(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _label_number(label: str) -> str:
    """The number of a label as written, with its kind of numerals: ``第二条`` -> ``c二``, ``第2条`` -> ``d2``."""
    m = _NUMERAL_LABEL_RE.search(label)
    if m is None:
        return ""
    return ("d" if m.group()[0].isdigit() else "c") + m.group()


def _logical_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``: a line, joined with the next ones while it is a hard wrap
    (:data:`WRAPPED_LINE` characters or more, ending no sentence, the next line not blank)."""
    start = None
    for m in _LINE_RE.finditer(text):
        line = m.group().strip()
        if start is None:
            if not line:
                continue
            start = m.start()
        if not line:
            yield start, m.start()
            start = None
            continue
        if len(line) >= WRAPPED_LINE and line[-1] not in _SENTENCE_END + _CLOSERS + "：:" and m.end() < len(text):
            continue  # wrapped: the paragraph goes on
        yield start, m.end()
        start = None
    if start is not None:
        yield start, len(text)


def _pieces(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)``, surrounding blanks left out, in order."""
    pieces: list[tuple[int, int]] = []
    for a, b in _logical_lines(text):
        for m in _PIECE_RE.finditer(text, a, b):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e and (not pieces or s >= pieces[-1][1]):
                pieces.append((s, e))
    return pieces


def _fold(piece: str) -> tuple[str, str]:
    """``(label number, text)`` of a (Simplified) piece with width folded, blanks and punctuation left out and its
    leading structure label taken apart: what two restatements of one paragraph share."""
    piece = _NOT_ALNUM_RE.sub("", piece.translate(CONTEXT_FOLD))
    m = _LABEL_RE.match(piece)
    if m is None:
        return "", piece
    return _label_number(m.group()), piece[m.end():]


def _without_label(piece: str) -> str:
    """``piece`` less its leading structure label, in either script (``第十八條 以欺骗…`` -> ``以欺骗…``)."""
    m = _LABEL_RE.match(piece.lstrip())
    return piece.lstrip()[m.end():] if m else piece


def _near(a: str, b: str) -> bool:
    """Whether the folded texts ``a`` and ``b`` say the same within :data:`MIN_RATIO` (lengths checked first)."""
    if min(len(a), len(b)) < MIN_NEAR or max(len(a), len(b)) > MAX_NEAR:
        return False
    if abs(len(a) - len(b)) > (1 - MIN_RATIO) * max(len(a), len(b)):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= MIN_RATIO


def script_twins(text: str, traditional_only: frozenset[str], to_simplified) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text`` that restate a neighbouring sentence in the other script.

    ``traditional_only`` holds the characters no clean Simplified text writes; ``to_simplified`` converts a
    piece of Traditional text (the script rule's OpenCC).  The spans returned are the copies in the page's
    minority script (measured in folded characters), their blanks not included.

    **Evidence**: two sentences whose texts differ, one writing Traditional-only characters and the other none,
    that say the same once folded (Traditional to Simplified, width, blanks and punctuation, a leading label
    left out), each holding :data:`MIN_EXACT` Han characters at least and Chinese for half its folded text:
    equal, near each other or anywhere on the page when the sentences next to both are twins too (a block of
    Traditional paragraphs after the block it restates); or, from :data:`MIN_NEAR` characters on,
    :data:`MIN_RATIO` alike within :data:`NEAR_WINDOW` main-script sentences, or in step with the twin of the
    sentence before; and between the two nothing but the restatement (other copies and their originals, a
    sentence written alike in both, a short heading).  Labels that both carry must number alike.  A sentence
    a law repeats in one script is two equal texts, no restatement: both stay; so does one that two articles
    end with, one of them in the other script, with the law between them.

    >>> from corpus_tools.clean.script import TRADITIONAL_ONLY, _convert
    >>> text = "第二条 本条例适用于本市。\\n\\n第二條 本條例適用於本市。\\n\\n第三条 本条例自公布之日起施行。"
    >>> [text[a:b] for a, b in script_twins(text, TRADITIONAL_ONLY, lambda s: _convert("t2s", s))]
    ['第二條 本條例適用於本市。']
    >>> script_twins("本条例自公布之日起施行。\\n本条例自公布之日起施行。", TRADITIONAL_ONLY, lambda s: _convert("t2s", s))
    []
    """
    pieces = _pieces(text)
    if len(pieces) < 2:
        return []
    # the script of a piece is that of its words: a label alone in Traditional (``第十八條 以欺骗手段…``) is no copy
    traditional = [not traditional_only.isdisjoint(_without_label(text[a:b])) for a, b in pieces]
    if not any(traditional) or all(traditional):
        return []
    folded = [_fold(to_simplified(text[a:b]) if trad else text[a:b]) for (a, b), trad in zip(pieces, traditional)]
    weight_t = sum(len(f[1]) for f, trad in zip(folded, traditional) if trad)
    weight_s = sum(len(f[1]) for f, trad in zip(folded, traditional) if not trad)
    main_script = weight_s < weight_t  # True: the Traditional pieces are the main text, the Simplified ones go
    # a piece whose folded text is not Chinese for the most part (markup, a Latin name) restates nothing here
    chinese = [2 * (han := len(_HAN_RE.findall(key))) >= len(key) and han >= MIN_EXACT for _, key in folded]
    index: dict[str, list[int]] = {}
    for i, (trad, (_, key)) in enumerate(zip(traditional, folded)):
        if trad == main_script and chinese[i]:
            index.setdefault(key, []).append(i)
    used: set[int] = set()
    twin_of: dict[int, int] = {}
    main = [i for i, trad in enumerate(traditional) if trad == main_script]
    rank = {i: r for r, i in enumerate(main)}  # each main-script piece's place among them
    after = []  # for each piece, the place (among the main-script pieces) of the first one after it
    r = 0
    for i in range(len(pieces)):
        while r < len(main) and main[r] <= i:
            r += 1
        after.append(r)

    def labels_agree(i: int, j: int) -> bool:
        x, y = folded[i][0], folded[j][0]
        return not x or not y or x[0] != y[0] or x == y

    for j, trad in enumerate(traditional):
        if trad == main_script or not chinese[j]:
            continue
        label, key = folded[j]
        found = -1
        candidates = index.get(key)
        if candidates:
            free = [i for i in candidates[:MAX_CANDIDATES] if i not in used and labels_agree(i, j)]
            if free:  # the nearest before the copy first (a copy follows its original), else the nearest
                before = [i for i in free if i < j and after[j] - rank[i] <= NEAR_WINDOW]
                found = before[-1] if before else min(free, key=lambda i: abs(i - j))
        if found < 0:
            near = [twin_of[j - 1] + 1] if j - 1 in twin_of else []
            r = after[j]
            for d in range(NEAR_WINDOW):  # the nearest main-script pieces first, before and after
                near += [main[x] for x in (r - 1 - d, r + d) if 0 <= x < len(main)]
            for i in near:
                if i < len(pieces) and i not in used and chinese[i] and traditional[i] == main_script and labels_agree(i, j) \
                        and _near(folded[i][1], key):
                    found = i
                    break
        if found >= 0:
            used.add(found)
            twin_of[j] = found

    def in_step(j: int, i: int, step: int) -> bool:  # the piece next to j restates the one next to i
        k = rank[i] + step
        return 0 <= k < len(main) and twin_of.get(j + step) == main[k]

    # Between a copy and its original stands nothing but the restatement: other copies, their originals, a
    # sentence the two write alike, a short heading.  A sentence of the law between them (another article's
    # first sentence) makes the pair two articles that end alike, in two scripts: both stay.
    originals = set(twin_of.values())
    seen_keys: dict[str, int] = {}
    for i in main:
        seen_keys[folded[i][1]] = seen_keys.get(folded[i][1], 0) + 1
    unexplained = [0]
    for p, trad in enumerate(traditional):
        explained = p in twin_of or p in originals or not chinese[p] or seen_keys.get(folded[p][1], 0) > 1
        unexplained.append(unexplained[-1] + (not explained))

    def only_restatement_between(j: int, i: int) -> bool:
        a, b = min(i, j), max(i, j)
        return unexplained[b] - unexplained[a + 1] == 0

    # a twin far from its copy (past NEAR_WINDOW main-script pieces) is one of a block restated in step,
    # never a lone sentence two documents of the page happen to share
    return [pieces[j] for j, i in sorted(twin_of.items())
            if only_restatement_between(j, i)
            and (abs(after[j] - rank[i]) <= NEAR_WINDOW or in_step(j, i, -1) or in_step(j, i, 1))]


def removal_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` to delete so that each run of ``spans`` (pieces whose gaps are blanks) goes with the
    blanks that set it apart, and the text around keeps its own layout: a run of whole lines takes the line
    break(s) before it (after it at the text's start), a run inside a line the blanks on one side.

    >>> t = "甲。\\n\\n乙。\\n\\n丙。"
    >>> [t[a:b] for a, b in removal_spans(t, [(4, 6)])]
    ['\\n\\n乙。']
    >>> t = "甲。 乙。 丙。"
    >>> [t[a:b] for a, b in removal_spans(t, [(3, 5)])]
    ['乙。 ']
    """
    runs: list[list[int]] = []
    for a, b in spans:
        if runs and text[runs[-1][1]:a].isspace() or runs and runs[-1][1] == a:
            runs[-1][1] = b
        else:
            runs.append([a, b])
    out: list[tuple[int, int]] = []
    for a, b in runs:
        s, e = a, b
        while s > 0 and text[s - 1] in " \t\u3000":
            s -= 1
        while e < len(text) and text[e] in " \t\u3000":
            e += 1
        starts_line = s == 0 or text[s - 1] == "\n"
        ends_line = e == len(text) or text[e] == "\n"
        if starts_line and ends_line:
            if s > 0:  # the line breaks before the run go with it
                while s > 0 and text[s - 1].isspace():
                    s -= 1
            else:
                while e < len(text) and text[e].isspace():
                    e += 1
        elif ends_line:
            pass  # the blanks before the run go (the line ends after the kept text)
        else:
            s = a  # the blanks after the run go (the kept text after it starts where the run started)
        if out and s < out[-1][1]:
            s = out[-1][1]
        out.append((s, e))
    return out


# --- translations --------------------------------------------------------------------------------------------

#: Least words (runs of two letters or more) of a foreign-language paragraph.
MIN_WORDS = 6
#: Least words written in lower case among them (prose: an English name or an abbreviation list has few).
MIN_LOWER = 3
#: Least words (half of them in lower case) of a paragraph that ends no sentence (a translation cut short);
#: a standard's English title stands beside its code and Chinese title, never alone as long.
UNENDED_WORDS = 16
#: Least share of letters among the paragraph's non-blank characters.
MIN_LETTERS = 0.6
#: Least Han characters of the page per letter of the paragraphs judged foreign: a translation spends some three
#: to five letters on each Han character of the law it translates, a page of another language far more.
HAN_PER_LETTER = 0.2
#: Least article labels (``第…条`` opening a line) of a page whose foreign paragraphs are judged.
MIN_ARTICLES = 2

_ARTICLE_LINE_RE = lazy_regex(r"(?m)^[ \t\u3000]*第[ \t\u3000]*[零〇一二两三四五六七八九十百千\d]+[ \t\u3000]*条")
#: A cheap gate: a run of six words in a script with spaces between words (Latin, Greek, Cyrillic, Hebrew,
#: Arabic, Thai, Hangul; possessive, so that a long line of Han is read once).
_SPACED_LETTER = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\uac00-\ud7a3"
_WORD_RUN_RE = lazy_regex(rf"[{_SPACED_LETTER}]{{2,}}+(?:[ ,;:'’\-]++[{_SPACED_LETTER}]++){{5}}")
_LATIN_RUN_RE = lazy_re(rb"[A-Za-z\xc0-\xff]{2,}+(?:[ ,;:'\-]++[A-Za-z\xc0-\xff]++){5}")
_OTHER_SCRIPT_RE = lazy_re("[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3]")
_WORD_RE = lazy_regex(r"[^\W\d_]{2,}")
_FINAL_RE = lazy_re(r"[.!?;:。．][\"'”’)）]*\s*$")
#: A foreign tail on a Chinese line: after the law's sentence end, blanks, then no Han character to the line's end.
_TAIL_M_RE = lazy_regex(r"(?m)(?<=[。；！？])[ \t\u3000]*(?P<tail>[（(\[【“\"]?[A-Za-z\u00c0-\u024f\u0400-\u04ff\uac00-\ud7a3][^\n\p{Han}]*)$")
#: A short tag of the paragraph's language before the foreign prose of a line (``【译文】``, ``英文：``, ``EN:``).
_TAGGED_RE = lazy_regex(r"^[ \t\u3000]*(?P<tag>[【\[（(]?\p{Han}{1,4}[】\]）)：:][ \t\u3000]*)(?P<rest>[^\n\p{Han}]+)$")


def _is_foreign_prose(line: str) -> bool:
    """Whether ``line`` (no Han character) reads as prose in a language written with spaces between words: enough
    words, enough of them in lower case (or a script without case), mostly letters, ending a sentence.

    >>> _is_foreign_prose("Article 1  This Regulation shall come into force as of the date of promulgation.")
    True
    >>> _is_foreign_prose("GB/T 2828.1 Sampling procedures for inspection by attributes")
    False
    >>> _is_foreign_prose("Shanghai Municipal Housing Provident Fund Management Centre.")
    False
    """
    words = _WORD_RE.findall(line)
    if len(words) < MIN_WORDS:
        return False
    cased = [w for w in words if w.lower() != w.upper()]
    lower = sum(w.islower() for w in cased)
    if cased and lower < MIN_LOWER:
        return False
    if not _FINAL_RE.search(line) and (len(words) < UNENDED_WORDS or lower < UNENDED_WORDS // 2 or not cased):
        return False  # a paragraph cut before its end is prose only when long and mostly lower case
    visible = sum(not ch.isspace() for ch in line)
    letters = sum(ch.isalpha() for ch in line)
    return letters >= MIN_LETTERS * visible


_KANA_RE = lazy_re("[\u3041-\u3096\u30a1-\u30fa]")
#: Least kana of a Japanese paragraph (its grammar: :func:`~corpus_tools.clean.script.foreign_lines`).
MIN_KANA = 5


def _japanese_paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The lines of ``text`` from ``start`` on written in Japanese (:func:`~corpus_tools.clean.script.foreign_lines`:
    Japanese grammar) that hold :data:`MIN_KANA` kana and end a sentence, on a page that is no Japanese page.

    >>> t = "第一条 为了规范管理，制定本条例。\\n第1条 この条例は、管理を規範化するために制定する。\\n第二条 本条例适用于本市。"
    >>> [t[a:b] for a, b in _japanese_paragraphs(t, 0)]
    ['第1条 この条例は、管理を規範化するために制定する。']
    """
    from corpus_tools.clean.script import foreign_lines, page_language

    if page_language(text) is not None:
        return []
    found = []
    for a, b in foreign_lines(text):
        line = text[a:b].strip()
        if a >= start and len(_KANA_RE.findall(line)) >= MIN_KANA and line[-1] in "。．.！？":
            a += len(text[a:b]) - len(text[a:b].lstrip())
            found.append((a, a + len(line)))
    return found


#: A heading of a bilingual edition: the chapter named in English and in Chinese on one line (``Chapter Six
#: Supplementary Provisions 第六章 附则``, a bilingual print of the Marriage Law, field test 15b).  Such a page is the
#: publisher's bilingual text, not a Chinese page a translation was added to: its English stays (whether a
#: dataset of Chinese law should keep a bilingual edition's translation is the owner's decision; this keeps
#: what the page was published as).
_BILINGUAL_HEADING_RE = lazy_re(r"(?im)^[ \t]*(?:chapter|section|part)\b[^\n第]{0,80}第[一二三四五六七八九十百零〇0-9]+[章节编]")


def translated_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the foreign-language paragraphs (and foreign tails of lines) inside a Chinese law.

    **Evidence**: the page is a Chinese law (:data:`MIN_ARTICLES` lines open with a ``第…条`` label, and its Han
    characters are :data:`HAN_PER_LETTER` of the letters judged foreign at least); the paragraph stands after the first article
    label, holds no Han character (but a short tag before it: ``【译文】``, ``英文：``) and no TAB (a table's row), and is prose in another language
    (:func:`_is_foreign_prose`: :data:`MIN_WORDS` words, :data:`MIN_LOWER` in lower case, a sentence's end).  A
    line's tail after the law's sentence end is judged the same way.  The law's own Latin words, names,
    abbreviations, units and standards stand inside Chinese sentences or are no prose: they stay; so does a
    wholly foreign page.

    >>> t = "第一条 为了规范管理，制定本条例。\\n\\nArticle 1  This Regulation is formulated in accordance with the law.\\n\\n第二条 本条例适用于本市。"
    >>> [t[a:b] for a, b in translated_paragraphs(t)]
    ['Article 1  This Regulation is formulated in accordance with the law.']
    >>> translated_paragraphs("Chapter One General Provisions 第一章 总则\\n" + t)
    []
    """
    # gates: a run of six Latin words among the text's Latin-1 characters (a superset of its runs), or a letter
    # of another script written with spaces (Greek, Cyrillic, Hebrew, Arabic, Thai, Hangul) or of kana
    other = _OTHER_SCRIPT_RE.search(text)
    kana = other is not None and _KANA_RE.search(text, other.start()) is not None
    spaced = (_LATIN_RUN_RE.search(latin1_chars(text)) is not None
              or other is not None and _WORD_RUN_RE.search(text, other.start()) is not None)
    if not spaced and not kana:
        return []
    labels = list(_ARTICLE_LINE_RE.finditer(text))
    if len(labels) < MIN_ARTICLES:
        return []
    if spaced and _BILINGUAL_HEADING_RE.search(text) is not None:
        return []  # a bilingual edition (its headings name each chapter in both languages): the publisher's (F15b)
    found: list[tuple[int, int]] = _japanese_paragraphs(text, labels[0].start()) if kana else []
    for m in _LINE_RE.finditer(text, labels[0].start()) if spaced else ():
        line = m.group()
        if "\t" in line or not _WORD_RUN_RE.search(line):
            continue
        if not any(is_han(ch) for ch in line):
            if _is_foreign_prose(line):
                a = m.start() + len(line) - len(line.lstrip())
                found.append((a, a + len(line.strip())))
            continue
        tagged = _TAGGED_RE.match(line)
        if tagged is not None and _is_foreign_prose(tagged.group("rest")):
            a = m.start() + len(line) - len(line.lstrip())
            found.append((a, a + len(line.strip())))
            continue
        tail = _TAIL_M_RE.search(line)
        if tail is not None and _is_foreign_prose(tail.group("tail")):
            found.append((m.start() + tail.start("tail"), m.start() + len(line.rstrip())))
    if not found:
        return []
    found.sort()
    han = sum(1 for ch in text if is_han(ch))
    letters = sum(1 for a, b in found for ch in text[a:b] if ch.isalpha())
    return found if HAN_PER_LETTER * letters <= han else []


def drop_translated_paragraphs(text: str) -> RuleResult:
    """Drop the paragraphs of a Chinese law that restate its articles in another language.

    Damage undone: a bilingual site's English paragraph after the articles of a Chinese law
    (``Article 3  The people's governments at or above the county level shall…``) went into the article's text.
    One edit per paragraph, with the blank lines that set it apart (:func:`removal_spans`).

    **Evidence**: :func:`translated_paragraphs`: a page of a Chinese law (its ``第…条`` lines), a paragraph after its
    first article that holds no Han character and reads as prose of another language (words in lower case, a
    sentence's end), or such prose after the law's sentence end on its line.  Latin words inside Chinese
    sentences, names, abbreviations, standards' codes and a wholly foreign page stay.

    >>> text = "第一条 为了规范管理，制定本条例。\\n\\nArticle 1  This Regulation is formulated in accordance with the law.\\n\\n第二条 本条例适用于本市。"
    >>> drop_translated_paragraphs(text)[0]
    '第一条 为了规范管理，制定本条例。\\n\\n第二条 本条例适用于本市。'
    >>> drop_translated_paragraphs("第一条 采用ISO 9001 quality management system认证。\\n第二条 本条例适用于本市。")[1]
    []
    """
    spans = translated_paragraphs(text)
    if not spans:
        return text, [], []
    edits = [Edit(TRANSLATED_PARAGRAPHS, a, b, text[a:b], "", TRANSLATION) for a, b in removal_spans(text, spans)]
    return apply_edits(text, edits), edits, []


__all__ = ["SCRIPT_TWIN", "TRANSLATION", "drop_translated_paragraphs", "removal_spans", "script_twins", "translated_paragraphs"]
