"""Text left escaped: character references, ``\\u`` escapes, percent- and ``\\x``-escaped bytes.

Real damage undone: a crawler stored a page's text in a form meant for a machine, and the
text reached the corpus without being unescaped.  An HTML writer's numeric character
references in a plain-text export (``&#20026;&#20102;`` for ``为了``, ``&#x672C;`` for
``本``); a JSON or JavaScript string copied with its escapes (``\\u672c\\u6761\\u4f8b`` for
``本条例``, or JavaScript's ``escape()``: ``%u672C%u6761``); UTF-8 bytes percent-encoded as in a URL (``%E6%9C%AC%E6%9D%A1`` for ``本条``)
or printed as a Python byte string (``\\xe6\\x9c\\xac``), or MIME quoted-printable of a mail or an
MHTML page (``=E4=B8=AD``, soft line breaks ``=`` at a line's end inside a run), or HZ, the 7-bit GB 2312 of old
mail and Usenet archives (``~{VPND~}`` for ``中文``), or ISO-2022-JP-2/-CN of old mail and news (``ESC $ A`` or ``ESC $ ) A``
and shift-out before GB 2312's pairs), or UTF-7 of a mail or an IMAP folder (``+Ti1lhw-``; a run of one or two
characters, a date's ``+XnQ-`` for ``年``, where the page holds longer runs), or CSS's hex escapes of a style sheet's or a CSS-in-JS serializer's
text (``\\7b2c\\4e00\\6761``, one blank after an escape ending it); a form's encoding writes a
space as ``+`` between its escapes (``%E7%AC%AC%E4%B8%80%E6%9D%A1+%E4%B8%BA``).  Nothing is lost:
each escape names its character or byte.

Evidence: a run of escapes whose characters (or bytes, decoded strictly as UTF-8, else as
GBK when a byte holds a hex letter; never after a digit: ``95%96%97%`` is percentages) are Chinese text: Han, Chinese punctuation, printable ASCII, with at least one non-ASCII
character, and two characters at least unless the one is CJK (``&#169;`` alone may be meant); never a percent-escape inside a
URL or a query (``http://www.gov.cn/s?q=%E6%B3%95`` stays: an address is kept as written).
A page whose only run names one or two characters is kept with a warning: a text quoting an
escape as its example (``“中”可写作&#20013;``, ``码位为\\u56fd``) means the escape.
Named character references (``&ldquo;``, ``&nbsp;``, ``&mdash;``), and numeric ones of a single sign (``&#8220;``),
are read on a page ingest read as HTML or Markdown only: its reader decoded the page's references once, and one left in the text is one its site
escaped twice (ljz060707-lang's crawl of 上海市高中阶段学校招生录取改革实施办法: ``&amp;ldquo;`` in the HTML,
``试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目`` on the screen).  Only complete references (``;``) of the
characters a Chinese text writes; ``&amp;``, ``&lt;``, ``&gt;``, ``&quot;`` and ``&apos;`` stay (a text about
markup quotes them), and so does every reference on a plain-text page: validation's ``html_entity_residue``
names what stays.
What an escape names may itself be mojibake (``&#228;&#184;&#173;``: ``ä¸\\xad``); it is
unescaped here, first of all rules, and ``latin1_mojibake`` reads it back.
"""

from __future__ import annotations

import base64
from bisect import bisect_left
import codecs
import html
import json
import quopri

from corpus_tools.clean._gates import has_any_byte, latin1_chars
from corpus_tools.clean.edits import apply_edits, beside
from corpus_tools.clean.containers import serialised_page
from corpus_tools.clean.encoded_runs import encoded_runs, reads_as_chinese_text
from corpus_tools.clean.escaped_breaks import escaped_line_breaks
from corpus_tools.clean.glyph_lines import glyph_line_edits
from corpus_tools.clean.hard_breaks import hard_break_marks
from corpus_tools.clean.inline_math import inline_math_numbers
from corpus_tools.clean.patches import patch_edits
from corpus_tools.clean.rules import ESCAPED_TEXT, RuleResult
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_regex

_REFERENCES = lazy_regex(r"(?:&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});)+")
_REFERENCE = lazy_regex(r"&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));")
#: A run of numeric references of which some lost their ``&`` (``#xff0c;``) or their ``;`` (``&#20013``): the
#: number still ends plainly, at the ``;`` or where no digit of its base follows (HTML's own parser reads
#: ``&#20013`` so); a reference without both is no reference (``#3``).  Escaped twice, ``&amp;#20013;``.
_DAMAGED_REFERENCES = lazy_regex(
    r"(?:(?:&amp;|&)?#(?:[0-9]{4,7}(?![0-9])|[xX][0-9a-fA-F]{2,6}(?![0-9a-fA-F]));?)+")
_DAMAGED_REFERENCE = lazy_regex(r"(&amp;|&)?#(?:([0-9]+)|[xX]([0-9a-fA-F]+))(;?)")
#: A run of named references of the characters a Chinese text writes: quotes, spaces, dashes, the ellipsis,
#: the middle dot and bullet, the signs of figures and arrows (the names validation's ``html_entity_residue``
#: knows, less the five of markup: ``&amp;`` ``&lt;`` ``&gt;`` ``&quot;`` ``&apos;``).
_NAMED_REFERENCES = lazy_regex(
    r"(?:&(?:ldquo|rdquo|lsquo|rsquo|bdquo|laquo|raquo|nbsp|ensp|emsp|thinsp|mdash|ndash|hellip|middot|bull|times|"
    r"divide|deg|plusmn|permil|sect|para|copy|reg|trade|yen|rarr|larr|uarr|darr|le|ge|ne);)+")
#: A pair of named quotation marks around a stretch of one line holding Chinese (``&ldquo;阿X&rdquo;``): on a
#: plain-text page, the pair is the evidence that the writer's quotes were exported as references (a lone
#: name, ``&nbsp;`` or ``&middot;``, is as often a text about markup quoting it, and stays).
#: What it quotes opens on no mark (``写作&ldquo;，右引号写作&rdquo;`` names the references), and the page names no markup.
_QUOTE_PAIR = lazy_regex(r"(&ldquo;)(?![，、。；：,;:\s])[^&\n]{0,200}?\p{Han}[^&\n]{0,200}?(&rdquo;)"
                         r"|(&lsquo;)(?![，、。；：,;:\s])[^&\n]{0,200}?\p{Han}[^&\n]{0,200}?(&rsquo;)")
_NAMES_MARKUP = lazy_regex(r"(?i:html|xml|entity|entities)|实体|转义|字符引用|引用字符")
#: The formats whose reader decoded the page's character references once (ingest's HTML reader, and the
#: Markdown one, which renders a page's HTML): a reference left in the text was escaped twice.
READ_AS_MARKUP = frozenset({"html", "markdown"})
#: ``\u`` escapes; a JSON string serialized twice or more (a JSON document kept as a string field of another) doubles
#: each escape's backslash (``\\u7b2c``): the run reads the same (marks20, after its held-out measurement).
_U_ESCAPES = lazy_regex(r"(?:\\{1,4}u[0-9a-fA-F]{4})+")
_MORE_BACKSLASHES = lazy_regex(r"\\{2,4}(?=u)")
#: JavaScript's ``escape()``: ``%u4E2D`` for a character above U+00FF, ``%XX`` for one below (a blank ``%20``, a
#: bracket ``%28``), and ``A-Z a-z 0-9 @*_+-./`` as themselves (``%u7B2C12%u6761``: ``第12条``); literal ASCII
#: only between two ``%u`` escapes, an ASCII sign's ``%XX`` on a run's edges too (``%u57F9%u8BAD%3A``: ``培训:``).
_JS_ESCAPES = lazy_regex(
    r"(?:%[0-7][0-9a-fA-F])*%u[0-9a-fA-F]{4}(?:(?:%[0-9a-fA-F]{2}|[A-Za-z0-9@*_+\-./])*%u[0-9a-fA-F]{4})*(?:%[0-7][0-9a-fA-F])*")
_JS_ESCAPE = lazy_regex(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")
_PERCENT = lazy_regex(r"(?:%[0-9A-Fa-f]{2}){2,}")
_X_ESCAPES = lazy_regex(r"(?:\\x[0-9A-Fa-f]{2}){2,}")
#: A whole Python bytes literal printed in the text (``str(line.encode())``: ``b'\\xe7\\xac\\xac\\xe4\\xba\\x8c\\xe6\\x9d\\xa1 \\xe5…'``):
#: ``b`` and a quote, escapes and the printable ASCII its repr writes plainly, the same quote; two ``\\x`` escapes at least.
_BYTES_LITERAL = lazy_regex(
    r"(?<![A-Za-z0-9_])b(?:'((?:\\x[0-9a-fA-F]{2}|\\[\\'\"nrt]|[ -&(-\[\]-~])*)'"
    r'|"((?:\\x[0-9a-fA-F]{2}|\\[\\\'"nrt]|[ !#-\[\]-~])*)")')
_LITERAL_TOKEN = lazy_regex(r"\\x([0-9a-fA-F]{2})|\\([\\'\"t])|(\\[nr])|([^\\])")
#: MIME quoted-printable (an e-mail or a page saved as MHTML): ``=E4=B8=AD``, upper-case hex as the
#: standard writes it, a soft line break ``=`` + line feed inside a run (``=E5=B7=\n=A5``: 工).
_QUOTED_PRINTABLE = lazy_regex(r"(?:=[0-9A-F]{2})+(?:=\r?\n(?:=[0-9A-F]{2})+)*")
_SOFT_BREAK = lazy_regex(r"=\r?\n")
#: What the characters named must be: Chinese text (Han, CJK and full-width punctuation,
#: curly quotes, printable ASCII), or what a code page shows for bytes (Latin-1 and the
#: Windows-1252 signs: mojibake that ``latin1_mojibake`` reads back).
_NAMED = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef“”‘’…—·\x20-\x7e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178"
                       r"\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                       r"\u20ac\u2122]+")
#: HZ (RFC 1843, an old mail's or Usenet archive's GB 2312 in 7 bits): ``~{`` opens GB mode, every pair of printable ASCII
#: characters is a GB 2312 character less 0x80 per byte (a lead byte 0x21-0x77, so ``~`` never opens a pair), ``~}`` closes it:
#: ``~{VPND~}`` for ``中文``; ``~`` at a line's end continues the line (RFC 1843's own example, ``~{<:Ky2;S{#,~}~⏎~{NpJ)…~}``).
_HZ = lazy_regex(r"~\{(?:[\x21-\x77][\x21-\x7e])+~\}(?:~\n~\{(?:[\x21-\x77][\x21-\x7e])+~\})*")
#: UTF-7 (RFC 2152, a mail's or an IMAP folder's 7-bit Unicode): ``+`` opens modified base64 of UTF-16 (``+Ti1lhw-`` for
#: ``中文``), ``-`` or any character outside base64 closes it.
_UTF7 = lazy_regex(r"(?<![A-Za-z+/])\+[A-Za-z0-9+/]{3,}-?")
_HZ_SEGMENT = lazy_regex(r"~\{((?:[\x21-\x77][\x21-\x7e])+)~\}")
#: RTF's hex escapes of a code page's bytes, left by a stripper that took an RTF file's control words out but not its
#: escapes (``{\\rtf1\\ansi\\ansicpg936 \\'b5\\'da\\'d2\\'bb\\'cc\\'f5}`` for ``第一条``): two bytes at least.
_RTF_HEX = lazy_regex(r"(?:\\'[0-9a-fA-F]{2}){2,}")
#: Bytes as octal escapes (``\\347\\254\\254`` for ``第``): git's quoted paths (``core.quotePath``), C's and Perl's
#: ``printf`` of a byte string, PostgreSQL's ``bytea`` escape output; two bytes at least, each above 0x7F.
_OCTAL = lazy_regex(r"(?:\\[23][0-7]{2}){2,}")
#: A MIME encoded-word (RFC 2047) of a mail's subject or sender copied onto a page (``=?GB2312?B?tdrSu8z1?=``,
#: ``=?UTF-8?Q?=E7=AC=AC?=``); the blanks between two encoded-words are no text (RFC 2047, 6.2).
_ENCODED_WORDS = lazy_regex(r"=\?[A-Za-z0-9_.:-]{2,20}\?[BbQq]\?[^?\s]{1,400}\?=(?:[ \t]*=\?[A-Za-z0-9_.:-]{2,20}\?[BbQq]\?[^?\s]{1,400}\?=)*")
_ENCODED_WORD = lazy_regex(r"=\?([A-Za-z0-9_.:-]{2,20})\?([BbQq])\?([^?\s]{1,400})\?=")
#: CSS's hex escapes (CSS Syntax 3, 4.3.7: a style sheet's ``content: "\\7b2c\\4e00\\6761"``, a page builder's or a
#: CSS-in-JS serializer's text node): a backslash, one to six hex digits, then one blank or tab that only ends the escape
#: (``\\7b2c \\4e00``; a second blank is the text's: ``\\6761  \\4E3A`` for ``条 为``); a line break is never taken
#: (the page's lines stay).  Literal ASCII the serializer left between two escapes (``\\7b2c 10\\6761``: ``第10条``):
#: eight characters at most, no backslash, no line break.  Two escapes at least: a run, not a lone match.
_CSS_ESCAPES = lazy_regex(
    r"(?<![\\0-9A-Za-z])\\[0-9a-fA-F]{1,6}[ \t]?(?:[ -\[\]-~]{0,8}?\\[0-9a-fA-F]{1,6}[ \t]?)+")
_CSS_ESCAPE = lazy_regex(r"\\([0-9a-fA-F]{1,6})[ \t]?|([^\\])")
#: ISO-2022 (RFC 1468, 1554, 1922): 7-bit Chinese and Japanese of old mail and news, each double-byte stretch opened by
#: the escape sequence that designates its character set.  ISO-2022-JP-2's ``ESC $ A`` (GB 2312), ``ESC $ B`` (JIS X
#: 0208), ``ESC $ ( C``/``D`` (KS C 5601, JIS X 0212), pairs of printable ASCII, ``ESC ( B`` back to ASCII
#: (``\x1b$ABZR;Lu\x1b(B`` for ``第一条``); ISO-2022-CN's ``ESC $ ) A`` once on a line, then each stretch between
#: shift-out and shift-in (``\x1b$)A\x0e5ZR;Lu\x0f``).
_ISO2022_JP = lazy_regex(r"(?:\x1b\$(?:[@AB]|\([ACD])(?:[\x21-\x7e]{2})*)+(?:\x1b\([BJ])?")
_ISO2022_CN = lazy_regex(r"\x1b\$\)A(?:(?:\x1b\$\)A)?[^\n\x0e\x1b]*\x0e(?:[\x21-\x7e]{2})*\x0f)+")
_SHIFTED = lazy_regex(r"\x0e((?:[\x21-\x7e]{2})*)\x0f|\x1b\$\)A")
#: Every run starts with one of these (``&#``, ``\\u``/``\\x``, ``%``, ``=``, a damaged reference's ``#``, HZ's ``~``, UTF-7's ``+``); an OCR model's
#: inline math around a number opens on ``$``, a converter's hard break ends on ``\\`` or `` +``): the gate.
_GATE = b"&\\%=#~+$\x1b"


#: The 7-bit forms whose reading proves itself (:func:`_hz`, :func:`_utf7`: most of what a run names is GB 2312's
#: common characters): what they name is any character GB 2312 or Unicode writes, a law's ``Ⅲ类`` and ``①`` too,
#: not only those :data:`_NAMED` lists (set 11: an HZ line holding ``Ⅲ类水质`` stayed undecoded, its article lost).
_OWN_EVIDENCE = frozenset({"HZ escapes", "UTF-7", "ISO-2022"})

#: A page's only escape run naming this many characters or fewer is kept (a quoted example).
_QUOTED_EXAMPLE_MAX = 2

_CJK = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef]")
_CJK_ONLY = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef“”‘’…—·]+")
#: What a damaged reference may name: a unified Han character (not the Han script's signs: ``#12345;`` is ``〹``)
#: or a mark a Chinese text writes.
_HAN_OR_MARK = lazy_regex(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f\u3007\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff1f“”‘’…—·]")


def _named(decoded: str) -> bool:
    """Whether escapes name Chinese text: two characters at least, or one CJK character
    (``&#19968;`` in ``第&#19968;条``: one escape alone of a Latin sign may be meant)."""
    if not _NAMED.fullmatch(decoded) or decoded.isascii():
        return False
    return len(decoded) >= 2 or bool(_CJK.fullmatch(decoded))


def _signs_of_a_text(decoded: str) -> bool:
    """Whether a numeric reference left on a page read as HTML or Markdown names characters a text writes: printable,
    none of ASCII (``&#60;`` is markup's ``<``), none private-use (``lost_glyphs`` names those).

    >>> _signs_of_a_text("“"), _signs_of_a_text("<"), _signs_of_a_text("\ue010"), _signs_of_a_text("\x85")
    (True, False, False, False)
    """
    return all(ch.isprintable() and not ch.isascii() and not 0xE000 <= ord(ch) <= 0xF8FF for ch in decoded)


def _references(run: str) -> str | None:
    out = []
    for m in _REFERENCE.finditer(run):
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        if 0x80 <= code <= 0x9F:  # as HTML reads them: Windows-1252's characters (&#150; is –)
            try:
                out.append(bytes((code,)).decode("cp1252"))
                continue
            except UnicodeDecodeError:
                pass
        out.append(chr(code))
    return "".join(out)


def _damaged_references(run: str) -> str | None:
    """What a run of numeric references names when one of them at least lost its ``&`` or its ``;`` or
    was escaped twice (``&amp;#``), each a Han character or a mark of Chinese text; ``None`` otherwise
    (whole references are :func:`_references`'; a ``#`` and a number alone, or any other character
    named, is no evidence of a reference).

    >>> _damaged_references("#xff0c;"), _damaged_references("&#35268&#33539"), _damaged_references("&amp;#20013;")
    ('，', '规范', '中')
    >>> _damaged_references("&#20013;"), _damaged_references("#12345;"), _damaged_references("#x41;")
    (None, None, None)

    A ``#``, a decimal number and a ``;`` alone is a number sign as often (review 16 F3: a ticket's ``工单编号#20013;``,
    CSS's ``color:#181818;``): without its ``&`` a decimal reference is read only in a run of two references or more,
    and never as a character of the extension planes (every six-digit colour from ``#131072;`` is one):

    >>> _damaged_references("#20013;"), _damaged_references("#181818;"), _damaged_references("#35268;#33539;")
    (None, None, '规范')
    """
    out = []
    damaged = False
    matches = list(_DAMAGED_REFERENCE.finditer(run))
    for m in matches:
        amp, dec, hexa, semi = m.groups()
        damaged = damaged or amp != "&" or not semi
        if not amp and not semi:
            return None  # (``#20013``: a number after a sign, no reference)
        code = int(dec) if dec else int(hexa, 16)
        if code > 0x10FFFF:
            return None
        if not amp and (code >= 0x20000 or dec and len(matches) < 2):
            return None  # (a number sign: ``序号#23456;``, ``color:#151515;``)
        ch = chr(code)
        if not (_HAN_OR_MARK.fullmatch(ch)):
            return None
        out.append(ch)
    return "".join(out) if damaged and out else None


def _hz(run: str) -> str | None:
    """What an HZ run (``~{VPND~}``) names: its GB 2312 characters, when most of them are of the standard's first level
    (its 3,755 common characters, lead bytes B0-D7) or its punctuation (A1-A3); None otherwise: a run of printable
    ASCII between ``~{`` and ``~}`` that is no HZ reads as rare or unassigned characters.

    >>> _hz("~{VPND~}"), _hz("~{5ZR;Lu~}"), _hz("~{a~~~}"), _hz("~{wwww~}")
    ('中文', '第一条', None, None)
    """
    try:
        decoded = run.encode("ascii").decode("hz")
    except UnicodeError:
        return None
    pairs = "".join(_HZ_SEGMENT.findall(run))
    common = sum(1 for i in range(0, len(pairs), 2) if 0x30 <= ord(pairs[i]) <= 0x57 or 0x21 <= ord(pairs[i]) <= 0x23)
    return decoded if 2 * common > len(pairs) // 2 else None


def _utf7(run: str, *, least: int = 3) -> str | None:
    """What a UTF-7 run names when it is Chinese text: three characters at least, four in five of them GB 2312's
    common characters (its first level) or its punctuation; None otherwise.  A ``+`` before a word or a number
    (``+8610``, ``C++``, ``+Hello``) names none: one random run of letters and digits in a hundred decodes to CJK
    characters, none in 100,000 to common ones (while 30,739 of 30,746 words of 200 clean laws do, enc18).

    >>> _utf7("+Ti1lhw-"), _utf7("+eyxOAGdh"), _utf7("+8610"), _utf7("+chNar3OS")
    (None, '第一条', None, None)
    """
    try:
        decoded = run.encode("ascii").decode("utf-7")
    except UnicodeError:
        return None
    if len(decoded) < least:
        return None
    common = 0
    for ch in decoded:
        try:
            code = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += len(code) == 2 and (0xB0 <= code[0] <= 0xD7 or 0xA1 <= code[0] <= 0xA3)
    return decoded if 5 * common >= 4 * len(decoded) else None


def _iso2022(run: str) -> str | None:
    """What an ISO-2022 run names (:data:`_ISO2022_JP`, :data:`_ISO2022_CN`), decoded strictly: Chinese text with a Han
    character at least; None otherwise (an escape sequence is the evidence of the form, the decoding of what it is).

    >>> _iso2022("\\x1b$A5ZR;Lu\\x1b(B"), _iso2022("\\x1b$BBh0l>r\\x1b(B"), _iso2022("\\x1b$)A\\x0e5ZR;Lu\\x0f 2021\\x0eDj\\x0f")
    ('第一条', '第一条', '第一条 2021年')
    >>> _iso2022("\\x1b$A~~\\x1b(B"), _iso2022("\\x1b$(C0!\\x1b(B")
    (None, None)
    """
    try:
        if run.startswith("\x1b$)A"):
            decoded = _SHIFTED.sub(lambda m: bytes(ord(c) | 0x80 for c in m.group(1) or "").decode("gb2312"), run)
        else:
            decoded = run.encode("ascii").decode("iso2022_jp_2")
    except UnicodeError:
        return None
    return decoded if _HAN_CHAR.search(decoded) and _chinese_text(decoded) else None


def _encoded_words(run: str) -> str | None:
    """What a run of MIME encoded-words names: each word's bytes (base64 for ``B``, quoted-printable with ``_`` for a
    blank for ``Q``) decoded strictly in the charset it names; None when a charset is unknown or a byte does not decode.

    >>> _encoded_words("=?GB2312?B?tdrSu8z1?="), _encoded_words("=?UTF-8?Q?=E7=AC=AC=E4=B8=80?= =?utf-8?b?5p2h?=")
    ('第一条', '第一条')
    >>> _encoded_words("=?x-unknown?B?tdrSu8z1?="), _encoded_words("=?UTF-8?B?tdrSu8z1?=")
    (None, None)
    """
    out = []
    for m in _ENCODED_WORD.finditer(run):
        charset, how, payload = m.groups()
        try:
            if how in "Bb":
                data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
            else:
                data = quopri.decodestring(payload.replace("_", " ").encode("ascii"), header=True)
            out.append(data.decode(codecs.lookup(charset.split("*")[0]).name))
        except (ValueError, LookupError, UnicodeError):
            return None
    return "".join(out)


def _bytes_literal(body: str) -> str | None:
    """What the body of a Python bytes literal names: its bytes decoded (strictly as UTF-8, else as GBK), with
    its escaped line breaks ``\\n`` ``\\r`` left as written (the layout rules read those); None unless two
    ``\\x`` escapes at least name Chinese text.

    >>> _bytes_literal(r"\\xe7\\xac\\xac\\xe4\\xb8\\x80\\xe6\\x9d\\xa1 2021\\xe5\\xb9\\xb4")
    '第一条 2021年'
    >>> _bytes_literal(r"\\xe4\\xb8\\xad\\n\\xe6\\x96\\x87") == "中" + "\\\\n" + "文"
    True
    >>> _bytes_literal(r"\\x00\\x01abc"), _bytes_literal("abc")
    (None, None)
    """
    if body.count("\\x") < 2:
        return None
    pieces: list[str] = []
    data = bytearray()
    hex_digits = []
    for m in _LITERAL_TOKEN.finditer(body):
        if m.group(3) is not None:  # an escaped line break: the text before it is decoded, the escape kept
            pieces.append(data.decode("latin-1"))
            pieces.append(m.group(3))
            data = bytearray()
        elif m.group(1) is not None:
            data.append(int(m.group(1), 16))
            hex_digits.append(m.group(1))
        else:
            escaped = m.group(2)
            data.extend(b"\t" if escaped == "t" else (escaped or m.group(4)).encode("ascii", "replace"))
    pieces.append(data.decode("latin-1"))
    try:  # strict UTF-8 names a text with its own signs too (``Ⅲ类``); GBK only the characters of :data:`_NAMED`
        text = "".join(piece if k % 2 else piece.encode("latin-1").decode("utf-8") for k, piece in enumerate(pieces))
        return text if _CJK.search(text) and _chinese_text(text) else None
    except UnicodeDecodeError:
        pass
    out = []
    for k, piece in enumerate(pieces):
        decoded = piece if k % 2 else _bytes(piece.encode("latin-1"), "".join(hex_digits))
        if decoded is None or not k % 2 and piece and not _named(decoded):
            return None
        out.append(decoded)
    text = "".join(out)
    return text if _CJK.search(text) else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _chinese_text(decoded: str) -> bool:
    """Whether bytes decoded strictly name a Chinese text: every character printable and none private-use (a
    text's Roman numerals ``Ⅲ``, circled numbers ``①``, units ``㎡`` are its own), or a line's tab.

    >>> _chinese_text("执行《标准》Ⅲ类水质，面积50㎡"), _chinese_text("第一条\\x00")
    (True, False)
    """
    return all(ch.isprintable() and not 0xE000 <= ord(ch) <= 0xF8FF or ch == "\t" for ch in decoded)


def _css_escapes(run: str) -> str | None:
    r"""A run of CSS hex escapes read as CSS reads it: each backslash takes up to six hex digits and one blank or tab
    after them; what stands between two escapes is itself.  None when an escape names no character (zero, a
    surrogate, past U+10FFFF: ``\7b2c10`` is one escape of six digits, not ``第10``) or the run names no Chinese text
    (two Han characters at least, eight in ten of its characters Chinese, common ones:
    :func:`corpus_tools.clean.encoded_runs.reads_as_chinese_text`; a path ``\2021\0815`` names ``‡ࠕ``).

    >>> _css_escapes(r"\7B2C\4E00\6761  \4E3A\4E86"), _css_escapes(r"\7b2c 10\6761 "), _css_escapes(r"\00672c\005e02")
    ('第一条 为了', '第10条', '本市')
    >>> _css_escapes(r"\7b2c10\6761"), _css_escapes(r"\2021\0815"), _css_escapes(r"\e600\e601")
    (None, None, None)
    """
    out = []
    read = 0
    for m in _CSS_ESCAPE.finditer(run):
        if m.start() != read:
            return None  # (a backslash of no escape)
        read = m.end()
        if m.group(2) is not None:
            out.append(m.group(2))
            continue
        code = int(m.group(1), 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        out.append(chr(code))
    if read != len(run):
        return None
    decoded = "".join(out)
    return decoded if reads_as_chinese_text(decoded, least=2) else None


def _u_escapes(run: str) -> str | None:
    try:
        return json.loads('"' + run + '"').encode("utf-16", "surrogatepass").decode("utf-16")
    except (ValueError, UnicodeError):
        return None


def _bytes(data: bytes, hex_digits: str) -> str | None:
    """Bytes decoded strictly as UTF-8, else as GBK.  GBK only when the escapes hold a hex
    letter: every GBK lead byte of a Han character (B0-F7) or of CJK punctuation (A1-A9)
    does, while the percent signs of percentages flattened together (``95%96%97%``: bytes
    96 97) hold digits only and decode in GBK by chance (``枟``)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not any(ch in "abcdefABCDEF" for ch in hex_digits):
        return None
    try:
        return data.decode("gbk")
    except UnicodeDecodeError:
        return None


def _after_a_number(data: bytes, run: str) -> str | None:
    """Percent-escaped bytes right after a digit (``2021%E5%B9%B4``: a year and its ``年``):
    read only as UTF-8 naming CJK characters, and only when the first escape holds a hex letter.
    A number's own percent sign is followed by digits (``合格率95%96%97%``: bytes 96 97, never
    a UTF-8 lead byte of a Chinese character, E3-E9, which all hold one).

    >>> _after_a_number(bytes.fromhex("e5b9b4"), "%E5%B9%B4"), _after_a_number(bytes.fromhex("9697"), "%96%97")
    ('年', None)
    """
    if not any(ch in "abcdefABCDEF" for ch in run[1:3]):
        return None
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if _CJK.search(decoded) else None


#: A short run is a quoted example when what it names stands written plainly this near it, on its
#: line (``汉字“中”的Unicode编码是20013 … '\u4e2d'; // '中'``).
_EXAMPLE_WINDOW = 40


def _quoted_example(text: str, start: int, end: int, named: str) -> bool:
    """Whether the short escape run ``text[start:end]`` is quoted as an example: the characters it
    names stand written plainly on its line within :data:`_EXAMPLE_WINDOW` characters of it.  A
    writer that escaped a character because its codec could not write it (a rare name in a GBK
    page) never writes it plainly beside the escape; a text about escapes shows both.

    >>> t = "char c4 = '\\u4e2d'; // '中'，因为十六进制4e2d = 十进制20013"
    >>> _quoted_example(t, 11, 17, "中"), _quoted_example("朱&#38229;基同志", 1, 9, "镕")
    (True, False)
    """
    lo = max(text.rfind("\n", max(0, start - _EXAMPLE_WINDOW), start) + 1, start - _EXAMPLE_WINDOW)
    hi = text.find("\n", end, end + _EXAMPLE_WINDOW)
    hi = min(end + _EXAMPLE_WINDOW, len(text)) if hi < 0 else hi
    return named in text[lo:start] or named in text[end:hi]


class _Addresses:
    """Whether a percent-escape belongs to an address: the token of printable ASCII before it
    ends with ``/ = ? & #`` or holds ``://`` or ``www.``.  Asked in increasing positions, it
    reads each character once (linear: ``a/%E6%9C%AC`` repeated is one token)."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.url = text, 0, False

    def __call__(self, start: int) -> bool:
        text = self.text
        for i in range(self.pos, start):
            ch = text[i]
            if not "\x21" <= ch <= "\x7e":
                self.url = False  # a token ends
            elif ch == "/" and text[i - 2 : i + 1] == "://" or ch == "." and text[i - 3 : i + 1].lower() == "www.":
                self.url = True
        self.pos = max(self.pos, start)
        return self.url or start > 0 and text[start - 1] in "/=?&#"


#: What stands beside a damaged reference written in a sentence: a Han character, a mark of Chinese text.
_TEXT_NEIGHBOUR = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef“”‘’…—·]")


def _stands_in_text(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` touches Chinese text on one side at least: a reference that lost its ``&``
    stands inside a sentence (``规范管理#xff0c;制定``); in a style sheet or a list of codes it is a number sign
    (review 16 F3: ``body{color:#181818;font-size:14px;}``).

    >>> _stands_in_text("今生”#xff1f;从", 3, 11), _stands_in_text("{color:#4e2d;}", 7, 13)
    (True, False)
    """
    return bool(start and _TEXT_NEIGHBOUR.match(text, start - 1) or end < len(text) and _TEXT_NEIGHBOUR.match(text, end))


def _damaged_inside_a_sentence(text: str, edit: Edit) -> bool:
    """Whether ``edit`` reads a damaged reference (``#xff0c;``) that stands between Chinese characters or marks: a
    text quoting a reference as its example writes it whole; one that lost a part inside a sentence was a writer's.

    >>> e = Edit(ESCAPED_TEXT, 4, 11, "#xff0c;", "，", '{"escapes": "damaged character references"}')
    >>> _damaged_inside_a_sentence("规范管理#xff0c;制定本法", e), _damaged_inside_a_sentence("写作 #xff0c; 即可", e)
    (True, False)
    """
    if "damaged" not in (edit.detail or ""):
        return False
    before = text[edit.start - 1] if edit.start else ""
    after = text[edit.end] if edit.end < len(text) else ""
    return bool(before and after and _CJK.fullmatch(before) and _CJK.fullmatch(after))


#: A mark a sentence writes between two Han characters (a clause's comma, an enumeration's 、, a semicolon, a colon).
_SENTENCE_MARK = lazy_regex(r"[，、；：]")
_HAN_CHAR = lazy_regex(r"\p{Han}")
#: A page's escapes of marks in their places are the writer's export when there are this many of them.
_MARKS_IN_PLACE_MIN = 3


def _mark_in_place(text: str, edit: Edit) -> bool:
    """Whether ``edit`` unescapes one mark of a sentence standing where that mark stands: between two Han characters
    (``管理&#65292;维护``: the export escaped the text's own comma).  A text quoting the reference as its example
    writes the mark in quotes or after a word that names it (``逗号“，”写作&#65292;。``), not in a clause's place.

    >>> e = Edit(ESCAPED_TEXT, 4, 12, "&#65292;", "，", "")
    >>> _mark_in_place("加强管理&#65292;维护权益", e), _mark_in_place("逗号写作&#65292;。", e)
    (True, False)
    """
    return bool(_SENTENCE_MARK.fullmatch(edit.after) and edit.start and edit.end < len(text)
                and _HAN_CHAR.match(text, edit.start - 1) and _HAN_CHAR.match(text, edit.end))


def _marks_in_place(text: str, edits: list[Edit]) -> bool:
    """Whether the page's escapes include :data:`_MARKS_IN_PLACE_MIN` marks in their places or more (marks stored as
    references by a CMS or an exporter, ``&#65292;`` ``&#x3001;`` ``&#65307;``, that the scraper did not decode): then
    each of them is the text's own mark, though the page writes the same mark plainly beside it (session 20, marks20:
    the quoted-example guard kept every one of them, for every page writes ``，`` near its commas)."""
    return sum(1 for e in edits if _mark_in_place(text, e)) >= _MARKS_IN_PLACE_MIN


def _form_spaces(text: str, kept: list[Edit]) -> list[Edit]:
    """``kept`` with the ``+`` between two percent-escaped runs read as the space an HTML form's encoding wrote so
    (``%E7%AC%AC%E4%B8%80%E6%9D%A1+%E4%B8%BA%E4%BA%86``: ``第一条 为了``); a ``+`` anywhere else stays.

    >>> e = [Edit(ESCAPED_TEXT, 0, 3, "%41", "第", '{"escapes": "percent-escaped bytes"}'),
    ...      Edit(ESCAPED_TEXT, 4, 7, "%42", "条", '{"escapes": "percent-escaped bytes"}')]
    >>> [(x.before, x.after) for x in _form_spaces("%41+%42", e)]
    [('%41', '第'), ('+', ' '), ('%42', '条')]
    """
    out: list[Edit] = []
    for e in kept:
        if (out and "percent" in (e.detail or "") and "percent" in (out[-1].detail or "")
                and e.start == out[-1].end + 1 and text[out[-1].end] == "+"):
            out.append(Edit(ESCAPED_TEXT, out[-1].end, e.start, "+", " ", json.dumps({"escapes": "a form's space"})))
        out.append(e)
    return out


def unescape_text(text: str, *, source_format: str | None = None) -> RuleResult:
    """Unescape runs of character references, ``\\u`` escapes and percent- or ``\\x``-escaped bytes that name Chinese text.

    A page that is the law's lines wrapped in a serialisation (delimited rows, a list's string literals, marks
    for its line breaks) is decoded first, when the law's structure proves it (:mod:`corpus_tools.clean.containers`);
    the escapes outside that decoding's edits are read as on any page.

    **Evidence**: for a serialisation, a decoding of the whole page, nothing left over, after which the law's
    structure markers open its lines (:func:`corpus_tools.clean.containers.serialised_page`); for a run of
    escapes or of a textual encoding, that it decodes strictly to Chinese text (:func:`_unescape_runs`,
    :mod:`corpus_tools.clean.encoded_runs`).

    >>> unescape_text('["某市条例", "第一条 甲。", "第二条 &#26412;&#24066;。", "第三条 &#26412;&#24066;。"]')[0]
    '某市条例\\n第一条 甲。\\n第二条 本市。\\n第三条 本市。'
    """
    decoding, warnings = serialised_page(text)
    unescaped, edits, found = _unescape_runs(text, source_format=source_format)
    if decoding is None:
        glyphs = glyph_line_edits(text)  # (a text layer of one glyph per line: the labels it cuts are the evidence)
        if glyphs:
            edits = beside(glyphs, edits)
            unescaped = apply_edits(text, edits)
        return unescaped, edits, warnings + found
    merged: list[Edit] = []
    taken = iter(decoding.edits)
    nxt = next(taken, None)
    for e in sorted(decoding.edits + edits, key=lambda e: (e.start, e.end)):
        if e is nxt:
            while merged and merged[-1].end > e.start:  # (an escape the decoding reads itself)
                merged.pop()
            merged.append(e)
            nxt = next(taken, None)
        elif not (merged and e.start < merged[-1].end) and not (nxt is not None and e.end > nxt.start):
            merged.append(e)
    return apply_edits(text, merged), merged, found


#: A structure label (``第十一条``, ``第二章``): what a damaged run opening a line may name on its own evidence.
_LABEL = lazy_regex(r"第[一二三四五六七八九十百千零〇两]+[编章节条款]")
#: Runs of a form a page must hold, read on their own evidence, before its short or ambiguous runs are read too.
_PAGE_PROOF = 2


def _proven_by_the_page(edits: list[Edit], later: list[tuple[str, Edit]]) -> list[Edit]:
    """The runs of ``later`` that the page's other runs of the same form prove: a UTF-7 run naming one or two
    common characters (``2021+XnQ-1+Zwg-1+ZeU-`` for ``2021年1月1日``: a date in a UTF-7 line; ``（+XgI）`` for
    ``（市）``) where
    :data:`_PAGE_PROOF` runs of three characters or more were read; GBK bytes percent-escaped after a number
    (``2021%C4%EA``: ``2021年``, while ``_after_a_number`` reads UTF-8 only) where as many percent-escaped runs
    were read as GBK; numeric references that lost their ``&`` or ``;`` and touch no Chinese text (a label opening a
    line, ``#31532;#21313;#19968;#26465; 市政设施…``: 第十一条) where as many damaged runs in sentences were read.  Alone,
    ``+Zwg-`` may be an identifier, ``2021%C4%EA`` a percentage's neighbour and ``#35268;#33539;`` a list of codes;
    a damaged run naming a whole structure label (``&#31532&#21313&#19968&#26465`` opening a line) is read alone.

    >>> u = [Edit(ESCAPED_TEXT, 0, 9, "+eyxOAGdh", "第一条", '{"escapes": "UTF-7"}')] * 2
    >>> [e.after for e in _proven_by_the_page(u, [("UTF-7", Edit(ESCAPED_TEXT, 20, 25, "+XnQ-", "年", ""))])]
    ['年']
    >>> _proven_by_the_page(u[:1], [("UTF-7", Edit(ESCAPED_TEXT, 20, 25, "+XnQ-", "年", ""))])
    []
    """
    utf7 = sum(1 for e in edits if '"UTF-7"' in (e.detail or ""))
    gbk = 0
    for e in edits:
        if "percent-escaped" in (e.detail or ""):
            data = bytes(int(e.before[i + 1 : i + 3], 16) for i in range(0, len(e.before), 3))
            gbk += not _is_utf8(data)
    damaged = sum(1 for e in edits if "damaged character references" in (e.detail or ""))
    proven = {"UTF-7": utf7 >= _PAGE_PROOF, "percent GBK": gbk >= _PAGE_PROOF, "damaged references": damaged >= _PAGE_PROOF}
    # (a damaged run naming a whole structure label, 第十一条, is its own proof: no list of codes names one)
    return [e for form, e in later if proven[form] or form == "damaged references" and _LABEL.fullmatch(e.after)]


def _unescape_runs(text: str, *, source_format: str | None = None) -> RuleResult:
    """Unescape runs of character references, ``\\u`` escapes and percent- or ``\\x``-escaped bytes that name Chinese text.

    **Evidence**: a run of escapes whose characters (or bytes, decoded strictly as UTF-8, else
    GBK) are Chinese text, or what a code page shows for bytes, with one non-ASCII character at
    least; two characters at least unless the one is CJK; a percent-escape outside any address
    or query and not after a digit; GBK only for bytes holding a hex letter; more than one
    run on the page, or a run of three characters or more (else kept with a warning).

    >>> unescape_text("第一条 &#20026;&#20102;&#35268;&#33539;管理")[0]
    '第一条 为了规范管理'
    >>> unescape_text("第二条 \\\\u672c\\\\u6761\\\\u4f8b适用于本市。")[0]
    '第二条 本条例适用于本市。'
    >>> unescape_text("第三条 %E6%9C%AC%E6%9D%A1%E4%BE%8B自公布之日起施行。")[0]
    '第三条 本条例自公布之日起施行。'
    >>> unescape_text("第四条 %u672C%u6761%u4F8B由市政府解释。")[0]
    '第四条 本条例由市政府解释。'
    >>> unescape_text("%u7B2C%u56DB%u6761%20%u672C%u6761%u4F8B%uFF08%u4EE5%u4E0B%u7B80%u79F0%u300A%u6761%u4F8B%u300B%28a%29%u3001%u7B2C12%u6761%3A")[0]
    '第四条 本条例（以下简称《条例》(a)、第12条:'
    >>> unescape_text("见 http://www.gov.cn/s?q=%E6%B3%95%E8%A7%84 ，折扣 50%，&#169; 2024")[1]
    []

    Named references on a page read as HTML (``source_format``); on a plain-text page only a pair of quotation
    marks around Chinese text (a CAIL judgment in LawBench: ``被告人郑海平接受&ldquo;阿X&rdquo;（未查获）请托``):

    >>> t = "试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目&middot;"
    >>> unescape_text(t, source_format="html")[0], unescape_text(t, source_format="text")[0]
    ('试点“探索建立拔尖创新人才培养基地”项目·', '试点“探索建立拔尖创新人才培养基地”项目&middot;')
    >>> unescape_text("写作&amp;ldquo;或&ldquo;，见&nbsp;说明", source_format="text")[1]
    []
    """
    # Runs in a textual encoding with no mark of an escape (base64, hex, RTF's ``\\uN``, ``U+7B2C``): one search of
    # their own (:mod:`corpus_tools.clean.encoded_runs`); a run read there is not read again here.
    encoded = encoded_runs(text)
    if not has_any_byte(latin1_chars(text), _GATE):
        return (apply_edits(text, encoded), encoded, []) if encoded else (text, [], [])
    edits: list[Edit] = []
    patterns = ((_DAMAGED_REFERENCES, "damaged character references"), (_REFERENCES, "character references"), (_U_ESCAPES, "\\u escapes"), (_JS_ESCAPES, "%u escapes"),
                (_PERCENT, "percent-escaped bytes"), (_BYTES_LITERAL, "a Python bytes literal"), (_X_ESCAPES, "\\x-escaped bytes"),
                (_QUOTED_PRINTABLE, "quoted-printable bytes"), (_HZ, "HZ escapes"), (_UTF7, "UTF-7"),
                (_RTF_HEX, "RTF hex escapes"), (_OCTAL, "octal-escaped bytes"), (_ENCODED_WORDS, "MIME encoded-words"),
                (_CSS_ESCAPES, "CSS escapes"), (_ISO2022_JP, "ISO-2022"), (_ISO2022_CN, "ISO-2022"))
    read_as_markup = source_format in READ_AS_MARKUP
    if read_as_markup and "&" in text:
        patterns += ((_NAMED_REFERENCES, "named references escaped twice"),)
    elif "quo;" in text and not _NAMES_MARKUP.search(text):
        patterns += ((_QUOTE_PAIR, "named quotation marks around Chinese text"),)
    later: list[tuple[str, Edit]] = []  # short UTF-7 runs, GBK after a number: read on a page whose others prove the form
    for pattern, how in patterns:
        in_address = _Addresses(text)  # asked in increasing positions: one per pattern
        for m in pattern.finditer(text):
            run = m.group()
            if how == "character references":
                decoded = _references(run)
            elif how == "damaged character references":
                decoded = _damaged_references(run) if _stands_in_text(text, m.start(), m.end()) else None
                if decoded is None and (apart := _damaged_references(run)) is not None:
                    later.append(("damaged references", Edit(ESCAPED_TEXT, m.start(), m.end(), run, apart,
                                                             json.dumps({"escapes": how}, ensure_ascii=False))))
            elif how == "named quotation marks around Chinese text":
                for g in (1, 2) if m.group(1) else (3, 4):  # (both ends: the pair is the evidence)
                    edits.append(Edit(ESCAPED_TEXT, m.start(g), m.end(g), m.group(g), html.unescape(m.group(g)),
                                      json.dumps({"escapes": how}, ensure_ascii=False)))
                continue
            elif how == "named references escaped twice":
                edits.append(Edit(ESCAPED_TEXT, m.start(), m.end(), run, html.unescape(run), json.dumps({"escapes": how})))
                continue  # (what they name is no mojibake: the names are of a Chinese text's signs)
            elif how == "\\u escapes":
                decoded = _u_escapes(_MORE_BACKSLASHES.sub(r"\\", run))
            elif how == "%u escapes":
                if in_address(m.start()):
                    continue
                decoded = _u_escapes(_JS_ESCAPE.sub(lambda e: "\\u" + (e.group(1) or "00" + e.group(2)), run))
            elif how == "percent-escaped bytes":
                if in_address(m.start()):
                    continue
                data = bytes(int(run[i + 1 : i + 3], 16) for i in range(0, len(run), 3))  # %E6
                if m.start() > 0 and text[m.start() - 1].isdigit():
                    decoded = _after_a_number(data, run)
                    if decoded is None and any(ch in "abcdefABCDEF" for ch in run[1:3]):
                        gbk = _bytes(data, run)
                        if gbk is not None and _named(gbk):
                            later.append(("percent GBK", Edit(ESCAPED_TEXT, m.start(), m.end(), run, gbk,
                                                              json.dumps({"escapes": how}, ensure_ascii=False))))
                else:
                    decoded = _bytes(data, run)
                    if (decoded is not None and not _named(decoded) and _CJK.search(decoded) and _chinese_text(decoded)
                            and _is_utf8(data)):  # (strict UTF-8 naming Chinese text with its own signs: ``Ⅲ类``)
                        edits.append(Edit(ESCAPED_TEXT, m.start(), m.end(), run, decoded, json.dumps({"escapes": how})))
                        continue
            elif how == "HZ escapes":
                decoded = _hz(run)
            elif how == "UTF-7":
                decoded = _utf7(run)
                # (a short run ends with its ``-`` or at any sign outside base64: ``(+XgI)``, the encoder left ``(`` plain)
                short = _utf7(run, least=1) if decoded is None else None
                if short is not None:
                    later.append(("UTF-7", Edit(ESCAPED_TEXT, m.start(), m.end(), run, short,
                                                json.dumps({"escapes": how}, ensure_ascii=False))))
            elif how == "RTF hex escapes":
                decoded = _bytes(bytes(int(run[i + 2 : i + 4], 16) for i in range(0, len(run), 4)), run[2::4] + run[3::4])  # \\'b5
            elif how == "octal-escaped bytes":
                data = bytes(int(run[i + 1 : i + 4], 8) for i in range(0, len(run), 4))  # \\347
                decoded = _bytes(data, data.hex())
            elif how == "MIME encoded-words":
                decoded = _encoded_words(run)
            elif how == "ISO-2022":
                decoded = _iso2022(run)
            elif how == "CSS escapes":
                decoded = _css_escapes(run)
            elif how == "a Python bytes literal":
                decoded = _bytes_literal(m.group(1) if m.group(1) is not None else m.group(2))
                if decoded is not None:  # (strict bytes naming Chinese text: its own signs too, ``Ⅲ类``)
                    edits.append(Edit(ESCAPED_TEXT, m.start(), m.end(), run, decoded, json.dumps({"escapes": how})))
                continue
            elif how == "quoted-printable bytes":
                hexes = _SOFT_BREAK.sub("", run)
                if len(hexes) < 6:
                    continue  # one escape alone (``x=AB``) names nothing
                decoded = _bytes(bytes.fromhex(hexes.replace("=", "")), hexes)  # =E4=B8=AD
            else:
                data = bytes(int(run[i + 2 : i + 4], 16) for i in range(0, len(run), 4))
                decoded = _bytes(data, run[2::4] + run[3::4])  # \xe6
                if decoded is not None and _CJK.search(decoded) and _chinese_text(decoded) and _is_utf8(data):
                    # (strict UTF-8 naming Chinese text with its own signs: ``\\xe2\\x85\\xa2`` is ``Ⅲ``)
                    edits.append(Edit(ESCAPED_TEXT, m.start(), m.end(), run, decoded, json.dumps({"escapes": how})))
                    continue
            if decoded is None or not (_named(decoded) or read_as_markup and how == "character references"
                                        and _signs_of_a_text(decoded) or how in _OWN_EVIDENCE):
                continue  # (on a page read as markup, a numeric reference left names a sign as well: &#8220; for “)
            edits.append(Edit(ESCAPED_TEXT, m.start(), m.end(), run, decoded, json.dumps({"escapes": how}, ensure_ascii=False)))
    if later:
        edits += _proven_by_the_page(edits, later)
    if encoded:
        starts = [x.start for x in encoded]  # (sorted, disjoint: the one before an edit's end is the only one to ask)
        edits = [e for e in edits if not ((k := bisect_left(starts, e.end) - 1) >= 0 and encoded[k].end > e.start)] + encoded
    edits.sort(key=lambda e: e.start)
    kept: list[Edit] = []
    warnings: list[CleanWarning] = []
    marks_in_place = _marks_in_place(text, edits)
    for e in edits:  # the patterns cannot overlap (their first characters differ), but be sure
        if kept and e.start < kept[-1].end:
            continue
        if (len(e.after) <= _QUOTED_EXAMPLE_MAX and not (marks_in_place and _mark_in_place(text, e))
                and _quoted_example(text, e.start, e.end, e.after)):
            # A text about escapes, several examples on one page (汉字“中”… '\u4e2d'; // '中'): the
            # example is the meaning, whichever number of them the page holds.
            warnings.append(CleanWarning(ESCAPED_TEXT, e.start, f"an escape quoted as an example kept: it names {e.after!r}, "
                                         "written plainly beside it", text[max(0, e.start - 10) : e.end + 10]))
            continue
        kept.append(e)
    kept = _form_spaces(text, kept)
    breaks = escaped_line_breaks(text)  # (a dump's line breaks: evidence of their own, escaped_breaks)
    # (a converter's hard-break marks ending the lines: evidence of their own, hard_breaks)
    breaks = sorted(breaks + hard_break_marks(text), key=lambda e: e.start) if "\\" in text or "+" in text else breaks
    # (a law saved as a patch's added lines: the hunk's count is the evidence, patches)
    breaks = sorted(breaks + patch_edits(text), key=lambda e: e.start) if "@@ -" in text else breaks
    # (numbers an OCR model typeset as inline math: evidence of their own, inline_math)
    breaks = sorted(breaks + inline_math_numbers(text), key=lambda e: e.start) if "$" in text or "\\(" in text else breaks
    if breaks:
        merged: list[Edit] = []
        for e in sorted(kept + breaks, key=lambda e: e.start):  # (they cannot overlap: a break's run ends on r/n/t)
            if not merged or e.start >= merged[-1].end:
                merged.append(e)
        kept = merged
    elif len(kept) == 1 and len(kept[0].after) <= _QUOTED_EXAMPLE_MAX and not _damaged_inside_a_sentence(text, kept[0]):
        # One short run on a page that escapes nothing else is what a text quoting an escape
        # as its example writes (在HTML中，“中”可写作&#20013;): the example is the meaning.
        e = kept[0]
        warnings.append(CleanWarning(ESCAPED_TEXT, e.start, f"one short escape run kept (a quoted example?): it names {e.after!r}",
                                     text[max(0, e.start - 10) : e.end + 10]))
        return text, [], warnings
    return apply_edits(text, kept), kept, warnings


__all__ = ["unescape_text"]
