#include <catch2/catch.hpp>

#include "kg/graph.h"
#include "kg/ingest.h"
#include "support.h"

using namespace kg;

namespace {
std::size_t count_kind(const KnowledgeGraph& g, NodeKind k) {
  std::size_t n = 0;
  for (Vertex v : g.sorted_nodes()) n += g.node(v).kind == k;
  return n;
}
}  // namespace

TEST_CASE("one event reported by two articles in two languages is one event with two mentions") {
  GraphBuilder b(kgtest::resources());
  auto en = kg::extract_article(kgtest::article("Japanese Foreign Minister Haruka Morita arrived in Brazil on Monday for a three-day visit.",
                                                "2022-05-03", "en", "en.txt"),
                                kgtest::resources(), {});
  auto nl = kg::extract_article(kgtest::article("De Japanse minister van Buitenlandse Zaken Haruka Morita is maandag in Brazilië aangekomen voor een driedaags bezoek.",
                                                "2022-05-03", "nl", "nl.txt"),
                                kgtest::resources(), {});
  REQUIRE(en.is_ok());
  REQUIRE(nl.is_ok());
  b.add(en.value());
  b.add(nl.value());
  const KnowledgeGraph g = b.build();
  std::vector<Vertex> visits;
  for (Vertex v : g.sorted_nodes())
    if (g.node(v).kind == NodeKind::kEvent && *get_string(g.node(v).props, "eventType") == "visit") visits.push_back(v);
  REQUIRE(visits.size() == 1);
  const auto& p = g.node(visits[0]).props;
  CHECK(get_number(p, "numArticles") == 2.0);
  CHECK(get_number(p, "numMentions") >= 2.0);
  CHECK(*get_string(p, "startDate") == "2022-05-02");
  CHECK(count_kind(g, NodeKind::kArticle) == 2);
}

TEST_CASE("a report that a scheduled event took place wins over the report written before it") {
  GraphBuilder b(kgtest::resources());
  for (const auto& [text, lang, id] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Am Dienstagnachmittag sollte Kanzler Olaf Scholz in Nairobi eintreffen.", "de", "a.txt"},
           {"Chancellor Olaf Scholz arrived in Nairobi on Tuesday afternoon.", "en", "b.txt"}}) {
    auto x = kg::extract_article(kgtest::article(text, "2023-05-02", lang, id), kgtest::resources(), {});
    REQUIRE(x.is_ok());
    b.add(x.value());
  }
  const KnowledgeGraph g = b.build();
  std::vector<std::string> statuses;
  for (Vertex v : g.sorted_nodes())
    if (g.node(v).kind == NodeKind::kEvent && *get_string(g.node(v).props, "eventType") == "visit")
      statuses.push_back(*get_string(g.node(v).props, "status"));
  CHECK(statuses == std::vector<std::string>{"under_way"});
}

TEST_CASE("different visits of the same pair months apart stay apart") {
  GraphBuilder b(kgtest::resources());
  for (const auto& [text, date, id] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Chancellor Angela Merkel visited Japan on Monday.", "2019-02-06", "a.txt"},
           {"Chancellor Angela Merkel visited Japan on Monday.", "2019-06-26", "b.txt"}}) {
    auto x = kg::extract_article(kgtest::article(text, date, "en", id), kgtest::resources(), {});
    REQUIRE(x.is_ok());
    b.add(x.value());
  }
  CHECK(b.stats().events_by_type["visit"] == 2);
}

TEST_CASE("persons are linked to their country, events to actors by role and to articles by mention") {
  GraphBuilder b(kgtest::resources());
  auto x = kg::extract_article(kgtest::article("Foreign Minister Sergey Lavrov will visit India on Tuesday.", "2021-04-02", "en"),
                               kgtest::resources(), {});
  REQUIRE(x.is_ok());
  b.add(x.value());
  const KnowledgeGraph g = b.build();
  auto lavrov = g.find("person/Q58217");
  REQUIRE(lavrov);
  bool nationality = false;
  for (const Edge& e : g.sorted_out_edges(*lavrov))
    nationality |= g.graph()[e].type == "nationality" && g.node(boost::target(e, g.graph())).id == "country/RUS";
  CHECK(nationality);
  std::set<std::string> roles;
  for (Vertex v : g.sorted_nodes())
    if (g.node(v).kind == NodeKind::kEvent)
      for (const Edge& e : g.sorted_out_edges(v)) roles.insert(g.graph()[e].type);
  CHECK(roles == std::set<std::string>{"destination", "mentionedIn", "visitor", "visitor_country"});
}

TEST_CASE("the same story told in five languages is one event with five reports") {
  // The parallel samples: a visit and a signing reported in en, nl, de, fr and es.
  const std::filesystem::path dir = std::filesystem::path(KG_SOURCE_DIR) / "samples" / "articles";
  const std::vector<std::string> files = {"en-2022-japan-brazil.md", "nl-2022-japan-brazilie.txt", "de-2022-japan-brasilien.txt",
                                          "fr-2022-japon-bresil.txt", "es-2022-japon-brasil.json"};
  kg::IngestOptions iopt;
  iopt.date_words.months = kgtest::resources().month_names();
  iopt.date_words.markers = kgtest::resources().publication_markers();
  GraphBuilder b(kgtest::resources());
  std::set<std::string> languages;
  for (const auto& f : files) {
    std::vector<kg::Article> got;
    REQUIRE(kg::ingest_paths({dir / f}, iopt, [&](kg::Article a) { got.push_back(std::move(a)); }, [](kg::Skip) {}).is_ok());
    REQUIRE(got.size() == 1);
    auto x = kg::extract_article(std::move(got[0]), kgtest::resources(), {});
    REQUIRE(x.is_ok());
    languages.insert(x->language);
    b.add(x.value());
  }
  CHECK(languages == std::set<std::string>{"de", "en", "es", "fr", "nl"});
  const KnowledgeGraph g = b.build();
  std::map<std::string, int> by_type;
  for (Vertex v : g.sorted_nodes()) {
    const auto& n = g.node(v);
    if (n.kind != NodeKind::kEvent) continue;
    const std::string type = *get_string(n.props, "eventType");
    if (type == "meeting") continue;
    ++by_type[type];
    INFO(type << " " << *get_string(n.props, "name"));
    CHECK(get_number(n.props, "numArticles") == 5.0);
    CHECK(get_number(n.props, "numMentions") >= 5.0);
  }
  CHECK(by_type["visit"] == 1);
  CHECK(by_type["treaty_signing"] == 1);
}
