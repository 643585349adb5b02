"""Residual-noise checks must not flag clean text a field test found flagged."""

from __future__ import annotations

import pandas as pd

from corpus_tools.validation.residual import detector, scan


def test_a_times_sign_placeholder_is_no_mojibake():
    # zgch1238/Huace_policy-document-analyzer, 关于印发《上海市重点实验室建设与运行管理办法》的通知, 第三十四条
    clean = "实验室英文名称为“Shanghai Key Laboratory of ××”。"
    assert detector("no_mojibake").find(clean) is None
    assert detector("no_mojibake").find("本市Ã©管理") is not None  # a Latin-1 signature is still one
    found = scan(pd.Series([clean, "本市鏂囦欢管理工作。"]), ["no_mojibake"])["no_mojibake"]
    assert list(found) == [1]
