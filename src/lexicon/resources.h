// Everything the extractors know: per-language lexicons and gazetteers, the country table (ICU/CLDR
// plus schema/actors/countries.json), and the registry of persons and organisations. Loaded once,
// validated, then shared read-only by every article (no mutable state: extraction may run in
// parallel).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/date.h"
#include "kg/schema_files.h"
#include "kg/status.h"
#include "lexicon/phrase_table.h"

namespace kg {

// Roles of persons, as used in the registry and in title lexicons.
struct RoleSpan {
  std::string role;    // head_of_state, head_of_government, foreign_minister, …
  std::string title;   // "President of Russia"
  std::string country; // alpha-3, when national
  std::string org;     // organisation id, when the role is in an organisation
  PartialDate start, end;
  bool covers(const PartialDate& when) const;
};

struct CountryInfo {
  std::string code;     // ISO 3166-1 alpha-3 (or ISO 3166-3 for historical states)
  std::string alpha2;
  std::string name;     // English
  std::string qid;      // Wikidata, when known
  std::string form;     // "kingdom", "emirate" when the country is one ("the kingdom" is one of those)
  bool historical = false;
  int from_year = 0, to_year = 0;       // historical states: years of existence
  std::vector<std::string> territories; // present-day countries wholly inside it
};

struct PersonInfo {
  std::string id;       // "Q7747" or a slug of the name
  std::string name;
  std::string qid;
  std::string country;
  std::string gender;   // "male", "female" or ""
  std::vector<std::string> aliases;
  std::vector<std::string> surnames;
  std::vector<RoleSpan> roles;
};

struct OrgInfo {
  std::string id;        // "UN", "EU", …
  std::string name;
  std::string qid;
  std::string type;      // IntergovernmentalOrganization | GovernmentOrganization
  std::string country;   // for national organisations
  std::string part_of;
  std::string seat;      // country of the headquarters
  bool meets_at_seat = false;  // its meetings are always held at the seat
  bool trade_bloc = false;     // a customs union or common market: trades as one economy (EU, Mercosur)
  std::vector<std::string> aliases;
  std::vector<std::string> members;
};

// Role ids used by titles; role names are kept as strings in payloads' sval.
// A first-level subdivision (Bavaria, California, Catalonia): its government signs agreements,
// its economy trades. Becomes an Organization actor "region/DE-BY" with its country.
struct RegionInfo {
  std::string id;       // ISO 3166-2
  std::string country;  // alpha-3
  std::string name;     // English
  std::string qid;
  std::map<std::string, std::vector<std::string>> names, demonyms;  // by language
};

// Codes of an event type in the CAMEO and PLOVER ontologies (schema/event_types.json).
struct EventCodes {
  std::string cameo, plover, mode, context, label;
};

struct LanguageData {
  std::string code;
  std::string name;
  char decimal = '.';
  char group = ',';
  std::unordered_set<std::string> abbreviations;
  bool ordinal_dot = false;        // "am 3. Mai": a dot after a day number ends no sentence
  bool capitalized_nouns = false;  // German: a capital letter does not make a name
  bool adjective_after_noun = false;  // French, Spanish: "le président sénégalais"
  bool declined_names = false;        // German: "die Vereinigten Staaten" beside "Vereinigte Staaten"
  bool pro_drop = false;              // Spanish: a finite verb needs no subject pronoun ("partirá hacia California")
  bool verb_last = false;             // Dutch, German: subordinate and perfect clauses end with the verb
  std::vector<std::string> name_suffixes;  // genitive endings of names: "Russlands" → "Russland"
  PhraseTable table;
  // For words built from parts: "tweedaags" = "twee" + "daags", "dreitägigen", "two-day".
  std::unordered_map<std::string, double> number_words;      // folded → value
  std::vector<std::pair<std::string, int>> duration_units;   // folded unit → days, longest first
  std::vector<std::pair<std::string, double>> scale_suffixes; // folded scale → factor ("bn" in "1.5bn")
  std::unordered_map<std::string, int> months;               // folded → 1..12 (for compact forms)
  // Titles only a woman holds ("chancelière", "*kanzlerin", "queen"): folded, "*" = word ending.
  std::unordered_set<std::string> feminine_titles;
  std::vector<std::string> feminine_title_endings;
  // Plural forms of titles ("presidents", "dirigentes", "Staatschefs"): folded; they name a group,
  // never one person to resolve.
  std::unordered_set<std::string> plural_titles;
  bool feminine_title(const std::string& folded) const {
    if (feminine_titles.count(folded)) return true;
    for (const auto& e : feminine_title_endings)
      if (folded.size() >= e.size() && folded.compare(folded.size() - e.size(), e.size(), e) == 0) return true;
    return false;
  }
};

class Resources {
 public:
  // Loads and validates every file. `languages` restricts the lexicons loaded (empty = all found
  // under lang/). A broken file gives a kDataError naming the file and what is wrong.
  static Result<std::shared_ptr<const Resources>> load(const SchemaSource& source,
                                                       const std::vector<std::string>& languages = {});

  const LanguageData* language(const std::string& code) const;
  std::vector<std::string> language_codes() const;
  // Language-independent phrases: registry persons and organisations.
  const PhraseTable& global() const { return global_; }

  const CountryInfo* country(const std::string& code) const;
  const PersonInfo* person(const std::string& id) const;
  const OrgInfo* organization(const std::string& id) const;
  const RegionInfo* region(const std::string& id) const;
  // The country of a political party written in brackets after a name ("(CSU)"), or "".
  const std::string& party_country(const std::string& folded_name) const;
  // The currency a country uses now (ICU/CLDR: "NOR" → "NOK"), or "".
  const std::string& currency_of(const std::string& country) const;
  // CAMEO/PLOVER codes of an event type; `intent` for announced and planned events. nullptr for
  // a type the file does not list.
  const EventCodes* event_codes(const std::string& type, bool intent) const;
  const std::map<std::string, CountryInfo>& countries() const { return countries_; }
  // The state a present-day country belonged to on `when`: "RUS" in 1987 → "SUN". Else `code`.
  const std::string& state_at(const std::string& code, const PartialDate& when) const;
  // Registry persons one of whose names ends in `folded_word` ("duterte": Rodrigo Duterte, Sara
  // Duterte): for a title followed by a single name.
  std::vector<const PersonInfo*> persons_by_last_name(const std::string& folded_word) const;
  // The registry person holding `role` for `country` on `when` (nullptr when unknown or ambiguous).
  const PersonInfo* role_holder(const std::string& country, const std::string& role, const PartialDate& when) const;
  // Month names of every language (folded → 1..12) and publication markers, for ingest.
  const std::unordered_map<std::string, int>& month_names() const { return month_names_; }
  const std::vector<std::string>& publication_markers() const { return publication_markers_; }
  const std::string& context_jsonld() const { return context_; }  // schema/context.jsonld

  std::size_t person_count() const { return persons_.size(); }

 private:
  Status load_countries(const SchemaSource& src);
  Status load_persons(const SchemaSource& src);
  Status load_organizations(const SchemaSource& src);
  Status load_given_names(const SchemaSource& src);
  Status load_regions(const SchemaSource& src);
  Status load_parties(const SchemaSource& src);
  Status load_event_types(const SchemaSource& src);
  Status load_cities(const SchemaSource& src);
  void add_cities(LanguageData& lang, std::size_t column);
  Status load_language(const SchemaSource& src, const std::string& code);

  std::map<std::string, LanguageData> languages_;
  PhraseTable global_;
  std::map<std::string, CountryInfo> countries_;
  std::unordered_map<std::string, std::string> alpha2_to_3_;
  std::map<std::string, PersonInfo> persons_;
  std::unordered_map<std::string, std::vector<std::string>> last_names_;  // folded last name word → person ids
  std::map<std::string, OrgInfo> orgs_;
  std::map<std::string, RegionInfo> regions_;
  std::unordered_map<std::string, std::string> parties_;  // folded name -> country
  std::unordered_map<std::string, std::string> currency_of_;  // country -> ISO 4217
  struct City {
    std::string country;               // alpha-3
    unsigned population = 0;
    std::vector<std::string> names;    // en, nl, de, fr, es
  };
  std::vector<City> cities_;
  std::map<std::string, std::pair<EventCodes, std::optional<EventCodes>>> event_codes_;
  // historical-state names per language: code → (lang → names)
  std::map<std::string, std::map<std::string, std::vector<std::string>>> historical_names_;
  std::map<std::string, std::map<std::string, std::vector<std::string>>> historical_demonyms_;
  std::unordered_map<std::string, int> month_names_;
  std::vector<std::string> publication_markers_;
  std::string context_;
};

}  // namespace kg
