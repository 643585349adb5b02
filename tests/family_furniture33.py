"""Generators of the attached-appearance family's members (furniture33): what a page's floating widgets and a
document's signature put into the text layer after (or between) the law's lines.  Plain functions
``(text, rng) -> damaged text`` over a law rendered as plain text (:func:`tests.noise.wide.render_txt`); they never
register a variant (the sealed sets' registry stays as it is).

Development members (set 15): ``h15_furn_chatbot_widget`` (a portal's service robot after the law: title, greeting,
suggested questions, input box) and ``h15_furn_signature_stamps`` (a signed PDF's signature appearance: ``Digitally
signed by … DN: … Date: … +08'00'`` or ``签名有效⏎签名人：…⏎签名时间：…``, after the last page or after every page).

Tuned siblings (the mechanism was checked on them): :func:`adobe_reason_location` (Acrobat's appearance with
``Reason:``/``Location:`` lines and a ``Signature Not Verified`` line, on every page), :func:`certificate_dn_line`
(the signer's distinguished name on one line, ``CN=…, O=…, C=CN``, with a signing time), :func:`reader_panel`
(a Chinese reader's signature panel: ``签名者``, ``签名日期``, ``证书颁发者``, ``签名状态``), :func:`seal_verification`
(an electronic seal's verification lines: ``本文件已加盖电子印章``, ``验证码``, ``验证网址``),
:func:`ai_assistant_box` (a portal's AI assistant: its name, its greeting, ``以上内容由AI生成，仅供参考``, its buttons)
and :func:`hotline_box` (a 12345 hot-line box with the floating buttons ``在线咨询``/``返回顶部``).

Held-out siblings (written first, their figure taken before the mechanism, never tuned on): :func:`live_chat_window`
(a site's live-chat window with a human agent: working hours, the transfer notice, the message box) and
:func:`esign_platform_stamp` (an e-signing platform's stamp on every page: the platform's statement, the signing
party, time and a verification address).
"""

from __future__ import annotations

import random


def _end(text: str) -> int:
    return len(text) - 1 if text.endswith("\n") else len(text)


def _append(text: str, block: str, sep: str = "\n\n") -> str:
    end = _end(text)
    return text[:end] + sep + block + text[end:]


def _every_page(text: str, rng: random.Random, stamp) -> str:
    """``stamp()`` after every page's last line (a page: 6 to 10 non-blank lines) and after the text's end."""
    lines = text.split("\n")
    out: list[str] = []
    count, per = 0, rng.randint(6, 10)
    for k, line in enumerate(lines):
        out.append(line)
        if line.strip() and k > 2:
            count += 1
            if count % per == 0 and k < len(lines) - 2:
                out.append(stamp())
    text = "\n".join(out)
    return _append(text, stamp(), "\n")


def _when(rng: random.Random, sep: str = "-") -> str:
    return (f"{rng.randint(2015, 2024)}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(1, 28):02d} "
            f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")


_SIGNERS = ("某市人民政府", "某市司法局", "某省人民政府办公厅", "市人大常委会法制工作委员会")


def adobe_reason_location(text: str, rng: random.Random) -> str:
    """Acrobat's signature appearance with the signer's reason and location (the fields a signer may fill), and a
    reader's verdict when the certificate is unknown, on every signed page."""
    signer = rng.choice(_SIGNERS)
    when = _when(rng, ".")

    def stamp() -> str:
        lines = [rng.choice(("Signature Not Verified", "Signature Valid", "Signature valid")),
                 f"Digitally signed by {signer}", f"Date: {when} +08:00",
                 f"Reason: {rng.choice(('I am the author of this document', '发布', '审核通过', 'Approved'))}",
                 f"Location: {rng.choice(('Beijing', '某市', 'China'))}"]
        return "\n".join(lines[rng.randint(0, 1):])
    return _every_page(text, rng, stamp)


def certificate_dn_line(text: str, rng: random.Random) -> str:
    """The signer's certificate as its distinguished name on one line (``CN=…, OU=…, O=…, C=CN``, the order a
    Windows or Java tool prints) with the signing time, under the last page."""
    signer = rng.choice(_SIGNERS)
    dn = rng.choice((f"CN={signer}, OU=办公室, O={signer}, L=某市, ST=某省, C=CN",
                     f"C=CN, ST=某省, L=某市, O={signer}, CN={signer}",
                     f"E=ca@example.gov.cn, CN={signer}, O={signer}, C=CN"))
    lines = [rng.choice(("签名者证书：", "Subject: ", "证书主题：")) + dn,
             rng.choice(("签名时间：", "Signing time: ", "签署时间：")) + _when(rng)]
    return _append(text, "\n".join(lines))


def reader_panel(text: str, rng: random.Random) -> str:
    """A Chinese PDF/OFD reader's signature properties (Foxit, WPS, 数科, 福昕): the signer, the date, the issuer of the
    certificate and the signature's status, as the panel copies them."""
    signer = rng.choice(_SIGNERS)
    lines = [f"签名者：{signer}", f"签名日期：{_when(rng, '/')}",
             f"证书颁发者：{rng.choice(('CFCA ACS OCA31', '国家电子政务外网CA', 'SHECA', 'GDCA TrustAUTH R5 ROOT'))}",
             f"签名状态：{rng.choice(('有效', '签名有效，文档自签名后未被修改', '有效性未知'))}"]
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(("签名属性", "数字签名信息", "签章信息")))
    return _append(text, "\n".join(lines))


def seal_verification(text: str, rng: random.Random) -> str:
    """An electronic seal's verification lines, printed under the seal of an e-government document."""
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(8, 16)))
    lines = [rng.choice(("本文件已加盖电子印章", "本文件已加盖电子印章，具有同等法律效力", "本件已加盖电子签章")),
             f"{rng.choice(('验证码', '电子印章验证码', '防伪码'))}：{code}",
             f"验证网址：https://{rng.choice(('yz', 'esign', 'seal'))}.example.gov.cn/verify"]
    if rng.random() < 0.5:
        lines.insert(2, f"盖章时间：{_when(rng)}")
    return _append(text, "\n".join(lines))


def ai_assistant_box(text: str, rng: random.Random) -> str:
    """A portal's AI assistant (a large-model 问政 assistant) kept with the page: its name, greeting, a generated
    answer's notice and its buttons."""
    name = rng.choice(("AI助手", "政策问答助手", "智能助手小智", "数字人小申"))
    lines = [name, f"你好，我是{name}，可以为你解读政策、解答办事问题。",
             rng.choice(("你可以这样问我：", "热门问题：")) + rng.choice(("本条例何时施行？", "如何申请补助？")),
             rng.choice(("以上内容由AI生成，仅供参考", "内容由AI生成，请注意甄别")),
             rng.choice(("重新生成  复制", "复制　点赞　点踩", "停止生成")),
             rng.choice(("有问题，尽管问我", "请输入问题，按回车发送"))]
    return _append(text, "\n".join(lines))


def hotline_box(text: str, rng: random.Random) -> str:
    """A portal's floating hot-line box and buttons: the 12345 line, its hours, and the floating buttons."""
    lines = [rng.choice(("12345政务服务便民热线", "12345热线", "市民热线12345")),
             rng.choice(("7×24小时服务", "全天24小时人工服务", "拨打12345，有事找政府")),
             rng.choice(("在线咨询  返回顶部", "在线咨询\n我要留言\n返回顶部", "在线客服 | 意见征集 | 返回顶部"))]
    return _append(text, "\n".join(lines))


def live_chat_window(text: str, rng: random.Random) -> str:
    """HELD OUT.  A site's live-chat window with a human agent, kept by a complete save: its title, the working
    hours, the queue or transfer notice, the agent's greeting and the message box."""
    lines = [rng.choice(("在线客服", "人工客服", "客服中心")),
             f"客服工作时间：{rng.choice(('周一至周五', '工作日'))} {rng.choice(('9:00-17:00', '08:30-17:30'))}",
             rng.choice(("正在为您转接人工客服，请稍候…", "当前排队人数：3人", "客服"
                         + rng.choice(("001", "小李")) + "为您服务")),
             rng.choice(("您好，欢迎咨询，请问有什么可以帮您？", "您好，很高兴为您服务！")),
             rng.choice(("请输入消息…", "请输入您要咨询的内容")),
             rng.choice(("按Enter发送", "发送", "转人工  结束会话  发送"))]
    return _append(text, "\n".join(lines))


def esign_platform_stamp(text: str, rng: random.Random) -> str:
    """HELD OUT.  An e-signing platform's stamp on every signed page (the platforms that seal contracts and
    government letters: 契约锁, e签宝, 法大大, 上上签): its statement, the signing party, the time and where to
    verify."""
    platform = rng.choice(("契约锁", "e签宝", "法大大", "上上签"))
    signer = rng.choice(_SIGNERS)
    when = _when(rng)

    def stamp() -> str:
        return "\n".join([f"本文件由{platform}电子签约平台签署", f"签署方：{signer}", f"签署时间：{when}",
                          f"验签地址：https://verify.{rng.choice(('qiyuesuo', 'esign', 'fadada'))}.example.com"])
    return _every_page(text, rng, stamp)


TUNED = {f.__name__: f for f in (adobe_reason_location, certificate_dn_line, reader_panel, seal_verification,
                                  ai_assistant_box, hotline_box)}
HELD_OUT = {f.__name__: f for f in (live_chat_window, esign_platform_stamp)}
