// kgbuild: folders of news articles → a knowledge graph of diplomatic events.
// Usage, options and exit codes: kgbuild --help, and the README.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>

#include "kg/pipeline.h"

namespace {

// Exit codes (documented in the README).
constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNoArticles = 3;
constexpr int kExitData = 4;
constexpr int kExitOutput = 5;

int exit_code(const kg::Status& st) {
  switch (st.code()) {
    case kg::StatusCode::kOk: return kExitOk;
    case kg::StatusCode::kInvalidArgument:
    case kg::StatusCode::kNotFound: return kExitUsage;
    case kg::StatusCode::kDataError: return kExitData;
    case kg::StatusCode::kIoError: return kExitOutput;
    default: return kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgbuild — turn folders of news articles (en, nl, de, fr, es) into a knowledge graph of\n"
               "diplomatic events: visits, phone calls, treaties and trade figures.\n"
               "Writes OUTDIR/graph.jsonld, graph.graphml, relations.graphml and report.json."};
  app.set_version_flag("--version", "kgbuild 0.1.0");
  kg::BuildOptions opt;
  std::vector<std::string> inputs;
  std::string out, published;
  bool quiet = false, verbose = false, no_summary = false;
  app.add_option("inputs", inputs, "Article files or folders (.txt .md .html .json .jsonl), walked recursively")
      ->required()
      ->type_name("INPUT...");
  app.add_option("-o,--output", out, "Output folder (created when missing)")->required()->type_name("OUTDIR");
  app.add_option("--published", published, "Publication date for articles that state none (YYYY-MM-DD)")->type_name("DATE");
  app.add_option("--lang", opt.forced_language, "Treat every article as this language (skips identification)")->type_name("CODE");
  app.add_option("--schema", opt.schema_dir, "Use the data files in DIR instead of the built-in schema/")->type_name("DIR");
  app.add_option("-j,--jobs", opt.jobs, "Articles extracted in parallel (output is the same for any value)")
      ->check(CLI::Range(1u, 256u))
      ->default_val(1u);
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");
  app.add_flag("-v,--verbose", verbose, "Per-article progress on stderr");
  app.add_flag("--no-summary", no_summary, "Do not print the summary on stdout");
  app.add_flag("--explain", opt.explain,
               "Show on stderr, sentence by sentence, the actors, dates, amounts and triggers found (for lexicon work)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : kExitUsage;
  }

  auto log = spdlog::stderr_color_mt("kg");
  log->set_pattern("kgbuild: %^%l%$: %v");
  log->set_level(quiet ? spdlog::level::err
                 : verbose ? spdlog::level::debug
                 : opt.explain ? spdlog::level::info
                               : spdlog::level::warn);

  for (const auto& in : inputs) opt.inputs.emplace_back(in);
  opt.output_dir = out;
  if (!published.empty()) {
    opt.default_published = kg::PartialDate::parse_iso(published);
    if (!opt.default_published || !opt.default_published->has_day()) {
      log->error("--published expects a date as YYYY-MM-DD, got \"{}\"", published);
      return kExitUsage;
    }
  }
  if (!opt.forced_language.empty() && opt.forced_language.size() != 2) {
    log->error("--lang expects a two-letter language code, got \"{}\"", opt.forced_language);
    return kExitUsage;
  }

  kg::Result<kg::BuildSummary> r = [&]() -> kg::Result<kg::BuildSummary> {
    try {
      return kg::run_build(opt);
    } catch (const std::exception& e) {
      return kg::Status::internal(e.what());
    }
  }();
  if (!r) {
    log->error("{}", r.status().message());
    return exit_code(r.status());
  }
  const kg::BuildSummary& s = r.value();
  if (!no_summary) {
    std::printf("kgbuild: %zu articles read, %zu analysed, %zu skipped\n", s.articles_read, s.articles_extracted, s.skipped);
    std::printf("events: %zu (%zu mentions)", s.events, s.mentions);
    for (const auto& [type, n] : s.events_by_type) std::printf("  %s %zu", type.c_str(), n);
    std::printf("\nactors:");
    for (const auto& [kind, n] : s.actors_by_kind) std::printf("  %s %zu", kind.c_str(), n);
    std::printf("\n");
    for (const auto& h : s.headlines) std::printf("  - %s\n", h.c_str());
    if (s.events > s.headlines.size()) std::printf("  … and %zu more\n", s.events - s.headlines.size());
    std::printf("outputs:\n");
    for (const auto& p : s.outputs) std::printf("  %s\n", p.c_str());
  }
  if (s.articles_extracted == 0) {
    log->error("no article could be read; see report.json");
    return kExitNoArticles;
  }
  return kExitOk;
}
