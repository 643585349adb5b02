"""hard_wraps: a photo caption ends on its credit (field test 8, F8-M3).

News and government pages set a photo's caption in its own block, ending on the credit; the next
block opens a paragraph.  Read as lines, ``…讲话。新华社记者 谢环驰 摄⏎中共中央政治局常委…`` looked like a
paragraph cut mid-sentence and was joined (magic-html benchmark pages, opendatalab/magic-html @
47d4a7f: kepu.gov.cn 4e55eac42f97a6d9, youth.cn 9c642bd57e7c44cd, 39.net d997d758e164d764).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.layout import join_hard_wraps

CAPTIONS = [
    # kepu.gov.cn (also /work/field8/_repro/html_paragraph_join/caption_then_paragraph.html)
    ("11月30日上午，中共中央总书记、国家主席、中央军委主席习近平在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。新华社记者 谢环驰 摄",
     "中共中央政治局常委、国务院总理李强，中共中央政治局常委、中央办公厅主任蔡奇出席座谈会。"),
    # youth.cn
    ("5月9日，山东女子学院养老服务管理专业毕业生就业双选会现场。山东女子学院供图",
     "上海工程技术大学管理学院养老服务管理专业学生杨锦（右）在为老服务中心实习。上海工程技术大学供图"),
    # 39.net
    ("◎ 贾玲凭真诚收获观众的喜爱。/图：网络截图",
     "贾玲通过自毁形象博得观众一笑，但有人却批评她侮辱女性，认为她是以歧视女性博笑料的低级笑星，她非常难过。"),
    ("◎ 不少人采用激光手段治疗肥胖。/图：锐景视觉",
     "针对五花八门的减肥方法，浙江大学医学院附属第二医院营养科营养师陆彦妤在接受媒体采访时表示：部分减肥方法确实有科学根据。"),
]


@pytest.mark.parametrize("source_format", ["html", None])
@pytest.mark.parametrize("caption,paragraph", CAPTIONS)
def test_a_caption_ending_on_its_credit_is_not_joined(caption, paragraph, source_format):
    text = f"{caption}\n{paragraph}\n"
    out, edits, _ = join_hard_wraps(text, source_format=source_format)
    assert out == text and edits == []


def test_a_wrap_at_words_like_the_credits_is_still_joined():
    """Negative: 拍摄, 提供图 and 意图 inside a sentence are no credits; the break after them is joined."""
    for line, rest in (
        ("第十条 新闻记者依法进行采访拍摄", "的，有关单位应当予以配合。"),
        ("第五条 申请人应当向登记机关提供图", "纸、说明等材料。"),
    ):
        out, edits, _ = join_hard_wraps(f"{line}\n{rest}\n")
        assert out == f"{line}{rest}\n", out
