// Actor mentions, sentence by sentence:
//  1. names from the registry and the gazetteers (countries, demonyms, places, organisations),
//     compounds such as "Chinees-Russische" split into their countries;
//  2. persons introduced by a title ("minister van Buitenlandse Zaken Wang Yi", "X, the foreign
//     minister of Y"), who take their country from a demonym, a possessive, "of Y" or an
//     affiliation; title-only references ("de Russische president") resolved to the office holder;
//  3. other names that speak ("Li Yonghui said", "according to …");
//  4. surnames and family names of persons already seen ("Lavrov", "Zhao");
//  5. pronouns, "het land", "de twee landen", "here".
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/text_util.h"
#include "extract/context.h"

namespace kg::extract {
namespace {

bool is_particle(const std::string& norm) {
  static const std::set<std::string> kParticles = {"van", "de", "der", "den", "von", "da", "di", "du", "le", "la",
                                                   "al", "el", "bin", "ibn", "y", "dos", "das", "del", "ter", "ten",
                                                   "zu", "ben", "abu", "bint", "mac", "st"};
  return kParticles.count(norm) > 0;
}

// "al-Moualem", "el-Sisi", "bin-Salman": a name token that starts with a lower-case particle.
bool particle_name(const Token& t, std::string_view raw) {
  const auto dash = raw.find('-');
  if (dash == std::string_view::npos || dash + 1 >= raw.size()) return false;
  return is_particle(text::fold(raw.substr(0, dash))) && text::starts_upper(raw.substr(dash + 1)) && t.is_word();
}

// Titles that can name the same person: "the minister" for a foreign minister, "the leader" for
// a president or a prime minister.
bool compatible_roles(const std::string& a, const std::string& b) {
  if (a == b) return true;
  static const std::set<std::string> kMinisters = {"minister", "foreign_minister", "deputy_head_of_government"};
  static const std::set<std::string> kLeaders = {"leader", "head_of_state", "head_of_government", "royal"};
  // "the politician", "the official": anyone in office.
  static const std::set<std::string> kAnyOffice = {"politician", "official"};
  static const std::set<std::string> kInOffice = {"minister", "foreign_minister", "deputy_head_of_government", "leader",
                                                 "head_of_state", "head_of_government", "vice_president", "politician",
                                                 "official", "secretary_general"};
  if ((kAnyOffice.count(a) && kInOffice.count(b)) || (kAnyOffice.count(b) && kInOffice.count(a))) return true;
  return (kMinisters.count(a) && kMinisters.count(b)) || (kLeaders.count(a) && kLeaders.count(b));
}

class SentenceActors {
 public:
  SentenceActors(ArticleContext& ctx, std::size_t si)
      : ctx_(ctx), si_(si), s_(ctx.doc.sentences[si]), toks_(ctx.toks()), taken_(s_.last - s_.first, false),
        sentence_caps_(all_caps_sentence()) {}

  void run(std::size_t skip_until);

  std::vector<ActorMention> mentions;

 private:
  bool all_caps_sentence() const {
    std::size_t words = 0, caps = 0;
    for (std::size_t i = s_.first; i < s_.last; ++i)
      if (toks_[i].is_word() && toks_[i].norm.size() > 1) {
        ++words;
        caps += toks_[i].all_caps;
      }
    return words > 3 && caps * 10 >= words * 8;
  }
  bool taken(std::size_t i) const { return i < s_.first || i >= s_.last || taken_[i - s_.first]; }
  void take(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) taken_[i - s_.first] = true;
  }
  bool sentence_start(std::size_t i) const {
    if (i == s_.first) return true;
    const Token& p = toks_[i - 1];
    return p.kind == TokenKind::kPunct && (p.norm == "\"" || p.norm == "“" || p.norm == "«" || p.norm == "(" || p.norm == "-" ||
                                           p.norm == "—" || p.norm == "–" || p.norm == ":");
  }
  bool not_name(std::size_t i) const { return ctx_.find(i, Cat::kNotName, i + 1) != nullptr; }
  bool ambiguous_ok(std::size_t b, std::size_t e) const;
  bool after_locative(std::size_t b) const;
  // Is token i the last name of a person already named in the article?
  bool seen_surname(std::size_t i) const;
  // Is a registry person named with a full name of theirs anywhere in the article?
  bool named_in_full(const PersonInfo& p) const {
    for (const auto& a : p.aliases)
      if (a.find(' ') != std::string::npos && ctx_.text().find(a) != std::string::npos) return true;
    return false;
  }
  bool name_token(std::size_t i) const;
  std::size_t name_end(std::size_t j) const;

  void gazetteer_pass(std::size_t skip_until);
  void add_compound(std::size_t i);
  void add_inflected(std::size_t i);
  void group_pass();
  void title_pass();
  void org_pass();
  void speaker_pass();
  void surname_pass();
  // A person already in the article that tokens [i, e) name: the whole name, one of its written
  // forms, its last two or more words, or (one token) its first or last name.
  const ActorRecord* seen_person(std::size_t i, std::size_t e) const;
  void reference_pass();

  // A group of persons over tokens [b, e) ("the two ministers", "the four presidents"), `count`
  // of them when said (0: two), resolved by the discourse pass; returns the last token taken.
  std::size_t add_group(std::size_t b, std::size_t e, int count) {
    ActorMention a;
    a.begin = static_cast<std::uint32_t>(b);
    a.end = static_cast<std::uint32_t>(e);
    a.kind = ActorKind::kPerson;
    a.via = Via::kTwoPersons;
    if (count >= 3) a.country = std::to_string(count);
    mentions.push_back(a);
    take(b, e);
    return e - 1;
  }
  ActorMention& add(std::size_t b, std::size_t e, const ActorRecord& a, Via via) {
    ActorMention m;
    m.begin = static_cast<std::uint32_t>(b);
    m.end = static_cast<std::uint32_t>(e);
    m.actor = a.id;
    m.kind = a.kind;
    m.via = via;
    m.country = a.country;
    mentions.push_back(m);
    return mentions.back();
  }
  ActorRecord& discovered_person(const std::string& name);
  // The country a title phrase [tb, te) names: "de Russische minister", "Russia's Foreign
  // Minister", "U.S. Secretary of State", "the foreign minister of Syria". Returns the end of any
  // "of Y" part in *after_end.
  std::string title_country(std::size_t tb, std::size_t te, std::size_t* after_end) const;
  std::string affiliation_country(std::size_t from, std::size_t limit) const;
  const ActorMention* mention_at(std::size_t b, ActorKind kind) const {
    for (const auto& m : mentions)
      if (m.begin == b && m.kind == kind) return &m;
    return nullptr;
  }
  const ActorMention* country_mention_starting_at(std::size_t b) const {
    for (const auto& m : mentions)
      if (m.begin == b && m.kind == ActorKind::kCountry) return &m;
    return nullptr;
  }
  // Another name right after token e-1: a given name before it is part of that name, never a
  // person of its own ("Vladimir Makej" is not Vladimir Putin).
  bool name_follows(std::size_t e) const { return e < s_.last && toks_[e].is_word() && toks_[e].upper_initial; }
  const ActorMention* country_mention_ending_at(std::size_t e) const {
    for (const auto& m : mentions)
      if (m.end == e && m.kind == ActorKind::kCountry) return &m;
    return nullptr;
  }

  ArticleContext& ctx_;
  std::size_t si_;
  const Sentence& s_;
  const std::vector<Token>& toks_;
  std::vector<bool> taken_;
  bool sentence_caps_;
  std::set<std::string> fresh_;  // persons first named in this sentence
};

bool SentenceActors::ambiguous_ok(std::size_t b, std::size_t e) const {
  // "M. Hollande", "Mr Jordan": after an honorific, a person.
  for (std::size_t k = b > s_.first + 3 ? b - 3 : s_.first; k < b; ++k)
    if (const Match* h = ctx_.find(k, Cat::kHonorific, b); h && h->end == b) return false;
  // "Jordan" in "Michael Jordan", "Georgia" before "Tech": a neighbouring capitalised word
  // suggests another name.
  if (e < s_.last && toks_[e].is_word() && toks_[e].upper_initial && !sentence_caps_) return false;
  // "A Alger, Hollande signe …" in an article about François Hollande: the surname of a registry
  // person the article names in full.
  if (e == b + 1)
    for (const PersonInfo* p : ctx_.res.persons_by_last_name(toks_[b].norm))
      if (named_in_full(*p)) return false;
  if (b > s_.first && !sentence_start(b) && toks_[b - 1].is_word() && toks_[b - 1].upper_initial && !sentence_caps_ &&
      !ctx_.find(b - 1, Cat::kTitle))
    return false;
  return !sentence_start(b) || b + 1 < e;
}

// Does a locative or destination preposition end right before token b ("in", "à", "naar", "nach")?
bool SentenceActors::after_locative(std::size_t b) const {
  for (std::size_t k = b > s_.first + 3 ? b - 3 : s_.first; k < b; ++k)
    for (Cat c : {Cat::kLocative, Cat::kDestPrep})
      if (const Match* m = ctx_.find(k, c, b); m && m->end == b) return true;
  return false;
}

bool SentenceActors::name_token(std::size_t i) const {
  if (i >= s_.last || taken(i)) return false;
  const Token& t = toks_[i];
  if (!t.is_word()) return false;
  const std::string_view raw = ctx_.tok_text(i);
  if (!(t.upper_initial || particle_name(t, raw))) return false;
  if (t.all_caps && !sentence_caps_ && text::count_cps(raw) <= 5) return false;  // an acronym
  if (not_name(i)) return false;
  if (ctx_.find(i, Cat::kMonth, i + 1) || ctx_.find(i, Cat::kWeekday, i + 1) || ctx_.find(i, Cat::kTitle)) return false;
  if (std::isdigit(static_cast<unsigned char>(t.norm[0]))) return false;
  return true;
}

// End of a name starting at j (j itself when there is none): capitalised tokens with particles.
std::size_t SentenceActors::name_end(std::size_t j) const {
  std::size_t k = j;
  while (k < s_.last && k - j < 5) {
    if (name_token(k)) {
      ++k;
    } else if (k > j && is_particle(toks_[k].norm) && name_token(k + 1) &&
               (!toks_[k].upper_initial || toks_[k].norm.size() <= 3)) {
      // "Ursula von der Leyen"; inside a name also capitalised: "Marine Le Pen", "Jean-Yves Le Drian".
      ++k;
    } else {
      break;
    }
  }
  return k;
}

void SentenceActors::add_compound(std::size_t i) {
  // "Chinees-Russische", "Sino-Russian", "EU-Mercosur", "US-China": each part on its own.
  const std::string_view raw = ctx_.tok_text(i);
  const auto parts = text::split(std::string(raw), '-');
  if (parts.size() < 2) return;
  std::vector<std::pair<const Payload*, std::string>> found;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (parts[p].empty()) return;
    const auto ptoks = tokenize(parts[p]);
    if (ptoks.size() != 1) return;
    std::vector<Match> ms;
    ctx_.lang.table.matches_at(parts[p], ptoks, 0, 1, ms);
    ctx_.res.global().matches_at(parts[p], ptoks, 0, 1, ms);
    const Payload* best = nullptr;
    for (const auto& m : ms) {
      const Cat c = m.payload->cat;
      const bool last = p + 1 == parts.size();
      if (c == Cat::kCountryName || c == Cat::kDemonym || c == Cat::kOrganization || (!last && c == Cat::kCombiningForm)) {
        best = m.payload;
        break;
      }
    }
    if (!best) {
      // Unknown trailing parts ("-Russische betrekkingen" is one token, but "-led", "-based"…)
      if (p + 1 == parts.size() && found.size() >= 2) break;
      return;
    }
    found.emplace_back(best, parts[p]);
  }
  if (found.size() < 2) return;
  for (const auto& [pl, surface] : found) {
    if (pl->cat == Cat::kOrganization) {
      if (const OrgInfo* o = ctx_.res.organization(pl->sval)) add(i, i + 1, ctx_.org_actor(*o, surface), Via::kCompound);
    } else {
      add(i, i + 1, ctx_.country_actor(pl->cat == Cat::kPlace ? ctx_.place_country(*pl) : pl->sval, surface), Via::kCompound);
    }
  }
  take(i, i + 1);
}

// Inflected names: the German genitive "Russlands", "Chinas" (lexicon name_suffixes).
void SentenceActors::add_inflected(std::size_t i) {
  const std::string& norm = toks_[i].norm;
  for (const auto& suffix : ctx_.lang.name_suffixes) {
    if (norm.size() <= suffix.size() + 3 || norm.compare(norm.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string raw(ctx_.tok_text(i));
    const std::string stem = raw.substr(0, raw.size() - suffix.size());
    const auto stoks = tokenize(stem);
    if (stoks.size() != 1) continue;
    std::vector<Match> ms;
    ctx_.lang.table.matches_at(stem, stoks, 0, 1, ms);
    ctx_.res.global().matches_at(stem, stoks, 0, 1, ms);
    for (const auto& m : ms) {
      if (m.payload->cat == Cat::kRegionName) {
        if (const RegionInfo* r = ctx_.res.region(m.payload->sval)) add(i, i + 1, ctx_.region_actor(*r, stem), Via::kOrgName);
        else continue;
      } else if (m.payload->cat == Cat::kPerson || m.payload->cat == Cat::kPersonSurname) {
        // "Erdogans Besuch": a registry person in the genitive.
        const PersonInfo* p = ctx_.res.person(m.payload->sval);
        if (!p) continue;
        add(i, i + 1, ctx_.person_actor(*p, stem), m.payload->cat == Cat::kPerson ? Via::kName : Via::kSurname);
      } else if (m.payload->cat == Cat::kCountryName) {
        add(i, i + 1, ctx_.country_actor(m.payload->sval, stem), Via::kCountryName);
      } else if (m.payload->cat == Cat::kPlace) {
        // (A smaller town of the city list is not read into a genitive: "Von Jonas Albrecht" is no "Jona".)
        if ((m.payload->flags & kFlagCityDb) && (m.payload->flags & kFlagAmbiguous)) continue;
        add(i, i + 1, ctx_.country_actor(ctx_.place_country(*m.payload), ""), (m.payload->flags & kFlagCapitalCity) ? Via::kCapital : Via::kPlace)
            .building = (m.payload->flags & kFlagBuilding) != 0;  // ("des Bundeskanzleramts")
      } else {
        continue;
      }
      take(i, i + 1);
      return;
    }
  }
}

bool SentenceActors::seen_surname(std::size_t i) const {
  for (const auto& [id, a] : ctx_.actors) {
    if (a.kind != ActorKind::kPerson) continue;
    const auto parts = text::split(text::fold(a.name), ' ');
    if (parts.size() > 1 && parts.back() == toks_[i].norm) return true;
  }
  return false;
}

void SentenceActors::gazetteer_pass(std::size_t skip_until) {
  const PartialDate& pub = ctx_.published();
  for (std::size_t i = std::max<std::size_t>(s_.first, skip_until); i < s_.last; ++i) {
    if (taken(i)) continue;
    const Match* best = nullptr;
    int best_rank = -1;
    auto consider = [&](const Match& m) {
      const Cat c = m.payload->cat;
      int rank;
      switch (c) {
        case Cat::kPerson: rank = 6; break;
        case Cat::kOrganization: rank = 5; break;
        case Cat::kCountryName: rank = 4; break;
        case Cat::kPlace: rank = 3; break;
        case Cat::kDemonym: rank = 2; break;
        case Cat::kPersonSurname: rank = 1; break;
        case Cat::kRegion: rank = 7; break;  // "Latin America" is not America
        case Cat::kRegionName: rank = 4; break;
        case Cat::kRegionDemonym: rank = 2; break;
        default: return;
      }
      if ((m.payload->flags & kFlagAmbiguous) && !ambiguous_ok(m.begin, m.end)) return;
      if ((m.payload->flags & kFlagSmallPlace) && !after_locative(m.begin)) return;
      // "Santos, Calderón y Humala viajaron": the surname of a person named before in the
      // article, not a city (unless after "in", and then only a curated place: "se lo entregó a
      // Santos" is still the president).
      if (c == Cat::kPlace && m.end == m.begin + 1 && (!after_locative(m.begin) || (m.payload->flags & kFlagCityDb)) &&
          seen_surname(m.begin))
        return;
      // "Simon Birmingham", "Paris Hilton": a place right after a given name is a surname.
      if (c == Cat::kPlace && m.begin > s_.first && !after_locative(m.begin) && toks_[m.begin - 1].upper_initial) {
        const Match* gm = ctx_.find(m.begin - 1, Cat::kGivenName, m.begin);
        if (gm && !(gm->payload->flags & kFlagAmbiguous)) return;
      }
      // "gesprekken met Albanese.": the surname of a person named before, not an adjective with
      // no noun after it.
      if (c == Cat::kDemonym && m.end == m.begin + 1 && (m.end == s_.last || !toks_[m.end].is_word() || ctx_.find(m.end, Cat::kAnd)) &&
          seen_surname(m.begin))
        return;
      // "US$1.6 billion", "A$", "HK$": a currency, not a country.
      if (m.end < s_.last && (toks_[m.end].norm == "$" || toks_[m.end].norm == "＄") &&
          toks_[m.end].begin == toks_[m.end - 1].end)
        return;
      // "Windsor Castle", "Victoria Falls": a city's name inside a longer name says nothing of
      // where that is.
      if ((m.payload->flags & kFlagCityDb) && m.end < s_.last && toks_[m.end].is_word() && toks_[m.end].upper_initial &&
          !sentence_caps_ && !ctx_.lang.capitalized_nouns)
        return;
      if (c == Cat::kPersonSurname || c == Cat::kPerson) {
        if (!toks_[m.begin].upper_initial) return;
        if (c == Cat::kPersonSurname) {
          if (not_name(m.begin) || (sentence_start(m.begin) && ctx_.find(m.begin, Cat::kDeterminer))) return;
          // A surname alone names a registry person only when it is not followed by another name part.
          if (m.end < s_.last && toks_[m.end].upper_initial && toks_[m.end].is_word() && !sentence_caps_) return;
          const PersonInfo* p = ctx_.res.person(m.payload->sval);
          if (!p) return;
          // "Melania Trump" is not Donald Trump: another given name before the surname.
          if (m.begin > s_.first && toks_[m.begin - 1].upper_initial && ctx_.find(m.begin - 1, Cat::kGivenName, m.begin)) {
            bool own = false;
            for (const auto& a : p->aliases) own |= text::fold(text::split(a, ' ').front()) == toks_[m.begin - 1].norm;
            if (!own) return;
          }
          bool in_office = false;
          for (const auto& r : p->roles) in_office |= r.covers(pub);
          // (Or named in full elsewhere in the article: a headline's "Milei habló por teléfono con
          // Trump" before "Donald Trump" in the text, between his terms.)
          if (!in_office && !ctx_.actors.count("person/" + p->id) && !named_in_full(*p)) return;
        }
      }
      const auto len = m.end - m.begin;
      const auto best_len = best ? best->end - best->begin : 0;
      if (!best || len > best_len || (len == best_len && rank > best_rank)) {
        best = &m;
        best_rank = rank;
      }
    };
    for (const Match& m : ctx_.global_at(i)) consider(m);
    for (const Match& m : ctx_.lang_at(i)) consider(m);
    if (!best) {
      if (ctx_.toks()[i].is_word() && ctx_.tok_text(i).find('-') != std::string_view::npos) add_compound(i);
      else if (toks_[i].upper_initial) add_inflected(i);
      continue;
    }
    // Several registry persons may share a surname; take the one in office, else the one seen.
    const Payload* pl = best->payload;
    const std::string surface = ctx_.span_text(best->begin, best->end);
    switch (pl->cat) {
      case Cat::kPerson:
      case Cat::kPersonSurname: {
        // (A full name two entries share — Shevardnadze, Soviet and then Georgian — is the one in
        // office on the day, else the first.)
        const PersonInfo* chosen = nullptr;
        const PersonInfo* any = nullptr;
        for (const Match& m : ctx_.global_at(i)) {
          if (m.end != best->end || m.payload->cat != pl->cat) continue;
          const PersonInfo* p = ctx_.res.person(m.payload->sval);
          if (!p) continue;
          bool in_office = false;
          for (const auto& r : p->roles) in_office |= r.covers(pub);
          if (ctx_.actors.count("person/" + p->id)) { chosen = p; break; }
          if (in_office && !chosen) chosen = p;
          if (!any && (pl->cat == Cat::kPerson || named_in_full(*p))) any = p;
        }
        if (!chosen) chosen = any;
        if (!chosen) continue;
        add(best->begin, best->end, ctx_.person_actor(*chosen, surface), pl->cat == Cat::kPerson ? Via::kName : Via::kSurname);
        break;
      }
      case Cat::kOrganization:
        if (const OrgInfo* o = ctx_.res.organization(pl->sval))
          add(best->begin, best->end, ctx_.org_actor(*o, pl->ival == 1 ? std::string() : surface),
              pl->ival == 1 ? Via::kDemonym : Via::kOrgName);
        break;
      case Cat::kCountryName:
        add(best->begin, best->end, ctx_.country_actor(pl->sval, surface), Via::kCountryName);
        break;
      case Cat::kPlace:
        add(best->begin, best->end, ctx_.country_actor(ctx_.place_country(*pl), ""),
            (pl->flags & kFlagCapitalCity) ? Via::kCapital : Via::kPlace)
            .building = (pl->flags & kFlagBuilding) != 0;
        break;
      case Cat::kDemonym: {
        // "de Braziliaanse hoofdstad", "la capitale française": the capital, not an adjective.
        std::size_t e = best->end;
        while (e < s_.last && e < best->end + 1 && !toks_[e].upper_initial && !ctx_.find(e, Cat::kCapitalWord)) ++e;
        // "la capital brasileña": the capital word before the adjective.
        if (ctx_.lang.adjective_after_noun && best->begin > s_.first) {
          if (const Match* cw = ctx_.covering(best->begin - 1, Cat::kCapitalWord)) {
            add(cw->begin, best->end, ctx_.country_actor(pl->sval, ""), Via::kCapital);
            take(cw->begin, best->end);
            i = best->end - 1;
            continue;
          }
        }
        if (const Match* cw = e < s_.last ? ctx_.find(e, Cat::kCapitalWord) : nullptr) {
          add(best->begin, cw->end, ctx_.country_actor(pl->sval, ""), Via::kCapital);
          take(best->begin, cw->end);
          i = cw->end - 1;
          continue;
        }
        // "in de Tadzjiekse stad Chudzjand", "the Tajik city of Khujand", "la ciudad tayika de
        // Juyand": a town the gazetteer does not know, named with its country's adjective.
        {
          const Match* city = best->end < s_.last ? ctx_.find(best->end, Cat::kCityWord) : nullptr;
          // (an adjective between: "the Saudi desert city of Al-Ula", "the Chinese port city of")
          if (!city && best->end + 1 < s_.last && toks_[best->end].is_word() && !toks_[best->end].upper_initial)
            city = ctx_.find(best->end + 1, Cat::kCityWord);
          if (!city && ctx_.lang.adjective_after_noun && best->begin > s_.first) city = ctx_.covering(best->begin - 1, Cat::kCityWord);
          if (city) {
            std::size_t q = std::max(city->end, best->end);
            if (q < s_.last && ctx_.find(q, Cat::kOf, q + 1)) ++q;
            const std::size_t ne = name_end(q);
            if (ne > q && ne <= q + 2) {
              const std::size_t b = std::min(city->begin, best->begin);
              add(b, ne, ctx_.country_actor(pl->sval, ""), Via::kPlace);
              take(b, ne);
              i = ne - 1;
              continue;
            }
          }
        }
        add(best->begin, best->end, ctx_.country_actor(pl->sval, ""), Via::kDemonym);
        break;
      }
      case Cat::kRegion:
        break;  // a region: no actor, but its words are no country either
      case Cat::kRegionName:
        if (const RegionInfo* r = ctx_.res.region(pl->sval)) add(best->begin, best->end, ctx_.region_actor(*r, surface), Via::kOrgName);
        break;
      case Cat::kRegionDemonym:
        if (const RegionInfo* r = ctx_.res.region(pl->sval)) add(best->begin, best->end, ctx_.region_actor(*r, ""), Via::kDemonym);
        break;
      default:
        break;
    }
    take(best->begin, best->end);
    i = best->end - 1;
  }
}

ActorRecord& SentenceActors::discovered_person(const std::string& raw_name) {
  // Names broken over lines ("Mikhail\nGorbachev") are one name.
  std::string name;
  for (char c : raw_name) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (name.empty() || name.back() == ' ')) continue;
    name += space ? ' ' : c;
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  const std::string id = "person/" + text::slug(name);
  auto [it, fresh] = ctx_.actors.try_emplace(id);
  if (fresh) {
    it->second.id = id;
    it->second.kind = ActorKind::kPerson;
    it->second.name = name;
  }
  it->second.surface_forms.insert(name);
  if (fresh) fresh_.insert(id);
  return it->second;
}

std::string SentenceActors::title_country(std::size_t tb, std::size_t te, std::size_t* after_end) const {
  *after_end = te;
  // A country inside a compound title: "US-Präsident", "Russland-Beauftragter", "Kreml-Chef";
  // a seat of government fused with it: "Kremlchef", "Kremlinleider".
  if (te == tb + 1) {
    const std::string raw(ctx_.tok_text(tb));
    auto country_of_head = [&](const std::string& head, bool building_only) -> std::string {
      const auto htoks = tokenize(head);
      std::vector<Match> ms;
      if (htoks.size() == 1) ctx_.lang.table.matches_at(head, htoks, 0, 1, ms);
      for (const auto& m : ms) {
        const Cat c = m.payload->cat;
        const bool building = c == Cat::kPlace && (m.payload->flags & kFlagBuilding);
        if (building || (!building_only && (c == Cat::kCountryName || c == Cat::kDemonym || c == Cat::kCombiningForm)))
          return ctx_.res.state_at(m.payload->sval, ctx_.published());
      }
      return {};
    };
    const auto dash = raw.find('-');
    if (dash != std::string::npos && dash > 0) {
      if (std::string c = country_of_head(raw.substr(0, dash), false); !c.empty()) return c;
    } else if (dash == std::string::npos) {
      for (std::size_t cut = raw.size() >= 7 ? raw.size() - 3 : 0; cut >= 4; --cut)
        if ((static_cast<unsigned char>(raw[cut]) & 0xC0) != 0x80)
          if (std::string c = country_of_head(raw.substr(0, cut), true); !c.empty()) return c;
    }
  }
  // Before the title: a demonym or country name, possibly with "'s" ("Russia's"), possibly
  // with one adjective between ("Syrian Deputy Foreign Minister" is one title phrase anyway).
  std::size_t k = tb;
  if (k > s_.first && toks_[k - 1].norm == "'s") --k;
  if (k > s_.first) {
    if (const ActorMention* m = country_mention_ending_at(k)) return m->country;
    for (const auto& m : mentions)  // an organisation of a country ("Chinese Foreign Ministry spokesman")
      if (m.end == k && m.kind == ActorKind::kOrganization && !m.country.empty()) return m.country;
    // (an adjective, past up to two lower-case words of the office: "Guinean natural resources
    // minister Ousmane Sylla")
    for (std::size_t j = k; j > s_.first && j + 2 >= k && toks_[j - 1].is_word() && !toks_[j - 1].upper_initial; --j)
      if (const ActorMention* m = country_mention_ending_at(j - 1); m && m->via == Via::kDemonym) return m->country;
  }
  // Right after: "le président sénégalais", "el canciller mexicano", "chef de la diplomatie russe".
  if (const ActorMention* m = country_mention_starting_at(te);
      m && m->via == Via::kDemonym && ctx_.lang.adjective_after_noun) {
    *after_end = m->end;
    return m->country;
  }
  // After: "of Syria", "van Rusland", "des Affaires étrangères de la France".
  std::size_t j = te;
  if (j < s_.last && ctx_.find(j, Cat::kOf)) {
    std::size_t q = ctx_.find(j, Cat::kOf)->end;
    if (q < s_.last && ctx_.find(q, Cat::kDeterminer, q + 1)) ++q;
    for (const auto& m : mentions)
      if (m.begin == q && m.kind == ActorKind::kCountry && !m.weak()) {
        *after_end = m.end;
        return m.country;
      }
    // A region's office names its country ("le premier ministre du Québec, Philippe Couillard").
    for (const auto& m : mentions)
      if (m.begin == q && m.actor.rfind("region/", 0) == 0 && !m.country.empty()) {
        *after_end = m.end;
        return m.country;
      }
  }
  return {};
}

// An affiliation in an apposition: "onderzoeker … aan de Chinese Academie", "at the Russian
// embassy": a demonym or country name directly followed by a capitalised word.
std::string SentenceActors::affiliation_country(std::size_t from, std::size_t limit) const {
  for (const auto& m : mentions) {
    if (m.begin < from || m.end >= limit || m.kind != ActorKind::kCountry) continue;
    if (m.end < s_.last && toks_[m.end].upper_initial && toks_[m.end].is_word()) return m.country;
  }
  return {};
}

// "The five signed …", "les cinq dirigeants", "die vier Staatschefs": a group of persons counted
// (four to twelve; two and three are in the lexicon's two_persons/three_persons), resolved by the
// discourse pass. Before the titles, whose words it holds.
void SentenceActors::group_pass() {
  for (std::size_t i = s_.first; i + 2 < s_.last; ++i) {
    if (taken(i) || !ctx_.find(i, Cat::kDefinite, i + 1)) continue;
    const auto nw = ctx_.lang.number_words.find(toks_[i + 1].norm);
    if (nw == ctx_.lang.number_words.end() || nw->second < 4 || nw->second > 12 || nw->second != std::floor(nw->second)) continue;
    const std::size_t after = i + 2;
    const Match* title = ctx_.find(after, Cat::kTitle);
    bool verb_next = false;
    for (Cat c : {Cat::kTreatyAction, Cat::kVisitVerb, Cat::kMotionVerb, Cat::kArrivalVerb, Cat::kMeetingVerb, Cat::kPhoneVerb,
                  Cat::kSpeechVerb, Cat::kReport})
      verb_next |= ctx_.find(after, c) != nullptr;
    if (!title && !verb_next) continue;
    ActorMention a;
    a.begin = static_cast<std::uint32_t>(i);
    a.end = static_cast<std::uint32_t>(title ? title->end : after);
    a.kind = ActorKind::kPerson;
    a.via = Via::kTwoPersons;
    a.country = std::to_string(static_cast<int>(nw->second));  // the group's size until resolved
    mentions.push_back(a);
    take(a.begin, a.end);
    i = a.end - 1;
  }
}

void SentenceActors::title_pass() {
  const PartialDate& pub = ctx_.published();
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    const Match* tm = ctx_.find(i, Cat::kTitle);
    if (!tm || taken(i)) continue;
    const std::size_t tb = i, te = tm->end;
    const std::string role = tm->payload->sval;
    const std::string title_text = ctx_.span_text(tb, te);
    // "la chancelière", "the Queen": not a man.
    const bool feminine = ctx_.lang.feminine_title(text::fold(title_text));
    auto gender_fits = [&](const std::string& id) {
      if (!feminine || id.rfind("person/", 0) != 0) return true;
      const PersonInfo* p = ctx_.res.person(id.substr(7));
      return !p || p->gender != "male";
    };
    std::size_t after = te;
    std::string country = title_country(tb, te, &after);

    auto give = [&](ActorRecord& a) {
      a.titles.insert(title_text);
      if (a.country.empty() && !country.empty()) a.country = country;
      if (a.country.empty() && fresh_.count(a.id)) {
        // "her Brazilian counterpart … Foreign Minister Paulo Roberto Lacerda"
        for (auto it = ctx_.pending_titles.rbegin(); it != ctx_.pending_titles.rend(); ++it)
          if (it->sentence + 3 >= si_ && compatible_roles(it->role, role)) {
            a.country = it->country;
            ctx_.pending_titles.erase(std::next(it).base());
            break;
          }
      }
      ctx_.person_roles[a.id].insert(role);
    };

    // Name after the title, possibly after a comma or a short phrase ending in a comma:
    // "minister van Buitenlandse Zaken Wang Yi", "De Russische minister …, Sergej Lavrov,",
    // "China's commercial counsellor in its Washington embassy, Chen Shibiao".
    std::size_t j = after;
    if (j < s_.last && toks_[j].norm == ",") ++j;
    else if (j < s_.last && !name_token(j)) {
      std::size_t q = j;
      // (not past another title: "el presidente se entrevistó con el presidente mauritano, X" —
      // X is the second one's)
      bool other_title = false;
      while (q < s_.last && q - j < 7 && toks_[q].norm != "," && toks_[q].norm != ".") other_title |= ctx_.find(q++, Cat::kTitle) != nullptr;
      if (!other_title && q < s_.last && toks_[q].norm == "," && q + 1 < s_.last && name_end(q + 1) >= q + 3) j = q + 1;
      // (An office named in capitals after "of": "Under-Secretary of State for Economic Affairs Allen
      // Wallis", a person already found by the given name.)
      if (j == after && ctx_.find(j, Cat::kOf, j + 1))
        for (std::size_t k = j + 1; k < s_.last && k <= j + 7; ++k) {
          if (mention_at(k, ActorKind::kPerson) || (ctx_.find(k, Cat::kGivenName, k + 1) && name_end(k) >= k + 2)) {
            j = k;
            break;
          }
          if (!toks_[k].is_word() || (!toks_[k].upper_initial && text::count_cps(ctx_.tok_text(k)) > 3)) break;
        }
    }
    if (const ActorMention* pm = mention_at(j, ActorKind::kPerson)) {
      give(ctx_.actors.at(pm->actor));
      i = te - 1;
      continue;
    }
    std::size_t ne = name_end(j);
    // Where nouns are capitalised, one word closing the sentence after "the <title>" is a noun, not
    // a name: "In Abuja zieht die Kanzlerin Bilanz."
    if (ctx_.lang.capitalized_nouns && ne == j + 1 && j == te && ne + 1 >= s_.last && tb > s_.first &&
        ctx_.find(tb - 1, Cat::kDefinite, tb) && !seen_person(j, ne) &&
        !ctx_.find(j, Cat::kPersonSurname) && !ctx_.find(j, Cat::kFamilyName))
      ne = j;
    // A given name before a surname already found: one name ("minister van Buitenlandse Zaken,
    // Vladimir Makej", Makej known).
    if (ne == j + 1 && ne < s_.last && taken(ne)) {
      auto next = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return m.begin == ne && m.kind == ActorKind::kPerson && !m.actor.empty();
      });
      // (a given name, not a name of its own: "president Obama Rutte al gebeld")
      if (next != mentions.end() && ctx_.find(j, Cat::kGivenName, j + 1) && !ctx_.find(j, Cat::kPersonSurname) && !seen_person(j, ne)) {
        next->begin = static_cast<std::uint32_t>(j);
        take(j, ne);
        give(ctx_.actors.at(next->actor));
        i = te - 1;
        continue;
      }
    }
    if (ne > j) {
      const std::string name = ctx_.span_text(j, ne);
      ActorRecord* person = nullptr;
      if (ne == j + 1) {
        // A single name: a surname of someone seen before or in the registry.
        for (auto& [id, a] : ctx_.actors) {
          if (a.kind != ActorKind::kPerson) continue;
          const auto parts = text::split(text::fold(a.name), ' ');
          if (!parts.empty() && (parts.back() == toks_[j].norm || (parts.front() == toks_[j].norm && !name_follows(ne)))) {
            person = &a;
            break;
          }
        }
        // "President Duterte": the one registry person of that name who then held such an
        // office (for the title's country, when it names one).
        if (!person) {
          const PersonInfo* only = nullptr;
          int found = 0;
          for (const PersonInfo* p : ctx_.res.persons_by_last_name(toks_[j].norm)) {
            bool fits = false;
            for (const auto& r : p->roles)
              fits |= r.covers(pub) && compatible_roles(r.role, role) && (country.empty() || r.country == country);
            if (fits && gender_fits("person/" + p->id)) {
              only = p;
              ++found;
            }
          }
          if (found == 1) person = &ctx_.person_actor(*only, name);
        }
      }
      if (!person) person = &discovered_person(name);
      // "President X of Nigeria": the country after the name.
      std::size_t tail = ne;
      auto of_country = [&](std::size_t k, std::size_t* end) -> std::string {
        if (k < s_.last && ctx_.find(k, Cat::kOf, s_.last)) {
          std::size_t q = ctx_.find(k, Cat::kOf, s_.last)->end;
          if (const ActorMention* m = country_mention_starting_at(q); m && !m->weak()) {
            *end = m->end;
            return m->country;
          }
        }
        return {};
      };
      if (country.empty()) country = of_country(ne, &tail);
      // "Ministerpräsident Markus Söder (CSU)": a party of one country.
      if (country.empty()) country = ctx_.bracket_party(ne, s_.last);
      if (person->country.empty()) {
        // (The apposition ends at the next comma, or where a second person is joined on: "Söder
        // (CSU) und der bulgarische Regierungschef Boiko Borissow".)
        const std::size_t apposition_end = [&] {
          std::size_t q = ne;
          while (q < s_.last && toks_[q].norm != "," && toks_[q].norm != "." && !ctx_.covering(q, Cat::kAnd)) ++q;
          return q;
        }();
        const std::string aff = affiliation_country(ne, apposition_end);
        if (country.empty()) country = aff;
      }
      give(*person);
      person->surface_forms.insert(name);
      add(j, ne, *person, Via::kName);
      take(j, ne);
      i = ne - 1;
      // "… and Patrice Talon of Benin": a second name shares the (plural) title; a party in
      // brackets may come between ("Markus Söder (CSU) und …").
      std::size_t k = tail;
      if (k < s_.last && toks_[k].norm == "(") {
        std::size_t q = k + 1;
        while (q < s_.last && q < k + 5 && toks_[q].norm != ")") ++q;
        if (q < s_.last && toks_[q].norm == ")") k = q + 1;
      }
      if (k < s_.last && ctx_.find(k, Cat::kAnd, s_.last)) {
        const std::size_t j2 = ctx_.find(k, Cat::kAnd, s_.last)->end;
        const std::size_t ne2 = name_end(j2);
        if (ne2 >= j2 + 2) {
          std::size_t tail2 = ne2;
          const std::string c2 = of_country(ne2, &tail2);
          ActorRecord& second = discovered_person(ctx_.span_text(j2, ne2));
          second.titles.insert(title_text);
          if (second.country.empty() && !c2.empty()) second.country = c2;
          ctx_.person_roles[second.id].insert(role);
          add(j2, ne2, second, Via::kName);
          take(j2, ne2);
          i = ne2 - 1;
        }
      }
      continue;
    }
    // Name before the title, as an apposition: "Sergej Lavrov, de Russische minister",
    // "Li Yonghui, onderzoeker Russische studies aan de Chinese Academie".
    std::size_t k = tb;
    while (k > s_.first && (ctx_.find(k - 1, Cat::kDeterminer, k) || country_mention_ending_at(k) ||
                            toks_[k - 1].norm == "'s"))
      --k;
    if (k > s_.first + 1 && toks_[k - 1].norm == ",") {
      const std::size_t comma = k - 1;
      // The name ends at the comma; find where it starts.
      std::size_t b = comma;
      while (b > s_.first && (name_token(b - 1) || (is_particle(toks_[b - 1].norm) && b - 1 > s_.first)) && comma - b < 5) --b;
      while (b < comma && is_particle(toks_[b].norm)) ++b;
      const ActorMention* pm = nullptr;
      for (const auto& m : mentions)
        if (m.end == comma && m.kind == ActorKind::kPerson) pm = &m;
      // (Not someone of another country: "par le premier ministre, Gabriel Attal, le dirigeant
      // chinois effectue …" — the Chinese leader is the subject, not Attal's apposition.)
      const bool foreign = pm && !country.empty() && !pm->country.empty() && pm->country != country;
      if (pm && !foreign) {
        give(ctx_.actors.at(pm->actor));
        i = te - 1;
        continue;
      }
      if (!foreign && b < comma && comma - b >= 2 && name_end(b) == comma) {
        const std::size_t apposition_end = [&] {
          std::size_t q = te;
          while (q < s_.last && toks_[q].norm != "," && toks_[q].norm != ".") ++q;
          return q;
        }();
        if (country.empty()) country = affiliation_country(te, apposition_end);
        ActorRecord& person = discovered_person(ctx_.span_text(b, comma));
        give(person);
        add(b, comma, person, Via::kName);
        take(b, comma);
        i = te - 1;
        continue;
      }
    }
    // A title alone: "de Russische president" → the holder of the office on the publication
    // date, or the person with that title seen earlier in the article.
    // "de Russische president": the country word before the title (its start; 0 when none).
    const ActorMention* cb = country_mention_ending_at(tb);
    const std::size_t country_begin = cb ? cb->begin : 0;
    const bool definite = tb > s_.first && (ctx_.find(tb - 1, Cat::kDefinite, tb) || ctx_.find(tb - 1, Cat::kPossessive, tb) ||
                                            (cb && tb > s_.first + 1 &&
                                             ctx_.find(country_begin - 1, Cat::kDefinite, country_begin)));
    // "de leider van de grootste democratie ter wereld": a description of someone, not a title
    // to resolve (unless it names the country: "the president of Russia").
    const bool described = country.empty() && te + 1 < s_.last && ctx_.find(te, Cat::kOf, te + 1) &&
                            (ctx_.find(te + 1, Cat::kDeterminer) || ctx_.find(te + 1, Cat::kDefinite));
    // "ein Bundespräsident", "a foreign minister": someone of that office, not one to resolve.
    const std::size_t art = cb ? country_begin : tb;
    // (also past an adjective, and a quantifier: "other foreign leaders", "varios cancilleres")
    const bool indefinite = art > s_.first && (ctx_.find(art - 1, Cat::kIndefinite, art) ||
                                               (art > s_.first + 1 && toks_[art - 1].is_word() && !toks_[art - 1].upper_initial &&
                                                ctx_.find(art - 2, Cat::kIndefinite, art - 1)));
    // ("visiting US presidents", "other leaders": a group, nobody to resolve)
    const bool plural = ctx_.lang.plural_titles.count(text::fold(title_text)) > 0;
    // ("par Lula, déjà président, et Nicolas Sarkozy": a bare title in apposition to the name
    // before it is that person's, nobody else)
    bool appositive = false;
    if (!definite && !cb && tb > s_.first + 1) {
      std::size_t q = tb;
      while (q > s_.first && q + 2 >= tb && toks_[q - 1].is_word() && !toks_[q - 1].upper_initial && !ctx_.find(q - 1, Cat::kTitle)) --q;
      appositive = q > s_.first + 1 && toks_[q - 1].norm == "," && te < s_.last && toks_[te].norm == "," &&
                   std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
                     return m.kind == ActorKind::kPerson && m.end + 1 == q;
                   });
    }
    if (!described && !indefinite && !plural && !appositive &&
        (role == "head_of_state" || role == "head_of_government" || role == "foreign_minister" || role == "leader" || definite)) {
      std::string c = country;
      const PersonInfo* holder = nullptr;
      // (A region's office is not the nation's: "Bayerns Ministerpräsident" is not the Chancellor.)
      const bool regional = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return (m.end == tb || (after > te && m.end == after)) && m.actor.rfind("region/", 0) == 0;
      });
      // "the Soviet leader" after Gorbachev was named: the leader the article is about, not the
      // registry's head of state of the day (Gromyko).
      const ActorRecord* named_leader = nullptr;
      if (role == "leader" && !c.empty())
        for (auto it = ctx_.mention_order.rbegin(); it != ctx_.mention_order.rend() && !named_leader; ++it) {
          auto a = ctx_.actors.find(it->first);
          if (a == ctx_.actors.end() || a->second.kind != ActorKind::kPerson || a->second.country != c) continue;
          bool leads = false;
          for (const auto& r : ctx_.person_roles[a->first]) leads |= r == "leader" || r == "head_of_state" || r == "head_of_government";
          if (const PersonInfo* rp = a->second.registry ? ctx_.res.person(a->first.substr(7)) : nullptr)
            for (const auto& r : rp->roles)
              leads |= r.covers(pub) && (r.role == "leader" || r.role == "head_of_state" || r.role == "head_of_government");
          if (leads) named_leader = &a->second;
        }
      if (!c.empty() && !regional && !named_leader) {
        // "the Saudi leader": the head of state, else the head of government.
        for (const char* r : {"head_of_state", "head_of_government", "foreign_minister"}) {
          if (role != "leader" && role != r) continue;
          if ((holder = ctx_.res.role_holder(c, r, pub))) break;
        }
      }
      ActorRecord* who = nullptr;
      // Someone with that title named earlier in this sentence ("la ministra Morita …, la jefa
      // de la diplomacia japonesa") comes before the registry's office holder.
      for (const auto& m : mentions) {
        if (m.kind != ActorKind::kPerson || m.begin >= tb || m.actor.empty()) continue;
        bool fits = false;
        for (const auto& r : ctx_.person_roles[m.actor]) fits |= r == role || (r != "politician" && r != "official" &&
                                                                               role != "politician" && role != "official" &&
                                                                               compatible_roles(r, role));
        if (fits && (c.empty() || m.country == c) && gender_fits(m.actor)) who = &ctx_.actors[m.actor];
      }
      // The one person the article has already given this very title ("de Duitse bondskanselier
      // Scholz … De bondskanselier was donderdag in Davos").
      ActorRecord* same_title = nullptr;
      int titled = 0;
      if (!who && !holder)
        for (auto& [id, a] : ctx_.actors) {
          if (a.kind != ActorKind::kPerson || (!c.empty() && a.country != c) || !gender_fits(id)) continue;
          for (const auto& t : a.titles)
            if (text::fold(t) == text::fold(title_text)) {
              same_title = &a;
              ++titled;
              break;
            }
        }
      auto exact = [&](const std::string& id) {
        if (ctx_.person_roles[id].count(role)) return true;
        if (const PersonInfo* rp = id.rfind("person/", 0) == 0 ? ctx_.res.person(id.substr(7)) : nullptr)
          for (const auto& r : rp->roles)
            if (r.covers(pub) && r.role == role) return true;
        return false;
      };
      // (Not when the article's protagonist, who holds that office too, was named since: "le
      // président Tokaïev … Emmanuel Macron a salué … Le président a ensuite rejoint Samarcande"
      // is Macron.)
      auto named_since = [&](const ActorRecord* titled_one) {
        auto times_named = [&](const std::string& id) {
          return std::count_if(ctx_.mention_order.begin(), ctx_.mention_order.end(), [&](const auto& x) { return x.first == id; });
        };
        const auto titled_times = times_named(titled_one->id);
        for (auto it = ctx_.mention_order.rbegin(); it != ctx_.mention_order.rend(); ++it) {
          if (it->first == titled_one->id) return false;
          auto a = ctx_.actors.find(it->first);
          if (a != ctx_.actors.end() && a->second.kind == ActorKind::kPerson && exact(a->first) &&
              (c.empty() || a->second.country == c) && gender_fits(a->first) && times_named(a->first) > titled_times)
            return true;
        }
        return false;
      };
      if (!who && named_leader) who = &ctx_.actors[named_leader->id];
      if (who) {
      } else if (holder) {
        who = &ctx_.person_actor(*holder, "");
      } else if (titled == 1 && !((role == "head_of_state" || role == "head_of_government") && named_since(same_title))) {
        who = same_title;
      } else {
        // The last person named who holds exactly that office ("la chancelière" after Macron and
        // Merkel is Merkel); else the person named with a like title in the last sentence that
        // has one, the first of them ("De minister telefoneerde …", "sagte die Grünen-Politikerin").
        if (role == "head_of_state" || role == "head_of_government") {
          std::size_t in_sentence = SIZE_MAX;
          for (auto it = ctx_.mention_order.rbegin(); it != ctx_.mention_order.rend(); ++it) {
            if (in_sentence != SIZE_MAX && it->second != in_sentence) break;
            auto a = ctx_.actors.find(it->first);
            if (a != ctx_.actors.end() && a->second.kind == ActorKind::kPerson && exact(a->first) &&
                (c.empty() || a->second.country == c) && gender_fits(a->first)) {
              who = &a->second;  // walking backwards: ends on the first of that sentence
              in_sentence = it->second;
            }
          }
        }
        const bool found_exact = who != nullptr;
        std::size_t sentence = SIZE_MAX;
        for (auto it = ctx_.mention_order.rbegin(); it != ctx_.mention_order.rend() && !found_exact; ++it) {
          if (sentence != SIZE_MAX && it->second != sentence) break;
          auto a = ctx_.actors.find(it->first);
          if (a == ctx_.actors.end() || a->second.kind != ActorKind::kPerson) continue;
          bool fits = false;
          for (const auto& r : ctx_.person_roles[a->first]) fits |= compatible_roles(r, role);
          if (const PersonInfo* rp = a->second.registry ? ctx_.res.person(a->first.substr(7)) : nullptr)
            for (const auto& r : rp->roles) fits |= r.covers(pub) && compatible_roles(r.role, role);
          if (fits && (c.empty() || a->second.country == c) && gender_fits(a->first)) {
            who = &a->second;
            sentence = it->second;
          }
        }
        if (!who && !c.empty()) ctx_.pending_titles.push_back({role, c, si_});
      }
      if (who) {
        std::size_t b = tb;
        if (b > s_.first && cb) b = country_begin;
        add(b, te, *who, Via::kTitleOnly);
        take(tb, te);
      }
    }
    i = te - 1;
  }
}

// Organisations not in the registry, named by a head word: "Havenbedrijf Rotterdam", "IHK
// Würzburg-Schweinfurt", "Handelskammer Győr", "the Chinese Commerce Ministry", "l'Agence
// française de développement (AFD)", "het ministerie van Buitenlandse Zaken". The country comes
// from a demonym or a place in the name, else from a country word right before it. An acronym in
// brackets after the name names it later in the article.
void SentenceActors::org_pass() {
  auto connector = [&](std::size_t k) {
    static const std::set<std::string> kLinks = {"of", "for", "and", "&", "de", "du", "des", "d'", "la", "del", "van",
                                                 "voor", "der", "für", "und", "et", "y", "e", "van de", "und"};
    return kLinks.count(toks_[k].norm) > 0;
  };
  auto mention_covering = [&](std::size_t k) -> const ActorMention* {
    for (const auto& m : mentions)
      if (m.begin <= k && k < m.end) return &m;
    return nullptr;
  };
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    // A known acronym alone: "AFD a signé …".
    if (toks_[i].all_caps && !taken(i)) {
      auto it = ctx_.org_acronyms.find(std::string(ctx_.tok_text(i)));
      if (it != ctx_.org_acronyms.end() && ctx_.actors.count(it->second)) {
        add(i, i + 1, ctx_.actors.at(it->second), Via::kOrgName);
        take(i, i + 1);
        continue;
      }
    }
    const Match* h = ctx_.find(i, Cat::kOrgHead);
    if (!h || (!toks_[i].upper_initial && !(i > s_.first && ctx_.find(i - 1, Cat::kDefinite, i)))) continue;
    if (taken(i) && !mention_covering(i)) continue;
    bool overlaps_registry = false;  // a registry organisation ("European Central Bank") is already known
    for (std::size_t k = i; k < h->end; ++k)
      if (const ActorMention* m = mention_covering(k); m && m->kind == ActorKind::kOrganization) overlaps_registry = true;
    if (overlaps_registry) continue;
    std::size_t b = i, e = h->end;
    // Before the head: capitalised words and a demonym ("the Chinese Commerce Ministry").
    while (b > s_.first && b + 3 > i && toks_[b - 1].is_word() && toks_[b - 1].upper_initial && !sentence_start(b - 1) &&
           !ctx_.find(b - 1, Cat::kDeterminer, b) && !ctx_.find(b - 1, Cat::kTitle))
      --b;
    // After the head: names, places, demonyms, joined by linking words.
    std::size_t acronym_b = SIZE_MAX;
    for (std::size_t k = e; k < s_.last && k < e + 8;) {
      const Token& t = toks_[k];
      if (t.norm == "(" && k + 2 < s_.last && toks_[k + 1].all_caps && toks_[k + 2].norm == ")") {
        acronym_b = k + 1;
        break;
      }
      const bool name_part = t.is_word() && (t.upper_initial || mention_covering(k)) && !ctx_.find(k, Cat::kTitle) &&
                             !ctx_.find(k, Cat::kMonth, k + 1) && !ctx_.find(k, Cat::kWeekday, k + 1);
      if (name_part) {
        const ActorMention* m = mention_covering(k);
        if (m && m->kind == ActorKind::kPerson) break;
        k = m ? m->end : k + 1;
        e = k;
        continue;
      }
      // (Not into a country after "and": "the Indian Finance Ministry and Britain signed".)
      if (const ActorMention* next = k + 1 < s_.last ? mention_covering(k + 1) : nullptr;
          next && next->kind == ActorKind::kCountry && ctx_.find(k, Cat::kAnd, k + 1))
        break;
      if (connector(k) && k + 1 < s_.last && (toks_[k + 1].upper_initial || mention_covering(k + 1))) {
        ++k;
        continue;
      }
      // French and Spanish names go on in lower case up to a defining acronym:
      // "Agence française de développement (AFD)".
      bool acronym_ahead = false;
      for (std::size_t q = k; q < s_.last && q < e + 6 && !acronym_ahead; ++q) {
        if (!toks_[q].is_word() && toks_[q].norm != "(") break;
        acronym_ahead = toks_[q].norm == "(" && q + 2 < s_.last && toks_[q + 1].all_caps && toks_[q + 2].norm == ")";
      }
      if (acronym_ahead && t.is_word()) {
        ++k;
        e = k;
        continue;
      }
      break;
    }
    while (e > h->end && connector(e - 1)) --e;
    // A head alone is a common noun ("the ministry", "de bank"), unless it is defined by an acronym.
    if (e - b < 2 && acronym_b == SIZE_MAX) continue;
    if (e - b < 2 && h->end - h->begin < 2 && toks_[i].norm.size() < 6) continue;
    // Its country: a demonym or a place inside, else a country word right before.
    std::string country;
    for (const auto& m : mentions)
      if (m.begin >= b && m.end <= e && m.kind == ActorKind::kCountry && !m.country.empty()) {
        country = m.country;
        break;
      }
    // A place in the name read as one even where a bare name would be too uncertain ("Győr").
    for (std::size_t k = h->end; k < e && country.empty(); ++k)
      for (const auto* table : {&ctx_.lang_at(k), &ctx_.global_at(k)})
        for (const Match& m : *table)
          if (country.empty() && m.end <= e && toks_[k].upper_initial &&
              (m.payload->cat == Cat::kPlace || m.payload->cat == Cat::kCountryName))
            country = ctx_.country_actor(ctx_.place_country(*m.payload), "").country;
    if (country.empty())
      if (const ActorMention* before = country_mention_ending_at(b)) country = before->country;
    std::string name = ctx_.span_text(b, e);
    std::replace(name.begin(), name.end(), '\n', ' ');
    ActorRecord& a = ctx_.found_org_actor(name, country, h->payload->ival == 1);
    const std::string& id = a.id;
    if (acronym_b != SIZE_MAX) {
      const std::string acronym(ctx_.tok_text(acronym_b));
      a.surface_forms.insert(acronym);
      ctx_.org_acronyms.emplace(acronym, id);
    }
    // The organisation replaces the places and demonyms inside its name.
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [&](const ActorMention& m) { return m.begin >= b && m.end <= e; }),
                   mentions.end());
    const std::size_t end = acronym_b != SIZE_MAX ? acronym_b + 2 : e;
    ActorMention& om = add(b, e, a, Via::kOrgName);
    om.country = country;
    take(b, end);
    i = end - 1;
  }
}

void SentenceActors::speaker_pass() {
  // Two or more name tokens that start with a given name ("Kurt Volker"), an East Asian family
  // name ("Zheng Tuobin"), or that speak ("according to Li Yonghui", "Chen Shibiao said").
  // Country unknown unless the sentence gives it.
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    if (taken(i) || !name_token(i)) continue;
    // Inside a treaty's title ("Acuerdo Marco Avanzado", "Treaty of Good Neighbourliness"): no person.
    if (const Match* tn = ctx_.covering(i, Cat::kTreatyNoun); tn && tn->begin < i) continue;
    if (i > s_.first && toks_[i - 1].upper_initial && ctx_.covering(i - 1, Cat::kTreatyNoun)) continue;
    const std::size_t e = name_end(i);
    if (e - i < 2) {
      i = e > i ? e - 1 : i;
      continue;
    }
    // A given name that is also a word ("Marine", "Grace") starts a name only with a particle
    // in it ("Marine Le Pen") or after a title.
    const Match* gm = ctx_.find(i, Cat::kGivenName, i + 1);
    bool particle = false;
    for (std::size_t q = i + 1; q + 1 < e; ++q) particle |= is_particle(toks_[q].norm);
    const bool given = gm && (!(gm->payload->flags & kFlagAmbiguous) || particle);
    const bool family = ctx_.find(i, Cat::kFamilyName, i + 1) != nullptr && e - i == 2;
    bool speaks = given || family;
    if (i > s_.first && ctx_.covering(i - 1, Cat::kAccordingTo)) speaks = true;
    std::size_t k = e;
    if (k < s_.last && toks_[k].norm == ",") ++k;
    if (k < s_.last && ctx_.find(k, Cat::kSpeechVerb)) speaks = true;
    if (k < s_.last && ctx_.find(k, Cat::kReport)) speaks = true;
    if (speaks && !sentence_caps_) {
      if (const ActorRecord* seen = seen_person(i, e)) {
        add(i, e, *seen, Via::kName);
      } else {
        ActorRecord& p = discovered_person(ctx_.span_text(i, e));
        add(i, e, p, Via::kName);
      }
      take(i, e);
    }
    i = e - 1;
  }
}

const ActorRecord* SentenceActors::seen_person(std::size_t i, std::size_t e) const {
  const std::string folded = text::fold(ctx_.span_text(i, e));
  // Two or more last words of a name seen before: "John Paul" after "Pope John Paul".
  auto tail_of = [&](const std::string& full) {
    const std::string f = text::fold(full);
    return e >= i + 2 && f.size() > folded.size() && f.compare(f.size() - folded.size(), folded.size(), folded) == 0 &&
           f[f.size() - folded.size() - 1] == ' ';
  };
  for (const auto& [id, a] : ctx_.actors) {
    if (a.kind != ActorKind::kPerson) continue;
    const auto parts = text::split(text::fold(a.name), ' ');
    bool hit = text::fold(a.name) == folded || tail_of(a.name);
    if (!hit && e == i + 1 && parts.size() > 1) hit = parts.back() == toks_[i].norm || (parts.front() == toks_[i].norm && !name_follows(e));
    for (const auto& sf : a.surface_forms) hit = hit || text::fold(sf) == folded || tail_of(sf);
    if (hit) return &a;
  }
  return nullptr;
}

void SentenceActors::surname_pass() {
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    if (taken(i) || !name_token(i)) continue;
    // Whole names seen before ("Li Yonghui") and single names ("Zhao", "Lavrov").
    const std::size_t e = name_end(i);
    if (const ActorRecord* found = seen_person(i, e)) {
      add(i, e, *found, e == i + 1 ? Via::kSurname : Via::kName);
      take(i, e);
    }
    i = e > i ? e - 1 : i;
  }
}

void SentenceActors::reference_pass() {
  // "De Oekraïner is op een korte tournee", "the Ukrainian said": a nationality noun as subject is
  // the person of that country the article last named.
  for (std::size_t k = 0, n = mentions.size(); k < n; ++k) {
    const ActorMention& d = mentions[k];
    if (d.kind != ActorKind::kCountry || d.via != Via::kDemonym || d.end != d.begin + 1 || d.begin <= s_.first || d.end >= s_.last)
      continue;
    if (!ctx_.find(d.begin - 1, Cat::kDefinite, d.begin)) continue;
    const std::size_t v = d.end;
    if (!(ctx_.find(v, Cat::kPast) || ctx_.find(v, Cat::kFuture) || ctx_.find(v, Cat::kSpeechVerb) || ctx_.find(v, Cat::kReport)))
      continue;
    for (auto it = ctx_.mention_order.rbegin(); it != ctx_.mention_order.rend(); ++it) {
      auto a = ctx_.actors.find(it->first);
      if (a == ctx_.actors.end() || a->second.kind != ActorKind::kPerson || a->second.country != d.country) continue;
      ActorMention p;
      p.begin = d.begin;
      p.end = d.end;
      p.kind = ActorKind::kPerson;
      p.actor = a->first;
      p.country = d.country;
      p.via = Via::kTitleOnly;
      mentions.push_back(p);
      break;
    }
  }
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    if (taken(i)) continue;
    if (const Match* m = ctx_.find(i, Cat::kTwoCountries)) {
      ActorMention a;
      a.begin = static_cast<std::uint32_t>(i);
      a.end = m->end;
      a.kind = ActorKind::kCountry;
      a.via = Via::kTwoCountries;
      mentions.push_back(a);  // resolved by the discourse pass
      take(i, m->end);
      i = m->end - 1;
      continue;
    }
    if (const Match* m = ctx_.find(i, Cat::kTheCountry)) {
      ActorMention a;
      a.begin = static_cast<std::uint32_t>(i);
      a.end = m->end;
      a.kind = ActorKind::kCountry;
      a.via = Via::kTheCountry;
      // ("the kingdom", "l'émirat": only a country of that form; kept here until resolved)
      if (m->payload->ival == 1) a.country = "form:kingdom";
      if (m->payload->ival == 2) a.country = "form:emirate";
      mentions.push_back(a);
      take(i, m->end);
      i = m->end - 1;
      continue;
    }
    if (const Match* m = ctx_.find(i, Cat::kHere); m && !ctx_.dateline_country.empty()) {
      ActorRecord& c = ctx_.country_actor(ctx_.dateline_country, "");
      add(i, m->end, c, Via::kHere);
      take(i, m->end);
      i = m->end - 1;
      continue;
    }
    // ("die Regierungschefs Australiens, Indiens und Japans", "the prime ministers of …": a
    // description of others, not the pair of the story.)
    if (const Match* m = ctx_.find(i, Cat::kTwoPersons);
        m && !(m->end < s_.last && (toks_[m->end].upper_initial ||
                                    (m->end + 1 < s_.last && ctx_.find(m->end, Cat::kOf, m->end + 1) && toks_[m->end + 1].upper_initial)))) {
      i = add_group(i, m->end, m->payload->ival == 3 ? 3 : 0);  // ("het drietal", "the three leaders")
      continue;
    }
    // "the four presidents", "les cinq dirigeants", "die vier Staatschefs": a group of that many.
    if (i + 2 < s_.last && ctx_.find(i, Cat::kDefinite, i + 1)) {
      const Match* num = ctx_.find(i + 1, Cat::kNumberWord);
      const Match* title = num ? ctx_.find(num->end, Cat::kTitle) : nullptr;
      if (num && title && num->payload->dval >= 3 && num->payload->dval <= 12 &&
          !(title->end < s_.last && (toks_[title->end].upper_initial || ctx_.find(title->end, Cat::kOf, title->end + 1)))) {
        i = add_group(i, title->end, static_cast<int>(num->payload->dval));
        continue;
      }
    }
    // A pronoun listed for several genders ("su", "son") fits any person.
    int gender = -1;
    bool possessive = false;
    for (const auto* list : {&ctx_.lang_at(i)})
      for (const Match& m : *list) {
        if (m.end != i + 1 || (m.payload->cat != Cat::kPronoun && m.payload->cat != Cat::kPossessive)) continue;
        possessive = possessive || m.payload->cat == Cat::kPossessive;
        const int g = m.payload->ival == 3 ? 3 : m.payload->ival;
        // (4: "ze", "sie", either a woman or several)
        gender = gender < 0 ? g : (gender == g ? g : (gender + g == 5) ? 4 : (gender == 3 || g == 3 ? std::min(gender, g) : 0));
      }
    if (gender >= 0) {
      ActorMention a;
      a.begin = static_cast<std::uint32_t>(i);
      a.end = static_cast<std::uint32_t>(i + 1);
      a.kind = ActorKind::kPerson;
      a.via = ctx_.find(i, Cat::kPronoun, i + 1) ? Via::kPronoun : Via::kPossessive;
      // A form that is both ("her", "haar", "ihr") before a plain word is the possessive: "called
      // her remarks nasty", "met her counterpart" (not "told her that", "called her on Monday").
      if (a.via == Via::kPronoun && possessive && i + 1 < s_.last && toks_[i + 1].is_word() && !toks_[i + 1].upper_initial &&
          ctx_.lang_at(i + 1).empty())
        a.via = Via::kPossessive;
      a.country = std::to_string(gender);  // gender code until resolved: 0 any, 1 male, 2 female, 3 plural, 4 female or plural
      mentions.push_back(a);
    }
  }
}

void SentenceActors::run(std::size_t skip_until) {
  // A name after "aeropuerto internacional", "rue", "Flughafen" names that thing, not a person
  // ("el aeropuerto internacional José Martí"), unless it is a place ("Flughafen Köln/Bonn").
  for (std::size_t i = s_.first; i < s_.last; ++i) {
    const Match* w = ctx_.find(i, Cat::kNamedAfter, s_.last);
    if (!w || w->end >= s_.last || !toks_[w->end].upper_initial) continue;
    bool place = false;
    for (const Match& m : ctx_.lang_at(w->end)) place |= m.payload->cat == Cat::kPlace || m.payload->cat == Cat::kCountryName;
    if (place) continue;
    const std::size_t e = name_end(w->end);
    if (e > w->end) take(w->end, e);
    i = e;
  }
  // A country inside a money amount names its currency, not an actor: "51 billion U.S. Dlrs".
  for (const Amount& a : ctx_.sentences[si_].amounts)
    if (!a.currency.empty() && a.begin >= s_.first && a.end <= s_.last) take(a.begin, a.end);
  gazetteer_pass(skip_until);
  group_pass();
  title_pass();
  org_pass();
  speaker_pass();
  surname_pass();
  reference_pass();
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
}

// "PEKING, March 3 -", "BRASILIA, 3 may (EFE).-", "Den Haag, 10 februari 2023 –": the place a
// story is filed from; "here" refers to it. Returns the token index after the dateline.
std::size_t dateline_tokens(ArticleContext& ctx) {
  if (ctx.doc.sentences.empty()) return 0;
  // The dateline opens the body, which may follow a title and a date line.
  for (std::size_t si = 1; si < ctx.doc.sentences.size() && si < 4; ++si) {
    const Sentence& s = ctx.doc.sentences[si];
    const auto& toks = ctx.toks();
    const Match* place = nullptr;
    for (const Match& m : ctx.lang_at(s.first))
      if (m.payload->cat == Cat::kPlace || m.payload->cat == Cat::kCountryName) place = &m;
    // "Los Ángeles. Con la silla …" (the Mexican press): a paragraph that opens with a place
    // and a full stop.
    if (place && place->end + 1 == s.last && toks[place->end].norm == "." && toks[s.first].newline_before &&
        si + 1 < ctx.doc.sentences.size()) {
      ctx.dateline_country = ctx.country_actor(ctx.place_country(*place->payload), "").country;
      return s.first;
    }
    // "Zürich - Mit mehr als drei Stunden Verspätung …" (Spiegel): a paragraph that opens with a
    // place and a dash.
    if (place && place->end + 1 < s.last && toks[s.first].newline_before &&
        (toks[place->end].norm == "-" || toks[place->end].norm == "–" || toks[place->end].norm == "—")) {
      ctx.dateline_country = ctx.country_actor(ctx.place_country(*place->payload), "").country;
      return s.first;
    }
    // "Jerusalem (SZ) – Es sollte …": the agency in brackets, then a dash.
    if (place && place->end + 3 < s.last && toks[s.first].newline_before && toks[place->end].norm == "(")
      for (std::size_t k = place->end + 1; k + 1 < s.last && k <= place->end + 4; ++k)
        if (toks[k].norm == ")") {
          const std::string& d = toks[k + 1].norm;
          if (d == "-" || d == "–" || d == "—") {
            ctx.dateline_country = ctx.country_actor(ctx.place_country(*place->payload), "").country;
            return s.first;
          }
          break;
        }
    if (!place || place->end + 1 >= s.last || !toks[s.first].all_caps) continue;
    const std::string& n = toks[place->end].norm;
    const std::string& n2 = toks[place->end + 1].norm;
    if (n == "," || n == "(" || (n == "." && (n2 == "-" || n2 == "–" || n2 == "—"))) {
      ctx.dateline_country = ctx.country_actor(ctx.place_country(*place->payload), "").country;
      return s.first;  // later sentences are not skipped
    }
  }
  const Sentence& s = ctx.doc.sentences[0];
  const auto& toks = ctx.toks();
  std::size_t i = s.first;
  // Skip a leading date line or title that the splitter kept in the sentence.
  const Match* place = nullptr;
  for (const auto* list : {&ctx.lang_at(i)}) {
    for (const Match& m : *list)
      if (m.payload->cat == Cat::kPlace || m.payload->cat == Cat::kCountryName) {
        place = &m;
        break;
      }
  }
  std::size_t place_end = place ? place->end : 0;
  // "Puno (Perú), 23 jun (EFE).-": a town the gazetteer does not know, its country in brackets.
  if (!place && s.first + 3 < s.last && toks[s.first].upper_initial && toks[s.first + 1].norm == "(")
    for (const Match& m : ctx.lang_at(s.first + 2))
      if (m.payload->cat == Cat::kCountryName && m.end < s.last && toks[m.end].norm == ")") {
        place = &m;
        place_end = m.end + 1;
      }
  if (!place || place_end >= s.last ||
      (toks[place_end].norm != "," && toks[place_end].norm != "(" && toks[place_end].norm != "."))
    return s.first;
  const std::size_t after = toks[place_end].norm == "," ? place_end + 1 : place_end;
  // A date or an agency in brackets must follow within a few tokens, then a dash.
  for (std::size_t k = after; k < s.last && k < after + 12; ++k) {
    const std::string& n = toks[k].norm;
    if (n == "-" || n == "—" || n == "–" || n == "--" || (n == "." && k + 1 < s.last && toks[k + 1].norm == "-")) {
      ctx.dateline_country = ctx.country_actor(ctx.place_country(*place->payload), "").country;
      return k + 1;
    }
  }
  return s.first;
}

}  // namespace

void find_dateline(ArticleContext& ctx) { ctx.dateline_end = dateline_tokens(ctx); }

namespace {

// A mention right after "with", "by", "to" or "between" (a determiner may come between): not
// the subject of its sentence. ("of" is left out: "the second call of Trump" names its caller.)
// A name in apposition counts with its title: "accueilli par le premier ministre, Gabriel Attal".
bool governed_by_preposition(const ArticleContext& ctx, std::size_t begin) {
  std::size_t k = begin;
  if (k > 1 && ctx.toks()[k - 1].norm == "," && ctx.covering(k - 2, Cat::kTitle)) {
    k = k - 1;  // the whole title: "premier ministre", not its last word
    while (k > 0 && ctx.covering(k - 1, Cat::kTitle)) k = ctx.covering(k - 1, Cat::kTitle)->begin;
  }
  if (k > 0 && ctx.covering(k - 1, Cat::kDeterminer)) --k;
  if (k == 0) return false;
  for (Cat c : {Cat::kWith, Cat::kBy, Cat::kToPrep, Cat::kBetween})
    if (ctx.covering(k - 1, c)) return true;
  return false;
}

}  // namespace

// Three persons named as one list in one of the last sentences ("Demissionair premier Rutte, de
// Italiaanse premier Meloni en Commissievoorzitter Von der Leyen waren …"): "het drietal".
// The n persons just named together as a list ("X, Y and Z"; not part of a longer one), in the
// last few sentences.
std::vector<std::string> listed_n(const ArticleContext& ctx, std::size_t si, std::size_t n, std::size_t max_back = 6) {
  for (std::size_t back = 1; back <= max_back && back <= si; ++back) {
    const auto& ms = ctx.sentences[si - back].actors;
    std::vector<const ActorMention*> persons;
    for (const auto& m : ms)
      if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kPronoun && m.via != Via::kPossessive &&
          m.via != Via::kTwoPersons)
        persons.push_back(&m);
    std::stable_sort(persons.begin(), persons.end(), [](const ActorMention* x, const ActorMention* y) { return x->begin < y->begin; });
    auto joins = [&](std::size_t b, std::size_t e, bool* with_and) { return ctx.list_joint(ms, b, e, with_and); };
    // persons[a, a + len) joined as one list whose last joint, and only that, holds "and".
    auto list_at = [&](std::size_t a, std::size_t len) {
      for (std::size_t q = a; q + 1 < a + len; ++q) {
        bool with_and = false;
        if (!joins(persons[q]->end, persons[q + 1]->begin, &with_and) || with_and != (q + 2 == a + len)) return false;
      }
      return true;
    };
    for (std::size_t a = 0; a + n <= persons.size(); ++a) {
      if (!list_at(a, n)) continue;
      if (a > 0 && joins(persons[a - 1]->end, persons[a]->begin, nullptr)) continue;  // (not part of a longer list)
      bool more = false;
      if (a + n < persons.size()) joins(persons[a + n - 1]->end, persons[a + n]->begin, &more);
      if (more) continue;
      std::vector<std::string> out;
      for (std::size_t q = a; q < a + n; ++q) out.push_back(persons[q]->actor);
      return out;
    }
    // The sentence's subject and those listed with it: "Ramaphosa … met Putin … together with
    // Senegal's President Macky Sall, … Hichilema and … Azali Assoumani" are four.
    for (std::size_t a = 1; n >= 3 && a + n - 1 <= persons.size(); ++a) {
      if (!list_at(a, n - 1) || (a + n - 1 < persons.size() && joins(persons[a + n - 2]->end, persons[a + n - 1]->begin, nullptr))) continue;
      // ("with" a few words before, no other person between: "en compagnie du président
      // sénégalais, Macky Sall, …")
      bool with = false;
      for (std::size_t k = persons[a]->begin; k > persons[a - 1]->end && k + 8 > persons[a]->begin && !with; --k) {
        if (ctx.toks()[k - 1].norm == ";") break;
        with = ctx.covering(k - 1, Cat::kWith) != nullptr;
      }
      if (!with) continue;
      std::vector<std::string> out = {persons.front()->actor};
      for (std::size_t q = a; q < a + n - 1; ++q)
        if (std::find(out.begin(), out.end(), persons[q]->actor) == out.end()) out.push_back(persons[q]->actor);
      if (out.size() == n) return out;
    }
  }
  return {};
}

void find_actors(ArticleContext& ctx) {
  const std::size_t dateline_end = ctx.dateline_end;

  // Discourse: recent persons and countries, to resolve references.
  struct Seen {
    std::string actor;
    std::size_t sentence;
    std::size_t token;
    bool strong;
  };
  std::vector<Seen> persons, countries;

  auto gender_of = [&](const std::string& id) -> int {
    if (id.rfind("person/", 0) == 0)
      if (const PersonInfo* p = ctx.res.person(id.substr(7))) return p->gender == "male" ? 1 : p->gender == "female" ? 2 : 0;
    return 0;
  };

  struct {
    std::size_t sentence = SIZE_MAX - 8;
    std::vector<std::string> pair;
  } last_two, last_two_persons;  // the last two countries, the last two persons told as a pair
  for (std::size_t si = 0; si < ctx.doc.sentences.size(); ++si) {
    SentenceActors sa(ctx, si);
    // (Only a dateline inside the first sentence hides its tokens; one that opens a later
    // paragraph leaves the headline alone.)
    const Sentence& s0 = ctx.doc.sentences[si];
    sa.run(si == 0 && dateline_end <= s0.last ? dateline_end : 0);
    auto& ms = sa.mentions;

    // Resolve references against the discourse (and earlier mentions in this sentence).
    std::vector<ActorMention> resolved;
    // A group reference ("they", "the two leaders") as one mention for each of its persons, at
    // the same place; the countries they stand for.
    auto resolve_group = [&](ActorMention g, const std::vector<std::string>& ids) {
      g.via = Via::kTwoPersons;
      std::vector<std::string> their;
      for (const auto& id : ids) {
        g.actor = id;
        g.country = ctx.actors.count(id) ? ctx.actors.at(id).country : "";
        if (!g.country.empty() && std::find(their.begin(), their.end(), g.country) == their.end()) their.push_back(g.country);
        resolved.push_back(g);
      }
      return their;
    };
    for (std::size_t k = 0; k < ms.size(); ++k) {
      ActorMention m = ms[k];
      if (m.via == Via::kPronoun || m.via == Via::kPossessive) {
        int want = std::atoi(m.country.c_str());
        m.country.clear();
        // Plural ("they", "ze", "ils"): the pair named together as the last sentence's or the one
        // before's subjects, or called "the two leaders" there ("De Croo en Sánchez … Donderdag
        // werden ze in Jeruzalem ontvangen"); else nobody.
        // (A possessive only for what the two did: "Their talks ended with …", "Their most recent
        // contact was a telephone call on June 15".)
        // (Opening the sentence: "bei ihrem Gipfel" after "die Staats- und Regierungschefs der
        // EU" is theirs.)
        auto their_event = [&] {
          if (m.begin != ctx.doc.sentences[si].first) return false;
          for (std::size_t q = m.end; q < ctx.doc.sentences[si].last && q < m.end + 6; ++q) {
            if (ctx.toks()[q].norm == ",") return false;
            for (Cat c : {Cat::kPhoneNoun, Cat::kPhoneVerb, Cat::kMeetingNoun, Cat::kVisitNoun, Cat::kSummit})
              if (ctx.find(q, c)) return true;
          }
          return false;
        };
        auto plural = [&] {
          if (m.via != Via::kPronoun && !their_event()) return false;
          // (Two persons named before it in this sentence first: "Faisal and Amir-Abdollahian
          // agreed to meet … when they spoke by telephone"; then the nearer sentence.)
          std::vector<std::string> pair;
          for (const auto& r : resolved)
            if (r.kind == ActorKind::kPerson && !r.actor.empty() && r.begin < m.begin && r.via != Via::kPossessive &&
                std::find(pair.begin(), pair.end(), r.actor) == pair.end())
              pair.push_back(r.actor);
          if (pair.size() != 2) pair = listed_n(ctx, si, 2, 1);
          // (… or, for "their talks", the only two persons of the last sentence: "Mirziyoyev, who
          // had greeted Xi …, hosted him …. Their talks ended with …".)
          if (pair.empty() && m.via == Via::kPossessive && si > 0) {
            std::vector<std::string> two;
            for (const auto& r : ctx.sentences[si - 1].actors)
              if (r.kind == ActorKind::kPerson && !r.actor.empty() && std::find(two.begin(), two.end(), r.actor) == two.end())
                two.push_back(r.actor);
            if (two.size() == 2) pair = two;
          }
          if (pair.empty() && last_two_persons.sentence + 3 >= si && last_two_persons.sentence < si) pair = last_two_persons.pair;
          if (pair.empty()) pair = listed_n(ctx, si, 2, 2);
          if (pair.size() != 2) return false;
          resolve_group(m, pair);
          if (m.via == Via::kPossessive) last_two_persons = {si, pair};
          return true;
        };
        if (want == 3) {
          plural();
          continue;
        }
        const bool maybe_plural = want == 4;
        if (maybe_plural) want = 2;
        // The subject (first person) of this sentence before the pronoun, else of the last
        // sentence that names a person of the right gender.
        auto fits = [&](const std::string& id) {
          const int g = gender_of(id);
          return want == 0 || g == 0 || g == want;
        };
        // (An object form is not its clause's subject: "Rutte had hem al telefonisch gefeliciteerd"
        // is someone named before; "Putin met Xi and told him" is Xi.)
        // (Not after a preposition: "volgens hem", "with him" may be the subject.)
        const bool object_form = ctx.find(m.begin, Cat::kObjectPronoun, m.end) != nullptr && !governed_by_preposition(ctx, m.begin);
        // (The subject: the first person of the pronoun's clause, "…, where President Kikwete welcomed him".)
        std::size_t clause_start = s0.first;
        // (A reported clause starts after its verb of saying: "Trump said Frederiksen had called him".)
        for (std::size_t q = s0.first; q < m.begin; ++q)
          if (ctx.toks()[q].norm == "," || ctx.toks()[q].norm == ";" || ctx.covering(q, Cat::kSpeechVerb) ||
              ctx.covering(q, Cat::kComplementizer))
            clause_start = q + 1;
        const ActorMention* subject = nullptr;
        for (const auto& r : resolved)
          if (r.kind == ActorKind::kPerson && r.begin >= clause_start && r.begin < m.begin && !r.actor.empty()) {
            subject = &r;
            break;
          }
        for (const auto& r : resolved)
          if (r.kind == ActorKind::kPerson && r.begin < m.begin && !r.actor.empty() && fits(r.actor)) {
            if (object_form && subject && r.actor == subject->actor) continue;
            m.actor = r.actor;
            if (!object_form) break;  // the subject; an object form: the last one named
          }
        // A possessive in a phrase that opens the sentence stands for the subject named after it:
        // "During his three-day visit to Togo, President Steinmeier met students", "Tijdens zijn
        // bezoek aan Togo sprak president Steinmeier …" (not one named in the phrase: "During his
        // talks with Xi, Putin …").
        if (m.actor.empty() && m.via == Via::kPossessive) {
          const std::size_t open = si == 0 && dateline_end <= s0.last ? std::max<std::size_t>(s0.first, dateline_end) : s0.first;
          bool fronted = m.begin > open && m.begin <= open + 6 && ctx.find(open, Cat::kFronting);
          for (std::size_t q = open; fronted && q < m.begin; ++q) fronted = ctx.toks()[q].norm != ",";
          for (std::size_t k2 = k + 1; fronted && k2 < ms.size(); ++k2) {
            const ActorMention& n = ms[k2];
            if (n.kind != ActorKind::kPerson || n.via == Via::kPossessive) continue;
            if (n.via == Via::kPronoun || n.via == Via::kTwoPersons) break;  // ("Nach seiner Wiederwahl blieb er …")
            if (n.actor.empty()) continue;
            if (governed_by_preposition(ctx, n.begin) || (n.begin > s0.first && ctx.covering(n.begin - 1, Cat::kOf))) continue;
            if (fits(n.actor)) m.actor = n.actor;
            break;
          }
        }
        if (m.actor.empty() && !persons.empty()) {
          // Of that sentence, a person governed by a preposition ("the call with Tsai was not
          // Trump's only one. He also spoke …") is the subject only when no other person fits.
          std::size_t sentence = SIZE_MAX;
          std::string oblique;
          for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
            if (it->sentence + 2 < si || it->sentence == si) {
              if (it->sentence + 2 < si) break;
              continue;
            }
            if (sentence != SIZE_MAX && it->sentence != sentence) break;
            if (!fits(it->actor)) continue;
            sentence = it->sentence;
            // walking backwards: ends on the first fitting person of that sentence
            (it->strong ? m.actor : oblique) = it->actor;
          }
          if (m.actor.empty()) m.actor = oblique;
        }
        if (m.actor.empty() && maybe_plural && plural()) continue;
        if (m.actor.empty()) continue;
        m.country = ctx.actors.count(m.actor) ? ctx.actors.at(m.actor).country : "";
        resolved.push_back(m);
        continue;
      }
      if (m.via == Via::kTheCountry) {
        const std::string form = m.country.rfind("form:", 0) == 0 ? m.country.substr(5) : "";
        auto of_form = [&](const std::string& c) {
          const CountryInfo* info = form.empty() ? nullptr : ctx.res.country(c);
          return form.empty() || (info && info->form == form);
        };
        std::string code;
        for (const auto& r : resolved)
          if (r.kind == ActorKind::kCountry && (!r.weak() || !form.empty()) && r.begin < m.begin && of_form(r.country)) code = r.country;
        // Else, of the countries of the last sentence that names one, the one the article names
        // most ("Der Handel mit Russland ist … gegen die Ukraine … Die Exporte dorthin": Russia;
        // "Nederland wil de banden met Tunesië aanhalen. … reist naar het land": Tunisia); on a
        // tie the first, its subject as a rule.
        // A sentence just before that names a country only by an adjective names it still, unless
        // it is the country of someone in this sentence ("Gastheer is de Kazachse president. De
        // Chinese president Xi is sinds dinsdag in het land": Kazakhstan).
        if (code.empty() && !countries.empty() && si > 0 && countries.back().sentence + 1 == si) {
          bool any_strong = false;
          for (auto it = countries.rbegin(); it != countries.rend() && it->sentence + 1 == si; ++it)
            any_strong = any_strong || it->strong;
          std::set<std::string> own;
          for (const auto& r : resolved)
            if (r.kind == ActorKind::kPerson && !r.country.empty()) own.insert(r.country);
          for (auto it = countries.rbegin(); !any_strong && it != countries.rend() && it->sentence + 1 == si; ++it) {
            const std::string& c = ctx.actors.at(it->actor).country;
            if (!own.count(c) && of_form(c)) code = c;  // walking backwards: ends on the first of that sentence
          }
        }
        if (code.empty()) {
          std::map<std::string, int> named;
          for (const auto& c : countries)
            if (c.strong) ++named[c.actor];
          std::size_t in_sentence = SIZE_MAX;
          int top = -1;
          for (auto it = countries.rbegin(); it != countries.rend(); ++it) {
            if ((!it->strong && form.empty()) || !of_form(ctx.actors.at(it->actor).country)) continue;
            if (in_sentence != SIZE_MAX && it->sentence != in_sentence) break;
            in_sentence = it->sentence;
            if (named[it->actor] >= top) {  // walking backwards: ">=" keeps the first on a tie
              top = named[it->actor];
              code = ctx.actors.at(it->actor).country;
            }
          }
        }
        if (code.empty()) continue;
        ActorRecord& c = ctx.country_actor(code, "");
        m.actor = c.id;
        m.country = code;
        resolved.push_back(m);
        continue;
      }
      if (m.via == Via::kTwoPersons) {
        // "les deux présidents", "the two ministers": the last two persons named who hold that
        // kind of office (a spokesman who reported their talks is not one of them).
        std::string role;
        for (std::size_t q = m.begin; q < m.end && role.empty(); ++q)
          if (const Match* t = ctx.covering(q, Cat::kTitle)) role = t->payload->sval;
        // A spokesperson or a mere official is none of "the two leaders" or "the two ministers".
        const bool any_office = role == "politician" || role == "official";
        auto fits = [&](const std::string& id) {
          if (role.empty()) return true;
          for (const auto& r : ctx.person_roles[id])  // titles in the text ("counterpart", "Amtskollege": like the other)
            if (r != "spokesperson" && compatible_roles(r, role)) return true;
          if (const PersonInfo* rp = id.rfind("person/", 0) == 0 ? ctx.res.person(id.substr(7)) : nullptr)
            for (const auto& r : rp->roles)
              if (r.covers(ctx.published()) && r.role != "spokesperson" &&
                  (any_office || (r.role != "politician" && r.role != "official")) && compatible_roles(r.role, role))
                return true;
          return false;
        };
        // Candidates, most recent first; of them, the pair named together most often (the
        // protagonists: "Macron et Merkel ont signé … en présence de Iohannis … les deux
        // dirigeants" are Macron and Merkel), the most recent pair on a tie.
        std::vector<std::string> cands;
        // (A pronoun of this sentence counts: "He arrived … and was received by President Zuma
        // before both travelled to Durban".)
        const std::size_t wanted = std::max<std::size_t>(4, m.country.empty() ? 0 : static_cast<std::size_t>(std::atoi(m.country.c_str())));
        for (auto it = resolved.rbegin(); it != resolved.rend() && cands.size() < wanted; ++it)
          if (it->kind == ActorKind::kPerson && !it->actor.empty() && it->via != Via::kPossessive && fits(it->actor) &&
              std::find(cands.begin(), cands.end(), it->actor) == cands.end())
            cands.push_back(it->actor);
        for (auto it = persons.rbegin(); it != persons.rend() && cands.size() < wanted; ++it)
          if (fits(it->actor) && std::find(cands.begin(), cands.end(), it->actor) == cands.end())
            cands.push_back(it->actor);
        // The office named exactly ("les deux présidents": the presidents, not the prime minister
        // who greeted one of them), when at least two hold it.
        if (!role.empty() && !any_office && role != "leader") {
          std::vector<std::string> exact;
          // (from a few more of those named before: "beide premiers" after a president was named
          // more recently than the host)
          std::vector<std::string> pool = cands;
          for (auto it = persons.rbegin(); it != persons.rend() && pool.size() < wanted + 4; ++it)
            if (fits(it->actor) && std::find(pool.begin(), pool.end(), it->actor) == pool.end()) pool.push_back(it->actor);
          for (const auto& id : pool) {
            bool same = ctx.person_roles[id].count(role) > 0;
            if (const PersonInfo* rp = id.rfind("person/", 0) == 0 ? ctx.res.person(id.substr(7)) : nullptr)
              for (const auto& r : rp->roles) same |= r.covers(ctx.published()) && r.role == role;
            if (same) exact.push_back(id);
          }
          // (Not one this text gives the other office only: "beide premiers" are not the
          // president it names, though he also heads a government.)
          const char* other = role == "head_of_government" ? "head_of_state" : role == "head_of_state" ? "head_of_government" : "";
          std::vector<std::string> titled;
          for (const auto& id : exact)
            if (ctx.person_roles[id].count(role) || !ctx.person_roles[id].count(other)) titled.push_back(id);
          if (titled.size() >= 2) {
            cands = titled;
          } else if (exact.size() >= 2) {
            cands = exact;
          }
        }
        if (cands.size() < 2) continue;
        // One mention of the group for each of its persons.
        auto resolve_to = [&](const std::vector<std::string>& ids) {
          const auto their = resolve_group(m, ids);
          // ("ambos mandatarios firmaron …. los dos Gobiernos": their two countries)
          if (ids.size() == 2 && their.size() == 2) last_two = {si, their};
          if (ids.size() == 2) last_two_persons = {si, ids};
        };
        // Three or more ("het drietal", "the five"): those just named together, else the last
        // ones named.
        if (const std::size_t n = m.country.empty() ? 0 : static_cast<std::size_t>(std::atoi(m.country.c_str())); n >= 3) {
          if (const auto listed = listed_n(ctx, si, n); listed.size() == n) {
            resolve_to(listed);
            continue;
          }
          // (Persons named without a title may be of the group: "sprak Xi met Sadyr Zjaparov
          // (Kirgizië), Emomali Rachmon …. Vrijdag ondertekenden de zes leiders".)
          for (auto it = persons.rbegin(); it != persons.rend() && cands.size() < n; ++it)
            if (std::find(cands.begin(), cands.end(), it->actor) == cands.end()) cands.push_back(it->actor);
          if (cands.size() < n) continue;
          resolve_to(std::vector<std::string>(cands.begin(), cands.begin() + static_cast<long>(n)));
          continue;
        }
        // Two persons of this very sentence before it are "both" ("He arrived … and was received by
        // President Zuma … before both travelled to Durban").
        bool others_here = false;
        {
          std::vector<std::string> here;
          for (const auto& r : resolved)
            if (r.kind == ActorKind::kPerson && !r.actor.empty() && r.begin < m.begin && r.via != Via::kPossessive &&
                r.via != Via::kTwoPersons && fits(r.actor) && std::find(here.begin(), here.end(), r.actor) == here.end())
              here.push_back(r.actor);
          if (here.size() == 2) {
            resolve_to(here);
            continue;
          }
          others_here = !here.empty();  // (others named before it in this sentence: who of them, below)
        }
        // The two persons of the last sentence (of the two before) that names more than one: "Putin
        // received Modi on Wednesday …. The two leaders also looked for ways to revive trade" in a
        // story about Modi and Sharif.
        if (!others_here) {
          std::vector<std::string> last;
          for (std::size_t back = 1; back <= 2 && back <= si && last.size() < 2; ++back) {
            last.clear();
            for (const auto& r : ctx.sentences[si - back].actors)
              if (r.kind == ActorKind::kPerson && !r.actor.empty() && r.via != Via::kTwoPersons && fits(r.actor) &&
                  std::find(last.begin(), last.end(), r.actor) == last.end())
                last.push_back(r.actor);
          }
          if (last.size() == 2) {
            resolve_to(last);
            continue;
          }
        }
        std::map<std::size_t, std::set<std::string>> by_sentence;
        for (const auto& p : persons) by_sentence[p.sentence].insert(p.actor);
        for (const auto& r : resolved)
          if (r.kind == ActorKind::kPerson && !r.actor.empty() && r.via != Via::kPronoun) by_sentence[si].insert(r.actor);
        auto together = [&](const std::string& a, const std::string& b) {
          int n = 0;
          for (const auto& [sn, ids] : by_sentence) n += ids.count(a) && ids.count(b);
          return n;
        };
        // (On a tie, a pair with someone at home where the sentence is: "In het Catshuis werden in
        // aanwezigheid van beide premiers …" are the host and his guest, not a leader the guest met
        // on the way.)
        std::set<std::string> here;
        for (const auto& x : ms)
          if (x.kind == ActorKind::kCountry && (x.via == Via::kPlace || x.via == Via::kCapital) && !x.country.empty()) here.insert(x.country);
        auto at_home = [&](const std::string& a, const std::string& b) {
          for (const auto& id : {a, b})
            if (auto it = ctx.actors.find(id); it != ctx.actors.end() && here.count(it->second.country)) return 1;
          return 0;
        };
        std::vector<std::string> two = {cands[0], cands[1]};
        int best = 2 * together(cands[0], cands[1]) + at_home(cands[0], cands[1]);
        for (std::size_t x = 0; x < cands.size(); ++x)
          for (std::size_t y = x + 1; y < cands.size(); ++y)
            if (const int n = 2 * together(cands[x], cands[y]) + at_home(cands[x], cands[y]); n > best) {
              best = n;
              two = {cands[x], cands[y]};
            }
        resolve_to(two);
        continue;
      }
      if (m.via == Via::kTwoCountries) {
        // The two countries this sentence or the last few are about.
        std::map<std::string, double> score;
        // (Those named before the phrase most: "Japan and the Philippines signed …, as both
        // countries grow alarmed by China's conduct".)
        for (const auto& x : ms)
          if (x.kind == ActorKind::kCountry && !x.actor.empty() && x.begin != m.begin) score[x.country] += x.begin < m.begin ? 3.5 : 3;
        for (const auto& p : ms)
          if (p.kind == ActorKind::kPerson && !p.country.empty() && p.begin != m.begin && !p.actor.empty()) {
            score[p.country] += 1;
            // (and the one they were last named together with stands for the other country, a
            // strong sign: "él y el primer ministro malasio, Najib Razak, asistieron … Najib había
            // declarado que el comercio entre ambos países …")
            for (std::size_t back = 1; back <= 4 && back <= si; ++back) {
              const auto& earlier = ctx.sentences[si - back].actors;
              if (std::none_of(earlier.begin(), earlier.end(), [&](const ActorMention& q) { return q.actor == p.actor; })) continue;
              std::set<std::string> partners;
              for (const auto& q : earlier)
                if (q.kind == ActorKind::kPerson && q.actor != p.actor && q.via != Via::kPossessive)
                  if (auto a = ctx.actors.find(q.actor); a != ctx.actors.end() && !a->second.country.empty() && a->second.country != p.country)
                    partners.insert(a->second.country);
              if (partners.empty()) continue;
              if (partners.size() == 1) score[*partners.begin()] += 2;
              break;
            }
          }
        for (const auto& c : countries) {
          // Recent mentions count most; the whole article counts a little ("the kingdom" of
          // the headline is still one of "the two countries" six sentences later).
          const double recency = c.sentence + 4 >= si ? 1.0 / static_cast<double>(si - c.sentence + 1) : 0.0;
          score[ctx.actors.at(c.actor).country] += (c.sentence + 4 >= si ? (c.strong ? 1.0 : 0.5) : 0.3) + recency;
        }
        // The persons of the last sentences stand for their countries a little ("ambos
        // mandatarios firmaron …" of Xi and Nazarbayev: China and Kazakhstan).
        for (const auto& p : persons)
          if (p.sentence + 4 >= si && p.sentence < si)
            if (auto it = ctx.actors.find(p.actor); it != ctx.actors.end() && !it->second.country.empty()) score[it->second.country] += 0.5;
        if (!ctx.dateline_country.empty()) score[ctx.dateline_country] += 0.5;
        // The pair "the two countries" stood for a sentence or three before is still the pair
        // ("les échanges entre les deux pays … Les deux capitales se sont fixé pour objectif …").
        // (Only in a sentence that names no country of its own.)
        const bool own_country = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& x) {
          return x.kind == ActorKind::kCountry && !x.actor.empty() && x.begin != m.begin;
        });
        if (last_two.sentence + 3 >= si && last_two.sentence < si && !own_country)
          for (const auto& c : last_two.pair) score[c] += 3;
        std::vector<std::pair<double, std::string>> ranked;
        for (const auto& [c, v] : score) ranked.emplace_back(-v, c);
        std::sort(ranked.begin(), ranked.end());
        if (ranked.size() < 2) continue;
        last_two = {si, {ranked[0].second, ranked[1].second}};
        for (int n = 0; n < 2; ++n) {
          ActorMention two = m;
          ActorRecord& c = ctx.country_actor(ranked[n].second, "");
          two.actor = c.id;
          two.country = c.country;
          resolved.push_back(two);
        }
        continue;
      }
      resolved.push_back(m);
    }
    for (const auto& m : resolved) {
      if (m.kind == ActorKind::kPerson && !m.actor.empty()) ctx.mention_order.emplace_back(m.actor, si);
      // (A pronoun carries its person on: "Zwei Tage zuvor hatte er Kiew besucht und dort
      // Selenskyj getroffen. Das Treffen bezeichnete er …" — he is still Nehammer.)
      if (m.kind == ActorKind::kPerson && m.via != Via::kPossessive && m.via != Via::kTwoPersons && !m.actor.empty())
        persons.push_back({m.actor, si, m.begin, !governed_by_preposition(ctx, m.begin)});
      if (m.kind == ActorKind::kCountry && m.via != Via::kTwoCountries && m.via != Via::kTheCountry)
        countries.push_back({m.actor, si, m.begin, !m.weak()});
    }
    ctx.sentences[si].actors = std::move(resolved);
  }

  // A country's name that a place shares, followed by the country it lies in, is that place:
  // "Grenade, en Espagne" (Granada, not Grenada), "Georgia (USA)".
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
    auto& ms = ctx.sentences[si].actors;
    const auto& toks = ctx.toks();
    const std::size_t last = ctx.doc.sentences[si].last;
    for (auto& m : ms) {
      if (m.kind != ActorKind::kCountry || m.via != Via::kCountryName || m.end + 1 >= last) continue;
      std::size_t q = m.end;
      const bool bracket = toks[q].norm == "(";
      if (!bracket && toks[q].norm != ",") continue;
      ++q;
      // (a bracket takes the country right after it; a comma wants "in" first)
      if (const Match* in = !bracket && q < last ? ctx.find(q, Cat::kLocative) : nullptr) {
        // (only a name a place shares: not "au Brunei, au Japon, en Chine")
        bool shared = false;
        for (const Match& x : ctx.lang_at(m.begin)) shared |= x.payload->cat == Cat::kCountryName && (x.payload->flags & kFlagAmbiguous);
        if (!shared) continue;
        q = in->end;
      }
      for (const auto& c : ms)
        if (&c != &m && c.kind == ActorKind::kCountry && c.via == Via::kCountryName && c.begin == q && c.country != m.country &&
            (bracket ? c.end < last && toks[c.end].norm == ")" : q > m.end + 1)) {
          m.actor = c.actor;
          m.country = c.country;
          m.via = Via::kPlace;
          break;
        }
    }
  }

  // "Sadyr Zjaparov (Kirgizië)", "Emomali Rahmon (Tajikistan)": the country in brackets after a
  // name.
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
    const auto& ms = ctx.sentences[si].actors;
    const auto& toks = ctx.toks();
    for (const auto& m : ms) {
      if (m.kind != ActorKind::kPerson || m.via != Via::kName || m.actor.empty() || m.end + 2 >= ctx.doc.sentences[si].last ||
          toks[m.end].norm != "(")
        continue;
      ActorRecord& a = ctx.actors[m.actor];
      if (!a.country.empty()) continue;
      for (const auto& c : ms)
        if (c.kind == ActorKind::kCountry && c.via == Via::kCountryName && c.begin == m.end + 1 && c.end < ctx.doc.sentences[si].last &&
            toks[c.end].norm == ")")
          a.country = c.country;
      // "Markus Söder (CSU)", "Mark Rutte (VVD)": a party of one country's party system.
      if (a.country.empty()) a.country = ctx.bracket_party(m.end, ctx.doc.sentences[si].last);
    }
  }

  // "haar woordvoerder Joost Hendriks", "his spokesman": the possessor's country.
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
    const auto& ms = ctx.sentences[si].actors;
    for (const auto& m : ms) {
      if (m.kind != ActorKind::kPerson || m.via != Via::kName || m.actor.empty()) continue;
      ActorRecord& a = ctx.actors[m.actor];
      if (!a.country.empty()) continue;
      std::size_t b = m.begin;
      while (b > ctx.doc.sentences[si].first && ctx.covering(b - 1, Cat::kTitle)) --b;
      if (b == m.begin) continue;
      for (const auto& p : ms)
        if (p.via == Via::kPossessive && p.end == b && !p.actor.empty() && ctx.actors.count(p.actor))
          a.country = ctx.actors.at(p.actor).country;
    }
  }

  // The country the article is about: the dateline, else the most mentioned one when it leads
  // clearly. Officials introduced without a country are taken to be from it.
  // Names count more than adjectives, the opening sentences more than the rest.
  std::map<std::string, double> count;
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si)
    for (const auto& m : ctx.sentences[si].actors)
      if (m.kind == ActorKind::kCountry && m.via != Via::kTwoCountries)
        count[m.country] += (m.weak() ? 0.5 : 1.0) * (si < 3 ? 2.0 : 1.0);
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [c, n] : count) ranked.emplace_back(-n, c);
  std::sort(ranked.begin(), ranked.end());
  if (!ctx.dateline_country.empty()) {
    ctx.home_country = ctx.dateline_country;
  } else if (!ranked.empty() && (ranked.size() == 1 || ranked[0].first < ranked[1].first)) {
    ctx.home_country = ranked[0].second;
  }
  std::set<std::string> spokesmen;  // officials whose country is that of what they said
  if (!ctx.home_country.empty()) {
    static const std::set<std::string> kOfficial = {"spokesperson", "minister", "foreign_minister", "head_of_state",
                                                    "head_of_government", "deputy_head_of_government", "diplomat",
                                                    "official", "expert", "vice_president"};
    // (A head of state or government first named in a sentence set in one foreign city is that
    // country's: "In Lusaka sind Gespräche mit Präsident Hakainde Hichilema geplant".)
    std::map<std::string, std::string> placed;
    std::set<std::string> seen;
    for (const auto& sent : ctx.sentences) {
      std::set<std::string> places;
      for (const auto& m : sent.actors)
        if ((m.via == Via::kPlace || m.via == Via::kCapital) && !m.building && !m.country.empty()) places.insert(m.country);
      for (const auto& m : sent.actors) {
        if (m.kind != ActorKind::kPerson || m.actor.empty() || !seen.insert(m.actor).second) continue;
        if (places.size() == 1 && *places.begin() != ctx.home_country) placed[m.actor] = *places.begin();
      }
    }
    // "Brazil is not happy with …, Finance Minister Dilson Funaro said", "West Germany takes … very
    // seriously, State Secretary Hans Tietmeyer said" (filed from London, Brussels): an official
    // first seen as the speaker at the end of a sentence that opens with a country speaks for it.
    std::map<std::string, std::string> speaks_for;
    std::set<std::string> first_seen;
    const auto& toks = ctx.toks();
    for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
      const auto& ms = ctx.sentences[si].actors;
      const std::size_t open = si == 0 ? std::max<std::size_t>(ctx.doc.sentences[0].first, ctx.dateline_end) : ctx.doc.sentences[si].first;
      const std::size_t last = ctx.doc.sentences[si].last;
      const ActorMention* subject = nullptr;
      for (const auto& m : ms)
        if (m.begin >= open && (!subject || m.begin < subject->begin)) subject = &m;
      const bool opens_with_country =
          subject && subject->kind == ActorKind::kCountry && !subject->building && subject->country != ctx.home_country &&
          (subject->via == Via::kCountryName || subject->via == Via::kDemonym) &&
          (subject->begin == open || (subject->begin == open + 1 && ctx.find(open, Cat::kDefinite, open + 1)));
      for (const auto& m : ms) {
        if (m.kind != ActorKind::kPerson || m.actor.empty() || !first_seen.insert(m.actor).second) continue;
        // (the speaker: titled, after a comma, with "said" right after and nothing else to the end)
        // (an office may stand before the title: ", Finance Ministry State Secretary Hans Tietmeyer said")
        std::size_t b = m.begin;
        while (b > open && ctx.covering(b - 1, Cat::kTitle)) --b;
        for (std::size_t k = b; b < m.begin && k > open && k + 3 > b && toks[k - 1].upper_initial; --k)
          if (k - 1 > open && toks[k - 2].norm == ",") b = k - 1;
        const Match* said = m.end < last ? ctx.covering(m.end, Cat::kSpeechVerb) : nullptr;
        const bool speaker = opens_with_country && b > open + 2 && b < m.begin && toks[b - 1].norm == "," && said && said->end + 1 >= last;
        if (speaker) speaks_for[m.actor] = subject->country;
      }
    }
    for (auto& [id, a] : ctx.actors) {
      if (a.kind != ActorKind::kPerson || !a.country.empty()) continue;
      if (auto sf = speaks_for.find(id); sf != speaks_for.end()) {
        a.country = sf->second;
        ctx.guessed_country.insert(id);
        spokesmen.insert(id);
        continue;
      }
      bool official = false, leader = false;
      for (const auto& r : ctx.person_roles[id]) {
        official |= kOfficial.count(r) > 0;
        leader |= r == "head_of_state" || r == "head_of_government";
      }
      if (official) {
        auto pl = placed.find(id);
        a.country = leader && pl != placed.end() ? pl->second : ctx.home_country;
        ctx.guessed_country.insert(id);
      }
    }
  }
  // Two named together as one subject, one of them with a country of their own, the other only
  // guessed from the dateline: "Funaro and Gros spent two days in Washington" (Brazil's minister and
  // its central bank president, in a story filed from London).
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
    const auto& ms = ctx.sentences[si].actors;
    for (const auto& x : ms)
      for (const auto& y : ms) {
        if (x.kind != ActorKind::kPerson || y.kind != ActorKind::kPerson || x.actor.empty() || y.actor.empty() || x.actor == y.actor ||
            y.begin <= x.end || x.via == Via::kPossessive || y.via == Via::kPossessive)
          continue;
        std::size_t yb = y.begin;  // (a title may stand before the second: "Funaro and central bank president Gros")
        while (yb > x.end + 1 && ctx.covering(yb - 1, Cat::kTitle)) --yb;
        if (x.end + 1 != yb || !ctx.find(x.end, Cat::kAnd, yb)) continue;
        auto ax = ctx.actors.find(x.actor), ay = ctx.actors.find(y.actor);
        if (ax == ctx.actors.end() || ay == ctx.actors.end()) continue;
        // (Only an official with no office of state: "Die Kanzlerin und Ministerpräsident Batbold"
        // in Ulan Bator are two countries' leaders.)
        auto aide = [&](const std::string& id) {
          const auto r = ctx.person_roles.find(id);
          if (r == ctx.person_roles.end() || r->second.empty()) return false;
          return std::all_of(r->second.begin(), r->second.end(), [](const std::string& role) {
            return role == "official" || role == "expert" || role == "diplomat" || role == "spokesperson";
          });
        };
        const bool gx = ctx.guessed_country.count(x.actor) > 0 && !spokesmen.count(x.actor) && aide(x.actor),
                   gy = ctx.guessed_country.count(y.actor) > 0 && !spokesmen.count(y.actor) && aide(y.actor);
        const bool sx = !ctx.guessed_country.count(x.actor) || spokesmen.count(x.actor),
                   sy = !ctx.guessed_country.count(y.actor) || spokesmen.count(y.actor);
        if (gy && sx && !ax->second.country.empty()) ay->second.country = ax->second.country;
        if (gx && sy && !ay->second.country.empty()) ax->second.country = ay->second.country;
      }
  }
  // Mentions carry their person's final country.
  for (auto& s : ctx.sentences)
    for (auto& m : s.actors)
      if (m.kind == ActorKind::kPerson && ctx.actors.count(m.actor)) m.country = ctx.actors.at(m.actor).country;
}

}  // namespace kg::extract
