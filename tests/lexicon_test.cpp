#include <catch2/catch.hpp>

#include "common/text_util.h"
#include "support.h"

using namespace kg;

namespace {
// A copy of schema/ in a temp folder, with one file replaced.
void copy_schema(const kgtest::TempDir& dir) {
  for (const auto& f : embedded_schema_files()) dir.write(f.path, std::string(f.content));
}
// The payloads of a phrase in a language table.
std::vector<const Payload*> lookup(const LanguageData& lang, const std::string& phrase) {
  const auto toks = tokenize(phrase);
  std::vector<Match> ms;
  lang.table.matches_at(phrase, toks, 0, toks.size(), ms);
  std::vector<const Payload*> out;
  for (const auto& m : ms)
    if (m.end == toks.size()) out.push_back(m.payload);
  return out;
}
bool means(const LanguageData& lang, const std::string& phrase, Cat cat, const std::string& sval = {}) {
  for (const auto* p : lookup(lang, phrase))
    if (p->cat == cat && (sval.empty() || p->sval == sval)) return true;
  return false;
}
}  // namespace

TEST_CASE("the built-in schema loads with every language") {
  const auto& res = kgtest::resources();
  for (const char* code : {"en", "nl"}) {
    INFO(code);
    CHECK(res.language(code) != nullptr);
  }
  CHECK(res.person_count() > 500);
  CHECK(res.country("RUS")->name == "Russia");
  CHECK(res.country("SUN")->historical);
  CHECK(res.country("CHN")->qid == "Q148");
}

TEST_CASE("country names come from CLDR, demonyms, places and compounds from the gazetteers") {
  const auto& res = kgtest::resources();
  struct Case {
    const char* lang;
    const char* phrase;
    Cat cat;
    const char* code;
  } cases[] = {
      {"nl", "Rusland", Cat::kCountryName, "RUS"},     {"nl", "Verenigde Staten", Cat::kCountryName, "USA"},
      {"nl", "Russische", Cat::kDemonym, "RUS"},       {"nl", "Peking", Cat::kPlace, "CHN"},
      {"nl", "Den Haag", Cat::kPlace, "NLD"},          {"nl", "Keulen", Cat::kPlace, "DEU"},
      {"en", "Beijing", Cat::kPlace, "CHN"},           {"en", "Soviet Union", Cat::kCountryName, "SUN"},
      {"en", "Russian", Cat::kDemonym, "RUS"},         {"en", "Sino", Cat::kCombiningForm, "CHN"},
      {"en", "U.S.", Cat::kCountryName, "USA"},        {"nl", "Chinees", Cat::kCombiningForm, "CHN"},
  };
  for (const auto& c : cases) {
    INFO(c.lang << " " << c.phrase);
    CHECK(means(*res.language(c.lang), c.phrase, c.cat, c.code));
  }
}

TEST_CASE("case rules: acronyms need their case, capitalised names a capital") {
  const LanguageData& en = *kgtest::resources().language("en");
  const std::string text = "us US";
  const auto toks = tokenize(text);
  std::vector<Match> lower, upper;
  en.table.matches_at(text, toks, 0, 1, lower);
  en.table.matches_at(text, toks, 1, 2, upper);
  auto has_country = [](const std::vector<Match>& ms) {
    for (const auto& m : ms)
      if (m.payload->cat == Cat::kCountryName) return true;
    return false;
  };
  CHECK_FALSE(has_country(lower));
  CHECK(has_country(upper));
}

TEST_CASE("a broken lexicon stops loading with a message that names the file") {
  struct Case {
    const char* file;
    const char* content;
    const char* message;
  } cases[] = {
      {"lang/nl/lexicon.json", "{\"language\": \"nl\", \"dates\": {\"maanden\": {}}}", "unknown key dates.maanden"},
      {"lang/nl/lexicon.json", "{\"language\": \"nl\", \"numbers\": {\"scales\": {\"miljard\": \"veel\"}}}", "must be a number"},
      {"lang/nl/lexicon.json", "{\"language\": \"nl\",", "invalid JSON"},
      {"lang/nl/gazetteer.json", "{\"demonyms\": {\"XXX\": [\"Xisch\"]}}", "unknown country code XXX"},
      {"actors/persons/RUS.json", "{\"persons\": [{\"name\": \"A B\", \"qid\": \"7747\"}]}", "not a Wikidata id"},
      {"actors/persons/RUS.json", "{\"persons\": [{\"name\": \"A B\", \"roles\": [{\"start\": \"2000-13-01\"}]}]}", "not an ISO date"},
  };
  for (const auto& c : cases) {
    INFO(c.file << ": " << c.content);
    kgtest::TempDir dir;
    copy_schema(dir);
    dir.write(c.file, c.content);
    auto src = SchemaSource::from_directory(dir.path().string());
    REQUIRE(src.is_ok());
    auto r = load_resources(src.value());
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == StatusCode::kDataError);
    CHECK_THAT(r.status().message(), Catch::Contains(c.message));
  }
}

TEST_CASE("registry: aliases, surnames, and office holders on a date") {
  const auto& res = kgtest::resources();
  const PersonInfo* putin = res.person("Q7747");
  REQUIRE(putin);
  CHECK(putin->country == "RUS");
  const PersonInfo* holder = res.role_holder("RUS", "head_of_state", PartialDate{2021, 3, 19});
  REQUIRE(holder);
  CHECK(holder->name == "Vladimir Putin");
  const PersonInfo* fm = res.role_holder("CHN", "foreign_minister", PartialDate{2021, 3, 19});
  REQUIRE(fm);
  CHECK(fm->name == "Wang Yi");
}

TEST_CASE("every registry person's aliases fold to distinct entries and roles have ordered dates") {
  const auto& res = kgtest::resources();
  for (const auto& code : {"RUS", "CHN", "USA", "DEU", "FRA", "NLD", "GBR"}) {
    INFO(code);
    bool found = false;
    for (const auto* p : {res.role_holder(code, "head_of_government", PartialDate{2015, 6, 1}),
                          res.role_holder(code, "head_of_state", PartialDate{2015, 6, 1})})
      found |= p != nullptr;
    CHECK(found);
  }
}
