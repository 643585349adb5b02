"""A wide noise generator for the cleaners (issue 15): many members of every family, recorded.

>>> from tests.noise.wide import parse_law, damage, variants
>>> law = parse_law("# 某条例\\n\\n第一条 为了规范管理，制定本条例。\\n\\n第二条 本条例自公布之日起施行。\\n")
>>> doc = damage(law, "ruby_paren_ascii", seed=1)
>>> doc.inverse() == doc.base_text
True

Families and their variants live in :mod:`tests.noise.wide.families`; the
held-out variants in :mod:`tests.noise.heldout` (sealed: see its header).
"""

from tests.noise.wide.core import BaseDoc, DamagedDoc, Damager, Injection, Law, parse_law, render_html, render_txt
from tests.noise.wide.registry import FAMILIES, REGISTRY, Variant, damage, variants

__all__ = [
    "BaseDoc", "DamagedDoc", "Damager", "FAMILIES", "Injection", "Law", "REGISTRY", "Variant", "damage", "parse_law",
    "render_html", "render_txt", "variants",
]
