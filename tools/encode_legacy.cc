// Writes UTF-8 text in a legacy Vietnamese encoding, for building test
// corpora: the inverse of what `vbtask extract` decodes.
// Usage: vbtask_encode NAME < in.txt > out.txt
//   NAME: a legacy encoding (TCVN3, VNI-Windows, VISCII, Windows-1258) or
//   "UTF-8+TCVN3-mojibake" (TCVN3 bytes misread as Windows-1252, as UTF-8).
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "pipeline/decode/decode.h"
#include "pipeline/driver/pipeline.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: vbtask_encode NAME < in.txt > out.txt\n");
    return 2;
  }
  auto rules = vbtask::DecodeRules::Load(vbtask::DefaultRulesDir());
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 2;
  }
  std::string text{std::istreambuf_iterator<char>(std::cin),
                   std::istreambuf_iterator<char>()};
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a UTF-8 BOM
  auto bytes = vbtask::EncodeLegacy(text, argv[1], *rules);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.status().message().c_str());
    return 1;
  }
  std::cout << *bytes;
  return 0;
}
