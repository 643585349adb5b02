"""Traditional to Simplified: evidence sets, case table, seeds, properties, clean corpus."""

from __future__ import annotations

import collections
import random
import time

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED
from corpus_tools.clean.ruby import remove_ruby_pinyin
from corpus_tools.clean.script import (
    KEPT_IN_SIMPLIFIED,
    SIMPLIFIED_ONLY,
    TRADITIONAL_ONLY,
    TRADITIONAL_ONLY_RE,
    convert_traditional,
    detect_script,
    has_traditional_only,
    traditional_only_chars,
)
from corpus_tools.clean.edits import apply_edits
from tests.noise.script import VARIANTS, to_traditional
from tests.conftest import case_params, load_cases

CASES = load_cases("script")

LAW = (
    "第一章 总则\n"
    "第一条 为了促进智能制造发展，推动制造业高质量发展，根据有关法律、行政法规，结合本市实际，制定本条例。\n"
    "第二条 本市行政区域内智能制造的供给、应用、支撑、服务保障等活动，适用本条例。\n"
    "第三条 市人民政府应当加强对智能制造工作的领导，建立协调机制，统筹解决重大问题。\n"
    "第四条 鼓励行业协会、产业园区、高等院校、科研机构等建设智能制造公共服务平台，提升公共服务能力。\n"
    "第五条 开展智能制造试点示范，支持企业实施数字化改造，对成效显著的项目给予奖励。\n"
    "第四十七条 本条例自2025年1月1日起施行。\n"
)


# --- the evidence sets --------------------------------------------------------


def test_shipped_script_sets_match_the_installed_opencc():
    """resources/script_sets.txt is what scripts/build_script_sets.py computes from the
    installed OpenCC (regenerate it with that script when OpenCC changes)."""
    from corpus_tools.clean.script import SCRIPT_SETS_FILE, _build_sets, render_script_sets

    assert SCRIPT_SETS_FILE.read_text(encoding="utf-8") == render_script_sets(*_build_sets())
    assert (TRADITIONAL_ONLY, SIMPLIFIED_ONLY) == _build_sets()



def test_sets_are_disjoint_and_sane():
    assert TRADITIONAL_ONLY.isdisjoint(SIMPLIFIED_ONLY)
    assert set("業聯說發後裡麵係範臺衞説") <= TRADITIONAL_ONLY
    assert set("业联说发这们国") <= SIMPLIFIED_ONLY
    # Valid Simplified characters that t2s rewrites or that s2t maps to themselves.
    assert TRADITIONAL_ONLY.isdisjoint("坏乾噁著后里面发干系范於么")
    assert SIMPLIFIED_ONLY.isdisjoint("后里面干系范于台")


def test_every_traditional_only_character_changes_under_t2s_or_a_regional_variant():
    chars = sorted(TRADITIONAL_ONLY)
    joined = "\n".join(chars)
    outs = [opencc.OpenCC(c).convert(joined).split("\n") for c in ("t2s", "hk2s", "tw2s")]
    unchanged = [c for i, c in enumerate(chars) if all(out[i] == c for out in outs)]
    assert unchanged == []


@pytest.mark.parametrize("char,phrase", sorted(KEPT_IN_SIMPLIFIED.items()))
def test_kept_characters_survive_t2s_in_their_phrase(char, phrase):
    assert char not in TRADITIONAL_ONLY
    converted = opencc.OpenCC("t2s").convert(phrase)
    if char in "夥噁":  # valid Simplified that t2s damages: why they are kept
        assert char not in converted
        assert convert_traditional(phrase) == (phrase, [], [])
    else:
        assert char in converted


def test_regex_and_helpers_agree():
    text = "工業互聯网，坏了，乾坤，二噁英，衞生"
    assert TRADITIONAL_ONLY_RE.findall(text) == traditional_only_chars(text) == ["業", "聯", "衞"]
    assert has_traditional_only(text) and not has_traditional_only("工业互联网，坏了")


# --- case table ---------------------------------------------------------------


@pytest.mark.parametrize(
    "case",
    case_params(CASES),
)
def test_case_table(case):
    text, edits, _ = convert_traditional(case["original"])
    assert text == case["fixed"]
    assert apply_edits(case["original"], edits) == text
    assert all(e.rule == TRADITIONAL_TO_SIMPLIFIED for e in edits)
    if case["original"] == case["fixed"]:
        assert edits == []


def test_case_table_has_both_kinds():
    negatives = [c for c in CASES if c["original"] == c["fixed"]]
    positives = [c for c in CASES if c["original"] != c["fixed"]]
    assert len(negatives) >= 6 and len(positives) >= 6


def test_one_edit_per_changed_run():
    text, edits, _ = convert_traditional("推進製造強國")
    assert text == "推进制造强国"
    assert [(e.start, e.end, e.before, e.after) for e in edits] == [
        (1, 3, "進製", "进制"),
        (4, 6, "強國", "强国"),
    ]


def test_detect_script():
    assert detect_script(LAW) == "simplified"
    assert detect_script(opencc.OpenCC("s2t").convert(LAW)) == "traditional"
    half = LAW.split("\n")
    half[2] = opencc.OpenCC("s2t").convert(half[2])
    half[3] = opencc.OpenCC("s2t").convert(half[3])
    assert detect_script("\n".join(half)) == "mixed"


# --- seeds --------------------------------------------------------------------


def _seed(raw_dir, prefix: str) -> str:
    (path,) = raw_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_simplified_seeds_unchanged(raw_dir, prefix):
    raw = _seed(raw_dir, prefix)
    assert convert_traditional(raw) == (raw, [], [])
    assert detect_script(raw) == "simplified"


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_traditional_seeds_fully_converted(raw_dir, prefix):
    raw = _seed(raw_dir, prefix)
    if prefix == "004":  # pipeline order: ruby first
        raw = remove_ruby_pinyin(raw)[0]
    assert detect_script(raw) == "traditional"
    text, edits, _ = convert_traditional(raw)
    assert traditional_only_chars(raw)  # the test can fail
    assert traditional_only_chars(text) == []
    assert apply_edits(raw, edits) == text
    assert convert_traditional(text) == (text, [], [])
    # Mirror slips stay right, and Simplified-valid characters are not damaged.
    assert "示範" not in text and "坯" not in text


def test_seed_003_slips(raw_dir):
    text, _, _ = convert_traditional(_seed(raw_dir, "003"))
    assert "试点示范" in text and "智能制造" in text and "先后" in text


# --- properties ---------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    variant=st.sampled_from(VARIANTS),
    unit=st.sampled_from(["page", "paragraph", "sentence"]),
    fraction=st.floats(0.1, 1.0),
    slip=st.sampled_from([0.0, 0.0, 0.05]),
)
def test_noise_properties(seed, variant, unit, fraction, slip):
    rng = random.Random(seed)
    noisy = to_traditional(LAW, rng, variant=variant, unit=unit, fraction=fraction, slip_rate=slip)
    text, edits, _ = convert_traditional(noisy)
    assert apply_edits(noisy, edits) == text  # replay
    assert traditional_only_chars(text) == []  # residual check
    assert convert_traditional(text) == (text, [], [])  # idempotence
    assert text == LAW  # this law has no one-to-many character: exact round trip


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("工业業联聯网網坏乾坤噁后後里裡面麵发發干幹系係范範於于，。\n ")), max_size=40))
def test_replay_and_idempotence_on_arbitrary_text(text):
    out, edits, _ = convert_traditional(text)
    assert apply_edits(text, edits) == out
    assert traditional_only_chars(out) == []
    assert convert_traditional(out) == (out, [], [])


# --- clean corpus -------------------------------------------------------------


@pytest.mark.slow
def test_clean_corpus_unchanged_and_throughput(clean_corpus_files):
    texts = [p.read_text(encoding="utf-8") for p in clean_corpus_files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.process_time()
    changed = [p.name for p, t in zip(clean_corpus_files, texts) if convert_traditional(t)[0] != t]
    elapsed = time.process_time() - start
    scripts = collections.Counter(detect_script(t) for t in texts)
    assert len(texts) == 1911
    assert changed == []
    assert scripts == {"simplified": 1911}
    residual = [p.name for p, t in zip(clean_corpus_files, texts) if has_traditional_only(t)]
    assert residual == []
    print(f"traditional_to_simplified: {len(texts)} files, {size / 1e6:.1f} MB, {size / 1e6 / elapsed:.1f} MB/s")


@pytest.mark.slow
def test_clean_corpus_round_trip_rate(clean_corpus_files):
    """t2s(s2t(x)) is not always x (OpenCC's one-to-many mappings): measure the rate.

    Known failure kinds: phrase mappings that do not invert (坐标 -> 座標 -> 座标,
    浚县 -> 濬縣 -> 濬县, 干道 -> 乾道), Traditional characters left in sentences
    without evidence (於, 徵), and 著/着 under Taiwan conventions.
    """
    rng = random.Random(7)
    paragraphs = same = 0
    kinds: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in rng.sample(clean_corpus_files, 60):
        clean = path.read_text(encoding="utf-8")[:20000]
        noisy = to_traditional(clean, rng, unit=rng.choice(["page", "paragraph", "sentence"]), fraction=0.7)
        text, _, _ = convert_traditional(noisy)
        assert traditional_only_chars(text) == [], path.name
        for a, b in zip(clean.split("\n"), text.split("\n")):
            paragraphs += 1
            same += a == b
            kinds.update((x, y) for x, y in zip(a, b) if x != y)
    rate = same / paragraphs
    print(f"paragraph round-trip rate {rate:.4f} over {paragraphs}; failures {kinds.most_common(10)}")
    assert rate >= 0.99
