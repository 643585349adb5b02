"""Pages an anti-bot wall served in place of the page asked for are rejected, named, at ingest (F27-B2).

Before: Baidu's ``百度安全验证`` page was built as a document titled ``百度安全验证`` (finding ``has_sentence``).
Now it is a line of ``rejected.jsonl`` (code ``bot_check``), and the rest of the folder builds (exit 3).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.bot_walls import wall_words
from corpus_tools.dataset.build import build
from corpus_tools.ingest import IngestError, ingest_bytes

REAL = Path(__file__).parent / "real_pages" / "fieldfix28"


def test_baidus_wall_is_rejected_with_its_code():
    with pytest.raises(IngestError) as caught:
        ingest_bytes((REAL / "baidu_security_check.html").read_bytes(), "baidu_security_check.html")
    assert caught.value.code == "bot_check"
    assert "百度安全验证" in caught.value.reason


@pytest.mark.parametrize("text", [
    "百度安全验证\n请完成下方验证后继续操作\n拖动左侧滑块使图片为正\n",  # Baidu's slider
    "安全验证\n您的访问过于频繁，请稍后再试\n刷新\n",
    "Just a moment...\nChecking your browser before accessing www.example.gov.cn\nRay ID: 7a1b2c3d4e5f\n",
])
def test_the_walls_of_the_family(text):
    assert wall_words(text) is not None


@pytest.mark.parametrize("text", [
    # a law that writes of security checks
    "某某市网络安全管理条例\n第一条 为了规范网络安全验证工作，制定本条例。\n第二条 安全验证应当依法进行。\n",
    # a notice under a heading of the wall's words, with a body of its own
    "安全验证\n" + "本市将于下月起对政务服务平台的登录环节实行实名安全验证，请各单位及时通知本单位工作人员完成账号绑定，逾期未绑定的账号将暂停使用。\n",
    # an item list
    "关于做好访问验证工作的通知\n一、提高认识。\n二、加强管理。\n",
])
def test_a_page_with_text_of_its_own_is_kept(text):
    assert wall_words(text) is None


def test_the_build_goes_on_without_the_wall(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "wall.html").write_bytes((REAL / "baidu_security_check.html").read_bytes())
    (raw / "law.txt").write_text("某某暂行条例\n\n第一条　为了加强管理，制定本条例。\n\n第二条　本条例自公布之日起施行。\n",
                                 encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "rejected"
    assert [r["code"] for r in summary.rejected] == ["bot_check"]
    lines = (tmp_path / "out" / "rejected.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source_file"] for line in lines] == ["wall.html"]
