// Legacy byte encodings: reading a table from rules/encodings, decoding
// bytes with it, writing text with it (the inverse, for tests and tools).
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask::decode_internal {
namespace {

std::string Utf8Of(char32_t cp) {
  std::string s;
  utf8::Append(s, cp);
  return s;
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t p = 0; p < s.size();) out.push_back(utf8::Next(s, p));
  return out;
}

std::string Nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString n = nfc->normalize(u, status);
  std::string out;
  if (U_FAILURE(status)) return std::string(s);
  n.toUTF8String(out);
  return out;
}

// "61 F9" -> {0x61, 0xF9}; false on anything but 2-digit hex bytes.
bool ParseBytes(std::string_view field, std::string* bytes) {
  for (std::string_view hex : SplitList(field, ' ')) {
    unsigned value = 0;
    if (hex.size() != 2 ||
        std::sscanf(std::string(hex).c_str(), "%2x", &value) != 1) {
      return false;
    }
    bytes->push_back(static_cast<char>(value));
  }
  return !bytes->empty();
}

bool ParseCodePoints(std::string_view field, std::u32string* cps) {
  for (std::string_view one : SplitList(field, ' ')) {
    char32_t cp;
    if (!ParseCodePoint(one, &cp)) return false;
    cps->push_back(cp);
  }
  return !cps->empty();
}

}  // namespace

Result<LegacyTable> LegacyTable::Load(const std::string& rules_dir,
                                      const std::string& file, Options options,
                                      const LegacyTable* fallback) {
  auto rf = ReadRuleFile(rules_dir, "encodings/" + file, 2, 3);
  if (!rf.ok()) return rf.status();
  LegacyTable t;
  t.options_ = options;
  t.path_ = rf->path;
  for (int b = 0; b < 256; ++b) {
    t.single_[b] = b < 0x80 || !fallback ? Utf8Of(static_cast<char32_t>(b))
                                         : fallback->single_[b];
  }
  std::array<bool, 256> listed{};
  bool has_pairs = false;
  for (const RuleEntry& e : rf->entries) {
    std::string bytes;
    std::u32string cps;
    if (!ParseBytes(e.fields[0], &bytes) || bytes.size() > 2) {
      return rf->Error(e, "first field must be one or two hex bytes (\"B5\", "
                          "\"61 F9\")");
    }
    if (!ParseCodePoints(e.fields[1], &cps)) {
      return rf->Error(e, "second field must be code points (U+XXXX ...)");
    }
    std::string value;
    for (char32_t cp : cps) {
      utf8::Append(value, cp);
      if (u_getCombiningClass(static_cast<UChar32>(cp)) > 0) t.compose_ = true;
    }
    if (e.fields.size() == 3 && e.fields[2][0] != '#' && e.fields[2] != value) {
      return rf->Error(e, "the shown text does not match the code points");
    }
    auto b0 = static_cast<unsigned char>(bytes[0]);
    if (bytes.size() == 1) {
      if (listed[b0]) return rf->Error(e, "byte listed twice");
      listed[b0] = true;
      t.single_[b0] = value;
      if (b0 < 0x20) t.maps_control_[b0] = true;
      if (cps.size() == 1) t.byte_of_[cps[0]] = b0;
    } else {
      uint16_t key = static_cast<uint16_t>(b0 << 8 |
                                           static_cast<unsigned char>(bytes[1]));
      if (!t.pairs_.emplace(key, value).second) {
        return rf->Error(e, "byte sequence listed twice");
      }
      t.starts_pair_[b0] = true;
      has_pairs = true;
    }
    if (!t.encode_.emplace(value, bytes).second) {
      return rf->Error(e, "two byte sequences decode to the same text");
    }
  }
  // Unlisted high bytes read as the fallback does; they can write what
  // they read, after the table's own entries.
  for (int b = 0x80; b < 256; ++b) {
    if (listed[b]) continue;
    std::u32string cps = ToU32(t.single_[b]);
    if (cps.size() == 1) t.byte_of_.emplace(cps[0], static_cast<unsigned char>(b));
  }
  if ((options.caps_font || options.uppercase) && (has_pairs || t.compose_)) {
    return Status::InvalidRules(t.path_ + ": a caps-font table must map each "
                                "byte to one precomposed letter");
  }
  return t;
}

int LegacyTable::ByteOf(char32_t cp) const {
  if (cp < 0x80) return static_cast<int>(cp);
  auto it = byte_of_.find(cp);
  return it == byte_of_.end() ? -1 : it->second;
}

void LegacyTable::DecodeLine(std::string_view bytes, std::string* out,
                             bool restore_capitals) const {
  const size_t start = out->size();
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (starts_pair_[b] && i + 1 < bytes.size()) {
      auto it = pairs_.find(static_cast<uint16_t>(
          b << 8 | static_cast<unsigned char>(bytes[i + 1])));
      if (it != pairs_.end()) {
        out->append(it->second);
        ++i;
        continue;
      }
    }
    out->append(single_[b]);
  }
  // Combining marks (U+0300..U+036F) start with byte CC or CD in UTF-8.
  if (compose_ && out->find_first_of("\xCC\xCD", start) != std::string::npos) {
    std::string composed = Nfc(std::string_view(*out).substr(start));
    out->replace(start, std::string::npos, composed);
  }
  if (restore_capitals && (options_.caps_font || options_.uppercase)) {
    ApplyCapitals(bytes, start, out);
  }
}

std::string LegacyTable::EncodeCodePoint(char32_t cp) const {
  if (cp < 0x80 && single_[cp].size() == 1) return std::string(1, char(cp));
  std::string u = Utf8Of(cp);
  if (auto it = encode_.find(u); it != encode_.end()) return it->second;
  if (int b = ByteOf(cp); b >= 0) return std::string(1, static_cast<char>(b));
  // A letter the table writes as a precomposed part plus combining marks
  // (Windows-1258: ế = ê + U+0301): try every split of its marks.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status) &&
      nfd->getDecomposition(static_cast<UChar32>(cp), decomposed) &&
      decomposed.countChar32() <= 3) {
    std::string d;
    decomposed.toUTF8String(d);
    std::u32string parts = ToU32(d);
    size_t marks = parts.size() - 1;
    for (unsigned keep = (1u << marks) - 1; keep + 1 > 0; --keep) {
      std::string head = Utf8Of(parts[0]), rest;
      for (size_t m = 0; m < marks; ++m) {
        if (keep & (1u << m)) head += Utf8Of(parts[m + 1]);
      }
      std::u32string head_cps = ToU32(Nfc(head));
      if (head_cps.size() != 1 || head_cps[0] == cp) {
        if (keep == 0) break;
        continue;
      }
      std::string bytes = EncodeCodePoint(head_cps[0]);
      for (size_t m = 0; m < marks && !bytes.empty(); ++m) {
        if (keep & (1u << m)) continue;
        auto it = encode_.find(Utf8Of(parts[m + 1]));
        if (it == encode_.end()) bytes.clear(); else bytes += it->second;
      }
      if (!bytes.empty()) return bytes;
      if (keep == 0) break;
    }
  }
  // A capital the lowercase-only font cannot draw was typed with the
  // uppercase font, which uses the lowercase code.
  if (options_.caps_font && u_isupper(static_cast<UChar32>(cp))) {
    return EncodeCodePoint(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
  return "";
}

}  // namespace vbtask::decode_internal
