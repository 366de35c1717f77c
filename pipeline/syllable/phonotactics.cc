#include "pipeline/syllable/phonotactics.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "pipeline/base/utf8.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {
namespace {

// Combining marks of the five marked tones, in Tone order after kNgang.
constexpr char32_t kToneMarks[] = {0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
constexpr Tone kMarkTones[] = {Tone::kHuyen, Tone::kSac, Tone::kHoi,
                               Tone::kNga, Tone::kNang};

std::vector<std::u32string> SplitList(const std::string& field) {
  std::vector<std::u32string> out;
  size_t pos = 0;
  while (pos < field.size()) {
    size_t sp = field.find(' ', pos);
    if (sp == std::string::npos) sp = field.size();
    if (sp > pos) out.push_back(utf8::ToU32(field.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  return out;
}

bool StartsWith(const std::u32string& s, const std::u32string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(const std::u32string& s, const std::u32string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Result<Phonotactics> Phonotactics::Load(const std::string& rules_dir) {
  Phonotactics model;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Internal("ICU normalizers unavailable");
  for (char32_t cp = 0xC0; cp < 0x1F00; ++cp) {
    icu::UnicodeString d;
    if (!nfd->getDecomposition(static_cast<UChar32>(cp), d)) continue;
    for (size_t t = 0; t < std::size(kToneMarks); ++t) {
      int32_t at = d.indexOf(static_cast<UChar32>(kToneMarks[t]));
      if (at < 0) continue;
      d.remove(at, 1);
      icu::UnicodeString base = nfc->normalize(d, status);
      if (U_FAILURE(status) || base.countChar32() != 1) break;
      model.tones_[cp] = {static_cast<char32_t>(u_tolower(base.char32At(0))),
                          kMarkTones[t]};
      break;
    }
  }

  auto file = ReadRuleFile(rules_dir, "syllable/phonotactics.tsv", 2, 2);
  if (!file.ok()) return file.status();
  std::unordered_map<std::string, std::vector<std::u32string>> lists;
  for (const RuleEntry& e : file->entries) {
    if (lists.count(e.fields[0])) {
      return file->Error(e, "'" + e.fields[0] + "' is given twice");
    }
    lists[e.fields[0]] = SplitList(e.fields[1]);
  }
  auto take = [&](const char* name,
                  std::vector<std::u32string>* out) -> Status {
    auto it = lists.find(name);
    if (it == lists.end() || it->second.empty()) {
      return Status::InvalidRules(file->path + ": missing entry '" + name + "'");
    }
    *out = std::move(it->second);
    lists.erase(it);
    return Status::Ok();
  };
  auto take_set = [&](const char* name,
                      std::unordered_set<std::u32string>* out) -> Status {
    std::vector<std::u32string> v;
    Status s = take(name, &v);
    out->insert(v.begin(), v.end());
    return s;
  };
  std::vector<std::u32string> tone_names;
  for (Status s : {take("onset", &model.onsets_), take("medial", &model.medials_),
                   take("nucleus", &model.nuclei_), take("coda", &model.codas_),
                   take_set("stop_codas", &model.stop_codas_),
                   take("stop_coda_tones", &tone_names),
                   take_set("front_onsets", &model.front_onsets_),
                   take_set("back_onsets", &model.back_onsets_),
                   take_set("front_vowels", &model.front_vowels_),
                   take_set("needs_coda", &model.needs_coda_),
                   take_set("no_coda", &model.no_coda_),
                   take_set("after_medial_o", &model.after_o_),
                   take_set("after_medial_u", &model.after_u_)}) {
    if (!s.ok()) return s;
  }
  if (!lists.empty()) {
    return Status::InvalidRules(file->path + ": unknown entry '" +
                                lists.begin()->first + "'");
  }
  for (const std::u32string& name : tone_names) {
    if (name == U"sắc") model.stop_coda_tones_.insert(int(Tone::kSac));
    else if (name == U"nặng") model.stop_coda_tones_.insert(int(Tone::kNang));
    else if (name == U"huyền") model.stop_coda_tones_.insert(int(Tone::kHuyen));
    else if (name == U"hỏi") model.stop_coda_tones_.insert(int(Tone::kHoi));
    else if (name == U"ngã") model.stop_coda_tones_.insert(int(Tone::kNga));
    else if (name == U"ngang") model.stop_coda_tones_.insert(int(Tone::kNgang));
    else return Status::InvalidRules(file->path + ": unknown tone name");
  }
  // Longest first, so that "ngh" is tried before "ng" and "ch" before "c".
  auto by_length = [](const std::u32string& a, const std::u32string& b) {
    return a.size() > b.size();
  };
  std::stable_sort(model.onsets_.begin(), model.onsets_.end(), by_length);
  std::stable_sort(model.codas_.begin(), model.codas_.end(), by_length);
  model.onsets_.push_back(U"");
  model.codas_.push_back(U"");
  return model;
}

char32_t Phonotactics::Toneless(char32_t cp, Tone* tone) const {
  auto it = tones_.find(cp);
  if (it != tones_.end()) {
    *tone = it->second.tone;
    return it->second.base;
  }
  *tone = Tone::kNgang;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

std::optional<SyllableParts> Phonotactics::Decompose(
    std::string_view syllable) const {
  std::u32string plain;
  Tone tone = Tone::kNgang;
  int marked = 0;
  for (size_t p = 0; p < syllable.size();) {
    Tone t;
    plain.push_back(Toneless(utf8::Next(syllable, p), &t));
    if (t != Tone::kNgang) {
      tone = t;
      ++marked;
    }
  }
  if (marked > 1 || plain.empty()) return std::nullopt;
  for (const std::u32string& onset : onsets_) {
    if (!StartsWith(plain, onset)) continue;
    std::u32string rest = plain.substr(onset.size());
    // "gì", "gìn": the i of the onset gi is also the nucleus.
    if (onset == U"gi" && (rest.empty() || nuclei_.end() ==
                           std::find_if(nuclei_.begin(), nuclei_.end(),
                                        [&](const std::u32string& n) {
                                          return StartsWith(rest, n);
                                        }))) {
      rest = U"i" + rest;
    }
    for (const std::u32string& coda : codas_) {
      if (!EndsWith(rest, coda) || rest.size() == coda.size()) continue;
      std::u32string middle = rest.substr(0, rest.size() - coda.size());
      for (size_t m = 0; m <= medials_.size(); ++m) {
        const std::u32string medial = m < medials_.size() ? medials_[m] : U"";
        if (!StartsWith(middle, medial) || middle.size() == medial.size()) {
          continue;
        }
        SyllableParts parts{onset, medial, middle.substr(medial.size()), coda,
                            tone};
        if (std::find(nuclei_.begin(), nuclei_.end(), parts.nucleus) !=
                nuclei_.end() &&
            Check(parts)) {
          return parts;
        }
      }
    }
  }
  return std::nullopt;
}

bool Phonotactics::Check(const SyllableParts& p) const {
  if (stop_codas_.count(p.coda) && !stop_coda_tones_.count(int(p.tone))) {
    return false;
  }
  if (p.coda.empty() && needs_coda_.count(p.nucleus)) return false;
  if (!p.coda.empty() && no_coda_.count(p.nucleus)) return false;
  if (!p.medial.empty()) {
    if (p.onset == U"qu") return false;
    const auto& allowed = p.medial == U"o" ? after_o_ : after_u_;
    if (!allowed.count(p.nucleus)) return false;
  }
  // The vowel written right after the onset decides k/c, gh/g, ngh/ng.
  std::u32string first = p.medial.empty() ? p.nucleus : p.medial;
  bool front = front_vowels_.count(first) > 0 ||
               front_vowels_.count(first.substr(0, 1)) > 0;
  if (front_onsets_.count(p.onset) && !front) return false;
  if (back_onsets_.count(p.onset) && front) return false;
  return true;
}

}  // namespace vbtask
