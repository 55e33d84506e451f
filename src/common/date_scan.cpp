#include "common/date_scan.h"

#include <charconv>

namespace kg {
namespace {

bool to_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  std::from_chars(s.data(), s.data() + s.size(), out);
  return true;
}

// "19-03-2021", "19.03.2021", "2021-03-19", "19/03/2021" as one number token.
std::optional<PartialDate> numeric_date(std::string_view s) {
  char sep = 0;
  for (char c : s)
    if (c == '-' || c == '.' || c == '/') {
      sep = c;
      break;
    }
  if (!sep) return std::nullopt;
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3) return std::nullopt;
  // A time glued to the year: "03.11.2022-10:48".
  if (sep != '-' && parts[2].size() > 4 && (parts[2][4] == '-' || parts[2][4] == 'T')) parts[2] = parts[2].substr(0, 4);
  int a, b, c;
  if (!to_int(parts[0], a) || !to_int(parts[1], b) || !to_int(parts[2], c)) return std::nullopt;
  if (parts[0].size() == 4 && sep == '-') {  // ISO
    if (valid_date(a, b, c)) return PartialDate{a, b, c};
    return std::nullopt;
  }
  if (parts[2].size() != 4) return std::nullopt;
  // Day first (European); month first only when the day-first reading is impossible.
  if (valid_date(c, b, a)) return PartialDate{c, b, a};
  if (sep == '/' && valid_date(c, a, b)) return PartialDate{c, a, b};
  return std::nullopt;
}

}  // namespace

int day_number(const Token& t) {
  std::string_view s = t.norm;
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  const std::string_view rest = s.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th" && rest != "er" && rest != "e" &&
      rest != "o" && rest != "º" && rest != "de")
    return 0;
  int d = 0;
  std::from_chars(s.data(), s.data() + n, d);
  return (d >= 1 && d <= 31) ? d : 0;
}

int year_number(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.norm.size() != 4) return 0;
  int y = 0;
  if (!to_int(t.norm, y)) return 0;
  return (y >= 1800 && y <= 2199) ? y : 0;
}

int year_span_start(const Token& t) {
  if (t.kind != TokenKind::kNumber || (t.norm.size() != 7 && t.norm.size() != 9)) return 0;
  const char sep = t.norm[4];
  if (sep != '-' && sep != '/') return 0;
  int y = 0, next = 0;
  if (!to_int(t.norm.substr(0, 4), y) || !to_int(t.norm.substr(5), next) || y < 1800 || y > 2199) return 0;
  const bool consecutive = t.norm.size() == 9 ? next == y + 1 : next == (y + 1) % 100;
  return consecutive ? y : 0;
}

std::optional<ExplicitDate> scan_date_at(std::string_view, const std::vector<Token>& toks, std::size_t i,
                                         std::size_t limit, const MonthLookup& month_of) {
  if (i >= limit) return std::nullopt;
  const Token& t = toks[i];
  auto is_connector = [&](std::size_t k) {  // "de" (es), "." after a day (de), "," before a year
    return k < limit && (toks[k].norm == "de" || toks[k].norm == "del" || toks[k].norm == "." || toks[k].norm == ",");
  };
  // A year after position k (skipping one connector), or 0.
  auto year_after = [&](std::size_t k, std::size_t& end) -> int {
    std::size_t j = k;
    if (is_connector(j)) ++j;
    if (j < limit) {
      const int y = year_number(toks[j]);
      if (y) {
        end = j + 1;
        return y;
      }
    }
    return 0;
  };

  if (t.kind == TokenKind::kNumber) {
    if (auto d = numeric_date(t.norm)) return ExplicitDate{*d, i, i + 1};
  }
  if (const int day = day_number(t)) {
    // 19 maart 2021 | 19. März 2021 | 19 de marzo de 2021
    std::size_t j = i + 1;
    if (j < limit && (toks[j].norm == "." || toks[j].norm == "de")) ++j;
    if (j < limit) {
      if (const int m = month_of(j)) {
        std::size_t end = j + 1;
        const int y = year_after(j + 1, end);
        if (y && !valid_date(y, m, day)) return std::nullopt;
        if (!y && day > days_in_month(2000, m)) return std::nullopt;
        return ExplicitDate{PartialDate{y, m, day}, i, end};
      }
    }
  }
  if (const int m = month_of(i)) {
    // March 19, 2021 | Nov 12 | maart 2021
    std::size_t j = i + 1;
    if (j < limit && toks[j].norm == ".") ++j;  // "Nov. 12"
    if (j < limit) {
      if (const int day = day_number(toks[j])) {
        std::size_t end = j + 1;
        const int y = year_after(j + 1, end);
        if (y && !valid_date(y, m, day)) return std::nullopt;
        if (!y && day > days_in_month(2000, m)) return std::nullopt;
        return ExplicitDate{PartialDate{y, m, day}, i, end};
      }
      if (const int y = year_number(toks[j])) return ExplicitDate{PartialDate{y, m, 0}, i, j + 1};
    }
  }
  return std::nullopt;
}

}  // namespace kg
