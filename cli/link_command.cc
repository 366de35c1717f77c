// `vbtask link DIR...`: the citation graph of a directory of vbtask outputs
// (link/link.h), as vbtask-link/1 JSON, CSV edges or GraphML; with
// `--from KEY`, the documents carrying KEY down, level by level.
#include <iostream>
#include <memory>

#include "cli/analysis_commands.h"
#include "cli/document_loader.h"
#include "cli/output_writer.h"
#include "pipeline/compare/levels.h"
#include "pipeline/link/graph_report.h"

namespace vbtask::cli {
namespace {

struct LinkCommandOptions {
  std::vector<std::string> dirs;
  std::string output;
  std::string format = "json";
  std::string from;
  std::string rules_dir;
  LinkOptions link;
};

int Fail(const std::string& message, int code) {
  std::cerr << "vbtask link: " << message << "\n";
  return code;
}

int RunLink(const LinkCommandOptions& options) {
  std::string rules_dir = options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir;
  auto rules = LinkRules::Load(rules_dir);
  if (!rules.ok()) return Fail(rules.status().message(), 2);
  auto levels = LevelMap::Load(rules_dir, rules->folder);
  if (!levels.ok()) return Fail(levels.status().message(), 2);
  int exit_code = 0;
  std::vector<Document> docs;
  for (const std::string& dir : options.dirs) {
    std::vector<std::string> errors;
    for (Document& doc : LoadOutputDirectory(dir, &errors)) docs.push_back(std::move(doc));
    for (const std::string& e : errors) exit_code = Fail(e, 1);
  }
  CitationGraph graph = LinkDocuments(docs, *rules, options.link);
  NodeLevel level_of = [&](const GraphNode& node) {
    std::string level = levels->LevelOfName(node.issuer);
    if (level.empty() && !node.documents.empty())
      level = levels->DocumentLevel(docs[node.documents[0]]);
    return level;
  };
  std::string content;
  if (!options.from.empty()) {
    int root = graph.FindNode(options.from);
    if (root < 0) return Fail("no document with key " + options.from, 1);
    content = DescendantChain(graph, Descendants(graph, root), level_of);
  } else if (options.format == "csv") {
    content = GraphCsv(graph);
  } else if (options.format == "graphml") {
    content = GraphMl(graph, level_of);
  } else {
    content = GraphJson(graph, docs, level_of);
  }
  if (options.output.empty() || options.output == "-") {
    std::cout << content;
  } else if (Status s = WriteFileAtomically(options.output, content); !s.ok()) {
    return Fail(s.message(), 1);
  }
  return exit_code;
}

}  // namespace

void RegisterLinkCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<LinkCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "link", "Resolve the documents cited in a directory of vbtask outputs to the "
              "corpus documents they name: the citation graph");
  cmd->add_option("dirs", options->dirs, "Directories of vbtask JSON outputs")->required();
  cmd->add_option("-o,--output", options->output, "Write to FILE (atomically)");
  cmd->add_option("--format", options->format, "json (default), csv or graphml")
      ->check(CLI::IsMember({"json", "csv", "graphml"}));
  cmd->add_option("--from", options->from,
                  "Print the documents carrying KEY down, level by level");
  cmd->add_option("--max-distance", options->link.max_distance,
                  "Largest weighted edit distance of a damaged number (default 0.9)");
  cmd->add_option("--rules", options->rules_dir,
                  "Rules directory (default: $VBTASK_RULES or the built-in)");
  cmd->callback([options, exit_code] { *exit_code = RunLink(*options); });
}

}  // namespace vbtask::cli
