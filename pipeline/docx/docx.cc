// Office documents: recognise the container, read its parts, hand them to
// the Word or OpenDocument reader.
#include "pipeline/docx/docx.h"

#include <algorithm>
#include <cctype>

#include "pipeline/base/utf8.h"
#include "pipeline/docx/docx_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

bool EqualNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// "EncryptedPackage" as an OLE directory entry stores it: UTF-16LE.
bool HasStreamName(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

const char* const kOdtMime = "application/vnd.oasis.opendocument.text";

}  // namespace

Result<DocxRules> DocxRules::Load(const std::string& rules_dir,
                                  const DecodeRules& decode) {
  DocxRules rules;
  auto fonts = ReadRuleFile(rules_dir, "docx/legacy_fonts.tsv", 2, 2);
  if (!fonts.ok()) return fonts.status();
  for (const RuleEntry& e : fonts->entries) {
    const std::string& pattern = e.fields[0];
    size_t star = pattern.find('*');
    if (star != std::string::npos && pattern.find('*', star + 1) != std::string::npos) {
      return fonts->Error(e, "at most one * in a font name pattern");
    }
    if (!decode.IsKnown(e.fields[1]) || e.fields[1].find("UTF") == 0) {
      return fonts->Error(e, "unknown legacy encoding '" + e.fields[1] + "'");
    }
    FontRule r;
    r.wildcard = star != std::string::npos;
    r.prefix = pattern.substr(0, star);
    if (r.wildcard) r.suffix = pattern.substr(star + 1);
    r.encoding = e.fields[1];
    rules.fonts_.push_back(std::move(r));
  }
  auto bullets = ReadRuleFile(rules_dir, "docx/bullets.tsv", 2, 2);
  if (!bullets.ok()) return bullets.status();
  for (const RuleEntry& e : bullets->entries) {
    std::string glyph = e.fields[0];
    char32_t cp = 0;
    if (glyph.rfind("U+", 0) == 0) {
      if (!ParseCodePoint(glyph, &cp)) return bullets->Error(e, "bad code point");
      glyph.clear();
      utf8::Append(glyph, cp);
    }
    if (e.fields[1] != "-" && e.fields[1] != "+") {
      return bullets->Error(e, "a bullet prints as - or +");
    }
    rules.bullets_.emplace_back(glyph, e.fields[1]);
  }
  return rules;
}

std::string_view DocxRules::EncodingOfFont(std::string_view name) const {
  for (const FontRule& r : fonts_) {
    if (!r.wildcard) {
      if (EqualNoCase(name, r.prefix)) return r.encoding;
      continue;
    }
    if (name.size() < r.prefix.size() + r.suffix.size()) continue;
    if (EqualNoCase(name.substr(0, r.prefix.size()), r.prefix) &&
        EqualNoCase(name.substr(name.size() - r.suffix.size()), r.suffix)) {
      return r.encoding;
    }
  }
  return "";
}

std::string DocxRules::PrintedBullet(std::string_view glyph) const {
  for (const auto& [g, printed] : bullets_) {
    if (g == glyph) return printed;
  }
  return "-";
}

OfficeFormat SniffOfficeFormat(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return OfficeFormat::kDocx;
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) return OfficeFormat::kDoc;
  return OfficeFormat::kNone;
}

Result<OfficeText> ReadOfficeDocument(const SourceFile& source,
                                      const DocxRules& rules,
                                      const DecodeRules& decode) {
  using namespace docx_internal;
  OfficeText out;
  SourceFile zip{source.path, ""};
  const SourceFile* package = &source;
  if (SniffOfficeFormat(source.bytes) == OfficeFormat::kDoc) {
    // Encrypted OOXML is an OLE container too, holding the real package
    // in an "EncryptedPackage" stream.
    if (HasStreamName(source.bytes, "EncryptedPackage")) {
      return Status::InvalidInput(source.path + ": encrypted (needs a password)");
    }
    if (!HasStreamName(source.bytes, "WordDocument")) {
      return Status::InvalidInput(source.path +
                                  ": an OLE container that is not a Word document");
    }
    auto converted = ConvertDoc(source);
    if (!converted.ok()) return converted.status();
    zip.bytes = std::move(converted.value());
    package = &zip;
    out.format = SourceFormat::kDoc;
  }
  std::vector<std::string> names;
  auto parts = ReadZipParts(
      *package,
      {"mimetype", "word/document.xml", "word/numbering.xml", "word/styles.xml",
       "word/footnotes.xml", "word/endnotes.xml", "content.xml", "styles.xml"},
      &names);
  if (!parts.ok()) return parts.status();
  ReadContext ctx{source, rules, decode, &out};
  auto mime = parts->find("mimetype");
  bool odt = mime != parts->end() &&
             utf8::Trim(mime->second) == std::string_view(kOdtMime);
  bool word = std::any_of(names.begin(), names.end(), [](const std::string& n) {
    return n.rfind("word/", 0) == 0 || n == "[Content_Types].xml";
  });
  if (!odt && !word) {
    return Status::InvalidInput(source.path +
                                ": a zip archive that is neither a Word (DOCX) nor an "
                                "OpenDocument text (ODT) document");
  }
  if (odt) {
    parts->erase("word/document.xml");
    if (Status s = ReadOdt(*parts, ctx); !s.ok()) return s;
    out.format = SourceFormat::kOdt;
  } else {
    for (const char* odt_only : {"content.xml", "styles.xml", "mimetype"}) parts->erase(odt_only);
    if (Status s = ReadDocx(*parts, ctx); !s.ok()) return s;
  }
  if (utf8::Trim(out.text).empty()) {
    return Status::InvalidInput(source.path + ": no text in the document");
  }
  return out;
}

namespace docx_internal {
void AddTrackedChangesWarning(OfficeText* out) {
  out->warnings.push_back(
      {WarningCode::kTrackedChanges,
       "the document has tracked changes; read as if all were accepted"});
}
}  // namespace docx_internal

}  // namespace vbtask
