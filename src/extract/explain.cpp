// kgbuild --explain: what the extractors saw, sentence by sentence. Meant for people writing
// lexicons: when an event is missed, this shows which actor, time or amount was not recognised.
#include <sstream>

#include "extract/context.h"

namespace kg::extract {
namespace {

const char* via_name(Via v) {
  switch (v) {
    case Via::kName: return "name";
    case Via::kSurname: return "surname";
    case Via::kTitleOnly: return "title";
    case Via::kCountryName: return "country";
    case Via::kDemonym: return "demonym";
    case Via::kCompound: return "compound";
    case Via::kPlace: return "place";
    case Via::kCapital: return "capital";
    case Via::kOrgName: return "org";
    case Via::kPronoun: return "pronoun";
    case Via::kPossessive: return "possessive";
    case Via::kTwoCountries: return "two-countries";
    case Via::kTwoPersons: return "two-persons";
    case Via::kTheCountry: return "the-country";
    case Via::kHere: return "here";
  }
  return "?";
}

const char* time_name(TimeKind k) {
  switch (k) {
    case TimeKind::kDate: return "date";
    case TimeKind::kMonth: return "month";
    case TimeKind::kYear: return "year";
    case TimeKind::kWeekday: return "weekday";
    case TimeKind::kRelDay: return "rel-day";
    case TimeKind::kRelWeek: return "rel-week";
    case TimeKind::kRelMonth: return "rel-month";
    case TimeKind::kRelYear: return "rel-year";
    case TimeKind::kDuration: return "duration";
  }
  return "?";
}

}  // namespace

std::string explain(const ArticleContext& ctx) {
  std::ostringstream out;
  out << "== " << ctx.doc.article->identifier << " (" << ctx.doc.language << ", published "
      << ctx.published().iso() << ")";
  if (!ctx.dateline_country.empty()) out << " dateline " << ctx.dateline_country;
  if (!ctx.home_country.empty()) out << " home " << ctx.home_country;
  out << "\n";
  static const std::pair<Cat, const char*> kTriggers[] = {
      {Cat::kVisitNoun, "visit-noun"},   {Cat::kVisitVerb, "visit-verb"},     {Cat::kMotionVerb, "motion"},
      {Cat::kArrivalVerb, "arrival"},    {Cat::kSummit, "summit"},            {Cat::kPhoneNoun, "phone-noun"},
      {Cat::kPhoneVerb, "phone-verb"},   {Cat::kPhonePhrase, "phone-medium"}, {Cat::kTreatyNoun, "treaty"},
      {Cat::kTreatyAction, "treaty-act"}, {Cat::kTradeNoun, "trade"},         {Cat::kMeetingNoun, "meeting"},
      {Cat::kMeetingVerb, "meet-verb"},  {Cat::kHostVerb, "host-verb"}, {Cat::kGuests, "guests"}, {Cat::kInvite, "invite"},     {Cat::kComparison, "comparison"}, {Cat::kYearPart, "year-part"},     {Cat::kFuture, "future"},            {Cat::kCancel, "cancel"},
      {Cat::kNegation, "negation"},      {Cat::kHypothetical, "hypothetical"}, {Cat::kTitle, "title"}};
  for (std::size_t si = 0; si < ctx.doc.sentences.size(); ++si) {
    const Sentence& s = ctx.doc.sentences[si];
    const SentenceInfo& info = ctx.sentences[si];
    std::string text(ctx.text().substr(s.begin, s.end - s.begin));
    for (char& c : text)
      if (c == '\n') c = ' ';
    out << "[" << si << "] " << text << "\n";
    for (const auto& m : info.actors) {
      out << "    actor   " << ctx.span_text(m.begin, m.end) << " → " << m.actor << " (" << via_name(m.via);
      if (!m.country.empty()) out << ", " << m.country;
      out << ")\n";
    }
    for (const auto& t : info.times) {
      out << "    time    " << ctx.span_text(t.begin, t.end) << " → " << time_name(t.kind) << " ";
      if (t.kind == TimeKind::kDuration) out << t.days << " days";
      else if (t.kind == TimeKind::kWeekday) out << t.backward.iso() << " / " << t.forward.iso();
      else out << t.date.iso();
      if (t.from) out << " from";
      if (t.until) out << " until";
      out << "\n";
    }
    for (const auto& a : info.amounts)
      out << "    amount  " << ctx.span_text(a.begin, a.end) << " → " << std::fixed << a.value << " "
          << (a.percent ? "%" : a.currency) << (a.qualifier.empty() ? "" : " " + a.qualifier) << "\n";
    std::string cues;
    for (std::size_t i = s.first; i < s.last; ++i)
      for (const auto& [cat, name] : kTriggers)
        if (const Match* m = ctx.find(i, cat, s.last)) cues += std::string(" ") + name + ":" + ctx.span_text(i, m->end);
    if (!cues.empty()) out << "    cues   " << cues << "\n";
  }
  return out.str();
}

}  // namespace kg::extract
