// End to end: the bundled samples against a golden digest (tests/golden/samples.txt, one line per
// event, readable without code), determinism, parallel runs, bad inputs and failed outputs.
// KG_UPDATE_GOLDEN=1 rewrites the golden file after a deliberate change.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <cstdlib>
#include <sys/stat.h>

#include "common/atomic_file.h"
#include "kg/pipeline.h"
#include "support.h"

using namespace kg;

namespace {

const std::filesystem::path kSource(KG_SOURCE_DIR);

Result<BuildSummary> build(const std::filesystem::path& out, unsigned jobs = 1,
                           std::vector<std::filesystem::path> inputs = {kSource / "samples" / "articles"}) {
  BuildOptions opt;
  opt.inputs = std::move(inputs);
  opt.output_dir = out;
  opt.jobs = jobs;
  return run_build(opt);
}

// One line per event: type | date | status | roles | numbers | articles.
std::string digest(const std::filesystem::path& jsonld) {
  rapidjson::Document doc;
  doc.Parse(kgtest::read_file(jsonld).c_str());
  std::map<std::string, std::string> names;
  for (const auto& n : doc["@graph"].GetArray())
    if (n.HasMember("name")) names[n["@id"].GetString()] = n["name"].GetString();
  std::map<std::string, std::string> article_id;
  for (const auto& n : doc["@graph"].GetArray())
    if (std::string(n["@type"].GetString()) == "NewsArticle") article_id[n["@id"].GetString()] = n["identifier"].GetString();
  std::vector<std::string> lines;
  for (const auto& n : doc["@graph"].GetArray()) {
    if (std::string(n["@type"].GetString()) != "Event") continue;
    std::string line = std::string(n["eventType"].GetString()) + " |";
    for (const auto& p : n["participant"].GetArray())
      line += " " + std::string(p["roleName"].GetString()) + "=" + names[p["participant"]["@id"].GetString()];
    line += " | ";
    if (n.HasMember("startDate")) line += n["startDate"].GetString();
    if (n.HasMember("endDate")) line += std::string("..") + n["endDate"].GetString();
    line += " | " + std::string(n["status"].GetString());
    if (n.HasMember("count")) line += " | count " + std::to_string(n["count"].GetInt());
    if (n.HasMember("amount")) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.0f", n["amount"]["value"].GetDouble());
      line += std::string(" | ") + buf + " " + n["amount"]["currency"].GetString();
    }
    line += " | in";
    for (const auto& a : n["wasDerivedFrom"].GetArray()) line += " " + article_id[a["@id"].GetString()];
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out = "# Events kgbuild finds in samples/articles (one per line; regenerate with KG_UPDATE_GOLDEN=1)\n";
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST_CASE("golden: the events of the bundled samples") {
  kgtest::TempDir out;
  auto r = build(out.path());
  REQUIRE(r.is_ok());
  const std::string got = digest(out.path() / "graph.jsonld");
  const auto golden = kSource / "tests" / "golden" / "samples.txt";
  if (std::getenv("KG_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden) << got;
    WARN("rewrote " << golden);
  }
  const std::string want = kgtest::read_file(golden);
  CHECK(got == want);
}

TEST_CASE("the same input gives byte-identical files, whatever the number of jobs") {
  kgtest::TempDir a, b;
  REQUIRE(build(a.path(), 1).is_ok());
  REQUIRE(build(b.path(), 4).is_ok());
  for (const char* f : {"graph.jsonld", "graph.graphml", "relations.graphml", "graph.kgsnap", "report.json"}) {
    INFO(f);
    CHECK(kgtest::read_file(a.path() / f) == kgtest::read_file(b.path() / f));
  }
}

TEST_CASE("bad articles are skipped and reported, the others are kept") {
  kgtest::TempDir in, out;
  in.write("good.txt", "Foreign Minister Sergey Lavrov will visit India on Tuesday.\nPlaatsingstijd: 02-04-2021\n");
  in.write("binary.txt", std::string("\x7f" "ELF\0\0\0", 7));
  in.write("latin1.txt", "Caf\xE9 cr\xE8me");
  in.write("empty.md", "");
  in.write("broken.json", "{\"maintext\": ");
  in.write("italian.txt", "Il ministro degli Esteri è arrivato a Roma per colloqui con il governo italiano sulla crisi.");
  auto r = build(out.path(), 1, {in.path()});
  REQUIRE(r.is_ok());
  CHECK(r->articles_extracted == 1);
  CHECK(r->skipped == 5);
  rapidjson::Document report;
  report.Parse(kgtest::read_file(out.path() / "report.json").c_str());
  REQUIRE(report["skipped"].Size() == 5);
  std::string reasons;
  for (const auto& s : report["skipped"].GetArray()) reasons += std::string(s["identifier"].GetString()) + ": " + s["reason"].GetString() + "\n";
  CHECK_THAT(reasons, Catch::Contains("binary.txt: binary"));
  CHECK_THAT(reasons, Catch::Contains("latin1.txt: invalid UTF-8"));
  CHECK_THAT(reasons, Catch::Contains("empty.md: empty"));
  CHECK_THAT(reasons, Catch::Contains("broken.json"));
  CHECK_THAT(reasons, Catch::Contains("italian.txt: language"));
  CHECK(r->events_by_type.at("visit") == 1);
}

TEST_CASE("a run that cannot write its outputs fails and leaves no partial file") {
  if (::geteuid() == 0) {
    // root ignores permissions: use an output path below a regular file instead.
    kgtest::TempDir dir;
    const auto file = dir.write("not-a-folder", "x");
    auto r = build(file / "out");
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == StatusCode::kIoError);
    return;
  }
  kgtest::TempDir dir;
  const auto out = dir.path() / "ro";
  std::filesystem::create_directories(out);
  ::chmod(out.c_str(), 0555);
  auto r = build(out);
  ::chmod(out.c_str(), 0755);
  REQUIRE_FALSE(r.is_ok());
  CHECK(r.status().code() == StatusCode::kIoError);
  CHECK(std::filesystem::is_empty(out));
}

TEST_CASE("outputs replace older ones atomically: no temporary file is left behind") {
  kgtest::TempDir out;
  REQUIRE(build(out.path()).is_ok());
  REQUIRE(build(out.path()).is_ok());
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(out.path())) {
    ++files;
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  }
  CHECK(files == 5);
}

TEST_CASE("staged files are rendered straight to disk and appear only on commit") {
  kgtest::TempDir out;
  const auto target = (out.path() / "big.txt").string();
  std::string expected;  // larger than the 1 MB write buffer, so that it is written in pieces
  for (int i = 0; i < 300000; ++i) {
    expected.append(std::to_string(i));
    expected.push_back(i % 7 ? ' ' : '\n');
  }
  auto render = [&](std::ostream& os) {
    for (std::size_t at = 0; at < expected.size(); at += 4093) os << expected.substr(at, 4093);
  };
  {
    StagedFiles files;
    REQUIRE(files.stage(target, render).is_ok());
    CHECK_FALSE(std::filesystem::exists(target));
  }  // never committed: the temporary file is gone
  CHECK(std::filesystem::is_empty(out.path()));
  StagedFiles files;
  REQUIRE(files.stage(target, render).is_ok());
  REQUIRE(files.stage((out.path() / "small.txt").string(), std::string_view("one line\n")).is_ok());
  REQUIRE(files.commit().is_ok());
  CHECK(kgtest::read_file(target) == expected);
  CHECK(kgtest::read_file(out.path() / "small.txt") == "one line\n");
  CHECK(std::distance(std::filesystem::directory_iterator(out.path()), std::filesystem::directory_iterator()) == 2);
}

TEST_CASE("missing inputs and broken schema folders are errors with their own codes") {
  kgtest::TempDir out;
  BuildOptions opt;
  opt.inputs = {"/nonexistent/articles"};
  opt.output_dir = out.path();
  CHECK(run_build(opt).status().code() == StatusCode::kNotFound);
  opt.inputs = {kSource / "samples" / "articles"};
  opt.schema_dir = "/nonexistent/schema";
  CHECK(run_build(opt).status().code() == StatusCode::kNotFound);
}
