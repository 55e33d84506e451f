#include <catch2/catch.hpp>

#include <map>

#include "common/date_scan.h"
#include "kg/date.h"

using kg::PartialDate;

TEST_CASE("ISO dates parse at every precision and print back") {
  struct Case {
    const char* in;
    bool ok;
    const char* out;
  } cases[] = {{"2021", true, "2021"},          {"2021-03", true, "2021-03"},  {"2021-03-19", true, "2021-03-19"},
               {"2021-02-29", false, ""},       {"2020-02-29", true, "2020-02-29"}, {"2021-13", false, ""},
               {"21-03-19", false, ""},         {"2021-3-19", false, ""},    {"", false, ""}};
  for (const auto& c : cases) {
    INFO(c.in);
    auto d = PartialDate::parse_iso(c.in);
    CHECK(d.has_value() == c.ok);
    if (d) CHECK(d->iso() == c.out);
  }
}

TEST_CASE("day arithmetic and weekdays") {
  const PartialDate fri{2021, 3, 19};
  CHECK(kg::weekday(fri) == 4);  // Friday
  CHECK(kg::add_days(fri, 3).iso() == "2021-03-22");
  CHECK(kg::add_days(PartialDate{2020, 12, 31}, 1).iso() == "2021-01-01");
  CHECK(kg::add_days(PartialDate{2024, 3, 1}, -1).iso() == "2024-02-29");
  CHECK(kg::weekday(PartialDate{1987, 3, 22}) == 6);  // a Sunday
  CHECK(kg::civil_from_days(kg::days_from_civil(fri)) == fri);
}

TEST_CASE("partial dates are compatible when one is a prefix of the other") {
  CHECK(kg::compatible(PartialDate{2021, 3, 0}, PartialDate{2021, 3, 22}));
  CHECK(kg::compatible(PartialDate{2021, 0, 0}, PartialDate{2021, 3, 22}));
  CHECK_FALSE(kg::compatible(PartialDate{2021, 4, 0}, PartialDate{2021, 3, 22}));
  CHECK(kg::compatible(PartialDate{}, PartialDate{2021, 3, 22}));
  CHECK(kg::more_precise(PartialDate{2021, 3, 0}, PartialDate{2021, 3, 22}).iso() == "2021-03-22");
  CHECK(kg::last_day(PartialDate{2024, 2, 0}).iso() == "2024-02-29");
}

TEST_CASE("explicit dates in text, in each language's format") {
  const std::map<std::string, int> months = {{"maart", 3}, {"march", 3}, {"marz", 3}, {"mars", 3}, {"marzo", 3},
                                             {"mei", 5},   {"mai", 5},   {"may", 5}};
  struct Case {
    const char* text;
    const char* iso;
  } cases[] = {{"19-03-2021", "2021-03-19"},      {"19.03.2021", "2021-03-19"},     {"2021-03-19", "2021-03-19"},
               {"19 maart 2021", "2021-03-19"},   {"19. März 2021", "2021-03-19"},  {"19 de marzo de 2021", "2021-03-19"},
               {"le 19 mars 2021", "2021-03-19"}, {"March 19, 2021", "2021-03-19"}, {"maart 2021", "2021-03"},
               {"3 mei", "0000-05-03"},           {"31 maart 2021", "2021-03-31"},  {"32 maart 2021", "2021-03"}, {"maart", ""}};
  for (const auto& c : cases) {
    INFO(c.text);
    const std::string s = c.text;
    const auto toks = kg::tokenize(s);
    std::optional<kg::ExplicitDate> found;
    for (std::size_t i = 0; i < toks.size() && !found; ++i)
      found = kg::scan_date_at(s, toks, i, toks.size(), [&](std::size_t k) {
        auto it = months.find(toks[k].norm);
        return it == months.end() ? 0 : it->second;
      });
    if (std::string(c.iso).empty()) {
      CHECK_FALSE(found.has_value());
      continue;
    }
    REQUIRE(found.has_value());
    const PartialDate d = found->date;
    if (d.year == 0) {
      CHECK(d.month == 5);
      CHECK(d.day == 3);
    } else {
      CHECK(d.iso() == c.iso);
    }
  }
}
