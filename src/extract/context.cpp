#include "extract/context.h"

#include "common/text_util.h"

namespace kg::extract {

ArticleContext::ArticleContext(const Document& d, const LanguageData& l, const Resources& r)
    : doc(d), lang(l), res(r), lang_matches_(d.tokens.size()), global_matches_(d.tokens.size()),
      cats_at_(d.tokens.size()) {
  static_assert(static_cast<int>(Cat::kNotTrigger) < 128, "Cat no longer fits the bitset");
  const std::string& t = d.article->text;
  for (const auto& s : d.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      l.table.matches_at(t, d.tokens, i, s.last, lang_matches_[i]);
      r.global().matches_at(t, d.tokens, i, s.last, global_matches_[i]);
      for (const auto* list : {&lang_matches_[i], &global_matches_[i]})
        for (const Match& m : *list) cats_at_[i].set(static_cast<std::size_t>(m.payload->cat));
    }
  }
  sentences.resize(d.sentences.size());
}

const Match* ArticleContext::find(std::size_t i, Cat cat, std::size_t limit) const {
  if (i >= lang_matches_.size() || !cats_at_[i].test(static_cast<std::size_t>(cat))) return nullptr;
  for (const auto* list : {&lang_matches_[i], &global_matches_[i]})
    for (const Match& m : *list)
      if (m.payload->cat == cat && m.end <= limit) return &m;
  return nullptr;
}

const Match* ArticleContext::covering(std::size_t i, Cat cat) const {
  for (std::size_t b = i + 1; b-- > 0 && b + 6 > i;) {
    if (const Match* m = find(b, cat); m && m->end > i) return m;
  }
  return nullptr;
}

bool ArticleContext::any(std::size_t b, std::size_t e, Cat cat) const {
  for (std::size_t i = b; i < e; ++i)
    if (find(i, cat, e)) return true;
  return false;
}

std::string ArticleContext::span_text(std::size_t b, std::size_t e) const {
  if (b >= e) return {};
  return std::string(text().substr(doc.tokens[b].begin, doc.tokens[e - 1].end - doc.tokens[b].begin));
}

ActorRecord& ArticleContext::country_actor(const std::string& present_code, std::string_view surface) {
  // A text from 1987 that names Moscow speaks of the Soviet Union.
  const std::string& code = res.state_at(present_code, published());
  const std::string id = "country/" + code;
  auto [it, fresh] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  if (fresh) {
    a.id = id;
    a.kind = ActorKind::kCountry;
    a.country = code;
    a.registry = true;
    if (const CountryInfo* c = res.country(code)) {
      a.name = c->name;
      a.qid = c->qid;
    } else {
      a.name = code;
    }
  }
  if (!surface.empty()) a.surface_forms.insert(std::string(surface));
  return a;
}

ActorRecord& ArticleContext::person_actor(const PersonInfo& p, std::string_view surface) {
  const std::string id = "person/" + p.id;
  auto [it, fresh] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  if (fresh) {
    a.id = id;
    a.kind = ActorKind::kPerson;
    a.name = p.name;
    a.qid = p.qid;
    a.country = p.country;
    a.registry = true;
    for (const auto& r : p.roles)
      if (!r.title.empty() && (r.covers(published()) || published().empty())) a.titles.insert(r.title);
  }
  if (!surface.empty()) a.surface_forms.insert(std::string(surface));
  return a;
}

ActorRecord& ArticleContext::org_actor(const OrgInfo& o, std::string_view surface) {
  const std::string id = "org/" + o.id;
  auto [it, fresh] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  if (fresh) {
    a.id = id;
    a.kind = ActorKind::kOrganization;
    a.name = o.name;
    a.qid = o.qid;
    a.country = o.country;
    a.org_type = o.type;
    a.registry = true;
  }
  if (!surface.empty()) a.surface_forms.insert(std::string(surface));
  return a;
}

ActorRecord& ArticleContext::region_actor(const RegionInfo& r, std::string_view surface) {
  const std::string id = "region/" + r.id;
  auto [it, fresh] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  if (fresh) {
    a.id = id;
    a.kind = ActorKind::kOrganization;
    a.name = r.name;
    a.qid = r.qid;
    a.country = res.state_at(r.country, published());
    a.org_type = "GovernmentOrganization";
    a.registry = true;
  }
  if (!surface.empty()) a.surface_forms.insert(std::string(surface));
  return a;
}

ActorRecord& ArticleContext::found_org_actor(const std::string& name, const std::string& country, bool government) {
  const std::string id = "org/x-" + text::slug(name);
  auto [it, fresh] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  if (fresh) {
    a.id = id;
    a.kind = ActorKind::kOrganization;
    a.name = name;
    a.country = country;
    a.org_type = government ? "GovernmentOrganization" : "Organization";
  }
  a.surface_forms.insert(name);
  return a;
}

std::string role_of_title(const ArticleContext& ctx, std::size_t i) {
  const Match* m = ctx.find(i, Cat::kTitle);
  return m ? m->payload->sval : std::string();
}

}  // namespace kg::extract
