// Legacy Vietnamese encodings: the tables, detection, and how well copies
// of the project's own directives come back.
#include <unicode/uchar.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "pipeline/base/utf8.h"
#include "pipeline/decode/decode.h"
#include "pipeline/decode/decode_internal.h"
#include "tests/test_support.h"

namespace vbtask {
namespace {

const DecodeRules& Rules() { return testing::Rules().decode; }

std::string Encode(std::string_view text, std::string_view encoding) {
  auto bytes = EncodeLegacy(text, encoding, Rules());
  EXPECT_TRUE(bytes.ok()) << bytes.status().message();
  return bytes.ok() ? *bytes : "";
}

DecodedText DecodeOrDie(const std::string& bytes, const std::string& forced = "") {
  auto r = Decode(SourceFile{"doc.txt", bytes}, Rules(), DecodeOptions{forced});
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : DecodedText{};
}

std::string Utf8(char32_t cp) {
  std::string s;
  utf8::Append(s, cp);
  return s;
}

const std::vector<std::string> kLegacy = {"TCVN3", "VNI-Windows", "Windows-1258",
                                          "VISCII"};

// Every letter of the alphabet, lowercase after a lowercase word and
// capital inside a capital word, written and read back by each table.
TEST(LegacyTables, EveryLetterRoundTrips) {
  const auto& alphabet = Rules().tables().alphabet;
  ASSERT_EQ(alphabet.size(), 134u);
  std::string lower = "x", upper = "X";
  for (char32_t cp : alphabet) {
    if (u_islower(static_cast<UChar32>(cp))) {
      lower += " " + Utf8(cp);
    } else {
      upper += " X" + Utf8(cp) + "Y";
    }
  }
  const std::string text = lower + "\n" + upper + "\n";
  for (const std::string& name : kLegacy) {
    std::string bytes = Encode(text, name);
    DecodedText back = DecodeOrDie(bytes, name);
    EXPECT_EQ(back.text, text) << name;
    EXPECT_EQ(back.encoding, name);
  }
  // The uppercase font alone: every letter is a capital.
  EXPECT_EQ(DecodeOrDie(Encode("bộ chính trị", "TCVN3"), "TCVN3-H").text,
            "BỘ CHÍNH TRỊ");
}

TEST(LegacyTables, KnownBytesOfEachStandard) {
  // One spot check per table, from the published code charts.
  EXPECT_EQ(Encode("ộ", "TCVN3"), "\xE9");
  EXPECT_EQ(Encode("ế", "VNI-Windows"), "e\xE1");
  EXPECT_EQ(Encode("ự", "VISCII"), "\xF1");
  EXPECT_EQ(Encode("ế", "Windows-1258"), "\xEA\xEC");
  EXPECT_EQ(Encode("Bộ Chính trị", "UTF-8+TCVN3-mojibake"), "Bé ChÝnh trÞ");
  EXPECT_EQ(Encode("Bộ Chính trị", "UTF-8+VNI-Windows-mojibake"), "Boä Chính trò");
}

TEST(LegacyTables, MistakesInATableAreReportedWithFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "vbtask_legacy_rules";
  fs::remove_all(dir);
  fs::copy(testing::SourcePath("rules"), dir, fs::copy_options::recursive);
  auto rewrite = [&](const std::string& file, const std::string& from,
                     const std::string& to) {
    std::ifstream in(dir / "encodings" / file);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string s = buf.str();
    s.replace(s.find(from), from.size(), to);
    std::ofstream(dir / "encodings" / file) << s;
  };
  rewrite("tcvn3.tsv", "B6\tU+1EA3", "B5\tU+1EA3");  // ả onto à's byte
  auto dup = DecodeRules::Load(dir.string());
  ASSERT_FALSE(dup.ok());
  EXPECT_NE(dup.status().message().find("tcvn3.tsv:"), std::string::npos);
  EXPECT_NE(dup.status().message().find("byte listed twice"), std::string::npos)
      << dup.status().message();
  rewrite("tcvn3.tsv", "B5\tU+1EA3", "B6\tU+00E5");  // ả missing: å instead
  auto missing = DecodeRules::Load(dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("shown text"), std::string::npos)
      << missing.status().message();
  rewrite("tcvn3.tsv", "B6\tU+00E5\tả", "B6\tU+00E5\tå");
  auto uncovered = DecodeRules::Load(dir.string());
  ASSERT_FALSE(uncovered.ok());
  EXPECT_NE(uncovered.status().message().find("cannot write the letter ả"),
            std::string::npos)
      << uncovered.status().message();
  fs::remove_all(dir);
}

// Word accuracy of a decoded copy against the original, by position in
// each line; a line whose word count changed counts as all wrong.
struct Accuracy {
  size_t words = 0, exact = 0, caseless = 0;
  void Add(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::vector<std::string> wa, wb;
    for (std::string w; a >> w;) wa.push_back(w);
    for (std::string w; b >> w;) wb.push_back(w);
    words += wa.size();
    if (wa.size() != wb.size()) return;
    const TextFolder& folder = *Rules().tables().folder;
    for (size_t i = 0; i < wa.size(); ++i) {
      exact += wa[i] == wb[i];
      caseless += folder.MatchKey(wa[i]) == folder.MatchKey(wb[i]);
    }
  }
  double Exact() const { return words ? 100.0 * exact / words : 0; }
  double Caseless() const { return words ? 100.0 * caseless / words : 0; }
};

std::vector<std::string> DirectiveTexts() {
  std::vector<std::string> texts;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourcePath("corpus/directives"))) {
    auto bytes = ReadWholeFile(entry.path().string());
    if (!bytes.ok()) continue;
    texts.push_back(DecodeOrDie(*bytes).text);
  }
  EXPECT_GE(texts.size(), 10u);
  return texts;
}

// Copies of every directive in each encoding, detected without help. Lines
// with a character the encoding cannot write (VISCII has no curly quotes,
// TCVN3 no superscripts) are left out of the copy and of the count.
TEST(LegacyDetection, DirectiveCopiesDecodeWithHighWordAccuracy) {
  const std::vector<std::string> texts = DirectiveTexts();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"TCVN3", "TCVN3"},
      {"VNI-Windows", "VNI-Windows"},
      {"VISCII", "VISCII"},
      {"Windows-1258", "Windows-1258"},
      {"UTF-8+TCVN3-mojibake", "UTF-8+TCVN3-mojibake"},
      {"UTF-8+VNI-Windows-mojibake", "UTF-8+VNI-Windows-mojibake"}};
  for (const auto& [encoding, expected_name] : cases) {
    Accuracy acc;
    size_t lines_left_out = 0;
    for (const std::string& text : texts) {
      std::string original, copy;
      std::istringstream in(text);
      for (std::string line; std::getline(in, line);) {
        auto bytes = EncodeLegacy(line, encoding, Rules());
        if (!bytes.ok()) {
          ++lines_left_out;
          continue;
        }
        original += line + "\n";
        copy += *bytes + "\n";
      }
      DecodedText back = DecodeOrDie(copy);
      EXPECT_EQ(back.encoding, expected_name) << text.substr(0, 80);
      std::istringstream a(original), b(back.text);
      for (std::string la, lb; std::getline(a, la) && std::getline(b, lb);) {
        acc.Add(la, lb);
      }
    }
    std::printf("%-28s words %zu  exact %.3f%%  ignoring case %.3f%%  "
                "(lines left out: %zu)\n",
                encoding.c_str(), acc.words, acc.Exact(), acc.Caseless(),
                lines_left_out);
    EXPECT_GE(acc.Exact(), 99.9) << encoding;
  }
}

// TCVN3 has no toned capitals: they were typed with the uppercase font,
// whose bytes are those of the lowercase letters.
TEST(LegacyTables, Tcvn3CapitalsComeBackFromTheirNeighbours) {
  auto read = [](const std::string& bytes) {
    return DecodeOrDie(bytes, "TCVN3").text;
  };
  EXPECT_EQ(read("CH\xD8 TH\xDE"), "CHỈ THỊ");                 // CHØ THÞ
  EXPECT_EQ(read("B\xE9 Ch\xDDnh tr\xDE"), "Bộ Chính trị");   // title case
  EXPECT_EQ(read("B\xE9 CH\xDDNH TR\xDE"), "BỘ CHÍNH TRỊ");   // a capital line
  EXPECT_EQ(read("c\xCAp \xF1y"), "cấp ủy");
  EXPECT_EQ(read("- \xF1y ban nh\xA9n d\xA9n"), "- Ủy ban nhân dân");  // a phrase
  EXPECT_EQ(read("xong. \xEB \xAE\xA9y"), "xong. Ở đây");     // a sentence start
  EXPECT_EQ(read("S\xE8 12-CT/TU"), "Số 12-CT/TU");            // not a capital line
}

TEST(LegacyDetection, MixedFontsAreDecodedLineByLine) {
  const std::string header = "TỈNH ỦY QUẢNG TRỊ\nSố 28-CT/TU\nĐông Hà, ngày 12 tháng 3 năm 2024\n";
  const std::string body = "Thời gian qua, các cấp ủy đã quan tâm lãnh đạo công tác chuyển đổi số.\n"
                           "Người đứng đầu cấp ủy trực tiếp chỉ đạo việc thực hiện.\n";
  DecodedText vni = DecodeOrDie(Encode(header, "TCVN3") + Encode(body, "VNI-Windows"));
  EXPECT_EQ(vni.text, header + body);
  EXPECT_EQ(vni.encoding, "mixed:TCVN3,VNI-Windows");
  DecodedText utf8 = DecodeOrDie(Encode(header, "TCVN3") + body);
  EXPECT_EQ(utf8.text, header + body);
  EXPECT_EQ(utf8.encoding, "mixed:TCVN3,UTF-8");
  DecodedText mojibake = DecodeOrDie(Encode(header, "UTF-8+TCVN3-mojibake") + body);
  EXPECT_EQ(mojibake.text, header + body);
  EXPECT_EQ(mojibake.encoding, "UTF-8+TCVN3-mojibake");
}

TEST(LegacyDetection, RepairsMojibakeInUtf8TextLayers) {
  DecodedText tcvn3 = RepairMojibake("Bé ChÝnh trÞ\nSố 12", Rules());
  EXPECT_EQ(tcvn3.text, "Bộ Chính trị\nSố 12");
  EXPECT_EQ(tcvn3.encoding, "UTF-8+TCVN3-mojibake");
  DecodedText vni = RepairMojibake("Boä Chính trò", Rules());
  EXPECT_EQ(vni.text, "Bộ Chính trị");
  EXPECT_EQ(vni.encoding, "UTF-8+VNI-Windows-mojibake");
  // Clean text with Latin-1 punctuation is left alone.
  const std::string clean = "Chỉ thị số 05 «về học tập» – đạt 95% · Hà Nội\n"
                            "Cà phê – ©2024\n";  // all Latin-1, all Vietnamese
  DecodedText same = RepairMojibake(clean, Rules());
  EXPECT_EQ(same.text, clean);
  EXPECT_EQ(same.encoding, "UTF-8");
}

TEST(LegacyDetection, Utf16WithoutBom) {
  std::string le, be;
  for (char c : std::string("Chi thi so 05 ve hoc tap\n")) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  le += std::string("\x10\x01", 2);  // Đ
  be += std::string("\x01\x10", 2);
  EXPECT_EQ(DecodeOrDie(le).encoding, "UTF-16LE");
  EXPECT_EQ(DecodeOrDie(be).text, "Chi thi so 05 ve hoc tap\nĐ");
}

TEST(LegacyDetection, ForcedEncodingIsUsedAsIs) {
  std::string bytes = Encode("Bộ Chính trị", "TCVN3");
  DecodedText forced = DecodeOrDie(bytes, "VNI-Windows");
  EXPECT_EQ(forced.encoding, "VNI-Windows");
  EXPECT_NE(forced.text, "Bộ Chính trị");
  EXPECT_EQ(DecodeOrDie(bytes, "TCVN3").text, "Bộ Chính trị");
  auto utf8 = Decode(SourceFile{"doc.txt", bytes}, Rules(), DecodeOptions{"UTF-8"});
  ASSERT_FALSE(utf8.ok());
  EXPECT_NE(utf8.status().message().find("invalid UTF-8 at byte offset 1"),
            std::string::npos);
  EXPECT_TRUE(Rules().IsKnown("UTF-8+TCVN3-mojibake"));
  EXPECT_FALSE(Rules().IsKnown("Windows-1252"));  // not a Vietnamese encoding
}

TEST(LegacyDetection, VisciiCapitalsInControlPositions) {
  // VISCII puts Ỷ at 0x14, a control byte in every other encoding.
  const std::string text = "TỶ LỆ HỘ NGHÈO GIẢM MẠNH\nTỷ lệ hộ nghèo giảm còn 2,1%.\n";
  std::string bytes = Encode(text, "VISCII");
  ASSERT_NE(bytes.find('\x14'), std::string::npos);
  DecodedText back = DecodeOrDie(bytes);
  EXPECT_EQ(back.text, text);
  EXPECT_EQ(back.encoding, "VISCII");
  auto binary = Decode(SourceFile{"doc.txt", "abc\x14" "def ghi\n"}, Rules());
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.status().message().find("binary content (control byte 0x14) at byte offset 3"),
            std::string::npos) << binary.status().message();
}

TEST(LegacyDetection, EightBitTextNoEncodingReadsIsAnError) {
  // Western European text is not Vietnamese in any encoding.
  auto r = Decode(SourceFile{"doc.txt", "D\xFC" "sseldorf, M\xFC" "nchen, K\xF6" "ln und Gr\xFC\xDF" "e\n"},
                  Rules());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("doc.txt: invalid UTF-8 at byte offset 1"),
            std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("no Vietnamese 8-bit encoding"),
            std::string::npos) << r.status().message();
}

// corpus/encodings/NAME.KIND.txt is corpus/directives/NAME.txt written in
// a legacy encoding (scripts/make_encoded_corpus.sh); it must give the same
// text, items and metadata.
TEST(LegacyDetection, EncodedCorpusCopiesGiveTheSameDocument) {
  namespace fs = std::filesystem;
  int copies = 0;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("corpus/encodings"))) {
    std::string stem = entry.path().stem().stem().string();
    auto copy = ProcessFile(entry.path().string(), testing::Rules());
    auto original = ProcessFile(
        testing::SourcePath("corpus/directives/" + stem + ".txt"), testing::Rules());
    ASSERT_TRUE(copy.ok()) << copy.status().message();
    ASSERT_TRUE(original.ok()) << original.status().message();
    auto a = ToJson(*copy), b = ToJson(*original);
    a.erase("source");
    b.erase("source");
    EXPECT_EQ(a, b) << entry.path();
    EXPECT_NE(copy->source.encoding, original->source.encoding);
    ++copies;
  }
  EXPECT_GE(copies, 4);
}

}  // namespace
}  // namespace vbtask
