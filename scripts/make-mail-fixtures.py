#!/usr/bin/env python3
"""Writes the .eml test fixtures for EmailAdapterTests.

The messages are produced by Python's own `email` package so the Swift
parser is tested against a second, independent MIME implementation rather
than against text we wrote by hand. Output is deterministic (fixed dates,
ids and boundaries) so re-running the script gives identical files.

Run from anywhere:  python3 scripts/make-mail-fixtures.py
"""

import os
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "EmailAdapterTests", "Fixtures")

# A few real JPEG/PNG header bytes: enough for magic-number sniffing.
JPEG = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300") + bytes(range(64)) + b"\xff\xd9"
PNG = bytes.fromhex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489") + b"\x00IEND\xaeB`\x82"


def write(name, message, smtp=True):
    """smtp=True writes CRLF line ends, False keeps LF (both must parse)."""
    pol = policy.SMTP if smtp else policy.default
    data = message.as_bytes(policy=pol)
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)


def base_headers(msg, subject, msg_id, sender=("Budi Santoso", "budi", "example.co.id")):
    name, user, domain = sender
    msg["From"] = Address(name, user, domain)
    msg["To"] = Address("Aspirasi Warga", "aspirasi", "jakarta.go.id")
    msg["Subject"] = subject
    msg["Date"] = "Tue, 01 Jul 2025 09:30:15 +0700"
    msg["Message-ID"] = f"<{msg_id}>"


def subject_unicode():
    msg = EmailMessage()
    base_headers(
        msg,
        "Laporan: jalan berlubang di Jl. Kebon Jeruk 🚧 mohon segera diperbaiki — terima kasih 🙏",
        "subject-unicode@example.co.id",
        sender=("Dewi Ayu Lestari 🌺", "dewi.ayu", "example.co.id"),
    )
    msg["In-Reply-To"] = "<ASP-1042.1@aspirasi.jakarta.go.id>"
    msg["References"] = "<thread-root@aspirasi.jakarta.go.id> <ASP-1042.1@aspirasi.jakarta.go.id>"
    msg.set_content("Selamat pagi,\nJalan rusak sejak minggu lalu. Sudah ada 3 motor jatuh 😢.\nSalam, Dewi\n")
    write("subject_unicode.eml", msg)


def windows1252_body():
    msg = EmailMessage()
    base_headers(msg, "Harga tiket", "cp1252@example.co.id")
    text = "Harga tiket naik jadi €5 di café depan halte – “aneh”.\n"
    msg.set_content(text.encode("cp1252"), maintype="text", subtype="plain", cte="8bit")
    msg.set_param("charset", "windows-1252")
    write("windows1252_8bit.eml", msg)


def latin1_qp():
    msg = EmailMessage()
    base_headers(msg, "Keluhan", "latin1-qp@example.co.id")
    # "\x80" becomes byte 0x80: "€" under windows-1252 rules (WHATWG), a C1
    # control under strict latin-1. The long line forces soft line breaks.
    text = ("Pelayanan di kantor kelurahan sangat lambat, antrean panjang sekali dan tidak ada kursi. "
            "Biaya \x80 10 untuk fotokopi = mahal.\nTerima kasih, José.\n")
    msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    write("latin1_qp.eml", msg, smtp=False)


def alternative():
    msg = EmailMessage()
    base_headers(msg, "Lampu jalan mati", "alternative@example.co.id")
    msg.set_content("Lampu jalan di RT 05 mati sejak 3 hari.\nMohon dicek.\n")
    msg.add_alternative(
        "<html><body><p>Lampu jalan di <b>RT 05</b> mati sejak 3 hari.</p><p>Mohon dicek.</p></body></html>",
        subtype="html",
    )
    msg.set_boundary("==alt-boundary==")
    write("alternative.eml", msg)


def html_only():
    msg = EmailMessage()
    base_headers(msg, "Sampah menumpuk", "html-only@example.co.id")
    html = (
        "<!DOCTYPE html><html><head><title>Judul</title><style>p { color: red; }</style></head>"
        "<body><script>alert('x')</script><h1>Sampah menumpuk</h1>"
        "<p>Di depan pasar &amp; sekolah&nbsp;sudah 5&nbsp;hari.</p>"
        "<div>Baunya &lt;sangat&gt; menyengat&#33; Caf&eacute; &#x1F62D;</div>"
        "<ul><li>Pasar Minggu</li><li>SDN 01</li></ul></body></html>"
    )
    msg.set_content(html, subtype="html")
    write("html_only.eml", msg)


def attachment_rfc2231():
    msg = EmailMessage()
    base_headers(msg, "Dokumen pendukung", "rfc2231@example.co.id")
    msg.set_content("Terlampir surat keterangan.\n")
    name = "Surat keterangan RT 05 – Kelurahan Cempaka Putih Timur (tanda tangan lurah) €.pdf"
    msg.add_attachment(b"%PDF-1.4\n% test\n", maintype="application", subtype="pdf", filename=name)
    msg.set_boundary("==mixed-2231==")
    write("attachment_rfc2231.eml", msg)


def images():
    msg = EmailMessage()
    base_headers(msg, "Foto banjir", "images@example.co.id")
    msg.set_content("Foto banjir terlampir.\n")
    msg.add_alternative(
        '<html><body><p>Foto banjir:</p><img src="cid:banjir-png@example.co.id"></body></html>', subtype="html"
    )
    html_part = msg.get_payload()[1]
    html_part.add_related(PNG, maintype="image", subtype="png", cid="<banjir-png@example.co.id>")
    msg.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="banjir.jpg")
    # Fixed boundaries keep the file identical across runs.
    msg.set_boundary("==outer-mixed==")
    alternative_part = msg.get_payload()[0]
    alternative_part.set_boundary("==inner-alternative==")
    alternative_part.get_payload()[1].set_boundary("==innermost-related==")
    write("images.eml", msg)


def bounce():
    original = EmailMessage()
    original["From"] = Address("Aspirasi Warga", "aspirasi", "jakarta.go.id")
    original["To"] = "nobody@invalid.example"
    original["Subject"] = "Re: Laporan ASP-1042"
    original["Message-ID"] = "<ASP-1042.2@aspirasi.jakarta.go.id>"
    original.set_content("Terima kasih atas laporan Anda.\n")

    report = MIMEMultipart("report", report_type="delivery-status")
    report["Return-Path"] = "<>"
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mx.jakarta.go.id>"
    report["To"] = "aspirasi@jakarta.go.id"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report["Date"] = "Tue, 01 Jul 2025 10:00:00 +0700"
    report["Message-ID"] = "<bounce-1@mx.jakarta.go.id>"
    report["Auto-Submitted"] = "auto-replied"
    report.attach(MIMEText("This is the mail system at host mx.jakarta.go.id.\n\nThe message could not be delivered.\n"))
    status = MIMEBase("message", "delivery-status")
    per_message = Message()
    per_message["Reporting-MTA"] = "dns; mx.jakarta.go.id"
    per_recipient = Message()
    per_recipient["Final-Recipient"] = "rfc822; nobody@invalid.example"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.1"
    status.set_payload([per_message, per_recipient])
    report.attach(status)
    report.attach(MIMEMessage(original))
    report.set_boundary("==report-boundary==")
    write("bounce.eml", report)


def auto_reply():
    msg = EmailMessage()
    base_headers(msg, "Otomatis: Sedang cuti", "autoreply@example.co.id")
    msg["Auto-Submitted"] = "auto-replied (vacation)"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["In-Reply-To"] = "<ASP-1042.2@aspirasi.jakarta.go.id>"
    msg.set_content("Saya sedang cuti sampai 10 Juli.\n")
    write("auto_reply.eml", msg)


def list_mail():
    msg = EmailMessage()
    base_headers(msg, "[warga-rw05] Rapat RW", "list@lists.example.co.id")
    msg["List-Id"] = "Warga RW 05 <warga-rw05.lists.example.co.id>"
    msg["List-Unsubscribe"] = "<mailto:warga-rw05-leave@lists.example.co.id>"
    msg["Precedence"] = "list"
    msg.set_content("Rapat RW hari Sabtu jam 19.00.\n")
    write("list_mail.eml", msg, smtp=False)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    subject_unicode()
    windows1252_body()
    latin1_qp()
    alternative()
    html_only()
    attachment_rfc2231()
    images()
    bounce()
    auto_reply()
    list_mail()
    print("fixtures written to", os.path.normpath(OUT))
