// The data files of schema/ (lexicons, registries, the JSON-LD context and JSON Schema).
// They are compiled into the library, so a built tool needs nothing beside itself; a directory
// given at run time (kgbuild --schema DIR) replaces them, which is how a new or edited lexicon
// is tried without rebuilding.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg {

struct SchemaFile {
  std::string path;          // relative to schema/, with '/' separators: "lang/nl/lexicon.json"
  std::string_view content;  // the file's bytes
};

// The files embedded at build time, sorted by path.
const std::vector<SchemaFile>& embedded_schema_files();

// A set of schema files: the embedded ones, or those read from a directory.
class SchemaSource {
 public:
  SchemaSource();  // the embedded files
  SchemaSource(SchemaSource&&) = default;
  SchemaSource& operator=(SchemaSource&&) = default;
  SchemaSource(const SchemaSource&) = delete;  // views point into owned_
  SchemaSource& operator=(const SchemaSource&) = delete;
  static Result<SchemaSource> from_directory(const std::string& dir);

  // The content of `path`, or nullptr when there is no such file.
  const std::string_view* find(const std::string& path) const;
  // Paths under `prefix` (e.g. "lang/"), sorted.
  std::vector<std::string> list(const std::string& prefix) const;
  const std::string& origin() const { return origin_; }  // "embedded" or the directory

 private:
  std::vector<std::pair<std::string, std::string_view>> files_;
  std::vector<std::string> owned_;  // storage when read from a directory
  std::string origin_ = "embedded";
};

}  // namespace kg
