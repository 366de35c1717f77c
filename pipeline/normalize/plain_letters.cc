#include "pipeline/normalize/plain_letters.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vbtask {

std::string PlainLowercase(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.toLower();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) u = nfd->normalize(u, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(c == 0x0111 ? UChar32('d') : c);  // đ has no decomposition
  }
  std::string plain;
  out.toUTF8String(plain);
  return plain;
}

}  // namespace vbtask
