// `vbtask eval repair --noisy A --clean B`: how well repair restores A to B.
// `vbtask eval noise --rate R --seed S IN -o OUT`: OCR-like noise for tests.
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
  std::string input, output;
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
  RepairedText repaired = RepairText(*noisy, *model, mode);
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
}

}  // namespace vbtask::cli
