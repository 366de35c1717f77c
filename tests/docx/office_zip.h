// Small Word packages built in memory for the docx tests: a zip written
// with libarchive from a few XML parts.
#ifndef VBTASK_TESTS_DOCX_OFFICE_ZIP_H_
#define VBTASK_TESTS_DOCX_OFFICE_ZIP_H_

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <utility>
#include <vector>

namespace vbtask::testing {

using ZipParts = std::vector<std::pair<std::string, std::string>>;

inline std::string Zip(const ZipParts& parts) {
  std::vector<char> buf(8u << 20);
  size_t used = 0;
  archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  archive_write_open_memory(a, buf.data(), buf.size(), &used);
  for (const auto& [name, data] : parts) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, data.data(), data.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  return std::string(buf.data(), used);
}

inline const char* kWordNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A package with `body` (the inside of w:body) and, when given, the
// inside of numbering.xml, styles.xml and footnotes.xml.
inline std::string Docx(const std::string& body, const std::string& numbering = "",
                        const std::string& styles = "", const std::string& footnotes = "") {
  auto wrap = [](const std::string& root, const std::string& inner) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:" + root + " " + kWordNs + ">" +
           inner + "</w:" + root + ">";
  };
  ZipParts parts = {{"[Content_Types].xml", "<Types/>"},
                    {"word/document.xml", wrap("document", "<w:body>" + body + "</w:body>")}};
  if (!numbering.empty()) parts.push_back({"word/numbering.xml", wrap("numbering", numbering)});
  if (!styles.empty()) parts.push_back({"word/styles.xml", wrap("styles", styles)});
  if (!footnotes.empty()) parts.push_back({"word/footnotes.xml", wrap("footnotes", footnotes)});
  return Zip(parts);
}

// <w:p> with a list reference (numId < 0: none) and one run of text.
inline std::string NumberedPara(int num_id, int ilvl, const std::string& text,
                                const std::string& style = "") {
  std::string ppr;
  if (!style.empty()) ppr += "<w:pStyle w:val=\"" + style + "\"/>";
  if (num_id >= 0) {
    ppr += "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
           std::to_string(num_id) + "\"/></w:numPr>";
  }
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

}  // namespace vbtask::testing

#endif  // VBTASK_TESTS_DOCX_OFFICE_ZIP_H_
