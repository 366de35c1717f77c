// The parts of compare/: terms, level mapping, the assignment, the change
// classes and relations on small documents, and the three report forms.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "pipeline/compare/assignment.h"
#include "pipeline/compare/compare.h"
#include "pipeline/compare/report.h"
#include "tests/compare/compare_rules.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const CompareRules& Rules() { return testing::CompareTestRules(); }

bool Has(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

TEST(CompareTerms, SyllablesFoldedPairsKeptStopWordsOut) {
  auto terms = Rules().Terms("Chuyển đổi số và các TỈNH UỶ");
  EXPECT_TRUE(Has(terms, "chuyen"));
  EXPECT_TRUE(Has(terms, "chuyen_doi"));
  EXPECT_TRUE(Has(terms, "doi_so"));
  EXPECT_TRUE(Has(terms, "tinh_uy"));
  EXPECT_FALSE(Has(terms, "va"));
  EXPECT_FALSE(Has(terms, "cac"));
  EXPECT_FALSE(Has(terms, "so_va"));
  // Case, tone placement and OCR-lost marks agree.
  EXPECT_EQ(Rules().Terms("Tỉnh uỷ"), Rules().Terms("tinh ủy"));
}

TEST(CompareTerms, CommonTermsWeighLessThanRareOnes) {
  TermWeights weights;
  for (int i = 0; i < 9; ++i) weights.AddItemTerms({"trien_khai", "thuc_hien"});
  weights.AddItemTerms({"rac_thai"});
  EXPECT_LT(weights.Weight("trien_khai"), weights.Weight("rac_thai"));
  EXPECT_LT(weights.Weight("trien_khai") * 5, weights.Weight("rac_thai"));
  // Unseen terms weigh as rare ones.
  EXPECT_DOUBLE_EQ(weights.Weight("never_seen"), weights.Weight("rac_thai"));
}

TEST(CompareTerms, WeightsFileRoundTripsAndBadLinesAreNamed) {
  TermWeights weights;
  weights.AddItemTerms({"a", "b"});
  weights.AddItemTerms({"a"});
  std::string path = ::testing::TempDir() + "/weights.tsv";
  std::ofstream(path) << weights.Serialize(1);
  auto loaded = TermWeights::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->items(), 2u);
  EXPECT_DOUBLE_EQ(loaded->Weight("a"), weights.Weight("a"));
  std::ofstream(path) << "# items 3\nchuyen_doi\tmany\n";
  auto bad = TermWeights::Load(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("weights.tsv:2:"), std::string::npos)
      << bad.status().message();
}

struct RoleCase {
  const char* parent;
  const char* child;
  bool same;
};

TEST(CompareLevels, BodiesRestatedAtTheChildsLevelAreTheSameRole) {
  const RoleCase cases[] = {
      {"Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Huyện ủy", true},
      {"Văn phòng Tỉnh ủy", "Văn phòng Thành ủy", true},
      {"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện", true},
      {"Ủy ban nhân dân huyện", "Ủy ban nhân dân xã", true},
      {"Sở Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường", true},
      {"Sở Thông tin và Truyền thông", "Phòng Văn hóa và Thông tin", true},
      {"Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy", false},
      {"Sở Y tế", "Sở Giáo dục và Đào tạo", false},
  };
  for (const RoleCase& c : cases) {
    EXPECT_EQ(Rules().levels.RoleOf(c.parent) == Rules().levels.RoleOf(c.child), c.same)
        << c.parent << " / " << c.child << ": " << Rules().levels.RoleOf(c.parent) << " / "
        << Rules().levels.RoleOf(c.child);
  }
  EXPECT_TRUE(Rules().levels.IsGeneric("Các huyện ủy"));
  EXPECT_TRUE(Rules().levels.IsGeneric("Ủy ban nhân dân các xã"));
  EXPECT_FALSE(Rules().levels.IsGeneric("Sở Y tế"));
}

TEST(CompareLevels, DocumentLevelFromTheIssuer) {
  const std::pair<const char*, const char*> cases[] = {
      {"TỈNH ỦY QUẢNG NGÃI", "tinh"},        {"HUYỆN ỦY SƠN TỊNH", "huyen"},
      {"THÀNH ỦY BẢO LỘC", "huyen"},         {"SỞ Y TẾ", "so"},
      {"ĐẢNG ỦY XÃ TỊNH HÀ", "xa"},          {"ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "xa"},
      {"PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "phong"}, {"BAN CHẤP HÀNH TRUNG ƯƠNG", "trung-uong"},
  };
  for (const auto& [issuer, level] : cases)
    EXPECT_EQ(Rules().levels.LevelOfName(issuer), level) << issuer;
}

TEST(CompareLevels, BadRulesAreNamedWithTheirLine) {
  std::string dir = ::testing::TempDir() + "/level_rules";
  std::filesystem::create_directories(dir + "/compare");
  std::ofstream(dir + "/compare/levels.tsv") << "# x\nlevel\tTỉnh ủy\tprovince\n";
  auto folder = TextFolder::Load(testing::SourcePath("rules"));
  ASSERT_TRUE(folder.ok());
  auto map = LevelMap::Load(dir, *folder);
  ASSERT_FALSE(map.ok());
  EXPECT_NE(map.status().message().find("levels.tsv:2:"), std::string::npos)
      << map.status().message();
}

// Every assignment of a small matrix, for checking the Hungarian method.
double BestByBruteForce(const std::vector<std::vector<double>>& b) {
  size_t rows = b.size(), columns = b[0].size();
  std::vector<int> columns_order(std::max(rows, columns));
  for (size_t i = 0; i < columns_order.size(); ++i) columns_order[i] = static_cast<int>(i);
  double best = 0;
  do {
    double sum = 0;
    for (size_t r = 0; r < rows; ++r)
      if (static_cast<size_t>(columns_order[r]) < columns) sum += b[r][columns_order[r]];
    best = std::max(best, sum);
  } while (std::next_permutation(columns_order.begin(), columns_order.end()));
  return best;
}

TEST(CompareAssignment, MatchesBruteForceOnSmallMatrices) {
  const std::vector<std::vector<std::vector<double>>> cases = {
      {{0.9, 0.8}, {0.85, 0.1}},
      {{0.5, 0, 0.4}, {0.6, 0.7, 0}},
      {{0.3}, {0.9}, {0.2}},
      {{0, 0}, {0, 0}},
      {{0.2, 0.9, 0.1, 0.4}, {0.8, 0.85, 0, 0}, {0, 0.3, 0.3, 0.9}},
  };
  for (const auto& matrix : cases) {
    std::vector<int> assigned = MaximumAssignment(matrix);
    double sum = 0;
    std::vector<bool> used(matrix[0].size(), false);
    for (size_t r = 0; r < assigned.size(); ++r) {
      if (assigned[r] < 0) continue;
      EXPECT_FALSE(used[assigned[r]]) << "column used twice";
      used[assigned[r]] = true;
      EXPECT_GT(matrix[r][assigned[r]], 0);
      sum += matrix[r][assigned[r]];
    }
    EXPECT_NEAR(sum, BestByBruteForce(matrix), 1e-9);
  }
}

Document Doc(const std::string& text) { return testing::ProcessString(text); }

Result<Comparison> Compare(const Document& parent, const Document& child) {
  TermWeights weights = Rules().corpus_weights;
  LearnTermWeights(parent, Rules(), &weights);
  LearnTermWeights(child, Rules(), &weights);
  return CompareDocuments(parent, child, Rules(), weights);
}

const char* kParent =
    "TỈNH ỦY QUẢNG NGÃI\nSố 7-CT/TU\nQuảng Ngãi, ngày 3 tháng 2 năm 2025\n"
    "CHỈ THỊ\nvề trồng cây xanh\n"
    "1. Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ tại tất cả khu dân cư.\n"
    "2. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì cung ứng cây giống bản địa cho các địa phương trước ngày 15/3/2025.\n"
    "3. Các huyện ủy tổng kết việc chăm sóc cây xanh đô thị trước ngày 30/11/2025.\n";

TEST(CompareDocuments, KeptReDatedNotApplicableAndAdded) {
  Document parent = Doc(kParent);
  Document child = Doc(
      "HUYỆN ỦY SƠN TỊNH\nSố 9-KH/HU\nSơn Tịnh, ngày 10 tháng 2 năm 2025\n"
      "KẾ HOẠCH\nthực hiện Chỉ thị số 7-CT/TU ngày 03/02/2025 của Ban Thường vụ Tỉnh ủy\n"
      "Thực hiện Chỉ thị số 7-CT/TU ngày 03/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
      "Huyện ủy ban hành Kế hoạch như sau:\n"
      "1. Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ tại tất cả khu dân cư.\n"
      "2. Các đảng ủy xã tổng kết việc chăm sóc cây xanh đô thị trước ngày 15/11/2025.\n"
      "3. Tổ chức cuộc thi ảnh về con đường hoa của thanh niên.\n");
  auto result = Compare(parent, child);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(result->relation, DocumentRelation::kImplements);
  EXPECT_TRUE(result->child_cites_parent);
  ASSERT_EQ(result->pairs.size(), 2u);
  EXPECT_EQ(parent.items[result->pairs[0].parent].id, "1");
  EXPECT_EQ(child.items[result->pairs[0].child].id, "1");
  EXPECT_EQ(result->pairs[0].changes, std::vector<ChangeType>{ChangeType::kSame});
  EXPECT_EQ(parent.items[result->pairs[1].parent].id, "3");
  EXPECT_EQ(child.items[result->pairs[1].child].id, "2");
  EXPECT_EQ(result->pairs[1].changes, std::vector<ChangeType>{ChangeType::kDeadlineChanged});
  ASSERT_EQ(result->not_applicable.size(), 1u);
  EXPECT_EQ(parent.items[result->not_applicable[0]].id, "2");
  EXPECT_TRUE(result->dropped.empty());
  ASSERT_EQ(result->added.size(), 1u);
  EXPECT_EQ(child.items[result->added[0]].id, "3");
}

TEST(CompareDocuments, UnrelatedDocumentsShareNoPair) {
  Document parent = Doc(kParent);
  Document child = Doc(
      "ỦY BAN NHÂN DÂN XÃ TỊNH HÀ\nSố: 5/KH-UBND\nTịnh Hà, ngày 1 tháng 3 năm 2025\n"
      "KẾ HOẠCH\ntiêm chủng mở rộng\n"
      "1. Trạm Y tế xã tổ chức tiêm vắc xin sởi cho trẻ em dưới 5 tuổi.\n"
      "2. Công an xã bảo đảm an ninh trật tự tại điểm tiêm.\n");
  auto result = Compare(parent, child);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->relation, DocumentRelation::kUnrelated);
  EXPECT_FALSE(result->child_cites_parent);
  EXPECT_TRUE(result->pairs.empty());
  EXPECT_EQ(result->added.size(), 2u);
}

TEST(CompareDocuments, ADocumentWithoutItemsIsAnErrorNamingIt) {
  Document parent = Doc(kParent);
  Document empty = Doc("CÔNG VĂN\nKính gửi các xã.\nĐề nghị các đơn vị quan tâm.\n");
  empty.source.path = "empty.txt";
  empty.items.clear();
  auto result = Compare(parent, empty);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("empty.txt"), std::string::npos);
}

TEST(CompareReports, JsonCsvAndHtmlAgree) {
  Document parent = Doc(kParent);
  Document child = Doc(
      "HUYỆN ỦY SƠN TỊNH\nSố 9-KH/HU\nSơn Tịnh, ngày 10 tháng 2 năm 2025\nKẾ HOẠCH\nvề cây xanh\n"
      "1. Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ tại tất cả khu dân cư, \"trường học\", "
      "công sở, bệnh viện và dọc các tuyến đường liên xã, liên thôn.\n"
      "2. Tổ chức cuộc thi ảnh về con đường hoa của thanh niên.\n");
  parent.source.path = "parent.txt";
  child.source.path = "child.txt";
  auto result = Compare(parent, child);
  ASSERT_TRUE(result.ok());
  auto json = nlohmann::json::parse(ComparisonJson(*result, parent, child));
  EXPECT_EQ(json["schema"], "vbtask-compare/1");
  EXPECT_EQ(json["parent"]["key"], "7-CT/TU@2025");
  EXPECT_EQ(json["child"]["path"], "child.txt");
  for (const char* key : {"relation", "child_cites_parent", "pairs", "dropped",
                          "not_applicable", "added"})
    EXPECT_TRUE(json.contains(key)) << key;
  ASSERT_EQ(json["pairs"].size(), 1u);
  EXPECT_EQ(json["pairs"][0]["parent"], "1");
  EXPECT_EQ(json["pairs"][0]["change"][0], "expanded");

  std::string csv = ComparisonCsv(*result, parent, child);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFstatus,", 0), 0u);
  EXPECT_NE(csv.find("\"\"trường học\"\""), std::string::npos) << "quotes doubled";
  size_t rows = std::count(csv.begin(), csv.end(), '\n');
  EXPECT_EQ(rows, 1 + json["pairs"].size() + json["dropped"].size() +
                      json["not_applicable"].size() + json["added"].size());

  std::string html = ComparisonHtml(*result, parent, child);
  EXPECT_EQ(html.find("src="), std::string::npos) << "no external files";
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("id=\"count-pairs\">1<"), std::string::npos);
  EXPECT_NE(html.find("<ins>"), std::string::npos) << "the child's new words are marked";
}

}  // namespace
}  // namespace vbtask
