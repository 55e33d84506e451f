// Time expressions of one sentence, resolved against the publication date: explicit dates in each
// language's formats, month and year mentions, weekdays (both directions kept until the event's
// tense decides), relative days/weeks/months/years, and durations ("tweedaags", "two-day",
// "de trois jours").
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "common/date_scan.h"
#include "common/text_util.h"
#include "extract/context.h"

namespace kg::extract {
namespace {

// The year (pub-1, pub, pub+1) that puts month/day closest to the publication date.
int closest_year(const PartialDate& pub, int month, int day) {
  if (pub.empty()) return 0;
  const long p = days_from_civil(first_day(pub));
  int best = pub.year;
  long best_dist = -1;
  for (int y = pub.year - 1; y <= pub.year + 1; ++y) {
    const int d = day ? std::min(day, days_in_month(y, month)) : 15;
    const long dist = std::labs(days_from_civil(PartialDate{y, month, d}) - p);
    if (best_dist < 0 || dist < best_dist) {
      best_dist = dist;
      best = y;
    }
  }
  return best;
}


// "tweedaags" → 2, "two-day" → 2, "3-day" → 3, "weeklong" → 7; 0 when the word is no duration.
int duration_word(const ArticleContext& ctx, const std::string& norm) {
  for (const auto& [unit, days] : ctx.lang.duration_units) {
    if (norm.size() < unit.size() || norm.compare(norm.size() - unit.size(), unit.size(), unit) != 0) continue;
    std::string prefix = norm.substr(0, norm.size() - unit.size());
    if (!prefix.empty() && prefix.back() == '-') prefix.pop_back();
    if (prefix.empty())  // "weeklong", "week-long": the unit itself is the duration
      return (unit.find("long") != std::string::npos || unit.find("lang") != std::string::npos) ? days : 0;
    if (std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= '0' && c <= '9'; }) && prefix.size() <= 3)
      return std::atoi(prefix.c_str()) * days;
    auto it = ctx.lang.number_words.find(prefix);
    if (it != ctx.lang.number_words.end() && it->second >= 1 && it->second <= 60) return static_cast<int>(it->second) * days;
  }
  return 0;
}

// The last day told among `ts` (a date, a day relative to publication, a weekday told as past),
// or an empty date.
PartialDate told_day(const std::vector<TimeExpr>& ts) {
  PartialDate day;
  for (const auto& x : ts)
    if ((x.kind == TimeKind::kDate || x.kind == TimeKind::kRelDay) && x.date.has_day() && !x.since) day = x.date;
    else if (x.kind == TimeKind::kWeekday && !x.backward.empty() && !x.since) day = x.backward;
  return day;
}

}  // namespace

double number_value(const ArticleContext& ctx, const Token& t, bool* ok) {
  *ok = false;
  if (t.kind == TokenKind::kNumber) {
    const double v = parse_number(t.norm, ctx.lang.decimal, ctx.lang.group, ok);
    return v;
  }
  auto it = ctx.lang.number_words.find(t.norm);
  if (it != ctx.lang.number_words.end()) {
    *ok = true;
    return it->second;
  }
  return 0;
}

void find_times(ArticleContext& ctx, std::size_t si) {
  const Sentence& s = ctx.doc.sentences[si];
  const auto& toks = ctx.toks();
  const PartialDate& pub = ctx.published();
  auto& out = ctx.sentences[si].times;
  auto month_of = [&](std::size_t k) -> int {
    const Match* m = ctx.find(k, Cat::kMonth, k + 1);
    return m ? m->payload->ival : 0;
  };
  auto recent = [&](const TimeExpr& t) {
    // "sinds maandag", "since Monday": the start of what is still going on, not a background date.
    if (t.kind == TimeKind::kWeekday || t.kind == TimeKind::kRelDay) return true;
    return t.kind == TimeKind::kDate && pub.has_day() && t.date.has_day() &&
           std::labs(days_from_civil(pub) - days_from_civil(t.date)) <= 14;
  };
  // A month or day without its year: the closest one, unless the sentence tells the past ("was",
  // "agreed") and not the future: then this year's, as long as it is not yet to come ("in maart"
  // in an October story about an agreement: the March before, not the one after).
  const bool past_only = ctx.any(s.first, s.last, Cat::kPast) && !ctx.any(s.first, s.last, Cat::kFuture);
  // "en noviembre de 1977", "im November 1977", "Christmas Day of 1986": the year named right
  // after a month or a day (from token e on) is theirs.
  auto year_after = [&](TimeExpr& te, std::size_t e) {
    std::size_t y = e;
    if (y < s.last && (toks[y].norm == "de" || toks[y].norm == "del" || toks[y].norm == "of" || toks[y].norm == ",")) ++y;
    if (y < s.last && year_number(toks[y])) {
      te.date.year = year_number(toks[y]);
      te.explicit_year = true;
      te.end = static_cast<std::uint32_t>(y + 1);
    }
  };
  // (In a clause opened by "when", "that", "quand" …, the tense of that clause: "sounded pessimistic
  // about defusing the row when he visits Washington on April 29" is this April's.)
  auto past_at = [&](std::size_t pos) {
    if (pos == SIZE_MAX || !past_only) return past_only;
    std::size_t b = pos;
    while (b > s.first && toks[b - 1].norm != "," && toks[b - 1].norm != ";" && !ctx.find(b - 1, Cat::kComplementizer, b)) --b;
    if (b == s.first || !ctx.find(b - 1, Cat::kComplementizer, b)) return past_only;
    std::size_t e = pos;
    while (e < s.last && toks[e].norm != "," && toks[e].norm != ";") ++e;
    return ctx.any(b, e, Cat::kPast) && !ctx.any(b, e, Cat::kFuture);
  };
  auto year_of = [&](int month, int day, std::size_t pos = SIZE_MAX) {
    const int y = closest_year(pub, month, day);
    if (!past_at(pos) || pub.empty()) return y;
    // Told in the past: the last such month or day up to publication ("recalled his visit last
    // October" in June: the October before).
    for (int c = std::min(y, pub.year); c >= pub.year - 1; --c) {
      const PartialDate here{c, month, day ? std::min(day, days_in_month(c, month)) : 1};
      if (days_from_civil(here) <= days_from_civil(last_day(pub)) || (!day && c == pub.year && month == pub.month)) return c;
    }
    return y;
  };
  auto mark_context = [&](TimeExpr& t) {
    if (t.begin > s.first) {
      const std::size_t p = t.begin - 1;
      // "since he assumed power in June 1982": everything after "since" in its clause.
      for (std::size_t k = t.begin; k-- > s.first;) {
        if (toks[k].norm == "," || toks[k].norm == ";") break;
        if (ctx.find(k, Cat::kSince, t.begin)) {
          if (recent(t) && k + 1 == t.begin) {
            t.from = true;
            t.forward = t.backward;  // since: the past one
            if (t.kind == TimeKind::kWeekday) t.date = t.backward;
          }
          else t.since = true;
          break;
        }
      }
      t.from = ctx.covering(p, Cat::kFrom) != nullptr;
      t.until = ctx.covering(p, Cat::kUntil) != nullptr;
      t.period_end = ctx.covering(p, Cat::kPeriodEnd) != nullptr;
    }
  };
  // A time expression over tokens [b, e) of `kind` on `date`, in its context.
  auto push_time = [&](std::size_t b, std::size_t e, TimeKind kind, const PartialDate& date) {
    TimeExpr te{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), kind};
    te.date = date;
    mark_context(te);
    out.push_back(te);
  };
  // The dateline's date is the publication's, not an event's.
  const std::size_t first = (si == 0 && ctx.dateline_end > s.first && ctx.dateline_end <= s.last) ? ctx.dateline_end : s.first;
  for (std::size_t i = first; i < s.last;) {
    const Token& t = toks[i];
    // A range of days: "du 5 au 7 avril", "vom 22. bis 24. März", "from 5 to 7 April", "5-7 april";
    // two days running: "les 15 et 16 juillet", "am 15. und 16. Juli".
    if (const int d1 = day_number(t); d1 && i + 2 < s.last) {
      std::size_t k = i + 1;
      if (toks[k].norm == "." && ctx.lang.ordinal_dot) ++k;
      const Match* u = ctx.find(k, Cat::kUntil);
      const Match* both = u ? nullptr : ctx.find(k, Cat::kAnd);
      const bool dash = toks[k].norm == "-" || toks[k].norm == "–";
      if (u || dash || both) {
        std::size_t j = u ? u->end : both ? both->end : k + 1;
        // "du lundi 15 au jeudi 18 mai": a weekday before the second day.
        if (const Match* w = ctx.find(j, Cat::kWeekday); w && w->end < s.last) j = w->end;
        if (auto d2 = scan_date_at(ctx.text(), toks, j, s.last, month_of);
            d2 && d2->date.day && d1 < d2->date.day && (!both || d2->date.day == d1 + 1)) {
          PartialDate end = d2->date;
          if (!end.year) end.year = year_of(end.month, end.day, i);
          TimeExpr a{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), TimeKind::kDate};
          a.date = PartialDate{end.year, end.month, d1};
          a.from = true;
          TimeExpr b{static_cast<std::uint32_t>(d2->begin), static_cast<std::uint32_t>(d2->end), TimeKind::kDate};
          b.date = end;
          b.until = true;
          if (end.year) {
            out.push_back(a);
            out.push_back(b);
          }
          i = d2->end;
          continue;
        }
      }
    }
    // A day named for its feast ("on Christmas Day", "am Heiligabend", "le jour de l'An"): that
    // day, of the year named right after it, else of the nearest year.
    if (const Match* m = ctx.find(i, Cat::kHoliday); m && m->payload->sval.size() == 5) {
      const int mo = std::atoi(m->payload->sval.substr(0, 2).c_str()), day = std::atoi(m->payload->sval.substr(3, 2).c_str());
      if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) {
        TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kDate};
        te.date = PartialDate{year_of(mo, day, i), mo, day};
        year_after(te, m->end);
        mark_context(te);
        if (te.date.year) out.push_back(te);
        i = te.end;
        continue;
      }
    }
    // Explicit dates.
    if (auto d = scan_date_at(ctx.text(), toks, i, s.last, month_of)) {
      TimeExpr te;
      te.begin = static_cast<std::uint32_t>(d->begin);
      te.end = static_cast<std::uint32_t>(d->end);
      te.date = d->date;
      te.explicit_year = d->date.year != 0;
      if (!te.explicit_year) te.date.year = year_of(d->date.month, d->date.day, i);
      te.kind = te.date.day ? TimeKind::kDate : TimeKind::kMonth;
      if (te.date.year) {
        mark_context(te);
        out.push_back(te);
        // "from September 10 to 19", "June 3-5": the month named first, the last day after.
        std::size_t k = d->end;
        const Match* u = k < s.last ? ctx.find(k, Cat::kUntil) : nullptr;
        const Match* both = k < s.last && !u ? ctx.find(k, Cat::kAnd) : nullptr;  // "July 15 and 16"
        const bool dash = k < s.last && (toks[k].norm == "-" || toks[k].norm == "–");
        if (te.date.day && (u || dash || both)) {
          const std::size_t j = u ? u->end : both ? both->end : k + 1;
          const int d2 = j < s.last ? day_number(toks[j]) : 0;
          const bool month_next = j + 1 < s.last && month_of(j + 1);
          if (d2 > te.date.day && d2 <= days_in_month(te.date.year, te.date.month) && !month_next &&
              (!both || d2 == te.date.day + 1)) {
            out.back().from = true;
            TimeExpr b{static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(j + 1), TimeKind::kDate};
            b.date = PartialDate{te.date.year, te.date.month, d2};
            b.until = true;
            out.push_back(b);
            i = j + 1;
            continue;
          }
        }
      }
      i = d->end;
      continue;
    }
    // "the following day", "le lendemain", "am Vortag": from the day just told (in this sentence,
    // else the one before), else from publication.
    if (const Match* m = ctx.find(i, Cat::kDaysFromTold)) {
      const Match* rd = ctx.find(i, Cat::kRelDay);
      if (!rd || rd->end <= m->end) {
        PartialDate day = told_day(out);
        if (day.empty() && si > 0) day = told_day(ctx.sentences[si - 1].times);
        // Only a month told just before: that month ("In November, … Herzog called Erdoğan. Bennett
        // spoke with Erdoğan the same day").
        PartialDate month;
        for (const auto* ts : {&out, si > 0 ? &ctx.sentences[si - 1].times : nullptr})
          if (day.empty() && month.empty() && ts)
            for (const auto& x : *ts)
              if (x.kind == TimeKind::kMonth && x.date.has_month() && !x.since) month = x.date;
        if (day.empty() && !month.empty()) {
          push_time(i, m->end, TimeKind::kMonth, month);
          i = m->end;
          continue;
        }
        if (day.empty() && pub.has_day()) day = pub;
        // (From a weekday told just before, both of its readings: "el lunes en Montevideo, y ese
        // mismo día viajará a Buenos Aires" is next Monday when that Monday is.)
        const TimeExpr* wd = nullptr;
        for (const auto* ts : {&out, si > 0 ? &ctx.sentences[si - 1].times : nullptr})
          if (ts && !wd)
            for (const auto& x : *ts)
              if (x.kind == TimeKind::kWeekday && !x.since && x.backward == day && x.forward != x.backward) wd = &x;
        if (wd) {
          TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kWeekday};
          te.forward = add_days(wd->forward, m->payload->ival);
          te.backward = add_days(wd->backward, m->payload->ival);
          te.date = add_days(wd->date, m->payload->ival);
          mark_context(te);
          out.push_back(te);
        } else if (!day.empty()) {
          push_time(i, m->end, TimeKind::kRelDay, add_days(day, m->payload->ival));
        }
        i = m->end;
        continue;
      }
    }
    if (const Match* m = ctx.find(i, Cat::kRelDay)) {
      TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kRelDay};
      if (!pub.empty() && pub.has_day()) te.date = add_days(pub, m->payload->ival);
      mark_context(te);
      if (!te.date.empty()) out.push_back(te);
      i = m->end;
      continue;
    }
    if (const Match* m = ctx.find(i, Cat::kRelWeek)) {
      TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kRelWeek};
      if (pub.has_day()) {
        const PartialDate d = add_days(pub, 7L * m->payload->ival);
        te.date = PartialDate{d.year, d.month, 0};
        te.days = m->payload->ival;  // the offset in weeks
      }
      mark_context(te);
      if (!te.date.empty()) out.push_back(te);
      i = m->end;
      continue;
    }
    if (const Match* m = ctx.find(i, Cat::kRelMonth)) {
      TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kRelMonth};
      if (pub.has_month()) {
        int y = pub.year, mo = pub.month + m->payload->ival;
        while (mo < 1) { mo += 12; --y; }
        while (mo > 12) { mo -= 12; ++y; }
        te.date = PartialDate{y, mo, 0};
      }
      mark_context(te);
      if (!te.date.empty()) out.push_back(te);
      i = m->end;
      continue;
    }
    // "in the first half", "im ersten Quartal", "les neuf premiers mois": a part of the year
    // named next ("… of 1987", "… 2023", "… de l'an dernier"), else of the current year.
    if (const Match* m = ctx.find(i, Cat::kYearPart)) {
      // Its months, when the lexicon gives them ("first quarter": "01-03").
      int m1 = 0, m2 = 0;
      if (m->payload->sval.size() == 5 && m->payload->sval[2] == '-') {
        m1 = std::atoi(m->payload->sval.substr(0, 2).c_str());
        m2 = std::atoi(m->payload->sval.substr(3, 2).c_str());
      }
      int year = 0;
      std::size_t year_end = m->end;
      for (std::size_t k = m->end; k < s.last && k < m->end + 3; ++k) {
        if (const int y = year_number(toks[k])) {
          year = y;
          year_end = k + 1;
          break;
        }
        if (const Match* ry = ctx.find(k, Cat::kRelYear)) {
          year = pub.empty() ? 0 : pub.year + ry->payload->ival;
          year_end = ry->end;
          break;
        }
        // Only linking words in between ("of", "van het", "des Jahres"), no other figures.
        if (!toks[k].is_word() || std::isdigit(static_cast<unsigned char>(toks[k].norm[0])) || ctx.is(k, Cat::kComparison)) break;
      }
      const bool year_next = year_end > m->end;
      if (!year_next && !pub.empty()) year = pub.year;
      if (year && m1 >= 1 && m1 <= 12 && m2 >= m1 && m2 <= 12) {
        // "im ersten Quartal dieses Jahres": January to March of that year.
        TimeExpr te{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(year_end), TimeKind::kMonth};
        te.date = PartialDate{year, m1, 0};
        te.last_month = m2;
        te.explicit_year = year_next;
        mark_context(te);
        out.push_back(te);
        i = year_end;
        continue;
      }
      if (!year_next && year) push_time(i, m->end, TimeKind::kRelYear, PartialDate{year, 0, 0});
      i = m->end;
      continue;
    }
    // "am Nachmittag", "dans l'après-midi", "in the evening": a part of the day the story is at —
    // the day named in this sentence or the one before, else the day of publication.
    if (const Match* m = ctx.find(i, Cat::kDayPart)) {
      PartialDate day = told_day(out);
      if (day.empty() && si > 0) day = told_day(ctx.sentences[si - 1].times);
      if (day.empty() && pub.has_day()) day = pub;
      if (!day.empty()) push_time(i, m->end, TimeKind::kRelDay, day);
      i = m->end;
      continue;
    }
    // "im selben Jahr", "that same year", "la même année": the year last named.
    if (const Match* m = ctx.find(i, Cat::kSameYear)) {
      int year = 0;
      for (auto it = out.rbegin(); it != out.rend() && !year; ++it)
        if (it->kind == TimeKind::kYear || it->kind == TimeKind::kRelYear || it->explicit_year) year = it->date.year;
      for (std::size_t back = 1; back <= 3 && back <= si && !year; ++back)
        for (auto it = ctx.sentences[si - back].times.rbegin(); it != ctx.sentences[si - back].times.rend() && !year; ++it)
          if (it->kind == TimeKind::kYear || it->kind == TimeKind::kRelYear || it->explicit_year) year = it->date.year;
      if (year) push_time(i, m->end, TimeKind::kYear, PartialDate{year, 0, 0});
      i = m->end;
      continue;
    }
    // "within five years", "d'ici cinq ans", "binnen vijf jaar": the year that many years on.
    if (const Match* m = ctx.find(i, Cat::kYearsAhead); m && m->end + 1 < s.last && !pub.empty()) {
      bool ok = false;
      const double n = number_value(ctx, toks[m->end], &ok);
      const Match* unit = ctx.find(m->end + 1, Cat::kYearWord);
      if (ok && unit && n >= 1 && n <= 30 && n == std::floor(n)) {
        TimeExpr te{static_cast<std::uint32_t>(i), unit->end, TimeKind::kRelYear};
        te.date = PartialDate{pub.year + static_cast<int>(n), 0, 0};
        mark_context(te);
        out.push_back(te);
        i = unit->end;
        continue;
      }
    }
    if (const Match* m = ctx.find(i, Cat::kRelYear)) {
      TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kRelYear};
      if (!pub.empty()) te.date = PartialDate{pub.year + m->payload->ival, 0, 0};
      mark_context(te);
      if (!te.date.empty()) out.push_back(te);
      i = m->end;
      continue;
    }
    if (const Match* m = ctx.find(i, Cat::kWeekday)) {
      // "jeudi 12 mai", "Saturday (September 29)": the date says it all.
      std::size_t k = m->end;
      while (k < s.last && k < m->end + 2 && (toks[k].norm == "," || toks[k].norm == "(" || toks[k].norm == "de")) ++k;
      if (auto d = scan_date_at(ctx.text(), toks, k, s.last, month_of); d && d->date.day) {
        i = m->end;
        continue;
      }
      TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kWeekday};
      if (pub.has_day()) {
        const int w = m->payload->ival, pw = weekday(pub);
        te.forward = add_days(pub, (w - pw + 7) % 7);
        te.backward = add_days(pub, -((pw - w + 7) % 7));
        te.date = te.backward;
        // "last Monday" / "next Monday" decide at once.
        if (i > s.first && ctx.covering(i - 1, Cat::kFuture)) te.date = te.backward = te.forward;
        if (i > s.first && ctx.covering(i - 1, Cat::kPast)) te.forward = te.backward;
        // "jeudi dernier", "vorigen Donnerstag", "el próximo jueves", "jeudi prochain": the one
        // before or after the day of publication, never that day itself.
        const bool last = (i > s.first && ctx.covering(i - 1, Cat::kWeekdayLast)) || (m->end < s.last && ctx.find(m->end, Cat::kWeekdayLast));
        const bool next = (i > s.first && ctx.covering(i - 1, Cat::kWeekdayNext)) || (m->end < s.last && ctx.find(m->end, Cat::kWeekdayNext));
        if (last) te.date = te.forward = te.backward = w == pw ? add_days(pub, -7) : te.backward;
        else if (next) te.date = te.backward = te.forward = w == pw ? add_days(pub, 7) : te.forward;
      }
      mark_context(te);
      if (!te.date.empty()) out.push_back(te);
      i = m->end;
      continue;
    }
    // A month on its own ("in June", "eind juli", "en juin"): needs a preposition-like word before.
    if (const Match* m = ctx.find(i, Cat::kMonth); m && i > s.first) {
      const Token& prev = toks[i - 1];
      // ("Begin maart reisde …": the sentence's first word may be capitalised.)
      // ("im vergangenen November", "afgelopen november", "komende november": the last or the
      // next one.)
      const bool last = ctx.covering(i - 1, Cat::kPast) != nullptr, next = !last && ctx.covering(i - 1, Cat::kFuture) != nullptr;
      // ("Erst Anfang September": a capitalised start or end of a period in the middle.)
      const bool period = ctx.covering(i - 1, Cat::kPeriodStart) || ctx.covering(i - 1, Cat::kPeriodEnd);
      const bool prep = prev.is_word() && (!prev.upper_initial || i - 1 == s.first || period) &&
                        (text::count_cps(prev.text(ctx.text())) <= 8 || last || next);
      if (prep && !t.all_caps) {
        TimeExpr te{static_cast<std::uint32_t>(i), m->end, TimeKind::kMonth};
        const int mo = m->payload->ival;
        te.date = PartialDate{year_of(mo, 0, i), mo, 0};
        if ((last || next) && pub.has_month())
          te.date.year = last ? (mo < pub.month ? pub.year : pub.year - 1) : (mo > pub.month ? pub.year : pub.year + 1);
        // The next one and the last one (this month is both), for events told as coming or done.
        if (!last && !next && pub.has_month()) {
          te.forward = PartialDate{mo >= pub.month ? pub.year : pub.year + 1, mo, 0};
          te.backward = PartialDate{mo <= pub.month ? pub.year : pub.year - 1, mo, 0};
        }
        year_after(te, m->end);
        mark_context(te);
        if (te.date.year) out.push_back(te);
        i = te.end;
        continue;
      }
    }
    // A year, or a fiscal year by its first ("2019-2020", "1986/87").
    if (const int y = year_number(t) ? year_number(t) : year_span_start(t)) {
      const bool money_next = i + 1 < s.last && (ctx.is(i + 1, Cat::kScale) || ctx.is(i + 1, Cat::kCurrency));
      const bool money_prev = i > s.first && toks[i - 1].kind == TokenKind::kSymbol;
      if (!money_next && !money_prev) {
        TimeExpr te{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), TimeKind::kYear};
        te.date = PartialDate{y, 0, 0};
        te.explicit_year = true;
        mark_context(te);
        out.push_back(te);
        ++i;
        continue;
      }
    }
    // Durations.
    if (t.is_word()) {
      if (const int days = duration_word(ctx, t.norm)) {
        TimeExpr te{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), TimeKind::kDuration};
        te.days = days;
        out.push_back(te);
        ++i;
        continue;
      }
    }
    if (i + 1 < s.last) {
      bool ok = false;
      double n = number_value(ctx, t, &ok);
      // ("a day after", "einen Tag nachdem": the article counts one)
      if (!ok && ctx.find(i, Cat::kIndefinite, i + 1) && ctx.find(i + 1, Cat::kDurationUnit)) {
        const Match* u1 = ctx.find(i + 1, Cat::kDurationUnit);
        if (u1->end < s.last && ctx.find(u1->end, Cat::kOffsetAfter)) {
          n = 1;
          ok = true;
        }
      }
      if (ok && n >= 1 && n <= 60 && n == std::floor(n)) {
        const Match* u = ctx.find(i + 1, Cat::kDurationUnit);
        // "11 days after", "vor elf Tagen", "il y a onze jours": a distance in time, no length.
        if (u && ((i > s.first && ctx.covering(i - 1, Cat::kOffsetWord)) || (u->end < s.last && ctx.find(u->end, Cat::kOffsetWord)))) {
          if (const Match* after = u->end < s.last ? ctx.find(u->end, Cat::kOffsetAfter) : nullptr) {
            TimeExpr off{i, after->end, TimeKind::kDuration};
            off.days = static_cast<int>(n) * u->payload->ival;
            ctx.sentences[si].offsets.push_back(off);
          }
          i = u->end;
          continue;
        }
        if (u) {
          TimeExpr te{static_cast<std::uint32_t>(i), u->end, TimeKind::kDuration};
          te.days = static_cast<int>(n) * u->payload->ival;
          out.push_back(te);
          i = u->end;
          continue;
        }
      }
    }
    ++i;
  }
  // "van woensdag tot en met vrijdag vorige week", "on Monday next week": the weekdays of that
  // week (weeks start on Monday).
  for (const auto& w : out) {
    if (w.kind != TimeKind::kRelWeek || w.days == 0 || !pub.has_day()) continue;
    const PartialDate that_week = add_days(pub, 7L * w.days);
    const PartialDate monday = add_days(that_week, -static_cast<long>(weekday(that_week)));
    for (auto& t : out) {
      if (t.kind != TimeKind::kWeekday) continue;
      const int wd = weekday(t.backward);
      t.date = t.forward = t.backward = add_days(monday, wd);
    }
  }
  // "in April last year", "im März vergangenen Jahres", "en abril del año pasado": the month of
  // the year named right after it; the two are one expression.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    TimeExpr& m = out[k];
    const TimeExpr& y = out[k + 1];
    if ((m.kind != TimeKind::kMonth && m.kind != TimeKind::kDate) || m.explicit_year || y.kind != TimeKind::kRelYear ||
        y.begin > m.end + 2)
      continue;
    m.date.year = y.date.year;
    m.forward = m.backward = PartialDate{};  // (the year is told: no next or last one)
    m.end = y.end;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // … and the other way round: "Vorig jaar september", "l'an dernier en juin".
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const TimeExpr& y = out[k];
    TimeExpr& m = out[k + 1];
    if (y.kind != TimeKind::kRelYear || (m.kind != TimeKind::kMonth && m.kind != TimeKind::kDate) || m.explicit_year ||
        m.begin > y.end + 1)
      continue;
    m.date.year = y.date.year;
    m.forward = m.backward = PartialDate{};
    m.begin = y.begin;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
  }
}

}  // namespace kg::extract
