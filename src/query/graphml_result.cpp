// A query's result as GraphML: the nodes it mentions, copied into a small KnowledgeGraph and
// written by the exporters kgbuild uses (graph.graphml or relations.graphml style).
#include <set>

#include "kg/export.h"
#include "kg/query.h"

namespace kg {
namespace {

void collect(const QValue& v, const KnowledgeGraph& g, std::set<Vertex>& out) {
  if (const auto* n = v.get<NodeRef>()) {
    out.insert(n->v);
  } else if (const auto* r = v.get<RelRef>()) {
    out.insert(boost::source(r->e, g.graph()));
    out.insert(boost::target(r->e, g.graph()));
  } else if (const auto* p = v.get<std::shared_ptr<const PathValue>>()) {
    out.insert((*p)->nodes.begin(), (*p)->nodes.end());
  } else if (const auto* l = v.get<QValue::List>()) {
    for (const auto& x : *l) collect(x, g, out);
  }
}

bool is_actor(NodeKind k) { return k == NodeKind::kCountry || k == NodeKind::kPerson || k == NodeKind::kOrganization; }

// Copies `nodes` and the edges among them; `edge_ok` filters the edges. A person or organisation
// whose country is left out keeps its country code as a property (the exporters show it).
KnowledgeGraph subgraph(const KnowledgeGraph& g, const std::set<Vertex>& nodes) {
  KnowledgeGraph sub;
  const Graph& gr = g.graph();
  for (Vertex v : nodes) {
    const Vertex c = sub.add_node(g.node(v).id, g.node(v).kind);
    sub.node(c).props = g.node(v).props;
  }
  for (Vertex v : nodes) {
    for (auto [it, end] = boost::out_edges(v, gr); it != end; ++it) {
      const Vertex t = boost::target(*it, gr);
      const std::string& type = gr[*it].type;
      if (nodes.count(t)) {
        sub.add_edge(*sub.find(g.node(v).id), *sub.find(g.node(t).id), gr[*it]);
      } else if ((type == "nationality" || type == "country") && !g.node(v).props.count("countryCode")) {
        if (const std::string* cc = get_string(g.node(t).props, "countryCode")) sub.node(*sub.find(g.node(v).id)).props["countryCode"] = *cc;
      }
    }
  }
  return sub;
}

}  // namespace

std::string to_graphml_result(const std::vector<const QueryResult*>& results, const KnowledgeGraph& g) {
  std::set<Vertex> nodes;
  for (const QueryResult* r : results)
    for (const auto& row : r->rows)
      for (const auto& v : row) collect(v, g, nodes);
  bool events = false;
  for (Vertex v : nodes) events |= g.node(v).kind == NodeKind::kEvent;
  if (events) return to_graphml(subgraph(g, nodes));
  // Actors only: add the events that link two of them, for the relations between them.
  const Graph& gr = g.graph();
  std::set<Vertex> with_events = nodes;
  for (Vertex v : nodes) {
    if (!is_actor(g.node(v).kind)) continue;
    for (auto [it, end] = boost::in_edges(v, gr); it != end; ++it) {
      const Vertex e = boost::source(*it, gr);
      if (g.node(e).kind != NodeKind::kEvent || with_events.count(e)) continue;
      int linked = 0;
      for (auto [o, oend] = boost::out_edges(e, gr); o != oend; ++o) linked += nodes.count(boost::target(*o, gr)) ? 1 : 0;
      if (linked >= 2) with_events.insert(e);
    }
  }
  return to_relations_graphml(subgraph(g, with_events), true);
}

}  // namespace kg
