// SHA-256 of a byte string, as lowercase hex: identifies a source file in
// the output so that archives can match JSON back to the exact bytes read.
#ifndef VBTASK_BASE_SHA256_H_
#define VBTASK_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace vbtask {

std::string Sha256Hex(std::string_view bytes);

}  // namespace vbtask

#endif  // VBTASK_BASE_SHA256_H_
