#include "pipeline/base/offset_map.h"

#include <algorithm>

namespace vbtask {

size_t OffsetMap::ToInput(size_t output_offset) const {
  if (anchors_.empty()) return output_offset;
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), output_offset,
      [](size_t v, const Anchor& a) { return v < a.out; });
  if (it == anchors_.begin()) return anchors_.front().in;
  const Anchor& a = *(it - 1);
  return a.copied ? a.in + (output_offset - a.out) : a.in;
}

void OffsetMap::AddAnchor(size_t out, size_t in, bool copied) {
  if (!anchors_.empty() && anchors_.back().out == out) {
    anchors_.back() = {out, in, copied};
    return;
  }
  anchors_.push_back({out, in, copied});
}

OffsetMap OffsetMap::Compose(const OffsetMap& outer, const OffsetMap& inner,
                             size_t outer_size) {
  if (outer.empty()) return inner;
  if (inner.empty()) return outer;
  OffsetMap result;
  for (size_t i = 0; i < outer.anchors_.size(); ++i) {
    const Anchor& a = outer.anchors_[i];
    size_t run_end = i + 1 < outer.anchors_.size() ? outer.anchors_[i + 1].out
                                                   : outer_size;
    if (!a.copied) {
      result.AddAnchor(a.out, inner.ToInput(a.in), false);
      continue;
    }
    // A copied run of outer may cross several anchors of inner: split it
    // at each of them so the composed map stays exact.
    size_t mid_begin = a.in;
    size_t mid_end = a.in + (run_end - a.out);
    result.AddAnchor(a.out, inner.ToInput(mid_begin), true);
    auto it = std::upper_bound(
        inner.anchors_.begin(), inner.anchors_.end(), mid_begin,
        [](size_t v, const Anchor& b) { return v < b.out; });
    bool inner_copied = it == inner.anchors_.begin() || (it - 1)->copied;
    if (!inner_copied) result.anchors_.back().copied = false;
    for (; it != inner.anchors_.end() && it->out < mid_end; ++it) {
      result.AddAnchor(a.out + (it->out - mid_begin), it->in, it->copied);
    }
  }
  return result;
}

void TextBuilder::Copy(size_t input_pos, size_t length) {
  if (length == 0) return;
  if (input_pos != next_copy_input_) {
    map_.AddAnchor(text_.size(), input_pos, true);
  }
  text_.append(input_.substr(input_pos, length));
  next_copy_input_ = input_pos + length;
}

void TextBuilder::Insert(std::string_view text, size_t input_pos) {
  if (text.empty()) return;
  map_.AddAnchor(text_.size(), input_pos, false);
  text_.append(text);
  next_copy_input_ = static_cast<size_t>(-1);
}

void TextBuilder::TrimTrailingSpaces() {
  while (!text_.empty() && text_.back() == ' ') text_.pop_back();
}

}  // namespace vbtask
