// The binder: resolves names to row slots clause by clause (WITH starts a new scope), finds the
// aggregates of each projection, checks functions and procedures, and rewrites ORDER BY after
// aggregation to refer to the returned columns.
#include <algorithm>
#include <map>
#include <set>

#include "query/eval.h"
#include "query/parser.h"
#include "query/procedures.h"

namespace kg::query {

bool is_aggregate_name(const std::string& n) {
  return n == "count" || n == "sum" || n == "avg" || n == "min" || n == "max" || n == "collect";
}

namespace {

struct Scope {
  std::map<std::string, int> slots;
  std::vector<std::string> order;  // names in the order they were introduced (RETURN *)
};

class Binder {
 public:
  explicit Binder(Statement& st) : st_(st) {}

  void run() {
    for (std::size_t i = 0; i < st_.clauses.size(); ++i) {
      Clause& c = st_.clauses[i];
      switch (c.kind) {
        case Clause::Kind::kMatch: match(c.match); break;
        case Clause::Kind::kProjection: projection(c.projection, c.pos); break;
        case Clause::Kind::kUnwind: unwind(c.unwind); break;
        case Clause::Kind::kCall: call(c.call); break;
      }
    }
    st_.slot_count = static_cast<int>(st_.slot_names.size());
  }

 private:
  int new_slot(const std::string& name) {
    // (Built by appending: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string.)
    std::string slot = name;
    if (slot.empty()) slot.append("#").append(std::to_string(st_.slot_names.size()));
    st_.slot_names.push_back(std::move(slot));
    return static_cast<int>(st_.slot_names.size()) - 1;
  }
  int define(const std::string& name, const Pos& pos) {
    if (scope_.slots.count(name)) throw SyntaxError{pos, "variable `" + name + "` is already defined"};
    const int s = new_slot(name);
    scope_.slots[name] = s;
    scope_.order.push_back(name);
    ever_.insert(name);
    return s;
  }

  // ---- expressions ----
  struct ExprRules {
    const Scope* scope;
    Projection* aggregates_into = nullptr;  // null: aggregates are not allowed here
    const char* where = "here";
  };

  void expr(Expr& e, const ExprRules& r, bool inside_aggregate = false) {
    switch (e.kind) {
      case Expr::Kind::kVariable: variable(e, *r.scope); return;
      case Expr::Kind::kCountStar:
      case Expr::Kind::kFunction:
        if (e.kind == Expr::Kind::kCountStar || is_aggregate_name(e.name)) {
          aggregate(e, r, inside_aggregate);
          inside_aggregate = true;
        } else if (std::string why = check_function(e.name, e.args.size()); !why.empty()) {
          throw SyntaxError{e.pos, why};
        } else if (e.distinct) {
          throw SyntaxError{e.pos, "DISTINCT is only allowed inside aggregate functions"};
        }
        break;
      default: break;
    }
    for (auto& a : e.args)
      if (a) expr(*a, r, inside_aggregate);
  }

  void variable(Expr& e, const Scope& scope) {
    auto it = scope.slots.find(e.name);
    if (it != scope.slots.end()) {
      e.slot = it->second;
      return;
    }
    if (ever_.count(e.name))
      throw SyntaxError{e.pos, "variable `" + e.name + "` is not visible here (WITH keeps only the variables it lists)"};
    throw SyntaxError{e.pos, "unknown variable `" + e.name + "`"};
  }

  void aggregate(Expr& e, const ExprRules& r, bool inside_aggregate) {
    const std::string name = e.kind == Expr::Kind::kCountStar ? "count" : e.name;
    if (!r.aggregates_into)
      throw SyntaxError{e.pos, "aggregate function " + name + "() is not allowed " + std::string(r.where) +
                                   " (only in RETURN and WITH)"};
    if (inside_aggregate) throw SyntaxError{e.pos, "an aggregate function cannot contain another one"};
    if (e.kind == Expr::Kind::kFunction && e.args.size() != 1)
      throw SyntaxError{e.pos, name + "() takes one argument"};
    e.aggregate = static_cast<int>(r.aggregates_into->aggregates.size());
    r.aggregates_into->aggregates.push_back(&e);
  }

  // Literals and parameters only (SKIP, LIMIT).
  void constant(Expr& e, const char* what) {
    Scope empty;
    try {
      expr(e, {&empty, nullptr, what});
    } catch (const SyntaxError& err) {
      throw SyntaxError{err.pos, std::string(what) + " takes a number or a $parameter, not a variable"};
    }
  }

  // ---- clauses ----
  void match(MatchClause& m) {
    const Scope before = scope_;
    const std::size_t first_slot = st_.slot_names.size();
    for (auto& p : m.paths) {
      for (auto& n : p.nodes)
        for (auto& [k, v] : n.props) expr(*v, {&before, nullptr, "in a pattern"});
      for (auto& r : p.rels)
        for (auto& [k, v] : r.props) expr(*v, {&before, nullptr, "in a pattern"});
    }
    for (auto& p : m.paths) {
      for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        node_slot(p.nodes[i]);
        if (i < p.rels.size()) rel_slot(p.rels[i]);
      }
      if (!p.var.empty()) p.slot = define(p.var, p.pos);
    }
    for (auto i = first_slot; i < st_.slot_names.size(); ++i) m.new_slots.push_back(static_cast<int>(i));
    if (m.where) expr(*m.where, {&scope_, nullptr, "in WHERE"});
  }

  void node_slot(NodePattern& n) {
    if (n.var.empty()) {
      n.slot = new_slot("");
    } else if (auto it = scope_.slots.find(n.var); it != scope_.slots.end()) {
      n.slot = it->second;
    } else {
      n.slot = define(n.var, n.pos);
    }
  }

  void rel_slot(RelPattern& r) {
    if (r.var.empty()) {
      r.slot = new_slot("");
    } else if (scope_.slots.count(r.var)) {
      throw SyntaxError{r.pos, "relationship variable `" + r.var + "` is already defined"};
    } else {
      r.slot = define(r.var, r.pos);
    }
  }

  void projection(Projection& p, const Pos& pos) {
    if (p.star) star_items(p, pos);
    const Scope before = scope_;
    std::set<std::string> names;
    for (auto& it : p.items) {
      expr(*it.expr, {&before, &p, "here"});
      if (!p.is_return && it.expr->kind != Expr::Kind::kVariable && it.name == it.expr->text)
        throw SyntaxError{it.expr->pos, "WITH needs a name for `" + it.expr->text + "`: add AS name"};
      if (!names.insert(it.name).second) throw SyntaxError{it.expr->pos, "column `" + it.name + "` appears twice; use AS"};
    }
    p.aggregating = !p.aggregates.empty();
    Scope after;
    for (auto& it : p.items) {
      it.slot = new_slot(it.name);
      after.slots[it.name] = it.slot;
      after.order.push_back(it.name);
      ever_.insert(it.name);
      p.keep_slots.push_back(it.slot);
    }
    order_by(p, before, after);
    if (p.skip) constant(*p.skip, "SKIP");
    if (p.limit) constant(*p.limit, "LIMIT");
    scope_ = after;
    if (p.where) expr(*p.where, {&scope_, nullptr, "in WHERE"});
  }

  void star_items(Projection& p, const Pos& pos) {
    for (const auto& n : scope_.order) {
      auto e = std::make_unique<Expr>();
      e->kind = Expr::Kind::kVariable;
      e->name = e->text = n;
      e->pos = pos;
      p.items.push_back({std::move(e), n, -1});
    }
    if (p.items.empty()) throw SyntaxError{pos, "* needs variables to return, and there are none"};
  }

  void order_by(Projection& p, const Scope& before, const Scope& after) {
    if (p.order.empty()) return;
    if (p.aggregating || p.distinct) {
      for (auto& s : p.order) {
        to_columns(s.expr, p);
        try {
          expr(*s.expr, {&after, nullptr, "in ORDER BY after aggregation or DISTINCT"});
        } catch (const SyntaxError& e) {
          throw SyntaxError{e.pos, e.message + "; after aggregation or DISTINCT, ORDER BY uses the returned columns"};
        }
      }
      return;
    }
    Scope both = before;
    for (const auto& [n, slot] : after.slots) both.slots[n] = slot;
    for (auto& s : p.order) expr(*s.expr, {&both, nullptr, "in ORDER BY"});
  }

  // Replaces sub-expressions written like a returned expression by that column.
  static void to_columns(ExprPtr& e, const Projection& p) {
    if (!e) return;
    for (const auto& it : p.items) {
      if (it.expr->text == e->text && e->kind != Expr::Kind::kLiteral) {
        auto v = std::make_unique<Expr>();
        v->kind = Expr::Kind::kVariable;
        v->name = it.name;
        v->text = e->text;
        v->pos = e->pos;
        e = std::move(v);
        return;
      }
    }
    for (auto& a : e->args) to_columns(a, p);
  }

  void unwind(UnwindClause& u) {
    expr(*u.list, {&scope_, nullptr, "in UNWIND"});
    u.slot = define(u.var, u.pos);
  }

  void call(CallClause& c) {
    const ProcedureSpec* spec = find_procedure(c.procedure);
    if (!spec) {
      std::string known;
      for (const auto& p : procedures()) known += (known.empty() ? "" : ", ") + p.name;
      throw SyntaxError{c.pos, "unknown procedure `" + c.procedure + "`; procedures are " + known};
    }
    c.procedure = spec->name;
    const int n = static_cast<int>(c.args.size());
    if (n < spec->min_args || n > spec->max_args)
      throw SyntaxError{c.pos, "wrong number of arguments: the call is " + spec->usage};
    for (auto& a : c.args) expr(*a, {&scope_, nullptr, "in CALL arguments"});
    if (c.yields.empty())
      for (const auto& col : spec->columns) c.yields.push_back({col, col, c.pos, -1, -1});
    for (auto& y : c.yields) {
      auto it = std::find(spec->columns.begin(), spec->columns.end(), y.column);
      if (it == spec->columns.end()) {
        std::string cols;
        for (const auto& col : spec->columns) cols += (cols.empty() ? "" : ", ") + col;
        throw SyntaxError{y.pos, spec->name + " has no column `" + y.column + "`; its columns are " + cols};
      }
      y.column_index = static_cast<int>(it - spec->columns.begin());
      y.slot = define(y.alias, y.pos);
    }
    if (c.where) expr(*c.where, {&scope_, nullptr, "in WHERE"});
  }

  Statement& st_;
  Scope scope_;
  std::set<std::string> ever_;
};

}  // namespace

void bind_statement(Statement& st) { Binder(st).run(); }

}  // namespace kg::query
