"""The settings of a ``clean`` or ``build`` run, from four layers.

From lowest to highest precedence:

1. the defaults (every rule, default options, every file of the raw folder, one worker);
2. ``[tool.corpus-tools]`` in ``pyproject.toml`` of the working folder;
3. the YAML file given with ``--config``;
4. the command line.

A higher layer replaces a key of a lower one (``skip`` on the command line replaces the
config file's ``skip``), except ``rules``, merged option by option.  The keys
(:data:`KEYS`), the same in both files::

    only: [width, blank_lines]     # run just these rules (default: all)
    skip: [hard_wraps]             # do not run these rules
    rules:                         # per-rule options
      traditional_to_simplified:
        conversion: tw2s           # auto | t2s | tw2s | hk2s | tw2sp | none
    include: ["**/*.html"]         # build: read only the files matching one of these
    exclude: ["drafts/**"]         # build: never read these
    workers: 2                     # build: worker processes
    text_field: article            # build: the text field of a crawl's records (default: found by name)

An unknown key, rule, option or value is an error naming the file and the key
(:class:`ConfigError`; ``corpus-tools`` exits 2).  :meth:`Settings.record` is what
``build.json`` and the dataset card say about how the dataset was made.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from corpus_tools.clean.plan import CleaningPlan, PlanError, check_options, check_rule_names, did_you_mean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: The table of ``pyproject.toml`` that holds the settings.
PYPROJECT_TABLE = "corpus-tools"
#: Every key a config file may hold, and what it is.
KEYS: dict[str, str] = {
    "only": "rules to run (default: all), in any order: they run in CLEANING_ORDER",
    "skip": "rules not to run",
    "rules": "per-rule options: {rule: {option: value}}",
    "include": "build: glob patterns of the files to read (default: every file)",
    "exclude": "build: glob patterns of the files never to read",
    "workers": "build: worker processes",
    "text_field": "build: the text field of a crawl's records (JSON, JSON Lines, CSV; default: found by name)",
}
_LISTS = ("only", "skip", "include", "exclude")


class ConfigError(PlanError):
    """A setting that cannot be honoured: where it was given, and why."""


@dataclass(frozen=True)
class Settings:
    """What a run uses: the cleaning plan, the input patterns, the workers."""

    plan: CleaningPlan = field(default_factory=CleaningPlan)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    workers: int = 1
    text_field: str | None = None

    def record(self) -> dict[str, Any]:
        """The settings that shape a dataset (not ``workers``: the output is the same for any
        number), the same for the same settings wherever they came from (``text_field`` only
        when given)."""
        text_field = {"text_field": self.text_field} if self.text_field else {}
        return {"cleaning": self.plan.record(),
                "input": {"include": list(self.include), "exclude": list(self.exclude), **text_field}}


def default_record() -> dict[str, Any]:
    """:meth:`Settings.record` of the defaults."""
    return Settings().record()


def read_pyproject(folder: Path) -> tuple[dict[str, Any], str]:
    """``[tool.corpus-tools]`` of ``folder/pyproject.toml`` (empty without one) and its name for messages."""
    path = Path(folder) / "pyproject.toml"
    where = f"{path} [tool.{PYPROJECT_TABLE}]"
    if not path.is_file():
        return {}, where
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read it as TOML: {error}") from None
    table = data.get("tool", {}).get(PYPROJECT_TABLE, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    return table, where


def read_config_file(path: Path) -> tuple[dict[str, Any], str]:
    """The mapping of the YAML file ``path`` (``--config``) and its name for messages."""
    import yaml  # here: only --config reads YAML

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the config file: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(error).split())}") from None
    if data is None:
        return {}, str(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a config file is a mapping of keys ({', '.join(KEYS)}), not a {type(data).__name__}")
    return data, str(path)


def _checked(layer: Mapping[str, Any], where: str) -> dict[str, Any]:
    """One layer's keys, checked: known keys, lists of strings, rules and options that exist."""
    try:
        return _check_layer(layer, where)
    except ConfigError:
        raise
    except PlanError as error:
        raise ConfigError(str(error)) from None


def _check_layer(layer: Mapping[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in layer.items():
        if key not in KEYS:
            raise ConfigError(f"unknown key {key!r} in {where}{did_you_mean(str(key), KEYS)}; the keys: {', '.join(KEYS)}")
        if value is None:
            continue
        if key in _LISTS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{key} in {where} must be a list of strings, not {value!r}")
            value = tuple(value)
            if key in ("only", "skip"):
                value = check_rule_names(value, f"{key} of {where}")
        elif key == "rules":
            if not isinstance(value, Mapping):
                raise ConfigError(f"rules in {where} must be a mapping of rule to options, not {value!r}")
            check_options(value, where)
            value = {rule: dict(options) for rule, options in value.items()}
        elif key == "text_field":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"text_field in {where} must be the name of a field, not {value!r}")
        elif key == "workers":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"workers in {where} must be a whole number of at least 1, not {value!r}")
        out[key] = value
    return out


def _merge(layers: list[dict[str, Any]]) -> dict[str, Any]:
    """Later layers win key by key; ``rules`` merge option by option."""
    merged: dict[str, Any] = {}
    for layer in layers:
        for key, value in layer.items():
            if key == "rules":
                rules = merged.setdefault("rules", {})
                for rule, options in value.items():
                    rules[rule] = {**rules.get(rule, {}), **options}
            else:
                merged[key] = value
    return merged


def resolve(command_line: Mapping[str, Any], *, config_file: Path | None = None, folder: Path | None = None) -> Settings:
    """The settings of a run: defaults < ``[tool.corpus-tools]`` of ``folder/pyproject.toml``
    (``folder``: the working folder) < ``config_file`` < ``command_line`` (keys of :data:`KEYS`;
    a None value is not given).

    >>> resolve({"skip": ["hard_wraps"], "rules": {"traditional_to_simplified": {"conversion": "none"}}},
    ...         folder=Path("/nonexistent")).plan.describe()
    'every rule but hard_wraps; traditional_to_simplified.conversion=none'
    """
    layers = [_checked(*read_pyproject(Path.cwd() if folder is None else folder))]
    if config_file is not None:
        layers.append(_checked(*read_config_file(config_file)))
    layers.append(_checked({k: v for k, v in command_line.items() if v is not None}, "the command line"))
    merged = _merge(layers)
    try:
        plan = CleaningPlan.make(only=merged.get("only"), skip=merged.get("skip"), options=merged.get("rules"))
    except PlanError as error:
        raise ConfigError(str(error)) from None
    return Settings(plan, tuple(merged.get("include", ())), tuple(merged.get("exclude", ())), merged.get("workers", 1),
                    merged.get("text_field"))


__all__ = ["ConfigError", "KEYS", "Settings", "default_record", "read_config_file", "read_pyproject", "resolve"]
