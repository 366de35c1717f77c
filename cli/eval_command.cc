// `vbtask eval repair --noisy A --clean B`: how well repair restores A to B.
// `vbtask eval noise --rate R --seed S IN -o OUT`: OCR-like noise for tests.
// `vbtask eval damage FILE...`: the signs of damage each text shows and
// whether repair would touch it.
#include <iostream>
#include <memory>

#include "cli/output_writer.h"
#include "cli/repair_command.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/repair/measure.h"

namespace vbtask::cli {
namespace {

struct EvalOptions {
  std::string noisy, clean, mode = "safe", rules_dir;
  std::string input, output, origin = "typed";
  std::vector<std::string> inputs;
  double rate = 0.05;
  uint32_t seed = 1;
};

int Fail(const Status& s, int code) {
  std::cerr << "vbtask: " << s.message() << "\n";
  return code;
}

// A file's text, decoded as any input is (encoding detected).
Result<std::string> ReadText(const std::string& path, const std::string& rules_dir) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  auto rules = DecodeRules::Load(rules_dir.empty() ? DefaultRulesDir() : rules_dir);
  if (!rules.ok()) return rules.status();
  auto decoded = Decode({path, std::move(bytes.value())}, *rules);
  if (!decoded.ok()) return decoded.status();
  return std::move(decoded->text);
}

int RunEvalRepair(const EvalOptions& options) {
  auto model = RepairModel::Load(
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  if (!model.ok()) return Fail(model.status(), 2);
  auto noisy = ReadText(options.noisy, options.rules_dir);
  if (!noisy.ok()) return Fail(noisy.status(), 1);
  auto clean = ReadText(options.clean, options.rules_dir);
  if (!clean.ok()) return Fail(clean.status(), 1);
  RepairMode mode = RepairMode::kSafe;
  ParseRepairMode(options.mode, &mode);
  // As extract would: typed text without signs of damage stays as it is.
  const RepairDecision decision = DecideRepair(
      *noisy, *model, options.origin == "ocr" ? TextOrigin::kOcr : TextOrigin::kTyped);
  std::cout << (decision.repair ? "repaired: " : "") << decision.reason << "\n";
  RepairedText repaired =
      RepairText(*noisy, *model, decision.repair ? mode : RepairMode::kOff);
  std::cout << FormatScore(ScoreRepair(*noisy, repaired.text, *clean,
                                       repaired.repairs.size()));
  return 0;
}

int RunEvalNoise(const EvalOptions& options) {
  auto clean = ReadText(options.input, options.rules_dir);
  if (!clean.ok()) return Fail(clean.status(), 1);
  Status s = WriteFileAtomically(
      options.output, AddOcrNoise(*clean, options.rate, options.seed));
  return s.ok() ? 0 : Fail(s, 1);
}

int RunEvalDamage(const EvalOptions& options) {
  auto model = RepairModel::Load(
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  if (!model.ok()) return Fail(model.status(), 2);
  int code = 0;
  DamageSignature total;
  for (const std::string& path : options.inputs) {
    auto text = ReadText(path, options.rules_dir);
    if (!text.ok()) {
      std::cerr << "vbtask: " << text.status().message() << "\n";
      code = 1;
      continue;
    }
    const RepairDecision d = DecideRepair(*text, *model, TextOrigin::kTyped);
    std::cout << path << "\t" << (d.repair ? "repair" : "skip") << "\t"
              << d.signature.Describe() << "\n";
    total.words += d.signature.words;
    total.ill_formed += d.signature.ill_formed;
    total.glyph_gaps += d.signature.glyph_gaps;
    total.mixed_case += d.signature.mixed_case;
    total.misread_numbers += d.signature.misread_numbers;
    total.stray_marks += d.signature.stray_marks;
  }
  std::cout << "TOTAL\t" << total.Describe() << "\n";
  return code;
}

}  // namespace

void RegisterEvalCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval", "Measure OCR repair");
  eval->require_subcommand(1);
  CLI::App* repair = eval->add_subcommand(
      "repair", "Repair a damaged text and score it against its clean form");
  repair->add_option("--noisy", options->noisy, "Damaged text")->required();
  repair->add_option("--clean", options->clean, "Clean reference")->required();
  AddRepairModeOption(repair, &options->mode);
  repair->add_option("--origin", options->origin,
                     "typed (default): repaired only if it shows damage; ocr: always")
      ->check(CLI::IsMember({"typed", "ocr"}));
  repair->add_option("--rules", options->rules_dir, "Rules directory");
  repair->callback(
      [options, exit_code] { *exit_code = RunEvalRepair(*options); });
  CLI::App* noise = eval->add_subcommand(
      "noise", "Damage a clean text like OCR does (dropped glyphs, marks)");
  noise->add_option("input", options->input, "Clean text")->required();
  noise->add_option("-o,--output", options->output, "Noisy text")->required();
  noise->add_option("--rate", options->rate, "Share of words damaged");
  noise->add_option("--seed", options->seed, "Random seed");
  noise->callback([options, exit_code] { *exit_code = RunEvalNoise(*options); });
  CLI::App* damage = eval->add_subcommand(
      "damage", "Count each text's signs of damage and say whether repair runs");
  damage->add_option("files", options->inputs, "Texts")->required();
  damage->add_option("--rules", options->rules_dir, "Rules directory");
  damage->callback([options, exit_code] { *exit_code = RunEvalDamage(*options); });
}

}  // namespace vbtask::cli
