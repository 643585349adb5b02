"""HELD-OUT NOISE VARIANTS, SET 16 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A sixteenth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 33 after the session's briefs and before any of the rooms'
changes was merged.  Session 33's rooms each work on a FAMILY (a text's bytes
behind a compression and a framing, a law shared as a linguistic corpus, the
source of a typesetting system, readings written by reading aids and speech
markup, inserted ads of any trade in any decoration, widgets and signatures in a
page's text layer, pieces joined twice, a law carried in the fields of an
unknown machine format); this set's members are members of those families (or
of the issue's families) that no brief, no earlier set and no module names, on
purpose: they measure whether a mechanism built for the family reaches a member
it was not shown.  The lead grepped ``corpus_tools``, ``tests/noise`` and the
family tests for each candidate and dropped the ones already named.  Each
docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps, reorders or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 16 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 16`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import html

import regex
from pypinyin import Style, lazy_pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register
from tests.noise.wide.registry import body_start as _body_start

H16 = dict(heldout=True, heldout_set=16)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "every mark-width mechanism the lead could find is a member of an earlier set or is named by a module",
    "script": "every script mechanism the lead could find (Kangxi radicals, compatibility ideographs, shinjitai, "
              "variation selectors, Hong Kong and Taiwan forms, second-round simplifications without a witness) is a "
              "member of an earlier set, is named by a module, or is not recoverable from the page",
}
_LABEL = regex.compile(r"第[零〇一二三四五六七八九十百千两]+条(?:之[一二三四五六七八九十]+)?")


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _whole(d: Damager) -> tuple[int, int]:
    """The span of the whole plain page (title included), without its final newline."""
    text = d.text
    return 0, len(text) - 1 if text.endswith("\n") else len(text)


def _text_lines(d: Damager) -> list[tuple[str, str, int]]:
    """(kind, text, heading level) of every non-empty line of the page, in order."""
    out = []
    for li in d.base.lines:
        s = d.base.unescape(d.text[li.start : li.end])
        if not s.strip():
            continue
        level = d.base.law.rows[li.row].level if li.kind == "heading" else 0
        out.append((li.kind, s, level))
    return out


def _put_block(d: Damager, block: list[str], *, top: bool, tokens: list[str]) -> None:
    """Insert lines of furniture before the page's first line (``top``) or after its last, in the page's format."""
    lines = d.base.lines
    pos = lines[0].outer_start if top else lines[-1].outer_end
    if d.fmt == "html":
        new = "".join(f"<p>{d.base.escape(s)}</p>\n" for s in block)
    else:
        new = "\n".join(block) + "\n"
        if not top and not d.text[:pos].endswith("\n"):
            new = "\n" + new
    d.insert(pos, new, tokens=tokens)


def _between_han(d: Damager) -> list[int]:
    """Positions between two Han characters of the body lines' own text."""
    text = d.text
    spots = []
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}(?=\p{Han})", text[start : li.end]):
            spots.append(start + m.end())
    return spots


def _insert_at_spots(d: Damager, make, lo: int, hi: int) -> None:
    """Insert ``make()`` (string, tokens) between Han characters at ``lo``-``hi`` random places."""
    spots = _between_han(d)
    d.rng.shuffle(spots)
    done, want = 0, d.rng.randint(lo, hi)
    for pos in spots:
        if done >= want:
            break
        new, tokens = make()
        if d.insert(pos, d.base.escape(new), tokens=tokens):
            done += 1


def _words(d: Damager, vocab) -> list[tuple[int, str]]:
    """(position, word) of every occurrence of a vocabulary word in the body lines' own text."""
    text = d.text
    pattern = regex.compile("|".join(sorted(map(regex.escape, vocab), key=len, reverse=True)))
    spots = []
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in pattern.finditer(text, start, li.end):
            spots.append((m.start(), m.group()))
    return spots


# --------------------------------------------------------------------------- ruby

#: Short learner's-dictionary glosses (CC-CEDICT style) of words that laws use often.
_GLOSSES = {
    "管理": "to manage; to administer", "规定": "to stipulate; provision; regulation", "应当": "should; ought to",
    "人民政府": "people's government", "部门": "department; branch", "条例": "regulations; ordinance",
    "保护": "to protect; protection", "负责": "to be responsible for", "依法": "according to law",
    "单位": "unit; organization", "组织": "to organize; organization", "监督": "to supervise; supervision",
    "检查": "to inspect; inspection", "违反": "to violate", "处罚": "to punish; penalty", "责任": "responsibility",
    "建设": "to build; construction", "服务": "to serve; service", "实施": "to implement", "发展": "development",
    "社会": "society; social", "公共": "public; common", "安全": "safety; security", "信息": "information",
    "行政": "administration; administrative", "制定": "to draw up; to formulate", "工作": "work; job",
    "活动": "activity", "国家": "country; state", "企业": "enterprise; company", "机关": "organ; agency",
    "法律": "law", "法规": "laws and regulations", "标准": "standard; criterion", "环境": "environment",
    "措施": "measure; step", "情况": "circumstances; situation", "有关": "relevant; related to",
}


@register("h16_ruby_gloss_popup", "ruby", **H16,
          description="words annotated by a learner's reading aid: the word's pinyin and its English dictionary gloss inline after it (管理[guǎn lǐ: to manage; to administer])")
def _ruby_gloss_popup(d: Damager) -> None:
    """``…应当加强管理[guǎn lǐ: to manage; to administer]…``: reading aids for learners of
    Chinese (popup-dictionary extensions, graded readers' "annotate this text" tools) wrap
    each looked-up word in a span whose tooltip holds the word's pinyin and its English
    dictionary gloss; a save or a text extraction of the annotated page writes the tooltip
    inline after the word.  Three to eight words a page, one tooltip style a page."""
    r = d.rng
    form = r.choice(("[{p}: {g}]", "（{p}｜{g}）", " [{p}] {g} ", "({p} - {g})"))
    style = r.choice((Style.TONE, Style.TONE3))
    spots = _words(d, _GLOSSES)
    r.shuffle(spots)
    want, done = r.randint(3, 8), 0
    for pos, word in spots:
        if done >= want:
            break
        reading = " ".join(lazy_pinyin(word, style=style, neutral_tone_with_five=True))
        note = form.format(p=reading, g=_GLOSSES[word])
        done += d.insert(pos + len(word), d.base.escape(note), tokens=[note.strip(), _GLOSSES[word]])


#: More words a clerk types often, beside the glossed ones.
_IME_WORDS = ("旅游", "促进", "规划", "市场", "经营", "政府", "区域", "协调", "具体", "办法", "设施", "资源", "合法权益",
              "技术", "主管", "项目", "补助", "秩序", "消费", "权利", "义务", "审批", "登记", "许可", "公民", "程序")


@register("h16_ruby_ime_leftovers", "ruby", **H16,
          description="an input method's composition string committed with the word it chose: the typed pinyin before the word (guan'li管理, guanli管理)")
def _ruby_ime_leftovers(d: Damager) -> None:
    """``…应当加强guan'li管理…``: when a web editor (a CMS's rich-text box, a mobile browser's
    content-editable field) mishandles an input method's composition events, the pinyin the
    clerk typed is committed together with the candidate the input method turned it into:
    the letters stay in front of the word, toneless, joined or with the input method's
    apostrophe between syllables.  Two to seven words a page."""
    r = d.rng
    joiner = r.choice(("'", "", "'"))
    spots = _words(d, (*_GLOSSES, *_IME_WORDS))
    r.shuffle(spots)
    want, done = r.randint(2, 7), 0
    for pos, word in spots:
        if done >= want:
            break
        typed = joiner.join(lazy_pinyin(word, style=Style.NORMAL, v_to_u=False))
        if not regex.fullmatch(r"[a-z']+", typed):
            continue
        done += d.insert(pos, typed, tokens=[typed])


# --------------------------------------------------------------------------- spam

_HEXAGRAMS = "".join(chr(c) for c in range(0x4DC0, 0x4E00))
_TRIGRAMS = "☰☱☲☳☴☵☶☷"


@register("h16_spam_fortune_hexagrams", "spam", **H16,
          description="fortune-telling ads (算命, 八字, 风水) framed in Yijing hexagram and trigram symbols, inserted into sentences")
def _spam_fortune_hexagrams(d: Damager) -> None:
    """``…应当䷀☯周易大师在线算命 八字合婚 起名改运 V信 zy8866☯䷁加强…``: fortune-telling and
    feng-shui services advertise on hijacked pages like any other trade, and dress the ad in
    the symbols of their craft (Yijing hexagrams, the eight trigrams, the yin-yang sign) so
    that it catches the eye and slips past a filter of gambling words.  One ad a page, two
    to four places."""
    r = d.rng
    master = r.choice(("周易大师", "易经名师", "国学大师", "风水先生"))
    contact = f"{r.choice(('V信', '薇信', '加微', 'QQ'))} {r.choice(('zy', 'yj', 'fs', 'bz'))}{r.randint(1000, 9999)}"
    body = r.choice(("{m}在线算命 八字合婚 起名改运 {c}", "{m}：看风水 测姻缘 断财运，{c}", "{m}免费测八字，准到你怕！{c}"))
    ad = body.format(m=master, c=contact)

    def make():
        left = r.choice((_HEXAGRAMS[r.randrange(64)] + "☯", r.choice(_TRIGRAMS) * 2, _HEXAGRAMS[r.randrange(64)]))
        right = r.choice(("☯" + _HEXAGRAMS[r.randrange(64)], r.choice(_TRIGRAMS) * 2, _HEXAGRAMS[r.randrange(64)]))
        return left + ad + right, [ad, master, contact]

    _insert_at_spots(d, make, 2, 4)


@register("h16_spam_exam_cheating", "spam", **H16,
          description="ads for exam cheating (answers, hidden earpieces) inserted into sentences: a trade in no list")
def _spam_exam_cheating(d: Damager) -> None:
    """``…应当→四六级考试答案，隐形耳机包过，加Q 2857301←加强…``: sellers of exam answers and
    cheating devices (for the CET, civil-service and qualification exams) spam forums and
    hijacked pages around exam season; the ad names the exam, the product and a contact,
    and an injector drops it into the law's sentences.  One ad a page, two to four places."""
    r = d.rng
    exam = r.choice(("四六级", "公务员", "教师资格证", "一建二建", "考研", "会计职称"))
    product = r.choice(("考试答案", "真题答案", "隐形耳机", "作弊器材"))
    contact = f"{r.choice(('加Q', '扣扣', '微', '联系'))} {r.randint(1000000, 99999999)}"
    body = r.choice(("{e}{p}，考前发货包过，{c}", "出售{e}{p} 不过退款 {c}", "{e}{p}提前到手，{c}"))
    ad = body.format(e=exam, p=product, c=contact)
    wrap = r.choice((("→", "←"), ("", ""), ("【", "】"), ("<<", ">>")))
    _insert_at_spots(d, lambda: (wrap[0] + ad + wrap[1], [ad, contact]), 2, 4)


# --------------------------------------------------------------------------- furniture


@register("h16_furn_archive_stamp", "furniture", **H16,
          description="a scanned official document's archive filing stamp (归档章: 全宗号, 年度, 件号, 保管期限) read by OCR at the top of the page")
def _furn_archive_stamp(d: Damager) -> None:
    """``全宗号 J012  年度 2021  件号 0035⏎机构 办公室  保管期限 永久  页数 6``: Chinese archives
    stamp every filed document with the archive filing stamp (归档章) in the top right corner
    of its first page: the fonds number, the year, the item number, the keeping office, the
    retention period and the page count in a small grid.  A scan of the filed copy is what
    some sites publish, and the OCR text layer holds the stamp before the title."""
    r = d.rng
    fonds = f"{r.choice('JZXW')}{r.randint(1, 300):03d}"
    year, item, pages = r.randint(2005, 2024), r.randint(1, 400), r.randint(2, 30)
    office = r.choice(("办公室", "法规处", "综合科", "秘书科"))
    keep = r.choice(("永久", "长期", "30年", "10年"))
    form = r.random()
    if form < 0.4:
        stamp = f"全宗号 {fonds}  年度 {year}  件号 {item:04d}\n机构 {office}  保管期限 {keep}  页数 {pages}"
    elif form < 0.7:
        stamp = f"全宗号\n{fonds}\n年度\n{year}\n件号\n{item}\n{office}\n{keep}\n{pages}"
    else:
        stamp = f"档号：{fonds}-{year}-{keep[:2] if keep[0].isdigit() else 'Y'}-{item:04d}\n全宗号：{fonds} 年度：{year} 保管期限：{keep} 件号：{item}"
    _put_block(d, stamp.split("\n"), top=True, tokens=["全宗号", fonds])


@register("h16_furn_install_prompt", "furniture", **H16,
          description="a mobile site's add-to-home-screen or open-in-app banner saved with the page, before or after the law")
def _furn_install_prompt(d: Damager) -> None:
    """``将“某市人民政府”添加到主屏幕⏎随时查看最新政策文件⏎添加　以后再说``: government sites built as
    progressive web apps (and portals with an app) show a banner inviting the reader to add
    the site to the home screen or to open the article in the app; a save of the mobile page
    keeps the banner's text at the top or the bottom of the page."""
    r = d.rng
    site = r.choice(("某市人民政府", "某省司法厅", "政务服务网", "市政府门户网站"))
    lines = r.choice((
        [f"将“{site}”添加到主屏幕", "随时查看最新政策文件", r.choice(("添加　以后再说", "添加  取消", "添加\n以后再说"))],
        [f"在“{site}”APP中打开", "阅读体验更佳", "立即打开　继续浏览"],
        ["添加到桌面", f"把{site}放到手机桌面，一键直达", "好的　不用了"],
    ))
    block = "\n".join(lines).split("\n")
    _put_block(d, block, top=r.random() < 0.5, tokens=[block[0], block[-1].split()[0]])


#: A portal of an autonomous region: its language switcher and its name in the region's script (Uyghur, Tibetan, Mongolian, Kazakh).
_SWITCHERS = (
    ["ئۇيغۇرچە | 中文 | English", "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى"],
    ["བོད་ཡིག | 汉文 | English", "བོད་རང་སྐྱོང་ལྗོངས་མི་དམངས་སྲིད་གཞུང་།"],
    ["ᠮᠣᠩᠭᠣᠯ | 中文", "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ"],
    ["قازاقشا | ئۇيغۇرچە | 中文", "ئىلى قازاق ئاپتونوم ئوبلاستى"],
)


@register("h16_furn_language_switcher", "furniture", **H16,
          description="an autonomous region's portal chrome saved with the page: the language switcher and the government's name in Uyghur, Tibetan, Mongolian or Kazakh script")
def _furn_language_switcher(d: Damager) -> None:
    """``ئۇيغۇرچە | 中文 | English⏎شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى⏎某市…条例``: the portals of
    China's autonomous regions and prefectures publish in the region's own language too; their
    page head carries a language switcher and the government's name in that script (Uyghur and
    Kazakh in Arabic letters, Tibetan, traditional Mongolian), and a save or a text extraction
    of the Chinese page keeps the head's lines before the law (now and then its foot repeats
    the switcher after it)."""
    r = d.rng
    switch, name = r.choice(_SWITCHERS)
    head = [switch, name] if r.random() < 0.6 else [name, switch]
    _put_block(d, head, top=True, tokens=[switch, name])
    if r.random() < 0.3:
        _put_block(d, [switch], top=False, tokens=[switch])


# --------------------------------------------------------------------------- encoding


@register("h16_enc_erlang_binary", "encoding", **H16,
          description="the text's UTF-8 bytes printed as an Erlang/Elixir binary term: <<230,179,149,...>> in decimal, wrapped, inside a log tuple")
def _enc_erlang_binary(d: Damager) -> None:
    """``{ok,#{body => <<230,159,144,229,184,130,…⏎      231,154,132,…>>}}``: services written in
    Erlang or Elixir (message brokers, crawlers, chat back ends) log a term with ``~p``/``~w``
    or ``inspect``; a binary that the shell does not take for printable text comes out as
    its bytes in decimal between ``<<`` and ``>>``, wrapped at the line width with an indent.
    A crawl that stored the log line holds the law's UTF-8 bytes so."""
    r = d.rng
    start, end = _whole(d)
    raw = d.text[start:end].encode("utf-8")
    nums = [str(b) for b in raw]
    indent = " " * r.choice((6, 8, 10))
    lines, row = [], ""
    for k, n in enumerate(nums):
        piece = n + ("," if k < len(nums) - 1 else "")
        if len(row) + len(piece) > 72:
            lines.append(row)
            row = indent
        row += piece
    lines.append(row)
    head = r.choice(("{ok,#{body => <<", "{ok,<<", "[info] crawler: got body <<", "%{content: <<"))
    tail = {"{ok,#{body => <<": ">>}}", "{ok,<<": ">>}", "[info] crawler: got body <<": ">>",
            "%{content: <<": ">>, status: 200}"}[head]
    d.edit(start, end, head + "\n".join(lines) + tail, kind="transform", tokens=[])


def _ihex_record(addr: int, kind: int, data: bytes) -> str:
    body = bytes([len(data), (addr >> 8) & 0xFF, addr & 0xFF, kind]) + data
    check = (-sum(body)) & 0xFF
    return ":" + body.hex().upper() + f"{check:02X}"


@register("h16_enc_intel_hex", "encoding", **H16,
          description="the text's bytes as an Intel HEX image (:LLAAAATT…CC records with addresses and checksums), as a device's flash dump holds it")
def _enc_intel_hex(d: Damager) -> None:
    """``:10000000E69F90E5B882E69785E6B8B8E4BF83E8BF9B64``: the texts that a kiosk, an e-reader or a
    broadcast terminal shows are stored in its flash; the firmware images and dumps that are
    shared (and crawled) are Intel HEX files: records of a colon, the byte count, the address,
    the record type, the data bytes in hex and a checksum, an end-of-file record last.  The
    law's UTF-8 (or GB18030) bytes are the data, sixteen or thirty-two a record."""
    r = d.rng
    start, end = _whole(d)
    raw = d.text[start:end].encode(r.choice(("utf-8", "utf-8", "gb18030")))
    size = r.choice((16, 32))
    base = r.choice((0, 0x8000, 0x20000))
    out = []
    if base > 0xFFFF:
        out.append(_ihex_record(0, 4, bytes([(base >> 24) & 0xFF, (base >> 16) & 0xFF])))
    for k in range(0, len(raw), size):
        out.append(_ihex_record((base + k) & 0xFFFF, 0, raw[k : k + size]))
    out.append(":00000001FF")
    d.edit(start, end, "\n".join(out), kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


def _tw_escape(s: str) -> str:
    """TiddlyWiki text: wiki markup characters at a line's start or doubled are taken literally with a nowiki."""
    if regex.match(r"[!*#;:>|]", s) or regex.search(r"''|//|__|\[\[|\{\{|<<", s):
        return '"""' + s + '"""'
    return s


@register("h16_layout_tiddlywiki", "layout", **H16,
          description="the law as a TiddlyWiki tiddler file (.tid): a header of fields, ! headings by level, ''bold'' labels, paragraphs between blank lines")
def _layout_tiddlywiki(d: Damager) -> None:
    """``created: 20210506102233000⏎tags: 法规 [[地方性法规]]⏎title: 某市…条例⏎type: text/vnd.tiddlywiki⏎⏎! 第一章　总则⏎''第一条''　为了…``:
    TiddlyWiki notebooks (a single-file wiki that study groups and law clerks keep their
    notes in) store each tiddler as a ``.tid`` file: ``name: value`` fields, a blank line,
    then the text in TiddlyWiki's wiki markup (``!`` headings, ``''`` bold, ``//`` italics,
    blank lines between paragraphs, ``<!-- -->`` comments); shared notebooks are crawled
    as their files."""
    r = d.rng
    lines = _text_lines(d)
    title = next((s for k, s, _ in lines if k == "title"), "law")
    stamp = f"{r.randint(2015, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}000"
    out = [f"created: {stamp}", f"modified: {stamp}",
           f"tags: {r.choice(('法规', '地方性法规', '学习笔记'))} [[{r.choice(('地方性法规', '法规汇编', '普法'))}]]",
           f"title: {title}", "type: text/vnd.tiddlywiki", ""]
    bold = r.random() < 0.7
    body = []
    if r.random() < 0.4:
        body.append(f"<!-- {r.choice(('imported', 'copied from the gazette', 'todo: check'))} -->")
    for kind, s, level in lines:
        if kind == "title":
            body.append(f"! {s}")
        elif kind == "heading":
            body.append(f"{'!' * max(2, min(4, level))} {s}")
        else:
            m = _LABEL.match(s)
            if bold and m and kind == "label":
                body.append(f"''{m.group()}''" + _tw_escape(s[m.end():]))
            else:
                body.append(_tw_escape(s))
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out) + "\n" + "\n\n".join(body), kind="transform", tokens=["title: ", "type: text/vnd.tiddlywiki", "''"])


@register("h16_layout_reversed_pages", "layout", **H16,
          description="the law's printed pages in reverse order, each with its page-number footer (a stack scanned face up, last page first)")
def _layout_reversed_pages(d: Damager) -> None:
    """``…第二十条　…⏎- 3 -⏎第十一条　…⏎- 2 -⏎某市…条例⏎…⏎- 1 -``: a stack of printed pages fed to a
    scanner face up (or a PDF assembled from a phone's photos in the gallery's newest-first
    order) comes out with its pages in reverse; the text layer holds the pages last to first,
    each ending with its page-number footer.  Pages of twelve to twenty lines, breaking
    between lines."""
    r = d.rng
    lines = [li for li in d.base.lines if d.text[li.start : li.end].strip()]
    per = min(r.randint(12, 20), max(3, len(lines) // 3))
    pages = [lines[k : k + per] for k in range(0, len(lines), per)]
    total = len(pages)
    if total < 2:
        return
    form = r.choice(("- {n} -", "— {n} —", "第 {n} 页 共 {m} 页", "{n}/{m}", "·{n}·"))

    def chunk(li) -> str:
        return d.text[li.outer_start : li.outer_end] if d.fmt == "html" else d.text[li.start : li.end] + "\n"

    def footer(n: int) -> str:
        f = form.format(n=n, m=total)
        return f"<p>{d.base.escape(f)}</p>\n" if d.fmt == "html" else f + "\n"

    blocks = ["".join(map(chunk, p)) + footer(n) for n, p in enumerate(pages, 1)]
    start, end = lines[0].outer_start, lines[-1].outer_end
    d.edit(start, end, "".join(reversed(blocks)), kind="transform", tokens=[form.format(n=total, m=total)])


# --------------------------------------------------------------------------- mixed

_SINICA_PUNCT = {"，": "COMMACATEGORY", "。": "PERIODCATEGORY", "、": "PAUSECATEGORY", "；": "SEMICOLONCATEGORY",
                 "：": "COLONCATEGORY", "（": "PARENTHESISCATEGORY", "）": "PARENTHESISCATEGORY",
                 "“": "QUOTECATEGORY", "”": "QUOTECATEGORY", "《": "PARENTHESISCATEGORY", "》": "PARENTHESISCATEGORY",
                 "？": "QUESTIONCATEGORY", "！": "EXCLAMATIONCATEGORY"}
_SINICA_TAGS = ("Na", "Na", "Nc", "VC", "VH", "VE", "P", "D", "DE", "Caa", "Nes", "VJ", "Neu", "Nf")


def _ckip_tokens(s: str, r) -> list[str]:
    """A rough CKIP-style segmentation with tags: 词(TAG), punctuation by category, blanks as WHITESPACE."""
    out = []
    for m in regex.finditer(r"\p{Han}+|[0-9０-９]+|[A-Za-z]+|\s|.", s):
        piece = m.group()
        if regex.match(r"\p{Han}", piece):
            k = 0
            while k < len(piece):
                n = r.choice((1, 2, 2, 2, 3))
                out.append(f"{piece[k:k + n]}({r.choice(_SINICA_TAGS)})")
                k += n
        elif piece.isspace():
            out.append(f"{piece}(WHITESPACE)")
        elif piece in _SINICA_PUNCT:
            out.append(f"{piece}({_SINICA_PUNCT[piece]})")
        elif regex.fullmatch(r"[0-9０-９]+", piece):
            out.append(f"{piece}(Neu)")
        else:
            out.append(f"{piece}(FW)")
    return out


@register("h16_mixed_sinica_tagged", "mixed", **H16,
          description="the law as CKIP / Sinica Corpus tagged text: every word followed by its tag in parentheses, words separated by a full-width blank")
def _mixed_sinica_tagged(d: Damager) -> None:
    """``第一(Neu)　条(Nf)　　(WHITESPACE)　为了(P)　促进(VC)　绿色(Na)　旅游(Na)　，(COMMACATEGORY)``: the
    Academia Sinica Balanced Corpus and the CKIP tagger's output write every word followed by
    its part-of-speech tag in parentheses, the words separated by a full-width blank, the
    punctuation tagged by category (COMMACATEGORY, PERIODCATEGORY), a blank as WHITESPACE;
    legal-NLP corpora tagged with CKIP's tools are shared so, one paragraph a line."""
    r = d.rng
    out = ["　".join(_ckip_tokens(s, r)) for _, s, _ in _text_lines(d)]
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["(Na)", "CATEGORY)"])


def _r_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


@register("h16_mixed_r_console", "mixed", **H16,
          description="an R session printing the law as a character vector: [1] \"…\" [2] \"…\", indices right-aligned, quotes escaped")
def _mixed_r_console(d: Damager) -> None:
    """``> law <- readLines("tiaoli.txt", encoding = "UTF-8")⏎> law⏎ [1] "某市…条例"⏎ [2] "第一章　总则"``:
    legal-text researchers who work in R read a law with ``readLines`` and print it; the
    console prints the character vector one element a line (long strings), each after its
    index in brackets, right-aligned, the strings quoted with ``\\"`` and ``\\\\`` escaped.
    Notebooks, tutorials and course pages publish the console output, and a crawl keeps it."""
    r = d.rng
    lines = [s for _, s, _ in _text_lines(d)]
    width = len(f"[{len(lines)}]")
    name = r.choice(("law", "txt", "x", "tiaoli"))
    out = [f'> {name} <- readLines("{r.choice(("tiaoli.txt", "law.txt", "data/law_2021.txt"))}", encoding = "UTF-8")']
    if r.random() < 0.5:
        out.append(f"> length({name})")
        out.append(f"[1] {len(lines)}")
    out.append(f"> {name}")
    out.extend(f"{f'[{k}]':>{width}} {_r_string(s)}" for k, s in enumerate(lines, 1))
    out.append(">")
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["readLines", "> "])


def _json_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


@register("h16_mixed_mongo_shell", "mixed", **H16,
          description="the law's lines as documents printed by the MongoDB shell: { \"_id\" : ObjectId(\"…\"), \"seq\" : NumberInt(3), \"text\" : \"…\" }, Type \"it\" for more")
def _mixed_mongo_shell(d: Damager) -> None:
    """``{ "_id" : ObjectId("64a1f0c2e4b0a1b2c3d4e5f6"), "law" : 1182, "seq" : NumberInt(3), "text" : "第一条　为了…" }``:
    crawlers commonly store a law's paragraphs as documents in MongoDB; the shell's output of
    a ``find()`` (one document a line, extended-JSON wrappers around ids and numbers, the
    shell's ``Type "it" for more`` after every twenty) is pasted into issues, notes and
    exports that are crawled in turn."""
    r = d.rng
    law = r.randint(100, 9999)
    coll = r.choice(("laws", "fagui", "articles", "paragraphs"))
    field = r.choice(("text", "content", "para"))
    out = [f"> db.{coll}.find({{law: {law}}}).sort({{seq: 1}})"]
    oid = r.getrandbits(96)
    for k, (_, s, _) in enumerate(_text_lines(d), 1):
        if k > 1 and (k - 1) % 20 == 0:
            out.append('Type "it" for more')
            out.append("> it")
        out.append(f'{{ "_id" : ObjectId("{oid + k:024x}"), "law" : {law}, "seq" : NumberInt({k}), "{field}" : {_json_string(s)} }}')
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["ObjectId(", "NumberInt("])


def _xml_text(s: str) -> str:
    return html.escape(s, quote=False)


@register("h16_mixed_spreadsheetml", "mixed", **H16,
          description="the law as an Excel 2003 XML workbook (SpreadsheetML): one Row per line, a number cell and a String cell holding the line")
def _mixed_spreadsheetml(d: Damager) -> None:
    """``<Row><Cell><Data ss:Type="Number">3</Data></Cell><Cell><Data ss:Type="String">第一条　为了…</Data></Cell></Row>``:
    offices keep lists of their rules and the rules' articles in spreadsheets and export
    them as "XML Spreadsheet 2003" (which WPS and Excel still write, and which sites publish
    as ``.xml``/``.xls``); a crawl holds the workbook's XML: the mso-application processing
    instruction, a Workbook with Styles and a Worksheet, one Row a line of the law with its
    number and its text in Data elements."""
    r = d.rng
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
           ' <Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/>'
           f'<Font ss:FontName="{r.choice(("宋体", "等线", "仿宋_GB2312"))}" x:CharSet="134" ss:Size="11"/></Style></Styles>',
           f' <Worksheet ss:Name="{r.choice(("Sheet1", "条文", "法规"))}">',
           '  <Table ss:ExpandedColumnCount="2" x:FullColumns="1" x:FullRows="1">']
    number = r.random() < 0.7
    for k, (_, s, _) in enumerate(_text_lines(d), 1):
        cells = (f'<Cell><Data ss:Type="Number">{k}</Data></Cell>' if number else "") + \
            f'<Cell ss:StyleID="s{r.choice((21, 22))}"><Data ss:Type="String">{_xml_text(s)}</Data></Cell>'
        out.append(f"   <Row>{cells}</Row>")
    out += ["  </Table>", " </Worksheet>", "</Workbook>"]
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["<Row>", "ss:Type", "<Cell"])


def _plist_text(s: str) -> str:
    return html.escape(s, quote=False)


@register("h16_mixed_apple_plist", "mixed", **H16,
          description="the law bundled in an app as an Apple property list (XML plist): an array of dicts whose <key>/<string> pairs hold each line")
def _mixed_apple_plist(d: Damager) -> None:
    """``<plist version="1.0"><dict><key>title</key><string>某市…条例</string><key>items</key><array><dict><key>type</key><string>article</string><key>text</key><string>第一条　为了…</string></dict>``:
    law-reader apps for iOS and macOS bundle their texts as property lists; unpacked app
    bundles and the repositories of such apps are crawled, and the law is held as the plist's
    XML: the DOCTYPE, a root dict, keys and values alternating, one dict a line of the law
    with its kind and its text (escaped as XML), indented with tabs."""
    r = d.rng
    lines = _text_lines(d)
    title = next((s for k, s, _ in lines if k == "title"), "")
    tkey = r.choice(("text", "content", "body"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
           '<plist version="1.0">', "<dict>", "\t<key>title</key>", f"\t<string>{_plist_text(title)}</string>",
           f"\t<key>version</key>", f"\t<integer>{r.randint(1, 30)}</integer>", "\t<key>items</key>", "\t<array>"]
    for kind, s, _ in lines:
        if kind == "title":
            continue
        out += ["\t\t<dict>", "\t\t\t<key>type</key>", f"\t\t\t<string>{kind}</string>",
                f"\t\t\t<key>{tkey}</key>", f"\t\t\t<string>{_plist_text(s)}</string>", "\t\t</dict>"]
    out += ["\t</array>", "</dict>", "</plist>"]
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["<key>", "<plist"])
