#include "pipeline/extract/extract.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

std::vector<std::string> Texts(const std::vector<Agency>& a) {
  std::vector<std::string> out;
  for (const Agency& x : a) out.push_back(x.text);
  return out;
}

TEST(ExtractRoles, LeadAndCooperateOfSeed001) {
  auto d = ProcessFile(testing::SourcePath("corpus/seeds/001_30e07dfc586e8ac1.txt"),
                       testing::Rules());
  ASSERT_TRUE(d.ok());
  const auto& items = d->items;
  ASSERT_EQ(items.size(), 10u);
  EXPECT_EQ(Texts(items[8].facts.lead), std::vector<std::string>{"Ban Tuyên giáo Tỉnh ủy"});
  EXPECT_EQ(Texts(items[8].facts.cooperate),
            std::vector<std::string>{"các cơ quan thông tin đại chúng"});
  EXPECT_EQ(Texts(items[9].facts.lead), std::vector<std::string>{"Ban Dân vận Tỉnh ủy"});
  EXPECT_EQ(Texts(items[9].facts.cooperate),
            (std::vector<std::string>{"Văn phòng Tỉnh ủy", "các ban Tỉnh ủy"}));
}

TEST(ExtractRoles, SubjectOfTheItemLeadsIt) {
  auto d = testing::ProcessString(
      "1. HĐND, UBND thành phố chỉ đạo tổ chức thực hiện.\n"
      "2. Tăng cường phối hợp kiểm tra, đôn đốc.\n");
  EXPECT_EQ(Texts(d.items[0].facts.lead),
            (std::vector<std::string>{"HĐND", "UBND thành phố"}));
  EXPECT_TRUE(d.items[1].facts.cooperate.empty());  // no agency named
}

TEST(ExtractCitations, ListSharesDateAndIssuer) {
  auto d = testing::ProcessString(
      "1. Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày "
      "12/12/2013 của Bộ Chính trị; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của "
      "Thủ tướng Chính phủ về công tác dân vận.\n");
  const auto& c = d.citations;
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].number, "217-QĐ/TW");
  EXPECT_EQ(c[0].date, "2013-12-12");
  EXPECT_EQ(c[0].issuer, "Bộ Chính trị");
  EXPECT_EQ(c[2].number, "33/CT-TTg");
  EXPECT_EQ(c[2].type, "Chỉ thị");
  EXPECT_EQ(c[2].issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(d.items[0].facts.citations.size(), 3u);
}

TEST(ExtractTime, DeadlinesFrequenciesAndPeriods) {
  auto d = testing::ProcessString(
      "1. Báo cáo kết quả hằng năm, hoàn thành trước ngày 30/6/2024 cho giai "
      "đoạn 2021 - 2025.\n");
  const auto& t = d.items[0].facts.time;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].kind, TimeKind::kFrequency);
  EXPECT_EQ(t[0].value, "yearly");
  EXPECT_EQ(t[1].kind, TimeKind::kDeadline);
  EXPECT_EQ(t[1].value, "2024-06-30");
  EXPECT_EQ(t[2].kind, TimeKind::kPeriod);
  EXPECT_EQ(t[2].from_year, 2021);
  EXPECT_EQ(t[2].to_year, 2025);
}

TEST(ExtractTime, OccasionsOpenPeriodsAndFrequencyEndings) {
  auto d = testing::ProcessString(
      "1. Tổ chức biểu dương vào dịp kỷ niệm Ngày truyền thống (15/10), báo cáo "
      "định kỳ ít nhất một lần mỗi quý, trước ngày 10/12 và đến năm 2030; trực "
      "24/24 giờ khi có bão.\n");
  const auto& t = d.items[0].facts.time;
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].kind, TimeKind::kOccasion);
  EXPECT_EQ(t[0].text, "vào dịp kỷ niệm Ngày truyền thống (15/10)");
  EXPECT_EQ(t[0].value, "--10-15");
  EXPECT_EQ(t[1].value, "quarterly");
  EXPECT_EQ(t[2].kind, TimeKind::kDeadline);
  EXPECT_EQ(t[2].value, "--12-10");
  EXPECT_EQ(t[3].kind, TimeKind::kPeriod);
  EXPECT_EQ(t[3].from_year, 0);
  EXPECT_EQ(t[3].to_year, 2030);
  EXPECT_EQ(t[4].value, "continuous");
  EXPECT_EQ(t[5].kind, TimeKind::kOccasion);
  EXPECT_EQ(t[5].text, "khi có bão");
}

}  // namespace
}  // namespace vbtask
