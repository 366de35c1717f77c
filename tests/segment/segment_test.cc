#include "pipeline/segment/segment.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace vbtask {
namespace {

using testing::ProcessString;

using testing::ItemIds;

Document Seed(const std::string& name) {
  auto d = ProcessFile(testing::SourcePath("corpus/seeds/" + name), testing::Rules());
  EXPECT_TRUE(d.ok());
  return std::move(d.value());
}

TEST(SegmentSeeds, Seed001ChiThi) {
  auto d = Seed("001_30e07dfc586e8ac1.txt");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2", "3", "4", "5", "5.-1",
                                               "5.-2", "5.-3", "6", "7"}));
  EXPECT_EQ(d.header.type, "Chỉ thị");
  EXPECT_EQ(d.signer.name, "Nguyễn Mạnh Hùng");
  EXPECT_EQ(d.signer.position, "PHÓ BÍ THƯ");
  EXPECT_EQ(d.signer.authority, "T/M BAN THƯỜNG VỤ");
  EXPECT_EQ(d.items[5].kind, ItemKind::kBullet);
}

TEST(SegmentSeeds, Seed002CongVan) {
  auto d = Seed("002_4653ab8526411b1c.txt");
  EXPECT_EQ(d.header.number, "134-CV/ThU");
  EXPECT_EQ(d.header.date, "2020-04-28");
  EXPECT_EQ(d.header.place, "Bảo Lộc");
  EXPECT_EQ(d.header.issuer, "THÀNH ỦY BẢO LỘC");
  EXPECT_EQ(d.header.parent_org, "ĐẢNG BỘ TỈNH LÂM ĐỒNG");
  EXPECT_EQ(d.header.recipients.size(), 4u);
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2", "3", "4"}));
}

TEST(SegmentSeeds, Seed003FootnoteAndItems) {
  auto doc = Seed("003_138bcd714f36f0f1.txt");
  EXPECT_EQ(ItemIds(doc),
            (std::vector<std::string>{"1", "2", "3", "4", "5", "6"}));
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].marker, "1");
  const Item& one = doc.items[0];
  std::string own = doc.text.substr(one.begin, one.end - one.begin);
  EXPECT_NE(own.find("sáng tạo trong phong trào thi đua"), std::string::npos);
  EXPECT_EQ(own.find("Trọng tâm là"), std::string::npos);
  // The closing paragraph after item 6 is not part of it.
  const Item& six = doc.items[5];
  EXPECT_EQ(doc.text.substr(six.begin, six.end - six.begin)
                .find("Các cấp uỷ, tổ chức đảng"),
            std::string::npos);
}

TEST(SegmentSeeds, Seed004DamagedKeHoach) {
  auto d = Seed("004_4436f6535b7e41ea.txt");
  EXPECT_EQ(d.header.type, "Kế hoạch");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{
                        "I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "II.3",
                        "II.4", "II.5", "II.6", "II.7", "II.8", "III", "IV",
                        "IV.-1", "IV.-2"}));
  EXPECT_EQ(d.items[0].kind, ItemKind::kSection);
  EXPECT_EQ(d.items[1].kind, ItemKind::kTask);
}

TEST(SegmentSeeds, Seed000) {
  auto d = Seed("000_32a90cfdebc7aa5c.txt");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "2", "3", "4", "5"}));
  EXPECT_EQ(d.signer.name, "Nguyễn Minh Tân");
}

TEST(SegmentIds, DottedLabelsAddOnlyTheirLastPart) {
  auto d = ProcessString(
               "II. NHIỆM VỤ\n1. Công tác tuyên truyền\n1.3. Tổ chức hội nghị quán triệt.\n"
               "1.3.1. Ở cấp tỉnh trong quý I.\n2.1. Rà soát số liệu.\n");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"II", "II.1", "II.1.3",
                                               "II.1.3.1", "II.2.1"}));
  EXPECT_EQ(d.items[1].kind, ItemKind::kSection);
}

TEST(SegmentIds, KeywordsOrdinalsAndBullets) {
  auto d = ProcessString(
               "PHẦN I. MỤC ĐÍCH\nBƯỚC MỘT: Chuẩn bị tài liệu.\n- Lập danh sách.\n"
               "+ Cấp xã lập trước.\n+ Cấp huyện tổng hợp.\n- Gửi về Ban.\n"
               "Bước 2. Tổ chức hội nghị.\na) Cấp tỉnh.\n- Mời đại biểu.\n"
               "b) Cấp huyện.\nPHẦN II. TỔ CHỨC THỰC HIỆN\n");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{
                        "Phần I", "Phần I.Bước 1", "Phần I.Bước 1.-1",
                        "Phần I.Bước 1.-1.+1", "Phần I.Bước 1.-1.+2",
                        "Phần I.Bước 1.-2", "Phần I.Bước 2", "Phần I.Bước 2.a",
                        "Phần I.Bước 2.a.-1", "Phần I.Bước 2.b", "Phần II"}));
}

TEST(SegmentIds, OrdinalParagraphsOfAConclusion) {
  auto d = ProcessString(
               "THÔNG BÁO KẾT LUẬN\ncủa Thường trực Huyện ủy\n"
               "Thứ nhất, tăng cường lãnh đạo công tác tuyển quân.\n"
               "Thứ hai, kiểm tra thường xuyên.\n- Hằng tháng báo cáo.\n"
               "Thứ ba, tổng kết vào cuối năm.\n");
  EXPECT_EQ(d.header.type, "Thông báo kết luận");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"Thứ 1", "Thứ 2", "Thứ 2.-1", "Thứ 3"}));
}

TEST(SegmentIds, LettersIncludingDAndDStroke) {
  auto d = ProcessString("1. Nội dung\na) Một.\nb) Hai.\nc) Ba.\nd) Bốn.\nđ) Năm.\n");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "1.a", "1.b", "1.c", "1.d", "1.đ"}));
}

TEST(SegmentIds, BulletGlyphsCountAsDashes) {
  auto d = ProcessString("1. Nội dung chính.\n• Một.\n– Hai.\n- Ba.\n");
  EXPECT_EQ(ItemIds(d), (std::vector<std::string>{"1", "1.-1", "1.-2", "1.-3"}));
}

// A state document: the issuer block with its number, the Quốc hiệu, then
// the rest.
Document StateDocument(const std::string& issuer_block, const std::string& rest) {
  return ProcessString(issuer_block +
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\n" + rest);
}

TEST(SegmentHeader, StateHeaderWithNumericDate) {
  auto d = StateDocument("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 123/KH-UBND\n",
                         "Ninh Thuận, ngày 31 tháng 02 năm 2024\nKẾ HOẠCH\n"
                         "Triển khai công tác cải cách hành chính năm 2024\n"
                         "1. Rà soát thủ tục hành chính.\n");
  // "ỦY BAN NHÂN DÂN" / "TỈNH NINH THUẬN" is one name on two lines.
  EXPECT_EQ(d.header.issuer, "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN");
  EXPECT_EQ(d.header.parent_org, "");
  EXPECT_EQ(d.header.number, "123/KH-UBND");
  EXPECT_EQ(d.header.subject, "Triển khai công tác cải cách hành chính năm 2024");
  EXPECT_EQ(d.header.date, "");  // 31 February does not exist
  bool warned = false;
  for (const Warning& w : d.warnings) warned |= w.code == WarningCode::kInvalidDate;
  EXPECT_TRUE(warned);
}

// The long lower-case wrap of a title in capitals reaches the margin like
// the first body line, yet it is still the subject.
TEST(SegmentHeader, TitleInCapitalsGoesOnInLowerCase) {
  auto d = ProcessString(
               "ĐẢNG BỘ HUYỆN MƯỜNG KHƯƠNG\nĐẢNG UỶ XÃ BẢN LẦU\n*\nSố 42-TB/ĐU\n\n"
               "ĐẢNG CỘNG SẢN VIỆT NAM\nBản Lầu, ngày 19 tháng 9 năm 2024\n\n"
               "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ XÃ\n"
               "về kết quả thực hiện giảm nghèo bền vững 9 tháng đầu năm 2024\n"
               "và nhiệm vụ trọng tâm những tháng cuối năm\n\n-----\n\n"
               "Ngày 16/9/2024, Ban Thường vụ Đảng uỷ xã họp nghe Uỷ ban nhân dân xã báo\n"
               "cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.\n\n"
               "1. Các chi bộ tiếp tục quán triệt, thực hiện có hiệu quả Nghị quyết của\n"
               "Ban Chấp hành Đảng bộ xã về giảm nghèo bền vững giai đoạn 2023 - 2025.\n");
  EXPECT_EQ(d.header.subject,
            "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ XÃ về kết quả thực hiện giảm nghèo "
            "bền vững 9 tháng đầu năm 2024 và nhiệm vụ trọng tâm những tháng cuối năm");
}

TEST(SegmentHeader, IssuerNameWrappedInANarrowColumn) {
  const std::string body =
      "Hà Nội, ngày 20 tháng 5 năm 2024\nCHỈ THỊ\nVề bảo vệ trẻ em\n"
      "1. Các đơn vị thuộc Bộ triển khai thực hiện.\n";
  auto d = StateDocument("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 06/CT-BLĐTBXH\n", body);
  EXPECT_EQ(d.header.issuer, "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  EXPECT_EQ(d.header.parent_org, "");
  auto e = StateDocument("BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\nSố: 15/CT-BNN\n", body);
  EXPECT_EQ(e.header.issuer, "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN");
}

// Hội Nông dân prints "HỘI NÔNG DÂN VIỆT NAM" where the state prints the
// Quốc hiệu; it is a motto, not the issuer.
TEST(SegmentHeader, MassOrganisationMotto) {
  auto d = ProcessString(
               "HỘI NÔNG DÂN TỈNH LÂM ĐỒNG\tHỘI NÔNG DÂN VIỆT NAM\n"
               "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN LẠC DƯƠNG\n*\n"
               "Số 38-KH/HNDH\tLạc Dương, ngày 06 tháng 3 năm 2025\nKẾ HOẠCH\n"
               "hỗ trợ hội viên chuyển đổi cơ cấu cây trồng năm 2025\n"
               "1. Các cơ sở Hội tuyên truyền, vận động hội viên.\n");
  EXPECT_EQ(d.header.issuer, "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN LẠC DƯƠNG");
  EXPECT_EQ(d.header.parent_org, "HỘI NÔNG DÂN TỈNH LÂM ĐỒNG");
  EXPECT_EQ(d.header.mottos, (std::vector<std::string>{"HỘI NÔNG DÂN VIỆT NAM"}));
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

TEST(SegmentTaskTable, GroupRowsAndRestartingNumbers) {
  auto d = testing::ProcessString(
      "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG PHÚ\nSố: 20/KH-UBND\n"
      "Đồng Phú, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
      "1. Các cơ quan thực hiện nhiệm vụ tại Phụ lục.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
      "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
      "PHỤ LỤC\nNhiệm vụ cải cách hành chính năm 2025\n"
      "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
      "| I | Cải cách thể chế | | |\n"
      "| 1 | Rà soát văn bản | Phòng Tư pháp | Quý II/2025 |\n"
      "| 2 | Kiểm tra văn bản | Phòng Tư pháp | Hằng quý |\n"
      "| II | Cải cách thủ tục hành chính | | |\n"
      "| 1 | Công khai thủ tục | Văn phòng UBND huyện | Thường xuyên |\n");
  std::vector<std::string> ids;
  for (const Item& it : d.items) ids.push_back(it.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II",
                                           "PL1.II.1"}));
  ASSERT_EQ(d.items.size(), 6u);
  EXPECT_EQ(d.items[1].kind, ItemKind::kSection);
  EXPECT_EQ(d.items[2].parent, 1);
  EXPECT_EQ(d.items[5].parent, 4);
  ASSERT_EQ(d.items[2].facts.lead.size(), 1u);
  EXPECT_EQ(d.items[2].facts.lead[0].text, "Phòng Tư pháp");
  EXPECT_EQ(d.items[2].facts.time[0].value, "2025-Q2");
  ASSERT_EQ(d.items[5].facts.lead.size(), 1u);
  EXPECT_EQ(d.items[5].facts.lead[0].name, "Văn phòng Ủy ban nhân dân huyện");
  EXPECT_EQ(d.items[5].facts.lead[0].level, AgencyLevel::kHuyen);
  EXPECT_EQ(d.items[5].facts.lead[0].kind, AgencyKind::kState);
}

TEST(SegmentTaskTable, TableInTheBodyBelongsToTheItemBeforeIt) {
  auto d = testing::ProcessString(
      "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n"
      "I. MỤC ĐÍCH\n1. Nâng cao nhận thức về chuyển đổi số.\n"
      "II. PHÂN CÔNG NHIỆM VỤ\n"
      "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\n"
      "1\tSố hóa hồ sơ\tPhòng Nội vụ\tVăn phòng\tQuý III/2025\n"
      "2\tĐào tạo kỹ năng số\tPhòng Văn hóa - Thông tin\tĐoàn Thanh niên\tNăm 2025\n"
      "III. TỔ CHỨC THỰC HIỆN\n1. Các phòng báo cáo kết quả hằng quý.\n");
  std::vector<std::string> ids;
  for (const Item& it : d.items) ids.push_back(it.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"I", "I.1", "II", "II.1", "II.2", "III", "III.1"}));
  ASSERT_EQ(d.items.size(), 7u);
  EXPECT_EQ(d.items[3].parent, 2);
  EXPECT_EQ(d.items[3].facts.lead[0].text, "Phòng Nội vụ");
  EXPECT_EQ(d.items[4].facts.cooperate[0].text, "Đoàn Thanh niên");
}


// Headers as OCR leaves them at 150 dpi: a speck on a line of its own, the
// number's slash lost, "Số" cut from its number, a V/v subject whose last
// word was set apart. None of these ends the header.
TEST(SegmentHeader, SpeckLineDoesNotEndTheHeader) {
  auto d = ProcessString(
               "TỈNH ỦY KON TUM\nBAN DÂN VẬN\n»\nSố 17-HD/BDVTU\n"
               "ĐẢNG CỘNG SẢN VIỆT NAM\nKon Tum, ngày 4 tháng 3 năm 2025\n"
               "HƯỚNG DẪN\nxây dựng mô hình dân vận khéo năm 2025\n"
               "1. Các chi bộ đăng ký mô hình trước ngày 30/3/2025.\n");
  EXPECT_EQ(d.header.number, "17-HD/BDVTU");
  EXPECT_EQ(d.header.date, "2025-03-04");
  EXPECT_EQ(d.header.type, "Hướng dẫn");
}

TEST(SegmentHeader, LostSlashOrDashAfterTheSequenceNumberIsRestored) {
  const std::string body =
      "Gia Lai, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nPhòng chống hạn hán\n"
      "1. Các huyện rà soát nguồn nước.\n";
  EXPECT_EQ(StateDocument("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 522UBND-NL\n", body)
                .header.number,
            "522/UBND-NL");
  EXPECT_EQ(ProcessString("TỈNH ỦY GIA LAI\nSố 31KH/TU\n" + body).header.number,
            "31-KH/TU");
  EXPECT_EQ(StateDocument("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 12/KH-UBND_\n", body)
                .header.number,
            "12/KH-UBND");
}

TEST(SegmentHeader, NumberOnTheLineAfterABareSo) {
  auto d = ProcessString(
               "ĐẢNG BỘ HUYỆN ĐỨC TRỌNG\nĐẢNG ỦY XÃ HIỆP AN\nSố\n09-NQ/ĐU\n"
               "ĐẢNG CỘNG SẢN VIỆT NAM\nHiệp An, ngày 12 tháng 6 năm 2024\n"
               "NGHỊ QUYẾT\nvề phát triển cà phê bền vững\n"
               "1. Các chi bộ vận động nhân dân tái canh cà phê.\n");
  EXPECT_EQ(d.header.number, "09-NQ/ĐU");
  EXPECT_EQ(d.header.date, "2024-06-12");
  EXPECT_EQ(d.header.issuer, "ĐẢNG ỦY XÃ HIỆP AN");
}

TEST(SegmentHeader, WrappedSubjectLineEndingApartStillBelongsToTheSubject) {
  auto d = StateDocument(
      "SỞ Y TẾ TỈNH AN GIANG\nSố: 88/SYT-NVY\n"
      "V/v tăng cường phòng chống sốt xuất huyết mùa mưa năm\n2024\n",
      "An Giang, ngày 15 tháng 5 năm 2024\nKính gửi: Các bệnh viện tuyến huyện.\n"
      "1. Các đơn vị rà soát thuốc và vật tư.\n");
  EXPECT_EQ(d.header.subject, "tăng cường phòng chống sốt xuất huyết mùa mưa năm 2024");
  EXPECT_EQ(d.header.date, "2024-05-15");
  EXPECT_EQ(d.header.place, "An Giang");
}

TEST(SegmentHeader, RecipientWhoseDashOcrReadAsAColon) {
  auto d = StateDocument(
      "SỞ Y TẾ TỈNH AN GIANG\nSố: 90/SYT-NVY\nV/v phòng chống dịch bệnh mùa mưa\n",
      "An Giang, ngày 16 tháng 5 năm 2024\nKính gửi: - Các bệnh viện tuyến huyện;\n"
      ": Trung tâm Y tế các huyện, thị xã;\n- Các trạm y tế xã.\n"
      "Mùa mưa năm 2024 đến sớm, Sở Y tế đề nghị các đơn vị thực hiện:\n"
      "1. Rà soát thuốc và vật tư.\n");
  EXPECT_EQ(d.header.recipients,
            (std::vector<std::string>{"Các bệnh viện tuyến huyện",
                                      "Trung tâm Y tế các huyện, thị xã",
                                      "Các trạm y tế xã"}));
  EXPECT_EQ(testing::ItemIds(d), (std::vector<std::string>{"1"}));
}

}  // namespace
}  // namespace vbtask

namespace vbtask {
namespace {

// The day written by hand on a printed form comes out of OCR as a few
// letters: the place is still the place, and the date is unknown.
TEST(SegmentHeader, HandWrittenDayKeepsThePlace) {
  auto d = testing::ProcessString(
      "SỞ NỘI VỤ\nSố: 41/SNV-TCBC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nPhan Thiết, ngày ỚI tháng 5 năm 2025\n"
      "V/v rà soát biên chế năm 2025\nKính gửi: Các sở, ban, ngành tỉnh\n"
      "1. Rà soát số lượng biên chế được giao.\n");
  EXPECT_EQ(d.header.place, "Phan Thiết");
  EXPECT_EQ(d.header.date, "");
}

}  // namespace
}  // namespace vbtask
