// Items of the body: labels to a tree of ids, kinds and own-text spans.
#include <algorithm>
#include <map>

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

class TreeBuilder {
 public:
  TreeBuilder(int attachment, std::vector<Item>* items)
      : attachment_(attachment), items_(items) {}

  void Add(const Para& p) {
    const Label& l = *p.label;
    int parent = PlaceInStack(l);
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
                      l.numbers});
    styles_.push_back(l);
  }

  // An unlabelled paragraph continues the innermost open item.
  void Continue(const Para& p) {
    if (stack_.empty()) return;
    (*items_)[stack_.back().item].end = p.end;
  }

  const Label& LabelOf(size_t k) const { return styles_[k]; }

 private:
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
    for (size_t k = stack_.size(); k > 0; --k) {
      const Open& o = stack_[k - 1];
      if (!SameRank(o, l)) continue;
      // A list that starts again at 1 under a deeper item is a new level.
      bool restarts = !IsBulletStyle(l.style) && l.numbers.size() == 1 &&
                      l.numbers[0] == 1 && !o.numbers.empty() &&
                      o.numbers[0] != 0 && k < stack_.size();
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

  int attachment_;
  std::vector<Item>* items_;
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

}  // namespace

size_t BuildItems(std::string_view text, const std::vector<Para>& paras,
                  size_t from, size_t to, const LineClassifier& c,
                  int attachment, std::vector<Item>* items) {
  size_t first_item = items->size();
  TreeBuilder tree(attachment, items);
  size_t start = to;
  for (size_t i = from; i < to; ++i) {
    const Para& p = paras[i];
    bool is_item = p.label && !(start == to && IsLegalBasis(p));
    if (is_item) {
      if (start == to) start = i;
      tree.Add(p);
    } else if (start != to) {
      tree.Continue(p);
    }
  }
  if (start == to) return to;

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
