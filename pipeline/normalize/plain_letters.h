// Text folded to plain lowercase letters: no tone or vowel marks, "đ" as
// "d" ("Đảng ỦY" → "dang uy"). Unlike the skeleton of fold.h it needs no
// rules, so that code without the rules (the store's search column, a type
// name compared with a line) can fold alike.
#ifndef VBTASK_NORMALIZE_PLAIN_LETTERS_H_
#define VBTASK_NORMALIZE_PLAIN_LETTERS_H_

#include <string>
#include <string_view>

namespace vbtask {

std::string PlainLowercase(std::string_view text);

}  // namespace vbtask

#endif  // VBTASK_NORMALIZE_PLAIN_LETTERS_H_
