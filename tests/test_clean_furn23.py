"""Site furniture that survived inside laws (session 23, furn23): consent and prompt overlays, jump links in any
dress, a browser's print margins.

Built for the families, not the benchmark's members: the cases below are other members (English banners, age
gates, open-in-app and browser notices, Firefox's margins, a margin cutting a sentence, arrows before a jump link).
Negatives (byte-identical): law text about cookies, privacy policies, apps, browsers, 返回 and 顶部, a privacy
policy page's own text, a lone dated line, a form's yes/no boxes.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.overlays import overlay_blocks
from corpus_tools.clean.print_margins import margin_parts, print_margin_spans
from tests.timing import cpu_seconds

BODY = "本市住房公积金的管理和使用依法接受建设、财政等行政管理部门的监督，并依法接受审计部门的审计监督。"
LAW = ("某市住房公积金管理规定\n\n第一条 为了加强住房公积金的管理，制定本规定。\n\n第二条 " + BODY * 3 + "\n\n"
       "第三条 本规定自2024年1月1日起施行。\n")

# --------------------------------------------------------------------------- 1. consent and prompt overlays

OVERLAYS = {
    "cookie, English": ["We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.",
                        "Accept all | Reject all", "Cookie settings"],
    "cookie, English, one button": ["This website uses cookies to ensure you get the best experience.", "Got it!"],
    "privacy consent": ["我们非常重视您的个人信息和隐私保护，请您仔细阅读《隐私政策》，点击“同意”即表示您已阅读并同意。", "同意　不同意"],
    "cookie, buttons first": ["【接受】【拒绝】", "本站使用Cookie来改善您的浏览体验，继续浏览即表示您同意。"],
    "age gate": ["本网站部分内容仅适合成年人浏览，请确认您是否已年满18周岁？", "是　否"],
    "open in app": ["打开APP，阅读体验更佳", "立即打开 | 取消"],
    "download the client": ["下载客户端，随时随地查看最新政策", "立即下载　以后再说"],
    "browser upgrade": ["您的浏览器版本过低，为了获得更好的浏览体验，请升级浏览器。", "立即升级　忽略"],
    "browser, English": ["Your browser is out of date. Please upgrade to view this site correctly.", "Upgrade now | Dismiss"],
}


def _tail(lines: list[str]) -> str:
    return LAW + "\n" + "\n\n".join(lines) + "\n"


def _head(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n\n" + LAW


@pytest.mark.parametrize("name", sorted(OVERLAYS))
def test_overlay_after_the_last_article_goes(name):
    assert clean(_tail(OVERLAYS[name])) == clean(LAW), name


@pytest.mark.parametrize("name", sorted(OVERLAYS))
def test_overlay_at_the_page_head_goes(name):
    assert clean(_head(OVERLAYS[name])) == clean(LAW), name


OVERLAY_NEGATIVES = {
    "privacy policy page": ("隐私政策\n\n本网站使用Cookie以提升您的浏览体验。\n\n一、我们如何使用Cookie\n"
                            "我们使用Cookie记住您的偏好。\n"),
    "law on cookies": "第十条 网站使用Cookie收集个人信息的，应当告知用户并取得同意。\n\n第十一条 用户有权拒绝。\n",
    "prompt without buttons": "第三条 本规定自2024年1月1日起施行。\n\n本网站使用Cookie以提升您的浏览体验。\n",
    "form of yes/no": "附件\n申请表\n是否已取得许可证\n是　否\n",
    "law on apps": "第八条 应用程序提供者不得强制用户下载客户端或者打开APP浏览信息。\n\n第九条 用户有权拒绝。\n",
    "age in a law": "第五条 未成年人是指未满十八周岁的公民。\n\n第六条 学校应当保护学生。\n",
}


@pytest.mark.parametrize("name", sorted(OVERLAY_NEGATIVES))
def test_text_about_cookies_apps_and_ages_is_kept(name):
    text = OVERLAY_NEGATIVES[name]
    assert clean(text) == text, name


@pytest.mark.parametrize("name", sorted(OVERLAY_NEGATIVES))
def test_overlay_rule_finds_nothing_in_law_text(name):
    assert overlay_blocks(OVERLAY_NEGATIVES[name]) == [], name


def test_an_article_on_apps_is_no_prompt_even_above_a_button():
    assert overlay_blocks("第八条 应用程序提供者不得强制用户下载客户端或者打开APP浏览信息。\n\n确定\n") == []


# --------------------------------------------------------------------------- 2. jump links between articles

JUMPS = ["▲ 返回顶部", "↑回到顶部", "[返回目录]", "↑ 顶部", "⬆ TOP", "回到页首", "△ 返回顶端", "[返回]", "打印本页 | 关闭窗口", "返回顶部 ↑",
         "Back to top ↑", "顶部 ▲"]


@pytest.mark.parametrize("link", JUMPS)
def test_jump_link_between_every_article_goes(link):
    page = LAW.replace("\n\n第二条", f"\n\n{link}\n\n第二条").replace("\n\n第三条", f"\n\n{link}\n\n第三条") + f"\n{link}\n"
    assert clean(page) == clean(LAW), link


JUMP_NEGATIVES = {
    "arrow alone": "第一条 甲。\n\n▲\n\n第二条 乙。\n",
    "arrow before a word": "第一条 甲。\n\n↑ 上升\n\n第二条 乙。\n",
    "words in a sentence": "第九条 船舶应当返回顶部锚地停泊，并打印本页所列的航行通告。\n",
    "table of contents heading": "目录\n第一章 总则\n第二章 附则\n",
}


@pytest.mark.parametrize("name", sorted(JUMP_NEGATIVES))
def test_text_with_jump_words_is_kept(name):
    text = JUMP_NEGATIVES[name]
    assert clean(text) == text, name


# --------------------------------------------------------------------------- 3. a browser's print margins

LONG = "职工提取住房公积金账户内存储余额后，其依法享受社会保障的权利不受影响，有关单位应当依法办理相关手续。"


def _printed(header: str, footer: str, *, cut: bool = False) -> tuple[str, str]:
    """A three-page print of a law (header at each page's top, footer at its foot) and the law without them."""
    second = "第二条 " + LONG * 3 + "缴存单位和职工应当"
    rest = "按照规定按时足额缴存住房公积金。"
    clean_text = ("某市住房公积金管理规定\n\n第一条 " + LONG + "\n\n" + (second + rest if cut else second + rest)
                  + "\n\n第三条 " + LONG * 2 + "\n\n第四条 本规定自2024年1月1日起施行。\n")
    pages = [
        "某市住房公积金管理规定\n\n第一条 " + LONG + "\n\n" + (second if cut else second + rest),
        (rest + "\n\n" if cut else "") + "第三条 " + LONG * 2,
        "第四条 本规定自2024年1月1日起施行。",
    ]
    text = "".join(f"{header}\n\n{p}\n\n{footer.format(k=i + 1, n=3)}\n\n" for i, p in enumerate(pages))
    return text.rstrip("\n") + "\n", clean_text


MARGINS = {
    "chrome": ("2024/6/1 下午1:07　某市住房公积金管理规定_某市人民政府", "https://www.example.gov.cn/zwgk/content_5688713.htm　{k}/{n}"),
    "chrome, English": ("6/1/24, 1:07 PM　某市住房公积金管理规定", "https://www.example.gov.cn/art/2024/6/1/art_1.html　{k}/{n}"),
    "firefox": ("某市住房公积金管理规定　https://www.example.gov.cn/art_1.html", "Page {k} of {n}　2024/6/1 13:07"),
    "chinese page count": ("2024-06-01 13:07　某市住房公积金管理规定", "https://www.example.gov.cn/art_1.html　第{k}页 共{n}页"),
}


@pytest.mark.parametrize("name", sorted(MARGINS))
@pytest.mark.parametrize("cut", [False, True])
def test_print_margins_go_and_the_cut_sentence_is_joined(name, cut):
    header, footer = MARGINS[name]
    page, law = _printed(header, footer, cut=cut)
    assert clean(page) == clean(law), name


def test_one_sheet_print_goes_by_its_header_and_footer():
    page = "2024/6/1 下午1:07　某规定\n\n某规定\n\n第一条 为了规范管理，制定本规定。\n\nhttps://www.example.gov.cn/a.htm　1/1\n"
    assert clean(page) == clean("某规定\n\n第一条 为了规范管理，制定本规定。\n")


MARGIN_NEGATIVES = {
    "lone dated line": "第一条 甲。\n\n2021年3月5日 14:30　市政府常务会议\n\n第二条 乙。\n",
    "a meeting's schedule": "三、会议时间\n2024/3/5 9:30　开幕会\n2024/3/6 14:00　闭幕会\n",
    "address line": "第十条 申请人可以登录https://www.example.gov.cn/ 办理。\n",
    "fraction in a table": "附表\n指标 1/3 2/3\n合计 3/3\n",
}


@pytest.mark.parametrize("name", sorted(MARGIN_NEGATIVES))
def test_dated_and_addressed_law_lines_are_kept(name):
    text = MARGIN_NEGATIVES[name]
    assert clean(text) == text, name


def test_margin_parts_need_a_date_or_an_address():
    assert margin_parts("某条例 1/3") is None
    assert margin_parts("2024/6/1 下午1:07　某条例")[0] == ("datetime",)


def test_a_heading_before_the_break_is_not_joined():
    header, footer = MARGINS["chrome"]
    t = ("某规定\n\n第一章　总则\n\n" + footer.format(k=1, n=2) + "\n\n" + header + "\n\n第一条 甲。\n\n"
         + footer.format(k=2, n=2) + "\n")
    lines, joins = print_margin_spans(t)
    assert joins == [] and len(lines) == 3


def test_print_margin_rule_is_linear_on_a_long_page():
    
    header, footer = MARGINS["chrome"]
    one = "".join(f"{header}\n\n第{k}条 {LONG}\n\n{footer.format(k=k, n=400)}\n\n" for k in range(1, 41))
    many = "".join(f"{header}\n\n第{k}条 {LONG}\n\n{footer.format(k=k, n=400)}\n\n" for k in range(1, 401))
    small, large = cpu_seconds(print_margin_spans, one), cpu_seconds(print_margin_spans, many)
    assert large < max(small, 1e-3) * 30, (small, large)


# --------------------------------------------------------------------------- field findings F22-B3

def test_database_citation_code_line_goes():
    page = "某某案\n\n【法宝引证码】CLI.A.1300837\n\n【案情】被告人某某盗窃他人财物。\n"
    assert clean(page) == clean("某某案\n\n【案情】被告人某某盗窃他人财物。\n")


PROVENANCE_NEGATIVES = {
    "code cited in a sentence": "第一条 引用本案时，应当注明法宝引证码CLI.A.1300837。\n",
}


@pytest.mark.parametrize("name", sorted(PROVENANCE_NEGATIVES))
def test_links_and_codes_of_the_document_are_kept(name):
    text = PROVENANCE_NEGATIVES[name]
    assert clean(text) == text, name


# --------------------------------------------------------------------------- field findings F22-B2

def test_linked_copies_box_under_the_title_goes():
    page = ("万载县2022年国民经济和社会发展统计公报\n关联稿件：\n图文解读：《万载县2022年国民经济和社会发展统计公报》 2023-07-12\n"
            "万载县统计局\n（2023年5月）\n2022年，全县经济运行呈现稳中向好的良好态势。\n")
    assert clean(page) == clean(page.replace("关联稿件：\n图文解读：《万载县2022年国民经济和社会发展统计公报》 2023-07-12\n", ""))


def test_linked_copies_label_without_items_is_kept():
    text = "某县统计公报\n关联稿件：\n某县统计局\n2022年，全县经济运行稳中向好。\n"
    assert clean(text) == text


def test_disclosure_box_opens_no_document():
    from corpus_tools.structure.metadata import head_box_end, head_fields

    page = ("索 引 号：\n014742224A/2023-0043406\n生成日期：\n2023-05-11\n公开方式：\n主动公开\n公开时限：\n常年公开\n公开范围：\n"
            "面向全社会\n责任部门：\n万载县统计局\n万载县2022年国民经济和社会发展统计公报\n万载县统计局\n2022年，全县经济稳中向好。\n")
    start = head_box_end(page, ("万载县2022年国民经济和社会发展统计公报___万载县人民政府",))
    assert page[start:].startswith("万载县2022年国民经济和社会发展统计公报")
    assert head_fields(page[:start])["index_no"] == "014742224A/2023-0043406"
    # two labels naming fields and fewer than three of the catalogue's own: no box
    assert head_box_end(page.replace("公开时限：\n常年公开\n公开范围：\n面向全社会\n", ""),
                        ("万载县2022年国民经济和社会发展统计公报___万载县人民政府",)) == 0
