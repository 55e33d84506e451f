// Graph procedures on the actor projection: actors (countries, persons, organisations) as
// vertices of an undirected Boost.Graph, one edge per pair of actors that take part in the same
// event, weighted by the number of such events and remembering the first (lowest id) of them.
#include "query/procedures.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>
#include <unicode/unistr.h>
#include <unordered_map>

#include "query/eval.h"

namespace kg::query {

namespace {

std::string lower(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  u.foldCase();
  std::string out;
  return u.toUTF8String(out);
}

bool is_actor(NodeKind k) { return k == NodeKind::kCountry || k == NodeKind::kPerson || k == NodeKind::kOrganization; }

}  // namespace

const std::vector<ProcedureSpec>& procedures() {
  static const std::vector<ProcedureSpec> kProcs = {
      {"kg.shortestPath", 2, 2, {"step", "node", "name", "label", "via", "viaType", "viaDate"}, "kg.shortestPath(from, to)"},
      {"kg.neighbours", 1, 2, {"node", "name", "label", "distance"}, "kg.neighbours(actor[, hops = 1])"},
      {"kg.components", 0, 0, {"component", "size", "node", "name", "label"}, "kg.components()"},
      {"kg.centrality", 0, 1, {"rank", "node", "name", "label", "score"},
       "kg.centrality(['degree' | 'pagerank' | 'betweenness'])"},
      {"kg.timeline", 2, 2,
       {"event", "startDate", "endDate", "eventType", "status", "a", "b", "count", "value", "currency", "name"},
       "kg.timeline(a, b)"},
      {"kg.ego", 1, 2, {"node", "name", "label", "distance"}, "kg.ego(actor[, hops = 1])"},
  };
  return kProcs;
}

const ProcedureSpec* find_procedure(const std::string& name) {
  std::string n = lower(name);
  if (n == "kg.neighbors") n = "kg.neighbours";
  for (const auto& p : procedures())
    if (lower(p.name) == n) return &p;
  return nullptr;
}

// ---- the actor projection ----

struct ProcedureRunner::Impl {
  using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                       boost::property<boost::edge_index_t, std::size_t>>;
  using Rows = std::vector<std::vector<QValue>>;

  explicit Impl(const KnowledgeGraph& graph) : g(graph) {}

  const KnowledgeGraph& g;
  bool built = false;
  std::vector<Vertex> actor;  // projection vertex → graph vertex
  std::vector<long> index;    // graph vertex → projection vertex, -1 when not an actor
  UGraph pg;
  std::vector<Vertex> via;    // projection edge → the first event linking its ends
  std::unordered_map<std::string, std::vector<Vertex>> by_name;  // folded names and alternate names

  // The actors and their numbering (cheap; kg.timeline needs no more).
  void list_actors() {
    if (!index.empty() || g.node_count() == 0) return;
    const Graph& gr = g.graph();
    index.assign(g.node_count(), -1);
    for (auto [it, end] = boost::vertices(gr); it != end; ++it) {
      if (!is_actor(gr[*it].kind)) continue;
      index[*it] = static_cast<long>(actor.size());
      actor.push_back(*it);
    }
  }

  // The relations between actors: one edge per pair taking part in the same event.
  void build() {
    if (built) return;
    built = true;
    list_actors();
    const Graph& gr = g.graph();
    pg = UGraph(actor.size());
    std::unordered_map<std::uint64_t, std::size_t> pair_edge;
    std::vector<long> parts;
    for (auto [it, end] = boost::vertices(gr); it != end; ++it) {
      if (gr[*it].kind != NodeKind::kEvent) continue;
      parts.clear();
      for (auto [e, eend] = boost::out_edges(*it, gr); e != eend; ++e)
        if (long p = index[boost::target(*e, gr)]; p >= 0 && gr[*e].type != "mentionedIn") parts.push_back(p);
      std::sort(parts.begin(), parts.end());
      parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
      for (std::size_t i = 0; i < parts.size(); ++i)
        for (std::size_t j = i + 1; j < parts.size(); ++j) {
          const std::uint64_t key = static_cast<std::uint64_t>(parts[i]) * actor.size() + static_cast<std::uint64_t>(parts[j]);
          if (pair_edge.try_emplace(key, via.size()).second) {
            boost::add_edge(static_cast<std::size_t>(parts[i]), static_cast<std::size_t>(parts[j]), via.size(), pg);
            via.push_back(*it);
          }
        }
    }
  }

  // ---- actors named in arguments ----

  void index_names() {
    if (!by_name.empty()) return;
    for (Vertex v : actor) {
      const Properties& p = g.node(v).props;
      if (const std::string* n = get_string(p, "name")) by_name[lower(*n)].push_back(v);
      auto it = p.find("alternateName");
      if (it != p.end())
        if (const auto* l = std::get_if<std::vector<std::string>>(&it->second))
          for (const auto& s : *l) {
            auto& list = by_name[lower(s)];
            if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
          }
    }
  }

  Result<Vertex> resolve(const QValue& arg) {
    list_actors();
    if (const auto* n = arg.get<NodeRef>()) {
      if (index[n->v] < 0) return Status::invalid_argument("`" + g.node(n->v).id + "` is not an actor");
      return n->v;
    }
    const auto* s = arg.get<std::string>();
    if (!s) return Status::invalid_argument("an actor is named by a string (name, country code or @id), got " + type_name(arg));
    if (auto v = g.find(*s); v && index[*v] >= 0) return *v;
    if (auto v = g.find("country/" + *s); s->size() == 3 && v) return *v;
    index_names();
    auto it = by_name.find(lower(*s));
    if (it == by_name.end()) return not_found(*s);
    if (it->second.size() > 1) {
      std::string ids;
      for (Vertex v : it->second) ids += (ids.empty() ? "" : ", ") + g.node(v).id;
      return Status::invalid_argument("'" + *s + "' names " + std::to_string(it->second.size()) + " actors (" + ids +
                                      "); give the @id instead");
    }
    return it->second.front();
  }

  Status not_found(const std::string& s) {
    std::vector<std::string> close;
    const std::string want = lower(s);
    for (const auto& [name, vs] : by_name)
      if (name.find(want) != std::string::npos || (want.size() > 3 && want.find(name) != std::string::npos))
        for (Vertex v : vs) close.push_back(*get_string(g.node(v).props, "name"));
    std::sort(close.begin(), close.end());
    close.erase(std::unique(close.begin(), close.end()), close.end());
    std::string msg = "no actor named '" + s + "' (give a name, an alternate name, a country code or an @id)";
    if (!close.empty()) {
      msg += "; similar: ";
      for (std::size_t i = 0; i < close.size() && i < 5; ++i) msg += (i ? ", " : "") + close[i];
    }
    return Status::invalid_argument(msg);
  }

  // ---- row helpers ----

  QValue name_of(Vertex v) const {
    const std::string* n = get_string(g.node(v).props, "name");
    return n ? QValue(*n) : QValue(g.node(v).id);
  }
  QValue label_of(Vertex v) const { return to_string(g.node(v).kind); }
  QValue prop(Vertex v, const char* key) const {
    auto it = g.node(v).props.find(key);
    return it == g.node(v).props.end() ? QValue() : to_qvalue(it->second);
  }

  // Breadth-first distances from `from` in the projection (-1: unreachable), with predecessors.
  struct Bfs {
    std::vector<long> dist;
    std::vector<std::size_t> pred_edge;
    std::vector<std::size_t> pred;
  };
  Bfs bfs(Vertex from) {
    Bfs r;
    const std::size_t n = actor.size();
    r.dist.assign(n, -1);
    r.pred.assign(n, SIZE_MAX);
    r.pred_edge.assign(n, SIZE_MAX);
    const auto s = static_cast<std::size_t>(index[from]);
    r.dist[s] = 0;
    struct Visitor : boost::default_bfs_visitor {
      Bfs* r;
      const UGraph* pg;
      void tree_edge(UGraph::edge_descriptor e, const UGraph& gr) const {
        const auto u = boost::source(e, gr), v = boost::target(e, gr);
        r->dist[v] = r->dist[u] + 1;
        r->pred[v] = u;
        r->pred_edge[v] = boost::get(boost::edge_index, gr, e);
      }
    } vis;
    vis.r = &r;
    vis.pg = &pg;
    boost::breadth_first_search(pg, s, boost::visitor(vis));
    return r;
  }

  std::size_t hops(const std::vector<QValue>& args, std::size_t i) {
    if (args.size() <= i) return 1;
    const auto* k = args[i].get<std::int64_t>();
    if (!k || *k < 0) throw EvalError{{}, "the hop count must be a non-negative integer, got " + type_name(args[i])};
    return static_cast<std::size_t>(*k);
  }

  // ---- the procedures ----

  Result<Rows> shortest_path(const std::vector<QValue>& args) {
    auto from = resolve(args[0]);
    if (!from) return from.status();
    auto to = resolve(args[1]);
    if (!to) return to.status();
    const Bfs b = bfs(*from);
    auto t = static_cast<std::size_t>(index[*to]);
    if (b.dist[t] < 0) return Rows{};
    std::vector<std::size_t> chain;
    for (std::size_t v = t; v != SIZE_MAX; v = b.pred[v]) chain.push_back(v);
    std::reverse(chain.begin(), chain.end());
    Rows rows;
    for (std::size_t i = 0; i < chain.size(); ++i) {
      const Vertex v = actor[chain[i]];
      QValue ev, type, date;
      if (i > 0) {
        const Vertex e = via[b.pred_edge[chain[i]]];
        ev = NodeRef{e};
        type = prop(e, "eventType");
        date = prop(e, "startDate");
      }
      rows.push_back({static_cast<std::int64_t>(i), NodeRef{v}, name_of(v), label_of(v), ev, type, date});
    }
    return rows;
  }

  Result<Rows> within(const std::vector<QValue>& args, bool with_self) {
    auto from = resolve(args[0]);
    if (!from) return from.status();
    const std::size_t k = hops(args, 1);
    const Bfs b = bfs(*from);
    Rows rows;
    for (std::size_t v = 0; v < actor.size(); ++v) {
      if (b.dist[v] < 0 || static_cast<std::size_t>(b.dist[v]) > k || (b.dist[v] == 0 && !with_self)) continue;
      rows.push_back({NodeRef{actor[v]}, name_of(actor[v]), label_of(actor[v]), static_cast<std::int64_t>(b.dist[v])});
    }
    sort_rows(rows, 3, 1);
    return rows;
  }

  // Stable order: by column `first` (ascending), then by name.
  static void sort_rows(Rows& rows, std::size_t first, std::size_t name) {
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
      if (int c = sort_compare(a[first], b[first])) return c < 0;
      return sort_compare(a[name], b[name]) < 0;
    });
  }

  Result<Rows> components() {
    build();
    std::vector<std::size_t> comp(actor.size());
    const std::size_t n = actor.empty() ? 0 : boost::connected_components(pg, comp.data());
    std::vector<std::vector<std::size_t>> members(n);
    for (std::size_t v = 0; v < actor.size(); ++v) members[comp[v]].push_back(v);
    for (auto& m : members)
      std::sort(m.begin(), m.end(), [&](std::size_t a, std::size_t b) { return sort_compare(name_of(actor[a]), name_of(actor[b])) < 0; });
    std::sort(members.begin(), members.end(), [&](const auto& a, const auto& b) {
      if (a.size() != b.size()) return a.size() > b.size();
      return sort_compare(name_of(actor[a.front()]), name_of(actor[b.front()])) < 0;
    });
    Rows rows;
    for (std::size_t c = 0; c < members.size(); ++c)
      for (std::size_t v : members[c])
        rows.push_back({static_cast<std::int64_t>(c), static_cast<std::int64_t>(members[c].size()), NodeRef{actor[v]},
                        name_of(actor[v]), label_of(actor[v])});
    return rows;
  }

  std::vector<double> pagerank() {
    using BGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
    BGraph bg(actor.size());
    for (auto [it, end] = boost::edges(pg); it != end; ++it) {
      boost::add_edge(boost::source(*it, pg), boost::target(*it, pg), bg);
      boost::add_edge(boost::target(*it, pg), boost::source(*it, pg), bg);
    }
    std::vector<double> rank(actor.size(), 0.0);
    std::vector<double> previous(actor.size(), 0.0);
    int iterations = 0;
    // Iterate until no rank moves by more than 1e-12 of the total (at most 1000 times).
    auto converged = [&](const auto& r, const BGraph&) {
      double change = 0;
      for (std::size_t v = 0; v < previous.size(); ++v) {
        change = std::max(change, std::fabs(boost::get(r, v) - previous[v]));
        previous[v] = boost::get(r, v);
      }
      return ++iterations >= 1000 || change < 1e-12 * static_cast<double>(previous.size());
    };
    boost::graph::page_rank(bg, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, bg)),
                            converged);
    // Boost leaves out the share of isolated actors (they link nowhere): scaled to sum to 1, the
    // ranks are those of the usual definition that spreads it over everyone (as networkx does).
    double total = 0;
    for (double r : rank) total += r;
    for (double& r : rank) r /= total > 0 ? total : 1;
    return rank;
  }

  std::vector<double> betweenness() {
    std::vector<double> c(actor.size(), 0.0);
    boost::brandes_betweenness_centrality(
        pg, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, pg))));
    return c;
  }

  Result<Rows> centrality(const std::vector<QValue>& args) {
    build();
    const std::string measure = args.empty() ? "degree" : args[0].get<std::string>() ? lower(*args[0].get<std::string>()) : "";
    std::vector<QValue> score(actor.size());
    if (measure == "degree") {
      for (std::size_t v = 0; v < actor.size(); ++v) score[v] = static_cast<std::int64_t>(boost::degree(v, pg));
    } else if (measure == "pagerank") {
      const auto r = pagerank();
      for (std::size_t v = 0; v < actor.size(); ++v) score[v] = r[v];
    } else if (measure == "betweenness") {
      const auto r = betweenness();
      for (std::size_t v = 0; v < actor.size(); ++v) score[v] = r[v];
    } else {
      return Status::invalid_argument("kg.centrality measures are 'degree', 'pagerank' and 'betweenness'");
    }
    Rows rows;
    for (std::size_t v = 0; v < actor.size(); ++v)
      rows.push_back({QValue(), NodeRef{actor[v]}, name_of(actor[v]), label_of(actor[v]), score[v]});
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      if (int c = sort_compare(a[4], b[4])) return c > 0;
      return sort_compare(a[2], b[2]) < 0;
    });
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i][0] = static_cast<std::int64_t>(i + 1);
    return rows;
  }

  // An actor and, for a country, its nationals and its organisations.
  std::vector<Vertex> side(Vertex a) const {
    std::vector<Vertex> out{a};
    if (g.node(a).kind != NodeKind::kCountry) return out;
    const Graph& gr = g.graph();
    for (auto [it, end] = boost::in_edges(a, gr); it != end; ++it)
      if (gr[*it].type == "nationality" || gr[*it].type == "country") out.push_back(boost::source(*it, gr));
    return out;
  }

  // Events that `who` (any of them) takes part in, with who took part.
  std::unordered_map<Vertex, std::vector<Vertex>> events_of(const std::vector<Vertex>& who) const {
    const Graph& gr = g.graph();
    std::unordered_map<Vertex, std::vector<Vertex>> out;
    for (Vertex x : who)
      for (auto [it, end] = boost::in_edges(x, gr); it != end; ++it)
        if (gr[boost::source(*it, gr)].kind == NodeKind::kEvent) out[boost::source(*it, gr)].push_back(x);
    return out;
  }

  std::string names(std::vector<Vertex> who) const {
    std::vector<std::string> n;
    for (Vertex v : who) n.push_back(std::get<std::string>(name_of(v).v));
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end());
    std::string s;
    for (const auto& x : n) s += (s.empty() ? "" : ", ") + x;
    return s;
  }

  Result<Rows> timeline(const std::vector<QValue>& args) {
    auto a = resolve(args[0]);
    if (!a) return a.status();
    auto b = resolve(args[1]);
    if (!b) return b.status();
    const auto side_a = events_of(side(*a));
    const auto side_b = events_of(side(*b));
    Rows rows;
    for (const auto& [e, who_a] : side_a) {
      auto it = side_b.find(e);
      if (it == side_b.end()) continue;
      const auto& who_b = it->second;
      if (who_a.size() == 1 && who_b.size() == 1 && who_a[0] == who_b[0]) continue;  // one actor on both sides
      rows.push_back({NodeRef{e}, prop(e, "startDate"), prop(e, "endDate"), prop(e, "eventType"), prop(e, "status"),
                      names(who_a), names(who_b), prop(e, "count"), prop(e, "value"), prop(e, "currency"), prop(e, "name")});
    }
    std::sort(rows.begin(), rows.end(), [&](const auto& x, const auto& y) {
      if (int c = sort_compare(x[1], y[1])) return c < 0;
      return g.node(std::get<NodeRef>(x[0].v).v).id < g.node(std::get<NodeRef>(y[0].v).v).id;
    });
    return rows;
  }
};

ProcedureRunner::ProcedureRunner(const KnowledgeGraph& g) : impl_(std::make_unique<Impl>(g)) {}
ProcedureRunner::~ProcedureRunner() = default;

Result<std::vector<std::vector<QValue>>> ProcedureRunner::run(const ProcedureSpec& spec, const std::vector<QValue>& args) {
  try {
    if (spec.name != "kg.timeline") impl_->build();
    if (spec.name == "kg.shortestPath") return impl_->shortest_path(args);
    if (spec.name == "kg.neighbours") return impl_->within(args, false);
    if (spec.name == "kg.ego") return impl_->within(args, true);
    if (spec.name == "kg.components") return impl_->components();
    if (spec.name == "kg.centrality") return impl_->centrality(args);
    if (spec.name == "kg.timeline") return impl_->timeline(args);
  } catch (const EvalError& e) {
    return Status::invalid_argument(e.message);
  }
  return Status::internal("procedure " + spec.name + " has no implementation");
}

}  // namespace kg::query
