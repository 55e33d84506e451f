// The expression evaluator: operators with Cypher's null semantics, and the scalar functions.
#include "query/eval.h"

#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <regex>

namespace kg::query {
namespace {

[[noreturn]] void error(const Expr& e, const std::string& msg) { throw EvalError{e.pos, msg}; }

bool is_number(const QValue& v) { return v.get<std::int64_t>() || v.get<double>(); }
double as_double(const QValue& v) {
  if (const auto* i = v.get<std::int64_t>()) return static_cast<double>(*i);
  return std::get<double>(v.v);
}

std::string number_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  const double a = std::fabs(d);
  const bool fixed = a == 0 || (a >= 1e-6 && a < 1e21);
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d, fixed ? std::chars_format::fixed : std::chars_format::scientific);
  std::string s(buf, p);
  if (fixed && s.find('.') == std::string::npos) s += ".0";
  return s;
}

std::string to_text(const QValue& v);

std::string list_text(const QValue::List& l) {
  std::string out = "[";
  for (std::size_t i = 0; i < l.size(); ++i) out += (i ? ", " : "") + to_text(l[i]);
  return out + "]";
}

std::string to_text(const QValue& v) {
  if (const auto* s = v.get<std::string>()) return *s;
  if (const auto* i = v.get<std::int64_t>()) return std::to_string(*i);
  if (const auto* d = v.get<double>()) return number_text(*d);
  if (const auto* b = v.get<bool>()) return *b ? "true" : "false";
  if (const auto* l = v.get<QValue::List>()) return list_text(*l);
  return "";
}

// Code points of a UTF-8 string.
std::vector<std::size_t> char_starts(const std::string& s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) out.push_back(i);
  return out;
}

std::string substr_chars(const std::string& s, std::int64_t from, std::int64_t len) {
  const auto starts = char_starts(s);
  const auto n = static_cast<std::int64_t>(starts.size());
  from = std::clamp<std::int64_t>(from, 0, n);
  const std::int64_t to = len < 0 ? n : std::min(n, from + len);
  if (from >= to) return "";
  const std::size_t b = starts[from];
  const std::size_t e = to < n ? starts[to] : s.size();
  return s.substr(b, e - b);
}

std::string case_map(const std::string& s, bool up) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (up) u.toUpper();
  else u.toLower();
  std::string out;
  return u.toUTF8String(out);
}

const Properties* props_of(const QValue& v, const KnowledgeGraph& g) {
  if (const auto* n = v.get<NodeRef>()) return &g.node(n->v).props;
  if (const auto* r = v.get<RelRef>()) return &g.graph()[r->e].props;
  return nullptr;
}

std::int64_t need_int(const Expr& e, const QValue& v, const char* what) {
  if (const auto* i = v.get<std::int64_t>()) return *i;
  if (const auto* d = v.get<double>(); d && *d == std::floor(*d)) return static_cast<std::int64_t>(*d);
  error(e, std::string(what) + " needs an integer, got " + type_name(v));
}

const std::string& need_string(const Expr& e, const QValue& v, const char* what) {
  if (const auto* s = v.get<std::string>()) return *s;
  error(e, std::string(what) + " needs a string, got " + type_name(v));
}

QValue to_integer(const QValue& v) {
  if (const auto* i = v.get<std::int64_t>()) return *i;
  if (const auto* d = v.get<double>()) return std::isfinite(*d) ? QValue(static_cast<std::int64_t>(*d)) : QValue();
  if (const auto* b = v.get<bool>()) return static_cast<std::int64_t>(*b);
  if (const auto* s = v.get<std::string>()) {
    std::int64_t x = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), x);
    if (ec == std::errc() && p == s->data() + s->size()) return x;
    double d = 0;
    auto [q, ec2] = std::from_chars(s->data(), s->data() + s->size(), d);
    if (ec2 == std::errc() && q == s->data() + s->size() && std::isfinite(d)) return static_cast<std::int64_t>(d);
  }
  return QValue();
}

QValue to_float(const QValue& v) {
  if (is_number(v)) return as_double(v);
  if (const auto* s = v.get<std::string>()) {
    double d = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), d);
    if (ec == std::errc() && p == s->data() + s->size()) return d;
  }
  return QValue();
}

// ---- operators ----

QValue logic(const Expr& e, const Row& row, const EvalContext& ctx) {
  auto side = [&](int k) { return truth(eval(*e.args[k], row, ctx), e.args[k]->pos); };
  const auto a = side(0);
  if (e.op == Op::kAnd && a == false) return false;
  if (e.op == Op::kOr && a == true) return true;
  const auto b = side(1);
  if (e.op == Op::kXor) return a && b ? QValue(*a != *b) : QValue();
  if (e.op == Op::kAnd) return b == false ? QValue(false) : a && b ? QValue(true) : QValue();
  return b == true ? QValue(true) : a && b ? QValue(false) : QValue();
}

QValue arithmetic(const Expr& e, const QValue& a, const QValue& b) {
  if (a.is_null() || b.is_null()) return QValue();
  if (e.op == Op::kAdd) {
    if (const auto* la = a.get<QValue::List>()) {
      QValue::List out = *la;
      if (const auto* lb = b.get<QValue::List>()) out.insert(out.end(), lb->begin(), lb->end());
      else out.push_back(b);
      return out;
    }
    if (const auto* lb = b.get<QValue::List>()) {
      QValue::List out{a};
      out.insert(out.end(), lb->begin(), lb->end());
      return out;
    }
    if (a.get<std::string>() || b.get<std::string>()) {
      if (!(a.get<std::string>() || is_number(a)) || !(b.get<std::string>() || is_number(b)))
        error(e, "cannot add " + type_name(a) + " and " + type_name(b));
      return to_text(a) + to_text(b);
    }
  }
  if (!is_number(a) || !is_number(b))
    error(e, "arithmetic needs numbers, got " + type_name(a) + " and " + type_name(b));
  const auto* ia = a.get<std::int64_t>();
  const auto* ib = b.get<std::int64_t>();
  if (ia && ib && e.op != Op::kPow) {
    std::int64_t r = 0;
    switch (e.op) {
      case Op::kAdd: if (!__builtin_add_overflow(*ia, *ib, &r)) return r; break;
      case Op::kSub: if (!__builtin_sub_overflow(*ia, *ib, &r)) return r; break;
      case Op::kMul: if (!__builtin_mul_overflow(*ia, *ib, &r)) return r; break;
      case Op::kDiv:
      case Op::kMod:
        if (*ib == 0) error(e, "division by zero");
        if (*ia == INT64_MIN && *ib == -1) break;
        return e.op == Op::kDiv ? *ia / *ib : *ia % *ib;
      default: break;
    }
    error(e, "integer overflow");
  }
  const double x = as_double(a), y = as_double(b);
  switch (e.op) {
    case Op::kAdd: return x + y;
    case Op::kSub: return x - y;
    case Op::kMul: return x * y;
    case Op::kDiv: return x / y;
    case Op::kMod: return std::fmod(x, y);
    default: return std::pow(x, y);
  }
}

QValue in_list(const QValue& x, const QValue& list, const Expr& e) {
  if (list.is_null()) return QValue();
  const auto* l = list.get<QValue::List>();
  if (!l) error(e, "IN needs a list on its right, got " + type_name(list));
  bool unknown = false;
  for (const auto& y : *l) {
    auto eq = equals(x, y);
    if (eq == true) return true;
    if (!eq) unknown = true;
  }
  return unknown ? QValue() : QValue(false);
}

QValue string_op(const Expr& e, const QValue& a, const QValue& b) {
  const auto* s = a.get<std::string>();
  const auto* t = b.get<std::string>();
  if (!s || !t) return QValue();
  switch (e.op) {
    case Op::kContains: return s->find(*t) != std::string::npos;
    case Op::kStartsWith: return s->compare(0, t->size(), *t) == 0;
    case Op::kEndsWith: return s->size() >= t->size() && s->compare(s->size() - t->size(), t->size(), *t) == 0;
    default: break;
  }
  try {
    return std::regex_match(*s, std::regex(*t, std::regex::ECMAScript));
  } catch (const std::regex_error&) {
    error(*e.args[1], "not a valid regular expression: " + *t);
  }
}

QValue binary(const Expr& e, const Row& row, const EvalContext& ctx) {
  if (e.op == Op::kAnd || e.op == Op::kOr || e.op == Op::kXor) return logic(e, row, ctx);
  const QValue a = eval(*e.args[0], row, ctx);
  const QValue b = eval(*e.args[1], row, ctx);
  switch (e.op) {
    case Op::kEq: {
      auto r = equals(a, b);
      return r ? QValue(*r) : QValue();
    }
    case Op::kNe: {
      auto r = equals(a, b);
      return r ? QValue(!*r) : QValue();
    }
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: {
      auto c = compare(a, b);
      if (!c) return QValue();
      return e.op == Op::kLt ? *c < 0 : e.op == Op::kLe ? *c <= 0 : e.op == Op::kGt ? *c > 0 : *c >= 0;
    }
    case Op::kIn: return in_list(a, b, e);
    case Op::kContains:
    case Op::kStartsWith:
    case Op::kEndsWith:
    case Op::kRegex: return string_op(e, a, b);
    default: return arithmetic(e, a, b);
  }
}

QValue unary(const Expr& e, const Row& row, const EvalContext& ctx) {
  const QValue a = eval(*e.args[0], row, ctx);
  switch (e.op) {
    case Op::kNot: {
      auto t = truth(a, e.args[0]->pos);
      return t ? QValue(!*t) : QValue();
    }
    case Op::kIsNull: return a.is_null();
    case Op::kIsNotNull: return !a.is_null();
    case Op::kPlus:
    case Op::kNeg:
      if (a.is_null()) return a;
      if (e.op == Op::kPlus && is_number(a)) return a;
      if (const auto* i = a.get<std::int64_t>()) return -*i;
      if (const auto* d = a.get<double>()) return -*d;
      error(e, "a sign needs a number, got " + type_name(a));
    default: return QValue();
  }
}

QValue property(const Expr& e, const Row& row, const EvalContext& ctx) {
  const Expr& target = *e.args[0];
  const QValue owned = target.kind == Expr::Kind::kVariable ? QValue() : eval(target, row, ctx);
  const QValue& v = target.kind == Expr::Kind::kVariable ? row[target.slot] : owned;
  if (v.is_null()) return QValue();
  const Properties* p = props_of(v, ctx.g);
  if (!p) error(e, "cannot read property `" + e.name + "` of " + type_name(v));
  auto it = p->find(e.name);
  return it == p->end() ? QValue() : to_qvalue(it->second);
}

QValue index(const Expr& e, const Row& row, const EvalContext& ctx) {
  const QValue v = eval(*e.args[0], row, ctx);
  const QValue k = eval(*e.args[1], row, ctx);
  if (v.is_null() || k.is_null()) return QValue();
  if (const auto* p = props_of(v, ctx.g)) {
    auto it = p->find(need_string(*e.args[1], k, "a property look-up"));
    return it == p->end() ? QValue() : to_qvalue(it->second);
  }
  const auto* l = v.get<QValue::List>();
  if (!l) error(e, "[] needs a list, got " + type_name(v));
  auto i = need_int(*e.args[1], k, "a list index");
  if (i < 0) i += static_cast<std::int64_t>(l->size());
  if (i < 0 || i >= static_cast<std::int64_t>(l->size())) return QValue();
  return (*l)[static_cast<std::size_t>(i)];
}

QValue slice(const Expr& e, const Row& row, const EvalContext& ctx) {
  const QValue v = eval(*e.args[0], row, ctx);
  if (v.is_null()) return v;
  const auto* l = v.get<QValue::List>();
  if (!l) error(e, "[..] needs a list, got " + type_name(v));
  const auto n = static_cast<std::int64_t>(l->size());
  auto bound = [&](int k, std::int64_t fallback) {
    if (!e.args[k]) return fallback;
    std::int64_t i = need_int(*e.args[k], eval(*e.args[k], row, ctx), "a slice bound");
    if (i < 0) i += n;
    return std::clamp<std::int64_t>(i, 0, n);
  };
  const auto from = bound(1, 0), to = bound(2, n);
  return from < to ? QValue(QValue::List(l->begin() + from, l->begin() + to)) : QValue(QValue::List{});
}

QValue case_expr(const Expr& e, const Row& row, const EvalContext& ctx) {
  std::size_t i = 0;
  QValue subject;
  if (e.has_subject) subject = eval(*e.args[i++], row, ctx);
  const std::size_t end = e.args.size() - (e.has_else ? 1 : 0);
  for (; i + 1 < end; i += 2) {
    const QValue w = eval(*e.args[i], row, ctx);
    const bool hit = e.has_subject ? equals(subject, w) == true : truth(w, e.args[i]->pos) == true;
    if (hit) return eval(*e.args[i + 1], row, ctx);
  }
  return e.has_else ? eval(*e.args.back(), row, ctx) : QValue();
}

// ---- functions ----

struct FunctionSpec {
  const char* name;
  std::size_t min, max;
};
const FunctionSpec kFunctions[] = {
    {"id", 1, 1},        {"labels", 1, 1},    {"type", 1, 1},      {"startnode", 1, 1}, {"endnode", 1, 1},
    {"keys", 1, 1},      {"size", 1, 1},      {"length", 1, 1},    {"nodes", 1, 1},     {"relationships", 1, 1},
    {"coalesce", 1, 64}, {"tolower", 1, 1},   {"toupper", 1, 1},   {"trim", 1, 1},      {"ltrim", 1, 1},
    {"rtrim", 1, 1},     {"substring", 2, 3}, {"left", 2, 2},      {"right", 2, 2},     {"replace", 3, 3},
    {"split", 2, 2},     {"reverse", 1, 1},   {"tostring", 1, 1},  {"tointeger", 1, 1}, {"tofloat", 1, 1},
    {"abs", 1, 1},       {"round", 1, 1},     {"floor", 1, 1},     {"ceil", 1, 1},      {"sqrt", 1, 1},
    {"head", 1, 1},      {"last", 1, 1},      {"tail", 1, 1},      {"exists", 1, 1},    {"range", 2, 3},
};

QValue graph_function(const std::string& f, const Expr& e, const QValue& a, const EvalContext& ctx) {
  const Graph& g = ctx.g.graph();
  if (f == "id") {
    if (const auto* n = a.get<NodeRef>()) return ctx.g.node(n->v).id;
    return QValue();
  }
  if (f == "labels") {
    if (const auto* n = a.get<NodeRef>()) return QValue::List{QValue(to_string(ctx.g.node(n->v).kind))};
    error(e, "labels() needs a node, got " + type_name(a));
  }
  const auto* r = a.get<RelRef>();
  if (f == "type" || f == "startnode" || f == "endnode") {
    if (!r) error(e, f + "() needs a relationship, got " + type_name(a));
    if (f == "type") return g[r->e].type;
    return NodeRef{f == "startnode" ? boost::source(r->e, g) : boost::target(r->e, g)};
  }
  if (f == "keys") {
    const Properties* p = props_of(a, ctx.g);
    if (!p) error(e, "keys() needs a node or a relationship, got " + type_name(a));
    QValue::List out;
    for (const auto& kv : *p) out.emplace_back(kv.first);
    return out;
  }
  const auto* path = a.get<std::shared_ptr<const PathValue>>();
  if (!path) error(e, f + "() needs a path, got " + type_name(a));
  QValue::List out;
  if (f == "nodes")
    for (auto v : (*path)->nodes) out.emplace_back(NodeRef{v});
  if (f == "relationships")
    for (const auto& x : (*path)->rels) out.emplace_back(RelRef{x});
  return out;
}

QValue string_function(const std::string& f, const Expr& e, const std::vector<QValue>& a) {
  const std::string& s = need_string(e, a[0], (f + "()").c_str());
  if (f == "tolower" || f == "toupper") return case_map(s, f == "toupper");
  if (f == "trim" || f == "ltrim" || f == "rtrim") {
    std::size_t b = 0, n = s.size();
    if (f != "rtrim") while (b < n && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    if (f != "ltrim") while (n > b && std::isspace(static_cast<unsigned char>(s[n - 1]))) --n;
    return s.substr(b, n - b);
  }
  if (f == "substring") return substr_chars(s, need_int(e, a[1], "substring()"), a.size() > 2 ? need_int(e, a[2], "substring()") : -1);
  if (f == "left") return substr_chars(s, 0, need_int(e, a[1], "left()"));
  if (f == "right") {
    const auto n = static_cast<std::int64_t>(char_starts(s).size());
    const auto k = need_int(e, a[1], "right()");
    return substr_chars(s, std::max<std::int64_t>(0, n - k), k);
  }
  if (f == "replace") {
    const std::string& from = need_string(e, a[1], "replace()");
    const std::string& to = need_string(e, a[2], "replace()");
    if (from.empty()) return s;
    std::string out;
    std::size_t pos = 0, hit;
    while ((hit = s.find(from, pos)) != std::string::npos) {
      out += s.substr(pos, hit - pos) + to;
      pos = hit + from.size();
    }
    return out + s.substr(pos);
  }
  const std::string& sep = need_string(e, a[1], "split()");  // split
  QValue::List out;
  std::size_t pos = 0, hit;
  while (!sep.empty() && (hit = s.find(sep, pos)) != std::string::npos) {
    out.emplace_back(s.substr(pos, hit - pos));
    pos = hit + sep.size();
  }
  out.emplace_back(s.substr(pos));
  return out;
}

QValue number_function(const std::string& f, const Expr& e, const QValue& a) {
  if (!is_number(a)) error(e, f + "() needs a number, got " + type_name(a));
  if (const auto* i = a.get<std::int64_t>(); i && f != "sqrt") return f == "abs" ? std::abs(*i) : *i;
  const double d = as_double(a);
  if (f == "abs") return std::fabs(d);
  if (f == "round") return std::round(d);
  if (f == "floor") return std::floor(d);
  if (f == "ceil") return std::ceil(d);
  return std::sqrt(d);
}

QValue list_function(const std::string& f, const Expr& e, const std::vector<QValue>& a) {
  if (f == "range") {
    const auto from = need_int(e, a[0], "range()"), to = need_int(e, a[1], "range()");
    const auto step = a.size() > 2 ? need_int(e, a[2], "range()") : 1;
    if (step == 0) error(e, "range() needs a step other than 0");
    if ((to - from) / step > 10000000) error(e, "range() is limited to ten million elements");
    QValue::List out;
    for (auto i = from; step > 0 ? i <= to : i >= to; i += step) out.emplace_back(i);
    return out;
  }
  if (f == "reverse" && a[0].get<std::string>()) {
    const std::string& s = *a[0].get<std::string>();
    const auto starts = char_starts(s);
    std::string out;
    for (std::size_t k = starts.size(); k-- > 0;) out += s.substr(starts[k], (k + 1 < starts.size() ? starts[k + 1] : s.size()) - starts[k]);
    return out;
  }
  const auto* l = a[0].get<QValue::List>();
  if (!l) error(e, f + "() needs a list, got " + type_name(a[0]));
  if (f == "head") return l->empty() ? QValue() : l->front();
  if (f == "last") return l->empty() ? QValue() : l->back();
  if (f == "tail") return l->empty() ? QValue(QValue::List{}) : QValue(QValue::List(l->begin() + 1, l->end()));
  return QValue::List(l->rbegin(), l->rend());  // reverse
}

QValue function(const Expr& e, const Row& row, const EvalContext& ctx) {
  if (e.aggregate >= 0) return (*ctx.aggregates)[static_cast<std::size_t>(e.aggregate)];
  const std::string& f = e.name;
  if (f == "coalesce") {
    for (const auto& x : e.args)
      if (QValue v = eval(*x, row, ctx); !v.is_null()) return v;
    return QValue();
  }
  std::vector<QValue> a;
  a.reserve(e.args.size());
  for (const auto& x : e.args) a.push_back(eval(*x, row, ctx));
  if (f == "exists") return !a[0].is_null();
  if (f != "range" && a[0].is_null()) return QValue();
  if (f == "id" || f == "labels" || f == "type" || f == "startnode" || f == "endnode" || f == "keys" || f == "nodes" ||
      f == "relationships")
    return graph_function(f, e, a[0], ctx);
  if (f == "size" || f == "length") {
    if (const auto* s = a[0].get<std::string>()) return static_cast<std::int64_t>(char_starts(*s).size());
    if (const auto* l = a[0].get<QValue::List>()) return static_cast<std::int64_t>(l->size());
    if (const auto* p = a[0].get<std::shared_ptr<const PathValue>>()) return static_cast<std::int64_t>((*p)->rels.size());
    error(e, f + "() needs a list, a string or a path, got " + type_name(a[0]));
  }
  if (f == "tostring") return is_number(a[0]) || a[0].get<bool>() || a[0].get<std::string>() ? QValue(to_text(a[0])) : QValue();
  if (f == "tointeger") return to_integer(a[0]);
  if (f == "tofloat") return to_float(a[0]);
  if (f == "abs" || f == "round" || f == "floor" || f == "ceil" || f == "sqrt") return number_function(f, e, a[0]);
  if (f == "head" || f == "last" || f == "tail" || f == "reverse" || f == "range") return list_function(f, e, a);
  for (std::size_t k = 1; k < a.size(); ++k)
    if (a[k].is_null()) return QValue();
  return string_function(f, e, a);
}

}  // namespace

std::string check_function(const std::string& name, std::size_t args) {
  for (const auto& f : kFunctions) {
    if (name != f.name) continue;
    if (args < f.min || args > f.max)
      return name + "() takes " +
             (f.min == f.max ? std::to_string(f.min) : std::to_string(f.min) + " to " + std::to_string(f.max)) +
             (f.max == 1 ? " argument" : " arguments") + ", got " + std::to_string(args);
    return "";
  }
  return "unknown function `" + name + "`";
}

std::optional<bool> truth(const QValue& v, const Pos& pos) {
  if (v.is_null()) return std::nullopt;
  if (const auto* b = v.get<bool>()) return *b;
  throw EvalError{pos, "expected a true/false condition, got " + type_name(v)};
}

QValue eval(const Expr& e, const Row& row, const EvalContext& ctx) {
  switch (e.kind) {
    case Expr::Kind::kLiteral: return e.literal;
    case Expr::Kind::kParam: {
      auto it = ctx.params.find(e.name);
      if (it == ctx.params.end()) error(e, "missing parameter $" + e.name + " (give it with --param " + e.name + "=VALUE)");
      return it->second;
    }
    case Expr::Kind::kVariable: return row[static_cast<std::size_t>(e.slot)];
    case Expr::Kind::kProperty: return property(e, row, ctx);
    case Expr::Kind::kIndex: return index(e, row, ctx);
    case Expr::Kind::kSlice: return slice(e, row, ctx);
    case Expr::Kind::kList: {
      QValue::List l;
      l.reserve(e.args.size());
      for (const auto& a : e.args) l.push_back(eval(*a, row, ctx));
      return l;
    }
    case Expr::Kind::kUnary: return unary(e, row, ctx);
    case Expr::Kind::kBinary: return binary(e, row, ctx);
    case Expr::Kind::kFunction: return function(e, row, ctx);
    case Expr::Kind::kCountStar: return (*ctx.aggregates)[static_cast<std::size_t>(e.aggregate)];
    case Expr::Kind::kCase: return case_expr(e, row, ctx);
    case Expr::Kind::kHasLabels: {
      const QValue v = eval(*e.args[0], row, ctx);
      if (v.is_null()) return v;
      const auto* n = v.get<NodeRef>();
      if (!n) error(e, "a label test needs a node, got " + type_name(v));
      return (e.label_mask & (1u << static_cast<unsigned>(ctx.g.node(n->v).kind))) != 0;
    }
  }
  return QValue();
}

std::string value_text(const QValue& v) { return to_text(v); }
std::string float_text(double d) { return number_text(d); }

}  // namespace kg::query
