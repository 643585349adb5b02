"""Family tests of session 33's readings room: readings written by reading aids and speech-synthesis markup.

A law prepared for a speech synthesiser (a 普法 broadcast, an accessible edition, a site's read-aloud button) carries
the engine's markup: SSML elements, a vendor's inline controls, the reading of a polyphone; a law copied out of a
reading edition or a writing platform carries the platform's plain-text ruby notation.  A crawl keeps the notation.
Generators of members over plain strings (a law of the suite's shape, or any clean law of the DLC when run as a
script).

Two of them are this room's held-out members, written before the mechanism and never tuned on:
:func:`apple_speech_commands` (macOS speech's embedded commands, ``[[slnc 300]]``) and :func:`review_ruby`
(Re:VIEW's ``@<ruby>{管理,guǎn lǐ}``).  The others are tuned siblings.

Run as a script to measure every member on clean laws of the DLC (pages that clean back to the clean law exactly):
``PYTHONPATH=. python tests/test_family_readings33.py /work/ref/DLC 40``.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex
from pypinyin import Style, lazy_pinyin, pinyin

from corpus_tools.clean import clean

_HAN = regex.compile(r"\p{Han}")


def _body_lines(text: str) -> list[tuple[int, str]]:
    """``(start, line)`` of the law's body lines (not the title, headings, comments)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line and not line.startswith(("#", "<", "!")) and len(line) > 8 and _HAN.search(line):
            out.append((at, line))
        at += len(line) + 1
    return out


def _terms(text: str) -> list[tuple[int, str]]:
    """``(position, term)``: runs of two or three Han characters inside body lines (never a line's first character)."""
    out = []
    for at, line in _body_lines(text):
        for m in regex.finditer(r"\p{Han}{2,}", line):
            if m.start() == 0:
                continue
            run = m.group()
            for i in range(0, len(run) - 1, 4):
                term = run[i:i + 2 + (i % 2)]
                if len(term) >= 2:
                    out.append((at + m.start() + i, term))
    return out


def _polyphones(text: str) -> list[tuple[int, str, str]]:
    """``(position, character, reading in tone numbers)`` of the body's characters that have several readings."""
    out = []
    for at, line in _body_lines(text):
        for m in regex.finditer(r"\p{Han}+", line):
            word = m.group()
            readings = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)
            if len(readings) != len(word):
                continue
            for k, ch in enumerate(word):
                if m.start() + k and len(pinyin(ch, heteronym=True)[0]) > 1:
                    out.append((at + m.start() + k, ch, readings[k]))
    return out


def _sentence_spots(text: str) -> list[int]:
    """Positions right after a comma or between two Han characters inside body lines (where a pause is put)."""
    out = []
    for at, line in _body_lines(text):
        for m in regex.finditer(r"(?<=[，；、])(?=\p{Han})|(?<=\p{Han}{4})(?=\p{Han}{4})", line):
            out.append(at + m.start())
    return out


def _insert(text: str, inserts: list[tuple[int, str]]) -> str:
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


def _wrap_terms(text: str, rng: random.Random, fmt, k=(2, 6), style=Style.TONE, joiner=" ") -> str:
    """Replace ``k`` terms by ``fmt(term, reading)`` (the reading of the whole term)."""
    spots = _terms(text)
    rng.shuffle(spots)
    want, used, edits = rng.randint(*k), set(), []
    for pos, term in spots:
        if len(edits) >= want:
            break
        if any(p in used for p in range(pos - 1, pos + len(term) + 1)):
            continue
        used.update(range(pos, pos + len(term)))
        reading = joiner.join(lazy_pinyin(term, style=style, neutral_tone_with_five=True))
        edits.append((pos, term, fmt(term, reading)))
    for pos, term, new in sorted(edits, reverse=True):
        text = text[:pos] + new + text[pos + len(term):]
    return text


# --------------------------------------------------------------------------- held-out members (written first)


def apple_speech_commands(text: str, rng: random.Random) -> str:
    """HELD OUT. A law prepared for macOS's speech synthesiser (``say``, VoiceOver's reading of a document): Apple's
    embedded speech commands in double brackets, pauses (``[[slnc 300]]``), rate and pitch (``[[rate 180]]``,
    ``[[pbas 48]]``), emphasis (``[[emph +]]``), three to eight of them a page."""
    commands = ("[[slnc {n}]]", "[[slnc {n}]]", "[[rate {r}]]", "[[pbas {p}]]", "[[emph +]]", "[[emph -]]", "[[volm 0.{v}]]")
    spots = _sentence_spots(text)
    rng.shuffle(spots)
    inserts = []
    for at in spots[: rng.randint(3, 8)]:
        cmd = rng.choice(commands).format(n=rng.choice((200, 300, 500, 800)), r=rng.choice((160, 180, 200)),
                                          p=rng.randint(40, 56), v=rng.randint(3, 9))
        inserts.append((at, cmd))
    return _insert(text, inserts)


def review_ruby(text: str, rng: random.Random) -> str:
    """HELD OUT. A reading edition written in Re:VIEW (the Japanese technical-book markup, used for Chinese learners'
    books too): ``@<ruby>{管理,guǎn lǐ}``, the reading with tone marks or numbers, a blank after the comma or none."""
    comma = rng.choice((",", ", "))
    style = rng.choice((Style.TONE, Style.TONE3))
    return _wrap_terms(text, rng, lambda b, r: f"@<ruby>{{{b}{comma}{r}}}", style=style)


# --------------------------------------------------------------------------- tuned siblings: speech markup


def ssml_prosody(text: str, rng: random.Random) -> str:
    """A law prepared for a cloud synthesiser (Azure, Polly, Google, Aliyun, Tencent) in SSML without the ``<speak>``
    root: pauses ``<break time="300ms"/>``, a number read as digits ``<say-as interpret-as="digits">``, a term
    slowed down ``<prosody rate="slow">…</prosody>``, an emphasis."""
    spots = _sentence_spots(text)
    rng.shuffle(spots)
    inserts = [(at, rng.choice(('<break time="{n}ms"/>', '<break strength="medium"/>', "<break/>")).format(n=rng.choice((200, 300, 500))))
               for at in spots[: rng.randint(2, 5)]]
    text = _insert(text, inserts)
    tag = rng.choice((("<prosody rate=\"slow\">", "</prosody>"), ("<emphasis level=\"strong\">", "</emphasis>"),
                      ("<say-as interpret-as=\"characters\">", "</say-as>")))
    return _wrap_terms(text, rng, lambda b, r: f"{tag[0]}{b}{tag[1]}", k=(1, 3))


def polly_phoneme(text: str, rng: random.Random) -> str:
    """Amazon Polly's (and Google's) Mandarin phoneme: ``<phoneme alphabet="x-amazon-pinyin" ph="guan3li3">管理</phoneme>``
    around a term, the reading in tone numbers joined or spaced."""
    alphabet = rng.choice(("x-amazon-pinyin", "pinyin", "x-pinyin"))
    joiner = rng.choice(("", " "))
    return _wrap_terms(text, rng, lambda b, r: f'<phoneme alphabet="{alphabet}" ph="{r}">{b}</phoneme>', style=Style.TONE3, joiner=joiner)


def ssml_speak_document(text: str, rng: random.Random) -> str:
    """A script in SSML: each article in ``<p>``…``</p>`` or ``<s>``…``</s>``, a pause after some, the ``<speak>``
    root opening on the first article and closing after the last (a read-aloud button's script kept as the page's
    body)."""
    tag = rng.choice(("p", "s"))
    lines = text.split("\n")
    arts = [i for i, line in enumerate(lines) if line.startswith("第") and "条" in line[:8]]
    for i in arts:
        pause = rng.choice(('<break time="500ms"/>', "")) if rng.random() < 0.5 else ""
        lines[i] = f"<{tag}>{lines[i]}</{tag}>{pause}"
    if arts:
        lines[arts[0]] = "<speak>" + lines[arts[0]]
        lines[arts[-1]] = lines[arts[-1]] + "</speak>"
    return "\n".join(lines)


def sapi_inline_tags(text: str, rng: random.Random) -> str:
    """Microsoft SAPI 4 / Acapela inline control tags in backslashes: pauses ``\\pau=300\\``, speed ``\\spd=180\\``,
    a polyphone's reading ``\\prn=hang2\\`` before it, either case."""
    up = rng.random() < 0.5
    spots = _sentence_spots(text)
    rng.shuffle(spots)
    inserts = []
    for at in spots[: rng.randint(2, 6)]:
        tag = rng.choice(("pau={n}", "spd=1{n2}", "vol=8{n3}", "rst"))
        tag = tag.format(n=rng.choice((200, 300, 500)), n2=rng.randint(50, 99), n3=rng.randint(0, 9))
        inserts.append((at, "\\" + (tag.capitalize() if up else tag) + "\\"))
    return _insert(text, inserts)


def iflytek_controls(text: str, rng: random.Random) -> str:
    """iFlytek's (and InterPhonic's) inline controls: a polyphone's reading after it ``行[=hang2]``, pauses ``[p300]``,
    number reading ``[n1]``/``[n2]``, speed ``[s5]``, volume ``[v5]``, in ASCII or full-width brackets."""
    left, right = rng.choice((("[", "]"), ("[", "]"), ("［", "］")))
    inserts = []
    poly = _polyphones(text)
    rng.shuffle(poly)
    for pos, ch, reading in poly[: rng.randint(1, 4)]:
        inserts.append((pos + 1, f"{left}={reading}{right}"))
    spots = _sentence_spots(text)
    rng.shuffle(spots)
    for at in spots[: rng.randint(2, 5)]:
        inserts.append((at, left + rng.choice(("p{n}", "n1", "n2", "s5", "v5", "h0", "y1")).format(n=rng.choice((200, 300, 500))) + right))
    taken, out = set(), []
    for at, s in inserts:
        if at not in taken:
            taken.add(at)
            out.append((at, s))
    return _insert(text, out)


# --------------------------------------------------------------------------- tuned siblings: plain-text ruby notations


def pixiv_ruby(text: str, rng: random.Random) -> str:
    """pixiv's novel markup: ``[[rb:管理 > guǎn lǐ]]`` (blanks around ``>`` or none)."""
    sep = rng.choice((" > ", ">"))
    return _wrap_terms(text, rng, lambda b, r: f"[[rb:{b}{sep}{r}]]")


def wiki_ruby_template(text: str, rng: random.Random) -> str:
    """A wiki's ruby template copied as source: ``{{Ruby|管理|guǎn lǐ}}`` (MediaWiki, zh/ja Wikipedia, Wikisource)."""
    name = rng.choice(("Ruby", "ruby", "Ruby-zh-p"))
    return _wrap_terms(text, rng, lambda b, r: f"{{{{{name}|{b}|{r}}}}}")


def bbcode_ruby(text: str, rng: random.Random) -> str:
    """A forum's BBCode ruby: ``[ruby=guǎn lǐ]管理[/ruby]``."""
    return _wrap_terms(text, rng, lambda b, r: f"[ruby={r}]{b}[/ruby]")


def typst_ruby(text: str, rng: random.Random) -> str:
    """Typst's ruby function (the rubby package): ``#ruby[guǎn lǐ][管理]``."""
    return _wrap_terms(text, rng, lambda b, r: f"#ruby[{r}][{b}]")


def aozora_annotation(text: str, rng: random.Random) -> str:
    """Aozora Bunko's annotation form of ruby, after the base it names: ``管理［＃「管理」に「guǎn lǐ」のルビ］``."""
    return _wrap_terms(text, rng, lambda b, r: f"{b}［＃「{b}」に「{r}」のルビ］")


def pandoc_ruby(text: str, rng: random.Random) -> str:
    """A Pandoc bracketed span carrying the reading as an attribute: ``[管理]{.ruby rt="guǎn lǐ"}``."""
    return _wrap_terms(text, rng, lambda b, r: f'[{b}]{{.ruby rt="{r}"}}')


def bar_ruby_few_terms(text: str, rng: random.Random) -> str:
    """Kakuyomu's and Narou's bar ruby on one or two terms of a page only (a writer glosses the rare word): a bar of
    either width before the base, the reading in ``《》`` or parentheses, tone numbers joined or marks spaced
    (``|文化展示《wen2hua4zhan3shi4》``, ``｜管理(guǎn lǐ)``)."""
    bar = rng.choice(("|", "｜"))
    left, right = rng.choice((("《", "》"), ("(", ")"), ("（", "）")))
    style, joiner = rng.choice(((Style.TONE3, ""), (Style.TONE, " ")))
    return _wrap_terms(text, rng, lambda b, r: f"{bar}{b}{left}{r}{right}", k=(1, 2), style=style, joiner=joiner)


HELD_OUT = {
    "apple_speech_commands (held out)": apple_speech_commands,
    "review_ruby (held out)": review_ruby,
}
MEMBERS = {
    **HELD_OUT,
    "ssml_prosody": ssml_prosody,
    "polly_phoneme": polly_phoneme,
    "ssml_speak_document": ssml_speak_document,
    "sapi_inline_tags": sapi_inline_tags,
    "iflytek_controls": iflytek_controls,
    "pixiv_ruby": pixiv_ruby,
    "wiki_ruby_template": wiki_ruby_template,
    "bbcode_ruby": bbcode_ruby,
    "typst_ruby": typst_ruby,
    "aozora_annotation": aozora_annotation,
    "pandoc_ruby": pandoc_ruby,
    "bar_ruby_few_terms": bar_ruby_few_terms,
}


if __name__ == "__main__":
    from tests.test_family_readings32 import measure

    corpus, n = sys.argv[1], int(sys.argv[2])
    only = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    members = {k: v for k, v in MEMBERS.items() if not only or any(k.startswith(o) for o in only)}
    for name, (exact, total) in measure(corpus, n, members=members).items():
        print(f"{name:36s} {exact:3d}/{total:3d} exact pages ({100 * exact / max(total, 1):.1f} %)")


# --------------------------------------------------------------------------- tests

LAW = """# 某市旅游管理条例

<!-- INFO END -->

## 第一章 总则

第一条 为了加强旅游行业管理，保障旅游者的合法权益，根据有关法律，结合本市实际，制定本条例。

第二条 本条例适用于本市行政区域内的旅游经营活动及其监督管理。

第三条 旅游经营者应当遵守下列规定：

（一）依法取得经营许可，按照规定的时间、路线行驶；

（二）重视安全管理，建立健全安全责任制度；

第四条 市人民政府负责本市旅游工作，将旅游发展经费列入本级财政预算。

第五条 鼓励单位和个人参与旅游监督，有权对违法行为进行举报。

第六条 本条例自公布之日起施行。
"""


@pytest.mark.parametrize("member", list(MEMBERS.values()), ids=list(MEMBERS))
def test_member_cleans_back(member):
    """Each member's notation on the suite's law cleans back to the law, for a few seeds."""
    want = clean(LAW)
    for seed in range(4):
        damaged = member(LAW, random.Random(f"{member.__name__}-{seed}"))
        assert damaged != LAW
        assert clean(damaged) == want, (seed, damaged)


#: Clean pages that hold brackets, braces, bars, backslashes or tags that are no reading aid's: byte-identical.
CLEAN_PAGES = (
    "第一条 行[注]是指本条例第二条所称的行为。\n\n第二条 依照本法[1]和有关规定[2]执行。\n",
    "第一条 计算公式为：P = {a|b}，其中{x}为系数，[a, b]为区间。\n\n第二条 本办法（试行）自公布之日起施行。\n",
    "第一条 依照《中华人民共和国行政许可法》｜《中华人民共和国行政处罚法》执行。\n\n第二条 |《条例》|《办法》|\n",
    "第一条 本条例所称应定（yìngdìng）是指法定程序。\n\n第二条 汉语拼音“行”读作xíng或者háng。\n",
    "第一条 SSML语音合成标记语言中，停顿写作<break time=\"300ms\"/>，多音字写作<phoneme alphabet=\"py\" ph=\"hang2\">行</phoneme>。\n\n"
    "第二条 <say-as interpret-as=\"digits\">110</say-as>读作数字。\n",
    "第一条 本条例自公布之日起施行[p1]。\n\n第二条 附件[A]另行公布。\n",
    "第一条 路径为C:\\data\\rst\\文件，参数\\pau=1\\。\n\n第二条 本办法由市政府负责解释。\n",
    "第一条 使用Ruby语言（ruby）开发的系统，应当符合[rb]标准。\n\n第二条 本办法自公布之日起施行。\n",
    "第一条 <p>本条例适用于本市。</p>\n\n第二条 <s>已废止</s>。\n",
    "第一条 时间[s]、长度[m]、面积[m2]、体积[m3]按照国家标准计量[t]。\n\n第二条 参见文献[b1]和[b2]。\n",
)


@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_clean_pages_stay(page):
    """Brackets, braces, bars, backslashes and tags that no reading aid wrote come out byte-identical; a text about
    speech markup keeps its examples."""
    assert clean(page) == page


def test_a_bar_names_the_base_of_one_gloss():
    """A bar before the base is the notation's own mark: one word glossed so goes; without the bar one gloss is no
    habit and stays (a law may print a term's reading), two toned word readings in ``《》`` are the notation's habit."""
    page = "第一条 地面喷涂等构成的|文化展示《wen2hua4zhan3shi4》和科普教育系统。\n"
    assert clean(page) == "第一条 地面喷涂等构成的文化展示和科普教育系统。\n"
    kept = "第一条 地面喷涂等构成的文化展示《wen2hua4zhan3shi4》和科普教育系统。\n"
    assert clean(kept) == kept
    two = "第一条 由有管辖权的县级《quándexiànjí》以上人民政府，加强管理《guǎnlǐ》工作。\n"
    assert clean(two) == "第一条 由有管辖权的县级以上人民政府，加强管理工作。\n"


def test_a_text_about_speech_markup_is_warned_of():
    from corpus_tools.clean.ruby_notations import notation_edits

    edits, warnings = notation_edits(CLEAN_PAGES[4])
    assert edits == [] and warnings


def test_one_isolated_control_stays_a_reading_goes():
    """One control is no habit; a reading that reads its character is its own evidence."""
    from corpus_tools.clean.ruby_notations import notation_edits

    assert notation_edits("应当[p300]加强管理。") == ([], [])
    assert [e.before for e in notation_edits("旅游行[=hang2]业")[0]] == ["[=hang2]"]
    assert notation_edits("旅游行[=abc]业，旅游行[=zhong4]业") == ([], [])


def test_unknown_engine_needs_its_shape_three_times():
    """Controls of an engine no table names go on their shape (a command and its value) when they recur."""
    from corpus_tools.clean.ruby_notations import notation_edits

    assert notation_edits("应当[[xyzw 3]]加强管理，[[xyzw 4]]依法。") == ([], [])
    t = "应当[[xyzw 3]]加强管理，[[xyzw 4]]依法[[qq 5]]办理。"
    assert [e.before for e in notation_edits(t)[0]] == ["[[xyzw 3]]", "[[xyzw 4]]", "[[qq 5]]"]


@pytest.mark.parametrize("gloss", ["（yīngdāng / ㄧㄥ ㄉㄤ）", "（yìngdìng / ㄧㄥˋ ㄉㄧㄥˋ）", "【guǎnlǐ；ㄍㄨㄢˇ ㄌㄧˇ】"])
def test_a_two_system_gloss_is_no_big5_read_as_gbk(gloss):
    """readings32's report: a pinyin + Zhuyin gloss after its term was read back by ``big5_gbk_mixup`` as GBK shown
    by a Big5 reader (``（y貝ngd芋ng / 函典 享其）``): its letters are a reading's, and it stays for the ruby rule (and
    byte-identical on a page that teaches the readings)."""
    from corpus_tools.clean.codec_swap import fix_big5_gbk_mixup

    page = f"第一条 司法鉴定过程中，前款规定事项需要变更的，应当{gloss}由双方书面协商确定。\n"
    assert fix_big5_gbk_mixup(page)[1] == []
    teaching = f"汉语拼音和注音符号对照：应当{gloss}，管理{gloss}。\n"
    assert fix_big5_gbk_mixup(teaching)[1] == []
    assert clean(teaching) == teaching


def test_the_readings32_page_is_not_re_decoded():
    """The page readings32 met (a DLC law, a term glossed in pinyin and toneless Zhuyin): no edit of
    ``big5_gbk_mixup``, and the gloss goes as ruby."""
    from corpus_tools.clean import clean_and_explain

    page = "第二十条 司法鉴定过程中，前款规定事项需要变更的，应当（yīngdāng / ㄧㄥ ㄉㄤ）由双方书面协商确定。\n" * 3
    result = clean_and_explain(page)
    assert all(e.rule != "big5_gbk_mixup" for e in result.edits)
    assert "应当由双方" in result.text


@pytest.mark.parametrize("page, want", [
    ("", ""), ("行", "行"), ("[", "["), ("<", "<"), ("{{Ruby|", "{{Ruby|"),
    ("[=hang2]行业", "[=hang2]行业"),  # at the page's first character: no character to read
    ("旅游行[=hang2]", "旅游行"),  # at the page's last character
    ("{{Ruby|管理|guǎn lǐ}}", "管理"),
    ("旅游行[=hang2]业\r\n重[=zhong4]视[p300]管理[p200]\r\n", "旅游行业\r\n重视管理\r\n"),
    ("<speak>\n<break time=\"300ms\"/>\n</speak>\n", ""),
    ("行[=hang2]" * 50, "行" * 50),
    ("[[rb:管理 > guǎn lǐ]" * 20, "[[rb:管理 > guǎn lǐ]" * 20),
    ("[ruby=guǎn lǐ]管理[/ruby" + "]" * 0, "管理[/ruby"),
])
def test_hostile_pages(page, want):
    """Empty, one character, the evidence at the page's first and last character, CRLF, a page of only the damage,
    an unclosed notation: no raise, and the notation goes only where it is whole."""
    from corpus_tools.clean.edits import apply_edits
    from corpus_tools.clean.ruby_notations import notation_edits

    assert apply_edits(page, notation_edits(page)[0]) == want
    assert isinstance(clean(page), str)


@pytest.mark.parametrize("unit", [
    "旅游行[=hang2]业，",
    "应当[[slnc 300]]加强",
    "<phoneme alphabet=\"py\" ph=\"hang2\">行</phoneme>",
    "{{Ruby|管理|guǎn lǐ}}",
    "[[rb:管理 > " + "guan " * 8,  # an unclosed unit, a long reading
    "ruby rb ruby rb ",  # keywords without units
    "[[[[[[[[[[:::::",
    "<p<p<p<speak",
])
def test_notation_edits_linear(unit):
    from corpus_tools.clean.ruby_notations import notation_edits
    from tests.timing import small_and_large

    small, large = small_and_large(notation_edits, unit)
    assert large < 20 * small + 0.05
