"""Page-level evidence that a GBK/Big5 byte stream lost bytes: a run of characters read out of step.

The lost-byte repair (:func:`corpus_tools.clean.mojibake.fix_gbk_misalignment`) reads a typed-looking
question mark (``好在哪？``, ``会怎么样呀？``) as a lost byte's trace only on a page that shows lost
bytes elsewhere (:func:`corpus_tools.clean.mojibake.shows_gbk_damage`).  A rare character is no such
evidence: ``饪`` of ``烹饪``, ``洄`` of ``洄游``, ``泸`` of ``泸州`` are rare in law text and ordinary
words all the same (351 of the 1,911 clean laws of the DLC corpus hold one).  What a lost byte leaves
is a run of characters each read from the trail byte of one character and the lead byte of the next:
read ONE BYTE LATER, the run's bytes are ordinary Chinese again (``Φ弊袷乇咎趵`` is ``当遵守本条例``).
No word does that by chance: ``饪专业``, ``旮旯里``, ``鑊氣粵菜`` read one byte later are noise.

Real damage undone (field test 19, F19-A4): on a cooking school's clean Common-Crawl page
(CASIA-LM/ChineseWebText, chuyiworld.com) ``学厨师比学其他技术好在哪？学厨师`` became ``…好在的宁学厨师``
with confidence high, because ``饪`` of ``烹饪`` two lines earlier opened the page-level gate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.clean.evidence import common_in_chinese, decode_pairs, is_improbable, reads_as_words

#: The codecs whose out-of-step reading the repair undoes (GBK pages, Big5 pages).
_CODECS = ("gbk", "big5")
#: Characters of a run read from its improbable character on (bounded: the scan stays linear).
_RUN_REACH = 8
#: Characters read back before an improbable character at a run's end (``…咎趵?``: the run's start).
_BACK_REACH = 6
#: Characters a run must read as, one byte later, to count (one pair at least: a pair that reads).
_MIN_READ = 2


@lru_cache(maxsize=1)
def _improbable_re() -> re.Pattern[str]:
    """A character improbable in any Chinese (:func:`~corpus_tools.clean.evidence.is_improbable`), as one class."""
    return re.compile("[^\x00-\x7f\\s" + "".join(sorted(re.escape(c) for c in common_in_chinese())) + "]")


def _in_run(ch: str) -> bool:
    """Whether ``ch`` can be a character of a run read out of step (a pair of bytes: no ASCII, no blank)."""
    return not ch.isascii() and not ch.isspace() and ch != "\ufffd"


def _stray_trail(ch: str) -> bool:
    """An ASCII byte ``0x40-0x7E`` read alone: the trail byte of the run's last character (``偨Y``)."""
    return "@" <= ch <= "~"


def _segment(text: str, pos: int) -> tuple[int, int, str]:
    """The stretch of characters around ``pos`` that can be a run read out of step: ``(start, end, chars)``,
    where ``chars`` reads a ``?`` right before it as the ``？`` a later step folded (``?偨Y``: ``？偨Y`` is
    ``。總結`` read one byte late) and ends with a stray ASCII trail byte glued to the next character."""
    start = pos
    while start > 0 and _in_run(text[start - 1]):
        start -= 1
    end = pos
    while end < len(text) and _in_run(text[end]):
        end += 1
    chars = text[start:end]
    if end + 1 < len(text) and _stray_trail(text[end]) and _in_run(text[end + 1]):
        chars, end = chars + text[end], end + 1
    if start > 0 and text[start - 1] == "?":
        chars, start = "？" + chars, start - 1
    return start, end, chars


def _read_one_byte_later(chars: str, codec: str) -> list[str | None] | None:
    """What ``codec`` reads from the bytes of ``chars`` one byte later, pair by pair: item ``k`` is read from the
    trail byte of ``chars[k]`` and the lead byte of ``chars[k + 1]`` (None where the pair is no character);
    None when ``chars`` has no such bytes (a character the codec lacks, an ASCII byte inside)."""
    data = []
    for k, ch in enumerate(chars):
        raw = _encoded(ch, codec)
        if raw is None or len(raw) != 2 and not (len(raw) == 1 and k == len(chars) - 1 and k > 0):
            return None
        data.append(raw)
    flat = b"".join(data)[1:]
    return decode_pairs([flat[i : i + 2] for i in range(0, len(flat) - 1, 2)], codec)


@lru_cache(maxsize=8192)
def _encoded(ch: str, codec: str) -> bytes | None:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        return None


@lru_cache(maxsize=65536)
def _reads(pair: str) -> bool:
    """:func:`~corpus_tools.clean.evidence.reads_as_words`, remembered (a page repeats its pairs)."""
    return reads_as_words(pair)


def _reads_at(read: list[str | None], rare: list[int]) -> bool:
    """Whether a stretch of ``read`` (the reading one byte later) around one of the ``rare`` characters' places
    reads as ordinary Chinese: from a start at most :data:`_BACK_REACH` characters before the rare character,
    the next :data:`_RUN_REACH` characters of the run (or up to its end) read as at least :data:`_MIN_READ`
    characters, none improbable or refused, a pair of them reading as words."""
    n = len(read)
    good = [ch is not None and not ch.isascii() and not is_improbable(ch) for ch in read]
    bad_before = [0]
    for ok in good:
        bad_before.append(bad_before[-1] + (not ok))
    pair_before = [0]
    for k in range(n):
        pair_before.append(pair_before[-1] + (k + 1 < n and good[k] and good[k + 1] and _reads(read[k] + read[k + 1])))
    for p in rare:
        for a in range(max(0, p - _BACK_REACH), p + 1):
            b = min(n, a + _RUN_REACH - 1)  # characters a..a+RUN_REACH-1 of the run read as items a..a+RUN_REACH-2
            if b - a >= _MIN_READ and bad_before[b] == bad_before[a] and pair_before[b - 1] > pair_before[a]:
                return True
    return False


def reads_one_byte_later(run: str) -> bool:
    """Whether the bytes of ``run`` (characters read out of step, perhaps ending in the stray ASCII trail byte
    that put the decoder back in step) read, one byte later, as ordinary Chinese: at least
    :data:`_MIN_READ` characters, none improbable or refused, a pair of them reading as words.

    >>> reads_one_byte_later("Φ弊袷乇咎趵"), reads_one_byte_later("甯龉ぷ魅漳谧鞒鼍龆"), reads_one_byte_later("？偨Y")
    (True, True, True)
    >>> reads_one_byte_later("饪专业"), reads_one_byte_later("旮旯里"), reads_one_byte_later("鑊氣粵菜館")
    (False, False, False)
    """
    for codec in _CODECS:
        read = _read_one_byte_later(run, codec)
        if read is not None and _reads_at(read, [0]):
            return True
    return False


def shows_run_read_out_of_step(text: str, *, lone_before_mark: bool = True) -> bool:
    """Whether ``text`` holds a run of characters read out of step after a lost byte: an improbable character
    (:func:`~corpus_tools.clean.evidence.is_improbable`) in a run whose bytes, read one byte later, are
    ordinary Chinese (:func:`reads_one_byte_later`: from the rare character on, or from one of the few
    characters before it).  A rare word is none: ``烹饪``, ``馄饨``, ``泸州`` read one byte later are noise.
    Linear: each stretch that holds rare characters is read once, one byte later, with each codec.

    >>> shows_run_read_out_of_step("答：自受理之日起甯龉ぷ魅漳谧鞒鼍龆ǎ?申请人应当提交身份证明。")
    True
    >>> shows_run_read_out_of_step("遴選梳理智能制造典型場景?偨Y“十三五”時期")
    True
    >>> shows_run_read_out_of_step("本校开设烹饪专业，欢迎报名。早餐有馄饨。泸州、儋州、婺源、嵊州的唢呐。")
    False

    ``lone_before_mark=False`` leaves out a lone rare character right before a full-width ``？`` (its pair with
    the mark, ``钚？`` = ``EE 9A A3 BF``, reads one byte later as ``项协``): the evidence a repair of that very
    mark would otherwise find in itself (field test 26, F26-A1).

    >>> t = "存储大量的武器级钚？为什么"
    >>> shows_run_read_out_of_step(t), shows_run_read_out_of_step(t, lone_before_mark=False)
    (True, False)
    """
    done = 0
    for m in _improbable_re().finditer(text):
        if m.start() < done:
            continue  # (in a stretch already read)
        _, done, chars = _segment(text, m.start())
        rare = [k for k, ch in enumerate(chars) if is_improbable(ch)]
        if not lone_before_mark:
            rare = [k for k in rare if not (chars[k + 1 : k + 2] == "？" and (k == 0 or not is_improbable(chars[k - 1])))]
        for codec in _CODECS:
            read = _read_one_byte_later(chars, codec)
            if read is not None and _reads_at(read, rare):
                return True
    return False
