// OffsetMap: where each byte of a stage's output text came from in that
// stage's input. Stages that rewrite text (normalize, reconstruct) build
// their output through a TextBuilder so that every span can be traced back
// to the decoded source, which is what makes repairs reviewable.
#ifndef VBTASK_BASE_OFFSET_MAP_H_
#define VBTASK_BASE_OFFSET_MAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vbtask {

class OffsetMap {
 public:
  // Output offset -> input offset. Within a copied run offsets advance
  // together; inserted text maps to the input position it stands for.
  size_t ToInput(size_t output_offset) const;

  // Records that output position `out` corresponds to input `in`, and that
  // following bytes are copied (copied=true) or synthetic (copied=false).
  void AddAnchor(size_t out, size_t in, bool copied);
  bool empty() const { return anchors_.empty(); }

  // The map of applying `inner` (mid -> in) after `outer` (out -> mid);
  // `outer_size` is the length of outer's output text.
  static OffsetMap Compose(const OffsetMap& outer, const OffsetMap& inner,
                           size_t outer_size);

 private:
  struct Anchor {
    size_t out;
    size_t in;
    bool copied;
  };
  std::vector<Anchor> anchors_;  // sorted by `out`
};

// Appends pieces of an input text to an output text, keeping the map.
class TextBuilder {
 public:
  explicit TextBuilder(std::string_view input) : input_(input) {}

  void Copy(size_t input_pos, size_t length);
  // Text that is not a verbatim copy (a replacement, a joining space); it
  // maps to `input_pos`.
  void Insert(std::string_view text, size_t input_pos);
  void Reserve(size_t n) { text_.reserve(n); }

  const std::string& text() const { return text_; }
  size_t size() const { return text_.size(); }
  // Drops trailing ASCII spaces from the output.
  void TrimTrailingSpaces();

  std::string TakeText() { return std::move(text_); }
  OffsetMap TakeMap() { return std::move(map_); }

 private:
  std::string_view input_;
  std::string text_;
  OffsetMap map_;
  size_t next_copy_input_ = static_cast<size_t>(-1);  // contiguous copy end
};

// Maps through several stages, last stage first.
class OffsetChain {
 public:
  void Push(const OffsetMap* map) { maps_.push_back(map); }
  size_t ToSource(size_t offset) const {
    for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) {
      offset = (*it)->ToInput(offset);
    }
    return offset;
  }

 private:
  std::vector<const OffsetMap*> maps_;
};

}  // namespace vbtask

#endif  // VBTASK_BASE_OFFSET_MAP_H_
