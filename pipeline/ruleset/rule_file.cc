#include "pipeline/ruleset/rule_file.h"

#include <re2/re2.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pipeline/base/utf8.h"

namespace vbtask {

Status RuleFile::Error(const RuleEntry& entry, std::string_view message) const {
  return Status::InvalidRules(path + ":" + std::to_string(entry.line) + ": " +
                              std::string(message));
}

Result<RuleFile> ReadRuleFile(const std::string& dir,
                              const std::string& relative_path,
                              size_t min_fields, size_t max_fields) {
  RuleFile file;
  file.path = dir + "/" + relative_path;
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return Status::InvalidRules(file.path + ": cannot open rules file");
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t bad = 0;
    if (!utf8::IsValid(line, &bad)) {
      return Status::InvalidRules(file.path + ":" + std::to_string(line_no) +
                                  ": invalid UTF-8 at column " +
                                  std::to_string(bad + 1));
    }
    std::string_view trimmed = utf8::Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    RuleEntry entry;
    entry.line = line_no;
    size_t pos = 0;
    while (pos <= line.size()) {
      size_t tab = line.find('\t', pos);
      if (tab == std::string::npos) tab = line.size();
      if (tab > pos) entry.fields.emplace_back(line.substr(pos, tab - pos));
      pos = tab + 1;
    }
    if (entry.fields.size() < min_fields || entry.fields.size() > max_fields) {
      std::string want = min_fields == max_fields
                             ? std::to_string(min_fields)
                             : std::to_string(min_fields) + " to " +
                                   std::to_string(max_fields);
      return file.Error(entry, "expected " + want +
                                   " TAB-separated fields, found " +
                                   std::to_string(entry.fields.size()));
    }
    file.entries.push_back(std::move(entry));
  }
  return file;
}

bool ParseCodePoint(std::string_view field, char32_t* cp) {
  if (field.size() > 2 && field[0] == 'U' && field[1] == '+') {
    std::string hex(field.substr(2));
    char* end = nullptr;
    unsigned long v = std::strtoul(hex.c_str(), &end, 16);
    if (end == hex.c_str() || *end != '\0' || v > 0x10FFFF) return false;
    *cp = static_cast<char32_t>(v);
    return true;
  }
  size_t pos = 0;
  if (field.empty() || !utf8::IsValid(field, nullptr)) return false;
  *cp = utf8::Next(field, pos);
  return pos == field.size();
}

PatternSet::PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;
PatternSet::~PatternSet() = default;

Result<PatternSet> PatternSet::Load(const std::string& dir,
                                    const std::string& relative_path,
                                    const std::vector<PatternBinding>& bindings) {
  auto file = ReadRuleFile(dir, relative_path, 2, 2);
  if (!file.ok()) return file.status();
  PatternSet set;
  RE2::Options options;
  options.set_log_errors(false);
  for (const RuleEntry& e : file->entries) {
    const std::string& name = e.fields[0];
    bool known = false;
    for (const PatternBinding& b : bindings) known |= b.name == name;
    if (!known) return file->Error(e, "unknown pattern name '" + name + "'");
    if (set.patterns_.count(name)) {
      return file->Error(e, "pattern '" + name + "' defined twice");
    }
    auto re = std::make_unique<RE2>(e.fields[1], options);
    if (!re->ok()) {
      return file->Error(e, "pattern '" + name + "' does not compile: " +
                                re->error());
    }
    set.patterns_.emplace(name, std::move(re));
  }
  for (const PatternBinding& b : bindings) {
    auto found = set.patterns_.find(b.name);
    if (found == set.patterns_.end()) {
      return Status::InvalidRules(file->path + ": no pattern " + b.name);
    }
    // The patterns live behind unique_ptrs: moving the set keeps them put.
    *b.handle = found->second.get();
  }
  return set;
}

Result<std::vector<std::string>> ReadWordList(const std::string& dir,
                                              const std::string& relative_path) {
  auto file = ReadRuleFile(dir, relative_path, 1, 1);
  if (!file.ok()) return file.status();
  std::vector<std::string> words;
  words.reserve(file->entries.size());
  for (auto& e : file->entries) words.push_back(std::move(e.fields[0]));
  return words;
}

}  // namespace vbtask
