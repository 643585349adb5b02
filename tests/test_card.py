"""The dataset card: loads as a Hub card, its globs, features and sizes agree with the files."""

from __future__ import annotations

import fnmatch
import re
import shutil
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
from huggingface_hub import DatasetCard

from corpus_tools.dataset.card import COLUMN_DOCS, CONFIG_DOCS, size_category, write_card, yaml_features
from corpus_tools.publish.release import config_files, prepare_release
from corpus_tools.tables import CONFIGS
from tests.release_helpers import copy_raw, make_build


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("card")
    return make_build(copy_raw(tmp / "raw"), tmp / "build")


@pytest.fixture(scope="module")
def release_dir(build_dir, tmp_path_factory) -> Path:
    return prepare_release(build_dir, tmp_path_factory.mktemp("card-rel") / "rel", "2.3.4", repo_id="acme/regs").folder


@pytest.mark.parametrize("config", list(CONFIGS))
def test_card_features_are_what_datasets_would_write(config):
    """The card spells features by hand (no ``datasets`` import in a build): they must match."""
    assert yaml_features(CONFIGS[config]) == datasets.Features.from_arrow_schema(CONFIGS[config])._to_yaml_list()


@pytest.fixture(params=["build", "release"])
def folder(request, build_dir, release_dir) -> Path:
    return build_dir if request.param == "build" else release_dir


def test_card_loads_with_the_hub_metadata_researchers_need(folder):
    card = DatasetCard.load(folder / "README.md")
    data = card.data.to_dict()
    for key in ("license", "language", "size_categories", "task_categories", "pretty_name", "configs", "dataset_info"):
        assert data.get(key), key
    assert data["language"] == ["zh"]
    documents = next(i for i in data["dataset_info"] if i["config_name"] == "documents")
    assert data["size_categories"] == [size_category(documents["splits"][0]["num_examples"])]
    assert data["license"] == "other" and data["license_name"] == "prc-official-documents"
    assert data["license_link"] == "LICENSE.md" and (folder / "LICENSE.md").is_file()
    text = card.text
    for section in ("## Dataset Structure", "### Findings", "### Statistics", "#### Data Collection and Processing",
                    "#### Personal and Sensitive Information", "## Bias, Risks, and Limitations", "## Citation"):
        assert section in text, section


def test_globs_match_the_files_exactly(folder):
    data = DatasetCard.load(folder / "README.md").data.to_dict()
    files = sorted(p.relative_to(folder).as_posix() for p in (folder / "data").glob("*.parquet"))
    claimed: dict[str, str] = {}
    for entry in data["configs"]:
        (split,) = entry["data_files"]
        matched = [f for f in files if fnmatch.fnmatch(f, split["path"])]
        assert matched, f"{entry['config_name']}: {split['path']} matches nothing"
        assert all(Path(f).name.startswith(entry["config_name"] + "-") for f in matched)
        for f in matched:
            assert f not in claimed, f"{f} claimed by {claimed.get(f)} and {entry['config_name']}"
            claimed[f] = entry["config_name"]
    assert sorted(claimed) == files
    declared = [e["config_name"] for e in data["configs"]]
    assert sorted(declared + data["corpus_tools"]["empty_configs"]) == sorted(CONFIGS)
    assert "findings" in data["corpus_tools"]["empty_configs"], "raw/ builds without findings"
    assert [e["config_name"] for e in data["configs"] if e.get("default")] == ["articles"]


def test_features_and_num_examples_agree_with_the_parquet_files(folder):
    data = DatasetCard.load(folder / "README.md").data.to_dict()
    files = config_files(folder)
    for info in data["dataset_info"]:
        name = info["config_name"]
        declared = datasets.Features._from_yaml_list(info["features"])
        for path in files[name]:
            assert datasets.Features.from_arrow_schema(pq.read_schema(path)) == declared, path
        rows = sum(pq.ParquetFile(p).metadata.num_rows for p in files[name])
        assert info["splits"] == [{"name": "train", "num_bytes": info["dataset_size"], "num_examples": rows}]
        assert info["download_size"] == sum(p.stat().st_size for p in files[name])


@pytest.mark.parametrize("config", ["documents", "articles", "edits"])
def test_load_dataset_reads_what_the_card_declares(release_dir, config, tmp_path):
    loaded = datasets.load_dataset(str(release_dir), config, split="train", cache_dir=str(tmp_path))
    data = DatasetCard.load(release_dir / "README.md").data.to_dict()
    info = next(i for i in data["dataset_info"] if i["config_name"] == config)
    assert loaded.num_rows == info["splits"][0]["num_examples"] > 0
    assert loaded.features == datasets.Features._from_yaml_list(info["features"])


def test_every_config_and_column_is_described():
    assert set(CONFIG_DOCS) == set(CONFIGS)
    for name, schema in CONFIGS.items():
        assert set(COLUMN_DOCS[name]) == set(schema.names), name
        assert all(text.strip() for text in COLUMN_DOCS[name].values())


def test_statistics_in_the_card_agree_with_the_rows(release_dir):
    text = (release_dir / "README.md").read_text(encoding="utf-8")
    files = config_files(release_dir)
    rows = {n: sum(pq.ParquetFile(p).metadata.num_rows for p in ps) for n, ps in files.items()}
    assert f"- documents: {rows['documents']:,}" in text
    assert f"- articles: {rows['articles']:,}" in text
    rules = pq.read_table(files["edits"][0], columns=["rule"]).column("rule").to_pylist()
    section = text.split("#### Edits by cleaning rule", 1)[1].split("\n## ", 1)[0]
    counted = {m.group(1): int(m.group(2).replace(",", "")) for m in re.finditer(r"^\| (\w+) \| ([\d,]+) \|$", section, re.M)}
    assert counted == {r: rules.count(r) for r in set(rules)}
    jurisdictions = pq.read_table(files["documents"][0], columns=["jurisdiction"]).column("jurisdiction").to_pylist()
    section = text.split("#### Documents by jurisdiction", 1)[1].split("\n#### ", 1)[0]
    assert sum(int(n.replace(",", "")) for n in re.findall(r"^\| .+ \| ([\d,]+) \|$", section, re.M)) == len(jurisdictions)


def test_release_card_names_the_version_and_the_exact_load_call(release_dir, build_dir):
    text = (release_dir / "README.md").read_text(encoding="utf-8")
    assert 'load_dataset("acme/regs", "articles", split="train", revision="v2.3.4")' in text
    assert "corpus-tools download --repo-id acme/regs --version 2.3.4" in text
    assert "revision" not in (build_dir / "README.md").read_text(encoding="utf-8").split("```python")[1].split("```")[0]
    citation = text.split("## Citation", 1)[1].split("\n## ", 1)[0]
    for field in ("author", "title", "year", "publisher", "version      = {v2.3.4}", "url          = {https://huggingface.co/datasets/acme/regs/tree/v2.3.4}"):
        assert field in citation, field
    assert "(Version v2.3.4) [Data set]. Hugging Face. https://huggingface.co/datasets/acme/regs/tree/v2.3.4" in citation


def test_a_local_build_quotes_no_placeholder_and_its_load_example_runs_inside_it(build_dir, tmp_path, monkeypatch):
    text = (build_dir / "README.md").read_text(encoding="utf-8")
    assert "ORG/NAME" not in text and "acme" not in text
    example = text.split("```python", 1)[1].split("```", 1)[0]
    assert 'load_dataset(folder, "articles", split="train")' in example and "str(Path.cwd())" in example
    monkeypatch.chdir(build_dir)
    namespace: dict = {}
    exec(example.replace('split="train")', f'split="train", cache_dir={str(tmp_path)!r})'), namespace)  # the card's own lines
    rows = sum(pq.ParquetFile(p).metadata.num_rows for p in config_files(build_dir)["articles"])
    assert namespace["articles"].num_rows == rows


def test_card_is_deterministic(build_dir, tmp_path):
    files = config_files(build_dir)
    first = write_card(tmp_path, files, {}, version="1.0.0", repo_id="acme/regs").read_bytes()
    second = write_card(tmp_path, files, {}, version="1.0.0", repo_id="acme/regs").read_bytes()
    assert first == second


# ----------------------------------------------------------------- the Hub's standard, and what the card quotes


def _template_headings() -> list[str]:
    import huggingface_hub

    template = Path(huggingface_hub.__file__).parent / "templates" / "datasetcard_template.md"
    body = template.read_text(encoding="utf-8").split("\n---\n", 1)[1]  # after the YAML block
    return [line.replace(" [optional]", "") for line in body.splitlines() if re.match(r"#{1,4} ", line) and "{{" not in line]


def test_card_has_the_sections_of_the_hubs_template_in_its_order(folder):
    text = DatasetCard.load(folder / "README.md").text
    headings = [line for line in text.splitlines() if re.match(r"#{1,4} ", line)]
    expected = _template_headings()
    assert len(expected) >= 20, "the installed template has its sections"
    positions = [headings.index(h) if h in headings else -1 for h in expected]
    missing = [h for h, at in zip(expected, positions) if at < 0]
    assert not missing, f"sections of the Hub's template missing: {missing}"
    assert positions == sorted(positions), "in the template's order"
    assert "[More Information Needed]" not in text


def test_card_is_exactly_what_datasetcard_writes(folder):
    text = (folder / "README.md").read_text(encoding="utf-8")
    card = DatasetCard(text)
    assert card.content == text
    assert card.data.pretty_name and card.data.to_dict()["corpus_tools"]["data_format"] == 6


def _example_tables(text: str) -> dict[str, dict[str, str]]:
    """config -> column -> the example the card shows (the last cell of each row of its columns table)."""
    out: dict[str, dict[str, str]] = {}
    for config in CONFIGS:
        if f"#### `{config}`" not in text:
            continue
        section = text.split(f"#### `{config}`", 1)[1].split("\n#", 1)[0]
        if "| example |" not in section:
            continue
        rows = re.findall(r"^\| `(\w+)` \| .* \| `([^`]*)` \|$", section, re.M)
        out[config] = dict(rows)
    return out


def test_every_example_value_the_card_quotes_is_a_row_of_its_data(folder):
    from corpus_tools.dataset.card import example_value

    shown = _example_tables((folder / "README.md").read_text(encoding="utf-8"))
    files = config_files(folder)
    assert set(shown) == {name for name, paths in files.items() if paths}, "an example row for every config with rows"
    for config, values in shown.items():
        assert set(values) == set(CONFIGS[config].names), config
        rows = pq.read_table(files[config][0]).to_pylist()
        matching = [row for row in rows if all(example_value(row[c]) == v for c, v in values.items())]
        assert matching, f"{config}: the example row of the card is no row of the data: {values}"


def test_the_rules_the_column_descriptions_illustrate_hold():
    """Every illustration in a column's description (第十三条 -> 13, headings without brackets, eids,
    depth from 1) is what the parser gives; vocabularies quoted are the schema's."""
    from corpus_tools.pipeline import clean_page, page_rows
    from corpus_tools.records import RawPage
    from corpus_tools.validation.schemas import VOCABULARIES

    law = ("某市条例\n第一章 总则\n第一条【立法目的】为了规范管理，制定本条例。\n第二条（适用范围）本条例适用于本市。\n"
           "第二章 附则\n第十三条 本条例自发布之日起施行。\n第十三条之一 本条例由市政府解释。\n")
    rows = page_rows(clean_page(RawPage("a.txt", "0", "utf-8", "text", law)))
    articles = {a["label"]: a for a in rows["articles"]}
    assert articles["第十三条"]["article_no"] == 13 and articles["第十三条之一"]["article_suffix"] == 1
    assert articles["第一条"]["heading"] == articles["第二条"]["heading"][:0] + "立法目的"
    assert articles["第二条"]["heading"] == "适用范围", "the brackets are not kept"
    assert articles["第十三条"]["eid"] == "chp_2__art_13"
    assert "第一条【立法目的】" in COLUMN_DOCS["articles"]["heading"] and "give 立法目的" in COLUMN_DOCS["articles"]["heading"]
    assert "chp_2__art_13 (article 13 in chapter 2)" in COLUMN_DOCS["articles"]["eid"]
    assert min(p["depth"] for p in rows["provisions"]) == 1 and "1 at the top" in COLUMN_DOCS["provisions"]["depth"]
    for (config, column), vocabulary in VOCABULARIES.items():
        quoted = set(re.findall(r"`([a-z_]+)`", COLUMN_DOCS[config][column]))
        assert quoted <= set(vocabulary) | set(CONFIGS) | {n for s in CONFIGS.values() for n in s.names}, (config, column, quoted)


def test_cleaning_steps_are_numbered_as_the_edits_and_the_readme_number_them(folder):
    from corpus_tools.clean import RULE_NAMES
    from tests.conftest import ROOT

    text = (folder / "README.md").read_text(encoding="utf-8")
    card_steps = dict(re.findall(r"^\| (\d+) \| `(\w+)` \|", text, re.M))
    assert card_steps == {str(i): name for i, name in enumerate(RULE_NAMES)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("### The cleaners", 1)[1].split("\n### ", 1)[0]
    assert dict(re.findall(r"^\| (\d+) \| `(\w+)` \|", readme, re.M)) == card_steps
    edits = pq.read_table(config_files(folder)["edits"][0], columns=["step", "rule"]).to_pylist()
    assert all(RULE_NAMES[e["step"]] == e["rule"] for e in edits)


@pytest.fixture(scope="module")
def notices(tmp_path_factory) -> Path:
    """The Beijing site's pages (notices with contact lines), built."""
    from tests.conftest import SHARED

    if not (SHARED / "real" / "bjtcm").is_dir():
        pytest.skip(f"{SHARED / 'real' / 'bjtcm'} is not beside the checkout")
    out = tmp_path_factory.mktemp("notices") / "out"
    make_build(SHARED / "real" / "bjtcm", out)
    return out


def test_personal_information_is_measured_on_the_documents(notices):
    from corpus_tools.dataset.card import EMAIL_PATTERN, PHONE_PATTERN

    text = (notices / "README.md").read_text(encoding="utf-8")
    documents = [t for p in config_files(notices)["documents"] for t in pq.read_table(p, columns=["text"]).column("text").to_pylist()]
    phone, email = re.compile(PHONE_PATTERN), re.compile(EMAIL_PATTERN)
    with_phone = sum(1 for t in documents if phone.search(t))
    with_email = sum(1 for t in documents if email.search(t))
    assert with_phone > 0 and with_email > 0, "the notices carry contact lines"
    assert f"- documents with a phone number: {with_phone:,} of {len(documents):,}" in text
    assert f"- documents with an e-mail address: {with_email:,} of {len(documents):,}" in text
    either = sum(1 for t in documents if phone.search(t) or email.search(t))
    assert f"- documents with either: {either:,}" in text


def test_card_and_build_json_record_the_data_format(build_dir):
    import json

    from corpus_tools.dataset.card import declared_format
    from corpus_tools.tables import DATA_FORMAT

    assert declared_format(build_dir) == DATA_FORMAT == 6  # 5: doc_type gained values (session 18); 6: edits.rule (19)
    assert json.loads((build_dir / "build.json").read_text(encoding="utf-8"))["format"] == 3  # 3: edits.learned_brands


def test_changelog_names_column_format_and_configuration_changes(build_dir, tmp_path):
    """A previous release of format 1 (edits.position, free-text detail, no data_format in its card,
    made with hard_wraps skipped): the next release's changelog says what changed."""
    import yaml

    from corpus_tools.publish.release import diff_releases, render_changelog_entry

    old = tmp_path / "old"
    shutil.copytree(build_dir, old)
    for path in (old / "data").glob("edits-*.parquet"):
        table = pq.read_table(path)
        pq.write_table(table.rename_columns(["position" if n == "start" else n for n in table.column_names]), path)
    card = (old / "README.md").read_text(encoding="utf-8")
    front, body = card[4:].split("\n---\n", 1)
    data = yaml.safe_load(front)
    del data["corpus_tools"]["data_format"]
    data["corpus_tools"]["configuration"]["cleaning"]["skipped"] = ["hard_wraps"]
    (old / "README.md").write_text("---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8")
    entry = render_changelog_entry("2.0.0", diff_releases(old, build_dir), "v1.0.0")
    assert "### Columns and formats changed" in entry
    assert "- `edits`: added `start`; removed `position`" in entry
    assert "data format 2: `edits.position` is renamed `start`" in entry
    assert "### How the data was made changed" in entry and 'cleaning.skipped: ["hard_wraps"] -> []' in entry
    same = render_changelog_entry("2.0.1", diff_releases(build_dir, build_dir), "v2.0.0")
    assert "formats changed" not in same and "was made changed" not in same
