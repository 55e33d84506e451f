#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <vector>

namespace kg {

namespace {

// A stream buffer writing to a file descriptor in 1 MB chunks; remembers the first error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(1 << 20) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* p = pbase();
    while (p < pptr() && error_ == 0) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno != EINTR) error_ = errno;
      if (n > 0) p += n;
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return error_ == 0;
  }
  int fd_;
  int error_ = 0;
  std::vector<char> buf_;
};

// Renders into a new temporary file beside `path` as the content is produced; its name in *tmp_path.
Status write_temporary(const std::string& path, const std::function<void(std::ostream&)>& render, std::string* tmp_path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = ".";  // (appended piece by piece: g++ 12 warns falsely on "." + std::string)
  name.append(target.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (dir / name).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return Status::io_error("cannot create a file in " + dir.string() + ": " + std::strerror(errno));
  auto fail = [&](const std::string& what, int err) {
    const std::string msg = what + " " + path + ": " + std::strerror(err);
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Status::io_error(msg);
  };
  {
    FdBuf buf(fd);
    std::ostream out(&buf);
    render(out);
    out.flush();
    if (buf.error() != 0) return fail("cannot write", buf.error());
    if (!out) return fail("cannot write", EIO);
  }
  if (::fsync(fd) != 0) return fail("cannot flush", errno);
  ::fchmod(fd, 0644);
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    return Status::io_error("cannot close " + path + ": " + std::strerror(errno));
  }
  *tmp_path = tmpl;
  return Status::ok();
}

Status write_temporary(const std::string& path, std::string_view content, std::string* tmp_path) {
  return write_temporary(path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); }, tmp_path);
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

Status StagedFiles::stage(const std::string& path, const std::function<void(std::ostream&)>& render) {
  std::string tmp;
  KG_RETURN_IF_ERROR(write_temporary(path, render, &tmp));
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
