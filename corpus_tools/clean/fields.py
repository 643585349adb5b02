"""Metadata strings through the same cleaners as the text.

A title, an issuer or a document number that a file declares outside its text
(Markdown front matter, an HTML metadata box, ``<title>``, ``<meta>``) carries
the same damage as the text: ruby pinyin (``馬鞍(an)山``), spam, Traditional
characters, ASCII punctuation.  Each such string runs through
:func:`~corpus_tools.clean.clean_and_explain`, the pipeline the page text runs
through, and its edits are kept per field: the build writes them to the
``edits`` config with ``field`` naming the string (an edit of the page text has
``field`` null), so every change to a metadata value is logged and replayable
like a change to the text.  Titles and issuers read from the page text itself
are slices of the cleaned text, whose edits are the page's.

:func:`declared_strings` picks those strings out of what ingest read (it lives here, not
with the rest of the metadata in :mod:`corpus_tools.structure.metadata`, so that
``corpus-tools clean`` of a page with metadata does not import the structure parser:
0.1-0.2 CPU-s, issue 20).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

import regex

from corpus_tools.clean import clean_and_explain
from corpus_tools.html_meta import DECLARED_ISSUER_KEYS
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

if TYPE_CHECKING:
    from corpus_tools.clean.plan import CleaningPlan

#: Edits of one field, per rule run (the same steps as the page's).
FieldSteps = tuple[tuple[Edit, ...], ...]


def first_declared(md: Mapping[str, Any], *keys: str) -> Any:
    """The value of the first of ``keys`` that ``md`` holds and is not empty (None: none); a placeholder
    for "none" (``doc_number: 无``, ``发布机构: —``: :func:`corpus_tools.html_meta.says_none`) is empty.

    >>> first_declared({"title": "", "meta_title": "某市条例"}, "title", "meta_title")
    '某市条例'
    >>> first_declared({"doc_number": "无"}, "doc_number") is None
    True
    """
    from corpus_tools.html_meta import says_none

    return next((md[k] for k in keys if md.get(k) not in (None, "", []) and not says_none(md[k])), None)


#: A site's role, not an organ: what a CMS writes as a post's author (``管理员``, ``admin``, ``小编``, ``佚名``).
_SITE_ROLE = lazy_regex(r"^(?:(?:网站|系统|超级)?管理员|站长|小编|编辑|佚名|匿名|未知|admin(?:istrator)?|webmaster|editor|root)$",
                        regex.I)


def _declared_issuer(md: Mapping[str, Any]) -> Any:
    """The first declared issuer (:data:`~corpus_tools.html_meta.DECLARED_ISSUER_KEYS`) that is not a site's role: a
    county site's data module gives each policy ``author: '管理员'`` (the site's administrator who posted it; field
    test 28, F28-C2), no organ that issued it.

    >>> _declared_issuer({"author": "管理员"}), _declared_issuer({"author": "admin", "issuer": "某县人民政府"})
    (None, '某县人民政府')
    >>> _declared_issuer({"author": "某市人大"})
    '某市人大'
    """
    return next((v for k in DECLARED_ISSUER_KEYS
                 if (v := first_declared(md, k)) is not None and not (isinstance(v, str) and _SITE_ROLE.match(v.strip()))),
                None)


#: Front-matter labels beyond a metadata box's (:data:`corpus_tools.html_meta.LABELS`): a crawl's own
#: words for the validity and the official page (zhiyao87/Shanghai-Gov-Docs-Index: ``状态: 有效``,
#: ``官方链接: https://www.shanghai.gov.cn/zhengce/detail?…``, field test 12).
_FRONT_MATTER_LABELS = {
    **dict.fromkeys(("状态", "效力级别状态"), "validity"),
    **dict.fromkeys(("官方链接", "原文链接", "原文地址", "链接", "网址", "来源链接", "来源网址", "页面链接"), "source_url"),
}


def labelled_fields(md: Mapping[str, Any]) -> dict[str, Any]:
    """Declared values under Chinese labels, by field: front matter written in Chinese (``标题:``,
    ``文号:``, ``发布单位:``, ``发布日期:``, ``状态:``, ``官方链接:``) reads as a metadata box does
    (the box's labels, :data:`corpus_tools.html_meta.LABELS`, and :data:`_FRONT_MATTER_LABELS`).

    Real case: a 2,952-file crawl of Shanghai's 规范性文件 declares each file's date, status and
    official page only so; only ``文号`` was read, and every file lost its date and address
    (zhiyao87/Shanghai-Gov-Docs-Index, field test 12, F12-B1).

    >>> labelled_fields({"标题": "某通知", "发布日期": "2024-08-23", "状态": "有效", "官方链接": "https://x/y", "层级": "市级"})
    {'title': '某通知', 'published': '2024-08-23', 'validity': '有效', 'source_url': 'https://x/y'}

    A placeholder for "none" is no value (a chunk dump's ``文件编号: "无"`` was the document's 文号: closing 13):

    >>> labelled_fields({"文件编号": "无", "文号": "国发〔2020〕1号"})
    {'doc_number': '国发〔2020〕1号'}
    """
    from corpus_tools.html_meta import LABELS, says_none

    out: dict[str, Any] = {}
    for key, value in md.items():
        field = LABELS.get(key) or _FRONT_MATTER_LABELS.get(key) if isinstance(key, str) else None
        if (field and field not in out and isinstance(value, (str, int, float)) and str(value).strip()
                and not says_none(value)):
            out[field] = value
    return out


def declared_strings(metadata: Mapping[str, Any]) -> dict[str, str]:
    """The metadata strings a file declares about its document, by field: what the cleaners
    run over before any of them becomes a column (:func:`corpus_tools.pipeline.clean_page`).

    Sources, first non-empty wins: the page's metadata box (``info_box``, see
    :mod:`corpus_tools.html_meta`), Markdown front matter, the ``<meta>`` title; and the
    fallbacks for a title the text does not give: the single ``<h1>``, ``<title>``
    without the site's name.

    >>> declared_strings({"title": "馬鞍(an)山市條例", "author": "某市人大", "status": "有效"})
    {'title': '馬鞍(an)山市條例', 'issuer': '某市人大', 'status': '有效'}
    >>> declared_strings({"issuing_authority": "全国人民代表大会常务委员会"})
    {'issuer': '全国人民代表大会常务委员会'}
    """
    md = {str(k).lower(): v for k, v in (metadata or {}).items()}
    box = md.get("info_box", {}).get("fields", {}) if isinstance(md.get("info_box"), Mapping) else {}
    labelled = labelled_fields(md)
    found = {
        "title": first_declared(box, "title") or first_declared(md, "title", "meta_title") or labelled.get("title"),
        "issuer": first_declared(box, "issuer") or _declared_issuer(md) or labelled.get("issuer"),
        "publisher": first_declared(box, "publisher") or labelled.get("publisher"),
        "doc_number": first_declared(box, "doc_number") or first_declared(md, "doc_number") or labelled.get("doc_number"),
        "index_no": first_declared(box, "index_no") or labelled.get("index_no"),
        "topic": first_declared(box, "topic") or labelled.get("topic"),
        "status": first_declared(md, "status") or first_declared(box, "validity") or labelled.get("validity"),
        "source": (first_declared(box, "source") or first_declared(md, "meta_source") or _not_url(md.get("source"))
                   or _not_url(labelled.get("source"))),
        "title_h1": first_declared(md, "html_h1"),
        "title_html": first_declared(md, "title_from_html"),
        "title_html_full": first_declared(md, "html_title"),
    }
    return {k: str(v).strip() for k, v in found.items() if v is not None and str(v).strip()}


def _not_url(value: Any) -> str | None:
    """A front-matter ``source`` that names a source (人民日报), not a URL (read as ``source_url``)."""
    return value if isinstance(value, str) and not value.strip().lower().startswith(("http:", "https:")) else None


def clean_fields(strings: Mapping[str, str], *, plan: CleaningPlan | None = None,
                 options: Mapping[str, Mapping[str, object]] | None = None) -> tuple[dict[str, str], dict[str, FieldSteps]]:
    """Each string cleaned (by the rules of ``plan``, default all), and the edits of the strings
    the cleaners changed.  ``options`` (rule -> options) override the plan's: the page's own
    judgement, e.g. no conversion of the title of a Japanese page (``条約締結…が東京で開催``).

    >>> cleaned, steps = clean_fields({"title": "馬鞍(an)山市條例", "issuer": "常州市司法局"})
    >>> cleaned["title"], sorted(steps)
    ('马鞍山市条例', ['title'])
    """
    rules, planned = (None, None) if plan is None or plan.is_default else (plan.rules, plan.options)
    if options:
        planned = {**(planned or {}), **{rule: {**(planned or {}).get(rule, {}), **values} for rule, values in options.items()}}
    options = planned
    cleaned: dict[str, str] = {}
    steps: dict[str, FieldSteps] = {}
    for name, value in strings.items():
        result = clean_and_explain(value if value.endswith("\n") else value + "\n", rules=rules, options=options)
        cleaned[name] = result.text.strip("\n")
        if result.edits:
            steps[name] = result.steps
    return cleaned, steps
