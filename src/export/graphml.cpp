// GraphML as Gephi, networkx, igraph and boost::read_graphml read it: declared keys with
// attr.type in {boolean, int, long, double, string}, "label" and "weight" where Gephi looks for
// them, no key named "id", data omitted where a node has no value.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "kg/export.h"

namespace kg {
namespace {

// "n12", "e7": GraphML ids. (Built by appending: g++ 12 warns falsely on "n" + std::to_string.)
std::string numbered(char prefix, std::size_t k) {
  std::string id(1, prefix);
  id += std::to_string(k);
  return id;
}


std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') continue;  // not allowed in XML 1.0
        out += c;
    }
  }
  return out;
}

std::string number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e18) std::snprintf(buf, sizeof buf, "%.1f", v);
  else std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

struct Key {
  std::string id, for_, name, type;
};

// Writes to the stream as it goes: the header with the keys first, then nodes and edges, the
// closing tags from finish().
class GraphmlWriter {
 public:
  GraphmlWriter(std::ostream& out, std::vector<Key> keys, bool directed) : out_(out), keys_(std::move(keys)) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : keys_)
      out_ << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\"" << k.type
           << "\"/>\n";
    out_ << "  <graph id=\"G\" edgedefault=\"" << (directed ? "directed" : "undirected") << "\">\n";
  }

  void node(const std::string& id, const std::map<std::string, std::string>& data) {
    out_ << "    <node id=\"" << id << "\">\n";
    write_data(data, "node");
    out_ << "    </node>\n";
  }
  void edge(const std::string& id, const std::string& src, const std::string& dst, const std::map<std::string, std::string>& data) {
    out_ << "    <edge id=\"" << id << "\" source=\"" << src << "\" target=\"" << dst << "\">\n";
    write_data(data, "edge");
    out_ << "    </edge>\n";
  }
  void finish() { out_ << "  </graph>\n</graphml>\n"; }

 private:
  void write_data(const std::map<std::string, std::string>& data, const std::string& for_) {
    for (const auto& k : keys_) {
      if (k.for_ != for_) continue;
      auto it = data.find(k.name);
      if (it == data.end()) continue;
      out_ << "      <data key=\"" << k.id << "\">" << xml_escape(it->second) << "</data>\n";
    }
  }
  std::ostream& out_;
  std::vector<Key> keys_;
};

std::string str_of(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return number(*d);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* l = std::get_if<std::vector<std::string>>(&v)) {
    std::string out;
    for (const auto& s : *l) out += (out.empty() ? "" : "; ") + s;
    return out;
  }
  return {};
}

std::string kind_name(NodeKind k) {
  switch (k) {
    case NodeKind::kCountry: return "country";
    case NodeKind::kPerson: return "person";
    case NodeKind::kOrganization: return "organization";
    case NodeKind::kEvent: return "event";
    case NodeKind::kArticle: return "article";
  }
  return "";
}

// Node attributes shared by both files.
std::map<std::string, std::string> actor_data(const KnowledgeGraph& g, Vertex v) {
  const NodeData& n = g.node(v);
  std::map<std::string, std::string> d;
  d["label"] = n.props.count("name") ? str_of(n.props.at("name")) : n.id;
  d["kind"] = kind_name(n.kind);
  d["iri"] = n.id;
  std::string country;
  if (const std::string* c = get_string(n.props, "countryCode")) country = *c;
  for (auto [it, end] = boost::out_edges(v, g.graph()); it != end; ++it)
    if (g.graph()[*it].type == "nationality" || g.graph()[*it].type == "country")
      if (const std::string* c = get_string(g.node(boost::target(*it, g.graph())).props, "countryCode")) country = *c;
  if (!country.empty()) d["countryCode"] = country;
  if (const std::string* s = get_string(n.props, "sameAs")) d["wikidata"] = *s;
  return d;
}

bool is_actor(NodeKind k) { return k == NodeKind::kCountry || k == NodeKind::kPerson || k == NodeKind::kOrganization; }

std::string family(const std::string& t) { return t.rfind("treaty", 0) == 0 ? std::string("treaty") : t; }

}  // namespace

void write_graphml(std::ostream& out, const KnowledgeGraph& g) {
  GraphmlWriter w(out, {{"d0", "node", "label", "string"},
                   {"d1", "node", "kind", "string"},
                   {"d2", "node", "iri", "string"},
                   {"d3", "node", "countryCode", "string"},
                   {"d4", "node", "wikidata", "string"},
                   {"d5", "node", "eventType", "string"},
                   {"d6", "node", "status", "string"},
                   {"d7", "node", "startDate", "string"},
                   {"d8", "node", "endDate", "string"},
                   {"d9", "node", "cameoCode", "string"},
                   {"d10", "node", "count", "int"},
                   {"d11", "node", "value", "double"},
                   {"d12", "node", "currency", "string"},
                   {"d13", "node", "numMentions", "int"},
                   {"d14", "node", "numArticles", "int"},
                   {"d15", "node", "confidence", "double"},
                   {"d16", "node", "treatyName", "string"},
                   {"d17", "node", "ploverCategory", "string"},
                   {"e0", "edge", "label", "string"},
                   {"e1", "edge", "role", "string"},
                   {"e2", "edge", "weight", "double"}},
                  true);
  std::map<Vertex, std::string> gml_id;
  std::size_t n = 0;
  for (Vertex v : g.sorted_nodes()) {
    const NodeData& nd = g.node(v);
    if (nd.kind == NodeKind::kArticle) continue;
    gml_id[v] = numbered('n', n++);
    std::map<std::string, std::string> d = actor_data(g, v);
    if (nd.kind == NodeKind::kEvent) {
      for (const char* k : {"eventType", "status", "startDate", "endDate", "cameoCode", "count", "value", "currency",
                            "numMentions", "numArticles", "confidence", "treatyName", "ploverCategory"}) {
        auto it = nd.props.find(k);
        if (it != nd.props.end()) d[k] = str_of(it->second);
      }
    }
    w.node(gml_id[v], d);
  }
  std::size_t e = 0;
  for (Vertex v : g.sorted_nodes()) {
    if (g.node(v).kind != NodeKind::kEvent) continue;
    for (const Edge& ed : g.sorted_out_edges(v)) {
      const auto& data = g.graph()[ed];
      const Vertex t = boost::target(ed, g.graph());
      if (data.type == "mentionedIn" || !gml_id.count(t)) continue;
      w.edge(numbered('e', e++), gml_id[v], gml_id[t], {{"label", data.type}, {"role", data.type}, {"weight", "1.0"}});
    }
  }
  w.finish();
}

void write_relations_graphml(std::ostream& out, const KnowledgeGraph& g, bool keep_isolated) {
  struct Rel {
    int weight = 0;
    std::string first, last;
  };
  // (actor a, actor b, event type) → aggregate; a < b except for visits (visitor → destination).
  std::map<std::tuple<Vertex, Vertex, std::string>, Rel> rels;
  std::set<Vertex> actors;
  for (Vertex v : g.sorted_nodes()) {
    const NodeData& nd = g.node(v);
    if (nd.kind != NodeKind::kEvent) continue;
    const std::string type = family(get_string(nd.props, "eventType") ? *get_string(nd.props, "eventType") : "");
    const std::string* start = get_string(nd.props, "startDate");
    std::vector<std::pair<std::string, Vertex>> parts;
    for (const Edge& ed : g.sorted_out_edges(v)) {
      const Vertex t = boost::target(ed, g.graph());
      if (g.graph()[ed].type != "mentionedIn" && is_actor(g.node(t).kind)) parts.emplace_back(g.graph()[ed].type, t);
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      for (std::size_t j = i + 1; j < parts.size(); ++j) {
        Vertex a = parts[i].second, b = parts[j].second;
        if (a == b) continue;
        if (type == "visit") {
          // Who went where, and whom the visitor met as host: visitor → destination, the
          // visitor's country → destination, visitor → host. (Not the visitor and their own
          // country, nor the host and their own country.)
          std::string ra = parts[i].first, rb = parts[j].first;
          if (rb == "visitor" || (rb == "visitor_country" && ra != "visitor")) {
            std::swap(a, b);
            std::swap(ra, rb);
          }
          const bool kept = (ra == "visitor" && (rb == "destination" || rb == "host")) ||
                            (ra == "visitor_country" && rb == "destination");
          if (!kept) continue;
        } else if ((parts[i].first == "signatory") != (parts[j].first == "signatory")) {
          continue;  // (the signatories are related to each other; the parties are, to each other)
        } else if (g.node(a).id > g.node(b).id) {
          std::swap(a, b);
        }
        Rel& r = rels[{a, b, type}];
        ++r.weight;
        if (start) {
          if (r.first.empty() || *start < r.first) r.first = *start;
          if (r.last.empty() || *start > r.last) r.last = *start;
        }
        actors.insert(a);
        actors.insert(b);
      }
    }
  }
  GraphmlWriter w(out, {{"d0", "node", "label", "string"},
                   {"d1", "node", "kind", "string"},
                   {"d2", "node", "iri", "string"},
                   {"d3", "node", "countryCode", "string"},
                   {"d4", "node", "wikidata", "string"},
                   {"e0", "edge", "label", "string"},
                   {"e1", "edge", "eventType", "string"},
                   {"e2", "edge", "weight", "double"},
                   {"e3", "edge", "firstDate", "string"},
                   {"e4", "edge", "lastDate", "string"}},
                  false);
  std::map<Vertex, std::string> gml_id;
  std::size_t n = 0;
  for (Vertex v : g.sorted_nodes()) {
    if (!actors.count(v) && !(keep_isolated && is_actor(g.node(v).kind))) continue;
    gml_id[v] = numbered('n', n++);
    w.node(gml_id[v], actor_data(g, v));
  }
  // Edges in a stable order: by the node ids, then the type.
  std::vector<std::tuple<std::string, std::string, std::string, const Rel*, Vertex, Vertex>> order;
  for (const auto& [k, r] : rels) {
    const auto& [a, b, type] = k;
    order.emplace_back(g.node(a).id, g.node(b).id, type, &r, a, b);
  }
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x)) < std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
  });
  std::size_t e = 0;
  for (const auto& [ida, idb, type, r, a, b] : order) {
    // Visits keep their direction in source (visitor) → target (destination).
    std::map<std::string, std::string> d{{"label", type}, {"eventType", type}, {"weight", number(r->weight)}};
    if (!r->first.empty()) d["firstDate"] = r->first;
    if (!r->last.empty()) d["lastDate"] = r->last;
    w.edge(numbered('e', e++), gml_id[a], gml_id[b], d);
  }
  w.finish();
}

std::string to_graphml(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_graphml(out, g);
  return std::move(out).str();
}

std::string to_relations_graphml(const KnowledgeGraph& g) { return to_relations_graphml(g, false); }

std::string to_relations_graphml(const KnowledgeGraph& g, bool keep_isolated) {
  std::ostringstream out;
  write_relations_graphml(out, g, keep_isolated);
  return std::move(out).str();
}

}  // namespace kg
