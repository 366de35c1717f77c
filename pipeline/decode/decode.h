// Stage 1, decode: raw file bytes in, UTF-8 text out.
//
// Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Never replaces
// bad bytes silently: invalid input is an error naming the file and the byte
// offset of the problem.
#ifndef VBTASK_DECODE_DECODE_H_
#define VBTASK_DECODE_DECODE_H_

#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace vbtask {

struct SourceFile {
  std::string path;   // as given by the user; used in messages and output
  std::string bytes;  // the whole file
};

struct DecodedText {
  std::string text;      // valid UTF-8, BOM removed
  std::string encoding;  // "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE"
};

Result<DecodedText> Decode(const SourceFile& source);

}  // namespace vbtask

#endif  // VBTASK_DECODE_DECODE_H_
