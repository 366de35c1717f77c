// Legacy binary Word (.doc): converted to DOCX by LibreOffice, which is
// optional (it is large); without it the error says what to install.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/docx/docx_internal.h"

extern char** environ;

namespace vbtask::docx_internal {
namespace fs = std::filesystem;
namespace {

std::string FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "";
}

// Removes the scratch directory however the conversion ends.
struct ScratchDir {
  fs::path path;
  ~ScratchDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

Result<std::string> ConvertDoc(const SourceFile& source) {
  std::string soffice = FindOnPath("soffice");
  if (soffice.empty()) {
    return Status::InvalidInput(
        source.path + ": reading a legacy Word .doc needs LibreOffice (`soffice` "
        "on PATH; Debian package libreoffice-writer-nogui)");
  }
  std::error_code ec;
  std::string tmpl = (fs::temp_directory_path(ec) / "vbtask-doc-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    return Status::IoError(source.path + ": cannot create a scratch directory");
  }
  ScratchDir scratch{tmpl};
  fs::path in = scratch.path / "input.doc";
  {
    std::ofstream out(in, std::ios::binary);
    out.write(source.bytes.data(), static_cast<std::streamsize>(source.bytes.size()));
    if (!out) return Status::IoError(source.path + ": cannot write " + in.string());
  }
  // A private profile: a second soffice sharing the user's profile would
  // hand the job to a running instance, or refuse to start.
  std::string profile = "-env:UserInstallation=file://" + (scratch.path / "profile").string();
  std::string outdir = scratch.path.string();
  std::string input = in.string();
  std::vector<std::string> args = {soffice, profile, "--headless", "--convert-to",
                                   "docx", "--outdir", outdir, input};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, soffice.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return Status::IoError(source.path + ": cannot run " + soffice);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  std::ifstream result(scratch.path / "input.docx", std::ios::binary);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !result) {
    return Status::InvalidInput(source.path + ": LibreOffice could not convert this .doc");
  }
  std::ostringstream bytes;
  bytes << result.rdbuf();
  return bytes.str();
}

}  // namespace vbtask::docx_internal
