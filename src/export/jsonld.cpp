#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/ostreamwrapper.h>

#include <sstream>

#include "kg/export.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void write_value(Writer& w, const Value& v) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          w.Null();
        } else if constexpr (std::is_same_v<T, bool>) {
          w.Bool(x);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          w.Int64(x);
        } else if constexpr (std::is_same_v<T, double>) {
          w.Double(x);
        } else if constexpr (std::is_same_v<T, std::string>) {
          w.String(x.c_str(), static_cast<rapidjson::SizeType>(x.size()));
        } else {
          w.StartArray();
          for (const auto& s : x) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
          w.EndArray();
        }
      },
      v);
}

void key(Writer& w, const char* k) { w.Key(k); }

void prop(Writer& w, const Properties& p, const char* name, const char* as = nullptr) {
  auto it = p.find(name);
  if (it == p.end()) return;
  key(w, as ? as : name);
  write_value(w, it->second);
}

void ref(Writer& w, const std::string& id) {
  w.StartObject();
  key(w, "@id");
  w.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
  w.EndObject();
}

void write_actor(Writer& w, const KnowledgeGraph& g, Vertex v) {
  const NodeData& n = g.node(v);
  const Properties& p = n.props;
  key(w, "@type");
  if (n.kind == NodeKind::kCountry) {
    w.String("Country");
  } else if (n.kind == NodeKind::kPerson) {
    w.String("Person");
  } else {
    const std::string* t = get_string(p, "organizationType");
    w.String(t && *t == "GovernmentOrganization" ? "GovernmentOrganization" : "Organization");
  }
  prop(w, p, "name");
  prop(w, p, "alternateName");
  prop(w, p, "countryCode");
  prop(w, p, "jobTitle");
  for (const Edge& e : g.sorted_out_edges(v)) {
    const auto& ed = g.graph()[e];
    const std::string& target = g.node(boost::target(e, g.graph())).id;
    if (ed.type == "nationality") {
      key(w, "nationality");
      ref(w, target);
    } else if (ed.type == "country") {
      key(w, "location");
      ref(w, target);
    }
  }
  prop(w, p, "sameAs");
}

void write_article(Writer& w, const NodeData& n) {
  const Properties& p = n.props;
  key(w, "@type");
  w.String("NewsArticle");
  prop(w, p, "identifier");
  prop(w, p, "url");
  prop(w, p, "name");
  prop(w, p, "datePublished");
  prop(w, p, "dateSource");
  prop(w, p, "inLanguage");
  prop(w, p, "encodingFormat");
}

void write_event(Writer& w, const KnowledgeGraph& g, Vertex v) {
  const NodeData& n = g.node(v);
  const Properties& p = n.props;
  key(w, "@type");
  w.String("Event");
  prop(w, p, "name");
  prop(w, p, "eventType");
  prop(w, p, "cameoCode");
  prop(w, p, "ploverCategory");
  prop(w, p, "ploverMode");
  prop(w, p, "ploverContext");
  prop(w, p, "status");
  prop(w, p, "startDate");
  prop(w, p, "endDate");
  prop(w, p, "dateSource");
  prop(w, p, "count");
  if (p.count("value")) {
    key(w, "amount");
    w.StartObject();
    key(w, "@type");
    w.String("MonetaryAmount");
    prop(w, p, "value");
    prop(w, p, "currency");
    prop(w, p, "qualifier");
    w.EndObject();
  }
  prop(w, p, "tradeFlow");
  prop(w, p, "treatyName");
  const auto edges = g.sorted_out_edges(v);
  key(w, "participant");
  w.StartArray();
  for (const Edge& e : edges) {
    const auto& ed = g.graph()[e];
    if (ed.type == "mentionedIn") continue;
    w.StartObject();
    key(w, "@type");
    w.String("Role");
    key(w, "roleName");
    w.String(ed.type.c_str());
    key(w, "participant");
    ref(w, g.node(boost::target(e, g.graph())).id);
    w.EndObject();
  }
  w.EndArray();
  prop(w, p, "numMentions");
  prop(w, p, "numArticles");
  prop(w, p, "numSources");
  prop(w, p, "confidence");
  key(w, "wasDerivedFrom");
  w.StartArray();
  std::string last;
  for (const Edge& e : edges) {
    if (g.graph()[e].type != "mentionedIn") continue;
    const std::string& target = g.node(boost::target(e, g.graph())).id;
    if (target == last) continue;
    last = target;
    ref(w, target);
  }
  w.EndArray();
  key(w, "mention");
  w.StartArray();
  int k = 0;
  for (const Edge& e : edges) {
    const auto& ed = g.graph()[e];
    if (ed.type != "mentionedIn") continue;
    const std::string& target = g.node(boost::target(e, g.graph())).id;
    w.StartObject();
    key(w, "@id");
    const std::string mid = n.id + "#m" + std::to_string(++k);
    w.String(mid.c_str());
    key(w, "@type");
    w.String("oa:Annotation");
    key(w, "oa:hasTarget");
    w.StartObject();
    key(w, "@type");
    w.String("oa:SpecificResource");
    key(w, "oa:hasSource");
    ref(w, target);
    key(w, "oa:hasSelector");
    w.StartArray();
    w.StartObject();
    key(w, "@type");
    w.String("oa:TextPositionSelector");
    prop(w, ed.props, "start", "oa:start");
    prop(w, ed.props, "end", "oa:end");
    w.EndObject();
    w.StartObject();
    key(w, "@type");
    w.String("oa:TextQuoteSelector");
    prop(w, ed.props, "sentence", "oa:exact");
    w.EndObject();
    w.EndArray();
    w.EndObject();
    prop(w, ed.props, "trigger");
    prop(w, ed.props, "triggerStart");
    prop(w, ed.props, "triggerEnd");
    prop(w, ed.props, "confidence");
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void write_jsonld(std::ostream& out, const KnowledgeGraph& g, const std::string& context_document) {
  rapidjson::Document ctx;
  ctx.Parse(context_document.c_str());
  rapidjson::OStreamWrapper sink(out);
  Writer w(sink);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "@context");
  if (!ctx.HasParseError() && ctx.IsObject() && ctx.HasMember("@context")) {
    ctx["@context"].Accept(w);
  } else {
    w.StartObject();
    w.EndObject();
  }
  key(w, "@graph");
  w.StartArray();
  for (Vertex v : g.sorted_nodes()) {
    const NodeData& n = g.node(v);
    w.StartObject();
    key(w, "@id");
    w.String(n.id.c_str(), static_cast<rapidjson::SizeType>(n.id.size()));
    switch (n.kind) {
      case NodeKind::kArticle: write_article(w, n); break;
      case NodeKind::kEvent: write_event(w, g, v); break;
      default: write_actor(w, g, v); break;
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  sink.Flush();
  out << '\n';
}

std::string to_jsonld(const KnowledgeGraph& g, const std::string& context_document) {
  std::ostringstream out;
  write_jsonld(out, g, context_document);
  return std::move(out).str();
}

}  // namespace kg
