#!/usr/bin/env python3
"""Writes corpus/docx/: a Word (DOCX) and an OpenDocument (ODT) version of
directive 16, built from the project's own text, using the features the
docx stage reads: a two-column header table, automatic numbering (Roman and
Arabic levels, a dash bullet list), a footnote, a tracked change, a field
(the year of the date line), a run in the TCVN3 font .VnTime and the task
table of the Phụ lục. Run from the project root after building
(build/vbtask_encode writes the TCVN3 bytes):

    python3 scripts/make_office_corpus.py
"""
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

SOURCE = "corpus/directives/16_kh_bandanvan_tinh_phancong_bang.txt"
OUT = "corpus/docx/16_kh_bandanvan_tinh_phancong_bang_word"
HEADER_LINES = 4  # the header block of the source, before the title
FOOTNOTE = "Bản chụp gửi kèm theo Kế hoạch này."
DELETED = "sớm và "
TCVN3_PARAGRAPH = "Các phòng thuộc Ban"  # this paragraph is typed in .VnTime
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
FIXED = (1980, 1, 1, 0, 0, 0)  # reproducible zips

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def tcvn3_chars(text):
    """The text as Word keeps a .VnTime run: each TCVN3 byte as the
    Windows-1252 character it shows."""
    raw = subprocess.run(["build/vbtask_encode", "TCVN3"], input=text.encode(),
                         capture_output=True, check=True).stdout
    out = []
    for b in raw:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def read_source():
    lines = open(SOURCE, encoding="utf-8").read().split("\n")
    header = [l for l in lines[:HEADER_LINES] if l.strip()]
    body = [l for l in lines[HEADER_LINES:] if l.strip()]
    return header, body


def classify(body):
    """(kind, label level, text) per body line: numbered lines lose their
    label when the list would print the same label."""
    out, roman, arabic = [], 0, 0
    in_closing = False
    for line in body:
        if "\t" in line:
            out.append(("row", None, line.split("\t")))
            continue
        if line.startswith("Nơi nhận"):
            in_closing = True
        m = re.match(r"^([IVX]+)\. (.*)", line)
        if m and not in_closing and m.group(1) == ROMAN[roman]:
            roman, arabic = roman + 1, 0
            out.append(("num", 0, m.group(2)))
            continue
        m = re.match(r"^(\d+)\. (.*)", line)
        if m and not in_closing and int(m.group(1)) == arabic + 1:
            arabic += 1
            out.append(("num", 1, m.group(2)))
            continue
        if line.startswith("- "):
            out.append(("bullet", 0, line[2:]))
            continue
        out.append(("para", None, line))
    return out


# ---- DOCX ------------------------------------------------------------

def run(text, font=None):
    props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(runs, num=None):
    ppr = ""
    if num:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    return f"<w:p>{ppr}{runs}</w:p>"


def date_runs(text):
    """The year of the date line as a DATE field: its displayed result."""
    head, year = text.rsplit(" ", 1)
    return (run(head + " ") +
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(year) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def cell(paragraphs):
    return "<w:tc>" + ("".join(paragraphs) or "<w:p/>") + "</w:tc>"


def docx_body(header, items):
    rows = []
    for line in header:
        left, _, right = line.partition("\t")
        right_runs = date_runs(right) if "ngày" in right else run(right)
        rows.append("<w:tr>" + cell([para(run(left))] if left else []) +
                    cell([para(right_runs)] if right else []) + "</w:tr>")
    parts = ["<w:tbl>" + "".join(rows) + "</w:tbl>"]
    table, footnote_done = [], False
    for kind, level, text in items:
        if kind != "row" and table:
            parts.append("<w:tbl>" + "".join(table) + "</w:tbl>")
            table = []
        if kind == "row":
            table.append("<w:tr>" + "".join(cell([para(run(c))]) for c in text) + "</w:tr>")
        elif kind == "num":
            runs = run(text)
            if DELETED.strip() and text.endswith("đúng tiến độ."):
                head = text[: -len("đúng tiến độ.")]
                runs = (run(head) + f'<w:del w:id="1" w:author="vbtask"><w:r><w:delText xml:space="preserve">{DELETED}</w:delText></w:r></w:del>'
                        + '<w:ins w:id="2" w:author="vbtask">' + run("đúng tiến độ.") + "</w:ins>")
            parts.append(para(runs, (1, level)))
        elif kind == "bullet":
            parts.append(para(run(text), (2, 0)))
        elif text.startswith(TCVN3_PARAGRAPH):
            parts.append(para(run(tcvn3_chars(text), ".VnTime")))
        elif text.startswith("Thực hiện") and not footnote_done:
            footnote_done = True
            parts.append(para(run(text) + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              '<w:footnoteReference w:id="1"/></w:r>'))
        else:
            parts.append(para(run(text)))
    if table:
        parts.append("<w:tbl>" + "".join(table) + "</w:tbl>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(parts) + "<w:sectPr/></w:body></w:document>")


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf02d"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + FOOTNOTE)}</w:p></w:footnote>
</w:footnotes>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def write_zip(path, parts, stored_first=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---- ODT -------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

ODT_STYLES = """<office:automatic-styles>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>
<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>
</text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>
</office:automatic-styles>"""


def odt_p(text):
    return f"<text:p>{escape(text)}</text:p>"


def odt_table(rows):
    return ("<table:table>" + "".join(
        "<table:table-row>" + "".join(
            f"<table:table-cell>{odt_p(c) if c else ''}</table:table-cell>" for c in r)
        + "</table:table-row>" for r in rows) + "</table:table>")


def odt_content(header, items):
    parts = [odt_table([line.split("\t") + [""] * (1 - line.count("\t")) for line in header])]
    i, started, footnote_done = 0, False, False
    while i < len(items):
        kind, level, text = items[i]
        if kind == "num" and level == 0:
            # One Roman item with its Arabic children; a later Roman item
            # continues the numbering across the paragraphs in between.
            children = []
            j = i + 1
            while j < len(items) and items[j][0] == "num" and items[j][1] == 1:
                t = items[j][2]
                if t.endswith("đúng tiến độ."):
                    t = (escape(t[: -len("đúng tiến độ.")]) + '<text:change text:change-id="c1"/>'
                         + "đúng tiến độ.")
                else:
                    t = escape(t)
                children.append(f"<text:list-item><text:p>{t}</text:p></text:list-item>")
                j += 1
            inner = f"<text:list>{''.join(children)}</text:list>" if children else ""
            cont = ' text:continue-numbering="true"' if started else ""
            parts.append(f'<text:list text:style-name="L1"{cont}><text:list-item>{odt_p(text)}{inner}'
                         "</text:list-item></text:list>")
            started, i = True, j
            continue
        if kind == "bullet":
            bullets = []
            while i < len(items) and items[i][0] == "bullet":
                bullets.append(f"<text:list-item>{odt_p(items[i][2])}</text:list-item>")
                i += 1
            parts.append(f'<text:list text:style-name="L2">{"".join(bullets)}</text:list>')
            continue
        if kind == "row":
            rows = []
            while i < len(items) and items[i][0] == "row":
                rows.append(items[i][2])
                i += 1
            parts.append(odt_table(rows))
            continue
        if text.startswith("Thực hiện") and not footnote_done:
            footnote_done = True
            parts.append(f'<text:p>{escape(text)}<text:note text:id="ftn1" text:note-class="footnote">'
                         f"<text:note-citation>1</text:note-citation><text:note-body>{odt_p(FOOTNOTE)}"
                         "</text:note-body></text:note></text:p>")
        else:
            parts.append(odt_p(text))
        i += 1
    tracked = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
               f"<office:change-info><dc:creator>vbtask</dc:creator></office:change-info>{odt_p(DELETED)}"
               "</text:deletion></text:changed-region></text:tracked-changes>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>{ODT_STYLES}'
            f"<office:body><office:text>{tracked}{''.join(parts)}</office:text></office:body>"
            "</office:document-content>")


def main():
    header, body = read_source()
    items = classify(body)
    write_zip(OUT + ".docx", [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
        ("word/document.xml", docx_body(header, items)), ("word/numbering.xml", NUMBERING),
        ("word/styles.xml", STYLES), ("word/footnotes.xml", FOOTNOTES)])
    write_zip(OUT.replace("_word", "_writer") + ".odt", [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", odt_content(header, items))], stored_first="mimetype")


if __name__ == "__main__":
    main()
