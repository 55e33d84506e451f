// Golden queries: each tests/golden/queries/*.cypher holds a question (comments, then the query)
// and, after the line "// ---- expected", the answer on the bundled samples as kgquery prints it
// (--format table), each line behind "// ". The files stay valid scripts:
//   kgquery out/samples -f tests/golden/queries/03_xi_jinping_calls.cypher
// After a deliberate change, KG_UPDATE_GOLDEN=1 build/tests/kg_tests golden* rewrites the answers
// (review the diff).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "kg/load.h"
#include "kg/pipeline.h"
#include "kg/query.h"
#include "support.h"

using namespace kg;

namespace {

const std::string kMarker = "// ---- expected";

// The graph of the bundled samples as kgquery loads it (from graph.jsonld), built once.
const KnowledgeGraph& samples_graph() {
  static kgtest::TempDir dir;
  static const std::unique_ptr<KnowledgeGraph> g = [] {
    BuildOptions opt;
    opt.inputs = {std::filesystem::path(KG_SOURCE_DIR) / "samples" / "articles"};
    opt.output_dir = dir.path();
    auto r = run_build(opt);
    if (!r) FAIL(r.status().message());
    auto loaded = load_graph(dir.path() / "graph.jsonld");
    if (!loaded) FAIL(loaded.status().message());
    return std::move(loaded.value());
  }();
  return *g;
}

std::string answer(const std::string& script) {
  const Query q(script);
  if (!q.ok()) return "error: " + q.error().to_string() + "\n";
  QueryEngine engine(samples_graph());
  std::ostringstream out;
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (i) out << '\n';
    auto r = engine.run(q, i);
    if (!r) out << "error: " << r.status().message() << '\n';
    else write_result(r.value(), samples_graph(), OutputFormat::kTable, out);
  }
  return out.str();
}

std::string as_comments(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) out += line.empty() ? "//\n" : "// " + line + "\n";
  return out;
}

}  // namespace

TEST_CASE("golden: kgquery answers the questions in tests/golden/queries on the samples") {
  const auto dir = std::filesystem::path(KG_SOURCE_DIR) / "tests" / "golden" / "queries";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".cypher") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 10);
  const bool update = std::getenv("KG_UPDATE_GOLDEN") != nullptr;
  for (const auto& f : files) {
    INFO(f.filename().string());
    const std::string content = kgtest::read_file(f);
    const auto at = content.find(kMarker);
    const std::string script = content.substr(0, at);
    const std::string got = as_comments(answer(script));
    if (update) {
      std::ofstream(f, std::ios::binary) << script << kMarker << " (regenerate with KG_UPDATE_GOLDEN=1) ----\n" << got;
      continue;
    }
    REQUIRE(at != std::string::npos);
    const auto body = content.find('\n', at);
    CHECK(content.substr(body + 1) == got);
  }
  if (update) WARN("rewrote the answers in " << dir);
}
