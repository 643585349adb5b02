r"""A text cut into chunks by a transmission, each chunk framed by the channel (transport31).

Real damage undone: a channel with a size limit or a per-page stamp cuts a law into chunks and frames each one;
an archive, a copy or an OCR of what was received keeps the frames among the law's lines, and where the cut fell
inside a sentence, the sentence stays cut in two (``…规范旅⏎【法治某市】(2/9)游市场秩序…``).  The family, by the
channel:

* **short messages** (普法 campaigns, an official account's push): concatenated messages of about 70 characters,
  each opened (or closed) by the sender's signature and its number in the series, ``【某市司法局】(3/41)``;
* **a pager's screens, a feature phone's WAP pages, a broadcast message cut into screens**: a bare ``[2/9]``;
* **fax and telex**: the fax machine's transmission line over every page (``2019-03-05 14:22 FROM:市法制办
  0571-87051234 TO:87654321 P.003/012``, ``MAR-05-2019 14:22 … PAGE 3/12``, ``… 第3页/共12页``);
* **mail split by size** (a client's "split large messages", ``split -b`` before mailing, a digest): a line
  naming each part, ``[Part 2 of 5]``, ``----- 第2部分（共5部分） -----``, ``(Message 2/5)``;
* **micro-blog threads** (Weibo, Twitter/X): each post of at most 140 characters closed (or opened) by its place
  in the thread, ``…（1/9）``, ``2/9``;
* **chat-app exports** (WeChat, QQ, Telegram): a line with the sender and the time over each message a size
  limit cut, ``张三 2023-04-12 10:22:31``;
* **serials** on forums and blogs (连载): ``（未完待续）`` closing a post and ``（续一）``, ``（接上文）`` opening the next;
* (a copier's stamp on every scanned page is :mod:`~corpus_tools.clean.copier_notes`' and a printed page's
  number :mod:`~corpus_tools.clean.page_numbers`': no chunk of a channel there.)

**Evidence**, what every member shares: a frame whose shape recurs at the chunks' edges, the same words with only
its numbers changing (digits normalised), and a counter in it that proves the series: a part's number out of a
total (``k/N``, ``k of N``, ``第k页/共N页``), every part's number different and the total the same, or the time of a
chat message rising; or the continuation marks of a serial, a closing mark followed by an opening one.  A frame is
a whole line, or the opening (a short signature and the counter) or the closing (the counter) of a line; two
frames at least (three when the frame is the bare counter).  A law's own lines are no frame: an article label,
an item's number, a date or a fraction in a sentence does not recur with one signature and a count out of one
total; a line whose frame part holds a sentence mark is not read.

Then the frames go (each a recorded edit) and the chunks are joined again where the cut fell inside a sentence:
for frames opening the lines, when the chunks' lengths are the channel's (every chunk but the last as long as
the others, so the line break before a frame is the channel's, :data:`MIN_SIZED_CHUNKS`), else when both sides
say so: the line above ends inside a clause and is no heading, and the line below opens no block (an article, an
item, a heading).  Chunks out of order stay where they are.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from corpus_tools.clean.page_lines import ITEM_OPENING_RE, line_around
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import CONTEXT_FOLD, SENTENCE_FINAL

_BLANKS = " \t\u3000\u00a0"
#: Cheap gate: a count out of a total, a time of day, a serial's mark.
_GATE_RE = lazy_regex(r"\d ?[/／] ?\d|\d ?(?i:of) ?\d|共 ?\d|\d:\d\d|待续|接上|续[一二三四五六七八九十\d]{0,2}[）)】\]]")
_OPEN = r"[\[（(【〔<]"
_CLOSE = r"[\]）)】〕>]"
_UNIT = r"(?:页|部分|条|段|封|屏|帖|篇)"
#: A part's number out of the total: ``3/41``, ``P.003/012``, ``PAGE 1/2``, ``Part 2 of 5``, ``第1页/共2页``,
#: ``第2部分（共5部分）``; its brackets with it.  Not inside a longer number (a date ``2023/4/12``, a decimal).
_COUNTER_RE = lazy_regex(
    rf"(?P<open>{_OPEN}?)[ ]?"
    r"(?:(?i:(?:part|page|pg|p|message|msg|no|screen)\.?[ ]?)?"
    r"(?<![\d/／\-])(?<!\d\.)(?P<k>\d{1,3})[ ]?(?:[/／]|(?i:[ ]of[ ]))[ ]?(?P<n>\d{1,3})(?![\d./／\-%])"
    rf"|第[ ]?(?P<k2>\d{{1,3}})[ ]?{_UNIT}[ ]?[，,/／]?[ ]?[（(]?共[ ]?(?P<n2>\d{{1,3}})[ ]?{_UNIT}?[）)]?)"
    rf"[ ]?(?P<close>{_CLOSE}?)"
)
#: A chat export's header line: the sender and the time (a date before it or not), or the time and the sender.
_CHAT_HEAD_RE = lazy_regex(
    r"(?:(?P<who>[^\s。，；：:！？]{1,16}(?:[(（][^\s()（）]{1,12}[)）])?)[ \t]+)?"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]+)?(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:[ \t]+(?P<who2>[^\s。，；：:！？]{1,16}))?[ \t]*:?"
)
#: A serial's marks: a post's closing (``（未完待续）``, ``……未完待续``, ``（待续）``, ``（转下页）``) and the next post's
#: opening (``（续一）``, ``（续2）``, ``（接上文）``, ``【接上页】``).
_SERIAL_CLOSE_RE = lazy_regex(rf"(?m)(?:{_OPEN}(?:未完待续|待续|未完|转下页|下转第?\d{{1,3}}页)[。.]?{_CLOSE}|(?:……|…|——)?未完待续[。.]?)[{_BLANKS}]*$")
_SERIAL_OPEN_RE = lazy_regex(rf"{_OPEN}(?:续[一二三四五六七八九十\d]{{0,3}}|接上文|续上文|承上文|接上页|续上页|上接第?\d{{1,3}}页){_CLOSE}")
#: Where a frame's words would hold a sentence: then it is the law's.
_SENTENCE_MARK = lazy_regex(r"[。；，！？]")
_DIGITS = lazy_regex(r"\d+")
_TIME_RE = lazy_regex(r"\d:\d\d")
#: The fewest characters between two frames: a channel's chunk carries text (a table's rows of fractions or a
#: timetable's times stand closer).
MIN_CHUNK = 40
_SPACES = lazy_regex(r"[ \t\u3000\u00a0]+")
#: The longest signature before a counter (``【某市人民代表大会常务委员会】``, a fax header's stamp).
_MAX_SIGNATURE = 100
#: How far from a line's end a closing counter may stand (its brackets and blanks after it).
_MAX_AFTER = 3
#: Chunks the lengths must agree on before the line breaks before the frames are read as the channel's.
MIN_SIZED_CHUNKS = 3
#: The share of chunks whose lengths must agree.
_SIZED_SHARE = 0.75
#: A line that heads a part of the text, not a paragraph cut (``第一章　总则``, ``附则``).
_PART_HEADING_RE = lazy_regex(r"^[ \t\u3000]*第[一二三四五六七八九十百千零〇\d]{1,6}(?:分编|[编章节])")
#: What no line opens with, and what no line ends with: the halves of a cut sentence.
_CUT_MARK = lazy_regex(r"[，、。；：）》”’」』]")
_CUT_OPEN = lazy_regex(r"[（《“‘「『]$")
_LABEL_RE = lazy_regex(r"^[ \t\u3000]*第[一二三四五六七八九十百千零〇\d]{1,6}[条章节编]")


def _shape(s: str) -> str:
    """The frame's words, its numbers and blanks normalised (``【某局】（3/41）`` -> ``【某局】(0/0)``)."""
    return _SPACES.sub(" ", _DIGITS.sub("0", s.translate(CONTEXT_FOLD))).strip()


def _bare(shape: str) -> bool:
    """Whether a frame's shape is its counter alone (no signature, no words)."""
    return sum(ch.isalpha() for ch in shape.replace("0", "")) < 2


class _LineBounds:
    """The bounds of the line holding a position, for positions that only move forwards (one walk over the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = -1

    def at(self, pos: int) -> tuple[int, int]:
        if not self.start <= pos <= self.end:  # (a later line: the search starts at the line before's end)
            self.start = self.text.rfind("\n", max(self.end, 0), pos) + 1
            found = self.text.find("\n", pos)
            self.end = len(self.text) if found < 0 else found
        return self.start, self.end


def _counter(m) -> tuple[int, int]:
    k, n = (m.group("k"), m.group("n")) if m.group("k") else (m.group("k2"), m.group("n2"))
    return int(k), int(n)


def _candidates(text: str) -> dict[str, list[tuple[int, int, int, int, str, int]]]:
    """Frames by shape: each (frame start, frame end, part number, total, kind, where the chunk after it starts
    for its length: after the counter, blanks not skipped); kind ``line`` (the whole line),
    ``head`` (the line's opening) or ``tail`` (its closing).  A line ending with a counter is a candidate of both
    the whole line's shape and the closing counter's: the law's words make the first unique."""
    groups: dict[str, list[tuple[int, int, int, int, str, int]]] = defaultdict(list)
    heads: set[int] = set()
    tails: set[int] = set()
    lines = _LineBounds(text)
    for m in _COUNTER_RE.finditer(text):
        if not (m.group("k") or m.group("k2")):
            continue
        k, n = _counter(m)
        if not 0 < k <= n:
            continue
        start, end = lines.at(m.start())
        if m.start() - start > _MAX_SIGNATURE and end - m.end() > _MAX_AFTER:
            continue  # (inside a long line: neither its opening nor its closing; no slice of it taken)
        before = text[start:m.start()] if m.start() - start <= _MAX_SIGNATURE else "。"
        after = text[m.end():end] if end - m.end() <= _MAX_SIGNATURE else "。" * (_MAX_AFTER + 1)
        if start not in heads and not _SENTENCE_MARK.search(before) and len(before) <= _MAX_SIGNATURE \
                and not _LABEL_RE.match(before):
            heads.add(start)
            if not after.strip(_BLANKS + "-=*~·—_"):
                groups[_shape(text[start:end])].append((start, end, k, n, "line", end + 1))
            else:
                frame_end = m.end()
                while frame_end < end and text[frame_end] in _BLANKS:
                    frame_end += 1
                groups[_shape(text[start:m.end()])].append((start, frame_end, k, n, "head", m.end()))
        if len(after) <= _MAX_AFTER and not after.strip(_BLANKS) and start not in tails \
                and (m.start() - start > _MAX_SIGNATURE or before.strip(_BLANKS)):
            tails.add(start)
            groups[_shape(m.group(0))].append((m.start(), end, k, n, "tail", end))
    return groups


def _valid_counters(members: list[tuple[int, int, int, int, str, int]], bare: bool) -> bool:
    """The members count the parts of one series: one total, every part's number different (rising, for a bare one)."""
    if len({m[3] for m in members}) != 1:
        return False
    ks = [m[2] for m in members]
    if len(set(ks)) != len(ks):
        return False
    return not bare or ks == sorted(ks)


def _apart(members) -> bool:
    """Whether a chunk's text stands between every two frames (:data:`MIN_CHUNK`)."""
    starts = sorted((m[0], m[1]) for m in members)
    return all(b[0] - a[1] >= MIN_CHUNK for a, b in zip(starts, starts[1:]))


def _chat_heads(text: str) -> list[tuple[int, int]]:
    """A chat export's header lines: one sender (or none), the same shape, the time rising, three at least or
    two over a cut sentence."""
    groups: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for line_start, line_end in _time_lines(text):
        m = _CHAT_HEAD_RE.fullmatch(text, line_start, line_end)
        if m is None or not (m.group("who") or m.group("who2")):
            continue
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)
        key = _shape(text[line_start:line_end]) + "|" + (m.group("date") or "")
        groups[key].append((line_start, line_end, seconds))
    out = []
    for members in groups.values():
        times = [s for _, _, s in members]
        if len(members) < 2 or times != sorted(times) or not _apart(members):
            continue
        if len(members) < 3 and not any(_cut_above(text, a) for a, _, _ in members):
            continue
        out += [(a, b) for a, b, _ in members]
    return out


def _time_lines(text: str):
    last = -1
    lines = _LineBounds(text)
    for m in _TIME_RE.finditer(text):
        start, end = lines.at(m.start())
        if start != last and end - start <= 60:
            last = start
            yield start, end


def _prev_line(text: str, at: int) -> tuple[int, int] | None:
    """The nonblank line before the line starting at ``at`` (blank lines skipped), as its bounds."""
    pos = at - 1
    while pos > 0:
        start = text.rfind("\n", 0, pos) + 1
        if text[start:pos].strip(_BLANKS):
            return start, pos
        pos = start - 1
    return None


def _next_line(text: str, at: int) -> tuple[int, int] | None:
    pos = at
    while pos < len(text) and text[pos] in _BLANKS + "\n":
        pos += 1
    if pos >= len(text):
        return None
    return pos, line_around(text, pos)[1]


def _open_end(line: str, *, chunk: bool = False) -> bool:
    """Whether a line stops inside a clause (no sentence end, no colon), and is no heading or short title; a
    chunk's end (the text before a closing frame) needs no length, and an item's number alone is cut too."""
    line = line.rstrip(_BLANKS)
    if not line:
        return False
    if ITEM_OPENING_RE.fullmatch(line) or _LABEL_RE.fullmatch(line) or line[-1] in "，、,":
        return True
    if line[-1] in SENTENCE_FINAL + "：:”’」』)）》】" or _PART_HEADING_RE.match(line):
        return False
    return (chunk or bool(_LABEL_RE.match(line)) or ITEM_OPENING_RE.match(line) is not None
            or bool(_SENTENCE_MARK.search(line)) or len(line) > 20)


def _goes_on(line: str) -> bool:
    """Whether a line goes on with a sentence (opens no article, item or heading)."""
    return bool(line.strip(_BLANKS)) and not (_LABEL_RE.match(line) or ITEM_OPENING_RE.match(line))


def _cut_above(text: str, line_start: int) -> bool:
    prev = _prev_line(text, line_start)
    nxt = _next_line(text, line_around(text, line_start)[1])
    return prev is not None and nxt is not None and _open_end(text[prev[0]:prev[1]]) and _goes_on(text[nxt[0]:nxt[1]])


def _serial_marks(text: str) -> list[tuple[int, int, str]]:
    """A serial's closing and opening marks at the lines' edges, when a closing one is followed by an opening one."""
    marks: list[tuple[int, int, str, bool]] = []
    lines = _LineBounds(text)
    for m in _SERIAL_CLOSE_RE.finditer(text):
        start, end = lines.at(m.start())
        inside = m.start() - start > 200 or bool(text[start:m.start()].strip(_BLANKS))
        marks.append((m.start(), end, "tail" if inside else "line", True))
    lines = _LineBounds(text)
    for m in _SERIAL_OPEN_RE.finditer(text):
        start, end = lines.at(m.start())
        if m.start() - start > 8 or text[start:m.start()].strip(_BLANKS):
            continue
        frame_end = m.end()
        while frame_end < end and text[frame_end] in _BLANKS:
            frame_end += 1
        marks.append((start, frame_end, "head" if frame_end < end else "line", False))
    marks.sort()
    if not any(first[3] and not second[3] for first, second in zip(marks, marks[1:])):
        return []
    return [(a, b, kind) for a, b, kind, _ in marks]


def _signature_before(text: str, tails: list[tuple[int, int]]) -> int:
    """How many characters before every closing counter are the same words (the sender's tag, ``#普法 3/7``), from
    a blank or a mark on: the frame's signature, not the chunks' last words (which differ)."""
    common = 0
    while common < _MAX_SIGNATURE:
        chars = {text[a - common - 1] if a - common - 1 >= 0 else "\n" for a, _ in tails}
        if len(chars) != 1 or chars & {"\n"}:
            break
        common += 1
    while common and not (text[tails[0][0] - common] in _BLANKS + "#＃—-【[（(〔" or text[tails[0][0] - common - 1] in _BLANKS):
        common -= 1  # (from a word's edge only)
    signature = text[tails[0][0] - common:tails[0][0]]
    if _SENTENCE_MARK.search(signature) or not signature.strip(_BLANKS):
        return 0
    return common


def _companion_lines(text: str, members: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The frame's other lines: the lines right above (or below, for a whole-line frame) every member that all have
    one shape (a mail's ``From:`` line over each ``Subject: … [2/5]``, a fax's second header line)."""
    out: list[tuple[int, int]] = []
    for direction in (-1, 1):
        edges = [(a, b) for a, b, kind in members if kind != "tail" and (direction < 0 or kind == "line")]
        if len(edges) != len(members):
            continue
        for _ in range(3):
            lines = []
            for a, b in edges:
                if direction < 0:
                    if a < 2 or text[a - 1] != "\n":
                        break
                    lines.append((text.rfind("\n", 0, a - 1) + 1, a - 1))
                else:
                    if b >= len(text) - 1 or text[b] != "\n":
                        break
                    lines.append((b + 1, line_around(text, b + 1)[1]))
            if len(lines) != len(edges):
                break
            shapes = {_shape(text[a:b]) for a, b in lines}
            first = text[lines[0][0]:lines[0][1]]
            if (len(shapes) != 1 or not first.strip(_BLANKS) or len(first) > 120 or _SENTENCE_MARK.search(first)
                    or _LABEL_RE.match(first) or ITEM_OPENING_RE.match(first)):
                break
            out += lines
            edges = lines
    return out


def _chunk_size(text: str, heads: list[tuple[int, int]]) -> int | None:
    """The channel's chunk size, when the chunks between frames opening the lines agree on one (the line break
    before a frame counted as the channel's or as the text's, whichever the others agree with)."""
    lengths = [heads[i + 1][0] - 1 - heads[i][1] for i in range(len(heads) - 1)]
    if len(lengths) < MIN_SIZED_CHUNKS:
        return None
    votes = Counter()
    for n in lengths:
        votes[n] += 1
        votes[n + 1] += 1
    size, count = votes.most_common(1)[0]
    if size < 20 or count < _SIZED_SHARE * len(lengths):
        return None
    return size


def frame_spans(text: str) -> list[tuple[int, int, str]]:
    """The frames of a transmission's chunks, as spans to delete (with the line breaks the joins close), and why.

    >>> law = "第一条 为了规范旅游市场秩序，保障旅游者和旅游经营者的合法权益，结合本市实际，制定本条例。第二条 本条例适用于本市行政区域内的旅游发展、服务和监督管理活动，以及相关的旅游经营活动。"
    >>> page = "某市条例\\n\\n【普法】(1/3)" + law[:44] + "\\n【普法】(2/3)" + law[44:] + "\\n【普法】(3/3)第三条 本条例自公布之日起施行。\\n"
    >>> [page[a:b] for a, b, _ in frame_spans(page)]
    ['【普法】(1/3)', '\\n【普法】(2/3)', '【普法】(3/3)']
    >>> frame_spans("第一条 甲。\\n（1/2）乙。\\n第二条 超过1/2以上。\\n")
    []
    """
    if not _GATE_RE.search(text):
        return []
    found: list[tuple[int, int, str, str]] = []  # (start, end, kind, why)
    sized: dict[int, tuple[int, int]] = {}  # a frame opening a line -> (the chunks' size, where the chunk before began)
    for shape, members in _candidates(text).items():
        tails = [(a, b) for a, b, _, _, kind, _ in members if kind == "tail"]
        signed = _signature_before(text, tails) if len(tails) == len(members) > 1 else 0
        if signed:
            shape = _shape(text[tails[0][0] - signed:tails[0][1]])
        bare = _bare(shape)
        if len(members) < (3 if bare else 2) or not _valid_counters(members, bare) or not _apart(members):
            continue
        why = "a transmission's frame: " + shape[:40]
        found += [(a - signed if kind == "tail" else a, b, kind, why) for a, b, _, _, kind, _ in members]
        found += [(a, b, "line", why) for a, b in _companion_lines(text, [(a, b, kind) for a, b, _, _, kind, _ in members])]
        framed = sorted((a, chunk) for a, _, _, _, kind, chunk in members if kind != "tail")
        size = _chunk_size(text, framed)
        if size is not None:
            sized.update({a: (size, framed[i - 1][1]) for i, (a, _) in enumerate(framed) if i})
    found += [(a, b, "line", "a chat export's sender and time over a message") for a, b in _chat_heads(text)]
    found += [(a, b, kind, "a serial's continuation mark") for a, b, kind in _serial_marks(text)]
    found.sort()
    frames: list[tuple[int, int, str, str]] = []
    for frame in found:
        if not frames or frame[0] >= frames[-1][1]:
            frames.append(frame)
    # the frames of one cut: frames with only blanks and line breaks between them
    units: list[list[tuple[int, int, str, str]]] = []
    for frame in frames:
        if units and not text[units[-1][-1][1]:frame[0]].strip(_BLANKS + "\n"):
            units[-1].append(frame)
        else:
            units.append([frame])
    title = _next_line(text, 0)
    out: list[tuple[int, int, str]] = []
    for unit in units:
        a, b = unit[0][0], unit[-1][1]
        why = unit[0][3]
        line_start, line_end = line_around(text, a)[0], line_around(text, b)[1]
        if text[line_start:a].strip(_BLANKS):  # a frame closing a line: the text before it on its line
            left: tuple[int, int] | None = (line_start, a)
        else:
            left = _prev_line(text, line_start)
        if text[b:line_end].strip(_BLANKS):  # a frame opening a line: the text after it
            right: tuple[int, int] | None = (b, line_end)
        else:
            right = _next_line(text, line_end)
        joined = None
        if a in sized and left is not None and left[1] == a - 1:
            size, chunk_start = sized[a]
            n = a - 1 - chunk_start
            if (n % size == 0) != ((n + 1) % size == 0):  # the chunk's length says whose the line break is
                joined = n % size == 0
        if joined is None:
            joined = left is not None and right is not None and (title is None or left[0] != title[0]) and (
                (_open_end(text[left[0]:left[1]], chunk=unit[0][2] == "tail") and _goes_on(text[right[0]:right[1]]))
                or _CUT_MARK.match(text, right[0]) is not None or _CUT_OPEN.search(text, left[0], left[1]) is not None)
        if joined:
            left_end = left[1]
            while unit[0][2] == "tail" and left_end > left[0] and text[left_end - 1] in _BLANKS:
                left_end -= 1  # (the blanks before a closing frame are the frame's)
            right_start = right[0]
            if _LABEL_RE.fullmatch(text[left[0]:left_end].strip(_BLANKS)):  # (a label keeps the blank after it)
                if text[right_start - 1] in _BLANKS and right_start - 1 >= b - 1:
                    right_start -= 1
                elif text[left_end] in _BLANKS:
                    left_end += 1
            out.append((left_end, right_start, why))
            continue
        for fa, fb, kind, fwhy in unit:
            if kind == "line" and fb < len(text) and text[fb] == "\n":
                fb += 1
            elif kind == "tail":
                while fa > 0 and text[fa - 1] in _BLANKS:
                    fa -= 1
            out.append((fa, fb, fwhy))
    return out
