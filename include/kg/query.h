// kgquery's engine: questions in a subset of openCypher, answered from the KnowledgeGraph.
//
// A short tour. Parse a script (one or more statements separated by ';'), check it, run it:
//
//   auto loaded = kg::load_graph("out/samples");            // kg/load.h
//   const kg::KnowledgeGraph& graph = **loaded;
//   kg::Query q("MATCH (p:Person)<-[:visitor]-(e:Event)-[:destination]->(c:Country {countryCode: $cc})\n"
//               "RETURN p.name AS visitor, e.startDate AS date ORDER BY date");
//   if (!q.ok()) {                                           // a bad query says where and what
//     std::cerr << q.error().to_string();                    // "line 2, column 8: expected …, got …"
//   }
//   kg::QueryEngine engine(graph);
//   auto result = engine.run(q, 0, {{"cc", kg::QValue("CHN")}});   // statement 0
//   if (result) kg::write_result(*result, graph, kg::OutputFormat::kTsv, std::cout);
//
// The language (full reference in the README, section "kgquery"):
//
//   MATCH / OPTIONAL MATCH  patterns of nodes (v:Label {prop: value}) and relationships
//                           -[r:type1|type2]->, <-[:type]-, -- (either direction), -[:party*1..3]-
//                           (variable length needs an upper bound); p = (a)-[*1..4]-(b) names a path.
//   WHERE                   = <> < <= > >=, AND OR XOR NOT, IN [..], CONTAINS, STARTS WITH,
//                           ENDS WITH, =~ (regular expression), IS [NOT] NULL, n:Label, + - * / %.
//                           ISO dates are strings and compare as strings: e.startDate >= '2021'.
//   WITH / RETURN           expressions with AS aliases, DISTINCT, *; aggregates count(*),
//                           count([DISTINCT] x), sum, avg, min, max, collect group by the other
//                           items (implicit grouping); ORDER BY x [DESC], SKIP n, LIMIT n.
//                           WITH ... WHERE filters after projecting.
//   UNWIND list AS x        one row per element.
//   CALL kg.proc(args) [YIELD col [AS alias], ...]   graph procedures (Boost.Graph), see below.
//
// Node labels are the node kinds (Country, Person, Organization, Event, Article; Actor matches the
// first three); properties are the JSON-LD names (name, countryCode, eventType, startDate, …);
// relationship types are the edge types (visitor, destination, host, visitor_country, party,
// exporter, importer, mentionedIn, nationality, country). Functions: id(n) (the JSON-LD @id), labels(n), type(r),
// startNode(r), endNode(r), keys(x), size, length, nodes(p), relationships(p), coalesce,
// toLower, toUpper, trim, substring, left, right, replace, split, toString, toInteger, toFloat,
// abs, round, floor, ceil, head, last, exists; CASE WHEN … THEN … ELSE … END.
//
// Procedures work on the actor projection: actors (countries, persons, organisations) related
// when they take part in the same event. Actors are named by @id, name, alternate name or
// country code.
//   kg.shortestPath(from, to)   a shortest chain of relations: step, node, name, label, via (event)
//   kg.neighbours(actor, k)     actors within k hops: node, name, label, distance
//   kg.components()             connected components: component, size, node, name, label
//   kg.centrality(measure)      'degree' | 'pagerank' | 'betweenness': rank, node, name, label, score
//   kg.timeline(a, b)           the dyad's events in date order (a country stands for its nationals
//                               and organisations too): event, startDate, endDate, eventType,
//                               status, a, b, count, value, currency, name
//   kg.ego(actor, k)            the ego network: the actors within k hops, as kg.neighbours plus
//                               the actor itself at distance 0 (write it with to_graphml_result)
//
// Results are deterministic: without ORDER BY, rows come in the order of the graph (nodes by id).
// Threading: a QueryEngine may be used by one thread at a time; it builds its indexes lazily.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

// ---- values ----

struct NodeRef {
  Vertex v;
  friend bool operator==(const NodeRef&, const NodeRef&) = default;
};
struct RelRef {
  Edge e;
  friend bool operator==(const RelRef& a, const RelRef& b) { return a.e == b.e; }
};
struct PathValue {
  std::vector<Vertex> nodes;  // nodes.size() == rels.size() + 1
  std::vector<Edge> rels;
};

// A value in a query: null, bool, integer, float, string, list, node, relationship or path.
struct QValue {
  using List = std::vector<QValue>;
  using Repr = std::variant<std::monostate, bool, std::int64_t, double, std::string, List, NodeRef, RelRef,
                            std::shared_ptr<const PathValue>>;
  Repr v;

  QValue() = default;
  QValue(bool b) : v(b) {}                                       // NOLINT(google-explicit-constructor)
  QValue(std::int64_t i) : v(i) {}                               // NOLINT
  QValue(int i) : v(static_cast<std::int64_t>(i)) {}             // NOLINT
  QValue(double d) : v(d) {}                                     // NOLINT
  QValue(std::string s) : v(std::move(s)) {}                     // NOLINT
  QValue(const char* s) : v(std::string(s)) {}                   // NOLINT
  QValue(List l) : v(std::move(l)) {}                            // NOLINT
  QValue(NodeRef n) : v(n) {}                                    // NOLINT
  QValue(RelRef r) : v(r) {}                                     // NOLINT
  QValue(std::shared_ptr<const PathValue> p) : v(std::move(p)) {}  // NOLINT

  bool is_null() const { return std::holds_alternative<std::monostate>(v); }
  template <typename T>
  const T* get() const { return std::get_if<T>(&v); }
};

// A property value of the graph as a query value.
QValue to_qvalue(const Value& v);

using QueryParams = std::map<std::string, QValue>;

// Parses a parameter given on the command line (--param name=value): integers, floats, true,
// false, null, 'quoted' or "quoted" strings and [lists] as in the language; anything else is
// taken as a plain string (so --param from=2021-03 is the string '2021-03').
QValue parse_param_value(const std::string& text);

// ---- parsing ----

struct QueryError {
  int line = 0;    // 1-based, in the whole script
  int column = 0;  // 1-based, in code points
  std::string message;  // "expected ')', got 'RETURN'"
  std::string to_string() const;  // "line 2, column 14: expected ')', got 'RETURN'"
};

namespace query {
struct Script;  // the checked syntax tree (src/query/ast.h)
}

// A parsed and checked script. Parsing never throws: check ok() and error().
class Query {
 public:
  explicit Query(std::string_view text);
  bool ok() const { return !error_.has_value(); }
  const QueryError& error() const { return *error_; }
  std::size_t size() const;                // number of statements (0 when !ok())
  std::string statement_text(std::size_t i) const;  // the statement as written
  const query::Script& script() const { return *script_; }

 private:
  std::shared_ptr<const query::Script> script_;
  std::optional<QueryError> error_;
};

// ---- running ----

struct QueryResult {
  std::vector<std::string> columns;         // aliases, else the expressions as written
  std::vector<std::vector<QValue>> rows;
};

class QueryEngine {
 public:
  // `graph` must outlive the engine.
  explicit QueryEngine(const KnowledgeGraph& graph);
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  // Runs statement `i` of `q` (q.ok() required). Errors are kInvalidArgument with the position
  // in the message: a missing parameter, an actor a procedure cannot find, a type error
  // ("line 1, column 30: sum() needs numbers, got a string").
  Result<QueryResult> run(const Query& q, std::size_t i, const QueryParams& params = {});

  const KnowledgeGraph& graph() const { return graph_; }

 private:
  const KnowledgeGraph& graph_;
  struct Caches;
  std::unique_ptr<Caches> caches_;
};

// ---- output ----

enum class OutputFormat {
  kTable,  // aligned columns for people
  kTsv,    // header line, then one line per row; tabs, newlines and backslashes escaped as \t \n \\.
  kCsv,    // RFC 4180
  kJson,   // one array of objects {column: value}
  kJsonl,  // one object per line
};

// Writes `r`. In table, TSV and CSV a node is its @id, a relationship its type, a path its
// node ids joined by "->"/"<-", a list JSON, null empty. In JSON nodes and relationships are
// objects ({"@id", "@type", properties…}; {"type", "start", "end", properties…}).
void write_result(const QueryResult& r, const KnowledgeGraph& g, OutputFormat f, std::ostream& out);

// The nodes a result mentions (nodes, relationships' ends, paths, inside lists too) as GraphML
// for Gephi. With events among them: the bipartite event → actor graph of graph.graphml over
// those nodes. With actors only: the relations between them as in relations.graphml (one
// weighted edge per related pair and event type, from all the events linking them).
std::string to_graphml_result(const std::vector<const QueryResult*>& results, const KnowledgeGraph& g);

}  // namespace kg
