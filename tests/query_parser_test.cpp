// The query parser and binder: queries and how they are understood (the tree printed back with
// explicit parentheses), and bad queries with the line, column and message they get.
#include <catch2/catch.hpp>

#include "kg/query.h"
#include "query/ast.h"

using namespace kg;
using namespace kg::query;

namespace {

std::string expr(const Expr& e);
std::string labels(unsigned mask);

std::string args(const std::vector<ExprPtr>& a, const char* sep = ", ") {
  std::string out;
  for (std::size_t i = 0; i < a.size(); ++i) out += (i ? sep : "") + (a[i] ? expr(*a[i]) : std::string("_"));
  return out;
}

const char* op_name(Op op) {
  static const char* const kNames[] = {"OR", "XOR", "AND", "NOT", "=", "<>", "<", "<=", ">", ">=", "=~", "IN", "CONTAINS",
                                       "STARTS WITH", "ENDS WITH", "IS NULL", "IS NOT NULL", "+", "-", "*", "/", "%", "^",
                                       "-", "+"};
  return kNames[static_cast<int>(op)];
}

std::string literal(const QValue& v) {
  if (v.is_null()) return "null";
  if (const auto* s = v.get<std::string>()) return "'" + *s + "'";
  if (const auto* b = v.get<bool>()) return *b ? "true" : "false";
  if (const auto* i = v.get<std::int64_t>()) return std::to_string(*i);
  if (const auto* d = v.get<double>()) return std::to_string(*d);
  return "?";
}

std::string expr(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::kLiteral: return literal(e.literal);
    case Expr::Kind::kParam: return "$" + e.name;
    case Expr::Kind::kVariable: return e.name + "@" + std::to_string(e.slot);
    case Expr::Kind::kProperty: return expr(*e.args[0]) + "." + e.name;
    case Expr::Kind::kIndex: return expr(*e.args[0]) + "[" + expr(*e.args[1]) + "]";
    case Expr::Kind::kSlice: return expr(*e.args[0]) + "[" + args({}) + (e.args[1] ? expr(*e.args[1]) : "") + ".." +
                                    (e.args[2] ? expr(*e.args[2]) : "") + "]";
    case Expr::Kind::kList: return "[" + args(e.args) + "]";
    case Expr::Kind::kUnary:
      if (e.op == Op::kIsNull || e.op == Op::kIsNotNull) return "(" + expr(*e.args[0]) + " " + op_name(e.op) + ")";
      return std::string("(") + op_name(e.op) + " " + expr(*e.args[0]) + ")";
    case Expr::Kind::kBinary: return "(" + expr(*e.args[0]) + " " + op_name(e.op) + " " + expr(*e.args[1]) + ")";
    case Expr::Kind::kFunction:
      return e.name + "(" + (e.distinct ? "DISTINCT " : "") + args(e.args) + ")" + (e.aggregate >= 0 ? "#agg" : "");
    case Expr::Kind::kCountStar: return "count(*)#agg";
    case Expr::Kind::kCase: return "CASE(" + args(e.args, "; ") + ")";
    case Expr::Kind::kHasLabels: return "(" + expr(*e.args[0]) + " IS" + labels(e.label_mask) + ")";
  }
  return "?";
}

std::string labels(unsigned mask) {
  if (mask == 0x1f) return "";
  std::string out;
  const char* names[] = {"Country", "Person", "Organization", "Event", "Article"};
  for (int k = 0; k < 5; ++k)
    if (mask & (1u << k)) out.append(out.empty() ? ":" : "|").append(names[k]);  // (append: g++ 12 -Wrestrict false positive)
  return out;
}

template <typename P>
std::string props(const P& p) {
  if (p.empty()) return "";
  std::string out = " {";
  for (std::size_t i = 0; i < p.size(); ++i) out += (i ? ", " : "") + p[i].first + ": " + expr(*p[i].second);
  return out + "}";
}

std::string pattern(const PathPattern& p) {
  std::string out = p.var.empty() ? "" : p.var + " = ";
  for (std::size_t i = 0; i < p.nodes.size(); ++i) {
    const auto& n = p.nodes[i];
    out += "(" + n.var + labels(n.kind_mask) + props(n.props) + ")";
    if (i == p.rels.size()) break;
    const auto& r = p.rels[i];
    std::string inner = r.var;
    for (std::size_t t = 0; t < r.types.size(); ++t) inner.append(t ? "|" : ":").append(r.types[t]);
    if (r.var_length) inner.append("*").append(std::to_string(r.min_hops)).append("..").append(std::to_string(r.max_hops));
    inner += props(r.props);
    out += (r.dir == RelPattern::Dir::kLeft ? "<-[" : "-[") + inner + (r.dir == RelPattern::Dir::kRight ? "]->" : "]-");
  }
  return out;
}

std::string projection(const Projection& p) {
  std::string out = p.is_return ? "RETURN " : "WITH ";
  if (p.distinct) out += "DISTINCT ";
  for (std::size_t i = 0; i < p.items.size(); ++i) out += (i ? ", " : "") + expr(*p.items[i].expr) + " AS " + p.items[i].name;
  for (std::size_t i = 0; i < p.order.size(); ++i)
    out += (i ? ", " : " ORDER BY ") + expr(*p.order[i].expr) + (p.order[i].descending ? " DESC" : "");
  if (p.skip) out += " SKIP " + expr(*p.skip);
  if (p.limit) out += " LIMIT " + expr(*p.limit);
  if (p.where) out += " WHERE " + expr(*p.where);
  return out;
}

// The statement as the parser understood it: variables carry their slot (name@slot),
// expressions their parentheses, aggregates a #agg mark.
std::string summary(const Statement& st) {
  std::string out;
  for (const auto& c : st.clauses) {
    if (!out.empty()) out += " | ";
    switch (c.kind) {
      case Clause::Kind::kMatch: {
        out += c.match.optional ? "OPTIONAL MATCH " : "MATCH ";
        for (std::size_t i = 0; i < c.match.paths.size(); ++i) out += (i ? ", " : "") + pattern(c.match.paths[i]);
        if (c.match.where) out += " WHERE " + expr(*c.match.where);
        break;
      }
      case Clause::Kind::kProjection: out += projection(c.projection); break;
      case Clause::Kind::kUnwind: out += "UNWIND " + expr(*c.unwind.list) + " AS " + c.unwind.var; break;
      case Clause::Kind::kCall: {
        out += "CALL " + c.call.procedure + "(" + args(c.call.args) + ") YIELD";
        for (const auto& y : c.call.yields) out += " " + y.column + (y.alias != y.column ? "->" + y.alias : "");
        if (c.call.where) out += " WHERE " + expr(*c.call.where);
        break;
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("parser: queries and how they are understood") {
  struct Case {
    std::string query, tree;
  };
  const std::vector<Case> cases = {
      {"MATCH (p:Person)<-[:visitor]-(e:Event {eventType: 'visit'})-[:destination]->(c:Country {countryCode: 'CHN'}) "
       "RETURN p.name, e.startDate ORDER BY e.startDate",
       "MATCH (p:Person)<-[:visitor]-(e:Event {eventType: 'visit'})-[:destination]->(c:Country {countryCode: 'CHN'}) | "
       "RETURN p@0.name AS p.name, e@2.startDate AS e.startDate ORDER BY e@2.startDate"},
      {"match (a)--(b) return a", "MATCH (a)-[]-(b) | RETURN a@0 AS a"},
      {"MATCH (a)-->(b)<--(c) RETURN *", "MATCH (a)-[]->(b)<-[]-(c) | RETURN a@0 AS a, b@2 AS b, c@4 AS c"},
      {"MATCH (p:Person|Organization)-[r:party|visitor*1..3]-(x:Actor) RETURN r",
       "MATCH (p:Person|Organization)-[r:party|visitor*1..3]-(x:Country|Person|Organization) | RETURN r@1 AS r"},
      {"MATCH (o)-[:location]->(c) RETURN c", "MATCH (o)-[:country]->(c) | RETURN c@2 AS c"},
      {"MATCH (a)-[*2]-(b), (b)-[*..4]->(c) RETURN c", "MATCH (a)-[*2..2]-(b), (b)-[*1..4]->(c) | RETURN c@4 AS c"},
      {"MATCH p = (a)-[*0..2]-(b) RETURN length(p)", "MATCH p = (a)-[*0..2]-(b) | RETURN length(p@3) AS length(p)"},
      {"MATCH (e:Event) WHERE e.a = 1 OR e.b = 2 AND NOT e.c = 3 RETURN e",
       "MATCH (e:Event) WHERE ((e@0.a = 1) OR ((e@0.b = 2) AND (NOT (e@0.c = 3)))) | RETURN e@0 AS e"},
      {"MATCH (e) WHERE e.x IN [1, 2.5, 'a', null] AND e.name STARTS WITH 'V' AND e.name ENDS WITH 'n' "
       "AND e.name CONTAINS 'ie' AND e.y IS NOT NULL AND e.z IS NULL RETURN e",
       "MATCH (e) WHERE ((((((e@0.x IN [1, 2.500000, 'a', null]) AND (e@0.name STARTS WITH 'V')) AND (e@0.name ENDS WITH 'n')) "
       "AND (e@0.name CONTAINS 'ie')) AND (e@0.y IS NOT NULL)) AND (e@0.z IS NULL)) | RETURN e@0 AS e"},
      {"RETURN 1 + 2 * 3 - -4 ^ 2 AS x", "RETURN ((1 + (2 * 3)) - ((- 4) ^ 2)) AS x"},
      {"MATCH (e) WHERE e.startDate >= $from AND e.startDate < '2022' RETURN e",
       "MATCH (e) WHERE ((e@0.startDate >= $from) AND (e@0.startDate < '2022')) | RETURN e@0 AS e"},
      {"MATCH (p:Person)--(e:Event) RETURN p.name AS who, count(*) AS n, collect(DISTINCT e.eventType) ORDER BY n DESC, who SKIP 1 LIMIT 10",
       "MATCH (p:Person)-[]-(e:Event) | RETURN p@0.name AS who, count(*)#agg AS n, collect(DISTINCT e@2.eventType)#agg AS "
       "collect(DISTINCT e.eventType) ORDER BY n@4 DESC, who@3 SKIP 1 LIMIT 10"},
      {"MATCH (p:Person) RETURN p.name, count(*) ORDER BY count(*) DESC, p.name",
       "MATCH (p:Person) | RETURN p@0.name AS p.name, count(*)#agg AS count(*) ORDER BY count(*)@2 DESC, p.name@1"},
      {"MATCH (c:Country) OPTIONAL MATCH (c)<-[:nationality]-(p) WITH c, count(p) AS n WHERE n > 1 RETURN c.name, n",
       "MATCH (c:Country) | OPTIONAL MATCH (c)<-[:nationality]-(p) | WITH c@0 AS c, count(p@2)#agg AS n WHERE (n@4 > 1) | "
       "RETURN c@3.name AS c.name, n@4 AS n"},
      {"UNWIND ['CHN', 'RUS'] AS cc MATCH (c:Country {countryCode: cc}) RETURN c.name",
       "UNWIND ['CHN', 'RUS'] AS cc | MATCH (c:Country {countryCode: cc@0}) | RETURN c@1.name AS c.name"},
      {"CALL kg.shortestPath('Sergey Lavrov', 'Xi Jinping')",
       "CALL kg.shortestPath('Sergey Lavrov', 'Xi Jinping') YIELD step node name label via viaType viaDate"},
      {"call KG.NEIGHBORS('China', 2) yield name as n, distance where distance = 2 return n",
       "CALL kg.neighbours('China', 2) YIELD name->n distance WHERE (distance@1 = 2) | RETURN n@0 AS n"},
      {"RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END AS x, CASE 3 WHEN 3 THEN 'c' END AS y",
       "RETURN CASE((1 > 2); 'a'; 'b') AS x, CASE(3; 3; 'c') AS y"},
      {"MATCH (n) RETURN n.`odd key`, n['name'], [1,2,3][0..2], id(n) // a comment\n/* and another */",
       "MATCH (n) | RETURN n@0.odd key AS n.`odd key`, n@0['name'] AS n['name'], [1, 2, 3][0..2] AS [1,2,3][0..2], id(n@0) AS id(n)"},
      {"MATCH (n) RETURN n.name AS `a name`, \"double\" AS q, 'it\\'s' AS s",
       "MATCH (n) | RETURN n@0.name AS a name, 'double' AS q, 'it's' AS s"},
      {"MATCH (n) RETURN DISTINCT n.x AS x ORDER BY x", "MATCH (n) | RETURN DISTINCT n@0.x AS x ORDER BY x@1"},
      {"MATCH (a)-->(b) WHERE NOT a:Event AND b:Person|Country RETURN a",
       "MATCH (a)-[]->(b) WHERE ((NOT (a@0 IS:Event)) AND (b@2 IS:Country|Person)) | RETURN a@0 AS a"},
  };
  for (const auto& c : cases) {
    INFO(c.query);
    const Query q(c.query);
    REQUIRE(q.ok());
    REQUIRE(q.size() == 1);
    CHECK(summary(q.script().statements[0]) == c.tree);
  }
}

TEST_CASE("parser: several statements in one script") {
  const Query q("MATCH (a) RETURN a;\n  ; RETURN 'two' AS x;\nCALL kg.components();");
  REQUIRE(q.ok());
  REQUIRE(q.size() == 3);
  CHECK(q.statement_text(1) == "RETURN 'two' AS x");
  CHECK(Query("  // nothing but a comment\n").size() == 0);
  CHECK(Query("RETURN ';' AS semicolon").size() == 1);
}

TEST_CASE("parser: bad queries say where and what") {
  struct Case {
    std::string query, where, message;
  };
  const std::vector<Case> cases = {
      {"MATCH (p:Person RETURN p", "1:17", "expected ':', '{' or ')' in a node pattern, got 'RETURN'"},
      {"MATCH (c:Country {countryCode: 'CHN'} RETURN c", "1:39", "expected ')', got 'RETURN'"},
      {"MATCH (p:Person)\nRETURN p.name,\n", "3:1", "expected an expression, got end of query"},
      {"MATCH (p:Persons) RETURN p", "1:10", "unknown label `Persons`; did you mean Person?"},
      {"MATCH (p:Ship) RETURN p", "1:10", "unknown label `Ship`; labels are Country, Person, Organization, Event, Article and Actor"},
      {"MATCH (p) RETURN q", "1:18", "unknown variable `q`"},
      {"MATCH (p) WITH p.name AS n RETURN p", "1:35", "variable `p` is not visible here (WITH keeps only the variables it lists)"},
      {"MATCH (p) WITH p.name RETURN 1", "1:16", "WITH needs a name for `p.name`: add AS name"},
      {"MATCH (p)", "1:10", "expected WHERE, MATCH, OPTIONAL MATCH, WITH, UNWIND, CALL or RETURN, got end of query"},
      {"RETURN 1 WHERE 1 = 1", "1:10", "expected ';' or end of query (WHERE goes before RETURN, or after WITH), got 'WHERE'"},
      {"MATCH (a)-[*]-(b) RETURN a", "1:12", "variable-length relationships need an upper bound, as in *1..3"},
      {"MATCH (a)-[*2..]-(b) RETURN a", "1:16", "variable-length relationships need an upper bound, as in *1..3; got ']'"},
      {"MATCH (a)-[*3..1]-(b) RETURN a", "1:12", "the lower bound is above the upper bound"},
      {"MATCH (a)<-[r]->(b) RETURN a", "1:10", "a relationship points one way (<-…- or -…->) or none (-…-), not both"},
      {"MATCH (a) WHERE count(*) > 1 RETURN a", "1:17", "aggregate function count() is not allowed in WHERE (only in RETURN and WITH)"},
      {"MATCH (a) RETURN count(count(a))", "1:24", "an aggregate function cannot contain another one"},
      {"MATCH (a) RETURN frobnicate(a)", "1:18", "unknown function `frobnicate`"},
      {"MATCH (a) RETURN substring(a.name)", "1:18", "substring() takes 2 to 3 arguments, got 1"},
      {"MATCH (a) RETURN a.name, a.name", "1:26", "column `a.name` appears twice; use AS"},
      {"CALL kg.pagerank()", "1:6", "unknown procedure `kg.pagerank`; procedures are kg.shortestPath, kg.neighbours, "
                                    "kg.components, kg.centrality, kg.timeline, kg.ego"},
      {"CALL kg.shortestPath('a')", "1:6", "wrong number of arguments: the call is kg.shortestPath(from, to)"},
      {"CALL kg.components() YIELD colour RETURN colour", "1:28",
       "kg.components has no column `colour`; its columns are component, size, node, name, label"},
      {"MATCH (p:Person) RETURN p.name, count(*) ORDER BY p.jobTitle", "1:51",
       "variable `p` is not visible here (WITH keeps only the variables it lists); after aggregation or DISTINCT, ORDER BY uses "
       "the returned columns"},
      {"MATCH (a) RETURN a LIMIT a.x", "1:26", "LIMIT takes a number or a $parameter, not a variable"},
      {"RETURN 'unterminated", "1:8", "unterminated string (missing ')"},
      {"RETURN 1 # 2", "1:10", "unexpected character '#'"},
      {"RETURN 12abc", "1:8", "a number cannot run into letters"},
      {"UNWIND [1] AS x UNWIND [2] AS x RETURN x", "1:31", "variable `x` is already defined"},
      {"MATCH (a)-[r]-(b)-[r]-(c) RETURN a", "1:18", "relationship variable `r` is already defined"},
      {"MATCH (a) RETURN a;\nMATCH (b) RETRUN b", "2:11", "expected WHERE, MATCH, OPTIONAL MATCH, WITH, UNWIND, CALL or RETURN, got `RETRUN`"},
      {"MATCH (n {name: 'Zoë'}) RETURN n.nme +", "1:39", "expected an expression, got end of query"},
      // what the subset leaves out says so
      {"CREATE (n:Person {name: 'x'})", "1:1", "kgquery only reads the graph: CREATE is not supported"},
      {"MATCH (a) RETURN a UNION MATCH (b) RETURN b", "1:20", "UNION is not supported: run the queries one after the other, separated by ';'"},
      {"MATCH (p) WHERE (p)-->(:Country) RETURN p", "1:18", "patterns inside expressions are not supported; match them with MATCH or OPTIONAL MATCH"},
      {"MATCH (p) RETURN p {.name}", "1:20", "map projections such as p {.name} are not supported; list the properties (p.name)"},
      {"MATCH (p) WHERE exists { (p)-->() } RETURN p", "1:17", "EXISTS { } subqueries are not supported; use OPTIONAL MATCH and count()"},
      {"MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p", "1:11", "shortestPath() in MATCH is not supported; use CALL kg.shortestPath(from, to)"},
      {"RETURN [x IN [1, 2] | x * 2]", "1:8", "list comprehensions ([x IN list | …]) are not supported; use UNWIND"},
  };
  for (const auto& c : cases) {
    INFO(c.query);
    const Query q(c.query);
    REQUIRE_FALSE(q.ok());
    CHECK(std::to_string(q.error().line) + ":" + std::to_string(q.error().column) == c.where);
    CHECK(q.error().message == c.message);
  }
}
