#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kg {

namespace {

// Writes content to a new temporary file beside `path`; its name in *tmp_path.
Status write_temporary(const std::string& path, std::string_view content, std::string* tmp_path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = ".";  // (appended piece by piece: g++ 12 warns falsely on "." + std::string)
  name.append(target.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (dir / name).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return Status::io_error("cannot create a file in " + dir.string() + ": " + std::strerror(errno));
  auto fail = [&](const std::string& what) {
    const std::string msg = what + " " + path + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Status::io_error(msg);
  };
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("cannot flush");
  ::fchmod(fd, 0644);
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    return Status::io_error("cannot close " + path + ": " + std::strerror(errno));
  }
  *tmp_path = tmpl;
  return Status::ok();
}

Status rename_into(const std::string& tmp, const std::string& path) {
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string msg = "cannot rename into " + path + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::io_error(msg);
  }
  return Status::ok();
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
  std::string tmp;
  KG_RETURN_IF_ERROR(write_temporary(path, content, &tmp));
  return rename_into(tmp, path);
}

StagedFiles::~StagedFiles() {
  for (const auto& [tmp, target] : staged_) ::unlink(tmp.c_str());
}

Status StagedFiles::stage(const std::string& path, std::string_view content) {
  std::string tmp;
  KG_RETURN_IF_ERROR(write_temporary(path, content, &tmp));
  staged_.emplace_back(tmp, path);
  return Status::ok();
}

Status StagedFiles::commit() {
  for (std::size_t k = 0; k < staged_.size(); ++k)
    if (Status st = rename_into(staged_[k].first, staged_[k].second); !st) {
      staged_.erase(staged_.begin(), staged_.begin() + static_cast<std::ptrdiff_t>(k + 1));
      return st;
    }
  staged_.clear();
  return Status::ok();
}

}  // namespace kg
