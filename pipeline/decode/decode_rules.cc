// Loading rules/encodings and checking every table against the alphabet;
// writing text in a legacy encoding (the inverse of decoding).
#include <unicode/uchar.h>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode.h"
#include "pipeline/decode/decode_internal.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

using decode_internal::DecodeTables;
using decode_internal::LegacyTable;
using decode_internal::SplitList;

constexpr std::string_view kMojibakeSuffix = "-mojibake";
constexpr std::string_view kUtf8Plus = "UTF-8+";

Result<LegacyTable::Options> ParseOptions(const RuleFile& rf, const RuleEntry& e) {
  LegacyTable::Options o;
  for (std::string_view opt : SplitList(e.fields[2], ',')) {
    if (opt == "detect") o.detect = true;
    else if (opt == "mojibake") o.mojibake = true;
    else if (opt == "caps-font") o.caps_font = true;
    else if (opt == "uppercase") o.uppercase = true;
    else if (opt == "misread") o.misread = true;
    else if (opt != "-") return rf.Error(e, "unknown option \"" + std::string(opt) + "\"");
  }
  return o;
}

std::string Show(char32_t cp) {
  char hex[16];
  std::snprintf(hex, sizeof hex, " (U+%04X)", static_cast<unsigned>(cp));
  std::string s;
  utf8::Append(s, cp);
  return s + hex;
}

// Every letter must be written by the table and read back as itself; a
// lowercase-only font reads toned capitals back in lowercase.
Status CheckAlphabet(const LegacyTable& table, const std::vector<char32_t>& alphabet) {
  for (char32_t letter : alphabet) {
    std::string bytes = table.EncodeCodePoint(letter);
    if (bytes.empty()) {
      return Status::InvalidRules(table.path() + ": cannot write the letter " +
                                  Show(letter));
    }
    // After a lowercase word, so that no capital is expected by context.
    std::string read;
    table.DecodeLine("x " + bytes, &read);
    read.erase(0, 2);
    auto up = static_cast<char32_t>(u_toupper(static_cast<UChar32>(letter)));
    auto low = static_cast<char32_t>(u_tolower(static_cast<UChar32>(letter)));
    std::string want, want_low;
    utf8::Append(want, table.options().uppercase ? up : letter);
    utf8::Append(want_low, low);
    if (read != want && !(table.options().caps_font && read == want_low)) {
      return Status::InvalidRules(table.path() + ": the letter " + Show(letter) +
                                  " does not read back (got \"" + read + "\")");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<DecodeRules> DecodeRules::Load(const std::string& rules_dir) {
  return Load(rules_dir, AttestedSyllables::DefaultPath());
}

Result<DecodeRules> DecodeRules::Load(const std::string& rules_dir,
                                      const std::string& dic_path) {
  auto tables = std::make_shared<DecodeTables>();
  auto alphabet = decode_internal::LoadAlphabet(rules_dir);
  if (!alphabet.ok()) return alphabet.status();
  tables->alphabet = std::move(alphabet.value());
  auto index = ReadRuleFile(rules_dir, "encodings/encodings.tsv", 3, 3);
  if (!index.ok()) return index.status();
  auto phrases = ReadWordList(rules_dir, "encodings/capitalised_phrases.txt");
  if (!phrases.ok()) return phrases.status();
  std::vector<std::u32string> capitalised;
  for (const std::string& phrase : *phrases) {
    capitalised.emplace_back();
    for (size_t p = 0; p < phrase.size();) capitalised.back().push_back(utf8::Next(phrase, p));
  }
  // The misread code page first: the other tables fall back to it.
  for (int pass = 0; pass < 2; ++pass) {
    for (const RuleEntry& e : index->entries) {
      auto options = ParseOptions(*index, e);
      if (!options.ok()) return options.status();
      if (options->misread != (pass == 0)) continue;
      if (pass == 0 && tables->misread) {
        return index->Error(e, "only one table may be \"misread\"");
      }
      if (pass == 1 && tables->Find(e.fields[0])) {
        return index->Error(e, "name listed twice");
      }
      auto table = LegacyTable::Load(rules_dir, e.fields[1], *options,
                                     tables->misread.get());
      if (!table.ok()) return table.status();
      if (options->caps_font) table->SetCapitalisedPhrases(capitalised);
      auto shared = std::make_shared<const LegacyTable>(std::move(table.value()));
      if (pass == 0) {
        tables->misread = shared;
        continue;
      }
      if (Status s = CheckAlphabet(*shared, tables->alphabet); !s.ok()) return s;
      tables->legacy.push_back({e.fields[0], shared});
    }
    if (pass == 0 && !tables->misread) {
      return Status::InvalidRules(index->path + ": no \"misread\" table");
    }
  }
  for (int cp = 0x80; cp < 0x100; ++cp) tables->latin1_trigger[cp] = true;
  tables->is_letter.assign(0x1F00, false);
  for (char32_t letter : tables->alphabet) {
    if (letter < 0x100) tables->latin1_trigger[letter] = false;
    if (letter < 0x1F00) tables->is_letter[letter] = true;
  }
  auto folder = TextFolder::Load(rules_dir);
  if (!folder.ok()) return folder.status();
  tables->folder = std::make_unique<TextFolder>(std::move(folder.value()));
  auto syllables = AttestedSyllables::Load(dic_path, *tables->folder);
  if (!syllables.ok()) return syllables.status();
  tables->syllables =
      std::make_unique<AttestedSyllables>(std::move(syllables.value()));
  DecodeRules rules;
  rules.tables_ = std::move(tables);
  return rules;
}

const AttestedSyllables& DecodeRules::syllables() const { return *tables_->syllables; }

std::vector<std::string> DecodeRules::EncodingNames() const {
  std::vector<std::string> names = {"UTF-8", "UTF-16LE", "UTF-16BE"};
  for (const auto& t : tables_->legacy) names.push_back(t.name);
  for (const auto& t : tables_->legacy) {
    if (t.table->options().mojibake) {
      names.push_back(std::string(kUtf8Plus) + t.name + std::string(kMojibakeSuffix));
    }
  }
  return names;
}

bool DecodeRules::IsKnown(std::string_view name) const {
  for (const std::string& n : EncodingNames()) {
    if (n == name) return true;
  }
  return false;
}

namespace decode_internal {

// "UTF-8+TCVN3-mojibake" -> the TCVN3 table; null for any other name.
const LegacyTable* MojibakeTable(const DecodeTables& tables, std::string_view name) {
  if (name.substr(0, kUtf8Plus.size()) != kUtf8Plus ||
      name.size() < kUtf8Plus.size() + kMojibakeSuffix.size() ||
      name.substr(name.size() - kMojibakeSuffix.size()) != kMojibakeSuffix) {
    return nullptr;
  }
  name.remove_prefix(kUtf8Plus.size());
  name.remove_suffix(kMojibakeSuffix.size());
  const LegacyTable* t = tables.Find(name);
  return t && t->options().mojibake ? t : nullptr;
}

std::string MojibakeName(std::string_view legacy_name) {
  return "+" + std::string(legacy_name) + std::string(kMojibakeSuffix);
}

}  // namespace decode_internal

Result<std::string> EncodeLegacy(std::string_view text, std::string_view encoding,
                                 const DecodeRules& rules) {
  const DecodeTables& tables = rules.tables();
  const LegacyTable* misread_into = decode_internal::MojibakeTable(tables, encoding);
  const LegacyTable* table = misread_into ? misread_into : tables.Find(encoding);
  if (!table) {
    return Status::InvalidInput("cannot write in \"" + std::string(encoding) + "\"");
  }
  size_t bad = 0;
  if (!utf8::IsValid(text, &bad)) {
    return Status::InvalidInput("invalid UTF-8 at byte offset " + std::to_string(bad));
  }
  std::string bytes;
  size_t index = 0;
  for (size_t p = 0; p < text.size(); ++index) {
    char32_t cp = utf8::Next(text, p);
    std::string b = table->EncodeCodePoint(cp);
    if (b.empty()) {
      return Status::InvalidInput(std::string(encoding) + " cannot write " +
                                  Show(cp) + " at code point " +
                                  std::to_string(index));
    }
    bytes += b;
  }
  if (!misread_into) return bytes;
  std::string misread;
  tables.misread->DecodeLine(bytes, &misread);
  return misread;
}

}  // namespace vbtask
