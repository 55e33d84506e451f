// Calendar dates at the precision a text gives them: a year, a year and month, or a full day.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg {

struct PartialDate {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown

  bool empty() const { return year == 0; }
  bool has_day() const { return day != 0; }
  bool has_month() const { return month != 0; }
  // "2021", "2021-03" or "2021-03-22"; "" when empty.
  std::string iso() const;
  // Parses the three ISO forms above; nullopt for anything else or an impossible date.
  static std::optional<PartialDate> parse_iso(std::string_view s);
  static PartialDate ymd(int y, int m, int d) { return PartialDate{y, m, d}; }

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Day arithmetic on full dates (proleptic Gregorian). Preconditions: has_day().
long days_from_civil(const PartialDate& d);
PartialDate civil_from_days(long days);
PartialDate add_days(const PartialDate& d, long n);
// 0 = Monday … 6 = Sunday.
int weekday(const PartialDate& d);
int days_in_month(int year, int month);
bool valid_date(int year, int month, int day);

// First and last day covered by a partial date ("2021-03" → 2021-03-01 .. 2021-03-31).
PartialDate first_day(const PartialDate& d);
PartialDate last_day(const PartialDate& d);

// True when the two (possibly partial) dates can denote the same day: one is a prefix of the other.
bool compatible(const PartialDate& a, const PartialDate& b);
// The more precise of two compatible dates.
PartialDate more_precise(const PartialDate& a, const PartialDate& b);

}  // namespace kg
