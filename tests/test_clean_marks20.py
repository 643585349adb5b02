r"""Session 20 (marks20): escapes and marks a pipeline left, and the clean text they must leave alone.

The family: a pipeline re-encodes or re-types characters and the text reaches the corpus in a form meant for a
machine.  Members undone here (written in words in tests/noise/wide/families/marks20.py before the rules):

- RTF's hex escapes of GBK bytes a stripper kept (``\'b5\'da\'d2\'bb\'cc\'f5`` for ``第一条``);
- octal-escaped UTF-8 bytes (git's quoted paths, ``printf``, PostgreSQL ``bytea``: ``\347\254\254`` for ``第``);
- MIME encoded-words of a mail header (RFC 2047: ``=?GB2312?B?tdrSu8z1?=``, ``=?UTF-8?Q?=E7=AC=AC?=``);
- a JSON string serialized twice (``\\u7b2c``; held out until the rules above were done);
- (not undone) Word's non-breaking hyphen U+001E of a ``.doc`` text stream (``2021\x1e2023``): a rule reading it as
  ``-`` between digits wrote ``2-021`` where noise put a stray control inside a number (test_clean_mojibake);
- marks19's seen member: marks stored as numeric references in their places (``管理&#65292;维护``), which the
  quoted-example guard kept because every page writes ``，`` near them.

The IME's ``\`` for ``、`` (marks19's blind member ``生产\经营``) is not read: every ``\`` between Han characters in
the real sets (gov.cn's 主题分类 cells and its policy API's ``childtype``, 天津市工信局's 主题 ``科技工业信息化\工业；…``,
no body text of the DLC, govcn, bjtcm or raw builds) is a category path, and a rule that read one as ``、`` rewrote
the 天津 topic (a ``；`` on its line looked like a sentence's).  Such lines stay byte-identical (:data:`KEPT`).
(Since session 26, ``lookalike_marks.enumeration_dots`` reads ``\`` as ``、`` on a page that shows the habit: three
places or more between Han characters, most of them in a list; the one-off category paths here stay.)

The cases are constructed (no page of the real sets carries these escapes); the negative category paths are real:
/work/shared/real/govcn/002_content_5365711.html's 主题分类 cell ``财政、金融、审计\银行`` and the 天津 topic of
tests/test_clean_field13_lead.py.
"""

import time

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.escapes import unescape_text
from corpus_tools.clean.width import normalize_width

FIXED = [
    # RTF hex escapes (GBK), ASCII plain
    ("第一条 \\'ce\\'aa\\'c1\\'cb\\'b9\\'e6\\'b7\\'b6\\'b9\\'dc\\'c0\\'ed\\'a3\\'ac\\'d6\\'c6\\'b6\\'a8\\'b1\\'be\\'cc\\'f5\\'c0\\'fd\\'a1\\'a3",
     "第一条 为了规范管理，制定本条例。"),
    # octal-escaped UTF-8, ASCII digits plain
    ("第二条 本条例自2021\\345\\271\\264\\346\\226\\275\\350\\241\\214\\343\\200\\202", "第二条 本条例自2021年施行。"),
    # MIME encoded-words, two charsets, folded with a blank
    ("第三条 =?GB2312?B?sb7M9cD9ysrTw9Pa?= =?UTF-8?Q?=E6=9C=AC=E5=B8=82=E3=80=82?=", "第三条 本条例适用于本市。"),
    # a JSON string serialized twice
    ("第四条 \\\\u672c\\\\u6761\\\\u4f8b\\\\u7531\\\\u5e02\\\\u653f\\\\u5e9c\\\\u89e3\\\\u91ca\\\\u3002", "第四条 本条例由市政府解释。"),
    # marks as references in their places (three or more on the page), though the page writes ， plainly too
    ("为了加强管理&#65292;维护权益，促进建设&#x3001;发展&#65307;结合实际&#65292;制定本规定。",
     "为了加强管理，维护权益，促进建设、发展；结合实际，制定本规定。"),
]


@pytest.mark.parametrize("raw,fixed", FIXED)
def test_repaired(raw, fixed):
    assert clean(raw) == fixed


KEPT = [
    "财政、金融、审计\\银行",                                        # gov.cn's category path (real): no sentence
    "主题分类：综合政务\\政务公开",
    "科技工业信息化\\工业；科技工业信息化\\信息化",                  # 天津's topic (real): a category path with ；
    # an IME's \ for 、 would read so, but no real text shows one: a \ between Han is kept (precision)
    "劳动保障、民政、人事、工商\\房地资源\\统计等行政管理部门按照各自职责，协同实施本规定。",
    "文件存于D:\\资料\\规定，请查阅。",                              # a Windows path in a sentence
    "请访问\\\\服务器\\共享\\规定，下载附件。",                      # a share's path
    "正则表达式中\\d表示数字，\\w表示字母。",                        # backslashes beside letters
    "RTF中的\\'41\\'42表示AB，十六进制。",                          # RTF escapes of ASCII: no Chinese named
    "八进制\\101\\102是AB。",                                        # octal escapes of ASCII
    "邮件主题=?x-unknown?B?tdrSu8z1?=无法识别。",                    # an unknown charset
    "逗号“，”写作&#65292;，顿号写作&#x3001;。",                      # a text about references quoting them
    "为了加强管理&#65292;维护权益，促进建设。",                        # one mark reference alone: a quoted example?
    "见 http://www.gov.cn/s?q=%E6%B3%95%E8%A7%84 ，折扣 50%。",      # a URL's percent-escapes
    "本条例所称“智能制造”，是指……。问题？答复：是。",                # clean marks
    "记录分隔符\x1e在此。",                                          # U+001E beside Han: a control, no hyphen
]


@pytest.mark.parametrize("text", KEPT)
def test_clean_or_quoted_text_keeps_its_escapes(text):
    out = clean(text)
    for kept in ("\\", "&#", "=?", "%E6"):
        assert out.count(kept) == text.count(kept), (kept, out)
    assert "-" not in out or "-" in text


def test_width_alone_keeps_paths_and_category_paths():
    for text in ("财政、金融、审计\\银行", "科技工业信息化\\工业；科技工业信息化\\信息化", "文件存于D:\\资料\\规定，请查阅。",
                 "\\第\\八\\条 \\申\\请，\\应"):
        assert normalize_width(text)[1] == []


def test_escapes_linear_on_hostile_runs():
    # Long runs of each new escape shape that decode to nothing: time grows linearly (process time, generous bound).
    texts = ["\\'41" * 50_000, "\\101" * 50_000, "=?UTF-8?B?" + "A" * 300 + "?= " * 1 + "=?x?Q?" * 20_000,
             "\\\\\\\\u00" * 30_000, "甲\\" * 100_000 + "。"]
    for text in texts:
        start = time.process_time()
        unescape_text(text)
        normalize_width(text)
        assert time.process_time() - start < 20
