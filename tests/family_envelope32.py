"""Generators of the channel-envelope family's members (envelope32): the channel that carried a law wraps its own
envelope around the text (a mail's signature and disclaimers, a list's footer, a forward's header, an app's footer,
a phone screen's bars).  Plain functions ``(text, rng) -> damaged text`` over a law rendered as plain text
(:func:`tests.noise.wide.render_txt`); they never register a variant (the sealed sets' registry stays as it is).

Development members (set 14): ``h14_furn_mail_disclaimer`` (a signature block and a server's disclaimer after the
last article) and ``h14_furn_phone_screenshots`` (a status bar and an app's title bar over every screen).

Tuned siblings (the mechanism was checked on them): :func:`english_mail` (an English signature under ``-- `` and a
``CONFIDENTIALITY NOTICE:``), :func:`mailing_list` (a Google Groups footer under the law), :func:`forwarded_mail`
(a client's forward header above the title, a client's line under the law), :func:`antivirus_stamp` (a gateway's
antivirus stamp and an auto-sent notice) and :func:`app_footer` (a messaging app's article footer).

Held-out siblings (written before their figure was taken, never tuned on): :func:`newsletter_footer` (a Chinese
newsletter's subscription footer with its copyright line) and :func:`reply_chain` (the law sent as a reply: the
quoted original mail, its Outlook header and its text, under the law); a third, :func:`hong_kong_mail` (a signature
without a separator and a Traditional disclaimer that speaks of 電郵), was added when the second showed 100 % before
the change (the structure stage already ends the last article there).  Figures, exact articles over 8 seeds: before
the change 85.7 / 85.7 / 100 %, after the first mechanism unchanged (the walk stopped at a site's copyright line under
the newsletter's footer; ``電郵`` was not in the mail's vocabulary; a signature without a separator was not taken);
after the generalisation those failures asked for (written once their figure was recorded: they count as tuned since)
100 / 100 / 100 %.
"""

from __future__ import annotations

import random


def _end(text: str) -> int:
    return len(text) - 1 if text.endswith("\n") else len(text)


def _append(text: str, block: str) -> str:
    end = _end(text)
    return text[:end] + "\n\n" + block + text[end:]


def _title_end(text: str) -> int:
    first = text.find("\n")
    return len(text) if first < 0 else first


def english_mail(text: str, rng: random.Random) -> str:
    """A law mailed from an English-language client (a law firm's, an embassy's, a multinational's office): the
    sender's signature under RFC 3676's ``-- `` and the firm's confidentiality notice."""
    name = rng.choice(("Zhang Wei", "Li Na", "Wang Fang", "David Chen"))
    unit = rng.choice(("Legal Affairs Department", "Beijing Representative Office", "Compliance Team, Asia Pacific"))
    sig = "\n".join([rng.choice(("-- ", "--", "__________")), name, unit,
                     f"Tel: +86 {rng.randint(10, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                     f"Email: {name.split()[0].lower()}@{rng.choice(('lawfirm', 'example', 'corp'))}.com"])
    notice = rng.choice((
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
        "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, "
        "disclosure or distribution is prohibited.",
        "DISCLAIMER: The information contained in this message is confidential and may be legally privileged. If you "
        "are not the intended recipient, please notify the sender immediately and delete this message.",
    ))
    return _append(text, sig + "\n\n" + notice)


def mailing_list(text: str, rng: random.Random) -> str:
    """A law posted to a mailing list (Google Groups, a lab's or a bar association's list): the list appends its
    footer under every message."""
    group = rng.choice(("法规速递", "lawnews", "立法动态"))
    foot = (f"--\nYou received this message because you are subscribed to the Google Groups \"{group}\" group.\n"
            f"To unsubscribe from this group and stop receiving emails from it, send an email to "
            f"{rng.choice(('fgsd', 'lawnews', 'lfdt'))}+unsubscribe@googlegroups.com.")
    if rng.random() < 0.5:
        foot += "\nTo view this discussion on the web visit https://groups.google.com/d/msgid/lawnews/abc123."
    return _append(text, foot)


def forwarded_mail(text: str, rng: random.Random) -> str:
    """A law forwarded between offices and saved from the mailbox: the client's forward header above the title and
    the client's line under the law."""
    if rng.random() < 0.5:
        head = ("-------- 转发邮件信息 --------\n发件人：\"张伟\" <zhangw@sfj.gov.cn>\n发送日期：2021-03-05 10:12:33\n"
                "收件人：\"李娜\" <lina@gov.cn>\n主题：转发：" + text[:_title_end(text)] + "\n\n")
    else:
        head = ("-----Original Message-----\nFrom: Zhang Wei <zhangw@sfj.gov.cn>\nSent: Friday, March 5, 2021 10:12 AM\n"
                "To: Li Na <lina@gov.cn>\nSubject: FW: " + text[:_title_end(text)] + "\n\n")
    tail = rng.choice(("发自我的iPhone", "发自我的华为手机", "Sent from my iPad"))
    return head + _append(text, tail)


def antivirus_stamp(text: str, rng: random.Random) -> str:
    """A mail gateway's antivirus stamp (and an automatic sender's notice) under the law."""
    stamp = rng.choice(("此邮件已经过病毒扫描，请放心阅读。", "Virus-free. www.avast.com",
                        "This email has been scanned by the Symantec Email Security.cloud service."))
    if rng.random() < 0.5:
        stamp = rng.choice(("本邮件由OA系统自动发送，请勿直接回复。", "This is an automatically generated email, please do not reply.")) + "\n\n" + stamp
    return _append(text, stamp)


def app_footer(text: str, rng: random.Random) -> str:
    """A law copied out of a messaging app's official-account article: the article's footer buttons and calls."""
    lines = rng.sample(["阅读原文", "长按识别二维码关注我们", "点击上方蓝字关注我们", "点赞 在看 分享"], 2)
    return _append(text, "\n\n".join(lines))


def newsletter_footer(text: str, rng: random.Random) -> str:
    """HELD OUT.  A law database's newsletter: under the law, the subscription footer and the sender's copyright."""
    site = rng.choice(("某某法律信息网", "法规快讯", "立法资讯周刊"))
    foot = [f"您收到这封邮件，是因为您订阅了《{site}》。",
            rng.choice(("如不想再收到此类邮件，请点击这里取消订阅。", "如需退订，请回复TD。")),
            f"版权所有 © {rng.randint(2015, 2023)} {site}"]
    return _append(text, "\n".join(foot))


def reply_chain(text: str, rng: random.Random) -> str:
    """HELD OUT.  The law sent as a reply (pasted into the reply's body): under it, the quoted original mail, its
    Outlook header and its short text."""
    quote = ("________________________________\n发件人: 张伟 <zhangw@sfj.gov.cn>\n发送时间: 2021年3月5日 10:12\n"
             "收件人: 李娜 <lina@gov.cn>\n主题: " + text[:_title_end(text)] + "\n\n"
             + rng.choice(("请把最新文本发我一份，谢谢。", "李科长：麻烦发一下条例全文。")))
    return _append(text, quote)


def hong_kong_mail(text: str, rng: random.Random) -> str:
    """HELD OUT (added third, before its figure was taken).  A law mailed from a Hong Kong office: the closing
    formula, the sender's signature without a separator, and the disclaimer in Traditional characters."""
    sig = rng.choice(("此致\n敬禮\n\n", "")) + rng.choice(("陳大文", "李小明")) + "\n律政司法律草擬科\n電話：(852) 2867 2174"
    notice = "本電郵及其附件所載資料屬機密，只供指定收件人使用。如閣下並非指定收件人，請即通知發件人並刪除本電郵。"
    return _append(text, sig + "\n\n" + notice)


TUNED = {f.__name__: f for f in (english_mail, mailing_list, forwarded_mail, antivirus_stamp, app_footer)}
HELD_OUT = {f.__name__: f for f in (newsletter_footer, reply_chain, hong_kong_mail)}
