// Value semantics: conversions from graph properties, equality, ordering, grouping keys, and
// parameters from the command line.
#include <charconv>
#include <cmath>
#include <cstring>

#include "query/eval.h"
#include "query/lexer.h"

namespace kg {

QValue to_qvalue(const Value& v) {
  return std::visit(
      [](const auto& x) -> QValue {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return QValue();
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          QValue::List l;
          l.reserve(x.size());
          for (const auto& s : x) l.emplace_back(s);
          return QValue(std::move(l));
        } else {
          return QValue(x);
        }
      },
      v);
}

namespace {

// A literal as the lexer reads it: number, string, true/false/null or a list of those.
std::optional<QValue> literal(const std::vector<query::Token>& toks, std::size_t& i) {
  using K = query::Token::Kind;
  const auto& t = toks[i];
  if (t.kind == K::kInteger) {
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
    if (ec != std::errc()) return std::nullopt;
    ++i;
    return QValue(v);
  }
  if (t.kind == K::kFloat) {
    ++i;
    return QValue(std::stod(t.text));
  }
  if (t.kind == K::kString) {
    ++i;
    return QValue(t.text);
  }
  if (t.kind == K::kIdent) {
    std::string up;
    for (char c : t.text) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ++i;
    if (up == "TRUE") return QValue(true);
    if (up == "FALSE") return QValue(false);
    if (up == "NULL") return QValue();
    return std::nullopt;
  }
  if (t.kind == K::kSymbol && t.text == "-" && (toks[i + 1].kind == K::kInteger || toks[i + 1].kind == K::kFloat)) {
    ++i;
    auto v = literal(toks, i);
    if (!v) return std::nullopt;
    if (auto* n = std::get_if<std::int64_t>(&v->v)) return QValue(-*n);
    return QValue(-std::get<double>(v->v));
  }
  if (t.kind == K::kSymbol && t.text == "[") {
    ++i;
    QValue::List l;
    while (!(toks[i].kind == K::kSymbol && toks[i].text == "]")) {
      auto v = literal(toks, i);
      if (!v) return std::nullopt;
      l.push_back(std::move(*v));
      if (toks[i].kind == K::kSymbol && toks[i].text == ",") ++i;
      else if (!(toks[i].kind == K::kSymbol && toks[i].text == "]")) return std::nullopt;
    }
    ++i;
    return QValue(std::move(l));
  }
  return std::nullopt;
}

}  // namespace

QValue parse_param_value(const std::string& text) {
  const auto toks = query::tokenize(text);
  std::size_t i = 0;
  if (auto v = literal(toks, i); v && toks[i].kind == query::Token::Kind::kEnd) return *v;
  return QValue(text);
}

namespace query {

std::string type_name(const QValue& v) {
  static const char* const kNames[] = {"null", "a boolean", "an integer", "a float", "a string",
                                       "a list", "a node", "a relationship", "a path"};
  return kNames[v.v.index()];
}

namespace {

bool is_number(const QValue& v) { return v.get<std::int64_t>() || v.get<double>(); }
double as_double(const QValue& v) {
  if (const auto* i = v.get<std::int64_t>()) return static_cast<double>(*i);
  return std::get<double>(v.v);
}

int cmp_numbers(const QValue& a, const QValue& b) {
  if (a.get<std::int64_t>() && b.get<std::int64_t>()) {
    const auto x = *a.get<std::int64_t>(), y = *b.get<std::int64_t>();
    return x < y ? -1 : x > y;
  }
  const double x = as_double(a), y = as_double(b);
  return x < y ? -1 : x > y;
}

// The rank of a type in ORDER BY (Cypher's order: maps, nodes, relationships, lists, paths,
// strings, booleans, numbers; nulls last). Ascending order puts numbers and strings first here
// as people expect from a table: lists, nodes, … come after.
int sort_rank(const QValue& v) {
  switch (v.v.index()) {
    case 2:
    case 3: return 0;  // numbers
    case 4: return 1;  // strings
    case 1: return 2;  // booleans
    case 6: return 3;  // nodes
    case 7: return 4;  // relationships
    case 5: return 5;  // lists
    case 8: return 6;  // paths
    default: return 7; // null
  }
}

}  // namespace

std::optional<bool> equals(const QValue& a, const QValue& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (is_number(a) && is_number(b)) return cmp_numbers(a, b) == 0;
  if (a.v.index() != b.v.index()) return false;
  if (const auto* la = a.get<QValue::List>()) {
    const auto& lb = std::get<QValue::List>(b.v);
    if (la->size() != lb.size()) return false;
    bool unknown = false;
    for (std::size_t i = 0; i < la->size(); ++i) {
      auto e = equals((*la)[i], lb[i]);
      if (!e) unknown = true;
      else if (!*e) return false;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  if (const auto* pa = a.get<std::shared_ptr<const PathValue>>()) {
    const PathValue* pb = std::get<std::shared_ptr<const PathValue>>(b.v).get();
    if (!*pa || !pb) return *pa == nullptr && pb == nullptr;
    return (*pa)->nodes == pb->nodes && (*pa)->rels == pb->rels;
  }
  if (const auto* s = a.get<std::string>()) return *s == std::get<std::string>(b.v);
  if (const auto* x = a.get<bool>()) return *x == std::get<bool>(b.v);
  if (const auto* n = a.get<NodeRef>()) return *n == std::get<NodeRef>(b.v);
  return std::get<RelRef>(a.v) == std::get<RelRef>(b.v);
}

std::optional<int> compare(const QValue& a, const QValue& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (is_number(a) && is_number(b)) {
    if ((a.get<double>() && std::isnan(*a.get<double>())) || (b.get<double>() && std::isnan(*b.get<double>()))) return std::nullopt;
    return cmp_numbers(a, b);
  }
  if (const auto* sa = a.get<std::string>()) {
    const auto* sb = b.get<std::string>();
    if (!sb) return std::nullopt;
    const int c = sa->compare(*sb);
    return c < 0 ? -1 : c > 0;
  }
  if (const auto* ba = a.get<bool>()) {
    const auto* bb = b.get<bool>();
    if (!bb) return std::nullopt;
    return static_cast<int>(*ba) - static_cast<int>(*bb);
  }
  if (const auto* la = a.get<QValue::List>()) {
    const auto* lb = b.get<QValue::List>();
    if (!lb) return std::nullopt;
    for (std::size_t i = 0; i < la->size() && i < lb->size(); ++i) {
      auto c = compare((*la)[i], (*lb)[i]);
      if (!c || *c != 0) return c;
    }
    return la->size() < lb->size() ? -1 : la->size() > lb->size();
  }
  return std::nullopt;
}

int sort_compare(const QValue& a, const QValue& b) {
  const int ra = sort_rank(a), rb = sort_rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0: {
      const bool na = a.get<double>() && std::isnan(*a.get<double>());
      const bool nb = b.get<double>() && std::isnan(*b.get<double>());
      if (na || nb) return na == nb ? 0 : na ? 1 : -1;
      return cmp_numbers(a, b);
    }
    case 3: {
      const auto x = std::get<NodeRef>(a.v).v, y = std::get<NodeRef>(b.v).v;
      return x < y ? -1 : x > y;
    }
    case 4: {
      const auto* x = std::get<RelRef>(a.v).e.get_property();
      const auto* y = std::get<RelRef>(b.v).e.get_property();
      return std::less<const void*>()(x, y) ? -1 : x != y;
    }
    case 5: {
      const auto& la = std::get<QValue::List>(a.v);
      const auto& lb = std::get<QValue::List>(b.v);
      for (std::size_t i = 0; i < la.size() && i < lb.size(); ++i)
        if (int c = sort_compare(la[i], lb[i])) return c;
      return la.size() < lb.size() ? -1 : la.size() > lb.size();
    }
    case 6: {
      const PathValue* pa = std::get<std::shared_ptr<const PathValue>>(a.v).get();
      const PathValue* pb = std::get<std::shared_ptr<const PathValue>>(b.v).get();
      if (!pa || !pb) return (pa != nullptr) - (pb != nullptr);
      return pa->nodes < pb->nodes ? -1 : pa->nodes > pb->nodes;
    }
    case 7: return 0;
    default: return *compare(a, b);
  }
}

void append_key(std::string& key, const QValue& v) {
  if (is_number(v)) {
    const double d = as_double(v);
    if (const auto* i = v.get<std::int64_t>(); i && static_cast<double>(*i) != d) {
      key += 'i' + std::to_string(*i);  // beyond 2^53: keep exact
    } else {
      char buf[32];
      auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
      key += 'n';
      key.append(buf, p);
    }
  } else if (const auto* s = v.get<std::string>()) {
    key += 's' + std::to_string(s->size()) + ':' + *s;
  } else if (const auto* b = v.get<bool>()) {
    key += *b ? "T" : "F";
  } else if (const auto* n = v.get<NodeRef>()) {
    key += 'v' + std::to_string(n->v);
  } else if (const auto* r = v.get<RelRef>()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "r%p", static_cast<const void*>(r->e.get_property()));
    key += buf;
  } else if (const auto* l = v.get<QValue::List>()) {
    key += '[';
    for (const auto& x : *l) append_key(key, x);
    key += ']';
  } else if (const auto* p = v.get<std::shared_ptr<const PathValue>>()) {
    key += 'p';
    for (auto x : (*p)->nodes) key += std::to_string(x) + ',';
    for (const auto& e : (*p)->rels) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%p,", static_cast<const void*>(e.get_property()));
      key += buf;
    }
  } else {
    key += '0';
  }
  key += ';';
}

}  // namespace query
}  // namespace kg
