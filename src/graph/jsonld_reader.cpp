// Reads graph.jsonld back into a KnowledgeGraph: the exact inverse of src/export/jsonld.cpp.
// Plain members become properties under their JSON-LD names; the structured ones become edges:
//   participant: [Role {roleName, participant}]  → edge event → actor typed by roleName
//   mention: [oa:Annotation]                     → "mentionedIn" edge event → article, with start,
//                                                   end (TextPositionSelector), sentence
//                                                   (TextQuoteSelector) and the annotation's members
//   nationality / location: {"@id"}              → "nationality" / "country" edge
//   amount: MonetaryAmount                       → value, currency, qualifier properties
//   wasDerivedFrom                               → nothing (it repeats the mentions' articles)
// Any other member holding references becomes edges typed by the member name.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>

#include <algorithm>
#include <numeric>
#include <optional>

#include "kg/load.h"

namespace kg {
namespace {

using Json = rapidjson::Value;

struct PendingEdge {
  std::string type;
  std::string target;  // @id
  Properties props;
};

std::string str(const Json& v) { return std::string(v.GetString(), v.GetStringLength()); }

const char* member_string(const Json& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString() ? it->value.GetString() : nullptr;
}

// A JSON value as a property value; nullopt for objects and mixed arrays.
std::optional<Value> scalar(const Json& v) {
  if (v.IsString()) return Value(str(v));
  if (v.IsBool()) return Value(v.GetBool());
  if (v.IsDouble()) return Value(v.GetDouble());
  if (v.IsInt64()) return Value(v.GetInt64());
  if (v.IsNumber()) return Value(v.GetDouble());
  if (v.IsNull()) return Value(std::monostate());
  if (v.IsArray()) {
    std::vector<std::string> out;
    for (const auto& x : v.GetArray()) {
      if (!x.IsString()) return std::nullopt;
      out.push_back(str(x));
    }
    return Value(std::move(out));
  }
  return std::nullopt;
}

std::optional<NodeKind> kind_of(const std::string& type) {
  if (type == "NewsArticle") return NodeKind::kArticle;
  if (type == "GovernmentOrganization") return NodeKind::kOrganization;
  return node_kind_from(type);
}

void read_selectors(const Json& target, PendingEdge& e) {
  if (!target.IsObject()) return;
  auto src = target.FindMember("oa:hasSource");
  if (src != target.MemberEnd()) {
    if (src->value.IsString()) e.target = str(src->value);
    if (src->value.IsObject())
      if (const char* id = member_string(src->value, "@id")) e.target = id;
  }
  auto sel = target.FindMember("oa:hasSelector");
  if (sel == target.MemberEnd() || !sel->value.IsArray()) return;
  for (const auto& s : sel->value.GetArray()) {
    if (!s.IsObject()) continue;
    for (const auto& m : s.GetObject()) {
      const std::string k = str(m.name);
      const char* as = k == "oa:start" ? "start" : k == "oa:end" ? "end" : k == "oa:exact" ? "sentence" : nullptr;
      if (!as) continue;
      if (auto v = scalar(m.value)) e.props[as] = std::move(*v);
    }
  }
}

PendingEdge read_mention(const Json& a) {
  PendingEdge e{"mentionedIn", {}, {}};
  for (const auto& m : a.GetObject()) {
    const std::string k = str(m.name);
    if (k == "@id" || k == "@type") continue;
    if (k == "oa:hasTarget") {
      read_selectors(m.value, e);
    } else if (auto v = scalar(m.value)) {
      e.props[k] = std::move(*v);
    }
  }
  return e;
}

// References ({"@id"} or a list of them) held by a member, as edges of type `type`.
void read_refs(const Json& v, const std::string& type, std::vector<PendingEdge>& out) {
  if (v.IsArray()) {
    for (const auto& x : v.GetArray()) read_refs(x, type, out);
  } else if (v.IsObject()) {
    if (const char* id = member_string(v, "@id")) out.push_back({type, id, {}});
  }
}

void read_member(const std::string& k, const Json& v, Properties& props, std::vector<PendingEdge>& edges) {
  if (k == "wasDerivedFrom") return;
  if (k == "participant" && v.IsArray()) {
    for (const auto& r : v.GetArray()) {
      if (!r.IsObject()) continue;
      const char* role = member_string(r, "roleName");
      auto p = r.FindMember("participant");
      if (p != r.MemberEnd()) read_refs(p->value, role ? role : "participant", edges);
      else read_refs(r, "participant", edges);
    }
  } else if (k == "mention" && v.IsArray()) {
    for (const auto& a : v.GetArray())
      if (a.IsObject()) edges.push_back(read_mention(a));
  } else if (k == "amount" && v.IsObject()) {
    for (const auto& m : v.GetObject())
      if (str(m.name) != "@type")
        if (auto x = scalar(m.value)) props[str(m.name)] = std::move(*x);
  } else if (auto x = scalar(v)) {
    props[k] = std::move(*x);
  } else {
    read_refs(v, k == "nationality" ? "nationality" : k == "location" ? "country" : k, edges);
  }
}

bool edge_less(const PendingEdge& a, const PendingEdge& b) {
  if (a.type != b.type) return a.type < b.type;
  if (a.target != b.target) return a.target < b.target;
  return a.props < b.props;
}

struct PendingNode {
  std::string id;
  NodeKind kind = NodeKind::kCountry;
  Properties props;
  std::vector<PendingEdge> edges;
};

// Reads the document one @graph node at a time: each node object is parsed into a small DOM
// whose memory is reused for the next, so the whole document never sits in memory as a tree.
class StreamReader {
 public:
  explicit StreamReader(std::string_view text)
      : in_(text.data(), text.size()), buffer_(1 << 20), pool_(buffer_.data(), buffer_.size()), doc_(&pool_) {}

  Result<std::vector<PendingNode>> read() {
    skip_space();
    if (!consume('{')) return Status::bad_input("not a kgbuild graph: the document is not a JSON object");
    bool saw_graph = false;
    std::vector<PendingNode> nodes;
    for (bool first = true;; first = false) {
      skip_space();
      if (consume('}')) break;
      if (!first && !consume(',')) return syntax("expected ',' or '}'");
      KG_RETURN_IF_ERROR(parse_one());
      if (!doc_.IsString()) return syntax("expected a member name");
      const bool graph = std::string_view(doc_.GetString(), doc_.GetStringLength()) == "@graph";
      skip_space();
      if (!consume(':')) return syntax("expected ':'");
      if (graph) {
        saw_graph = true;
        KG_RETURN_IF_ERROR(graph_array(nodes));
      } else {
        KG_RETURN_IF_ERROR(parse_one());  // @context and anything else: read past it
      }
    }
    if (!saw_graph) return Status::bad_input("not a kgbuild graph: no top-level \"@graph\" array");
    return nodes;
  }

 private:
  void skip_space() {
    while (in_.Peek() == ' ' || in_.Peek() == '\n' || in_.Peek() == '\t' || in_.Peek() == '\r') in_.Take();
  }
  bool consume(char c) {
    if (in_.Peek() != c) return false;
    in_.Take();
    return true;
  }
  Status syntax(const std::string& what) const {
    return Status::bad_input("not valid JSON: " + what + " at byte " + std::to_string(in_.Tell()));
  }

  // Parses the next JSON value into doc_, reusing the pool's memory.
  Status parse_one() {
    doc_.SetNull();
    pool_.Clear();
    doc_.ParseStream<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseFullPrecisionFlag>(in_);
    if (doc_.HasParseError())
      return Status::bad_input(std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc_.GetParseError()) +
                               " at byte " + std::to_string(doc_.GetErrorOffset()));
    return Status::ok();
  }

  Status graph_array(std::vector<PendingNode>& nodes) {
    skip_space();
    if (!consume('[')) return Status::bad_input("not a kgbuild graph: \"@graph\" is not an array");
    for (bool first = true;; first = false) {
      skip_space();
      if (consume(']')) return Status::ok();
      if (!first && !consume(',')) return syntax("expected ',' or ']' in @graph");
      KG_RETURN_IF_ERROR(parse_one());
      if (auto n = node(doc_)) nodes.push_back(std::move(*n));
    }
  }

  static std::optional<PendingNode> node(const Json& n) {
    if (!n.IsObject()) return std::nullopt;
    const char* id = member_string(n, "@id");
    const char* type = member_string(n, "@type");
    const auto kind = type ? kind_of(type) : std::nullopt;
    if (!id || !kind) return std::nullopt;
    PendingNode out{str(n.FindMember("@id")->value), *kind, {}, {}};
    // JSON-LD says Organization for intergovernmental bodies (registry ids, "org/UN") and for
    // organisations found in the text ("org/x-…"); the id tells them apart.
    if (out.kind == NodeKind::kOrganization)
      out.props["organizationType"] = std::string(type) == "GovernmentOrganization" ? std::string(type)
                                      : out.id.rfind("org/x-", 0) == 0              ? std::string("Organization")
                                                                                    : std::string("IntergovernmentalOrganization");
    for (const auto& m : n.GetObject()) {
      const std::string k = str(m.name);
      if (k != "@id" && k != "@type") read_member(k, m.value, out.props, out.edges);
    }
    return out;
  }

  rapidjson::MemoryStream in_;
  std::vector<char> buffer_;
  rapidjson::MemoryPoolAllocator<> pool_;
  rapidjson::Document doc_;
};

}  // namespace

Result<std::unique_ptr<KnowledgeGraph>> read_jsonld(std::string_view text) {
  auto read = StreamReader(text).read();
  if (!read) return read.status();
  std::vector<PendingNode>& nodes = read.value();
  auto by_id = [](const PendingNode& a, const PendingNode& b) { return a.id < b.id; };
  if (!std::is_sorted(nodes.begin(), nodes.end(), by_id)) std::stable_sort(nodes.begin(), nodes.end(), by_id);

  auto out = std::make_unique<KnowledgeGraph>();
  KnowledgeGraph& g = *out;
  g.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Vertex v = g.add_node(nodes[i].id, nodes[i].kind);
    if (v != i) return Status::bad_input("node \"" + nodes[i].id + "\" appears twice in @graph");
    g.node(v).props = std::move(nodes[i].props);
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    auto& edges = nodes[i].edges;
    std::sort(edges.begin(), edges.end(), edge_less);
    for (auto& e : edges) {
      const auto t = g.find(e.target);
      if (t) g.edge(g.add_edge(static_cast<Vertex>(i), *t, EdgeData{})) = EdgeData{std::move(e.type), std::move(e.props)};
    }
    std::vector<PendingEdge>().swap(edges);
  }
  return out;
}

}  // namespace kg
