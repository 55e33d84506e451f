// load_graph(): picks graph.kgsnap or graph.jsonld and reads it (see kg/load.h).
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "kg/load.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// A file's bytes: mapped read-only when it is a regular file (no copy, no zeroed pages: the page
// cache serves them), read into memory otherwise.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(FileBytes&& o) noexcept : map_(o.map_), size_(o.size_), owned_(std::move(o.owned_)) { o.map_ = nullptr; }
  FileBytes& operator=(FileBytes&&) = delete;
  FileBytes(const FileBytes&) = delete;
  ~FileBytes() {
    if (map_) ::munmap(map_, size_);
  }

  static Result<FileBytes> open(const fs::path& p) {
    FileBytes out;
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::io_error("cannot open " + p.string() + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (m != MAP_FAILED) {
        ::madvise(m, static_cast<std::size_t>(st.st_size), MADV_WILLNEED);
        out.map_ = m;
        out.size_ = static_cast<std::size_t>(st.st_size);
        ::close(fd);
        return out;
      }
    }
    char buf[65536];
    ssize_t got;
    while ((got = ::read(fd, buf, sizeof buf)) > 0) out.owned_.append(buf, static_cast<std::size_t>(got));
    ::close(fd);
    if (got < 0) return Status::io_error("cannot read " + p.string());
    return out;
  }

  std::string_view view() const {
    return map_ ? std::string_view(static_cast<const char*>(map_), size_) : std::string_view(owned_);
  }

 private:
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string owned_;
};

bool is_snapshot_name(const fs::path& p) { return p.extension() == ".kgsnap"; }

Result<std::unique_ptr<KnowledgeGraph>> read_file_as(const fs::path& p, GraphSource as) {
  auto bytes = FileBytes::open(p);
  if (!bytes) return bytes.status();
  const std::string_view text = bytes->view();
  auto g = as == GraphSource::kSnapshot ? read_snapshot(text) : read_jsonld(text);
  if (!g) return g.status().with_context(p.string());
  return g;
}

bool not_older(const fs::path& a, const fs::path& b) {
  std::error_code ea, eb;
  const auto ta = fs::last_write_time(a, ea);
  const auto tb = fs::last_write_time(b, eb);
  return !ea && !eb && ta >= tb;
}

}  // namespace

Result<std::unique_ptr<KnowledgeGraph>> load_graph(const fs::path& path, GraphSource source, LoadInfo* info) {
  LoadInfo local;
  LoadInfo& out = info ? *info : local;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::not_found("no such file or folder: " + path.string());
  fs::path jsonld, snap;
  if (fs::is_directory(path, ec)) {
    jsonld = path / "graph.jsonld";
    snap = path / "graph.kgsnap";
  } else if (is_snapshot_name(path)) {
    snap = path;
    jsonld = fs::path(path).replace_extension(".jsonld");
    if (source == GraphSource::kAuto) source = GraphSource::kSnapshot;
  } else {
    jsonld = path;
    snap = fs::path(path).replace_extension(".kgsnap");
  }
  const bool have_jsonld = fs::is_regular_file(jsonld, ec);
  const bool have_snap = fs::is_regular_file(snap, ec);
  if (source == GraphSource::kSnapshot || (source == GraphSource::kAuto && have_snap && !have_jsonld)) {
    if (!have_snap) return Status::not_found("no snapshot " + snap.string());
    out = {snap.string(), GraphSource::kSnapshot, {}};
    return read_file_as(snap, GraphSource::kSnapshot);
  }
  if (!have_jsonld)
    return Status::not_found("no graph.jsonld in " + path.string() + " (is it a kgbuild output folder?)");
  if (source == GraphSource::kAuto && have_snap) {
    if (not_older(snap, jsonld)) {
      auto g = read_file_as(snap, GraphSource::kSnapshot);
      if (g) {
        out = {snap.string(), GraphSource::kSnapshot, {}};
        return g;
      }
      out.note = g.status().message() + "; read the JSON-LD instead";
    } else {
      out.note = snap.string() + " is older than " + jsonld.string() + "; read the JSON-LD instead";
    }
  }
  out.path = jsonld.string();
  out.source = GraphSource::kJsonld;
  return read_file_as(jsonld, GraphSource::kJsonld);
}

}  // namespace kg
