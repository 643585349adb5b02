"""Interactive widgets' text in saved pages: comment boxes, feedback and satisfaction widgets, media players (furn22).

Positives: a widget's block after the last article, between articles, above the title, between the text and the
site's footer goes whole.  Negatives (byte-identical): law text that writes 评论, 意见反馈, 满意度, 提交, 播放 or 验证码
in sentences, a consultation notice's heading and form, a survey form in an annex, a hard-wrapped sentence.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.ui_widgets import widget_blocks, widget_line

LAW = "某市数据条例\n\n第一条 为了规范数据管理，制定本条例。\n\n第二条 本条例自2023年1月1日起施行。\n"

WIDGETS = {
    "comment box": ["发表评论", "网友评论 评论（0）", "已有0条评论", "请输入验证码", "看不清？换一张", "提交", "匿名发表",
                    "登录后才能评论", "共0条评论 查看全部"],
    "comment box with its notice": ["网友评论", "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。",
                                    "用户名： 密码：", "验证码：8K3F 看不清楚？换一张", "匿名发表 发表评论"],
    "comment box, one line": ["发表评论 网友评论 评论（0） 已有3条评论 请输入验证码 看不清？换一张 提交 匿名发表 登录后才能评论 共3条评论 查看全部"],
    "feedback": ["本页面对您有帮助吗？", "有用", "没用"],
    "satisfaction": ["您对本页面是否满意？", "满意 基本满意 不满意", "提交"],
    "text box": ["您的意见：", "字数限制：500字", "提交"],
    "player": ["语音播报", "播放 暂停", "00:00 / 03:25", "倍速 1.0x", "音量"],
    "player, symbols": ["▶ 00:00 / 03:25", "1.0x 1.5x 2.0x"],
    "rating": ["评分：★★★★☆ 4.5分", "我要评分"],
    "counters": ["阅读 1234 | 点赞 12 | 评论 3"],
    "English": ["Comments (0)", "Leave a comment", "Submit"],
}


def _tail(lines: list[str]) -> str:
    return LAW + "\n" + "\n\n".join(lines) + "\n"


def _middle(lines: list[str]) -> str:
    return LAW.replace("第二条", "\n\n".join(lines) + "\n\n第二条")


@pytest.mark.parametrize("name", sorted(WIDGETS))
@pytest.mark.parametrize("place", [_tail, _middle])
def test_widget_block_goes(name, place):
    out = clean(place(WIDGETS[name]))
    assert out == clean(LAW), (name, out)


def test_widget_block_above_the_title_goes():
    out = clean("语音播报\n播放 暂停\n00:00 / 03:25\n\n" + LAW)
    assert out == clean(LAW)


def test_widget_block_between_the_text_and_the_footer_goes():
    page = _tail(WIDGETS["comment box"]) + "\n版权所有：某市人民政府办公厅\n京ICP备12345678号\n"
    assert clean(page) == clean(LAW)


def test_widget_block_inside_an_article_between_its_paragraphs_goes():
    page = LAW.replace("制定本条例。", "制定本条例。\n\n发表评论\n请输入验证码\n看不清？换一张\n提交\n\n本条例适用于本市。")
    assert clean(page) == clean(LAW.replace("制定本条例。", "制定本条例。\n\n本条例适用于本市。"))


NEGATIVES = {
    "call for comments": "关于征求意见的通知\n\n意见反馈\n请于2023年1月1日前将意见提交至市司法局。\n\n联系电话：12345678\n",
    "consultation form": ("关于征求意见的通知\n\n现将草案公布，征求社会各界意见。\n\n附件\n意见反馈\n姓名：\n单位：\n联系电话：\n"
                          "意见建议：\n"),
    "survey rule": ("第五条 满意度评价分为满意、基本满意、不满意三个等级。\n\n第六条 评价结果应当提交市人民政府。\n\n附件\n"
                    "评价等级\n满意\n基本满意\n不满意\n"),
    "survey form": "附件\n群众满意度测评表\n评价：□满意 □基本满意 □不满意\n",
    "broadcasting": ("第十条 广播电视播出机构不得播放含有下列内容的节目：\n（一）危害国家安全的；\n（二）宣扬暴力的。\n\n"
                     "第十一条 播放公益广告的时长不得少于规定。\n"),
    "comment service rule": ("第八条 跟帖评论服务提供者应当建立评论审核管理制度。\n\n第九条 发表评论应当遵守法律法规。\n"),
    "captcha in a guide": "三、办理流程\n登录系统后输入账号、密码和验证码，点击提交。\n",
    "hard-wrapped": "第七条 车辆应当具备\n语音播报\n功能，并保持完好。\n",
    "heading before text": "第三章 服务规范\n\n语音播报\n公交车辆应当按照规定进行语音播报。\n",
    "campus network rule": "第四条 用户应当文明上网。\n\n严禁发布色情、暴力、反动的言论。\n",
    "star rating": "附表\n五星级\n★★★★★\n",
    "form fields in an annex": "第一条 为了规范管理，制定本办法。\n附件\n用户名\n密码\n验证码\n提交\n",
}


#: A heading ``意见反馈`` over a notice's text stays (the furniture line rule's button list took it until furn23: a
#: heading followed by its own body is no button).
@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_law_text_with_widget_words_is_kept(name):
    text = NEGATIVES[name]
    assert clean(text) == text, name


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_widget_rule_finds_no_block_in_law_text(name):
    assert widget_blocks(NEGATIVES[name]) == [], name


@pytest.mark.parametrize("line", ["第三条 评论", "□满意 □基本满意 □不满意", "1 2 3", "满意度调查", "评价标准", "提交材料",
                                  "您的意见将作为参考", "2023-01-01"])
def test_not_widget_lines(line):
    assert not widget_line(line)


def test_widget_rule_is_linear_on_a_long_page():
    import time

    page = LAW + ("第三条 评论\n满意\n" * 20000)
    started = time.process_time()
    widget_blocks(page)
    assert time.process_time() - started < 2.0
