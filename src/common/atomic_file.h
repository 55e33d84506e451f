// Outputs are written atomically: to a temporary file in the same directory, flushed, then
// renamed over the target. A failed run leaves the old file (or none), never half a file.
#pragma once

#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

Status write_file_atomically(const std::string& path, std::string_view content);

}  // namespace kg
