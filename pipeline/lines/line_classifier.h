// The vocabulary of directive layouts, shared by the reconstruct and
// segment stages: what an item label looks like, which lines belong to the
// official header and to the closing. Everything it recognises is defined
// by data in rules/; this class only applies it to a LineView.
#ifndef VBTASK_LINES_LINE_CLASSIFIER_H_
#define VBTASK_LINES_LINE_CLASSIFIER_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/lines/line_view.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/ruleset/rule_file.h"

namespace vbtask {

enum class LabelStyle {
  kRoman,        // I.  II.
  kUpperLetter,  // A.  B.
  kArabic,       // 1.  2)
  kDotted,       // 1.1.  1.3.1.
  kLetter,       // a)  b.  đ)
  kDash,         // -
  kPlus,         // +
  kKeyword,      // Chương II, Điều 5, Mục 1, Phần I, Bước 1
  kOrdinal,      // Thứ nhất, …
};

struct Label {
  LabelStyle style;
  std::string printed;      // the label as printed: "II.", "a)", "Điều 5."
  std::string value;        // "II", "a", "1.3", "Điều 5", "Thứ 1"; "" for bullets
  std::string keyword;      // "Điều" for kKeyword, else empty
  std::vector<int> numbers; // numeric value(s): II → {2}, 1.3 → {1,3}, b → {2}
  bool keyword_is_section = false;
  // Where the keyword stands in the order of rules/items/keywords.tsv
  // (Phần before Chương before Điều): a smaller rank holds the larger ones.
  int keyword_rank = 0;
  size_t text_start = 0;    // code point where the item's own text starts
  // Damaged so that only the numbers of the labels around it can make it a
  // label ("2:" for "2."); the segment stage decides.
  bool needs_sequence = false;
};

struct DocumentType {
  std::string name;      // "Chỉ thị"
  std::string code;      // "CT"
  std::string system;    // party, state, both
  std::string letters;   // skeleton letters only: "chithi"
  std::string skeleton;  // "chi thi", folded once at load
  bool annex = false;    // attached to another document by its nature (Phụ lục)
};

struct PlaceDate {
  std::string place;  // may be empty
  int day = 0, month = 0, year = 0;  // 0 when left blank
};

class LineClassifier {
 public:
  static Result<LineClassifier> Load(const std::string& rules_dir);

  const TextFolder& folder() const { return folder_; }
  LineView View(std::string_view text) const { return LineView(text, folder_); }

  // Item labels. A label alone (no text after it) is not an item.
  std::optional<Label> MatchLabel(const LineView& line) const;
  // Whether OCR may have printed the label characters `printed` for
  // `meant` ("S" for "5", "ll" for "II"): the same length, each character
  // equal (ignoring case) or a confusion listed in items/label_confusions.tsv.
  bool MayReadAs(std::string_view printed, std::string_view meant) const;
  // A label whose keyword OCR put on the line before ("PHẦN" then
  // "II. NỘI DUNG"): the keyword label, when `alone` is only a keyword and
  // `numeral` a Roman or Arabic label.
  std::optional<Label> JoinKeyword(const LineView& alone,
                                   const Label& numeral) const;

  // Official header.
  bool IsMotto(const LineView& line) const;
  // "(Kèm theo Kế hoạch số …)": the line that attaches an annex.
  bool IsAttachmentCue(const LineView& line) const;
  bool IsAnnexType(const DocumentType& type) const { return type.annex; }
  // A motto wrapped over two lines ("ĐẢNG CỘNG SẢN" / "VIỆT NAM").
  bool IsMottoWrapped(const LineView& first, const LineView& second) const;
  bool IsSeparator(const LineView& line) const;
  // "ỦY BAN NHÂN DÂN" alone: the issuer's name goes on with its place on
  // the next line ("XÃ TÂN PHÚ").
  bool IsBareBodyName(const LineView& line) const;
  // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI": one name wrapped in a narrow
  // column, the line above ending or the line below starting with a joint.
  bool ContinuesOrgLine(const LineView& above, const LineView& below) const;
  // "Số" or "Số:" alone on its line, the number lost or on the next line.
  bool IsBareNumberLabel(const LineView& line) const;
  std::optional<std::string> MatchNumber(const LineView& line) const;
  std::optional<PlaceDate> MatchPlaceDate(const LineView& line) const;
  // "Kính gửi: X" → X (possibly empty) when the line is a Kính gửi line.
  std::optional<std::string> MatchAddressedTo(const LineView& line) const;
  std::optional<std::string> MatchSubjectVv(const LineView& line) const;
  // The whole line is a document type name ("KẾ HOẠCH", "CHỈ THỊ").
  const DocumentType* MatchTypeName(const LineView& line) const;
  const std::vector<DocumentType>& types() const { return types_; }
  // The type a "V/v" subject line implies, or null.
  const DocumentType* TypeImpliedBySubjectLine() const {
    return vv_type_ >= 0 ? &types_[vv_type_] : nullptr;
  }

  // Closing.
  std::optional<std::string> MatchRecipientsList(const LineView& line) const;
  // A signing-authority line: "T/M BAN THƯỜNG VỤ", "K/T CHỦ TỊCH".
  bool IsAuthority(const LineView& line) const;
  bool IsPosition(const LineView& line) const;
  bool IsSignedMarker(const LineView& line) const;
  bool HasEndMark(const LineView& line) const;
  bool StartsWithClosingCue(const LineView& line) const;
  bool StartsWithHeadingWord(std::string_view skeleton) const;

  // Task tables: the role of a column from its header cell's skeleton
  // ("co quan chu tri" → "lead"), or an empty string.
  std::string_view TableColumnRole(std::string_view cell_skeleton) const;

 private:
  static bool StartsWithAny(std::string_view s,
                            const std::vector<std::string>& prefixes);
  std::optional<Label> MatchKeywordLabel(const LineView& line) const;

  TextFolder folder_;
  std::unordered_map<std::string, std::string> table_columns_;
  // The pattern files, and handles to what the code reads of them.
  PatternSet label_set_, header_set_, closing_set_;
  struct {
    const re2::RE2* roman = nullptr;
    const re2::RE2* roman_bare = nullptr;
    const re2::RE2* arabic = nullptr;
    const re2::RE2* arabic_loose = nullptr;
    const re2::RE2* dotted = nullptr;
    const re2::RE2* letter = nullptr;
    const re2::RE2* letter_dot = nullptr;
    const re2::RE2* dash = nullptr;
    const re2::RE2* plus = nullptr;
    const re2::RE2* keyword = nullptr;
    const re2::RE2* keyword_glued = nullptr;
    const re2::RE2* ordinal = nullptr;
  } labels_;
  struct {
    const re2::RE2* number = nullptr;
    const re2::RE2* place_date = nullptr;
    const re2::RE2* place_date_numeric = nullptr;
    const re2::RE2* addressed_to = nullptr;
    const re2::RE2* subject_vv = nullptr;
    const re2::RE2* separator = nullptr;
    const re2::RE2* bare_body_name = nullptr;
    const re2::RE2* bare_number_label = nullptr;
    const re2::RE2* org_open_end = nullptr;
    const re2::RE2* org_joined_start = nullptr;
    const re2::RE2* annex_type = nullptr;
    const re2::RE2* attachment_cue = nullptr;
  } header_;
  struct {
    const re2::RE2* recipients_list = nullptr;
    const re2::RE2* authority = nullptr;
    const re2::RE2* signed_marker = nullptr;
    const re2::RE2* end_mark = nullptr;
  } closing_;
  struct Keyword {
    std::string spelling;  // "Chương"
    bool section = false;
    int rank = 0;
  };
  std::unordered_map<std::string, Keyword> keywords_;
  std::unordered_map<std::string, int> number_words_;
  std::set<std::pair<char, char>> label_confusions_;  // (printed, meant)
  std::vector<std::string> mottos_;
  std::vector<std::string> positions_;
  std::vector<std::string> closing_cues_;
  std::vector<std::string> heading_words_;
  bool IsMottoLetters(std::string_view letters) const;
  bool CitesAnotherPart(std::string_view after_label) const;
  std::vector<DocumentType> types_;
  int vv_type_ = -1;
};

// "XIV" → 14; 0 when not a Roman numeral.
int RomanValue(std::string_view upper_or_lower);
// 14 → "XIV" (1 ≤ value < 400).
std::string RomanNumeral(int value);
// 5 → "đ": the letter of lettered points at that rank (a b c d đ e g …),
// or "" past the end of the alphabet.
std::string LetterOfRank(int rank);

}  // namespace vbtask

#endif  // VBTASK_LINES_LINE_CLASSIFIER_H_
