// MATCH: plans each pattern from its most selective node, then binds it by walking Boost.Graph
// adjacency (out-edges, in-edges, both for undirected relationships), checking each WHERE
// conjunct as soon as its variables are bound. Relationships are unique within one MATCH.
#include <algorithm>
#include <map>

#include "query/exec.h"

namespace kg::query {
namespace {

using Filter = std::vector<std::pair<std::string, QValue>>;  // property = value

void split_and(const Expr* e, std::vector<const Expr*>& out) {
  if (e->kind == Expr::Kind::kBinary && e->op == Op::kAnd) {
    split_and(e->args[0].get(), out);
    split_and(e->args[1].get(), out);
  } else {
    out.push_back(e);
  }
}

void collect_slots(const Expr& e, std::vector<int>& out) {
  if (e.kind == Expr::Kind::kVariable) out.push_back(e.slot);
  for (const auto& a : e.args)
    if (a) collect_slots(*a, out);
}

bool is_constant(const Expr& e) {
  std::vector<int> s;
  collect_slots(e, s);
  return s.empty();
}

struct Step {
  enum class Kind { kScan, kExpand };
  Kind kind = Kind::kScan;
  std::size_t path = 0, node = 0, rel = 0;
  bool forward = true;       // expand from node - 1 (true) or node + 1 (false)
  bool target_bound = false; // the node's slot is bound before this step: check, do not bind
  std::vector<Vertex> candidates;
  std::vector<const Expr*> filters;
  bool build_path = false;
};

class MatchOp : public Sink {
 public:
  MatchOp(const MatchClause& m, const std::vector<bool>& bound, Env& env, Sink& next)
      : m_(m), bound_before_(bound), env_(env), next_(next) {
    split_and_where();
  }

  void push(Row& in) override {
    found_ = false;
    if (prepare(in)) {
      cur_ = in;
      used_.clear();
      run(0);
    }
    if (!found_ && m_.optional && !next_.done()) {
      Row out = in;
      for (int s : m_.new_slots) out[static_cast<std::size_t>(s)] = QValue();
      next_.push(out);
    }
  }
  void finish() override { next_.finish(); }
  bool done() const override { return next_.done(); }

 private:
  struct Conjunct {
    const Expr* e;
    std::vector<int> slots;
  };

  void split_and_where() {
    if (!m_.where) return;
    std::vector<const Expr*> parts;
    split_and(m_.where.get(), parts);
    for (const Expr* e : parts) {
      Conjunct c{e, {}};
      collect_slots(*e, c.slots);
      conjuncts_.push_back(std::move(c));
    }
  }

  // ---- planning (per input row: property values may depend on it) ----
  bool prepare(const Row& in) {
    const EvalContext ctx = env_.ctx();
    node_filters_.assign(m_.paths.size(), {});
    rel_filters_.assign(m_.paths.size(), {});
    for (std::size_t p = 0; p < m_.paths.size(); ++p) {
      for (const auto& n : m_.paths[p].nodes)
        if (!eval_filter(n.props, in, ctx, node_filters_[p].emplace_back())) return false;
      for (const auto& r : m_.paths[p].rels)
        if (!eval_filter(r.props, in, ctx, rel_filters_[p].emplace_back())) return false;
    }
    hints_.clear();
    id_hints_.clear();
    for (const auto& c : conjuncts_) hint(*c.e, in, ctx);
    plan();
    return true;
  }

  static bool eval_filter(const std::vector<std::pair<std::string, ExprPtr>>& props, const Row& in, const EvalContext& ctx,
                          Filter& out) {
    for (const auto& [k, e] : props) {
      QValue v = eval(*e, in, ctx);
      if (v.is_null()) return false;  // {k: null} matches nothing
      out.emplace_back(k, std::move(v));
    }
    return true;
  }

  // WHERE x.key = constant and id(x) = constant help choose where to start.
  void hint(const Expr& e, const Row& in, const EvalContext& ctx) {
    if (e.kind != Expr::Kind::kBinary || e.op != Op::kEq) return;
    for (int side = 0; side < 2; ++side) {
      const Expr& a = *e.args[side];
      const Expr& b = *e.args[1 - side];
      if (!is_constant(b) || a.args.empty() || a.args[0]->kind != Expr::Kind::kVariable) continue;
      const int slot = a.args[0]->slot;
      if (a.kind == Expr::Kind::kProperty) {
        QValue v = eval(b, in, ctx);
        if (!v.is_null()) hints_[slot].emplace_back(a.name, std::move(v));
      } else if (a.kind == Expr::Kind::kFunction && a.name == "id" && a.aggregate < 0) {
        const QValue v = eval(b, in, ctx);
        if (const auto* s = v.get<std::string>()) id_hints_[slot] = *s;
      }
    }
  }

  struct Anchor {
    std::size_t estimate = SIZE_MAX;
    std::size_t node = 0;
  };

  // How many candidates starting at node i of path p would give; fills `cands` when it knows them.
  std::size_t estimate(std::size_t p, std::size_t i, const std::vector<bool>& bound, std::vector<Vertex>* cands) {
    const NodePattern& n = m_.paths[p].nodes[i];
    if (bound[static_cast<std::size_t>(n.slot)]) return 1;
    if (auto it = id_hints_.find(n.slot); it != id_hints_.end()) {
      if (cands) {
        cands->clear();
        if (auto v = env_.g.find(it->second)) cands->push_back(*v);
      }
      return 1;
    }
    Filter eq = node_filters_[p][i];
    if (auto it = hints_.find(n.slot); it != hints_.end()) eq.insert(eq.end(), it->second.begin(), it->second.end());
    std::size_t best = env_.index.count(n.kind_mask);
    const std::pair<std::string, QValue>* best_filter = nullptr;
    for (const auto& f : eq) {
      const bool cheap = env_.index.cheap(n.kind_mask, f.first);
      const std::size_t est = cheap ? env_.index.lookup(n.kind_mask, f.first, f.second).size() : env_.index.count(n.kind_mask) / 10 + 1;
      if (est < best || !best_filter) {
        best = std::min(best, est);
        best_filter = &f;
      }
    }
    if (cands) *cands = best_filter ? env_.index.lookup(n.kind_mask, best_filter->first, best_filter->second) : env_.index.nodes(n.kind_mask);
    return best;
  }

  void plan() {
    steps_.clear();
    std::vector<bool> bound = bound_before_;
    std::vector<bool> planned(m_.paths.size(), false);
    for (std::size_t round = 0; round < m_.paths.size(); ++round) {
      std::size_t best_path = 0;
      Anchor best;
      for (std::size_t p = 0; p < m_.paths.size(); ++p) {
        if (planned[p]) continue;
        for (std::size_t i = 0; i < m_.paths[p].nodes.size(); ++i) {
          const std::size_t est = estimate(p, i, bound, nullptr);
          if (est < best.estimate) {
            best = {est, i};
            best_path = p;
          }
        }
      }
      planned[best_path] = true;
      plan_path(best_path, best.node, bound);
    }
    place_filters();
  }

  void plan_path(std::size_t p, std::size_t anchor, std::vector<bool>& bound) {
    const PathPattern& path = m_.paths[p];
    auto add = [&](Step s) {
      const int slot = path.nodes[s.node].slot;
      s.target_bound = bound[static_cast<std::size_t>(slot)];
      bound[static_cast<std::size_t>(slot)] = true;
      if (s.kind == Step::Kind::kExpand) bound[static_cast<std::size_t>(path.rels[s.rel].slot)] = true;
      steps_.push_back(std::move(s));
    };
    Step scan;
    scan.path = p;
    scan.node = anchor;
    estimate(p, anchor, bound, &scan.candidates);
    add(std::move(scan));
    for (std::size_t j = anchor + 1; j < path.nodes.size(); ++j) add(expand_step(p, j, j - 1, true));
    for (std::size_t j = anchor; j-- > 0;) add(expand_step(p, j, j, false));
    if (path.slot >= 0) {
      steps_.back().build_path = true;
      bound[static_cast<std::size_t>(path.slot)] = true;
    }
  }

  static Step expand_step(std::size_t p, std::size_t node, std::size_t rel, bool forward) {
    Step s;
    s.kind = Step::Kind::kExpand;
    s.path = p;
    s.node = node;
    s.rel = rel;
    s.forward = forward;
    return s;
  }

  // Each WHERE conjunct goes to the first step after which all its variables are bound.
  void place_filters() {
    std::vector<bool> bound = bound_before_;
    std::vector<std::vector<bool>> after;
    for (const Step& s : steps_) {
      const PathPattern& path = m_.paths[s.path];
      bound[static_cast<std::size_t>(path.nodes[s.node].slot)] = true;
      if (s.kind == Step::Kind::kExpand) bound[static_cast<std::size_t>(path.rels[s.rel].slot)] = true;
      if (s.build_path) bound[static_cast<std::size_t>(path.slot)] = true;
      after.push_back(bound);
    }
    for (const auto& c : conjuncts_) {
      std::size_t k = 0;
      while (k + 1 < steps_.size() &&
             !std::all_of(c.slots.begin(), c.slots.end(), [&](int s) { return after[k][static_cast<std::size_t>(s)]; }))
        ++k;
      steps_[k].filters.push_back(c.e);
    }
  }

  // ---- binding ----
  bool node_ok(Vertex v, const Step& s) const {
    const NodeData& n = env_.g.node(v);
    if (!(m_.paths[s.path].nodes[s.node].kind_mask & (1u << static_cast<unsigned>(n.kind)))) return false;
    return props_ok(n.props, node_filters_[s.path][s.node]);
  }

  static bool props_ok(const Properties& props, const Filter& f) {
    for (const auto& [k, want] : f) {
      auto it = props.find(k);
      if (it == props.end() || equals(to_qvalue(it->second), want) != true) return false;
    }
    return true;
  }

  bool rel_ok(const Edge& e, const RelPattern& r, const Filter& f) const {
    const EdgeData& d = env_.g.graph()[e];
    if (!r.types.empty() && std::find(r.types.begin(), r.types.end(), d.type) == r.types.end()) return false;
    if (std::find(used_.begin(), used_.end(), e.get_property()) != used_.end()) return false;
    return props_ok(d.props, f);
  }

  QValue& slot(int s) { return cur_[static_cast<std::size_t>(s)]; }

  void run(std::size_t k) {
    if (next_.done()) return;
    if (k == steps_.size()) {
      found_ = true;
      Row out = cur_;
      next_.push(out);
      return;
    }
    const Step& s = steps_[k];
    if (s.kind == Step::Kind::kScan) scan(k, s);
    else if (m_.paths[s.path].rels[s.rel].var_length) expand_var(k, s);
    else expand(k, s);
  }

  void scan(std::size_t k, const Step& s) {
    const int sl = m_.paths[s.path].nodes[s.node].slot;
    if (s.target_bound) {
      const auto* n = slot(sl).get<NodeRef>();
      if (n && node_ok(n->v, s)) after_bind(k, s);
      return;
    }
    for (Vertex v : s.candidates) {
      if (next_.done()) return;
      if (!node_ok(v, s)) continue;
      slot(sl) = NodeRef{v};
      after_bind(k, s);
    }
  }

  // Binds the target node of an expansion (or checks it when bound), then continues.
  bool bind_target(Vertex v, const Step& s) {
    const int sl = m_.paths[s.path].nodes[s.node].slot;
    if (s.target_bound) {
      const auto* n = slot(sl).get<NodeRef>();
      return n && n->v == v && node_ok(v, s);
    }
    if (!node_ok(v, s)) return false;
    slot(sl) = NodeRef{v};
    return true;
  }

  // Calls f(edge, other end) for the edges a step may follow from u.
  template <typename F>
  void edges_from(Vertex u, const RelPattern& r, bool forward, F&& f) const {
    const Graph& g = env_.g.graph();
    const bool out = r.dir == RelPattern::Dir::kBoth || (r.dir == RelPattern::Dir::kRight) == forward;
    const bool in = r.dir == RelPattern::Dir::kBoth || (r.dir == RelPattern::Dir::kLeft) == forward;
    if (out)
      for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) f(*it, boost::target(*it, g));
    if (in)
      for (auto [it, end] = boost::in_edges(u, g); it != end; ++it) f(*it, boost::source(*it, g));
  }

  Vertex from_vertex(const Step& s) {
    const auto& nodes = m_.paths[s.path].nodes;
    return std::get<NodeRef>(slot(nodes[s.forward ? s.node - 1 : s.node + 1].slot).v).v;
  }

  void expand(std::size_t k, const Step& s) {
    const RelPattern& r = m_.paths[s.path].rels[s.rel];
    const Filter& f = rel_filters_[s.path][s.rel];
    edges_from(from_vertex(s), r, s.forward, [&](const Edge& e, Vertex other) {
      if (next_.done() || !rel_ok(e, r, f) || !bind_target(other, s)) return;
      slot(r.slot) = RelRef{e};
      used_.push_back(e.get_property());
      after_bind(k, s);
      used_.pop_back();
    });
  }

  void expand_var(std::size_t k, const Step& s) {
    std::vector<Edge> trail;
    walk(k, s, from_vertex(s), 0, trail);
  }

  // Depth-first over trails of distinct relationships, binding the target at each allowed depth.
  void walk(std::size_t k, const Step& s, Vertex u, int depth, std::vector<Edge>& trail) {
    const RelPattern& r = m_.paths[s.path].rels[s.rel];
    if (depth >= r.min_hops && bind_target(u, s)) {
      QValue::List rels;
      for (const Edge& e : trail) rels.emplace_back(RelRef{e});
      if (!s.forward) std::reverse(rels.begin(), rels.end());
      slot(r.slot) = std::move(rels);
      after_bind(k, s);
    }
    if (depth == r.max_hops) return;
    const Filter& f = rel_filters_[s.path][s.rel];
    edges_from(u, r, s.forward, [&](const Edge& e, Vertex other) {
      if (next_.done() || !rel_ok(e, r, f)) return;
      used_.push_back(e.get_property());
      trail.push_back(e);
      walk(k, s, other, depth + 1, trail);
      trail.pop_back();
      used_.pop_back();
    });
  }

  void after_bind(std::size_t k, const Step& s) {
    if (s.build_path) build_path(m_.paths[s.path]);
    const EvalContext ctx = env_.ctx();
    for (const Expr* f : s.filters)
      if (truth(eval(*f, cur_, ctx), f->pos) != true) return;
    run(k + 1);
  }

  void build_path(const PathPattern& p) {
    auto path = std::make_shared<PathValue>();
    const Graph& g = env_.g.graph();
    Vertex at = std::get<NodeRef>(slot(p.nodes[0].slot).v).v;
    path->nodes.push_back(at);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
      std::vector<Edge> edges;
      if (const auto* r = slot(p.rels[i].slot).get<RelRef>()) edges.push_back(r->e);
      if (const auto* l = slot(p.rels[i].slot).get<QValue::List>())
        for (const auto& x : *l) edges.push_back(std::get<RelRef>(x.v).e);
      for (const Edge& e : edges) {
        at = boost::source(e, g) == at ? boost::target(e, g) : boost::source(e, g);
        path->rels.push_back(e);
        path->nodes.push_back(at);
      }
    }
    slot(p.slot) = std::shared_ptr<const PathValue>(std::move(path));
  }

  const MatchClause& m_;
  const std::vector<bool> bound_before_;
  Env& env_;
  Sink& next_;
  std::vector<Conjunct> conjuncts_;
  std::vector<std::vector<Filter>> node_filters_, rel_filters_;  // [path][element]
  std::map<int, Filter> hints_;
  std::map<int, std::string> id_hints_;
  std::vector<Step> steps_;
  Row cur_;
  std::vector<const void*> used_;
  bool found_ = false;
};

}  // namespace

std::unique_ptr<Sink> make_match(const MatchClause& m, const std::vector<bool>& bound, Env& env, Sink& next) {
  return std::make_unique<MatchOp>(m, bound, env, next);
}

}  // namespace kg::query
