#include "pipeline/normalize/normalize.h"

#include <re2/re2.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
         (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// NFC with an exact offset map. Most input is already NFC, so the quick
// check avoids any copy in the common case.
NormalizedText ToNfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(text, status)) {
    return {text, {}};
  }
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, text, sink, &edits, status);
  if (U_FAILURE(status)) return {text, {}};
  OffsetMap map;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    map.AddAnchor(static_cast<size_t>(it.destinationIndex()),
                  static_cast<size_t>(it.sourceIndex()), !it.hasChange());
  }
  return {std::move(out), std::move(map)};
}

class LineCleaner {
 public:
  LineCleaner(const std::string& text, const NormalizeRules& rules)
      : text_(text), rules_(rules), out_(text) {
    out_.Reserve(text.size());
  }

  NormalizedText Run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t end = text_.find_first_of("\r\n\f", pos);
      if (end == std::string::npos) end = text_.size();
      bool kept = CleanLine(pos, end);
      if (end == text_.size()) break;
      if (text_[end] == '\f') {
        // A page break: give it a line of its own for the reconstructor.
        if (out_.size() > 0 && out_.text().back() != '\n') {
          out_.Insert("\n", end);
        }
        out_.Insert("\f\n", end);
        pos = end + 1;
        continue;
      }
      if (kept) out_.Insert("\n", end);
      pos = end + (text_[end] == '\r' && end + 1 < text_.size() &&
                           text_[end + 1] == '\n'
                       ? 2
                       : 1);
    }
    return {out_.TakeText(), out_.TakeMap()};
  }

 private:
  // Returns false when the whole line is dropped (a table delimiter row).
  bool CleanLine(size_t begin, size_t end) {
    std::string_view line(text_.data() + begin, end - begin);
    if (RE2::FullMatch(line, *rules_.markdown.table_delimiter) &&
        line.find('-') != std::string_view::npos &&
        line.find('|') != std::string_view::npos) {
      return false;
    }
    if (RE2::FullMatch(line, *rules_.markdown.table_row)) {
      CleanTableRow(begin, end);
      return true;
    }
    re2::StringPiece rest(line.data(), line.size());
    if (RE2::Consume(&rest, *rules_.markdown.heading_marker)) {
      begin = end - rest.size();
    }
    CleanInline(begin, end);
    out_.TrimTrailingSpaces();
    return true;
  }

  // "| a | b |" becomes "a\tb": the cells of a row, TAB-separated.
  void CleanTableRow(size_t begin, size_t end) {
    size_t first = text_.find('|', begin) + 1;
    size_t last = text_.rfind('|', end - 1);
    size_t cell = first;
    bool first_cell = true;
    for (size_t i = first; i <= last; ++i) {
      if (i < last && !(text_[i] == '|' && text_[i - 1] != '\\')) continue;
      std::string_view raw(text_.data() + cell, i - cell);
      std::string_view trimmed = utf8::Trim(raw);
      size_t tb = cell + (trimmed.data() - raw.data());
      if (!first_cell) out_.Insert("\t", cell);
      CleanInline(tb, tb + trimmed.size());
      out_.TrimTrailingSpaces();
      first_cell = false;
      cell = i + 1;
    }
  }

  void CleanInline(size_t begin, size_t end) {
    size_t p = begin;
    bool at_line_start = true;
    while (p < end) {
      char c = text_[p];
      if (c == '\\' && p + 1 < end && IsAsciiPunct(text_[p + 1])) {
        out_.Copy(p + 1, 1);
        p += 2;
        at_line_start = false;
        continue;
      }
      if ((c == '*' || c == '_') && p + 1 < end && text_[p + 1] == c) {
        size_t run = p;
        while (run < end && text_[run] == c) ++run;
        p = run;  // bold markers, possibly opened on another line
        continue;
      }
      if (c == '*') {
        bool space_before = p == begin || text_[p - 1] == ' ';
        bool space_after = p + 1 == end || text_[p + 1] == ' ';
        if (at_line_start && space_after && p + 1 < end) {
          out_.Insert("-", p);  // a markdown list bullet
        } else if (space_before && space_after) {
          out_.Copy(p, 1);  // a real asterisk (the line under the issuer)
        }  // else: an emphasis marker, dropped
        ++p;
        at_line_start = false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80 && c != '\t') {
        if (c != ' ') at_line_start = false;
        out_.Copy(p, 1);
        ++p;
        continue;
      }
      size_t next = p;
      char32_t cp = utf8::Next(text_, next);
      auto it = rules_.characters.find(cp);
      if (it == rules_.characters.end()) {
        out_.Copy(p, next - p);
        at_line_start = false;
      } else if (!it->second.empty()) {
        out_.Insert(it->second, p);
      }
      p = next;
    }
  }

  const std::string& text_;
  const NormalizeRules& rules_;
  TextBuilder out_;
};

}  // namespace

Result<NormalizeRules> NormalizeRules::Load(const std::string& rules_dir) {
  NormalizeRules rules;
  auto chars = ReadRuleFile(rules_dir, "normalize/characters.tsv", 2, 2);
  if (!chars.ok()) return chars.status();
  for (const RuleEntry& e : chars->entries) {
    char32_t from, to;
    if (!ParseCodePoint(e.fields[0], &from)) {
      return chars->Error(e, "first field must be a character or U+XXXX");
    }
    std::string replacement;
    if (e.fields[1] != "none") {
      if (!ParseCodePoint(e.fields[1], &to)) {
        return chars->Error(e, "second field must be U+XXXX or 'none'");
      }
      utf8::Append(replacement, to);
    }
    rules.characters[from] = replacement;
  }
  auto md = PatternSet::Load(rules_dir, "normalize/markdown_patterns.tsv",
                             {{"table_delimiter", &rules.markdown.table_delimiter},
                              {"table_row", &rules.markdown.table_row},
                              {"heading_marker", &rules.markdown.heading_marker}});
  if (!md.ok()) return md.status();
  rules.markdown_set = std::move(md.value());
  return rules;
}

NormalizedText Normalize(const std::string& decoded,
                         const NormalizeRules& rules) {
  NormalizedText nfc = ToNfc(decoded);
  NormalizedText cleaned = LineCleaner(nfc.text, rules).Run();
  cleaned.to_decoded = OffsetMap::Compose(cleaned.to_decoded, nfc.to_decoded,
                                          cleaned.text.size());
  return cleaned;
}

}  // namespace vbtask
