"""``injected_chars``: an anti-copy script's random Han characters inside a code, flagged with the page's own
witness, the text kept (field test 15, F15-N3; tests/real_pages/fix16/SOURCE.md).

The variants B1-B3 and N1-N2 were written before the check (/work/notes/fix16/blind.md, session 16); B4 (Han words
split) is the gap the check leaves, written down here so that it stays visible.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pytest

from corpus_tools.validation.injected_text import INJECTED_CHARS, document_injections, injected_characters
from corpus_tools.validation.quality import CHECK_NAMES, damage_findings

sys.path.insert(0, str(Path(__file__).parent))
from real_build import REAL, page_documents  # noqa: E402

PAGE = REAL / "fix16" / "zhzhwenwen_answer_263858.txt"


def test_the_real_page_is_flagged_and_its_text_kept():
    docs = page_documents(PAGE)
    assert len(docs) == 1
    text = docs[0].text
    assert "GB2知顾讨武312" in text and "仿认晚村迫双宋" in text  # nothing removed
    assert injected_characters(text) == "1 code split by Han characters: 'GB2知顾讨武312' (GB2312 whole on the page)"
    table = pa.table({"doc_id": ["d"], "page_id": ["p"], "source_file": [PAGE.name], "text": [text]})
    found = damage_findings(table)
    assert found["check"].to_pylist() == [INJECTED_CHARS]
    assert INJECTED_CHARS in CHECK_NAMES


@pytest.mark.parametrize("text, split", [
    ("执行GB/T 9704-2012标准，字体用GB18030；方正小标宋GB18某某伐030。", "GB18某某伐030"),  # B1
    ("采用ISO9001体系，取得ISO90今天好01认证。", "ISO90今天好01"),  # B2
    ("编码UTF8，文件用UT明天好F8编码。", "UT明天好F8"),  # B3: inside the letters
])
def test_blind_variants_of_split_codes_are_flagged(text, split):
    assert f"'{split}'" in injected_characters(text)


@pytest.mark.parametrize("text", [
    "1月至3月，13号文件。",  # N1: figures split by words, 13 whole elsewhere
    "A1号楼至A12号楼，A112室。",  # N2: the split falls between a digit and a letter
    "ISO9001认证和ISO14001认证；G20峰会和G20；PM2.5和PM10；APP软件和APP。",
    "GB2知顾讨武312",  # a split code the page does not hold whole: no witness, no finding
    "字体用仿宋，标题仿认晚村迫双宋。",  # B4: Han words split (the gap: a model of the language would have to judge)
])
def test_codes_and_figures_set_among_words_are_not_flagged(text):
    assert injected_characters(text) is None


def test_the_scan_is_linear_on_a_hostile_200k_line():
    import time

    text = ("GB2某某312，" * 20000) + "GB2312。" + "A1" * 25000 + "某某" * 20000 + "1" * 30000
    assert len(text) > 200_000
    start = time.process_time()
    assert injected_characters(text).startswith("20000 codes split")
    assert time.process_time() - start < 2.0


def test_no_clean_law_of_the_seed_pages_is_flagged():
    root = Path(__file__).parents[1] / "raw"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.glob("*.txt"))]
    table = pa.table({"doc_id": [str(k) for k in range(len(texts))], "page_id": ["p"] * len(texts),
                      "source_file": ["f"] * len(texts), "text": texts})
    assert document_injections(table) == []


# --------------------------------------------------------------------------- CAIL2019's masked names (field test 16b)

#: Sentences of three CAIL2019 reading-comprehension contexts (china-ai-law-challenge/CAIL2019 @ 010ebce,
#: 阅读理解/data: the scan of field test 16b, lines 85, 140, 152 of its ydlj JSONL), each with the sentence of the same
#: context where the masked name is glued to a year (the witness the check took).
CAIL_MASKED = [
    "均自愿放弃上述遗产的继承权,故被继承人徐x16的上述遗产由其妻子包5、女儿徐x8两人共同继承2018年4月25日,沛县市场监督管理局"
    "敬安分局作出公司准予变更登记通知书 … 亲徐x3、母亲赵4、妻子包5、长子徐x6、次子徐x7、女儿徐x82018年4月17日,江苏省沛县公证处出具",
    "本院征询朱x6的意见,朱x6表示自2012年父亲离开家后其一直随母亲共同生活 … 2003年3月9日生一女名朱x62012年9月起原、被告分居",
    "鲍x3应当负责自2011年10月10日后产生的租金及一切相关费用 … 王x9应在2011年10月10日前将租赁设备交付鲍x32011年10月10日鲍x3签署了",
]


@pytest.mark.parametrize("text", CAIL_MASKED)
def test_a_masked_name_before_a_year_is_no_split_code(text):
    assert injected_characters(text) is None


@pytest.mark.parametrize("text", ["被告李x3表示自2019年起不再支付，原告李x32019年起诉",  # blind (fix17/blind.md)
                                  "王某x12负责自2015年起的租金，交付王某x122015年", "赵xx5应当承担2011年的费用，赵xx52011年10月"])
def test_blind_masked_names_are_no_split_codes(text):
    assert injected_characters(text) is None


def test_a_code_whose_part_is_no_masked_name_is_still_flagged():
    """A mask shape that follows no Han character, or a code split elsewhere on the page, is flagged as before."""
    assert injected_characters("型号x8知顾讨武612与x8612相同") is None  # (x8 after 号: a mask shape; the gap accepted)
    assert injected_characters("编号 x8知顾讨武612与编号 x8612相同") == ("1 code split by Han characters: 'x8知顾讨武612' "
                                                                   "(x8612 whole on the page)")
