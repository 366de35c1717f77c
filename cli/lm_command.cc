// `vbtask lm build TEXTS... -o MODEL`: trains the repair language model.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/output_writer.h"
#include "cli/repair_command.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/repair/repair.h"

namespace vbtask::cli {
namespace {

struct LmOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string rules_dir;
};

int RunLmBuild(const LmOptions& options) {
  std::vector<SourceFile> texts;
  std::vector<std::string> names;
  for (const std::string& path : options.inputs) {
    auto bytes = ReadWholeFile(path);
    if (!bytes.ok()) {
      std::cerr << "vbtask: " << bytes.status().message() << "\n";
      return 1;
    }
    texts.push_back({path, std::move(bytes.value())});
    names.push_back(std::filesystem::path(path).filename().string());
  }
  auto model = BuildLanguageModel(
      texts, names,
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  if (!model.ok()) {
    std::cerr << "vbtask: " << model.status().message() << "\n";
    return 2;
  }
  Status s = WriteFileAtomically(options.output, *model);
  if (!s.ok()) {
    std::cerr << "vbtask: " << s.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterLmCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<LmOptions>();
  CLI::App* lm = app.add_subcommand("lm", "The OCR-repair language model");
  lm->require_subcommand(1);
  CLI::App* build = lm->add_subcommand(
      "build", "Train a model from clean texts and rules/repair/lexicon.tsv");
  build->add_option("texts", options->inputs, "Clean UTF-8 texts")->required();
  build->add_option("-o,--output", options->output, "Model file to write")
      ->required();
  build->add_option("--rules", options->rules_dir, "Rules directory");
  build->callback([options, exit_code] { *exit_code = RunLmBuild(*options); });
}

}  // namespace vbtask::cli
