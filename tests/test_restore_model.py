"""Witness-free restoration: the model of legal Chinese and the joint decision."""

from __future__ import annotations

import importlib
import random
import tomllib
from pathlib import Path

import numpy as np
import pytest

from corpus_tools import language_model
from corpus_tools.dataset import model_restoration
from corpus_tools.dataset.restore import collect_gaps
from corpus_tools.clean.spam import remove_spam_anchors
from tests.noise import spam as noise

ROOT = Path(__file__).resolve().parent.parent
RESOURCE = ROOT / "corpus_tools" / "resources" / language_model.RESOURCE


# --------------------------------------------------------------------------- the model


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_toy_model_probabilities_sum_to_one(direction):
    lm = getattr(language_model.toy_models(), direction)
    for context in ("县级以上人民", "第四条", "\n第", "陌生的上下文"):
        total = sum(np.exp(lm.logprob(context, c)) for c in lm.chars[:-1])
        assert total == pytest.approx(1.0, abs=0.05)


def test_backward_model_reads_lines_reversed():
    models = language_model.toy_models()
    assert models.backward.logprob("行施起日之", "布公") > models.backward.logprob("行施起日之", "公布")
    assert models.nodes == models.forward.nodes + models.backward.nodes


def test_build_is_byte_identical(tmp_path):
    lines = ["第一条为了规范管理,制定本条例。", "第二条县级以上人民政府应当加强领导。"] * 4
    for name in ("a.npz", "b.npz"):
        language_model.save(language_model.build_models(lines, order=4, prune=(1, 1, 1, 1), min_char_count=1), tmp_path / name)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_pruning_keeps_prefixes_of_kept_ngrams():
    lines = ["甲乙丙丁戊", "甲乙丙丁己", "甲乙庚"] * 2 + ["甲乙丙辛"]
    lm = language_model.LegalLM(language_model.build_arrays(lines, order=4, prune=(1, 1, 2, 3), min_char_count=1))
    ids = lm.encode("甲乙丙丁")
    assert lm.context_node(ids, 4) >= 0 and lm.context_node(ids[:3], 3) >= 0
    assert lm.context_node(lm.encode("乙丙辛"), 3) < 0  # seen once: pruned at order 3


def test_split_is_stable_and_holds_out_a_fifth():
    names = [f"DLC/某省/第{i}号条例.md" for i in range(2000)]
    held = [n for n in names if language_model.split_of(n) == "held_out"]
    assert 0.17 < len(held) / len(names) < 0.23
    assert [language_model.split_of(n) for n in names] == [language_model.split_of(n) for n in names]
    parts = {language_model.held_out_part(n) for n in held}
    assert parts == {"calibration", "test"}


def test_shipped_model_is_small_and_packaged():
    assert RESOURCE.stat().st_size <= 25 * 1024 * 1024
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["corpus_tools"]
    assert any(RESOURCE.match(f"corpus_tools/{pattern}") for pattern in patterns)


def test_model_is_not_loaded_on_import():
    language_model.shipped.cache_clear()
    importlib.reload(model_restoration)
    assert language_model.shipped.cache_info().currsize == 0


def test_shipped_models_prefer_law_to_scrambled_text():
    models = language_model.shipped()
    assert models.forward.logprob("本条例自", "公布之日起施行。") > models.forward.logprob("本条例自", "施行之日起公布。") + 5
    assert models.backward.logprob("。行施起日之", "布公自例条本") > models.backward.logprob("。行施起日之", "行施自例条本") + 5


# --------------------------------------------------------------------------- decisions


GOVERNMENT = [
    ("第四条县级以上地方", "应当加强对本行政区域内"),
    ("第五条设区的市、县(市、区)", "负责本行政区域内的"),
    ("县级以上", "有关部门应当按照各自职责"),
]


def test_joint_decision_restores_one_word_for_all_gaps():
    decision = model_restoration.decide(GOVERNMENT)
    assert decision.word == "人民政府"
    assert decision.margin >= model_restoration.threshold(3)
    evidence = decision.evidence
    assert evidence["gaps"] == 3 and evidence["gaps_agreeing"] >= 1
    assert evidence["model_word"] == "人民政府" and evidence["runner_up"] != "人民政府"


def test_too_little_context_stays_unresolved():
    decision = model_restoration.decide([("的", "和")])
    assert decision.word == "" and not decision.resolved
    assert decision.margin < model_restoration.threshold(3) and "model_word" in decision.evidence


def test_witness_wins_and_a_confident_disagreement_is_a_conflict():
    decision = model_restoration.decide(GOVERNMENT, witnesses={"有关部门": 0.6})
    assert decision.word == "有关部门" and decision.conflict
    assert decision.evidence["model_word"] == "人民政府" and decision.evidence["witnesses"] == {"有关部门": 0.6}
    agreeing = model_restoration.decide(GOVERNMENT, witnesses={"人民政府": 0.6})
    assert agreeing.word == "人民政府" and not agreeing.conflict


def test_word_still_on_the_page_pays_a_penalty():
    page = "县级以上人民政府应当加强领导。" * 3
    plain = model_restoration.decide(GOVERNMENT, present_penalty=0.0)
    shown = model_restoration.decide(GOVERNMENT, page)
    assert shown.evidence["present_on_page"] == 3 and plain.evidence["present_on_page"] == 0
    assert shown.margin < plain.margin


def test_document_segments_cut_where_a_gap_closed():
    assert model_restoration._segments("提升能力。第二条", [("\n提升", "能力。")]) == ["提升", "能力。第二条"]


#: Articles of a held-out test law (never seen by the model), 北京市实施《水法》办法.
HELD_OUT_LAW = (
    "第二十条 在河道管理范围内，禁止弃置、堆放阻碍行洪的物体和种植阻碍行洪的林木及高秆作物。\n"
    "第二十一条 禁止在饮用水水源保护区内设置排污口。\n"
    "第三十条 禁止围垦河道。确需围垦的，应当经过科学论证，报市水行政主管部门同意后，报市人民政府批准。\n"
)


def test_end_to_end_with_the_spam_rule_on_a_held_out_law():
    assert language_model.split_of("DLC/北京地方法规/地方性法规/北京/北京市实施《水法》办法(2019-07-26).md") == "held_out"
    anchor = noise.brand_string(random.Random(5))
    dirty = anchor.join(HELD_OUT_LAW.split("禁止"))
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("law", edits)
    assert len(gaps) == 3
    decision = model_restoration.decide(gaps, first)
    assert decision.word == "禁止", decision.evidence


def test_fewer_gaps_need_a_larger_margin():
    alone = model_restoration.decide(GOVERNMENT[:1])
    assert alone.evidence["model_word"]  # an opinion, restored only with the single-gap margin
    assert alone.resolved == (alone.margin >= model_restoration.threshold(1))
    margins = [model_restoration.threshold(n) for n in (1, 2, 3, 4, 5, 100)]
    assert margins == sorted(margins, reverse=True) and margins[2] == margins[3] and margins[4] == margins[5]


def test_the_old_path_of_the_model_is_an_alias_of_its_new_home(monkeypatch):
    """Session 19 moved the model out of the dataset stage; imports and patches through the old path
    (other branches, user code) must reach the one model the cleaners and the restoration read."""
    import corpus_tools.dataset.language_model as old
    from corpus_tools.dataset.language_model import LegalLM, _WORD_CHAR, shipped

    assert (LegalLM, _WORD_CHAR, shipped) == (language_model.LegalLM, language_model._WORD_CHAR, language_model.shipped)
    assert "split_of" in dir(old)

    def refuse():
        raise AssertionError("patched through the old path")

    monkeypatch.setattr(old, "shipped", refuse)
    assert language_model.shipped is refuse and old.shipped is refuse
    monkeypatch.undo()
    assert language_model.shipped is shipped and old.shipped is shipped
    with pytest.raises(AttributeError):
        old.no_such_name
