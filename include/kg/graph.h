// The graph core: actors, events and articles as vertices of one Boost.Graph, with roles,
// affiliations and sources as edges. Every exporter and kgquery work through this interface.
//
// The same real-world event reported twice (in one article, or in several articles and
// languages) is one Event vertex with several mention edges to its articles.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "kg/extraction.h"

namespace kg {

enum class NodeKind { kCountry, kPerson, kOrganization, kEvent, kArticle };
const char* to_string(NodeKind k);                     // "Country", "Person", …
std::optional<NodeKind> node_kind_from(const std::string& s);

// A property value: the JSON types the outputs use.
using Value = std::variant<std::monostate, bool, std::int64_t, double, std::string, std::vector<std::string>>;
using Properties = std::map<std::string, Value>;  // keyed by the JSON-LD property name

struct NodeData {
  std::string id;     // the JSON-LD @id, relative to the document base ("country/RUS")
  NodeKind kind = NodeKind::kCountry;
  Properties props;   // name, countryCode, eventType, startDate, …
};

struct EdgeData {
  std::string type;   // a role name (visitor, destination, party, …), "nationality", "mentionedIn", …
  Properties props;   // for mentionedIn: start, end, trigger, confidence, …
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  // Adds a node, or returns the existing one with the same id.
  Vertex add_node(const std::string& id, NodeKind kind);
  std::optional<Vertex> find(const std::string& id) const;
  // Room for `nodes` nodes in the id index (loaders know the count up front).
  void reserve(std::size_t nodes) { by_id_.reserve(nodes); }
  Edge add_edge(Vertex from, Vertex to, EdgeData data);

  NodeData& node(Vertex v) { return g_[v]; }
  const NodeData& node(Vertex v) const { return g_[v]; }
  // Boost 1.74 copies the data given to add_edge: loaders add an empty edge, then move into this.
  EdgeData& edge(const Edge& e) { return g_[e]; }
  const EdgeData& edge(const Edge& e) const { return g_[e]; }
  const Graph& graph() const { return g_; }
  std::size_t node_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  // Vertices sorted by id (the order every exporter writes them in).
  std::vector<Vertex> sorted_nodes() const;
  // Out-edges of v sorted by (type, target id, properties).
  std::vector<Edge> sorted_out_edges(Vertex v) const;

 private:
  Graph g_;
  std::unordered_map<std::string, Vertex> by_id_;
};

// Property helpers.
const std::string* get_string(const Properties& p, const std::string& key);
std::optional<double> get_number(const Properties& p, const std::string& key);

// Builds the graph from per-article extractions, merging actors by id and events reported
// more than once. Feed articles in a fixed order (the input order) for deterministic output.
class GraphBuilder {
 public:
  explicit GraphBuilder(const Resources& resources) : res_(resources) {}
  void add(const ArticleExtraction& x);
  KnowledgeGraph build() const;

  struct Stats {
    std::size_t articles = 0;
    std::size_t event_mentions = 0;
    std::size_t events = 0;
    std::map<std::string, std::size_t> events_by_type;
  };
  Stats stats() const;

 private:
  struct ArticleMeta {
    std::string identifier, url, title, language, format;
    PartialDate published;
    DateSource date_source = DateSource::kNone;
  };
  struct MergedEvent {
    EventRecord ev;
    std::vector<std::size_t> articles;  // indices into articles_
    long window_lo = 0, window_hi = 0;  // days: when it may have happened
  };
  const Resources& res_;
  std::vector<ArticleMeta> articles_;
  std::map<std::string, ActorRecord> actors_;
  std::vector<MergedEvent> events_;
  // Events that may be one (same type and actors): the only candidates for merging.
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
};

// The @id of an article node: "article/" + the percent-encoded identifier.
std::string article_node_id(const std::string& identifier);

}  // namespace kg
