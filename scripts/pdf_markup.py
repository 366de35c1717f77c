#!/usr/bin/env python3
"""Writes a Flat ODT (.fodt) rendering of one document from its vbtask JSON.

Usage: pdf_markup.py DOC.json VARIANT > DOC.fodt

The paragraphs come from the JSON "text" (what vbtask reads in the text
version), so the PDF made from the .fodt carries the same content. The layout
is that of an official document: the issuer and "Số …" in the left cell and
the mottos, place and date in the right cell of a borderless two-column
table, centred titles, justified body paragraphs with a first-line indent,
footnotes as real notes at the page foot, and page numbers in a running
header or footer (VARIANT 0, 1, 2 picks "N", "- N -" or "Trang N/M").
"""
import json
import re
import sys
from xml.sax.saxutils import escape

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MOTTO = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)")
PLACE_DATE = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng")
SEPARATOR = re.compile(r"^[-*_=\s]+$")
BODY_START = re.compile(r"^(\d|[IVX]+\.|-|\+|Căn cứ|Kính gửi|Thực hiện)")


def split_header(paras):
    """(left cell, right cell, rest) when the text opens with a header."""
    head = paras[:12]
    motto = next((i for i, p in enumerate(head) if MOTTO.match(p)), None)
    date = next((i for i, p in enumerate(head) if PLACE_DATE.search(p)), None)
    if motto is None or date is None or not 0 < motto < date:
        return [], [], paras
    left, right, rest = paras[:motto], paras[motto:date + 1], paras[date + 1:]
    if rest and rest[0].startswith("V/v"):
        left.append(rest.pop(0))
    return left, right, rest


def is_title(p):
    letters = [c for c in p if c.isalpha()]
    return 0 < len(p) < 80 and letters and all(c.isupper() for c in letters)


def inline(text, notes):
    """Escaped paragraph text with superscript markers turned into notes."""
    out = []
    for piece in re.split("([" + SUPERSCRIPT + "]+)", text):
        if piece and all(c in SUPERSCRIPT for c in piece):
            marker = "".join(str(SUPERSCRIPT.index(c)) for c in piece)
            body = notes.pop(marker, None)
            if body is not None:
                out.append(
                    '<text:note text:id="ftn%s" text:note-class="footnote">'
                    "<text:note-citation>%s</text:note-citation><text:note-body>"
                    '<text:p text:style-name="Footnote">%s</text:p>'
                    "</text:note-body></text:note>" % (marker, marker, escape(body)))
                continue
        out.append(escape(piece))
    return "".join(out)


def paragraph(style, text, notes):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inline(text, notes))


def body(paras, notes):
    out, i = [], 0
    # Titles and subject lines between the header and the body are centred.
    while i < len(paras) and (is_title(paras[i]) or SEPARATOR.match(paras[i]) or
                              (i > 0 and is_title(paras[i - 1]) and
                               len(paras[i]) < 200 and
                               not BODY_START.match(paras[i]))):
        out.append(paragraph("Title", paras[i], notes))
        i += 1
    closing = False
    for p in paras[i:]:
        if p.startswith("Nơi nhận"):
            closing = True
        if is_title(p) and not closing:
            style = "Title"
        elif closing and not p.startswith(("-", "Nơi nhận")):
            style = "Signature"
            # The signer's name (the first line in lower case that is not
            # "(đã ký)") ends the closing block; an attachment may follow.
            closing = is_title(p) or p.startswith("(")
        elif closing:
            style = "Recipients"
        elif p.startswith("V/v"):
            style = "Subject"
        else:
            style = "Body"
        out.append(paragraph(style, p, notes))
    return out


PAGE_NUMBER = [
    '<style:header><text:p text:style-name="PageNumber">'
    "<text:page-number/></text:p></style:header>",
    '<style:footer><text:p text:style-name="PageNumber">- '
    "<text:page-number/> -</text:p></style:footer>",
    '<style:footer><text:p text:style-name="PageNumber">Trang '
    "<text:page-number/>/<text:page-count/></text:p></style:footer>",
]

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellPlain" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="normal"/>
 </style:style>
 <style:style style:name="CellDate" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="normal" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.12cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subject" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-right="9cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Recipients" style:family="paragraph">
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Signature" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-left="6.5cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="PageNumber" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 %(cell_styles)s
 <style:style style:name="Header" style:family="table">
  <style:table-properties style:width="16cm" table:align="left"/>
 </style:style>
 <style:style style:name="Header.A" style:family="table-column">
  <style:table-column-properties style:column-width="6.5cm"/>
 </style:style>
 <style:style style:name="Header.B" style:family="table-column">
  <style:table-column-properties style:column-width="9.5cm"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">%(page_number)s</style:master-page>
</office:master-styles>
<office:body><office:text>
%(content)s
</office:text></office:body>
</office:document>
"""


# A header cell line is set on one line, as in the text: long ones get a
# smaller font (an estimate of bold capitals' width in Liberation Serif).
CELL_POINTS = {"left": 190, "right": 250}
CELL_SIZES = set()


def cell_style(text, side):
    if text.startswith(("Số", "V/v")):
        return "CellPlain"
    if PLACE_DATE.search(text):
        return "CellDate"
    size = min(12.5, CELL_POINTS[side] / (0.72 * max(len(text), 1)))
    if size >= 12.5:
        return "Cell"
    size = round(size * 2) / 2
    CELL_SIZES.add(size)
    return "Cell%s" % str(size).replace(".", "_")


def cell(paras, notes, side):
    return ('<table:table-cell office:value-type="string">%s</table:table-cell>'
            % "".join(paragraph(cell_style(p, side), p, notes) for p in paras))


def cell_styles():
    return "".join(
        '<style:style style:name="Cell%s" style:family="paragraph" '
        'style:parent-style-name="Cell"><style:text-properties fo:font-size="%spt"/>'
        "</style:style>" % (str(size).replace(".", "_"), size)
        for size in sorted(CELL_SIZES))


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    variant = int(sys.argv[2]) % len(PAGE_NUMBER)
    paras = [p for p in doc["text"].split("\n") if p.strip()]
    notes = {f["marker"]: f["text"] for f in doc["footnotes"]}
    left, right, rest = split_header(paras)
    content = []
    if left:
        content.append(
            '<table:table table:name="Header" table:style-name="Header">'
            '<table:table-column table:style-name="Header.A"/>'
            '<table:table-column table:style-name="Header.B"/>'
            "<table:table-row>%s%s</table:table-row></table:table>"
            % (cell(left, notes, "left"), cell(right, notes, "right")))
        content.append('<text:p text:style-name="Body"/>')
    content.extend(body(rest, notes))
    sys.stdout.write(TEMPLATE % {"page_number": PAGE_NUMBER[variant],
                                 "cell_styles": cell_styles(),
                                 "content": "\n".join(content)})


if __name__ == "__main__":
    main()
