#include <algorithm>
#include "extract/context.h"

#include "common/text_util.h"

namespace kg::extract {

ArticleContext::ArticleContext(const Document& d, const LanguageData& l, const Resources& r)
    : doc(d), lang(l), res(r), lang_matches_(d.tokens.size()), global_matches_(d.tokens.size()),
      cats_at_(d.tokens.size()) {
  static_assert(static_cast<int>(Cat::kNotTrigger) < 192, "Cat no longer fits the bitset");
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

bool ArticleContext::list_joint(const std::vector<ActorMention>& ms, std::size_t b, std::size_t e, bool* with_and) const {
  if (b >= e) return b == e;
  const auto& toks = doc.tokens;
  // (A semicolon joins the items of a list of "country, name" pairs: "los presidentes de Ecuador,
  // Rafael Correa; Venezuela, Nicolás Maduro"; not two clauses: "Biden llama a Lula; Fernández vuela …".)
  bool comma = false;
  for (std::size_t k = b; k < e; ++k) comma |= toks[k].norm == ",";
  for (std::size_t k = b; k < e; ++k) {
    const bool covered = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) { return o.begin <= k && k < o.end; });
    // (Each with a country: "Sergej Lawrow aus Russland, Pawlo Klimkin aus der Ukraine und …",
    // "Buhari of Nigeria and Talon of Benin".)
    const bool from_country = (covering(k, Cat::kFromPrep) || covering(k, Cat::kOf)) && std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
                                return o.kind == ActorKind::kCountry && o.begin > k && o.begin <= k + 2 && o.end <= e;
                              });
    // ("zowel minister Koenders als zijn Turkse ambtgenoot Çavusoglu", "sowohl … als auch …",
    // "tanto … como …": the second word of a pair joins when the first came a little before.)
    const bool correlative = covering(k, Cat::kBothSecond) && any(b > 12 ? b - 12 : 0, b, Cat::kBothFirst);
    if (covering(k, Cat::kAnd) || correlative) {
      if (with_and) *with_and = true;
    } else if (!(toks[k].norm == "," || (toks[k].norm == ";" && comma) || toks[k].norm == "(" || toks[k].norm == ")" ||
                 covering(k, Cat::kTitle) || covering(k, Cat::kDeterminer) || covered || from_country ||
                 // ("…, Zambia's President Hakainde Hichilema and …")
                 ((toks[k].norm == "'s" || toks[k].norm == "’s") && k > b && covering(k - 1, Cat::kCountryName)) ||
                 (toks[k].is_word() && toks[k].upper_initial))) {
      return false;
    }
  }
  return e - b <= 10;  // a list's joints are short ("van Zambia en de president van de Comoren,")
}

// "Markus Söder (CSU)": the country of a party in brackets at token `open`, or "".
std::string ArticleContext::bracket_party(std::size_t open, std::size_t last) const {
  const auto& toks = doc.tokens;
  if (open + 2 >= last || toks[open].norm != "(") return {};
  for (std::size_t close = open + 2; close < last && close <= open + 4; ++close)
    if (toks[close].norm == ")") return res.party_country(text::fold(span_text(open + 1, close)));
  return {};
}

std::string ArticleContext::span_text(std::size_t b, std::size_t e) const {
  if (b >= e) return {};
  return std::string(text().substr(doc.tokens[b].begin, doc.tokens[e - 1].end - doc.tokens[b].begin));
}

ActorRecord& ArticleContext::registry_actor(const std::string& id, ActorKind kind, const std::string& name,
                                            const std::string& qid, std::string_view surface, bool& fresh) {
  auto [it, inserted] = actors.try_emplace(id);
  ActorRecord& a = it->second;
  fresh = inserted;
  if (fresh) {
    a.id = id;
    a.kind = kind;
    a.name = name;
    a.qid = qid;
    a.registry = true;
  }
  if (!surface.empty()) a.surface_forms.insert(std::string(surface));
  return a;
}

std::string ArticleContext::place_country(const Payload& place) const {
  const std::size_t bar = place.sval.find('|');
  if (bar == std::string::npos) return place.sval;
  if (!named_countries_ready_) {
    named_countries_ready_ = true;
    for (std::size_t i = 0; i < toks().size(); ++i)
      for (const auto* list : {&lang_at(i), &global_at(i)})
        for (const Match& m : *list)
          if (m.begin == i && (m.payload->cat == Cat::kCountryName || m.payload->cat == Cat::kDemonym ||
                               (m.payload->cat == Cat::kPlace && (m.payload->flags & kFlagCapitalCity))))
            ++named_countries_[m.payload->sval.substr(0, m.payload->sval.find('|'))];
  }
  std::string best = place.sval.substr(0, bar);
  int most = 0;
  for (const auto& c : text::split(place.sval, '|'))
    if (auto it = named_countries_.find(c); it != named_countries_.end() && it->second > most) {
      most = it->second;
      best = c;
    }
  return best;
}

ActorRecord& ArticleContext::country_actor(const std::string& present_code, std::string_view surface) {
  // A text from 1987 that names Moscow speaks of the Soviet Union.
  const std::string& code = res.state_at(present_code, published());
  const CountryInfo* c = res.country(code);
  bool fresh = false;
  ActorRecord& a = registry_actor("country/" + code, ActorKind::kCountry, c ? c->name : code, c ? c->qid : std::string(), surface, fresh);
  if (fresh) a.country = code;
  return a;
}

ActorRecord& ArticleContext::person_actor(const PersonInfo& p, std::string_view surface) {
  bool fresh = false;
  ActorRecord& a = registry_actor("person/" + p.id, ActorKind::kPerson, p.name, p.qid, surface, fresh);
  if (fresh) {
    a.country = p.country;
    // (The country of the office held on the day: Shevardnadze is the Soviet foreign minister in
    // 1987 and Georgia's president in 1995.)
    for (const auto& r : p.roles)
      if (r.org.empty() && !r.country.empty() && !published().empty() && r.covers(published())) {
        a.country = r.country;
        break;
      }
    for (const auto& r : p.roles)
      if (!r.title.empty() && (r.covers(published()) || published().empty())) a.titles.insert(r.title);
  }
  return a;
}

ActorRecord& ArticleContext::org_actor(const OrgInfo& o, std::string_view surface) {
  bool fresh = false;
  ActorRecord& a = registry_actor("org/" + o.id, ActorKind::kOrganization, o.name, o.qid, surface, fresh);
  if (fresh) {
    a.country = o.country;
    a.org_type = o.type;
  }
  return a;
}

ActorRecord& ArticleContext::region_actor(const RegionInfo& r, std::string_view surface) {
  bool fresh = false;
  ActorRecord& a = registry_actor("region/" + r.id, ActorKind::kOrganization, r.name, r.qid, surface, fresh);
  if (fresh) {
    a.country = res.state_at(r.country, published());
    a.org_type = "GovernmentOrganization";
  }
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
