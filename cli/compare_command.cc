// `vbtask compare PARENT CHILD`: the tasks a document carries down from the
// directive it implements (compare/compare.h), as vbtask-compare/1 JSON, a
// CSV pair table or an HTML page.
// `vbtask compare --learn DIR... -o FILE`: the item frequencies of a corpus
// of outputs, from which term weights are taken.
#include <iostream>
#include <memory>

#include "cli/analysis_commands.h"
#include "cli/document_loader.h"
#include "cli/output_writer.h"
#include "pipeline/compare/report.h"

namespace vbtask::cli {
namespace {

struct CompareCommandOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string format = "json";
  std::string rules_dir;
  std::vector<std::string> learn_dirs;
  CompareOptions compare;
};

int Fail(const std::string& message, int code) {
  std::cerr << "vbtask compare: " << message << "\n";
  return code;
}

int Emit(const std::string& output, const std::string& content) {
  if (output.empty() || output == "-") {
    std::cout << content;
    return 0;
  }
  Status s = WriteFileAtomically(output, content);
  return s.ok() ? 0 : Fail(s.message(), 1);
}

int RunLearn(const CompareCommandOptions& options, const CompareRules& rules) {
  if (options.output.empty()) return Fail("--learn needs -o FILE", 2);
  TermWeights weights;
  size_t documents = 0;
  int exit_code = 0;
  for (const std::string& dir : options.learn_dirs) {
    std::vector<std::string> errors;
    for (const Document& doc : LoadOutputDirectory(dir, &errors)) {
      LearnTermWeights(doc, rules, &weights);
      ++documents;
    }
    for (const std::string& e : errors) exit_code = Fail(e, 1);
  }
  if (weights.items() == 0) return Fail("no items found in the given directories", 1);
  std::cerr << "vbtask compare: " << weights.items() << " items of " << documents
            << " documents\n";
  int written = Emit(options.output, weights.Serialize());
  return written != 0 ? written : exit_code;
}

int RunCompare(const CompareCommandOptions& options) {
  std::string rules_dir = options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir;
  auto rules = CompareRules::Load(rules_dir);
  if (!rules.ok()) return Fail(rules.status().message(), 2);
  if (!options.learn_dirs.empty()) return RunLearn(options, *rules);
  if (options.inputs.size() != 2) return Fail("give PARENT and CHILD", 2);
  DocumentLoader loader(rules_dir);
  std::vector<Document> docs;
  for (const std::string& path : options.inputs) {
    auto doc = loader.Load(path);
    if (!doc.ok()) return Fail(doc.status().message(), 1);
    doc->source.path = path;
    docs.push_back(std::move(doc.value()));
  }
  TermWeights weights = rules->corpus_weights;
  for (const Document& doc : docs) LearnTermWeights(doc, *rules, &weights);
  auto comparison = CompareDocuments(docs[0], docs[1], *rules, weights, options.compare);
  if (!comparison.ok()) return Fail(comparison.status().message(), 1);
  std::string content;
  if (options.format == "csv") content = ComparisonCsv(*comparison, docs[0], docs[1]);
  else if (options.format == "html") content = ComparisonHtml(*comparison, docs[0], docs[1]);
  else content = ComparisonJson(*comparison, docs[0], docs[1]);
  return Emit(options.output, content);
}

}  // namespace

void RegisterCompareCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<CompareCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "Align the tasks of a directive (PARENT) with a document carrying it "
                 "down (CHILD): pairs and their changes, dropped and added tasks");
  cmd->add_option("inputs", options->inputs,
                  "PARENT CHILD: vbtask JSON outputs or documents (processed)");
  cmd->add_option("-o,--output", options->output, "Write to FILE (atomically)");
  cmd->add_option("--format", options->format, "json (default), csv or html")
      ->check(CLI::IsMember({"json", "csv", "html"}));
  cmd->add_option("--rules", options->rules_dir,
                  "Rules directory (default: $VBTASK_RULES or the built-in)");
  cmd->add_option("--threshold", options->compare.pair_threshold,
                  "Least score of a pair (default 0.22)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--learn", options->learn_dirs,
                  "Count the terms of the items of the outputs under DIR and write "
                  "the item frequencies to -o FILE (rules/compare/item_frequencies.tsv)");
  cmd->callback([options, exit_code] { *exit_code = RunCompare(*options); });
}

}  // namespace vbtask::cli
