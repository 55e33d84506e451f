// An article as read from disk: the text every later stage works on, and its metadata.
#pragma once

#include <string>

#include "kg/date.h"

namespace kg {

// Where a publication date came from, best first.
enum class DateSource { kMetadata, kText, kFileName, kOption, kFileTime, kNone };
const char* to_string(DateSource s);

struct Article {
  // The input path relative to the input root it was found under ("sub/a.txt"); for JSONL,
  // "file.jsonl#12" for line 12. Stable across machines: never an absolute path.
  std::string identifier;
  std::string url;       // when known
  std::string title;     // when known
  // The article body, UTF-8, without BOM, line ends normalised to '\n'. Evidence offsets in the
  // outputs count Unicode code points in this string.
  std::string text;
  std::string format;     // "txt", "md", "html", "json", "jsonl"
  std::string language;   // ISO 639-1 code given by the metadata (may be empty; see text stage)
  PartialDate published;  // publication date at the precision known
  DateSource date_source = DateSource::kNone;
  bool date_guessed() const { return date_source == DateSource::kFileTime || date_source == DateSource::kNone; }
};

}  // namespace kg
