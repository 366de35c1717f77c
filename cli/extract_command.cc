#include "cli/extract_command.h"

#include <atomic>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>

#include "pipeline/driver/input_files.h"
#include "cli/output_writer.h"
#include "cli/repair_command.h"
#include "pipeline/driver/batch.h"
#include "pipeline/emit/csv.h"
#include "pipeline/emit/emit.h"
#include "pipeline/emit/xlsx.h"
#include "pipeline/model/names.h"
#include "pipeline/store/store.h"

namespace vbtask::cli {
namespace {

struct Outcome {
  bool ok = false;
  // Kept only when printing to stdout or into one file for the batch
  // (output.jsonl, output.csv): the JSON, or the CSV rows.
  std::string text;
  std::optional<Document> doc;  // kept for --format xlsx
};

// How the documents are written: one file each, or all in one stream.
struct OutputForm {
  bool csv = false;    // rows of one table (--format csv)
  bool xlsx = false;   // one workbook (--format xlsx)
  bool jsonl = false;  // one JSON line each
  bool one_stream() const { return csv || xlsx || jsonl; }
  std::string batch_file() const {
    return csv ? "output.csv" : xlsx ? "output.xlsx" : "output.jsonl";
  }
};

std::string Serialize(const Document& doc, const OutputForm& form) {
  if (form.csv) return CsvRows(doc);
  if (form.xlsx) return "";  // the workbook is made of all documents at the end
  return EmitJson(doc, form.jsonl ? JsonLayout::kOneLine : JsonLayout::kPretty);
}

// Files of the batch by class, and those that failed: the summary line.
struct ClassCounts {
  std::atomic<size_t> by_class[3] = {0, 0, 0};
  std::atomic<size_t> failed = 0;

  void Add(DocumentClass c) { ++by_class[static_cast<int>(c)]; }
  std::string Line() const {
    size_t files = failed;
    std::string parts;
    for (DocumentClass c : {DocumentClass::kDirective, DocumentClass::kNormative,
                            DocumentClass::kOther}) {
      size_t n = by_class[static_cast<int>(c)];
      files += n;
      parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " +
               std::string(NameOf(c));
    }
    return std::to_string(files) + " files: " + parts + ", " +
           std::to_string(failed.load()) + " failed";
  }
};

}  // namespace

void RegisterExtractCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract structure and metadata from directive documents");
  cmd->add_option("inputs", options->inputs,
                  "Files or directories (recursed); - reads standard input")
      ->required();
  cmd->add_option("-o,--output", options->out_dir,
                  "Write DIR/<name>.json per input (atomically)");
  cmd->add_option("--format", options->format,
                  "json, jsonl, csv or xlsx (csv, xlsx: one row per item; see README)")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "xlsx"}));
  cmd->add_option("--rules", options->rules_dir,
                  "Rules directory (default: beside an installed binary, $VBTASK_RULES, "
                  "or the source checkout's)");
  cmd->add_option("--encoding", options->encoding,
                  "Read every input in this encoding instead of detecting it "
                  "(UTF-8, TCVN3, VNI-Windows, ...; see README)");
  cmd->add_option("-j,--jobs", options->jobs,
                  "Files processed in parallel (default: one per core)");
  AddRepairModeOption(cmd, &options->repair);
  cmd->add_option("--adapt", options->adapt,
                  "What the repair model adapts to: the whole batch (default; "
                  "inputs are read in a first pass) or each document alone")
      ->check(CLI::IsMember({"batch", "document"}));
  cmd->add_option("--ocr-jobs", options->ocr_jobs,
                  "Scanned pages of one file OCR'd in parallel (default: one per core)");
  cmd->add_flag("--keep-other", options->keep_other,
               "Read items, type and citation relations even of inputs classed "
               "'other' (fragments of a document without its header)");
  cmd->add_option("--db", options->db,
                  "Also load every document into this SQLite store (created when "
                  "absent; see schema/store.sql)");
  cmd->callback([options, exit_code] { *exit_code = RunExtract(*options); });
}

int RunExtract(const ExtractOptions& options) {
  std::string rules_dir =
      options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir;
  auto rules = PipelineRules::Load(rules_dir);
  if (!rules.ok()) {
    std::cerr << "vbtask: " << rules.status().message() << "\n";
    return 2;
  }
  if (!options.encoding.empty() && !rules->decode.IsKnown(options.encoding)) {
    std::string names;
    for (const std::string& n : rules->decode.EncodingNames()) {
      names += (names.empty() ? "" : ", ") + n;
    }
    std::cerr << "vbtask: unknown encoding \"" << options.encoding
              << "\"; valid names: " << names << "\n";
    return 2;
  }
  const DecodeOptions decode_options{options.encoding};
  ParseRepairMode(options.repair, &rules->repair_mode);
  rules->classify.strip_other = !options.keep_other;
  std::unique_ptr<Store> store;
  if (!options.db.empty()) {
    auto opened = Store::Open(options.db);
    if (!opened.ok()) {
      std::cerr << "vbtask: " << opened.status().message() << "\n";
      return 2;
    }
    store = std::move(opened.value());
  }
  std::unique_ptr<StoreLoader> loader;
  if (store) loader = std::make_unique<StoreLoader>(store.get(), VBTASK_VERSION);
  std::vector<InputFile> inputs = ExpandInputs(options.inputs);
  // With --db alone the store is the output.
  const bool to_stdout = options.out_dir.empty() && !store;
  const bool write_output = !options.out_dir.empty() || to_stdout;
  OutputForm form;
  form.csv = options.format == "csv";
  form.xlsx = options.format == "xlsx";
  form.jsonl = options.format == "jsonl" ||
               (options.format == "json" && to_stdout && inputs.size() > 1);
  const bool keep_text = to_stdout || form.one_stream();

  std::string stdin_bytes;
  std::vector<std::string> paths;
  for (const InputFile& in : inputs) {
    paths.push_back(in.path);
    if (in.path == "-" && stdin_bytes.empty()) {
      stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin),
                         std::istreambuf_iterator<char>());
    }
  }

  std::vector<Outcome> outcomes(inputs.size());
  std::mutex err_mu;
  auto report = [&](const std::string& message) {
    std::lock_guard<std::mutex> lock(err_mu);
    std::cerr << "vbtask: " << message << "\n";
  };
  ClassCounts counts;
  auto write = [&](size_t i, Result<Document> doc) {
    const InputFile& in = inputs[i];
    if (!doc.ok()) {
      ++counts.failed;
      return report(doc.status().message());
    }
    counts.Add(doc->document_class);
    if (loader) loader->Add(*doc);
    if (!write_output) {
      outcomes[i].ok = true;
      return;
    }
    std::string serialized;
    try {
      serialized = Serialize(*doc, form);
    } catch (const std::exception& e) {
      return report(in.path + ": cannot serialize: " + e.what());
    }
    if (!keep_text) {
      namespace fs = std::filesystem;
      Status s = WriteFileAtomically(
          (fs::path(options.out_dir) / in.output_name).string(), serialized);
      if (!s.ok()) return report(s.message());
    } else {
      outcomes[i].text = std::move(serialized);
      if (form.xlsx) outcomes[i].doc = std::move(doc.value());
    }
    outcomes[i].ok = true;
  };
  BatchOptions batch_options;
  batch_options.process.ocr_workers = options.ocr_jobs;
  batch_options.process.decode = decode_options;
  batch_options.jobs = options.jobs;
  batch_options.adapt = options.adapt == "batch";
  if (Status s = ProcessBatch(paths, stdin_bytes, *rules, batch_options, write); !s.ok()) {
    report(s.message());
    return 1;
  }

  bool all_ok = true;
  if (loader) {
    if (Status s = loader->Finish(); !s.ok()) {
      report(s.message());
      all_ok = false;
    }
  }
  if (inputs.size() > 1 || store) {
    report(counts.Line() + (loader ? "; " + std::to_string(loader->loaded()) +
                                         " loaded into " + options.db
                                   : ""));
  }
  std::string batch = form.csv ? CsvPreamble() : "";
  std::vector<const Document*> docs;
  for (const Outcome& o : outcomes) {
    all_ok &= o.ok;
    if (o.ok && keep_text) batch += o.text + (form.jsonl ? "\n" : "");
    if (o.doc) docs.push_back(&*o.doc);
  }
  if (form.xlsx && write_output) {
    auto workbook = XlsxWorkbook(docs);
    if (!workbook.ok()) {
      report(workbook.status().message());
      return 1;
    }
    batch = std::move(workbook.value());
  }
  if (to_stdout) {
    std::cout << batch;
  } else if (write_output && form.one_stream()) {
    namespace fs = std::filesystem;
    Status s = WriteFileAtomically(
        (fs::path(options.out_dir) / form.batch_file()).string(), batch);
    if (!s.ok()) {
      report(s.message());
      all_ok = false;
    }
  }
  return all_ok ? 0 : 1;
}

}  // namespace vbtask::cli
