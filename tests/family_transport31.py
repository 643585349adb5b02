"""Generators of the transmission-frame family's members (transport31): a channel with a size limit or a per-page
stamp cuts the law into chunks and frames each chunk.  Plain functions ``(text, rng) -> damaged text`` over a law
rendered as plain text (:func:`tests.noise.wide.render_txt`); they never register a variant (the sealed sets'
registry stays as it is).

Development members (set 13): ``h13_mixed_sms_segments`` (signature and ``(k/N)`` before each ~65-character
message) and ``h13_furn_fax_headers`` (a fax machine's transmission line over each page).

Tuned siblings (the mechanism was checked on them): :func:`weibo_thread` (a micro-blog thread, ``（k/N）`` after
each post), :func:`mail_parts` (a mail split by size into numbered parts, a part line between them) and
:func:`pager_pages` (a pager's or a WAP page's bare ``[k/N]`` before each page); and :func:`chat_export` (a chat
app's export, the sender and the time over each message a size limit cut) and :func:`serial_posts` (a forum
serial, ``（未完待续）`` closing a post and ``（续一）`` or ``（接上文）`` opening the next), written first as the held-out
pair and measured before the mechanism, but their failing output was seen once during development: they count as
tuned.  Held-out siblings (written and measured before the mechanism was wired in, never run on it until the end):
:func:`news_parts` (a newsgroup's multi-part post, a sender line and a subject with ``[k/N]`` over each part) and
:func:`channel_posts` (a channel's broadcast, ``#普法 k/N`` closing each post).
"""

from __future__ import annotations

import random


def _body_start(text: str) -> int:
    """After the title line (the title is never cut: a sender types the first message)."""
    first = text.find("\n")
    if first < 0:
        return 0
    while text[first + 1:first + 2] == "\n":
        first += 1
    return first + 1


def _cuts(text: str, size: int) -> list[int]:
    """Positions every ``size`` characters of the body, never at a line break itself (the channel sends it)."""
    a = _body_start(text)
    end = len(text.rstrip("\n"))
    out = []
    pos = a + size
    while pos < end - 5:
        if text[pos] != "\n":
            out.append(pos)
        pos += size
    return out


def _frame_chunks(text: str, size: int, head, tail=None, sep: str = "\n") -> str:
    """Cut the body every ``size`` characters; ``head(k, n)`` opens chunk k (1-based) and ``tail(k, n)`` closes
    it; where the cut falls inside a line the chunks are written on lines of their own (``sep`` between)."""
    a = _body_start(text)
    cuts = _cuts(text, size)
    n = len(cuts) + 1
    bounds = [a, *cuts, len(text)]
    out = [text[:a]]
    for k in range(1, n + 1):
        chunk = text[bounds[k - 1]:bounds[k]]
        last = k == n
        body = chunk if last else chunk
        h = head(k, n) if head else ""
        t = tail(k, n) if tail and not last else ""
        if t:
            stripped = body.rstrip("\n")
            out.append(h + stripped + t + body[len(stripped):])
        else:
            out.append(h + body)
        if not last and not body.endswith("\n"):
            out.append(sep)
    return "".join(out)


def weibo_thread(text: str, rng: random.Random) -> str:
    """A micro-blog thread (Weibo, Twitter/X): the law posted in posts of at most 140 characters, each closed with
    its place in the thread, ``…规范旅（1/9）``; the thread copied post after post, a blank line between."""
    size = rng.randint(110, 140)
    style = rng.choice(("（{k}/{n}）", " ({k}/{n})", " {k}/{n}", "【{k}/{n}】"))
    return _frame_chunks(text, size, None, lambda k, n: style.format(k=k, n=n), sep=rng.choice(("\n", "\n\n")))


def mail_parts(text: str, rng: random.Random) -> str:
    """A mail split by size into numbered parts (a mail client's "split large messages", ``split -b`` before
    mailing, a list's digest): each part after a line naming it, ``[Part 2 of 5]``, ``----- 第2部分（共5部分） -----``,
    ``(Message 2/5)``, the cuts anywhere in a sentence."""
    size = rng.randint(300, 600)
    style = rng.choice(("[Part {k} of {n}]", "----- 第{k}部分（共{n}部分） -----", "(Message {k}/{n})", "=== part {k}/{n} ==="))
    return _frame_chunks(text, size, lambda k, n: style.format(k=k, n=n) + "\n", sep="\n")


def pager_pages(text: str, rng: random.Random) -> str:
    """A pager's or a feature phone's WAP page (and a broadcast message cut into screens): each screen of about
    160 characters opened by its bare counter, ``[2/9]`` or ``2/9 ``, no signature."""
    size = rng.randint(140, 160)
    style = rng.choice(("[{k}/{n}]", "{k}/{n} ", "({k}/{n})"))
    return _frame_chunks(text, size, lambda k, n: style.format(k=k, n=n))


def chat_export(text: str, rng: random.Random) -> str:
    """HELD OUT.  A chat app's export (WeChat, QQ, Telegram's "export chat history"): the law pasted into a chat
    whose messages hold at most a few hundred characters, each message under a line with its sender and its time,
    ``张三 2023-04-12 10:22:31`` (the seconds moving on), a blank line after each message."""
    size = rng.randint(200, 500)
    name = rng.choice(("张三", "法规小助手", "LawBot", "王五(市司法局)"))
    sec = [rng.randint(0, 30000)]

    def head(k: int, n: int) -> str:
        sec[0] += rng.randint(1, 20)
        s = sec[0]
        return f"{name} 2023-04-12 {s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}\n"

    return _frame_chunks(text, size, head, sep="\n\n")


_CN = "一二三四五六七八九十"


def serial_posts(text: str, rng: random.Random) -> str:
    """HELD OUT.  A forum's or a blog's serial (连载): the law posted in parts, each part but the last closed by
    ``（未完待续）`` and each but the first opened by ``（续一）``/``（续1）`` or ``（接上文）``, a blank line between."""
    size = rng.randint(250, 450)
    end = rng.choice(("（未完待续）", "(未完待续)", "……未完待续"))
    opening = rng.choice(("（续{c}）", "（续{k}）", "（接上文）", "【接上文】"))

    def head(k: int, n: int) -> str:
        return "" if k == 1 else opening.format(c=_CN[(k - 2) % 10], k=k - 1)

    return _frame_chunks(text, size, head, lambda k, n: end, sep="\n\n")


TUNED = {"t31_weibo_thread": weibo_thread, "t31_mail_parts": mail_parts, "t31_pager_pages": pager_pages,
         "t31_chat_export": chat_export, "t31_serial_posts": serial_posts}


def news_parts(text: str, rng: random.Random) -> str:
    """HELD OUT (second pair, written after the first pair's output was seen).  A newsgroup's or a mailing list's
    multi-part post (a file posted in parts, each part a message): before each part its header lines, the sender
    and the subject with the part's number, ``From: 普法小组 <pufa@example.org>`` then ``Subject: 某条例.txt [2/5]``."""
    size = rng.randint(250, 500)
    who = rng.choice(("普法小组 <pufa@example.org>", "lawbot@list.example.cn", "张三 <zhangsan@example.com>"))
    subj = rng.choice(("某条例.txt [{k}/{n}]", "Re: 条例全文 ({k}/{n})", "[普法] 条例全文 - part {k} of {n}"))
    return _frame_chunks(text, size, lambda k, n: f"From: {who}\nSubject: {subj.format(k=k, n=n)}\n", sep="\n\n")


def channel_posts(text: str, rng: random.Random) -> str:
    """HELD OUT (second pair).  A messaging channel's broadcast (Telegram, a WeChat group bot): the law posted in
    posts cut at the client's limit, each post closed by the channel's tag and its place, ``#普法 3/7`` or
    ``—— 普法君 3/7``, on the post's last line after a blank, a blank line between posts."""
    size = rng.randint(200, 400)
    tag = rng.choice(("#普法 {k}/{n}", "—— 普法君 {k}/{n}", "[法治频道 {k}/{n}]"))
    return _frame_chunks(text, size, None, lambda k, n: " " + tag.format(k=k, n=n), sep="\n\n")


HELD_OUT = {"t31_news_parts": news_parts, "t31_channel_posts": channel_posts}
