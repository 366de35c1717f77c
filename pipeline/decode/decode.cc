#include "pipeline/decode/decode.h"

#include <cstdint>
#include <cstdio>

#include "pipeline/base/utf8.h"

namespace vbtask {
namespace {

Status Invalid(const SourceFile& src, size_t offset, const std::string& what) {
  return Status::InvalidInput(src.path + ": " + what + " at byte offset " +
                              std::to_string(offset));
}

// A text file has no NUL and hardly any C0 controls; anything else is most
// likely a binary file given by mistake, and decoding it would only produce
// garbage downstream.
Status CheckNotBinary(const SourceFile& src, std::string_view text,
                      size_t bom_len) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != '\v') {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      return Invalid(src, i + bom_len,
                     std::string("binary content (control byte ") + hex + ")");
    }
  }
  return Status::Ok();
}

Result<DecodedText> DecodeUtf16(const SourceFile& src, bool little_endian) {
  std::string_view b = src.bytes;
  if ((b.size() - 2) % 2 != 0) {
    return Invalid(src, b.size() - 1, "UTF-16 input with an odd byte count");
  }
  auto unit = [&](size_t i) -> uint16_t {
    auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return static_cast<uint16_t>(hi << 8 | lo);
  };
  DecodedText out;
  out.encoding = little_endian ? "UTF-16LE" : "UTF-16BE";
  out.text.reserve(b.size());
  for (size_t i = 2; i < b.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= b.size()) return Invalid(src, i, "unpaired UTF-16 surrogate");
      uint16_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        return Invalid(src, i, "unpaired UTF-16 surrogate");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return Invalid(src, i, "unpaired UTF-16 surrogate");
    }
    if (cp == 0) return Invalid(src, i, "binary content (NUL character)");
    utf8::Append(out.text, cp);
  }
  return out;
}

Status CheckHasText(const SourceFile& source, std::string_view text) {
  if (utf8::Trim(text).empty()) {
    return Status::InvalidInput(source.path + ": no text (only white space)");
  }
  return Status::Ok();
}

}  // namespace

Result<DecodedText> Decode(const SourceFile& source) {
  std::string_view b = source.bytes;
  if (b.empty()) return Status::InvalidInput(source.path + ": empty file");
  bool le = b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF &&
            static_cast<unsigned char>(b[1]) == 0xFE;
  bool be = b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFE &&
            static_cast<unsigned char>(b[1]) == 0xFF;
  if (le || be) {
    auto decoded = DecodeUtf16(source, le);
    if (!decoded.ok()) return decoded;
    if (Status s = CheckHasText(source, decoded->text); !s.ok()) return s;
    return decoded;
  }
  size_t bom = b.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view body = b.substr(bom);
  if (Status s = CheckNotBinary(source, body, bom); !s.ok()) return s;
  size_t bad = 0;
  if (!utf8::IsValid(body, &bad)) {
    return Invalid(source, bad + bom, "invalid UTF-8");
  }
  if (Status s = CheckHasText(source, body); !s.ok()) return s;
  return DecodedText{std::string(body), bom ? "UTF-8-BOM" : "UTF-8"};
}

}  // namespace vbtask
