// Ingest: input files and folders → Articles.
//
//   kg::IngestOptions opt;
//   opt.default_published = kg::PartialDate::parse_iso("2021-03-19");
//   kg::ingest_paths({"articles/"}, opt, [&](kg::Article a) { ... }, [&](kg::Skip s) { ... });
//
// Folders are walked recursively in byte order of their paths (so runs are deterministic).
// Readers by extension: .txt .md .text (plain text), .html .htm (HTML: title and visible text),
// .json (one news-please object), .jsonl (one object per line). Other extensions are skipped
// with a reason. A file that cannot be read never stops the walk: it is reported as a Skip.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/article.h"
#include "kg/status.h"

namespace kg {

// Words that find dates in text, gathered from every loaded lexicon (Resources fills this).
struct DateWords {
  std::unordered_map<std::string, int> months;  // folded month word → 1..12
  std::vector<std::string> markers;             // folded publication markers: "plaatsingstijd", "posted"
};

struct IngestOptions {
  DateWords date_words;
  // Used when neither the metadata nor the text gives a publication date (--published).
  std::optional<PartialDate> default_published;
  // Largest file read, in bytes; larger files are skipped with a reason.
  std::uintmax_t max_file_bytes = 64u << 20;
};

struct Skip {
  std::string identifier;  // relative path, as Article::identifier
  std::string reason;      // one line, for report.json
};

// Calls on_article for every article found and on_skip for every input that yields none.
// Returns a non-ok Status only for an input path that does not exist or cannot be listed.
Status ingest_paths(const std::vector<std::filesystem::path>& inputs, const IngestOptions& options,
                    const std::function<void(Article)>& on_article,
                    const std::function<void(Skip)>& on_skip);

// Readers, exposed for tests. `identifier` becomes Article::identifier.
Result<Article> read_text_article(const std::string& bytes, const std::string& identifier);
Result<Article> read_html_article(const std::string& bytes, const std::string& identifier);
Result<Article> read_json_article(const std::string& json_text, const std::string& identifier);

// Publication date written in the text: "Plaatsingstijd: 19-03-2021", "Posted on March 19, 2021",
// "Published 19 March 2021", a dateline "BEIJING, March 19 (Xinhua) --" (year from `hint_year`
// when the dateline has none), or a leading line holding only a date. nullopt when none.
std::optional<PartialDate> find_date_in_text(const std::string& text, const DateWords& words, int hint_year = 0);

// A date in a file name: "2019-03-21", "20190321", "2019_03_21", or a year alone ("nos-2019-…",
// "report_1987.txt"), 1900–2099 and delimited by non-digits. nullopt when there is none or
// when two different years appear.
std::optional<PartialDate> date_from_file_name(const std::string& name);

// Parses a metadata date ("2021-03-19", "2021-03-19 10:42:00", "2021-03-19T10:42:00Z",
// "19-03-2021", "March 19, 2021"). nullopt for null-like values ("", "None", "null").
std::optional<PartialDate> parse_metadata_date(const std::string& s);

// Checks that bytes are text: valid UTF-8 (after an optional BOM), no NUL bytes, not empty
// after trimming. Returns the text without BOM and with CRLF/CR turned into LF.
Result<std::string> decode_text(const std::string& bytes);

}  // namespace kg
