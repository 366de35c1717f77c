// Items of the body: labels to a tree of ids, kinds and own-text spans.
#include <algorithm>
#include <map>
#include <tuple>

#include "pipeline/base/utf8.h"
#include "pipeline/segment/segment_internal.h"

namespace vbtask::segment_internal {
namespace {

// A heading names what its children are about; longer text is a task.
constexpr size_t kMaxHeadingWords = 16;

struct Open {
  int item;  // index into items
  LabelStyle style;
  std::string keyword;
  int keyword_rank;
  std::vector<int> numbers;
};

bool SameRank(const Open& o, const Label& l) {
  if (o.style != l.style) return false;
  if (l.style == LabelStyle::kKeyword) return o.keyword == l.keyword;
  if (l.style == LabelStyle::kDotted) return o.numbers.size() == l.numbers.size();
  return true;
}

bool IsBulletStyle(LabelStyle s) {
  return s == LabelStyle::kDash || s == LabelStyle::kPlus;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char ch : s) {
    bool space = ch == ' ' || ch == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The numeral or letter of a label as printed: "S" of "S.", "ll" of "ll)";
// empty for keyword labels, whose printed form holds the keyword too.
std::string_view PrintedNumeral(const Label& l) {
  if (l.style == LabelStyle::kKeyword) return {};
  std::string_view p = l.printed;
  while (!p.empty() && std::string_view(" .,;:)-").find(p.back()) !=
                           std::string_view::npos) {
    p.remove_suffix(1);
  }
  return p;
}

class TreeBuilder {
 public:
  TreeBuilder(const LineClassifier& c, int attachment, std::vector<Item>* items,
              std::vector<Warning>* warnings)
      : classifier_(c), attachment_(attachment), items_(items),
        warnings_(warnings) {}

  // `next_number` is the number of the next label of the same style in the
  // body (0 when none): it tells a misread label from a real repeat.
  void Add(const Para& p, Label l, int next_number) {
    int parent = PlaceInStack(l);
    FollowSequence(parent, next_number, &l);
    Item item;
    item.label = l.printed;
    item.parent = parent;
    item.page = p.page;
    item.attachment = attachment_;
    item.begin = p.begin + p.view.ByteOf(l.text_start);
    item.end = p.end;
    if (parent >= 0) {
      item.path = (*items_)[parent].path;
    } else if (attachment_ > 0) {
      item.path = {"PL" + std::to_string(attachment_)};
    }
    item.path.push_back(PathPart(l, parent));
    item.id.clear();
    for (size_t k = 0; k < item.path.size(); ++k) {
      if (k) item.id += '.';
      item.id += item.path[k];
    }
    items_->push_back(std::move(item));
    stack_.push_back({static_cast<int>(items_->size()) - 1, l.style, l.keyword,
                      l.keyword_rank, l.numbers});
    styles_.push_back(l);
  }

  // An unlabelled paragraph continues the innermost open item.
  void Continue(const Para& p) {
    if (stack_.empty()) return;
    (*items_)[stack_.back().item].end = p.end;
  }

  const Label& LabelOf(size_t k) const { return styles_[k]; }

 private:
  // A label that repeats its predecessor at the same level, or that OCR
  // may have printed for the label the sequence expects ("II." where
  // "III." is due), takes the expected number, unless the next label of
  // its style is that number. The text keeps the label as printed; a
  // warning says the id was inferred.
  void FollowSequence(int parent, int next_number, Label* l) {
    if (IsBulletStyle(l->style) || l->style == LabelStyle::kDotted) return;
    auto key = std::make_tuple(parent, static_cast<int>(l->style), l->keyword);
    auto last = last_numbers_.find(key);
    if (last != last_numbers_.end()) {
      int expected = last->second + 1;
      int read = l->numbers[0];
      std::string meant = Spelled(*l, expected);
      bool misread = read == last->second ||
                     (read != expected && !meant.empty() &&
                      classifier_.MayReadAs(PrintedNumeral(*l), meant));
      if (misread && next_number != expected && !meant.empty()) {
        std::string before = l->value;
        l->numbers = {expected};
        l->value = l->style == LabelStyle::kKeyword ? l->keyword + " " + meant
                                                    : meant;
        warnings_->push_back(
            {WarningCode::kLabelInferred, "label \"" + l->printed + "\" read as " +
                                   before + " where the sequence expects " +
                                   l->value + "; the id follows the sequence"});
      }
    }
    last_numbers_[key] = l->numbers[0];
  }

  // How the label numbered `n` is written in the style of `l`: "III", "5",
  // "c"; empty when it cannot be.
  static std::string Spelled(const Label& l, int n) {
    switch (l.style) {
      case LabelStyle::kRoman: return RomanNumeral(n);
      case LabelStyle::kArabic: return std::to_string(n);
      case LabelStyle::kLetter: return LetterOfRank(n);
      case LabelStyle::kUpperLetter:
        return n >= 1 && n <= 26 ? std::string(1, static_cast<char>('A' + n - 1))
                                 : std::string();
      case LabelStyle::kKeyword: {
        bool roman = l.value.find_first_of("0123456789") == std::string::npos;
        return roman ? RomanNumeral(n) : std::to_string(n);
      }
      default: return {};
    }
  }


  // Pops the stack to where the label belongs; returns its parent item.
  int PlaceInStack(const Label& l) {
    // Only a bullet nests under a bullet.
    if (!IsBulletStyle(l.style)) {
      while (!stack_.empty() && IsBulletStyle(stack_.back().style)) {
        stack_.pop_back();
      }
    }
    if (l.style == LabelStyle::kDotted) {
      // "1.3." belongs under the item numbered 1 (or 1.x under 1.x.y).
      std::vector<int> prefix(l.numbers.begin(), l.numbers.end() - 1);
      for (size_t k = stack_.size(); k > 0; --k) {
        const Open& o = stack_[k - 1];
        if ((o.style == LabelStyle::kArabic || o.style == LabelStyle::kDotted) &&
            o.numbers == prefix) {
          stack_.resize(k);
          return o.item;
        }
      }
      // "2.1." without an open "2.": it belongs beside the numbered list.
      while (!stack_.empty() && (stack_.back().style == LabelStyle::kArabic ||
                                 stack_.back().style == LabelStyle::kDotted)) {
        stack_.pop_back();
      }
      return stack_.empty() ? -1 : stack_.back().item;
    }
    if (l.style == LabelStyle::kKeyword) {
      // A keyword closes the open items of its own level and of the lower
      // ones ("Chương II" closes "Chương I" and its "Điều 3"), whatever
      // labels opened between them.
      for (size_t k = 0; k < stack_.size(); ++k) {
        const Open& o = stack_[k];
        if (o.style == LabelStyle::kKeyword && o.keyword_rank >= l.keyword_rank) {
          stack_.resize(k);
          return stack_.empty() ? -1 : stack_.back().item;
        }
      }
    }
    for (size_t k = stack_.size(); k > 0; --k) {
      const Open& o = stack_[k - 1];
      if (!SameRank(o, l)) continue;
      // A list that starts again at 1 under a deeper item is a new level;
      // sections do not nest in their own kind ("I." again is a misread).
      bool section = l.style == LabelStyle::kRoman || l.keyword_is_section;
      bool restarts = !IsBulletStyle(l.style) && !section &&
                      l.numbers.size() == 1 && l.numbers[0] == 1 &&
                      !o.numbers.empty() && o.numbers[0] != 0 &&
                      k < stack_.size();
      if (restarts) break;
      stack_.resize(k - 1);
      return stack_.empty() ? -1 : stack_.back().item;
    }
    return stack_.empty() ? -1 : stack_.back().item;
  }

  std::string PathPart(const Label& l, int parent) {
    if (IsBulletStyle(l.style)) {
      // Bullets are numbered by position among their siblings; "•" and
      // "–" count as dashes because the label style, not the glyph, decides.
      int n = ++bullet_counts_[{parent, static_cast<int>(l.style)}];
      return (l.style == LabelStyle::kDash ? "-" : "+") + std::to_string(n);
    }
    if (l.style == LabelStyle::kDotted && parent >= 0) {
      const Open* p = nullptr;
      for (const Open& o : stack_) {
        if (o.item == parent) p = &o;
      }
      std::vector<int> prefix(l.numbers.begin(), l.numbers.end() - 1);
      bool numbered = p && (p->style == LabelStyle::kArabic ||
                            p->style == LabelStyle::kDotted);
      if (numbered && p->numbers == prefix) {
        return std::to_string(l.numbers.back());
      }
    }
    return l.value;
  }

  const LineClassifier& classifier_;
  int attachment_;
  std::vector<Item>* items_;
  std::vector<Warning>* warnings_;
  // (parent, style, keyword) → number of the last label at that level.
  std::map<std::tuple<int, int, std::string>, int> last_numbers_;
  std::vector<Open> stack_;
  std::vector<Label> styles_;
  std::map<std::pair<int, int>, int> bullet_counts_;  // (parent, style) → n
};

// "- Căn cứ …" lines before the first item are the legal basis of the
// preamble, not items.
bool IsLegalBasis(const Para& p) {
  std::string_view text = p.view.skeleton();
  text.remove_prefix(std::min(text.size(), p.label->text_start));
  return text.substr(0, 6) == "can cu";
}

// A heading is a title: one short line, without the closing punctuation of
// a sentence (an item ending in ":" introduces its children but is itself
// an instruction), or one of the heading names ("Mục đích, yêu cầu").
bool IsHeadingText(const LineClassifier& c, std::string_view text) {
  LineView v = c.View(utf8::Trim(text));
  if (v.code_points() == 0) return true;
  if (v.text().find('\n') != std::string_view::npos) return false;
  if (CountWords(v.text()) > kMaxHeadingWords) return false;
  return v.AllUpper() || c.StartsWithHeadingWord(v.skeleton()) ||
         !v.EndsWith(".;:");
}

// The number of the first label after labels[k] in the style of labels[k]
// (and its keyword), or 0.
int NextNumberOfStyle(const std::vector<Label>& labels, size_t k) {
  for (size_t j = k + 1; j < labels.size(); ++j) {
    if (labels[j].style == labels[k].style &&
        labels[j].keyword == labels[k].keyword && !labels[j].numbers.empty()) {
      return labels[j].numbers[0];
    }
  }
  return 0;
}

// Whether labels[k], numbered n, continues the labels of `style` around
// it: the nearest earlier one is n - 1, or n is 1 and the next one is 2.
// A Roman or keyword label ends the search, as it starts a new section.
bool ContinuesSequence(const std::vector<Label>& labels, size_t k,
                       LabelStyle style, int n) {
  auto section = [](const Label& l) {
    return l.style == LabelStyle::kRoman || l.style == LabelStyle::kKeyword;
  };
  bool section_style = style == LabelStyle::kRoman;
  for (size_t j = k; j > 0; --j) {
    const Label& l = labels[j - 1];
    if (l.style == style) {
      if (l.numbers[0] == n - 1) return true;
      break;
    }
    if (!section_style && section(l)) break;
  }
  if (n != 1) return false;
  for (size_t j = k + 1; j < labels.size(); ++j) {
    const Label& l = labels[j];
    if (l.style == style) return l.numbers[0] == 2;
    if (!section_style && section(l)) break;
  }
  return false;
}

// Drops the labels that only their neighbours' numbers can confirm ("2:")
// where the nearest label of their style before is not one less and the
// nearest after is not one more. A "1;" that opens the body or a section
// needs no neighbour: the "2." after it may be lost too.
void KeepDamagedLabelsInSequence(std::vector<size_t>* labelled,
                                 std::vector<Label>* labels) {
  size_t kept = 0;
  for (size_t k = 0; k < labels->size(); ++k) {
    const Label& l = (*labels)[k];
    bool keep = !l.needs_sequence;
    if (!keep) {
      int n = l.numbers[0];
      const bool opens_section =
          k == 0 || (*labels)[k - 1].style == LabelStyle::kRoman ||
          (*labels)[k - 1].style == LabelStyle::kKeyword;
      keep = ContinuesSequence(*labels, k, l.style, n) ||
             NextNumberOfStyle(*labels, k) == n + 1 || (n == 1 && opens_section);
    }
    if (keep) {
      (*labels)[kept] = (*labels)[k];
      (*labelled)[kept] = (*labelled)[k];
      ++kept;
    }
  }
  labels->resize(kept);
  labelled->resize(kept);
}

// A label OCR printed in the characters of another style: "S." or "I."
// for "5." or "1." in a numbered list, "8)" for "a)" before "b)". Taken in
// the other style when its number continues the labels of that style
// around it and the label as read does not continue its own.
void ReadLabelsInTheStyleAroundThem(const LineClassifier& c,
                                    std::vector<Label>* labels,
                                    std::vector<Warning>* warnings) {
  for (size_t k = 0; k < labels->size(); ++k) {
    Label& l = (*labels)[k];
    LabelStyle other;
    if (l.style == LabelStyle::kArabic) {
      other = LabelStyle::kLetter;
    } else if (l.style == LabelStyle::kRoman || l.style == LabelStyle::kLetter ||
               l.style == LabelStyle::kUpperLetter) {
      other = LabelStyle::kArabic;
    } else {
      continue;
    }
    std::string_view printed = PrintedNumeral(l);
    for (int n = 1; n < 100; ++n) {
      std::string meant = other == LabelStyle::kArabic ? std::to_string(n)
                                                       : LetterOfRank(n);
      if (meant.empty()) break;  // past the alphabet
      if (!c.MayReadAs(printed, meant)) continue;
      if (ContinuesSequence(*labels, k, other, n) &&
          !ContinuesSequence(*labels, k, l.style, l.numbers[0])) {
        warnings->push_back({WarningCode::kLabelInferred,
                             "label \"" + l.printed + "\" taken as " + meant +
                                 " from the labels around it"});
        l.style = other;
        l.value = meant;
        l.numbers = {n};
      }
      break;
    }
  }
}

// A numbered paragraph whose label OCR lost entirely: the one paragraph
// between "3." and "5." (after a finished sentence), or between a section
// heading and its "2.", starting with a capital, is item 4 (or 1). Its
// label is empty, as nothing was printed; a warning says so. So is the
// one paragraph between an opening that ends in ":" ("… yêu cầu:") and the
// body's first label when that is "2.".
void RecoverLostLabels(const std::vector<Para>& paras, size_t from,
                       std::vector<size_t>* labelled, std::vector<Label>* labels,
                       std::vector<Warning>* warnings) {
  auto recover = [&](size_t k, size_t lost, int n, const std::string& before) {
    const LineView& v = paras[lost].view;
    Label l;
    l.style = LabelStyle::kArabic;
    l.value = std::to_string(n);
    l.numbers = {n};
    while (l.text_start < v.code_points() && v.skeleton()[l.text_start] == ' ') {
      ++l.text_start;
    }
    warnings->push_back({WarningCode::kLabelInferred,
                         "the paragraph before label \"" + before +
                             "\" is taken as item " + l.value +
                             ", whose label OCR lost"});
    labels->insert(labels->begin() + k, std::move(l));
    labelled->insert(labelled->begin() + k, lost);
  };
  if (!labels->empty() && labels->front().style == LabelStyle::kArabic &&
      labels->front().numbers[0] == 2 && labelled->front() >= from + 2) {
    const size_t lost = labelled->front() - 1;
    const LineView& v = paras[lost].view;
    if (paras[lost - 1].view.EndsWith(":") && !paras[lost - 1].label &&
        v.HasLetters() && !v.StartsLower()) {
      recover(0, lost, 1, labels->front().printed);
    }
  }
  for (size_t k = 0; k + 1 < labels->size(); ++k) {
    const Label& a = (*labels)[k];
    const Label& b = (*labels)[k + 1];
    size_t lost = (*labelled)[k] + 1;
    if (b.style != LabelStyle::kArabic || (*labelled)[k + 1] != lost + 1) continue;
    int n = b.numbers[0] - 1;
    bool after_heading = n == 1 && (a.style == LabelStyle::kRoman ||
                                    a.keyword_is_section);
    bool in_gap = a.style == LabelStyle::kArabic && a.numbers[0] == n - 1 &&
                  paras[lost - 1].view.EndsWith(".;:");
    const LineView& v = paras[lost].view;
    if (!(after_heading || in_gap) || !v.HasLetters() || v.StartsLower()) continue;
    recover(k + 1, lost, n, b.printed);
  }
}

}  // namespace

size_t BuildItems(std::string_view text, const std::vector<Para>& paras,
                  size_t from, size_t to, const LineClassifier& c,
                  int attachment, std::vector<Item>* items,
                  std::vector<Warning>* warnings) {
  size_t first_item = items->size();
  std::vector<size_t> labelled;  // paragraphs that are items
  std::vector<Label> labels;
  for (size_t i = from; i < to; ++i) {
    const Para& p = paras[i];
    if (p.label && !(labelled.empty() && IsLegalBasis(p))) {
      labelled.push_back(i);
      labels.push_back(*p.label);
    }
  }
  KeepDamagedLabelsInSequence(&labelled, &labels);
  if (labelled.empty()) return to;
  ReadLabelsInTheStyleAroundThem(c, &labels, warnings);
  RecoverLostLabels(paras, from, &labelled, &labels, warnings);
  const size_t start = labelled.front();

  TreeBuilder tree(c, attachment, items, warnings);
  for (size_t i = start, k = 0; i < to; ++i) {
    if (k < labelled.size() && labelled[k] == i) {
      tree.Add(paras[i], labels[k], NextNumberOfStyle(labels, k));
      ++k;
    } else {
      tree.Continue(paras[i]);
    }
  }

  // Kinds: bullets; Roman and section keywords are headings; other items
  // are headings when they have children and a heading's short text.
  for (size_t k = first_item; k < items->size(); ++k) {
    Item& it = (*items)[k];
    const Label& l = tree.LabelOf(k - first_item);
    bool has_children = std::any_of(
        items->begin() + k + 1, items->end(),
        [&](const Item& o) { return o.parent == static_cast<int>(k); });
    if (IsBulletStyle(l.style)) {
      it.kind = ItemKind::kBullet;
    } else if (l.style == LabelStyle::kRoman ||
               l.style == LabelStyle::kUpperLetter ||
               (l.style == LabelStyle::kKeyword && l.keyword_is_section)) {
      it.kind = ItemKind::kSection;
    } else {
      bool heading = has_children &&
                     IsHeadingText(c, text.substr(it.begin, it.end - it.begin));
      it.kind = heading ? ItemKind::kSection : ItemKind::kTask;
    }
  }
  return start;
}

}  // namespace vbtask::segment_internal
