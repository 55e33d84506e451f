// kgquery: questions in a subset of openCypher against what kgbuild wrote.
// Usage, the language, procedures, formats and exit codes: kgquery --help, and the README.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/export.h"
#include "kg/load.h"
#include "kg/query.h"
#include "kg/synthetic.h"

namespace {

// Exit codes (documented in the README).
constexpr int kExitOk = 0;
constexpr int kExitBadQuery = 1;
constexpr int kExitNoGraph = 2;
constexpr int kExitEmpty = 3;
constexpr int kExitUsage = 4;

const char* const kExamples = R"(
Examples (Cypher strings may use "double" quotes, handy inside single-quoted shell arguments):
  kgquery out/ 'MATCH (c:Country) RETURN c.name, c.countryCode ORDER BY c.name'
  kgquery out/ --param cc=CHN 'MATCH (p:Person)<-[:visitor]-(e:Event {eventType: "visit"})-[:destination]->(:Country {countryCode: $cc})
                               RETURN p.name, e.startDate ORDER BY e.startDate'
  kgquery out/ 'MATCH (:Person {name: "Xi Jinping"})<-[:party]-(e:Event {eventType: "phone_call"})-[:party]->(p)
                WHERE e.startDate STARTS WITH "2020" RETURN p.name, count(*) AS calls ORDER BY calls DESC'
  kgquery out/ 'CALL kg.shortestPath("Sergey Lavrov", "Xi Jinping")'
  kgquery out/ 'CALL kg.centrality("pagerank") YIELD name, label, score WHERE label = "Country" RETURN name, score LIMIT 10'
  kgquery out/ 'CALL kg.timeline("CHN", "RUS") YIELD startDate, eventType, value, currency WHERE eventType = "trade_figure" RETURN *'
  kgquery out/ --graphml putin.graphml 'CALL kg.ego("Vladimir Putin", 1)'
  kgquery out/ -f questions.cypher --format csv          (several queries, separated by ';')
  echo 'MATCH (e:Event) RETURN e.eventType, count(*)' | kgquery out/graph.jsonld --format json
  kgquery --bench 1000000                                (load and query times on a generated graph)

Exit codes: 0 done, 1 bad query, 2 graph cannot be loaded, 3 no rows (with --fail-on-empty), 4 usage or output error.
The language, the graph model and the procedures: README.md, section "kgquery".)";

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::optional<kg::OutputFormat> format_from(const std::string& s) {
  if (s == "table") return kg::OutputFormat::kTable;
  if (s == "tsv") return kg::OutputFormat::kTsv;
  if (s == "csv") return kg::OutputFormat::kCsv;
  if (s == "json") return kg::OutputFormat::kJson;
  if (s == "jsonl") return kg::OutputFormat::kJsonl;
  return std::nullopt;
}

// The line of the script an error points into, with a caret under the column.
std::string caret(const std::string& script, int line, int column) {
  std::istringstream in(script);
  std::string text;
  for (int i = 0; i < line && std::getline(in, text); ++i) {
  }
  std::string out = "  " + text + "\n  ";
  int col = 1;
  for (unsigned char c : text) {
    if (col >= column) break;
    if ((c & 0xc0) != 0x80) {
      out += c == '\t' ? '\t' : ' ';
      ++col;
    }
  }
  return out + "^";
}

// ---- the benchmark (kgquery --bench N) ----

long peak_rss_kb(const rusage& ru) { return ru.ru_maxrss; }

std::string mb(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f MB", bytes / 1e6);
  return buf;
}

// Runs `body` in a child process (so each phase's peak memory is its own) and prints its peak RSS.
int in_child(const std::string& what, const std::function<int()>& body) {
  std::fflush(stdout);
  const pid_t pid = ::fork();
  if (pid < 0) return 1;
  if (pid == 0) {
    const int rc = body();
    std::fflush(stdout);
    ::_exit(rc);
  }
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  std::printf("  %-28s peak RSS %.2f GB\n", (what + ":").c_str(), static_cast<double>(peak_rss_kb(ru)) / 1e6);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

const char* const kBenchQueries[][2] = {
    {"visits RUS officials → CHN 2021",
     "MATCH (:Country {countryCode: 'RUS'})<-[:nationality]-(p:Person)<-[:visitor]-(e:Event {eventType: 'visit'})"
     "-[:destination]->(:Country {countryCode: 'CHN'}) WHERE e.startDate STARTS WITH '2021' "
     "RETURN p.name, e.startDate ORDER BY e.startDate"},
    {"Xi Jinping's calls in 2020",
     "MATCH (:Person {name: 'Xi Jinping'})<-[:party]-(e:Event {eventType: 'phone_call'})-[:party]->(p) "
     "WHERE e.startDate >= '2020' AND e.startDate < '2021' RETURN p.name, count(*) AS calls ORDER BY calls DESC, p.name"},
    {"CHN–RUS trade over time",
     "MATCH (a:Country {countryCode: 'CHN'})<--(e:Event {eventType: 'trade_figure'})-->(b:Country {countryCode: 'RUS'}) "
     "RETURN e.startDate, e.value, e.currency ORDER BY e.startDate"},
    {"events by type", "MATCH (e:Event) RETURN e.eventType, count(*) ORDER BY e.eventType"},
    {"visits in 2021 (property scan)",
     "MATCH (e:Event) WHERE e.eventType = 'visit' AND e.startDate STARTS WITH '2021' RETURN count(*)"},
    {"kg.shortestPath", "CALL kg.shortestPath('Sergey Lavrov', 'Wang Yi')"},
    {"kg.neighbours China, 1 hop", "CALL kg.neighbours('China', 1) YIELD node RETURN count(*)"},
    {"kg.centrality degree top 10",
     "CALL kg.centrality('degree') YIELD name, label, score WHERE label = 'Country' RETURN name, score LIMIT 10"},
    {"kg.centrality pagerank top 10",
     "CALL kg.centrality('pagerank') YIELD name, label, score WHERE label = 'Country' RETURN name, score LIMIT 10"},
    {"kg.components", "CALL kg.components() YIELD component, size RETURN component, size LIMIT 1"},
    {"kg.timeline CHN–RUS", "CALL kg.timeline('CHN', 'RUS') YIELD event RETURN count(*)"},
    {"kg.ego Putin, 1 hop", "CALL kg.ego('Vladimir Putin', 1) YIELD node RETURN count(*)"},
};

int bench_load_and_query(const std::string& dir, kg::GraphSource source) {
  const auto t0 = Clock::now();
  kg::LoadInfo info;
  auto g = kg::load_graph(dir, source, &info);
  if (!g) {
    std::printf("  load failed: %s\n", g.status().message().c_str());
    return 1;
  }
  std::printf("  load %-23s %8.2f s   (%zu nodes, %zu edges)\n", std::filesystem::path(info.path).filename().c_str(),
              seconds_since(t0), (*g)->node_count(), (*g)->edge_count());
  kg::QueryEngine engine(**g);
  for (const auto& [name, text] : kBenchQueries) {
    const kg::Query q(text);
    if (!q.ok()) {
      std::printf("  %s: %s\n", name, q.error().to_string().c_str());
      return 1;
    }
    double first = 0, second = 0;
    std::size_t rows = 0;
    for (int run = 0; run < 2; ++run) {
      const auto t = Clock::now();
      auto r = engine.run(q, 0);
      (run ? second : first) = seconds_since(t) * 1000;
      if (!r) {
        std::printf("  %s: %s\n", name, r.status().message().c_str());
        return 1;
      }
      rows = r->rows.size();
    }
    std::printf("  %-34s %9.1f ms  (again %8.1f ms) %6zu rows\n", name, first, second, rows);
  }
  return 0;
}

int run_bench(std::size_t events, std::string dir) {
  const bool keep = !dir.empty();
  if (dir.empty()) {
    char tmpl[] = "/tmp/kgquery-bench-XXXXXX";
    if (!::mkdtemp(tmpl)) return kExitUsage;
    dir = tmpl;
  }
  std::filesystem::create_directories(dir);
  std::printf("kgquery benchmark: %zu events in %s\n", events, dir.c_str());
  int rc = in_child("generate and write", [&]() {
    auto t = Clock::now();
    const kg::KnowledgeGraph g = kg::make_synthetic_graph({.events = events, .seed = 1});
    std::printf("  generate graph %22.2f s   (%zu nodes, %zu edges)\n", seconds_since(t), g.node_count(), g.edge_count());
    t = Clock::now();
    std::string doc = kg::to_jsonld(g, R"({"@context": {"@vocab": "http://schema.org/"}})");
    std::ofstream(dir + "/graph.jsonld", std::ios::binary) << doc;
    std::printf("  write graph.jsonld %18.2f s   (%s)\n", seconds_since(t), mb(static_cast<double>(doc.size())).c_str());
    doc = std::string();
    t = Clock::now();
    const std::string snap = kg::to_snapshot(g);
    std::ofstream(dir + "/graph.kgsnap", std::ios::binary) << snap;
    std::printf("  write graph.kgsnap %18.2f s   (%s)\n", seconds_since(t), mb(static_cast<double>(snap.size())).c_str());
    return 0;
  });
  if (rc == 0) rc = in_child("JSON-LD load and queries", [&]() { return bench_load_and_query(dir, kg::GraphSource::kJsonld); });
  if (rc == 0) rc = in_child("snapshot load and queries", [&]() { return bench_load_and_query(dir, kg::GraphSource::kSnapshot); });
  if (!keep) std::filesystem::remove_all(dir);
  return rc == 0 ? kExitOk : kExitBadQuery;
}

// ---- queries ----

struct Options {
  std::string graph, query, file, format, graphml, load = "auto", bench_dir;
  std::vector<std::string> params;
  bool fail_on_empty = false, timing = false, save_snapshot = false, quiet = false;
  std::size_t bench = 0;
};

std::optional<std::string> read_script(const Options& o, spdlog::logger& log) {
  if (!o.query.empty()) return o.query;
  if (!o.file.empty()) {
    std::ifstream in(o.file, std::ios::binary);
    if (!in) {
      log.error("cannot read query file {}", o.file);
      return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  if (::isatty(STDIN_FILENO)) {
    log.error("no query: give one as an argument, with -f FILE, or on standard input (see --help)");
    return std::nullopt;
  }
  std::stringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

std::optional<kg::QueryParams> read_params(const std::vector<std::string>& list, spdlog::logger& log) {
  kg::QueryParams params;
  for (const auto& p : list) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      log.error("--param expects name=value, got \"{}\"", p);
      return std::nullopt;
    }
    params[p.substr(0, eq)] = kg::parse_param_value(p.substr(eq + 1));
  }
  return params;
}

int run_queries(const Options& o, spdlog::logger& log) {
  const auto format = format_from(o.format.empty() ? (::isatty(STDOUT_FILENO) ? "table" : "tsv") : o.format);
  const auto params = read_params(o.params, log);
  const auto script = read_script(o, log);
  if (!format || !params || !script) return kExitUsage;
  const kg::Query q(*script);
  if (!q.ok()) {
    log.error("{}\n{}", q.error().to_string(), caret(*script, q.error().line, q.error().column));
    return kExitBadQuery;
  }
  if (q.size() == 0) {
    log.error("no query: the script holds only comments or ';'");
    return kExitBadQuery;
  }
  auto t = Clock::now();
  kg::LoadInfo info;
  const kg::GraphSource source = o.load == "jsonld" ? kg::GraphSource::kJsonld
                                 : o.load == "snapshot" ? kg::GraphSource::kSnapshot
                                                        : kg::GraphSource::kAuto;
  auto loaded = kg::load_graph(o.graph, source, &info);
  if (!loaded) {
    log.error("cannot load the graph: {}", loaded.status().message());
    return kExitNoGraph;
  }
  const kg::KnowledgeGraph* graph = loaded.value().get();
  if (!info.note.empty()) log.warn("{}", info.note);
  if (o.timing) log.info("loaded {} ({} nodes, {} edges) in {:.3f} s", info.path, graph->node_count(), graph->edge_count(), seconds_since(t));
  if (o.save_snapshot && info.source == kg::GraphSource::kJsonld) {
    const auto snap = std::filesystem::path(info.path).replace_extension(".kgsnap");
    std::ofstream out(snap, std::ios::binary);
    out << kg::to_snapshot(*graph);
    if (!out) log.warn("could not write {}", snap.string());
  }
  kg::QueryEngine engine(*graph);
  std::vector<kg::QueryResult> results;
  bool empty = false;
  for (std::size_t i = 0; i < q.size(); ++i) {
    t = Clock::now();
    auto r = engine.run(q, i, *params);
    if (!r) {
      log.error("{}", r.status().message());
      return kExitBadQuery;
    }
    if (o.timing) log.info("query {}: {} rows in {:.1f} ms", i + 1, r->rows.size(), seconds_since(t) * 1000);
    if (i > 0 && *format != kg::OutputFormat::kJsonl) std::cout << '\n';
    kg::write_result(r.value(), *graph, *format, std::cout);
    std::cout.flush();
    empty |= r->rows.empty();
    results.push_back(std::move(r.value()));
  }
  if (!o.graphml.empty()) {
    std::vector<const kg::QueryResult*> all;
    for (const auto& r : results) all.push_back(&r);
    std::ofstream out(o.graphml, std::ios::binary);
    out << kg::to_graphml_result(all, *graph);
    if (!out) {
      log.error("cannot write {}", o.graphml);
      return kExitUsage;
    }
  }
  // The process ends here: leave the graph to the operating system instead of freeing millions
  // of small allocations one by one (seconds on big graphs).
  static_cast<void>(loaded.value().release());
  return o.fail_on_empty && empty ? kExitEmpty : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgquery — answer questions (a subset of openCypher, plus graph procedures) from the knowledge graph\n"
               "kgbuild wrote. GRAPH is a kgbuild output folder, its graph.jsonld or its graph.kgsnap."};
  app.set_version_flag("--version", "kgquery 0.1.0");
  app.footer(kExamples);
  Options o;
  app.add_option("graph", o.graph, "kgbuild output folder, graph.jsonld or graph.kgsnap")->type_name("GRAPH");
  app.add_option("query", o.query, "The query (several separated by ';'); else -f FILE, else standard input")->type_name("QUERY");
  app.add_option("-f,--file", o.file, "Read the queries from FILE")->type_name("FILE");
  app.add_option("--format", o.format, "table, tsv, csv, json or jsonl (default: table on a terminal, else tsv)")
      ->check(CLI::IsMember({"table", "tsv", "csv", "json", "jsonl"}))
      ->type_name("FMT");
  app.add_option("-p,--param", o.params, "A value for $name in the queries (numbers, true/false, 'strings', [lists]; else text)")
      ->allow_extra_args(false)
      ->type_name("NAME=VALUE");
  app.add_option("--graphml", o.graphml, "Also write the nodes of the results as GraphML (for Gephi)")->type_name("OUT.graphml");
  app.add_flag("--fail-on-empty", o.fail_on_empty, "Exit with 3 when a query returns no rows");
  app.add_option("--load", o.load, "auto (snapshot when fresh, else JSON-LD), jsonld or snapshot")
      ->check(CLI::IsMember({"auto", "jsonld", "snapshot"}))
      ->type_name("FROM");
  app.add_flag("--save-snapshot", o.save_snapshot, "After loading graph.jsonld, write graph.kgsnap next to it (faster next time)");
  app.add_flag("--timing", o.timing, "Print load and query times on stderr");
  app.add_flag("-q,--quiet", o.quiet, "Only errors on stderr");
  app.add_option("--bench", o.bench, "Benchmark: generate a graph with N events, then time loading and queries")->type_name("N");
  app.add_option("--bench-dir", o.bench_dir, "Keep the benchmark's files in DIR (default: a temporary folder)")->type_name("DIR");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : kExitUsage;
  }
  auto log = spdlog::stderr_color_mt("kg");
  log->set_pattern("kgquery: %^%l%$: %v");
  log->set_level(o.quiet ? spdlog::level::err : o.timing ? spdlog::level::info : spdlog::level::warn);
  if (o.bench > 0) return run_bench(o.bench, o.bench_dir);
  if (o.graph.empty()) {
    log->error("no GRAPH given (a kgbuild output folder or its graph.jsonld); see --help");
    return kExitUsage;
  }
  try {
    return run_queries(o, *log);
  } catch (const std::exception& e) {
    log->error("internal error: {}", e.what());
    return kExitBadQuery;
  }
}
