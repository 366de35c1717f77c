// `vbtask repair FILE`: the repaired text with every change marked
// ⟦printed→repaired⟧.
#include "cli/repair_command.h"

#include <iostream>
#include <memory>

#include "pipeline/driver/pipeline.h"

namespace vbtask::cli {

void AddRepairModeOption(CLI::App* cmd, std::string* mode) {
  cmd->add_option("--repair", *mode,
                  "OCR repair: off, safe (default: only clear cases) or full")
      ->check(CLI::IsMember({"off", "safe", "full"}));
}

namespace {

struct RepairOptions {
  std::string input;
  std::string mode = "safe";
  std::string rules_dir;
};

int RunRepair(const RepairOptions& options) {
  auto rules = PipelineRules::Load(
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  if (!rules.ok()) {
    std::cerr << "vbtask: " << rules.status().message() << "\n";
    return 2;
  }
  ParseRepairMode(options.mode, &rules->repair_mode);
  auto doc = ProcessFile(options.input, *rules);
  if (!doc.ok()) {
    std::cerr << "vbtask: " << doc.status().message() << "\n";
    return 1;
  }
  const std::string& text = doc->text.text;
  std::string out;
  size_t copied = 0;
  for (const Repair& r : doc->repairs) {
    out.append(text, copied, r.begin - copied);
    out += "⟦" + r.from + "→" + r.to + "⟧";
    copied = r.end;
  }
  out.append(text, copied, std::string::npos);
  std::cout << out << "\n";
  std::cerr << doc->repairs.size() << " repairs\n";
  return 0;
}

}  // namespace

void RegisterRepairCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<RepairOptions>();
  CLI::App* cmd = app.add_subcommand(
      "repair", "Print a document's text with its OCR repairs marked");
  cmd->add_option("input", options->input, "A document")->required();
  AddRepairModeOption(cmd, &options->mode);
  cmd->add_option("--rules", options->rules_dir, "Rules directory");
  cmd->callback([options, exit_code] { *exit_code = RunRepair(*options); });
}

}  // namespace vbtask::cli
