"""Whole pages that are spam: fabricated "government documents" of gambling SEO farms.

Lottery-tip farms write fake 公文 around the keyword a gambler searches for and publish them
under government-looking field blocks (``发文字号：澳博通[2023]35号``, ``主　题：…``), so the
cleaners have nothing to remove and the metadata reader trusts them: field session 9 (F9-P1)
found four such pages built as a 草案 with jurisdiction 澳门特别行政区, a 条例 of nine articles
and two other documents, with no edit and no finding.  What gives them away is what they are
written for: the *tip-sheet vocabulary* of the Mark Six and Macau lottery farms, in their title,
subject line or headings, and repeated in the body:

* zodiac/number tips: ``四肖八码``, ``一码一肖``, ``三肖中特``, ``平特一肖``;
* the special number: ``特马``/``特码``;
* promises: ``期期三码必中``, ``三期必出一期``;
* the farms' slogans and brands: ``新澳门天天开好彩``, ``新澳今晚…开奖``, ``管家婆…资料``,
  ``澳门天天彩资料大全``, ``正版免费大全``;
* draw look-ups: ``开奖结果查询``, ``今期开奖``, an issue number by the draw (``查询016期``);
* promises without 必 and accuracy claims (``四肖期期中``, ``一肖一码100准``), the betting pool a fake
  "rules" page shares out (``瓜分赌金``, ``总赌金``), and the keyword-stuffing notes a farm leaves in its
  text (``（关键词：“好彩”频率5%）``): field test 13's three fake 政策文件 (F13-B1).

A real regulation about lotteries (彩票管理条例, a province's 福利彩票 rules) speaks of 彩票,
开奖, 开奖结果, 中奖, 投注, 派彩, 奖池, and never of these; an anti-gambling notice does quote
them, so a line that also says 打击/骗局/诈骗/严禁… is its warning, and its phrases do not count.

The verdict needs both *placement* (a tip-sheet shape in the title, in one of the first lines,
in a field line ``主题：``/``标题：`` or in a heading: a short line that is not a sentence) and
*repetition* (two phrases or more in the document); a draw look-up counts for the repetition
only (a real 彩票 service notice may well say 开奖结果查询), and so does a keyword note.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from corpus_tools.lazy_patterns import lazy_re

# Simplified and Traditional forms of the characters, so a build that keeps Traditional script
# (or a page the converter left alone) is read the same way.
_KAI, _JIANG, _MA_CODE, _MA_HORSE = "[开開]", "[奖獎]", "[码碼]", "[马馬]"
_MEN, _ZI, _FEI, _JIE, _XUN = "[门門]", "[资資]", "[费費]", "[结結]", "[询詢]"
_NUM = "[一二三四五六七八九十两兩0-9０-９]"
_DRAW = _KAI + _JIANG  # 开奖

#: Tip-sheet shapes, by family: the farms' own vocabulary, absent from real law (none occurs in
#: the 1,911 laws of the DLC corpus, the official 彩票管理条例 or the real pages of the field tests).
#: The syntax is common to Python ``re`` and RE2 (the prefilter runs the same alternation).
TIP_SHAPES: dict[str, str] = {
    # 四肖八码, 一码一肖, 三肖中特, 一码中特, 平特一肖, 杀二肖 (a numeral before 码: 密码中特别… is no tip)
    "zodiac_code": (f"{_NUM}肖{_NUM}?{_MA_CODE}|{_NUM}{_MA_CODE}{_NUM}?肖|{_NUM}肖中特|{_NUM}{_MA_CODE}中特"
                    f"|平特{_NUM}?[肖尾]|杀{_NUM}肖"),
    # 特马, 特码: Mark Six's special number (the official word is 特别号码)
    "special_number": f"特{_MA_HORSE}|特{_MA_CODE}",
    # 期期三码必中, 一码必中, 稳必中; without 必: 四肖期期中, 三码期期准, 期期中特; an accuracy claim: 100准,
    # 100%准, 百分百准 (100准确, 准则, 准备, 准时, 准予, 准许, 准入 are no tip; 学期期中 neither)
    "sure_win": (f"(?:期期|{_MA_CODE}|肖|[准準稳穩]){_NUM}?{_MA_CODE}?必中"
                 f"|(?:肖|{_MA_CODE}|特)期期[中准準]|期期[中准準](?:特|肖|{_MA_CODE})"
                 f"|(?:100%?|100％|百分百|百分之百)[准準](?:[^确確备備则則时時予许許入]|$)"),
    # 三期必出一期, 二期必中
    "must_come": f"{_NUM}期必[出中{_KAI[1:-1]}]",
    # 新澳门天天开好彩, 澳门天天彩, 新澳天天开奖
    "daily_luck": f"(?:新澳{_MEN}?|澳{_MEN})天天(?:彩|{_DRAW}|{_KAI}好彩)|{_KAI}好彩",
    # 新澳今晚…开奖, 新澳门023期; 管家婆…资料, 跑狗图, 白小姐…肖 (管家婆 alone is accounting software)
    "farm_brand": (f"新澳{_MEN}?[^\\n]{{0,8}}?(?:{_DRAW}|彩票|肖)|新澳{_MEN}?[0-9]{{2,3}}期"
                   f"|管家婆[^\\n]{{0,4}}?(?:{_ZI}料|肖|彩|{_DRAW})|跑狗[图圖]|曾道人"
                   f"|白小姐[^\\n]{{0,4}}?(?:肖|{_MA_CODE}|{_ZI}料)"),
    # 澳门天天彩资料大全, 2024澳门资料大全, 六合彩免费资料, 新澳门正版… (澳门旅游免费资料 is no tip)
    # 总赌金, 瓜分赌金: the betting pool a fake "rules" page shares out (the law says 赌资; 奖金 of a lottery)
    "betting_pool": "(?:瓜分|[总總])[赌賭]金",
    "tip_sheet": (f"(?:彩票|天天彩|澳彩|六合彩?|{_DRAW}|{_NUM}肖)[^\\n]{{0,5}}?"
                  f"(?:{_ZI}料大全|免{_FEI}{_ZI}料|正版{_ZI}料|免{_FEI}大全|正版免{_FEI})"
                  f"|(?:新澳{_MEN}?|澳{_MEN})[0-9年]{{0,5}}(?:{_ZI}料大全|正版|精准|免{_FEI}{_ZI}料)"),
}
#: Draw look-ups: the keyword a gambler types, but also words a real lottery service notice may
#: use, so alone they never make a page spam.
DRAW_LOOKUPS: dict[str, str] = {
    "draw_lookup": (f"{_DRAW}{_JIE}?果?查{_XUN}|{_DRAW}{_ZI}料|今[晚期天][^\\n]{{0,8}}?{_DRAW}"
                    f"|[^0-9第][0-9]{{3}}期{_DRAW}|(?:{_DRAW}|查{_XUN})[^\\n0-9]{{0,6}}[0-9]{{3}}期"),
}
#: A content farm's keyword-stuffing notes left in its text (``（关键词：“好彩”频率5%）``, znkccd.com, field test 13):
#: what the page was written for, but no lottery word: like a draw look-up, it counts for the repetition only.
FARM_NOTES: dict[str, str] = {
    "keyword_note": "[（(][ \t]*[关關][键鍵][词詞][:：][^\n）)]{0,30}?[频頻]率[ \t]*[0-9]{1,3}(?:[.][0-9]+)?[%％][ \t]*[）)]",
}
_FAMILIES = {**TIP_SHAPES, **DRAW_LOOKUPS, **FARM_NOTES}
#: One alternation, a named group per family.
_PHRASE_RE = lazy_re("|".join(f"(?P<{name}>{pattern})" for name, pattern in _FAMILIES.items()))
#: The tip shapes for RE2 (pyarrow's ``match_substring_regex``): the cheap pass over a whole column
#: that keeps the few documents worth reading line by line (a page without a tip shape is never
#: flagged, so the draw look-ups need not be in it).
PREFILTER = "|".join(f"(?:{pattern})" for pattern in TIP_SHAPES.values())

#: A line that warns against gambling quotes the farms' words: 关于严厉打击“地下六合彩”…, 所谓“一码中特”都是骗局.
_WARNING_RE = lazy_re(r"打击|严禁|禁止|取缔|骗局|诈骗|欺诈|警惕|谨防|私彩|非法|违法|犯罪|举报|查处|赌博"
                         r"|打擊|嚴禁|騙局|詐騙|謹防|違法|舉報|查處|賭博"
                         # a court's or the police's account of a case quotes them too (review of session 9:
                         # a 刑事判决书 on 香港六合彩的特码, a 警方破获…特码案 headline)
                         r"|被告人|判决|判決|审理|審理|公诉|公訴|破获|破獲|嫌疑人|开设赌场|開設賭場|民警|公安")
#: A field line naming the subject: 主　题：…, 标题：…
_SUBJECT_RE = lazy_re(r"^\s*(?:主\s*题|標\s*題|标\s*题|题\s*目|名\s*称|主\s*題)\s*[:：]")
#: The first lines of a text are its head (a fake 公文's title block, its subject line).
HEAD_LINES = 5
#: A heading: a line this short that holds no sentence end.
HEADING_MAX_CHARS = 40
_SENTENCE_END_RE = lazy_re(r"[。；;！!？?]")
#: Phrases needed in the document (title and text) for the finding.
MIN_PHRASES = 2


@dataclass(frozen=True)
class SpamPageEvidence:
    """Why a document reads as a lottery-tip farm page: the phrases counted, and where the
    prominent one stands (``title``, ``head``, ``subject``, ``heading``)."""

    phrases: tuple[str, ...]
    place: str
    line: str

    def describe(self) -> str:
        """The finding's excerpt.

        >>> SpamPageEvidence(("四肖八码", "特码"), "head", "关于印发“四肖八码”活动方案的通知").describe()
        '2 lottery-tip phrases (四肖八码, 特码); in head: 关于印发“四肖八码”活动方案的通知'
        """
        shown = ", ".join(dict.fromkeys(self.phrases))
        shown = shown if len(shown) <= 60 else shown[:60] + "…"
        line = self.line if len(self.line) <= 50 else self.line[:50] + "…"
        return f"{len(self.phrases)} lottery-tip phrases ({shown}); in {self.place}: {line}"


def _phrases(line: str) -> list[tuple[str, str]]:
    """(family, phrase) of every tip phrase in ``line``, unless the line warns against gambling."""
    if _WARNING_RE.search(line):
        return []
    return [(m.lastgroup or "", m.group(0)) for m in _PHRASE_RE.finditer(line)]


def _place(line: str, index: int) -> str | None:
    if index < HEAD_LINES:
        return "head"
    if _SUBJECT_RE.match(line):
        return "subject"
    if len(line.strip()) <= HEADING_MAX_CHARS and not _SENTENCE_END_RE.search(line):
        return "heading"
    return None


def spam_page_evidence(title: str | None, text: str | None) -> SpamPageEvidence | None:
    """The evidence that a document (its ``title`` and ``text``) is a gambling farm's page, or
    None: two lottery-tip phrases or more, and a tip-sheet shape (not only a draw look-up) in the
    title, the first lines, a subject field or a heading.

    >>> spam_page_evidence("澳门特马今期开奖结果查询016期猪、狗、羊、牛，三期必出一期免费", "笔走龙蛇 2025-01-17 行业动态").place
    'title'
    >>> e = spam_page_evidence("澳门特别行政区政策文件草案", "澳门特别行政区政策文件草案\\n发文机关：澳门体育博彩管理委员会\\n"
    ...     "关于印发“摇钱树四肖八码期期三码必中”活动方案的通知\\n各市区博彩局：\\n其中，T代表特码。")
    >>> e.place, e.phrases
    ('head', ('四肖八码', '期期三码必中', '特码'))

    The official regulation speaks of the lottery, not of tips; a warning quotes them:

    >>> spam_page_evidence("彩票管理条例", "第十六条 彩票销售机构应当为彩票代销者配置彩票投注专用设备。\\n"
    ...     "第二十一条 彩票开奖结果应当及时向社会公布。") is None
    True
    >>> spam_page_evidence("关于严厉打击“六合彩”赌博违法犯罪活动的通告", "所谓“一码中特”“四肖八码”都是骗局。\\n"
    ...     "所谓“特码”“期期必中”都是诈骗。") is None
    True
    """
    title_phrases = _phrases(title) if title else []
    place = ("title", title.strip()) if _has_tip_shape(title_phrases) else None
    text_phrases: list[tuple[str, str]] = []
    lines = [line for line in (text or "").split("\n") if line.strip()]
    for index, line in enumerate(lines):
        found = _phrases(line)
        text_phrases += found
        if place is None and _has_tip_shape(found):
            where = _place(line, index)
            if where:
                place = (where, line.strip())
    # the title is most often the text's first line: its phrases are counted once, not twice
    phrases = text_phrases if len(text_phrases) >= len(title_phrases) else title_phrases
    if place is None or len(phrases) < MIN_PHRASES:
        return None
    return SpamPageEvidence(tuple(phrase for _, phrase in phrases), *place)


def _has_tip_shape(found: list[tuple[str, str]]) -> bool:
    return any(family in TIP_SHAPES for family, _ in found)


def candidate_rows(titles: pa.ChunkedArray | pa.Array, texts: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Rows whose title or text holds a tip-sheet shape (RE2, one pass per column at C speed):
    the only rows :func:`spam_page_evidence` needs to read.

    >>> candidate_rows(pa.array(["彩票管理条例", "通知"]), pa.array(["彩票开奖结果应当及时公布。", "期期三码必中"])).tolist()
    [1]
    """
    hit = pc.or_(pc.fill_null(pc.match_substring_regex(titles, PREFILTER), False),
                 pc.fill_null(pc.match_substring_regex(texts, PREFILTER), False))
    return np.flatnonzero(np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)).astype(np.int64)


__all__ = ["DRAW_LOOKUPS", "FARM_NOTES", "PREFILTER", "SpamPageEvidence", "TIP_SHAPES", "candidate_rows", "spam_page_evidence"]
