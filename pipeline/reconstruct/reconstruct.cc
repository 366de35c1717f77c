#include "pipeline/reconstruct/reconstruct.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "pipeline/base/utf8.h"
#include "pipeline/reconstruct/layout_lines.h"

namespace vbtask {
namespace {

// Lines longer than this are whole paragraphs (text not hard-wrapped).
constexpr size_t kWrappedWidthLimit = 130;
// A wrapped line at least this share of the usual width ran to the margin.
constexpr double kFullLineShare = 0.7;
// A line this many spaces right of the indented line below it is centred
// (a title), not a body line wrapping into it.
constexpr int kCentredIndent = 4;

struct Line {
  LayoutLine pos;
  LineView view;
  std::optional<Label> label;
  bool structural = false;
  bool subject = false;   // a "V/v …" line: its wrap may follow
  bool dropped = false;   // page furniture
  bool footnote = false;  // part of a footnote block
  std::string footnote_marker;  // on the first line of a footnote block
};

std::string SuperscriptDigits(std::string_view digits) {
  static constexpr const char* kSuper[] = {"⁰", "¹", "²", "³", "⁴",
                                           "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char d : digits) out += kSuper[d - '0'];
  return out;
}

std::string SuperscriptValue(std::string_view original) {
  static const std::u32string kSuper = U"⁰¹²³⁴⁵⁶⁷⁸⁹";
  std::string out;
  for (size_t p = 0; p < original.size();) {
    char32_t cp = utf8::Next(original, p);
    size_t d = kSuper.find(cp);
    if (d != std::u32string::npos) out.push_back(static_cast<char>('0' + d));
  }
  return out;
}

class Reconstructor {
 public:
  Reconstructor(const std::string& text, const LineClassifier& c,
                const ReconstructRules& r)
      : text_(text), classifier_(c), rules_(r) {}

  ReconstructedText Run() {
    for (const LayoutLine& l : ReadingOrderLines(text_)) {
      Line line;
      line.pos = l;
      if (!l.blank && !l.page_break) {
        line.view = classifier_.View(
            std::string_view(text_).substr(l.begin, l.end - l.begin));
        Classify(line);
      }
      lines_.push_back(std::move(line));
    }
    MeasureWidth();
    FindFootnotes();
    Join();
    out_.pages = lines_.empty() ? 1 : lines_.back().pos.page;
    return std::move(out_);
  }

 private:
  void Classify(Line& line) {
    const LineView& v = line.view;
    const auto& p = rules_.patterns;
    if (RE2::FullMatch(v.skeleton(), *p.page_number)) {
      line.dropped = true;
      return;
    }
    line.label = classifier_.MatchLabel(v);
    if (v.code_points() > 120) return;
    line.subject = classifier_.MatchSubjectVv(v).has_value();
    line.structural =
        line.subject || classifier_.MatchTypeName(v) != nullptr ||
        classifier_.IsMotto(v) || classifier_.IsSeparator(v) ||
        classifier_.MatchNumber(v) || classifier_.MatchPlaceDate(v) ||
        classifier_.MatchAddressedTo(v) ||
        classifier_.MatchRecipientsList(v) || classifier_.IsAuthority(v) ||
        classifier_.IsPosition(v) || classifier_.IsSignedMarker(v);
  }

  void MeasureWidth() {
    std::vector<size_t> widths;
    for (const Line& l : lines_) {
      if (!l.view.text().empty() && l.view.code_points() >= 20) {
        widths.push_back(l.view.code_points() + l.pos.indent);
      }
    }
    if (widths.empty()) return;
    std::sort(widths.begin(), widths.end());
    width_ = widths[widths.size() * 9 / 10];
    wrapped_ = width_ <= kWrappedWidthLimit;
  }

  bool Full(const Line& l) const {
    return l.view.code_points() + l.pos.indent >= kFullLineShare * width_;
  }

  void FindFootnotes() {
    const auto& p = rules_.patterns;
    // Plain-number footnotes need a matching marker glued to a body word.
    std::set<std::string> glued;
    for (const Line& l : lines_) {
      re2::StringPiece sk(l.view.skeleton());
      re2::StringPiece digits;
      while (RE2::FindAndConsume(&sk, *p.glued_marker, &digits)) {
        glued.insert(std::string(digits));
      }
    }
    for (size_t i = 0; i < lines_.size(); ++i) {
      Line& l = lines_[i];
      if (l.view.text().empty() || l.dropped) continue;
      re2::StringPiece marker;
      std::string value;
      if (RE2::PartialMatch(l.view.skeleton(), *p.footnote_superscript,
                            &marker)) {
        value = SuperscriptValue(l.view.Original(marker));
      } else if (RE2::PartialMatch(l.view.skeleton(), *p.footnote_plain,
                                   &marker) &&
                 glued.count(std::string(marker)) && NearPageFoot(i)) {
        value = std::string(marker);
        glued_markers_.insert(value);
      } else {
        continue;
      }
      l.footnote = true;
      l.footnote_marker = value;
      for (size_t j = i + 1; j < lines_.size(); ++j) {
        Line& n = lines_[j];
        if (n.pos.blank || n.pos.page_break || n.dropped) break;
        if (RE2::PartialMatch(n.view.skeleton(), *p.footnote_superscript))
          break;
        n.footnote = true;
        i = j;
      }
    }
  }

  // Within the last lines before a page break or the end of the text.
  bool NearPageFoot(size_t i) const {
    int text_lines = 0;
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].pos.page_break) return true;
      if (!lines_[j].view.text().empty() && !lines_[j].dropped) {
        if (++text_lines > 6) return false;
      }
    }
    return true;
  }

  enum class Joint { kBreak, kSpace, kNone };

  Joint Decide(const Line& prev, const Line& next) const {
    // A table row (cells separated by TABs) is a paragraph of its own.
    if (prev.view.text().find('\t') != std::string_view::npos ||
        next.view.text().find('\t') != std::string_view::npos) {
      return Joint::kBreak;
    }
    const auto& p = rules_.patterns;
    if (RE2::PartialMatch(prev.view.skeleton(), *p.number_tail) &&
        RE2::PartialMatch(next.view.skeleton(), *p.number_head)) {
      return Joint::kNone;
    }
    bool next_lower = next.view.StartsLower();
    bool prev_terminal = prev.view.EndsWith(".!?:;");
    if (next.label) {
      // "- xã hội" after a wrap is the middle of "kinh tế - xã hội".
      bool dash_wrap = next.label->style == LabelStyle::kDash && next_lower &&
                       !prev_terminal && !in_closing_ && body_started_;
      // "Na Lốc" / "1, Na Lốc 2": a number with a comma or colon after a
      // full line that ends mid-sentence is the wrap, not an OCR'd label.
      bool loose_wrap = next.label->needs_sequence && !prev_terminal &&
                        wrapped_ && Full(prev) && body_started_;
      if (!dash_wrap && !loose_wrap) return Joint::kBreak;
    }
    if (next.structural) return Joint::kBreak;
    if (prev.structural) {
      return prev.subject && next_lower ? Joint::kSpace : Joint::kBreak;
    }
    if (!next_lower && next.pos.indent > 0 &&
        prev.pos.indent >= next.pos.indent + kCentredIndent) {
      return Joint::kBreak;
    }
    // In the header, and on the line that starts the body (which may still
    // be the title's wrap: "KẾT LUẬN CỦA BAN THƯỜNG VỤ" / "về kết quả …"),
    // only a line in lower case goes on with the one above.
    if (!body_started_ || in_closing_ || &next == first_body_line_) {
      return next_lower ? Joint::kSpace : Joint::kBreak;
    }
    if (prev.view.AllUpper()) {
      bool heading_wrap = next.view.AllUpper() && prev.label &&
                          prev.label->style != LabelStyle::kDash &&
                          !prev.view.EndsWith(".:;!?");
      return heading_wrap ? Joint::kSpace : Joint::kBreak;
    }
    if (next_lower) return Joint::kSpace;
    if (prev.view.EndsWith(".!?:")) return Joint::kBreak;
    if (!wrapped_) return Joint::kBreak;
    return Full(prev) ? Joint::kSpace : Joint::kBreak;
  }

  bool StartsBody(const Line& l) const {
    if (l.structural) return false;
    if (l.label && l.label->style != LabelStyle::kDash &&
        l.label->style != LabelStyle::kPlus) {
      return true;
    }
    bool long_line = wrapped_ ? Full(l) : l.view.code_points() >= 100;
    return long_line && !l.view.AllUpper();
  }

  void Join() {
    TextBuilder b(text_);
    b.Reserve(text_.size());
    const Line* prev = nullptr;
    for (Line& l : lines_) {
      if (l.pos.blank || l.pos.page_break || l.dropped) continue;
      if (l.footnote) {
        AddFootnoteLine(l);
        continue;
      }
      if (!body_started_ && StartsBody(l)) {
        body_started_ = true;
        first_body_line_ = &l;
      }
      if (body_started_ && classifier_.MatchRecipientsList(l.view)) {
        in_closing_ = true;
      }
      Joint joint = prev ? Decide(*prev, l) : Joint::kBreak;
      if (joint == Joint::kBreak) {
        if (prev) {
          out_.paragraphs.back().end = b.size();
          b.Insert("\n", l.pos.begin);
        }
        out_.paragraphs.push_back({b.size(), b.size(), l.pos.page});
      } else if (joint == Joint::kSpace) {
        b.Insert(" ", l.pos.begin);
      }
      CopyLine(l, b);
      prev = &l;
    }
    if (!out_.paragraphs.empty()) out_.paragraphs.back().end = b.size();
    out_.text = b.TakeText();
    out_.to_normalized = b.TakeMap();
  }

  // Copies a body line, turning glued footnote markers into superscripts.
  void CopyLine(const Line& l, TextBuilder& b) {
    if (glued_markers_.empty()) {
      b.Copy(l.pos.begin, l.pos.end - l.pos.begin);
      return;
    }
    re2::StringPiece sk(l.view.skeleton()), digits;
    size_t done = 0;  // bytes of the line already copied
    while (RE2::FindAndConsume(&sk, *rules_.patterns.glued_marker,
                               &digits)) {
      if (!glued_markers_.count(std::string(digits))) continue;
      size_t at = l.view.ByteOf(digits.data());
      b.Copy(l.pos.begin + done, at - done);
      b.Insert(SuperscriptDigits(digits), l.pos.begin + at);
      done = at + digits.size();
    }
    b.Copy(l.pos.begin + done, l.pos.end - l.pos.begin - done);
  }

  void AddFootnoteLine(const Line& l) {
    std::string_view t = l.view.text();
    if (!l.footnote_marker.empty()) {
      // Drop the marker itself: digits or superscripts, then spaces.
      size_t skip = 0;
      while (skip < t.size() && t[skip] != ' ') ++skip;
      out_.footnotes.push_back(
          {l.footnote_marker, std::string(utf8::Trim(t.substr(skip))),
           l.pos.page});
      return;
    }
    if (out_.footnotes.empty()) return;
    out_.footnotes.back().text += " ";
    out_.footnotes.back().text += utf8::Trim(t);
  }

  const std::string& text_;
  const LineClassifier& classifier_;
  const ReconstructRules& rules_;
  std::vector<Line> lines_;
  std::set<std::string> glued_markers_;
  size_t width_ = 80;
  bool wrapped_ = true;
  bool body_started_ = false;
  const Line* first_body_line_ = nullptr;
  bool in_closing_ = false;
  ReconstructedText out_;
};

}  // namespace

Result<ReconstructRules> ReconstructRules::Load(const std::string& dir) {
  ReconstructRules r;
  auto p = PatternSet::Load(dir, "reconstruct/patterns.tsv", {{"page_number", &r.patterns.page_number}, {"footnote_superscript", &r.patterns.footnote_superscript}, {"footnote_plain", &r.patterns.footnote_plain}, {"glued_marker", &r.patterns.glued_marker}, {"number_tail", &r.patterns.number_tail}, {"number_head", &r.patterns.number_head}});
  if (!p.ok()) return p.status();
  r.pattern_set = std::move(p.value());
  return r;
}

ReconstructedText Reconstruct(const std::string& normalized,
                              const LineClassifier& classifier,
                              const ReconstructRules& rules) {
  return Reconstructor(normalized, classifier, rules).Run();
}

}  // namespace vbtask
