// Leads named by a heading over the points under it: "Trách nhiệm của Sở
// Y tế", "Đề nghị UBND các xã:", "Giao Sở Xây dựng" on a line of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ProcessString;

struct LeadCase {
  const char* name;
  const char* body;    // the numbered part of a plan
  const char* item;    // the id of the item to look at
  std::vector<std::string> lead;
};

class LeadHeadings : public ::testing::TestWithParam<LeadCase> {};

std::vector<std::string> LeadTexts(const Document& d, const std::string& id) {
  for (const Item& it : d.items) {
    if (it.id != id) continue;
    std::vector<std::string> out;
    for (const Agency& a : it.facts.lead) out.push_back(a.text);
    return out;
  }
  ADD_FAILURE() << "no item " << id;
  return {};
}

TEST_P(LeadHeadings, PointsTakeTheLeadTheirHeadingNames) {
  const LeadCase& c = GetParam();
  auto d = ProcessString(
      "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\n"
      "Bến Tre, ngày 9 tháng 9 năm 2025\nKẾ HOẠCH\nPhòng chống sốt xuất huyết\n" +
      std::string(c.body));
  EXPECT_EQ(LeadTexts(d, c.item), c.lead);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LeadHeadings,
    ::testing::Values(
        LeadCase{"ResponsibilityOf",
                 "1. Trách nhiệm của Sở Y tế\na) Tổ chức giám sát ca bệnh.\n"
                 "b) Bảo đảm thuốc và vật tư.\n2. Kinh phí thực hiện.\n",
                 "1.b", {"Sở Y tế"}},
        LeadCase{"ResponsibilityOfWrapped",
                 "1. Trách nhiệm của Sở Nông nghiệp và\nMôi trường\n"
                 "a) Hướng dẫn xử lý môi trường sau lũ.\n2. Kinh phí thực hiện.\n",
                 "1.a", {"Sở Nông nghiệp và Môi trường"}},
        LeadCase{"RequestTo",
                 "1. Đề nghị Ủy ban nhân dân các xã\n- Rà soát hộ dân vùng trũng.\n"
                 "- Báo cáo kết quả hằng tuần.\n2. Kinh phí thực hiện.\n",
                 "1.-2", {"Ủy ban nhân dân các xã"}},
        LeadCase{"HeadsAnsweringForExecution",
                 "1. Kinh phí thực hiện.\n2. Tổ chức thực hiện\n"
                 "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Thủ trưởng các sở, ban, "
                 "ngành cấp tỉnh và Chủ tịch UBND các huyện chịu trách nhiệm thi hành "
                 "Kế hoạch này.\n",
                 "2",
                 {"Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Y tế",
                  "Thủ trưởng các sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các huyện"}},
        LeadCase{"AssignedOnALineOfItsOwn",
                 "1. Giao Sở Xây dựng\nChủ trì, phối hợp với Công an tỉnh kiểm tra "
                 "các công trình.\n2. Kinh phí thực hiện.\n",
                 "1", {"Sở Xây dựng"}}),
    [](const ::testing::TestParamInfo<LeadCase>& info) { return info.param.name; });

}  // namespace
}  // namespace vbtask
