"""F17-A2: a mainland page a mirror converted with Taiwan phrases (OpenCC ``s2twp``) is read back
with ``tw2sp`` only where the plain reading is no ordinary word of law text, or its sentence
rules it out: ``執行`` is what ``s2twp`` makes of both ``执行`` and ``运行``, ``檔案`` of both
``档案`` and ``文件``, and the law's own word must not be rewritten (``遵照执行`` -> ``遵照运行``).
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.script import _mainland_phrasing

PAGES = Path(__file__).parent / "real_pages" / "field17_precf"

_S2TWP = opencc.OpenCC("s2twp")


def test_real_mirror_page_keeps_zunzhao_zhixing():
    """jendow.com.tw's s2twp copy of 周口 周政〔2011〕53号 (see SOURCE.md)."""
    raw = (PAGES / "jendow_wiki_zhoukou_guifanxing.txt").read_text(encoding="utf-8")
    assert "請認真遵照執行" in raw
    text = clean(raw)
    assert "请认真遵照执行。" in text
    assert "运行" not in text
    # what the Taiwan phrasing hid still comes back: 檔案 -> 文件 here, 程式 -> 程序
    assert text.splitlines()[0] == "周口市规范性文件管理规定"
    assert "《行政法规制定程序条例》" in text and "程式" not in text


#: The field tester's members (F17-A2) and mine: mainland law sentences whose ordinary words
#: ``s2twp`` writes like a Taiwan phrase; each must come back as it was.
KEPT = [
    "现将本办法印发给你们，请认真遵照执行。",
    "各县参照执行。",
    "望遵照执行为盼。",
    "由市人民政府负责组织执行。",
    "本规定自发布之日起执行。",
    "执行中遇到的问题，请及时报告。",
    "暂停执行。",
    "当事人应当全面执行合同。",
    "依法执行公务。",
    "归入人事档案。",
    "建立流动人口档案。",
    "建立工作台帐和档案。",
    "推行电子档案。",
    "配备紧急呼叫终端。",
    "应当装置合格的计量设施。",
    "使用公厕后应当即时冲水。",
    "即时清除犬只粪便。",
    "储存危险化学品的单位。",
    "依法设定抵押权。",
    "档案保管期限",
    "品质监督",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_ordinary_word_is_not_rewritten(sentence):
    assert _mainland_phrasing(_S2TWP.convert(sentence)) == sentence


#: Taiwan readings mainland law text barely writes: still read back.
RESTORED = [
    ("資訊公開", "信息公开"),
    ("網路安全", "网络安全"),
    ("應用軟體", "应用软件"),
    ("行政法規制定程式條例", "行政法规制定程序条例"),
    ("技術支援", "技术支持"),
    ("重大建設專案執行情況", "重大建设项目执行情况"),
    ("行賄犯罪檔案資訊查詢", "行贿犯罪档案信息查询"),
]


@pytest.mark.parametrize("taiwan, mainland", RESTORED)
def test_taiwan_only_reading_is_read_back(taiwan, mainland):
    assert _mainland_phrasing(taiwan) == mainland


def test_context_rules_out_the_ordinary_reading():
    """``规范性檔案`` in a mainland notice is the 规范性文件 of every mainland law."""
    assert _mainland_phrasing("保證規範性檔案合法、有效") == "保证规范性文件合法、有效"
