#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "common/text_util.h"
#include "kg/graph.h"
#include "lexicon/resources.h"

namespace kg {

const char* to_string(NodeKind k) {
  switch (k) {
    case NodeKind::kCountry: return "Country";
    case NodeKind::kPerson: return "Person";
    case NodeKind::kOrganization: return "Organization";
    case NodeKind::kEvent: return "Event";
    case NodeKind::kArticle: return "Article";
  }
  return "Country";
}

std::optional<NodeKind> node_kind_from(const std::string& s) {
  for (NodeKind k : {NodeKind::kCountry, NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kEvent, NodeKind::kArticle})
    if (s == to_string(k)) return k;
  return std::nullopt;
}

Vertex KnowledgeGraph::add_node(const std::string& id, NodeKind kind) {
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  const Vertex v = boost::add_vertex(NodeData{id, kind, {}}, g_);
  by_id_.emplace(id, v);
  return v;
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

Edge KnowledgeGraph::add_edge(Vertex from, Vertex to, EdgeData data) {
  return boost::add_edge(from, to, std::move(data), g_).first;
}

std::vector<Vertex> KnowledgeGraph::sorted_nodes() const {
  std::vector<Vertex> out;
  for (auto [it, end] = boost::vertices(g_); it != end; ++it) out.push_back(*it);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  return out;
}

std::vector<Edge> KnowledgeGraph::sorted_out_edges(Vertex v) const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(v, g_); it != end; ++it) out.push_back(*it);
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    const auto& ea = g_[a];
    const auto& eb = g_[b];
    if (ea.type != eb.type) return ea.type < eb.type;
    const auto& ta = g_[boost::target(a, g_)].id;
    const auto& tb = g_[boost::target(b, g_)].id;
    if (ta != tb) return ta < tb;
    return ea.props < eb.props;
  });
  return out;
}

const std::string* get_string(const Properties& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end()) return nullptr;
  return std::get_if<std::string>(&it->second);
}

std::optional<double> get_number(const Properties& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end()) return std::nullopt;
  if (const auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&it->second)) return *d;
  return std::nullopt;
}

std::string article_node_id(const std::string& identifier) {
  std::string out = "article/";
  for (unsigned char c : identifier) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/' || c >= 0x80) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

namespace {

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string source_of(const std::string& url, const std::string& identifier) {
  const auto p = url.find("://");
  if (p != std::string::npos) {
    std::string host = url.substr(p + 3);
    host = host.substr(0, host.find('/'));
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    if (!host.empty()) return host;
  }
  return identifier;
}

std::string format_number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e18) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

}  // namespace

void GraphBuilder::add(const ArticleExtraction& x) {
  const std::size_t ai = articles_.size();
  articles_.push_back({x.article.identifier, x.article.url, x.article.title, x.language, x.article.format,
                       x.article.published, x.article.date_source});
  for (const auto& a : x.actors) {
    auto [it, fresh] = actors_.try_emplace(a.id, a);
    if (fresh) continue;
    ActorRecord& have = it->second;
    have.surface_forms.insert(a.surface_forms.begin(), a.surface_forms.end());
    have.titles.insert(a.titles.begin(), a.titles.end());
    if (have.country.empty()) have.country = a.country;
  }
  for (const auto& ev : x.events) {
    const auto [lo, hi] = event_window(ev, x.article.published);
    // Only events of the same type between the same actors can be one.
    std::vector<std::string> ids;
    for (const auto& part : ev.participants)
      if (!describing_role(part.role)) ids.push_back(part.actor_id);
    std::sort(ids.begin(), ids.end());
    std::string key = ev.type;
    for (const auto& id : ids) key += "|" + id;
    auto& candidates = by_key_[key];
    bool merged = false;
    for (const std::size_t ci : candidates) {
      auto& m = events_[ci];
      // Windows are the stated spans (or the weeks around publication): they must overlap.
      if (hi < m.window_lo || lo > m.window_hi || !same_event(m.ev, ev)) continue;
      // The extractor already merged what one article tells twice: events it kept apart are apart.
      if (std::find(m.articles.begin(), m.articles.end(), ai) != m.articles.end()) continue;
      absorb_event(m.ev, ev);
      if (std::find(m.articles.begin(), m.articles.end(), ai) == m.articles.end()) m.articles.push_back(ai);
      m.window_lo = std::max(m.window_lo, lo);
      m.window_hi = std::min(m.window_hi, hi);
      if (m.window_lo > m.window_hi) std::swap(m.window_lo, m.window_hi);
      merged = true;
      break;
    }
    if (!merged) {
      candidates.push_back(events_.size());
      events_.push_back({ev, {ai}, lo, hi});
    }
  }
}

GraphBuilder::Stats GraphBuilder::stats() const {
  Stats s;
  s.articles = articles_.size();
  s.events = events_.size();
  for (const auto& m : events_) {
    s.event_mentions += m.ev.mentions.size();
    ++s.events_by_type[m.ev.type];
  }
  return s;
}

KnowledgeGraph GraphBuilder::build() const {
  KnowledgeGraph kg;
  // Actors (sorted by id through the map).
  for (const auto& [id, a] : actors_) {
    const NodeKind kind = a.kind == ActorKind::kCountry ? NodeKind::kCountry
                          : a.kind == ActorKind::kPerson ? NodeKind::kPerson
                                                         : NodeKind::kOrganization;
    const Vertex v = kg.add_node(id, kind);
    Properties& p = kg.node(v).props;
    p["name"] = a.name;
    std::vector<std::string> alt;
    for (const auto& s : a.surface_forms)
      if (s != a.name) alt.push_back(s);
    if (!alt.empty()) p["alternateName"] = alt;
    if (a.kind == ActorKind::kCountry) p["countryCode"] = a.country;
    if (a.kind == ActorKind::kOrganization) {
      if (!a.country.empty()) p["countryCode"] = a.country;
      p["organizationType"] = a.org_type.empty() ? std::string("IntergovernmentalOrganization") : a.org_type;
    }
    if (!a.qid.empty()) p["sameAs"] = "http://www.wikidata.org/entity/" + a.qid;
    if (!a.titles.empty()) p["jobTitle"] = std::vector<std::string>(a.titles.begin(), a.titles.end());
    if (a.kind != ActorKind::kCountry) p["registry"] = a.registry;
  }
  for (const auto& [id, a] : actors_) {
    if (a.kind == ActorKind::kCountry || a.country.empty()) continue;
    const Vertex c = kg.add_node("country/" + a.country, NodeKind::kCountry);
    if (kg.node(c).props.empty()) {
      const CountryInfo* info = res_.country(a.country);
      kg.node(c).props["name"] = info ? info->name : a.country;
      kg.node(c).props["countryCode"] = a.country;
      if (info && !info->qid.empty()) kg.node(c).props["sameAs"] = "http://www.wikidata.org/entity/" + info->qid;
    }
    kg.add_edge(*kg.find(id), c, EdgeData{a.kind == ActorKind::kPerson ? "nationality" : "country", {}});
  }
  // Articles.
  for (const auto& a : articles_) {
    const Vertex v = kg.add_node(article_node_id(a.identifier), NodeKind::kArticle);
    Properties& p = kg.node(v).props;
    p["identifier"] = a.identifier;
    if (!a.url.empty()) p["url"] = a.url;
    if (!a.title.empty()) p["name"] = a.title;
    if (!a.published.empty()) p["datePublished"] = a.published.iso();
    p["dateSource"] = std::string(to_string(a.date_source));
    p["inLanguage"] = a.language;
    p["encodingFormat"] = a.format;
  }
  // Events, with ids from their content.
  std::map<std::string, int> used_ids;
  for (const auto& m : events_) {
    const EventRecord& ev = m.ev;
    std::string key = ev.type + "|" + ev.start.iso() + "|" + ev.end.iso() + "|" + ev.trade_flow + "|" + ev.treaty_name;
    // (Appended piece by piece: g++ 12 warns falsely on "literal" + std::string.)
    for (const auto& part : ev.participants) key.append("|").append(part.role).append("=").append(part.actor_id);
    if (ev.amount) key.append("|").append(format_number(ev.amount->value)).append(ev.amount->currency);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    std::string id = "event/" + ev.type + "/" + std::string(hex).substr(0, 12);
    if (int n = ++used_ids[id]; n > 1) id.append("-").append(std::to_string(n));
    const Vertex v = kg.add_node(id, NodeKind::kEvent);
    Properties& p = kg.node(v).props;
    p["eventType"] = ev.type;
    if (const EventCodes* c = res_.event_codes(ev.type, ev.status == "announced" || ev.status == "planned")) {
      p["cameoCode"] = c->cameo;
      p["ploverCategory"] = c->plover;
      if (!c->mode.empty()) p["ploverMode"] = c->mode;
      if (!c->context.empty()) p["ploverContext"] = c->context;
    }
    p["status"] = ev.status;
    if (!ev.start.empty()) p["startDate"] = ev.start.iso();
    if (!ev.end.empty()) p["endDate"] = ev.end.iso();
    if (!ev.date_source.empty()) p["dateSource"] = ev.date_source;
    if (ev.count > 0) p["count"] = static_cast<std::int64_t>(ev.count);
    if (ev.amount) {
      p["value"] = ev.amount->value;
      p["currency"] = ev.amount->currency;
      if (!ev.amount->qualifier.empty()) p["qualifier"] = ev.amount->qualifier;
    }
    if (!ev.trade_flow.empty()) p["tradeFlow"] = ev.trade_flow;
    if (!ev.treaty_name.empty()) p["treatyName"] = ev.treaty_name;
    std::set<std::string> sources;
    double confidence = 0;
    for (const auto ai : m.articles) sources.insert(source_of(articles_[ai].url, articles_[ai].identifier));
    for (const auto& mm : ev.mentions) confidence = std::max(confidence, mm.confidence);
    p["numMentions"] = static_cast<std::int64_t>(ev.mentions.size());
    p["numArticles"] = static_cast<std::int64_t>(m.articles.size());
    p["numSources"] = static_cast<std::int64_t>(sources.size());
    p["confidence"] = confidence;
    // A label for Gephi: "visit: Sergey Lavrov → China (2021-03-22)".
    // The identifying actors only; a visit's host after "hosted by".
    std::string label = ev.type + ":";
    auto name_of = [&](const std::string& actor_id) {
      auto it = actors_.find(actor_id);
      return it != actors_.end() ? it->second.name : actor_id;
    };
    std::size_t shown = 0;
    std::string host;
    for (const auto& part : ev.participants) {
      if (part.role == "host") host = name_of(part.actor_id);
      if (describing_role(part.role)) continue;
      label += (shown++ == 0 ? " " : (ev.type == "visit" ? " → " : " – ")) + name_of(part.actor_id);
    }
    if (!host.empty()) label.append(", hosted by ").append(host);
    if (ev.amount) label.append(" ").append(format_number(ev.amount->value)).append(" ").append(ev.amount->currency);
    if (!ev.start.empty()) label.append(" (").append(ev.start.iso()).append(")");
    p["name"] = label;
    for (const auto& part : ev.participants) {
      auto t = kg.find(part.actor_id);
      if (t) kg.add_edge(v, *t, EdgeData{part.role, {}});
    }
    for (const auto& mm : ev.mentions) {
      auto t = kg.find(article_node_id(mm.article));
      if (!t) continue;
      EdgeData e{"mentionedIn", {}};
      e.props["start"] = static_cast<std::int64_t>(mm.sentence_begin);
      e.props["end"] = static_cast<std::int64_t>(mm.sentence_end);
      e.props["triggerStart"] = static_cast<std::int64_t>(mm.trigger_begin);
      e.props["triggerEnd"] = static_cast<std::int64_t>(mm.trigger_end);
      e.props["sentence"] = mm.sentence;
      e.props["trigger"] = mm.trigger;
      e.props["confidence"] = mm.confidence;
      kg.add_edge(v, *t, std::move(e));
    }
  }
  return kg;
}

}  // namespace kg
