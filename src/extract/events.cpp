// Event extractors, one per type, over the annotated sentences. Each finds its triggers from the
// lexicon, fills its roles from the actor mentions around the trigger, takes dates from the time
// expressions of the sentence, and decides a status from clause cues (future, cancelled, negated,
// hypothetical). Mentions that name no actors ("the visit", "het verdrag") are attached to the
// nearest event of their type; several mentions of one event in an article become one event.
#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <optional>
#include <set>

#include "common/date_scan.h"
#include "common/text_util.h"
#include "extract/context.h"

namespace kg::extract {
namespace {

struct Trigger {
  std::size_t b, e;
  Cat cat;
  int ival;
};

enum class Polarity { kPositive, kNegated, kHypothetical };

// The actor of an event's first participant in `role` ("visitor", "destination"), or "".
std::string role_actor(const EventRecord& e, std::string_view role) {
  for (const auto& p : e.participants)
    if (p.role == role) return p.actor_id;
  return {};
}

struct Draft {
  EventRecord ev;
  std::size_t sentence = 0;
  std::size_t trig_b = 0, trig_e = 0;
  double confidence = 0.8;
  bool anaphoric = false;  // names no actors: attach to the nearest event of its type
  int days = 0;            // an anaphoric visit's stated length ("een vijfdaags staatsbezoek")
  bool since = false;      // an anaphoric visit's start ("sinds gisteren voor een bezoek")
  bool origin = false;     // a stay told only as where a trip came from ("kwam vanuit Duitsland")
  bool anchors = true;     // its day is one the story tells (not a stay's start: "procedía de Costa Rica, donde permaneció desde el domingo")
  std::size_t verb = SIZE_MAX;  // a treaty's action verb (its first token): the objects of one verb are a list
};

// A later mention that states the day of an event told without one ("… haben telefoniert. Das
// Gespräch fand am Montagabend statt") gives it that day.
void give_date(const Draft& mention, Draft& told) {
  if (mention.ev.date_source != "text" || told.ev.date_source == "text") return;
  told.ev.start = mention.ev.start;
  told.ev.end = mention.ev.end;
  told.ev.date_source = "text";
}

class Extractor {
 public:
  explicit Extractor(ArticleContext& ctx) : ctx_(ctx), toks_(ctx.toks()) {}

  std::vector<EventRecord> run();

 private:
  // --- sentence helpers
  const Sentence& sent(std::size_t si) const { return ctx_.doc.sentences[si]; }
  const std::vector<ActorMention>& mentions(std::size_t si) const { return ctx_.sentences[si].actors; }
  std::vector<Trigger> triggers(std::size_t si, std::initializer_list<Cat> cats) const;
  // A cue inside a not-trigger phrase ("no obstante", "not only") does not count.
  // No comma or semicolon between tokens a and b (either order): one clause.
  bool semicolon_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = std::min(a, b); k < std::max(a, b); ++k)
      if (toks_[k].norm == ";") return true;
    return false;
  }
  bool one_clause(std::size_t a, std::size_t b) const {
    for (std::size_t k = std::min(a, b); k < std::max(a, b); ++k)
      if (toks_[k].norm == "," || toks_[k].norm == ";") return false;
    return true;
  }
  bool cue_in(std::size_t b, std::size_t e, Cat cat) const {
    for (std::size_t i = b; i < e; ++i)
      if (ctx_.find(i, cat, e) && !ctx_.covering(i, Cat::kNotTrigger)) return true;
    return false;
  }
  Polarity polarity(std::size_t si, std::size_t tb, std::size_t te) const;
  bool ordinal_before(std::size_t si, std::size_t k) const;
  bool cancelled(std::size_t si, std::size_t tb = 0, std::size_t te = 0) const;
  bool reported_future(std::size_t si, std::size_t k) const;
  // The calls told in the two sentences before si, the last first.
  std::vector<Draft*> recent_calls(std::size_t si);
  bool in_of_phrase(std::size_t si, const ActorMention& m) const;
  bool other_subject_clause(std::size_t si, std::size_t tb, std::size_t k) const;
  // A clause with a subject of its own between person m and token k, not m's list: "talks with
  // Macron and Merkel, and earlier this month he attended the conference in Toronto".
  bool subject_clause_between(std::size_t si, const ActorMention& m, std::size_t k) const {
    if (m.end == 0 || !other_subject_clause(si, m.end - 1, k)) return false;
    const auto list = list_from(si, m);
    for (const auto& o : mentions(si))
      if (o.kind == ActorKind::kPerson && o.begin > m.end && o.end <= k && std::find(list.begin(), list.end(), &o) == list.end())
        return true;
    return false;
  }
  std::vector<const ActorMention*> places_listed(std::size_t si, const ActorMention& first, Cat prep) const;
  bool capital_apposition(std::size_t si, const ActorMention& m) const;
  std::string partner_before(std::size_t si, const std::string& party) const;
  const ActorMention* dropped_subject(std::size_t si, std::size_t tb) const;
  const ActorRecord* last_traveller(std::size_t si) const;
  bool in_recent_call(std::size_t si, const std::string& actor) {
    for (const Draft* x : recent_calls(si))
      for (const auto& p : x->ev.participants)
        if (p.actor_id == actor) return true;
    return false;
  }
  bool future(std::size_t si, std::size_t tb, std::size_t te) const;
  // Where a name's title and its modifiers begin ("de Indonesische president Joko Widodo").
  std::size_t title_start(std::size_t si, std::size_t b) const {
    while (b > sent(si).first && (ctx_.covering(b - 1, Cat::kTitle) || ctx_.covering(b - 1, Cat::kHonorific) || ctx_.find(b - 1, Cat::kDeterminer, b) ||
                                  ctx_.find(b - 1, Cat::kDefinite, b) || ctx_.covering(b - 1, Cat::kDemonym)))
      --b;
    return b;
  }
  // Told as ending, a few words before the trigger: "wrapped up a two-day visit", "zum Abschluss
  // ihrer Reise", "al término de su gira".
  bool ends_trip(std::size_t si, std::size_t tb) const {
    for (std::size_t k = tb > sent(si).first + 6 ? tb - 6 : sent(si).first; k <= tb; ++k)
      for (const Match& m : ctx_.lang_at(k))
        if (m.payload->cat == Cat::kLastDay && m.end <= tb + 1) return true;
    return false;
  }
  // "five countries", "de vijf landen": countries counted (two to 99) in the sentence.
  bool counted_countries(std::size_t si) const {
    for (std::size_t k = sent(si).first + 1; k < sent(si).last; ++k) {
      if (!ctx_.find(k, Cat::kTourCountries)) continue;
      for (std::size_t n = k - 1; n + 3 > k && n >= sent(si).first; --n) {
        bool ok = false;
        const double v = number_value(ctx_, toks_[n], &ok);
        if (ok && v >= 2 && v < 100) return true;
        if (n == sent(si).first) break;
      }
    }
    return false;
  }
  // "the next summit", "la próxima reunión": a future word right before the trigger.
  bool next_one(std::size_t si, const Trigger& t) const {
    if (t.b <= sent(si).first) return false;
    const Match* m = ctx_.find(t.b - 1, Cat::kFuture, t.b);
    if (m && m->end == t.b) return true;
    // "next year's summit": a later year right before it.
    for (const auto& te : ctx_.sentences[si].times)
      if ((te.end == t.b || (te.end + 1 == t.b && toks_[te.end].norm == "'s")) && te.kind == TimeKind::kRelYear &&
          !ctx_.published().empty() && te.date.year > ctx_.published().year)
        return true;
    return false;
  }
  void set_dates(Draft& d, std::size_t si, std::size_t tb, bool forward, bool allow_publication,
                 std::size_t skip_b = 0, std::size_t skip_e = 0) const;
  // Is the mention at pos governed by "with" (or another preposition: "hosted by X")?
  bool after_with(std::size_t si, std::size_t pos, Cat prep = Cat::kWith) const;
  std::size_t relative_clause_of(std::size_t si, std::size_t pos) const;
  const ActorMention* official_of(std::size_t si, const std::string& country) const;
  void presence(std::size_t si);
  bool visiting_official(const ActorMention& p) const;
  bool at_seat(const std::string& person, const std::string& country) const;
  bool consort(const std::string& person, const std::string& with) const;
  bool international(const std::string& person) const;
  std::string seat_org(const ActorMention& m) const;
  void hosted(std::size_t si);
  void guests(std::size_t si);
  void invited(std::size_t si);
  std::vector<const ActorMention*> list_from(std::size_t si, const ActorMention& first) const;
  bool joined(std::size_t si, std::size_t b, std::size_t e) const;
  void stays(std::size_t si);
  void trip_end(std::size_t si);
  void itinerary(std::size_t si);
  void followed(std::size_t si);
  Draft visit_draft(std::size_t si, std::size_t tb, std::size_t te, const std::string& visitor, const std::string& country) const;
  std::pair<const ActorMention*, const ActorMention*> host_and_guest(std::size_t si, const Trigger& t, bool nearest_host,
                                                                     std::size_t window) const;
  const ActorMention* located_place(std::size_t si) const;
  bool located_at(std::size_t si, const ActorMention& m) const;
  std::vector<const ActorMention*> envoy_countries(std::size_t si, std::size_t from) const;
  bool speaker(std::size_t si, const ActorMention& m) const;
  // Is the person named right after a `together_with` phrase, someone who comes along ("gemeinsam
  // mit Senegals Präsident Macky Sall", "accompanied by")?
  bool along_with(std::size_t si, const ActorMention& p) const {
    if (!after_with(si, p.begin)) return false;
    for (std::size_t k = p.begin; k > sent(si).first && k + 8 > p.begin; --k)
      if (const Match* w = ctx_.covering(k - 1, Cat::kWith); w && w->payload->ival == 1) return true;
    return false;
  }
  bool in_quote(std::size_t si, std::size_t pos) const;
  // A verb of meeting before token `e` of the sentence ("after meeting Xi, Modi …": Xi was met), not
  // the noun ("After the meeting, Xi …", "After the APEC meeting, Xi …").
  bool meeting_verb_before(std::size_t si, std::size_t e) const {
    const std::size_t first = sent(si).first;
    auto article = [&](std::size_t j) {
      return ctx_.find(j, Cat::kDefinite, j + 1) || ctx_.find(j, Cat::kIndefinite, j + 1) || ctx_.find(j, Cat::kPossessive, j + 1);
    };
    for (std::size_t k = first; k < e; ++k) {
      const Match* v = ctx_.find(k, Cat::kMeetingVerb, e);
      if (!v) continue;
      const bool noun = (k > first && article(k - 1)) || (k > first + 1 && toks_[k - 1].upper_initial && article(k - 2)) ||
                        (v->end < e && toks_[v->end].norm == ",");
      if (!noun && !subject_after_met(si, v->end, e)) return true;
    }
    return false;
  }
  // Is the person at token `e` the subject of a new clause after the one met, rather than the one
  // met ("Accueilli … par Abdelaziz Bouteflika au pied de l'avion, François Hollande a entamé …",
  // "After meeting Xi in Beijing, Modi flew on")? Not a list of those met ("met Xi, Li and Modi").
  bool subject_after_met(std::size_t si, std::size_t from, std::size_t e) const {
    for (const auto& o : mentions(si)) {
      if (o.kind != ActorKind::kPerson || o.begin < from || o.end >= e || o.via == Via::kPossessive) continue;
      bool comma = false;
      for (std::size_t k = o.end; k < e && !comma; ++k) comma = toks_[k].norm == ",";
      if (!comma) continue;
      // (A list ends with "and"; without it the comma closes the clause.)
      const auto list = list_from(si, o);
      return !ctx_.any(o.end, list.back()->begin, Cat::kAnd) ||
             std::none_of(list.begin(), list.end(), [&](const ActorMention* l) { return l->begin == e; });
    }
    return false;
  }
  void locate_summits();
  void locate_summit(std::size_t si, const Trigger& t, const std::vector<ActorMention>& ms);
  void summit_at_host(std::size_t first_summit);
  const ActorMention* summit_place(std::size_t si, const std::string& org) const;
  std::string summit_org(std::size_t si, const Trigger& t) const;
  std::vector<const ActorMention*> countries_after_prep(std::size_t si, std::size_t from, std::size_t window, Cat prep) const;
  void add_participant(EventRecord& ev, const std::string& role, const std::string& actor) const;

  // --- extractors
  void visits(std::size_t si);
  void phone_calls(std::size_t si);
  void treaties(std::size_t si);
  void memberships(std::size_t si);
  void approved_accession(std::size_t si, const Trigger& t);
  // A draft of type `type` whose trigger is at [tb, te) in sentence si.
  Draft new_draft(std::size_t si, std::size_t tb, std::size_t te, const char* type) const {
    Draft d;
    d.sentence = si;
    d.trig_b = tb;
    d.trig_e = te;
    d.ev.type = type;
    return d;
  }
  // Status (cancelled, `ahead` when told in the future, else `done`), dates and confidence of an
  // event whose trigger is at [tb, te) in sentence si; then emit it.
  void finish(Draft& d, std::size_t si, std::size_t tb, std::size_t te, const char* ahead, const char* done, double confidence);
  void trade_figures(std::size_t si);
  // "Het streven is 100 miljard dollar in 2030. Vorig jaar ging het om 65 miljard dollar": a figure
  // with its period and no trade word, right after a figure, is another of the same two economies.
  void trade_continued(std::size_t si);
  void meetings(std::size_t si);

  std::vector<std::string> focus_pair(std::size_t si) const;
  std::string salient_country_other_than(std::size_t si, const std::string& not_this) const;
  std::string main_country_other_than(std::size_t si, const std::string& not_this) const;
  std::string treaty_name(std::size_t si, std::size_t tb, std::size_t te, std::size_t* name_b = nullptr,
                          std::size_t* name_e = nullptr) const;

  void emit(Draft d) {
    // A visit told as a stopover of hours in its clause ("volará a Bolivia … en una escala de
    // apenas unas horas") does not last until the next stop.
    if (d.ev.type == "visit" && d.trig_e > d.trig_b) {
      const Sentence& s = sent(d.sentence);
      std::size_t b = d.trig_b, e = d.trig_e;
      while (b > s.first && toks_[b - 1].norm != "," && toks_[b - 1].norm != ";") --b;
      while (e < s.last && toks_[e].norm != "," && toks_[e].norm != ";") ++e;
      d.ev.brief = ctx_.any(b, e, Cat::kStopover);
    }
    drafts_.push_back(std::move(d));
  }
  // "He left for New Delhi on Sunday night": going home on a day ends the visit told last.
  void end_trip(std::size_t si, const Trigger& t, const std::string& traveller, bool fut);
  // A mention and, when it is a group ("de twee leiders", "het drietal"), the other persons it
  // stands for (one mention each, at the same place).
  std::vector<const ActorMention*> group_of(std::size_t si, const ActorMention& m) const;
  // "the visit", "het bezoek": evidence for a visit named elsewhere, with its stated length and day.
  Draft anaphoric_visit(std::size_t si, const Trigger& t) const;
  // A synthetic country mention for an organisation's seat; kept alive for the whole run.
  ActorMention seat_mention(const ActorMention& org, const std::string& country) const {
    ActorMention m = org;
    m.kind = ActorKind::kCountry;
    m.actor = "country/" + country;
    m.country = country;
    m.via = Via::kPlace;
    return m;
  }
  std::deque<ActorMention> seat_mentions_;
  // An article about one summit: every summit it places is in one country.
  bool one_summit_place() const {
    return !summit_places_.empty() && std::all_of(summit_places_.begin(), summit_places_.end(), [&](const SummitPlace& sp) {
      return sp.place.country == summit_places_.front().place.country;
    });
  }
  // Where the summits of this article take place: (sentence, place mention), in text order.
  struct SummitPlace {
    std::size_t sentence;
    std::string org;  // the organisation whose summit it is ("org/G20"), or ""
    ActorMention place;
    PartialDate date{};  // when the summit sentence says ("Morgen … an einem Gipfeltreffen"), else empty
    PartialDate end{};
  };
  bool summit_day(std::size_t si, const Trigger& t, SummitPlace& sp, bool day_only) const;
  // A visit with no date of its own at a summit gets the summit's.
  void summit_date(Draft& d, const ActorMention* place) const {
    if (d.ev.date_source == "text" || !place) return;
    for (const auto& sp : summit_places_)
      if (&sp.place == place && !sp.date.empty()) {
        d.ev.start = sp.date;
        d.ev.end = sp.end;
        d.ev.date_source = "text";
      }
  }
  std::vector<SummitPlace> summit_places_;
  PartialDate last_trade_period_;
  bool no_duration_ = false;  // set while dating the stops of a multi-country trip
  std::size_t last_trade_sentence_ = 0;
  // The two economies of a trade sentence without a figure ("… is de onderlinge handel van de twee
  // landen klein"), for a figure in the next sentence that names none ("Vorig jaar bedroeg die …").
  std::vector<std::string> trade_pair_;
  std::size_t trade_pair_sentence_ = 0;
  // Does the article report the trade of one economy with many ("The U.S. deficit with Japan …,
  // with Canada …, with Western Europe …")? Four or more countries named in its trade sentences.
  // Then a figure that names no partner is that economy's total, not of a pair found around it.
  bool many_trade_partners() const;
  mutable std::optional<bool> many_trade_partners_;  // (computed once per article)
  // Is the economy named as the partner of a trade figure: "with Japan", "imports from Canada",
  // "Exporte nach China", "dorthin"?
  bool partner_mark(std::size_t si, const ActorMention& m) const;
  bool partner_named(std::size_t si, const std::vector<ActorMention>& ms, const std::string& economy) const;
  std::vector<EventRecord> merge();

  ArticleContext& ctx_;
  const std::vector<Token>& toks_;
  std::vector<Draft> drafts_;
};

// Event-trigger categories: a trigger inside a longer trigger of another kind ("trade" in "trade
// agreement") belongs to the longer one.
constexpr Cat kEventCats[] = {Cat::kVisitNoun,  Cat::kVisitVerb,   Cat::kMotionVerb, Cat::kArrivalVerb, Cat::kSummit,
                              Cat::kDeparture,  Cat::kPhoneNoun,   Cat::kPhoneVerb,  Cat::kTreatyNoun,  Cat::kTradeNoun,
                              Cat::kMeetingNoun, Cat::kMeetingVerb};

std::vector<Trigger> Extractor::triggers(std::size_t si, std::initializer_list<Cat> cats) const {
  std::vector<Trigger> out;
  const Sentence& s = sent(si);
  for (std::size_t i = s.first; i < s.last; ++i) {
    // "in return for", "called for", "export credits": not triggers at all.
    if (const Match* nt = ctx_.covering(i, Cat::kNotTrigger)) {
      // (A longer trigger from the same word wins: "went on" goes nowhere, "went on to" travels.)
      bool longer = false;
      for (Cat c : cats)
        if (const Match* m = ctx_.find(i, c, s.last); m && nt->begin == i && m->end > nt->end) longer = true;
      if (!longer) {
        i = nt->end - 1;
        continue;
      }
    }
    // A name is no trigger ("Irán" is Iran, not "they will go").
    bool in_name = false;
    for (const auto& am : mentions(si))
      if (am.begin <= i && i < am.end && am.kind != ActorKind::kOrganization && am.via != Via::kPronoun && am.via != Via::kPossessive &&
          am.via != Via::kTwoCountries && am.via != Via::kTwoPersons && am.via != Via::kTheCountry && am.via != Via::kTitleOnly)
        in_name = true;
    if (in_name) continue;
    // ("the North Atlantic Treaty Organization", "World Trade Organization": no treaty or trade.)
    const bool in_org = std::any_of(mentions(si).begin(), mentions(si).end(), [&](const ActorMention& am) {
      return am.kind == ActorKind::kOrganization && am.begin <= i && i < am.end && am.end > am.begin + 1;
    });
    // A separable verb whose particle follows ("kwamen … aan", "rief … an") is read as such before
    // any other reading of the same word ("kwamen" alone travels).
    auto particle_after = [&](const Match* m) {
      for (std::size_t k = m->end; k < s.last && k < m->end + 14; ++k)
        if (toks_[k].norm == m->payload->sval) return true;
      return false;
    };
    std::array<Cat, 16> order{};
    std::size_t n_order = 0;
    for (Cat c : cats)
      if (n_order < order.size()) order[n_order++] = c;
    for (std::size_t oi = 0; oi < n_order; ++oi) {
      if (order[oi] != Cat::kArrivalVerb && order[oi] != Cat::kPhoneVerb) continue;
      const Match* m = ctx_.find(i, order[oi], s.last);
      if (m && m->payload->ival == 9 && particle_after(m)) {
        std::rotate(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(oi), order.begin() + static_cast<std::ptrdiff_t>(oi) + 1);
        break;
      }
    }
    for (std::size_t oi = 0; oi < n_order; ++oi) {
      const Cat c = order[oi];
      const Match* m = ctx_.find(i, c, s.last);
      if (!m) continue;
      if (in_org && (c == Cat::kTreatyNoun || c == Cat::kTradeNoun)) continue;
      int ival = m->payload->ival;
      // "kwamen … aan", "rief … an": only with its particle later on.
      if (ival == 9 && (c == Cat::kArrivalVerb || c == Cat::kPhoneVerb)) {
        if (!particle_after(m)) continue;
        if (c == Cat::kPhoneVerb) ival = 2;  // a calling verb: the one called is named
      }
      bool dominated = false;
      for (Cat other : kEventCats)
        if (const Match* o = ctx_.find(i, other, s.last); o && o->end > m->end) dominated = true;
      if (dominated) continue;
      out.push_back({i, m->end, c, ival});
      i = m->end - 1;
      break;
    }
  }
  return out;
}

Polarity Extractor::polarity(std::size_t si, std::size_t tb, std::size_t te) const {
  const Sentence& s = sent(si);
  // (Not past a colon or semicolon: "Macron ne s'attardera pas : il quittera Beyrouth mercredi".)
  std::size_t clause = s.first;
  for (std::size_t k = s.first; k < tb; ++k)
    if (toks_[k].norm == ":" || toks_[k].norm == ";") clause = k + 1;
  const std::size_t nb = tb > clause + 8 ? tb - 8 : clause;
  const std::size_t ne = std::min<std::size_t>(te + 3, s.last);
  // (Not from a relative clause closed before the trigger: "Egypt, which is not a member of the
  // bloc, sent Foreign Minister Sameh Shoukry".)
  const std::size_t trigger_clause = relative_clause_of(si, tb);
  for (std::size_t k = nb; k < ne; ++k)
    if (ctx_.find(k, Cat::kNegation, ne) && !ctx_.covering(k, Cat::kNotTrigger)) {
      const std::size_t rc = k < tb ? relative_clause_of(si, k) : 0;
      if (rc != 0 && rc != trigger_clause) continue;
      return Polarity::kNegated;
    }
  const std::size_t hb = tb > s.first + 8 ? tb - 8 : s.first;
  const std::size_t he = std::min<std::size_t>(te + 1, s.last);
  // (A month is no modal: "BERLIN, May 3 (Reuters) - On the last day of his visit …".)
  // ("In May the minister flew to Rome": a month read as a time, not at the sentence's start.)
  auto month_day = [&](std::size_t k) {
    if (!toks_[k].upper_initial || !ctx_.lang.months.count(toks_[k].norm)) return false;
    if (k + 1 < s.last && toks_[k + 1].kind == TokenKind::kNumber) return true;
    return k > s.first && std::any_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(),
                                      [&](const TimeExpr& t) { return t.begin <= k && k < t.end; });
  };
  // (Nor a conjunction that is "as" before a role: "als regeringsleider", "as prime minister".)
  auto before_role = [&](const Match* h) {
    std::size_t q = h->end;
    while (q < s.last && ctx_.find(q, Cat::kDeterminer, q + 1)) ++q;
    return q < s.last && ctx_.find(q, Cat::kTitle) != nullptr;
  };
  for (std::size_t k = hb; k < he; ++k)
    if (const Match* h = ctx_.find(k, Cat::kHypothetical, he);
        h && !ctx_.covering(k, Cat::kNotTrigger) && !reported_future(si, k) && !month_day(k) && !before_role(h))
      return Polarity::kHypothetical;
  // Said to be uncertain anywhere in its clause: "La venue de Poutine à Bali reste incertaine".
  // (The whole sentence when the trigger opens it as its subject: "Une visite de Poutine en Turquie,
  // évoquée par Ankara, n'a toujours pas de date".)
  const bool subject = tb <= s.first + 2;
  for (std::size_t k = te; k < s.last && toks_[k].norm != ";" && (subject || toks_[k].norm != ","); ++k)
    if (const Match* m = ctx_.find(k, Cat::kHypothetical, s.last); m && m->payload->ival == 1) return Polarity::kHypothetical;
  return Polarity::kPositive;
}

bool Extractor::cancelled(std::size_t si, std::size_t tb, std::size_t te) const {
  const Sentence& s = sent(si);
  // Within the trigger's clause when one is given ("spoke by telephone on Thursday, two days
  // after Trump called off a planned state visit": the call happened).
  std::size_t from = s.first, to = s.last;
  if (te > tb) {
    for (std::size_t k = s.first; k < tb; ++k)
      if (toks_[k].norm == "," || toks_[k].norm == ";") from = k + 1;
    // (… nor in what is said there: "Funaro said on Saturday in Washington that Brazil would not
    // have suspended payment")
    for (std::size_t k = te; k < s.last; ++k)
      if (toks_[k].norm == "," || toks_[k].norm == ";" || ctx_.find(k, Cat::kComplementizer, k + 1)) {
        to = k;
        break;
      }
  }
  for (std::size_t i = from; i < to; ++i) {
    const Match* m = ctx_.find(i, Cat::kCancel, s.last);
    if (!m || ctx_.covering(i, Cat::kNotTrigger)) continue;
    if (m->payload->ival != 9) return true;
    for (std::size_t k = m->end; k < to; ++k)  // "sagte … ab": with its particle later on
      if (toks_[k].norm == m->payload->sval) return true;
  }
  return false;
}

// "said he would go on to Hungary", "zei dat hij zou afreizen": a conditional right after a verb of
// saying tells the future as reported, not a hypothesis.
bool Extractor::reported_future(std::size_t si, std::size_t k) const {
  if (!ctx_.find(k, Cat::kReportedFuture)) return false;
  // ("President Reagan said on Friday that Secretary of State George Shultz would go to Moscow")
  for (std::size_t q = k > sent(si).first + 12 ? k - 12 : sent(si).first; q < k; ++q)
    if (ctx_.find(q, Cat::kSpeechVerb, k) || ctx_.find(q, Cat::kReport, k)) return true;
  return false;
}

std::vector<Draft*> Extractor::recent_calls(std::size_t si) {
  std::vector<Draft*> out;
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    if (it->sentence + 2 < si) break;
    if (!it->anaphoric && it->ev.type == "phone_call" && it->sentence < si) out.push_back(&*it);
  }
  return out;
}

// No subject at all before the verb at tb, in a language that drops subject pronouns ("De ahí
// partirá hacia California", "La semana pasada habló por teléfono con Albanese"): the person the
// last sentence was about, its first one (not one governed by "with").
// (Not after a subject of its own: "La conversación llega mientras Washington advierte a Pekín".)
// ("El sábado se trasladará a …": a time is no subject.)
const ActorMention* Extractor::dropped_subject(std::size_t si, std::size_t tb) const {
  const Sentence& s = sent(si);
  if (!ctx_.lang.pro_drop || si == 0) return nullptr;
  const bool noun_subject =
      tb >= s.first + 2 && toks_[tb - 1].is_word() && !toks_[tb - 1].upper_initial &&
      (ctx_.find(tb - 2, Cat::kDefinite, tb - 1) || ctx_.find(tb - 2, Cat::kDeterminer, tb - 1)) &&
      std::none_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(),
                   [&](const TimeExpr& te) { return te.begin <= tb - 1 && te.end >= tb; });
  const auto& ms = mentions(si);
  // (Persons met do not count: "donde prevé reunirse con Bachelet y con el presidente electo,
  // Sebastián Piñera, antes de seguir hacia Brasil" still has the dropped subject.)
  auto met = [&](const ActorMention& m) {
    if (after_with(si, m.begin)) return true;
    for (const auto& w : ms)
      if (w.kind == ActorKind::kPerson && w.begin < m.begin && !w.actor.empty() && after_with(si, w.begin)) {
        const auto list = list_from(si, w);
        if (std::find(list.begin(), list.end(), &m) != list.end()) return true;
      }
    return false;
  };
  if (noun_subject || std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
        return m.kind == ActorKind::kPerson && m.begin < tb && !met(m) &&
               !(relative_clause_of(si, m.begin) != 0 && relative_clause_of(si, m.begin) != relative_clause_of(si, tb));
      }))
    return nullptr;
  // (A relative clause fronted before its main clause has that clause's subject: "En Tallin,
  // adonde llegó este miércoles, el presidente estadunidense Barack Obama se reunió …".)
  if (const std::size_t rel = relative_clause_of(si, tb); rel != 0 && rel <= tb) {
    std::size_t comma = tb;
    while (comma < s.last && toks_[comma].norm != ",") ++comma;
    if (std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
          return m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin > comma && m.begin <= comma + 6 && !after_with(si, m.begin);
        }))
      return nullptr;
  }
  // (Not one who only told of it: "…, said Shultz".)
  // (Nor the agent of a passive: "…, donde fue recibido por la presidenta Xiomara Castro. De allí
  // voló a la capital cubana" is still the traveller's.)
  // (Nor one named in an "of" phrase: "… el endurecimiento del embargo por parte de la
  // Administración de Donald Trump".)
  for (const auto& m : mentions(si - 1))
    if (m.kind == ActorKind::kPerson && !m.actor.empty() && !after_with(si - 1, m.begin) && !after_with(si - 1, m.begin, Cat::kBy) &&
        !in_of_phrase(si - 1, m))
      return speaker(si - 1, m) ? nullptr : &m;
  return nullptr;
}

// A call with one party named whose counterpart the sentence before gave: "Alijev heeft Poetin
// excuses aangeboden. Dat deed hij gisteren in een telefoongesprek", "Scholz congratulated Lula.
// He did so by telephone". That sentence names the party and exactly one other person (not as a
// speaker), and tells no call of its own.
std::string Extractor::partner_before(std::size_t si, const std::string& party) const {
  bool seen = false;
  std::set<std::string> others;
  for (const auto& m : mentions(si - 1)) {
    if (m.kind != ActorKind::kPerson || m.actor.empty() || m.via == Via::kTitleOnly) continue;
    if (m.actor == party) {
      seen = true;
    } else if (m.via != Via::kPossessive && m.via != Via::kPronoun && !speaker(si - 1, m)) {
      others.insert(m.actor);
    }
  }
  if (!seen || others.size() != 1) return {};
  for (const auto& x : drafts_)
    if (x.sentence + 1 == si && x.ev.type == "phone_call") return {};
  return *others.begin();
}

// An ordinal a few words before token k, in its clause: "the first Indian prime minister to visit",
// "the first Pacific island country to sign".
bool Extractor::ordinal_before(std::size_t si, std::size_t k) const {
  const Sentence& s = sent(si);
  bool ordinal = false;
  for (std::size_t r = k > s.first + 5 ? k - 5 : s.first; r < k; ++r) {
    if (toks_[r].norm == ",") ordinal = false;
    ordinal |= ctx_.find(r, Cat::kOrdinal, r + 1) != nullptr;
  }
  return ordinal;
}

bool Extractor::future(std::size_t si, std::size_t tb, std::size_t te) const {
  const Sentence& s = sent(si);
  // "She will spend Sunday in Jakarta before travelling to Hanoi on Tuesday": the sentence's tense
  // (not that of a relative clause the trigger is not in: "une déclaration qui doit fonder …").
  const std::size_t clause = relative_clause_of(si, tb);
  // (Not past a "that" after the trigger: "said on Saturday in Washington that Brazil would not
  // have suspended payment".)
  std::size_t limit = std::min<std::size_t>(te + 4, s.last);
  for (std::size_t k = te; k < limit; ++k)
    if (ctx_.find(k, Cat::kComplementizer, k + 1)) limit = k;
  for (std::size_t k = s.first; k < limit; ++k)
    if (ctx_.find(k, Cat::kFuture) && !ctx_.covering(k, Cat::kNotTrigger)) {
      const std::size_t rel = relative_clause_of(si, k);
      // (nor of a restrictive one right after it: "une déclaration qui doit fonder")
      bool restrictive = false;
      for (std::size_t r = std::max<std::size_t>(te, k > 2 ? k - 2 : 0); r < k; ++r) restrictive |= ctx_.find(r, Cat::kRelative, r + 1) != nullptr;
      // (nor an infinitive after an ordinal: "Modi, the first Indian prime minister to visit Papua
      // New Guinea, arrived on Sunday")
      const bool ordinal = ctx_.find(k, Cat::kInfinitive) && ordinal_before(si, k);
      if ((rel == 0 || rel == clause) && !restrictive && !ordinal) return true;
    }
  for (std::size_t k = s.first; k < limit; ++k)
    if (reported_future(si, k)) return true;
  // "vanaf maandag", "from Tuesday": a starting point after publication (not with a past tense
  // at the trigger: "Dès dimanche soir, les deux présidents ont signé").
  if (ctx_.any(tb > s.first + 2 ? tb - 2 : s.first, te, Cat::kPast)) return false;
  for (const auto& t : ctx_.sentences[si].times)
    if (t.kind == TimeKind::kWeekday && t.from && !t.forward.empty() && ctx_.published().has_day() &&
        days_from_civil(t.forward) > days_from_civil(ctx_.published()))
      return true;
  return false;
}

// A person named in an "of" phrase, title and all: "la destitución del presidente Fernando Lugo".
bool Extractor::in_of_phrase(std::size_t si, const ActorMention& m) const {
  const std::size_t b = title_start(si, m.begin);
  // (an article may hold the preposition, "del"; a title may hold one of its own, "minister van
  // buitenlandse zaken")
  // (German "der" is an article as often as a genitive: only after a noun, "die Absetzung der …".)
  for (std::size_t k = b > sent(si).first ? b - 1 : b; k < m.begin; ++k)
    if (ctx_.covering(k, Cat::kOf) && !ctx_.covering(k, Cat::kTitle) &&
        !(ctx_.lang.capitalized_nouns && ctx_.find(k, Cat::kDefinite, k + 1) && k > sent(si).first && !toks_[k - 1].upper_initial))
      return true;
  return false;
}

// A clause of someone else between the trigger at tb and token k: ", and Foreign Minister Dendias
// toured Hatay … on Sunday" after "Mitsotakis called Erdoğan on the day of the quakes".
bool Extractor::other_subject_clause(std::size_t si, std::size_t tb, std::size_t k) const {
  if (k <= tb) return false;
  for (std::size_t c = tb + 1; c + 2 < k; ++c) {
    if (toks_[c].norm != "," || !ctx_.find(c + 1, Cat::kAnd, c + 2)) continue;
    for (const auto& m : mentions(si))
      if (m.kind == ActorKind::kPerson && m.via != Via::kPossessive && m.begin >= c + 2 && m.begin <= c + 8 && m.end <= k)
        return true;
  }
  return false;
}

// Dates for an event whose trigger is at tb: the time expressions of the sentence, nearest first;
// a weekday resolves forward for announced events, backward otherwise; a duration sets the end.
void Extractor::set_dates(Draft& d, std::size_t si, std::size_t tb, bool forward, bool allow_publication,
                          std::size_t skip_b, std::size_t skip_e) const {
  const auto& times = ctx_.sentences[si].times;
  // A visit told again with no time near it ("La llegada de Li coincide con …") is the one told
  // before: its dates.
  if (d.ev.type == "visit" && !d.anaphoric && ctx_.sentences[si].offsets.empty() &&
      std::none_of(times.begin(), times.end(), [&](const TimeExpr& t) {
        if (t.kind != TimeKind::kYear && t.kind != TimeKind::kRelYear) return true;
        // (a year counts in the trigger's clause: "invited Modi to China for a summit next year")
        return one_clause(t.begin, tb);
      }))
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
      if (!it->anaphoric && it->sentence < si && it->ev.type == "visit" && it->ev.status != "cancelled" &&
          it->ev.date_source == "text" && role_actor(it->ev, "visitor") == role_actor(d.ev, "visitor") &&
          role_actor(it->ev, "destination") == role_actor(d.ev, "destination")) {
        d.ev.start = it->ev.start;
        d.ev.end = it->ev.end;
        d.ev.date_source = it->ev.date_source;
        return;
      }
  // "spoke with Putin on Tuesday, four days after becoming the first Indian leader to visit
  // Ukraine": what follows the offset was that many days before the day told ahead of it.
  for (const auto& off : ctx_.sentences[si].offsets) {
    if (off.end > tb || tb > off.end + 15) continue;
    // (The trigger in the offset's own clause: not "am 7. Februar, einen Tag nach der Katastrophe,
    // angerufen", where it dates the day.)
    bool comma = false;
    for (std::size_t k = off.end; k < tb; ++k) comma |= toks_[k].norm == ",";
    if (comma) continue;
    const TimeExpr* anchor = nullptr;
    for (const auto& t : times)
      if (t.end <= off.begin && (t.kind == TimeKind::kDate || t.kind == TimeKind::kWeekday || t.kind == TimeKind::kRelDay)) anchor = &t;
    PartialDate day;
    if (anchor) {
      day = anchor->kind == TimeKind::kWeekday ? anchor->backward : anchor->date;
    } else {
      // … or after an event just told: "The call came a day after Modi talked with Biden".
      std::string family;
      const auto calls = triggers(si, {Cat::kPhoneNoun, Cat::kPhoneVerb}), trips = triggers(si, {Cat::kVisitNoun});
      if (!calls.empty() && calls.front().b < off.begin) family = "phone_call";
      if (!trips.empty() && trips.front().b < off.begin) family = "visit";
      for (auto it = drafts_.rbegin(); it != drafts_.rend() && !family.empty(); ++it)
        if (!it->anaphoric && it->ev.type == family && it->sentence < si && it->sentence + 3 >= si && it->ev.date_source == "text" &&
            it->ev.start.has_day()) {
          day = it->ev.start;
          break;
        }
    }
    if (!day.has_day()) continue;
    d.ev.start = add_days(day, -off.days);
    d.ev.end = PartialDate{};
    d.ev.date_source = "text";
    return;
  }
  const TimeExpr* best = nullptr;
  const TimeExpr* duration = nullptr;
  const TimeExpr* until = nullptr;
  std::vector<const TimeExpr*> untils;
  // Distance to the trigger; what follows the trigger ("signed on Tuesday", "an accord … in
  // December") is a little closer than what precedes it.
  // (A time after a comma that follows the trigger opens the next clause: "hatte am Freitagabend mit
  // Erdogan telefoniert, am Samstag sprach dann Stoltenberg" — unless it is in apposition to a day.)
  auto comma_between = [&](const TimeExpr& t) {
    if (t.begin <= tb) return false;
    for (std::size_t k = tb + 1; k < t.begin; ++k)
      if (toks_[k].norm == "," || toks_[k].norm == ";") {
        for (const auto& o : times)
          if (&o != &t && o.end == k && o.begin > tb) return false;
        // ("in Bishkek, Kyrgyzstan on Saturday": the country of the place, in apposition)
        bool place_apposition = false;
        for (const auto& m : mentions(si)) place_apposition |= m.begin == k + 1 && m.kind == ActorKind::kCountry;
        if (place_apposition) continue;
        return true;
      }
    return false;
  };
  // (A time before the trigger in an earlier clause: "tour the United States from September 10 to
  // 19, ending with a stop at Fort Simpson in Canada's Northwest Territories on September 20".)
  auto comma_before = [&](const TimeExpr& t) { return t.end <= tb && !one_clause(t.end, tb); };
  auto dist = [&](const TimeExpr& t) {
    return (t.begin > tb ? t.begin - tb : tb - t.end + 4) + (comma_between(t) ? 8 : 0) + (comma_before(t) ? 4 : 0);
  };
  // A date inside a relative clause ("…, who had talks with her yesterday") belongs to that
  // clause, unless the trigger is in it too.
  const auto clause = relative_clause_of(si, tb);
  // "en un viaje que estableció conversaciones … el mes próximo": what follows a relative word
  // right after the trigger describes something else.
  std::size_t relative_after = SIZE_MAX;
  // (An article that is also a relative pronoun, "die Reise in die Schweiz", only after a comma.)
  for (std::size_t k = tb + 1; k < sent(si).last && k <= tb + 2; ++k)
    if (ctx_.find(k, Cat::kRelative, k + 1) && (!ctx_.find(k, Cat::kDeterminer, k + 1) || toks_[k - 1].norm == ",")) {
      relative_after = k;
      break;
    }
  auto rank = [](const TimeExpr& t) {
    switch (t.kind) {
      case TimeKind::kDate: case TimeKind::kWeekday: case TimeKind::kRelDay: return 0;
      case TimeKind::kMonth: case TimeKind::kRelWeek: case TimeKind::kRelMonth: return 1;
      default: return 2;
    }
  };
  for (const auto& t : times) {
    // An end in a relative clause that describes the trigger's own noun phrase belongs to it:
    // "sa visite d'Etat en Chine, qui doit le conduire à Pékin jusqu'à mercredi".
    const std::size_t rel = relative_clause_of(si, t.begin);
    // So does a day that the clause after the trigger, with a comma or without, says the trip ends:
    // "une visite d'Etat qui s'achèvera lundi", "a state visit that ends on Monday".
    const bool ends_trip = !t.until && !t.since && d.ev.type == "visit" && rank(t) == 0 && t.begin > tb && t.begin <= tb + 10 &&
                           ((clause == 0 && rel > tb && rel <= tb + 8) || rel == clause) &&
                           ctx_.any(rel > tb ? rel : tb + 1, t.begin, Cat::kTripEnd);
    const bool describes_trigger = (t.until || ends_trip) && clause == 0 && rel > tb && rel <= tb + 8;
    // (A stay since a day starts then: "Xi is sinds gisteren voor een driedaags bezoek in het Golfland".)
    const bool stay_since = t.since && d.ev.type == "visit" && rank(t) == 0;
    if ((rel != clause && !describes_trigger) || (t.since && !stay_since) || t.begin > relative_after) continue;
    if (t.begin >= skip_b && t.begin < skip_e) continue;  // part of a name: "het Verdrag … uit 2001"
    if (other_subject_clause(si, tb, t.begin)) continue;
    // (Not across a semicolon: "le premier déplacement d'Erdogan en Ukraine ; le 5 août, il avait
    // rencontré Vladimir Poutine à Sotchi".)
    if (t.begin > tb && !t.until && semicolon_between(tb, t.begin)) continue;
    // (Nor what a subject in apposition goes on to say: "The prime minister, on the first day of a
    // three-day visit to the United States, said the February 22 Paris accords …".)
    if (t.begin > tb && !one_clause(tb, t.begin) && cue_in(tb, t.begin, Cat::kSpeechVerb) && d.ev.type == "visit") continue;
    // The day something was said is not the day of what it reports: "Speaking to reporters … on
    // Friday, …, Trump said Frederiksen had called him".
    // (A clause reported with a subject of its own: not "when Trump announced its decision after a
    // call with King Hamad".)
    if (t.end <= tb && d.ev.type == "phone_call" && cue_in(t.end, tb, Cat::kSpeechVerb)) {
      std::size_t said = t.end;
      while (said < tb && !ctx_.find(said, Cat::kSpeechVerb, tb)) ++said;
      const bool reported_subject = std::any_of(mentions(si).begin(), mentions(si).end(), [&](const ActorMention& m) {
        return m.kind == ActorKind::kPerson && m.via != Via::kPossessive && m.begin > said && m.end <= tb;
      });
      if (reported_subject) continue;
    }
    // (… nor a day told right after the saying: "President Reagan said on Friday that Secretary of
    // State George Shultz would go to Moscow next month".)
    // (Not the day a "when" clause tells: "was first announced in January, when Sisi visited New Delhi".)
    const bool when_next = t.end + 1 < tb && toks_[t.end].norm == "," && ctx_.is(t.end + 1, Cat::kComplementizer);
    if (t.end <= tb && t.begin > sent(si).first && !when_next &&
        (ctx_.covering(t.begin - 1, Cat::kSpeechVerb) || (t.begin > sent(si).first + 1 && ctx_.covering(t.begin - 2, Cat::kSpeechVerb))) &&
        std::any_of(mentions(si).begin(), mentions(si).end(), [&](const ActorMention& m) {
          return m.kind == ActorKind::kPerson && m.via != Via::kPossessive && m.begin >= t.end && m.end <= tb;
        }))
      continue;
    // "was received by X and is due to hold talks on Sunday": a date after a future cue belongs
    // to what is still to come, not to an event told as done.
    if (!forward && !t.until && !ends_trip && t.begin > tb + 1 && cue_in(tb + 1, t.begin, Cat::kFuture)) continue;
    if (t.kind == TimeKind::kDuration) {
      if (!duration || dist(t) < dist(*duration)) duration = &t;
      continue;
    }
    if (t.until || ends_trip) {
      untils.push_back(&t);
      continue;
    }
    // (A time in the next clause, past a comma, loses to one of the trigger's own, finer or not:
    // "Mitte Mai telefonierte er allein mit Putin, am 28. Mai sprachen er und Macron …".)
    auto own = [&](const TimeExpr& x) { return !comma_between(x) && !comma_before(x); };
    if (!best || (own(t) && comma_between(*best)))
      best = &t;
    else if (!(comma_between(t) && own(*best)) && (rank(t) < rank(*best) || (rank(t) == rank(*best) && dist(t) < dist(*best))))
      best = &t;
  }
  // A trigger with no time in its clause takes that of a relative clause about its own noun
  // phrase: "in telefoongesprekken tussen Johnson en Von der Leyen, die elkaar vannacht spraken".
  // (Only a noun has a noun phrase: "kwam naar Amsterdam vanuit Duitsland, waar hij gisteravond …"
  // dates Germany, not the trip to Amsterdam.)
  // A travel verb's clause about where it goes counts ("partirá hacia California, donde el viernes
  // …"), one about where it comes from does not ("kwam vanuit Duitsland, waar hij gisteravond …").
  const bool travel_verb = ctx_.find(tb, Cat::kMotionVerb) || ctx_.find(tb, Cat::kArrivalVerb);
  auto about_origin = [&](std::size_t rel) {
    for (const auto& m : mentions(si))
      if (m.end + 1 == rel && m.begin > sent(si).first)
        for (std::size_t k = m.begin; k > sent(si).first && k + 3 > m.begin; --k)
          if (ctx_.find(k - 1, Cat::kFromPrep, m.begin) && !ctx_.find(k - 1, Cat::kDestPrep, m.begin)) return true;
    return false;
  };
  // (The clause must hang on the trigger or on a name of its phrase: not "In Brasília wird Scholz
  // eine Hauptstadt vorfinden, die noch unter dem Eindruck der Ausschreitungen vom 8. Januar steht".)
  auto hangs_on_phrase = [&](std::size_t rel) {
    const std::size_t before = rel >= 2 ? rel - 2 : 0;  // the word before the comma
    if (before + 1 >= tb && before < std::max(tb + 1, d.trig_e)) return true;
    return std::any_of(mentions(si).begin(), mentions(si).end(), [&](const ActorMention& m) { return m.end == before + 1; });
  };
  if (!best && clause == 0)
    for (const auto& t : times) {
      const std::size_t rel = relative_clause_of(si, t.begin);
      if (rel <= tb || rel > tb + 12 || t.since || t.until || t.kind == TimeKind::kDuration) continue;
      if (!hangs_on_phrase(rel)) continue;
      // (Nor a start there, but for the place one comes from: "desplazarse a … Adıyaman, donde un
      // equipo … busca entre los escombros desde el 8 de febrero"; "procedía de Costa Rica, donde
      // permaneció desde el domingo" is the stay there.)
      // (A range's first day is a start: "où il s'était rendu les 15 et 16 septembre".)
      const TimeExpr* range_end = nullptr;
      for (const auto& u : times)
        if (u.until && t.from && u.begin >= t.end && u.begin <= t.end + 2) range_end = &u;
      if (t.from && !range_end && !about_origin(rel) && !ctx_.covering(tb, Cat::kDeparture)) continue;
      if (travel_verb && about_origin(rel)) continue;
      if (!best || rank(t) < rank(*best) || (rank(t) == rank(*best) && dist(t) < dist(*best))) {
        best = &t;
        if (range_end) untils.push_back(range_end);
      }
    }
  // A relative clause with no time of its own happens when its main clause does: "El lunes
  // mantuvo una reunión con Fernández, tras la que ambos firmaron una serie de acuerdos".
  // … and one about a time is at that time: "permanecerá en la capital hasta la mañana del
  // martes, cuando volará a Bolivia".
  if (!best && clause != 0 && toks_[clause].norm != "," && ctx_.find(clause, Cat::kRelative, clause + 1))
    for (const auto& t : times)
      if (t.end + 1 == clause && toks_[t.end].norm == "," && t.kind != TimeKind::kDuration && !t.since) best = &t;
  if (!best && clause != 0)
    for (const auto& t : times)
      if (relative_clause_of(si, t.begin) == 0 && !t.since && !t.until && t.kind != TimeKind::kDuration &&
          (!best || rank(t) < rank(*best) || (rank(t) == rank(*best) && dist(t) < dist(*best))))
        best = &t;
  // The end: the first "until" after the start ("de lunes a miércoles y el jueves … hasta el
  // viernes": Thursday's end is Friday), else the one nearest the trigger.
  for (const TimeExpr* u : untils)
    if (best ? u->begin >= best->end && (!until || u->begin < until->begin) : (!until || dist(*u) < dist(*until))) until = u;
  EventRecord& ev = d.ev;
  // The day of the same kind joined to the chosen one by "and", right before it ("Zondag en
  // maandag") or right after it ("on Sunday and Monday").
  auto joined_day = [&](bool before) -> const TimeExpr* {
    const TimeExpr* found = nullptr;
    for (const auto& x : times)
      if (&x != best && x.kind == best->kind &&
          (before ? x.end < best->begin && best->begin <= x.end + 2 && ctx_.any(x.end, best->begin, Cat::kAnd)
                  : x.begin > best->end && x.begin <= best->end + 2 && ctx_.any(best->end, x.begin, Cat::kAnd)))
        found = &x;
    return found;
  };
  if (best) {
    if (best->kind == TimeKind::kWeekday) {
      // Announced: the coming weekday (a week on when it is today's: "el jueves se trasladará"
      // written on a Thursday); told in the past: the last one; otherwise (present tense, "On
      // Wednesday she travels to …") the nearer of the two.
      // (not "last" in "the last leg", "dernière étape")
      // (A call or a signing not told as coming was made: "das Telefonat, das Trump am Samstag
      // führte", written on a Thursday, is last Saturday's.)
      const bool done_kind = d.ev.type == "phone_call" || d.ev.type.rfind("treaty", 0) == 0;
      const bool past = cue_in(sent(si).first, sent(si).last, Cat::kPast) || done_kind;
      const long pub = days_from_civil(ctx_.published());
      const long fwd = days_from_civil(best->forward) - pub, bwd = pub - days_from_civil(best->backward);
      PartialDate next = best->forward;
      // (Today's weekday is today, unless the story just spoke of next week: "viajará la próxima
      // semana … el jueves se trasladará a Lima" written on a Thursday.)
      bool next_week = false;
      for (std::size_t back = 0; back <= 1 && back <= si; ++back)
        for (const auto& te : ctx_.sentences[si - back].times) next_week |= te.kind == TimeKind::kRelWeek && te.days == 1;
      // … or the sentence already went past today ("estará en Lima de lunes a miércoles y el jueves
      // se trasladará a Quito", written on a Thursday: the Thursday after).
      if (forward)
        for (const auto& te : ctx_.sentences[si].times)
          if (&te != best && te.begin < best->begin && te.kind == TimeKind::kWeekday && days_from_civil(te.forward) > pub)
            next_week = true;
      if (fwd == 0 && next_week && best->begin > 0 && !ctx_.covering(best->begin - 1, Cat::kRelDay)) next = add_days(next, 7);
      // (News tells of the past more than of the future: the coming day only when clearly nearer.)
      // (Two days joined by "and" go the way their first goes: "Zondag en maandag ontvangt hij …",
      // written on a Friday, are the coming ones.)
      // (Today and tomorrow, "samedi et dimanche" written on a Saturday, are ahead too.)
      bool ahead = fwd + 1 < bwd;
      if (const TimeExpr* t1 = joined_day(true)) {
        const long lead_fwd = days_from_civil(t1->forward) - pub, lead_bwd = pub - days_from_civil(t1->backward);
        ahead = lead_fwd == 0 || lead_bwd == 0 || lead_fwd + 1 < lead_bwd;
      }
      ev.start = forward ? next : past ? best->backward : (ahead ? best->forward : best->backward);
      // A later stop of a trip under way does not come before its first: "Paus Franciscus is
      // vanochtend in Jakarta geland. … Maandag reist hij verder naar Oost-Timor" is next Monday.
      if (d.ev.type == "visit" && !d.origin && !best->since && !ctx_.covering(d.trig_b, Cat::kDeparture) && !forward && !past &&
          ev.start == best->backward && best->forward != best->backward) {
        const std::string who = role_actor(d.ev, "visitor");
        for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
          if (!it->anaphoric && it->sentence < si && it->ev.type == "visit" && role_actor(it->ev, "visitor") == who &&
              it->ev.date_source == "text" && it->ev.start.has_day() && it->ev.status != "cancelled") {
            if (days_from_civil(ev.start) < days_from_civil(it->ev.start) && days_from_civil(best->forward) >= days_from_civil(it->ev.start) &&
                role_actor(it->ev, "destination") != role_actor(d.ev, "destination"))
              ev.start = best->forward;
            break;
          }
      }
    } else if (best->kind == TimeKind::kMonth && !best->explicit_year && !best->forward.empty()) {
      // "Abiy would travel to Rio in November" (told in February): the coming November; a call
      // or a signing told in the past: the last one.
      // (Only by the verb's own tense: "se rencontrer à Washington en novembre" after "étaient
      // convenus", "s'était rendu à Phnom Penh fin septembre" in a sentence about 2025.)
      const std::size_t near = tb > sent(si).first + 3 ? tb - 3 : sent(si).first;
      // (… or that of another event the sentence told for that month: "il se rendrait à Rio en
      // novembre pour le sommet du G20".)
      const bool coming = forward && (ctx_.any(near, tb + 3, Cat::kFuture) || ctx_.any(near, tb + 3, Cat::kReportedFuture) ||
                                      std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& x) {
                                        return x.sentence == si && x.ev.start == best->forward && x.ev.date_source == "text";
                                      }));
      const bool done = (d.ev.type == "phone_call" || d.ev.type.rfind("treaty", 0) == 0) && d.ev.status == "occurred";
      ev.start = coming ? best->forward : done ? best->backward : best->date;
    } else {
      ev.start = best->date;
    }
    ev.date_source = "text";
  }
  if (until && !until->date.empty()) {
    ev.end = until->kind == TimeKind::kWeekday ? until->forward : until->date;
    // A weekday ends on or after the start: "el jueves … hasta el viernes".
    if (until->kind == TimeKind::kWeekday && ev.start.has_day())
      while (days_from_civil(ev.end) < days_from_civil(ev.start)) ev.end = add_days(ev.end, 7);
    if (ev.start.empty()) ev.date_source = "text";
  }
  // "on Sunday and Monday", "op dinsdag en woensdag": two days joined by "and" make a span (from
  // the first, when the second was the nearer: "am Dienstag und Mittwoch zu einem Staatsbesuch"),
  // read the way the day chosen was ("Zondag en maandag ontvangt hij …" two days ahead).
  const bool ahead = best && best->kind == TimeKind::kWeekday ? ev.start == best->forward : forward;
  const bool day_kind = best && (best->kind == TimeKind::kWeekday || best->kind == TimeKind::kDate);
  if (const TimeExpr* t1 = day_kind && ev.end.empty() && ev.start.has_day() ? joined_day(true) : nullptr) {
    const PartialDate s1 = t1->kind == TimeKind::kWeekday ? (ahead ? t1->forward : t1->backward) : t1->date;
    if (s1.has_day() && days_from_civil(s1) < days_from_civil(ev.start) && days_from_civil(ev.start) - days_from_civil(s1) <= 7) {
      ev.end = ev.start;
      ev.start = s1;
    }
  }
  if (const TimeExpr* t2 = day_kind && ev.end.empty() ? joined_day(false) : nullptr) {
    const PartialDate e2 = t2->kind == TimeKind::kWeekday ? (ahead ? t2->forward : t2->backward) : t2->date;
    if (e2.has_day() && ev.start.has_day() && days_from_civil(e2) > days_from_civil(ev.start)) ev.end = e2;
  }
  // (Seven weeks is no length of a visit: "siete semanas después de la visita".)
  // (near the trigger: "Drei Länder in drei Tagen: In Abuja zieht die Kanzlerin Bilanz" is the
  // whole trip's)
  if (duration && dist(*duration) > 10) duration = nullptr;
  // A trip of a length told as ending or beginning, no day named, in the lead of a datelined
  // story: the day of the story ("NEW YORK, March 30 - … on the first day of a three-day visit",
  // "WASHINGTON, March 11 - … winding up a two-day visit").
  if (duration && d.ev.type == "visit" && !ev.start.has_day() && !ctx_.dateline_country.empty() &&
      ctx_.published().has_day() && duration->days > 1 && duration->days <= 31 && !no_duration_) {
    const std::size_t from = tb > sent(si).first + 8 ? tb - 8 : sent(si).first;
    // (The first day said so, anywhere in the story; an ending, in its lead.)
    if ((si <= 2 && ends_trip(si, tb)) || ctx_.any(from, tb + 1, Cat::kFirstDay)) {
      ev.start = ctx_.published();
      ev.date_source = "text";
    }
  }
  if (duration && ev.start.has_day() && duration->days > 1 && duration->days <= 31 && !no_duration_) {
    ev.end = add_days(ev.start, duration->days - 1);
    // "wrapped up a two-day state visit on Saturday", "beendete am Freitag seinen dreitägigen
    // Besuch": the day told is the last one.
    bool concluding = ends_trip(si, tb);
    // (The trip's own length, its destination after it: not "concluyó en La Habana una gira de
    // cuatro días que lo llevó a cinco países".)
    const std::string dest = role_actor(ev, "destination");
    // ("… visit to Togo", "Besuch in Togo", "ihres Togo-Besuchs"; not "zum Abschluss ihrer
    // dreitägigen Westafrika-Reise hat Merkel am Freitag in Nigeria …")
    // (past its length: "une visite d'État de deux jours au Tadjikistan")
    std::size_t te = std::max(tb + 1, d.trig_e);
    if (duration->begin >= te && duration->begin <= te + 1) te = duration->end;
    // (A destination the sentence does not name is the trip's own: "The meeting rounded off a
    // three-day official visit by Alfonsin" in a story datelined Montevideo.)
    // (A place that is itself the trigger, someone seen "en La Habana", has no length of its own.)
    bool named = false, own_length = false, attached = false;
    for (const ActorMention& m : mentions(si)) {
      if (m.actor != dest) continue;
      named = true;
      const bool inside = m.begin >= tb && m.begin < te, after = m.begin >= te && m.begin <= te + 2 &&
          (ctx_.any(te, m.begin, Cat::kDestPrep) || ctx_.any(te, m.begin, Cat::kLocative));
      own_length |= inside || after;
      attached |= after || (inside && (ctx_.find(tb, Cat::kVisitNoun) || ctx_.find(tb, Cat::kVisitVerb)));
    }
    own_length |= !named;
    // (… unless the day told is the arrival: "rounded off a three-day visit by Alfonsin, who
    // arrived on Monday".)
    if (concluding && best && best->begin >= sent(si).first + 3 && ctx_.any(best->begin - 3, best->begin, Cat::kArrivalVerb))
      concluding = false;
    // A length shared by several countries is the tour's, not this stop's: "concluyó … en La
    // Habana una gira de cuatro días que lo llevó a cinco países", "a five-day, three-nation tour".
    // (Not the countries a summit gathers: "a two-day Nuclear Security Summit with leaders of some
    // 47 countries".)
    const bool several = !ctx_.any(sent(si).first, sent(si).last, Cat::kSummit) && counted_countries(si);
    if (several && named && !attached) {
      ev.end = PartialDate{};
    } else if (concluding && own_length) {
      ev.end = ev.start;
      ev.start = add_days(ev.start, -(duration->days - 1));
    } else if (concluding) {
      // (The whole trip's length, the stop named further on: "Zum Abschluss ihrer dreitägigen
      // Westafrika-Reise hat Merkel am Freitag in Nigeria …" is Friday in Nigeria, its last day.)
      ev.end = PartialDate{};
    }
  }
  // "the last day of President Erdogan's visit", "eerste dag van het bezoek": the day the text
  // is at (the last full date of this or the previous sentence) bounds the event.
  const Sentence& s = sent(si);
  const std::size_t from = tb > s.first + 8 ? tb - 8 : s.first;
  const bool last_day = ctx_.any(from, tb + 1, Cat::kLastDay), first_day = ctx_.any(from, tb + 1, Cat::kFirstDay);
  if ((last_day || first_day) && !(best && best->date.has_day())) {
    const TimeExpr* focus = nullptr;
    for (std::size_t back = 0; back <= 1 && back <= si && !focus; ++back)
      for (const auto& t : ctx_.sentences[si - back].times)
        if ((t.kind == TimeKind::kDate || t.kind == TimeKind::kRelDay) && t.date.has_day() &&
            !(back == 0 && t.begin > tb && !one_clause(tb, t.begin) && cue_in(tb, t.begin, Cat::kSpeechVerb)))
          focus = &t;
    if (focus) {
      if (last_day) {
        ev.end = focus->date;
        if (ev.start.empty() || ev.date_source != "text") ev.start = PartialDate{focus->date.year, focus->date.month, 0};
      } else {
        ev.start = focus->date;
      }
      ev.date_source = "text";
    }
  }
  if (ev.start.empty()) {
    // "En la misma ceremonia se suscribieron además …", "at the same meeting": the day of the last
    // event told with someone to it.
    for (std::size_t k = s.first; k + 1 < s.last && ev.start.empty(); ++k) {
      const Match* same = ctx_.find(k, Cat::kSame);
      if (!same || same->end >= s.last) continue;
      bool gathering = false;
      for (Cat c : {Cat::kSummit, Cat::kMeetingNoun, Cat::kVisitNoun, Cat::kPhoneNoun}) gathering |= ctx_.find(same->end, c) != nullptr;
      if (!gathering) continue;
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
        if (it->sentence < si && !it->anaphoric && !it->ev.participants.empty() && it->ev.date_source == "text" && it->ev.start.has_day()) {
          ev.start = it->ev.start;
          ev.date_source = "text";
          break;
        }
    }
  }
  if (ev.start.empty()) {
    // "Tijdens het gesprek …", "during the visit": the date of that event.
    const Sentence& s2 = sent(si);
    for (std::size_t k = s2.first; k < s2.last && ev.start.empty(); ++k) {
      const Match* dm = ctx_.find(k, Cat::kDuring, s2.last);
      if (!dm) continue;
      std::string type;
      for (std::size_t q = dm->end; q < s2.last && q < dm->end + 3 && type.empty(); ++q) {
        if (ctx_.find(q, Cat::kVisitNoun)) type = "visit";
        else if (ctx_.find(q, Cat::kPhoneNoun) || (ctx_.find(q, Cat::kPhoneVerb) && ctx_.find(q, Cat::kPhoneVerb)->payload->ival == 1)) type = "phone_call";
      }
      if (type.empty()) continue;
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
        if (!it->anaphoric && it->ev.type == type && it->ev.date_source == "text" && it->sentence <= si) {
          ev.start = it->ev.start;
          ev.date_source = "text";
          break;
        }
    }
  }
  if (ev.start.empty() && allow_publication) {
    // The story goes on in the day just told ("… vandaag aan een staatsbezoek begonnen. In het
    // Paleis op de Dam zetten de ministers hun handtekening onder een verdrag"): the day of the
    // last dated event of the two sentences before, when the text does not turn to the future.
    // (… unless the sentence just before tells a day of the past week with no event of its own:
    // "On Monday Obama set foot in Myanmar. During a stop in Yangon he met …" is Monday's.)
    std::size_t nearest_draft = SIZE_MAX;
    for (auto it = drafts_.rbegin(); it != drafts_.rend() && nearest_draft == SIZE_MAX; ++it)
      if (it->sentence < si && !it->anaphoric && it->ev.date_source == "text") nearest_draft = it->sentence;
    bool told_before = false;
    if (!forward && si > 0 && (nearest_draft == SIZE_MAX || nearest_draft + 1 < si) && ctx_.published().has_day())
      for (const auto& t : ctx_.sentences[si - 1].times)
        if (!t.since && !t.until && !t.from && relative_clause_of(si - 1, t.begin) == 0 &&
            (t.kind == TimeKind::kDate || t.kind == TimeKind::kRelDay || t.kind == TimeKind::kWeekday)) {
          const PartialDate day = t.kind == TimeKind::kWeekday ? t.backward : t.date;
          const long ago = days_from_civil(ctx_.published()) - (day.has_day() ? days_from_civil(day) : 0);
          if (day.has_day() && ago >= 0 && ago <= 7) told_before = true;
        }
    if (!forward && si > 0 && !told_before)
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
        if (it->sentence >= si) continue;
        if (it->sentence + 2 < si) break;
        // (A trip elsewhere is not the day's story: "Gisteren sprak Macron in Den Haag. … Macrons
        // reis naar China" is no trip of yesterday.)
        if (ev.type == "visit" && it->ev.type == "visit" && role_actor(ev, "destination") != role_actor(it->ev, "destination"))
          continue;
        // (Not an event with no one to it: "El acuerdo recoge el laudo que … dieron a conocer el viernes".)
        if (!it->anaphoric && it->anchors && !it->ev.participants.empty() && it->ev.date_source == "text" &&
            it->ev.start.has_day() && it->ev.status != "announced") {
          ev.start = it->ev.start;
          ev.date_source = "text";
          break;
        }
      }
    // … or, for a sentence set at a place, the day of the visit there the story told ("De Indiase
    // premier Modi heeft vandaag een bezoek aan Nederland gebracht. … In het Catshuis werden drie
    // akkoorden getekend"), not a day of an earlier stop told since.
    if (ev.start.empty() && !forward && ctx_.published().has_day()) {
      std::set<std::string> here;
      for (const auto& m : mentions(si))
        if (m.kind == ActorKind::kCountry && (m.via == Via::kPlace || m.via == Via::kCapital) && !m.country.empty())
          here.insert("country/" + m.country);
      for (auto it = drafts_.rbegin(); it != drafts_.rend() && !here.empty(); ++it) {
        if (it->sentence >= si || it->anaphoric || it->ev.type != "visit" || it->ev.date_source.empty() || it->ev.date_source == "publication" ||
            !it->ev.start.has_day() ||
            it->ev.status == "announced" || !here.count(role_actor(it->ev, "destination")))
          continue;
        const long ago = days_from_civil(ctx_.published()) - days_from_civil(it->ev.start);
        if (ago >= 0 && ago <= 7 && it->ev.end.empty()) {
          ev.start = it->ev.start;
          ev.date_source = "context";
        }
        break;
      }
    }
    // … or the day of the past week that the last few sentences told ("Sarkozy a obtenu, mardi
    // 12 août, l'accord … Il s'est d'abord rendu à Moscou"): the day the news happened.
    // Also the next sentence when it opens by pointing back: "… zijn het eens geworden over een
    // handelsakkoord. Dat maakten Von der Leyen en Johnson vanmiddag bekend."
    if (ev.start.empty() && !forward && ctx_.published().has_day()) {
      const long pub = days_from_civil(ctx_.published());
      std::vector<std::size_t> around;
      for (std::size_t back = 1; back <= 8 && back <= si; ++back) around.push_back(si - back);
      if (si + 1 < ctx_.doc.sentences.size() && ctx_.find(sent(si + 1).first, Cat::kDemonstrative, sent(si + 1).first + 1))
        around.insert(around.begin(), si + 1);
      for (std::size_t other : around) {
        if (!ev.start.empty()) break;
        for (const auto& t : ctx_.sentences[other].times) {
          if (t.since || t.until || t.from || relative_clause_of(other, t.begin) != 0) continue;
          // (not a day told as maybe: "el acuerdo podría sellarse el viernes")
          if (polarity(other, t.begin, t.end) == Polarity::kHypothetical) continue;
          if (t.kind != TimeKind::kDate && t.kind != TimeKind::kRelDay && t.kind != TimeKind::kWeekday) continue;
          const PartialDate day = t.kind == TimeKind::kWeekday ? t.backward : t.date;
          if (!day.has_day()) continue;
          const long ago = pub - days_from_civil(day);
          if (ago < 0 || ago > 7) continue;
          ev.start = day;
          ev.date_source = "context";
          break;
        }
      }
    }
  }
  if (ev.start.empty() && allow_publication && !ctx_.published().empty() && ctx_.doc.article->date_source != DateSource::kFileTime) {
    // Reported as current news without a date: the month of publication.
    ev.start = PartialDate{ctx_.published().year, ctx_.published().month, 0};
    ev.date_source = "publication";
  }
}

// The relative clause a token is in: (start token of ", who …") or 0 for the main clause. The
// clause runs to the next comma or the end of the sentence.
std::size_t Extractor::relative_clause_of(std::size_t si, std::size_t pos) const {
  const Sentence& s = sent(si);
  std::size_t open = 0;
  for (std::size_t i = s.first; i < s.last && i <= pos; ++i) {
    if (toks_[i].norm == "," || toks_[i].norm == ";" || toks_[i].norm == "(" || toks_[i].norm == ")") {
      open = 0;
      if (toks_[i].norm != ",") continue;
      // ", which", and after a short preposition and article: ", en la que", ", in which".
      for (std::size_t r = i + 1; r < s.last && r <= i + 3; ++r) {
        if (ctx_.find(r, Cat::kRelative, r + 1)) {
          open = i + 1;
          break;
        }
        if (!toks_[r].is_word() || toks_[r].upper_initial || toks_[r].norm.size() > 5 || ctx_.find(r, Cat::kAnd, r + 1)) break;
      }
    }
  }
  return open;
}

bool Extractor::after_with(std::size_t si, std::size_t pos, Cat prep) const {
  const Sentence& s = sent(si);
  // (past a long title: "con el primer ministro Johnny Briceño")
  if (const std::size_t b = title_start(si, pos); b + 3 <= pos && b > s.first && ctx_.covering(b - 1, prep)) return true;
  // (a name in apposition to such a title: "con el presidente electo, Sebastián Piñera")
  if (pos > s.first + 2 && toks_[pos - 1].norm == "," && ctx_.covering(pos - 2, Cat::kTitle))
    if (const std::size_t b = title_start(si, pos - 1); b > s.first && ctx_.covering(b - 1, prep)) return true;
  for (std::size_t k = pos; k > s.first && pos - k < 3; --k)
    if (ctx_.covering(k - 1, prep)) return true;
  return false;
}

// A country or region one can travel to (not an adjective, not "both countries").
static bool place_like(const ActorMention& a) {
  return (a.kind == ActorKind::kCountry || (a.kind == ActorKind::kOrganization && a.actor.rfind("region/", 0) == 0)) && !a.weak() &&
         a.via != Via::kTwoCountries;
}

// A place and those listed after it: "naar Parijs en Berlijn", "to France, Germany and Italy",
// "a China y a Sudáfrica" (the preposition `prep` again).
std::vector<const ActorMention*> Extractor::places_listed(std::size_t si, const ActorMention& first, Cat prep) const {
  const Sentence& s = sent(si);
  std::vector<const ActorMention*> out = {&first};
  std::size_t next = first.end;
  while (next < s.last && (toks_[next].norm == "," || ctx_.find(next, Cat::kAnd, s.last))) {
    std::size_t after = toks_[next].norm == "," ? next + 1 : ctx_.find(next, Cat::kAnd, s.last)->end;
    // ("zunächst nach Indonesien, dann nach Vietnam", "to Jakarta and then to Hanoi")
    if (const Match* then = after < s.last ? ctx_.find(after, Cat::kSequence, s.last) : nullptr; then && then->end < s.last)
      after = then->end;
    if (const Match* again = after < s.last ? ctx_.find(after, prep, s.last) : nullptr; again && again->end < s.last)
      after = again->end;
    const ActorMention* more = nullptr;
    // (An article may come first: "Brunei and the Philippines".)
    const bool article = after + 1 < s.last && (ctx_.find(after, Cat::kDeterminer, after + 1) || ctx_.find(after, Cat::kDefinite, after + 1));
    for (const auto& m2 : mentions(si))
      if ((m2.begin == after || (article && m2.begin == after + 1 && !more)) && place_like(m2)) more = &m2;
    if (!more) break;
    out.push_back(more);
    next = more->end;
  }
  return out;
}

std::vector<const ActorMention*> Extractor::countries_after_prep(std::size_t si, std::size_t from, std::size_t window,
                                                                 Cat prep) const {
  std::vector<const ActorMention*> out;
  const Sentence& s = sent(si);
  const std::size_t limit = std::min<std::size_t>(from + window, s.last);
  for (std::size_t p = from; p < limit; ++p) {
    const Match* m = ctx_.find(p, prep, s.last);
    if (!m) continue;
    if (ctx_.covering(p, Cat::kAccordingTo)) continue;  // "according to a Kremlin readout"
    std::size_t q = m->end;
    // Skip determiners and adjectives: "aan het land", "to the Chinese capital".
    std::size_t k = q;
    while (k < s.last && k < q + 3 && (ctx_.find(k, Cat::kDeterminer, k + 1) || !toks_[k].upper_initial)) {
      bool is_mention = false;
      for (const auto& mm : mentions(si))
        if (mm.begin == k) is_mention = true;
      if (is_mention) break;
      ++k;
    }
    // "to the Russian Black Sea resort of Sochi", "naar de Chinese havenstad van Tianjin": a place
    // named after "of" a little further on (no comma, no other preposition on the way).
    std::size_t of_place = SIZE_MAX;
    // ("to the port city of Lobito": the "of" may be where the skipping stopped.)
    for (std::size_t j = k; j < s.last && j <= q + 7; ++j) {
      // (nor a word of leaving: "en el aeropuerto José Martí procedente de Caracas")
      if (toks_[j].norm == "," || ctx_.find(j, Cat::kDestPrep, j + 1) || ctx_.find(j, Cat::kLocative, j + 1) ||
          ctx_.covering(j, Cat::kDeparture) || ctx_.covering(j, Cat::kFromPrep))
        break;
      if (ctx_.find(j, Cat::kOf, j + 1)) {
        of_place = j + 1;
        break;
      }
    }
    // (A possessor after a word skipped is no destination: "to explain to governments Brazil's
    // suspension of payments"; "to Brazil's capital" is one.)
    bool word_skipped = false;
    for (std::size_t j = q; j < k; ++j) word_skipped |= !ctx_.find(j, Cat::kDeterminer, j + 1);
    for (const auto& mm : mentions(si)) {
      if (!place_like(mm)) continue;
      if (word_skipped && mm.begin == k && mm.end < s.last && (toks_[mm.end].norm == "'s" || toks_[mm.end].norm == "’s")) continue;
      if ((mm.begin >= q && mm.begin <= k) || (mm.begin == of_place && (mm.via == Via::kPlace || mm.via == Via::kCapital))) {
        out = places_listed(si, mm, prep);
        return out;
      }
    }
  }
  return out;
}

void Extractor::add_participant(EventRecord& ev, const std::string& role, const std::string& actor) const {
  if (actor.empty()) return;
  for (const auto& p : ev.participants)
    if (p.actor_id == actor && p.role == role) return;
  ev.participants.push_back({role, actor});
  // Symmetric roles in a canonical order, so that reports of one event compare equal.
  if (std::all_of(ev.participants.begin(), ev.participants.end(), [](const Participant& p) { return p.role == "party"; }))
    std::sort(ev.participants.begin(), ev.participants.end(),
              [](const Participant& a, const Participant& b) { return a.actor_id < b.actor_id; });
}

std::vector<std::string> Extractor::focus_pair(std::size_t si) const {
  // Two distinct countries: those of this sentence first, then the recent discourse.
  std::vector<std::string> out;
  for (const auto& m : mentions(si))
    if (m.kind == ActorKind::kCountry && !m.building && std::find(out.begin(), out.end(), m.country) == out.end()) out.push_back(m.country);
  for (std::size_t back = 1; out.size() < 2 && back <= 3 && back <= si; ++back) {
    std::map<std::string, int> counts;
    for (const auto& m : mentions(si - back))
      if (m.kind == ActorKind::kCountry && !m.weak()) ++counts[m.country];
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [c, n] : counts) ranked.emplace_back(-n, c);
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [n, c] : ranked)
      if (out.size() < 2 && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

std::string Extractor::salient_country_other_than(std::size_t si, const std::string& not_this) const {
  for (std::size_t back = 0; back <= 3 && back <= si; ++back)
    for (auto it = mentions(si - back).rbegin(); it != mentions(si - back).rend(); ++it)
      if (it->kind == ActorKind::kCountry && !it->country.empty() && it->country != not_this) return it->country;
  return ctx_.home_country != not_this ? ctx_.home_country : std::string();
}

// The country the article is most about, other than `not_this`: the one named most often (names
// count more than adjectives, this and the last sentence a little more). "Die Einfuhren aus
// China sanken …" in an article about German trade: Germany.
std::string Extractor::main_country_other_than(std::size_t si, const std::string& not_this) const {
  std::map<std::string, double> score;
  for (std::size_t k = 0; k < ctx_.sentences.size(); ++k)
    for (const auto& m : mentions(k)) {
      if (m.kind != ActorKind::kCountry || m.country.empty() || m.country == not_this || m.via == Via::kTwoCountries ||
          m.via == Via::kTheCountry || m.building)
        continue;
      score[m.country] += (m.weak() ? 0.5 : 1.0) + (k == si || k + 1 == si ? 0.5 : 0.0);
      // The economy whose trade the article reports: "die deutschen Exporte", "Germany's exports".
      // (an adjective or a possessive right before the trade noun, not just any name near one)
      // (… or a name used so: "the U.S. merchandise trade deficit", not "exports to Japan")
      const bool possessive = m.end < ctx_.doc.sentences[k].last && (toks_[m.end].norm == "'s" || toks_[m.end].norm == "’s");
      const bool attributive = m.via == Via::kCountryName && !partner_mark(k, m);
      if ((m.via == Via::kDemonym || possessive || attributive) && m.end + 2 < ctx_.doc.sentences[k].last &&
          ctx_.any(m.end, m.end + (possessive || attributive ? 3 : 2), Cat::kTradeNoun))
        score[m.country] += 3.0;
    }
  if (!ctx_.home_country.empty() && ctx_.home_country != not_this) score[ctx_.home_country] += 2.0;
  std::string best;
  double top = 0;
  for (const auto& [c, v] : score)
    if (v > top) {
      top = v;
      best = c;
    }
  return best;
}

// ---------------------------------------------------------------- visits

std::vector<const ActorMention*> Extractor::group_of(std::size_t si, const ActorMention& m) const {
  std::vector<const ActorMention*> out = {&m};
  if (m.via != Via::kTwoPersons) return out;
  for (const auto& o : mentions(si))
    if (&o != &m && o.via == Via::kTwoPersons && o.begin == m.begin && !o.actor.empty() && o.actor != m.actor) out.push_back(&o);
  return out;
}

void Extractor::end_trip(std::size_t si, const Trigger& t, const std::string& traveller, bool fut) {
  Draft when = new_draft(si, t.b, t.e, "visit");
  set_dates(when, si, t.b, fut, false);
  if (when.ev.date_source != "text" || !when.ev.start.has_day()) return;
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    if (it->anaphoric || it->ev.type != "visit" || it->ev.status == "cancelled") continue;
    if (role_actor(it->ev, "visitor") != traveller) continue;
    // (A visit with its end told is over: "van woensdag tot en met vrijdag in Peking".)
    if (!it->ev.end.empty()) continue;
    if (!it->ev.start.has_day()) return;
    const long days = days_from_civil(when.ev.start) - days_from_civil(it->ev.start);
    if (days > 0 && days <= 7) it->ev.end = when.ev.start;
    return;
  }
}

Draft Extractor::anaphoric_visit(std::size_t si, const Trigger& t) const {
  Draft d = new_draft(si, t.b, t.e, "visit");
  d.anaphoric = true;
  d.confidence = 0.5;
  // "Het is het begin van een vijfdaags staatsbezoek": the length of that visit.
  for (const auto& te : ctx_.sentences[si].times)
    if (te.kind == TimeKind::kDuration && te.days > 1 && te.end + 3 >= t.b && te.begin <= t.b) d.days = te.days;
  // (Not the length of a trip told as ending: "concluyó este domingo en La Habana una gira de
  // cuatro días" does not go on for four days from Sunday.)
  if (ends_trip(si, t.b)) d.days = 0;
  // "Am Donnerstag, dem letzten Tag der Reise": a day of that visit.
  set_dates(d, si, t.b, false, false);
  for (const auto& te : ctx_.sentences[si].times)
    if (d.ev.start == te.date && te.date.has_day() &&
        (te.since || te.from || (te.begin > sent(si).first && (ctx_.covering(te.begin - 1, Cat::kSince) || ctx_.covering(te.begin - 1, Cat::kFrom)))))
      d.since = true;
  return d;
}

void Extractor::visits(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  auto strong_country = [](const ActorMention& m) {
    return m.kind == ActorKind::kCountry && !m.weak() && m.via != Via::kTwoCountries;
  };
  for (const Trigger& t : triggers(si, {Cat::kVisitNoun, Cat::kVisitVerb, Cat::kMotionVerb, Cat::kArrivalVerb,
                                        Cat::kSummit, Cat::kDeparture})) {
    const Polarity pol = polarity(si, t.b, t.e);
    if (pol != Polarity::kPositive) continue;
    // An event opening the sentence as the subject of a motion verb: "The call came a day after …",
    // "Das Telefonat kam" (not "Na de top reist Xi door", a fronted phrase).
    if ((t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb) && t.b == s.first + 2 &&
        ctx_.find(t.b - 2, Cat::kDefinite, t.b - 1) &&
        (ctx_.covering(t.b - 1, Cat::kPhoneNoun) || ctx_.covering(t.b - 1, Cat::kPhoneVerb) || ctx_.covering(t.b - 1, Cat::kMeetingNoun) ||
         ctx_.covering(t.b - 1, Cat::kTreatyNoun)))
      continue;

    // Destination.
    std::vector<const ActorMention*> dests;
    // The object of a visit verb ("visit China", "bezoekt Japan"), or the place one leaves
    // ("left Paris for London": he was in Paris). "visit" is a noun and a verb: read it as a verb
    // when an object follows. An adjective use ("visit U.S. officials") is no object.
    const bool verb_reading = t.cat == Cat::kVisitVerb || t.cat == Cat::kDeparture ||
                              (t.cat == Cat::kVisitNoun && ctx_.find(t.b, Cat::kVisitVerb, t.e + 1));
    if (verb_reading) {
      std::size_t k = t.e;
      // (Verb second, a time before the object: "besuchte im vergangenen November Manila",
      // "bezocht vorige week Parijs".)
      for (bool moved = true; moved && k < s.last && k < t.e + 6;) {
        moved = false;
        for (const auto& te : ctx_.sentences[si].times)
          if (te.end > k && te.begin <= k + 2 && te.begin >= k) {
            bool filler = true;  // only words of the time's own phrase ("im vergangenen") before it
            for (std::size_t q = k; q < te.begin; ++q) filler &= toks_[q].is_word() && !toks_[q].upper_initial;
            if (filler) {
              k = te.end;
              moved = true;
            }
          }
      }
      while (k < s.last && k < t.e + 2 && ctx_.find(k, Cat::kDeterminer, k + 1)) ++k;
      for (const auto& m : ms) {
        // (A mention may hold its article: "bezocht het koninkrijk".)
        if ((m.begin != k && m.begin != t.e) || !strong_country(m)) continue;
        const bool modifier = m.end < s.last && (ctx_.find(m.end, Cat::kTitle) ||
                                                 std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
                                                   return o.begin == m.end && o.kind == ActorKind::kPerson;
                                                 }));
        // ("visitará Perú y Chile": each country of the object)
        // ("returned from Ethiopia and Djibouti": each country left)
        if (!modifier) dests = places_listed(si, m, Cat::kDestPrep);
        break;
      }
    }
    if (dests.empty() && (t.cat == Cat::kVisitVerb || t.cat == Cat::kDeparture)) {
      // Verb-final clauses: "zal volgende week India bezoeken", "hat Kiew verlassen".
      for (const auto& m : ms)
        if (strong_country(m) && m.end <= t.b && m.end + 1 >= t.b && !ctx_.find(m.begin > s.first ? m.begin - 1 : m.begin, Cat::kDestPrep, m.begin))
          dests.push_back(&m);
    }
    if (dests.empty() && t.cat == Cat::kArrivalVerb) {
      // The trigger may end with its preposition ("is in", "est à", "está en"; "pasará por
      // Bélgica y Holanda").
      for (const auto& m : ms)
        if (strong_country(m) && m.begin >= t.e && m.begin <= t.e + 1) {
          dests = places_listed(si, m, Cat::kDestPrep);
          break;
        }
    }
    if (dests.empty() || t.cat == Cat::kDeparture) {
      // (A delegation and its leader may stand between: "reisde een delegatie onder leiding van
      // veiligheidsadviseur Chung Eui-yong naar Pyongyang".)
      const bool delegation_next = t.cat != Cat::kSummit && ctx_.any(t.e, std::min<std::size_t>(s.last, t.e + 4), Cat::kDelegation);
      // (The trigger may end with the preposition: "flew on to".)
      const std::size_t after = t.e > t.b + 1 && ctx_.find(t.e - 1, Cat::kDestPrep, t.e) ? t.e - 1 : t.e;
      // (A relative clause about the trip tells where it goes: "zu einer Reise auf, die ihn bis zum 6.
      // Mai zunächst nach Indonesien … führt", "a tour that will take her to".)
      bool trip_clause = false;
      for (std::size_t c = t.e; t.cat == Cat::kVisitNoun && c + 1 < s.last && c <= t.e + 1 && !trip_clause; ++c)
        trip_clause = toks_[c].norm == "," && ctx_.find(c + 1, Cat::kRelative, c + 2);
      const std::size_t window = (t.cat == Cat::kSummit ? 6 : delegation_next || trip_clause ? 16 : 10) + (t.e - after);
      for (const auto* m : countries_after_prep(si, after, window, Cat::kDestPrep))
        if (std::find(dests.begin(), dests.end(), m) == dests.end()) dests.push_back(m);
    }
    if (dests.empty() && t.cat == Cat::kVisitNoun) {
      // "is sinds maandag in Brazilië voor een driedaags bezoek", "in Berlin for a two-day visit"
      const std::size_t from = t.b > s.first + 7 ? t.b - 7 : s.first;
      for (const auto* m : countries_after_prep(si, from, t.b - from, Cat::kLocative))
        if (m->end <= t.b && !ctx_.any(m->end, t.b, Cat::kVisitNoun)) dests.push_back(m);
    }
    if (dests.empty() && (t.cat == Cat::kArrivalVerb || t.cat == Cat::kMotionVerb)) {
      // Verb-final clauses: "is maandag in Brazilië aangekomen", "ist nach Berlin gereist".
      const std::size_t from = t.b > s.first + 6 ? t.b - 6 : s.first;
      for (const auto* m : countries_after_prep(si, from, t.b - from, Cat::kDestPrep))
        if (m->end <= t.b) dests.push_back(m);
    }
    if (dests.empty() && t.cat == Cat::kArrivalVerb) {
      // "kwamen vanochtend met de nachttrein aan op het station van de Oekraïense hoofdstad": a
      // city further on in the clause.
      for (const auto& m : ms) {
        if (m.begin < t.e || (m.via != Via::kPlace && m.via != Via::kCapital) || m.building) continue;
        if (one_clause(t.e, m.begin) && m.begin <= t.e + 14) dests.push_back(&m);
        break;
      }
    }
    if (dests.empty() && t.cat == Cat::kArrivalVerb) {
      // Expected or arriving, no place said, just after a summit was placed: there ("Morgen nimmt
      // der Kanzler in Astana an einem Gipfeltreffen teil. … wird auch Mirsijojew erwartet").
      for (const auto& sp : summit_places_)
        if (sp.sentence <= si && sp.sentence + 2 >= si) dests.assign(1, &sp.place);
      // (Not when the sentence is somewhere else: "… d'Irpin, dans la banlieue de la capitale
      // ukrainienne, avant d'être reçu par Zelensky" after a G7 summit in Bavaria.)
      if (!dests.empty() && std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
            return (m.via == Via::kPlace || m.via == Via::kCapital) && !m.building && m.country != dests.front()->country;
          }))
        dests.clear();
      if (!dests.empty()) {
        // Countries sent without a name: "die Staatschefs von Kirgistan", "eine Delegation aus Turkmenistan".
        for (const ActorMention* c : envoy_countries(si, s.first)) {
          if (c->country == dests.front()->country) continue;
          Draft d = visit_draft(si, t.b, t.e, c->actor, dests.front()->country);
          const bool fut = future(si, t.b, t.e);
          d.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "under_way";
          set_dates(d, si, t.b, fut, true);
          summit_date(d, dests.front());
          d.confidence = 0.5;
          emit(d);
        }
      }
    }
    if (t.cat == Cat::kSummit) {
      // A summit is a visit only for those who attend it: "at the G20 summit", "attended".
      const std::size_t from = t.b > s.first + 7 ? t.b - 7 : s.first;
      // Weak cues ("for a summit", "ahead of the summit") say someone is there only when the
      // sentence also has them travel or be somewhere ("in Osaka for the G20 summit"), not in
      // "preparations for a summit next year".
      bool strong_cue = false, weak_cue = false;
      for (std::size_t k = from; k <= t.b; ++k)
        for (const Match& am : ctx_.lang_at(k))
          if (am.payload->cat == Cat::kAttend && am.end <= t.b + 1) (am.payload->ival == 1 ? weak_cue : strong_cue) = true;
      if (!strong_cue && !(weak_cue && (!dests.empty() || located_place(si) ||
                                        !triggers(si, {Cat::kVisitNoun, Cat::kVisitVerb, Cat::kMotionVerb, Cat::kArrivalVerb}).empty())))
        continue;
      // (A summit placed at a name the gazetteer does not know is somewhere else than the
      // article's: "attended a memorial ceremony at Katyn".)
      if (dests.empty()) {
        const Match* loc = ctx_.find(t.e, Cat::kLocative, s.last);
        if (loc && loc->end < s.last && toks_[loc->end].is_word() && toks_[loc->end].upper_initial &&
            std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.begin == loc->end; }))
          continue;
      }
      if (dests.empty()) {
        // "the Niamey summit": a place right before it; "the UN General Assembly": the seat.
        if (const ActorMention* p = summit_place(si, summit_org(si, t))) dests.push_back(p);
        for (const auto& m : ms) {
          if (!dests.empty()) break;
          if (m.end + 1 >= t.b && m.end <= t.b && (m.via == Via::kPlace || m.via == Via::kCapital)) dests.push_back(&m);
          if (m.kind == ActorKind::kOrganization && m.begin <= t.e && m.end + 3 >= t.b) {
            const OrgInfo* o = ctx_.res.organization(m.actor.substr(4));
            if (o && !o->seat.empty() && o->meets_at_seat) {
              seat_mentions_.push_back(seat_mention(m, ctx_.country_actor(o->seat, "").country));
              dests.push_back(&seat_mentions_.back());
            }
          }
        }
      }
    }
    if (dests.empty()) {
      for (const auto& m : ms)
        if (m.via == Via::kHere && m.begin >= t.e) dests.push_back(&m);
    }
    // "Meloni was al eens bij Saied op bezoek", "chez Poutine": a visit to a foreign person is to
    // that person's country (who hosts it).
    const ActorMention* at_person = nullptr;
    // (Also a guest's stay: "was daar te gast bij de Indonesische president Joko Widodo".)
    // (Titles between: "bij de Indonesische president Joko Widodo".)
    auto at_home_of = [&](const ActorMention& m) {
      const std::size_t b = title_start(si, m.begin);
      return b > s.first && ctx_.find(b - 1, Cat::kAtHomeOf, b) != nullptr;
    };
    if (dests.empty() && (t.cat == Cat::kVisitNoun || t.cat == Cat::kVisitVerb || t.cat == Cat::kArrivalVerb))
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && !m.country.empty() && m.begin > s.first && at_home_of(m) &&
            (t.cat == Cat::kArrivalVerb ? m.begin >= t.e && m.begin <= t.e + 6 : m.begin + 8 >= t.b && m.begin <= t.e + 8)) {
          at_person = &m;
          dests.push_back(&m);
          break;
        }
    // (Not across a semicolon: "trok Frederiksen met hem op; naar Marokko reisde Rutte alleen".)
    dests.erase(std::remove_if(dests.begin(), dests.end(),
                               [&](const ActorMention* m) {
                                 // (not a place told before)
                                 return m->begin >= s.first && m->begin < s.last &&
                                        semicolon_between(m->begin, m->begin < t.b ? t.b : t.e);
                               }),
                dests.end());
    // Visit nouns in a datelined story default to the dateline ("the visit of U.S. Secretary
    // of State George Shultz" filed from Peking).
    ActorMention dl;
    const bool other_place = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
      return (m.via == Via::kPlace || m.via == Via::kCapital) && !m.building && m.country != ctx_.dateline_country;
    });
    const bool definite_noun = t.cat == Cat::kVisitNoun && t.b > s.first && ctx_.find(t.b - 1, Cat::kDefinite, t.b);
    const bool earlier_visit = std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& x) {
      return !x.anaphoric && x.ev.type == "visit";
    });
    // So do arrivals at an airport or a site (a `named_after` word) the gazetteer does not know
    // ("Jerusalem (SZ) – … seit Kohl am Dienstag auf dem Flughafen Ben Gurion gelandet ist").
    bool at_site = false;
    if (t.cat == Cat::kArrivalVerb)
      for (std::size_t k = t.b > s.first + 8 ? t.b - 8 : s.first; k < std::min<std::size_t>(t.e + 8, s.last) && !at_site; ++k)
        at_site = ctx_.find(k, Cat::kNamedAfter) != nullptr;
    // So does a visit verb that describes a person ("the visiting Indonesian Finance Minister Radius
    // Prawiro", "Visiting U.S. Under-Secretary of State Allen Wallis" in a story filed from Tokyo).
    const bool attributive = t.cat == Cat::kVisitVerb && t.e < s.last &&
                             (t.b == s.first || ctx_.find(t.b - 1, Cat::kDefinite, t.b) || toks_[t.b - 1].norm == "," ||
                              toks_[t.b - 1].norm == "-" || toks_[t.b - 1].norm == "–") &&
                             (ctx_.covering(t.e, Cat::kTitle) || std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
                                return m.begin == t.e && (m.kind == ActorKind::kPerson || m.via == Via::kDemonym ||
                                                          m.via == Via::kCountryName);
                              }));
    if (dests.empty() && (t.cat == Cat::kVisitNoun || at_site || attributive) && !ctx_.dateline_country.empty() && !other_place &&
        !(definite_noun && earlier_visit)) {
      dl.actor = "country/" + ctx_.dateline_country;
      dl.country = ctx_.dateline_country;
      dl.kind = ActorKind::kCountry;
      dl.via = Via::kHere;
      dests.push_back(&dl);
    }

    // Visitor.
    const ActorMention* visitor = nullptr;
    double conf = 0.85;
    auto eligible = [&](const ActorMention& m) {
      if (m.kind != ActorKind::kPerson || m.actor.empty()) return false;
      if (after_with(si, m.begin)) return false;
      // (Nor the agent of a passive before a travel verb: "He was welcomed … by President Andrei
      // Gromyko …, and was due to fly home"; "the visit by X" names its visitor.)
      // (A relative clause about the agent is its own: "im Beisein von … Lee, der … nach Brüssel
      // gekommen war".)
      auto agent = [&](const ActorMention& a) {  // (or a list opened by one: "by Gromyko, Shevardnadze and Sokolov")
        if (after_with(si, a.begin, Cat::kBy)) return true;
        for (const auto& first : ms)
          if (first.begin < a.begin && first.kind == ActorKind::kPerson && !first.actor.empty() && after_with(si, first.begin, Cat::kBy)) {
            const auto list = list_from(si, first);
            if (std::find(list.begin(), list.end(), &a) != list.end()) return true;
          }
        return false;
      };
      if (t.cat != Cat::kVisitNoun && t.cat != Cat::kSummit && m.end <= t.b && agent(m) && relative_clause_of(si, t.b) != m.end + 1)
        return false;
      // A person's own country is no visit, unless that country was only a guess; leaving home
      // ("salió de París rumbo a Pekín") is no reason to stay.
      std::size_t allowed = 0;
      for (const auto* d : dests)
        if (!m.country.empty() && m.country == d->country && !ctx_.guessed_country.count(m.actor)) {
          if (t.cat != Cat::kDeparture) return false;
        } else {
          ++allowed;
        }
      return allowed > 0;
    };
    if (t.cat == Cat::kVisitNoun || t.cat == Cat::kSummit) {
      // "zijn eerste bezoek", "his visit", "Lavrov's visit", "the visit of/by X", "le déplacement d'Emmanuel Macron"
      for (const auto& m : ms)
        if ((m.via == Via::kPossessive) && m.end <= t.b && m.end + 3 >= t.b && eligible(m)) visitor = &m;
      for (const auto& m : ms)
        if (!visitor && m.kind == ActorKind::kPerson && m.end <= t.b && m.end < s.last &&
            ((toks_[m.end].norm == "'s" && m.end + 4 >= t.b) || m.end + 1 == t.b) && eligible(m))
          visitor = &m;  // "Lavrov's visit", "President Trump's planned trip"
      if (!visitor && t.e < s.last && (ctx_.find(t.e, Cat::kOf, s.last) || ctx_.find(t.e, Cat::kBy, s.last))) {
        const std::size_t q = t.e + 1;
        for (const auto& m : ms)
          if (m.begin >= q && m.begin <= q + 4 && m.kind == ActorKind::kPerson && eligible(m)) {
            visitor = &m;
            break;
          }
      }
      // "a visit here this week by U.S. Commerce Secretary Malcolm Baldrige": "by" after a place or
      // a time told of the visit.
      if (!visitor)
        for (std::size_t k = t.e + 1; k < s.last && k <= t.e + 5 && toks_[k].norm != ","; ++k) {
          const bool told = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
                              return m.begin <= k - 1 && k - 1 < m.end && m.kind == ActorKind::kCountry;
                            }) ||
                            std::any_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(),
                                        [&](const TimeExpr& te) { return te.begin <= k - 1 && k - 1 < te.end; });
          if (!told) break;
          if (const Match* by = ctx_.find(k, Cat::kBy, s.last)) {
            for (const auto& m : ms)
              if (m.begin >= by->end && m.begin <= by->end + 4 && m.kind == ActorKind::kPerson && eligible(m)) {
                visitor = &m;
                break;
              }
            break;
          }
        }
      // "a three-day state visit to Russia by Chinese leader Xi Jinping": "by" after the destination.
      for (const auto* dd : dests) {
        if (visitor || dd->begin < t.e || dd->begin > t.e + 3 || dd->end >= s.last) continue;
        // (a time may come between: "a visit to Moscow last week by Iran's Oil Minister")
        std::size_t at = dd->end;
        for (const auto& te : ctx_.sentences[si].times)
          if (te.begin == at && te.end < s.last) at = te.end;
        if (const Match* by = ctx_.find(at, Cat::kBy, s.last))
          for (const auto& m : ms)
            if (m.begin >= by->end && m.begin <= by->end + 4 && m.kind == ActorKind::kPerson && eligible(m)) {
              visitor = &m;
              break;
            }
      }
    }
    // "The trip follows a telephone conversation between …": a definite visit noun with neither
    // its visitor nor its destination attached, after a visit was reported, is that visit.
    if (!visitor && definite_noun && earlier_visit &&
        std::none_of(dests.begin(), dests.end(), [&](const ActorMention* m) { return m->begin >= t.e && m->begin <= t.e + 3; })) {
      // "El periplo comenzó el jueves en Guatemala", "The tour went on to Hanoi": the trip as
      // subject, placed further on, is a stop of the last trip told.
      // (With the day in between: "Het bezoek wordt overschaduwd door de aardbeving in Turkije" is
      // no stop.)
      const bool dated = !dests.empty() && std::any_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(), [&](const TimeExpr& te) {
        return te.begin >= t.e && te.end <= dests.front()->begin && te.kind != TimeKind::kDuration;
      });
      // Whose trip: who has travelled most in the story so far (the latest of equals).
      std::map<std::string, std::pair<int, std::size_t>> travels;
      for (std::size_t k = 0; k < drafts_.size(); ++k)
        if (!drafts_[k].anaphoric && drafts_[k].ev.type == "visit")
          if (const std::string v = role_actor(drafts_[k].ev, "visitor"); !v.empty()) travels[v] = {travels[v].first + 1, k};
      std::string who;
      std::pair<int, std::size_t> most{0, 0};
      for (const auto& [id, n] : travels)
        if (n > most) {
          most = n;
          who = id;
        }
      if (dated && !who.empty() && t.b <= s.first + 2 && dests.front()->begin <= t.e + 8) {
        const auto a = ctx_.actors.find(who);
        if (a != ctx_.actors.end() && a->second.country != dests.front()->country) {
          Draft d = visit_draft(si, t.b, t.e, who, dests.front()->country);
          const bool fut = future(si, t.b, t.e);
          d.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "occurred";
          set_dates(d, si, t.b, fut, true);
          d.confidence = 0.55;
          emit(d);
        }
      }
      emit(anaphoric_visit(si, t));
      continue;
    }
    // A verb in a relative clause about a person has that person for subject ("… con el
    // mandatario Peña Nieto, quien se encontraba en Los Pinos"): at home, no visit.
    // (So does a visit noun: "fue Barack Obama, que en julio hizo una visita relámpago a Madrid".)
    if (!visitor && (t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb || t.cat == Cat::kVisitVerb || t.cat == Cat::kVisitNoun)) {
      const std::size_t rel = relative_clause_of(si, t.b);
      // (Not a clause of time with its infinitive: "… con Bachelet, antes de seguir hacia Brasil"
      // goes on with the main clause's subject.)
      const bool infinitive_clause = rel != 0 && rel + 1 < s.last && ctx_.find(rel + 1, Cat::kOf, rel + 2);
      const ActorMention* antecedent = nullptr;
      for (const auto& m : ms)
        if (rel > s.first + 1 && !infinitive_clause && m.kind == ActorKind::kPerson && !m.actor.empty() && m.end + 1 == rel) antecedent = &m;
      if (antecedent) {
        if (!eligible(*antecedent)) continue;
        visitor = antecedent;
      }
    }
    if (!visitor) {
      // The subject: the first person before the trigger who does not merely report it and is
      // not the one being met ("will hold talks with Thatcher and meet Prince Philip during the visit").
      // A person right before a travel verb is its subject ("… as Chinese leader heads to Nepal").
      const ActorMention* fallback = nullptr;
      // (Named in a relative clause the trigger is not in: "la comitiva, en la que viaja el
      // canciller X, voló a Pekín".)
      const std::size_t trigger_clause = relative_clause_of(si, t.b);
      auto other_clause = [&](const ActorMention& m) {
        const std::size_t rel = relative_clause_of(si, m.begin);
        return rel != 0 && rel != trigger_clause;
      };
      // (Verb second after "and": "sprak hij met García en vloog hij door naar Brasília" — the
      // subject right after the verb, not the person before "and".)
      const bool inverted_after_and =
          ctx_.lang.verb_last && t.b > s.first && ctx_.find(t.b - 1, Cat::kAnd, t.b) &&
          std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
            return m.kind == ActorKind::kPerson && m.begin == t.e && eligible(m) && m.via != Via::kPossessive;
          });
      if ((t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb || t.cat == Cat::kDeparture) && !inverted_after_and)
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && m.end + 1 >= t.b && m.end <= t.b && eligible(m) && m.via != Via::kPossessive &&
              !speaker(si, m) && !other_clause(m) &&
              // (not the apposition of a companion: "El mandatario, acompañado por su esposa, Peng Liyuan, procedía de")
              !(m.end < t.b && toks_[m.end].norm == "," && m.begin > s.first + 1 && toks_[m.begin - 1].norm == "," &&
                (ctx_.any(m.begin > s.first + 6 ? m.begin - 6 : s.first, m.begin - 1, Cat::kBy) ||
                 ctx_.any(m.begin > s.first + 6 ? m.begin - 6 : s.first, m.begin - 1, Cat::kWith))))
            visitor = &m;
      for (const auto& m : ms) {
        if (visitor || inverted_after_and) break;
        if (m.end > t.b || !eligible(m) || m.via == Via::kPossessive) continue;
        if (meeting_verb_before(si, m.begin)) continue;
        if (semicolon_between(m.end, t.b)) continue;
        if (other_clause(m)) continue;
        // (Named inside an "of" phrase before an apposition: "Le prédécesseur de M. Macron, François
        // Hollande, s'était rendu …" — Hollande travels.)
        if (after_with(si, m.begin, Cat::kOf) && m.end < t.b && toks_[m.end].norm == "," &&
            std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
              return o.kind == ActorKind::kPerson && o.begin == m.end + 1 && o.end <= t.b && eligible(o);
            }))
          continue;
        if (speaker(si, m)) {
          if (!fallback) fallback = &m;
          continue;
        }
        visitor = &m;
        break;
      }
      if (!visitor) visitor = fallback;
    }
    // Coordinated subjects ("Prince Charles and Princess Diana went", "De Italiaanse premier
    // Meloni, de Canadese premier Trudeau … en Von der Leyen kwamen aan"): the first one leads.
    // (A list ends with "and": "Le prédécesseur de M. Macron, François Hollande" is no list.)
    const ActorMention* last_named = visitor;
    while (visitor && visitor->end <= t.b) {
      const ActorMention* before = nullptr;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && m.end < visitor->begin && eligible(m) && m.via != Via::kPossessive &&
            joined(si, m.end, visitor->begin) && ctx_.any(m.end, last_named->begin, Cat::kAnd))
          before = &m;
      if (!before) break;
      visitor = before;
    }
    if (!visitor)  // the object of the travel phrase itself: "the final leg takes him to Angola"
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && m.begin >= t.b && m.end <= t.e && eligible(m)) visitor = &m;
    if (!visitor) {  // inverted order: "brengt Lavrov een bezoek", "reist May morgen naar"
      for (const auto& m : ms)
        if (m.begin >= t.e && m.begin <= t.e + 4 && eligible(m) && m.via != Via::kPossessive) {
          visitor = &m;
          conf = 0.7;
          break;
        }
    }
    // A subject after an arrival verb, its time and place first: "También llegó el jueves a Lima
    // el presidente estadunidense Joe Biden" (in the same clause, at the sentence's start).
    // (Also after a fronted phrase, where subjects may follow their verb and no one is named
    // before it: "Para ser testigos del momento viajaron a la isla la presidenta de Chile, …";
    // and a name in apposition to a title: "llegó a La Habana el secretario general de la ONU,
    // Ban Ki-moon".)
    auto title_apposition = [&](const ActorMention& m) {
      if (m.begin < t.e + 2 || toks_[m.begin - 1].norm != ",") return false;
      bool title = false;
      for (std::size_t k = t.e; k + 1 < m.begin; ++k) {
        if (toks_[k].norm == "," || relative_clause_of(si, k) != relative_clause_of(si, t.b)) return false;
        title |= ctx_.find(k, Cat::kTitle) != nullptr;
      }
      return title;
    };
    const bool nobody_before = ctx_.lang.pro_drop && std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
      return m.begin < t.b && (m.kind == ActorKind::kPerson || m.kind == ActorKind::kCountry);
    });
    if (!visitor && (t.cat == Cat::kArrivalVerb || t.cat == Cat::kMotionVerb) && (t.b <= s.first + 2 || nobody_before))
      for (const auto& m : ms) {
        if (m.begin < t.e) continue;
        const bool comma = !one_clause(t.e, m.begin) && !title_apposition(m);
        if (!comma && m.begin <= t.e + 12 && m.kind == ActorKind::kPerson && eligible(m) && m.via != Via::kPossessive) {
          visitor = &m;
          conf = 0.65;
        }
        if (m.kind == ActorKind::kPerson || comma) break;
      }
    // A participle opening the sentence has the main clause's subject: "Arrivé dimanche soir à
    // La Havane, au terme de deux journées …, où il a inauguré …, François Hollande a consacré …",
    // "Arriving in Havana on Sunday, Hollande …", "Arrivé vendredi soir à Dakar …, il a promis".
    // (So has a visit told inside that participle's clause: "Arrivé vendredi soir à Dakar après une
    // visite de quelques heures à Conakry, …, il a promis".)
    // (… after a fronting word too: "After travelling this week to France, Germany, Switzerland and
    // Italy, Funaro hopes to visit Canada".)
    const bool participle_opens = (t.cat == Cat::kArrivalVerb || t.cat == Cat::kMotionVerb || t.cat == Cat::kVisitVerb) &&
                                  (t.b == s.first || (t.b == s.first + 1 && ctx_.find(s.first, Cat::kFronting, t.b)));
    const bool in_participle_clause = t.cat == Cat::kVisitNoun && t.b > s.first &&
                                      (ctx_.find(s.first, Cat::kArrivalVerb) || ctx_.find(s.first, Cat::kMotionVerb)) &&
                                      std::none_of(toks_.begin() + static_cast<std::ptrdiff_t>(s.first),
                                                   toks_.begin() + static_cast<std::ptrdiff_t>(t.b), [](const Token& k) { return k.norm == ","; });
    if (!visitor && (participle_opens || in_participle_clause))
      for (const auto& m : ms)
        if (m.begin >= t.e && m.kind == ActorKind::kPerson && (m.via == Via::kName || m.via == Via::kSurname || m.via == Via::kPronoun) &&
            eligible(m) &&
            relative_clause_of(si, m.begin) == 0 && !after_with(si, m.begin) && !after_with(si, m.begin, Cat::kBy) &&
            m.begin > s.first && toks_[m.begin - 1].norm == ",") {
          visitor = &m;
          conf = 0.6;
          break;
        }
    std::string visitor_id = visitor ? visitor->actor : std::string();
    std::string visitor_country = visitor ? visitor->country : std::string();
    // "the trip" with no one named: the trip the last sentences told goes on ("Na Australië gaat de
    // reis verder naar Maleisië").
    if (!visitor && t.cat == Cat::kVisitNoun && t.b > s.first && ctx_.find(t.b - 1, Cat::kDefinite, t.b) && !dests.empty() &&
        std::none_of(ms.begin(), ms.end(), [](const ActorMention& m) { return m.kind == ActorKind::kPerson && !m.actor.empty(); }))
      if (const ActorRecord* traveller = last_traveller(si); traveller && traveller->kind == ActorKind::kPerson) {
        visitor_id = traveller->id;
        visitor_country = traveller->country;
        conf = 0.6;
      }
    if (!visitor && visitor_id.empty() && (t.cat == Cat::kVisitNoun || t.cat == Cat::kVisitVerb)) {
      // A country travels ("Nigeria's tour", "a Chinese delegation visited"): its official named
      // in the last sentences leads the trip, else the country itself.
      for (const auto& m : ms) {
        if (m.end > t.b || m.end + 4 < t.b || m.kind == ActorKind::kPerson || m.actor.empty() || m.via == Via::kHere ||
            m.via == Via::kTwoCountries || m.via == Via::kTheCountry)
          continue;
        // ("een Europese reis": a trip to Europe, not one the EU makes)
        if (m.kind == ActorKind::kOrganization && m.via == Via::kDemonym) continue;
        bool is_dest = false;
        for (const auto* d : dests) is_dest |= d->country == m.country;
        if (is_dest || after_with(si, m.begin)) continue;
        visitor_id = m.actor;
        visitor_country = m.country;
        conf = 0.6;
        if (const ActorMention* off = official_of(si, m.country)) {
          visitor_id = off->actor;
          conf = 0.65;
        }
      }
    }

    if (visitor_id.empty() && !dests.empty() && t.cat != Cat::kSummit) {
      // A delegation travels: "reisde een Zuid-Koreaanse delegatie onder leiding van
      // veiligheidsadviseur Chung naar Pyongyang", "a delegation led by X arrived in": its
      // leader, else its country (a demonym before it, "from X" after it).
      const std::size_t lo = t.b > s.first + 8 ? t.b - 8 : s.first;
      const std::size_t hi = std::min<std::size_t>(s.last, t.e + 4);
      for (std::size_t k = lo; k < hi && visitor_id.empty(); ++k) {
        const Match* dm = ctx_.find(k, Cat::kDelegation);
        if (!dm) continue;
        for (std::size_t q = dm->end; q < s.last && q <= dm->end + 3 && visitor_id.empty(); ++q) {
          const Match* lb = ctx_.find(q, Cat::kLedBy, s.last);
          if (!lb) continue;
          for (const auto& m : ms)
            if (m.kind == ActorKind::kPerson && m.begin >= lb->end && m.begin <= lb->end + 4 && eligible(m)) {
              visitor_id = m.actor;
              visitor_country = m.country;
              conf = 0.7;
              break;
            }
          break;
        }
        std::vector<const ActorMention*> senders;
        for (const auto& m : ms)
          if (m.kind == ActorKind::kCountry && m.via == Via::kDemonym && m.end <= k && m.end + 1 >= k) senders.push_back(&m);
        if (senders.empty()) senders = envoy_countries(si, k);
        // A delegation of no country said, in a datelined story: from there ("TAIPEI - … a
        // government-organised buying mission would leave for the United States").
        ActorMention from_dateline;
        if (senders.empty() && !ctx_.dateline_country.empty() && visitor_id.empty()) {
          from_dateline.actor = "country/" + ctx_.dateline_country;
          from_dateline.country = ctx_.dateline_country;
          from_dateline.kind = ActorKind::kCountry;
          senders.push_back(&from_dateline);
        }
        for (const ActorMention* c : senders) {
          if (!visitor_id.empty()) break;
          bool is_dest = false;
          for (const auto* dd : dests) is_dest |= dd->country == c->country;
          if (is_dest) continue;
          visitor_id = c->actor;
          visitor_country = c->country;
          conf = 0.6;
        }
      }
    }

    // No subject at all, in a language that drops subject pronouns ("De ahí partirá hacia
    // California"): the person the last sentence was about, its first one.
    // (Not after a subject of its own: "La conversación llega mientras Washington advierte a Pekín".)
    // ("El sábado se trasladará a …": a time is no subject.)
    if (visitor_id.empty() && !dests.empty() &&
        (t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb || t.cat == Cat::kVisitVerb || t.cat == Cat::kDeparture))
      if (const ActorMention* m = dropped_subject(si, t.b)) {
        bool home = false;
        for (const auto* dd : dests) home |= dd->country == m->country;
        if (!home) {
          visitor_id = m->actor;
          visitor_country = m->country;
          conf = 0.6;
        }
      }
    Draft d = new_draft(si, t.b, t.e, "visit");
    if (t.cat == Cat::kSummit && !dests.empty()) {
      // Everyone named at a summit abroad attended it ("tijdens de G-20 … met Macron herhaalde Bolsonaro").
      // (Not the next one: "Peña, que deberá organizar la próxima reunión de presidentes en Asunción".)
      if (next_one(si, t)) continue;
      const bool fut = future(si, t.b, t.e);
      std::set<std::string> seen;
      for (const auto& m : ms) {
        if (m.kind != ActorKind::kPerson || m.actor.empty() || (m.country.empty() && !international(m.actor))) continue;
        // (A pronoun only as the subject of the summit's own clause: "im November nahm sie am
        // G-20-Gipfel im südtürkischen Antalya teil".)
        auto clause_subject = [&] { return m.end <= t.b && !after_with(si, m.begin) && one_clause(m.end, t.b); };
        if ((m.via == Via::kPronoun && !clause_subject()) || m.via == Via::kPossessive || in_quote(si, m.begin) != in_quote(si, t.b)) continue;
        // (Nor one named in an "of" phrase after it: "… en la cumbre de Mendoza como sanción por la
        // destitución del presidente Fernando Lugo".)
        if (m.begin > t.e && in_of_phrase(si, m)) continue;
        if (m.end <= t.b && subject_clause_between(si, m, t.b)) continue;
        // (Nor one met before the trip to it: "He is expected to meet Putin on Friday and will then
        // travel on to New York for the United Nations General Assembly".)
        // ("Hij praat vrijdag met Poetin en reist daarna door naar New York voor de Algemene
        // Vergadering", "Il doit rencontrer vendredi Vladimir Poutine avant de se rendre à New York")
        const bool met_before = m.end <= t.b && m.begin > s.first &&
                                (after_with(si, m.begin) || ctx_.any(m.begin > s.first + 3 ? m.begin - 3 : s.first, m.begin, Cat::kMeetingVerb));
        if (met_before && std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
              return o.kind == ActorKind::kPerson && o.end <= m.begin && o.actor != m.actor && !after_with(si, o.begin);
            }))
          continue;
        // (The host of the gathering is no guest at it: "Czech President Klaus hosted the ceremony".)
        if (ctx_.any(m.end, std::min<std::size_t>(m.end + 2, s.last), Cat::kHostVerb) ||
            ctx_.any(m.end, std::min<std::size_t>(m.end + 2, s.last), Cat::kHostNoun))
          continue;
        if (!seen.insert(m.actor).second) continue;
        for (const auto* dest : dests) {
          if (dest->country == m.country || at_seat(m.actor, dest->country)) continue;
          Draft one = d;
          add_participant(one.ev, "visitor", m.actor);
          add_participant(one.ev, "destination", "country/" + dest->country);
          one.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "occurred";
          set_dates(one, si, t.b, fut, true);
          one.confidence = 0.6;
          emit(one);
        }
      }
      continue;
    }
    if (visitor_id.empty() && !dests.empty() && (t.cat == Cat::kMotionVerb || t.cat == Cat::kDeparture)) {
      // Going home: "He left for New Delhi on Sunday night" ends the trip told.
      for (const auto& m : ms) {
        if (m.begin >= t.b) break;
        if (m.kind != ActorKind::kPerson || m.actor.empty() || m.via == Via::kPossessive || after_with(si, m.begin)) continue;
        if (std::all_of(dests.begin(), dests.end(), [&](const ActorMention* dd) { return dd->country == m.country; }))
          end_trip(si, t, m.actor, future(si, t.b, t.e));
        break;
      }
    }
    if (visitor_id.empty() || dests.empty()) {
      if (t.cat != Cat::kVisitNoun) continue;
      emit(anaphoric_visit(si, t));  // "het bezoek", "the visit": evidence for a visit named elsewhere
      continue;
    }
    // A separable verb negated before its particle: "reist Verbeek na haar bezoek niet door naar Algerije".
    if ((t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb) && dests.front()->begin > t.e &&
        cue_in(t.e, dests.front()->begin, Cat::kNegation))
      continue;
    bool visitor_in_dest = false;
    for (const auto* dd : dests) visitor_in_dest |= dd->country == visitor_country;
    if (visitor && ctx_.guessed_country.count(visitor_id) && visitor_in_dest) {
      // The guess was wrong: who visits a country is from elsewhere, most likely another
      // country the article is about (not one of the stops: "Canberra" in a tour of Asia).
      std::string other;
      std::map<std::string, double> score;
      for (std::size_t k2 = 0; k2 < ctx_.sentences.size(); ++k2)
        for (const auto& m : mentions(k2))
          if (m.kind == ActorKind::kCountry && !m.country.empty()) score[m.country] += (k2 == si ? 3.0 : 1.0);
      for (const auto* dd : dests) score.erase(dd->country);
      double top = 0;
      for (const auto& [c, v] : score)
        if (v > top) {
          top = v;
          other = c;
        }
      ctx_.actors[visitor_id].country = other;
      visitor_country = other;
      if (other.empty()) ctx_.guessed_country.erase(visitor_id);
    }
    const bool fut = future(si, t.b, t.e) && t.cat != Cat::kDeparture;
    const bool cancel = cancelled(si);
    // Coordinated subjects travel together: "Rutte, de Italiaanse premier Meloni en
    // Commissievoorzitter Von der Leyen waren naar Tunis gereisd".
    std::vector<std::pair<std::string, std::string>> travellers = {{visitor_id, visitor_country}};
    if (visitor)  // "de twee ministers", "het drietal": all of them
      for (const ActorMention* m : group_of(si, *visitor))
        if (m != visitor && m->actor != visitor_id && eligible(*m)) travellers.emplace_back(m->actor, m->country);
    // (Also after the verb, before the destination: "kwamen Vučić en Kurti daarvoor naar Brussel".)
    // (… or after the destination too: "viajaron a la isla la presidenta de Chile, Michelle
    // Bachelet, y el de Venezuela, Nicolás Maduro".)
    const bool inverted = visitor && visitor->begin >= t.e && !dests.empty() && dests.front()->begin > visitor->end;
    const bool subject_last = visitor && visitor->begin >= t.e && !dests.empty() && dests.back()->end <= visitor->begin;
    if (visitor && (visitor->end <= t.b || inverted || subject_last))
      for (const ActorMention* co : list_from(si, *visitor))
        if (co != visitor && (co->end <= t.b || (inverted && co->end <= dests.front()->begin) || (subject_last && co->begin > visitor->end)) &&
            eligible(*co) && co->actor != visitor_id && !consort(co->actor, visitor_id))
          travellers.emplace_back(co->actor, co->country);
    for (const auto& [traveller_id, traveller_country] : travellers)
    for (std::size_t k = 0; k < dests.size(); ++k) {
      const auto* dest = dests[k];
      if (dest->country == traveller_country) continue;  // a domestic trip
      Draft one = d;
      add_participant(one.ev, "visitor", traveller_id);
      add_participant(one.ev, "destination", "country/" + dest->country);
      if (dest == at_person) add_participant(one.ev, "host", at_person->actor);
      const bool departed_from = t.cat == Cat::kDeparture && k == 0 && verb_reading && dest->begin <= t.e + 2;
      one.ev.status = cancel ? "cancelled"
                      : departed_from ? "occurred"
                      : fut ? "announced"
                      : (t.cat == Cat::kArrivalVerb || t.cat == Cat::kDeparture) ? "under_way"
                                                                                 : "occurred";
      // A trip "taking in Indonesia, Vietnam and Thailand": its start is the first stop's, its
      // length the whole trip's; each stop gets its own dates from its own sentences.
      bool multi_day = false;
      for (const auto& te : ctx_.sentences[si].times)  // (of this trip: not a clause of its own after it)
        multi_day |= te.kind == TimeKind::kDuration && te.days > 1 && !other_subject_clause(si, t.b, te.begin);
      const bool tour = dests.size() > 1 && multi_day && !(t.cat == Cat::kDeparture && k == 0);
      no_duration_ = tour;
      if (!tour || k == 0) set_dates(one, si, t.b, fut, true);
      else set_dates(one, si, dest->begin, fut, true, s.first, s.last);
      no_duration_ = false;
      // (Leaving on a day ends the stay then: "Siew returned from Washington on Friday".)
      if (departed_from && !fut && one.ev.start.has_day() && one.ev.end.empty()) one.ev.end = one.ev.start;
      summit_date(one, dest);
      if (!cancel && !fut && one.ev.start.has_day() && ctx_.published().has_day() &&
          days_from_civil(one.ev.start) > days_from_civil(ctx_.published()))
        one.ev.status = "announced";
      one.confidence = conf;
      one.anchors = t.cat != Cat::kDeparture;
      emit(one);
    }
    // Travelling on from somewhere: "Poetin kwam naar Amsterdam vanuit Duitsland, waar hij
    // gisteravond de Hannover Messe opende" — he was in Germany before.
    if ((t.cat == Cat::kMotionVerb || t.cat == Cat::kArrivalVerb) && !fut && !cancel)
      for (const auto* from : countries_after_prep(si, t.e, 12, Cat::kFromPrep)) {
        if (from->country == visitor_country || std::any_of(dests.begin(), dests.end(), [&](const ActorMention* dd) {
              return dd->country == from->country;
            }))
          continue;
        Draft was = visit_draft(si, from->begin, from->end, visitor_id, from->country);
        was.origin = true;
        was.ev.status = "occurred";
        set_dates(was, si, from->begin, false, true);
        // (A clause about the place itself dates the stay: "vanuit Duitsland, waar hij gisteravond …".)
        for (const auto& te : ctx_.sentences[si].times)
          if (relative_clause_of(si, te.begin) == from->end + 1 && !te.since && !te.until &&
              (te.kind == TimeKind::kDate || te.kind == TimeKind::kRelDay || te.kind == TimeKind::kWeekday)) {
            const PartialDate left = was.ev.date_source == "text" && was.ev.start.has_day() ? was.ev.start : PartialDate{};
            was.ev.start = te.kind == TimeKind::kWeekday ? te.backward : te.date;
            // (left the day the trip on was made: "reached Astana on Tuesday from Tashkent, where he
            // had arrived on Monday")
            was.ev.end = !left.empty() && days_from_civil(left) > days_from_civil(was.ev.start) ? left : PartialDate{};
            was.ev.date_source = "text";
            break;
          }
        was.confidence = 0.55;
        was.anchors = false;
        emit(was);
      }
  }
  hosted(si);
  guests(si);
  invited(si);
  stays(si);
  trip_end(si);
  itinerary(si);
  followed(si);
  presence(si);
}

// "Bamba is sinds dinsdag in Nederland", "X est depuis lundi en Chine": a foreign official who
// is (with a time in between) in a country is on a visit there.
void Extractor::stays(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  for (std::size_t k = s.first; k < s.last; ++k) {
    const Match* st = ctx_.find(k, Cat::kStay, s.last);
    if (!st) continue;
    std::size_t q = st->end;
    bool gap = false;  // only with a time in between: "is in" alone is an arrival phrase
    for (const auto& te : ctx_.sentences[si].times)
      if (te.begin == q || (te.begin == q + 1 && ctx_.find(q, Cat::kSince, q + 1))) {
        q = te.end;
        gap = true;
      }
    // Verb second with a time in front: "Gisteren was hij in Zweden", "Am Montag war Scholz in Kiew".
    const ActorMention* inverted = nullptr;
    if (!gap && k > s.first)
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin == q && m.via != Via::kPossessive &&
            std::any_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(),
                        [&](const TimeExpr& te) { return te.end <= k && te.begin >= s.first && te.kind != TimeKind::kDuration; })) {
          inverted = &m;
          q = m.end;
          gap = true;
        }
    // … or after a word in front, the subject and then the time: "Daarvoor was Li sinds donderdag in
    // Nieuw-Zeeland".
    if (!gap && k > s.first)
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin == q && m.via != Via::kPossessive)
          for (const auto& te : ctx_.sentences[si].times)
            if (te.kind != TimeKind::kDuration &&
                (te.begin == m.end || (te.begin == m.end + 1 && ctx_.find(m.end, Cat::kSince, m.end + 1)))) {
              inverted = &m;
              q = te.end;
              gap = true;
            }
    if (!gap || q >= s.last) continue;
    const Match* prep = ctx_.find(q, Cat::kLocative, s.last);
    if (!prep) prep = ctx_.find(q, Cat::kDestPrep, s.last);
    if (!prep) continue;
    const ActorMention* where = nullptr;
    for (const auto& m : ms)
      // ("is sinds dinsdag in het land": the country last named; one's own is no visit, below)
      if (m.begin == prep->end && !m.weak() && !m.building && m.kind == ActorKind::kCountry && m.via != Via::kTwoCountries)
        where = &m;
    if (!where || polarity(si, k, q) != Polarity::kPositive) continue;
    // The subject: the nearest person before the verb.
    const ActorMention* who = inverted;
    for (const auto& m : ms)
      if (!inverted && m.kind == ActorKind::kPerson && m.end <= k && m.end + 6 >= k && !m.actor.empty() && m.via != Via::kPossessive)
        who = &m;
    if (!who) continue;
    // "De twee leiders waren sinds gisteren in Washington": each of them.
    for (const ActorMention* p : group_of(si, *who)) {
      if (p->country.empty() || p->country == where->country || !visiting_official(*p) || at_seat(p->actor, where->country))
        continue;
      Draft d = visit_draft(si, k, st->end, p->actor, where->country);
      finish(d, si, k, st->end, "announced", "under_way", 0.6);
    }
    k = q;
  }
}

// The end of a stay told in a sentence of its own: "Het staatsbezoek duurt tot en met vrijdag",
// "De delegatie blijft tot en met woensdag in Ottawa", "Sunday he flies home", "La visita
// concluirá el miércoles". The day ends the last visit of the traveller (the person of the
// sentence, else the one the last sentences told) when it has a day to start from and no end
// yet, and the day falls within two weeks after it.
void Extractor::trip_end(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& times = ctx_.sentences[si].times;
  if (times.empty() || polarity(si, s.first, s.first) == Polarity::kNegated) return;
  // "… visitará Perú y Chile, donde concluirá su recorrido el 26 de mayo": a clause about a stop
  // that tells the trip ends there ends the visit to it.
  for (const auto& m : mentions(si)) {
    if (m.kind != ActorKind::kCountry || m.end + 2 >= s.last || toks_[m.end].norm != "," || !ctx_.find(m.end + 1, Cat::kRelative, s.last))
      continue;
    std::size_t clause_end = m.end + 2;
    while (clause_end < s.last && toks_[clause_end].norm != "," && toks_[clause_end].norm != ";") ++clause_end;
    if (!ctx_.any(m.end + 1, clause_end, Cat::kTripEnd) && !ctx_.any(m.end + 1, clause_end, Cat::kLastDay)) continue;
    for (const auto& te : times) {
      if (te.begin < m.end || te.end > clause_end || !te.date.has_day() || te.since) continue;
      for (auto& d : drafts_)
        if (d.sentence == si && !d.anaphoric && d.ev.type == "visit" && role_actor(d.ev, "destination") == "country/" + m.country &&
            d.ev.end.empty()) {
          const long n = d.ev.start.has_day() ? days_from_civil(te.date) - days_from_civil(d.ev.start) : 1;
          if (n > 0 && n <= 14) d.ev.end = te.date;
        }
      break;
    }
  }
  const bool cue = ctx_.any(s.first, s.last, Cat::kTripEnd);
  const bool about_stay = cue || ctx_.any(s.first, s.last, Cat::kStay) || ctx_.any(s.first, s.last, Cat::kVisitNoun);
  const TimeExpr* day = nullptr;
  for (const auto& te : times) {
    if (te.since || te.from || te.kind == TimeKind::kDuration || !te.date.has_day()) continue;
    if (!(cue || (te.until && about_stay))) continue;
    if (!day || te.until) day = &te;
  }
  if (!day) return;
  // The traveller: a person named in the sentence (the first not governed by "with"), else the
  // one of the last visit told.
  std::string traveller;
  for (const auto& m : mentions(si))
    if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kPossessive && !after_with(si, m.begin)) {
      traveller = m.actor;
      break;
    }
  // ("Der Besuch dauert noch bis Sonntag", far from where the story told it: the story's visit,
  // its first one under way.)
  const Draft* story_visit = nullptr;
  if (traveller.empty() && !last_traveller(si))
    for (const Trigger& t : triggers(si, {Cat::kVisitNoun}))
      if (t.b > sent(si).first && ctx_.find(t.b - 1, Cat::kDefinite, t.b))
        for (const auto& x : drafts_)
          if (!x.anaphoric && x.ev.type == "visit" && (x.ev.status == "under_way" || x.ev.status == "occurred") &&
              x.ev.date_source == "text" && x.ev.start.has_day() && ctx_.published().has_day() &&
              days_from_civil(ctx_.published()) - days_from_civil(x.ev.start) >= 0 &&
              days_from_civil(ctx_.published()) - days_from_civil(x.ev.start) <= 7) {
            story_visit = &x;
            break;
          }
  if (traveller.empty()) {
    const ActorRecord* last = last_traveller(si);
    if (!last && !story_visit) return;
    traveller = last ? last->id : role_actor(story_visit->ev, "visitor");
  }
  Draft* visit = nullptr;
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    if (story_visit && &*it != story_visit) continue;
    if (it->sentence + 6 < si && !story_visit) break;
    if (it->ev.type != "visit" || it->anaphoric || it->ev.status == "cancelled" || role_actor(it->ev, "visitor") != traveller) continue;
    if (it->sentence == si) return;  // the sentence tells the visit itself: its own dates
    visit = &*it;
    break;
  }
  if (!visit || !visit->ev.end.empty() || !visit->ev.start.has_day()) return;
  // Going on elsewhere is the next stop, not the end: only the visited country, the traveller's
  // own or none may be named after a destination word.
  const std::string dest = role_actor(visit->ev, "destination");
  const auto who = ctx_.actors.find(traveller);
  for (const auto& m : mentions(si)) {
    if (m.kind != ActorKind::kCountry || m.begin == s.first || !(ctx_.find(m.begin - 1, Cat::kDestPrep, m.begin) || ctx_.find(m.begin - 1, Cat::kLocative, m.begin)))
      continue;
    if ("country/" + m.country != dest && (who == ctx_.actors.end() || who->second.country != m.country)) return;
  }
  const long start = days_from_civil(visit->ev.start);
  for (const PartialDate& d : {day->date, day->forward, day->backward}) {
    if (d.empty() || !d.has_day()) continue;
    const long n = days_from_civil(d) - start;
    if (n > 0 && n <= 14) {
      visit->ev.end = d;
      return;
    }
  }
}

// The traveller of the trip the last three sentences told (its last visit not cancelled).
const ActorRecord* Extractor::last_traveller(std::size_t si) const {
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    if (it->sentence + 3 < si) break;
    if (it->ev.type != "visit" || it->anaphoric || it->sentence >= si || it->ev.status == "cancelled") continue;
    const auto a = ctx_.actors.find(role_actor(it->ev, "visitor"));
    return a == ctx_.actors.end() ? nullptr : &a->second;
  }
  return nullptr;
}

// "Daarna staan Panama en Nicaragua op het programma", "Next on the itinerary are Panama and
// Nicaragua": the stops still ahead of the trip the last few sentences told, each a visit
// announced for its traveller.
void Extractor::itinerary(std::size_t si) {
  const auto& ms = mentions(si);
  for (const Trigger& t : triggers(si, {Cat::kItinerary})) {
    if (polarity(si, t.b, t.e) != Polarity::kPositive) continue;
    const ActorRecord* last = last_traveller(si);
    if (!last) continue;
    // (Those who travel together go on together: "Daarna reisden de premiers door naar Ramallah.
    // Vrijdag stond Egypte op het programma".)
    std::vector<const ActorRecord*> travellers = {last};
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
      if (it->ev.type != "visit" || it->anaphoric || it->sentence >= si || it->ev.status == "cancelled") continue;
      const std::size_t at = it->sentence;
      const std::string dest = role_actor(it->ev, "destination");
      for (auto jt = it; jt != drafts_.rend() && jt->sentence == at; ++jt) {
        const auto a = ctx_.actors.find(role_actor(jt->ev, "visitor"));
        if (jt->ev.type == "visit" && !jt->anaphoric && role_actor(jt->ev, "destination") == dest && a != ctx_.actors.end() &&
            std::find(travellers.begin(), travellers.end(), &a->second) == travellers.end())
          travellers.push_back(&a->second);
      }
      break;
    }
    // (A country that only places a topic is no stop: "Op de agenda staan … de oorlog in Syrië".)
    auto topic_place = [&](const ActorMention& m) {
      if (m.begin < t.e + 2) return false;
      const std::size_t p = m.begin - 1;
      return (ctx_.covering(p, Cat::kLocative) || ctx_.covering(p, Cat::kOf)) && toks_[p - 1].is_word() && !toks_[p - 1].upper_initial &&
             !ctx_.covering(p - 1, Cat::kVisitNoun) && !ctx_.covering(p - 1, Cat::kVisitVerb);
    };
    for (const ActorRecord* traveller : travellers) {
      std::set<std::string> seen;
      for (const auto& m : ms) {
        if (m.kind != ActorKind::kCountry || m.weak() || m.building || m.via == Via::kTwoCountries || m.via == Via::kTheCountry ||
            m.country == traveller->country || after_with(si, m.begin) || topic_place(m) || !seen.insert(m.country).second)
          continue;
        // (Before the phrase, only its own subject: "Vrijdag stond Egypte op het programma", not
        // "who is on a trade mission to the US …, where China's growing presence … is expected to
        // be on the agenda".)
        if (m.end <= t.b && (m.end + 3 < t.b || (m.end < sent(si).last && toks_[m.end].norm == "'s"))) continue;
        Draft d = visit_draft(si, t.b, t.e, traveller->id, m.country);
        d.ev.status = "announced";
        set_dates(d, si, t.b, true, true);
        d.confidence = 0.5;
        emit(d);
      }
    }
  }
}

// "Gabriel trok in juli naar Iran, eind juli gevolgd door … Laurent Fabius", "suivi de", "followed
// by": the one who followed made the same trip, at the time told next to him (else the first's).
void Extractor::followed(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  const std::size_t made = drafts_.size();
  for (std::size_t k = s.first; k < s.last; ++k) {
    const Match* f = ctx_.find(k, Cat::kFollowedBy, s.last);
    if (!f) continue;
    // The trip followed: the last one told before the phrase in this sentence.
    const Draft* trip = nullptr;
    for (std::size_t x = 0; x < made; ++x)
      if (drafts_[x].sentence == si && drafts_[x].ev.type == "visit" && !drafts_[x].anaphoric && drafts_[x].trig_e <= k) trip = &drafts_[x];
    if (!trip) continue;
    const std::string dest = role_actor(trip->ev, "destination");
    // (A time may come first, then "by": "suivi fin juillet par le ministre …".)
    std::size_t q = f->end;
    for (std::size_t b = q; b < s.last && b <= f->end + 6 && toks_[b].is_word() && !toks_[b].upper_initial; ++b)
      if (const Match* by = ctx_.find(b, Cat::kBy, s.last)) {
        q = by->end;
        break;
      }
    const ActorMention* who = nullptr;
    for (const auto& m : ms)
      if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kPossessive && m.begin >= q && title_start(si, m.begin) <= q + 1) {
        who = &m;
        break;
      }
    if (!who || dest.empty() || "country/" + who->country == dest) continue;
    Draft d = visit_draft(si, f->begin, f->end, who->actor, dest.substr(8));
    d.ev.status = trip->ev.status;
    // (Its own time: one right before the phrase or after the name.)
    bool own_time = false;
    for (const auto& te : ctx_.sentences[si].times)
      own_time |= (te.end <= f->begin && te.end + 1 >= f->begin) || (te.begin >= f->end && te.end <= q) ||
                  (te.begin >= who->end && te.begin <= who->end + 1);
    if (own_time) {
      set_dates(d, si, f->begin, d.ev.status == "announced", false);
    } else {
      d.ev.start = trip->ev.start;
      d.ev.end = trip->ev.end;
      d.ev.date_source = trip->ev.date_source;
    }
    d.confidence = 0.55;
    emit(d);
  }
}

// "Xi had invited Modi to China", "Macron a invité Poutine à Paris": a visit announced for the
// guest, to the place named (else the host's country). "sent Jaishankar to Astana": a visit by
// the one sent.
void Extractor::invited(std::size_t si) {
  for (const Trigger& t : triggers(si, {Cat::kInvite})) {
    if (polarity(si, t.b, t.e) != Polarity::kPositive) continue;
    auto [host, guest] = host_and_guest(si, t, true, t.ival == 1 ? 9 : 4);  // the inviter: the nearest before
    // (Not one written to: "sent a letter to Putin"; "envió a su canciller": the object's "a".)
    if (t.ival == 1 && guest)
      for (std::size_t k = t.e + 1, e = guest->begin; k < e; ++k)
        if (ctx_.find(k, Cat::kDestPrep, k + 1) || ctx_.find(k, Cat::kWith, k + 1)) guest = nullptr;
    // Passive: "Trump visitó México, invitado por Peña Nieto", "invited by X": the agent invites
    // the one named before.
    if (t.e < sent(si).last && ctx_.find(t.e, Cat::kBy, t.e + 1)) {
      const ActorMention* agent = guest;
      guest = host;
      host = agent;
    }
    if (!guest || guest == host || (host && host->actor == guest->actor)) continue;
    std::string dest;
    for (const auto* m : countries_after_prep(si, guest->end, 5, Cat::kDestPrep)) {
      dest = m->country;
      break;
    }
    // One sent ("stuurde minister Jaishankar naar Astana", "dispatched his envoy to Kabul") goes
    // where named, now or when the verb says.
    const bool sent_there = t.ival == 1;
    if (dest.empty() && host && !sent_there) dest = host->country;
    // Sent to no place said, just after a summit was placed: there ("… a summit in the Saudi
    // desert city of Al-Ula. … while Bahrain sent Crown Prince Salman bin Hamad").
    // (Further on too in a story about one summit.)
    const SummitPlace* summit = nullptr;
    if (dest.empty() && sent_there)
      for (const auto& sp : summit_places_)
        if (sp.sentence <= si && (sp.sentence + 4 >= si || one_summit_place())) summit = &sp;
    if (summit) dest = summit->place.country;
    if (dest.empty() || dest == guest->country || !visiting_official(*guest)) continue;
    Draft d = visit_draft(si, t.b, t.e, guest->actor, dest);
    if (host && host->country == dest) add_participant(d.ev, "host", host->actor);
    const bool fut = !sent_there || future(si, t.b, t.e);
    d.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "occurred";
    set_dates(d, si, t.b, fut, !fut);
    if (summit) summit_date(d, &summit->place);
    d.confidence = 0.5;
    emit(d);
  }
}

// A list of who attends ("Onder de gasten zijn de Amerikaanse president Obama, de Japanse premier
// Abe …", "avec la venue de Donald Trump, de Shinzo Abe …", "en présence du président roumain",
// "Rusland wordt vertegenwoordigd door minister Lavrov"): each foreign official named after it is
// on a visit to where the gathering is — a place named in the sentence, else the place of a summit
// of the last few sentences.
void Extractor::guests(std::size_t si) {
  const auto& ms = mentions(si);
  for (const Trigger& t : triggers(si, {Cat::kGuests})) {
    if (polarity(si, t.b, t.e) != Polarity::kPositive) continue;
    const ActorMention* place = located_place(si);
    // "among them", "darunter": only with a place in the sentence, or in the one before that
    // "them" stands for ("… greeted the arriving leaders at Amman airport. Among them were …").
    if (!place && t.ival == 1 && si > 0 && t.b <= sent(si).first + 1) place = located_place(si - 1);
    if (!place && t.ival == 1) continue;
    // A summit named in this sentence ("Le sommet de Biarritz s'ouvrira samedi, avec la venue de
    // …") is the one located anywhere in the article; otherwise one of the last few sentences.
    const bool summit_here = !triggers(si, {Cat::kSummit}).empty();
    // An article about one summit: its guests are there wherever they are named.
    const bool one_summit = one_summit_place();
    // Without a summit named here, the guests are at the article's first, main gathering.
    if (!place && !summit_here && !summit_places_.empty()) {
      const SummitPlace* first = &summit_places_.front();
      for (const auto& sp : summit_places_)
        if (sp.sentence < first->sentence) first = &sp;
      if (first->sentence <= 2) place = &first->place;
    }
    if (!place) {
      std::size_t best_d = 0;
      for (const auto& sp : summit_places_) {
        const std::size_t d = sp.sentence <= si ? si - sp.sentence : sp.sentence - si;
        if ((d <= 4 || summit_here || one_summit) && (!place || d < best_d)) {
          place = &sp.place;
          best_d = d;
        }
      }
    }
    // "… hebben vandaag in Tunis een overeenkomst gesloten. Het memorandum werd ondertekend …, in
    // aanwezigheid van …": the signing or talks just placed.
    if (!place && si > 0) {
      auto act = [&](std::size_t k) {
        return !triggers(k, {Cat::kTreatyNoun, Cat::kTreatyAction, Cat::kMeetingNoun, Cat::kMeetingVerb}).empty();
      };
      if (act(si) && act(si - 1)) place = located_place(si - 1);
    }
    if (!place) continue;
    const bool fut = future(si, t.b, t.e);
    for (const ActorMention* c : envoy_countries(si, t.e)) {
      if (c->country == place->country) continue;
      Draft d = visit_draft(si, t.b, t.e, c->actor, place->country);
      d.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "occurred";
      set_dates(d, si, t.b, fut, true);
      summit_date(d, place);
      d.confidence = 0.5;
      emit(d);
    }
    std::set<std::string> seen;
    for (const auto& m : ms) {
      // The guests follow the cue; with "figuran entre los … presentes", "were among those present"
      // they come before it, in its clause.
      const bool in_list = t.ival == 2 ? m.end <= t.b : m.begin >= t.e;
      if (m.kind != ActorKind::kPerson || !in_list || m.actor.empty() || (m.country.empty() && !international(m.actor)) ||
          m.country == place->country || m.via == Via::kPronoun || m.via == Via::kPossessive)
        continue;
      if (!visiting_official(m) || at_seat(m.actor, place->country) || !seen.insert(m.actor).second) continue;
      Draft d = visit_draft(si, t.b, t.e, m.actor, place->country);
      d.ev.status = cancelled(si) ? "cancelled" : fut ? "announced" : "occurred";
      set_dates(d, si, t.b, fut, true);
      summit_date(d, place);
      d.confidence = 0.6;
      emit(d);
    }
  }
}

// Countries that send someone unnamed: "the heads of state of Kyrgyzstan and Tajikistan", "die
// Staatschefs von Kirgistan", "eine Delegation aus Turkmenistan" (from token `from` on).
std::vector<const ActorMention*> Extractor::envoy_countries(std::size_t si, std::size_t from) const {
  std::vector<const ActorMention*> out;
  const auto& ms = mentions(si);
  for (std::size_t k = from; k < sent(si).last; ++k) {
    const bool title = ctx_.find(k, Cat::kTitle) != nullptr, deleg = ctx_.find(k, Cat::kDelegation) != nullptr;
    if (!title && !deleg) continue;
    std::size_t q = (title ? ctx_.find(k, Cat::kTitle) : ctx_.find(k, Cat::kDelegation))->end;
    const Match* link = ctx_.find(q, Cat::kOf, sent(si).last);
    if (!link) link = ctx_.find(q, Cat::kFromPrep, sent(si).last);
    if (!link) continue;
    q = link->end;
    while (q < sent(si).last && ctx_.find(q, Cat::kDeterminer, q + 1)) ++q;
    // The first country and those joined to it ("von Kirgistan und Tadschikistan"); not one whose
    // envoy is named right after it ("los presidentes de Chile, Gabriel Boric; Paraguay, …").
    for (const auto& m : ms) {
      if (m.begin < q || m.kind != ActorKind::kCountry || m.weak() || m.via == Via::kTwoCountries) continue;
      if (m.begin > q && !(toks_[m.begin - 1].norm == "," || toks_[m.begin - 1].norm == ";" || ctx_.covering(m.begin - 1, Cat::kAnd)))
        break;
      const ActorMention* named = nullptr;
      for (const auto& p : ms)
        if (p.kind == ActorKind::kPerson && !p.actor.empty() && p.country == m.country &&
            (p.begin == m.end || (p.begin == m.end + 1 && toks_[m.end].norm == ",")))
          named = &p;
      if (!named) out.push_back(&m);
      q = (named ? named->end : m.end) + 1;
    }
  }
  return out;
}

// Is mention m after a locative preposition ("in Beijing", "at the White House", "à l'Élysée")?
// "en la capital, Port Moresby", "in the capital, Astana": the capital named in apposition.
bool Extractor::capital_apposition(std::size_t si, const ActorMention& m) const {
  return m.begin > sent(si).first + 2 && toks_[m.begin - 1].norm == "," && ctx_.covering(m.begin - 2, Cat::kCapitalWord);
}

bool Extractor::located_at(std::size_t si, const ActorMention& m) const {
  std::size_t b = m.begin;
  if (capital_apposition(si, m)) --b;
  // (Not another preposition's object: "at odds with Baghdad".)
  for (std::size_t k = b; k > sent(si).first && k + 3 > b; --k)
    if (const Match* l = ctx_.find(k - 1, Cat::kLocative, b); l && l->end >= k && !ctx_.any(l->end, b, Cat::kWith)) return true;
  // "in the Kazakh port city of Aktau", "dans la ville portuaire de Sotchi"
  if (b > sent(si).first + 2 && ctx_.covering(b - 1, Cat::kOf))
    for (std::size_t k = b - 1; k > sent(si).first && k + 7 > b; --k) {
      if (toks_[k - 1].norm == "," || toks_[k - 1].norm == ";") break;
      if (!ctx_.find(k - 1, Cat::kLocative, k)) continue;
      // (a noun phrase after the preposition: not "venu à Paris directement de Madrid")
      bool noun_phrase = ctx_.find(k, Cat::kDeterminer, k + 1) != nullptr;
      if (!noun_phrase && !ctx_.lang.capitalized_nouns) {
        noun_phrase = true;
        for (std::size_t q = k; q + 1 < b; ++q) noun_phrase &= !toks_[q].upper_initial;
      }
      return noun_phrase;
    }
  return false;
}

// The last place the sentence puts something at: "in Beijing", "à Biarritz" (not a building).
const ActorMention* Extractor::located_place(std::size_t si) const {
  const ActorMention* place = nullptr;
  for (const auto& m : mentions(si))
    if ((m.via == Via::kPlace || m.via == Via::kCapital) && !m.building && m.begin > sent(si).first && located_at(si, m))
      place = &m;
  return place;
}

// A visit of `visitor` to `country`, its trigger at [tb, te) in sentence si.
Draft Extractor::visit_draft(std::size_t si, std::size_t tb, std::size_t te, const std::string& visitor,
                             const std::string& country) const {
  Draft d = new_draft(si, tb, te, "visit");
  add_participant(d.ev, "visitor", visitor);
  add_participant(d.ev, "destination", "country/" + country);
  return d;
}

// A person before a host or invitation verb (the first, or the nearest) and the person right
// after it (within `window` tokens): host and guest. Neither is possessive; both have a country.
std::pair<const ActorMention*, const ActorMention*> Extractor::host_and_guest(std::size_t si, const Trigger& t,
                                                                               bool nearest_host, std::size_t window) const {
  const ActorMention* host = nullptr;
  const ActorMention* guest = nullptr;
  // (The host is in the verb's own clause: "… attendu à Belgrade … ; là, le premier ministre,
  // Viktor Orban, le recevra".)
  std::size_t clause = sent(si).first;
  for (std::size_t k = sent(si).first; k < t.b; ++k)
    if (toks_[k].norm == ";") clause = k + 1;
  // (A time may come first: "a accueilli, lundi 29 mai, le président russe, Vladimir Poutine".)
  for (const auto& te : ctx_.sentences[si].times)
    if (te.begin >= t.e && te.begin <= t.e + 3) window += te.end - t.e + 1;
  for (const auto& m : mentions(si)) {
    if (m.kind != ActorKind::kPerson || m.actor.empty() || m.country.empty() || m.via == Via::kPossessive) continue;
    if (m.end <= t.b && m.begin >= clause && !speaker(si, m) && (nearest_host || !host)) host = &m;
    if (!guest && m.begin >= t.e && m.begin <= t.e + window) guest = &m;
  }
  return {host, guest};
}

// "Xi Jinping received Vladimir Putin in Beijing", "Macron hat Scholz empfangen": the guest is
// on a visit to the host's country (or to the place named).
void Extractor::hosted(std::size_t si) {
  const auto& ms = mentions(si);
  for (const Trigger& t : triggers(si, {Cat::kHostVerb})) {
    if (polarity(si, t.b, t.e) != Polarity::kPositive) continue;
    auto [host, guest] = host_and_guest(si, t, false, 6);  // the host: the subject, first
    // Verb second with a pronoun first: an object form is the guest, the name after it the host
    // ("Am Freitag empfing ihn Kremlchef Putin in Moskau"); a subject form is the host ("In Berlin
    // empfing er seine Kollegen Sergej Lawrow …"), unless a passive's agent follows ("Empfangen
    // wurde er von Präsident Macky Sall").
    if (ctx_.lang.verb_last && !host && guest && guest->via == Via::kPronoun) {
      const ActorMention* pronoun = guest;
      const bool object_form = ctx_.find(pronoun->begin, Cat::kObjectPronoun, pronoun->end) != nullptr;
      const ActorMention* named = nullptr;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && !m.country.empty() && m.begin >= pronoun->end &&
            m.begin <= pronoun->end + (object_form ? 4 : 6) && m.via != Via::kPronoun && m.via != Via::kPossessive &&
            m.actor != pronoun->actor) {
          named = &m;
          break;
        }
      const bool named_hosts = object_form || (named && ctx_.any(pronoun->end, named->begin, Cat::kBy));
      host = named_hosts ? named : pronoun;
      guest = named_hosts ? pronoun : named;
    }
    // Passive: "Putin was received (on Friday) by Xi" — the agent after "by" hosts the subject.
    // (A time may come between, "a été reçu pendant une cinquantaine de minutes par Fidel Castro";
    // not a person: "received Putin by the lake".)
    std::size_t by = SIZE_MAX;
    for (std::size_t k = t.e; k < sent(si).last && k < t.e + 8 && by == SIZE_MAX && toks_[k].norm != ","; ++k) {
      if (std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.kind == ActorKind::kPerson && m.begin >= t.e && m.begin < k; }))
        break;
      if (const Match* bm = ctx_.find(k, Cat::kBy, k + 1)) by = bm->end;
    }
    // Verb last: "Selenskyj wurde am Vormittag von Amherd begrüsst" — the agent comes before.
    if (by == SIZE_MAX && ctx_.lang.verb_last && host)
      for (std::size_t k = host->end; k < t.b && by == SIZE_MAX; ++k)
        if (const Match* bm = ctx_.find(k, Cat::kBy, k + 1); bm && bm->end < t.b) by = bm->end;
    if (by != SIZE_MAX) {
      const ActorMention* agent = nullptr;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && !m.country.empty() && m.begin >= by &&
            m.begin <= by + 4 && &m != host) {
          agent = &m;
          break;
        }
      guest = host;
      host = agent;
    }
    // Verb-second and verb-final languages: "hat … Scholz empfangen" — both before the verb.
    else if (host && !guest && ctx_.lang.verb_last)
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && &m != host && m.begin >= host->end && m.end <= t.b && !m.actor.empty() &&
            !m.country.empty() && m.actor != host->actor && !ctx_.any(host->end, m.begin, Cat::kAnd) &&  // not "A en B ontvingen"
            m.via != Via::kTwoPersons)  // ("…, beide hätten zugesagt, die Staatschefs zu empfangen": "beide" receive)
          guest = &m;
    if (!host || !guest || host->actor == guest->actor) continue;
    const ActorMention* place = located_place(si);
    if (place && place->end <= host->begin) {
      if (semicolon_between(place->end, host->begin)) place = nullptr;  // a place told before the host's clause is not where he receives
    }
    const std::string dest = place ? place->country : host->country;
    // "greeted President Reagan, Japanese Prime Minister Yasuhiro Nakasone, … and British Prime
    // Minister Margaret Thatcher": every guest of the list.
    for (const ActorMention* g : list_from(si, *guest)) {
      if (g->actor == host->actor || g->country == host->country || dest == g->country || !visiting_official(*g)) continue;
      Draft d = visit_draft(si, t.b, t.e, g->actor, dest);
      add_participant(d.ev, "host", host->actor);
      finish(d, si, t.b, t.e, "announced", "occurred", 0.7);
    }
  }
}

// Are tokens [b, e) only what joins the names of a list: commas, "and", titles, demonyms,
// determiners, capitalised words ("Reagan, Japanese Prime Minister Nakasone and …")?
bool Extractor::joined(std::size_t si, std::size_t b, std::size_t e) const { return ctx_.list_joint(mentions(si), b, e); }

// A list of persons starting with `first`: the persons after it joined only by commas, "and",
// titles, demonyms and determiners ("Reagan, Japanese Prime Minister Nakasone and Kohl").
std::vector<const ActorMention*> Extractor::list_from(std::size_t si, const ActorMention& first) const {
  std::vector<const ActorMention*> out = {&first};
  const auto& ms = mentions(si);
  std::size_t pos = first.end;
  for (const auto& m : ms) {
    if (m.begin < pos || m.kind != ActorKind::kPerson || m.actor.empty() || (m.country.empty() && !international(m.actor))) continue;
    if (!joined(si, pos, m.begin)) break;
    out.push_back(&m);
    pos = m.end;
  }
  return out;
}

// Is token pos inside quotation marks (counting the marks since the sentence start)?
bool Extractor::in_quote(std::size_t si, std::size_t pos) const {
  const Sentence& s = sent(si);
  bool inside = false;
  for (std::size_t i = s.first; i < pos && i < s.last; ++i) {
    const std::string& n = toks_[i].norm;
    if (n == "\"" || n == "“" || n == "”" || n == "«" || n == "»" || n == "„") inside = !inside;
  }
  return inside;
}

// A person who reports rather than acts: "…, aldus woordvoerder Zhao", "…, said Shultz",
// "Elie Honig said via Twitter".
bool Extractor::speaker(std::size_t si, const ActorMention& m) const {
  const Sentence& s = sent(si);
  std::size_t k = m.end;
  const bool comma = k < s.last && toks_[k].norm == ",";
  if (comma) ++k;
  const Match* v = k < s.last ? ctx_.find(k, Cat::kSpeechVerb) : nullptr;
  if (!v && k < s.last) v = ctx_.find(k, Cat::kReport);
  if (v) {
    // (Not when the verb has its own subject after it: "… met president Emmanuel Macron, meldt
    // zijn kantoor", "…, said his spokesman".)
    const std::size_t after = v->end;
    const bool own_subject = comma && after < s.last &&
                             (ctx_.find(after, Cat::kPossessive, after + 1) || ctx_.find(after, Cat::kDeterminer, after + 1) ||
                              ctx_.find(after, Cat::kTitle) ||
                              std::any_of(mentions(si).begin(), mentions(si).end(), [&](const ActorMention& o) {
                                return o.begin == after && o.kind == ActorKind::kPerson && o.via != Via::kPronoun;
                              }));
    if (!own_subject) return true;
  }
  std::size_t b = m.begin;
  b = title_start(si, b);  // "aldus woordvoerder Zhao Lijian"
  // (A talk with someone is no report: "In Accra sprach sie mit Staatschef Akufo-Addo".)
  if (m.end < s.last && ctx_.find(m.end, Cat::kWith, m.end + 1)) return false;
  return b > s.first && (ctx_.covering(b - 1, Cat::kSpeechVerb) || ctx_.covering(b - 1, Cat::kReport) ||
                         ctx_.covering(b - 1, Cat::kAccordingTo));
}

// First pass over the article: where its summits are held ("de G-20 top in Japan", "the Niamey
// summit"), so that other mentions of the summit ("tijdens de G-20") know the place.
// The organisation a summit belongs to: "G-20 top", "AU summit", "EU-Gipfel".
std::string Extractor::summit_org(std::size_t si, const Trigger& t) const {
  for (const auto& m : mentions(si))
    if (m.kind == ActorKind::kOrganization && m.begin <= t.e && m.end + 2 >= t.b) return m.actor;
  return {};
}

// The dates a summit mention states ("the summit on Saturday"), given to its place; with
// `day_only`, only a stated day counts. False when the mention states none.
bool Extractor::summit_day(std::size_t si, const Trigger& t, SummitPlace& sp, bool day_only) const {
  Draft tmp;
  set_dates(tmp, si, t.b, future(si, t.b, t.e), false);
  if (tmp.ev.date_source != "text" || (day_only && !tmp.ev.start.has_day())) return false;
  sp.date = tmp.ev.start;
  sp.end = tmp.ev.end;
  return true;
}

void Extractor::locate_summits() {
  std::size_t first_summit = SIZE_MAX;
  for (std::size_t si = 0; si < ctx_.doc.sentences.size(); ++si) {
    if (first_summit == SIZE_MAX && !triggers(si, {Cat::kSummit}).empty()) first_summit = si;
    const auto& ms = mentions(si);
    for (const Trigger& t : triggers(si, {Cat::kSummit})) {
      // (Not the next one: "…, which will host next year's summit in Rio de Janeiro".)
      if (next_one(si, t)) continue;
      const std::size_t placed = summit_places_.size();
      locate_summit(si, t, ms);
      if (summit_places_.size() > placed) summit_day(si, t, summit_places_.back(), false);
    }
  }
  // A summit placed without a day (a headline: "Friedensgipfel auf dem Bürgenstock: …") takes
  // the day of the next mention of a summit that has one, a few sentences on.
  for (auto& sp : summit_places_) {
    if (sp.date.has_day()) continue;
    for (std::size_t si = sp.sentence + 1; si < ctx_.doc.sentences.size() && si <= sp.sentence + 4 && !sp.date.has_day(); ++si)
      for (const Trigger& t : triggers(si, {Cat::kSummit}))
        if (summit_day(si, t, sp, true)) break;
  }
  summit_at_host(first_summit);
}

// A gathering whose place the article never names is where its host governs ("Gastgeberin ist
// Bundespräsidentin Viola Amherd", "the host, Italian Prime Minister Fanfani").
void Extractor::summit_at_host(std::size_t first_summit) {
  if (first_summit == SIZE_MAX) return;
  for (const auto& sp : summit_places_)
    if (sp.sentence <= first_summit + 2) return;  // the article's first gathering is placed
  for (std::size_t si = first_summit; si < ctx_.doc.sentences.size() && si <= first_summit + 4; ++si)
    for (std::size_t k = sent(si).first; k < sent(si).last; ++k) {
      const Match* h = ctx_.find(k, Cat::kHostNoun);
      if (!h) continue;
      for (const auto& m : mentions(si))
        if (m.kind == ActorKind::kPerson && !m.country.empty() && !m.actor.empty() &&
            ((m.begin >= h->end && m.begin <= h->end + 5) || (m.end <= k && m.end + 3 >= k))) {
          ActorMention at;
          at.actor = "country/" + m.country;
          at.country = m.country;
          at.kind = ActorKind::kCountry;
          at.via = Via::kHere;
          at.begin = m.begin;
          at.end = m.end;
          SummitPlace sp{first_summit, std::string(), at};
          // Its date: that of the first of its mentions that has one.
          for (std::size_t q = first_summit; q < ctx_.doc.sentences.size() && q <= first_summit + 2 && sp.date.empty(); ++q)
            for (const Trigger& t : triggers(q, {Cat::kSummit}))
              if (summit_day(q, t, sp, false)) break;
          summit_places_.insert(summit_places_.begin(), sp);
          return;
        }
    }
}

void Extractor::locate_summit(std::size_t si, const Trigger& t, const std::vector<ActorMention>& ms) {
  const std::string org = summit_org(si, t);
  // (In the summit's own clause: not "during the ceremony, wounding two people in Ashdod".)
  // (Nor what the summit is about: "die Konferenz zum Frieden in der Ukraine".)
  auto same_clause = [&](const ActorMention* m) {
    for (std::size_t k = t.e; k < m->begin; ++k)
      if (toks_[k].norm == "," || toks_[k].norm == ";" || ctx_.find(k, Cat::kTopic, k + 1)) return false;
    return true;
  };
  auto after = countries_after_prep(si, t.e, 6, Cat::kDestPrep);
  if (after.empty()) after = countries_after_prep(si, t.e, 6, Cat::kLocative);
  if (!after.empty() && same_clause(after.front())) {
    summit_places_.push_back({si, org, *after.front()});
    return;
  }
  // "met in Niamey, Niger's capital, for an AU summit", "the Niamey summit"
  // ("a stop in Sydney, where he was due to meet the leaders of Australia, India and Japan for a
  // summit": a relative clause about the place holds the summit.)
  auto clause_of_place = [&](const ActorMention& m) {
    if (m.end + 2 >= t.b || toks_[m.end].norm != "," || !ctx_.find(m.end + 1, Cat::kRelative, m.end + 2)) return false;
    for (std::size_t k = m.end + 2; k < t.b; ++k) {
      const bool in_list = toks_[k].norm == "," && std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) { return o.begin == k + 1; });
      if ((toks_[k].norm == "," && !in_list) || toks_[k].norm == ";") return false;
    }
    return m.end + 20 >= t.b;
  };
  const ActorMention* before = nullptr;
  for (const auto& m : ms)
    if ((m.via == Via::kPlace || m.via == Via::kCapital) && m.end <= t.b &&
        ((m.end + 12 >= t.b && (m.end + 1 >= t.b || (m.begin > sent(si).first && located_at(si, m)))) || clause_of_place(m)))
      before = &m;
  if (before) {
    summit_places_.push_back({si, org, *before});
    return;
  }
  // "La VII Cumbre de la Celac comenzó este martes en un hotel del centro de Buenos Aires":
  // a place the sentence puts it at, further on.
  // (Not the subject of a clause about the summit: "una cumbre europea en la que Budapest amenaza".)
  auto clause_subject = [&](const ActorMention& m) {
    return ctx_.covering(m.begin - 1, Cat::kRelative) && !ctx_.covering(m.begin - 1, Cat::kDeterminer) &&
           !ctx_.covering(m.begin - 1, Cat::kLocative);
  };
  const ActorMention* further = nullptr;
  for (const auto& m : ms)
    if ((m.via == Via::kPlace || m.via == Via::kCapital) && (!m.building || located_at(si, m)) && m.begin > t.e && !further &&
        !clause_subject(m) &&
        std::none_of(toks_.begin() + static_cast<std::ptrdiff_t>(t.e), toks_.begin() + static_cast<std::ptrdiff_t>(m.begin),
                     [](const Token& x) { return x.norm == "," || x.norm == ";"; }))  // in the same clause
      for (std::size_t k = m.begin; k > sent(si).first && k + 7 > m.begin && !further; --k)
        if (ctx_.find(k - 1, Cat::kLocative, k)) further = &m;
  if (further) {
    summit_places_.push_back({si, org, *further});
    return;
  }
  // A datelined story about a summit that names no place ("VENICE, June 8 - Leaders … opened
  // their annual summit today", "que Biden inauguró … en esta ciudad"): it is held there.
  const bool here = std::any_of(ms.begin(), ms.end(), [](const ActorMention& m) { return m.via == Via::kHere; });
  if (!ctx_.dateline_country.empty() && (si <= 2 || here)) {
    ActorMention dl;
    dl.actor = "country/" + ctx_.dateline_country;
    dl.country = ctx_.dateline_country;
    dl.kind = ActorKind::kCountry;
    dl.via = Via::kHere;
    dl.begin = static_cast<std::uint32_t>(t.b);
    dl.end = static_cast<std::uint32_t>(t.e);
    summit_places_.push_back({si, org, dl});
  }
}

// The place of the summit nearest to sentence si (before it, else after): the same
// organisation's summit when it has one.
const ActorMention* Extractor::summit_place(std::size_t si, const std::string& org) const {
  const ActorMention* best = nullptr;
  std::size_t best_d = 0;
  // (The article's own summit, placed in its opening sentences, over one told in passing two or
  // more sentences back: "Al margen de la cumbre" after "decidida … en la cumbre de Mendoza".)
  const SummitPlace* main = nullptr;
  for (const auto& sp : summit_places_)
    if ((sp.org == org || org.empty()) && sp.sentence <= 3 && (!main || sp.sentence < main->sentence)) main = &sp;
  for (const auto& sp : summit_places_) {
    if (sp.org != org && !(org.empty() && &sp == main)) continue;
    std::size_t d = sp.sentence <= si ? (si - sp.sentence) * 2 : (sp.sentence - si) * 2 + 1;
    if (main && &sp != main && d > 2 && sp.place.country != main->place.country) d += 100;
    if (!best || d < best_d) {
      best = &sp.place;
      best_d = d;
    }
  }
  return best;
}

// The most recent person of `country` named so far.
const ActorMention* Extractor::official_of(std::size_t si, const std::string& country) const {
  for (std::size_t back = 0; back <= si; ++back) {
    const auto& ms = mentions(si - back);
    for (auto it = ms.rbegin(); it != ms.rend(); ++it)
      if (it->kind == ActorKind::kPerson && it->country == country && !it->actor.empty()) return &*it;
  }
  return nullptr;
}

// Who can be "on a visit" by being somewhere: office holders (registry persons, or persons named
// with a political title), not ambassadors posted there, correspondents or analysts.
bool Extractor::visiting_official(const ActorMention& p) const {
  static const std::set<std::string> kOffices = {"head_of_state", "head_of_government", "foreign_minister", "minister",
                                                 "deputy_head_of_government", "vice_president", "leader", "royal",
                                                 "envoy", "secretary_general", "politician", "official", "spokesperson"};
  auto it = ctx_.actors.find(p.actor);
  if (it == ctx_.actors.end()) return false;
  const auto roles = ctx_.person_roles.find(p.actor);
  if (roles != ctx_.person_roles.end()) {
    if (roles->second.count("ambassador") || roles->second.count("diplomat") || roles->second.count("expert")) return false;
    for (const auto& r : roles->second)
      if (kOffices.count(r)) return true;
  }
  return it->second.registry;
}

// A royal or a spouse who travels with a head of state leads no visit of their own ("Koning Filip
// en koningin Mathilde", "Trump and First Lady Melania Trump"): a spouse, a royal without an
// office, or a second "head of state" of the same country.
bool Extractor::consort(const std::string& person, const std::string& with) const {
  auto has_role = [&](const std::string& id, const char* role) {
    const auto roles = ctx_.person_roles.find(id);
    if (roles != ctx_.person_roles.end() && roles->second.count(role)) return true;
    if (const PersonInfo* p = id.rfind("person/", 0) == 0 ? ctx_.res.person(id.substr(7)) : nullptr)
      for (const auto& r : p->roles)
        if (r.covers(ctx_.published()) && r.role == role) return true;
    return false;
  };
  if (has_role(person, "spouse") || has_role(person, "royal")) {
    if (!has_role(person, "head_of_government") && !has_role(person, "minister") && !has_role(person, "foreign_minister"))
      return true;
  }
  const auto a = ctx_.actors.find(person), b = ctx_.actors.find(with);
  if (a != ctx_.actors.end() && b != ctx_.actors.end() && !a->second.country.empty() && a->second.country == b->second.country &&
      has_role(person, "head_of_state") && has_role(with, "head_of_state"))
    return true;
  const auto roles = ctx_.person_roles.find(person);
  if (roles != ctx_.person_roles.end() && (roles->second.count("spouse") || roles->second.count("royal"))) return true;
  // An official of the same country without an office of state beside a minister or leader comes
  // along: "Funaro and central bank president Gros … will visit Britain, France …".
  auto of_state = [&](const std::string& id) {
    return has_role(id, "head_of_state") || has_role(id, "head_of_government") || has_role(id, "minister") ||
           has_role(id, "foreign_minister") || has_role(id, "deputy_head_of_government") || has_role(id, "vice_president");
  };
  if (a != ctx_.actors.end() && b != ctx_.actors.end() && !a->second.country.empty() && a->second.country == b->second.country &&
      has_role(person, "official") && !of_state(person) && of_state(with))
    return true;
  if (const PersonInfo* p = person.rfind("person/", 0) == 0 ? ctx_.res.person(person.substr(7)) : nullptr) {
    bool office = false, royal = false;
    for (const auto& r : p->roles) {
      if (!r.covers(ctx_.published())) continue;
      (r.role == "royal" ? royal : office) = true;
    }
    return royal && !office;
  }
  return false;
}

// A registry person whose office now is in an international organisation (Tusk, von der Leyen).
bool Extractor::international(const std::string& person) const {
  const PersonInfo* p = person.rfind("person/", 0) == 0 ? ctx_.res.person(person.substr(7)) : nullptr;
  if (!p) return false;
  for (const auto& r : p->roles)
    if (!r.org.empty() && r.covers(ctx_.published())) return true;
  return false;
}

// An international official in the country where their organisation sits is at work, not on a
// visit (Tusk and Juncker in Brussels).
bool Extractor::at_seat(const std::string& person, const std::string& country) const {
  if (person.rfind("person/", 0) != 0) return false;
  const PersonInfo* p = ctx_.res.person(person.substr(7));
  if (!p) return false;
  for (const auto& r : p->roles) {
    if (r.org.empty() || !r.covers(ctx_.published())) continue;
    for (const OrgInfo* o = ctx_.res.organization(r.org); o; o = o->part_of.empty() ? nullptr : ctx_.res.organization(o->part_of))
      if (o->seat == country) return true;
  }
  return false;
}

// "Bruselas y Santiago cerraron la negociación": in an article about the EU, the city where it
// sits stands for it (as a party or an economy), not for Belgium. The organisation: one named in
// the article whose seat is that capital's country.
std::string Extractor::seat_org(const ActorMention& m) const {
  if (m.via != Via::kCapital || m.building) return {};
  for (const auto& [id, a] : ctx_.actors) {
    if (a.kind != ActorKind::kOrganization || id.rfind("org/", 0) != 0) continue;
    const OrgInfo* o = ctx_.res.organization(id.substr(4));
    if (o && o->type == "IntergovernmentalOrganization" && o->seat == m.country && o->part_of.empty()) return id;
  }
  return {};
}

// Presence: a foreign official placed somewhere by the text is on a visit there.
//  - "… said in Dalian", "while in New York", "told reporters in Brussels": a person and a place
//    abroad after a locative preposition;
//  - "the accord was signed here by Nigerian Finance Minister …": "here" in a datelined story;
//  - a datelined story in which a foreign official holds talks or signs ("during talks today").
void Extractor::presence(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  if (polarity(si, s.first, s.first) == Polarity::kNegated) return;
  for (const auto& t : triggers(si, {Cat::kPhoneNoun, Cat::kPhoneVerb, Cat::kPhonePhrase}))
    if (t.ival == 0) return;  // talking on the phone puts nobody anywhere
  auto emit_presence = [&](const ActorMention& person, const std::string& country, std::size_t tb, std::size_t te,
                           std::size_t cut_at = SIZE_MAX) {
    if (at_seat(person.actor, country)) return;
    // (The tense of the place's own clause: "Arrivé dimanche dans la capitale, le dirigeant doit
    // repartir mardi" was there on Sunday.)
    const bool fut = future(si, tb, te);
    Draft d = visit_draft(si, tb, te, person.actor, country);
    // (Said there, what is said is no cancellation: "Funaro said on Saturday in Washington that Brazil
    // would not have suspended payment"; a plan given up later in the sentence is: "devait faire étape
    // lundi à Moscou …; il y a renoncé".)
    const bool said_there = ctx_.any(s.first, tb, Cat::kSpeechVerb) && ctx_.any(te, s.last, Cat::kComplementizer);
    d.ev.status = (said_there ? cancelled(si, tb, te) : cancelled(si)) ? "cancelled" : fut ? "announced" : "under_way";
    // Dates after a comma that follows the place belong to what comes next ("in New York, on a
    // trip that set up talks next month"); fronted ones ("On Monday, in Berlin, …") still count.
    // (A place fronted before its person is no such case: "Bajo los telescopios …, en la Región
    // de Antofagasta, los presidentes … firmaron ayer".)
    std::size_t cut = std::min<std::size_t>(s.last, cut_at);
    for (std::size_t k = te; k < cut && person.begin < tb; ++k) {
      if (toks_[k].norm != "," && toks_[k].norm != ";") continue;
      bool date_next = false;  // "à Kiev, le 16 juin": a date in apposition to the place
      for (const auto& tx : ctx_.sentences[si].times) date_next |= tx.begin >= k + 1 && tx.begin <= k + 2;
      // (or its country: "in Zurich, Switzerland, on October 6")
      for (const auto& m : ms) date_next |= m.begin == k + 1 && m.kind == ActorKind::kCountry && m.country == country;
      if (date_next) continue;
      cut = k;
      break;
    }
    set_dates(d, si, tb, fut, true, cut, s.last);
    d.confidence = 0.55;
    emit(d);
  };
  const auto gatherings = triggers(si, {Cat::kSummit, Cat::kMeetingNoun});
  for (const auto& place : ms) {
    // A government building ("l'Elysée", "the Kremlin") stands for a government, not a place one
    // is seen at.
    const bool located = (place.via == Via::kPlace || place.via == Via::kCapital) && !place.building;
    const bool here = place.via == Via::kHere;
    if (!located && !here) continue;
    if (located) {
      // "in Dalian", "in the northeast city of Dalian"; not "in its Washington embassy", nor "à
      // son hôte de peser sur Moscou" (more than a word between, and no "of" before the place).
      std::size_t k = place.begin;
      // (The preposition may be of several words: "près de Saint-Pétersbourg".)
      auto locative_ends = [&](std::size_t j) {
        const Match* l = ctx_.covering(j, Cat::kLocative);
        return l && l->end == j + 1;
      };
      while (k > s.first && k + 6 > place.begin && !locative_ends(k - 1)) --k;
      if (k == s.first || !locative_ends(k - 1)) continue;
      const bool country_word_before = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
        return m.kind == ActorKind::kCountry && m.end == place.begin;  // "in het Zwitserse Davos"
      });
      // (A noun phrase of nouns in a language that writes them capitalised: "in der Aula der
      // Universität Zürich".)
      bool noun_phrase = ctx_.lang.capitalized_nouns && place.begin > k + 1;
      for (std::size_t q = k; q < place.begin && noun_phrase; ++q)
        noun_phrase = ctx_.covering(q, Cat::kDeterminer) || ctx_.covering(q, Cat::kOf) || (toks_[q].is_word() && toks_[q].upper_initial);
      // An attribute of a thing: "die in Doha vereinbarte Freilassung", "de in Doha overeengekomen
      // vrijlating" (not of a person: "der in Berlin weilende Präsident").
      if (k > s.first + 1 && ctx_.find(k - 2, Cat::kDeterminer, k - 1) && place.end + 1 < s.last && toks_[place.end].is_word() &&
          !toks_[place.end].upper_initial && !ctx_.covering(place.end + 1, Cat::kTitle) &&
          std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.begin == place.end + 1; }))
        continue;
      if (place.begin > k + 1 && !ctx_.covering(place.begin - 1, Cat::kOf) && !ctx_.covering(place.begin - 1, Cat::kCapitalWord) &&
          !ctx_.covering(place.begin - 1, Cat::kDeterminer) && !country_word_before && !capital_apposition(si, place) && !noun_phrase)
        continue;
      // A modifier: "Washington embassy" (not "Bishkek on Saturday": a time follows).
      const bool time_next = std::any_of(ctx_.sentences[si].times.begin(), ctx_.sentences[si].times.end(),
                                         [&](const TimeExpr& te) { return te.begin == place.end + 1 || te.begin == place.end; });
      // (English puts such modifiers before their noun; other languages do not: "in Tunis om een
      // eerste bod te doen".)
      if (ctx_.lang.code == "en" && place.end < s.last && toks_[place.end].is_word() && !toks_[place.end].upper_initial &&
          ctx_.lang_at(place.end).empty() && !time_next)
        continue;
    }
    if (here && !ctx_.any(s.first, s.last, Cat::kTreatyAction) && !ctx_.any(s.first, s.last, Cat::kMeetingNoun)) continue;
    // The place of the next gathering is nobody's whereabouts: "sprak over de volgende top in Washington".
    bool next_gathering = false;
    for (const Trigger& st : gatherings)
      if (st.e <= place.begin && st.e + 8 >= place.begin && next_one(si, st)) next_gathering = true;
    if (next_gathering) continue;
    if (polarity(si, place.begin, place.end) != Polarity::kPositive) continue;  // "a proposed meeting in Geneva"
    // A speaker is where he speaks ("sagte X am Rande … in Brüssel"), not where his words are
    // about ("afirmó que Irán presentará un plan en Ginebra").
    auto reports_elsewhere = [&](const ActorMention& p) {
      // Inside and outside a quotation are different places and times.
      if (in_quote(si, p.begin) != in_quote(si, place.begin)) return true;
      // Named in what someone at the place said: "Ein Regierungsvertreter in Washington sagte,
      // Biden und Xi hätten …".
      if (place.end <= p.begin && (ctx_.any(place.end, p.begin, Cat::kSpeechVerb) || ctx_.any(place.end, p.begin, Cat::kReport)))
        for (std::size_t k = place.end; k < p.begin; ++k)
          if (toks_[k].norm == ",") return true;
      if (!speaker(si, p)) return false;
      if (place.begin < p.begin) return true;  // "[talks in Washington …], Gotoda told reporters"
      return ctx_.any(p.end, place.begin, Cat::kComplementizer);
    };
    // A person written with a place of their own ("Von der Leyen in Brussel en premier Johnson in
    // Londen") is at that place only.
    auto own_place = [&](const ActorMention& p) -> const ActorMention* {
      if (p.end >= s.last || after_with(si, p.begin)) return nullptr;  // ("talks with Xi in Beijing": the guest's place too)
      // (Nor the one met: "met Putin near St Petersburg", "empfing Scholz in Peking".)
      // (A time may stand between: "traf am Samstag Putin bei St. Petersburg".)
      std::size_t b = title_start(si, p.begin);
      for (const auto& te : ctx_.sentences[si].times)
        if (te.end == b) b = te.begin > s.first + 1 && toks_[te.begin - 1].is_word() && !toks_[te.begin - 1].upper_initial ? te.begin - 1 : te.begin;
      if (b > s.first && (ctx_.covering(b - 1, Cat::kMeetingVerb) || ctx_.covering(b - 1, Cat::kHostVerb))) return nullptr;
      const Match* loc = ctx_.find(p.end, Cat::kLocative, s.last);
      if (!loc) return nullptr;
      for (const auto& q : ms)
        if ((q.via == Via::kPlace || q.via == Via::kCapital) && q.begin == loc->end) return &q;
      return nullptr;
    };
    bool claimed = false;
    for (const auto& p : ms) claimed |= p.kind == ActorKind::kPerson && !p.actor.empty() && own_place(p) == &place;
    // A place in a clause about a trip told after a person is where the trip went, not where that
    // person is: "to see his counterpart Nawaz Sharif on the last leg of a trip that began in Moscow".
    auto in_trip_clause = [&](const ActorMention& p) {
      if (p.end > place.begin || p.via == Via::kTwoPersons) return false;
      const Match* trip = nullptr;
      for (std::size_t k = p.end; k < place.begin && !trip; ++k) trip = ctx_.find(k, Cat::kVisitNoun, place.begin);
      return trip && (ctx_.any(trip->end, place.begin, Cat::kRelative) || ctx_.any(trip->end, place.begin, Cat::kComplementizer));
    };
    // "… con el mandatario Peña Nieto, quien se encontraba en Los Pinos": a place in a relative
    // clause about a person is that person's.
    const std::size_t place_clause = relative_clause_of(si, place.begin);
    if (place_clause > s.first + 1)
      for (const auto& p : ms)
        if (p.kind == ActorKind::kPerson && !p.actor.empty() && p.end + 1 == place_clause) claimed = true;
    // The person: the nearest foreign one in the sentence.
    const ActorMention* best = nullptr;
    std::size_t best_dist = 0;
    for (const auto& p : ms) {
      if (p.kind != ActorKind::kPerson || p.actor.empty()) continue;
      const bool rel_owner = place_clause > s.first + 1 && p.end + 1 == place_clause;
      if (const ActorMention* own = own_place(p); own ? own != &place : (claimed && !rel_owner)) continue;
      if (p.country == place.country || in_trip_clause(p)) continue;
      if (p.country.empty() && !international(p.actor)) continue;  // (an EU or UN official has no country)
      // (Who comes along is there too: "traf Putin bei St. Petersburg gemeinsam mit Senegals Präsident
      // Macky Sall".)
      if (p.via == Via::kPossessive || (after_with(si, p.begin) && !along_with(si, p)) || reports_elsewhere(p) || !visiting_official(p)) continue;
      // (Nor who met or received someone after the place: "after two days in Cairo and was met by
      // Foreign Minister Taye" — he met the guest at home.)
      if (p.begin > place.end && after_with(si, p.begin, Cat::kBy) &&
          (ctx_.any(place.end, p.begin, Cat::kMeetingVerb) || ctx_.any(place.end, p.begin, Cat::kHostVerb)))
        continue;
      // (The first of a list of persons before the place is as near as the list's last: "Markus
      // Söder (CSU) und der bulgarische Regierungschef Boiko Borissow unterzeichneten … in Sofia".)
      std::size_t from = p.begin;
      if (p.begin < place.begin)
        for (const ActorMention* q : list_from(si, p))
          if (q->end <= place.begin) from = q->begin;
      const std::size_t dist = from > place.begin ? from - place.begin : place.begin - from;
      if (dist > (p.via == Via::kTwoPersons ? 16u : 14u)) continue;  // ("Het drietal was precies een maand geleden, op 11 juni, ook al in Tunis")
      // The same clause: "canceló la reunión con Putin, por el incidente en el estrecho de Kerch"
      // puts nobody in Kerch.
      // (After the last comma before the place there must be something done: "Sánchez, y el rey
      // Mohamed VI acordaron este jueves en Rabat" is fine.)
      // (After the place, past a comma and a word that opens a clause of its own: "Aliyev signed
      // it in Baku during a video link with Putin, while Pashinyan signed separately in Yerevan".)
      if (p.begin > place.end) {
        bool other_clause = false;
        for (std::size_t k = place.end; k + 1 < p.begin && !other_clause; ++k)
          other_clause = toks_[k].norm == "," && ctx_.find(k + 1, Cat::kComplementizer, k + 2);
        if (other_clause) continue;
      }
      if (p.begin < place.begin) {
        // (Commas around a date do not end the clause: "was een maand geleden, op 11 juni, ook al in Tunis".)
        auto around_time = [&](std::size_t k) {
          for (const auto& te : ctx_.sentences[si].times)
            if (te.end == k || te.begin == k + 1 || (k > 0 && te.begin == k + 2 && toks_[k + 1].is_word() && !toks_[k + 1].upper_initial))
              return true;
          return false;
        };
        std::size_t last_comma = SIZE_MAX;
        for (std::size_t k = p.end; k < place.begin; ++k)
          if ((toks_[k].norm == "," || toks_[k].norm == ";") && !around_time(k) && !(k + 1 == place.begin && capital_apposition(si, place)))
            last_comma = k;
        if (last_comma != SIZE_MAX) {
          bool action = false;
          for (Cat c : {Cat::kArrivalVerb, Cat::kMotionVerb, Cat::kVisitVerb, Cat::kMeetingVerb, Cat::kTreatyAction,
                        Cat::kSpeechVerb, Cat::kReport, Cat::kHostVerb, Cat::kStay})
            action |= ctx_.any(last_comma, place.begin, c);
          // An itinerary: "is due in Ashgabat on Friday, in Bishkek on Saturday and in Dushanbe".
          const bool travel_before = ctx_.any(p.end, last_comma, Cat::kArrivalVerb) || ctx_.any(p.end, last_comma, Cat::kMotionVerb);
          if (!action && !travel_before) continue;
        }
      }
      if (!best || dist < best_dist) {
        best = &p;
        best_dist = dist;
      }
    }
    if (!best) continue;
    // (or persons meeting there: "Lavrov and his Ukrainian counterpart Kuleba are due to meet in Antalya")
    const bool gathering = ctx_.any(s.first, s.last, Cat::kSummit) || ctx_.any(s.first, s.last, Cat::kMeetingNoun) ||
                           ctx_.any(s.first, place.begin, Cat::kMeetingVerb);
    if (!gathering) {
      emit_presence(*best, place.country, place.begin, place.end);
      // "het drietal was … in Tunis": each of them; "Eduard Nalbandjan und Ahmet Davutoglu
      // unterzeichneten in … Zürich": each person of the list the nearest one stands in.
      std::vector<const ActorMention*> with = group_of(si, *best);
      for (const auto& first : ms) {
        // (A possessive opens no list: "Zijn Britse collega Philip Hammond heropende … in Teheran".)
        if (first.kind != ActorKind::kPerson || first.actor.empty() || first.begin > best->begin || first.via == Via::kPossessive) continue;
        const auto list = list_from(si, first);
        if (list.size() > 1 && std::find(list.begin(), list.end(), best) != list.end()) {
          with.insert(with.end(), list.begin(), list.end());
          break;
        }
      }
      std::set<std::string> done = {best->actor};
      for (const ActorMention* p : with)
        if ((!p->country.empty() || international(p->actor)) && p->country != place.country && visiting_official(*p) &&
            (!after_with(si, p->begin) || along_with(si, *p)) && done.insert(p->actor).second)
          emit_presence(*p, place.country, place.begin, place.end);
      continue;
    }
    // "Leaders … met in Niamey …, where Presidents Buhari of Nigeria and Talon of Benin signed":
    // every foreign person of the sentence was there (not one met after travelling on: "… in
    // Moscow and travelled to Kyiv the following day to meet Zelensky").
    std::set<std::string> seen;
    for (const auto& p : ms) {
      if (p.begin > place.end && (ctx_.any(place.end, p.begin, Cat::kMotionVerb) || ctx_.any(place.end, p.begin, Cat::kArrivalVerb)))
        continue;
      // (A place in a relative clause about someone is theirs: "Lula traspasó la presidencia a
      // Peña, que deberá organizar la próxima reunión en Asunción".)
      if (claimed && place_clause > s.first + 1 && p.end + 1 != place_clause && relative_clause_of(si, p.begin) != place_clause) continue;
      if (p.begin > place.end && in_of_phrase(si, p)) continue;  // ("… como sanción por la destitución del presidente Lugo")
      if (in_trip_clause(p)) continue;
      if (p.end <= place.begin && subject_clause_between(si, p, place.begin)) continue;
      if (p.kind == ActorKind::kPerson && !p.actor.empty() && !p.country.empty() && p.country != place.country &&
          (!after_with(si, p.begin) || along_with(si, p)) && !reports_elsewhere(p) && visiting_official(p) && seen.insert(p.actor).second)
        emit_presence(p, place.country, place.begin, place.end);
    }
  }
  // "talks between US adviser Sullivan and Yang Jiechi, the party's top official, in Zurich":
  // the parties of talks placed right after them were there, appositions or not.
  for (const Trigger& t : triggers(si, {Cat::kMeetingNoun})) {
    // The place before those who met: "une rencontre à trois, jeudi à Lviv, dans l'ouest de
    // l'Ukraine, entre Volodymyr Zelensky, le président turc Recep Tayyip Erdogan et …".
    if (t.e < s.last && !ctx_.find(t.e, Cat::kBetween, s.last) && !ctx_.find(t.e, Cat::kWith, s.last)) {
      const ActorMention* place = nullptr;
      for (const auto& m : ms)
        if (m.begin > t.e && m.begin <= t.e + 8 && (m.via == Via::kPlace || m.via == Via::kCapital) && !m.building &&
            ctx_.find(m.begin - 1, Cat::kLocative, m.begin)) {
          place = &m;
          break;
        }
      std::size_t between = SIZE_MAX;
      for (std::size_t k = place ? place->end : s.last; k < s.last && k <= place->end + 12 && between == SIZE_MAX; ++k)
        if (ctx_.find(k, Cat::kBetween, k + 1)) between = k + 1;
      if (!place || between == SIZE_MAX || ctx_.any(t.e, between, Cat::kMeetingNoun)) continue;
      for (const auto& p : ms)
        if (p.kind == ActorKind::kPerson && !p.actor.empty() && p.begin >= between && p.begin <= between + 25 &&
            (!p.country.empty() || international(p.actor)) && p.country != place->country && visiting_official(p) &&
            p.via != Via::kPossessive && p.via != Via::kPronoun)
          emit_presence(p, place->country, place->begin, place->end);
      continue;
    }
    if (t.e >= s.last || !(ctx_.find(t.e, Cat::kBetween, s.last) || ctx_.find(t.e, Cat::kWith, s.last))) continue;
    const ActorMention* place = nullptr;
    for (const auto& m : ms)
      if (m.begin > t.e && m.begin <= t.e + 25 && (m.via == Via::kPlace || m.via == Via::kCapital) && !m.building &&
          (ctx_.find(m.begin - 1, Cat::kLocative, m.begin) ||
           (ctx_.find(m.begin - 1, Cat::kDeterminer, m.begin) && ctx_.find(m.begin - 2, Cat::kLocative, m.begin - 1)))) {
        place = &m;
        break;
      }
    if (!place || ctx_.any(t.e, place->begin, Cat::kMeetingNoun)) continue;
    for (const auto& p : ms)
      if (p.kind == ActorKind::kPerson && !p.actor.empty() && p.begin > t.e && p.end <= place->begin && !p.country.empty() &&
          p.country != place->country && visiting_official(p) && p.via != Via::kPossessive && p.via != Via::kPronoun &&
          !subject_clause_between(si, p, place->begin))
        emit_presence(p, place->country, place->begin, place->end);
  }
  // A foreign official speaking in the opening sentences of a story filed from somewhere else, with
  // no other place named: there ("TOKYO, March 9 - … , visiting British minister Alan Howard told
  // reporters", "NEW YORK - Israel's exports … rose, Economy Minister Gad Yaacobi said"). Not a call,
  // a statement or an interview given from home.
  if (si <= 2 && !ctx_.dateline_country.empty() && !ctx_.any(s.first, s.last, Cat::kPhoneNoun) &&
      !ctx_.any(s.first, s.last, Cat::kPhoneVerb) && !ctx_.any(s.first, s.last, Cat::kPhonePhrase) &&
      std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
        return (m.via == Via::kPlace || m.via == Via::kCapital) && !m.building && m.country != ctx_.dateline_country &&
               m.end > ctx_.dateline_end;
      }) &&
      std::none_of(drafts_.begin(), drafts_.end(), [&](const Draft& x) {
        return !x.anaphoric && x.ev.type == "visit" && role_actor(x.ev, "destination") == "country/" + ctx_.dateline_country;
      }))
    for (const auto& p : ms) {
      if (p.kind != ActorKind::kPerson || p.actor.empty() || p.country.empty() || p.country == ctx_.dateline_country ||
          ctx_.guessed_country.count(p.actor) || (p.via != Via::kName && p.via != Via::kSurname) || !visiting_official(p) ||
          international(p.actor) || after_with(si, p.begin))
        continue;
      const bool speaks = (p.end < s.last && ctx_.covering(p.end, Cat::kSpeechVerb)) ||
                          (p.end + 1 < s.last && toks_[p.end].norm == "," && ctx_.covering(p.end + 1, Cat::kSpeechVerb)) ||
                          (title_start(si, p.begin) > s.first && ctx_.covering(title_start(si, p.begin) - 1, Cat::kSpeechVerb));
      if (!speaks) continue;
      emit_presence(p, ctx_.dateline_country, p.begin, p.end, p.end);
      break;
    }
  // Talks or a signing in a datelined story, by a foreign official, today; or told "here" ("Talking
  // to journalists before a meeting of … Finance Ministers here, Tietmeyer declined …").
  const bool here = std::any_of(ms.begin(), ms.end(), [](const ActorMention& m) { return m.via == Via::kHere; });
  if ((si <= 1 || here) && !ctx_.dateline_country.empty()) {
    const auto talks = here ? triggers(si, {Cat::kMeetingNoun, Cat::kTreatyAction, Cat::kSummit})
                            : triggers(si, {Cat::kMeetingNoun, Cat::kTreatyAction});
    if (talks.empty()) return;
    bool today = here;
    for (const auto& t : ctx_.sentences[si].times)
      today |= (t.kind == TimeKind::kRelDay && t.date == ctx_.published());
    if (!today) return;
    for (const auto& p : ms) {
      if (p.kind != ActorKind::kPerson || p.actor.empty() || p.country.empty() || p.country == ctx_.dateline_country) continue;
      if (p.via == Via::kPronoun || p.via == Via::kPossessive || after_with(si, p.begin) || !visiting_official(p)) continue;
      // (What the official goes on to say is dated by itself: "…, Tietmeyer declined to say whether
      // the February 22 Paris accord …".)
      emit_presence(p, ctx_.dateline_country, talks.front().b, talks.front().e, p.begin > talks.front().e ? p.end : SIZE_MAX);
      break;
    }
  }
}

// ---------------------------------------------------------------- phone calls

void Extractor::phone_calls(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  const auto trigs = triggers(si, {Cat::kPhoneNoun, Cat::kPhoneVerb, Cat::kPhonePhrase});
  bool medium = false, strong = false;
  for (const auto& t : trigs) {
    medium |= t.cat == Cat::kPhonePhrase || t.cat == Cat::kPhoneNoun;
    strong |= (t.cat == Cat::kPhoneNoun || t.cat == Cat::kPhoneVerb) && t.ival == 0;
    // ("in a phone call": a medium phrase holding the noun of a call)
    if (t.cat == Cat::kPhonePhrase)
      for (std::size_t k = t.b; k < t.e && !strong; ++k)
        if (const Match* n = ctx_.find(k, Cat::kPhoneNoun, t.e)) strong = n->payload->ival == 0 && n->end <= t.e;
  }
  // The medium told just before: "Suga has conducted his diplomacy mainly by telephone. He spoke
  // with Trump …", "Fue el segundo contacto telefónico … Sheinbaum y Trump tuvieron una primera
  // conversación".
  // (Only for persons talking: "les deux pays ont échangé des notes" is no call.)
  const bool named_person = std::any_of(ms.begin(), ms.end(), [](const ActorMention& m) {
    return m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kTitleOnly && m.via != Via::kTwoPersons;
  });
  bool medium_before = false;
  // (Not for talks held at a place: "talks between Sullivan and Yang Jiechi in Zurich".)
  // ("Das Gespräch fand am Montagabend statt": "the talk" right after a call is that call.)
  // ("Their previous call took place on Feb. 25": theirs too.)
  const bool definite_talk = std::any_of(trigs.begin(), trigs.end(), [&](const Trigger& t) {
    if (t.b > s.first && ctx_.find(t.b - 1, Cat::kDefinite, t.b) != nullptr) return true;
    for (std::size_t k = t.b > s.first + 2 ? t.b - 2 : s.first; k < t.b; ++k)
      if (ctx_.find(k, Cat::kPossessive, k + 1) &&
          std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.begin == k && m.via == Via::kTwoPersons; }))
        return true;
    return false;
  });
  // ("held talks with Putin in Moscow", "travelled to Moscow for talks with": in person)
  const bool in_person = !medium && !trigs.empty() &&
                         (located_place(si) || !triggers(si, {Cat::kMotionVerb, Cat::kVisitVerb, Cat::kVisitNoun}).empty());
  if (!medium && si > 0 && !trigs.empty() && (named_person || definite_talk) && !in_person) {
    medium = cue_in(sent(si - 1).first, sent(si - 1).last, Cat::kPhonePhrase) ||
             cue_in(sent(si - 1).first, sent(si - 1).last, Cat::kPhoneNoun);
    // (or a calling verb: "… haben miteinander telefoniert. Das Gespräch fand am Montag statt")
    for (const auto& pt : triggers(si - 1, {Cat::kPhoneVerb})) medium |= pt.ival == 0;
    // (or a call found there: "Herzog called Erdoğan to thank him. Bennett spoke with Erdoğan the same day")
    medium |= std::any_of(drafts_.begin(), drafts_.end(),
                          [&](const Draft& x) { return x.ev.type == "phone_call" && !x.anaphoric && x.sentence + 1 == si; });
    medium_before = medium;
  }
  // Two persons whose call the article has already told, talking again: that call ("… a phone
  // call between Trump and Tsai. … Trump and Tsai spoke for ten minutes yesterday").
  if (!medium && !trigs.empty() && !in_person) {
    std::vector<std::string> named;
    for (const auto& m : ms)
      if (m.kind == ActorKind::kPerson && !m.actor.empty() && (m.via == Via::kName || m.via == Via::kSurname))
        named.push_back(m.actor);
    auto party = [](const Draft& x, const std::string& a) {
      return std::any_of(x.ev.participants.begin(), x.ev.participants.end(),
                         [&](const Participant& p) { return p.actor_id == a; });
    };
    for (std::size_t i = 0; i < named.size() && !medium; ++i)
      for (std::size_t j = i + 1; j < named.size() && !medium; ++j)
        medium = named[i] != named[j] && std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& x) {
                   return x.ev.type == "phone_call" && x.sentence < si && party(x, named[i]) && party(x, named[j]);
                 });
  }
  const Trigger* main = nullptr;
  for (const auto& t : trigs) {
    // Talking verbs ("spoke", "sprak") are calls only with a medium ("by phone"); calling verbs
    // ("called", "belde") also with the person called right after them.
    if (t.cat == Cat::kPhoneVerb && t.ival == 1 && !medium) continue;
    if (t.cat == Cat::kPhoneVerb && t.ival == 2 && !medium) {
      // The person called right after the verb, or — verb last, in Dutch and German — right
      // before it ("had Obama Rutte al gebeld").
      bool person_next = false;
      for (const auto& m : ms)
        person_next |= m.kind == ActorKind::kPerson && m.via != Via::kPossessive &&  // (not "called her remarks nasty")
                       !(m.end < s.last && (toks_[m.end].norm == "'s" || toks_[m.end].norm == "’s")) &&  // (nor "called Xi's visit historic")
                       (m.begin == t.e || (ctx_.lang.verb_last && m.end <= t.b && m.end + 2 >= t.b));
      // … or after its time and titles: "a appelé samedi 14 mai son homologue russe, Vladimir Poutine".
      if (!person_next)
        for (const auto& m : ms) {
          if (m.kind != ActorKind::kPerson || m.begin <= t.e || m.begin > t.e + 10 || m.actor.empty() ||
              m.via == Via::kPossessive || m.via == Via::kPronoun)
            continue;
          bool only_filler = true;
          for (std::size_t k = t.e; k < m.begin && only_filler; ++k) {
            bool in_time = false;
            for (const auto& te : ctx_.sentences[si].times) in_time |= k >= te.begin && k < te.end;
            bool in_actor = false;
            for (const auto& o : ms)
              in_actor |= k >= o.begin && k < o.end && (o.kind != ActorKind::kPerson || o.via == Via::kPossessive);
            only_filler = in_time || in_actor || toks_[k].norm == "," || ctx_.covering(k, Cat::kDeterminer) ||
                          ctx_.covering(k, Cat::kPossessive) || ctx_.covering(k, Cat::kTitle) || ctx_.covering(k, Cat::kWeekday) ||
                          ctx_.covering(k, Cat::kHonorific);
          }
          person_next = only_filler;
          break;
        }
      // Verb last, the person called earlier in the clause: "Pasjinjan had president Erdogan op 7
      // februari, een dag na de ramp, gebeld", "hatte Präsident Erdoğan am 7. Februar … angerufen":
      // a subject and an object named before the verb.
      if (!person_next && ctx_.lang.verb_last) {
        std::set<std::string> before;
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.end <= t.b && m.via != Via::kPossessive &&
              m.via != Via::kTwoPersons && !speaker(si, m) && !after_with(si, m.begin) &&
              relative_clause_of(si, m.begin) == relative_clause_of(si, t.b))
            before.insert(m.actor);
        person_next = before.size() >= 2;
      }
      // "X en Y hebben met elkaar gebeld", "X and Y phoned each other": two persons named.
      if (!person_next && cue_in(s.first, s.last, Cat::kReciprocal)) {
        std::set<std::string> persons;
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kPronoun && m.via != Via::kPossessive) persons.insert(m.actor);
        person_next = persons.size() >= 2;
      }
      if (!person_next) continue;
    }
    if (t.cat == Cat::kPhonePhrase && !strong) {
      // "telephone" alone needs a verb of speaking around it.
      bool talk = false;
      for (const auto& u : trigs) talk |= u.cat == Cat::kPhoneVerb;
      // … or someone on the line with it: "au téléphone avec Mohammed VI, Donald Trump avait annoncé".
      if (!talk && t.e + 1 < s.last && ctx_.find(t.e, Cat::kWith, t.e + 1))
        for (const auto& m : ms)
          talk |= m.kind == ActorKind::kPerson && !m.actor.empty() && m.via != Via::kPossessive && m.begin > t.e && m.begin <= t.e + 4;
      if (!talk) continue;
    }
    if (!main || (main->cat == Cat::kPhonePhrase && t.cat != Cat::kPhonePhrase)) main = &t;
  }
  if (!main) return;
  // "calificó la llamada de muy buena", "the call lasted an hour": the call just told.
  const bool definite = main->b > s.first && ctx_.find(main->b - 1, Cat::kDefinite, main->b);
  const std::vector<Draft*> calls = recent_calls(si);
  const bool earlier_call = !calls.empty();
  // ("das Gespräch mit Kremlchef Putin" after calls with others is another call.)
  bool new_partner = false;
  if (definite && earlier_call)
    for (const auto& m : ms)
      new_partner |= m.kind == ActorKind::kPerson && !m.actor.empty() && after_with(si, m.begin) && !in_recent_call(si, m.actor);
  // "Dem Telefonat vorausgegangen war …" long after the call was told, no one called named: that
  // call, not one between the persons of the sentence.
  const bool told_long_before =
      definite && !earlier_call && main->cat == Cat::kPhoneNoun &&
      std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& x) { return x.ev.type == "phone_call" && !x.anaphoric && x.sentence < si; }) &&
      std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.kind == ActorKind::kPerson && after_with(si, m.begin); });
  if (told_long_before) {
    Draft d = new_draft(si, main->b, main->e, "phone_call");
    d.anaphoric = true;
    d.confidence = 0.4;
    // (Its day, when the call told had none: "das Telefonat, das Trump am Samstag … führte"; not
    // the day of a trip told beside it.)
    if (triggers(si, {Cat::kMotionVerb, Cat::kArrivalVerb, Cat::kVisitVerb, Cat::kVisitNoun, Cat::kDeparture}).empty())
      set_dates(d, si, main->b, false, false);
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
      if (it->ev.type == "phone_call" && !it->anaphoric) {
        give_date(d, *it);
        break;
      }
    emit(d);
    return;
  }
  // "Das Telefonat davor hatte am 25. Februar stattgefunden", "L'appel précédent avait eu lieu le 25
  // février": an earlier call of the same two, on a day of its own.
  if (definite && earlier_call && ctx_.any(s.first, s.last, Cat::kPrevious) &&
      std::none_of(ms.begin(), ms.end(), [](const ActorMention& m) { return m.kind == ActorKind::kPerson; })) {
    Draft d = new_draft(si, main->b, main->e, "phone_call");
    for (const auto& p : calls.front()->ev.participants)
      if (p.role == "party") add_participant(d.ev, "party", p.actor_id);
    d.ev.status = "occurred";
    set_dates(d, si, main->b, false, false);
    d.confidence = 0.6;
    if (d.ev.date_source == "text" && !d.ev.start.empty() && !(d.ev.start == calls.front()->ev.start)) {
      emit(d);
      return;
    }
  }
  if (definite && earlier_call && !new_partner && (main->cat != Cat::kPhoneNoun || medium_before)) {
    Draft d = new_draft(si, main->b, main->e, "phone_call");
    d.anaphoric = true;
    d.confidence = 0.5;
    // "… haben miteinander telefoniert. Das Gespräch fand am Montagabend statt": the day of the
    // call just told, when that had none.
    set_dates(d, si, main->b, false, false);
    give_date(d, *calls.front());
    emit(d);
    return;
  }
  // ("llamó a Sánchez" is a call; "llamó a la calma", a hypothetical cue elsewhere, is an appeal:
  // the trigger itself is no cue against it.)
  Polarity pol = polarity(si, main->b, main->e);
  if (pol == Polarity::kHypothetical && main->cat == Cat::kPhoneVerb && main->ival == 2 &&
      ctx_.find(main->b, Cat::kHypothetical, main->e)) {
    const std::size_t hb = main->b > s.first + 8 ? main->b - 8 : s.first;
    if (!cue_in(hb, main->b, Cat::kHypothetical) && !cue_in(main->e, std::min<std::size_t>(main->e + 1, s.last), Cat::kHypothetical))
      pol = Polarity::kPositive;
  }
  if (pol != Polarity::kPositive) return;

  // Parties: persons (or countries) of the sentence; "with X" marks the partner.
  std::vector<std::string> parties;
  auto push = [&](const std::string& a) {
    if (!a.empty() && std::find(parties.begin(), parties.end(), a) == parties.end()) parties.push_back(a);
  };
  // (Not past a comma and a word that opens a clause of its own: "Fabius telefoneó al canciller
  // Choquehuanca, mientras que el presidente Hollande atribuyó …".)
  std::size_t own_clause = s.last;
  for (std::size_t k = main->e; k + 1 < s.last && own_clause == s.last; ++k)
    if (toks_[k].norm == "," && ctx_.find(k + 1, Cat::kComplementizer)) own_clause = k;
  // (Nor, once two are named, persons after the call in "of" phrases: "… con su similar de
  // Argentina, Diana Mondino, en lo que fue un primer contacto entre los gobiernos de la presidenta
  // de México, Claudia Sheinbaum, y el del presidente de Argentina, Javier Milei".)
  std::set<std::string> of_phrase;  // (by a title or by name: "de la presidenta de México, la izquierdista Claudia Sheinbaum")
  // (… or in apposition after a title in one: "y el del presidente de Argentina, Javier Milei")
  auto apposed_of = [&](const ActorMention& m) {
    std::size_t k = m.begin;
    if (k <= s.first + 2 || toks_[k - 1].norm != ",") return false;
    k -= 1;
    for (const auto& c : ms)  // ("… de Argentina,")
      if (c.kind == ActorKind::kCountry && c.end == k && c.begin > s.first && ctx_.covering(c.begin - 1, Cat::kOf)) k = c.begin - 1;
    std::size_t b = k;
    while (b > s.first && ctx_.covering(b - 1, Cat::kTitle)) --b;
    if (b == k || b == s.first) return false;
    return ctx_.covering(b - 1, Cat::kOf) || (b > s.first + 1 && ctx_.covering(b - 1, Cat::kDefinite) && ctx_.covering(b - 2, Cat::kOf));
  };
  for (const auto& m : ms)
    if (m.kind == ActorKind::kPerson && m.begin > main->e && (in_of_phrase(si, m) || apposed_of(m))) of_phrase.insert(m.actor);
  // (The subject after a fronted phrase that holds the call is a party, whatever he says: "In a
  // telephone conversation with French president Nicolas Sarkozy on Sunday, Russian president
  // Dmitry Medvedev declared that …".)
  std::size_t fronted_end = s.last;
  for (std::size_t k = main->e; k < s.last && fronted_end == s.last; ++k)
    if (toks_[k].norm == ",") fronted_end = k;
  const bool fronted = fronted_end < s.last && std::none_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
    return m.kind == ActorKind::kPerson && m.end <= main->b;
  });
  auto fronted_subject = [&](const ActorMention& m) { return fronted && title_start(si, m.begin) == fronted_end + 1; };
  // (A call told in a clause of its own after "when", "that": the persons of that clause, when it
  // names two: "The invitation to Xi was extended by Modi when Li Keqiang telephoned to
  // congratulate him".)
  std::size_t call_clause = s.first;
  for (std::size_t k = main->b; k > s.first; --k)
    if (ctx_.find(k - 1, Cat::kComplementizer, k)) {
      call_clause = k;
      break;
    }
  if (call_clause > s.first) {
    std::set<std::string> inside;
    for (const auto& m : ms)
      if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin >= call_clause && m.begin < own_clause) inside.insert(m.actor);
    if (inside.size() < 2) call_clause = s.first;
  }
  for (const auto& m : ms)
    if (m.kind == ActorKind::kPerson && !m.actor.empty() && !(m.begin > main->e && speaker(si, m) && !fronted_subject(m)) &&
        !(m.via == Via::kPronoun && m.begin > s.first && ctx_.covering(m.begin - 1, Cat::kAccordingTo)) && m.begin < own_clause &&
        !(parties.size() >= 2 && m.begin > main->e && of_phrase.count(m.actor)) && m.begin >= call_clause)
      push(m.actor);
  if (parties.size() < 2) {
    // "Vorig jaar voerden zij vier telefoongesprekken": "they" are the two who called before.
    bool plural = false;
    for (std::size_t k = s.first; k < main->b; ++k)
      for (const Match& pm : ctx_.lang_at(k))
        plural |= pm.payload->cat == Cat::kPronoun && pm.payload->ival == 3 && pm.end == k + 1;
    if (plural)
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
        if (!it->anaphoric && it->ev.type == "phone_call" && it->ev.participants.size() == 2) {
          parties.clear();
          for (const auto& p : it->ev.participants) push(p.actor_id);
          break;
        }
    // … else the two persons just named together ("The two men have not met in person. They
    // spoke twice by telephone this year").
    if (plural && parties.size() < 2 && si > 0) {
      std::vector<std::string> pair;
      for (const auto& m : mentions(si - 1))
        if (m.via == Via::kTwoPersons && !m.actor.empty() && std::find(pair.begin(), pair.end(), m.actor) == pair.end())
          pair.push_back(m.actor);
      if (pair.size() == 2) {
        parties.clear();
        for (const auto& a : pair) push(a);
      }
    }
  }
  std::vector<std::string> two;
  for (const auto& m : ms)
    if (m.via == Via::kTwoCountries) two.push_back(m.actor);
  // One person named, a call with them just told: that call ("Selenskyj sprach anschließend von
  // einem langen Gespräch, das den Beziehungen beider Länder …").
  const bool in_last_call = parties.size() == 1 && in_recent_call(si, parties.front());
  if (parties.size() < 2 && two.size() == 2 && !in_last_call) {
    parties = two;
  } else if (parties.size() == 1) {
    // "Merkel telephoned Russia" / "spoke with the Chinese side": a country partner after "with".
    for (const auto& m : ms)
      if (m.kind != ActorKind::kPerson && !m.weak() && after_with(si, m.begin) && !m.actor.empty()) push(m.actor);
  }
  Draft d = new_draft(si, main->b, main->e, "phone_call");
  if (parties.size() == 1) {
    // "A call with Putin followed on 29 September": the caller of the calls just told.
    for (const Draft* told : calls) {
      if (told->ev.participants.empty()) continue;
      // (The caller: of its parties, the one named first in its sentence.)
      std::string caller;
      for (const auto& m : mentions(told->sentence)) {
        for (const auto& p : told->ev.participants)
          if (p.actor_id == m.actor) caller = m.actor;
        if (!caller.empty()) break;
      }
      if (!caller.empty() && caller != parties.front()) parties.insert(parties.begin(), caller);
      break;
    }
  }
  if (parties.size() == 1 && calls.empty() && si > 0 && !in_person) {
    if (const std::string other = partner_before(si, parties.front()); !other.empty()) {
      parties.push_back(other);
    } else if (const ActorMention* caller = dropped_subject(si, main->b); caller && caller->actor != parties.front()) {
      parties.insert(parties.begin(), caller->actor);
    }
  }
  if (parties.size() < 2) {
    d.anaphoric = true;
    d.confidence = 0.5;
    emit(d);
    return;
  }
  // A three-way call ("a call between Trump, Netanyahu and Mohamed bin Zayed", "a call with King
  // Hamad and Netanyahu"): every pair of the list (with the caller, when there is one).
  std::vector<std::pair<std::string, std::string>> pairs;
  if (parties.size() > 2) {
    const ActorMention* first = nullptr;
    bool between = false;
    std::size_t with_at = main->b;
    // ("a call with": in the trigger; "sprak hij op één dag telefonisch met": a few words on)
    for (std::size_t k = main->b; k < s.last && k < main->e + 8 && !first && toks_[k].norm != ","; ++k) {
      const bool w = ctx_.find(k, Cat::kWith, s.last) != nullptr, b = ctx_.find(k, Cat::kBetween, s.last) != nullptr;
      if (!w && !b) continue;
      between = b;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin > k && m.begin <= k + 6) {
          first = &m;
          break;
        }
    }
    // A calling verb takes its partners as objects: "Pasjinjan belt Poetin en Macron".
    if (!first && main->cat == Cat::kPhoneVerb && main->ival == 2)
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin >= main->e && m.begin <= main->e + 6 &&
            m.via != Via::kPronoun && m.via != Via::kPossessive) {
          first = &m;
          break;
        }
    // Verb last: "Macron en Scholz hebben met de Russische president Poetin getelefoneerd".
    // (The first of a list of "with"s: "hatte Trump mit Moon und mit Abe telefoniert".)
    std::size_t limit = main->b;
    // (A "with" phrase fronted, its persons after their titles: "Auch mit den Präsidenten Kirgistans
    // und Tadschikistans, Sadyr Dschaparow und Emomali Rachmon, stimmte er sich … am Telefon ab".)
    for (std::size_t k = limit; k > s.first && k + 24 > limit; --k) {
      if (!ctx_.find(k - 1, Cat::kWith, limit)) continue;
      const ActorMention* found = nullptr;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin >= k && m.begin <= k + (k == s.first + 2 ? 9 : 6) && m.end <= limit &&
            // (a title before the names is theirs: "mit den Präsidenten Kirgistans und Tadschikistans, Sadyr Dschaparow und …")
            !(m.via == Via::kTitleOnly && std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
              return o.kind == ActorKind::kPerson && (o.via == Via::kName || o.via == Via::kSurname) && o.begin > m.end && o.begin <= m.end + 6 && o.end <= limit;
            }))) {
          found = &m;
          break;
        }
      if (!found || (first && first->begin < found->end)) continue;
      if (first && !(with_at > k && (toks_[with_at - 1].norm == "," || ctx_.find(with_at - 1, Cat::kAnd, with_at)))) break;
      first = found;
      with_at = k - 1;
      limit = with_at;
      k = with_at + 1;
    }
    if (first) {
      std::vector<std::string> list;
      for (const ActorMention* m : list_from(si, *first))  // (not "hij" in ", die hij feliciteerde,")
        if (m->via != Via::kPronoun && m->via != Via::kPossessive && std::find(list.begin(), list.end(), m->actor) == list.end())
          list.push_back(m->actor);
      // The caller: the person before the call (one who merely tells of it only when none other).
      std::string caller, teller;
      const ActorMention* caller_m = nullptr;
      for (const auto& m : ms)
        if (!between && m.kind == ActorKind::kPerson && !m.actor.empty() && m.end <= std::min(main->b, with_at)) {
          (speaker(si, m) ? teller : caller) = m.actor;
          if (!speaker(si, m)) caller_m = &m;
        }
      // Verb second: "Am Morgen telefonierte Donald Trump mit Abe, später mit Hollande".
      if (caller.empty() && !between)
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin >= main->e && m.end <= first->begin &&
              !after_with(si, m.begin) && !speaker(si, m) && std::find(list.begin(), list.end(), m.actor) == list.end()) {
            caller = m.actor;
            break;
          }
      // Verb second after a fronted "with" phrase: "Auch mit … Rachmon, stimmte er sich … ab".
      if (caller.empty() && !between && !list.empty())
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin > first->end && m.end <= main->b && m.via != Via::kPossessive &&
              !after_with(si, m.begin) && !speaker(si, m) && std::find(list.begin(), list.end(), m.actor) == list.end()) {
            caller = m.actor;
            break;
          }
      if (caller.empty()) caller = teller;
      // Callers named together ("Macron and Scholz … with Putin"): each of them with each partner.
      std::vector<std::string> callers;
      for (const auto& m : ms) {
        if (!caller_m || m.kind != ActorKind::kPerson || m.end > caller_m->begin || m.actor.empty()) continue;
        const auto group = list_from(si, m);
        if (std::find(group.begin(), group.end(), caller_m) == group.end()) continue;
        // (one person named in two pieces is one caller: "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah")
        for (const ActorMention* g : group)
          if (std::find(list.begin(), list.end(), g->actor) == list.end() && std::find(callers.begin(), callers.end(), g->actor) == callers.end())
            callers.push_back(g->actor);
        break;
      }
      if (callers.size() > 1) {
        for (const auto& c : callers)
          for (const auto& x : list)
            if (x != c) pairs.emplace_back(c, x);
      } else if (!caller.empty()) {
        // "He spoke with Trump and Morrison on 20 September, with Moon on 24 September, and
        // with Xi and Modi on 25 September": everyone named after the call, each on their day.
        // (Each after its own "with", titles between: "fordert Außenministerin Baerbock" after the
        // call is not called.)
        auto with_before = [&](const ActorMention& m) {
          for (std::size_t k = m.begin; k > s.first && k + 6 > m.begin; --k) {
            if (toks_[k - 1].norm == "," || toks_[k - 1].norm == ";") return false;
            if (ctx_.covering(k - 1, Cat::kWith)) return true;
            for (const auto& o : ms)  // (not past another person: "mit Putin fordert Baerbock")
              if (&o != &m && o.kind == ActorKind::kPerson && o.begin < k && o.end >= k) return false;
          }
          return false;
        };
        // (Not past someone else acting: "called Erdoğan on the day of the quakes, and Foreign
        // Minister Dendias toured Hatay with Çavuşoğlu".)
        auto other_subject_before = [&](const ActorMention& m) {
          return std::any_of(ms.begin(), ms.end(), [&](const ActorMention& o) {
            return o.kind == ActorKind::kPerson && !o.actor.empty() && o.begin > first->end && o.end <= m.begin &&
                   o.via != Via::kPossessive && o.actor != caller && !after_with(si, o.begin) &&
                   std::find(list.begin(), list.end(), o.actor) == list.end();
          });
        };
        for (const auto& m : ms)
          if (m.kind == ActorKind::kPerson && !m.actor.empty() && m.begin > first->begin && m.via != Via::kPronoun &&
              m.via != Via::kPossessive && !speaker(si, m) && with_before(m) && !other_subject_before(m))
            for (const ActorMention* g : list_from(si, m))
              if (std::find(list.begin(), list.end(), g->actor) == list.end()) list.push_back(g->actor);
        for (const auto& x : list) {
          if (x != caller) pairs.emplace_back(caller, x);
        }
      }
      else if (list.size() >= 2)
        for (std::size_t a = 0; a < list.size(); ++a)
          for (std::size_t b = a + 1; b < list.size(); ++b) pairs.emplace_back(list[a], list[b]);
    }
  }
  if (!pairs.empty()) {
    for (const auto& [a, b] : pairs) {
      Draft one = d;
      add_participant(one.ev, "party", a);
      add_participant(one.ev, "party", b);
      const bool fut = future(si, main->b, main->e);
      one.ev.status = cancelled(si, main->b, main->e) ? "cancelled" : fut ? "announced" : "occurred";
      // Each partner's own date, when one follows it in its part of the list.
      std::size_t at = main->b;
      for (const auto& m : ms)
        if (m.actor == b && m.begin > main->b) at = m.begin;
      const TimeExpr* own = nullptr;  // the first date after the partner ("… Xi and Modi on 25 September")
      for (const auto& te : ctx_.sentences[si].times)
        if (!own && te.begin > at && te.begin <= at + 12 && (te.kind == TimeKind::kDate || te.kind == TimeKind::kWeekday)) own = &te;
      set_dates(one, si, main->b, fut, true);
      if (own && own->kind == TimeKind::kDate && pairs.size() > 1) {
        one.ev.start = own->date;
        one.ev.end = PartialDate{};
        one.ev.date_source = "text";
      }
      one.confidence = strong ? 0.8 : 0.65;
      emit(one);
    }
    return;
  }
  if (parties.size() > 2) {
    // Three or more named with no "with" or "between" to pair them ("Macron en Scholz dringen in
    // telefoongesprek bij Poetin aan"): who called whom is not said here; evidence for a call
    // told elsewhere.
    d.anaphoric = true;
    d.confidence = 0.5;
    emit(d);
    return;
  }
  for (const auto& p : parties) add_participant(d.ev, "party", p);
  // How many: "vijf telefoongesprekken", "maar liefst vijf", "five phone calls", "twice".
  for (std::size_t k = main->b; k > s.first && main->b - k < 4; --k) {
    const Token& t = toks_[k - 1];
    bool ok = false;
    if (const double v = number_value(ctx_, t, &ok); ok || t.kind == TokenKind::kNumber) {
      if (ok && v >= 1 && v < 1000 && v == std::floor(v)) d.ev.count = static_cast<int>(v);
      break;
    }
    if (!ctx_.covering(k - 1, Cat::kQualifier) && !ctx_.find(k - 1, Cat::kDeterminer, k)) break;
  }
  // "spoke twice by telephone", "telefonierten zweimal"
  for (std::size_t k = main->e; !d.ev.count && k < s.last && k < main->e + 4; ++k)
    if (const Match* mm = ctx_.find(k, Cat::kMultiplicative)) d.ev.count = static_cast<int>(mm->payload->dval);
  if (!d.ev.count) {
    // "conversaron en tres ocasiones", "spoke three times", "twee keer"
    for (std::size_t k = s.first + 1; k < s.last; ++k) {
      if (!ctx_.find(k, Cat::kTimes, k + 1)) continue;
      bool ok = false;
      const double v = number_value(ctx_, toks_[k - 1], &ok);
      if (ok && v >= 1 && v < 100 && v == std::floor(v)) d.ev.count = static_cast<int>(v);
      break;
    }
  }
  const bool fut = future(si, main->b, main->e);
  d.ev.status = cancelled(si, main->b, main->e) ? "cancelled" : fut ? "announced" : "occurred";
  d.confidence = strong ? 0.85 : 0.7;
  // "They spoke twice by telephone this year: on February 10 … and again on September 9": as
  // many calls as dates, each on its day.
  std::vector<const TimeExpr*> days;
  for (const auto& te : ctx_.sentences[si].times)
    if (te.kind == TimeKind::kDate && te.date.has_day() && !te.since && !te.until) days.push_back(&te);
  if (d.ev.count >= 2 && static_cast<int>(days.size()) == d.ev.count) {
    for (const TimeExpr* te : days) {
      Draft one = d;
      one.ev.count = 0;
      one.ev.start = te->date;
      one.ev.date_source = "text";
      emit(one);
    }
    return;
  }
  set_dates(d, si, main->b, fut, d.ev.count <= 1);
  emit(d);
}

// ---------------------------------------------------------------- treaties

std::string Extractor::treaty_name(std::size_t si, std::size_t tb, std::size_t te, std::size_t* name_b,
                                   std::size_t* name_e) const {
  const Sentence& s = sent(si);
  // "Verdrag van Goed Nabuurschap, Vriendschap en Samenwerking", "Treaty of Friendship",
  // "Louvre accord", "Paris Agreement": capitalised words around the noun.
  std::size_t b = tb, e = te;
  if (e < s.last && ctx_.find(e, Cat::kOf, s.last) && e + 1 < s.last && toks_[ctx_.find(e, Cat::kOf, s.last)->end].upper_initial) {
    std::size_t k = ctx_.find(e, Cat::kOf, s.last)->end;
    std::size_t last_cap = k;
    while (k < s.last && k - e < 14) {
      if (toks_[k].is_word() && toks_[k].upper_initial) {
        last_cap = k + 1;
        ++k;
      } else if ((toks_[k].norm == "," && k + 1 < s.last && toks_[k + 1].upper_initial) ||
                 (toks_[k].is_word() && (ctx_.find(k, Cat::kAnd, k + 1) || ctx_.find(k, Cat::kOf, k + 1) ||
                                         ctx_.find(k, Cat::kDeterminer, k + 1)))) {
        ++k;
      } else {
        break;
      }
    }
    e = last_cap;
  }
  while (!ctx_.lang.capitalized_nouns && b > s.first && toks_[b - 1].is_word() && toks_[b - 1].upper_initial &&
         b - 1 > s.first && !ctx_.find(b - 1, Cat::kNotName, b) && !ctx_.find(b - 1, Cat::kDemonym, b))
    --b;
  const bool named = e > te || b < tb || (toks_[tb].upper_initial && !ctx_.lang.capitalized_nouns && tb > s.first);
  if (name_b) *name_b = b;
  if (name_e) *name_e = e;
  if (!named || (b == tb && e == te && tb == s.first)) return {};
  return ctx_.span_text(b, e);
}

void Extractor::treaties(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  const auto nouns = triggers(si, {Cat::kTreatyNoun});
  if (nouns.empty()) return;
  const auto actions = triggers(si, {Cat::kTreatyAction});
  const bool earlier_treaty = std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& d) {
    return !d.anaphoric && d.ev.type.rfind("treaty", 0) == 0;
  });
  const Trigger* prev_noun = nullptr;
  const Trigger* shared_act = nullptr;  // the verb of the first treaty after it, and that treaty
  EventRecord shared;
  for (const Trigger& t : nouns) {
    // "el Tratado entre México, Estados Unidos y Canadá (T-MEC)": the short name in brackets
    // after a treaty is that treaty.
    const bool alias = prev_noun && t.b > s.first && toks_[t.b - 1].norm == "(" && t.b <= prev_noun->e + 12;
    prev_noun = &t;
    if (alias) {
      // The short name is the better name when the long one is only the noun ("el Tratado").
      for (auto it = drafts_.rbegin(); it != drafts_.rend() && it->sentence == si; ++it)
        if (it->ev.type.rfind("treaty", 0) == 0) {
          if (it->ev.treaty_name.find(' ') == std::string::npos) it->ev.treaty_name = ctx_.span_text(t.b, t.e);
          break;
        }
      continue;
    }
    // The action: the most specific one in the noun's clause (renew/extend/ratify/join over sign);
    // "…, que sustituirá al Tratado de Libre Comercio" takes nothing from the main clause.
    const Trigger* act = nullptr;
    auto dist = [&](const Trigger& a) { return a.b > t.b ? a.b - t.b : t.b - a.b; };
    const std::size_t noun_clause = relative_clause_of(si, t.b);
    // An action noun that names the treaty ("le protocole d'adhésion", "the accession protocol
    // was ratified") is its kind, not what happens to it, when the clause has a verb of its own.
    auto names_noun = [&](const Trigger& a) {
      return (a.b == t.e + 1 && ctx_.find(t.e, Cat::kOf, t.e + 1)) || a.e == t.b;
    };
    const bool other_action = std::any_of(actions.begin(), actions.end(), [&](const Trigger& a) {
      const std::size_t ac = relative_clause_of(si, a.b);
      return !names_noun(a) && (ac == noun_clause || (ac > t.e && ac <= t.e + 8));
    });
    for (const auto& a : actions) {
      // (A clause about the noun itself counts: "el acuerdo, que firmaron ayer".)
      const std::size_t ac = relative_clause_of(si, a.b);
      if (ac != noun_clause && !(ac > t.e && ac <= t.e + 8)) continue;
      if (other_action && names_noun(a)) continue;
      if (!act) {
        act = &a;
        continue;
      }
      const bool a_specific = a.ival != 1, c_specific = act->ival != 1;
      if (a_specific != c_specific) {
        if (a_specific) act = &a;
        continue;
      }
      if (dist(a) < dist(*act)) act = &a;
    }
    // "une déclaration", "eine Erklärung": a formal agreement only when signed (or renewed …).
    if (t.ival == 1 && !act) continue;
    Draft d = new_draft(si, t.b, t.e, "treaty_signing");
    // The treaty's own year ("het Verdrag van … uit 2001", "the 1987 accord") is not the event's.
    std::size_t name_b = t.b, name_e = t.e;
    d.ev.treaty_name = treaty_name(si, t.b, t.e, &name_b, &name_e);
    if (name_e + 1 < s.last && (ctx_.find(name_e, Cat::kOf, name_e + 1) || ctx_.find(name_e, Cat::kFromPrep, name_e + 1)) &&
        year_number(toks_[name_e + 1]))
      name_e += 2;
    for (std::size_t k = name_b; k > s.first && k + 2 > name_b; --k)
      if (year_number(toks_[k - 1])) name_b = k - 1;

    // Parties written out: "between China and Russia", "tussen X en Y".
    std::vector<std::string> between;
    auto party_of = [&](const ActorMention& m) -> std::string {
      if (m.actor.empty()) return {};
      if (m.kind == ActorKind::kPerson) return m.country.empty() ? std::string() : "country/" + m.country;
      if (const std::string org = seat_org(m); !org.empty()) return org;
      // A ministry signs for its state: "between the Indian Finance Ministry and …" (an agency, a
      // region, a company in its own name).
      const auto a = ctx_.actors.find(m.actor);
      if (m.kind == ActorKind::kOrganization && a != ctx_.actors.end() && m.actor.rfind("org/", 0) == 0 &&
          a->second.org_type == "GovernmentOrganization" && !a->second.country.empty() &&
          text::fold(a->second.name).find("minist") != std::string::npos)
        return "country/" + a->second.country;
      return m.kind == ActorKind::kCountry ? "country/" + m.country : m.actor;
    };
    auto push_to = [](std::vector<std::string>& v, const std::string& a) {
      if (!a.empty() && std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
    };
    for (std::size_t p = t.e; p < s.last && p < std::max(t.e, name_e) + 4; ++p) {
      if (!ctx_.find(p, Cat::kBetween, s.last)) continue;
      for (const auto& m : ms)
        if (m.begin > p && m.begin < p + 8 && !m.weak()) push_to(between, party_of(m));
      break;
    }

    // A definite noun ("the agreement", "het verdrag") after a treaty was named is that treaty.
    const bool definite = t.b > s.first && (ctx_.find(t.b - 1, Cat::kDefinite, t.b) ||
                                            (t.b > s.first + 1 && ctx_.find(t.b - 2, Cat::kDefinite, t.b - 1)));
    // "signed on Tuesday with Britain's …": another treaty, unless who comes with is of a party
    // to the last one ("ondertekende de verklaring samen met staatssecretaris X": a co-signer).
    std::set<std::string> last_parties;
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
      if (!it->anaphoric && it->ev.type.rfind("treaty", 0) == 0) {
        for (const auto& p : it->ev.participants)
          if (auto a = ctx_.actors.find(p.actor_id); a != ctx_.actors.end() && !a->second.country.empty())
            last_parties.insert(a->second.country);
        break;
      }
    bool partner = false;
    for (std::size_t p = t.e; p < s.last && p < t.e + 8 && !partner; ++p) {
      if (!ctx_.find(p, Cat::kWith, p + 1)) continue;
      partner = true;
      for (const auto& m : ms)
        if (m.begin > p && m.begin <= p + 6 && !m.country.empty()) {
          partner = !last_parties.count(m.country);
          break;
        }
    }
    const bool maybe_same = definite && earlier_treaty && between.size() < 2 && !partner && d.ev.treaty_name.empty();
    auto evidence = [&] {
      d.anaphoric = true;  // "het verdrag is een mijlpaal": evidence, not a new event
      d.confidence = 0.4;
      set_dates(d, si, t.b, false, false);
      emit(d);
    };
    if (!act && between.size() < 2) {
      evidence();
      continue;
    }
    // (… nor is one of the accords just told signed by the same two: "Cinq accords ont été signés
    // entre la Côte d'Ivoire et le Sénégal. Il s'agit d'un accord …, et enfin d'un accord de
    // coopération commerciale entre les deux pays".)
    if (!act && std::any_of(drafts_.rbegin(), drafts_.rend(), [&](const Draft& x) {
          if (x.anaphoric || x.ev.type.rfind("treaty", 0) != 0 || x.sentence + 2 < si || x.sentence >= si) return false;
          std::set<std::string> theirs;
          for (const auto& p : x.ev.participants) theirs.insert(p.actor_id);
          return std::all_of(between.begin(), between.end(), [&](const std::string& b) { return theirs.count(b) > 0; });
        })) {
      evidence();
      continue;
    }
    const std::size_t lo = act ? std::min(t.b, act->b) : t.b, hi = act ? std::max(t.e, act->e) : t.e;
    if (maybe_same && !act) {
      evidence();
      continue;
    }
    // (After "signed an accord", a word right after the noun tells its purpose, not whether it
    // was signed: "an accord aimed at ending the fighting".)
    const std::size_t scope_end = act && act->e <= t.b ? hi - 1 : hi;
    if (!maybe_same && polarity(si, lo, scope_end) != Polarity::kPositive) continue;
    static const char* kTypes[] = {"treaty_signing", "treaty_signing", "treaty_renewal", "treaty_extension",
                                   "treaty_ratification", "treaty_accession"};
    // Without an action verb, "an agreement between X and Y" is an agreement reached.
    d.ev.type = act ? kTypes[std::clamp(act->ival, 0, 5)] : "treaty_agreement";

    // Parties: those written out; else the signatories (persons acting, not reporting) and the
    // partner after "with"; else compounds ("Sino-Russian treaty"), "the two countries", and the
    // countries and organisations of the sentence.
    std::vector<std::string> parties = between;
    if (parties.size() < 2 && act) {
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && m.begin < act->b && !speaker(si, m) && !after_with(si, m.begin, Cat::kBy))
          push_to(parties, party_of(m));  // (not the host: "hosted by Sultan Haitham, the two ministers signed")
      if (!parties.empty())
        for (const auto& m : ms)
          if (after_with(si, m.begin) && !m.weak()) push_to(parties, party_of(m));
      if (parties.size() < 2) parties.clear();
    }
    if (parties.size() < 2)
      for (const auto& m : ms)
        if (m.via == Via::kCompound && m.end + 2 >= t.b && m.end <= t.b) push_to(parties, party_of(m));
    // "The two sides signed four agreements during the visit": the two of the visit just told.
    if (parties.size() < 2 && ctx_.any(s.first, s.last, Cat::kVisitNoun) &&
        std::any_of(ms.begin(), ms.end(), [](const ActorMention& m) { return m.via == Via::kTwoCountries; }))
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
        if (it->anaphoric || it->origin || it->ev.type != "visit" || it->sentence > si || it->sentence + 6 < si) continue;
        const std::string visitor = role_actor(it->ev, "visitor"), dest = role_actor(it->ev, "destination");
        const auto v = ctx_.actors.find(visitor);
        if (dest.empty() || v == ctx_.actors.end() || v->second.country.empty()) continue;
        if ("country/" + v->second.country == dest) continue;
        push_to(parties, "country/" + v->second.country);
        push_to(parties, dest);
        break;
      }
    if (parties.size() < 2)
      for (const auto& m : ms)
        if (m.via == Via::kTwoCountries) push_to(parties, party_of(m));
    // (Not past a comma after the treaty: "…, ending a dispute that had lingered since the collapse
    // of the Soviet Union".)
    // (The commas of what it is about may come first: "memorandums on technical cooperation, food
    // security and the fight against desertification with IGAD".)
    auto enumeration = [&](std::size_t a, std::size_t b) {
      std::size_t last_comma = SIZE_MAX;
      for (std::size_t k = a; k < b; ++k) {
        // (a relative pronoun that is also an article only right after a comma: "mit der IGAD")
        const bool relative = ctx_.find(k, Cat::kRelative) && (!ctx_.find(k, Cat::kDefinite) || (k > a && toks_[k - 1].norm == ","));
        if (toks_[k].norm == ";" || relative || ctx_.find(k, Cat::kComplementizer)) return false;
        if (toks_[k].norm == ",") last_comma = k;
      }
      return last_comma != SIZE_MAX && ctx_.any(last_comma + 1, b, Cat::kAnd);
    };
    auto later_clause = [&](const ActorMention& m) {
      const std::size_t from = std::max(hi, name_e);
      return from < m.begin && !one_clause(from, m.begin) && !enumeration(from, m.begin);
    };
    if (parties.size() < 2)
      for (const auto& m : ms)
        if (!m.weak() && m.via != Via::kTheCountry && m.kind != ActorKind::kPerson && !later_clause(m)) push_to(parties, party_of(m));
    if (parties.size() < 2)
      for (const auto& m : ms)
        if ((m.kind == ActorKind::kPerson && !speaker(si, m)) || m.via == Via::kDemonym) push_to(parties, party_of(m));
    if (parties.size() == 1 && cue_in(s.first, s.last, Cat::kBilateral)) {
      const std::string other = salient_country_other_than(si, parties[0].substr(parties[0].find('/') + 1));
      if (!other.empty()) push_to(parties, "country/" + other);
    }
    // "the protocol" after a treaty was told is that treaty, unless the sentence acts on it with
    // parties of its own ("… signed the treaty. The Turkish parliament ratified the protocol on
    // Finland's accession").
    if (maybe_same && t.ival == 1) {  // "das Dokument", "the document": the treaty just told, signed
      evidence();
      continue;
    }
    if (maybe_same) {
      const Draft* last = nullptr;
      for (auto it = drafts_.rbegin(); it != drafts_.rend() && !last; ++it)
        if (!it->anaphoric && it->ev.type.rfind("treaty", 0) == 0) last = &*it;
      // (Two states at least, one of them new: an agency named beside the signatories is none.)
      const auto states = std::count_if(parties.begin(), parties.end(), [](const std::string& p) { return p.rfind("country/", 0) == 0; });
      const bool own = states >= 2 && last && std::any_of(parties.begin(), parties.end(), [&](const std::string& p) {
                         return p.rfind("country/", 0) == 0 &&
                                std::none_of(last->ev.participants.begin(), last->ev.participants.end(),
                                             [&](const Participant& q) { return q.actor_id == p; });
                       });
      if (!own) {
        evidence();
        continue;
      }
      if (polarity(si, lo, hi) != Polarity::kPositive) continue;
    }
    if (parties.size() < 2) {
      evidence();
      continue;
    }
    for (const auto& p : parties) add_participant(d.ev, "party", p);
    // Who signed: the persons acting ("Trump und Kim haben … unterschrieben", "die beide …
    // unterzeichneten"), and a partner after "with". They describe the signing; the parties are
    // what identifies it.
    if (act)
      for (const auto& m : ms) {
        if (m.kind != ActorKind::kPerson || m.actor.empty() || m.via == Via::kPossessive) continue;
        const bool acting = m.begin < act->b && m.begin + 20 > act->b && !speaker(si, m) && !after_with(si, m.begin, Cat::kBy);
        const bool partner_of = m.begin > act->e && m.begin < act->e + 12 && after_with(si, m.begin);
        if (acting || partner_of) add_participant(d.ev, "signatory", m.actor);
      }
    // "agreed to renew the treaty", "overeengekomen het verdrag te vernieuwen": not done yet.
    const bool infinitive = act && act->b > s.first && ctx_.find(act->b - 1, Cat::kInfinitive, act->b) && !ordinal_before(si, act->b - 1);
    const bool fut = future(si, lo, hi) || infinitive;
    d.ev.status = cancelled(si) ? "cancelled" : fut ? "planned" : "occurred";
    // (The day is the verb's before the infinitive: "agreed in June to extend the agreement".)
    set_dates(d, si, t.b, fut && !infinitive, true, name_b, name_e);
    // Objects of one verb share its day and status: "signed a framework agreement on the corridor,
    // a rail link unveiled last September, as well as memorandums on electricity trade".
    if (act && act->e <= t.b && shared_act == act) {
      d.ev.start = shared.start;
      d.ev.end = shared.end;
      d.ev.date_source = shared.date_source;
      d.ev.status = shared.status;
    } else if (act && act->e <= t.b) {
      shared_act = act;
      shared = d.ev;
    }
    d.confidence = !act ? 0.6 : d.ev.treaty_name.empty() ? 0.75 : 0.85;
    if (act && act->e <= t.b) d.verb = act->b;
    emit(d);
  }
}

// "Finland joined NATO", "Kroatië trad toe tot de EU", "la Finlande est devenue le 31e membre de
// l'OTAN": a state joining an organisation of states, with no treaty named (those are treaties()'s).
void Extractor::memberships(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  if (!triggers(si, {Cat::kTreatyNoun}).empty()) return;
  auto member_org = [&](const ActorMention& m) {
    if (m.kind != ActorKind::kOrganization || m.actor.rfind("org/", 0) != 0) return false;
    const OrgInfo* o = ctx_.res.organization(m.actor.substr(4));
    return o && o->type == "IntergovernmentalOrganization" && o->part_of.empty();
  };
  // A word that goes on the organisation's name makes it a modifier ("join African Union
  // continental free trade bloc"); a function word, a time or punctuation does not.
  auto ends_phrase = [&](std::size_t k) {
    if (k >= s.last || !toks_[k].is_word()) return true;
    if (ctx_.lang.capitalized_nouns ? false : toks_[k].upper_initial) return false;
    for (Cat c : {Cat::kDeterminer, Cat::kLocative, Cat::kWith, Cat::kOf, Cat::kToPrep, Cat::kFromPrep, Cat::kAnd, Cat::kBy,
                  Cat::kDuring, Cat::kRelative, Cat::kComplementizer, Cat::kTopic, Cat::kWeekday, Cat::kMonth, Cat::kRelDay,
                  Cat::kRelWeek, Cat::kRelYear, Cat::kComparison, Cat::kPast, Cat::kFuture, Cat::kSpeechVerb})
      if (ctx_.find(k, c)) return true;
    return false;
  };
  for (const Trigger& t : triggers(si, {Cat::kTreatyAction, Cat::kMemberNoun})) {
    if (t.cat == Cat::kTreatyAction && t.ival != 5) continue;
    // A noun ("Turkey's accession to the EU", "de toetreding") names a topic, not an act; unless a
    // state approves it: "Het Hongaarse parlement heeft ingestemd met de toetreding van Zweden
    // tot de NAVO" (Hungary ratifies Sweden's accession).
    if (t.cat == Cat::kTreatyAction && t.b > s.first &&
        (ctx_.find(t.b - 1, Cat::kDeterminer, t.b) || ctx_.find(t.b - 1, Cat::kPossessive, t.b) || toks_[t.b - 1].norm == "'s" ||
         ctx_.find(t.b - 1, Cat::kOf, t.b))) {
      approved_accession(si, t);
      continue;
    }
    // "member" only after "become": "est devenue … le trente et unième membre de l'OTAN".
    // (Verb last, "become" follows: "is officieel lid geworden van de SCO".)
    if (t.cat == Cat::kMemberNoun && !ctx_.any(t.b > s.first + 12 ? t.b - 12 : s.first, t.b, Cat::kBecome) &&
        !ctx_.any(t.e, std::min<std::size_t>(t.e + 2, s.last), Cat::kBecome))
      continue;
    // The organisation right after the trigger ("joined NATO", "membre de l'OTAN", "trad toe tot de
    // EU"), or after a few lower-case words ending in "of": "miembro de pleno derecho de la OCS".
    const ActorMention* org = nullptr;
    for (const auto& m : ms) {
      if (m.begin < t.e || !member_org(m)) continue;
      bool near = m.begin <= t.e + 3;
      if (!near && t.cat == Cat::kMemberNoun && m.begin <= t.e + 7) {
        near = true;
        for (std::size_t k = t.e; k < m.begin && near; ++k) near = toks_[k].is_word() && !toks_[k].upper_initial;
        near = near && (ctx_.covering(m.begin - 1, Cat::kOf) || ctx_.covering(m.begin - 1, Cat::kDeterminer));
      }
      if (near && ends_phrase(m.end)) org = &m;
      break;
    }
    // Verb last: "der NATO beigetreten", "tot de NAVO toegetreden".
    if (!org && ctx_.lang.verb_last)
      for (const auto& m : ms)
        if (m.end <= t.b && m.end + 1 >= t.b && member_org(m)) org = &m;
    if (!org) continue;
    // The state that joins: the subject before the trigger, else the one after it ("l'adhésion de
    // la Finlande à l'OTAN").
    const ActorMention* state = nullptr;
    for (const auto& m : ms) {
      if (m.begin >= t.b) break;
      // (A city is no state joining: "BRASILIA.— Venezuela se convirtió en … socio pleno del Mercosur".)
      if (m.kind == ActorKind::kCountry && !m.weak() && m.via != Via::kTwoCountries && m.via != Via::kPlace &&
          m.via != Via::kCapital && !after_with(si, m.begin)) {
        state = &m;
        break;
      }
    }
    if (!state)
      for (const auto& m : ms)
        if (m.begin >= t.e && m.begin <= t.e + 3 && m.kind == ActorKind::kCountry && !m.weak()) {
          state = &m;
          break;
        }
    if (!state) continue;
    if (polarity(si, t.b, t.e) != Polarity::kPositive) continue;
    Draft d = new_draft(si, t.b, t.e, "treaty_accession");
    add_participant(d.ev, "party", "country/" + state->country);
    add_participant(d.ev, "party", org->actor);
    finish(d, si, t.b, t.e, "planned", "occurred", 0.7);
  }
}

void Extractor::approved_accession(std::size_t si, const Trigger& t) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  std::size_t verb = SIZE_MAX;
  for (std::size_t k = t.b > s.first + 5 ? t.b - 5 : s.first; k < t.b; ++k)
    if (const Match* m = ctx_.find(k, Cat::kTreatyAction, t.b); (m && m->payload->ival == 4) || ctx_.find(k, Cat::kApprove, t.b)) {
      verb = k;
      break;
    }
  if (verb == SIZE_MAX) return;
  // The state that approves (its parliament: "het Hongaarse parlement", "the Turkish parliament"),
  // the one that joins ("de toetreding van Zweden"), and the organisation ("tot de NAVO").
  const ActorMention* by = nullptr;
  for (const auto& m : ms)
    if (m.begin < verb && m.kind == ActorKind::kCountry && m.via != Via::kTwoCountries && !after_with(si, m.begin)) {
      by = &m;
      break;
    }
  const ActorMention* joins = nullptr;
  const ActorMention* org = nullptr;
  for (const auto& m : ms) {
    if (m.begin < t.e || m.begin > t.e + 6) continue;
    if (!joins && m.kind == ActorKind::kCountry && !m.weak() && m.begin <= t.e + 3) joins = &m;
    if (!org && m.kind == ActorKind::kOrganization && m.actor.rfind("org/", 0) == 0) org = &m;
  }
  if (!by || !joins || by->country == joins->country) return;
  if (polarity(si, verb, t.e) != Polarity::kPositive) return;
  Draft d = new_draft(si, t.b, t.e, "treaty_ratification");
  add_participant(d.ev, "party", "country/" + by->country);
  add_participant(d.ev, "party", "country/" + joins->country);
  if (org) add_participant(d.ev, "party", org->actor);
  finish(d, si, verb, t.e, "planned", "occurred", 0.7);
}

void Extractor::finish(Draft& d, std::size_t si, std::size_t tb, std::size_t te, const char* ahead, const char* done,
                       double confidence) {
  const bool fut = future(si, tb, te);
  d.ev.status = cancelled(si, tb, te) ? "cancelled" : fut ? ahead : done;
  set_dates(d, si, tb, fut, true);
  d.confidence = confidence;
  emit(d);
}

// ---------------------------------------------------------------- trade figures

bool Extractor::partner_mark(std::size_t si, const ActorMention& m) const {
  // ("dorthin", "daarheen": "to there", the partner)
  if (m.via == Via::kTheCountry && ctx_.covering(m.begin, Cat::kToPrep)) return true;
  auto prep = [&](std::size_t k) {
    return ctx_.covering(k, Cat::kToPrep) || ctx_.covering(k, Cat::kFromPrep) || ctx_.covering(k, Cat::kWith);
  };
  // (past an article: "Mit den Vereinigten Staaten", "imports from the U.S.")
  const std::size_t first = sent(si).first;
  return (m.begin > first && prep(m.begin - 1)) ||
         (m.begin > first + 1 && ctx_.covering(m.begin - 1, Cat::kDefinite) && prep(m.begin - 2));
}

bool Extractor::partner_named(std::size_t si, const std::vector<ActorMention>& ms, const std::string& economy) const {
  return std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
    if (m.kind != ActorKind::kCountry || "country/" + m.country != economy) return false;
    // ("zwischen Deutschland und der Volksrepublik": one of a pair.)
    return partner_mark(si, m) || (m.begin > sent(si).first && ctx_.covering(m.begin - 1, Cat::kBetween));
  });
}


bool Extractor::many_trade_partners() const {
  if (many_trade_partners_) return *many_trade_partners_;
  std::set<std::string> named;
  for (std::size_t si = 0; si < ctx_.sentences.size(); ++si) {
    const Sentence& s = sent(si);
    if (!cue_in(s.first, s.last, Cat::kTradeNoun)) continue;
    // (Countries by name or adjective: "Kyiv boos over …" in a headline on trade is a government.
    // A currency's country, "U.S. Dlrs", is no mention at all.)
    for (const auto& m : mentions(si))
      if (m.kind == ActorKind::kCountry && !m.building && !m.country.empty() &&
          (m.via == Via::kCountryName || m.via == Via::kDemonym || m.via == Via::kCompound))
        named.insert(m.country);
  }
  many_trade_partners_ = named.size() > 3;
  return *many_trade_partners_;
}

void Extractor::trade_figures(std::size_t si) {
  const Sentence& s = sent(si);
  const auto& ms = mentions(si);
  const auto& amounts = ctx_.sentences[si].amounts;
  const auto nouns = triggers(si, {Cat::kTradeNoun});
  // ("China war Deutschlands wichtigster Handelspartner": trade told, no figure trigger.)
  const bool trade_told = !nouns.empty() || ctx_.any(s.first, s.last, Cat::kTradeContext);
  if (!trade_told) {
    trade_continued(si);
    return;
  }
  const bool bilateral = cue_in(s.first, s.last, Cat::kBilateral);
  const auto& times = ctx_.sentences[si].times;
  std::set<const TimeExpr*> used_times;
  // Amounts and periods written in parallel ("the 1986 and 1985 deficits at 2.09 billion and
  // 1.722 billion dlrs", "3.42 billion in 1986, down from 4.94 billion in 1985") pair in order.
  std::vector<const Amount*> money;
  // (An amount in brackets right after another is its conversion: "81 milliards de dollars
  // (environ 77 milliards d'euros)".)
  auto converted = [&](const Amount& a) {
    for (std::size_t k = a.begin; k > s.first && a.begin - k < 4; --k)
      if (toks_[k - 1].norm == "(")
        return std::any_of(amounts.begin(), amounts.end(), [&](const Amount& o) { return o.end + 1 == k && !o.currency.empty(); });
    return false;
  };
  for (const Amount& a : amounts)
    if (!a.percent && !a.currency.empty() && a.value >= 1e6 && !converted(a)) money.push_back(&a);  // prices are not trade figures
  std::vector<const TimeExpr*> periods;
  for (const auto& te : times)
    if (te.kind == TimeKind::kYear || te.kind == TimeKind::kRelYear || te.kind == TimeKind::kMonth ||
        te.kind == TimeKind::kDate || te.kind == TimeKind::kRelMonth)
      periods.push_back(&te);
  const bool parallel = money.size() > 1 && money.size() == periods.size();
  // A trade sentence without a figure may set the period of the figures that follow ("China war
  // im vergangenen Jahr Deutschlands wichtigster Handelspartner. … Waren im Wert von 298 Mrd.").
  if (money.empty()) {
    const TimeExpr* year = nullptr;
    int years = 0;
    for (const TimeExpr* te : periods)
      if (te->kind == TimeKind::kYear || te->kind == TimeKind::kRelYear) {
        year = te;
        ++years;
      }
    // (A horizon is no period: "binnen tien jaar met 30 procent groeien".)
    if (years == 1 && !year->since && !year->until && year->date.year <= ctx_.published().year) {
      last_trade_period_ = year->date;
      last_trade_sentence_ = si;
    }
    std::vector<std::string> pair;
    for (const auto& m : ms)
      if (m.kind == ActorKind::kCountry && !m.actor.empty() && std::find(pair.begin(), pair.end(), "country/" + m.country) == pair.end())
        pair.push_back("country/" + m.country);
    if (pair.size() == 2 && !nouns.empty()) {
      trade_pair_ = pair;
      trade_pair_sentence_ = si;
    }
    return;
  }
  if (nouns.empty()) {
    trade_continued(si);
    return;
  }
  // Comparisons: "… 610 mln in the first half, against 402 mln in the same period last year, while
  // imports rose to 335 mln": from a comparison word just before an amount or a time to the end of
  // its clause. A figure takes a period on its own side of the comparison.
  std::vector<std::pair<std::size_t, std::size_t>> zones;
  for (std::size_t k = s.first; k < s.last; ++k) {
    const Match* c = ctx_.find(k, Cat::kComparison, s.last);
    if (!c) continue;
    // (A value close after it, with no actor between: "nach dem Rekordwert von 86,1 Mrd." compares,
    // "Exporte nach Japan stiegen 2023" goes somewhere.)
    bool value_next = false;
    for (std::size_t j = c->end; j < s.last && j < c->end + 5 && !value_next; ++j) {
      if (std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.begin == j; })) break;
      for (const Amount& am : amounts) value_next |= am.begin == j;
      for (const auto& te : times) value_next |= te.begin == j;
    }
    if (!value_next) continue;
    std::size_t e = c->end;
    while (e < s.last && toks_[e].norm != "," && toks_[e].norm != ";" && !ctx_.is(e, Cat::kTradeNoun)) ++e;
    zones.push_back({k, e});
    k = e;
  }
  auto compared = [&](std::size_t pos) {
    return std::any_of(zones.begin(), zones.end(), [&](const auto& z) { return pos >= z.first && pos < z.second; });
  };
  // The period of the ai-th figure: the time expression nearest to it, preferring one not used yet.
  auto period_of = [&](std::size_t ai) -> const TimeExpr* {
    const Amount& a = *money[ai];
    const TimeExpr* best = parallel ? periods[ai] : nullptr;
    long best_d = 0;
    for (const auto& te : times) {
      if (parallel) break;
      if (te.kind == TimeKind::kDuration || te.kind == TimeKind::kWeekday) continue;
      long dd = te.begin >= a.end ? static_cast<long>(te.begin - a.end) : static_cast<long>(a.begin - te.end) + 1;
      if (used_times.count(&te)) dd += 20;
      if (compared(te.begin) != compared(a.begin)) dd += 40;
      if (!best || dd < best_d) {
        best = &te;
        best_d = dd;
      }
    }
    // Only the period of the figure compared with ("auf 58,4 Milliarden, nach 86,1 Milliarden im
    // Jahr 2022"): the period of the figures just before, if any.
    if (best && !parallel && compared(best->begin) != compared(a.begin) && !last_trade_period_.empty() &&
        last_trade_sentence_ + 3 >= si)
      return nullptr;
    // … nor a year far after the figure, past a comma, when the figures just before have a period
    // ("a 427 mil 200 millones de dólares, en medio de los aranceles que siguen vigentes desde la
    // guerra comercial iniciada en 2018").
    if (best && !parallel && best->begin > a.end + 8 && !last_trade_period_.empty() && last_trade_sentence_ + 3 >= si &&
        std::any_of(toks_.begin() + static_cast<std::ptrdiff_t>(a.end), toks_.begin() + static_cast<std::ptrdiff_t>(best->begin),
                    [](const Token& x) { return x.norm == "," || x.norm == ";"; }))
      return nullptr;
    return best;
  };
  // (A figure of no two economies, an economy's own total, still sets the period of the figures
  // after it: "The U.S. deficit was 38.37 billion dlrs in the fourth quarter … with Japan 14.8".)
  auto remember_period = [&](std::size_t ai) {
    if (const TimeExpr* te = period_of(ai); te && !compared(money[ai]->begin)) {
      last_trade_period_ = te->date;
      last_trade_sentence_ = si;
    }
  };
  // Figures told partner by partner ("the deficit with Latin America rose … to 2.6 billion dlrs,
  // with Japan … to 14.8 billion and with Western Europe … to 7.2 billion"): the "with"s that open
  // a partner, after the trade noun, a comma or "and", or first (not "crece con rapidez", "mit 47,3
  // Milliarden").
  std::vector<std::size_t> partner_opens;
  for (std::size_t k = s.first; k < s.last; ++k)
    if (ctx_.is(k, Cat::kWith) &&
        (k == s.first || toks_[k - 1].norm == "," || ctx_.covering(k - 1, Cat::kAnd) || ctx_.covering(k - 1, Cat::kTradeNoun)))
      partner_opens.push_back(k);
  for (std::size_t ai = 0; ai < money.size(); ++ai) {
    const Amount& a = *money[ai];
    // The trade noun nearest to the amount gives the flow; a figure compared with gets the flow
    // of the one it is compared with, before it.
    const bool comparison = compared(a.begin);
    const bool noun_before = std::any_of(nouns.begin(), nouns.end(), [&](const Trigger& n) { return n.b < a.begin; });
    // (One in the amount's own clause first: "las compras … superaron los 2.000 millones, mientras
    // que las exportaciones …".)
    auto same_clause = [&](const Trigger& n) { return one_clause(std::min<std::size_t>(n.e, a.end), std::max<std::size_t>(n.b, a.begin)); };
    // ("goods worth" is trade only when nothing in the clause says which way: "exportierte Südkorea
    // Waren im Wert von …".)
    const bool any_same_clause = std::any_of(nouns.begin(), nouns.end(), same_clause);
    const bool flow_in_clause = std::any_of(nouns.begin(), nouns.end(), [&](const Trigger& n) { return n.ival != 5 && same_clause(n); });
    const Trigger* t = nullptr;
    for (const auto& n : nouns)
      if (comparison && noun_before && n.b > a.begin) continue;
      else if (any_same_clause && !same_clause(n)) continue;
      else if (flow_in_clause && n.ival == 5) continue;
      else if (!t || std::labs(static_cast<long>(n.b) - static_cast<long>(a.begin)) < std::labs(static_cast<long>(t->b) - static_cast<long>(a.begin)))
        t = &n;
    if (!t) continue;
    // Money that is not trade, nearer the amount than the trade noun: "had only 138 mln dlrs in net
    // international reserves, about equal to one month's imports", "Dutch grants to Bangladesh rose
    // to 759 mln dlrs, used mainly for commodity imports", "Japan's 55 billion dlr market".
    {
      const long t_dist = std::labs(static_cast<long>(t->b) - static_cast<long>(a.begin));
      bool funds = false;
      for (std::size_t k = a.begin > s.first + 6 ? a.begin - 6 : s.first; k < std::min<std::size_t>(a.end + 6, s.last) && !funds; ++k)
        if (const Match* f = ctx_.find(k, Cat::kFunds); f && !ctx_.covering(k, Cat::kTradeNoun) && !ctx_.covering(k, Cat::kNotTrigger) &&
                                                       (k < a.begin || k >= a.end) && one_clause(k, a.begin))
          funds = std::labs(static_cast<long>(k) - static_cast<long>(a.begin)) < t_dist;
      if (funds) continue;
    }
    static const char* kFlows[] = {"total", "export", "import", "surplus", "deficit"};
    const std::string flow = t->ival == 5 ? "total" : kFlows[std::clamp(t->ival, 0, 4)];
    // A partner named right after the noun that is no economy: "exports to Western industrialised
    // countries", "imports from developing nations" are of no pair.
    const Match* prep = nullptr;
    for (Cat c : {Cat::kToPrep, Cat::kFromPrep, Cat::kWith})
      if (!prep && t->e + 1 < s.last && ctx_.find(t->e, c, t->e + 1)) prep = ctx_.find(t->e, c, s.last);
    if (prep) {
      const std::size_t q = prep->end;
      // (Countries as a group: "countries", "nations", "Länder", "pays" a few words on.)
      const bool named = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.end > t->e && m.begin <= q + 2; });
      const bool group = ctx_.any(q, std::min<std::size_t>(q + 4, s.last), Cat::kTourCountries);
      if (!named && group) {
        remember_period(ai);
        continue;
      }
    }

    // The two economies: countries, or regions that trade in their own name ("Bayern … Rumänien").
    std::vector<std::string> econ;  // actor ids
    auto push = [&](const std::string& id) {
      if (!id.empty() && std::find(econ.begin(), econ.end(), id) == econ.end()) econ.push_back(id);
    };
    auto economy_of = [&](const ActorMention& m) -> std::string {
      if (m.actor.empty()) return {};
      if (const std::string org = seat_org(m); !org.empty()) return org;
      if (m.kind == ActorKind::kCountry) return "country/" + m.country;
      if (m.kind == ActorKind::kOrganization) {
        if (m.actor.rfind("region/", 0) == 0) return m.actor;
        // A customs union trades as one economy: "de handel tussen de EU en China".
        if (const OrgInfo* o = m.actor.rfind("org/", 0) == 0 ? ctx_.res.organization(m.actor.substr(4)) : nullptr;
            o && o->trade_bloc)
          return m.actor;
        if (!m.country.empty()) return "country/" + m.country;
      }
      return {};
    };
    // (A government building is a source, not an economy: "nach Angaben des Bundeskanzleramts". A
    // currency's country, "2.1 billion U.S. Dlrs", is no mention at all.)
    for (const auto& m : ms)
      if (!m.building) push(economy_of(m));
    // No economy named, but two leaders of two countries ("The two leaders agreed to raise
    // bilateral trade …", "Erdoğan and Mitsotakis …"): their countries.
    if (econ.empty()) {
      std::vector<std::string> theirs;
      for (const auto& m : ms)
        if (m.kind == ActorKind::kPerson && !m.actor.empty() && !m.country.empty() && m.via != Via::kPossessive &&
            std::find(theirs.begin(), theirs.end(), "country/" + m.country) == theirs.end())
          theirs.push_back("country/" + m.country);
      if (theirs.size() == 2) econ = theirs;
    }
    // Figures told partner by partner (see `partner_opens` above): each is of the partner named after
    // the "with" before it, and of none when that partner is no economy.
    if (partner_opens.size() >= 2) {
      std::size_t w = a.begin;
      while (w > s.first && !std::binary_search(partner_opens.begin(), partner_opens.end(), w - 1)) --w;
      if (w > s.first) {
        const ActorMention* partner = nullptr;
        for (const auto& m : ms)
          if (m.begin >= w && m.begin <= w + 1 && !economy_of(m).empty()) partner = &m;
        if (!partner) {
          remember_period(ai);
          continue;
        } else if (econ.size() > 2 || std::find(econ.begin(), econ.end(), economy_of(*partner)) == econ.end()) {
          econ.clear();
          push(economy_of(*partner));
        } else {
          // (the reporting economy: one named outside the "with" phrases)
          std::vector<std::string> keep{economy_of(*partner)};
          for (const auto& m : ms)
            if (!economy_of(m).empty() && !partner_mark(si, m) && economy_of(m) != keep[0] && keep.size() < 2)
              keep.push_back(economy_of(m));
          econ = keep;
        }
      }
    }
    // No economy named, right after a figure that named them: the same two ("… imported 514
    // billion from China, exports were 223 billion. The deficit thus came to 291 billion").
    const bool many_partners = many_trade_partners();
    // (Where the article reports trade with many partners, only a figure of the same measure: "Its
    // surplus with the U.S. rose to 7.3 billion … In the first quarter it reached 1.6 billion", not
    // "… with Canada 3.3 billion. In the full year, imports rose to 369.5 billion".)
    auto balance = [](const std::string& f) { return f == "surplus" || f == "deficit"; };
    if (econ.empty() && si > 0 && !cue_in(s.first, s.last, Cat::kMultilateral))
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
        if (it->sentence + 2 < si) break;
        if (it->ev.type != "trade_figure" || it->sentence >= si) continue;
        if (many_partners && it->ev.trade_flow != flow && !(balance(flow) && balance(it->ev.trade_flow))) break;
        for (const auto& p : it->ev.participants) push(p.actor_id);  // (the reporting economy first)
        break;
      }
    // No economy named, right after a trade sentence that named two: those ("… de handel tussen
    // hun landen uit te breiden. Het streven is een handelsvolume van 100 miljard dollar").
    if (econ.empty() && si > 0 && !many_partners && cue_in(sent(si - 1).first, sent(si - 1).last, Cat::kTradeNoun) &&
        !cue_in(s.first, s.last, Cat::kMultilateral)) {
      std::vector<std::string> before;
      for (const auto& m : mentions(si - 1))
        if (const std::string id = economy_of(m); !id.empty() && std::find(before.begin(), before.end(), id) == before.end())
          before.push_back(id);
      if (before.size() == 2) econ = before;
    }
    // No economy named, but the trade of the article's two countries is the subject ("Der
    // innerdeutsche Handel … Allerdings ist der Warenaustausch zuletzt gesunken: 1985 …").
    // (… or told as the one known: "Das Handelsvolumen lag … bei rund 1,25 Milliarden Euro" in a
    // story of Austria and Serbia.)
    // (Not when it names the two in words not understood: "Der Warenaustausch zwischen der Union und
    // dem Stadtstaat".)
    const bool definite_trade = t->b > s.first && ctx_.find(t->b - 1, Cat::kDefinite, t->b) &&
                                !ctx_.any(t->e, std::min<std::size_t>(t->e + 2, s.last), Cat::kBetween);
    if (econ.empty() && si > 0 && !many_partners && !cue_in(s.first, s.last, Cat::kMultilateral) &&
        (cue_in(sent(si - 1).first, sent(si - 1).last, Cat::kTradeNoun) || definite_trade ||
         std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& x) { return x.ev.type == "trade_figure"; }))) {
      const std::string first = main_country_other_than(si, "");
      const std::string second = first.empty() ? std::string() : main_country_other_than(si, first);
      if (!second.empty()) {
        push("country/" + first);
        push("country/" + second);
      }
    }
    const bool bilateral_here = bilateral || (si > 0 && cue_in(sent(si - 1).first, sent(si - 1).last, Cat::kBilateral));
    if (econ.size() < 2 && bilateral_here) {
      for (const auto& c : focus_pair(si)) push("country/" + c);
    } else if (econ.size() == 1 && !counted_countries(si) &&
               (!many_partners || partner_named(si, ms, econ[0]) || cue_in(s.first, s.last, Cat::kTradeContext) ||
                std::any_of(ms.begin(), ms.end(), [](const ActorMention& m) {
                  return m.via == Via::kTwoCountries || m.via == Via::kTwoPersons;  // ("entre ambos")
                }))) {  // (not with "de vijf landen samen")
      const std::string mine = econ[0].rfind("country/", 0) == 0 ? econ[0].substr(8) : std::string();
      const std::string other = main_country_other_than(si, mine);
      // A bloc does not trade with one of its members.
      const OrgInfo* bloc = econ[0].rfind("org/", 0) == 0 ? ctx_.res.organization(econ[0].substr(4)) : nullptr;
      const bool member = bloc && std::find(bloc->members.begin(), bloc->members.end(), other) != bloc->members.end();
      if (!other.empty() && !member) push("country/" + other);
    }
    if (econ.size() < 2) {
      remember_period(ai);
      continue;
    }
    if (econ.size() > 2) {
      // "los dos socios de la Comunidad Andina": a bloc that both countries of the pair belong to
      // is not a third economy.
      std::vector<std::string> two;
      for (const auto& m : ms)
        if (m.via == Via::kTwoCountries && !economy_of(m).empty() && std::find(two.begin(), two.end(), economy_of(m)) == two.end())
          two.push_back(economy_of(m));
      auto holds_both = [&](const std::string& id) {
        const OrgInfo* o = id.rfind("org/", 0) == 0 ? ctx_.res.organization(id.substr(4)) : nullptr;
        if (!o || two.size() != 2) return false;
        for (const auto& c : two)
          if (c.rfind("country/", 0) != 0 || std::find(o->members.begin(), o->members.end(), c.substr(8)) == o->members.end()) return false;
        return true;
      };
      econ.erase(std::remove_if(econ.begin(), econ.end(), holds_both), econ.end());
    }
    if (econ.size() > 2) {
      // A figure in a clause of its own that names no economy ("…, y el comercio bilateral alcanzó
      // los 1.090 millones en 2015") is of the two of the figure before it in the sentence.
      std::size_t clause = s.first;
      for (std::size_t k = s.first; k + 1 < a.begin; ++k)
        if ((toks_[k].norm == "," || toks_[k].norm == ";") && ctx_.find(k + 1, Cat::kAnd, k + 2)) clause = k + 2;
      const bool names_one = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& m) {
        return m.begin >= clause && !economy_of(m).empty();
      });
      if (clause > s.first && !names_one)
        for (auto it = drafts_.rbegin(); it != drafts_.rend() && it->sentence == si; ++it)
          if (it->ev.type == "trade_figure") {
            econ.clear();
            for (const auto& p : it->ev.participants) push(p.actor_id);
            break;
          }
    }
    if (econ.size() > 2) {
      // Keep the pair nearest the amount.
      std::vector<std::pair<long, std::string>> near;
      for (const auto& m : ms)
        if (!economy_of(m).empty())
          near.emplace_back(std::labs(static_cast<long>(m.begin) - static_cast<long>(a.begin)), economy_of(m));
      std::sort(near.begin(), near.end());
      econ.clear();
      for (const auto& [dist, id] : near)
        if (econ.size() < 2 && std::find(econ.begin(), econ.end(), id) == econ.end()) econ.push_back(id);
      if (econ.size() < 2) continue;
    }
    // Order: the reporting economy first ("X's exports to Y", "imports from Y", "deficit with Y").
    for (const auto& m : ms) {
      if (economy_of(m) != econ[0]) continue;
      // ("De export van Chili naar Peru": the exports of / from the first go out from it.)
      if (partner_mark(si, m) && (flow != "export" || !m.begin || !ctx_.covering(m.begin - 1, Cat::kFromPrep)))
        std::swap(econ[0], econ[1]);
      break;
    }
    Draft d = new_draft(si, t->b, t->e, "trade_figure");
    d.ev.trade_flow = flow;
    const char* r1 = flow == "export" ? "exporter" : flow == "import" ? "importer" : "party";
    const char* r2 = flow == "export" ? "importer" : flow == "import" ? "exporter" : "party";
    add_participant(d.ev, r1, econ[0]);
    add_participant(d.ev, r2, econ[1]);
    d.ev.amount = MoneyAmount{a.value, a.currency, a.qualifier};
    // (the tense up to the figure: "Japan's surplus with the U.S. will reach 14.8 billion dlrs")
    const bool told_future = future(si, t->b, std::max<std::size_t>(t->e, std::min<std::size_t>(a.begin, t->e + 8)));
    const TimeExpr* best = period_of(ai);
    if (best) {
      used_times.insert(best);
      d.ev.start = best->date;
      if (best->last_month) d.ev.end = PartialDate{best->date.year, best->last_month, 0};
      // A part of the year with no year written that has not begun yet, in a figure told as done:
      // last year's ("the deficit was 38.4 billion dlrs in the fourth quarter", in March).
      if (best->last_month && !best->explicit_year && best->date.year == ctx_.published().year &&
          best->date.month > ctx_.published().month && ctx_.published().has_month() && !told_future) {
        --d.ev.start.year;
        --d.ev.end.year;
      }
      // "in January and February", "from April to June": the months between.
      if (best->kind == TimeKind::kMonth && !best->last_month)
        for (const auto& te : times)
          if (&te != best && te.kind == TimeKind::kMonth && te.begin > best->end && te.begin <= best->end + 2 &&
              (ctx_.any(best->end, te.begin, Cat::kAnd) || te.until || toks_[best->end].norm == "-" || toks_[best->end].norm == "–") &&
              te.date.year == best->date.year && te.date.month > best->date.month) {
            d.ev.end = te.date;
            used_times.insert(&te);
          }
      d.ev.date_source = "text";
    } else if (!last_trade_period_.empty() && last_trade_sentence_ + 3 >= si) {
      // "Im vergangenen Jahr stieg der Handel … Die Exporte erreichten dabei 8,2 Milliarden Euro."
      d.ev.start = last_trade_period_;
      d.ev.date_source = "text";
    } else if (si > 0 &&
               std::any_of(ctx_.sentences[si - 1].amounts.begin(), ctx_.sentences[si - 1].amounts.end(),
                           [](const Amount& x) { return !x.percent && !x.currency.empty(); }) &&
               !future(si - 1, sent(si - 1).first, sent(si - 1).last)) {
      // "Vorig jaar handelde China voor ruim 70 miljard dollar met de vijf landen samen. … de
      // handel tussen beide landen bedroeg ruim 31 miljard dollar": the year of the figure just
      // before, when it had one.
      for (const auto& te : ctx_.sentences[si - 1].times)
        if ((te.kind == TimeKind::kYear || te.kind == TimeKind::kRelYear) && !te.since && !te.until) {
          d.ev.start = te.date;
          d.ev.date_source = "text";
          break;
        }
    }
    if (!d.ev.start.empty() && !compared(a.begin)) {  // (not the period of a figure compared with)
      last_trade_period_ = d.ev.start;
      last_trade_sentence_ = si;
    }
    d.ev.status = told_future ? "planned" : "occurred";
    d.confidence = 0.8;
    emit(d);
  }
}

void Extractor::trade_continued(std::size_t si) {
  if (si == 0) return;
  // (One figure only, in the sentence's first clause: "Im ersten Halbjahr 2011 waren es bereits rund
  // 4,1 Milliarden Euro; allein die kasachischen Lieferungen … summierten sich auf knapp 3,2 …".)
  const Sentence& s = sent(si);
  std::size_t first_clause = s.last;
  for (std::size_t k = s.first; k < s.last && first_clause == s.last; ++k)
    if (toks_[k].norm == ";") first_clause = k;
  const Amount* money = nullptr;
  for (const Amount& a : ctx_.sentences[si].amounts) {
    if (a.percent || a.currency.empty() || a.value < 1e6 || a.begin >= first_clause) continue;
    if (money) return;
    money = &a;
  }
  if (!money) return;
  const Draft* prev = nullptr;
  for (auto it = drafts_.rbegin(); it != drafts_.rend() && !prev && it->sentence + 1 >= si; ++it)
    if (!it->anaphoric && it->ev.type == "trade_figure" && it->sentence + 1 == si) prev = &*it;
  Draft pair;  // (or the two economies of a trade sentence right before, without a figure)
  if (!prev && !trade_pair_.empty() && trade_pair_sentence_ + 1 == si) {
    for (const auto& id : trade_pair_) add_participant(pair.ev, "party", id);
    pair.ev.trade_flow = "total";
    prev = &pair;
  }
  if (!prev) return;
  const TimeExpr* period = nullptr;  // the one nearest the figure
  // (another clause is further: "2014 waren es nur noch vier Milliarden Euro, und im vergangenen Jahr …")
  auto gap = [&](const TimeExpr& te) {
    const std::size_t lo = te.begin >= money->end ? money->end : te.end, hi = te.begin >= money->end ? te.begin : money->begin;
    std::size_t g = hi - lo;
    for (std::size_t k = lo; k < hi; ++k) g += toks_[k].norm == "," || toks_[k].norm == ";" ? 8 : 0;
    return g;
  };
  // (a part of a year too, the year written: "Im ersten Halbjahr 2011")
  auto year_written = [&](const TimeExpr& te) {
    for (std::size_t k = te.begin; k < te.end; ++k)
      if (toks_[k].kind == TokenKind::kNumber && ctx_.tok_text(k).size() == 4) return true;
    return false;
  };
  for (const auto& te : ctx_.sentences[si].times)
    if ((te.kind == TimeKind::kYear || te.kind == TimeKind::kRelYear || (te.kind == TimeKind::kMonth && te.end <= money->begin && year_written(te))) &&
        !te.since && !te.until && te.end <= first_clause && (!period || gap(te) < gap(*period)))
      period = &te;
  if (!period) return;
  // (No other economy before the figure, and no other event told.)
  for (const auto& m : mentions(si)) {
    if (m.begin >= money->begin) break;
    if (m.kind == ActorKind::kCountry &&
        std::none_of(prev->ev.participants.begin(), prev->ev.participants.end(),
                     [&](const Participant& p) { return p.actor_id == "country/" + m.country; }))
      return;
  }
  if (!triggers(si, {Cat::kVisitNoun, Cat::kVisitVerb, Cat::kTreatyNoun, Cat::kPhoneNoun, Cat::kMeetingNoun}).empty()) return;
  Draft d = new_draft(si, money->begin, money->end, "trade_figure");
  d.ev.participants = prev->ev.participants;
  d.ev.trade_flow = prev->ev.trade_flow;
  d.ev.amount = MoneyAmount{money->value, money->currency, money->qualifier};
  d.ev.start = period->date;
  d.ev.date_source = "text";
  d.ev.status = period->date.year > ctx_.published().year ? "planned" : "occurred";
  d.confidence = 0.6;
  emit(d);
}

// ---------------------------------------------------------------- meetings

void Extractor::meetings(std::size_t si) {
  const auto& ms = mentions(si);
  const auto trigs = triggers(si, {Cat::kMeetingNoun, Cat::kMeetingVerb});
  if (trigs.empty()) return;
  const Trigger& t = trigs.front();
  if (polarity(si, t.b, t.e) != Polarity::kPositive) return;
  std::vector<std::string> parties;
  for (const auto& m : ms)
    if (m.kind == ActorKind::kPerson && !m.actor.empty() &&
        std::find(parties.begin(), parties.end(), m.actor) == parties.end())
      parties.push_back(m.actor);
  if (parties.size() < 2) return;
  Draft d = new_draft(si, t.b, t.e, "meeting");
  for (std::size_t k = 0; k < parties.size() && k < 4; ++k) add_participant(d.ev, "party", parties[k]);
  finish(d, si, t.b, t.e, "announced", "occurred", 0.6);
}

// ---------------------------------------------------------------- merging

// The actors that identify an event: everyone but a visit's host (who may or may not be named).
bool same_actors(const EventRecord& a, const EventRecord& b, bool ordered) {
  auto key = [](const EventRecord& e) {
    std::vector<Participant> out;
    for (const auto& p : e.participants)
      if (!describing_role(p.role)) out.push_back(p);
    return out;
  };
  if (ordered) {
    auto ka = key(a), kb = key(b);
    auto by_role = [](const Participant& x, const Participant& y) { return x.role < y.role; };
    std::sort(ka.begin(), ka.end(), by_role);
    std::sort(kb.begin(), kb.end(), by_role);
    return ka == kb;
  }
  std::vector<std::string> x, y;
  for (const auto& p : key(a)) x.push_back(p.actor_id);
  for (const auto& p : key(b)) y.push_back(p.actor_id);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return x == y;
}

}  // namespace
}  // namespace kg::extract

namespace kg {

bool same_event(const EventRecord& a, const EventRecord& b) {
  if (a.type != b.type) return false;
  if (a.type == "visit") return extract::same_actors(a, b, true);
  if (a.type == "trade_figure") {
    if (!extract::same_actors(a, b, false) || a.trade_flow != b.trade_flow || !a.amount || !b.amount) return false;
    if (a.amount->currency != b.amount->currency) return false;
    return std::fabs(a.amount->value - b.amount->value) <= 0.01 * std::max(a.amount->value, b.amount->value) &&
           compatible(a.start, b.start);
  }
  if (a.type.rfind("treaty", 0) == 0)
    return extract::same_actors(a, b, false) &&
           (a.treaty_name.empty() || b.treaty_name.empty() || text::fold(a.treaty_name) == text::fold(b.treaty_name));
  return extract::same_actors(a, b, false);
}

void absorb_event(EventRecord& into, const EventRecord& from) {
  for (const auto& p : from.participants)  // a host named in one report only
    if (describing_role(p.role) && std::find(into.participants.begin(), into.participants.end(), p) == into.participants.end())
      into.participants.push_back(p);
  // A stated date wins over the day the story was at ("context"), which wins over the month of
  // publication.
  auto precise = [](const EventRecord& e) {
    return e.date_source == "text" ? (e.start.day ? 4 : e.start.month ? 3 : 2) : e.date_source == "context" ? 1 : 0;
  };
  auto within = [](const EventRecord& span, const EventRecord& x) {
    if (span.end.empty() || !span.start.has_day() || x.start.empty()) return false;
    const long d = days_from_civil(first_day(x.start));
    return d >= days_from_civil(span.start) && d <= days_from_civil(last_day(span.end));
  };
  // A stated span ("a three-day visit from Monday") wins over a day inside it.
  if (from.date_source == "text" && within(from, into) && into.end.empty()) {
    into.start = from.start;
    into.end = from.end;
    into.date_source = from.date_source;
  } else if (within(into, from)) {
    // keep into's span
  } else if (precise(from) > precise(into)) {
    into.start = from.start;
    into.end = from.end;
    into.date_source = from.date_source;
  } else if (into.type == "visit" && into.date_source == "text" && from.date_source == "text" && into.start.has_day() &&
             from.start.has_day()) {
    // Reports of different days of one visit (arrival on Thursday, talks on Saturday, leaving on
    // Sunday): the visit spans them all.
    auto last = [](const EventRecord& e) { return e.end.has_day() ? e.end : e.start; };
    const PartialDate lo = days_from_civil(from.start) < days_from_civil(into.start) ? from.start : into.start;
    const PartialDate hi = days_from_civil(last(from)) > days_from_civil(last(into)) ? last(from) : last(into);
    into.start = lo;
    into.end = days_from_civil(hi) > days_from_civil(lo) ? hi : PartialDate{};
  } else if (into.end.empty() && !from.end.empty() && compatible(into.start, from.start) &&
             (!into.start.has_day() || !from.end.has_day() || days_from_civil(from.end) >= days_from_civil(into.start))) {
    into.end = from.end;  // (an end before the start belongs to something else)
  }
  into.count = std::max(into.count, from.count);
  into.brief = into.brief || from.brief;
  if (into.treaty_name.empty()) into.treaty_name = from.treaty_name;
  if (into.status == "occurred" && from.status == "announced" && into.date_source != "text") into.status = from.status;
  // (A report that it took place, with its day, wins over one written before it happened: "sollte
  // am Dienstagnachmittag empfangen werden" at 16:45, "was received on Tuesday" at 18:20.)
  else if (into.status == "announced" && (from.status == "occurred" || from.status == "under_way") && from.date_source == "text" &&
           into.date_source == "text")
    into.status = from.status;
  if (from.status == "cancelled") into.status = "cancelled";
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
}

std::pair<long, long> event_window(const EventRecord& ev, const PartialDate& published) {
  if (ev.date_source == "text" && !ev.start.empty())
    return {days_from_civil(first_day(ev.start)), days_from_civil(last_day(ev.end.empty() ? ev.start : ev.end))};
  if (published.has_day()) return {days_from_civil(published) - 45, days_from_civil(published) + 14};
  return {-1000000000L, 1000000000L};
}

}  // namespace kg

namespace kg::extract {
namespace {

// Dates of two reports of one event agree when they are compatible, or when one falls within
// the other's span (the signing on day two of a three-day visit).
bool dates_agree(const EventRecord& a, const EventRecord& b) {
  // A date only guessed (from publication) agrees with a told one of about the same time, not with
  // one told years before ("s'était rendu à Alger en décembre 2001").
  if (a.type == "visit" && (a.date_source == "text") != (b.date_source == "text") && !a.start.empty() && !b.start.empty() &&
      std::labs(days_from_civil(first_day(a.start)) - days_from_civil(first_day(b.start))) > 62)
    return false;
  if (a.date_source != "text" || b.date_source != "text" || compatible(a.start, b.start)) return true;
  auto inside = [](const EventRecord& span, const EventRecord& x) {
    if (span.end.empty() || x.start.empty()) return false;
    const long d = days_from_civil(first_day(x.start));
    return d >= days_from_civil(first_day(span.start)) && d <= days_from_civil(last_day(span.end));
  };
  return inside(a, b) || inside(b, a);
}

bool mergeable(const EventRecord& a, const EventRecord& b) {
  if (!same_event(a, b)) return false;
  auto made = [](const EventRecord& e) { return e.status == "occurred" || e.status == "under_way"; };
  // A signing told as done and one announced for a day of its own are two ("unterzeichneten eine
  // gemeinsame Erklärung … Am Mittwoch sollen weitere Verträge unterzeichnet werden").
  auto dated_plan = [](const EventRecord& e) { return (e.status == "announced" || e.status == "planned") && e.date_source == "text" && e.start.has_day(); };
  if (a.type.rfind("treaty", 0) == 0 && ((made(a) && dated_plan(b)) || (made(b) && dated_plan(a)))) return false;
  if (dates_agree(a, b)) return true;
  // A headline's event dated only by the story's day is the one the text dates a few days before:
  // "Macron passe un coup de fil à Donald Trump" over "s'est entretenu vendredi soir avec Trump".
  auto by_story_day = [](const EventRecord& x, const EventRecord& y) {
    return x.date_source == "publication" && y.date_source == "text" && x.start.has_day() && y.start.has_day() && x.end.empty() &&
           days_from_civil(y.start) <= days_from_civil(x.start) && days_from_civil(x.start) - days_from_civil(y.start) <= 7;
  };
  if (a.type == "phone_call" && (by_story_day(a, b) || by_story_day(b, a))) return true;
  // One article, one trip: the same visitor in the same country within two weeks (not a stop
  // called off beside one made: "devait d'abord faire étape lundi à Moscou ; il y a renoncé").
  const bool called_off_beside_made = (a.status == "cancelled" && made(b)) || (b.status == "cancelled" && made(a));
  if (a.type == "visit" && a.start.has_day() && b.start.has_day() && !called_off_beside_made)
    return std::labs(days_from_civil(a.start) - days_from_civil(b.start)) <= 14;
  return false;
}

std::vector<EventRecord> Extractor::merge() {
  const text::CodePointIndex cps(ctx_.text());
  // Evidence for every draft.
  for (auto& d : drafts_) {
    const Sentence& s = sent(d.sentence);
    EventMention m;
    m.article = ctx_.doc.article->identifier;
    m.sentence_begin = cps.at(s.begin);
    m.sentence_end = cps.at(s.end);
    m.trigger_begin = cps.at(toks_[d.trig_b].begin);
    m.trigger_end = cps.at(toks_[d.trig_e - 1].end);
    m.sentence = std::string(ctx_.text().substr(s.begin, s.end - s.begin));
    m.trigger = ctx_.span_text(d.trig_b, d.trig_e);
    m.confidence = d.confidence;
    d.ev.mentions = {m};
  }
  // A signing told without its day takes that of the agreement the sentence before dated: "The
  // meeting built on an agreement reached in Beijing on March 10. After four days of talks there,
  // Shamkhani and Al-Aiban signed a deal …".
  for (auto& d : drafts_) {
    if (d.anaphoric || d.ev.type.rfind("treaty", 0) != 0 || d.ev.date_source == "text" || d.sentence == 0) continue;
    for (const auto& a : drafts_)
      if (a.anaphoric && a.ev.type.rfind("treaty", 0) == 0 && a.sentence + 1 == d.sentence && a.ev.date_source == "text") give_date(a, d);
  }
  // A headline's event on the story's own day tells the event the text dates ("Macron passe un coup
  // de fil à Donald Trump" over "… s'est entretenu vendredi soir avec Donald Trump").
  for (auto& d : drafts_)
    if (d.sentence == 0 && sent(0).last < ctx_.toks().size() && d.ev.date_source == "text" && d.ev.start == ctx_.published() &&
        d.ev.end.empty() && d.ev.type == "phone_call" && ctx_.sentences.size() > 1)
      d.ev.date_source = "publication";
  std::vector<EventRecord> events;
  std::vector<std::size_t> event_sentence;
  // The kind of an agreement is its noun, unless the noun points back ("the deal", "the accord").
  std::vector<std::set<std::string>> kinds;
  auto kind_of = [&](const Draft& d) {
    if (d.ev.type.rfind("treaty", 0) != 0 || d.trig_e <= d.trig_b) return std::string();
    if (d.trig_b > sent(d.sentence).first && ctx_.find(d.trig_b - 1, Cat::kDefinite, d.trig_b)) return std::string();
    std::string k = text::fold(ctx_.span_text(d.trig_b, d.trig_e));
    if (!k.empty() && k.back() == 's') k.pop_back();
    return k;
  };
  // Another noun may name the same agreement ("signed a pact … the agreement, signed by …"),
  // and a batch is one signing ("a joint declaration and various legal instruments"), but one
  // agreement of a list of several kinds signed by one verb, each with "a"/"een"/"un", is one of
  // its own ("signed an intergovernmental framework agreement …, as well as memorandums of
  // understanding"), unless the list only gives examples of a batch ("a series of agreements,
  // including a treaty on …"; "eine Reihe von Kooperationsabkommen" is a batch too).
  std::vector<std::string> draft_kinds;
  std::map<std::size_t, std::set<std::string>> verb_kinds;  // the kinds signed by one verb
  for (const auto& d : drafts_) {
    draft_kinds.push_back(d.anaphoric ? std::string() : kind_of(d));
    if (!draft_kinds.back().empty() && d.verb != SIZE_MAX) verb_kinds[d.verb].insert(draft_kinds.back());
  }
  auto one_of_list = [&](const Draft& d, const std::string& kind) {
    const std::size_t first = sent(d.sentence).first;
    if (kind.empty() || d.verb == SIZE_MAX || verb_kinds[d.verb].size() < 2 || ctx_.any(first, d.trig_b, Cat::kIncluding))
      return false;
    for (std::size_t k = d.trig_b; k > first && k + 4 > d.trig_b; --k) {
      if (toks_[k - 1].norm == "," || ctx_.find(k - 1, Cat::kAnd, k) || ctx_.find(k - 1, Cat::kOf, k)) break;
      if (ctx_.find(k - 1, Cat::kOneArticle, k)) return true;
    }
    return false;
  };
  std::vector<std::set<std::size_t>> kind_sentences;
  std::vector<bool> listed;
  for (auto& d : drafts_) {
    if (d.anaphoric) continue;
    bool merged = false;
    const std::string& kind = draft_kinds[static_cast<std::size_t>(&d - drafts_.data())];
    const bool own = one_of_list(d, kind);
    // (An agreement's times must overlap, not just one be unknown: "eine gemeinsame Erklärung"
    // signed in a story of today is not "eine Erklärung" signed in June, nor "the reciprocal
    // access agreement, which Kishida signed … in January".)
    auto overlap = [&](const EventRecord& e) {
      if (e.type.rfind("treaty", 0) != 0) return true;
      const auto [lo, hi] = event_window(e, ctx_.published());
      const auto [lo2, hi2] = event_window(d.ev, ctx_.published());
      return lo <= hi2 && lo2 <= hi;
    };
    for (std::size_t i = 0; i < events.size(); ++i)
      if (mergeable(events[i], d.ev) && overlap(events[i]) &&
          (kind.empty() || kinds[i].empty() || kinds[i].count(kind) ||
           (!own && (!listed[i] || kind_sentences[i].count(d.sentence))))) {
        absorb_event(events[i], d.ev);
        if (!kind.empty()) kinds[i].insert(kind), kind_sentences[i].insert(d.sentence);
        merged = true;
        break;
      }
    if (!merged) {
      events.push_back(d.ev);
      event_sentence.push_back(d.sentence);
      kinds.push_back(kind.empty() ? std::set<std::string>{} : std::set<std::string>{kind});
      kind_sentences.push_back(kind.empty() ? std::set<std::size_t>{} : std::set<std::size_t>{d.sentence});
      listed.push_back(own);
    }
  }
  // Mentions without actors go to the nearest event of their family.
  auto family = [](const std::string& t) { return t.rfind("treaty", 0) == 0 ? std::string("treaty") : t; };
  for (auto& d : drafts_) {
    if (!d.anaphoric) continue;
    EventRecord* best = nullptr;
    std::size_t best_dist = 0, best_sentence = 0;
    for (std::size_t k = 0; k < events.size(); ++k) {
      if (family(events[k].type) != family(d.ev.type)) continue;
      if (!d.ev.treaty_name.empty() && !events[k].treaty_name.empty() &&
          text::fold(d.ev.treaty_name) != text::fold(events[k].treaty_name))
        continue;
      const std::size_t dist = event_sentence[k] > d.sentence ? event_sentence[k] - d.sentence : d.sentence - event_sentence[k];
      if (!best || dist < best_dist) {
        best = &events[k];
        best_dist = dist;
        best_sentence = event_sentence[k];
      }
    }
    if (best && best_dist <= 6) {
      best->mentions.push_back(d.ev.mentions.front());
      // "Xi is sinds gisteren voor een driedaags bezoek in het Golfland": since a day before the
      // one told, for that many days.
      if (d.since && best->type == "visit" && best->start.has_day() && d.ev.start.has_day()) {
        const long back = days_from_civil(best->start) - days_from_civil(d.ev.start);
        if (back > 0 && back <= 7) {
          best->start = d.ev.start;
          if (d.days > 1) best->end = add_days(best->start, d.days - 1);
          best->date_source = "text";
        }
      }
      // A span told for the visit that holds the day told: "Santokhi kwam maandag aan voor een
      // werkbezoek dat tot en met zondag duurt" after Wednesday's reception, "Abe kwam gisteren aan
      // voor een driedaags bezoek" after today's signing (a day and the visit's length).
      // (A visit known only by its month takes the span that falls in it.)
      const bool in_month = !best->start.has_day() && best->start.has_month() && best->start.year == d.ev.start.year &&
                            best->start.month == d.ev.start.month;
      if (best->type == "visit" && d.ev.date_source == "text" && d.ev.start.has_day() && (best->start.has_day() || in_month) &&
          (d.ev.end.has_day() || d.days > 1)) {
        const long s0 = days_from_civil(d.ev.start), b0 = in_month ? s0 : days_from_civil(best->start);
        const long e0 = d.ev.end.has_day() ? days_from_civil(d.ev.end) : s0 + d.days - 1;
        // (Not a tour's span on one of its stops: the visitor goes nowhere else in the article.)
        const std::string who = role_actor(*best, "visitor"), where = role_actor(*best, "destination");
        const bool tour = std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& x) {
          return !x.anaphoric && x.ev.type == "visit" && role_actor(x.ev, "visitor") == who && role_actor(x.ev, "destination") != where;
        });
        if (!tour && s0 <= b0 && b0 <= e0 && b0 - s0 <= 7 && e0 - s0 <= 14 && (d.ev.end.has_day() || s0 < b0 || in_month) &&
            (!best->end.has_day() || days_from_civil(best->end) <= e0)) {
          best->start = d.ev.start;
          best->end = add_days(d.ev.start, e0 - s0);
          best->date_source = "text";
        }
      }
      if (d.days > 1 && best->type == "visit" && best->start.has_day() && best->end.empty() && best->date_source == "text")
        best->end = add_days(best->start, d.days - 1);
      // A later day of the visit ("on Thursday, the last day of the trip") extends it by up to a week.
      if (best->type == "visit" && best->date_source == "text" && d.ev.date_source == "text" && best->start.has_day() &&
          d.ev.start.has_day() && d.ev.end.empty() && d.sentence > best_sentence) {
        const long gap = days_from_civil(d.ev.start) - days_from_civil(best->end.has_day() ? best->end : best->start);
        if (gap > 0 && days_from_civil(d.ev.start) - days_from_civil(best->start) <= 7) best->end = d.ev.start;
      }
      // "The accord was signed here yesterday": a later mention may give the date.
      // (A visit's day comes from what is told of the visit itself: "called last month to prepare
      // the visit" dates the call.)
      if (best->type != "visit" && best->date_source != "text" && d.ev.date_source == "text" && !d.ev.start.empty()) {
        best->start = d.ev.start;
        best->end = d.ev.end;
        best->date_source = "text";
      }
    }
  }
  return events;
}

std::vector<EventRecord> Extractor::run() {
  locate_summits();
  for (std::size_t si = 0; si < ctx_.doc.sentences.size(); ++si) {
    visits(si);
    phone_calls(si);
    treaties(si);
    memberships(si);
    trade_figures(si);
    meetings(si);
  }
  // Countries that only appear as roles (a dateline, an organisation's seat) become actors too.
  for (const auto& d : drafts_)
    for (const auto& p : d.ev.participants)
      if (p.actor_id.rfind("country/", 0) == 0 && !ctx_.actors.count(p.actor_id)) ctx_.country_actor(p.actor_id.substr(8), "");
  auto events = merge();
  // A tour: each stop ends when the next begins ("Havana on Sunday, … Buenos Aires on Tuesday"
  // with the whole trip's length on the first stop).
  std::map<std::string, std::vector<EventRecord*>> tours;
  for (auto& e : events)
    if (e.type == "visit" && e.start.has_day())
      for (const auto& p : e.participants)
        if (p.role == "visitor") tours[p.actor_id].push_back(&e);
  for (auto& [visitor, stops] : tours) {
    std::stable_sort(stops.begin(), stops.end(),
                     [](const EventRecord* a, const EventRecord* b) { return days_from_civil(a->start) < days_from_civil(b->start); });
    for (std::size_t k = 0; k + 1 < stops.size(); ++k) {
      EventRecord& a = *stops[k];
      const EventRecord& b = *stops[k + 1];
      // A stop with no stated end lasts until the trip goes on to the next, a few days later
      // ("arrived in Moscow on Friday … flew to Dar es Salaam on Sunday").
      const long gap = days_from_civil(b.start) - days_from_civil(a.start);
      if (a.end.empty() && !a.brief && gap > 0 && gap <= 3 && a.status != "cancelled" && b.status != "cancelled" &&
          role_actor(a, "destination") != role_actor(b, "destination")) {
        a.end = b.start;
        continue;
      }
      // (Stops that start the same day say nothing about each other's end.)
      if (!a.end.has_day() || days_from_civil(a.end) <= days_from_civil(b.start) ||
          days_from_civil(b.start) <= days_from_civil(a.start))
        continue;
      a.end = b.start;
    }
  }
  // The country a visiting person represents, so that the graph also says which country went
  // where ("visit: Macron → Germany" is also France → Germany).
  for (auto& e : events) {
    if (e.type != "visit") continue;
    const std::string visitor = role_actor(e, "visitor"), dest = role_actor(e, "destination");
    auto it = ctx_.actors.find(visitor);
    if (visitor.rfind("person/", 0) != 0 || it == ctx_.actors.end() || it->second.country.empty()) continue;
    const std::string home = "country/" + it->second.country;
    if (home == dest || ctx_.res.country(it->second.country) == nullptr) continue;
    // An international official (Tusk for the European Council) represents no country.
    bool international = false;
    if (const PersonInfo* rp = it->second.registry ? ctx_.res.person(visitor.substr(7)) : nullptr)
      for (const auto& r : rp->roles) international |= !r.org.empty() && r.covers(e.start.empty() ? ctx_.published() : e.start);
    if (international) continue;
    ctx_.country_actor(it->second.country, "");
    add_participant(e, "visitor_country", home);
  }
  return events;
}

}  // namespace

std::vector<EventRecord> find_events(ArticleContext& ctx) { return Extractor(ctx).run(); }

}  // namespace kg::extract
