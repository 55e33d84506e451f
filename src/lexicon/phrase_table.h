// Multi-word look-up over folded tokens: the one mechanism behind every lexicon and gazetteer.
// A phrase is tokenized exactly as article text is, so "minister van Buitenlandse Zaken" or
// "U.S." match the same way they are written. A single-token phrase written "*bezoek" matches
// any token ending in "bezoek" (German and Dutch compounds: staatsbezoek, Antrittsbesuch).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/tokenize.h"

namespace kg {

// What a phrase means. Categories are grouped by the stage that uses them.
enum class Cat : std::uint8_t {
  // dates
  kMonth, kWeekday, kWeekdayLast, kWeekdayNext, kRelDay, kDaysFromTold, kRelWeek, kRelMonth, kRelYear, kSameYear, kDayPart, kFrom, kUntil, kSince, kDurationUnit,
  kPublicationMarker, kPeriodStart, kPeriodEnd, kYearWord, kYearPart, kHoliday, kOffsetWord, kOffsetAfter, kYearsAhead,
  // numbers and money
  kNumberWord, kScale, kCurrency, kQualifier, kPercent, kTimes,
  // actors
  kCountryName, kDemonym, kCombiningForm, kPlace, kRegion, kPerson, kPersonSurname, kOrganization, kTitle,
  kGivenName, kFamilyName, kRegionName, kRegionDemonym, kOrgHead,
  // events
  kVisitNoun, kVisitVerb, kMotionVerb, kArrivalVerb, kDestPrep, kSummit, kAttend, kDeparture, kFirstDay, kLastDay, kHostVerb, kGuests, kInvite, kStay, kDelegation, kLedBy, kHostNoun, kStopover, kItinerary, kTourCountries, kTripEnd,
  kPhoneNoun, kPhoneVerb, kPhonePhrase,
  kTreatyNoun, kTreatyAction, kMemberNoun, kBecome, kApprove,
  kTradeNoun, kTradeContext, kBilateral, kComparison, kMultilateral, kFunds,
  kMeetingNoun, kMeetingVerb,
  // clause cues
  kMultiplicative,
  kFuture, kPast, kCancel, kNegation, kHypothetical, kHere, kReport, kReportedFuture,
  // grammar
  kWith, kBetween, kAnd, kOf, kFromPrep, kToPrep, kBy, kAccordingTo, kDeterminer, kSpeechVerb,
  kPronoun, kPossessive, kTwoCountries, kTwoPersons, kTheCountry, kNotName, kLocative, kRelative, kInfinitive, kDefinite, kCapitalWord, kCityWord, kComplementizer, kDuring, kFronting, kSequence, kObjectPronoun, kTopic, kReciprocal, kDemonstrative, kAtHomeOf, kHonorific, kIndefinite, kOneArticle, kIncluding, kNamedAfter, kPrevious, kOrdinal, kSame, kFollowedBy, kBothFirst, kBothSecond,
  kNotTrigger,
};

struct Payload {
  Cat cat;
  std::uint8_t flags = 0;  // kFlag* below
  std::int32_t ival = 0;   // month, weekday, offset, role or action id, …
  double dval = 0;         // number and scale values
  std::string sval;        // country code, currency, actor id, qualifier, …
};

inline constexpr std::uint8_t kFlagExactCase = 1;   // an acronym: the text must match its case ("US")
inline constexpr std::uint8_t kFlagCapital = 2;     // the text must start upper case ("Jordan")
inline constexpr std::uint8_t kFlagAmbiguous = 4;   // also an ordinary word: accept only in context
inline constexpr std::uint8_t kFlagCapitalCity = 8; // a place that stands for its government
inline constexpr std::uint8_t kFlagBuilding = 16;   // a government building ("Élysée", "White House")
inline constexpr std::uint8_t kFlagPostfix = 32;    // a currency word that counts only after its number ("won")
inline constexpr std::uint8_t kFlagSmallPlace = 64; // a town: a place only right after a locative preposition ("in Biarritz")
inline constexpr std::uint8_t kFlagCityDb = 128;    // a city from libgeonames (not a curated place)

struct Match {
  std::uint32_t begin;  // token index
  std::uint32_t end;    // one past the last token
  const Payload* payload;
};

class PhraseTable {
 public:
  // In an accent-sensitive table (German, French, Spanish) a phrase written with accents only
  // matches text with the same accents: "würde" is not "wurde", "sí" is not "si".
  void set_accent_sensitive(bool on) { accent_sensitive_ = on; }
  // Where nouns are not capitalised, a suffix entry ("*dra", a future ending) does not match a
  // capitalised word inside a sentence: "Narendra" is a name.
  void set_capitalized_nouns(bool on) { capitalized_nouns_ = on; }
  // Adds `phrase` (tokenized and folded here). `original_case` decides kFlagExactCase/kFlagCapital
  // from how the phrase is written. Empty phrases are ignored.
  void add(const std::string& phrase, Payload payload);
  // Every match starting at token `i`, longest first.
  void matches_at(std::string_view text, const std::vector<Token>& toks, std::size_t i, std::size_t limit,
                  std::vector<Match>& out) const;
  std::size_t size() const { return payloads_.size(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // folded tokens after the first
    std::vector<std::string> raw;   // tokens as written (for case checks)
    std::vector<std::string> lower; // lower case, accents kept
    std::uint32_t payload;
  };
  struct SuffixEntry {
    std::string suffix;
    std::string lower_suffix;
    std::uint32_t payload;
  };
  bool accent_sensitive_ = false;
  bool capitalized_nouns_ = false;
  std::vector<Payload> payloads_;
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::vector<SuffixEntry> suffixes_;
};

}  // namespace kg
