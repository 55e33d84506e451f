#include <catch2/catch.hpp>

#include "kg/ingest.h"
#include "support.h"

using namespace kg;

namespace {
DateWords words() {
  DateWords w;
  w.months = kgtest::resources().month_names();
  w.markers = kgtest::resources().publication_markers();
  return w;
}
}  // namespace

TEST_CASE("decode_text accepts UTF-8 text and rejects the rest with a reason") {
  CHECK(decode_text("\xEF\xBB\xBFHallo").value() == "Hallo");
  CHECK(decode_text("a\r\nb\rc").value() == "a\nb\nc");
  struct Bad {
    std::string bytes;
    const char* reason;
  } bad[] = {{std::string("ab\0cd", 5), "binary"},
             {"caf\xE9", "invalid UTF-8"},
             {"   \n  ", "empty"},
             {"\xFF\xFEh\0i\0", "UTF-16"}};
  for (const auto& b : bad) {
    INFO(b.reason);
    auto r = decode_text(b.bytes);
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == StatusCode::kBadInput);
    CHECK_THAT(r.status().message(), Catch::Contains(b.reason));
  }
}

TEST_CASE("metadata dates, including null-like values") {
  struct Case {
    const char* in;
    const char* iso;
  } cases[] = {{"2021-03-19", "2021-03-19"},          {"2021-03-19 10:42:00", "2021-03-19"},
               {"2021-03-19T10:42:00Z", "2021-03-19"}, {"19-03-2021", "2021-03-19"},
               {"None", ""},                           {"null", ""},
               {"", ""},                               {"yesterday", ""}};
  for (const auto& c : cases) {
    INFO(c.in);
    auto d = parse_metadata_date(c.in);
    CHECK((d ? d->iso() : std::string()) == c.iso);
  }
}

TEST_CASE("publication dates written in the text") {
  struct Case {
    const char* text;
    const char* iso;
  } cases[] = {
      {"Het kabinet vergaderde.\nPlaatsingstijd: 08-10-2021", "2021-10-08"},
      {"Posted on March 19, 2021\nThe minister arrived.", "2021-03-19"},
      {"*Published 3 May 2022, 09:00*\n\nText follows here.", "2022-05-03"},
      {"Veröffentlicht am 18. November 2022\nDer Minister reiste.", "2022-11-18"},
      {"Publié le 7 octobre 2022\nLe président est arrivé.", "2022-10-07"},
      {"Publicado el 24 de septiembre de 2021\nEl presidente llegó.", "2021-09-24"},
      {"dinsdag 3 mei 2022\nDe minister reisde af.", "2022-05-03"},
      {"14.04.2023, 11:20\nWien – Die Außenminister trafen sich.", "2023-04-14"},
      {"Den Haag, 10 februari 2023 – De minister zei dat.", "2023-02-10"},
      // A place with lower-case particles; a header of fields between bars with a two-digit year.
      {"Acuerdos firmados\nCiudad de México, 4 de junio de 2013\n\nEl presidente llegó.", "2013-06-04"},
      {"Biden llama a Lula\nZacatecas, Zac., martes 1 de noviembre de 2022\n\nSao Paulo. Texto.", "2022-11-01"},
      {"Les deux présidents se parlent\nLE MONDE | 16.04.03 | 19h42\n\nLe président a appelé.", "2003-04-16"},
      {"Rapport | 99.99.99 | suite\nTexte.", ""},
      {"Un rapprochement\nLe Monde.fr avec AFP | 17.12.2014 à 19h12 • Mis à jour le 17.12.2014 à 21h36\n\nTexte.", "2014-12-17"},
      {"Rapport | 17.12.2014 suite du texte | x\nTexte.", ""},
      // The third line after a title and the paper's name, with the page of the printed edition.
      {"Sostienen la primera conversación\nPeriódico La Jornada\nMartes 12 de julio de 2022, p. 23\n\nAnkara. Texto.", "2022-07-12"},
      {"Un tratado nuevo\nTrujillo (Cáceres) - 28 oct 2021 - 17:35 CEST\n\nLos presidentes firmaron.", "2021-10-28"},
      {"Macron in Leipzig\n27.05.2024, 21:40 Uhr | Von unserer Redaktion\n\nDer Gast sprach.", "2024-05-27"},
      // After a title, a subtitle and a byline.
      {"Firman el tratado\nEl ministro destaca el acuerdo\nRedacción | El Diario\n08/03/2018 | 18:40\n\nSantiago. Texto.", "2018-03-08"},
      // A weekday, abbreviated, before the date line's date.
      {"Rakete in Polen\nMi., 16.11.2022, 14:35 Uhr\n\nDer Präsident telefonierte.", "2022-11-16"},
      // A byline and the date between dashes.
      {"Drie landen tekenen\nVan onze correspondent in Brussel — 27 juni 2014, 17:48\n\nDe premier tekende.", "2014-06-27"},
      {"Rakete in Polen\nHeute wurde am Hof 16.11.2022 gemeldet\n\nDer Präsident telefonierte.", ""},
      {"Kosovo en Servië eens\nNOS Nieuws \u2022 Buitenland \u2022 zondag 19 maart 2023, 09:14\n\nDe premier reisde.", "2023-03-19"},
      {"Modi visits Nigeria\n\nABUJA, Nigeria (AP) \u2014 Updated 5:18 PM GMT+1, November 17, 2024\n\nModi landed.", "2024-11-17"},
      // A word before the time.
      {"Hollande signe\n19 décembre 2012 à 20:31\n\nLe président a signé.", "2012-12-19"},
      {"Benelux krijgt nieuw verdrag\nwoensdag 18 juni 2008, 03u00\n\nDe premiers tekenden.", "2008-06-18"},
      {"Le pacte\nmercredi 18 juin 2008, 19h42\n\nLe premier ministre a parlé.", "2008-06-18"},
      {"Firman el tratado\n8 de marzo de 2018 a las 18:40\n\nEl presidente firmó.", "2018-03-08"},
      // A British date line with a time zone.
      {"Two leaders sign\nSat 22 Oct 2022 09.14 BST\n\nThe prime ministers signed.", "2022-10-22"},
      {"Two leaders sign\nSat 22 Oct 2022 09.14 Perth\n\nThe prime ministers signed.", ""},
      // A time glued to the date.
      {"Abkommen unterzeichnet\nAktualisiert am 03.11.2022-10:48\n\nDie Delegationen trafen sich.", "2022-11-03"},
      {"The minister arrived on Monday and left.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto d = find_date_in_text(c.text, words());
    CHECK((d ? d->iso() : std::string()) == c.iso);
  }
  // A dateline without a year takes the year it is given, also after a headline.
  CHECK(find_date_in_text("BEIJING, March 19 (Xinhua) -- Text.", words(), 2021)->iso() == "2021-03-19");
  CHECK(find_date_in_text("TALKS END IN BEIJING\n\nBEIJING, March 19 - Text.", words(), 2021)->iso() == "2021-03-19");
  CHECK_FALSE(find_date_in_text("BEIJING, March 19 (Xinhua) -- Text.", words()).has_value());
}

TEST_CASE("dates in file names: full dates, compact dates, a year alone, none when ambiguous") {
  auto iso = [](const char* name) {
    auto d = date_from_file_name(name);
    return d ? d->iso() : std::string();
  };
  CHECK(iso("2019-03-21-trade-talks.txt") == "2019-03-21");
  CHECK(iso("report_20190321.html") == "2019-03-21");
  CHECK(iso("nos-2019-rutte-bezoek.txt") == "2019");
  CHECK(iso("wire_1987_visit.json") == "1987");
  CHECK(iso("archive-2019-03-21_2019.txt") == "2019-03-21");
  CHECK(iso("article-123.txt").empty());
  CHECK(iso("reuters21578-10265.json").empty());
  CHECK(iso("summit2019x.txt").empty());  // digits glued to a word: no year
  CHECK(iso("compare-1990-vs-2019.txt").empty());  // two different years
  CHECK(iso("covid-3000.txt").empty());
}

TEST_CASE("news-please JSON: maintext or text, null and \"None\" dates") {
  auto a = read_json_article(R"({"title":"T","maintext":"Body text.","date_publish":"2021-03-19 10:00:00","language":"nl","url":"https://example.org/a"})", "a.json");
  REQUIRE(a.is_ok());
  CHECK(a->text == "Body text.");
  CHECK(a->published.iso() == "2021-03-19");
  CHECK(a->date_source == DateSource::kMetadata);
  CHECK(a->language == "nl");
  CHECK(a->url == "https://example.org/a");
  auto b = read_json_article(R"({"text":"Other body.","date_publish":"None"})", "b.json");
  REQUIRE(b.is_ok());
  CHECK(b->text == "Other body.");
  CHECK(b->date_source == DateSource::kNone);
  auto c = read_json_article(R"({"date":null,"maintext":null,"text":"x"})", "c.json");
  REQUIRE(c.is_ok());
  auto bad = read_json_article(R"({"title": "no text"})", "d.json");
  CHECK_FALSE(bad.is_ok());
  auto broken = read_json_article("{\"maintext\": \"x\",", "e.json");
  REQUIRE_FALSE(broken.is_ok());
  CHECK_THAT(broken.status().message(), Catch::Contains("e.json:1:"));
}

TEST_CASE("HTML: title, visible text, date, navigation and footers left out") {
  const std::string html = R"(<!doctype html><html lang="en"><head><title>Minister visits Chile</title>
<meta property="article:published_time" content="2022-05-03T08:00:00Z"></head>
<body><nav><a href="/">Home</a> Visit our shop</nav>
<article><h1>Minister visits Chile</h1><p>The minister <b>arrived</b> in Santiago.</p><p>She met the president.</p></article>
<footer>Copyright example.org</footer></body></html>)";
  auto a = read_html_article(html, "a.html");
  REQUIRE(a.is_ok());
  CHECK(a->title == "Minister visits Chile");
  CHECK(a->published.iso() == "2022-05-03");
  CHECK(a->language == "en");
  CHECK_THAT(a->text, Catch::Contains("The minister arrived in Santiago."));
  CHECK_THAT(a->text, Catch::Contains("She met the president."));
  CHECK_THAT(a->text, !Catch::Contains("shop"));
  CHECK_THAT(a->text, !Catch::Contains("Copyright"));
}

TEST_CASE("a folder is walked recursively in a fixed order, bad files are skipped with a reason") {
  kgtest::TempDir dir;
  dir.write("b/second.txt", "Second article text.\n");
  dir.write("a.txt", "First article text.\n");
  dir.write("c.jsonl", "{\"maintext\":\"Line one.\",\"date\":\"2020-01-02\"}\n\nnot json\n{\"maintext\":\"Line four.\"}\n");
  dir.write("d.bin.txt", std::string("\0\1\2", 3));
  dir.write("e.txt", "");
  dir.write("f.pdf", "%PDF");
  dir.write("g.txt", "caf\xE9 au lait");
  dir.write(".hidden.txt", "Not read.");
  std::vector<std::string> ids;
  std::vector<std::string> skipped;
  IngestOptions opt;
  opt.date_words = words();
  opt.default_published = PartialDate{2022, 1, 1};
  Status st = ingest_paths({dir.path()}, opt, [&](Article a) { ids.push_back(a.identifier); },
                           [&](Skip s) { skipped.push_back(s.identifier + ": " + s.reason); });
  REQUIRE(st.is_ok());
  CHECK(ids == std::vector<std::string>{"a.txt", "b/second.txt", "c.jsonl#1", "c.jsonl#4"});
  REQUIRE(skipped.size() == 5);
  CHECK_THAT(skipped[0], Catch::Contains("c.jsonl#3") && Catch::Contains("invalid JSON"));
  CHECK_THAT(skipped[1], Catch::Contains("d.bin.txt") && Catch::Contains("binary"));
  CHECK_THAT(skipped[2], Catch::Contains("e.txt") && Catch::Contains("empty"));
  CHECK_THAT(skipped[3], Catch::Contains("f.pdf") && Catch::Contains("unsupported"));
  CHECK_THAT(skipped[4], Catch::Contains("g.txt") && Catch::Contains("UTF-8"));
}

TEST_CASE("publication date order: metadata, text, --published, file time (a guess)") {
  kgtest::TempDir dir;
  dir.write("meta.json", R"({"maintext":"Plaatsingstijd: 01-02-2020","date_publish":"2021-03-19"})");
  dir.write("text.txt", "Body.\nPlaatsingstijd: 01-02-2020\n");
  dir.write("none.txt", "Body without a date.\n");
  std::map<std::string, Article> got;
  IngestOptions opt;
  opt.date_words = words();
  REQUIRE(ingest_paths({dir.path()}, opt, [&](Article a) { got[a.identifier] = a; }, [](Skip) {}).is_ok());
  CHECK(got["meta.json"].published.iso() == "2021-03-19");
  CHECK(got["text.txt"].published.iso() == "2020-02-01");
  CHECK(got["text.txt"].date_source == DateSource::kText);
  CHECK(got["none.txt"].date_source == DateSource::kFileTime);
  CHECK(got["none.txt"].date_guessed());
  opt.default_published = PartialDate{2019, 5, 6};
  got.clear();
  REQUIRE(ingest_paths({dir.path()}, opt, [&](Article a) { got[a.identifier] = a; }, [](Skip) {}).is_ok());
  CHECK(got["none.txt"].published.iso() == "2019-05-06");
  CHECK(got["none.txt"].date_source == DateSource::kOption);
}

TEST_CASE("a file name's year gives way to a text date early in the next year, not to other years") {
  kgtest::TempDir dir;
  dir.write("review_2023.txt", "Title\nPlaatsingstijd: 06-01-2024\n\nBody.\n");
  dir.write("story_2023.txt", "Title\nPlaatsingstijd: 06-01-2021\n\nBody.\n");
  std::map<std::string, Article> got;
  IngestOptions opt;
  opt.date_words = words();
  REQUIRE(ingest_paths({dir.path()}, opt, [&](Article a) { got[a.identifier] = a; }, [](Skip) {}).is_ok());
  CHECK(got["review_2023.txt"].published.iso() == "2024-01-06");
  CHECK(got["story_2023.txt"].published.iso() == "2023");
}

TEST_CASE("a missing input is an error") {
  auto st = ingest_paths({"/nonexistent/folder"}, {}, [](Article) {}, [](Skip) {});
  CHECK(st.code() == StatusCode::kNotFound);
}
