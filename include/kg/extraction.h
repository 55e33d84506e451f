// What extraction finds in one article: its actors and its events, each event with the evidence
// it came from. Extraction is per article and free of shared mutable state, so articles can be
// extracted in parallel and merged later (graph stage).
//
//   auto res = kg::load_resources(kg::SchemaSource());          // lexicons, registry
//   kg::ArticleExtraction x = kg::extract_article(article, **res, {});
//   for (const auto& e : x.events) ...                           // e.type, e.participants, e.mentions
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/article.h"
#include "kg/date.h"
#include "kg/schema_files.h"
#include "kg/status.h"

namespace kg {

class Resources;

enum class ActorKind { kCountry, kPerson, kOrganization };
const char* to_string(ActorKind k);

struct ActorRecord {
  std::string id;       // "country/RUS", "person/Q7747", "person/li-yonghui", "org/UN"
  ActorKind kind = ActorKind::kCountry;
  std::string name;     // canonical name (English for countries and registry entries)
  std::set<std::string> surface_forms;  // as written in the articles
  std::string country;  // ISO alpha-3: a person's nationality, a national organisation's country
  std::string qid;      // Wikidata, when known
  std::set<std::string> titles;  // job titles ("minister van Buitenlandse Zaken", "President of Russia")
  std::string org_type; // for organisations: IntergovernmentalOrganization | GovernmentOrganization
  bool registry = false;  // from the curated registry (not discovered in text)
};

struct EventMention {
  std::string article;         // Article::identifier
  std::size_t sentence_begin;  // Unicode code points in Article::text
  std::size_t sentence_end;
  std::size_t trigger_begin;
  std::size_t trigger_end;
  std::string sentence;        // the sentence as written
  std::string trigger;         // the trigger as written
  double confidence = 0;
};

struct Participant {
  std::string role;      // visitor, destination, party, exporter, importer, …
  std::string actor_id;
  friend bool operator==(const Participant&, const Participant&) = default;
};

struct MoneyAmount {
  double value = 0;      // in units of the currency (107 miljard dollar → 1.07e11)
  std::string currency;  // ISO 4217
  std::string qualifier; // more_than, about, almost, less_than, … or ""
};

struct EventRecord {
  std::string type;      // visit, phone_call, treaty_signing, treaty_renewal, …, trade_figure, meeting
  std::vector<Participant> participants;
  PartialDate start, end;
  std::string date_source;  // "text" (stated), "publication" (reported as current), "" (unknown)
  std::string status;       // occurred, under_way, announced, planned, cancelled
  int count = 0;            // how many (calls), when stated
  std::optional<MoneyAmount> amount;
  std::string trade_flow;   // total, export, import, surplus, deficit (trade figures)
  std::string treaty_name;  // as written, when given
  bool brief = false;       // a visit told as a stopover of hours: it does not last until the next stop
  std::vector<EventMention> mentions;
};

struct ArticleExtraction {
  Article article;           // metadata; text kept for quotes and offsets
  std::string language;
  std::string language_source;
  std::vector<ActorRecord> actors;
  std::vector<EventRecord> events;
  // With ExtractOptions::explain: sentence by sentence, the actors, times and amounts found.
  std::string explanation;
};

struct ExtractOptions {
  std::string forced_language;  // --lang
  bool explain = false;         // fill ArticleExtraction::explanation (kgbuild --explain)
};

// Loads lexicons and registry from `source`; see Resources for validation.
Result<std::shared_ptr<const Resources>> load_resources(const SchemaSource& source,
                                                        const std::vector<std::string>& languages = {});

// Roles that describe an event without identifying it: a visit's host (named in one report, not
// in another), the country the visitor represents, a treaty's signatories. Events are compared
// without them.
inline bool describing_role(const std::string& role) {
  return role == "host" || role == "visitor_country" || role == "signatory";
}

// True when two event records describe the same real-world event as far as type, actors and
// attributes tell (dates are checked by the caller): same visitor and destination; same parties;
// same treaty (names compatible); same trade flow, currency and value within 1 %.
bool same_event(const EventRecord& a, const EventRecord& b);
// The days an event may have taken place, as [lo, hi] day numbers: its stated span, else (its date
// only guessed) the weeks around publication (`published`, 45 days before to 14 after), else any.
std::pair<long, long> event_window(const EventRecord& ev, const PartialDate& published);
// Folds `from` into `into`: mentions appended, the more precise date and the larger count kept.
void absorb_event(EventRecord& into, const EventRecord& from);

// Extracts one article. Fails (kBadInput) only when the article cannot be analysed at all, e.g.
// its language has no lexicon.
Result<ArticleExtraction> extract_article(Article article, const Resources& resources, const ExtractOptions& options);

}  // namespace kg
