#include "kg/pipeline.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <atomic>
#include <future>
#include <thread>

#include "common/atomic_file.h"
#include "kg/export.h"
#include "kg/extraction.h"
#include "kg/graph.h"
#include "kg/ingest.h"
#include "lexicon/resources.h"

namespace kg {
namespace {

// The library logs through the logger named "kg" when the tool has set one up, else nowhere.
std::shared_ptr<spdlog::logger> logger() {
  if (auto l = spdlog::get("kg")) return l;
  static auto silent = std::make_shared<spdlog::logger>("kg-silent");
  return silent;
}

struct ReportData {
  std::vector<Skip> skipped;
  std::map<std::string, std::size_t> languages;
  std::map<std::string, std::size_t> date_sources;
  std::vector<std::string> date_guessed;
};

std::string report_json(const BuildOptions& opt, const BuildSummary& s, const ReportData& r, const std::string& schema) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  auto str = [&](const std::string& x) { w.String(x.c_str(), static_cast<rapidjson::SizeType>(x.size())); };
  w.StartObject();
  w.Key("tool");
  str("kgbuild");
  w.Key("inputs");
  w.StartArray();
  for (const auto& in : opt.inputs) str(in.is_absolute() ? in.filename().string() : in.generic_string());
  w.EndArray();
  w.Key("schema");
  str(schema == "embedded" ? schema : std::filesystem::path(schema).filename().string());
  w.Key("articles");
  w.StartObject();
  w.Key("read");
  w.Uint64(s.articles_read);
  w.Key("extracted");
  w.Uint64(s.articles_extracted);
  w.Key("skipped");
  w.Uint64(s.skipped);
  w.EndObject();
  w.Key("languages");
  w.StartObject();
  for (const auto& [k, v] : r.languages) {
    w.Key(k.c_str());
    w.Uint64(v);
  }
  w.EndObject();
  w.Key("dateSources");
  w.StartObject();
  for (const auto& [k, v] : r.date_sources) {
    w.Key(k.c_str());
    w.Uint64(v);
  }
  w.EndObject();
  w.Key("dateGuessed");
  w.StartArray();
  for (const auto& id : r.date_guessed) str(id);
  w.EndArray();
  w.Key("events");
  w.StartObject();
  w.Key("total");
  w.Uint64(s.events);
  w.Key("mentions");
  w.Uint64(s.mentions);
  w.Key("byType");
  w.StartObject();
  for (const auto& [k, v] : s.events_by_type) {
    w.Key(k.c_str());
    w.Uint64(v);
  }
  w.EndObject();
  w.EndObject();
  w.Key("actors");
  w.StartObject();
  for (const auto& [k, v] : s.actors_by_kind) {
    w.Key(k.c_str());
    w.Uint64(v);
  }
  w.EndObject();
  w.Key("skipped");
  w.StartArray();
  for (const auto& sk : r.skipped) {
    w.StartObject();
    w.Key("identifier");
    str(sk.identifier);
    w.Key("reason");
    str(sk.reason);
    w.EndObject();
  }
  w.EndArray();
  w.Key("outputs");
  w.StartArray();
  for (const char* f : {"graph.jsonld", "graph.graphml", "relations.graphml", "graph.kgsnap", "report.json"}) str(f);
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace

Result<BuildSummary> run_build(const BuildOptions& opt) {
  auto log = logger();
  if (opt.inputs.empty()) return Status::invalid_argument("no input given");
  if (opt.output_dir.empty()) return Status::invalid_argument("no output folder given (-o DIR)");
  for (const auto& in : opt.inputs) {
    std::error_code ec;
    if (!std::filesystem::exists(in, ec)) return Status::not_found("input " + in.string() + " does not exist");
  }

  // Resources: lexicons, gazetteers, registry.
  std::optional<SchemaSource> dir_source;
  if (!opt.schema_dir.empty()) {
    auto src = SchemaSource::from_directory(opt.schema_dir);
    if (!src) return src.status();
    dir_source.emplace(std::move(src.value()));
  }
  const SchemaSource embedded;
  const SchemaSource& source = dir_source ? *dir_source : embedded;
  std::vector<std::string> langs;
  if (!opt.forced_language.empty()) langs = {opt.forced_language};
  auto loaded = Resources::load(source, langs);
  if (!loaded) return loaded.status();
  const Resources& res = **loaded;
  log->info("schema: {} languages ({}), {} persons in the registry", res.language_codes().size(),
            fmt::join(res.language_codes(), ", "), res.person_count());

  // Output folder first: fail before the work, not after.
  std::error_code ec;
  std::filesystem::create_directories(opt.output_dir, ec);
  if (ec) return Status::io_error("cannot create output folder " + opt.output_dir.string() + ": " + ec.message());

  IngestOptions iopt;
  iopt.default_published = opt.default_published;
  iopt.date_words.months = res.month_names();
  iopt.date_words.markers = res.publication_markers();
  ExtractOptions xopt;
  xopt.forced_language = opt.forced_language;
  xopt.explain = opt.explain;

  BuildSummary summary;
  ReportData report;
  std::optional<GraphBuilder> builder(std::in_place, res);
  const unsigned jobs = std::max(1u, opt.jobs);

  // Articles are extracted in batches (in parallel when jobs > 1) and added to the graph in input
  // order, so the output does not depend on the number of jobs.
  std::vector<Article> batch;
  auto flush = [&]() {
    std::vector<std::string> ids;
    for (const auto& a : batch) ids.push_back(a.identifier);
    std::vector<Result<ArticleExtraction>> results;
    results.reserve(batch.size());
    if (jobs == 1 || batch.size() == 1) {
      for (auto& a : batch) results.push_back(extract_article(std::move(a), res, xopt));
    } else {
      std::vector<std::optional<Result<ArticleExtraction>>> slots(batch.size());
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < std::min<std::size_t>(jobs, batch.size()); ++t)
        pool.emplace_back([&]() {
          for (std::size_t i = next++; i < batch.size(); i = next++) slots[i].emplace(extract_article(std::move(batch[i]), res, xopt));
        });
      for (auto& th : pool) th.join();
      for (auto& s : slots) results.push_back(std::move(*s));
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
      auto& r = results[i];
      if (!r) {
        report.skipped.push_back({ids[i], r.status().message()});
        log->warn("skipped {}: {}", report.skipped.back().identifier, r.status().message());
        ++summary.skipped;
        continue;
      }
      const ArticleExtraction& x = r.value();
      ++summary.articles_extracted;
      ++report.languages[x.language];
      ++report.date_sources[to_string(x.article.date_source)];
      if (x.article.date_guessed()) report.date_guessed.push_back(x.article.identifier);
      if (!x.explanation.empty()) log->info("explain\n{}", x.explanation);
      builder->add(x);
      log->debug("{}: {} events, {} actors ({})", x.article.identifier, x.events.size(), x.actors.size(), x.language);
    }
    batch.clear();
  };
  Status st = ingest_paths(
      opt.inputs, iopt,
      [&](Article a) {
        ++summary.articles_read;
        batch.push_back(std::move(a));
        if (batch.size() >= 64u * jobs) flush();
      },
      [&](Skip s) {
        log->warn("skipped {}: {}", s.identifier, s.reason);
        report.skipped.push_back(std::move(s));
        ++summary.skipped;
      });
  if (!st) return st;
  flush();

  const auto stats = builder->stats();
  summary.events = stats.events;
  summary.mentions = stats.event_mentions;
  summary.events_by_type = stats.events_by_type;
  const KnowledgeGraph graph = builder->build();
  builder.reset();  // the graph holds everything from here on
  for (Vertex v : graph.sorted_nodes()) {
    const NodeData& n = graph.node(v);
    if (n.kind != NodeKind::kEvent && n.kind != NodeKind::kArticle) ++summary.actors_by_kind[to_string(n.kind)];
    if (n.kind == NodeKind::kEvent && summary.headlines.size() < 12)
      if (const std::string* name = get_string(n.props, "name")) summary.headlines.push_back(*name);
  }

  // Each output is rendered straight into a temporary file, one at a time (no rendering is ever
  // whole in memory); all are renamed into place together at the end: a failed run replaces none
  // of the old files.
  StagedFiles files;
  const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> outputs = {
      {"graph.jsonld", [&](std::ostream& out) { write_jsonld(out, graph, res.context_jsonld()); }},
      {"graph.graphml", [&](std::ostream& out) { write_graphml(out, graph); }},
      {"relations.graphml", [&](std::ostream& out) { write_relations_graphml(out, graph); }},
      {"graph.kgsnap", [&](std::ostream& out) { out << to_snapshot(graph); }},  // for kgquery: after graph.jsonld
      {"report.json", [&](std::ostream& out) { out << report_json(opt, summary, report, source.origin()); }}};
  for (const auto& [name, render] : outputs) {
    const std::string path = (opt.output_dir / name).string();
    KG_RETURN_IF_ERROR(files.stage(path, render));
    summary.outputs.push_back(path);
  }
  KG_RETURN_IF_ERROR(files.commit());
  return summary;
}

}  // namespace kg
