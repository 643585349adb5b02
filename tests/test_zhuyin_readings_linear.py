"""Zhuyin readings are found in time linear in the line (review 16, R16-F15).

``codec_swap._ZHUYIN_READING`` read a run of Zhuyin letters as syllables in every possible split when the
bracket after the Han character never closed: ``当(`` and then ``ㄉㄤ`` 10,000 times took 17.7 CPU-s, 40,000
took 74 s.  The syllables are atomic now; the readings found are the same (checked on 30,000 random lines
before the change).
"""

from __future__ import annotations

import time

from corpus_tools.clean.codec_swap import zhuyin_readings


def test_an_unclosed_bracket_of_zhuyin_is_linear():
    started = time.process_time()
    zhuyin_readings("当(" + "ㄉㄤ" * 100_000)
    zhuyin_readings("当(" + "ㄉㄤ " * 70_000)
    assert time.process_time() - started < 5.0  # 0.04 CPU-s here; the old pattern needed hours


def test_readings_found_as_before():
    assert sorted(zhuyin_readings("当(ㄉㄤ)然")) == [2, 3]
    assert sorted(zhuyin_readings("ㄉㄤ ㄕˋ ㄖㄣˊ")) == [0, 1, 3, 4, 6, 7, 8]
    assert sorted(zhuyin_readings("人(ㄖㄣˊ)民(ㄇㄧㄣˊ)")) == [2, 3, 4, 8, 9, 10, 11]
    assert zhuyin_readings("当(ㄉㄤ") == set()
