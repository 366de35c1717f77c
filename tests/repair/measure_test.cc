// Repair measured on damage it has not seen: generated noise on texts the
// language model was not trained on, and the damaged seeds against clean
// references typed from them (tests/repair/data/).
#include "pipeline/repair/measure.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

std::string Read(const std::string& relative) {
  auto bytes = ReadWholeFile(testing::SourcePath(relative));
  EXPECT_TRUE(bytes.ok()) << relative;
  return bytes.ok() ? *bytes : std::string();
}

RepairScore Evaluate(const std::string& noisy, const std::string& clean) {
  RepairedText r = RepairText(noisy, testing::Rules().repair, RepairMode::kSafe);
  return ScoreRepair(noisy, r.text, clean, r.repairs.size());
}

TEST(Noise, IsReproducibleAndNearTheRate) {
  std::string clean = Read("corpus/directives/03_cv_huyenuy_tuyenquan.txt");
  std::string a = AddOcrNoise(clean, 0.05, 7), b = AddOcrNoise(clean, 0.05, 7);
  EXPECT_EQ(a, b);
  RepairScore s = ScoreRepair(a, a, clean, 0);
  EXPECT_GT(s.errors_before, s.words / 50);
  EXPECT_LT(s.errors_before, s.words / 10);
}

TEST(Measure, CountsFixedAndDamagedWords) {
  RepairScore s = ScoreRepair("một hai ba bốn", "một hai ba bổn", "một hai ba bốn", 1);
  EXPECT_EQ(s.words, 4u);
  EXPECT_EQ(s.errors_before, 0u);
  EXPECT_EQ(s.errors_after, 1u);
  EXPECT_EQ(s.damaged, 1u);
  s = ScoreRepair("nư c ta", "nước ta", "nước ta", 1);
  EXPECT_EQ(s.errors_before, 2u);
  EXPECT_EQ(s.errors_after, 0u);
  EXPECT_EQ(s.fixed, 1u);
}

// Held-out texts (not in rules/repair/model.tsv's sources) with 5% noise.
TEST(Measure, RepairsMostGeneratedNoiseWithoutDamage) {
  std::string clean;
  for (const char* name : {"02_kh_ubnd_tinh_phongchongthientai", "03_cv_huyenuy_tuyenquan",
                           "08_cv_so_gtvt_antoangiaothong", "09_kh_phong_tnmt_moitruong",
                           "12_cv_ubnd_tinh_pccc_rung"}) {
    clean += Read(std::string("corpus/directives/") + name + ".txt");
  }
  for (uint32_t seed : {11u, 12u}) {
    RepairScore s = Evaluate(AddOcrNoise(clean, 0.05, seed), clean);
    EXPECT_LE(s.errors_after * 10, s.errors_before * 4) << FormatScore(s);
    EXPECT_LE(s.damaged * 1000, s.words * 1) << FormatScore(s);
  }
}

TEST(Measure, SeedsWithRealDamageImprove) {
  for (const char* seed : {"000_32a90cfdebc7aa5c", "004_4436f6535b7e41ea"}) {
    RepairScore s = Evaluate(Read(std::string("corpus/seeds/") + seed + ".txt"),
                             Read(std::string("tests/repair/data/") +
                                  std::string(seed).substr(0, 3) + "_clean.txt"));
    EXPECT_LE(s.errors_after * 10, s.errors_before * 2) << seed << "\n" << FormatScore(s);
    EXPECT_EQ(s.damaged, 0u) << seed << "\n" << FormatScore(s);
  }
}

}  // namespace
}  // namespace vbtask
