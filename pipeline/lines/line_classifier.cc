#include "pipeline/lines/line_classifier.h"

#include <algorithm>
#include <iterator>

#include <re2/re2.h>

#include <cstdlib>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

// The Vietnamese alphabet order used by lettered points: a b c d đ e g h i k
// l m n o p q r s t u v x y. Returns 1-based rank, 0 when not a letter.
constexpr char32_t kLetterOrder[] = U"abcdđeghiklmnopqrstuvxy";

int LetterRank(char32_t c) {
  const char32_t* kOrder = kLetterOrder;
  for (int i = 0; kOrder[i]; ++i) {
    if (kOrder[i] == c) return i + 1;
  }
  return 0;
}

std::string LettersOnly(std::string_view skeleton) {
  std::string s;
  for (char c : skeleton) {
    if (c >= 'a' && c <= 'z') s.push_back(c);
  }
  return s;
}

size_t LeadingSpaces(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

// The numeral OCR read for a Roman one: "ll", "1I" and "Il" are II; a lone
// "l" is I as well, a lone "1" stays a digit (not a Roman numeral).
std::string RomanFromOcr(std::string_view skeleton) {
  std::string numeral = ToUpperAscii(skeleton);
  bool digits_only = numeral.find_first_not_of("0123456789") == std::string::npos;
  if (digits_only && numeral.size() == 1) return numeral;
  for (char& ch : numeral) {
    if (ch == '1' || (ch == 'L' && numeral.size() > 1)) ch = 'I';
  }
  return numeral;
}

}  // namespace

int RomanValue(std::string_view s) {
  int total = 0, prev = 0;
  for (size_t i = s.size(); i > 0; --i) {
    int v;
    switch (s[i - 1] | 0x20) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      case 'c': v = 100; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

std::string RomanNumeral(int value) {
  static constexpr std::pair<int, const char*> kParts[] = {
      {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
      {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
  std::string out;
  for (auto [part, letters] : kParts) {
    for (; value >= part; value -= part) out += letters;
  }
  return out;
}

std::string LetterOfRank(int rank) {
  std::string out;
  if (rank < 1 || rank >= static_cast<int>(std::size(kLetterOrder))) return out;
  utf8::Append(out, kLetterOrder[rank - 1]);
  return out;
}

bool LineClassifier::MayReadAs(std::string_view printed,
                               std::string_view meant) const {
  if (printed.size() != meant.size() || printed.empty()) return false;
  for (size_t i = 0; i < printed.size(); ++i) {
    char p = printed[i], m = meant[i];
    bool same = p == m || ((p | 0x20) == (m | 0x20) && (p | 0x20) >= 'a' &&
                           (p | 0x20) <= 'z');
    if (!same && !label_confusions_.count({p, m})) return false;
  }
  return true;
}

Result<LineClassifier> LineClassifier::Load(const std::string& dir) {
  LineClassifier c;
  auto folder = TextFolder::Load(dir);
  if (!folder.ok()) return folder.status();
  c.folder_ = std::move(folder.value());

  auto labels = PatternSet::Load(
      dir, "items/patterns.tsv",
      {{"roman", &c.labels_.roman}, {"roman_bare", &c.labels_.roman_bare}, {"arabic", &c.labels_.arabic}, {"arabic_loose", &c.labels_.arabic_loose}, {"dotted", &c.labels_.dotted}, {"letter", &c.labels_.letter}, {"letter_dot", &c.labels_.letter_dot}, {"dash", &c.labels_.dash}, {"plus", &c.labels_.plus}, {"keyword", &c.labels_.keyword}, {"keyword_glued", &c.labels_.keyword_glued}, {"ordinal", &c.labels_.ordinal}});
  if (!labels.ok()) return labels.status();
  c.label_set_ = std::move(labels.value());
  auto header = PatternSet::Load(
      dir, "header/patterns.tsv",
      {{"number", &c.header_.number}, {"place_date", &c.header_.place_date}, {"place_date_numeric", &c.header_.place_date_numeric}, {"addressed_to", &c.header_.addressed_to}, {"subject_vv", &c.header_.subject_vv}, {"separator", &c.header_.separator}, {"bare_body_name", &c.header_.bare_body_name}, {"bare_number_label", &c.header_.bare_number_label}, {"org_open_end", &c.header_.org_open_end}, {"org_joined_start", &c.header_.org_joined_start}, {"annex_type", &c.header_.annex_type}, {"attachment_cue", &c.header_.attachment_cue}});
  if (!header.ok()) return header.status();
  c.header_set_ = std::move(header.value());
  auto closing = PatternSet::Load(
      dir, "closing/patterns.tsv",
      {{"recipients_list", &c.closing_.recipients_list}, {"authority", &c.closing_.authority}, {"signed_marker", &c.closing_.signed_marker}, {"end_mark", &c.closing_.end_mark}});
  if (!closing.ok()) return closing.status();
  c.closing_set_ = std::move(closing.value());

  auto keywords = ReadRuleFile(dir, "items/keywords.tsv", 3, 3);
  if (!keywords.ok()) return keywords.status();
  for (const RuleEntry& e : keywords->entries) {
    if (e.fields[2] != "section" && e.fields[2] != "task") {
      return keywords->Error(e, "third field must be 'section' or 'task'");
    }
    if (c.keywords_.count(e.fields[0])) {
      return keywords->Error(e, "keyword '" + e.fields[0] + "' listed twice");
    }
    int rank = static_cast<int>(c.keywords_.size()) + 1;
    c.keywords_[e.fields[0]] = {e.fields[1], e.fields[2] == "section", rank};
  }
  auto confusions = ReadRuleFile(dir, "items/label_confusions.tsv", 2, 2);
  if (!confusions.ok()) return confusions.status();
  for (const RuleEntry& e : confusions->entries) {
    const std::string& printed = e.fields[0];
    const std::string& meant = e.fields[1];
    if (printed.size() != 1 || meant.size() != 1 || printed[0] & 0x80 ||
        meant[0] & 0x80) {
      return confusions->Error(e, "each field must be one ASCII character");
    }
    c.label_confusions_.insert({printed[0], meant[0]});
  }
  auto numbers = ReadRuleFile(dir, "items/number_words.tsv", 2, 2);
  if (!numbers.ok()) return numbers.status();
  for (const RuleEntry& e : numbers->entries) {
    int v = std::atoi(e.fields[1].c_str());
    if (v <= 0) return numbers->Error(e, "value must be a positive number");
    c.number_words_[e.fields[0]] = v;
  }
  for (auto [path, list] :
       {std::pair{"header/mottos.txt", &c.mottos_},
        std::pair{"closing/positions.txt", &c.positions_},
        std::pair{"closing/cues.txt", &c.closing_cues_},
        std::pair{"items/heading_words.txt", &c.heading_words_}}) {
    auto words = ReadWordList(dir, path);
    if (!words.ok()) return words.status();
    *list = std::move(words.value());
  }
  auto columns = ReadRuleFile(dir, "tables/columns.tsv", 2, 2);
  if (!columns.ok()) return columns.status();
  for (const RuleEntry& e : columns->entries) {
    static const std::string_view kRoles[] = {"number", "task", "lead",
                                              "cooperate", "time", "product"};
    if (std::find(std::begin(kRoles), std::end(kRoles), e.fields[0]) == std::end(kRoles)) {
      return columns->Error(e, "unknown column role '" + e.fields[0] + "'");
    }
    c.table_columns_[e.fields[1]] = e.fields[0];
  }
  auto types = ReadRuleFile(dir, "document/types.tsv", 3, 3);
  if (!types.ok()) return types.status();
  for (const RuleEntry& e : types->entries) {
    const std::string& system = e.fields[2];
    if (system != "party" && system != "state" && system != "both") {
      return types->Error(e, "third field must be party, state or both");
    }
    std::string skeleton = c.folder_.Skeleton(e.fields[0]);
    bool annex = RE2::FullMatch(skeleton, *c.header_.annex_type);
    c.types_.push_back({e.fields[0], e.fields[1], system, LettersOnly(skeleton), skeleton, annex});
  }
  auto implied = ReadRuleFile(dir, "document/implied_types.tsv", 2, 2);
  if (!implied.ok()) return implied.status();
  for (const RuleEntry& e : implied->entries) {
    if (e.fields[0] != "subject_vv") {
      return implied->Error(e, "unknown header element '" + e.fields[0] + "'");
    }
    c.vv_type_ = -1;
    for (size_t k = 0; k < c.types_.size(); ++k) {
      if (c.types_[k].name == e.fields[1]) c.vv_type_ = static_cast<int>(k);
    }
    if (c.vv_type_ < 0) {
      return implied->Error(e, "'" + e.fields[1] + "' is not in types.tsv");
    }
  }
  return c;
}

// "Điều 5 Luật Thuế …", "Khoản 2 Điều 44 …", "Điều 3 của Nghị định …": a
// line a web page broke before a reference to a part of a document. A
// label has its punctuation or its own title; "Điều 2 Quyết định này …"
// (the dot lost) is still a label, of the document itself.
bool LineClassifier::CitesAnotherPart(std::string_view after) const {
  if (MatchPhraseAt(after, "cua")) return true;
  for (const auto& [word, keyword] : keywords_) {
    if (MatchPhraseAt(after, word)) return true;
  }
  for (const DocumentType& t : types_) {
    if (size_t n = MatchPhraseAt(after, t.skeleton)) {
      return !MatchPhraseAt(after.substr(n), " nay") && !MatchPhraseAt(after.substr(n), "nay");
    }
  }
  return false;
}

std::optional<Label> LineClassifier::MatchKeywordLabel(
    const LineView& line) const {
  const std::string& sk = line.skeleton();
  size_t lead = LeadingSpaces(sk);
  std::string_view s = std::string_view(sk).substr(lead);
  // Keyword and ordinal labels are capitalised; "phần 1 …" at the start of a
  // line is the middle of a wrapped sentence.
  if (!line.IsUpperAt(lead)) return std::nullopt;
  re2::StringPiece whole, word, number;
  if (RE2::PartialMatch(s, *labels_.keyword, &whole, &word, &number) ||
      RE2::PartialMatch(s, *labels_.keyword_glued, &whole, &word,
                        &number)) {
    auto kw = keywords_.find(std::string(word));
    if (kw == keywords_.end()) return std::nullopt;
    Label l;
    l.style = LabelStyle::kKeyword;
    l.keyword = kw->second.spelling;
    l.keyword_is_section = kw->second.section;
    l.keyword_rank = kw->second.rank;
    l.printed = std::string(utf8::Trim(line.Original(whole)));
    std::string num;
    if (auto it = number_words_.find(std::string(number));
        it != number_words_.end()) {
      num = std::to_string(it->second);
      l.numbers = {it->second};
    } else if (std::string_view(number).find_first_not_of("0123456789") ==
               std::string_view::npos) {
      num = std::string(number);
      l.numbers = {std::atoi(num.c_str())};
    } else {
      num = RomanFromOcr(number);
      l.numbers = {RomanValue(num)};
    }
    l.value = l.keyword + " " + num;
    size_t end = static_cast<size_t>(whole.data() + whole.size() - sk.data());
    while (end < sk.size() && sk[end] == ' ') ++end;
    l.text_start = end;
    const char last = whole.empty() ? ' ' : whole.data()[whole.size() - 1];
    const bool punctuated = std::string_view(".:-)").find(last) != std::string_view::npos;
    if (!punctuated && CitesAnotherPart(std::string_view(sk).substr(end))) return std::nullopt;
    return l;
  }
  re2::StringPiece ordinal_word;
  if (RE2::PartialMatch(s, *labels_.ordinal, &whole, &word,
                        &ordinal_word)) {
    auto it = number_words_.find(std::string(ordinal_word));
    if (it == number_words_.end()) return std::nullopt;
    Label l;
    l.style = LabelStyle::kOrdinal;
    l.printed = std::string(line.Original(whole));
    l.value = "Thứ " + std::to_string(it->second);
    l.numbers = {it->second};
    size_t end = static_cast<size_t>(whole.data() + whole.size() - sk.data());
    while (end < sk.size() && sk[end] == ' ') ++end;
    l.text_start = end;
    return l;
  }
  return std::nullopt;
}

std::optional<Label> LineClassifier::MatchLabel(const LineView& line) const {
  if (auto kw = MatchKeywordLabel(line)) return kw;
  const std::string& sk = line.skeleton();
  size_t lead = LeadingSpaces(sk);
  std::string_view s = std::string_view(sk).substr(lead);
  re2::StringPiece whole, inner;
  Label l;
  auto finish = [&](LabelStyle style) {
    l.style = style;
    l.printed = std::string(utf8::Trim(line.Original(whole)));
    size_t end = static_cast<size_t>(whole.data() + whole.size() - sk.data());
    while (end < sk.size() && sk[end] == ' ') ++end;
    l.text_start = end;
    return l;
  };
  if (RE2::PartialMatch(s, *labels_.dotted, &whole, &inner)) {
    l.value = std::string(inner);
    for (size_t p = 0; p < inner.size();) {
      l.numbers.push_back(std::atoi(std::string(inner.substr(p)).c_str()));
      size_t dot = inner.find('.', p);
      p = dot == std::string_view::npos ? inner.size() : dot + 1;
    }
    return finish(LabelStyle::kDotted);
  }
  bool loose = false;
  if (RE2::PartialMatch(s, *labels_.arabic, &whole, &inner) ||
      (loose = RE2::PartialMatch(s, *labels_.arabic_loose, &whole,
                                 &inner))) {
    l.value = std::string(inner);
    l.numbers = {std::atoi(l.value.c_str())};
    if (l.value.size() == 2 && l.value[0] == '0') l.value = l.value.substr(1);
    finish(LabelStyle::kArabic);
    l.needs_sequence = loose;
    if (loose && !line.IsUpperAt(l.text_start)) return std::nullopt;
    return l;
  }
  size_t label_cp = static_cast<size_t>(s.data() - sk.data());
  if (RE2::PartialMatch(s, *labels_.roman, &whole, &inner)) {
    // Uppercase on paper, or an OCR'd lowercase numeral before a heading in
    // capitals ("ĩ. MỤC ĐÍCH"); a lowercase "i)" is a lettered point.
    std::string numeral = RomanFromOcr(inner);
    LineView rest = View(line.From(label_cp + inner.size() + 1));
    bool upper = line.IsUpperAt(label_cp) || rest.AllUpper();
    int value = RomanValue(numeral);
    if (upper && value > 0) {
      l.value = numeral;
      l.numbers = {value};
      return finish(LabelStyle::kRoman);
    }
  }
  if (RE2::PartialMatch(s, *labels_.roman_bare, &whole, &inner)) {
    // Without its dot a numeral is a label only when printed in plain
    // capitals ("VÌ VẬY" is a word) before a heading in capitals.
    std::string_view printed = line.Original(inner);
    bool plain = printed.find_first_not_of("IVXLl1") == std::string_view::npos;
    LineView rest = View(line.From(static_cast<size_t>(
        whole.data() + whole.size() - sk.data())));
    std::string numeral = RomanFromOcr(inner);
    int value = RomanValue(numeral);
    if (plain && rest.AllUpper() && value > 0) {
      l.value = numeral;
      l.numbers = {value};
      return finish(LabelStyle::kRoman);
    }
  }
  if (RE2::PartialMatch(s, *labels_.letter, &whole, &inner) ||
      (RE2::PartialMatch(s, *labels_.letter_dot, &whole, &inner) &&
       !line.IsUpperAt(label_cp))) {
    size_t p = line.ByteOf(label_cp);
    char32_t letter = utf8::Next(line.text(), p);
    char32_t lower = letter < 0x80 ? (letter | 0x20) : (letter == U'Đ' ? U'đ' : letter);
    l.value.clear();
    utf8::Append(l.value, lower);
    l.numbers = {LetterRank(lower)};
    if (l.numbers[0] == 0) return std::nullopt;
    return finish(LabelStyle::kLetter);
  }
  if (RE2::PartialMatch(s, *labels_.letter_dot, &whole, &inner)) {
    l.value = ToUpperAscii(inner);
    l.numbers = {inner[0] - 'a' + 1};
    return finish(LabelStyle::kUpperLetter);
  }
  if (RE2::PartialMatch(s, *labels_.dash, &whole)) {
    return finish(LabelStyle::kDash);
  }
  if (RE2::PartialMatch(s, *labels_.plus, &whole)) {
    return finish(LabelStyle::kPlus);
  }
  return std::nullopt;
}

std::optional<Label> LineClassifier::JoinKeyword(const LineView& alone,
                                                 const Label& numeral) const {
  if (numeral.style != LabelStyle::kRoman &&
      numeral.style != LabelStyle::kArabic) {
    return std::nullopt;
  }
  std::string_view word = utf8::Trim(alone.skeleton());
  auto kw = keywords_.find(std::string(word));
  if (kw == keywords_.end() ||
      !alone.IsUpperAt(LeadingSpaces(alone.skeleton()))) {
    return std::nullopt;
  }
  Label l = numeral;
  l.style = LabelStyle::kKeyword;
  l.keyword = kw->second.spelling;
  l.keyword_is_section = kw->second.section;
  l.keyword_rank = kw->second.rank;
  l.value = l.keyword + " " + numeral.value;
  return l;
}

// A motto line, or several mottos run together on one line ("CỘNG HÒA XÃ
// HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc" where a web page lost
// the break between them).
bool LineClassifier::IsMottoLetters(std::string_view letters) const {
  if (letters.empty()) return false;
  while (!letters.empty()) {
    bool found = false;
    for (const auto& m : mottos_) {
      if (letters.substr(0, m.size()) == m) {
        letters.remove_prefix(m.size());
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

bool LineClassifier::IsAttachmentCue(const LineView& line) const {
  return RE2::PartialMatch(line.skeleton(), *header_.attachment_cue);
}

bool LineClassifier::IsMotto(const LineView& line) const {
  return IsMottoLetters(LettersOnly(line.skeleton()));
}

bool LineClassifier::IsMottoWrapped(const LineView& first,
                                    const LineView& second) const {
  std::string a = LettersOnly(first.skeleton()), b = LettersOnly(second.skeleton());
  // Both lines carry part of it: "2024" above a whole motto is not one.
  if (a.empty() || b.empty() || IsMottoLetters(a) || IsMottoLetters(b)) return false;
  return IsMottoLetters(a + b);
}

bool LineClassifier::IsBareBodyName(const LineView& line) const {
  std::string_view t = utf8::Trim(line.skeleton());
  return RE2::FullMatch(t, *header_.bare_body_name);
}

bool LineClassifier::ContinuesOrgLine(const LineView& above,
                                      const LineView& below) const {
  return RE2::PartialMatch(utf8::Trim(above.skeleton()), *header_.org_open_end) ||
         RE2::PartialMatch(utf8::Trim(below.skeleton()), *header_.org_joined_start);
}

bool LineClassifier::IsBareNumberLabel(const LineView& line) const {
  return RE2::FullMatch(utf8::Trim(line.skeleton()), *header_.bare_number_label);
}

bool LineClassifier::IsSeparator(const LineView& line) const {
  std::string_view t = utf8::Trim(line.skeleton());
  return !t.empty() && RE2::FullMatch(t, *header_.separator);
}

namespace {

// OCR loses the thin "/" or "-" between the sequence number and the codes
// ("1847UBND-KT"). The joint that is left says which form the number has:
// a state number joins its codes with "-" after "seq/", a Party number its
// issuer with "/" after "seq-".
void RestoreLostJoint(std::string* number) {
  size_t digits = 0;
  while (digits < number->size() && (*number)[digits] >= '0' && (*number)[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits == number->size()) return;
  const char next = (*number)[digits];
  if (next == '/' || next == '-' || next == '.') return;
  std::string_view rest = std::string_view(*number).substr(digits);
  if (rest.find('/') != std::string_view::npos) {
    number->insert(digits, 1, '-');
  } else if (rest.find('-') != std::string_view::npos) {
    number->insert(digits, 1, '/');
  }
}

}  // namespace

std::optional<std::string> LineClassifier::MatchNumber(
    const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  re2::StringPiece number;
  if (!RE2::FullMatch(s, *header_.number, &number)) return std::nullopt;
  std::string out;
  // The number as printed, without the spaces some typists put around / -.
  std::string_view original = line.Original(number);
  for (char ch : original) {
    if (ch != ' ') out.push_back(ch);
  }
  RestoreLostJoint(&out);
  return out;
}

std::optional<PlaceDate> LineClassifier::MatchPlaceDate(
    const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  re2::StringPiece place, day, month, year;
  if (!RE2::PartialMatch(s, *header_.place_date_numeric, &place, &day,
                         &month, &year) &&
      !RE2::PartialMatch(s, *header_.place_date, &place, &day, &month,
                         &year)) {
    return std::nullopt;
  }
  PlaceDate pd;
  if (!place.empty()) {
    pd.place = std::string(utf8::Trim(line.Original(place)));
    while (!pd.place.empty() && (pd.place.back() == ',')) pd.place.pop_back();
  }
  pd.day = std::atoi(std::string(day).c_str());
  pd.month = std::atoi(std::string(month).c_str());
  pd.year = std::atoi(std::string(year).c_str());
  return pd;
}

std::optional<std::string> LineClassifier::MatchAddressedTo(
    const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  re2::StringPiece rest;
  if (!RE2::FullMatch(s, *header_.addressed_to, &rest)) {
    return std::nullopt;
  }
  return std::string(utf8::Trim(line.Original(rest)));
}

std::optional<std::string> LineClassifier::MatchSubjectVv(
    const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  re2::StringPiece rest;
  if (!RE2::FullMatch(s, *header_.subject_vv, &rest)) return std::nullopt;
  return std::string(utf8::Trim(line.Original(rest)));
}

const DocumentType* LineClassifier::MatchTypeName(const LineView& line) const {
  if (line.code_points() > 60) return nullptr;
  std::string letters = LettersOnly(line.skeleton());
  for (const auto& t : types_) {
    if (letters == t.letters) return &t;
  }
  return nullptr;
}

std::optional<std::string> LineClassifier::MatchRecipientsList(
    const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  re2::StringPiece rest;
  if (!RE2::FullMatch(s, *closing_.recipients_list, &rest)) {
    return std::nullopt;
  }
  return std::string(utf8::Trim(line.Original(rest)));
}

bool LineClassifier::IsAuthority(const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  return line.code_points() < 80 && line.AllUpper() &&
         RE2::FullMatch(s, *closing_.authority);
}

bool LineClassifier::IsPosition(const LineView& line) const {
  std::string_view s = utf8::Trim(line.skeleton());
  return line.code_points() < 60 && line.AllUpper() &&
         StartsWithAny(s, positions_);
}

bool LineClassifier::IsSignedMarker(const LineView& line) const {
  return RE2::FullMatch(utf8::Trim(line.skeleton()),
                        *closing_.signed_marker);
}

bool LineClassifier::HasEndMark(const LineView& line) const {
  return RE2::PartialMatch(line.skeleton(), *closing_.end_mark);
}

bool LineClassifier::StartsWithClosingCue(const LineView& line) const {
  return StartsWithAny(utf8::Trim(line.skeleton()), closing_cues_);
}

bool LineClassifier::StartsWithHeadingWord(std::string_view skeleton) const {
  return StartsWithAny(utf8::Trim(skeleton), heading_words_);
}

bool LineClassifier::StartsWithAny(std::string_view s,
                                   const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes) {
    if (s.size() >= p.size() && s.compare(0, p.size(), p) == 0 &&
        (s.size() == p.size() || !(s[p.size()] >= 'a' && s[p.size()] <= 'z'))) {
      return true;
    }
  }
  return false;
}

std::string_view LineClassifier::TableColumnRole(std::string_view cell) const {
  auto it = table_columns_.find(std::string(cell));
  return it == table_columns_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace vbtask
