// Helpers shared by the tests: the embedded resources, articles built from strings, temp folders.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "kg/extraction.h"
#include "kg/schema_files.h"
#include "lexicon/resources.h"

namespace kgtest {

inline const kg::Resources& resources() {
  static std::shared_ptr<const kg::Resources> res = [] {
    auto r = kg::load_resources(kg::SchemaSource());
    if (!r) FAIL("schema does not load: " << r.status().message());
    return r.value();
  }();
  return *res;
}

inline kg::Article article(const std::string& text, const std::string& published, const std::string& lang,
                           const std::string& id = "test.txt") {
  kg::Article a;
  a.identifier = id;
  a.text = text;
  a.language = lang;
  a.format = "txt";
  if (auto d = kg::PartialDate::parse_iso(published)) {
    a.published = *d;
    a.date_source = kg::DateSource::kMetadata;
  }
  return a;
}

inline kg::ArticleExtraction extract(const std::string& text, const std::string& published, const std::string& lang) {
  auto r = kg::extract_article(article(text, published, lang), resources(), {});
  REQUIRE(r.is_ok());
  return std::move(r.value());
}

// The name of an actor id as the extraction knows it.
inline std::string actor_name(const kg::ArticleExtraction& x, const std::string& id) {
  for (const auto& a : x.actors)
    if (a.id == id) return a.name;
  return id;
}

// A readable line per event: "visit | visitor=Sergey Lavrov destination=China | 2021-03-22..2021-03-23 | announced"
// (a treaty's signatories last: "… | occurred | signed by Donald Trump, Kim Jong-un")
inline std::string describe(const kg::ArticleExtraction& x, const kg::EventRecord& e) {
  std::ostringstream out;
  out << e.type << " |";
  std::vector<std::pair<std::string, std::string>> roles;  // symmetric parties in name order
  std::string signatories;  // who signed: at the end ("| signed by X, Y"), apart from the parties
  for (const auto& p : e.participants) {  // the visitor's country is derived from the visitor: not shown
    if (p.role == "signatory") signatories += (signatories.empty() ? "" : ", ") + actor_name(x, p.actor_id);
    else if (p.role != "visitor_country") roles.emplace_back(p.role, actor_name(x, p.actor_id));
  }
  std::stable_sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) {
    return a.first == "party" && b.first == "party" && a.second < b.second;
  });
  for (const auto& [role, name] : roles) out << " " << role << "=" << name;
  out << " | " << e.start.iso();
  if (!e.end.empty()) out << ".." << e.end.iso();
  out << " | " << e.status;
  if (e.count) out << " | count=" << e.count;
  if (e.amount) out << " | " << std::fixed << e.amount->value << " " << e.amount->currency;
  if (!signatories.empty()) out << " | signed by " << signatories;
  return out.str();
}

inline std::string describe_all(const kg::ArticleExtraction& x) {
  std::string s;
  for (const auto& e : x.events) s += describe(x, e) + "\n";
  return s;
}

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("kgtest-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& rel, const std::string& content) const {
    const auto p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace kgtest
