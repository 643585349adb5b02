"""Family tests of session 32's readings room: a reading aid that gives MORE than one reading in one bracket.

Learners' editions, dictionaries and bilingual teaching sites print a character's reading in two systems at once
(Zhuyin and pinyin, pinyin and Wade-Giles, Cantonese Jyutping and Mandarin pinyin, a Korean or Japanese learner's
reading beside the pinyin), a polyphone's alternative readings (``行(xíng/háng)``), or the reading before and
after a tone sandhi (``管(guǎn→guán)``); a copy keeps the whole bracket in the text.  Generators of members over
plain strings (a law of the suite's shape, or any clean law of the DLC when run as a script).

Two of them are this room's held-out members, written before the mechanism and never tuned on:
:func:`jyutping_and_pinyin` and :func:`hangul_and_pinyin`.  The others are tuned siblings:
:func:`pinyin_and_wade_giles`, :func:`polyphone_alternatives`, :func:`sandhi_arrow`, :func:`zhuyin_and_tone3`,
:func:`pinyin_and_ipa`, :func:`pinyin_and_english`, :func:`word_in_two_systems`.

Run as a script to measure every member on clean laws of the DLC (pages that clean back to the clean law exactly):
``PYTHONPATH=. python tests/test_family_readings32.py /work/ref/DLC 40``.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex
from pypinyin import Style, lazy_pinyin, pinyin

from corpus_tools.clean import clean

_HAN = regex.compile(r"\p{Han}")

# --------------------------------------------------------------------------- tables (small, of common law characters)

#: Cantonese readings in Jyutping (Hong Kong learners' pages print them beside the Mandarin pinyin).
JYUTPING = dict(p.split(":") for p in (
    "中:zung1 华:waa4 人:jan4 民:man4 共:gung6 和:wo4 国:gwok3 法:faat3 律:leot6 条:tiu4 例:lai6 规:kwai1 定:ding6 "
    "本:bun2 市:si5 省:saang2 政:zing3 府:fu2 管:gun2 理:lei5 部:bou6 门:mun4 工:gung1 作:zok3 发:faat3 展:zin2 "
    "保:bou2 护:wu6 安:on1 全:cyun4 社:se5 会:wui6 经:ging1 济:zai3 文:man4 化:faa3 生:sang1 产:caan2 公:gung1 "
    "开:hoi1 依:ji1 有:jau5 关:gwaan1 实:sat6 施:si1 监:gaam1 督:duk1 建:gin3 设:cit3 环:waan4 境:ging2 服:fuk6 "
    "务:mou6 责:zaak3 任:jam6 权:kyun4 利:lei6 县:jyun6 区:keoi1 地:dei6 方:fong1 水:seoi2 信:seon3 息:sik1 "
    "技:gei6 术:seot6 教:gaau3 育:juk6 交:gaau1 通:tung1 标:biu1 准:zeon2 登:dang1 记:gei3 申:san1 请:cing2 "
    "审:sam2 批:pai1 许:heoi2 可:ho2 证:zing3 处:cyu5 罚:fat6 主:zyu2 体:tai2 事:si6 项:hong6 目:muk6 计:gai3 "
    "量:loeng6 单:daan1 位:wai2 统:tung2 活:wut6 动:dung6 机:gei1 业:jip6 企:kei5 卫:wai6 家:gaa1 员:jyun4 "
    "进:zeon3 制:zai3 度:dou6 资:zi1 源:jyun4 检:gim2 查:caa4 加:gaa1 强:koeng4 障:zoeng3 财:coi4 预:jyu6 "
    "算:syun3 学:hok6 科:fo1 研:jin4 究:gau3 报:bou3 告:gou3"
).split())

#: Sino-Korean readings in Hangul (Korean learners of Chinese see the character's Korean reading beside the pinyin).
HANGUL = dict(p.split(":") for p in (
    "中:중 华:화 人:인 民:민 共:공 和:화 国:국 法:법 律:률 条:조 例:례 规:규 定:정 本:본 市:시 省:성 政:정 府:부 "
    "管:관 理:리 部:부 门:문 工:공 作:작 发:발 展:전 保:보 护:호 安:안 全:전 社:사 会:회 经:경 济:제 文:문 化:화 "
    "生:생 产:산 公:공 开:개 依:의 有:유 关:관 实:실 施:시 监:감 督:독 建:건 设:설 环:환 境:경 服:복 务:무 责:책 "
    "任:임 权:권 利:리 县:현 区:구 地:지 方:방 水:수 信:신 息:식 技:기 术:술 教:교 育:육 交:교 通:통 标:표 准:준 "
    "登:등 记:기 申:신 请:청 审:심 批:비 许:허 可:가 证:증 处:처 罚:벌 主:주 体:체 事:사 项:항 目:목 计:계 量:량 "
    "单:단 位:위 统:통 活:활 动:동 机:기 业:업 企:기 卫:위 家:가 员:원 进:진 制:제 度:도 资:자 源:원 检:검 查:사 "
    "加:가 强:강 障:장 财:재 预:예 算:산 学:학 科:과 研:연 究:구 报:보 告:고"
).split())


def _body_lines(text: str) -> list[tuple[int, str]]:
    """``(start, line)`` of the law's body lines (not the title, headings, comments)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line and not line.startswith(("#", "<", "!")) and len(line) > 8 and _HAN.search(line):
            out.append((at, line))
        at += len(line) + 1
    return out


def _terms(text: str, ok) -> list[tuple[int, str]]:
    """``(position, term)``: runs of two to four Han characters in body lines whose every character ``ok`` takes."""
    out = []
    for at, line in _body_lines(text):
        for m in regex.finditer(r"\p{Han}{2,}", line):
            run = m.group()
            for i in range(0, len(run) - 1, 3):
                term = run[i:i + 2 + (i % 2)]
                if len(term) >= 2 and all(ok(c) for c in term):
                    out.append((at + m.start() + i, term))
    return out


def _gloss(text: str, rng: random.Random, reading, ok=lambda c: True, k=(2, 5),
           forms=(("(", ")"), ("（", "）"), ("[", "]")), term_ok=lambda t: True) -> str:
    """Gloss every character of ``k`` terms with ``reading(ch)`` (None: that character bare) in one of ``forms``."""
    left, right = rng.choice(forms)
    spots = [(p, t) for p, t in _terms(text, ok) if term_ok(t)]
    rng.shuffle(spots)
    inserts, used = [], set()
    for pos, term in spots:
        if len(inserts) >= rng.randint(*k) * 2:
            break
        if any(p in used for p in range(pos - 1, pos + len(term) + 1)):
            continue
        used.update(range(pos, pos + len(term)))
        for j, ch in enumerate(term):
            r = reading(ch, term, j)
            if r is not None:
                inserts.append((pos + j + 1, f"{left}{r}{right}"))
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


def _tone(ch: str) -> str:
    return pinyin(ch, style=Style.TONE)[0][0]


# --------------------------------------------------------------------------- held-out members (written first)


def jyutping_and_pinyin(text: str, rng: random.Random) -> str:
    """HELD OUT. A Hong Kong learners' page: the Cantonese Jyutping and the Mandarin pinyin in one bracket, either
    order, blank, ``/`` or ``|`` between (``管(gun2 / guǎn)理(lei5 / lǐ)``)."""
    sep = rng.choice((" ", " / ", "|", "/"))
    first = rng.random() < 0.5
    return _gloss(text, rng, lambda ch, t, j: f"{JYUTPING[ch]}{sep}{_tone(ch)}" if first else f"{_tone(ch)}{sep}{JYUTPING[ch]}",
                  ok=lambda c: c in JYUTPING)


def hangul_and_pinyin(text: str, rng: random.Random) -> str:
    """HELD OUT. A Korean learners' textbook: the character's Sino-Korean reading in Hangul, then the pinyin
    (``管（관 guǎn）理（리 lǐ）``), in full-width or ASCII brackets, blank, ``·`` or ``,`` between."""
    sep = rng.choice((" ", "·", ", "))
    return _gloss(text, rng, lambda ch, t, j: f"{HANGUL[ch]}{sep}{_tone(ch)}", ok=lambda c: c in HANGUL,
                  forms=(("（", "）"), ("(", ")")))


# --------------------------------------------------------------------------- tuned siblings


def pinyin_and_wade_giles(text: str, rng: random.Random) -> str:
    """An older sinological glossary: the pinyin and the Wade-Giles reading with its tone number
    (``管(guǎn / kuan3)``, ``管[guǎn; kuan³]``)."""
    sep = rng.choice((" / ", "; ", " "))
    sup = rng.random() < 0.5

    def reading(ch, t, j):
        wg = lazy_pinyin(ch, style=Style.WADEGILES)[0]
        tone = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0][-1:]
        tone = tone.translate(str.maketrans("12345", "¹²³⁴⁵")) if sup else tone
        return f"{_tone(ch)}{sep}{wg}{tone if tone.strip('0123456789¹²³⁴⁵') == '' else ''}"

    return _gloss(text, rng, reading)


def polyphone_alternatives(text: str, rng: random.Random) -> str:
    """A dictionary's polyphone entry copied beside a character that has several readings: all of them
    (``行(xíng/háng)``, ``长（cháng、zhǎng）``, ``说（shuō，又读shuì）``), only on such characters, two to six of them a
    page."""
    sep = rng.choice(("/", "、", " | ", "，", "，又读", " 或 "))
    cands = []
    for at, line in _body_lines(text):
        for m in _HAN.finditer(line):
            rs = list(dict.fromkeys(pinyin(m.group(), style=Style.TONE, heteronym=True)[0]))
            if 2 <= len(rs) <= 3:
                cands.append((at + m.start() + 1, sep.join(rs)))
    rng.shuffle(cands)
    left, right = rng.choice((("(", ")"), ("（", "）"), ("[", "]")))
    chosen = sorted(cands[: rng.randint(2, 6)], reverse=True)
    for at, s in chosen:
        text = text[:at] + f"{left}{s}{right}" + text[at:]
    return text


def sandhi_arrow(text: str, rng: random.Random) -> str:
    """A teaching text marks the third-tone sandhi: the dictionary reading, an arrow, the spoken one
    (``管(guǎn→guán)理(lǐ)``); the other characters of the term carry their reading alone."""
    arrow = rng.choice(("→", "->", " > "))
    rise = str.maketrans("ǎěǐǒǔǚ", "áéíóúǘ")

    def reading(ch, term, j):
        r = _tone(ch)
        nxt = _tone(term[j + 1]) if j + 1 < len(term) else ""
        if any(v in r for v in "ǎěǐǒǔǚ") and any(v in nxt for v in "ǎěǐǒǔǚ"):
            return f"{r}{arrow}{r.translate(rise)}"
        return r

    def sandhi(term):
        return any(reading(term[j], term, j) != _tone(term[j]) for j in range(len(term)))

    return _gloss(text, rng, reading, term_ok=sandhi)


def zhuyin_and_tone3(text: str, rng: random.Random) -> str:
    """A Taiwanese dictionary's entry: Zhuyin and tone-numbered pinyin in lenticular brackets, a full-width
    semicolon between (``管【ㄍㄨㄢˇ；guan3】``)."""
    sep = rng.choice(("；", "; ", "，"))
    return _gloss(text, rng, lambda ch, t, j: f"{pinyin(ch, style=Style.BOPOMOFO)[0][0]}{sep}{lazy_pinyin(ch, style=Style.TONE3)[0]}",
                  forms=(("【", "】"), ("〔", "〕")))


#: IPA of common law characters with Chao's tone letters, as a phonology page writes the Mandarin reading.
IPA = dict(p.split(":") for p in (
    "管:kuan˨˩˦ 理:li˨˩˦ 法:fa˨˩˦ 律:ly˥˩ 条:tʰjɑʊ˧˥ 例:li˥˩ 本:pən˨˩˦ 市:ʂʐ̩˥˩ 人:ʐən˧˥ 民:min˧˥ 国:kuo˧˥ "
    "家:tɕja˥ 计:tɕi˥˩ 量:ljɑŋ˥˩ 监:tɕjɛn˥ 督:tu˥ 保:pɑʊ˨˩˦ 护:xu˥˩ 安:an˥ 全:tɕʰɥɛn˧˥ 公:kʊŋ˥ 开:kʰai˥ "
    "信:ɕin˥˩ 息:ɕi˥ 教:tɕjɑʊ˥˩ 学:ɕɥɛ˧˥ 科:kʰɤ˥ 研:jɛn˧˥ 单:tan˥ 位:wei˥˩ 统:tʰʊŋ˨˩˦ 一:i˥ 工:kʊŋ˥ "
    "作:tsuo˥˩ 财:tsʰai˧˥ 政:ʈʂəŋ˥˩ 预:y˥˩ 算:suan˥˩ 报:pɑʊ˥˩ 告:kɑʊ˥˩ 活:xuo˧˥ 动:tʊŋ˥˩ 制:ʈʂʐ̩˥˩ 定:tiŋ˥˩"
).split())

#: A learners' glossary's English meaning of common law characters.
ENGLISH = dict(p.split(":") for p in (
    "管:manage 理:govern 法:law 律:rule 条:article 例:example 本:root 市:city 人:person 民:people 国:country "
    "家:home 计:count 量:measure 监:supervise 督:oversee 保:protect 护:guard 安:safe 全:whole 公:public "
    "开:open 信:trust 息:news 教:teach 学:learn 科:branch 研:study 单:single 位:place 统:unify 一:one "
    "工:work 作:do 财:wealth 政:govern 预:advance 算:reckon 报:report 告:tell 活:live 动:move 制:system 定:fix"
).split())


def pinyin_and_ipa(text: str, rng: random.Random) -> str:
    """A phonology page or an online dictionary: the pinyin and the IPA with Chao's tone letters
    (``管（guǎn /kuan˨˩˦/）``, ``管(guǎn | kuan˨˩˦)``)."""
    form = rng.choice(("{p} /{i}/", "{p} | {i}", "{p}, {i}"))
    return _gloss(text, rng, lambda ch, t, j: form.format(p=_tone(ch), i=IPA[ch]), ok=lambda c: c in IPA)


def pinyin_and_english(text: str, rng: random.Random) -> str:
    """A learners' reader: every character of a few terms with its pinyin and its English meaning
    (``管(guǎn: manage)理(lǐ: govern)``, ``管（guǎn - manage）``)."""
    sep = rng.choice((": ", " - ", ", ", "；"))
    return _gloss(text, rng, lambda ch, t, j: f"{_tone(ch)}{sep}{ENGLISH[ch]}", ok=lambda c: c in ENGLISH, k=(2, 4))


def word_in_two_systems(text: str, rng: random.Random) -> str:
    """A bilingual teaching site glosses a few terms, not characters: the term's pinyin (syllables together or apart)
    and its Zhuyin or tone-numbered pinyin after the term (``管理（guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ）``)."""
    sep = rng.choice((" / ", "｜", "; ", "，"))
    joined = rng.random() < 0.5
    second = rng.choice((Style.BOPOMOFO, Style.TONE3))
    left, right = rng.choice((("(", ")"), ("（", "）"), ("[", "]")))
    spots = _terms(text, lambda c: True)
    rng.shuffle(spots)
    inserts, used = [], set()
    for pos, term in spots[: rng.randint(2, 5)]:
        if any(p in used for p in range(pos - 1, pos + len(term) + 1)):
            continue
        used.update(range(pos, pos + len(term)))
        first = ("" if joined else " ").join(_tone(c) for c in term)
        other = " ".join(pinyin(c, style=second)[0][0] for c in term)
        inserts.append((pos + len(term), f"{left}{first}{sep}{other}{right}"))
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


MEMBERS = {
    "jyutping_and_pinyin (held out)": jyutping_and_pinyin,
    "hangul_and_pinyin (held out)": hangul_and_pinyin,
    "pinyin_and_wade_giles": pinyin_and_wade_giles,
    "polyphone_alternatives": polyphone_alternatives,
    "sandhi_arrow": sandhi_arrow,
    "zhuyin_and_tone3": zhuyin_and_tone3,
    "pinyin_and_ipa": pinyin_and_ipa,
    "pinyin_and_english": pinyin_and_english,
    "word_in_two_systems": word_in_two_systems,
}


# --------------------------------------------------------------------------- measuring (a script)


def measure(corpus: str, n: int, seed: int = 0, members=None) -> dict[str, tuple[int, int]]:
    """Per member: ``(pages that clean back exactly, pages damaged)`` over ``n`` clean laws of ``corpus``."""
    from pathlib import Path

    paths = sorted(Path(corpus).rglob("*.md"))
    random.Random(seed).shuffle(paths)
    laws = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        if 2000 < len(text) < 12000:
            laws.append((p.name, text))
        if len(laws) >= n:
            break
    out = {}
    for name, member in (members or MEMBERS).items():
        exact = damaged_pages = 0
        for law_name, text in laws:
            damaged = member(text, random.Random(f"{name}-{law_name}"))
            if damaged == text:
                continue
            damaged_pages += 1
            exact += clean(damaged) == clean(text)
        out[name] = (exact, damaged_pages)
    return out


if __name__ == "__main__":
    corpus, n = sys.argv[1], int(sys.argv[2])
    for name, (exact, total) in measure(corpus, n).items():
        print(f"{name:36s} {exact:3d}/{total:3d} exact pages ({100 * exact / max(total, 1):.1f} %)")


# --------------------------------------------------------------------------- tests

LAW = """# 某市计量监督管理条例

<!-- INFO END -->

## 第一章 总则

第一条 为了加强计量监督管理，保障计量单位制的统一，根据有关法律，结合本市实际，制定本条例。

第二条 本条例适用于本市行政区域内的计量活动及其监督管理。

第三条 从事下列活动使用计量单位的，应当使用国家法定计量单位：

（一）制发公文、公报、统计报表；

（二）从事教学、科研，发表学术论文和报告；

（三）按照规定的时间、路线行驶；

第四条 市人民政府负责本市计量工作，将计量经费列入本级财政预算。

第五条 鼓励单位和个人参与计量监督，有权对违法行为进行举报。

第六条 本条例自公布之日起施行。
"""


@pytest.mark.parametrize("member", list(MEMBERS.values()), ids=list(MEMBERS))
def test_member_cleans_back(member):
    """Each member's glosses on the suite's law clean back to the law, for a few seeds."""
    want = clean(LAW)
    for seed in range(4):
        damaged = member(LAW, random.Random(f"{member.__name__}-{seed}"))
        assert damaged != LAW
        assert clean(damaged) == want, (seed, damaged)


#: Clean brackets after Han characters holding Latin, codes, numbers, names or a term's English gloss: each page
#: must come out byte-identical.
CLEAN_BRACKETS = (
    "第一条 个人信息（personal information）是指以电子或者其他方式记录的各种信息。\n\n第二条 本市依法管理。\n",
    "第一条 信息安全技术标准（ISO/IEC 27001）适用于本市。\n\n第二条 应用程序（APP / 小程序）运营者应当遵守本条例。\n",
    "第一条 委托张三（Zhang San / Chang San）办理。\n\n第二条 李（Li/Lee）先生已缴清。\n",
    "第一条 本条例所称管理（guǎn lǐ, management）包括下列事项。\n\n第二条 时速（km/h）不得超过规定。\n",
    "第一条 依照下列规定（一/二）执行，附件（A/B）另行公布。\n\n第二条 本办法（试行）自公布之日起施行。\n",
    "第一条 本市（2021/2023）年度计划，编号（No. 12/2021）。\n\n第二条 法（fǎ, law）律（lǜ, rule）。\n",
)


@pytest.mark.parametrize("page", CLEAN_BRACKETS)
def test_clean_brackets_stay(page):
    """Brackets whose parts do not all read their character in a system of the table stay, byte-identical."""
    assert clean(page) == page


def test_teaching_page_keeps_its_readings():
    """A page that teaches the readings (a word naming pinyin or 注音 near them) keeps them."""
    page = "汉语拼音和注音符号对照：行（xíng/háng）、长（cháng/zhǎng）两个字各有两种读音。\n"
    assert clean(page) == page


def test_lone_shaped_part_needs_the_habit():
    """A part proven by its shape only needs the page's habit: one Jyutping gloss is none, two side by side are; an
    English word (a shape words also take) needs three characters."""
    from corpus_tools.clean.ruby_multi import multi_readings

    assert multi_readings("依法管(gun2 guǎn)本市事务。") == []
    assert [e.before for e in multi_readings("依法管(gun2 guǎn)理(lei5 lǐ)本市事务。")] == ["(gun2 guǎn)", "(lei5 lǐ)"]
    assert multi_readings("依法管(guǎn: manage)理(lǐ: govern)本市事务。") == []
    page = "依法管(guǎn: manage)理(lǐ: govern)本市事务，依(yī: rely)照执行。"
    assert [e.before for e in multi_readings(page)] == ["(guǎn: manage)", "(lǐ: govern)", "(yī: rely)"]


def test_shaped_system_must_be_consistent():
    """A character carrying two different strings in a system without readings is no reading layer."""
    from corpus_tools.clean.ruby_multi import multi_readings

    page = "管(gun2 guǎn)理(lei5 lǐ)依(ji1 yī)法，管(gwan2 guǎn)理(lei5 lǐ)。"
    assert multi_readings(page) == []


@pytest.mark.parametrize("page, want", [
    ("", ""), ("管", "管"), ("(", "("),
    ("（ㄍㄨㄢˇ guǎn）", "（ㄍㄨㄢˇ guǎn）"),  # at the page's first character: no character to read
    ("管(ㄍㄨㄢˇ guǎn)", "管"),  # at the page's last character
    ("管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)\r\n依(ㄧ yī)法(ㄈㄚˇ fǎ)\r\n", "管理\r\n依法\r\n"),
    ("管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)" * 50, "管理" * 50),
    ("管(/ / /)理(｜｜)依(→→)法( / )", "管(/ / /)理(｜｜)依(→→)法( / )"),
    ("管(ㄍㄨㄢˇ guǎn", "管(ㄍㄨㄢˇ guǎn"),
])
def test_hostile_pages(page, want):
    """Empty, one character, the evidence at the page's first and last character, CRLF, a page of only the damage,
    separators alone, an unclosed bracket: no raise, and the readings go only where they are whole."""
    from corpus_tools.clean.ruby_multi import multi_readings

    text = page
    for e in reversed(multi_readings(page)):
        text = text[:e.start] + text[e.end:]
    assert text == want
    assert isinstance(clean(page), str)


def test_damage_only_page_cleans():
    from corpus_tools.clean.ruby_multi import multi_readings

    page = "管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)\r\n依(ㄧ yī)法(ㄈㄚˇ fǎ)\r\n"
    text = page
    for e in reversed(multi_readings(page)):
        text = text[:e.start] + text[e.end:]
    assert text == "管理\r\n依法\r\n"


@pytest.mark.parametrize("unit", [
    "管(ㄍㄨㄢˇ guǎn)",  # every bracket a reading
    "管(a a a a a a a a a a a a a a a a a a a a a a a)",  # many parts, none reading
    "管(gun2 guǎn)理(gwan2 lǐ)",  # a shaped system, inconsistent
    "管(/ / / / / / / / / / / / / / / / / / / / / / /",  # an unclosed bracket of separators
])
def test_multi_readings_linear(unit):
    from corpus_tools.clean.ruby_multi import multi_readings
    from tests.timing import small_and_large

    small, large = small_and_large(multi_readings, unit)
    assert large < 20 * small + 0.05
