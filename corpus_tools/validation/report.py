"""What validation found: :class:`Failure` records, grouped in a :class:`ValidationReport`.

The report renders for people (:meth:`ValidationReport.render`) and serialises
for machines (:meth:`ValidationReport.to_json`); :func:`describe` gives each
check's promise in one line.  :func:`failures_of` turns pandera's failure cases
into :class:`Failure` records, located by document and article.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

import numpy as np
import pandas as pd

from corpus_tools import tables
from corpus_tools.validation import quality, residual, schemas

#: Failures kept per group in the JSON report (counts are always exact).
MAX_JSON_FAILURES = 1000
#: Examples shown per group in the terminal report.
MAX_EXAMPLES = 5
_VALUE_CHARS = 80



@dataclass(frozen=True)
class Failure:
    """One failing value: which check, where (config, column, row, doc_id, article), what."""

    severity: str  # "error" (integrity) | "finding" (quality: recorded as data, fails only with --strict)
    config: str
    check: str
    column: str | None
    row: int | None
    doc_id: str | None
    article: str | None
    value: str


@dataclass
class ValidationReport:
    """Everything validation found, grouped for people and serialisable for machines."""

    failures: list[Failure] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)
    detectors: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    empty: list[str] = field(default_factory=list)  # configs declared empty by the dataset card (no files)

    @property
    def errors(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "error"]

    @property
    def findings(self) -> list[Failure]:
        """The quality findings (:mod:`corpus_tools.validation.quality`): data about documents, not errors."""
        return [f for f in self.failures if f.severity == "finding"]

    @property
    def ok(self) -> bool:
        """True when the input was usable and no integrity check failed (findings allowed)."""
        return not self.unusable and not self.errors

    def verdict(self, *, strict: bool = False) -> str:
        """``"unusable"`` (the input could not be validated), ``"invalid"`` (an integrity error),
        ``"findings"`` (valid, but with ``strict`` and documents have findings) or ``"valid"``;
        ``corpus-tools validate`` exits with the code of each (:mod:`corpus_tools.cli`)."""
        if self.unusable:
            return "unusable"
        if self.errors:
            return "invalid"
        if strict and self.findings:
            return "findings"
        return "valid"

    def groups(self) -> list[dict[str, Any]]:
        """Failures grouped by (severity, config, check, column), errors first."""
        grouped: dict[tuple, list[Failure]] = {}
        for failure in self.failures:
            key = (failure.severity != "error", failure.config, failure.check, failure.column or "")
            grouped.setdefault(key, []).append(failure)
        out = []
        for key in sorted(grouped, key=lambda k: (k[0], config_rank(k[1]), k[2], k[3])):
            items = grouped[key]
            out.append(
                {
                    "severity": items[0].severity,
                    "config": items[0].config,
                    "check": items[0].check,
                    "column": items[0].column,
                    "count": len(items),
                    "description": describe(items[0].config, items[0].check),
                    "failures": items,
                }
            )
        return out

    def to_dict(self, *, strict: bool = False, exit_code: int | None = None) -> dict[str, Any]:
        """The report for machines; ``exit_code`` is the code the command exits with (the CLI
        owns the codes and passes it; None when the report is not made by the command)."""
        groups = []
        for group in self.groups():
            failures = group["failures"]
            groups.append(
                {
                    **{k: v for k, v in group.items() if k != "failures"},
                    "truncated": len(failures) > MAX_JSON_FAILURES,
                    "failures": [
                        {k: v for k, v in asdict(f).items() if k not in ("severity", "config", "check", "column")}
                        for f in failures[:MAX_JSON_FAILURES]
                    ],
                }
            )
        return {
            "ok": self.ok,
            "exit_code": exit_code,
            "strict": strict,
            "errors": len(self.errors),
            "findings": len(self.findings),
            "rows": self.rows,
            "empty_configs": self.empty,
            "files": self.files,
            "unusable": self.unusable,
            "skipped": self.skipped,
            "detectors": self.detectors,
            "seconds": round(self.seconds, 3),
            "checks": groups,
        }

    def to_json(self, *, strict: bool = False, exit_code: int | None = None) -> str:
        return json.dumps(self.to_dict(strict=strict, exit_code=exit_code), ensure_ascii=False, indent=2)

    def render(self, *, strict: bool = False, max_examples: int = MAX_EXAMPLES) -> str:
        """The report as terminal text: a verdict line, then each failing check with examples."""
        verdict = {"valid": "VALID", "invalid": "INVALID", "unusable": "UNUSABLE INPUT",
                   "findings": "VALID, WITH FINDINGS (--strict)"}[self.verdict(strict=strict)]
        groups = self.groups()
        n_err_checks = sum(1 for g in groups if g["severity"] == "error")
        n_finding_checks = len(groups) - n_err_checks
        rows = ", ".join(f"{name} {n:,}" for name, n in self.rows.items())
        lines = [
            f"corpus-tools validate: {verdict}",
            f"  {len(self.errors):,} errors in {n_err_checks} checks, {len(self.findings):,} findings in {n_finding_checks} checks"
            f"{' (strict: findings fail)' if strict else ' (findings are data, flagged in the dataset; --strict fails on them)' if self.findings else ''}"
            f"; {self.seconds:.2f}s",
        ]
        if rows:
            lines.append(f"  rows: {rows}")
        if self.empty:
            lines.append(f"  declared empty by the dataset card: {', '.join(self.empty)}")
        for problem in self.unusable:
            lines.append(f"UNUSABLE  {problem}")
        for group in groups:
            column = f".{group['column']}" if group["column"] else ""
            label = "ERROR  " if group["severity"] == "error" else "FINDING"
            lines.append("")
            folder = any(group["check"] == check.name for check in schemas.FOLDER_CHECKS)
            unit = ("problem", "problems") if folder else ("row", "rows")
            lines.append(f"{label} {group['config']}{column}  {group['check']}  ({group['count']:,} {unit[group['count'] != 1]})")
            if group["description"]:
                lines.append(f"        {group['description']}")
            for failure in group["failures"][:max_examples]:
                where = " ".join(p for p in (failure.doc_id, failure.article) if p)
                if not where and failure.row is not None:
                    where = f"row {failure.row}"
                lines.append(f"        - {failure.value}" if folder else f"        - {where or '(whole column)'}: {failure.value}")
            if group["count"] > max_examples:
                lines.append(f"        … and {group['count'] - max_examples:,} more (--json FILE lists them)")
        for note in self.skipped:
            lines.append(f"SKIPPED  {note}")
        return "\n".join(lines)


def config_rank(config: str) -> int:
    names = list(tables.CONFIGS)
    return names.index(config) if config in names else len(names)


# --------------------------------------------------------------------------
# Check descriptions
# --------------------------------------------------------------------------


def describe(config: str, check_name: str) -> str:
    """One line saying what a check promises (quality checks, model docstrings, relations, builtins)."""
    found = quality.QUALITY_CHECKS.get((config, check_name))
    if found is not None:
        return found.description
    if check_name == schemas.FLAGS_CHECK.name:
        return schemas.FLAGS_CHECK.description
    for relation in schemas.RELATIONS:
        if relation.config == config and relation.name == check_name:
            return relation.description
    for count in schemas.CROSS_CHECKS:
        if count.config == config and count.name == check_name:
            return count.description
    for text_check in schemas.TEXT_CHECKS:
        if text_check.config == config and text_check.name == check_name:
            return text_check.description
    for folder_check in schemas.FOLDER_CHECKS:
        if folder_check.name == check_name:
            return folder_check.description
    model = schemas.MODELS.get(config)
    if model is not None:
        schema = model.to_schema()
        for check in list(schema.checks) + [c for col in schema.columns.values() for c in col.checks]:
            if check.name == check_name and check.description:
                return " ".join(check.description.split())
    return _BUILTIN_DESCRIPTIONS.get(check_name.split("(")[0], "")


_BUILTIN_DESCRIPTIONS = {
    "not_nullable": "the column holds no null",
    "field_uniqueness": "no two rows share this value",
    "multiple_fields_uniqueness": "no two rows share this key",
    "column_in_schema": "the config has no column beyond those of corpus_tools.tables",
    "column_in_dataframe": "the config has every column of corpus_tools.tables",
    "column_ordered": "columns come in the order of corpus_tools.tables",
    "dtype": "the column has the Arrow type of corpus_tools.tables",
    "greater_than_or_equal_to": "the value is not below the minimum",
    "less_than_or_equal_to": "the value is not above the maximum",
    "str_matches": "the value has the documented shape",
}


# --------------------------------------------------------------------------
# Failure cases -> Failure records
# --------------------------------------------------------------------------


def locate(
    name: str, frame: pd.DataFrame, rows: np.ndarray, column: str | None = None
) -> tuple[list[str | None], list[str | None]]:
    """doc_id (page_id for pages) and article label of each row (vectorised takes).

    When the failing ``column`` itself holds a document id other than the
    row's own (alignments' draft/final ids), that id is the one reported.
    """
    n = len(rows)
    if not n:
        return [], []
    doc_ids: list[str | None] = [None] * n
    candidates = ("doc_id", "draft_doc_id", "final_doc_id", "page_id")
    if column in ("draft_doc_id", "final_doc_id"):
        candidates = (column,)
    for column in candidates:
        if column in frame.columns:
            doc_ids = frame[column].take(rows).astype(object).where(lambda s: s.notna(), None).tolist()
            break
    articles: list[str | None] = [None] * n
    if name == "articles":
        numbers = frame["article_no"].take(rows).astype(object).tolist()
        suffixes = frame["article_suffix"].take(rows).astype(object).tolist()
        labels = frame["label"].take(rows).astype(object).tolist()
        articles = [
            label if isinstance(label, str) and label.strip()
            else (f"第{no}条" + (f"之{sx}" if sx else "") if no is not None and no is not pd.NA else None)
            for no, sx, label in zip(numbers, suffixes, labels)
        ]
    elif name == "provisions":
        articles = frame["eid"].take(rows).astype(object).tolist()
    return doc_ids, articles


def short(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "null"
    if isinstance(value, (list, tuple, np.ndarray)):
        value = json.dumps([str(v) for v in value], ensure_ascii=False)
    text = residual.visible(str(value))
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def row_value(frame: pd.DataFrame, row: int, columns: Iterable[str]) -> str:
    return ", ".join(f"{c}={short(frame[c].iat[row])}" for c in columns if c in frame.columns)


def failures_of(name: str, frame: pd.DataFrame, cases: pd.DataFrame) -> list[Failure]:
    model_unique = getattr(schemas.MODELS[name].Config, "unique", None) or []
    out: list[Failure] = []
    cases = cases.copy()
    cases["row"] = pd.to_numeric(cases["index"], errors="coerce")
    row_level = cases["schema_context"].eq("DataFrameSchema") & cases["row"].notna()
    # Column-level failures without a row: dtype, unknown column, order.
    for case in cases[~cases["row"].notna()].itertuples(index=False):
        check = str(case.check)
        column = case.column if case.column in frame.columns or case.column in tables.CONFIGS[name].names else None
        if check == "column_in_schema":
            column = str(case.failure_case)
        out.append(Failure(schemas.severity(check), name, check, column, None, None, None, short(case.failure_case)))
    # Row checks over the whole frame: one failure per row, not per cell.
    frame_cases = cases[row_level].drop_duplicates(["check", "row"])
    rows = frame_cases["row"].to_numpy(dtype=np.int64)
    doc_ids, articles = locate(name, frame, rows)
    for case, row, doc_id, article in zip(frame_cases.itertuples(index=False), rows, doc_ids, articles):
        check = str(case.check)
        if check == "multiple_fields_uniqueness":
            column, value = ",".join(model_unique), row_value(frame, row, model_unique)
        else:
            columns = schemas.ROW_CHECK_COLUMNS.get(check, ())
            column = ",".join(columns) or None
            value = row_value(frame, row, columns) if columns else ""
        out.append(Failure(schemas.severity(check), name, check, column, int(row), doc_id, article, value))
    # Column checks: one failure per (check, column, row).
    column_cases = cases[cases["schema_context"].eq("Column") & cases["row"].notna()]
    for column, group in column_cases.groupby("column", sort=False):
        rows = group["row"].to_numpy(dtype=np.int64)
        doc_ids, articles = locate(name, frame, rows, str(column))
        for case, row, doc_id, article in zip(group.itertuples(index=False), rows, doc_ids, articles):
            check = str(case.check)
            out.append(Failure(schemas.severity(check), name, check, case.column, int(row), doc_id, article, short(case.failure_case)))
    return out


def failing_checks(report: ValidationReport) -> Counter:
    """(config, check) -> number of failures: a compact summary for tests and logs."""
    return Counter((f.config, f.check) for f in report.failures)


__all__ = [
    "Failure",
    "ValidationReport",
    "config_rank",
    "describe",
    "failing_checks",
    "failures_of",
]
