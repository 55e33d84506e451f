// Working state of the extraction of one article. Private to src/extract.
//
// The article is read twice: the first pass finds actor mentions in every sentence (names,
// titles, demonyms, places, pronouns and other references resolved against what came before);
// the second pass finds events, using the mentions, time expressions and amounts of each
// sentence and the discourse around it.
#pragma once

#include <bitset>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/extraction.h"
#include "lexicon/resources.h"
#include "text/document.h"

namespace kg::extract {

// How an actor mention was recognised.
enum class Via {
  kName,          // a full name from the registry or found after a title
  kSurname,       // a surname (or Chinese family name) of a person seen earlier
  kTitleOnly,     // "de Russische president" resolved to the office holder
  kCountryName,
  kDemonym,       // "Russische", "Chinese": an affiliation
  kCompound,      // one part of "Chinees-Russische", "Sino-Russian"
  kPlace,         // a city that lies in the country
  kCapital,       // a capital standing for its government
  kOrgName,
  kPronoun,       // hij, he, er, il, él
  kPossessive,    // zijn, his, sein, son, su
  kTwoCountries,  // "de twee landen", "both sides"
  kTwoPersons,    // "les deux présidents", "the two leaders"
  kTheCountry,    // "het land", "the country"
  kHere,          // "here" in a datelined story
};

struct ActorMention {
  std::uint32_t begin = 0, end = 0;  // token range
  std::string actor;                 // actor id ("country/RUS", "person/Q7747", …)
  ActorKind kind = ActorKind::kCountry;
  Via via = Via::kName;
  std::string country;               // the country this mention points to (a person's nationality)
  bool building = false;             // a seat of government named by its building ("the Kremlin")
  bool weak() const { return via == Via::kDemonym || via == Via::kCompound; }
};

enum class TimeKind { kDate, kMonth, kYear, kWeekday, kRelDay, kRelWeek, kRelMonth, kRelYear, kDuration };

struct TimeExpr {
  TimeExpr() = default;
  TimeExpr(std::size_t b, std::size_t e, TimeKind k)
      : begin(static_cast<std::uint32_t>(b)), end(static_cast<std::uint32_t>(e)), kind(k) {}
  std::uint32_t begin = 0, end = 0;
  TimeKind kind = TimeKind::kDate;
  PartialDate date;       // resolved (for weekdays: see forward/backward)
  PartialDate forward;    // weekday on or after publication (a month without its year: the next one)
  PartialDate backward;   // weekday on or before publication (a month without its year: the last one)
  int days = 0;           // duration in days
  int last_month = 0;     // a part of a year: its last month ("first quarter": January to March)
  bool from = false;      // "vanaf maandag", "from Monday"
  bool until = false;
  bool period_end = false;    // "late July", "end of"
  bool explicit_year = false; // the year was written
  bool since = false;         // "since June 1982": a point of reference, not the event's date
};

struct Amount {
  std::uint32_t begin = 0, end = 0;
  double value = 0;
  std::string currency;   // "" for a bare number
  std::string qualifier;
  bool percent = false;
};

struct SentenceInfo {
  std::vector<ActorMention> actors;
  std::vector<TimeExpr> times;
  // "four days after", "vier Tage nachdem": how many days (`days`) what follows came before the
  // day the sentence tells.
  std::vector<TimeExpr> offsets;
  std::vector<Amount> amounts;
};

class ArticleContext {
 public:
  ArticleContext(const Document& doc, const LanguageData& lang, const Resources& res);

  const Document& doc;
  const LanguageData& lang;
  const Resources& res;
  const std::string& text() const { return doc.article->text; }
  const std::vector<Token>& toks() const { return doc.tokens; }
  const PartialDate& published() const { return doc.article->published; }

  // Lexicon matches starting at token i (longest first), from the language and the global tables.
  const std::vector<Match>& lang_at(std::size_t i) const { return lang_matches_[i]; }
  const std::vector<Match>& global_at(std::size_t i) const { return global_matches_[i]; }
  // The longest match of `cat` starting at i that ends by `limit`, or nullptr.
  const Match* find(std::size_t i, Cat cat, std::size_t limit = SIZE_MAX) const;
  bool is(std::size_t i, Cat cat) const { return find(i, cat) != nullptr; }
  // A match of `cat` that covers token i (starting at or before it), or nullptr.
  const Match* covering(std::size_t i, Cat cat) const;
  // Does any token in [b, e) start a match of `cat`?
  bool any(std::size_t b, std::size_t e, Cat cat) const;
  // Are tokens [b, e) only what joins the names of a list ("Reagan, Japanese Prime Minister Nakasone
  // and Kohl"): commas, "and", titles, determiners, capitalised words and the mentions `ms` cover?
  // Sets *with_and when an "and" is among them.
  bool list_joint(const std::vector<ActorMention>& ms, std::size_t b, std::size_t e, bool* with_and = nullptr) const;

  // Actors known in this article, by id.
  std::map<std::string, ActorRecord> actors;
  // The actor `id` of this article, made from the registry the first time (`fresh` says so).
  ActorRecord& registry_actor(const std::string& id, ActorKind kind, const std::string& name, const std::string& qid,
                              std::string_view surface, bool& fresh);
  ActorRecord& country_actor(const std::string& code, std::string_view surface);
  // The country of a place: one name may be a city in several countries ("Valencia": Venezuela,
  // Spain; written "VEN|ESP", the most populous first); the one of those the article names most,
  // else the first.
  std::string place_country(const Payload& place) const;
  ActorRecord& person_actor(const PersonInfo& p, std::string_view surface);
  ActorRecord& org_actor(const OrgInfo& o, std::string_view surface);
  ActorRecord& region_actor(const RegionInfo& r, std::string_view surface);
  // An organisation named in the text, not in the registry: "org/x-<slug of its name>".
  ActorRecord& found_org_actor(const std::string& name, const std::string& country, bool government);

  // Normalised roles (head_of_state, foreign_minister, spokesperson, …) of persons seen with a title.
  std::map<std::string, std::set<std::string>> person_roles;
  // Persons whose country was not in the text but taken from the article's main country.
  std::set<std::string> guessed_country;
  // Short names defined in the text ("l'Agence française de développement (AFD)"): acronym → actor.
  std::map<std::string, std::string> org_acronyms;
  // A title with a country but no name yet ("her Brazilian counterpart"): the next person named
  // with a matching title takes that country.
  struct PendingTitle {
    std::string role, country;
    std::size_t sentence;
  };
  std::vector<PendingTitle> pending_titles;
  // Person ids in the order they were mentioned (earlier sentences), for "the minister".
  std::vector<std::pair<std::string, std::size_t>> mention_order;  // (person id, sentence)

  std::vector<SentenceInfo> sentences;
  mutable std::map<std::string, int> named_countries_;  // country → times named (filled on first use)
  mutable bool named_countries_ready_ = false;
  std::string dateline_country;  // "PEKING, March 3 -" → CHN
  std::size_t dateline_end = 0;  // first token after the dateline
  std::string home_country;      // the country most talked about (fallback nationality)

  std::string_view tok_text(std::size_t i) const { return doc.tokens[i].text(text()); }
  std::string bracket_party(std::size_t open, std::size_t last) const;
  std::string span_text(std::size_t b, std::size_t e) const;

 private:
  std::vector<std::vector<Match>> lang_matches_;
  std::vector<std::vector<Match>> global_matches_;
  std::vector<std::bitset<192>> cats_at_;  // which categories start at each token (fast misses)
};

// A number written in digits (the language's separators) or in words ("vijf", "cinco"); *ok tells.
double number_value(const ArticleContext& ctx, const Token& t, bool* ok);

// Stages, in the order extract_article runs them.
void find_times(ArticleContext& ctx, std::size_t sentence);
void find_amounts(ArticleContext& ctx, std::size_t sentence);
// After the actors: a currency unit several currencies share, chosen by the countries named.
void resolve_currencies(ArticleContext& ctx);
void find_dateline(ArticleContext& ctx);             // before times: its date is no event's
void find_actors(ArticleContext& ctx);              // all sentences (first pass)
std::vector<EventRecord> find_events(ArticleContext& ctx);  // second pass

// A readable account of what was found in each sentence (kgbuild --explain).
std::string explain(const ArticleContext& ctx);

// Shared helpers.
std::string role_of_title(const ArticleContext& ctx, std::size_t title_token);
double parse_number(std::string_view s, char decimal, char group, bool* ok);

}  // namespace kg::extract
