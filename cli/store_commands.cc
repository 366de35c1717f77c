// `vbtask index` and `vbtask query`: the corpus store (store/store.h) from
// the command line.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/extract_command.h"
#include "pipeline/driver/pipeline.h"
#include "pipeline/model/serialized.h"
#include "pipeline/store/store.h"

namespace vbtask::cli {
namespace {

namespace fs = std::filesystem;

struct IndexOptions {
  std::vector<std::string> inputs;  // .json files, output.jsonl files, directories
  std::string db;
};

struct QueryOptions {
  std::string db;
  std::string sql;
  std::string search;
  int limit = 20;
};

// The .json and .jsonl files under `inputs`, sorted within each directory.
std::vector<std::string> JsonFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  auto wanted = [](const fs::path& p) {
    return p.extension() == ".json" || p.extension() == ".jsonl";
  };
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (!fs::is_directory(in, ec)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(in, ec)) {
      if (e.is_regular_file() && wanted(e.path())) found.push_back(e.path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// Exit codes as extract's: 0 all loaded, 1 some files failed, 2 no store.
int RunIndex(const IndexOptions& options) {
  auto store = Store::Open(options.db);
  if (!store.ok()) {
    std::cerr << "vbtask: " << store.status().message() << "\n";
    return 2;
  }
  StoreLoader loader(store->get(), VBTASK_VERSION);
  size_t failed = 0;
  auto fail = [&](const std::string& message) {
    std::cerr << "vbtask: " << message << "\n";
    ++failed;
  };
  for (const std::string& path : JsonFiles(options.inputs)) {
    auto bytes = ReadWholeFile(path);
    if (!bytes.ok()) {
      fail(bytes.status().message());
      continue;
    }
    // A .jsonl holds one document per line; a .json one pretty document.
    std::vector<std::string_view> records;
    if (fs::path(path).extension() == ".jsonl") {
      std::string_view all = *bytes;
      for (size_t at = 0; at < all.size();) {
        size_t end = std::min(all.find('\n', at), all.size());
        if (end > at) records.push_back(all.substr(at, end - at));
        at = end + 1;
      }
    } else {
      records.push_back(*bytes);
    }
    for (size_t r = 0; r < records.size(); ++r) {
      auto doc = ParseDocumentJson(records[r]);
      if (!doc.ok()) {
        std::string where = records.size() > 1 ? ":" + std::to_string(r + 1) : "";
        fail(path + where + ": " + doc.status().message());
        continue;
      }
      loader.Add(*doc);
    }
  }
  if (Status s = loader.Finish(); !s.ok()) {
    std::cerr << "vbtask: " << s.message() << "\n";
    return 1;
  }
  std::cerr << "vbtask: " << loader.loaded() << " documents loaded into " << options.db
            << (failed ? ", " + std::to_string(failed) + " files failed" : "") << "\n";
  return failed ? 1 : 0;
}

// Tab-separated, a header line first; tabs and newlines in values are
// written as spaces so that each row stays one line.
void PrintRows(const QueryRows& rows) {
  auto cell = [](std::string v) {
    std::replace_if(v.begin(), v.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return v;
  };
  std::ostringstream out;
  for (size_t c = 0; c < rows.columns.size(); ++c) {
    out << (c ? "\t" : "") << cell(rows.columns[c]);
  }
  out << "\n";
  for (const auto& row : rows.rows) {
    for (size_t c = 0; c < row.size(); ++c) out << (c ? "\t" : "") << cell(row[c]);
    out << "\n";
  }
  std::cout << out.str();
}

int RunQuery(const QueryOptions& options) {
  if (options.sql.empty() == options.search.empty()) {
    std::cerr << "vbtask: query needs either SQL or --search WORDS\n";
    return 2;
  }
  // A query does not create a store: a mistyped file name is an error.
  if (!IsPostgresUrl(options.db) && !fs::exists(options.db)) {
    std::cerr << "vbtask: " << options.db << ": no such store\n";
    return 2;
  }
  auto store = Store::Open(options.db);
  if (!store.ok()) {
    std::cerr << "vbtask: " << store.status().message() << "\n";
    return 2;
  }
  auto rows = options.sql.empty() ? (*store)->Search(options.search, options.limit)
                                  : (*store)->Query(options.sql);
  if (!rows.ok()) {
    std::cerr << "vbtask: " << rows.status().message() << "\n";
    return 1;
  }
  PrintRows(*rows);
  return 0;
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, int* exit_code) {
  auto index = std::make_shared<IndexOptions>();
  CLI::App* cmd = app.add_subcommand(
      "index", "Load vbtask JSON output (files, output.jsonl, directories) into a store");
  cmd->add_option("inputs", index->inputs, "JSON files or directories of them")->required();
  cmd->add_option("--db", index->db, "The SQLite store (created when absent)")->required();
  cmd->callback([index, exit_code] { *exit_code = RunIndex(*index); });

  auto query = std::make_shared<QueryOptions>();
  cmd = app.add_subcommand("query", "Run SQL on a store, or search its text");
  cmd->add_option("sql", query->sql, "SQL (see schema/store.sql and README)");
  cmd->add_option("--db", query->db, "The SQLite store")->required();
  cmd->add_option("--search", query->search,
                  "Full-text search of document and item text (FTS5 query; "
                  "diacritics and đ need not be typed)");
  cmd->add_option("--limit", query->limit, "Rows of --search (default 20)");
  cmd->callback([query, exit_code] { *exit_code = RunQuery(*query); });
}

}  // namespace vbtask::cli
