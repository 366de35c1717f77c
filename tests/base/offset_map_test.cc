#include "pipeline/base/offset_map.h"

#include <gtest/gtest.h>

#include "pipeline/base/sha256.h"

namespace vbtask {
namespace {

TEST(OffsetMap, CopiesAndInsertionsMapBack) {
  std::string input = "ab**cd";
  TextBuilder b(input);
  b.Copy(0, 2);
  b.Copy(4, 2);  // "**" dropped
  b.Insert("!", 6);
  EXPECT_EQ(b.text(), "abcd!");
  OffsetMap m = b.TakeMap();
  EXPECT_EQ(m.ToInput(0), 0u);
  EXPECT_EQ(m.ToInput(1), 1u);
  EXPECT_EQ(m.ToInput(2), 4u);
  EXPECT_EQ(m.ToInput(3), 5u);
  EXPECT_EQ(m.ToInput(4), 6u);
}

TEST(OffsetMap, ComposesTwoStages) {
  std::string a = "xxHELLO";
  TextBuilder first(a);  // drops "xx"
  first.Copy(2, 5);
  std::string mid = first.text();
  OffsetMap inner = first.TakeMap();
  TextBuilder second(mid);  // "HEL" + "-" + "LO"
  second.Copy(0, 3);
  second.Insert("-", 3);
  second.Copy(3, 2);
  OffsetMap outer = second.TakeMap();
  OffsetMap both = OffsetMap::Compose(outer, inner, second.size());
  EXPECT_EQ(both.ToInput(0), 2u);
  EXPECT_EQ(both.ToInput(2), 4u);
  EXPECT_EQ(both.ToInput(4), 5u);
  EXPECT_EQ(both.ToInput(5), 6u);
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

}  // namespace
}  // namespace vbtask
