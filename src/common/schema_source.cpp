#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/schema_files.h"

namespace kg {

SchemaSource::SchemaSource() {
  for (const auto& f : embedded_schema_files()) files_.emplace_back(f.path, f.content);
}

Result<SchemaSource> SchemaSource::from_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::not_found("schema directory " + dir + " does not exist");
  SchemaSource src;
  src.files_.clear();
  src.origin_ = dir;
  std::vector<std::pair<std::string, std::string>> read;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const auto ext = it->path().extension().string();
    if (ext != ".json" && ext != ".jsonld" && ext != ".tsv") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in.good() && !in.eof()) return Status::io_error("cannot read " + it->path().string());
    read.emplace_back(fs::relative(it->path(), dir).generic_string(), ss.str());
  }
  if (ec) return Status::io_error("cannot list " + dir + ": " + ec.message());
  // Built-in files the directory does not have (generated data such as geo/cities.tsv) stay.
  for (const auto& f : embedded_schema_files())
    if (std::none_of(read.begin(), read.end(), [&](const auto& r) { return r.first == f.path; }))
      read.emplace_back(f.path, std::string(f.content));
  std::sort(read.begin(), read.end());
  src.owned_.reserve(read.size());
  for (auto& [path, content] : read) {
    src.owned_.push_back(std::move(content));
  }
  for (std::size_t i = 0; i < read.size(); ++i) src.files_.emplace_back(read[i].first, src.owned_[i]);
  return src;
}

const std::string_view* SchemaSource::find(const std::string& path) const {
  auto it = std::lower_bound(files_.begin(), files_.end(), path,
                             [](const auto& f, const std::string& p) { return f.first < p; });
  return (it != files_.end() && it->first == path) ? &it->second : nullptr;
}

std::vector<std::string> SchemaSource::list(const std::string& prefix) const {
  std::vector<std::string> out;
  for (const auto& f : files_)
    if (f.first.compare(0, prefix.size(), prefix) == 0) out.push_back(f.first);
  return out;
}

}  // namespace kg
