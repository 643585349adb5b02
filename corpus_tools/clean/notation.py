r"""Technical notation in Chinese text: chemical formulas, units, equations, sign notation.

Official technical texts (medical-device guidelines, standards, pharmacopoeia monographs) write
notation in Latin letters, digits and ASCII operators inside Chinese sentences.  Notation is
content: it is never a spam brand, and its ASCII brackets are not the brackets of Chinese prose.
The cleaners ask this module before they take such characters for damage.

**The family** (field test 20, F20-A2/A3/A5, on cmde.org.cn guidelines exported from Word):

- a chemical formula, its digits the subscripts between element symbols (``Na2O-CaO-SiO2-P2O5``,
  ``Al2O3``, ``Ti6Al4V``), or a pressure unit written with one (``cmH2O``, ``mmHg``): ``spam_anchor``
  read ``Na2O``/``cmH2O`` as brand names glued to digits and deleted the formula and ``2.0cmH2O``;
- an equation line (``R=(max-min)/×100% ……（4）``): its Latin words are variables, and the line is
  no line of spam even when a variable (``max``) is a brand's name;
- the brackets of notation: a sign (``ER(-)/PR(+)``), a unit's qualifier (``65dB(A)``), a function's
  argument (``N=-Ln(1-检出能力)/事件率``), a bracketed term raised to a power (``(Z1-α/2+Z1-β)2=7.87``),
  a prefix of a method's name (``(RT)-PCR``): ``width`` made them full-width as prose asides.

Each test here is a shape, never a list of members: element symbols with subscripts, an ``=``
between operands, a bracket glued to Latin on the notation's side.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re, lazy_regex

#: The element symbols of the periodic table.
ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
    "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm "
    "Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No "
    "Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og".split()
)
#: One element of a formula with its count (a count never opens with 0: ``hg0088`` is no mercury).
_ELEMENT_GROUP = lazy_re(r"([A-Z][a-z]?)([1-9]\d?)?")
#: A whole formula's shape (checked group by group against :data:`ELEMENTS`).
_FORMULA_SHAPE = lazy_re(r"(?:[A-Z][a-z]?(?:[1-9]\d?)?){2,12}")
#: A pressure unit written with a column of liquid (``cmH2O``, ``mmHg``, ``inH2O``).
_PRESSURE_UNIT = lazy_re(r"(?:mm|cm|in|m)(?:H2O|Hg)")


def is_chemical_formula(token: str) -> bool:
    """Whether a Latin token is a chemical formula (two element groups or more, one with a count)
    or a pressure unit written with one: never a brand name, whatever its mix of case and digits.

    >>> [is_chemical_formula(t) for t in ("Na2O", "SiO2", "Al2O3", "Ti6Al4V", "cmH2O", "mmHg", "CaCO3")]
    [True, True, True, True, True, True, True]
    >>> [is_chemical_formula(t) for t in ("jch88", "Hg0088", "Bet365", "Bob88", "Ca10", "HbA1c", "NaCl")]
    [False, False, False, False, False, False, False]
    """
    if _PRESSURE_UNIT.fullmatch(token):
        return True
    if not _FORMULA_SHAPE.fullmatch(token):
        return False
    groups = _ELEMENT_GROUP.findall(token)
    return all(symbol in ELEMENTS for symbol, _ in groups) and any(count for _, count in groups)


#: A unit of mass, and one of volume, in Latin letters (``mg``, ``pg``, ``mL``, ``m3``).
_MASS = r"[kmuμnp]?g"
_VOLUME = r"(?:[mdkuμn]?[Ll]|[cdm]?m3)"
#: A unit of measure written in Latin letters after a number (concentrations, counts, doses, activities: ``mg``,
#: ``CFU``, ``mmol``, ``Bq``, ``kPa``, ``m3``).  (Units of one letter, ``L``, ``g``, ``m``, are no brand on their own.)
_UNIT = (
    rf"(?:{_MASS}|{_VOLUME}|[kcdmun]?m[23]?|[mun]?mol|pp[mbt]|CFU|cfu|MPN|IU|U|[kM]?Bq|m?Gy|m?Sv|dBA?|[khM]?Pa"
    r"|[kMG]?Hz|k?cal|k?J|[kM]?Wh?|[km]?V|[mu]?A|min|[hsd])"
)
#: A power of ten typed flat after a number, maybe with a unit glued on (``x102mg`` of ``2.85x102mg/L``, 2.85×10²
#: mg/L; ``X104CFU`` of ``3.2X104CFU/mL``): an ``x``, ``10``, the exponent's digits, the unit's letters.
_FLAT_POWER = lazy_re(r"[xX]10(\d{0,2})([A-Za-z]{0,8}[23]?)")
#: A unit, or a mass per mass or volume written without its ``/`` (``mgkg`` of ``0.35mgkg``, ``mgL``).
_UNITS = lazy_re(rf"{_UNIT}|{_MASS}(?:{_MASS}|{_VOLUME})")
#: A decimal number ending where the token starts (the mantissa of ``2.85x102``).
_DECIMAL_BEFORE = lazy_re(r"\d\.\d+\Z")


def is_measurement(text: str, start: int, end: int) -> bool:
    """Whether the Latin token ``text[start:end]``, glued after a number, belongs to the measured value: a
    power of ten typed without its superscript after a decimal mantissa (``2.85x102`` for 2.85×10²), or a unit
    of measure (``mg``, ``CFU``, ``mmol``), after a power of ten or alone; never a brand's name.

    Judgments on pollution and food safety type concentrations and colony counts flat (``总锌浓度为2.85x102mg/L``,
    ``细菌总数为3.2x104CFU/mL``): ``spam_anchor`` read ``2.85`` as an app's version and ``x102mg`` as a brand's
    Latin name with digits and deleted the value (field test 22, F22-A2; the family of F20-A2's formulas).

    >>> t = "总锌浓度为2.85x102mg/L，细菌总数为3.2X104CFU/mL，镉含量为0.35mgkg，2.0x103copies/mL"
    >>> [is_measurement(t, t.index(w), t.index(w) + len(w)) for w in ("x102mg", "X104CFU", "mgkg", "x103copies")]
    [True, True, True, True]
    >>> t = "金彩汇2.0dafa888，开元3.0kaiyun，5x105kaiyun，体育x102mg，皇冠365hg"
    >>> [is_measurement(t, t.index(w), t.index(w) + len(w)) for w in ("dafa888", "kaiyun", "x105kaiyun", "x102mg", "hg")]
    [False, False, False, False, False]
    """
    if start == 0 or not text[start - 1].isdigit():
        return False  # a measured value's letters follow its number
    token = text[start:end]
    power = _FLAT_POWER.fullmatch(token)
    if power:
        unit = power.group(2)
        # after a decimal mantissa the shape a.bx10ⁿ is the evidence, whatever unit follows (copies, cells)
        return not unit or _UNITS.fullmatch(unit) is not None or _DECIMAL_BEFORE.search(text, max(0, start - 12), start) is not None
    return _UNITS.fullmatch(token) is not None


#: An equation: an ``=`` (or ``≈ ≤ ≥``) with an operand on either side, a Latin variable or a number
#: on its left (``R=(``, ``N=-Ln(``, ``)2=7.87``, ``i=1``), past blanks.
_EQUATION = lazy_re(r"[A-Za-z0-9α-ωΑ-Ω)）\]] ?[=≈≤≥] ?[-−+(（\[A-Za-z0-9α-ωΑ-Ω]")
#: An operator between two operands: ``/``, ``×``, ``÷``, ``*``, ``^`` or a ``%`` after ``×100``.
_OPERATION = lazy_regex(r"[A-Za-z0-9)）\]] ?[/×÷*^] ?[A-Za-z0-9(（\[\p{Han}]|×100%")


def is_equation(line: str) -> bool:
    r"""Whether a line holds an equation: an ``=`` between operands and an arithmetic operation
    (a line of spam joins its brand's names with ``_``, ``|``, ``-``, never ``=`` and ``×``).

    >>> is_equation("R=(max-min)/×100% ………………（4）"), is_equation("R=（max-min）/×100% ……（4）")
    (True, True)
    >>> is_equation("N=-Ln(1-检出能力)/事件率")
    True
    >>> is_equation("万博体育manbetx官网|开云体育kaiyun"), is_equation("https://x.com/?a=b")
    (False, False)
    """
    return _EQUATION.search(line) is not None and _OPERATION.search(line) is not None


#: Content of a bracket that is a sign alone, maybe repeated as a grade (``(+)``, ``(-)``, ``(±)``, ``(+++)``, ``(+/-)``).
_SIGN_CONTENT = lazy_re(r"[-+±−∓]{1,4}|\+/-|-/\+")
#: A Latin prefix of a method's name: capitals in brackets, a hyphen, the name (``(RT)-PCR``).
_PREFIX_CONTENT = lazy_re(r"[A-Z]{1,4}")
#: Content with an arithmetic operator between operands (``1-检出能力``, ``Z1-α/2+Z1-β``).
_OPERATOR_INSIDE = lazy_regex(r"[A-Za-z0-9α-ωΑ-Ω\p{Han}][-+/×÷*^][A-Za-z0-9α-ωΑ-Ω\p{Han}]")
#: What follows the ``)`` of a bracketed term in a formula: an operator, or an exponent digit then one.
_OPERATOR_AFTER = lazy_re(r"[/×÷*^=+]|[0-9²³][=+×/]")
_HAN = lazy_regex(r"\p{Han}")
#: Before the ``(`` of a formula's term: a relation or an operator (``C=(``, ``)/(``).
_OPERATORS_BEFORE = frozenset("=/×÷*^≈≤≥")


def notation_bracket(text: str, start: int, end: int) -> bool:
    """Whether the ASCII pair ``text[start:end]`` (``(`` … ``)``) belongs to notation, not to Chinese
    prose: a sign (``PR(+)``); one Latin letter glued to Latin before it, a unit's qualifier or a
    function's variable (``65dB(A)``, ``f(x)``); a term with an operator inside, operated on after
    it and glued to a function's name or holding no Han (``Ln(1-检出能力)/``, ``(Z1-α/2+Z1-β)2=``);
    capitals prefixed to a Latin name by a hyphen (``(RT)-PCR``).

    >>> t = "对出现的ER(-)/PR(+)样本，65dB(A)的声压级，N=-Ln(1-检出能力)/事件率"
    >>> [notation_bracket(t, i, t.index(")", i) + 1) for i in (t.index("(-"), t.index("(+"), t.index("(A"), t.index("(1"))]
    [True, True, True, True]
    >>> t = "HER2(+++)或HER2(++)，Cx=Cs×(Ax/As)计算，金额=(日热费金额×退费比例)×天数"
    >>> [notation_bracket(t, i, t.index(")", i) + 1) for i in (t.index("(++"), t.index("(++)"), t.index("(Ax"), t.index("(日"))]
    [True, True, True, False]
    >>> t = "确定最佳(RT)-PCR反应体系；(Z1-α/2+Z1-β)2=7.87"
    >>> [notation_bracket(t, i, t.index(")", i) + 1) for i in (t.index("(R"), t.index("(Z"))]
    [True, True]
    >>> t = "平台(APP)下载，营养不良(钙、磷等)，条例(草案)，传真:(0551)62999999，GB(2)的，规划(2021-2023年)"
    >>> [notation_bracket(t, i, t.index(")", i) + 1) for i in (t.index("(A"), t.index("(钙"), t.index("(草"), t.index("(0"), t.index("(2)"), t.index("(2021"))]
    [False, False, False, False, False, False]
    """
    inner = text[start + 1:end - 1]
    if not inner:
        return False
    if _SIGN_CONTENT.fullmatch(inner):
        return True  # ER(-)/PR(+): a sign is no aside
    glued_latin = start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()
    if glued_latin and len(inner) == 1 and inner.isascii() and inner.isalpha():
        return True  # dB(A), f(x): a unit's qualifier, a function's variable
    operated_before = start > 0 and text[start - 1] in _OPERATORS_BEFORE
    if _OPERATOR_INSIDE.search(inner) and (
        _OPERATOR_AFTER.match(text, end) and (glued_latin and text[start - 1].isalpha() or not _HAN.search(inner))
        or operated_before and not _HAN.search(inner)
    ):
        # Ln(1-检出能力)/事件率, (Z1-α/2+Z1-β)2=7.87, Cs×(Ax/As): a formula's term (a formula of Han words,
        # 退费金额=(日热费金额×退费比例)×天数, is written with full-width brackets: the clean corpus's 临沂市供热条例)
        return True
    return bool(
        _PREFIX_CONTENT.fullmatch(inner) and text.startswith("-", end) and end + 1 < len(text)
        and text[end + 1].isascii() and text[end + 1].isalpha()
    )  # (RT)-PCR: a method's prefix
