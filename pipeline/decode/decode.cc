#include "pipeline/decode/decode.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode_internal.h"

namespace vbtask {
namespace {

using decode_internal::Candidate;
using decode_internal::DecodeTables;
using decode_internal::LegacyTable;
using decode_internal::LineChoice;

// Below this share of attested syllables no 8-bit reading is believed.
constexpr double kPlausibleShare = 0.7;

Status Invalid(const SourceFile& src, size_t offset, const std::string& what) {
  return Status::InvalidInput(src.path + ": " + what + " at byte offset " +
                              std::to_string(offset));
}

bool IsControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
         c != '\v';
}

bool AnyTableMapsControl(const DecodeTables& tables, unsigned char c) {
  for (const auto& t : tables.legacy) {
    if (t.table->options().detect && t.table->MapsControl(c)) return true;
  }
  return false;
}

// A text file has no NUL and hardly any C0 controls; anything else is most
// likely a binary file given by mistake, and decoding it would only produce
// garbage downstream. Controls some legacy table uses as letters (VISCII)
// pass here when `allow_letters`; the reading chosen must then map them.
Status CheckNotBinary(const SourceFile& src, std::string_view text,
                      size_t offset, const DecodeTables* allow_letters,
                      bool* letter_controls = nullptr) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (!IsControl(c)) continue;
    if (allow_letters && AnyTableMapsControl(*allow_letters, c)) {
      if (letter_controls) *letter_controls = true;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      return Invalid(src, i + offset,
                     std::string("binary content (control byte ") + hex + ")");
    }
  }
  return Status::Ok();
}

Result<std::string> DecodeUtf16(const SourceFile& src, bool little_endian,
                                size_t bom) {
  std::string_view b = src.bytes;
  if ((b.size() - bom) % 2 != 0) {
    return Invalid(src, b.size() - 1, "UTF-16 input with an odd byte count");
  }
  auto unit = [&](size_t i) -> uint16_t {
    auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return static_cast<uint16_t>(hi << 8 | lo);
  };
  std::string out;
  out.reserve(b.size());
  for (size_t i = bom; i < b.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= b.size()) return Invalid(src, i, "unpaired UTF-16 surrogate");
      uint16_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        return Invalid(src, i, "unpaired UTF-16 surrogate");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return Invalid(src, i, "unpaired UTF-16 surrogate");
    }
    if (cp == 0) return Invalid(src, i, "binary content (NUL character)");
    if (cp < 0x20 && IsControl(static_cast<unsigned char>(cp))) {
      return Invalid(src, i, "binary content (control character)");
    }
    utf8::Append(out, cp);
  }
  return out;
}

// UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other
// byte, always on the same side. 0 = not UTF-16, 1 = LE, 2 = BE.
int GuessUtf16(std::string_view b) {
  if (b.size() < 8 || b.size() % 2 != 0) return 0;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '\0') ++(i % 2 ? odd : even);
  }
  size_t units = b.size() / 2;
  if (odd * 4 >= units && even * 50 <= odd) return 1;
  if (even * 4 >= units && odd * 50 <= even) return 2;
  return 0;
}

Status CheckHasText(const SourceFile& source, std::string_view text) {
  if (utf8::Trim(text).empty()) {
    return Status::InvalidInput(source.path + ": no text (only white space)");
  }
  return Status::Ok();
}

// Reads the Unicode code points of a UTF-8 line back into the bytes the
// misread code page gave them, and decodes those with `table`; code points
// that no byte gives pass through. False when nothing was read back.
bool ReadMisread(const DecodeTables& tables, const LegacyTable& table,
                 std::string_view line, std::string* out, bool for_output = true) {
  std::string bytes;
  bool any = false;
  for (size_t p = 0; p < line.size();) {
    size_t at = p;
    char32_t cp = utf8::Next(line, p);
    int b = tables.misread->ByteOf(cp);
    if (b >= 0) {
      bytes.push_back(static_cast<char>(b));
      any |= b >= 0x80;
      continue;
    }
    table.DecodeLine(bytes, out, for_output);
    bytes.clear();
    out->append(line.substr(at, p - at));
  }
  table.DecodeLine(bytes, out, for_output);
  return any;
}

// A Latin-1 character that is not a Vietnamese letter ("Ý", "¸", "ø"):
// the mark of legacy bytes misread as Windows-1252.
bool HasTrigger(const DecodeTables& tables, std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c != 0xC2 && c != 0xC3) continue;
    unsigned cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    if (tables.latin1_trigger[cp]) return true;
  }
  return false;
}

// Every line whose non-ASCII characters could all be misread bytes is
// read as it is and as each mojibake table. A line with a Vietnamese letter
// no misread byte gives ("ạ", "ư") is genuine Unicode and left alone.
DecodedText RepairLines(std::string text, std::string base_name,
                        const DecodeTables& tables) {
  if (!HasTrigger(tables, text)) return {std::move(text), std::move(base_name)};
  std::vector<Candidate> candidates;
  candidates.push_back({base_name,
                        [](std::string_view line, std::string* out, bool) {
                          out->append(line);
                          return true;
                        },
                        false, true});
  for (const auto& t : tables.legacy) {
    if (!t.table->options().mojibake) continue;
    const LegacyTable* table = t.table.get();
    candidates.push_back({t.name, [&tables, table](std::string_view line,
                                                   std::string* out, bool for_output) {
                            return ReadMisread(tables, *table, line, out, for_output);
                          }});
  }
  auto needs_choice = [&tables](std::string_view line) {
    bool non_ascii = false;
    for (size_t p = 0; p < line.size();) {
      char32_t cp = utf8::Next(line, p);
      if (cp < 0x80) continue;
      non_ascii = true;
      if (tables.misread->ByteOf(cp) < 0) return false;
    }
    return non_ascii;
  };
  LineChoice choice =
      decode_internal::ChooseByLine(text, candidates, needs_choice, tables);
  std::string name = base_name;
  for (int c : choice.used) {
    if (c != 0) name += decode_internal::MojibakeName(candidates[c].name);
  }
  return {std::move(choice.text), std::move(name)};
}

// Valid UTF-8 that stays within Latin letters, marks and symbols. Legacy
// bytes sometimes form valid UTF-8 by chance (VISCII "ươ" is DF BD), but
// then it reads as another script: U+07FD, Cyrillic, Greek.
bool IsLatinText(std::string_view line) {
  for (size_t p = 0; p < line.size();) {
    char32_t cp = utf8::Next(line, p);
    if (cp >= 0x0370 && cp < 0x1E00) return false;
  }
  return true;
}

size_t FirstHighByte(std::string_view b) {
  for (size_t i = 0; i < b.size(); ++i) {
    if (static_cast<unsigned char>(b[i]) >= 0x80) return i;
  }
  return 0;
}

// Input that is not valid UTF-8: each line is read as UTF-8 when it is
// valid, and as every legacy encoding marked "detect".
Result<DecodedText> DecodeEightBit(const SourceFile& src, std::string_view body,
                                   size_t bad_utf8, const DecodeTables& tables) {
  std::vector<Candidate> candidates;
  candidates.push_back({"UTF-8", [](std::string_view line, std::string* out, bool) {
                          size_t bad;
                          for (char c : line) {
                            if (IsControl(static_cast<unsigned char>(c))) return false;
                          }
                          if (!utf8::IsValid(line, &bad) || !IsLatinText(line)) {
                            return false;
                          }
                          out->append(line);
                          return true;
                        },
                        true});
  for (const auto& t : tables.legacy) {
    if (!t.table->options().detect) continue;
    const LegacyTable* table = t.table.get();
    candidates.push_back({t.name, [table](std::string_view line, std::string* out,
                                          bool for_output) {
                            for (char c : line) {
                              auto b = static_cast<unsigned char>(c);
                              if (IsControl(b) && !table->MapsControl(b)) return false;
                            }
                            table->DecodeLine(line, out, for_output);
                            return true;
                          }});
  }
  auto needs_choice = [](std::string_view line) {
    for (char c : line) {
      auto b = static_cast<unsigned char>(c);
      if (b >= 0x80 || IsControl(b)) return true;
    }
    return false;
  };
  LineChoice choice =
      decode_internal::ChooseByLine(body, candidates, needs_choice, tables);
  if (choice.unreadable != std::string_view::npos) {
    size_t line = choice.unreadable;
    while (line + 1 < body.size() && !IsControl(static_cast<unsigned char>(body[line]))) {
      ++line;
    }
    return CheckNotBinary(src, body.substr(line, 1), line, nullptr);
  }
  if (choice.words == 0 || choice.attested < kPlausibleShare * choice.words) {
    // Control bytes that no reading explains mean a binary file.
    if (Status s = CheckNotBinary(src, body, 0, nullptr); !s.ok()) return s;
    std::string best = candidates[choice.used.empty() ? 0 : choice.used[0]].name;
    size_t offset = bad_utf8 ? bad_utf8 : FirstHighByte(body);
    return Status::InvalidInput(
        src.path + ": invalid UTF-8 at byte offset " + std::to_string(offset) +
        ", and no Vietnamese 8-bit encoding reads the file (best: " + best +
        ", " + std::to_string(choice.attested) + " of " +
        std::to_string(choice.words) + " words are Vietnamese syllables)");
  }
  // In a file with UTF-8 lines, invalid lines are more likely damage than a
  // change of font unless each run of them reads clearly as Vietnamese.
  bool has_utf8 = std::find(choice.used.begin(), choice.used.end(), 0) !=
                  choice.used.end();
  for (size_t i = 0; has_utf8 && i < choice.lines.size();) {
    if (choice.lines[i].pick == 0) {
      ++i;
      continue;
    }
    size_t run_start = choice.lines[i].offset;
    int attested = 0, words = 0;
    for (; i < choice.lines.size() && choice.lines[i].pick != 0; ++i) {
      attested += choice.lines[i].attested;
      words += choice.lines[i].words;
    }
    if (attested < 2 || attested < kPlausibleShare * words) {
      size_t bad = 0;
      utf8::IsValid(body.substr(run_start), &bad);
      return Invalid(src, run_start + bad, "invalid UTF-8");
    }
  }
  std::string name;
  for (int c : choice.used) {
    name += (name.empty() ? "" : ",") + candidates[c].name;
  }
  if (choice.used.size() > 1) name = "mixed:" + name;
  return DecodedText{std::move(choice.text), std::move(name)};
}

// --encoding NAME: the whole input read one way, no detection.
Result<DecodedText> DecodeAs(const SourceFile& src, const std::string& name,
                             const DecodeTables& tables) {
  std::string_view b = src.bytes;
  if (name == "UTF-16LE" || name == "UTF-16BE") {
    bool le = name == "UTF-16LE";
    bool bom = b.size() >= 2 && b.substr(0, 2) == (le ? "\xFF\xFE" : "\xFE\xFF");
    auto text = DecodeUtf16(src, le, bom ? 2 : 0);
    if (!text.ok()) return text.status();
    return DecodedText{std::move(text.value()), name};
  }
  const LegacyTable* legacy = tables.Find(name);
  if (legacy) {
    for (size_t i = 0; i < b.size(); ++i) {
      auto c = static_cast<unsigned char>(b[i]);
      if (IsControl(c) && !legacy->MapsControl(c)) {
        return CheckNotBinary(src, b.substr(i, 1), i, nullptr);
      }
    }
    DecodedText out{"", name};
    for (size_t pos = 0; pos < b.size();) {
      size_t end = std::min(b.find('\n', pos), b.size());
      legacy->DecodeLine(b.substr(pos, end - pos), &out.text);
      if (end < b.size()) out.text.push_back('\n');
      pos = end + 1;
    }
    return out;
  }
  size_t bom = b.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view body = b.substr(bom);
  if (Status s = CheckNotBinary(src, body, bom, nullptr); !s.ok()) return s;
  size_t bad = 0;
  if (!utf8::IsValid(body, &bad)) return Invalid(src, bad + bom, "invalid UTF-8");
  const LegacyTable* misread = decode_internal::MojibakeTable(tables, name);
  if (!misread) return DecodedText{std::string(body), name};
  DecodedText out{"", name};
  for (size_t pos = 0; pos < body.size();) {
    size_t end = std::min(body.find('\n', pos), body.size());
    ReadMisread(tables, *misread, body.substr(pos, end - pos), &out.text);
    if (end < body.size()) out.text.push_back('\n');
    pos = end + 1;
  }
  return out;
}

Result<DecodedText> Detect(const SourceFile& source, const DecodeTables& tables) {
  std::string_view b = source.bytes;
  bool le = b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE";
  bool be = b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF";
  int guess = le || be ? 0 : GuessUtf16(b);
  if (le || be || guess) {
    bool little = le || guess == 1;
    auto text = DecodeUtf16(source, little, guess ? 0 : 2);
    if (!text.ok()) return text.status();
    return RepairLines(std::move(text.value()), little ? "UTF-16LE" : "UTF-16BE",
                       tables);
  }
  size_t bom = b.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view body = b.substr(bom);
  bool controls = false;
  if (Status s = CheckNotBinary(source, body, bom, &tables, &controls); !s.ok()) {
    return s;
  }
  size_t bad = 0;
  if (utf8::IsValid(body, &bad) && !controls) {
    return RepairLines(std::string(body), bom ? "UTF-8-BOM" : "UTF-8", tables);
  }
  if (bom) return Invalid(source, bad + bom, "invalid UTF-8");
  return DecodeEightBit(source, body, bad, tables);
}

}  // namespace

Result<DecodedText> Decode(const SourceFile& source, const DecodeRules& rules,
                           const DecodeOptions& options) {
  if (source.bytes.empty()) return Status::InvalidInput(source.path + ": empty file");
  auto decoded = options.encoding.empty()
                     ? Detect(source, rules.tables())
                     : DecodeAs(source, options.encoding, rules.tables());
  if (!decoded.ok()) return decoded;
  if (Status s = CheckHasText(source, decoded->text); !s.ok()) return s;
  return decoded;
}

DecodedText RepairMojibake(std::string_view utf8_text, const DecodeRules& rules) {
  return RepairLines(std::string(utf8_text), "UTF-8", rules.tables());
}

Result<std::string> DecodeLegacyFontText(std::string_view utf8_text,
                                         std::string_view encoding,
                                         const DecodeRules& rules) {
  const LegacyTable* table = rules.tables().Find(encoding);
  if (!table) {
    return Status::InvalidInput("unknown legacy encoding " + std::string(encoding));
  }
  std::string out;
  ReadMisread(rules.tables(), *table, utf8_text, &out);
  return out;
}

}  // namespace vbtask
