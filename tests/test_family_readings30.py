"""Family tests of session 30's readings room: glosses of the text (readings) and spam hidden by position.

Generators of members the benchmark's development sets do not show, over plain strings (a law of the suite's
shape, or any clean law of the DLC when run as a script).  Two of them are this room's held-out members, written
before the mechanisms and never tuned on: :func:`yale_word_glosses` (ruby) and :func:`telestich_before_stop` (spam).
The others are tuned siblings: :func:`tailo_glosses`, :func:`han_viet_glosses`, :func:`tone_class_glosses`, :func:`telestich`,
:func:`repeated_unknown_brand`.

Run as a script to measure every member on clean laws of the DLC (pages that clean back to the clean law exactly):
``PYTHONPATH=. python tests/test_family_readings30.py /work/ref/DLC 40``.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex

from corpus_tools.clean import clean

# --------------------------------------------------------------------------- tables (small, of common law characters)

#: Hokkien readings in Tâi-lô with tone numbers (literary readings), as Taiwan's dictionary pages print them.
TAILO = dict(p.split(":") for p in (
    "中:tiong1 华:hua5 人:jin5 民:bin5 共:kiong7 和:ho5 国:kok4 法:huat4 律:lut8 条:tiau5 例:le7 规:kui1 定:ting7 "
    "本:pun2 市:tshi7 省:sing2 政:tsing3 府:hu2 管:kuan2 理:li2 部:poo7 门:bun5 工:kang1 作:tsok4 发:huat4 展:tian2 "
    "保:po2 护:hoo7 安:an1 全:tsuan5 社:sia7 会:hue7 经:king1 济:tse3 文:bun5 化:hua3 生:sing1 产:san2 公:kong1 "
    "开:khai1 依:i1 有:iu2 关:kuan1 实:sit8 施:si1 监:kam1 督:tok4 建:kian3 设:siat4 环:khuan5 境:king2 服:hok8 "
    "务:bu7 责:tsik4 任:jim7 权:khuan5 利:li7 县:kuan7 区:khu1 地:te7 方:hong1 水:sui2 信:sin3 息:sik4 技:ki7 "
    "术:sut8 教:kau3 育:iok8 交:kau1 通:thong1 进:tsin3 标:piau1 准:tsun2 登:ting1 记:ki3 申:sin1 请:tshing2 "
    "审:sim2 批:phe1 许:hi2 可:kho2 证:tsing3 处:tshu3 罚:huat8 款:khuan2 主:tsu2 体:the2 事:su7 项:hang7 目:bok8 "
    "章:tsiong1 程:ting5"
).split())

#: Vietnamese (Hán-Việt) readings of characters, as Vietnamese learners' pages gloss Chinese text.
HAN_VIET = dict(p.split(":") for p in (
    "国:quốc 家:gia 法:pháp 律:luật 政:chính 府:phủ 人:nhân 民:dân 保:bảo 护:hộ 管:quản 理:lý 社:xã 会:hội 安:an "
    "全:toàn 发:phát 展:triển 公:công 共:cộng 文:văn 化:hóa 经:kinh 济:tế 教:giáo 育:dục 交:giao 通:thông 土:thổ "
    "地:địa 责:trách 任:nhiệm 权:quyền 利:lợi 市:thị 场:trường 主:chủ 体:thể 事:sự 项:hạng 信:tín 息:tức 技:kỹ "
    "术:thuật 工:công 作:tác 实:thực 施:thi 单:đơn 位:vị 机:cơ 关:quan 部:bộ 门:môn 规:quy 定:định 卫:vệ 生:sinh "
    "企:xí 业:nghiệp 中:trung 华:hoa 和:hòa 条:điều 例:lệ 本:bản 省:tỉnh 县:huyện 区:khu"
).split())

#: Cantonese readings of words in Yale with tone numbers, a syllable each character, as glossaries print a word's.
YALE_WORDS = dict(p.split(":") for p in (
    "国家:gwok3_ga1 法律:faat3_leut6 政府:jing3_fu2 人民:yan4_man4 保护:bou2_wu6 管理:gun2_lei5 社会:se5_wui6 "
    "经济:ging1_jai3 文化:man4_fa3 环境:waan4_ging2 安全:on1_chyun4 发展:faat3_jin2 公共:gung1_gung6 服务:fuk6_mou6 "
    "监督:gaam1_duk1 建设:gin3_chit3 教育:gaau3_yuk6 交通:gaau1_tung1 土地:tou2_dei6 责任:jaak3_yam6 权利:kyun4_lei6 "
    "标准:biu1_jeun2 登记:dang1_gei3 申请:san1_ching2 审批:sam2_pai1 许可:heui2_ho2 处罚:chyu5_fat6 主体:jyu2_tai2 "
    "事项:si6_hong6 信息:seun3_sik1 技术:gei6_seut6 工作:gung1_jok3 实施:sat6_si1 单位:daan1_wai2 机关:gei1_gwaan1 "
    "部门:bou6_mun4 规定:kwai1_ding6 卫生:wai6_sang1 市场:si5_cheung4 企业:kei5_yip6"
).split())

#: Characters with several readings an annotated edition marks with the tone class of the reading meant (破读).
TONE_CLASS = dict(p.split(":") for p in (
    "为:去声 行:平声 长:上声 重:平声 处:上声 应:平声 当:去声 相:去声 中:去声 种:去声 更:平声 调:去声 没:入声 "
    "分:去声 少:去声 好:去声 间:去声 数:上声 乐:入声 从:去声"
).split())

_LINE_END = regex.compile(r"[。；：]$")
_BRANDS = ("巴黎人娱", "凯旋门堂", "百乐门厅", "新濠影汇", "金碧辉煌", "摩卡会所")
_UNKNOWN = ("鼎盛国际官网", "御龙湾手机版", "巴黎人注册送彩金", "皇家赌苑官方网站", "星河湾最新版")


def _body_lines(text: str) -> list[tuple[int, str]]:
    """``(start, line)`` of the law's article and paragraph lines (not the title, headings or the date)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line and not line.startswith(("#", "<", "(", "（", "第一章", "第二章")) and len(line) > 8 and _LINE_END.search(line):
            out.append((at, line))
        at += len(line) + 1
    return out


def _insert(text: str, inserts: list[tuple[int, str]]) -> str:
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


# --------------------------------------------------------------------------- held-out members (written first)


def yale_word_glosses(text: str, rng: random.Random) -> str:
    """HELD OUT. Cantonese Yale readings of a whole word after it, syllables apart (``保护（bou2 wu6）``), as bilingual
    glossaries gloss words: three to six words a page, one bracket a page."""
    left, right = rng.choice((("（", "）"), ("(", ")"), ("[", "]")))
    spots = [(at + m.end(), m.group()) for at, line in _body_lines(text) for m in regex.finditer("|".join(YALE_WORDS), line)]
    rng.shuffle(spots)
    return _insert(text, [(at, f"{left}{YALE_WORDS[w].replace('_', ' ')}{right}") for at, w in spots[: rng.randint(3, 6)]])


def telestich_before_stop(text: str, rng: random.Random) -> str:
    """HELD OUT. A brand spelt down the page at the lines' ends, each character put before the line's final mark
    (``…施行巴。⏎…规定黎。``): four consecutive lines."""
    brand = rng.choice(_BRANDS)
    lines = _body_lines(text)
    if len(lines) < 6:
        return text
    s = rng.randrange(0, len(lines) - len(brand))
    return _insert(text, [(at + len(line) - 1, ch) for ch, (at, line) in zip(brand, lines[s:s + len(brand)])])


# --------------------------------------------------------------------------- tuned siblings


def tailo_glosses(text: str, rng: random.Random) -> str:
    """Hokkien Tâi-lô readings with tone numbers after each character of two to five words (``保(po2)护(hoo7)``)."""
    left, right = rng.choice((("（", "）"), ("(", ")"), ("〔", "〕")))
    spots = [(at + m.start(), m.group()) for at, line in _body_lines(text) for m in regex.finditer(r"\p{Han}{2,3}", line)
             if all(c in TAILO for c in m.group())]
    rng.shuffle(spots)
    inserts, used = [], set()
    for at, word in spots:
        if len(used) >= rng.randint(3, 5) or at in used:
            continue
        used.add(at)
        inserts += [(at + k + 1, f"{left}{TAILO[c]}{right}") for k, c in enumerate(word)]
    return _insert(text, inserts)


def han_viet_glosses(text: str, rng: random.Random) -> str:
    """Vietnamese Hán-Việt readings after each character of two to five words (``保（bảo）护（hộ）``)."""
    left, right = rng.choice((("（", "）"), ("(", ")"), ("【", "】")))
    spots = [(at + m.start(), m.group()) for at, line in _body_lines(text) for m in regex.finditer(r"\p{Han}{2,3}", line)
             if all(c in HAN_VIET for c in m.group())]
    rng.shuffle(spots)
    inserts, used = [], set()
    for at, word in spots:
        if len(used) >= rng.randint(3, 5) or at in used:
            continue
        used.add(at)
        inserts += [(at + k + 1, f"{left}{HAN_VIET[c]}{right}") for k, c in enumerate(word)]
    return _insert(text, inserts)


def tone_class_glosses(text: str, rng: random.Random) -> str:
    """An annotated edition's tone class after characters of several readings (``为（去声）``): three to six a page."""
    left, right = rng.choice((("（", "）"), ("〔", "〕")))
    spots = [at + k + 1 for at, line in _body_lines(text) for k, c in enumerate(line) if c in TONE_CLASS]
    rng.shuffle(spots)
    return _insert(text, [(at, f"{left}{TONE_CLASS[text[at - 1]]}{right}") for at in spots[: rng.randint(3, 6)]])


def telestich(text: str, rng: random.Random) -> str:
    """A brand spelt down the page at the lines' ends, each character after the line's final mark (``…施行。巴``)."""
    brand = rng.choice(_BRANDS)
    lines = _body_lines(text)
    if len(lines) < 6:
        return text
    s = rng.randrange(0, len(lines) - len(brand))
    return _insert(text, [(at + len(line), ch) for ch, (at, line) in zip(brand, lines[s:s + len(brand)])])


def repeated_unknown_brand(text: str, rng: random.Random) -> str:
    """A brand of no list with a site word, inserted between two characters at two to four places of the page."""
    brand = rng.choice(_UNKNOWN)
    gaps = [at + k for at, line in _body_lines(text) for k in range(8, len(line) - 2)
            if regex.match(r"\p{Han}\p{Han}", line[k - 1:k + 1])]
    rng.shuffle(gaps)
    return _insert(text, [(at, brand) for at in gaps[: rng.randint(2, 4)]])


MEMBERS = {
    "yale_word_glosses (held out)": yale_word_glosses,
    "telestich_before_stop (held out)": telestich_before_stop,
    "tailo_glosses": tailo_glosses,
    "han_viet_glosses": han_viet_glosses,
    "tone_class_glosses": tone_class_glosses,
    "telestich": telestich,
    "repeated_unknown_brand": repeated_unknown_brand,
}

# --------------------------------------------------------------------------- tests

LAW = """# 某市历史文化名城保护条例

<!-- INFO END -->

## 第一章 总则

第一条 为了加强历史文化名城的保护与管理，传承优秀历史文化遗产，根据有关法律、行政法规，结合本市实际，制定本条例。

第二条 本条例适用于本市行政区域内历史文化名城的保护、利用及其相关管理活动。

第三条 历史文化名城保护应当遵循科学规划、严格保护、合理利用的原则。

第四条 市人民政府负责本市历史文化名城的保护工作，将保护经费列入本级财政预算。

区县（自治县）人民政府按照职责做好本辖区内的保护工作。

第五条 市规划主管部门负责保护规划的组织编制和实施管理。

第六条 文物、住房城乡建设、发展改革、财政等部门按照各自职责，做好相关保护工作。

第七条 鼓励单位和个人以捐赠、资助等方式参与历史文化名城的保护。

第八条 任何单位和个人都有保护历史文化遗产的义务，有权对破坏行为进行劝阻和举报。

第九条 本条例（试行）自公布之日起施行。
"""


@pytest.mark.parametrize("member", [tailo_glosses, han_viet_glosses, tone_class_glosses, telestich, repeated_unknown_brand])
def test_tuned_sibling_cleans_back(member):
    """Each tuned sibling's damage on the suite's law cleans back to the law, for a few seeds."""
    want = clean(LAW)
    for seed in range(3):
        damaged = member(LAW, random.Random(f"{member.__name__}-{seed}"))
        assert damaged != LAW
        assert clean(damaged) == want, (seed, damaged)


def test_glosses_of_every_system():
    """The reading systems' glosses go; the law's own brackets stay (byte-identical clean text)."""
    page = LAW.replace("第三条 历史文化名城", "第三条 历（lik6）史（si2）文化名城").replace(
        "制定本条例", "制（征例切）定（徒径切）本条例").replace("合理利用", "合（hap6）理（lei5）利用").replace(
        "行政法规", "行（户庚反）政法规")
    assert page != LAW
    assert clean(page) == clean(LAW)
    out = clean(LAW)
    assert "（试行）" in out and "（自治县）" in out and "第九条 本条例" in out


def test_acrostic_dressed_and_telestich():
    """A brand spelt at the lines' starts (dressed in brackets) or after their final marks goes; the labels stay."""
    damaged = LAW
    for ch, label in zip("葡京赌场", ("第五条", "第六条", "第七条", "第八条")):
        damaged = damaged.replace(label, f"【{ch}】{label}")
    for ch, end in zip("金沙城", ("制定本条例。", "相关管理活动。", "合理利用的原则。")):
        damaged = damaged.replace(end, end + ch)
    assert "【葡】第五条" in damaged and "管理活动。沙" in damaged
    assert clean(damaged) == clean(LAW)


# --------------------------------------------------------------------------- measuring (a script)


def measure(corpus: str, n: int, seed: int = 0) -> dict[str, tuple[int, int]]:
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
    for name, member in MEMBERS.items():
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


# --------------------------------------------------------------------------- linear on hostile input


@pytest.mark.parametrize("unit", [
    "中（之盛切）国（古或切）",  # every character glossed: every bracket a candidate of one habit
    "中（zung1）国（gwok3）人（jan4）",
    "中（" + "a1" * 8,  # brackets that never close
])
def test_gloss_readings_linear(unit):
    from corpus_tools.clean.ruby_systems import gloss_readings
    from tests.timing import small_and_large

    small, large = small_and_large(gloss_readings, unit)
    assert large < 20 * small + 0.05


@pytest.mark.parametrize("unit", [
    "永第五条　本市。\n",  # every line a path's character
    "永第五条　本市。\n太劳动保障部门依法监督。\n",  # every other line read by the model
    "本市依法管理。金\n",
])
def test_positional_brands_linear(unit):
    from corpus_tools.clean.spam_positions import positional_brands
    from tests.timing import small_and_large

    small, large = small_and_large(positional_brands, unit)
    assert large < 20 * small + 0.05
