// kgquery's loaders: graph.jsonld and graph.kgsnap read back into the graph kgbuild built.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "kg/export.h"
#include "kg/ingest.h"
#include "kg/load.h"
#include "kg/pipeline.h"
#include "kg/synthetic.h"
#include "support.h"

using namespace kg;

namespace {

const std::filesystem::path kSamples = std::filesystem::path(KG_SOURCE_DIR) / "samples" / "articles";

std::string show(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return "\"" + *s + "\"";
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i) + "i";
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17gd", *d);
    return buf;
  }
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* l = std::get_if<std::vector<std::string>>(&v)) {
    std::string out = "[";
    for (const auto& s : *l) out += "\"" + s + "\",";
    return out + "]";
  }
  return "null";
}

std::string show(const Properties& p, const std::set<std::string>& ignore) {
  std::string out;
  for (const auto& [k, v] : p)
    if (!ignore.count(k)) out += " " + k + "=" + show(v);
  return out;
}

// The whole graph as sorted text lines: nodes with kind and properties, then edges.
std::string dump(const KnowledgeGraph& g, const std::set<std::string>& ignore = {}) {
  std::vector<std::string> lines;
  for (Vertex v : g.sorted_nodes()) {
    const NodeData& n = g.node(v);
    lines.push_back(n.id + " " + to_string(n.kind) + show(n.props, ignore));
    for (const Edge& e : g.sorted_out_edges(v)) {
      const auto& d = g.graph()[e];
      lines.push_back("  -" + d.type + "-> " + g.node(boost::target(e, g.graph())).id + show(d.props, ignore));
    }
  }
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// "" when equal, else the first line that differs in each (a readable failure for big dumps).
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string lx, ly;
  for (int line = 1;; ++line) {
    const bool more_x = static_cast<bool>(std::getline(x, lx));
    const bool more_y = static_cast<bool>(std::getline(y, ly));
    if (!more_x && !more_y) return "";
    if (!more_x || !more_y || lx != ly)
      return "line " + std::to_string(line) + ":\n  " + (more_x ? lx : "(end)") + "\n  " + (more_y ? ly : "(end)");
  }
}

// The samples graph as run_build builds it in memory (the same steps, jobs = 1).
KnowledgeGraph samples_in_memory() {
  const Resources& res = kgtest::resources();
  IngestOptions iopt;
  iopt.date_words.months = res.month_names();
  iopt.date_words.markers = res.publication_markers();
  GraphBuilder builder(res);
  Status st = ingest_paths({kSamples}, iopt, [&](Article a) {
    auto x = extract_article(std::move(a), res, {});
    if (x) builder.add(x.value());
  }, [](Skip) {});
  REQUIRE(st.is_ok());
  return builder.build();
}

}  // namespace

TEST_CASE("load: graph.jsonld and graph.kgsnap give back the graph kgbuild built") {
  kgtest::TempDir out;
  BuildOptions opt;
  opt.inputs = {kSamples};
  opt.output_dir = out.path();
  REQUIRE(run_build(opt).is_ok());
  const KnowledgeGraph built = samples_in_memory();
  REQUIRE(built.node_count() > 100);

  SECTION("from JSON-LD: everything but the registry flag, and the same document again") {
    auto g = read_jsonld(kgtest::read_file(out.path() / "graph.jsonld"));
    REQUIRE(g.is_ok());
    CHECK((*g)->node_count() == built.node_count());
    CHECK((*g)->edge_count() == built.edge_count());
    CHECK(first_difference(dump(*g.value(), {"registry"}), dump(built, {"registry"})) == "");
    CHECK(to_jsonld(*g.value(), kgtest::resources().context_jsonld()) == kgtest::read_file(out.path() / "graph.jsonld"));
  }
  SECTION("from the snapshot: everything") {
    kgtest::TempDir dir;
    dir.write("graph.kgsnap", to_snapshot(built));
    LoadInfo info;
    auto g = load_graph(dir.path(), GraphSource::kAuto, &info);
    REQUIRE(g.is_ok());
    CHECK(info.source == GraphSource::kSnapshot);
    CHECK(first_difference(dump(*g.value()), dump(built)) == "");
    CHECK(to_snapshot(*g.value()) == to_snapshot(built));
  }
  SECTION("a folder is read from its snapshot when it is fresh, else from the JSON-LD") {
    LoadInfo info;
    auto g = load_graph(out.path(), GraphSource::kAuto, &info);
    REQUIRE(g.is_ok());
    if (!std::filesystem::exists(out.path() / "graph.kgsnap")) {
      CHECK(info.source == GraphSource::kJsonld);
      kgtest::TempDir copy;
      std::filesystem::copy_file(out.path() / "graph.jsonld", copy.path() / "graph.jsonld");
      copy.write("graph.kgsnap", to_snapshot(*g.value()));
      auto again = load_graph(copy.path() / "graph.jsonld", GraphSource::kAuto, &info);
      REQUIRE(again.is_ok());
      CHECK(info.source == GraphSource::kSnapshot);
      CHECK(first_difference(dump(*again.value()), dump(*g.value())) == "");
    } else {
      CHECK(info.source == GraphSource::kSnapshot);
    }
  }
}

TEST_CASE("load: a synthetic graph round-trips through both formats") {
  const KnowledgeGraph g = make_synthetic_graph({.events = 3000, .seed = 7});
  const std::string context = kgtest::resources().context_jsonld();
  auto a = read_jsonld(to_jsonld(g, context));
  REQUIRE(a.is_ok());
  CHECK(first_difference(dump(*a.value(), {"registry"}), dump(g, {"registry"})) == "");
  auto b = read_snapshot(to_snapshot(g));
  REQUIRE(b.is_ok());
  CHECK(first_difference(dump(*b.value()), dump(g)) == "");
}

TEST_CASE("load: what cannot be loaded says why") {
  kgtest::TempDir dir;
  struct Case {
    std::string what, file, content;
    StatusCode code;
    std::string message;
  };
  const std::string good = to_snapshot(make_synthetic_graph({.events = 20, .seed = 1}));
  const std::vector<Case> cases = {
      {"not JSON", "graph.jsonld", "{\"@graph\": [", StatusCode::kBadInput, "not valid JSON"},
      {"no @graph", "graph.jsonld", "{\"nodes\": []}", StatusCode::kBadInput, "no top-level \"@graph\""},
      {"not a snapshot", "graph.kgsnap", "hello world, this is text", StatusCode::kBadInput, "bad magic"},
      {"truncated snapshot", "graph.kgsnap", good.substr(0, good.size() / 2), StatusCode::kBadInput, "snapshot"},
      {"future snapshot", "graph.kgsnap", good.substr(0, 8) + std::string("\x09\0\0\0", 4) + good.substr(12), StatusCode::kBadInput,
       "version 9 is not supported"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    kgtest::TempDir d;
    d.write(c.file, c.content);
    auto g = load_graph(d.path() / c.file);
    REQUIRE_FALSE(g.is_ok());
    CHECK(g.status().code() == c.code);
    CHECK_THAT(g.status().message(), Catch::Contains(c.message));
  }
  CHECK(load_graph(dir.path() / "missing").status().code() == StatusCode::kNotFound);
  CHECK(load_graph(dir.path()).status().code() == StatusCode::kNotFound);
}
