// Explicit calendar dates written in text, in the formats of the supported languages:
// "2021-03-19", "19-03-2021", "19.03.2021", "19 maart 2021", "19. März 2021", "19 de marzo de 2021",
// "le 19 mars 2021", "March 19, 2021", "Nov 12", "maart 2021". Month words come from the caller
// (the lexicons), so a new language needs no code here.
#pragma once

#include <functional>
#include <optional>

#include "kg/date.h"
#include "text/tokenize.h"

namespace kg {

struct ExplicitDate {
  PartialDate date;     // year may be 0 when the text gives none ("March 19")
  std::size_t begin = 0;  // token range
  std::size_t end = 0;
};

// month_of(token) returns 1..12 for a month word, else 0.
using MonthLookup = std::function<int(std::size_t token_index)>;

// A date starting at token i (tokens limited to [i, limit)), or nullopt.
std::optional<ExplicitDate> scan_date_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                                         std::size_t limit, const MonthLookup& month_of);

// The day number of a token: "19", "19th", "1er", "1º" → 19, 1; else 0.
int day_number(const Token& t);
// A plausible four-digit year token (1800..2199), else 0.
int year_number(const Token& t);
// The first year of a span of two consecutive years written as one token (a fiscal or
// season year: "2019-2020", "2020-21", "1986/87"), or 0.
int year_span_start(const Token& t);

}  // namespace kg
