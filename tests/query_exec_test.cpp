// The query engine on a small hand-built graph: each case is a query and the rows it gives (TSV).
#include <catch2/catch.hpp>

#include <sstream>

#include "kg/query.h"

using namespace kg;

namespace {

// Three countries, four persons, six events and an article:
//   Lavrov (RUS) visits China 2021-03-22; Putin (RUS) visits China 2022-02 (planned);
//   Xi (CHN) phones Putin twice in 2020-05 (count 2); Xi phones Biden (USA) 2021-11;
//   trade China–Russia 2020 (parties, 108e9 USD) and China → Russia 2021 (exporter/importer, 140e9 USD).
KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  auto country = [&](const std::string& cc, const std::string& name) {
    const Vertex v = g.add_node("country/" + cc, NodeKind::kCountry);
    g.node(v).props = {{"name", name}, {"countryCode", cc}};
    return v;
  };
  auto person = [&](const std::string& id, const std::string& name, Vertex nationality, std::vector<std::string> alt = {}) {
    const Vertex v = g.add_node("person/" + id, NodeKind::kPerson);
    g.node(v).props = {{"name", name}};
    if (!alt.empty()) g.node(v).props["alternateName"] = alt;
    g.add_edge(v, nationality, EdgeData{"nationality", {}});
    return v;
  };
  const Vertex chn = country("CHN", "China"), rus = country("RUS", "Russia"), usa = country("USA", "United States");
  const Vertex lavrov = person("lavrov", "Sergey Lavrov", rus, {"Lawrow"});
  const Vertex putin = person("putin", "Vladimir Putin", rus, {"Poetin", "Poutine"});
  const Vertex xi = person("xi", "Xi Jinping", chn);
  const Vertex biden = person("biden", "Joe Biden", usa);
  const Vertex art = g.add_node("article/a1.txt", NodeKind::kArticle);
  g.node(art).props = {{"identifier", std::string("a1.txt")}, {"inLanguage", std::string("en")}};
  auto event = [&](const std::string& id, Properties p, std::vector<std::pair<std::string, Vertex>> roles) {
    const Vertex v = g.add_node("event/" + id, NodeKind::kEvent);
    g.node(v).props = std::move(p);
    for (const auto& [role, who] : roles) g.add_edge(v, who, EdgeData{role, {}});
    g.add_edge(v, art, EdgeData{"mentionedIn", {{"start", std::int64_t{0}}, {"trigger", std::string("x")}}});
    return v;
  };
  event("v1", {{"eventType", std::string("visit")}, {"startDate", std::string("2021-03-22")}, {"status", std::string("occurred")}},
        {{"visitor", lavrov}, {"destination", chn}});
  event("v2", {{"eventType", std::string("visit")}, {"startDate", std::string("2022-02")}, {"status", std::string("planned")}},
        {{"visitor", putin}, {"destination", chn}});
  event("p1", {{"eventType", std::string("phone_call")}, {"startDate", std::string("2020-05")}, {"count", std::int64_t{2}}},
        {{"party", xi}, {"party", putin}});
  event("p2", {{"eventType", std::string("phone_call")}, {"startDate", std::string("2021-11")}}, {{"party", xi}, {"party", biden}});
  event("t1",
        {{"eventType", std::string("trade_figure")}, {"startDate", std::string("2020")}, {"value", 108e9}, {"currency", std::string("USD")}},
        {{"party", chn}, {"party", rus}});
  event("t2",
        {{"eventType", std::string("trade_figure")}, {"startDate", std::string("2021")}, {"value", 140e9}, {"currency", std::string("USD")}},
        {{"exporter", chn}, {"importer", rus}});
  return g;
}

const KnowledgeGraph& graph() {
  static const KnowledgeGraph g = small_graph();
  return g;
}

// Rows as TSV without the header, or "error: …".
std::string run(const std::string& text, const QueryParams& params = {}) {
  const Query q(text);
  if (!q.ok()) return "syntax: " + q.error().to_string();
  QueryEngine engine(graph());
  auto r = engine.run(q, 0, params);
  if (!r) return "error: " + r.status().message();
  std::ostringstream out;
  write_result(r.value(), graph(), OutputFormat::kTsv, out);
  std::string s = out.str();
  return s.substr(s.find('\n') + 1);
}

struct Case {
  std::string query, rows;
};

void check_all(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.query);
    CHECK(run(c.query) == c.rows);
  }
}

}  // namespace

TEST_CASE("exec: patterns, directions and labels") {
  check_all({
      {"MATCH (p:Person)<-[:visitor]-(e:Event)-[:destination]->(c:Country {countryCode: 'CHN'}) RETURN p.name, e.startDate "
       "ORDER BY e.startDate",
       "Sergey Lavrov\t2021-03-22\nVladimir Putin\t2022-02\n"},
      // undirected: both directions; relationships are not reused within a MATCH
      {"MATCH (a:Person {name: 'Xi Jinping'})--(e:Event)--(b:Person) RETURN b.name ORDER BY b.name", "Joe Biden\nVladimir Putin\n"},
      {"MATCH (a:Person)-->(c:Country) RETURN a.name, c.countryCode ORDER BY a.name",
       "Joe Biden\tUSA\nSergey Lavrov\tRUS\nVladimir Putin\tRUS\nXi Jinping\tCHN\n"},
      {"MATCH (c:Country)<--(p) RETURN labels(p) AS l, count(*) ORDER BY l", "[\"Event\"]\t6\n[\"Person\"]\t4\n"},
      {"MATCH (x:Actor {name: 'China'}) RETURN x", "country/CHN\n"},
      {"MATCH (a)-[r]->(b) WHERE NOT a:Event RETURN labels(a), type(r), labels(b), count(*)",
       "[\"Person\"]\tnationality\t[\"Country\"]\t4\n"},
      {"MATCH (x:Person|Country) WHERE x.name STARTS WITH 'V' OR x.countryCode = 'USA' RETURN id(x) ORDER BY id(x)",
       "country/USA\nperson/putin\n"},
      {"MATCH (e:Event)-[r]->(c:Country {countryCode: 'RUS'}) RETURN type(r), e.startDate ORDER BY e.startDate",
       "party\t2020\nimporter\t2021\n"},
      {"MATCH (e:Event)-[r:exporter|importer]->(c) RETURN type(r), c.name ORDER BY type(r)", "exporter\tChina\nimporter\tRussia\n"},
      {"MATCH (a:Country {countryCode: 'CHN'})<--(e:Event {eventType: 'trade_figure'})-->(b:Country {countryCode: 'RUS'}) "
       "RETURN e.startDate, e.value, e.currency ORDER BY e.startDate",
       "2020\t108000000000.0\tUSD\n2021\t140000000000.0\tUSD\n"},
      {"MATCH (e:Event)-[m:mentionedIn {start: 0}]->(a:Article) WHERE e.eventType = 'visit' RETURN m.trigger, a.identifier",
       "x\ta1.txt\nx\ta1.txt\n"},
      {"MATCH (p:Person {name: 'Nobody'}) RETURN p", ""},
      {"MATCH (p:Person {name: null}) RETURN p", ""},
  });
}

TEST_CASE("exec: WHERE, null and value semantics") {
  check_all({
      {"MATCH (e:Event) WHERE e.startDate >= '2021' AND e.startDate < '2022' RETURN e.eventType ORDER BY e.eventType",
       "phone_call\ntrade_figure\nvisit\n"},
      {"MATCH (e:Event) WHERE e.count IS NULL RETURN count(*)", "5\n"},
      {"MATCH (e:Event) WHERE e.count IS NOT NULL RETURN e.count", "2\n"},
      {"MATCH (e:Event) WHERE e.count > 1 OR e.status = 'planned' RETURN id(e) ORDER BY id(e)", "event/p1\nevent/v2\n"},
      {"MATCH (e:Event) WHERE NOT e.status = 'planned' RETURN count(*)", "1\n"},  // null status: NOT null is null
      {"MATCH (p:Person) WHERE 'Poetin' IN p.alternateName RETURN p.name", "Vladimir Putin\n"},
      {"MATCH (p:Person) WHERE p.name CONTAINS 'i' AND p.name ENDS WITH 'n' RETURN p.name ORDER BY p.name",
       "Joe Biden\nVladimir Putin\n"},
      {"MATCH (p:Person) WHERE p.name =~ 'X.*' RETURN p.name", "Xi Jinping\n"},
      {"MATCH (c:Country) WHERE c.countryCode IN ['CHN', 'USA'] RETURN c.name ORDER BY c.name DESC", "United States\nChina\n"},
      {"RETURN 1 = 1.0, 7 / 2, 7 / 2.0, 7 % 3, 2 ^ 3, 'a' + 1, [1] + [2, 3], null = null, null IS NULL",
       "true\t3\t3.5\t1\t8.0\ta1\t[1,2,3]\t\ttrue\n"},
      {"RETURN toInteger('2021'), toInteger(left('2021-03', 4)), toFloat('1.5'), toString(2.0), size('Zoë'), toUpper('zoë')",
       "2021\t2021\t1.5\t2.0\t3\tZOË\n"},
      {"RETURN coalesce(null, 'x'), substring('Beijing', 3), replace('a-b-c', '-', '+'), split('a,b', ','), reverse([1, 2])",
       "x\tjing\ta+b+c\t[\"a\",\"b\"]\t[2,1]\n"},
      {"RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END, CASE 'x' WHEN 'y' THEN 1 WHEN 'x' THEN 2 END, [1, 2, 3][-1], [1, 2, 3][1..]",
       "b\t2\t3\t[2,3]\n"},
  });
}

TEST_CASE("exec: aggregation, DISTINCT, ORDER BY, SKIP, LIMIT") {
  check_all({
      {"MATCH (e:Event) RETURN e.eventType AS type, count(*) AS n ORDER BY n DESC, type",
       "phone_call\t2\ntrade_figure\t2\nvisit\t2\n"},
      {"MATCH (x:Person {name: 'Xi Jinping'})<-[:party]-(e:Event {eventType: 'phone_call'})-[:party]->(p) "
       "RETURN p.name, count(*) AS calls, sum(coalesce(e.count, 1)) AS times ORDER BY p.name",
       "Joe Biden\t1\t1\nVladimir Putin\t1\t2\n"},
      {"MATCH (e:Event {eventType: 'trade_figure'}) RETURN sum(e.value), avg(e.value), min(e.startDate), max(e.startDate), "
       "collect(e.startDate)",
       "248000000000.0\t124000000000.0\t2020\t2021\t[\"2020\",\"2021\"]\n"},
      {"MATCH (p:Person {name: 'Nobody'}) RETURN count(*), sum(p.x), avg(p.x), collect(p.x)", "0\t0\t\t[]\n"},
      {"MATCH (p:Person {name: 'Nobody'}) RETURN p.name, count(*)", ""},
      {"MATCH (e:Event)-->(c:Country) RETURN DISTINCT c.name ORDER BY c.name", "China\nRussia\n"},
      {"MATCH (e:Event)-->(c:Country) RETURN count(DISTINCT c), count(c)", "2\t6\n"},
      {"MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 1 LIMIT 2", "Sergey Lavrov\nVladimir Putin\n"},
      {"MATCH (p:Person) RETURN p.name AS n ORDER BY size(n) DESC, n LIMIT 1", "Vladimir Putin\n"},
      {"MATCH (e:Event) RETURN e.count ORDER BY e.count LIMIT 2", "2\n\n"},  // nulls last
  });
}

TEST_CASE("exec: OPTIONAL MATCH, WITH, UNWIND, variable length and paths") {
  check_all({
      {"MATCH (c:Country) OPTIONAL MATCH (c)<-[:visitor]-(e) RETURN c.countryCode, count(e) ORDER BY c.countryCode",
       "CHN\t0\nRUS\t0\nUSA\t0\n"},
      {"MATCH (c:Country) OPTIONAL MATCH (c)<-[:destination]-(e) RETURN c.countryCode, e.startDate ORDER BY c.countryCode, e.startDate",
       "CHN\t2021-03-22\nCHN\t2022-02\nRUS\t\nUSA\t\n"},
      {"MATCH (c:Country)<-[:nationality]-(p) WITH c, count(p) AS n WHERE n > 1 RETURN c.name, n", "Russia\t2\n"},
      {"MATCH (p:Person) WITH p ORDER BY p.name LIMIT 2 MATCH (p)-->(c:Country) RETURN p.name, c.countryCode",
       "Joe Biden\tUSA\nSergey Lavrov\tRUS\n"},
      {"UNWIND ['CHN', 'RUS', 'XXX'] AS cc MATCH (c:Country {countryCode: cc}) RETURN cc, c.name", "CHN\tChina\nRUS\tRussia\n"},
      // four hops reach Joe Biden through the article that mentions every event
      {"MATCH (a:Person {name: 'Sergey Lavrov'})-[*1..4]-(b:Person) RETURN DISTINCT b.name ORDER BY b.name",
       "Joe Biden\nVladimir Putin\nXi Jinping\n"},
      {"MATCH (a:Person {name: 'Sergey Lavrov'})-[:visitor|destination|party|nationality*1..4]-(b:Person) WHERE b <> a "
       "RETURN DISTINCT b.name ORDER BY b.name",
       "Vladimir Putin\nXi Jinping\n"},
      {"MATCH p = (a:Person {name: 'Sergey Lavrov'})-[:nationality|party|visitor|destination*1..4]-(b:Person {name: 'Xi Jinping'}) "
       "RETURN length(p), [x IN [1] | x] LIMIT 1",
       "syntax: line 1, column 142: list comprehensions ([x IN list | …]) are not supported; use UNWIND"},
      {"MATCH p = (a:Person {name: 'Sergey Lavrov'})-[*1..4]-(b:Person {name: 'Xi Jinping'}) RETURN length(p), p ORDER BY length(p)",
       "3\tperson/lavrov <-visitor- event/v1 -destination-> country/CHN <-nationality- person/xi\n"
       "4\tperson/lavrov -nationality-> country/RUS <-nationality- person/putin <-party- event/p1 -party-> person/xi\n"
       "4\tperson/lavrov -nationality-> country/RUS <-party- event/t1 -party-> country/CHN <-nationality- person/xi\n"
       "4\tperson/lavrov -nationality-> country/RUS <-importer- event/t2 -exporter-> country/CHN <-nationality- person/xi\n"
       "4\tperson/lavrov <-visitor- event/v1 -mentionedIn-> article/a1.txt <-mentionedIn- event/p1 -party-> person/xi\n"
       "4\tperson/lavrov <-visitor- event/v1 -mentionedIn-> article/a1.txt <-mentionedIn- event/p2 -party-> person/xi\n"},
      {"MATCH (a:Person {name: 'Joe Biden'})-[r*0..1]-(b) RETURN id(b), size(r) ORDER BY id(b)",
       "country/USA\t1\nevent/p2\t1\nperson/biden\t0\n"},
  });
}

TEST_CASE("exec: procedures") {
  check_all({
      {"CALL kg.shortestPath('Sergey Lavrov', 'Joe Biden') YIELD step, name, viaType RETURN step, name, viaType",
       "0\tSergey Lavrov\t\n1\tChina\tvisit\n2\tVladimir Putin\tvisit\n3\tXi Jinping\tphone_call\n4\tJoe Biden\tphone_call\n"},
      {"CALL kg.neighbours('CHN', 1) YIELD name, distance RETURN name, distance",
       "Russia\t1\nSergey Lavrov\t1\nVladimir Putin\t1\n"},
      {"CALL kg.neighbours('Poetin', 2) YIELD name, distance RETURN name, distance",
       "China\t1\nXi Jinping\t1\nJoe Biden\t2\nRussia\t2\nSergey Lavrov\t2\n"},
      {"CALL kg.ego('person/biden', 1) YIELD name, distance RETURN name, distance", "Joe Biden\t0\nXi Jinping\t1\n"},
      {"CALL kg.components() YIELD component, size, name RETURN component, size, collect(name)",
       "0\t6\t[\"China\",\"Joe Biden\",\"Russia\",\"Sergey Lavrov\",\"Vladimir Putin\",\"Xi Jinping\"]\n1\t1\t[\"United States\"]\n"},
      {"CALL kg.centrality('degree') YIELD rank, name, score RETURN rank, name, score LIMIT 3",
       "1\tChina\t3\n2\tVladimir Putin\t2\n3\tXi Jinping\t2\n"},
      {"CALL kg.timeline('CHN', 'RUS') YIELD startDate, eventType, a, b, value RETURN *",
       "2020\ttrade_figure\tChina\tRussia\t108000000000.0\n2020-05\tphone_call\tXi Jinping\tVladimir Putin\t\n"
       "2021\ttrade_figure\tChina\tRussia\t140000000000.0\n2021-03-22\tvisit\tChina\tSergey Lavrov\t\n"
       "2022-02\tvisit\tChina\tVladimir Putin\t\n"},
      {"CALL kg.timeline('Xi', 'RUS')", "error: line 1, column 6: no actor named 'Xi' (give a name, an alternate name, a country code "
                                        "or an @id); similar: Xi Jinping"},
      {"CALL kg.centrality('closeness')", "error: line 1, column 6: kg.centrality measures are 'degree', 'pagerank' and 'betweenness'"},
  });
}

TEST_CASE("exec: parameters and run-time errors") {
  CHECK(run("MATCH (c:Country {countryCode: $cc}) RETURN c.name", {{"cc", QValue("RUS")}}) == "Russia\n");
  CHECK(run("MATCH (e:Event) WHERE e.startDate >= $from RETURN count(*)", {{"from", parse_param_value("2021-06")}}) == "2\n");
  CHECK(run("UNWIND $list AS x RETURN x", {{"list", parse_param_value("[1, 'two']")}}) == "1\ntwo\n");
  CHECK(run("MATCH (c:Country {countryCode: $cc}) RETURN c.name") ==
        "error: line 1, column 32: missing parameter $cc (give it with --param cc=VALUE)");
  CHECK(run("MATCH (p:Person) RETURN sum(p.name)") == "error: line 1, column 25: sum() needs numbers, got a string");
  CHECK(run("MATCH (p:Person) WHERE p.name RETURN p") == "error: line 1, column 24: expected a true/false condition, got a string");
  CHECK(run("RETURN 1 / 0") == "error: line 1, column 8: division by zero");
  CHECK(run("MATCH (p:Person) RETURN p.name LIMIT -1") == "error: line 1, column 38: LIMIT needs a non-negative integer, got an integer");
  CHECK(parse_param_value("2021").get<std::int64_t>());
  CHECK(*parse_param_value("'2021'").get<std::string>() == "2021");
  CHECK(*parse_param_value("Xi Jinping").get<std::string>() == "Xi Jinping");
}

TEST_CASE("exec: output formats") {
  const Query q("MATCH (c:Country) WHERE c.countryCode IN ['CHN', 'USA'] RETURN c.name AS name, c, 1.5 AS x, null AS n ORDER BY name");
  QueryEngine engine(graph());
  auto r = engine.run(q, 0);
  REQUIRE(r.is_ok());
  auto fmt = [&](OutputFormat f) {
    std::ostringstream out;
    write_result(r.value(), graph(), f, out);
    return out.str();
  };
  CHECK(fmt(OutputFormat::kTsv) == "name\tc\tx\tn\nChina\tcountry/CHN\t1.5\t\nUnited States\tcountry/USA\t1.5\t\n");
  CHECK(fmt(OutputFormat::kCsv) == "name,c,x,n\r\nChina,country/CHN,1.5,\r\nUnited States,country/USA,1.5,\r\n");
  CHECK(fmt(OutputFormat::kTable) ==
        "name          | c           |   x | n\n"
        "--------------+-------------+-----+--\n"
        "China         | country/CHN | 1.5 |\n"
        "United States | country/USA | 1.5 |\n"
        "(2 rows)\n");
  CHECK(fmt(OutputFormat::kJsonl) ==
        "{\"name\":\"China\",\"c\":{\"@id\":\"country/CHN\",\"@type\":\"Country\",\"countryCode\":\"CHN\",\"name\":\"China\"},\"x\":1.5,\"n\":null}\n"
        "{\"name\":\"United States\",\"c\":{\"@id\":\"country/USA\",\"@type\":\"Country\",\"countryCode\":\"USA\",\"name\":\"United "
        "States\"},\"x\":1.5,\"n\":null}\n");
  CHECK(fmt(OutputFormat::kJson).rfind("[\n{\"name\":\"China\"", 0) == 0);
  const Query empty("MATCH (c:Country {name: 'Atlantis'}) RETURN c.name");
  auto e = engine.run(empty, 0);
  std::ostringstream out;
  write_result(e.value(), graph(), OutputFormat::kJson, out);
  CHECK(out.str() == "[]\n");
}

TEST_CASE("exec: a result as GraphML") {
  QueryEngine engine(graph());
  const Query actors("MATCH (p:Person)-[:nationality]->(c:Country {countryCode: 'RUS'}) RETURN p");
  auto a = engine.run(actors, 0);
  REQUIRE(a.is_ok());
  const std::string rel = to_graphml_result({&a.value()}, graph());
  CHECK_THAT(rel, Catch::Contains("edgedefault=\"undirected\""));  // actors only: relations between them
  CHECK_THAT(rel, Catch::Contains("<data key=\"d0\">Sergey Lavrov</data>"));
  const Query events("MATCH (e:Event {eventType: 'visit'})-->(x) RETURN e, x");
  auto b = engine.run(events, 0);
  const std::string bip = to_graphml_result({&b.value()}, graph());
  CHECK_THAT(bip, Catch::Contains("edgedefault=\"directed\""));  // with events: event → actor
  CHECK_THAT(bip, Catch::Contains("<data key=\"e1\">visitor</data>"));
  CHECK_THAT(bip, Catch::Contains("<data key=\"d3\">RUS</data>"));  // Lavrov keeps his country code
}
