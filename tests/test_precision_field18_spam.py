"""Field test 18's precision findings on spam_anchor: a listed brand word that is part of a name, a
number or a company's legal name in clean legal text (F18-A1, F18-A2, F18-A1b).

Real snippets (data copied, with their sources):

* LawBench 2-5 (CAIL reading comprehension), ``zero_shot_2-5.json`` record 362 (GitHub
  open-compass/LawBench @ e30981b): a judgment masking its victims as ``龙81`` … ``龙89`` beside ``吴某1``;
* Macau gazette, 第31/2008號運輸工務司司長批示 (https://bo.io.gov.mo/bo/ii/2008/44/despstop_cn.asp): the
  grantee ``威尼斯人路氹股份有限公司``;
* RTHK news 1680168-20221216: Macau's six gaming concessionaires, ``威尼斯人澳门股份有限公司``.
"""

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam import find_spam_anchors, known_anchors

LAWBENCH_362 = (
    "段落:经审理查明,1、2017年10月30日中午,被告人石x1窜至天柱县石洞镇摆洞村九组龙82家,撬开玻璃窗入室盗窃,"
    "盗得人民币5000元。2、2017年11月4日中午,被告人石x1窜至天柱县石洞镇柳寨村上中里组龙83家,撬开玻璃窗入室盗窃,"
    "盗得人民币10余7。3、2017年11月4日中午,被告人石x1窜至天柱县高酿镇优洞村下圭二组龙89家,撬开玻璃窗入室盗窃,"
    "盗得人民币900余7及部分银首饰。4、2017年11月5日中午,被告人石x1窜至天柱县高酿镇勒洞村高获组龙81家,撬开玻璃窗入室盗窃,"
    "盗得自制手枪一支、“51式”7.62毫米手枪普通弹五发。5、2017年11月5日中午,被告人石x1窜至天柱县高酿镇勒洞村上万合组龙85家,"
    "用尖嘴钳撬锁入室实施盗窃。6、2017年11月6日中午,被告人石x1窜至天柱县高酿镇优洞村上高优组吴某2家,撬开玻璃窗入室实施盗窃。"
    "7、2017年11月9日中午,被告人石x1窜至天柱县高酿镇地引村一组吴某1家,撬锁入室实施盗窃。上述事实,被告人石x1在庭审中亦无异议。"
    "并有被害人龙81、龙82、龙83、龙84、龙85、吴某1、吴某2、龙86、龙87的陈述,有证人龙88、杨某1、杨某2的证实,"
    "有现场勘验检查、现场图、照片、搜查笔录等证据证实,足以认定。问题:被告人在何时进行入室盗窃。"
)

MACAU_GRANT = (
    "第31/2008號運輸工務司司長批示\n"
    "修改一幅以租賃制度批予威尼斯人路氹股份有限公司，總面積405,658平方米，位於路氹城，"
    "名為「地段5」的土地的批給。\n"
    "乙方——威尼斯人路氹股份有限公司。\n"
)

RTHK_CONCESSIONS = "政府与澳门博彩股份有限公司、永利渡假村（澳门）股份有限公司、银河娱乐场股份有限公司、威尼斯人澳门股份有限公司、新濠博亚博彩（澳门）股份有限公司及美高梅金殿超濠股份有限公司签订批给合同。"


def _spam_edits(text):
    return [e for e in clean_and_explain(text).edits if e.rule == "spam_anchor"]


def test_lawbench_masked_victims_keep_their_names():
    """F18-A1 (golden): ``龙8`` of ``龙81`` … ``龙88`` was cut 13 times, every victim's name lost."""
    assert _spam_edits(LAWBENCH_362) == []
    assert "被害人龙81、龙82、龙83、龙84、龙85、吴某1" in clean_and_explain(LAWBENCH_362).text


def test_macau_grantee_keeps_its_name():
    """F18-A2 (golden): ``威尼斯人路氹股份有限公司`` lost ``威尼斯人`` three times in an official act."""
    out = clean_and_explain(MACAU_GRANT).text
    assert _spam_edits(MACAU_GRANT) == []
    assert out.count("威尼斯人路氹股份有限公司") == 2


def test_concessionaire_list_keeps_every_company():
    """F18-A2 (golden, RTHK): ``威尼斯人澳门股份有限公司`` became ``澳门股份有限公司``."""
    assert _spam_edits(RTHK_CONCESSIONS) == []


@pytest.mark.parametrize("text", [
    # F18-A1b (field18's blind probes)
    "澳门威尼斯人度假村有限公司向本院提交了营业执照副本。",
    "开云集团（Kering）在华子公司未依法申报。",
    # precf18's blind probes (/work/notes/precf18/blind.md, written before the fix)
    "被害人龙7、龙8、龙9的陈述一致。",
    "证人龙8当庭作证。",
    "被告人陈某1、陈某2伙同龙8实施盗窃。",
    "M66号地块的出让。",
    "通用汽车旗下欧宝集团（Opel）在德国设厂。",
    "乙方为澳门威尼斯人有限公司。",
    "上诉人龙8国际贸易有限公司不服一审判决。",
    # F18-A1b's second blind set (field18): a strong brand word glossed in Latin, or with a category word in a company
    "欧宝（Opel）汽车在华销售情况。",
    "尊龙（John Lone）主演的电影获奖。",
    "乐动体育场馆运营有限公司与被告签订合同。",
    # the other short brands of the lists with a category word, in a company's name (probes written after fix 1)
    "原告乐动体育科技有限公司诉称。",
    "原告宝博体育文化传播有限公司。",
    # kept before and after (negative cases of the same family)
    "乘坐K8次列车前往。",
    "银河娱乐集团有限公司获批续期博彩经营批给。",
    "金沙中国有限公司向本会提交年度报告。",
    "全国投资超过三千亿元。",
    "被害人尊龙1、尊龙2报案。",
])
def test_brand_word_inside_a_name_is_kept(text):
    assert _spam_edits(text) == [], text


@pytest.mark.parametrize("text, anchor", [
    ("欢迎访问龙8国际官网，第一条 为了规范管理。", "龙8国际官网"),
    ("推进龙8体育APP下载建设工作。", "龙8体育APP下载"),
    ("落实龙8long8.vip责任。", "龙8"),
    ("依法推进龙8建设。", "龙8"),  # bare, no name context: still the brand
    ("建设开云集团（kaiyun）官方网站和服务。", "开云集团（kaiyun）官方网站"),  # the gloss is the brand's Latin name
    ("完善威尼斯人官网下载平台。", "威尼斯人官网下载"),
    ("推广M6米乐体育。", "M6米乐体育"),
    ("访问宝博体育官网下载。", "宝博体育官网下载"),
    ("依法推进宝博体育建设。", "宝博体育"),
    ("推进万博(ManBetX)建设。", "万博(ManBetX)"),  # the gloss is the brand's own Latin name
])
def test_spam_with_its_own_evidence_still_goes(text, anchor):
    assert anchor in [a.text for a in find_spam_anchors(text)], text


def test_a_page_without_name_context_still_loses_a_bare_brand():
    """The numbered-name evidence needs the page's own numbering: ``第1条`` numbers no name."""
    text = "第1条 为了规范龙8管理，制定本办法。"
    assert [a.text for a in known_anchors(text)] == ["龙8"]


def test_name_checks_stay_linear():
    """200k characters of numbered names and bare brands (the page's numbering is scanned once)."""
    text = "被害人龙81、龙8、吴某1，" * 16_000 + "依法推进龙8建设。" * 2_000
    started = time.process_time()
    anchors = known_anchors(text)
    assert time.process_time() - started < 20
    assert anchors == []  # the page masks names as X某N: a bare 龙8 on it is a name


# www.gov.mo/zh-hans/news/44234 (the Macau government portal's news; F18-A2, more): the resort's name 新濠天地 was cut.
GOV_MO_NEWS = (
    "雪万龙又指出,设在幸运博彩场所或酒店外的角子机场角子机数目於一年前起减少;即使新濠博亚博彩(澳门)股份有限公司"
    "投资计划之一的新濠天地开幕,现时角子机的数量仍处於2007年的水平。"
)
# m.92880.cn/ga/cjxw/news/2007/02-02/866589.shtml (a mirror of a 中新网 report): 威尼斯人 was cut.
CNS_REPORT = "展望今年,將先后有新葡京(澳博)、皇冠(新濠博亞)及“金光大道”威尼斯人等大型娛樂場落成,預計澳門博彩收益很可能再上新一臺階。"


@pytest.mark.parametrize("text, name", [(GOV_MO_NEWS, "新濠天地开幕"), (CNS_REPORT, "威尼斯人等大型娱乐场")])
def test_a_lone_brand_name_on_a_page_without_spam_stays(text, name):
    """F18-A2 (golden): a page about Macau's gaming industry names its casinos; nothing else on it is spam."""
    result = clean_and_explain(text)
    assert _spam_edits(text) == []
    assert name in result.text
    assert any("lone brand name" in w.message for w in result.warnings)


@pytest.mark.parametrize("text, out", [
    ("依法推进龙8建设。欢迎访问万博体育官网下载\n", "依法推进建设。"),  # other spam on the page: the lone brand goes too
    ("依法推进新濠天地建设。\n欢迎光临新濠天地官网注册送彩金\n", "依法推进建设。"),
])
def test_a_lone_brand_name_on_a_spam_page_goes(text, out):
    assert clean_and_explain(text).text.strip() == out
