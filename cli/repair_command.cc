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
  bool lines = false;  // repair the file's lines as they are
};

std::string Marked(const std::string& text, const std::vector<Repair>& repairs) {
  std::string out;
  size_t copied = 0;
  for (const Repair& r : repairs) {
    out.append(text, copied, r.begin - copied);
    out += "⟦" + r.from + "→" + r.to + "⟧";
    copied = r.end;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

int RunRepair(const RepairOptions& options) {
  auto rules = PipelineRules::Load(
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  if (!rules.ok()) {
    std::cerr << "vbtask: " << rules.status().message() << "\n";
    return 2;
  }
  ParseRepairMode(options.mode, &rules->repair_mode);
  if (options.lines) {  // what `vbtask eval repair` scores
    auto bytes = ReadWholeFile(options.input);
    if (!bytes.ok()) {
      std::cerr << "vbtask: " << bytes.status().message() << "\n";
      return 1;
    }
    RepairedText r = RepairText(*bytes, rules->repair, rules->repair_mode);
    std::cout << Marked(r.text, r.repairs);
    std::cerr << r.repairs.size() << " repairs\n";
    return 0;
  }
  auto doc = ProcessFile(options.input, *rules);
  if (!doc.ok()) {
    std::cerr << "vbtask: " << doc.status().message() << "\n";
    return 1;
  }
  std::cout << Marked(doc->text, doc->repairs) << "\n";
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
  cmd->add_flag("--lines", options->lines,
                "Repair the lines as they are, without reconstructing paragraphs");
  cmd->callback([options, exit_code] { *exit_code = RunRepair(*options); });
}

}  // namespace vbtask::cli
