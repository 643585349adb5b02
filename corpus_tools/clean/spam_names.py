"""Where a listed brand word is part of a name, a number or a company's legal name, not a spam anchor.

Real damage undone (field test 18): the spam vocabulary holds short brands that clean legal text also
writes, and a brand that is "self-evident" on its own (``龙8``, ``威尼斯人``) was cut from inside
names:

* a judgment masks its victims as surname + number beside ``吴某1``: ``被害人龙81、龙82…龙88`` lost
  ``龙8`` thirteen times (``被害人1、2、3``: every victim's name gone; LawBench 2-5, CAIL record 362);
* a Macau gazette land grant (第31/2008號運輸工務司司長批示) renamed its grantee
  ``威尼斯人路氹股份有限公司`` to ``路氹股份有限公司`` three times, an RTHK report listed
  ``威尼斯人澳门股份有限公司`` as ``澳门股份有限公司``;
* a company named with its foreign gloss, ``开云集团（Kering）``, was removed whole.

A brand cut from these places leaves a wrong text that reads well; precision over recall: the word
stays unless the string carries spam evidence of its own (a suffix such as 官网 or APP, a brand's
Latin name, a spam link). Every test here is a bounded match at one position or one scan of the page
(linear in its length).
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex

#: A company's legal form after a brand word and a short name part (``威尼斯人路氹股份有限公司``,
#: ``澳门威尼斯人度假村有限公司``, ``龙8国际贸易有限公司``): the brand word names a company.
_COMPANY_FORM_AFTER = lazy_regex(
    r"\p{Han}{0,8}?(?:[（(]\p{Han}{2,4}[）)])?(?:股份有限公司|有限责任公司|有限公司|集团|度假村)"
)
#: Words that introduce a party's or a witness's name in a judgment or a notice, right before it.
_ROLE_BEFORE = lazy_regex(
    r"(?:被害人|证人|被告人|原告人?|被告|上诉人|被上诉人|申请人|被申请人|第三人|当事人|罪犯|嫌疑人|受害人|村民|户主|乙方——?|甲方——?)$"
)
#: A name masked as a surname (or two characters) plus ``某`` and a number (``吴某1``, ``杨某2``).
_MASKED_NAME = lazy_regex(r"\p{Han}某\d")


def is_company_name_at(text: str, end: int) -> bool:
    """Whether the brand word ending at ``end`` opens a company's legal name: a short name part
    and a legal form follow it (``威尼斯人`` + ``路氹股份有限公司``).

    >>> is_company_name_at("批予威尼斯人路氹股份有限公司，总面积", 6)
    True
    >>> is_company_name_at("访问威尼斯人官网下载注册，送彩金", 6)
    False
    """
    return _COMPANY_FORM_AFTER.match(text, end, min(len(text), end + 20)) is not None


def follows_role_word(text: str, start: int) -> bool:
    """Whether a word introducing a person's or a party's name stands right before ``start``
    (``证人龙8``, ``乙方——威尼斯人…``).

    >>> follows_role_word("有证人龙88的证实", 3), follows_role_word("欢迎访问龙8国际", 4)
    (True, False)
    """
    return _ROLE_BEFORE.search(text, max(0, start - 6), start) is not None


def numbered_heads(text: str) -> dict[str, set[str]]:
    """For each Han character followed by digits in ``text``, the digit runs it is followed by,
    and ``某`` -> ``{""}`` when the page masks names as ``X某N`` (one scan of the page).

    >>> sorted(numbered_heads("被害人龙81、龙7、吴某1")["龙"])
    ['7', '81']
    >>> "某" in numbered_heads("吴某1的陈述"), numbered_heads("第1条")["第"]
    (True, {'1'})
    """
    heads: dict[str, set[str]] = {}
    for m in _HEAD_DIGITS.finditer(text):
        heads.setdefault(m.group(1), set()).add(m.group(2))
    if _MASKED_NAME.search(text):
        heads.setdefault("某", set()).add("")
    return heads


_HEAD_DIGITS = lazy_regex(r"(\p{Han})(\d+)")


def in_numbered_names(brand: str, heads: dict[str, set[str]]) -> bool:
    """Whether ``brand``, a Han head plus digits (``龙8``), is one of the page's numbered names: the page
    numbers the same head otherwise (``龙7``, ``龙81``) or masks names as ``X某N``.

    >>> in_numbered_names("龙8", numbered_heads("被害人龙7、龙8、龙9"))
    True
    >>> in_numbered_names("龙8", numbered_heads("欢迎访问龙8 第1条"))
    False
    """
    head, digits = brand.rstrip("0123456789"), brand[len(brand.rstrip("0123456789")):]
    if not digits or len(head) != 1 or head.isascii():
        return False
    return bool(heads.get(head, set()) - {digits}) or "某" in heads


def digit_continues(text: str, end: int) -> bool:
    """Whether a brand ending in a digit at ``end`` is glued to a further digit: the digits are one
    number (``龙81`` is a masked name, not ``龙8`` + ``1``).

    >>> digit_continues("被害人龙81、", 5), digit_continues("龙8国际", 2)
    (True, False)
    """
    return 0 < end < len(text) and text[end - 1].isdigit() and text[end].isdigit()
