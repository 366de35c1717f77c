// Headers as real archives hold them: a web page's chrome around the
// document, lines broken where a web page or a narrow column broke them.
#include <gtest/gtest.h>

#include "pipeline/segment/segment.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ItemIds;
using testing::ProcessString;

// A site's banner and metadata table, as an HTML-to-markdown dump leaves
// them above the document ("|" lines are the table's cell borders).
const char kChromeAbove[] =
    "|\n|\nTrang thông tin văn bản của Cổng pháp luật điện tử.\n"
    "Đăng nhập để tải văn bản gốc và theo dõi hiệu lực.\n|\n"
    "Số hiệu:\n|\n215/SNV-TCBC\n|\nLoại văn bản:\n|\nCông văn\n|\n"
    "Tình trạng:\n|\nCòn hiệu lực\n|\n|\n";

// A login notice and a list of related documents below it.
const char kChromeBelow[] =
    "|\nCông văn 215/SNV-TCBC năm 2025 về rà soát biên chế\n"
    "Văn bản liên quan\nBan hành:\n12/03/2025\nHiệu lực: Còn hiệu lực\n"
    "THÔNG BÁO\nTài khoản của bạn đã đăng nhập trên thiết bị khác.\n"
    "- Vui lòng đăng nhập lại để tiếp tục.\n- Liên hệ tổng đài nếu cần hỗ trợ.\n";

const char kDocument[] =
    "UBND TỈNH BÌNH ĐỊNH\nSỞ NỘI VỤ\n-------\n|\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
    "Số:\n215/SNV-TCBC\nV/v rà soát biên chế năm 2025\n|\n"
    "Quy\nNhơn, ngày 12 tháng 3 năm 2025\n|\n"
    "Kính gửi: Các phòng chuyên môn thuộc Sở.\n"
    "Sở Nội vụ đề nghị các phòng thực hiện các nội dung sau:\n"
    "1. Rà soát số lượng người làm việc của từng phòng.\n"
    "2. Báo cáo kết quả về Văn phòng Sở trước ngày 30/3/2025.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n|\n"
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Minh Quang\n";

TEST(HeaderFrame, WebPageChromeNeitherHidesTheHeaderNorBecomesItems) {
  auto d = ProcessString(std::string(kChromeAbove) + kDocument + kChromeBelow);
  EXPECT_EQ(d.header.number, "215/SNV-TCBC");
  EXPECT_EQ(d.header.date, "2025-03-12");
  EXPECT_EQ(d.header.place, "Quy Nhơn");
  EXPECT_EQ(d.header.issuer, "SỞ NỘI VỤ");
  EXPECT_EQ(d.header.parent_org, "UBND TỈNH BÌNH ĐỊNH");
  EXPECT_EQ(d.header.subject, "rà soát biên chế năm 2025");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2"}));
  EXPECT_TRUE(d.attachment_types.empty());
  EXPECT_EQ(d.signer.name, "Trần Minh Quang");
}

TEST(HeaderFrame, AnAttachmentThatSaysWhatItIsAttachedToIsKept) {
  auto d = ProcessString(std::string(kDocument) +
                         "KẾ HOẠCH\nRà soát biên chế của các phòng\n"
                         "(Kèm theo Công văn số 215/SNV-TCBC ngày 12/3/2025)\n"
                         "1. Lập danh sách vị trí việc làm.\n");
  EXPECT_EQ(d.attachment_types, (std::vector<std::string>{"Kế hoạch"}));
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2", "PL1.1"}));
}

// A web page breaks lines anywhere, also before a reference to an article
// of another document; that line is not the article's label.
TEST(HeaderFrame, ReferenceToAnArticleOfAnotherDocumentIsNoLabel) {
  auto d = ProcessString(std::string(kDocument).replace(
      std::string(kDocument).find("1. Rà soát"), 0,
      "Căn cứ khoản 3\nĐiều 12 Luật Cán bộ, công chức quy định biên chế;\n"
      "Căn cứ khoản 1\nKhoản 2 Điều 8 Nghị định số 62/2020/NĐ-CP;\n"));
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2"}));
}

TEST(HeaderFrame, ArticleOfTheDocumentItselfKeepsItsLabelWithoutTheDot) {
  auto d = ProcessString(
      "ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 9/QĐ-UBND\nTân An, ngày 1 tháng 2 năm 2025\n"
      "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nQUYẾT ĐỊNH:\n"
      "Điều 1. Thành lập Tổ công tác vệ sinh môi trường.\n"
      "Điều 2 Quyết định này có hiệu lực kể từ ngày ký.\n");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"Điều 1", "Điều 2"}));
}

struct HeaderCase {
  const char* name;
  const char* text;
  const char* issuer;
  const char* date;
  const char* subject;
};

class HeaderLines : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(HeaderLines, FieldsSurviveTheBreaks) {
  const HeaderCase& c = GetParam();
  auto d = ProcessString(c.text);
  EXPECT_EQ(d.header.issuer, c.issuer);
  EXPECT_EQ(d.header.date, c.date);
  EXPECT_EQ(d.header.subject, c.subject);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HeaderLines,
    ::testing::Values(
        HeaderCase{"PartyMottoWrapped",
                   "BAN THƯỜNG VỤ\nHUYỆN ỦY\n*\n|\nĐẢNG CỘNG SẢN\nVIỆT NAM\n|\n"
                   "Số 41-CT/HU\n|\nTây Sơn, ngày 4\ntháng 9 năm 2024 *\n|\n"
                   "CHỈ THỊ\nVỀ\nCÔNG TÁC PHÒNG, CHỐNG BÃO LŨ\n"
                   "1. Các chi bộ trực sẵn sàng ứng phó.\n",
                   "BAN THƯỜNG VỤ HUYỆN ỦY", "2024-09-04", "VỀ CÔNG TÁC PHÒNG, CHỐNG BÃO LŨ"},
        HeaderCase{"MottosRunTogether",
                   "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\n"
                   "--------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - "
                   "Hạnh phúc--------- |\nSố: 12/NQ-HĐND\n"
                   "Tuy Hòa, ngày 8 tháng 7 năm 2024\n"
                   "NGHỊ QUYẾT\nVề giá dịch vụ thu gom rác thải\n"
                   "Điều 1. Quy định giá dịch vụ.\n",
                   "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN", "2024-07-08",
                   "Về giá dịch vụ thu gom rác thải"},
        HeaderCase{"EnactingAuthorityIsNotPartOfTheSubject",
                   "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 77/QĐ-UBND\nGia Lai, ngày 2 tháng 2 năm 2025\n"
                   "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\n"
                   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI\n"
                   "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
                   "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n",
                   "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "2025-02-02",
                   "BAN HÀNH QUY CHẾ LÀM VIỆC"},
        HeaderCase{"SubjectWrappedBeforeTheAddressee",
                   "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 310/UBND-KT\nKon Tum, ngày 5 tháng 5 năm 2025\n"
                   "V/v triển khai Quyết định số 12/QĐ-BNN của Bộ\n"
                   "Nông nghiệp về phòng dịch tả lợn châu Phi\n"
                   "Kính gửi: Sở Nông nghiệp và Môi trường.\n"
                   "1. Tổ chức tiêm phòng.\n",
                   "ỦY BAN NHÂN DÂN TỈNH KON TUM", "2025-05-05",
                   "triển khai Quyết định số 12/QĐ-BNN của Bộ Nông nghiệp về phòng "
                   "dịch tả lợn châu Phi"}),
    [](const ::testing::TestParamInfo<HeaderCase>& info) { return info.param.name; });

}  // namespace
}  // namespace vbtask
