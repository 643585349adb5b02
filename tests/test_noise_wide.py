"""The wide noise generator (tests/noise/wide, tests/noise/heldout.py) and its benchmark.

The generator is the measuring side of issue 15: these tests hold it to its
promises (deterministic, every injection recorded with correct spans, the
recorded originals give the clean text back, damage marked recoverable is
recoverable from the page) so that the benchmark's numbers mean what they say.
"""

from __future__ import annotations

import json
from pathlib import Path
import unicodedata

import pytest
import regex

from tests.noise.wide import REGISTRY, damage, parse_law, variants
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families.ruby import char_readings, toneless
from tests.noise.wide.families.script import BACK, cc

LAW = """# 某市绿色旅游促进条例

2021年9月29日某市第十五届人民代表大会常务委员会第三十五次会议通过

<!-- INFO END -->

## 第一章　总则

第一条 为了促进绿色旅游发展，规范旅游市场秩序，保障旅游者和旅游经营者的合法权益，根据《中华人民共和国旅游法》等法律、法规，结合本市实际，制定本条例。

第二条 本市行政区域内的绿色旅游发展、服务和监督管理活动，适用本条例。

本条例所称绿色旅游，是指以节约资源、保护环境为原则（以下简称“绿色原则”）开展的旅游活动。

第三条 市、区人民政府应当加强对绿色旅游工作的领导，将绿色旅游发展纳入国民经济和社会发展规划，建立协调机制，统筹解决重大问题。区人民政府负责本区域的具体工作。乡镇人民政府予以配合。

## 第二章　发展与服务

第四条 市旅游主管部门应当会同有关部门推进5G网络和APP服务在景区的应用，提升智慧旅游服务水平，每年发布不少于20项示范项目，每项补助不超过1.5万元。

第五条 旅游经营者应当遵守下列规定：

（一）明码标价，不得欺骗、诱导旅游者消费；

（二）建立安全管理制度，配备必要的安全设施；

（三）法律、法规规定的其他要求。

第六条 鼓励旅游经营者采用节能、节水、减排的技术和设备，减少一次性用品的使用，引导旅游者绿色出行、文明旅游。具体办法由市人民政府制定。

## 第三章　附则

第七条 本条例自2022年1月1日起施行。
"""


@pytest.fixture(scope="module")
def law():
    return parse_law(LAW, "test/绿色旅游.md")


ALL = variants(heldout=None)


def test_law_parsing(law):
    assert law.num_articles == 7
    assert law.title == "某市绿色旅游促进条例"
    kinds = [r.kind for r in law.rows if r.kind != "blank"]
    assert kinds.count("heading") == 3 and kinds.count("meta") == 1


def test_registry_covers_every_family_with_many_members():
    seen = variants()
    held = variants(heldout=True)
    for family in ("ruby", "spam", "furniture", "script", "encoding", "width", "layout", "mixed"):
        members = [v for v in seen if v.family == family]
        assert len(members) >= (2 if family in ("script", "width", "mixed") else 5), family
    assert held and all(v.heldout for v in held)
    assert not {v.name for v in seen} & {v.name for v in held}
    heldout_source = (REGISTRY[held[0].name].apply.__code__.co_filename)
    with open(heldout_source, encoding="utf-8") as f:
        assert "MUST NOT READ" in f.read(400)


@pytest.mark.parametrize("name", [v.name for v in ALL])
def test_variant_deterministic_recorded_and_invertible(law, name):
    doc = damage(law, name, seed=7)
    assert doc is not None, f"{name} finds nothing to damage in the test law: extend LAW so it has a target"
    again = damage(law, name, seed=7)
    assert again.text == doc.text and again.data == doc.data
    assert [i.to_json() for i in again.injections] == [i.to_json() for i in doc.injections]
    assert again.extra_files == doc.extra_files
    # every injection's spans are right, and injections do not overlap
    last_end = 0
    for inj in doc.injections:
        assert doc.text[inj.start : inj.end] == inj.injected
        assert doc.base_text[inj.orig_start : inj.orig_end] == inj.original
        assert inj.start >= last_end
        last_end = inj.end
        assert inj.family == REGISTRY[inj.variant].family
        if inj.kind == "insert":
            assert inj.original == ""
    # the text between injections is the base text, and the originals give it back
    assert doc.inverse() == doc.base_text
    assert doc.data.decode(doc.encoding) == doc.text
    if REGISTRY[name].lossy:
        assert any(i.lossy for i in doc.injections)


def test_seed_changes_damage(law):
    a = damage(law, "ruby_paren_ascii", seed=1)
    b = damage(law, "ruby_paren_ascii", seed=2)
    assert a.text != b.text


def test_inverse_of_one_injection(law):
    doc = damage(law, "spam_insert_inline", seed=3)
    first = doc.injections[0]
    partial = doc.inverse(lambda i: i is first)
    assert first.injected not in partial or doc.text.count(first.injected) > 1
    assert len(partial) == len(doc.text) - len(first.injected) + len(first.original)


def _tone_free(s: str) -> str:
    return toneless(s.replace("yu", "v") if s.startswith(("ly", "ny")) else s)


def test_ruby_syllables_are_readings(law):
    """Recoverable ruby: every syllable reads the character it follows (so a cleaner can know it is ruby)."""
    for name in ("ruby_paren_ascii", "ruby_tone_marks", "ruby_tone_numbers", "ruby_uppercase", "ruby_u_as_u", "ruby_heteronym", "ruby_stacked_mixed_width"):
        doc = damage(law, name, seed=5)
        for inj in doc.injections:
            if inj.lossy:
                continue
            ch = doc.base_text[inj.orig_start - 1]
            for syl in regex.findall(r"[A-Za-zü\u00c0-\u024f\u0300-\u036f]+[0-5]?", inj.injected):
                reading = _tone_free(syl)
                options = char_readings(ch) | {r.replace("v", "u") for r in char_readings(ch)}
                assert reading in options, (name, ch, syl)


def test_unknown_ruby_is_lossy(law):
    doc = damage(law, "ruby_unknown_reading", seed=5)
    for inj in doc.injections:
        syl = regex.search(r"[a-z]+", inj.injected).group()
        assert inj.lossy and syl not in char_readings(doc.base_text[inj.orig_start - 1])


def test_recoverable_mojibake_decodes_back(law):
    back = {
        "enc_utf8_as_gbk_lines": lambda s: s.encode("gbk").decode("utf-8"),
        "enc_utf8_as_gb18030_lines": lambda s: s.encode("gb18030").decode("utf-8"),
        "enc_big5_as_gbk_lines": lambda s: cc("tw2s").convert(s.encode("gb18030").decode("big5")),
        "enc_utf8_as_cp1252_lines": lambda s: bytes(ord(c) if ord(c) < 256 and c == chr(ord(c)) and ord(c) in range(0x80, 0xA0) else c.encode("cp1252")[0] for c in s).decode("utf-8"),
        "enc_utf8_as_latin1_lines": lambda s: s.encode("latin-1").decode("utf-8"),
    }
    for name, undo in back.items():
        doc = damage(law, name, seed=11)
        if doc is None:
            continue
        for inj in doc.injections:
            assert not inj.lossy
            assert undo(inj.injected) == inj.original, name


def test_recoverable_script_converts_back(law):
    """Lines whose characters are all recoverable convert back to the original by OpenCC's inverse."""
    for name, config in (("script_s2t_page", "s2t"), ("script_s2tw_page", "s2tw"), ("script_s2hk_page", "s2hk"), ("script_s2twp_page", "s2twp")):
        doc = damage(law, name, seed=1)
        assert doc.injections
        lines = doc.base_text.split("\n")
        damaged = doc.text.split("\n")
        assert len(lines) == len(damaged)
        lossy_lines = {doc.base_text.count("\n", 0, i.orig_start) for i in doc.injections if i.lossy}
        for k, (a, b) in enumerate(zip(lines, damaged)):
            if k not in lossy_lines:
                assert cc(BACK[config]).convert(b) == a, (name, a)


def test_width_damage_is_width_only(law):
    for name in ("width_ascii_punct", "width_ascii_brackets_quotes", "width_fullwidth_digits", "width_fullwidth_latin"):
        doc = damage(law, name, seed=2)
        for inj in doc.injections:
            a, b = unicodedata.normalize("NFKC", inj.injected), unicodedata.normalize("NFKC", inj.original)
            assert a == b or {inj.injected, inj.original} in ({'"', "“"}, {'"', "”"}), (name, inj)


def test_lost_byte_is_lossy_and_fffd_insert_is_not(law):
    lost = damage(law, "enc_gbk_lost_byte_qmark", seed=4)
    assert lost.injections and all(i.lossy for i in lost.injections)
    ins = damage(law, "enc_fffd_inserted", seed=4)
    assert ins.injections and all(not i.lossy and i.injected == "\ufffd" and i.kind == "insert" for i in ins.injections)


def test_spam_replacement_and_witness(law):
    doc = damage(law, "spam_replace_mirror", seed=3)
    reps = [i for i in doc.injections if i.kind == "replace"]
    assert reps and len({i.original for i in reps}) == 1 and len({i.injected for i in reps}) == 1
    word = reps[0].original
    assert word not in doc.text or doc.base_text.count(word) > len(reps)  # replaced everywhere
    assert word in doc.extra_files["mirror.txt"].decode("utf-8")
    none = damage(law, "spam_replace_no_witness", seed=3)
    assert not none.extra_files and all(i.lossy for i in none.injections)


def test_html_variants_are_html(law):
    for v in ALL:
        if v.fmt == "html":
            doc = damage(law, v.name, seed=0)
            if doc is not None:
                head = doc.text.lstrip()
                if head.startswith("<?xml"):  # an XHTML page's XML prolog before its doctype (reader19's cdata_body)
                    head = head[head.index("?>") + 2:].lstrip()
                assert doc.suffix == ".html" and head.lower().startswith("<!doctype html")


def test_articles_of_injection(law):
    doc = damage(law, "furn_pagination", seed=0)
    for inj in doc.injections:
        touched = doc.articles_of(inj)
        assert touched, "a pagination line between articles touches its neighbours"
    ctrl = damage(law, "control_txt_plain", seed=0)
    assert all(ctrl.articles_of(i) == [] for i in ctrl.injections)


def test_encodings_damage_bytes(law):
    doc = damage(law, "enc_big5_page", seed=0)
    assert doc.encoding == "big5"
    assert doc.data.decode("big5") == doc.text
    with pytest.raises(UnicodeDecodeError):
        doc.data.decode("utf-8")
    assert enc.utf8_as_gbk("发布日期") == "鍙戝竷鏃ユ湡"


# --------------------------------------------------------------------------- with the shared corpus


@pytest.fixture(scope="module")
def corpus_laws(clean_corpus_dir):
    from tests.noise.wide.corpus import sample_laws

    return sample_laws(clean_corpus_dir, 1, 0, max_chars=8000)


def test_every_variant_on_corpus_laws(corpus_laws):
    applied = set()
    for law in corpus_laws:
        for v in ALL:
            doc = damage(law, v.name, seed=0)
            if doc is None:
                continue
            applied.add(v.name)
            assert doc.inverse() == doc.base_text, v.name
            assert doc.data.decode(doc.encoding) == doc.text
    missing = {v.name for v in ALL} - applied
    # e.g. full-width Latin needs Latin in the law, a decimal point's or a quote's variant decimals or quoted Han
    assert len(missing) <= 5, missing


def test_make_noisy_corpus(tmp_path, clean_corpus_dir):
    from tests.noise.wide.corpus import make_noisy_corpus

    m = make_noisy_corpus(tmp_path / "a", n_docs=20, seed=1, corpus_dir=clean_corpus_dir)
    m2 = make_noisy_corpus(tmp_path / "b", n_docs=20, seed=1, corpus_dir=clean_corpus_dir)
    assert json.dumps(m, sort_keys=True) == json.dumps(m2, sort_keys=True)
    assert m["n_docs"] == 20 and m["flagged"] >= 4 and m["clean"] >= 12
    for entry in m["documents"]:
        path = tmp_path / "a" / entry["file"]
        assert path.read_bytes() == (tmp_path / "b" / entry["file"]).read_bytes()
        if entry["expect"] == "flagged":
            assert entry["lossy_injections"] > 0
        else:
            assert entry["lossy_injections"] == 0
    assert {"ruby", "spam", "encoding"} <= set(m["families"])
    saved = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert saved == m


def test_benchmark_smoke(tmp_path, clean_corpus_dir):
    """Three laws, the format control and one variant through the real build (three builds, ~5 s on
    an idle machine; its speed is the benchmark's business, not this test's)."""
    from benchmarks.bench_noise_families import main, render

    out = tmp_path / "bench.json"
    md = tmp_path / "bench.md"
    code = main(["--docs", "3", "--variant", "control_txt_plain,spam_insert_inline", "--workers", "2",
                 "--corpus", str(clean_corpus_dir), "--json", str(out), "--markdown", str(md)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    seen = report["seen"]["variants"]
    assert set(seen) == {"control_txt_plain", "spam_insert_inline"}
    assert seen["control_txt_plain"]["exact"] == 100.0 and seen["control_txt_plain"]["false_edits"] == 0.0
    spam = seen["spam_insert_inline"]
    assert spam["docs"] == report["docs"] == 3 and spam["injections"] > 0 and spam["baseline_deletion"] == 100.0
    assert 0.0 <= spam["exact"] <= 100.0 and spam["tokened"] == spam["injections"]
    assert "| spam_insert_inline |" in md.read_text(encoding="utf-8")
    assert render(report).rstrip("\n") == md.read_text(encoding="utf-8").rstrip("\n")
    assert report["code"]["corpus_tools"].startswith(str(Path(__file__).resolve().parents[1]))


def test_residual_articles_split_recoverable_from_lossy():
    """``resid art`` counts an article holding any injection's surplus token; ``resid art rec`` only
    a recoverable injection's (a ruby syllable that is no reading of its character stays by design)."""
    from types import SimpleNamespace

    from benchmarks.bench_noise_families import score_doc

    def inj(tokens, lossy):
        return SimpleNamespace(tokens=tokens, lossy=lossy, kind="insert")

    def art(no, text):
        return {"article_no": no, "article_suffix": "", "heading": "", "text": text}

    ref = [art(1, "国家保护公民的合法权益。"), art(2, "本法自公布之日起施行。")]
    lossy_syllable, brand = inj(("qux",), True), inj(("kaiyun",), False)
    doc = SimpleNamespace(law_name="law", injections=[lossy_syllable, brand], articles_of=lambda i: [0] if i is lossy_syllable else [1])
    only_lossy_left = [art(1, "国家保护公民qux的合法权益。"), art(2, "本法自公布之日起施行。")]
    s = score_doc(doc, ref, "", only_lossy_left, None, False).summary()
    assert (s["residual_articles"], s["residual_rec_articles"]) == (1, 0)
    both_left = [art(1, "国家保护公民qux的合法权益。"), art(2, "本法自公布kaiyun之日起施行。")]
    s = score_doc(doc, ref, "", both_left, None, False).summary()
    assert (s["residual_articles"], s["residual_rec_articles"]) == (2, 1)
    assert s["residual_rec_articles_pct"] == 50.0
