r"""A law saved as the added lines of a version-control patch (wrap28).

Real damage undone: repositories that keep laws as files (one file a law) are mirrored by tools that save a
commit's patch instead of the file: a header (``diff --git a/laws/某市条例.md b/laws/某市条例.md``, ``new file mode
100644``, ``--- /dev/null``, ``+++ b/…``; above it the commit's ``commit <sha>``, ``Author:``, ``Date:`` and
message, or ``git format-patch``'s mail header and diffstat), one hunk header (``@@ -0,0 +1,301 @@``) and every
line of the law with a ``+`` before it.  No line of the page opens with the law's labels, and an edit that reads
characters before the layout rules (the invisible-character rule) sees the ``+`` glued to the law's text.

Evidence, per hunk: a hunk header at a line start, then exactly the lines it counts, each opened by the
patch's prefix (``+`` for an added line, a blank for a context line, never a ``-``: a hunk that removes
lines is a change between two texts, not a text); the new side's count is the number of lines read, the old
side's the number of context lines.  Then the prefixes go, with the hunk header, and the patch's header above
the first hunk (from the page's top when the top is a commit's or a mail's header, else from the ``diff``
or ``---`` line) and ``\ No newline at end of file`` and a ``format-patch`` signature after the last.  A law
that writes ``+`` or ``@@`` (a formula, a sample) has no counted hunk and keeps its characters.
"""

from __future__ import annotations

from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: Lines a hunk must add, at least.
MIN_ADDED = 3

_HUNK = lazy_regex(r"@@ -(?P<a>[0-9]{1,9})(?:,(?P<b>[0-9]{1,9}))? \+(?P<c>[0-9]{1,9})(?:,(?P<d>[0-9]{1,9}))? @@[^\n]{0,200}")
#: The lines of a patch's header above a hunk (git's, ``diff -u``'s, Subversion's ``Index:``/``===``).
_HEADER_LINE = lazy_regex(
    r"diff (?:--git )?[^\n]{1,400}|(?:new|deleted) file mode [0-7]{6}|index [0-9a-f]{7,40}\.\.[0-9a-f]{7,40}(?: [0-7]{6})?"
    r"|--- [^\n]{1,400}|\+\+\+ [^\n]{1,400}|Index: [^\n]{1,400}|={20,}|similarity index [0-9]{1,3}%|[ \t]*"
)
#: The top of a page that is a commit's log entry or a ``format-patch`` mail (everything down to the patch header).
_COMMIT_TOP = lazy_regex(r"[ \t\n]*(?:commit [0-9a-f]{7,40}|From [0-9a-f]{40} )")
_NO_NEWLINE = "\\ No newline at end of file"
_SIGNATURE = lazy_regex(r"-- \n[0-9]{1,3}(?:\.[0-9A-Za-z]{1,12}){1,4}[ \t]*\n?")
_DETAIL = "a patch's line prefix and headers"


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = 0
    while at <= len(text):
        nl = text.find("\n", at)
        end = len(text) if nl < 0 else nl
        out.append((at, end))
        if nl < 0:
            break
        at = nl + 1
    return out


def patch_edits(text: str) -> list[Edit]:
    """The edits that take a law out of a patch that adds it, hunk by hunk.

    >>> t = ("diff --git a/laws/某市条例.md b/laws/某市条例.md\\nnew file mode 100644\\nindex 0000000..4a1be8f\\n--- /dev/null\\n"
    ...      "+++ b/laws/某市条例.md\\n@@ -0,0 +1,4 @@\\n+某市条例\\n+\\n+第一条 为了规范管理，制定本条例。\\n+第二条 本条例自公布之日起施行。\\n")
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, patch_edits(t)), end="")
    某市条例
    <BLANKLINE>
    第一条 为了规范管理，制定本条例。
    第二条 本条例自公布之日起施行。

    A hunk whose count does not hold, and a law writing ``+`` at line starts, keep their characters:

    >>> patch_edits("@@ -0,0 +1,9 @@\\n+第一条 甲。\\n+第二条 乙。\\n+第三条 丙。\\n")
    []
    >>> patch_edits("第一条 甲\\n+5V\\n+12V\\n+24V\\n")
    []
    """
    if "@@ -" not in text:
        return []
    lines = _lines(text)
    edits: list[Edit] = []
    first_hunk = True
    i = 0
    last_end = None
    while i < len(lines):
        a, b = lines[i]
        m = _HUNK.fullmatch(text, a, b)
        if m is None:
            i += 1
            continue
        old = int(m.group("b") or 1)
        new = int(m.group("d") or 1)
        body: list[tuple[int, int]] = []
        context = added = 0
        j = i + 1
        while j < len(lines) and len(body) < new:
            s, e = lines[j]
            if s < e and text[s] == "+":
                added += 1
            elif s < e and text[s] == " ":
                context += 1
            elif text[s:e] == _NO_NEWLINE:
                j += 1
                continue
            else:
                break
            body.append((s, e))
            j += 1
        if len(body) != new or context != old or added < MIN_ADDED:
            i += 1
            continue
        if first_hunk:  # the patch's header above its first hunk
            k = i - 1
            while k >= 0 and _HEADER_LINE.fullmatch(text, *lines[k]):
                k -= 1
            top = lines[k + 1][0]
            if k >= 0 and _COMMIT_TOP.match(text) is not None and text.find("\ndiff ", 0, a) >= 0:
                top = 0  # a commit's log entry or a mail's header above the patch: the page's top down to it
            edits.append(Edit(ESCAPED_TEXT, top, m.end() + 1, text[top : m.end() + 1], "", _DETAIL))
            first_hunk = False
        else:
            edits.append(Edit(ESCAPED_TEXT, a, m.end() + 1, text[a : m.end() + 1], "", _DETAIL))
        edits += [Edit(ESCAPED_TEXT, s, s + 1, text[s], "", _DETAIL) for s, _ in body]
        last_end = body[-1][1]
        i = j
    if last_end is not None:
        rest = last_end + 1
        if text.startswith(_NO_NEWLINE, rest):
            edits.append(Edit(ESCAPED_TEXT, rest, rest + len(_NO_NEWLINE) + 1, text[rest : rest + len(_NO_NEWLINE) + 1], "", _DETAIL))
            rest += len(_NO_NEWLINE) + 1
        if (sig := _SIGNATURE.match(text, rest)) is not None:
            edits.append(Edit(ESCAPED_TEXT, sig.start(), sig.end(), sig.group(), "", _DETAIL))
    edits = [e for e in edits if e.end <= len(text)] if edits else edits
    return sorted(edits, key=lambda e: e.start)


__all__ = ["MIN_ADDED", "patch_edits"]
