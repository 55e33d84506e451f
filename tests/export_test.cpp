#include <catch2/catch.hpp>

// boost/graph/graphml.hpp warns (-Wmaybe-uninitialized) inside Boost at -O2.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/graphml.hpp>
#pragma GCC diagnostic pop

#include <rapidjson/document.h>
// rapidjson/schema.h warns (-Wnull-dereference) inside RapidJSON at -O2.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <rapidjson/schema.h>
#pragma GCC diagnostic pop
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <regex>

#include "kg/export.h"
#include "kg/pipeline.h"
#include "support.h"

using namespace kg;

namespace {

// The graph of the bundled samples, built once.
const std::filesystem::path& sample_output() {
  static kgtest::TempDir dir;
  static bool built = [] {
    BuildOptions opt;
    opt.inputs = {std::filesystem::path(KG_SOURCE_DIR) / "samples" / "articles"};
    opt.output_dir = dir.path();
    auto r = run_build(opt);
    if (!r) FAIL(r.status().message());
    return true;
  }();
  (void)built;
  return dir.path();
}

struct V {
  std::string label, kind;
};
struct E {
  std::string label;
  double weight = 0;
};

template <typename Directed>
void check_read_back(const std::string& xml) {
  boost::adjacency_list<boost::vecS, boost::vecS, Directed, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&V::label, g));
  dp.property("kind", boost::get(&V::kind, g));
  dp.property("label", boost::get(&E::label, g));
  dp.property("weight", boost::get(&E::weight, g));
  std::istringstream in(xml);
  REQUIRE_NOTHROW(boost::read_graphml(in, g, dp));
  CHECK(boost::num_vertices(g) > 10);
  CHECK(boost::num_edges(g) > 5);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    CHECK(g[*it].weight >= 1.0);
    CHECK_FALSE(g[*it].label.empty());
  }
  for (auto [it, end] = boost::vertices(g); it != end; ++it) CHECK_FALSE(g[*it].label.empty());
}

}  // namespace

TEST_CASE("graph.jsonld is valid against schema/graph.schema.json") {
  rapidjson::Document schema_doc;
  schema_doc.Parse(kgtest::read_file(std::filesystem::path(KG_SOURCE_DIR) / "schema" / "graph.schema.json").c_str());
  REQUIRE_FALSE(schema_doc.HasParseError());
  rapidjson::SchemaDocument schema(schema_doc);
  rapidjson::Document doc;
  doc.Parse(kgtest::read_file(sample_output() / "graph.jsonld").c_str());
  REQUIRE_FALSE(doc.HasParseError());
  rapidjson::SchemaValidator validator(schema);
  if (!doc.Accept(validator)) {
    rapidjson::StringBuffer where, what;
    validator.GetInvalidSchemaPointer().StringifyUriFragment(where);
    validator.GetInvalidDocumentPointer().StringifyUriFragment(what);
    FAIL("invalid at " << what.GetString() << " (schema " << where.GetString() << ", keyword "
                       << validator.GetInvalidSchemaKeyword() << ")");
  }
  // Every reference points to a node of the graph.
  std::set<std::string> ids;
  for (const auto& n : doc["@graph"].GetArray()) ids.insert(n["@id"].GetString());
  std::function<void(const rapidjson::Value&, bool)> check_refs = [&](const rapidjson::Value& v, bool top) {
    if (v.IsObject()) {
      if (!top && v.HasMember("@id") && v.MemberCount() == 1) CHECK(ids.count(v["@id"].GetString()) == 1);
      for (const auto& m : v.GetObject()) check_refs(m.value, false);
    } else if (v.IsArray()) {
      for (const auto& x : v.GetArray()) check_refs(x, false);
    }
  };
  for (const auto& n : doc["@graph"].GetArray()) check_refs(n, true);
}

TEST_CASE("mention offsets are code points into the article text and quote it exactly") {
  rapidjson::Document doc;
  doc.Parse(kgtest::read_file(sample_output() / "graph.jsonld").c_str());
  std::map<std::string, std::string> article_file;
  for (const auto& n : doc["@graph"].GetArray())
    if (std::string(n["@type"].GetString()) == "NewsArticle") article_file[n["@id"].GetString()] = n["identifier"].GetString();
  std::size_t checked = 0;
  for (const auto& n : doc["@graph"].GetArray()) {
    if (std::string(n["@type"].GetString()) != "Event") continue;
    for (const auto& m : n["mention"].GetArray()) {
      const auto& target = m["oa:hasTarget"];
      const std::string file = article_file[target["oa:hasSource"]["@id"].GetString()];
      if (file.find(".txt") == std::string::npos || file.find('#') != std::string::npos) continue;  // plain text only
      const std::string text = kgtest::read_file(std::filesystem::path(KG_SOURCE_DIR) / "samples" / "articles" / file);
      const auto& sel = target["oa:hasSelector"];
      const auto start = sel[0]["oa:start"].GetUint64(), end = sel[0]["oa:end"].GetUint64();
      // Convert code points to bytes.
      std::size_t cp = 0, b = 0, bstart = 0, bend = 0;
      for (; b <= text.size(); ++b) {
        if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
          if (cp == start) bstart = b;
          if (cp == end) bend = b;
          ++cp;
        }
      }
      INFO(file << " " << start << ".." << end);
      CHECK(text.substr(bstart, bend - bstart) == sel[1]["oa:exact"].GetString());
      ++checked;
    }
  }
  CHECK(checked > 5);
}

TEST_CASE("GraphML files read back with boost::read_graphml and use only Gephi-friendly keys") {
  for (const char* file : {"graph.graphml", "relations.graphml"}) {
    INFO(file);
    const std::string xml = kgtest::read_file(sample_output() / file);
    // Keys: allowed types only, none named id, label present.
    std::regex key_re("<key id=\"[^\"]+\" for=\"(node|edge)\" attr.name=\"([^\"]+)\" attr.type=\"([^\"]+)\"");
    std::set<std::string> names;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), key_re); it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[2], type = (*it)[3];
      CHECK(name != "id");
      CHECK(std::set<std::string>{"boolean", "int", "long", "double", "string"}.count(type) == 1);
      names.insert(name);
    }
    CHECK(names.count("label") == 1);
    CHECK(names.count("weight") == 1);

    if (std::string(file) == "graph.graphml") {
      check_read_back<boost::directedS>(xml);
    } else {
      check_read_back<boost::undirectedS>(xml);
    }
  }
}
