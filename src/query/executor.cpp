// QueryEngine::run: the clauses of a statement as a chain of operators, fed one empty row.
#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "query/exec.h"

namespace kg {
namespace query {
namespace {

// ---- aggregates ----

class Accumulator {
 public:
  explicit Accumulator(const Expr& call) : e_(call) {}

  void add(const Row& row, const EvalContext& ctx) {
    if (e_.kind == Expr::Kind::kCountStar) {
      ++count_;
      return;
    }
    QValue v = eval(*e_.args[0], row, ctx);
    if (v.is_null()) return;
    if (e_.distinct) {
      std::string key;
      append_key(key, v);
      if (!seen_.insert(std::move(key)).second) return;
    }
    ++count_;
    const std::string& f = e_.name;
    if (f == "sum" || f == "avg") {
      add_number(v);
    } else if (f == "min" || f == "max") {
      if (best_.is_null() || (f == "min" ? sort_compare(v, best_) < 0 : sort_compare(v, best_) > 0)) best_ = std::move(v);
    } else if (f == "collect") {
      list_.push_back(std::move(v));
    }
  }

  QValue result() const {
    const std::string& f = e_.kind == Expr::Kind::kCountStar ? std::string("count") : e_.name;
    if (f == "count") return count_;
    if (f == "sum") return is_double_ ? QValue(dsum_) : QValue(isum_);
    if (f == "avg") return count_ ? QValue((is_double_ ? dsum_ : static_cast<double>(isum_)) / static_cast<double>(count_)) : QValue();
    if (f == "min" || f == "max") return best_;
    return list_;
  }

 private:
  void add_number(const QValue& v) {
    if (const auto* i = v.get<std::int64_t>()) {
      if (!is_double_ && !__builtin_add_overflow(isum_, *i, &isum_)) return;
      if (!is_double_) switch_to_double();
      dsum_ += static_cast<double>(*i);
    } else if (const auto* d = v.get<double>()) {
      if (!is_double_) switch_to_double();
      dsum_ += *d;
    } else {
      throw EvalError{e_.pos, e_.name + "() needs numbers, got " + type_name(v)};
    }
  }
  void switch_to_double() {
    is_double_ = true;
    dsum_ = static_cast<double>(isum_);
  }

  const Expr& e_;
  std::int64_t count_ = 0, isum_ = 0;
  double dsum_ = 0;
  bool is_double_ = false;
  QValue best_;
  QValue::List list_;
  std::unordered_set<std::string> seen_;
};

// ---- WITH and RETURN ----

class ProjectionOp : public Sink {
 public:
  ProjectionOp(const Projection& p, std::size_t slots, Env& env, Sink& next) : p_(p), slots_(slots), env_(env), next_(next) {
    const EvalContext ctx = env_.ctx();
    Row none(slots_);
    skip_ = bound(p.skip.get(), none, ctx, "SKIP");
    limit_ = p.limit ? bound(p.limit.get(), none, ctx, "LIMIT") : SIZE_MAX;
    buffered_ = p_.aggregating || !p_.order.empty();
  }

  void push(Row& in) override {
    const EvalContext ctx = env_.ctx();
    if (p_.aggregating) return group(in, ctx);
    Row ext = in;
    for (const auto& it : p_.items) ext[static_cast<std::size_t>(it.slot)] = eval(*it.expr, in, ctx);
    Row out = project(ext);
    if (p_.distinct && !first_time(out)) return;
    if (buffered_) {
      std::vector<QValue> keys = sort_keys(p_.distinct ? out : ext, ctx);
      rows_.push_back({std::move(out), std::move(keys)});
      return;
    }
    emit(out);
  }

  void finish() override {
    if (p_.aggregating) close_groups();
    if (buffered_) {
      std::stable_sort(rows_.begin(), rows_.end(), [&](const Sorted& a, const Sorted& b) { return before(a.keys, b.keys); });
      for (auto& r : rows_) {
        if (next_.done()) break;
        emit(r.row);
      }
    }
    next_.finish();
  }

  bool done() const override { return (!buffered_ && taken_ >= limit_) || next_.done(); }

 private:
  struct Sorted {
    Row row;
    std::vector<QValue> keys;
  };
  struct Group {
    Row first;
    std::vector<Accumulator> acc;
  };

  static std::size_t bound(const Expr* e, const Row& row, const EvalContext& ctx, const char* what) {
    if (!e) return 0;
    const QValue v = eval(*e, row, ctx);
    const auto* i = v.get<std::int64_t>();
    if (!i || *i < 0) throw EvalError{e->pos, std::string(what) + " needs a non-negative integer, got " + type_name(v)};
    return static_cast<std::size_t>(*i);
  }

  Row project(const Row& ext) const {
    Row out(slots_);
    for (const auto& it : p_.items) out[static_cast<std::size_t>(it.slot)] = ext[static_cast<std::size_t>(it.slot)];
    return out;
  }

  bool first_time(const Row& out) {
    std::string key;
    for (const auto& it : p_.items) append_key(key, out[static_cast<std::size_t>(it.slot)]);
    return seen_.insert(std::move(key)).second;
  }

  std::vector<QValue> sort_keys(const Row& row, const EvalContext& ctx) const {
    std::vector<QValue> keys;
    for (const auto& s : p_.order) keys.push_back(eval(*s.expr, row, ctx));
    return keys;
  }

  bool before(const std::vector<QValue>& a, const std::vector<QValue>& b) const {
    for (std::size_t i = 0; i < a.size(); ++i) {
      const int c = sort_compare(a[i], b[i]);
      if (c != 0) return p_.order[i].descending ? c > 0 : c < 0;
    }
    return false;
  }

  // SKIP and LIMIT count projected rows; WITH's WHERE filters what they let through.
  void emit(Row& out) {
    if (seen_rows_++ < skip_ || taken_ >= limit_) return;
    ++taken_;
    if (p_.where && truth(eval(*p_.where, out, env_.ctx()), p_.where->pos) != true) return;
    next_.push(out);
  }

  void group(Row& in, const EvalContext& ctx) {
    std::string key;
    for (const auto& it : p_.items)
      if (!contains_aggregate(*it.expr)) append_key(key, eval(*it.expr, in, ctx));
    auto [pos, fresh] = group_index_.try_emplace(std::move(key), groups_.size());
    if (fresh) {
      groups_.push_back({in, {}});
      for (const Expr* a : p_.aggregates) groups_.back().acc.emplace_back(*a);
    }
    for (auto& a : groups_[pos->second].acc) a.add(in, ctx);
  }

  static bool contains_aggregate(const Expr& e) {
    if (e.aggregate >= 0) return true;
    for (const auto& a : e.args)
      if (a && contains_aggregate(*a)) return true;
    return false;
  }

  void close_groups() {
    if (groups_.empty() && std::none_of(p_.items.begin(), p_.items.end(), [](const auto& it) { return !contains_aggregate(*it.expr); })) {
      groups_.push_back({Row(slots_), {}});
      for (const Expr* a : p_.aggregates) groups_.back().acc.emplace_back(*a);
    }
    for (auto& g : groups_) {
      std::vector<QValue> values;
      for (const auto& a : g.acc) values.push_back(a.result());
      EvalContext ctx{env_.g, env_.params, &values};
      Row out(slots_);
      for (const auto& it : p_.items) out[static_cast<std::size_t>(it.slot)] = eval(*it.expr, g.first, ctx);
      if (p_.distinct && !first_time(out)) continue;
      std::vector<QValue> keys = sort_keys(out, ctx);
      rows_.push_back({std::move(out), std::move(keys)});
    }
    groups_.clear();
  }

  const Projection& p_;
  std::size_t slots_;
  Env& env_;
  Sink& next_;
  std::size_t skip_ = 0, limit_ = SIZE_MAX, seen_rows_ = 0, taken_ = 0;
  bool buffered_ = false;
  std::vector<Sorted> rows_;
  std::unordered_set<std::string> seen_;
  std::unordered_map<std::string, std::size_t> group_index_;
  std::vector<Group> groups_;
};

// ---- UNWIND and CALL ----

class UnwindOp : public Sink {
 public:
  UnwindOp(const UnwindClause& u, Env& env, Sink& next) : u_(u), env_(env), next_(next) {}
  void push(Row& in) override {
    QValue v = eval(*u_.list, in, env_.ctx());
    if (v.is_null()) return;
    Row out = in;
    if (const auto* l = v.get<QValue::List>()) {
      for (const auto& x : *l) {
        if (next_.done()) return;
        out[static_cast<std::size_t>(u_.slot)] = x;
        next_.push(out);
      }
    } else {
      out[static_cast<std::size_t>(u_.slot)] = std::move(v);
      next_.push(out);
    }
  }
  void finish() override { next_.finish(); }
  bool done() const override { return next_.done(); }

 private:
  const UnwindClause& u_;
  Env& env_;
  Sink& next_;
};

class CallOp : public Sink {
 public:
  CallOp(const CallClause& c, Env& env, Sink& next) : c_(c), env_(env), next_(next), spec_(*find_procedure(c.procedure)) {}
  void push(Row& in) override {
    const EvalContext ctx = env_.ctx();
    std::vector<QValue> args;
    for (const auto& a : c_.args) args.push_back(eval(*a, in, ctx));
    auto rows = env_.procedures.run(spec_, args);
    if (!rows) throw EvalError{c_.pos, rows.status().message()};
    Row out = in;
    for (auto& r : rows.value()) {
      if (next_.done()) return;
      for (const auto& y : c_.yields) out[static_cast<std::size_t>(y.slot)] = r[static_cast<std::size_t>(y.column_index)];
      if (c_.where && truth(eval(*c_.where, out, ctx), c_.where->pos) != true) continue;
      next_.push(out);
    }
  }
  void finish() override { next_.finish(); }
  bool done() const override { return next_.done(); }

 private:
  const CallClause& c_;
  Env& env_;
  Sink& next_;
  const ProcedureSpec& spec_;
};

class ResultSink : public Sink {
 public:
  ResultSink(std::vector<int> slots, QueryResult& out) : slots_(std::move(slots)), out_(out) {}
  void push(Row& row) override {
    std::vector<QValue> r;
    r.reserve(slots_.size());
    for (int s : slots_) r.push_back(std::move(row[static_cast<std::size_t>(s)]));
    out_.rows.push_back(std::move(r));
  }

 private:
  std::vector<int> slots_;
  QueryResult& out_;
};

// Builds the operator chain back to front and feeds it one empty row.
QueryResult execute(const Statement& st, Env& env) {
  QueryResult result;
  std::vector<int> result_slots;
  const Clause& last = st.clauses.back();
  if (last.kind == Clause::Kind::kProjection) {
    for (const auto& it : last.projection.items) {
      result.columns.push_back(it.name);
      result_slots.push_back(it.slot);
    }
  } else {
    for (const auto& y : last.call.yields) {
      result.columns.push_back(y.alias);
      result_slots.push_back(y.slot);
    }
  }
  const auto slots = static_cast<std::size_t>(st.slot_count);
  std::vector<std::vector<bool>> bound_at;
  std::vector<bool> bound(slots, false);
  for (const Clause& c : st.clauses) {
    bound_at.push_back(bound);
    if (c.kind == Clause::Kind::kMatch)
      for (int s : c.match.new_slots) bound[static_cast<std::size_t>(s)] = true;
    if (c.kind == Clause::Kind::kUnwind) bound[static_cast<std::size_t>(c.unwind.slot)] = true;
    if (c.kind == Clause::Kind::kCall)
      for (const auto& y : c.call.yields) bound[static_cast<std::size_t>(y.slot)] = true;
    if (c.kind == Clause::Kind::kProjection) {
      bound.assign(slots, false);
      for (int s : c.projection.keep_slots) bound[static_cast<std::size_t>(s)] = true;
    }
  }
  std::vector<std::unique_ptr<Sink>> ops;
  ops.push_back(std::make_unique<ResultSink>(result_slots, result));
  for (std::size_t i = st.clauses.size(); i-- > 0;) {
    const Clause& c = st.clauses[i];
    Sink& next = *ops.back();
    switch (c.kind) {
      case Clause::Kind::kMatch: ops.push_back(make_match(c.match, bound_at[i], env, next)); break;
      case Clause::Kind::kProjection: ops.push_back(std::make_unique<ProjectionOp>(c.projection, slots, env, next)); break;
      case Clause::Kind::kUnwind: ops.push_back(std::make_unique<UnwindOp>(c.unwind, env, next)); break;
      case Clause::Kind::kCall: ops.push_back(std::make_unique<CallOp>(c.call, env, next)); break;
    }
  }
  Row start(slots);
  ops.back()->push(start);
  ops.back()->finish();
  return result;
}

}  // namespace
}  // namespace query

// ---- the public API ----

std::string QueryError::to_string() const {
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

Query::Query(std::string_view text) {
  QueryError err;
  script_ = query::parse_script(text, err);
  if (!script_) error_ = std::move(err);
}

std::size_t Query::size() const { return script_ ? script_->statements.size() : 0; }

std::string Query::statement_text(std::size_t i) const { return script_->statements.at(i).text; }

struct QueryEngine::Caches {
  explicit Caches(const KnowledgeGraph& g) : index(g), procedures(g) {}
  query::GraphIndex index;
  query::ProcedureRunner procedures;
};

QueryEngine::QueryEngine(const KnowledgeGraph& graph) : graph_(graph), caches_(std::make_unique<Caches>(graph)) {}
QueryEngine::~QueryEngine() = default;

Result<QueryResult> QueryEngine::run(const Query& q, std::size_t i, const QueryParams& params) {
  if (!q.ok() || i >= q.size()) return Status::invalid_argument("no such statement");
  query::Env env{graph_, params, caches_->index, caches_->procedures};
  try {
    return query::execute(q.script().statements[i], env);
  } catch (const query::EvalError& e) {
    return Status::invalid_argument(QueryError{e.pos.line, e.pos.column, e.message}.to_string());
  }
}

}  // namespace kg
