// Small UTF-8 helpers shared by every stage. They never allocate per
// character: callers iterate in place over std::string_view.
#ifndef VBTASK_BASE_UTF8_H_
#define VBTASK_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vbtask::utf8 {

// Checks that `s` is well-formed UTF-8 (no overlongs, no surrogates).
// On failure stores the offset of the first bad byte in *bad_offset.
bool IsValid(std::string_view s, size_t* bad_offset);

// Decodes the code point starting at s[pos] and advances pos past it.
// `s` must be valid UTF-8.
char32_t Next(std::string_view s, size_t& pos);

// Decodes the code point that ends just before s[pos] and moves pos back to
// its first byte. pos must be > 0.
char32_t Prev(std::string_view s, size_t& pos);

void Append(std::string& out, char32_t cp);

size_t CountCodePoints(std::string_view s);

// Whole-string conversions, for code that works on code points (syllable
// analysis); `s` must be valid UTF-8.
std::u32string ToU32(std::string_view s);
std::string FromU32(std::u32string_view s);

// Converts increasing byte offsets into code point offsets in one pass.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  // `byte_offset` must not be smaller than in the previous call.
  size_t ToCodePoints(size_t byte_offset);

 private:
  std::string_view text_;
  size_t byte_ = 0;
  size_t code_points_ = 0;
};

// Removes ASCII and Unicode spaces from both ends.
std::string_view Trim(std::string_view s);

bool IsSpace(char32_t cp);

}  // namespace vbtask::utf8

#endif  // VBTASK_BASE_UTF8_H_
