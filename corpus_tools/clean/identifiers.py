"""Identifiers a text cites: never a spam brand, never cut.

Real damage undone (field test 30, F30-A1): ``spam_anchor`` read the letters of a UUID as a
brand-shaped unit and deleted it, whole (``标段编号：a1b2c3d4-e5f6-7890-abcd-ef1234567890。`` became
``标段编号：。``) or from the middle of the token (a repository's law file, gelibing8-rgb/china-law-verified,
``条目 ID：`79890000-3e3b-0016-91cf-08dd56fd4756``` became ``条目 ID：`79890000-3``).  An anchor that
starts or ends inside an identifier is no spam: a spam site replaces a *word* of the law, it never
writes its brand into the middle of a hexadecimal or numbered code.

The family (real-world members: what writes identifiers into laws, notices and their copies):

* database and CMS record ids: UUID/GUID (``8-4-4-4-12`` hex, with or without braces), a
  repository's ``条目 ID``, a CMS's ``articleId``;
* digests a notice prints to verify a file: MD5/SHA-1/SHA-256 hex (``文件校验码``, ``哈希值``);
* the 18-character unified social credit code (``统一社会信用代码：91110000MA01ABCD2X``) and
  registration numbers (``注册号``, ``登记证号``);
* tender, procurement and project numbers (``项目编号：ZB-2021-e3b7-0016``, ``采购编号 BJJQ-2021-001``),
  contract and order numbers, batch and approval numbers (``国药准字H20003263``);
* document and standard numbers written in Latin groups (``GB/T 7714-2015``), case and file codes;
* serial numbers of devices and certificates (``证书编号：CQC2021010203``).

Shared evidence (what every member has, and a spam brand has not): the token is a code by its
*shape*: a UUID, a long hexadecimal run with letters and digits, a credit code, or three and more
groups joined by ``-``/``_`` of which at least two hold digits and digits are at least half of its
characters; or the text *names* it an identifier (an ``编号``/``代码``/``ID``/``校验码`` label right
before it) and it holds a digit.  A brand-shaped run glued to Han words (``金彩汇娱乐_jch88``,
``万博体育manbetx3.0``) has none of these and stays spam.

The scan around an anchor reaches at most :data:`_REACH` characters each way: linear.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

#: How far a token is followed out from a span (an identifier longer than this is no concern).
_REACH = 80
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Characters that join the groups of one identifier (between two letters or digits only).
_JOINERS = frozenset("-_")

_UUID = lazy_re(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX_DIGEST = lazy_re(r"(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{16,}")
#: The unified social credit code (GB 32100-2015): 18 characters of digits and capitals but I, O, S, V, Z.
_CREDIT_CODE = lazy_re(r"[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
_DIGIT = lazy_re(r"[0-9]")

#: Labels that name the token after them an identifier (with ``：``/``:``, blanks, a backtick or a quote between).
LABELS: tuple[str, ...] = (
    "编号", "代码", "编码", "代号", "校验码", "识别码", "序列号", "流水号", "登记号", "注册号", "批准号",
    "证号", "证书号", "合同号", "订单号", "批号", "文号", "标识码", "哈希值", "摘要值",
    "ID", "Id", "id", "UUID", "uuid", "GUID", "guid", "SHA256", "SHA-256", "sha256", "SHA1", "MD5", "md5",
)
_LABEL_GAP = frozenset(" \t\u3000：:`'\"“‘「『（(")


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The letters and digits around ``text[start:end]`` joined by ``-``/``_`` (at most :data:`_REACH` each way).

    >>> t = "条目 ID：`79890000-3e3b-0016-91cf-08dd56fd4756`）"
    >>> a, b = _token(t, t.index("e3b"), t.index("`）"))
    >>> t[a:b]
    '79890000-3e3b-0016-91cf-08dd56fd4756'
    """
    lo, limit = start, max(0, start - _REACH)
    while lo > limit and (text[lo - 1] in _ALNUM or text[lo - 1] in _JOINERS and lo >= 2 and text[lo - 2] in _ALNUM):
        lo -= 1
    hi, limit = end, min(len(text), end + _REACH)
    while hi < limit and (text[hi] in _ALNUM or text[hi] in _JOINERS and hi + 1 < len(text) and text[hi + 1] in _ALNUM):
        hi += 1
    while lo < hi and text[lo] in _JOINERS:
        lo += 1
    while hi > lo and text[hi - 1] in _JOINERS:
        hi -= 1
    return lo, hi


def _grouped_code(token: str) -> bool:
    """Whether ``token`` is a numbered code by its groups: three or more joined by ``-``/``_``, at least two
    holding digits, digits at least half of its letters and digits.

    >>> [_grouped_code(t) for t in ("ZB-2021-e3b7-0016", "BJJQ-2021-001", "kaiyun-88-com", "jch88", "a-b-c")]
    [True, True, False, False, False]
    """
    groups = token.replace("_", "-").split("-")
    if len(groups) < 3 or any(not g for g in groups):
        return False
    if sum(1 for g in groups if _DIGIT.search(g)) < 2:
        return False
    digits = sum(c.isdigit() for c in token)
    return 2 * digits >= len(token) - (len(groups) - 1)


def _labelled(text: str, lo: int) -> bool:
    """Whether a label of :data:`LABELS` stands right before ``lo`` (blanks, a colon, a backtick or a quote between)."""
    at, limit = lo, max(0, lo - 4)
    while at > limit and text[at - 1] in _LABEL_GAP:
        at -= 1
    head = text[max(0, at - 8):at]
    return head.endswith(LABELS)


def identifier_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The identifier ``text[start:end]`` lies in (its start and end), or None.

    >>> t = "标段编号：a1b2c3d4-e5f6-7890-abcd-ef1234567890。"
    >>> a, b = identifier_span(t, t.index("a1b2"), t.index("。"))
    >>> t[a:b]
    'a1b2c3d4-e5f6-7890-abcd-ef1234567890'
    >>> t = "附件编号为79890000-3e3b-0016-cf27-08dd56fd4756。"
    >>> identifier_span(t, t.index("e3b"), t.index("。")) is not None
    True
    >>> t = "代码：91110000MA01ABCD2X，项目ZB-2021-e3b7-0016，文件校验码b6697cbbb913f5bb0a49342825596e41"
    >>> [identifier_span(t, t.index(w), t.index(w) + len(w)) is not None for w in ("MA01", "e3b7", "cbbb")]
    [True, True, True]
    >>> t = "依法金彩汇娱乐_jch88管理，建设万博体育manbetx3.0平台"
    >>> [identifier_span(t, t.index(w), t.index(w) + len(w)) for w in ("jch88", "manbetx3")]
    [None, None]
    """
    if end <= start:
        return None
    if any(text[i] not in _ALNUM and text[i] not in _JOINERS for i in range(start, end)):
        return None
    lo, hi = _token(text, start, end)
    token = text[lo:hi]
    if not token or not _DIGIT.search(token):
        return None
    if (_UUID.fullmatch(token) or _HEX_DIGEST.fullmatch(token) or _CREDIT_CODE.fullmatch(token)
            or _grouped_code(token) or _labelled(text, lo)):
        return lo, hi
    return None


def in_identifier(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (a piece of) an identifier the text cites (:func:`identifier_span`).

    >>> t = "条目 ID：`79890000-3e3b-0016-91cf-08dd56fd4756`）"
    >>> in_identifier(t, t.index("e3b"), t.index("`）"))
    True
    >>> t = "建设万博体育manbetx3.0平台"
    >>> in_identifier(t, t.index("manbetx"), t.index("manbetx") + 7)
    False
    """
    return identifier_span(text, start, end) is not None
