#include <catch2/catch.hpp>

#include "common/text_util.h"
#include "text/tokenize.h"

using namespace kg;

TEST_CASE("folding removes case and accents") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"Poetin", "poetin"},  {"Erdoğan", "erdogan"}, {"Élysée", "elysee"},   {"Außenminister", "aussenminister"},
               {"Peña", "pena"},      {"Søren", "soren"},     {"Łódź", "lodz"},       {"d’euros", "d'euros"},
               {"ÉTATS-UNIS", "etats-unis"}, {"Türkiye", "turkiye"}, {"Chinees-Russische", "chinees-russische"}};
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(text::fold(c.in) == c.out);
  }
}

TEST_CASE("UTF-8 validation and code point offsets") {
  CHECK(text::valid_utf8("Köln"));
  CHECK_FALSE(text::valid_utf8("K\xF6ln"));  // Latin-1
  CHECK_FALSE(text::valid_utf8("\xC0\xAF"));  // overlong
  const std::string s = "Erdoğan in Köln";
  text::CodePointIndex cp(s);
  CHECK(cp.at(s.find("in")) == 8);
  CHECK(cp.at(s.find("Köln")) == 11);
  CHECK(cp.at(s.size()) == 15);
}

TEST_CASE("tokens keep their spans and split what the lexicons need split") {
  struct Case {
    const char* text;
    std::vector<std::string> tokens;
  } cases[] = {
      {"China's exports", {"China", "'s", "exports"}},
      {"l'Élysée d'Emmanuel", {"l'", "Élysée", "d'", "Emmanuel"}},
      {"the U.S. Embassy", {"the", "U.S.", "Embassy"}},
      {"107,6 mld euro", {"107,6", "mld", "euro"}},
      {"op 19-03-2021.", {"op", "19-03-2021", "."}},
      {"een tweedaags bezoek", {"een", "tweedaags", "bezoek"}},
      {"a two-day visit", {"a", "two-day", "visit"}},
      {"het 20-jarig jubileum", {"het", "20-jarig", "jubileum"}},
      {"$1.5bn", {"$", "1.5bn"}},
      {"al-Moualem said", {"al-Moualem", "said"}},
      {"euro's", {"euro", "'s"}},  // lexicon phrases are split the same way
      {"Fekitamoeloa 'Utoikamanu said", {"Fekitamoeloa", "'Utoikamanu", "said"}},  // a name opening with an okina
      {"the 'peace' plan", {"the", "'", "peace", "'", "plan"}},                    // not a quotation mark
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const std::string s = c.text;
    const auto toks = tokenize(s);
    std::vector<std::string> got;
    for (const auto& t : toks) got.emplace_back(t.text(s));
    CHECK(got == c.tokens);
  }
  const std::string name = "Fekitamoeloa 'Utoikamanu";
  CHECK(tokenize(name).back().upper_initial);
}

TEST_CASE("sentences end at terminal punctuation, not at abbreviations or initials") {
  const std::unordered_set<std::string> abbrev = {"mr", "dr"};
  struct Case {
    const char* text;
    std::size_t sentences;
  } cases[] = {
      {"He arrived. She left.", 2},
      {"Mr. Smith arrived. He left.", 2},
      {"J. Smith arrived today.", 1},
      {"\"We agree.\" The talks ended.", 2},
      {"A headline\nThe first sentence of the text.", 2},
      {"Growth was 2.5 percent. Trade rose.", 2},
      // A space lost in scraping splits; abbreviations and domains glued to words do not.
      {"She spent Sunday in Tbilisi, Georgia.Merkel's statement was clear.", 2},
      {"The U.S.A. delegation and the U.N.Security Council met.", 1},
      {"Read it on nos.nl today. Or not.", 2},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const std::string s = c.text;
    const auto toks = tokenize(s);
    CHECK(split_sentences(s, toks, abbrev).size() == c.sentences);
  }
}

TEST_CASE("hard-wrapped newswire text keeps sentences across line breaks") {
  const std::string s =
      "TOKYO, March 3 - The finance minister said on Tuesday that the\n"
      "government would keep its policy unchanged for the rest of the\n"
      "year, according to officials in the capital who asked not to be\n"
      "named.\n    The ministry declined to comment on the report.";
  const auto toks = tokenize(s);
  const auto sents = split_sentences(s, toks, {});
  REQUIRE(sents.size() == 2);
  CHECK(s.substr(sents[1].begin, 12) == "The ministry");
}
