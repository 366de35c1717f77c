// The class of each input (directive, normative, other) on a mixed set:
// the project's directives and seeds (directive), short normative
// documents and pages that discuss a law or a directive without being one
// (articles, Q&A pages, an encyclopaedia entry, a listing page, forms),
// written for this test under tests/classify/data/. Prints the confusion
// matrix, precision and recall of the official classes, and fails on any
// file classed wrong.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "tests/test_support.h"

namespace vbtask {
namespace {

namespace fs = std::filesystem;

struct Labelled {
  std::string path;
  DocumentClass want;
};

std::vector<Labelled> MixedSet() {
  std::vector<Labelled> set;
  auto add = [&](const std::string& dir, DocumentClass want) {
    std::vector<std::string> paths;
    for (const auto& e : fs::directory_iterator(testing::SourcePath(dir))) {
      if (e.is_regular_file()) paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (auto& p : paths) set.push_back({p, want});
  };
  add("corpus/directives", DocumentClass::kDirective);
  add("corpus/seeds", DocumentClass::kDirective);
  add("tests/classify/data/normative", DocumentClass::kNormative);
  add("tests/classify/data/other", DocumentClass::kOther);
  return set;
}

std::string Name(DocumentClass c) { return std::string(NameOf(c)); }

TEST(Classify, MixedSetConfusion) {
  constexpr DocumentClass kClasses[] = {DocumentClass::kDirective,
                                        DocumentClass::kNormative,
                                        DocumentClass::kOther};
  std::map<std::pair<DocumentClass, DocumentClass>, int> confusion;
  for (const Labelled& f : MixedSet()) {
    auto doc = ProcessFile(f.path, testing::Rules());
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    ++confusion[{f.want, doc->document_class}];
    std::string evidence;
    for (ClassEvidence e : doc->class_evidence) evidence += " " + std::string(NameOf(e));
    EXPECT_EQ(Name(doc->document_class), Name(f.want))
        << fs::path(f.path).filename() << " evidence:" << evidence;
  }
  std::printf("confusion (rows: true class, columns: found)\n%-10s", "");
  for (DocumentClass got : kClasses) std::printf("%10s", Name(got).c_str());
  std::printf("\n");
  for (DocumentClass want : kClasses) {
    std::printf("%-10s", Name(want).c_str());
    for (DocumentClass got : kClasses) std::printf("%10d", confusion[{want, got}]);
    std::printf("\n");
  }
  // Official = directive or normative: what an analyst loads.
  int tp = 0, fp = 0, fn = 0;
  for (auto& [pair, n] : confusion) {
    bool want = pair.first != DocumentClass::kOther;
    bool got = pair.second != DocumentClass::kOther;
    tp += want && got ? n : 0;
    fp += !want && got ? n : 0;
    fn += want && !got ? n : 0;
  }
  std::printf("official documents: precision %.3f recall %.3f\n",
              tp + fp ? double(tp) / (tp + fp) : 1.0, tp + fn ? double(tp) / (tp + fn) : 1.0);
}

TEST(Classify, OtherKeepsNoItemsTypeOrRelations) {
  auto doc = ProcessFile(testing::SourcePath("tests/classify/data/other/02_hoidap_luat_datdai.txt"),
                         testing::Rules());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->document_class, DocumentClass::kOther);
  EXPECT_TRUE(doc->items.empty());
  EXPECT_TRUE(doc->header.type.empty());
  EXPECT_TRUE(doc->key.empty());
  EXPECT_FALSE(doc->citations.empty());  // "Luật Đất đai số 31/2024/QH15" is printed
  for (const Citation& c : doc->citations) {
    EXPECT_EQ(c.relation, CitationRelation::kMentions) << c.key;
    for (const CitationMention& m : c.mentions) EXPECT_EQ(m.item, -1);
  }
  // No warning about a document's structure; what the text itself is
  // (clean typed text, left as printed) still says.
  std::vector<WarningCode> codes;
  for (const Warning& w : doc->warnings) codes.push_back(w.code);
  EXPECT_EQ(codes, (std::vector<WarningCode>{WarningCode::kRepairSkipped,
                                             WarningCode::kNotOfficialDocument}));
  EXPECT_NE(doc->warnings.back().message.find("not an official document"),
            std::string::npos);
}

Document WithHeader(void (*fill)(Document*)) {
  Document doc;
  fill(&doc);
  return doc;
}

struct EvidenceCase {
  const char* name;
  void (*fill)(Document*);
  DocumentClass want;
};

TEST(Classify, DecidesFromHeaderElements) {
  const EvidenceCase cases[] = {
      {"nothing", [](Document*) {}, DocumentClass::kOther},
      {"number alone", [](Document* d) { d->header.number = "28-CT/TU"; },
       DocumentClass::kDirective},
      {"date alone", [](Document* d) { d->header.date = "2025-10-10"; },
       DocumentClass::kDirective},
      {"distribution alone", [](Document* d) { d->distribution = {"Như trên"}; },
       DocumentClass::kDirective},
      {"form: motto, title, Kính gửi, unnamed signature",
       [](Document* d) {
         d->header.mottos = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"};
         d->header.issuer = "ĐƠN ĐỀ NGHỊ";
         d->header.recipients = {"Ủy ban nhân dân xã"};
       },
       DocumentClass::kOther},
      {"type name printed alone",
       [](Document* d) {
         d->text = "CHỈ THỊ\nvề chuyển đổi số\n1. Triển khai.";
         d->preamble_begin = d->text.find("1.");
         d->header.type = "Chỉ thị";
       },
       DocumentClass::kDirective},
      {"type implied by 'Về việc', not printed",
       [](Document* d) {
         d->text = "ĐƠN ĐỀ NGHỊ\nVề việc xác nhận nơi cư trú\nTôi tên là …";
         d->preamble_begin = d->text.find("Tôi");
         d->header.type = "Công văn";
       },
       DocumentClass::kOther},
      {"a caption in capitals where a signer's name goes",
       [](Document* d) {
         d->signer.name = "NGƯỜI LÀM ĐƠN";
         d->header.recipients = {"Ủy ban nhân dân xã"};
       },
       DocumentClass::kOther},
      {"signature with recipients",
       [](Document* d) {
         d->signer.name = "Nguyễn Văn An";
         d->header.recipients = {"Các phòng chuyên môn"};
       },
       DocumentClass::kDirective},
      {"signature alone", [](Document* d) { d->signer.name = "Nguyễn Văn An"; },
       DocumentClass::kOther},
      {"Nghị định",
       [](Document* d) {
         d->header.number = "30/2020/NĐ-CP";
         d->header.type = "Nghị định";
       },
       DocumentClass::kNormative},
      {"Quyết định numbered with a year",
       [](Document* d) {
         d->header.number = "12/2025/QĐ-UBND";
         d->header.type = "Quyết định";
         d->number_parts = NumberParts{"12", "QĐ", "UBND", "2025"};
       },
       DocumentClass::kNormative},
      {"Quyết định numbered without a year",
       [](Document* d) {
         d->header.number = "1256/QĐ-UBND";
         d->header.type = "Quyết định";
         d->number_parts = NumberParts{"1256", "QĐ", "UBND", ""};
       },
       DocumentClass::kDirective},
      {"untyped, the number's code says Thông tư",
       [](Document* d) {
         d->header.number = "05/2025/TT-BNV";
         d->number_parts = NumberParts{"05", "TT", "BNV", "2025"};
       },
       DocumentClass::kNormative},
  };
  for (const EvidenceCase& c : cases) {
    Document doc = WithHeader(c.fill);
    Classify(testing::Rules().classify, &doc);
    EXPECT_EQ(Name(doc.document_class), Name(c.want)) << c.name;
  }
}

TEST(Classify, EvidenceListsWhatTheHeaderPrints) {
  Document doc;
  doc.header.mottos = {"ĐẢNG CỘNG SẢN VIỆT NAM"};
  doc.header.number = "07-NQ/ĐU";
  doc.header.type = "Nghị quyết";
  doc.text = "NGHỊ QUYẾT\nvề phát triển sản phẩm OCOP\nI. Mục tiêu";
  doc.preamble_begin = doc.text.find("I.");
  doc.distribution = {"Lưu VP"};
  EXPECT_EQ(FindClassEvidence(doc),
            (std::vector<ClassEvidence>{ClassEvidence::kMotto, ClassEvidence::kNumber,
                                        ClassEvidence::kType, ClassEvidence::kDistribution}));
  doc.warnings.push_back({WarningCode::kTypeInferred, ""});  // "Nghị quyết này"
  EXPECT_EQ(FindClassEvidence(doc),
            (std::vector<ClassEvidence>{ClassEvidence::kMotto, ClassEvidence::kNumber,
                                        ClassEvidence::kDistribution}));
}

TEST(Classify, RulesRejectAnUnknownType) {
  fs::path dir = fs::temp_directory_path() / "vbtask_classify_rules";
  fs::create_directories(dir / "document");
  FILE* f = std::fopen((dir / "document/classes.tsv").c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("# comment\nLuật\tnormative\nBộ luật\tnormative\n", f);
  std::fclose(f);
  auto rules = ClassifyRules::Load(dir.string(), testing::Rules().classifier);
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("classes.tsv:3:"), std::string::npos)
      << rules.status().message();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vbtask
