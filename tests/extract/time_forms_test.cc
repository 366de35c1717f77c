// Times that count from an event or come when needed, as real directives
// print them: "trong thời hạn 05 ngày làm việc", "kể từ ngày ban hành",
// "kiểm tra đột xuất".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model/names.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ProcessString;

struct TimeCase {
  const char* name;
  const char* sentence;
  const char* text;  // the time expression found
  const char* kind;
};

class TimeForms : public ::testing::TestWithParam<TimeCase> {};

TEST_P(TimeForms, TheItemCarriesTheTime) {
  const TimeCase& c = GetParam();
  auto d = ProcessString(
      "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 18/KH-UBND\n"
      "Phú Lộc, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\nVệ sinh môi trường\n1. " +
      std::string(c.sentence) + "\n2. Các thôn báo cáo kết quả.\n");
  ASSERT_FALSE(d.items.empty());
  std::vector<std::string> found;
  for (const TimeExpression& t : d.items[0].facts.time) {
    found.push_back(t.text);
    if (t.text == c.text) EXPECT_EQ(NameOf(t.kind), c.kind);
  }
  EXPECT_NE(std::find(found.begin(), found.end(), c.text), found.end()) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TimeForms,
    ::testing::Values(
        TimeCase{"TimeLimit",
                 "Các thôn gửi danh sách hộ dân trong thời hạn 05 ngày làm việc.",
                 "trong thời hạn 05 ngày làm việc", "deadline"},
        TimeCase{"FromIssue", "Quy định này áp dụng kể từ ngày ban hành.",
                 "kể từ ngày ban hành", "occasion"},
        TimeCase{"FromEntryIntoForce",
                 "Hồ sơ lập kể từ ngày Kế hoạch này có hiệu lực thi hành được lưu giữ.",
                 "kể từ ngày Kế hoạch này có hiệu lực thi hành", "occasion"},
        TimeCase{"WhenNeeded", "Tổ công tác kiểm tra định kỳ và đột xuất các điểm tập kết rác.",
                 "đột xuất", "occasion"}),
    [](const ::testing::TestParamInfo<TimeCase>& info) { return info.param.name; });

}  // namespace
}  // namespace vbtask
