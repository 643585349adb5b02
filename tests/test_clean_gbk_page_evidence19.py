"""The lost-byte repair's page-level evidence is a run read out of step, never a rare character (field test 19, F19-A4).

``shows_gbk_damage`` counted any character outside GB2312 level 1 as GBK damage, so ``饪`` of ``烹饪`` (or 洄游, 窨井,
泸州, 馄饨 …: 351 of the 1,911 clean DLC laws hold one) let a typed ``？`` be read as a lost byte: on a cooking school's
clean Common-Crawl page ``学厨师比学其他技术好在哪？学厨师`` became ``…好在的宁学厨师`` with confidence high.
Sources: real_pages/field19_gbk_gate/SOURCE.md.  Blind variants: notes/precf19a/blind.md (written before the change).
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.lost_byte_runs import reads_one_byte_later, shows_run_read_out_of_step
from corpus_tools.clean.mojibake import fix_gbk_misalignment, shows_gbk_damage

PAGE = Path(__file__).parent / "real_pages" / "field19_gbk_gate" / "chinesewebtext_2021-43_cleared1_91.txt"


def test_the_real_cooking_school_question_keeps_its_mark():
    text = PAGE.read_text(encoding="utf-8")
    assert "好在哪？学厨师没有入行门槛" in text and "烹饪" in text
    assert not shows_gbk_damage(text)
    assert fix_gbk_misalignment(text)[:2] == (text, [])
    assert "好在哪？学厨师没有入行门槛" in clean(text)


def test_the_field_testers_faq_line_beside_rare_words_is_kept():
    # F19-A4's blind line, damaged with any of these words on the page before the change
    for word in ("泸州", "儋州", "婺源", "嵊州", "馄饨", "唢呐", "氯氰菊酯", "烹饪"):
        page = f"本页介绍{word}。\n办理地点在哪？答：在市民之家三楼。"
        assert fix_gbk_misalignment(page)[:2] == (page, []), word


# notes/precf19a/blind.md, written before the change: clean pages with rare words and real questions.
# (N7, a forum line in ASCII marks, is left out: its ``越剧?有人`` has no question context and is marks19's, F18-A3.)
BLIND_CLEAN = {
    "N1": "问：社保卡在哪里办理？答：在泸州市政务服务中心一楼。\n问：儋州的居民可以异地办理吗？答：可以。\n问：嵊州市民之家几点开门？答：早上九点。",
    "N2": "蔬菜上的氯氰菊酯残留超标了吗？怎么清洗？用清水浸泡。\n馄饨馅放多久会坏？冷藏两天。",
    "N3": "婺源篁岭晒秋在哪看？每年九月到十一月。\n门票多少钱？一百三十元。",
    "N4": "烹饪专业学什么？学习中式烹调。\n毕业后去哪？包分配吗？学校推荐就业。\n馄饨、烧卖、汤包都教吗？都教。",
    "N5": "本院查明：被告问：“钱放哪？”原告答：“在窨井盖下面。”\n该水域为鱼类洄游通道，镉含量超标。",
    "N6": "记者：装潢行业新规有哪些变化？负责人：一是禁止招徕顾客，二是网站浏览记录留存，三是驿站登记。",
    "N8": "鑊氣粵菜館在哪裡？答：在旺角彌敦道。\n營業時間幾點？早上十一點。",
    "N9": "心里忐忑怎么办？看医生。\n那个旮旯在哪？就在门后。\n行为龌龊吗？当然。\n窸窣声从哪来？窗外。",
}


@pytest.mark.parametrize("name", sorted(BLIND_CLEAN))
def test_blind_clean_pages_with_rare_words_show_no_lost_bytes_and_stay_byte_identical(name):
    text = BLIND_CLEAN[name]
    assert not shows_gbk_damage(text)
    assert fix_gbk_misalignment(text)[:2] == (text, [])


def _lose(line: str, at: int, codec: str = "gbk") -> str:
    """``line`` whose byte stream lost the lead byte of character ``at``, the orphan shown as ``?`` (seed 003's damage)."""
    data = line[at:].encode(codec)[1:]
    return line[:at] + data.decode(codec, errors="replace").replace("\ufffd", "?").replace("？", "?")


def test_blind_positive_lost_byte_in_an_answer_beside_a_typed_question():
    answer = "答：自受理之日起五个工作日内作出决定，申请人应当提交身份证明。"
    page = "问：办理营业执照需要多少天？\n" + _lose(answer, 8)
    assert "甯龉ぷ魅漳谧鞒鼍龆" in page and shows_gbk_damage(page)
    assert fix_gbk_misalignment(page)[0] == "问：办理营业执照需要多少天？\n" + answer


def test_blind_positive_lost_bytes_in_three_articles_and_a_big5_page():
    lines = ["第三条 县级以上人民政府应当加强对安全生产工作的领导，建立健全协调机制。",
             "第四条 生产经营单位应当遵守本条例，依法履行安全生产主体责任。",
             "第五条 任何单位和个人有权举报违法行为，有关部门应当及时处理。"]
    page = "\n".join(_lose(line, 10) for line in lines)
    assert shows_gbk_damage(page) and fix_gbk_misalignment(page)[0] == "\n".join(lines)
    big5 = "第八條 主管機關應當建立健全監督制度，定期公布檢查結果。"
    assert shows_run_read_out_of_step(_lose(big5, 6, "big5"))
    assert fix_gbk_misalignment(_lose(big5, 6, "big5"))[0] == big5


def test_the_seed_pages_run_is_evidence_through_its_folded_mark():
    # seed 003: ``。總結`` lost ``A1`` and reads ``？偨Y``, the ``？`` folded to ``?``
    assert shows_gbk_damage("遴選梳理智能制造典型場景?偨Y“十三五”時期")
    assert reads_one_byte_later("？偨Y") and not reads_one_byte_later("偨Y")


def test_rare_words_read_one_byte_later_are_noise():
    for word in ("烹饪专业", "馄饨和包子", "泸州市", "旮旯里", "龌龊的", "鑊氣粵菜館", "洄游通道", "窨井盖"):
        assert not reads_one_byte_later(word), word


def test_the_gate_is_linear_on_hostile_pages():
    for page in ("饪旮旯鑊Φ" * 40_000, "あいうえおかきくけこ" * 20_000, "烹饪" + "好在哪？" * 50_000):
        started = time.process_time()
        assert not shows_run_read_out_of_step(page)
        assert time.process_time() - started < 20


# Invented after the change (notes/precf19a/notes.md): 30 questions answered on the same line, on pages that also
# hold a rare word; 10 of the 150 pages were rewritten before (``去哪？`` and ``错在哪？`` -> ``的宁``).
SWEEP_QUESTIONS = [
    "去哪？我去学校。", "钱在哪？在银行里。", "好在哪？好在便宜。", "怎么办？先报警。", "为什么？因为下雨。", "多少钱？五十元。",
    "几点开门？九点。", "谁负责？街道办。", "是真的吗？是真的。", "能退吗？可以退。", "需要带什么？身份证。", "在哪办？政务中心。",
    "什么时候截止？月底。", "怎么报名？网上报名。", "有补贴吧？有的。", "难在哪？难在资金。", "错在哪？错在程序。",
    "问题出在哪？出在审批。", "差在哪？差在服务。", "贵在哪？贵在人工。", "新在哪？新在技术。", "强在哪？强在管理。",
    "哪里能办？区政务中心。", "找谁？找社区。", "怎么查？官网可查。", "收费吗？不收费。", "要多久？三天。", "可以代办么？可以。",
    "去哪儿？去北京。", "在哪儿交？窗口交。",
]


@pytest.mark.parametrize("rare", ["本校开设烹饪专业。", "洄游鱼类保护。", "窨井盖管理。", "装潢材料检测。", "泸州市人民政府。"])
def test_questions_on_pages_with_a_rare_word_keep_their_marks(rare):
    for question in SWEEP_QUESTIONS:
        page = f"{rare}\n{question}"
        assert fix_gbk_misalignment(page)[:2] == (page, []), question
