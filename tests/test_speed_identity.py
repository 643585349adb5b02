"""Faster ways of computing the same thing (issue 20): only the speed changes.

The records' ``__init__``: :func:`corpus_tools.records._init_through_slots` replaces the ``__init__`` that
``dataclasses`` writes for the frozen, slotted :class:`Edit` and :class:`CleanWarning`
(hundreds are made per Traditional or ruby page).  Each is compared here with the class
``dataclasses`` makes from the same fields, which is what the records were before.
An edit's detail as JSON: remembered per note, written as ``json.dumps`` writes it.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from corpus_tools.clean.edits import detail_json
from corpus_tools.records import CleanWarning, Edit


def _as_dataclasses_writes_it(cls: type) -> type:
    """The same fields in a frozen, slotted dataclass with the ``__init__`` dataclasses generates."""
    spec = [(f.name, f.type, dataclasses.field(default=f.default, compare=f.compare, repr=f.repr)
             if f.default is not dataclasses.MISSING else dataclasses.field(compare=f.compare, repr=f.repr))
            for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)


#: Real values: an edit of the seed page raw/004 (Traditional) and a warning of raw/000 (spam gap).
CASES = [
    (Edit, ("traditional_to_simplified", 12, 14, "發展", "发展", "tw2s"), {}),
    (Edit, ("spam_anchor", 4947, 4969, "〔万博体育APP官方网_万博体育manbetx3.0〕", ""), {"gap": "unresolved"}),
    (Edit, (), {"rule": "width", "start": 3, "end": 4, "before": ",", "after": "，"}),
    (CleanWarning, ("spam_anchor", 4947, "spam anchor removed, replaced word unresolved"), {}),
    (CleanWarning, ("gbk_misalignment", 10), {"message": "suspected GBK/Big5 misalignment kept", "excerpt": "涓婃捣"}),
]


@pytest.mark.parametrize(("cls", "args", "kwargs"), CASES)
def test_a_record_is_the_one_dataclasses_would_make(cls, args, kwargs):
    reference = _as_dataclasses_writes_it(cls)
    made, expected = cls(*args, **kwargs), reference(*args, **kwargs)
    assert inspect.signature(cls) == inspect.signature(reference)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert repr(made) == repr(expected).replace(reference.__qualname__, cls.__qualname__)
    assert made == cls(*args, **kwargs) and hash(made) == hash(cls(*args, **kwargs))
    assert pickle.loads(pickle.dumps(made)) == made and copy.deepcopy(made) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.rule = "other"
    assert not hasattr(made, "__dict__")


def test_a_record_refuses_what_the_dataclass_refused():
    with pytest.raises(TypeError):
        Edit("width", 1, 2, ",")  # `after` missing
    with pytest.raises(TypeError):
        Edit("width", 1, 2, ",", "，", "", "", "one too many")
    with pytest.raises(TypeError):
        CleanWarning("width", 1, "message", colour="red")


def test_replace_and_the_hidden_gap_field_behave_as_before():
    edit = Edit("spam_anchor", 5, 9, "万博体育", "")
    restored = dataclasses.replace(edit, gap="restored")
    assert restored.gap == "restored" and restored == edit  # gap takes no part in equality
    assert "gap" not in repr(restored)


def test_an_edit_detail_is_written_as_json_dumps_writes_it_each_time():
    """:func:`corpus_tools.clean.edits.detail_json` remembers the notes it wrote (``t2s`` on
    every converted run); each call answers what ``json.dumps`` answers, asked again or not.
    Notes from the seed pages' edits (raw/003, raw/004) and characters JSON escapes."""
    import json

    notes = ["t2s", "reading of 網", "tw2s; in a document number", "t2s; isolated", 'a "quoted" \\ note', "制\t表"]
    for _ in range(2):  # the second round answers from memory
        for note in notes:
            assert detail_json(note) == json.dumps({"note": note}, ensure_ascii=False)
    assert detail_json("") == "{}" and detail_json('{"gap": "restored"}') == '{"gap": "restored"}'


# --------------------------------------------------------------------------- the model of legal Chinese


def _position_logprobs_with_index_arrays(model, ids):
    """``LegalLM.position_logprobs`` as it was written before (index arrays, copies written back)."""
    import numpy as np

    from corpus_tools.language_model import UNKNOWN

    ids = np.asarray(ids, np.int64)
    batch, length = ids.shape
    nodes = model._nodes(np.where(ids >= 0, ids, UNKNOWN))
    logp = np.full((batch, length), model.floor, np.float64)
    done = np.zeros((batch, length), bool)
    bow = np.zeros((batch, length), np.float64)
    for n in range(model.order, 0, -1):
        ks = np.arange(n - 1, length)
        if ks.size == 0:
            continue
        node = nodes[:, ks - n + 1, n]
        hit = (node >= 0) & ~done[:, ks]
        vals = model.logp[n][np.where(node >= 0, node, 0)]
        cur = logp[:, ks]
        cur[hit] = vals[hit] + bow[:, ks][hit]
        logp[:, ks] = cur
        done[:, ks] |= hit
        if n >= 2:
            ctx = nodes[:, ks - n + 1, n - 1]
            add = (ctx >= 0) & ~done[:, ks]
            bvals = model.logb[n - 1][np.where(ctx >= 0, ctx, 0)]
            b = bow[:, ks]
            b[add] += bvals[add]
            bow[:, ks] = b
    return logp


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_position_logprobs_are_bit_for_bit_those_of_the_index_array_version(direction):
    """The shipped model's log-probabilities of the seed page raw/000's lines (the page whose spam
    gaps the model fills), in batches of rows padded as the scorer pads them, and of rows shorter
    than the model's order: equal bit for bit."""
    from pathlib import Path

    import numpy as np

    from corpus_tools import language_model

    model = getattr(language_model.shipped(), direction)
    text = (Path(__file__).resolve().parent.parent / "raw" / "000_ea6fb625b322cb0c.txt").read_text(encoding="utf-8")
    lines = [language_model.normalize(line)[:30] for line in text.split("\n") if line.strip()][:200]
    rng = np.random.default_rng(0)
    for width in (1, 3, 7, 20, 30):
        batch = np.full((len(lines), width), -1, np.int64)
        for i, line in enumerate(lines):
            row = model.encode(line[: max(1, width - int(rng.integers(0, 3)))])  # some rows padded at the end
            batch[i, : len(row)] = row
        expected = _position_logprobs_with_index_arrays(model, batch)
        assert np.array_equal(model.position_logprobs(batch), expected)
        assert np.isfinite(expected).all()
