"""The encoding family, members of session 14: Chinese bytes shown by DOS and Russian code pages,
GBK shown twice over by Windows-1252, GBK and Big5 read by a Korean (EUC-KR) reader, escapes
quoted as examples, percent-escapes after a number.

The positive cases are real: copied byte for byte from files in public repositories (found with
the search index of session 14, which names no repository: each is noted by its file id there
and what the file is).  Data only.
"""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.codec_swap import fix_big5_gbk_mixup
from corpus_tools.clean.codepage import readings, repaired_as_utf8
from corpus_tools.clean.escapes import unescape_text
from corpus_tools.clean.mojibake import fix_latin1_mojibake
from tests.timing import small_and_large

# UTF-8 shown by the DOS code page cp437: a clipboard tool's README table (file 67295242472),
# a tar tool's notes on zip entry names (60960701245).
CP437 = [
    ("| `中文测试` | `Σ╕¡µûçµ╡ïΦ»ò` | `中文测试` ✓ |", "| `中文测试` | `中文测试` | `中文测试` ✓ |"),
    ("zipfile turned 中文檔名.txt into Σ╕¡µûçµ¬öσÉì.txt, and reads it", "zipfile turned 中文檔名.txt into 中文檔名.txt, and reads it"),
]
# GBK shown by Russian DOS cp866: a file name in a package's tar listing (file 33352204577).
CP866 = [("SunIdea/sun_module/╓╨╣·│м╓╪_╖╩┼╓╥╜╤з╙к╤°╓╬┴╞╓╕─╧(2021).xlsx",
          "SunIdea/sun_module/中国超重_肥胖医学营养治疗指南(2021).xlsx")]
# GBK shown by Windows-1252, saved as UTF-8 and shown by Windows-1252 again: a JavaScript
# comment (file 15203009653).
GBK_TWICE = [("\t*\tÂ»Ã±ÃˆÂ¡ÃŽÃ„Â¼Ã¾md5", "\t*\t获取文件md5")]


@pytest.mark.parametrize("shown, written", CP437 + CP866 + GBK_TWICE)
def test_real_console_and_twice_lines_read_back(shown: str, written: str) -> None:
    text, edits, warnings = fix_latin1_mojibake(shown)
    assert text == written
    assert edits and not warnings


def test_gbk_shown_twice_with_bytes_lost_is_kept_whole() -> None:
    """Real (a C++ header's comment, file 40152256622): GBK shown twice by Windows-1252, the
    bytes cp1252 leaves undefined lost on the way (``ÃˆÃ`` where ``ÈÝ``, 容, stood).  No strict
    reading exists; ftfy would undo one level of some spans (``½«ÈÕÖ¾ÄÚÈ``, mojibake still):
    the line stays byte-exact, with a warning."""
    line = "     * @brief Â½Â«ÃˆÃ•Ã–Â¾Ã„ÃšÃˆÃÃÂ´ÃˆÃ«ÃŽÃ„Â¼Ã¾"
    text, edits, warnings = fix_latin1_mojibake(line)
    assert (text, edits) == (line, [])
    assert warnings and "no proven reading" in warnings[0].message
    other = "\t//2.Â·Â¢Ã‹ÃÃŽÃ„Â¼Ã¾ÃÃ»ÃÂ¢"  # file 12098283970: 发送文件消息 with bytes lost
    assert fix_latin1_mojibake(other)[0] == other


def test_console_lines_in_a_law_page() -> None:
    law = "第一条 为了规范本市智能制造发展，根据有关法律、行政法规，结合本市实际，制定本条例。"
    for reader in ("cp437", "cp850", "cp866", "koi8_r"):
        shown = law.encode("gbk").decode(reader)
        assert clean_and_explain(f"# 条例\n\n{shown}\n\n第二条 本条例自公布之日起施行。\n").text == \
            f"# 条例\n\n{law}\n\n第二条 本条例自公布之日起施行。\n", reader


# Clean text that holds what the console code pages show: box drawing, Greek and Cyrillic, signs.
CLEAN = [
    "┌──────┬──────┐\n│ 项目 │ 金额 │\n└──────┴──────┘",
    "当Σ≥0.5且α≤1时，按公式计算；误差±5%，温度20°C，µg/m³。",
    "俄文名称：Российская Федерация（俄罗斯联邦），希腊文Ελληνική。",
    "╔════╗ 第一章 总则 ╚════╝",
    "Café Müller, São Paulo; Ørsted ÅÄÖ ÆØÅ straße",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_stays(text: str) -> None:
    assert clean_and_explain(text + "\n").text == text + "\n"
    assert readings(text) == []


def test_sloppy_page_evidence_is_not_a_console_code_page() -> None:
    """A page shown as Latin-1 and "repaired" as UTF-8 in places (real, field13 sjzmusicexpo:
    Greek ``λ`` beside Latin-1) is still told apart; a Cyrillic letter beside a sign that
    cp866 shows too is cp866's own stretch."""
    assert repaired_as_utf8("¸÷λ»úÆ÷ÈË´´ÒµÕßÃÇ")
    assert not repaired_as_utf8("╓╨╣·│м╓╪_╖╩┼╓╥╜╤з╙к╤°")


# GBK read by a Korean (EUC-KR, cp949) reader: a list of Word files in a repository
# (file 18127077471).
EUC_KR = [
    ("' “櫓빽륩干匡뺏嵐듯”쌘커쉥瞳랗敬꺄놔.doc", "' “中华服饰文化展淀”节目将在二套播出.doc"),
    ("' 밑黨“箇옰세苟券”쌘커돨접淃괩멩.doc", "' 关于“送科技下乡”节目的立项报告.doc"),
    ("' 斤口꿉뺍莉훙逃묏栗깊.doc", "' 信息策划组人员工资表.doc"),
    ("' 棍젬쒔롤賈痰구戈쩌.doc", "' 外联经费使用备忘录.doc"),
]


@pytest.mark.parametrize("shown, written", EUC_KR)
def test_real_gbk_read_as_euc_kr(shown: str, written: str) -> None:
    text, edits, warnings = fix_big5_gbk_mixup(shown)
    assert text == written
    assert edits and "euc-kr" in edits[0].detail and not warnings


def test_korean_and_clean_chinese_stay() -> None:
    for text in ("대한민국 헌법 제1조 대한민국은 민주공화국이다.", "第一条 为了规范管理，制定本条例。",
                 "（一）建立健全工作机制；"):
        assert fix_big5_gbk_mixup(text) == (text, [], [])


def test_escapes_quoted_as_examples_stay_however_many() -> None:
    """Real (a Java tutorial, file 17316951532; the HTML line is of the same kind): a page about
    escapes quotes them beside the character they name, twice and more: kept, with warnings."""
    page = ("int n2 = '中'; // 汉字“中”的Unicode编码是20013\n"
            "char c3 = '\\u0041'; // 'A'，因为十六进制0041 = 十进制65\n"
            "char c4 = '\\u4e2d'; // '中'，因为十六进制4e2d = 十进制20013\n"
            "在HTML中，“国”可写作&#22269;。\n")
    text, edits, warnings = unescape_text(page)
    assert (text, edits) == (page, [])
    assert len(warnings) == 2


def test_escaped_rare_characters_are_still_read() -> None:
    """A GBK writer escapes what it cannot write; the character never stands plainly beside it."""
    text = "第一条 &#38229;&#22522;同志。第二条 本条例由&#20845;&#26465;执行。"
    assert unescape_text(text)[0] == "第一条 镕基同志。第二条 本条例由六条执行。"


def test_percent_escapes_after_a_number() -> None:
    assert unescape_text("本条例自2021%E5%B9%B4%E5%85%AD%E6%9C%88一日起施行")[0] == "本条例自2021年六月一日起施行"
    for clean in ("合格率95%96%97%，增长5%。", "比例为50%A1类", "2021%20年"):
        assert unescape_text(clean)[0] == clean


@pytest.mark.parametrize("unit", ["╓╨╣·│м", "Σ╕¡µûç ", "Â»Ã±ÃˆÂ¡", "뒤寧係 ", "&#20013; 中 ", "¡£中", "中¡¡\n", "褔陆协娑撹"])
def test_linear_on_hostile_input(unit: str) -> None:
    small, large = small_and_large(clean_and_explain, unit)
    assert large < max(25 * small, 1.0), (small, large)


# Quoted-printable: a mailing-list reply about a Chinese regulation (file 9460880827), soft line
# breaks inside the runs, ASCII digits between them.
QP_MAIL = ('>> "=E4=B8=AD=E5=8D=8E=E4=BA=BA=E6=B0=91=E5=85=B1=E5=92=8C=E5=9B=BD=E5=B7=\n'
           '=A5=E4=B8=9A=E5=92=8C=E4=BF=A1=E6=81=AF=E5=8C=96=E9=83=A8=E4=BB=A4=EF=BC=\n'
           '=88=E7=AC=AC54=E5=8F=B7=EF=BC=89", which released')


def test_real_quoted_printable() -> None:
    assert unescape_text(QP_MAIL)[0] == '>> "中华人民共和国工业和信息化部令（第54号）", which released'
    assert unescape_text("9C=88 =E4=\n=B8=8A=E5=8D=889:11=EF=BC=8CChen-Yu Tsai=E5=86=99=E9=81=93=EF=BC=9A")[0] == \
        "9C=88 上午9:11，Chen-Yu Tsai写道："


@pytest.mark.parametrize("text", ["a=AB=CD，x=1", "====\n标题\n====", "if (x=FF) y=EE;", "md5=E4B8AD", "A=B=C", "公式 E=MC2"])
def test_equals_signs_stay(text: str) -> None:
    assert unescape_text(text) == (text, [], [])


@pytest.mark.parametrize("unit", ["=E4=B8=AD", "=E4=\n", "=", "=A"])
def test_quoted_printable_linear(unit: str) -> None:
    small, large = small_and_large(unescape_text, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_marks_alone_shown_by_cp1252_are_read_back() -> None:
    """GBK marks shown by Windows-1252 in a line whose Chinese characters came through (the pairs
    are real: ``pass£¬`` in a shader's comment, file 20250363722; ``$2£¬$3`` in a Nim source,
    33312299072; there, with no Chinese on the line, they stay)."""
    law = "第十二条　县级以上人民政府应当加强对本条例实施的监督检查，具体办法由市人民政府制定。"
    shown = law.replace("，", "£¬").replace("。", "¡£")
    assert clean_and_explain(f"# 条例\n\n{shown}\n").text == f"# 条例\n\n{law}\n"
    quoted = "本条例所称¡°智能制造¡±，是指¡¶中国制造2025¡·所列活动。"
    assert fix_latin1_mojibake(quoted)[0] == "本条例所称“智能制造”，是指《中国制造2025》所列活动。"
    assert fix_latin1_mojibake("¡¡¡¡第一条　为了规范管理")[0] == "\u3000\u3000第一条　为了规范管理"
    for kept in ("\t// this pass can be skipped if the pipeline already has a normal pass£¬",
                 '    echo("""$1, $2£¬$3;""".format(now(),  tid, str[i]))',
                 "¡Hola! ¡¡Qué precio: £¬5!! 中文"):
        assert fix_latin1_mojibake(kept)[0] == kept


def test_marks_in_a_line_kept_whole_stay() -> None:
    """A line of GBK shown whole with a byte lost (field14's ahsfa page: Greek ``Ϊ``): its marks are
    no repair of their own; the line stays byte-exact."""
    line = "Ö¤È¯ÐÐÒµÎÄ»¯½¨ÉèÊÇÐÐÒµ·¢Õ¹µÄÖØÒªÄÚÈÝ£¬Ϊ¹«Ë¾Ìá¹©¡£"
    assert fix_latin1_mojibake(line)[0] == line


def test_big5_reading_with_a_taiwan_form() -> None:
    """Big5 writes 玩忽职守 with its own form 翫 (a character uncommon in mainland text): the reading
    back is plausible all the same (the clause is article 24 of 枣庄市环城绿道管理条例, /work/ref/DLC)."""
    shown = "（三）其他滥用职权、徇私舞弊、玩忽职守的行为。".replace("玩", "翫")
    from opencc import OpenCC

    line = "".join(bytes((b,)).decode("cp1252", "replace") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                   for b in OpenCC("s2tw").convert(shown).encode("big5"))
    text, edits, warnings = fix_latin1_mojibake(line)
    assert text == "（三）其他濫用職權、徇私舞弊、翫忽職守的行為。"
    assert not warnings


def test_utf8_read_as_shift_jis() -> None:
    """UTF-8 opened under a Japanese code page (cp932): ``监督检查`` as ``逶醍撻譽\\x80譟･``, nothing lost
    (the clause is article 12's kind; a cp932 reader refuses most lines, these decode whole)."""
    from corpus_tools.clean.utf8_readers import readings as dbcs_readings

    law = "第十二条　县级以上人民政府应当加强对本条例实施的监督检查，具体办法由市人民政府制定。"
    shown = law.replace("监督检查", "监督检查".encode().decode("cp932"))
    assert "･" in shown
    assert clean_and_explain(f"# 条例\n\n{shown}\n").text == f"# 条例\n\n{law}\n"
    assert dbcs_readings("日本語のテキストです。東京都の条例。대한민국 헌법 제1조 대한민국은 민주공화국이다.") == []


@pytest.mark.parametrize("unit", ["逶醍撻譽\x80譟･", "のテ", "ｱ中", "대한"])
def test_utf8_readers_linear(unit: str) -> None:
    from corpus_tools.clean.utf8_readers import readings as dbcs_readings

    small, large = small_and_large(dbcs_readings, unit)
    assert large < max(25 * small, 1.0), (small, large)


@pytest.mark.parametrize("text", [
    "Статья 1. Российская Федерация - Россия есть демократическое федеративное правовое государство.",
    "第一条 中华人民共和国和俄罗斯联邦（Российская Федерация）缔约双方，根据《联合国宪章》的宗旨。",
    "│ 序号 │ 名称 │ ≥ 90% │ ±5 │ α、β、γ射线 │ Ω·m │ µg/m³ │ ╔══╗ │ №123 │",
    "Ελληνική Δημοκρατία — ΦΕΚ Α 211/24.12.2019 — Νόμος 4624/2019 για την προστασία δεδομένων",
    "┌────┬────┐\n│项目│金额│\n├────┼────┤\n│合计│100 │\n└────┴────┘",
])
def test_no_warning_on_text_the_new_readers_show(text: str) -> None:
    """Cyrillic, Greek, a form's box drawing and a table of units are characters the console code
    pages and a Korean reader show for bytes: no edit, and no warning of mojibake kept either."""
    result = clean_and_explain(text + "\n")
    encoding_rules = {"latin1_mojibake", "big5_gbk_mixup", "utf8_as_gbk", "escaped_text"}
    assert not [e for e in result.edits if e.rule in encoding_rules]
    assert not [w for w in result.warnings if w.rule in encoding_rules]
