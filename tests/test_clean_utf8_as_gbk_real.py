"""UTF-8 read as GBK on a real page whose truth is known (real_pages/renmin_mojibake/SOURCE.md).

The same 公文 was saved once in GB2312 and once as UTF-8 read as GBK: every character the
``utf8_as_gbk`` rule writes on the mojibake copy can be checked against the GB2312 copy.
Field finding F7B-R1: the guesses of lost bytes write wrong characters with
``confidence: high`` (``建党`` -> ``建公`` ×4, ``事迹`` -> ``事迫``, ``：`` -> ``，``, ``。`` -> ``、``),
11 of 41 edits on main 9ef317f.  Since session 8 a guessed character must pair with a
neighbour as the page shows it, and a guessed punctuation mark is not written.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path


from corpus_tools.clean import clean_and_explain
from corpus_tools.ingest import ingest_file

PAGES = Path(__file__).parent / "real_pages" / "renmin_mojibake"


def _clean(name: str):
    return clean_and_explain(ingest_file(PAGES / name, PAGES).text)


def _utf8_as_gbk_edits() -> tuple[str, list]:
    truth = re.sub(r"\s+", "", _clean("notice_gb2312.html").text)
    edits = [e for e in _clean("notice_utf8_read_as_gbk.html").edits if e.rule == "utf8_as_gbk"]
    return truth, edits


def _wrong(truth: str, edits: list) -> list[str]:
    """The outputs of ``edits`` that the GB2312 copy does not contain."""
    return [e.after for e in edits if re.sub(r"\s+", "", e.after) not in truth]


def test_the_truth_copy_reads_without_repair() -> None:
    """The GB2312 copy needs no codec repair (else it could not be the truth)."""
    result = _clean("notice_gb2312.html")
    text, edits = result.text, result.edits
    assert "中共邯郸市委组织部" in text and "关于开展纪念建党97周年系列活动的" in text
    assert not [e for e in edits if e.rule in ("utf8_as_gbk", "gbk_misalignment")]


def test_exact_repairs_write_the_truth() -> None:
    """Repairs with no lost byte (``exact``) are right, and there are some."""
    truth, edits = _utf8_as_gbk_edits()
    exact = [e for e in edits if json.loads(e.detail)["confidence"] == "exact"]
    assert exact and not _wrong(truth, exact)


def test_no_guess_writes_a_character_the_truth_does_not_have() -> None:
    """A lost byte's guess must be right or not made (kept with a warning)."""
    truth, edits = _utf8_as_gbk_edits()
    assert not _wrong(truth, edits)


def _written_and_truth() -> tuple[str, list[bool], str]:
    """The mojibake copy after ``utf8_as_gbk`` (whitespace removed), whether each of its
    characters was written by an edit, and the GB2312 copy's text (whitespace removed)."""
    from corpus_tools.clean import mojibake

    truth = re.sub(r"\s+", "", ingest_file(PAGES / "notice_gb2312.html", PAGES).text)
    raw = ingest_file(PAGES / "notice_utf8_read_as_gbk.html", PAGES).text
    _, edits, _ = mojibake.fix_utf8_read_as_gbk(raw)
    chars: list[str] = []
    written: list[bool] = []
    at = 0
    for edit in edits:
        chars += raw[at : edit.start]
        written += [False] * (edit.start - at)
        chars += edit.after
        written += [True] * len(edit.after)
        at = edit.end
    chars += raw[at:]
    written += [False] * (len(raw) - at)
    kept = [(c, w) for c, w in zip(chars, written) if not c.isspace()]
    return "".join(c for c, _ in kept), [w for _, w in kept], truth


def test_every_written_character_is_the_truth_in_place() -> None:
    """Aligned with the GB2312 copy, every character the repairs wrote is the truth's at its
    place (a substring test lets ``台`` for ``号`` pass: ``台`` is in ``电视台``); what differs is
    mojibake kept."""
    built, written, truth = _written_and_truth()
    matcher = difflib.SequenceMatcher(None, truth, built, autojunk=False)
    wrong = [(truth[a:b], built[c:d]) for op, a, b, c, d in matcher.get_opcodes() if op != "equal" and any(written[c:d])]
    assert not wrong


def test_the_whole_page_is_recovered() -> None:
    """F7B-R3: the page is one codec error; 18 % of the truth's characters were recovered in
    order on main 392b5e9 (10 % with the page evidence alone, 95 % read piece by piece with
    the page's exact repairs as evidence)."""
    built, _, truth = _written_and_truth()
    matcher = difflib.SequenceMatcher(None, truth, built, autojunk=False)
    recovered = sum(block.size for block in matcher.get_matching_blocks())
    assert recovered >= 0.9 * len(truth)


def test_the_lost_bytes_of_kept_mojibake_stay() -> None:
    """F7B-R2: ``invisible_chars`` removed the 141 U+FFFD of the mojibake copy, gluing the next
    bytes to the wrong character; those of the pieces kept unrepaired now stay, with a warning."""
    result = _clean("notice_utf8_read_as_gbk.html")
    assert not [e for e in result.edits if e.rule == "invisible_chars" and "\ufffd" in e.before]
    assert "\ufffd" in result.text
    assert any(w.rule == "invisible_chars" and "U+FFFD kept" in w.message for w in result.warnings)
