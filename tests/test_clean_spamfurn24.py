"""Session 24, room spamfurn24: spam, site furniture and mixed-source residue of set 6's families.

1. Contacts in disguise (:func:`corpus_tools.clean.spam_contacts.disguised_contact_insertions`): look-alike channels,
   numbers in Chinese, capital, circled or other digits.
2. Share passwords of any app with their carrier sentence (:mod:`corpus_tools.clean.spam_share`).
3. Images' placeholders, zoom links and captions (:mod:`corpus_tools.clean.image_furniture`).
4. An encyclopedia entry's reference list, citation marks and buttons (:mod:`corpus_tools.clean.encyclopedia_copy`).
5. Precision: a law's hotline, figures, ``复制`` and apps in its sentences, its annex's figures, a paper's ``[1]``
   stay byte-identical.

The members here are none of the benchmark's (written for the room from the family's description).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean

LAW = "第五条 县级以上人民政府应当加强对本行政区域内{}环境卫生工作的领导。\n第六条 本条例自公布之日起施行。\n"
CLEAN = LAW.format("")


@pytest.mark.parametrize("contact", [
    "（联系扣扣：❶❷❸❹❺❻❼❽❾）",        # negative circled digits
    "（开户Q：⑴⑵⑶⑷⑸⑹⑺）",             # parenthesized digits on a weak channel
    "上分薇★：壹叁捌零零壹叁捌零零零",     # capital digits, a star dressing the channel
    "（代理V信：1 3 8 0 0 1 3 8 0 0 0）",  # spaced ASCII digits on a look-alike channel
    "咨询威信：二〇二三四五六七八",        # Chinese digits after a strong look-alike
    "（加微：⒈⒉⒊⒋⒌⒍）",                 # digits with full stops
    "（Q：⑴⑵⑶⑷⑸⑹）",                   # bracketed digits alone prove the disguise
])
def test_disguised_contact_goes(contact):
    assert clean(LAW.format(contact)) == CLEAN


@pytest.mark.parametrize("text", [
    "第八条 举报电话：12345，联系电话：0571-87654321。\n",
    "第九条 对扣押的一二三四五号车辆，应当依法处理。\n",
    "第十条 市民可以通过微信12345反映问题，或者拨打扣扣12345678咨询。\n",
    "第十一条 张薇12345678元的借款，依法予以返还。\n",
    "第十二条 按照V12345号文件执行，Q23456批次产品召回。\n",
])
def test_law_figures_and_office_contacts_stay(text):
    assert clean(text) == text


@pytest.mark.parametrize("password", [
    "長按復制此消息，打開最新版支付寶就能領取！Kx7Pq2Lm9Zt",
    "复制这条信息（Ab3dE5fG7hJ）打开京东查看",
    "8.92 复制此链接，打开抖音搜索，直接观看视频！",
    "【口令红包】《Gh7KmP2xQwZ》复制后打开天猫领取",
    "/Zx9Lk2Mn7Pq/ 复制打开闲鱼，看看好物",
])
def test_share_password_line_goes(password):
    assert clean(LAW.replace("\n第六条", "\n" + password + "\n第六条").format("")) == CLEAN


def test_share_password_glued_after_a_sentence_goes():
    text = "第五条 县级以上人民政府应当加强领导。复制这段内容₳Fd8sKq2LmZp₳后打开淘特\n第六条 本条例自公布之日起施行。\n"
    assert clean(text) == "第五条 县级以上人民政府应当加强领导。\n第六条 本条例自公布之日起施行。\n"


@pytest.mark.parametrize("text", [
    "第二十条 电子商务平台经营者不得利用淘口令复制他人商品信息，不得诱导消费者打开淘宝等应用程序。\n",
    "第二十一条 查阅、复制有关资料，打开京东等平台的账户记录。\n",
    "第二十二条 产品应当符合（GB50016）（ISO9001）的要求。\n",
])
def test_laws_about_apps_stay(text):
    assert clean(text) == text


@pytest.mark.parametrize("furniture", [
    ["[Image: meeting.jpg]"],
    ["![会议现场](http://www.example.com/upload/2021/a.jpg)"],
    ["<图片>", "Photo: Xinhua"],
    ["[照片]", "（通讯员 李华 摄）"],
    ["Click to enlarge"],
    ["【图片】", "图2 会场一角"],
    ["点击查看原图"],
])
def test_image_furniture_goes(furniture):
    text = LAW.replace("\n第六条", "\n" + "\n".join(furniture) + "\n第六条").format("")
    assert clean(text) == CLEAN


def test_annex_figures_stay():
    text = ("第七条 消防车通道应当按照下图设置。\n图1 消防车通道示意图\n"
            "第八条 应当收集实物图片和资料，编制保护图则。\n（图2）\n")
    assert clean(text) == text


ENTRY = """收藏
0有用+1 12
编辑 锁定 讨论 上传视频
某市养犬管理条例
第一条 为了规范养犬行为，制定本条例。[1]
第二条 本条例适用于本市行政区域内的养犬管理。[2-3]
第三条 本条例自2020年1月1日起施行。
参考资料
1.  某市养犬管理条例 ．政府网站[引用日期2021-03-04]
2.  某市养犬管理条例 ．北大法宝[引用日期2020-05-06]
3.  某市养犬管理条例 ．中国人大网[引用日期2019-07-08]
词条标签：法律 ， 地方法规
"""
ENTRY_CLEAN = """某市养犬管理条例
第一条 为了规范养犬行为，制定本条例。
第二条 本条例适用于本市行政区域内的养犬管理。
第三条 本条例自2020年1月1日起施行。
"""


def test_encyclopedia_entry_furniture_goes():
    assert clean(ENTRY) == ENTRY_CLEAN


def test_encyclopedia_entry_with_other_stamp_goes():
    entry = ENTRY.replace("[引用日期2021-03-04]", " 引用日期：2021-03-04").replace(
        "[引用日期2020-05-06]", " 引用日期：2020-05-06").replace("[引用日期2019-07-08]", " 引用日期：2019-07-08")
    assert clean(entry) == ENTRY_CLEAN


@pytest.mark.parametrize("text", [
    # a paper's citations with its references (no encyclopedia stamp)
    "第一条 依照《某法》的规定[1]，制定本办法。\n参考文献\n[1] 张三：《论某法》，载《法学》2019年第1期。\n",
    # a stamped list whose marks the law does not count
    "第一条 为了规范管理。[5]\n参考资料\n1.  某办法 ．政府网站[引用日期2022-12-21]\n",
])
def test_citations_without_entry_evidence_stay(text):
    assert clean(text) == text


# --------------------------------------------------------------------------
# 6. Hidden links (the HTML reader) and converter watermarks
# --------------------------------------------------------------------------

PAGE = ("<html><head><style>{sheet}</style></head><body><div class=\"content\"><h1>某市养犬管理条例</h1>"
        "<p>第一条 为了规范养犬{hidden}行为，制定本条例。</p><p>第二条 本条例自公布之日起施行。</p></div></body></html>")
LINKS = '<a href="http://www.jx88.vip/">金鑫娱乐</a><a href="http://www.hb365.cc/">皇冠体育</a>'


@pytest.mark.parametrize("sheet, opening", [
    ("", '<span style="opacity:0">'),
    ("", '<span style="color:transparent;font-size:1px">'),
    ("", '<span style="clip:rect(0 0 0 0);position:absolute">'),
    ("", '<i style="transform:scale(0)">'),
    ("", '<span style="width:0;overflow:hidden;display:inline-block">'),
    (".lk{position:absolute;top:-3000px}", '<span class="lk">'),
    ("", '<em style="margin-left:-5000px;position:absolute">'),
])
def test_hidden_links_go_by_any_technique(sheet, opening):
    from corpus_tools.ingest import html_to_text

    close = "</" + opening[1:opening.index(" ")] + ">"
    text, meta = html_to_text(PAGE.format(sheet=sheet, hidden=opening + LINKS + close))
    assert "第一条 为了规范养犬行为，制定本条例。" in text and "娱乐" not in text
    assert meta.get("hidden_links_dropped") == 1


def test_visible_links_and_hidden_prose_stay():
    from corpus_tools.ingest import html_to_text

    visible = PAGE.format(sheet="", hidden='<a href="/law/1.html">（见附件）</a>')
    text, meta = html_to_text(visible)
    assert "第一条 为了规范养犬（见附件）行为，制定本条例。" in text and "hidden_links_dropped" not in meta
    prose = PAGE.format(sheet="", hidden='<span style="opacity:0">和<a href="#a2">第二条</a>所称</span>')
    text, meta = html_to_text(prose)
    assert "hidden_links_dropped" not in meta


@pytest.mark.parametrize("mark", [
    "Generated by Foxit PDF Creator © Foxit Software http://www.foxitsoftware.com For evaluation only.",
    "Produced by an unregistered version of Solid Converter PDF",
    "本文档由迅捷PDF转换器（试用版）转换生成",
    "This PDF was created with a trial version of Nitro PDF Professional",
    "Evaluation Warning: The document was created with Spire.Presentation for .NET",
])
def test_converter_watermark_line_goes(mark):
    text = LAW.replace("\n第六条", "\n" + mark + "\n第六条").format("")
    assert clean(text) == CLEAN
    assert clean(mark + "\n" + CLEAN) == CLEAN


@pytest.mark.parametrize("text", [
    "第三十条 软件试用版（trial version）的文档不得作为正式文件报送。\n",
    "Article 5 The evaluation document of environmental impact shall be made public.\n",
    "第三十一条 劳动合同可以约定试用期，试用期文件由用人单位制作。\n",
])
def test_law_about_trial_software_stays(text):
    assert clean(text) == text


@pytest.mark.parametrize("banner", [
    "2024-07-14 周日 多云转晴 东南风3级",
    "星期日 2024年7月14日",
    "今天是2024年7月14日 星期日 农历甲辰年六月初九 小暑",
    "今日：2023/10/08 星期一 阴 12~20℃",
])
def test_date_banner_at_the_head_goes(banner):
    text = banner + "\n某市养犬管理条例\n" + CLEAN
    assert clean(text) == "某市养犬管理条例\n" + CLEAN


def test_law_dates_stay():
    text = "某市养犬管理条例\n2024年7月14日 某市人民代表大会常务委员会通过\n" + CLEAN + "某市人民政府\n2024年7月14日\n"
    assert clean(text) == text


@pytest.mark.parametrize("box", [
    ["请输入搜索内容 GO", "大家都在搜：社保查询 公积金提取 居住证"],
    ["本站搜索：　检 索"],
    ["Search | 高级搜索", "热门：办事指南｜政策解读"],
])
def test_search_box_at_the_head_goes(box):
    text = "\n".join(box) + "\n某市养犬管理条例\n" + CLEAN
    assert clean(text) == "某市养犬管理条例\n" + CLEAN


def test_hot_words_alone_and_a_law_about_search_stay():
    text = "热点：养犬管理\n某市养犬管理条例\n第一条 搜索引擎服务提供者应当按照规定提供检索服务。\n"
    assert clean(text) == text
