"""Spam in a script foreign to the page, put inside a sentence of a Chinese law.

Damage: a hijacked mirror is sold to more than one market, and the injector's strings are not
always Chinese: Korean and Japanese casino words (``바카라사이트``, ``オンラインカジノ``), Vietnamese
and Thai betting phrases (``nhà cái uy tín``, ``สล็อตเว็บตรง``), an English phrase (``best online
casino``), or a Latin brand written in Unicode's styled letters that keyword filters do not read as
letters (``𝐋𝐄𝐇𝐔体育``, ``ⓚⓨ棋牌``, ``𝕓𝕖𝕥𝟙𝟠𝟠``).  Session 17's blind noise members
``spam_blind17_foreign_script`` and ``spam_blind17_styled_latin`` (tests/noise/wide/families/spam.py)
measured the family; no list of their words is kept here.

The evidence is the characters themselves and where they stand, not a vocabulary:

* the run is made of one foreign script's WORDS: two Hangul syllables or more, two kana or more
  (with the kanji a Japanese word glues to them only when the sentence reads across without them),
  three Thai letters or more, Latin words of which one writes a letter only Vietnamese writes
  (``ơ ư đ ạ ả …``; pinyin's tone marks are not among them), three lower-case English words or more (two are
  a term a policy may write in English: ``open source``, ``big data``),
  or two styled letters or digits or more (the mathematical alphabets, circled and bracketed
  letters, squared letters: a law numbers items with circled DIGITS ``①``, never these);
* it stands between two Han characters of a sentence (a blank on each side at most), both of them
  ordinary Chinese (a stretch of mojibake, where kana and Hangul come out of bytes read in the
  wrong codec, has improbable characters around it and is left alone);
* the script is foreign to the page: its characters are few beside the page's Han characters
  (a Japanese page, a Korean translation, a bilingual page is not touched).

A Han trade word glued after a styled brand (``体育``, ``棋牌``) goes with it when the sentence reads
across the removal (the pair of characters the removal joins is one law text writes).
"""

from __future__ import annotations

import unicodedata

from corpus_tools.clean.brands import CATEGORY_WORDS, alternation
from corpus_tools.clean.spam_recurring import OTHER_TRADE_WORDS
from corpus_tools.clean.evidence import is_improbable, law_bigrams
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_CHAR

FOREIGN_SCRIPT = "spam in a script foreign to the page"

_STYLED = "\U0001D400-\U0001D7FF\u249C-\u24E9\U0001F130-\U0001F189"
_VIET_ONLY = "ơưđƠƯĐ\u1EA0-\u1EF9"
_VIET_LETTERS = rf"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u01B0{_VIET_ONLY}"
#: One run of a foreign script's words (names in the match say which).
_RUN_RE = lazy_regex(
    r"(?P<hangul>[\p{Hangul}]{2,}(?:[ ][\p{Hangul}]+)*)"
    r"|(?P<kana>[\p{Hiragana}\p{Katakana}ー]{2,}(?:[ ]?[\p{Hiragana}\p{Katakana}ー]+)*)"
    r"|(?P<thai>\p{Thai}{3,}(?:[ ]\p{Thai}+)*)"
    r"|(?P<english>(?<![A-Za-z])[A-Za-z][a-z]+(?:[ ][a-z]{2,}){2,}(?![A-Za-z]))"
    rf"|(?P<viet>(?<![A-Za-z])[{_VIET_LETTERS}]+(?:[ ][{_VIET_LETTERS}]+)+(?![A-Za-z]))"
    rf"|(?P<styled>[{_STYLED}]{{2,}}(?:[0-9.]*[{_STYLED}]+)*[0-9]*)"
)
#: The gate: a page without a character of these classes is skipped at C speed (English phrases: a
#: lower-case letter, a blank, a lower-case letter).
_GATE = lazy_re(rf"[\uAC00-\uD7A3\u3041-\u30FF\u0E01-\u0E5B{_VIET_ONLY}{_STYLED}]|[a-z] [a-z]")
_VIET_ONLY_RE = lazy_re(rf"[{_VIET_ONLY}]")
_HAN_RUN_AFTER = lazy_regex(r"\p{Han}{1,3}")
#: The trade a styled brand names right after it (``𝐋𝐄𝐇𝐔体育``, ``ⓚⓨ棋牌``, ``𝐦𝐢𝐭𝐚𝐨直播``).
_TRADE_TAIL_RE = lazy_regex(alternation(CATEGORY_WORDS + OTHER_TRADE_WORDS))
_SCRIPT_CHARS = {
    "hangul": lazy_regex(r"\p{Hangul}"), "kana": lazy_regex(r"[\p{Hiragana}\p{Katakana}]"), "thai": lazy_regex(r"\p{Thai}"),
    "viet": lazy_regex(r"[\u00C0-\u00FF\u0100-\u01B0\u1EA0-\u1EF9]"), "styled": lazy_regex(rf"[{_STYLED}]"),
    # (an English phrase between two Han characters: the page's Latin letters in such phrases; its links,
    # codes and terms are its own business)
    "english": lazy_regex(r"(?<=\p{Han} ?)[A-Za-z][a-z]+(?: [a-z]{2,}){2,}(?= ?\p{Han})"),
}
#: The largest share of the page's Han characters one foreign script may have: beyond it the page writes
#: that language (a Japanese page, a translation, a bilingual law).
_SHARE_MAX = 0.02
#: ... and the characters a few injected strings take on a short page (a third of its Han characters at most).
_FLOOR = 48
#: How far around the run the characters must be ordinary Chinese (no mojibake stretch).
_CALM = 6
#: Han characters of a Japanese phrase or a trade word glued after the run that may go with it.
_TAIL_MAX = 3
#: Gambling words of the scripts' languages (casino, baccarat, slot, toto, bet, pachinko, the house):
#: the run's own trade word.  Written from the languages, not from a noise member's phrases.
_FOREIGN_TRADE_RE = lazy_regex(
    r"카지노|바카라|슬롯|토토|배팅|베팅|도박|먹튀|카지노사이트"
    r"|カジノ|バカラ|スロット|パチンコ|パチスロ|ギャンブル|ベット|ポーカー"
    r"|คาสิโน|บาคาร่า|สล็อต|พนัน|แทงบอล|หวย"
    r"|(?i:cá cược|nhà cái|đánh bạc|lô đề|xổ số|tài xỉu|bet|casino|poker|slot|lotto|baccarat|jackpot|bingo|gambling)"
)
_GLUED_TRADE_BEFORE_RE = lazy_regex(rf"(?:{alternation(CATEGORY_WORDS + OTHER_TRADE_WORDS)}) ?$")


def foreign_script_runs(text: str) -> list[tuple[int, int]]:
    """Runs of a script foreign to the page inside its Chinese sentences, blanks around them included.

    >>> t = "第一条 为了规范本行政区域内的 바카라사이트 管理活动，依法𝐋𝐄𝐇𝐔体育实施监督检查工作，保障nhà cái uy tín公民的合法权益。"
    >>> [t[s:e] for s, e in foreign_script_runs(t)]
    [' 바카라사이트 ', '𝐋𝐄𝐇𝐔体育', 'nhà cái uy tín']
    >>> foreign_script_runs("第二条 使用①②项规定的APP应用，符合ISO 9001标准，支持open source社区。")
    []
    """
    if _GATE.search(text) is None:
        return []
    found: list[tuple[int, int, str]] = []
    for m in _RUN_RE.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "viet" and not _foreign_accents(text[start:end]):
            continue
        if kind == "english" and (end - start < 8 or not _all_words(text[start:end])):
            continue
        left, right = start, end
        if text[left - 1 : left] == " ":
            left -= 1
        if text[right : right + 1] == " ":
            right += 1
        if not (_han_at(text, left - 1) and _han_at(text, right)):
            continue
        if kind != "styled" and not _trade_evidence(text, start, end, left, right):
            continue  # (a name or a term the page writes in its own script: 被告人김철수, 原告ソニー株式会社)
        if kind == "kana":
            right = _with_glued_tail(text, left, right)
        elif kind == "styled":
            tail = _TRADE_TAIL_RE.match(text, right)
            right = tail.end() if tail else right
        if _calm(text, left, right):
            found.append((left, right, kind))
    if not found:
        return []
    # the script is foreign to the page: its characters are few beside the page's Han characters
    han_total = len(HAN_CHAR.findall(text))
    foreign = {}
    for kind in {k for _, _, k in found}:
        count = len(_SCRIPT_CHARS[kind].findall(text))
        foreign[kind] = count <= max(_FLOOR, _SHARE_MAX * han_total) and count * 3 < han_total
    return [(s, e) for s, e, kind in found if foreign[kind]]


def _trade_evidence(text: str, start: int, end: int, left: int, right: int) -> bool:
    """A gambling word of the run's language inside the run, or a Han trade word glued before or after it.

    >>> t = "依法바카라사이트管理，原告ソニー株式会社诉称，依法토마토娱乐城管理"
    >>> [_trade_evidence(t, s, e, s, e) for s, e in ((2, 8), (13, 16), (25, 28))]
    [True, False, True]
    """
    if _FOREIGN_TRADE_RE.search(text, start, end):
        return True
    return _TRADE_TAIL_RE.match(text, right) is not None or _GLUED_TRADE_BEFORE_RE.search(text[max(0, left - 6) : left]) is not None


def _foreign_accents(phrase: str) -> bool:
    """Latin words written with a language's accents (Vietnamese ``nhà cái uy tín``): a letter only
    Vietnamese writes, or two accented words of which one is no pinyin syllable (pinyin's tone marks
    read ``zhōng guó``).

    >>> [_foreign_accents(p) for p in ("nhà cái uy tín", "cá cược", "zhōng guó", "ISO 9001")]
    [True, True, False, False]
    """
    if _VIET_ONLY_RE.search(phrase):
        return True
    words = phrase.split(" ")
    if sum(1 for w in words if not w.isascii()) < 2:
        return False
    from corpus_tools.clean.ruby import valid_syllables

    syllables = valid_syllables()
    return any(_toneless(w) not in syllables for w in words)


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFD", word.lower()).encode("ascii", "ignore").decode()


def _all_words(phrase: str) -> bool:
    """An English phrase, not a unit or a formula: every word of two letters or more."""
    return all(len(w) >= 2 for w in phrase.split(" "))


def _han_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and HAN_CHAR.match(text, i) is not None and not is_improbable(text[i])


def _calm(text: str, left: int, right: int) -> bool:
    """No improbable character (a stretch of mojibake) near the run, outside it."""
    around = text[max(0, left - _CALM) : left] + text[right : right + _CALM]
    return not any(HAN_CHAR.match(c) and is_improbable(c) for c in around)


def _with_glued_tail(text: str, left: int, right: int) -> int:
    """``right`` moved past Han characters glued after a kana run (a Japanese word's kanji: ``パチンコ攻略``):
    the sentence reads across the removal with them (the pair it joins is law text's) and the last of
    them does not read into what follows (the seam the injection made).

    >>> t = "依法パチンコ攻略管理"
    >>> t[_with_glued_tail(t, 2, 6):]
    '管理'
    >>> t = "依法パチンコ管理"
    >>> t[_with_glued_tail(t, 2, 6):]
    '管理'
    """
    pairs = law_bigrams()
    before = text[left - 1]
    m = _HAN_RUN_AFTER.match(text, right)
    if m is None:
        return right
    for k in range(1, min(_TAIL_MAX, m.end() - right) + 1):
        pad = text[right + k : right + k + 1] == " " and text[left : left + 1] == " "  # (the blank the run came with)
        after = text[right + k + pad : right + k + pad + 1]
        if after and HAN_CHAR.match(after) and before + after in pairs and (pad or text[right + k - 1] + after not in pairs):
            return right + k + pad
    return right
