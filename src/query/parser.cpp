// Recursive descent over the tokens; one function per grammar rule (see the README's grammar).
#include "query/parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "query/lexer.h"

namespace kg::query {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  char quote = 0;
  for (char c : s) {
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    if (c == '\'' || c == '"') quote = c;
    out += c;
  }
  return out;
}

bool is_reserved(const std::string& up) {
  static const char* const kReserved[] = {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CALL", "YIELD", "ORDER",
                                          "BY", "SKIP", "LIMIT", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE",
                                          "FALSE", "AS", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END", "CONTAINS",
                                          "STARTS", "ENDS", "ASC", "DESC", "ASCENDING", "DESCENDING"};
  return std::find(std::begin(kReserved), std::end(kReserved), up) != std::end(kReserved);
}

// Node labels: the node kinds, Actor for any of the first three, and the JSON-LD @type names.
std::optional<unsigned> label_mask(const std::string& name) {
  static const std::pair<const char*, unsigned> kLabels[] = {
      {"Country", 1u << 0},      {"Person", 1u << 1},  {"Organization", 1u << 2}, {"Event", 1u << 3}, {"Article", 1u << 4},
      {"Actor", 0x7u},           {"NewsArticle", 1u << 4}, {"GovernmentOrganization", 1u << 2},
  };
  for (const auto& [n, m] : kLabels)
    if (name == n) return m;
  return std::nullopt;
}

std::string label_hint(const std::string& name) {
  for (const char* n : {"Country", "Person", "Organization", "Event", "Article", "Actor"})
    if (lower(name) == lower(n) || lower(name) == lower(n) + "s" || lower(name) == lower(n) + "es")
      return "; did you mean " + std::string(n) + "?";
  return "; labels are Country, Person, Organization, Event, Article and Actor";
}

class Parser {
 public:
  explicit Parser(std::string_view src) : src_(src), toks_(tokenize(src)) {}

  std::shared_ptr<Script> script() {
    auto out = std::make_shared<Script>();
    for (;;) {
      while (accept(";")) {
      }
      if (at_end()) break;
      out->statements.push_back(statement());
      if (!at_end() && !is(";")) fail("expected ';' or end of query");
    }
    return out;
  }

 private:
  // ---- tokens ----
  const Token& cur() const { return toks_[i_]; }
  const Token& peek_tok(std::size_t k = 1) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
  bool at_end() const { return cur().kind == Token::Kind::kEnd; }
  void check_lexer() const {
    if (cur().kind == Token::Kind::kError) throw SyntaxError{cur().pos, cur().text};
  }
  bool is(const char* sym) const { return cur().kind == Token::Kind::kSymbol && cur().text == sym; }
  bool is_kw(const char* kw) const { return cur().kind == Token::Kind::kIdent && upper(cur().text) == kw; }
  bool is_kw_at(std::size_t k, const char* kw) const {
    return peek_tok(k).kind == Token::Kind::kIdent && upper(peek_tok(k).text) == kw;
  }
  const Token& take() {
    check_lexer();
    prev_end_ = cur().end;
    return toks_[i_ < toks_.size() - 1 ? i_++ : i_];
  }
  bool accept(const char* sym) {
    check_lexer();
    if (!is(sym)) return false;
    take();
    return true;
  }
  bool accept_kw(const char* kw) {
    check_lexer();
    if (!is_kw(kw)) return false;
    take();
    return true;
  }
  [[noreturn]] void fail(const std::string& expected) const {
    check_lexer();
    throw SyntaxError{cur().pos, expected + ", got " + describe(cur())};
  }
  void expect(const char* sym) {
    if (!accept(sym)) fail(std::string("expected '") + sym + "'");
  }
  void expect_kw(const char* kw) {
    if (!accept_kw(kw)) fail(std::string("expected ") + kw);
  }
  // A variable, alias or label: an identifier that is not a reserved word, or a `quoted` one.
  std::string name(const char* what) {
    check_lexer();
    if (cur().kind == Token::Kind::kQuotedIdent || (cur().kind == Token::Kind::kIdent && !is_reserved(upper(cur().text))))
      return take().text;
    fail(std::string("expected ") + what);
  }
  // A property key or map key: any identifier, reserved words included.
  std::string key(const char* what) {
    check_lexer();
    if (cur().kind == Token::Kind::kIdent || cur().kind == Token::Kind::kQuotedIdent) return take().text;
    fail(std::string("expected ") + what);
  }
  std::string text_from(std::size_t begin) const { return collapse_space(src_.substr(begin, prev_end_ - begin)); }

  // ---- statements and clauses ----
  Statement statement() {
    Statement st;
    st.pos = cur().pos;
    const std::size_t begin = cur().begin;
    for (;;) {
      check_lexer();
      if (is_kw("MATCH") || is_kw("OPTIONAL")) {
        st.clauses.push_back(match());
      } else if (is_kw("WITH")) {
        st.clauses.push_back(projection(false));
      } else if (is_kw("UNWIND")) {
        st.clauses.push_back(unwind());
      } else if (is_kw("CALL")) {
        st.clauses.push_back(call());
        if (at_end() || is(";")) st.clauses.back().call.standalone = true;
      } else if (is_kw("RETURN")) {
        st.clauses.push_back(projection(true));
      } else if (is_kw("CREATE") || is_kw("MERGE") || is_kw("SET") || is_kw("DELETE") || is_kw("DETACH") || is_kw("REMOVE")) {
        throw SyntaxError{cur().pos, "kgquery only reads the graph: " + upper(cur().text) + " is not supported"};
      } else if (st.clauses.empty()) {
        fail("expected MATCH, OPTIONAL MATCH, UNWIND, CALL or RETURN");
      } else {
        fail(st.clauses.back().kind == Clause::Kind::kMatch ? "expected WHERE, MATCH, OPTIONAL MATCH, WITH, UNWIND, CALL or RETURN"
                                                            : "expected MATCH, OPTIONAL MATCH, WITH, UNWIND, CALL or RETURN");
      }
      const Clause& last = st.clauses.back();
      if ((last.kind == Clause::Kind::kProjection && last.projection.is_return) ||
          (last.kind == Clause::Kind::kCall && last.call.standalone))
        break;
    }
    st.text = std::string(src_.substr(begin, prev_end_ - begin));
    bind_statement(st);
    return st;
  }

  Clause match() {
    Clause c{Clause::Kind::kMatch, cur().pos, {}, {}, {}, {}};
    if (accept_kw("OPTIONAL")) {
      c.match.optional = true;
      expect_kw("MATCH");
    } else {
      take();
    }
    do c.match.paths.push_back(path());
    while (accept(","));
    if (accept_kw("WHERE")) c.match.where = expr();
    return c;
  }

  Clause projection(bool is_return) {
    Clause c{Clause::Kind::kProjection, cur().pos, {}, {}, {}, {}};
    Projection& p = c.projection;
    p.is_return = is_return;
    take();
    p.distinct = accept_kw("DISTINCT");
    if (accept("*")) {
      p.star = true;
      if (accept(",")) fail("expected ORDER BY, SKIP, LIMIT or the end of the projection after '*'");
    } else {
      do p.items.push_back(item());
      while (accept(","));
    }
    if (accept_kw("ORDER")) {
      expect_kw("BY");
      do {
        SortItem s{expr(), false};
        if (accept_kw("DESC") || accept_kw("DESCENDING")) s.descending = true;
        else if (!accept_kw("ASC")) accept_kw("ASCENDING");
        p.order.push_back(std::move(s));
      } while (accept(","));
    }
    if (accept_kw("SKIP")) p.skip = expr();
    if (accept_kw("LIMIT")) p.limit = expr();
    if (!is_return && accept_kw("WHERE")) p.where = expr();
    if (is_return && !at_end() && !is(";")) {
      if (is_kw("UNION")) throw SyntaxError{cur().pos, "UNION is not supported: run the queries one after the other, separated by ';'"};
      if (is_kw("WHERE")) fail("expected ';' or end of query (WHERE goes before RETURN, or after WITH)");
      fail("expected ';' or end of query after RETURN");
    }
    return c;
  }

  ProjectionItem item() {
    ProjectionItem it;
    it.expr = expr();
    if (is("{")) throw SyntaxError{cur().pos, "map projections such as p {.name} are not supported; list the properties (p.name)"};
    it.name = it.expr->text;
    if (accept_kw("AS")) it.name = name("a name after AS");
    return it;
  }

  Clause unwind() {
    Clause c{Clause::Kind::kUnwind, cur().pos, {}, {}, {}, {}};
    take();
    c.unwind.list = expr();
    expect_kw("AS");
    c.unwind.pos = cur().pos;
    c.unwind.var = name("a variable name after AS");
    return c;
  }

  Clause call() {
    Clause c{Clause::Kind::kCall, cur().pos, {}, {}, {}, {}};
    take();
    c.call.pos = cur().pos;
    std::string proc = name("a procedure name such as kg.shortestPath");
    // (Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string.)
    while (accept(".")) proc.append(".").append(key("the rest of the procedure name"));
    c.call.procedure = proc;
    expect("(");
    if (!is(")")) {
      do c.call.args.push_back(expr());
      while (accept(","));
    }
    expect(")");
    if (accept_kw("YIELD")) {
      do {
        CallClause::Yield y;
        y.pos = cur().pos;
        y.column = name("a column name after YIELD");
        y.alias = accept_kw("AS") ? name("a name after AS") : y.column;
        c.call.yields.push_back(std::move(y));
      } while (accept(","));
      if (accept_kw("WHERE")) c.call.where = expr();
    }
    return c;
  }

  // ---- patterns ----
  PathPattern path() {
    PathPattern p;
    p.pos = cur().pos;
    if ((cur().kind == Token::Kind::kIdent || cur().kind == Token::Kind::kQuotedIdent) && peek_tok().kind == Token::Kind::kSymbol &&
        peek_tok().text == "=") {
      p.var = name("a path name");
      take();
    }
    if ((is_kw("SHORTESTPATH") || is_kw("ALLSHORTESTPATHS")) && peek_tok().kind == Token::Kind::kSymbol && peek_tok().text == "(")
      throw SyntaxError{cur().pos, cur().text + "() in MATCH is not supported; use CALL kg.shortestPath(from, to)"};
    p.nodes.push_back(node());
    while (is("-") || is("<")) {
      p.rels.push_back(rel());
      p.nodes.push_back(node());
    }
    return p;
  }

  NodePattern node() {
    NodePattern n;
    n.pos = cur().pos;
    if (!accept("(")) fail("expected '(' to start a node pattern");
    if (cur().kind == Token::Kind::kQuotedIdent || (cur().kind == Token::Kind::kIdent && !is_reserved(upper(cur().text))))
      n.var = take().text;
    if (is(":")) n.kind_mask = label_groups();
    if (is("{")) n.props = property_map();
    if (!accept(")")) fail(n.props.empty() ? "expected ':', '{' or ')' in a node pattern" : "expected ')'");
    return n;
  }

  // (':' Label ('|' Label)*)+ as a mask of node kinds: alternatives joined, groups intersected.
  unsigned label_groups() {
    unsigned mask = 0x1f;
    while (accept(":")) {
      unsigned group = 0;
      do {
        const Token& t = cur();
        const std::string l = key("a label");
        auto m = label_mask(l);
        if (!m) throw SyntaxError{t.pos, "unknown label `" + l + "`" + label_hint(l)};
        group |= *m;
      } while (accept("|"));
      mask &= group;
    }
    return mask;
  }

  RelPattern rel() {
    RelPattern r;
    r.pos = cur().pos;
    const bool left = accept("<");
    expect("-");
    if (accept("[")) {
      rel_detail(r);
      expect("]");
      expect("-");
    } else if (!accept("-")) {
      fail("expected '-' or '[' in a relationship pattern");
    }
    const bool right = accept(">");
    if (left && right) throw SyntaxError{r.pos, "a relationship points one way (<-…- or -…->) or none (-…-), not both"};
    r.dir = left ? RelPattern::Dir::kLeft : right ? RelPattern::Dir::kRight : RelPattern::Dir::kBoth;
    return r;
  }

  void rel_detail(RelPattern& r) {
    if (cur().kind == Token::Kind::kQuotedIdent || (cur().kind == Token::Kind::kIdent && !is_reserved(upper(cur().text))))
      r.var = take().text;
    if (accept(":")) {
      do {
        accept(":");
        std::string t = key("a relationship type");
        r.types.push_back(t == "location" ? "country" : t);
      } while (accept("|"));
    }
    if (is("*")) hops(r);
    if (is("{")) r.props = property_map();
    if (!is("]")) fail(r.props.empty() ? "expected ':', '*', '{' or ']' in a relationship pattern" : "expected ']'");
  }

  int hop_count() {
    const Token& t = take();
    int n = 0;
    auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), n);
    if (ec != std::errc() || p != t.text.data() + t.text.size() || n > 1000) throw SyntaxError{t.pos, "hop count too large"};
    return n;
  }

  void hops(RelPattern& r) {
    const Pos star = cur().pos;
    take();
    r.var_length = true;
    const bool has_min = cur().kind == Token::Kind::kInteger;
    if (has_min) r.min_hops = r.max_hops = hop_count();
    if (accept("..")) {
      if (cur().kind != Token::Kind::kInteger)
        throw SyntaxError{cur().pos, "variable-length relationships need an upper bound, as in *1..3; got " + describe(cur())};
      r.max_hops = hop_count();
      if (!has_min) r.min_hops = 1;
    } else if (!has_min) {
      throw SyntaxError{star, "variable-length relationships need an upper bound, as in *1..3"};
    }
    if (r.min_hops > r.max_hops) throw SyntaxError{star, "the lower bound is above the upper bound"};
  }

  std::vector<std::pair<std::string, ExprPtr>> property_map() {
    std::vector<std::pair<std::string, ExprPtr>> out;
    expect("{");
    if (!is("}")) {
      do {
        check_lexer();
        std::string k = cur().kind == Token::Kind::kString ? take().text : key("a property name");
        expect(":");
        out.emplace_back(std::move(k), expr());
      } while (accept(","));
    }
    if (!accept("}")) fail("expected ',' or '}' in a property map");
    return out;
  }

  // ---- expressions, lowest precedence first ----
  ExprPtr make(Expr::Kind k, const Token& at) {
    auto e = std::make_unique<Expr>();
    e->kind = k;
    e->pos = at.pos;
    return e;
  }
  ExprPtr binary(Op op, ExprPtr a, ExprPtr b, std::size_t begin) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kBinary;
    e->op = op;
    e->pos = a->pos;
    e->args.push_back(std::move(a));
    e->args.push_back(std::move(b));
    e->text = text_from(begin);
    return e;
  }
  ExprPtr unary(Op op, ExprPtr a, const Pos& pos, std::size_t begin) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kUnary;
    e->op = op;
    e->pos = pos;
    e->args.push_back(std::move(a));
    e->text = text_from(begin);
    return e;
  }

  ExprPtr expr() {
    check_lexer();
    if (at_end() || is(")") || is("]") || is(",") || is(";")) fail("expected an expression");
    return or_expr();
  }

  ExprPtr or_expr() {
    const std::size_t b = cur().begin;
    ExprPtr e = xor_expr();
    while (accept_kw("OR")) e = binary(Op::kOr, std::move(e), xor_expr(), b);
    return e;
  }
  ExprPtr xor_expr() {
    const std::size_t b = cur().begin;
    ExprPtr e = and_expr();
    while (accept_kw("XOR")) e = binary(Op::kXor, std::move(e), and_expr(), b);
    return e;
  }
  ExprPtr and_expr() {
    const std::size_t b = cur().begin;
    ExprPtr e = not_expr();
    while (accept_kw("AND")) e = binary(Op::kAnd, std::move(e), not_expr(), b);
    return e;
  }
  ExprPtr not_expr() {
    const std::size_t b = cur().begin;
    const Pos p = cur().pos;
    if (accept_kw("NOT")) return unary(Op::kNot, not_expr(), p, b);
    return comparison();
  }

  ExprPtr comparison() {
    const std::size_t b = cur().begin;
    ExprPtr e = additive();
    for (;;) {
      static const std::pair<const char*, Op> kOps[] = {{"=", Op::kEq}, {"<>", Op::kNe}, {"!=", Op::kNe}, {"<", Op::kLt},
                                                         {"<=", Op::kLe}, {">", Op::kGt}, {">=", Op::kGe}, {"=~", Op::kRegex}};
      bool done = true;
      for (const auto& [sym, op] : kOps) {
        if (accept(sym)) {
          e = binary(op, std::move(e), additive(), b);
          done = false;
          break;
        }
      }
      if (!done) continue;
      if (accept_kw("IN")) {
        e = binary(Op::kIn, std::move(e), additive(), b);
      } else if (accept_kw("CONTAINS")) {
        e = binary(Op::kContains, std::move(e), additive(), b);
      } else if (is_kw("STARTS") || is_kw("ENDS")) {
        const Op op = is_kw("STARTS") ? Op::kStartsWith : Op::kEndsWith;
        take();
        expect_kw("WITH");
        e = binary(op, std::move(e), additive(), b);
      } else if (accept_kw("IS")) {
        const bool negated = accept_kw("NOT");
        expect_kw("NULL");
        const Pos at = e->pos;
        e = unary(negated ? Op::kIsNotNull : Op::kIsNull, std::move(e), at, b);
      } else {
        return e;
      }
    }
  }

  ExprPtr additive() {
    const std::size_t b = cur().begin;
    ExprPtr e = multiplicative();
    for (;;) {
      if (accept("+")) e = binary(Op::kAdd, std::move(e), multiplicative(), b);
      else if (accept("-")) e = binary(Op::kSub, std::move(e), multiplicative(), b);
      else return e;
    }
  }
  ExprPtr multiplicative() {
    const std::size_t b = cur().begin;
    ExprPtr e = power();
    for (;;) {
      if (accept("*")) e = binary(Op::kMul, std::move(e), power(), b);
      else if (accept("/")) e = binary(Op::kDiv, std::move(e), power(), b);
      else if (accept("%")) e = binary(Op::kMod, std::move(e), power(), b);
      else return e;
    }
  }
  ExprPtr power() {
    const std::size_t b = cur().begin;
    ExprPtr e = unary_expr();
    while (accept("^")) e = binary(Op::kPow, std::move(e), unary_expr(), b);
    return e;
  }
  ExprPtr unary_expr() {
    const std::size_t b = cur().begin;
    const Pos p = cur().pos;
    if (accept("-")) return unary(Op::kNeg, unary_expr(), p, b);
    if (accept("+")) return unary(Op::kPlus, unary_expr(), p, b);
    return postfix();
  }

  ExprPtr postfix() {
    const std::size_t b = cur().begin;
    ExprPtr e = atom();
    for (;;) {
      if (accept(".")) {
        auto p = std::make_unique<Expr>();
        p->kind = Expr::Kind::kProperty;
        p->pos = e->pos;
        p->name = key("a property name after '.'");
        p->args.push_back(std::move(e));
        p->text = text_from(b);
        e = std::move(p);
      } else if (accept("[")) {
        e = subscript(std::move(e), b);
      } else if (is(":") && e->kind == Expr::Kind::kVariable) {
        e = has_labels(std::move(e), b);
      } else {
        return e;
      }
    }
  }

  // n:Label or n:A|B (WHERE n:Event): as in node patterns.
  ExprPtr has_labels(ExprPtr target, std::size_t b) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kHasLabels;
    e->pos = target->pos;
    e->args.push_back(std::move(target));
    e->label_mask = label_groups();
    e->text = text_from(b);
    return e;
  }

  ExprPtr subscript(ExprPtr target, std::size_t b) {
    auto s = std::make_unique<Expr>();
    s->pos = target->pos;
    s->args.push_back(std::move(target));
    ExprPtr from = is("..") ? nullptr : expr();
    if (accept("..")) {
      s->kind = Expr::Kind::kSlice;
      s->args.push_back(std::move(from));
      s->args.push_back(is("]") ? nullptr : expr());
    } else {
      s->kind = Expr::Kind::kIndex;
      s->args.push_back(std::move(from));
    }
    expect("]");
    s->text = text_from(b);
    return s;
  }

  ExprPtr atom() {
    check_lexer();
    const Token& t = cur();
    const std::size_t b = t.begin;
    ExprPtr e;
    switch (t.kind) {
      case Token::Kind::kString: e = literal(QValue(t.text)); break;
      case Token::Kind::kInteger: e = integer(t); break;
      case Token::Kind::kFloat: e = literal(QValue(std::stod(t.text))); break;
      case Token::Kind::kParam:
        e = make(Expr::Kind::kParam, t);
        e->name = t.text;
        take();
        break;
      case Token::Kind::kSymbol:
        if (t.text == "(") {
          take();
          e = expr();
          expect(")");
          e->text = text_from(b);
          if (starts_relationship())
            throw SyntaxError{e->pos, "patterns inside expressions are not supported; match them with MATCH or OPTIONAL MATCH"};
          return e;
        }
        if (t.text == "[") return list();
        fail("expected an expression");
      case Token::Kind::kIdent:
      case Token::Kind::kQuotedIdent: e = word(); break;
      default: fail("expected an expression");
    }
    e->text = text_from(b);
    return e;
  }

  // "-[", "--(", "-->", "<-[" or "<--(" after "(x)": a pattern where an expression was expected.
  bool starts_relationship() const {
    auto sym = [&](std::size_t k, const char* s) {
      return peek_tok(k).kind == Token::Kind::kSymbol && peek_tok(k).text == s;
    };
    const std::size_t d = is("<") ? 1 : 0;
    return (is("-") || is("<")) && sym(d, "-") && (sym(d + 1, "[") || (sym(d + 1, "-") && (sym(d + 2, "(") || sym(d + 2, ">"))));
  }

  ExprPtr literal(QValue v) {
    auto e = make(Expr::Kind::kLiteral, cur());
    e->literal = std::move(v);
    take();
    return e;
  }

  ExprPtr integer(const Token& t) {
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
    if (ec != std::errc() || p != t.text.data() + t.text.size()) throw SyntaxError{t.pos, "integer " + t.text + " is too large"};
    return literal(QValue(v));
  }

  ExprPtr list() {
    const std::size_t b = cur().begin;
    auto e = make(Expr::Kind::kList, cur());
    take();
    if (!is("]")) {
      do e->args.push_back(expr());
      while (accept(","));
    }
    if (is("|")) throw SyntaxError{e->pos, "list comprehensions ([x IN list | …]) are not supported; use UNWIND"};
    if (!accept("]")) fail("expected ',' or ']' in a list");
    e->text = text_from(b);
    return e;
  }

  // Keywords that start expressions, function calls, variables.
  ExprPtr word() {
    const Token& t = cur();
    if (t.kind == Token::Kind::kIdent) {
      const std::string up = upper(t.text);
      if (up == "TRUE") return literal(QValue(true));
      if (up == "FALSE") return literal(QValue(false));
      if (up == "NULL") return literal(QValue());
      if (up == "CASE") return case_expr();
      if (up == "EXISTS" && peek_tok().kind == Token::Kind::kSymbol && peek_tok().text == "{")
        throw SyntaxError{t.pos, "EXISTS { } subqueries are not supported; use OPTIONAL MATCH and count()"};
      if (peek_tok().kind == Token::Kind::kSymbol && peek_tok().text == "(") return call_expr();
      if (is_reserved(up)) fail("expected an expression");
    }
    auto e = make(Expr::Kind::kVariable, t);
    e->name = take().text;
    return e;
  }

  ExprPtr call_expr() {
    const Token& t = cur();
    auto e = make(Expr::Kind::kFunction, t);
    e->name = lower(take().text);
    take();  // (
    if (e->name == "count" && is("*")) {
      take();
      expect(")");
      e->kind = Expr::Kind::kCountStar;
      return e;
    }
    e->distinct = accept_kw("DISTINCT");
    if (!is(")")) {
      do e->args.push_back(expr());
      while (accept(","));
    }
    if (!accept(")")) fail("expected ',' or ')' after a function argument");
    return e;
  }

  ExprPtr case_expr() {
    auto e = make(Expr::Kind::kCase, cur());
    take();
    if (!is_kw("WHEN")) {
      e->has_subject = true;
      e->args.push_back(expr());
    }
    if (!is_kw("WHEN")) fail("expected WHEN");
    while (accept_kw("WHEN")) {
      e->args.push_back(expr());
      expect_kw("THEN");
      e->args.push_back(expr());
    }
    if (accept_kw("ELSE")) {
      e->has_else = true;
      e->args.push_back(expr());
    }
    expect_kw("END");
    return e;
  }

  std::string_view src_;
  std::vector<Token> toks_;
  std::size_t i_ = 0;
  std::size_t prev_end_ = 0;
};

}  // namespace

std::shared_ptr<Script> parse_script(std::string_view text, QueryError& error) {
  try {
    return Parser(text).script();
  } catch (const SyntaxError& e) {
    error = QueryError{e.pos.line, e.pos.column, e.message};
    return nullptr;
  }
}

}  // namespace kg::query
