"""False warnings and a false edit of the encoding-damage rules, from real pages (session 8).

Each case is cut from a page the field tests of session 7 read (the file it came from is
named); the clean ones must come out byte-identical and without a warning of the family.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import codec_swap, mojibake

#: Clean lines that drew a false "suspected Big5/GBK misreading kept" warning (F7B-P10).
BIG5_FALSE_WARNINGS = {
    # /work/field7b/pages+store/heimaoysw_f79e77873aa9.txt (SEO farm: emoji inserted in a 通知)
    "emoji": "不🍅得以打赏额🍓度为唯一依据对网络主播排名、引流、推荐,或对用户进行排名。 36 氪获悉,中央网信办发布关于加强网络直※不容错过※播打赏规范管理的通知。 未经用户同🌰意,网站平台不得公🍋开展示用户充值打赏、购买礼物等消费统计数据。 网络直播账号被禁言的,应同步暂🍍㊙停🥑其打",
    # /work/field7b/pages+store/shkps_70653.txt (Traditional text with toned ruby readings)
    "ruby": "第三條 娛樂場所經(jīng)營單位應(yīng)當(dāng)堅(jiān)持為人民服務(wù)、為社會主義服務(wù)的方向,開展文明、健康的娛樂活動。",
    # /work/field7b/pages+store/scolliance_521827225.txt
    "ruby-news": "中新網(wǎng)11月20日電 據(jù)文化和旅游部網(wǎng)站消息,文化和旅游部近日印發(fā)《游戲游藝設(shè)備管理辦法》。《辦法》明確,除國家法定節(jié)假日外,娛樂場(chǎng)所以及其他經(jīng)營場(chǎng)所設(shè)置的電子游戲設",
}


@pytest.mark.parametrize("line", BIG5_FALSE_WARNINGS.values(), ids=BIG5_FALSE_WARNINGS)
def test_big5_gbk_mixup_leaves_clean_emoji_and_ruby_lines_alone(line: str) -> None:
    assert codec_swap.fix_big5_gbk_mixup(line) == (line, [], [])


def test_big5_gbk_mixup_still_warns_on_misread_letters_amid_han() -> None:
    """Toned letters between Han characters (not touching a Latin letter) still count."""
    line = "第一条 宋ī侯ā謝ǎ魏ù楊è鄭ō條例"
    letters = [k for k, ch in enumerate(line) if ch.isalpha() and ch < "\u2000"]
    assert letters == [5, 7, 9, 11, 13, 15]
    assert all(codec_swap._shows_a_misreading(line, k) for k in letters)
    assert not codec_swap._shows_a_misreading("進(jìn)", 3)


#: Clean questions that drew a false "suspected GBK/Big5 misalignment kept" warning (F7-T7):
#: /work/field7/Teetrition+teetrition.github.io/cases_kei200-1.html (a court case, in Chinese).
QUESTIONS = [
    "我这么辛苦养你，你这十多年，就如此玩弄老子吗？！你这妓女！”面对幸雄对被告无理取闹的责骂，",
    "被告人睁开了眼，反驳说：“你小时候的事情和我有什么关系呢？你要吐你小时候的苦水你就去佐久山（幸雄父亲处之意）",
]


@pytest.mark.parametrize("line", QUESTIONS)
def test_a_question_mark_after_a_question_particle_is_no_misalignment(line: str) -> None:
    assert mojibake.fix_gbk_misalignment(line) == (line, [], [])


def test_a_misalignment_ending_in_a_full_width_question_mark_is_still_seen() -> None:
    """The particle rule does not hide a stretch read out of step (rare characters before ？)."""
    assert mojibake._closes_question("属于情形蠛吗？你", 6) is False
    assert mojibake._closes_question("属于情形吗？你", 5) is True


# /work/field7b/pages+store/shkps_70653.txt, lines 12-18 (item 六 of 第四条 lost the site's U+3000's first
# byte and was read out of step: the law has ``（六）違背社會公德…``)
SHKPS_ITEMS = (
    "第四條 國家禁止娛樂場所內(nèi)的娛樂活動含有下列內(nèi)容:\n"
    "?。┻`背社會公德或者誹謗、侮辱他人的。\n"
    "第五條 縣級以上人民政府文化行政主管部門、公安機(jī)關(guān)"
)


def test_a_misalignment_repair_writing_an_unopened_bracket_is_kept() -> None:
    """F7B-P4: the repair wrote ``场）違背`` (margin 5.4 bits); a ``）`` that closes nothing is
    no evidence: the line is kept, with a warning."""
    fixed, edits, warnings = mojibake.fix_gbk_misalignment(SHKPS_ITEMS)
    assert fixed == SHKPS_ITEMS and not edits
    assert len(warnings) == 1 and "场）" in warnings[0].message


def test_a_misalignment_repair_with_balanced_brackets_is_still_made() -> None:
    """The bracket check leaves a repair whose brackets pair (seed 003's ``。總結``)."""
    text = "遴選梳理智能制造典型場景?偨Y“十三五”時期"
    assert mojibake.fix_gbk_misalignment(text)[0] == "遴選梳理智能制造典型場景。總結“十三五”時期"
    assert mojibake._unopened_closer("（", "一）") is None
