"""A clean standard's section numbers alone on their lines are no page numbers (review 15, R15-F6).

A GB standard's text as pdftotext gives it writes each clause number on its own line above the clause's
heading (``1⏎范围``, ``3⏎术语和定义``); its reference list and its definitions end on a Han character without a
mark, so the numbers looked like page numbers cutting sentences and were deleted (``sentence_page_numbers``).
The page below is the reviewer's probe, written after GB/T 1.1's layout (clauses 1-5, references, definitions).
"""

from corpus_tools.clean import clean

STANDARD = '1\n范围\n本标准规定了城市供水水质的要求、检验和监测方法等内容。\n本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n城市供水企业应当按照本标准的规定进行水质检验和监测工作。\n水质检验项目和检验频率应当符合本标准的有关规定要求。\n本标准规定了城市供水水质的要求、检验和监测方法等内容。\n本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n城市供水企业应当按照本标准的规定进行水质检验和监测工作。\n水质检验项目和检验频率应当符合本标准的有关规定要求。\n2\n规范性引用文件\n下列文件中的条款通过本标准的引用而成为本标准的条款。\nGB 5749 生活饮用水卫生标准\nGB/T 5750 生活饮用水标准检验方法\nCJ/T 206 城市供水水质标准\nCJJ 58 城镇供水厂运行维护及安全技术规程\nGB 17051 二次供水设施卫生规范\nGB/T 14848 地下水质量标准\nGB 3838 地表水环境质量标准\nCJ 3020 生活饮用水水源水质标准\n3\n术语和定义\n下列术语和定义适用于本标准。\n3.1\n城市公共集中式供水\n由城市供水企业集中取水、净化后供给用户的供水方式\n3.2\n二次供水\n供水单位将来自城市公共供水的水经储存再送至用户的供水方式\n3.3\n水质检验\n按照规定的方法对水样进行测定并出具结果的活动\n4\n水质要求\n本标准规定了城市供水水质的要求、检验和监测方法等内容。\n本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n城市供水企业应当按照本标准的规定进行水质检验和监测工作。\n水质检验项目和检验频率应当符合本标准的有关规定要求。\n5\n水质检验\n本标准规定了城市供水水质的要求、检验和监测方法等内容。\n本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n城市供水企业应当按照本标准的规定进行水质检验和监测工作。\n水质检验项目和检验频率应当符合本标准的有关规定要求。\n'


def test_a_clean_standard_keeps_its_clause_numbers():
    assert clean(STANDARD) == STANDARD


def test_a_page_number_cutting_a_sentence_still_goes():
    page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、\n" * 8 + "公共场所的管理。\n"
    text = page + "引导社会资本参与环境\n1\n卫生设施的建设。\n" + page + "加强\n2\n城乡结合部的管理，\n" + page + "推进\n3\n垃圾分类工作。\n"
    out = clean(text)
    assert "\n1\n" not in out and "\n2\n" not in out and "\n3\n" not in out
