#include "kg/synthetic.h"

#include <cstdio>
#include <string>

namespace kg {
namespace {

// splitmix64: small, fast and the same on every platform (unlike std:: distributions).
class Random {
 public:
  explicit Random(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  // Skewed towards small indices: a few actors take part in many events, as in the news.
  std::size_t skewed(std::size_t n) {
    const double u = static_cast<double>(next() >> 11) / 9007199254740992.0;
    return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u * u));
  }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }

 private:
  std::uint64_t s_;
};

const char* const kCountries[][2] = {
    {"CHN", "China"},   {"RUS", "Russia"},    {"USA", "United States"}, {"DEU", "Germany"},   {"FRA", "France"},
    {"GBR", "United Kingdom"}, {"IND", "India"}, {"JPN", "Japan"},      {"BRA", "Brazil"},    {"TUR", "Türkiye"},
    {"EGY", "Egypt"},   {"VNM", "Vietnam"},   {"NLD", "Netherlands"},   {"BEL", "Belgium"},   {"ESP", "Spain"},
    {"ITA", "Italy"},   {"CAN", "Canada"},    {"MEX", "Mexico"},        {"AUS", "Australia"}, {"IDN", "Indonesia"},
    {"KOR", "South Korea"}, {"SAU", "Saudi Arabia"}, {"IRN", "Iran"},   {"PAK", "Pakistan"},  {"ZAF", "South Africa"},
    {"NGA", "Nigeria"}, {"ARG", "Argentina"}, {"POL", "Poland"},        {"UKR", "Ukraine"},   {"KAZ", "Kazakhstan"},
};
constexpr std::size_t kRealCountries = sizeof kCountries / sizeof kCountries[0];
constexpr std::size_t kCountryCount = 120;
constexpr std::size_t kOrgCount = 60;

const char* const kPersons[][3] = {
    {"person/Q15031", "Xi Jinping", "CHN"},      {"person/Q7747", "Vladimir Putin", "RUS"},
    {"person/Q187553", "Sergey Lavrov", "RUS"},  {"person/Q1194985", "Wang Yi", "CHN"},
};

// CAMEO codes as kgbuild assigns them (schema/event_types.json).
std::string cameo(const std::string& type) {
  if (type == "visit") return "042";
  if (type == "phone_call") return "041";
  if (type == "meeting") return "040";
  if (type == "trade_figure") return "061";
  return "057";
}

std::string hex12(std::uint64_t x) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(x));
  return std::string(buf).substr(0, 12);
}

std::string code(std::size_t i) {
  if (i < kRealCountries) return kCountries[i][0];
  std::string c = "X";
  c += static_cast<char>('A' + (i / 26) % 26);
  c += static_cast<char>('A' + i % 26);
  return c;
}

std::string date(Random& r) {
  const int year = 2000 + static_cast<int>(r.below(24));
  char buf[16];
  switch (r.below(3)) {
    case 0: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case 1: std::snprintf(buf, sizeof buf, "%04d-%02d", year, 1 + static_cast<int>(r.below(12))); break;
    default:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, 1 + static_cast<int>(r.below(12)), 1 + static_cast<int>(r.below(28)));
  }
  return buf;
}

struct Builder {
  KnowledgeGraph& g;
  Random r;
  std::vector<Vertex> countries, persons, orgs, articles;

  Builder(KnowledgeGraph& graph, std::uint64_t seed) : g(graph), r(seed) {}

  void actors(std::size_t n_persons) {
    for (std::size_t i = 0; i < kCountryCount; ++i) {
      const Vertex v = g.add_node("country/" + code(i), NodeKind::kCountry);
      g.node(v).props = {{"name", std::string(i < kRealCountries ? kCountries[i][1] : "Country " + code(i))},
                         {"countryCode", code(i)},
                         {"sameAs", "http://www.wikidata.org/entity/Q" + std::to_string(1000 + i)}};
      countries.push_back(v);
    }
    for (std::size_t i = 0; i < n_persons; ++i) {
      const bool real = i < sizeof kPersons / sizeof kPersons[0];
      const std::string id = real ? kPersons[i][0] : "person/p" + std::to_string(100000 + i);
      const Vertex v = g.add_node(id, NodeKind::kPerson);
      const std::string country = real ? kPersons[i][2] : code(r.skewed(kCountryCount));
      g.node(v).props = {{"name", std::string(real ? kPersons[i][1] : "Person " + std::to_string(i))},
                         {"jobTitle", std::vector<std::string>{i % 3 ? "Foreign Minister" : "President"}},
                         {"registry", real || i % 4 == 0}};
      g.add_edge(v, *g.find("country/" + country), EdgeData{"nationality", {}});
      persons.push_back(v);
    }
    for (std::size_t i = 0; i < kOrgCount; ++i) {
      const Vertex v = g.add_node("org/O" + std::to_string(i), NodeKind::kOrganization);
      g.node(v).props = {{"name", "Organisation " + std::to_string(i)},
                         {"organizationType", std::string(i % 2 ? "GovernmentOrganization" : "IntergovernmentalOrganization")},
                         {"registry", true}};
      if (i % 2) g.add_edge(v, countries[r.skewed(kCountryCount)], EdgeData{"country", {}});
      orgs.push_back(v);
    }
  }

  void make_articles(std::size_t n) {
    static const char* const kLangs[] = {"en", "nl", "de", "fr", "es"};
    for (std::size_t i = 0; i < n; ++i) {
      const std::string ident = "news/" + std::to_string(i / 1000) + "/a" + std::to_string(i) + ".txt";
      const Vertex v = g.add_node(article_node_id(ident), NodeKind::kArticle);
      g.node(v).props = {{"identifier", ident},
                         {"url", "https://news" + std::to_string(i % 50) + ".example/" + std::to_string(i)},
                         {"name", "Article " + std::to_string(i)},
                         {"datePublished", date(r)},
                         {"dateSource", std::string("metadata")},
                         {"inLanguage", std::string(kLangs[i % 5])},
                         {"encodingFormat", std::string("txt")}};
      articles.push_back(v);
    }
  }

  Vertex pick_person() { return persons[r.skewed(persons.size())]; }
  Vertex pick_country() { return countries[r.skewed(countries.size())]; }

  // Participants by event type, as the extractors give them.
  std::vector<std::pair<std::string, Vertex>> roles(const std::string& type) {
    if (type == "visit")
      return {{"visitor", r.below(5) ? pick_person() : pick_country()}, {"destination", pick_country()}};
    if (type == "phone_call" || type == "meeting") {
      std::vector<std::pair<std::string, Vertex>> out{{"party", pick_person()}, {"party", pick_person()}};
      if (type == "meeting" && r.below(3) == 0) out.emplace_back("party", orgs[r.below(orgs.size())]);
      return out;
    }
    if (type == "trade_figure" && r.below(2)) return {{"exporter", pick_country()}, {"importer", pick_country()}};
    return {{"party", pick_country()}, {"party", pick_country()}};
  }

  void event(std::size_t i) {
    static const char* const kTypes[] = {"visit", "visit", "visit", "phone_call", "phone_call", "meeting", "meeting",
                                         "trade_figure", "trade_figure", "treaty_signing", "treaty_renewal", "treaty_extension"};
    static const char* const kStatus[] = {"occurred", "occurred", "occurred", "announced", "planned", "cancelled", "under_way"};
    const std::string type = kTypes[r.below(12)];
    const Vertex v = g.add_node("event/" + type + "/" + hex12(r.next()) + "-" + std::to_string(i), NodeKind::kEvent);
    const auto parts = roles(type);
    const std::string start = date(r);
    Properties& p = g.node(v).props;
    p["eventType"] = type;
    p["cameoCode"] = cameo(type);
    p["status"] = std::string(kStatus[r.below(7)]);
    p["startDate"] = start;
    if (start.size() == 10 && r.below(4) == 0) p["endDate"] = start.substr(0, 8) + "28";
    p["dateSource"] = std::string(r.below(3) ? "text" : "publication");
    if (type == "phone_call" && r.below(4) == 0) p["count"] = static_cast<std::int64_t>(1 + r.below(4));
    if (type == "trade_figure") {
      p["value"] = static_cast<double>(1 + r.below(2000)) * 1e8;
      p["currency"] = std::string(r.below(2) ? "USD" : "EUR");
      if (r.below(4) == 0) p["qualifier"] = std::string("about");
      p["tradeFlow"] = std::string("total");
    }
    const std::size_t mentions = 1 + (r.below(4) == 0);
    p["numMentions"] = static_cast<std::int64_t>(mentions);
    p["numArticles"] = static_cast<std::int64_t>(mentions);
    p["numSources"] = static_cast<std::int64_t>(mentions);
    p["confidence"] = 0.5 + static_cast<double>(r.below(50)) / 100.0;
    std::string label = type + ":";
    for (const auto& [role, who] : parts) label += " " + *get_string(g.node(who).props, "name");
    p["name"] = label + " (" + start + ")";
    for (const auto& [role, who] : parts) g.add_edge(v, who, EdgeData{role, {}});
    for (std::size_t m = 0; m < mentions; ++m) {
      const auto begin = static_cast<std::int64_t>(r.below(5000));
      EdgeData e{"mentionedIn", {}};
      e.props["start"] = begin;
      e.props["end"] = begin + 120;
      e.props["triggerStart"] = begin + 10;
      e.props["triggerEnd"] = begin + 16;
      e.props["sentence"] = "On " + start + " the " + type + " between the delegations took place, officials said in statement " +
                            std::to_string(i) + ".";
      e.props["trigger"] = type == "visit" ? std::string("visited") : std::string("talks");
      e.props["confidence"] = 0.5 + static_cast<double>(r.below(50)) / 100.0;
      g.add_edge(v, articles[r.below(articles.size())], std::move(e));
    }
  }
};

}  // namespace

KnowledgeGraph make_synthetic_graph(const SyntheticOptions& o) {
  KnowledgeGraph g;  // returned in place: moving a KnowledgeGraph copies its Boost graph
  Builder b(g, o.seed);
  b.actors(std::max<std::size_t>(40, o.events / 50));
  b.make_articles(std::max<std::size_t>(10, o.events / 3));
  for (std::size_t i = 0; i < o.events; ++i) b.event(i);
  return g;
}

}  // namespace kg
