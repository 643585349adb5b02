"""spam_anchor, session 13 review (R13-F9, R13-F8, R13-F11): speed on pages of many dressed
brands, and brands a law names in its own grammar (kept byte-identical)."""

import random
import time

import pytest

from corpus_tools.clean.spam import SpanIndex, remove_spam_anchors


# R13-F11: a page of many dressed brands (the reviewer's probes) and mixes of anchors and
# insertions, whose filters asked every span list afresh per question (quadratic: the mix of
# 依法金彩汇娱乐_jch88管理★金沙★ took 1.2 s at 10k, 2.6 s at 20k, 8.6 s at 40k characters before).
@pytest.mark.parametrize("unit", [
    "殡〖金沙棋牌app下载〗仪",
    "★金沙★",
    "SEO优化 外链代发 ",
    "加强万博体育管理，殡〖金沙棋牌app下载〗仪★金沙★",
    "依法金彩汇娱乐_jch88管理★金沙★",
    "提升万博体育APP官方网_万博体育manbetx3.0能力。【推荐】",
])
def test_many_dressed_brands_take_linear_time(unit):
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    t0 = time.process_time()
    remove_spam_anchors(text)
    assert time.process_time() - t0 < 60  # ~10 s measured; the quadratic form takes minutes


def test_span_index_answers_as_asking_every_span():
    rng = random.Random(13)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 40)
            spans.append((s, s + rng.randint(0, 8)))
        index = SpanIndex(spans)
        for at in range(-1, 52):
            assert index.covers(at) == any(s <= at < e for s, e in spans)
            for end in range(at + 1, at + 6):
                expected = any(s <= at < e for s, e in spans) or any(at <= s < end for s, _ in spans)
                assert index.overlaps(at, end) == expected
