"""Word field instructions left in a page's text: ``\\x13 HYPERLINK "…" \\x14``, ``PAGEREF _Toc514963803 \\h``.

Real damage undone: a Word document keeps a field (a hyperlink, a table of contents' entry, a page
number, a cross-reference) as its instruction and its shown result: in the binary .doc, U+0013 opens
the field, U+0014 separates the instruction from the result, U+0015 closes it.  A text pulled out of the
binary (catdoc, an OLE reader, a crawler's ``.doc`` download read as text) keeps all three and the
instruction between them; the control characters go (:mod:`~corpus_tools.clean.mojibake`'s invisible
characters) and the instruction stays in the sentence (``造成学生人 HYPERLINK "http://…" 身伤害的``).
An extractor that dropped the control characters itself leaves the table of contents' instructions in
the lines: hzft.gov.cn's downloaded .doc (field test 13, ``downfile.jsp?…98ac12db….doc``) reads
``TOC \\o "1-1" \\h \\z \\u HYPERLINK \\l "_Toc514963803" …PAGEREF _Toc5149638…``, as Word exports in other
languages read ``HYPERLINK \\l "_Toc508288855" 1.\\tINTRODUÇÃO\\t PAGEREF _Toc508288855 \\h 3``.

Evidence: a field with its opening mark U+0013 and a field keyword of Word's after it, up to the
separator (the result, the text shown, stays) or to its end (a field with no result: an index entry);
without the marks, only the instructions no text writes: a table of contents' ``TOC`` with its switches
(``\\o "1-3"``, ``\\h``), and a ``HYPERLINK \\l``, ``PAGEREF``, ``REF`` or ``NOTEREF`` to a bookmark Word
named itself (``_Toc`` or ``_Ref`` and digits).  A field whose instruction holds another field stays
as it is (its marks go; the words stay).
"""

from __future__ import annotations

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: Word's field keywords (Word reads them in any case).
_KEYWORDS = (
    "HYPERLINK|PAGEREF|NOTEREF|REF|TOC|TC|TOA|TA|XE|INDEX|RD|PAGE|NUMPAGES|SECTIONPAGES|SECTION|MERGEFIELD|"
    "MERGEREC|MERGESEQ|NEXTIF|NEXT|SKIPIF|INCLUDEPICTURE|INCLUDETEXT|EMBED|LINK|SEQ|STYLEREF|DATE|TIME|CREATEDATE|"
    "SAVEDATE|PRINTDATE|EDITTIME|AUTHOR|TITLE|SUBJECT|KEYWORDS|COMMENTS|FILENAME|FILESIZE|TEMPLATE|LASTSAVEDBY|"
    "REVNUM|NUMWORDS|NUMCHARS|USERNAME|USERINITIALS|USERADDRESS|DOCPROPERTY|DOCVARIABLE|SYMBOL|EQ|FORMTEXT|"
    "FORMCHECKBOX|FORMDROPDOWN|MACROBUTTON|GOTOBUTTON|QUOTE|IF|ASK|FILLIN|SET|ADVANCE|AUTONUMLGL|AUTONUMOUT|"
    "AUTONUM|LISTNUM|SHAPE|PRIVATE|ADDIN|BIBLIOGRAPHY|CITATION|BARCODE|DISPLAYBARCODE|COMPARE|DATABASE|PRINT|"
    "GREETINGLINE|ADDRESSBLOCK|BIDIOUTLINE"
)
#: A marked field's opening and instruction, up to its separator (the result follows) or its end.
_MARKED_FIELD = lazy_regex(rf"\x13[ \t]*(?i:{_KEYWORDS})(?![A-Za-z0-9_])[^\x13\x14\x15\n]{{0,500}}?[\x14\x15]")
#: The instructions of a table of contents that an extractor left without their marks.
_BOOKMARK = r'"?_(?:Toc|Ref)[0-9]{1,12}"?'
_UNMARKED_INSTRUCTION = lazy_regex(
    r"(?<![ \t])[ \t]*(?<![A-Za-z0-9_])(?:(?:TOC(?:[ \t]+\\[a-z](?:[ \t]+\"[^\"\n]{1,40}\")?){2,}"
    rf"|HYPERLINK[ \t]+\\l[ \t]+{_BOOKMARK}"
    rf"|(?:PAGEREF|NOTEREF|REF)[ \t]+{_BOOKMARK}(?:[ \t]+\\[a-z])*)"
    r"(?![A-Za-z0-9_])[ \t]*)+"
)
_GATE_MARK = "\x13"
_GATE_WORDS = ("_Toc", "_Ref", "TOC ")


def _is_phonetic_guide(instruction: str) -> bool:
    """Whether a field's ``instruction`` is Word's phonetic guide (``EQ … \\o\\ad(\\s\\up 9(pīn),拼)``): its
    base character is in the instruction, and the field shows nothing else.

    >>> _is_phonetic_guide('\x13 EQ \\\\* jc2 \\\\o\\\\ad(\\\\s\\\\up 9(pīn),拼)\x15'), _is_phonetic_guide('\x13 EQ \\\\f(1,2)\x15')
    (True, False)
    """
    from corpus_tools.clean.ruby_authored import EQ_FIELD_RE

    return instruction.lstrip("\x13 \t")[:2].upper() == "EQ" and EQ_FIELD_RE.search(instruction) is not None


def field_code_edits(text: str) -> list[Edit]:
    """Deletions of the field instructions in ``text`` (see the module): sorted, disjoint.

    >>> [e.before for e in field_code_edits('可能造成学生人\\x13 HYPERLINK "http://www.gov.cn/" \\x14身伤害的\\x15危险')]
    ['\\x13 HYPERLINK "http://www.gov.cn/" \\x14']
    >>> [e.before for e in field_code_edits('第一章 总则\\x13 XE "总则" \\x15')]  # an index entry: no result
    ['\\x13 XE "总则" \\x15']
    >>> edits = field_code_edits(' TOC \\\\o "1-1" \\\\h \\\\z \\\\u  HYPERLINK \\\\l "_Toc514963803" 第一章\\t总则\\t PAGEREF _Toc514963803 \\\\h 1')
    >>> [(e.before, e.after) for e in edits]
    [(' TOC \\\\o "1-1" \\\\h \\\\z \\\\u  HYPERLINK \\\\l "_Toc514963803" ', ''), (' PAGEREF _Toc514963803 \\\\h ', '')]
    >>> field_code_edits("本条例所称的“目录（TOC）”，是指……参见第REF条")  # words, not instructions
    []
    """
    if _GATE_MARK not in text and not any(word in text for word in _GATE_WORDS):
        return []
    edits: list[Edit] = []
    if _GATE_MARK in text:
        for m in _MARKED_FIELD.finditer(text):
            if _is_phonetic_guide(m.group()):
                # its base is in the instruction: the ruby rule puts it back; the opening mark goes with the
                # blanks that part it from the keyword (the closing mark goes as any control character)
                mark = m.group()[: len(m.group()) - len(m.group()[1:].lstrip(" \t"))]
                edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.start() + len(mark), mark, "",
                                  "the opening mark of a Word phonetic guide field"))
                continue
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                              "a Word field's instruction between U+0013 and its separator"))
    if any(word in text for word in _GATE_WORDS):
        taken = [(e.start, e.end) for e in edits]
        for m in _UNMARKED_INSTRUCTION.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            a, b = m.span()
            # where it stood between two words of a line (``总则\t PAGEREF… \h 1``), one blank stays, outside the
            # edit (a table row's tab is never touched): the first, else the last
            if a > 0 and text[a - 1] not in " \t\n\u3000" and b < len(text) and text[b] != "\n":
                if text[a] in " \t":
                    a += 1
                elif text[b - 1] in " \t":
                    b -= 1
            edits.append(Edit(rules.INVISIBLE_CHARS, a, b, text[a:b], "",
                              "a Word field's instruction an extractor left without its marks"))
    edits.sort(key=lambda e: e.start)
    return edits
