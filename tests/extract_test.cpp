// Extraction, table-driven: our own sentences (never the evaluation articles'), each with the
// events it must yield (symmetric parties in name order). A line is "type | role=Actor … | start..end | status[ | count=N | value CUR]".
#include <catch2/catch.hpp>

#include "support.h"

namespace {

struct Case {
  const char* lang;
  const char* published;
  const char* text;
  std::vector<std::string> expected;  // each must appear among describe_all's lines
  std::vector<std::string> absent = {};  // substrings that must not appear
};

void run(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.lang << " " << c.published << ": " << c.text);
    const auto x = kgtest::extract(c.text, c.published, c.lang);
    const std::string got = kgtest::describe_all(x);
    INFO("got:\n" << got);
    for (const auto& e : c.expected) CHECK_THAT(got, Catch::Contains(e));
    for (const auto& a : c.absent) CHECK_THAT(got, !Catch::Contains(a));
  }
}

}  // namespace

TEST_CASE("visits: announced with weekday and duration, made, under way, several stops") {
  run({
      {"nl", "2021-03-19",
       "De Duitse minister van Buitenlandse Zaken, Heiko Maas, brengt vanaf dinsdag een driedaags bezoek aan Japan.",
       {"visit | visitor=Heiko Maas destination=Japan | 2021-03-23..2021-03-25 | announced"}},
      {"en", "2022-05-03", "Japanese Foreign Minister Haruka Morita arrived in Brasília on Monday for a three-day visit.",
       {"visit | visitor=Haruka Morita destination=Brazil | 2022-05-02..2022-05-04"}},
      {"nl", "2019-04-08", "De Britse premier Theresa May reist morgen naar Parijs en Berlijn.",
       {"visit | visitor=Theresa May destination=France | 2019-04-09 | announced",
        "visit | visitor=Theresa May destination=Germany | 2019-04-09 | announced"}},
      {"en", "2015-06-10", "Chinese President Xi Jinping will pay a state visit to Kenya from June 20.",
       {"visit | visitor=Xi Jinping destination=Kenya | 2015-06-20 | announced"}},
  });
}

TEST_CASE("visits that did not or may not happen yield no event, or a cancelled one") {
  run({
      {"en", "2022-05-03", "The minister said there are no plans to visit Moscow this year.", {}, {"visit |"}},
      {"nl", "2022-05-03", "Als de gesprekken slagen, zou de premier mogelijk naar Madrid kunnen reizen.", {}, {"visit |"}},
      {"en", "2019-08-21", "U.S. President Donald Trump cancelled his visit to Denmark.",
       {"visit | visitor=Donald Trump destination=Denmark | 2019-08 | cancelled"}},
  });
}

TEST_CASE("phone calls: parties, counts, dates") {
  run({
      {"nl", "2021-03-19", "Vorig jaar voerde bondskanselier Angela Merkel liefst zes telefoongesprekken met de Franse president Emmanuel Macron.",
       {"phone_call | party=Angela Merkel party=Emmanuel Macron | 2020 | occurred | count=6"}},
      {"en", "2019-04-08", "Prime Minister Mark Rutte spoke by phone with Chancellor Angela Merkel on Friday.",
       {"phone_call | party=Angela Merkel party=Mark Rutte | 2019-04-05 | occurred"}},
      {"en", "2021-03-19", "China called for calm.", {}, {"phone_call"}},
  });
}

TEST_CASE("treaties: signing, renewal, extension; parties from 'between' and 'the two countries'") {
  run({
      {"en", "2021-06-28", "Russia and China agreed to renew the Treaty of Good-Neighbourliness this year, officials said.",
       {"treaty_renewal | party=China party=Russia | 2021"}},
      {"nl", "2022-05-03", "Japan en Brazilië ondertekenden dinsdag een akkoord over groene waterstof.",
       {"treaty_signing | party=Brazil party=Japan | 2022-05-03 | occurred"}},
      {"en", "2021-02-03", "The United States and Russia extended the New START treaty by five years.",
       {"treaty_extension | party=Russia party=United States"}},
  });
}

TEST_CASE("trade figures: amounts, scales, currencies, qualifiers, periods") {
  run({
      {"nl", "2021-03-19", "De handel tussen Brazilië en Japan bedroeg vorig jaar ruim 12,4 miljard dollar.",
       {"trade_figure | party=Brazil party=Japan | 2020 | occurred | 12400000000.000000 USD"}},
      {"en", "1987-03-22", "British exports to Brazil rose to 1.2 billion stg last year from 980 mln in 1985.",
       {"trade_figure | exporter=United Kingdom importer=Brazil | 1986 | occurred | 1200000000.000000 GBP",
        "trade_figure | exporter=United Kingdom importer=Brazil | 1985 | occurred | 980000000.000000 GBP"}},
      {"en", "2022-01-10", "Unemployment fell to 5.2 percent in 2021.", {}, {"trade_figure"}},
  });
}

TEST_CASE("references: titles alone, surnames, pronouns, 'the two countries'") {
  run({
      {"nl", "2021-03-19",
       "De Russische president sprak donderdag telefonisch met bondskanselier Angela Merkel.",
       {"phone_call | party=Angela Merkel party=Vladimir Putin | 2021-03-18"}},
      {"en", "2019-07-10",
       "Foreign Minister Anna Kowalska of Poland arrived in Lisbon on Tuesday. Kowalska will travel to Madrid on Thursday.",
       {"visit | visitor=Anna Kowalska destination=Portugal | 2019-07-09",
        "visit | visitor=Anna Kowalska destination=Spain | 2019-07-11 | announced"}},
      {"nl", "2021-03-19",
       "Vietnam en Zuid-Korea werken al jaren samen. Vorig jaar bedroeg de bilaterale handel bijna 70 miljard dollar.",
       {"trade_figure | party=South Korea party=Vietnam | 2020 | occurred | 70000000000.000000 USD"}},
  });
}
