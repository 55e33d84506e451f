// Outputs are written atomically: to a temporary file in the same directory, flushed, then
// renamed over the target. A failed run leaves the old file (or none), never half a file.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/status.h"

namespace kg {

Status write_file_atomically(const std::string& path, std::string_view content);

// Several files replaced together: each is written to a temporary file as soon as it is ready
// (so that its content can be freed), and all are renamed into place by commit(). Files staged
// but not committed are removed.
class StagedFiles {
 public:
  StagedFiles() = default;
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;
  ~StagedFiles();
  Status stage(const std::string& path, std::string_view content);
  // The same, the content rendered straight into the temporary file (never whole in memory).
  Status stage(const std::string& path, const std::function<void(std::ostream&)>& render);
  Status commit();

 private:
  std::vector<std::pair<std::string, std::string>> staged_;  // (temporary, target)
};

}  // namespace kg
