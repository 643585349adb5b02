"""An image's furniture in a page saved as text: the placeholder where the image stood, its zoom link and caption.

Real damage (set 6's ``h6_furn_image_placeholders``, session 24): a news site's or a portal's copy of a regulation
puts pictures between its articles; saved as text, each leaves its placeholder (``[图片]``, ``【图片】``, ``[img]``),
its zoom link (``（点击图片查看大图）``) and its caption (``图片来源：新华社``, ``资料图片（图片来源：网络）``,
``图为市人大常委会第三十五次会议现场。（记者 王明 摄）``).  Each line stayed in the article above it.

**Evidence**: a whole line that is a placeholder in any bracket or language (``[图片]``, ``<image>``, ``[Photo]``,
``![会场](a.jpg)``, ``[图片：会场.jpg]``), a zoom link (``点击查看大图``, ``Click to enlarge``), or a caption of its own
shape: a picture's credit (``图片来源：…``, ``摄影：…``, ``Photo: …``, ``资料图片``), a line opening ``图为`` that names
its photographer (``（记者 王明 摄）``).  A numbered figure's title (``图1 某某示意图``) or a line only naming a
photographer is a caption only beside a placeholder or a zoom link (blank lines between): a law's annex titles its own
figures.  Words of a law about pictures (``实物图片``, ``图则``) are in its sentences, never lines of this shape.
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

_WORD = r"(?:图片|圖片|图像|圖像|图|圖|照片|相片|插图|插圖|配图|配圖|视频|視頻|[Ii]mage|IMAGE|[Ii]mg|IMG|[Pp]hoto|PHOTO|[Pp]icture|[Pp]ic|[Ff]igure)"
#: A placeholder: the word in any bracket, maybe with its alt text or file name; a Markdown image; an empty image tag.
_PLACEHOLDER_RE = lazy_regex(
    r"[ \t\u3000]*(?:[\[［【(（<〈《{]" + _WORD + r"(?:[ \t\u3000]*[:：][^\n\]］】)）>〉》}]{0,40}|[ \t\u3000]*\d{1,3})?[\]］】)）>〉》}]"
    r"|!\[[^\n\]]{0,60}\]\([^\s)]{1,300}\)"
    r"|<img\b[^\n>]{0,300}>"
    r"|(?:图片|圖片|[Ii]mage)(?:加载失败|載入失敗|无法显示|無法顯示|loading failed| not found)"
    r")[ \t\u3000]*"
)
#: A zoom link, maybe in brackets: ``（点击图片查看大图）``, ``点击查看原图``, ``Click to enlarge``.
_ZOOM_RE = lazy_regex(
    r"[ \t\u3000]*[(（\[【]?(?:(?:点击|點擊|单击|單擊)(?:图片|圖片|此图|此圖)?(?:查看|看|可)?(?:大图|大圖|原图|原圖|放大|看大图|高清图)"
    r"|(?:查看|看)(?:大图|大圖|原图|原圖|高清大图)|[Cc]lick (?:on )?(?:the )?(?:image |photo |picture )?to (?:enlarge|zoom|view (?:full|larger)[^\n]{0,20}))"
    r"[)）\]】]?[ \t\u3000]*"
)
#: A credit of a picture, a line of its own (``图片来源：新华社``, ``资料图片（图片来源：网络）``, ``摄影：王明``).
_CREDIT_RE = lazy_regex(
    r"[ \t\u3000]*(?:资料图片|資料圖片|资料图|網絡圖片|网络图片)?[ \t\u3000]*[(（]?"
    r"(?:(?:图片|圖片|照片|配图|配圖)(?:来源|來源|来自|來自|提供|作者)|摄影|攝影|图/|圖/|[Pp]hoto(?: credit)?|[Ii]mage(?: source| credit)?|Source of image)"
    r"[ \t\u3000]*[:：/][^\n。；]{1,30}[)）]?[ \t\u3000]*"
    r"|[ \t\u3000]*(?:资料图片|資料圖片|网络图片|網絡圖片|示意图片)[ \t\u3000]*"
)
#: A photo's caption: ``图为…``, ending with its photographer (``（记者 王明 摄）``, ``王明/摄``).
_PHOTO_CAPTION_RE = lazy_regex(
    r"[ \t\u3000]*(?:图为|圖為|上图|下图|左图|右图|图中|圖中)[^\n]{1,80}?"
    r"(?:[(（][^\n()（）]{0,16}(?:摄|攝|供图|供圖)[)）]|[\p{Han}]{1,6}[ \t\u3000]*/?[ \t\u3000]*(?:摄|攝))[ \t\u3000]*"
)
#: Captions only beside a placeholder: a numbered figure's title, a photographer's credit alone.
_WEAK_CAPTION_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?:图|圖|Figure|Fig\.)[ \t\u3000]*\d{1,3}(?:[-.]\d{1,2})?[ \t\u3000:：.、]?[^\n。；]{0,40}"
    r"|[(（](?:记者|記者|通讯员|通訊員)?[ \t\u3000]*\p{Han}{2,4}[ \t\u3000]*(?:摄|攝)[)）]"
    r"|图为[^\n]{1,80})[ \t\u3000]*"
)
#: A figure's number in round brackets (``（图1）``): an annex's own label, not a placeholder.
_NUMBERED_FIGURE_RE = lazy_regex(r"[ \t\u3000]*[(（][^\n]{1,6}\d{1,3}[)）][ \t\u3000]*")
_GATE_RE = lazy_re(r"图|圖|[Ii]mage|IMAGE|[Ii]mg|IMG|[Pp]hoto|PHOTO|[Pp]icture|[Pp]ic|[Ff]ig|摄|攝|!\[|[Cc]lick")
#: The longest line read.
_LINE_CHARS = 120


def image_furniture_lines(text: str) -> list[tuple[int, int]]:
    """The lines of images' placeholders, zoom links and captions: ``(start, end)``.

    >>> t = "第五条 为了规范管理。\\n[图片]\\n\\n图片来源：新华社\\n第六条 县级以上人民政府负责。\\n（点击图片查看大图）\\n图1 会议现场\\n"
    >>> [t[a:b] for a, b in image_furniture_lines(t)]
    ['[图片]', '图片来源：新华社', '（点击图片查看大图）', '图1 会议现场']
    >>> t = "第七条 应当收集实物图片和资料。\\n图1 消防车通道示意图\\n"
    >>> image_furniture_lines(t)
    []
    >>> t = "第三条 本条例自公布之日起施行。\\n【图片】\\n图为市人大常委会第三十五次会议现场。（记者 王明 摄）\\n"
    >>> [t[a:b] for a, b in image_furniture_lines(t)]
    ['【图片】', '图为市人大常委会第三十五次会议现场。（记者 王明 摄）']
    """
    if _GATE_RE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    anchors: list[int] = []  # indexes (among non-blank lines) of placeholders and zoom links
    lines = [(a, b) for a, b in line_bounds(text) if text[a:b].strip(" \t\u3000")]
    for k, (a, b) in enumerate(lines):
        if b - a > _LINE_CHARS:
            continue
        if (_PLACEHOLDER_RE.fullmatch(text, a, b) and not _NUMBERED_FIGURE_RE.fullmatch(text, a, b)) or _ZOOM_RE.fullmatch(text, a, b):
            found.append((a, b))
            anchors.append(k)
        elif _CREDIT_RE.fullmatch(text, a, b) or _PHOTO_CAPTION_RE.fullmatch(text, a, b):
            found.append((a, b))
            anchors.append(k)
        elif _WEAK_CAPTION_RE.fullmatch(text, a, b):
            weak.append((k, a, b))
    if weak and anchors:
        near = set()
        for k in anchors:
            near.update((k - 1, k + 1))
        # (a caption stands right under or over its picture; a chain of captions under it too)
        for k, a, b in weak:
            if k in near:
                found.append((a, b))
    return sorted(found)
