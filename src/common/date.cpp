#include "kg/date.h"

#include <charconv>
#include <cstdio>

namespace kg {

std::string PartialDate::iso() const {
  if (year == 0) return {};
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {
bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}
}  // namespace

std::optional<PartialDate> PartialDate::parse_iso(std::string_view s) {
  PartialDate d;
  if (s.size() < 4 || !parse_int(s.substr(0, 4), d.year) || d.year < 1) return std::nullopt;
  if (s.size() == 4) return d;
  if (s.size() < 7 || s[4] != '-' || !parse_int(s.substr(5, 2), d.month) || d.month < 1 || d.month > 12)
    return std::nullopt;
  if (s.size() == 7) return d;
  if (s.size() != 10 || s[7] != '-' || !parse_int(s.substr(8, 2), d.day)) return std::nullopt;
  if (!valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool valid_date(int y, int m, int d) { return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long days_from_civil(const PartialDate& date) {
  long y = date.year;
  const unsigned m = static_cast<unsigned>(date.month), d = static_cast<unsigned>(date.day);
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

PartialDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return PartialDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

PartialDate add_days(const PartialDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

int weekday(const PartialDate& d) {
  const long z = days_from_civil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

PartialDate first_day(const PartialDate& d) {
  if (d.empty()) return d;
  return PartialDate{d.year, d.month ? d.month : 1, d.day ? d.day : 1};
}

PartialDate last_day(const PartialDate& d) {
  if (d.empty()) return d;
  const int m = d.month ? d.month : 12;
  return PartialDate{d.year, m, d.day ? d.day : days_in_month(d.year, m)};
}

bool compatible(const PartialDate& a, const PartialDate& b) {
  if (a.empty() || b.empty()) return true;
  if (a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

PartialDate more_precise(const PartialDate& a, const PartialDate& b) {
  auto rank = [](const PartialDate& d) { return d.empty() ? 0 : d.day ? 3 : d.month ? 2 : 1; };
  return rank(b) > rank(a) ? b : a;
}

}  // namespace kg
