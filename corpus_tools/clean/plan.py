"""Which cleaning rules run, with which options: a :class:`CleaningPlan`.

A user chooses what runs the way Data-Juicer's ``--config`` or datatrove's step
list lets them: ``only`` (run just these rules), ``skip`` (run all but these),
and per-rule options (:data:`RULE_OPTIONS`: the OpenCC conversion of
``traditional_to_simplified``, like opencc's ``-c``).  The rules keep their
places in :data:`~corpus_tools.clean.CLEANING_ORDER` whatever is chosen: a rule
that does not run is an empty step, so an edit's ``step`` is always the index
of its rule and the edit log replays the same way.

A plan is checked when it is made: an unknown rule or option, or a value an
option does not take, raises :class:`PlanError` naming it and what is known.
:meth:`CleaningPlan.record` is what a dataset says about how it was made
(``build.json`` and the card).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from corpus_tools.clean import RULE_NAMES
from corpus_tools.clean.rules import SEAM_PARENTS, TRADITIONAL_TO_SIMPLIFIED
from corpus_tools.clean.script import CONVERSIONS

#: The options a rule takes: rule -> option -> the values it accepts (the first is the default).
RULE_OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    TRADITIONAL_TO_SIMPLIFIED: {"conversion": CONVERSIONS},
}


class PlanError(ValueError):
    """A rule selection or a rule option that cannot be honoured, with what is known."""


def rule_summary(rule: Any) -> str:
    """The first paragraph of a rule's docstring on one line, its literals in Markdown's single
    backticks: what ``corpus-tools rules`` and the card's cleaning table say a rule undoes.

    >>> from corpus_tools.clean.script import convert_traditional
    >>> rule_summary(convert_traditional)
    'Convert the Traditional paragraphs or sentences of `text` to Simplified.'
    """
    return " ".join((rule.__doc__ or "").strip().split("\n\n")[0].split()).replace("``", "`")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when ``name`` is close to one of ``known``, else ``""``.

    >>> did_you_mean("hard_wrap", ["hard_wraps", "width"])
    " (did you mean 'hard_wraps'?)"
    """
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_rule_names(names: Iterable[str], where: str) -> tuple[str, ...]:
    """``names`` as a tuple, each a rule of :data:`~corpus_tools.clean.CLEANING_ORDER`, or PlanError."""
    names = tuple(names)
    for name in names:
        if name not in RULE_NAMES:
            raise PlanError(f"unknown rule {name!r} in {where}{did_you_mean(name, RULE_NAMES)}; the rules: {', '.join(RULE_NAMES)}")
    return names


@dataclass(frozen=True)
class CleaningPlan:
    """The rules that run (in :data:`~corpus_tools.clean.CLEANING_ORDER`) and their options.

    >>> plan = CleaningPlan.make(skip=["hard_wraps"], options={"traditional_to_simplified": {"conversion": "none"}})
    >>> "hard_wraps" in plan.rules, plan.options_of("traditional_to_simplified")
    (False, {'conversion': 'none'})
    >>> CleaningPlan.make(only=["width", "blank_lines"]).rules
    ('width', 'blank_lines')
    """

    rules: tuple[str, ...] = RULE_NAMES
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def make(
        cls,
        *,
        only: Iterable[str] | None = None,
        skip: Iterable[str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> CleaningPlan:
        """A checked plan: ``only`` the named rules (default: all), less those in ``skip``, and less the
        seam rules of a skipped rule (:data:`~corpus_tools.clean.rules.SEAM_PARENTS`: ``ruby_seams``,
        the ruby rule once more, would remove every reading ``--skip ruby_pinyin`` meant to keep).

        >>> [name for name in CleaningPlan.make(skip=["width"]).skipped]
        ['width', 'width_seams', 'width_joins']
        >>> "width_seams" in CleaningPlan.make(skip=["width_joins"]).rules
        True
        """
        chosen = set(check_rule_names(only, "only")) if only is not None else set(RULE_NAMES)
        skipped = set(check_rule_names(skip or (), "skip"))
        skipped |= {seam for seam, parent in SEAM_PARENTS.items() if parent in skipped}
        rules = tuple(name for name in RULE_NAMES if name in chosen and name not in skipped)
        return cls(rules, check_options(options or {}))

    @property
    def is_default(self) -> bool:
        return self.rules == RULE_NAMES and not self.options

    @property
    def skipped(self) -> tuple[str, ...]:
        return tuple(name for name in RULE_NAMES if name not in self.rules)

    def options_of(self, rule: str) -> dict[str, Any]:
        """The options given to ``rule`` (the ones set; a rule's own defaults apply to the rest)."""
        return dict(self.options.get(rule, {}))

    def record(self) -> dict[str, Any]:
        """What a dataset says about its cleaning: the rules run, those skipped, every rule option
        with its value (defaults included), in a form that is the same for the same plan."""
        return {"rules": list(self.rules), "skipped": list(self.skipped), "options": _options_record(self.options)}

    def describe(self) -> str:
        """One line for people: what differs from running every rule with its defaults.

        >>> CleaningPlan.make(skip=["hard_wraps"]).describe()
        'every rule but hard_wraps'
        >>> CleaningPlan().describe()
        'every rule, default options'
        """
        if self.is_default:
            return "every rule, default options"
        parts = []
        if self.skipped:
            parts.append("every rule but " + ", ".join(self.skipped) if len(self.skipped) < len(self.rules)
                         else "only " + (", ".join(self.rules) or "no rule"))
        else:
            parts.append("every rule")
        for rule, values in sorted(self.options.items()):
            parts += [f"{rule}.{name}={value}" for name, value in sorted(values.items())]
        return "; ".join(parts)


def _options_record(options: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every option of every rule with its value: the one set, else the default."""
    return {
        rule: {name: options.get(rule, {}).get(name, values[0]) for name, values in sorted(known.items())}
        for rule, known in sorted(RULE_OPTIONS.items())
    }


def check_options(options: Mapping[str, Mapping[str, Any]], where: str = "the rule options") -> dict[str, dict[str, Any]]:
    """``options`` checked against :data:`RULE_OPTIONS` (an unknown rule, option or value: PlanError)."""
    checked: dict[str, dict[str, Any]] = {}
    for rule, values in options.items():
        known = RULE_OPTIONS.get(rule)
        if known is None:
            if rule in RULE_NAMES:
                raise PlanError(f"rule {rule!r} takes no options (in {where}); rules with options: {', '.join(RULE_OPTIONS)}")
            raise PlanError(f"unknown rule {rule!r} in {where}{did_you_mean(rule, RULE_NAMES)}; the rules: {', '.join(RULE_NAMES)}")
        if not isinstance(values, Mapping):
            raise PlanError(f"{where}: the options of {rule} must be a mapping of option to value, not {values!r}")
        for name, value in values.items():
            if name not in known:
                raise PlanError(f"unknown option {name!r} of rule {rule} in {where}{did_you_mean(name, known)}; "
                                f"its options: {', '.join(known)}")
            if value not in known[name]:
                raise PlanError(f"{rule}.{name} = {value!r} in {where} is not one of: {', '.join(known[name])}")
            if value != known[name][0]:
                checked.setdefault(rule, {})[name] = value
    return checked


__all__ = ["CleaningPlan", "PlanError", "RULE_OPTIONS", "check_options", "check_rule_names", "did_you_mean", "rule_summary"]
