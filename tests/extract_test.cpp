// Extraction, table-driven: our own sentences (never the evaluation articles'), each with the
// events it must yield (symmetric parties in name order). A line is "type | role=Actor … | start..end | status[ | count=N | value CUR]".
#include <catch2/catch.hpp>
#include <map>

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
      // "for a summit" without travel or a place: planning, not attending.
      {"en", "2021-11-12", "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi discussed preparations for a summit next year.",
       {}, {"visit |"}},
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

TEST_CASE("treaties: signing, renewal, extension, parties from 'between' and 'the two countries'") {
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

TEST_CASE("hosts: a leader who receives or welcomes a guest is host of the guest's visit") {
  run({
      {"en", "2024-03-12", "Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing on Monday.",
       {"visit | visitor=Vladimir Putin destination=China host=Xi Jinping | 2024-03-11 | occurred"}},
      {"en", "2024-03-12", "French President Emmanuel Macron was welcomed by Indian Prime Minister Narendra Modi on Tuesday.",
       {"visit | visitor=Emmanuel Macron destination=India host=Narendra Modi | 2024-03-12 | occurred"}},
      {"de", "2024-03-12", "Bundeskanzler Olaf Scholz hat am Montag den japanischen Regierungschef Fumio Kishida in Berlin empfangen.",
       {"visit | visitor=Fumio Kishida destination=Germany host=Olaf Scholz | 2024-03-11 | occurred"}},
      {"nl", "2024-03-12", "Premier Mark Rutte ontving dinsdag de Canadese premier Justin Trudeau in Den Haag.",
       {"visit | visitor=Justin Trudeau destination=Netherlands host=Mark Rutte | 2024-03-12 | occurred"}},
      // Both at home: no visit.
      {"en", "2024-03-12", "President Joe Biden welcomed Vice President Kamala Harris back to the White House.", {}, {"visit |"}},
  });
}

TEST_CASE("German: visits, calls, treaties and trade in German word order and number format") {
  run({
      {"de", "2023-06-14",
       "Der französische Präsident Emmanuel Macron reist am Donnerstag zu einem zweitägigen Besuch nach Polen.",
       {"visit | visitor=Emmanuel Macron destination=Poland | 2023-06-15..2023-06-16 | announced"}},
      {"de", "2023-06-14", "Bundeskanzler Olaf Scholz hat am Dienstag mit dem indischen Premierminister Narendra Modi telefoniert.",
       {"phone_call | party=Narendra Modi party=Olaf Scholz | 2023-06-13 | occurred"}},
      {"de", "2023-06-14", "Deutschland und Kenia unterzeichneten am Montag ein Abkommen über Migration.",
       {"treaty_signing | party=Germany party=Kenya | 2023-06-12 | occurred"}},
      {"de", "2023-06-14", "Die deutschen Exporte nach Mexiko stiegen im vergangenen Jahr auf 14,5 Milliarden Euro.",
       {"trade_figure | exporter=Germany importer=Mexico | 2022 | occurred | 14500000000.000000 EUR"}},
      {"de", "2023-06-14", "Scholz wird nicht nach Peking reisen.", {}, {"visit |"}},
  });
}

TEST_CASE("French: visits, calls, treaties and trade in French word order and number format") {
  run({
      {"fr", "2023-06-14", "Le Premier ministre canadien Justin Trudeau effectuera lundi une visite officielle au Maroc.",
       {"visit | visitor=Justin Trudeau destination=Morocco | 2023-06-19 | announced"}},
      {"fr", "2023-06-14", "Emmanuel Macron s'est entretenu mardi par téléphone avec le président brésilien Lula.",
       {"phone_call | party=Emmanuel Macron party=Luiz Inácio Lula da Silva | 2023-06-13 | occurred"}},
      {"fr", "2023-06-14", "La France et l'Inde ont signé vendredi un accord de coopération spatiale.",
       {"treaty_signing | party=France party=India | 2023-06-09 | occurred"}},
      {"fr", "2023-06-14", "Les échanges commerciaux entre la France et le Vietnam ont atteint 5,2 milliards d'euros en 2022.",
       {"trade_figure | party=France party=Vietnam | 2022 | occurred | 5200000000.000000 EUR"}},
      {"fr", "2023-06-14", "Si les négociations aboutissent, le président pourrait se rendre à Alger.", {}, {"visit |"}},
  });
}

TEST_CASE("Spanish: visits, calls, treaties and trade in Spanish word order and number format") {
  run({
      {"es", "2023-06-14", "El presidente argentino Alberto Fernández viajará el jueves a Brasil en visita oficial.",
       {"visit | visitor=Alberto Fernández destination=Brazil | 2023-06-15 | announced"}},
      {"es", "2023-06-14", "Pedro Sánchez conversó por teléfono el lunes con el primer ministro portugués António Costa.",
       {"phone_call | party=António Costa party=Pedro Sánchez | 2023-06-12 | occurred"}},
      {"es", "2023-06-14", "Chile y Japón firmaron el martes un acuerdo de libre comercio.",
       {"treaty_signing | party=Chile party=Japan | 2023-06-13 | occurred"}},
      {"es", "2023-06-14", "Las exportaciones de México a Estados Unidos sumaron 455.000 millones de dólares en 2022.",
       {"trade_figure | exporter=Mexico importer=United States | 2022 | occurred | 455000000000.000000 USD"}},
      {"es", "2023-06-14", "El ministro no viajará a Caracas este año.", {}, {"visit |"}},
  });
}

TEST_CASE("trade: currencies from CLDR, parts of a year, figures compared with earlier ones") {
  run({
      // CLDR's unit names: a bare unit that only one currency has ("ringgit", "dong"), after its number.
      {"en", "2023-10-06",
       "Thai exports to Vietnam rose to 310 billion dong in the first half, against 280 billion a year earlier.",
       {"trade_figure | exporter=Thailand importer=Vietnam | 2023-01..2023-06 | occurred | 310000000000.000000 VND",
        "trade_figure | exporter=Thailand importer=Vietnam | 2022 | occurred | 280000000000.000000 VND"}},
      {"fr", "2023-10-06", "Les exportations françaises vers la Malaisie ont atteint 2,1 milliards de ringgits malais en 2022.",
       {"trade_figure | exporter=France importer=Malaysia | 2022 | occurred | 2100000000.000000 MYR"}},
      {"de", "2023-10-06", "Im ersten Halbjahr 2021 exportierte Südkorea Waren im Wert von 3 Milliarden Won nach Österreich.",
       {"trade_figure | exporter=South Korea importer=Austria | 2021-01..2021-06 | occurred | 3000000000.000000 KRW"}},
      // The figure compared with comes from its own clause; the next figure keeps the main period.
      {"en", "2023-10-06",
       "Kenyan exports to India reached 400 mln dollars in 2022, against 350 mln in 2021, while imports from India rose to 900 mln dollars.",
       {"trade_figure | exporter=Kenya importer=India | 2022 | occurred | 400000000.000000 USD",
        "trade_figure | exporter=Kenya importer=India | 2021 | occurred | 350000000.000000 USD",
        "trade_figure | importer=Kenya exporter=India | 2022 | occurred | 900000000.000000 USD"}},
      // A unit word before a number is no currency ("won 3 seats").
      {"en", "2023-10-06", "The party won 3 million votes as trade with Japan grew.", {}, {"KRW"}},
  });
}

TEST_CASE("a visiting person's country is a participant, an international official's is not") {
  auto roles_of_visit = [](const char* lang, const char* published, const char* text) {
    const auto x = kgtest::extract(text, published, lang);
    std::map<std::string, std::string> roles;
    for (const auto& e : x.events)
      if (e.type == "visit")
        for (const auto& p : e.participants) roles[p.role] = p.actor_id;
    return roles;
  };
  auto r = roles_of_visit("nl", "2023-06-14", "De Franse president Emmanuel Macron brengt donderdag een bezoek aan Polen.");
  CHECK(r["visitor_country"] == "country/FRA");
  CHECK(r["destination"] == "country/POL");
  r = roles_of_visit("en", "2019-04-09", "European Council President Donald Tusk will visit Japan on Monday.");
  CHECK(r["destination"] == "country/JPN");
  CHECK(r.count("visitor_country") == 0);
}

TEST_CASE("trade blocs trade as one economy, officials of international bodies at their seat do not visit") {
  run({
      {"en", "2020-03-02", "Trade between the European Union and Vietnam reached 52 billion euros last year.",
       {"trade_figure | party=European Union party=Vietnam | 2019 | occurred | 52000000000.000000 EUR"}},
      {"nl", "2020-03-02", "De Europese export naar Japan steeg vorig jaar tot 70 miljard euro.",
       {"trade_figure | exporter=European Union importer=Japan | 2019 | occurred | 70000000000.000000 EUR"}},
      {"es", "2020-03-02", "El comercio entre el Mercosur y Corea del Sur sumó 12.000 millones de dólares en 2019.",
       {"trade_figure | party=Mercosur party=South Korea | 2019 | occurred | 12000000000.000000 USD"}},
      {"en", "2019-04-09",
       "European Council President Donald Tusk and Chinese Premier Li Keqiang attended the EU-China summit in Brussels on Tuesday.",
       {"visit | visitor=Li Keqiang destination=Belgium | 2019-04-09"}, {"visitor=Donald Tusk"}},
  });
}

TEST_CASE("guest lists: every foreign official named among the guests of a gathering visits its place") {
  run({
      {"nl", "2014-03-22",
       "De top begint maandag in Den Haag. Onder de gasten zijn de Amerikaanse president Barack Obama en de Japanse premier Shinzo Abe.",
       {"visit | visitor=Barack Obama destination=Netherlands", "visit | visitor=Shinzo Abe destination=Netherlands"}},
      {"fr", "2019-08-20",
       "Le sommet du G7 se tiendra à Biarritz. Le sommet s'ouvrira samedi, avec la venue de Justin Trudeau et de Shinzo Abe.",
       {"visit | visitor=Justin Trudeau destination=France | 2019-08-24 | announced",
        "visit | visitor=Shinzo Abe destination=France | 2019-08-24 | announced"}},
      {"de", "2023-05-10", "Der Vertrag wurde am Dienstag in Berlin in Anwesenheit des französischen Präsidenten Emmanuel Macron unterzeichnet.",
       {"visit | visitor=Emmanuel Macron destination=Germany | 2023-05-09"}},
      // No gathering, no place: no visit.
      {"en", "2023-05-10", "Among the guests at the wedding were several actors.", {}, {"visit |"}},
  });
}

TEST_CASE("persons: name particles, another given name before a known surname, titles of office and of spouses") {
  auto persons = [](const char* lang, const char* published, const char* text) {
    const auto x = kgtest::extract(text, published, lang);
    std::map<std::string, std::string> out;  // name → country
    for (const auto& a : x.actors)
      if (a.kind == kg::ActorKind::kPerson) out[a.name] = a.country;
    return out;
  };
  auto p = persons("fr", "2019-01-22", "Des responsables du parti, dont Marine Le Pen, avaient affirmé le contraire.");
  CHECK(p.count("Marine Le Pen") == 1);
  p = persons("en", "2019-06-04", "Trump and First Lady Melania Trump were greeted by the Queen.");
  CHECK(p.count("Melania Trump") == 1);
  CHECK(p.count("Donald Trump") == 1);
  p = persons("en", "2023-02-20", "Kenya's trade cabinet secretary, Grace Odhiambo, spoke with him by telephone.");
  CHECK(p["Grace Odhiambo"] == "KEN");
  p = persons("nl", "2023-03-20", "Gedeputeerde Annemarie Dekker leidt de handelsmissie naar Marokko.");
  CHECK(p.count("Annemarie Dekker") == 1);
  // A feminine title never resolves to a man: "la chancelière" after Macron and Merkel is Merkel.
  run({{"fr", "2019-01-22",
        "Emmanuel Macron et Angela Merkel ont signé mardi un traité. La chancelière se rendra jeudi à Varsovie.",
        {"visit | visitor=Angela Merkel destination=Poland | 2019-01-24 | announced"}}});
}

TEST_CASE("visit spans: day ranges with weekdays, weekday ranges, ends in a clause about the visit") {
  run({
      {"fr", "2023-05-10", "Le ministre japonais Yoshimasa Hayashi se rendra au Vietnam du lundi 15 au jeudi 18 mai.",
       {"visit | visitor=Yoshimasa Hayashi destination=Vietnam | 2023-05-15..2023-05-18 | announced"}},
      // Written on a Thursday: "el jueves" ahead is next week's; Friday ends after it.
      {"es", "2023-10-05",
       "La ministra chilena Antonia Urrejola estará en Lima de lunes a miércoles y el jueves se trasladará a Quito, donde permanecerá hasta el viernes.",
       {"visit | visitor=Antonia Urrejola destination=Peru | 2023-10-09..2023-10-11 | announced",
        "visit | visitor=Antonia Urrejola destination=Ecuador | 2023-10-12..2023-10-13 | announced"}},
      {"fr", "2018-01-08",
       "Le président sénégalais Macky Sall a entamé lundi sa visite d'Etat en Chine, qui doit le conduire à Pékin jusqu'à mercredi.",
       {"visit | visitor=Macky Sall destination=China | 2018-01-08..2018-01-10"}},
  });
}

TEST_CASE("invitations, hosts in the passive with a date between, the days of one visit, months of a named year") {
  run({
      {"en", "2019-10-12", "Chinese President Xi Jinping invited Indian Prime Minister Narendra Modi to China for a summit next year.",
       {"visit | visitor=Narendra Modi destination=China host=Xi Jinping | 2020 | announced"}},
      {"en", "2019-03-23",
       "Chinese President Xi Jinping was received on Friday by Italian President Sergio Mattarella in Rome.",
       {"visit | visitor=Xi Jinping destination=Italy host=Sergio Mattarella | 2019-03-22"}},
      // Arrival on Thursday, talks on Saturday, leaving on Sunday: one visit over those days.
      {"en", "2019-03-25",
       "Chinese President Xi Jinping arrived in Rome on Thursday. On Saturday Xi held talks in Rome with Prime Minister Giuseppe Conte. "
       "The Chinese leader left Italy on Sunday.",
       {"visit | visitor=Xi Jinping destination=Italy | 2019-03-21..2019-03-24"}},
      {"en", "2019-10-12", "The two met in Wuhan, China, in April last year, when Indian Prime Minister Narendra Modi visited China.",
       {"visit | visitor=Narendra Modi destination=China | 2018-04"}},
      {"en", "2019-10-12", "Modi and Xi agreed on new talks as the Chinese leader heads to Nepal.",
       {"visit | visitor=Xi Jinping destination=Nepal"}, {"visitor=Narendra Modi"}},
  });
}

TEST_CASE("staying somewhere with a time in between, 'among them' after a host with a place") {
  run({
      {"nl", "2021-11-25", "De Ivoriaanse minister van Landbouw, Koffi Yao, is sinds dinsdag in Nederland.",
       {"visit | visitor=Koffi Yao destination=Netherlands | 2021-11-23 | under_way"}},
      {"de", "2023-09-20",
       "Bundeskanzler Olaf Scholz empfängt am Freitag die Staatschefs Zentralasiens in Berlin, unter ihnen der kasachische Präsident Kassym-Schomart Tokajew.",
       {"visit | visitor=Kassym-Jomart Tokayev destination=Germany"}},
      // "is in" without a foreign official: nothing.
      {"en", "2021-11-25", "The economy is since Tuesday in recession.", {}, {"visit |"}},
  });
}

TEST_CASE("organisations named by a head word sign agreements, the EU's seat stands for the EU") {
  run({
      {"fr", "2023-05-12",
       "Mercredi, l'Agence française de développement (AFD) a signé avec le gouvernement kényan un accord de financement. "
       "L'AFD a déjà financé deux lignes de bus à Nairobi.",
       {"treaty_signing | party=Agence française de développement party=Kenya | 2023-05-10"}},
      {"de", "2022-05-20",
       "Die Industrie- und Handelskammer Würzburg-Schweinfurt und die Handelskammer Győr unterzeichneten am Montag eine Kooperationsvereinbarung.",
       {"treaty_signing | party=Handelskammer Győr party=Industrie- und Handelskammer Würzburg-Schweinfurt | 2022-05-16"}},
      {"nl", "2023-03-20", "Het Havenbedrijf Rotterdam en de Marokkaanse regering tekenden dinsdag een samenwerkingsovereenkomst.",
       {"treaty_signing | party=Havenbedrijf Rotterdam party=Morocco | 2023-03-14"}},
      {"es", "2023-10-05",
       "La Unión Europea y Chile avanzan en su acuerdo. Bruselas y Santiago firmaron el lunes un memorando de entendimiento.",
       {"treaty_signing | party=Chile party=European Union | 2023-10-02"}, {"party=Belgium"}},
  });
}

TEST_CASE("trade reported from one economy's side, declined names, 'dorthin', a record compared with") {
  run({
      {"de", "2024-02-14",
       "Die deutschen Exporte nach Japan stiegen 2023 auf 20 Milliarden Euro. Mit den Vereinigten Staaten lag das Handelsvolumen bei 250 Milliarden Euro. "
       "Der Handel mit Polen wuchs weiter. Die Exporte dorthin stiegen auf 90 Milliarden Euro.",
       {"trade_figure | exporter=Germany importer=Japan | 2023 | occurred | 20000000000.000000 EUR",
        "trade_figure | party=Germany party=United States | 2023 | occurred | 250000000000.000000 EUR",
        "exporter=Germany importer=Poland | 2023 | occurred | 90000000000.000000 EUR"}},
      {"de", "2024-02-14",
       "Die deutschen Einfuhren aus Indien stiegen 2023 auf 15 Milliarden Euro. Das Defizit im Handel mit Indien wuchs auf 3 Milliarden Euro, nach dem Rekordwert von 2 Milliarden Euro im Jahr 2021.",
       {"| 2023 | occurred | 3000000000.000000 EUR", "| 2021 | occurred | 2000000000.000000 EUR"}},
  });
}

TEST_CASE("summits in datelined stories, a host greeting a list of guests") {
  run({
      {"en", "1987-06-08",
       "VENICE, June 8 - Leaders of the seven industrial democracies opened their annual summit today. "
       "Italian Prime Minister Amintore Fanfani greeted President Ronald Reagan, West German Chancellor Helmut Kohl and British Prime Minister Margaret Thatcher.",
       {"visit | visitor=Ronald Reagan destination=Italy host=Amintore Fanfani | 1987-06",
        "visit | visitor=Helmut Kohl destination=Italy host=Amintore Fanfani | 1987-06",
        "visit | visitor=Margaret Thatcher destination=Italy host=Amintore Fanfani | 1987-06"}},
  });
}

TEST_CASE("presence stays in its clause, summits placed further on in their sentence, guests of the one summit of an article") {
  run({
      {"es", "2018-11-30",
       "Trump canceló la reunión que tenía prevista con el presidente ruso Vladimir Putin, por el incidente naval en el estrecho de Kerch.",
       {}, {"destination=Ukraine"}},
      {"es", "2023-01-24",
       "La cumbre de la Celac comenzó este martes en un hotel del centro de Buenos Aires. Hubo discursos y reuniones bilaterales. "
       "Las delegaciones trabajaron hasta tarde. Se habló de comercio y de clima. El ambiente fue cordial. "
       "Entre los jefes de Estado presentes figuran el colombiano Gustavo Petro y el chileno Gabriel Boric.",
       {"visit | visitor=Gustavo Petro destination=Argentina", "visit | visitor=Gabriel Boric destination=Argentina"}},
      {"en", "2015-07-07", "On the way home Modi is due in Ashgabat on Friday, in Bishkek on Saturday and in Dushanbe on Sunday.",
       {"visit | visitor=Narendra Modi destination=Kyrgyzstan | 2015-07-11"}},
  });
}

TEST_CASE("phone calls: 'die beiden', three-way calls, 'llamó a', 'gebeld'") {
  run({
      {"de", "2021-11-18",
       "Bundeskanzlerin Angela Merkel hat erneut mit Alexander Lukaschenko telefoniert. Nach einem Telefonat am Montag sprachen die beiden am Mittwochabend erneut miteinander.",
       {"phone_call | party=Alexander Lukashenko party=Angela Merkel | 2021-11-15"}},
      {"en", "2020-09-14", "Trump announced the decision on Friday after a call with King Hamad bin Isa Al Khalifa and Benjamin Netanyahu.",
       {"phone_call | party=Donald Trump party=Hamad bin Isa Al Khalifa | 2020-09-11",
        "phone_call | party=Benjamin Netanyahu party=Donald Trump | 2020-09-11"}},
      {"es", "2022-04-08", "El pasado jueves 31 de marzo, el rey Mohamed VI llamó a Pedro Sánchez para invitarle a Rabat.",
       {"phone_call | party=Mohammed VI party=Pedro Sánchez | 2022-03-31"}},
      {"nl", "2014-07-19", "Donderdagavond had de Amerikaanse president Barack Obama premier Mark Rutte al gebeld.",
       {"phone_call | party=Barack Obama party=Mark Rutte | 2014-07-17"}},
  });
}

TEST_CASE("datelines opening a later paragraph, treaty acronyms as names, actions stay in their clause") {
  run({
      // The headline keeps its actors; "Buenos Aires." is the dateline.
      {"es", "2018-11-30",
       "Peña Nieto, Trump y Trudeau firman el T-MEC en Buenos Aires\n\nBuenos Aires.\n\nEnrique Peña Nieto firmó este viernes, junto con Donald Trump y Justin Trudeau, "
       "el Tratado entre México, Estados Unidos y Canadá (T-MEC), que sustituirá al Tratado de Libre Comercio de América del Norte.",
       {"treaty_signing | party=Canada party=Mexico party=United States | 2018-11-30"}, {"Norte"}},
  });
}

TEST_CASE("those expected at a summit get its place and date, countries sent without a name visit too") {
  run({
      {"de", "2024-09-16",
       "Morgen nimmt Bundeskanzler Olaf Scholz in Astana an einem Gipfeltreffen teil. "
       "Neben Gastgeber Tokajew wird auch der usbekische Präsident Schawkat Mirsijojew erwartet, außerdem die Staatschefs von Kirgistan und Tadschikistan sowie eine Delegation aus Turkmenistan.",
       {"visit | visitor=Shavkat Mirziyoyev destination=Kazakhstan | 2024-09-17",
        "visit | visitor=Kyrgyzstan destination=Kazakhstan | 2024-09-17",
        "visit | visitor=Tajikistan destination=Kazakhstan | 2024-09-17",
        "visit | visitor=Turkmenistan destination=Kazakhstan | 2024-09-17"}},
      {"de", "2024-09-16", "Scholz hatte gestern in Samarkand mit dem usbekischen Präsidenten ein Abkommen unterzeichnet.",
       {"visit | visitor=Olaf Scholz destination=Uzbekistan | 2024-09-15"}},
  });
}

TEST_CASE("a tour's stops end where the next begins, a relative clause takes its main clause's date") {
  run({
      {"en", "2016-03-24",
       "U.S. President Barack Obama arrived in Havana on Sunday for a four-day trip. "
       "Obama flew on to Buenos Aires on Tuesday.",
       {"visit | visitor=Barack Obama destination=Cuba | 2016-03-20..2016-03-22"}},
      {"es", "2023-01-24",
       "El lunes Lula mantuvo en Buenos Aires una reunión con el presidente Alberto Fernández, tras la que ambos firmaron una serie de acuerdos.",
       {"treaty_signing | party=Argentina party=Brazil | 2023-01-23"}},
  });
}

TEST_CASE("trade with no economy named continues the article's pair, unless it is multilateral") {
  run({
      {"de", "1987-09-08",
       "Der Handel zwischen der Bundesrepublik und der DDR gilt als stabilisierendes Element. "
       "Allerdings ist der Warenaustausch zuletzt gesunken: 1985 erreichte er noch 15,5 Milliarden DM.",
       {"trade_figure | party=East Germany party=Germany | 1985 | occurred | 15500000000.000000 DEM"}},
      {"es", "2018-11-30",
       "El comercio entre México y Estados Unidos sumó 557 mil millones de dólares en 2017. "
       "El intercambio trilateral en la región supera 1.2 billones de dólares al año.",
       {}, {"1200000000000"}},
  });
}

TEST_CASE("ceremonies are gatherings, 'takes him to', a summit's place is in its own clause") {
  run({
      {"en", "2024-01-24", "US Secretary of State Antony Blinken was in Abidjan on Monday. The final leg of the tour takes him to Angola later this week.",
       {"visit | visitor=Antony Blinken destination=Angola"}},
      {"en", "2020-09-16",
       "Israeli Prime Minister Benjamin Netanyahu signed the agreements at a ceremony at the White House on Tuesday. "
       "Two rockets were fired towards southern Israel during the ceremony, wounding two people in Ashdod.",
       {}, {"destination=Israel"}},
  });
}

TEST_CASE("an event told without a date, right after a dated one, is of that day") {
  run({
      {"nl", "2016-11-28",
       "Koning Filip van België is vandaag begonnen aan een staatsbezoek aan Nederland. "
       "In het Paleis op de Dam ondertekenden minister Bert Koenders en zijn Belgische collega Didier Reynders een grensverdrag.",
       {"treaty_signing | party=Belgium party=Netherlands | 2016-11-28"}},
  });
}

TEST_CASE("groups of three, commas around a date do not end the clause") {
  run({
      {"nl", "2023-07-16",
       "Premier Mark Rutte, de Italiaanse premier Giorgia Meloni en Commissievoorzitter Ursula von der Leyen spraken in Den Haag. "
       "Het drietal was een maand geleden, op 11 juni, ook al in Tunis.",
       {"visit | visitor=Mark Rutte destination=Tunisia | 2023-06-11", "visit | visitor=Giorgia Meloni destination=Tunisia | 2023-06-11",
        "visit | visitor=Ursula von der Leyen destination=Tunisia | 2023-06-11"}},
  });
}

TEST_CASE("every person of a list placed abroad is there, a place fronted before its persons takes the main clause's date") {
  run({
      {"de", "2011-05-14",
       "Genf - Die Einigung kam nach langen Verhandlungen zustande. "
       "Der georgische Außenminister Grigol Waschadse und der russische Außenminister Sergej Lawrow unterzeichneten am Freitag in Genf ein Protokoll.",
       {"visit | visitor=Sergey Lavrov destination=Switzerland | 2011-05-13", "visitor=Grigol Vashadze destination=Switzerland | 2011-05-13"}},
      {"es", "2016-03-12",
       "Lima, 12 de marzo. Los mandatarios se reunieron en un clima cordial. "
       "En la ciudad de Cartagena, los presidentes Juan Manuel Santos y Ollanta Humala firmaron ayer un acuerdo fronterizo.",
       {"visit | visitor=Ollanta Humala destination=Colombia | 2016-03-11"}, {"visitor=Juan Manuel Santos destination=Colombia"}},
  });
}

TEST_CASE("a sentence of its own tells when the stay ends") {
  run({
      {"nl", "2020-03-10",
       "Koning in Jakarta\n\nKoning Willem-Alexander is vandaag aan een staatsbezoek aan Indonesië begonnen. Het staatsbezoek duurt tot en met vrijdag.",
       {"visit | visitor=Willem-Alexander of the Netherlands destination=Indonesia | 2020-03-10..2020-03-13"}},
      {"nl", "2022-06-14",
       "Deense minister in Ottawa\n\nDe Deense minister Jeppe Kofod is vandaag naar Ottawa gereisd. De Deense delegatie blijft tot en met woensdag in Ottawa.",
       {"visit | visitor=Jeppe Kofod destination=Canada | 2022-06-14..2022-06-15"}},
      {"es", "2023-06-12",
       "Castro en China\n\nLa presidenta de Honduras, Xiomara Castro, llegó el viernes a Shanghái. La visita de Estado concluirá el miércoles.",
       {"visit | visitor=Xiomara Castro destination=China | 2023-06-09..2023-06-14"}},
      {"en", "2019-11-04",
       "Premier in Bangkok\n\nJapanese Prime Minister Shinzo Abe arrived in Bangkok on Monday for talks. He flies home on Wednesday.",
       {"visit | visitor=Shinzo Abe destination=Thailand | 2019-11-04..2019-11-06"}},
      // (Going on to another country is the next stop, not the end of this one.)
      {"de", "2019-11-04",
       "Kanzlerin in Rom\n\nBundeskanzlerin Angela Merkel ist am Montag in Rom eingetroffen. Am Samstag verlässt sie Rom, dann fliegt sie nach Madrid.",
       {"visit | visitor=Angela Merkel destination=Italy | 2019-11-04 |"}},
  });
}

TEST_CASE("guests of an inauguration named with their countries, a clause about a summit places nothing, a summit at an unknown place") {
  run({
      {"es", "2018-03-11",
       "Santiago, 11 mar (EFE).- Sebastián Piñera asumió este domingo la presidencia de Chile en una ceremonia de toma de posesión en Valparaíso. "
       "Entre los invitados figuraban el rey de España, Felipe VI, y los presidentes de Argentina, Mauricio Macri, y Perú, Pedro Pablo Kuczynski. "
       "Días antes hubo una cumbre regional en la que Lima propuso un plan comercial.",
       {"visit | visitor=Felipe VI destination=Chile", "visit | visitor=Mauricio Macri destination=Chile",
        "visit | visitor=Pedro Pablo Kuczynski destination=Chile"},
       {"visitor=Argentina", "visitor=Spain", "destination=Peru"}},
      {"en", "2016-05-02",
       "WARSAW, May 2 (AP) — Foreign leaders gathered in Warsaw on Monday for the funeral of a former president. "
       "Last week, the Polish prime minister and Russian President Vladimir Putin attended a memorial ceremony at Zborowo together.",
       {}, {"visitor=Vladimir Putin destination=Poland"}},
  });
}

TEST_CASE("two leaders named with a trade figure give its two economies") {
  run({
      {"en", "2023-12-07",
       "Erdogan in Athens\n\nTurkish President Recep Tayyip Erdoğan arrived in Athens on Thursday. Mitsotakis said Greece and Turkey disagree over Cyprus. "
       "The two leaders agreed to raise bilateral trade, which stands at around $5.5 billion a year, to $10 billion.",
       {"trade_figure | party=Greece party=Turkey |  | occurred | 5500000000.000000 USD"}, {"party=Cyprus"}},
  });
}

TEST_CASE("a party in brackets gives a person's country, a list of persons runs over the brackets") {
  run({
      {"nl", "2021-03-10",
       "Akkoord over zorg\n\nDen Haag, 10 maart 2021. Minister Hugo de Jonge (CDA) en de Belgische minister Frank Vandenbroucke ondertekenden dinsdag in Brussel een akkoord over de zorg.",
       {"visit | visitor=Hugo de Jonge destination=Belgium | 2021-03-09"}},
      {"de", "2019-05-03",
       "Bayern und Kroatien\n\nMünchen, 3. Mai 2019. Ministerpräsident Markus Söder (CSU) und der kroatische Regierungschef Andrej Plenković unterzeichneten am Donnerstag in Zagreb eine Erklärung.",
       {"visit | visitor=Markus Söder destination=Croatia | 2019-05-02"}, {"visitor=Andrej Plenković"}},
  });
}

TEST_CASE("'among them' at the start of a sentence takes the place of the sentence before, 'at odds with' places nobody") {
  run({
      {"en", "1990-05-28",
       "BAGHDAD, May 28 - Arab leaders opened a summit in the Iraqi capital today. "
       "President Saddam Hussein greeted the arriving leaders at Baghdad airport. "
       "Among them were King Hussein of Jordan and Egyptian President Hosni Mubarak, whose government has long been at odds with Damascus.",
       {"visit | visitor=Hussein of Jordan destination=Iraq", "visit | visitor=Hosni Mubarak destination=Iraq"}, {"destination=Syria"}},
  });
}

TEST_CASE("a figure right after a trade sentence without one takes its two economies, counted partners are no country, a place after a given name is a surname") {
  run({
      {"nl", "2022-05-10",
       "Handel met Chili\n\nNieuw-Zeeland en Chili willen meer samenwerken. Hoewel beide landen ver uit elkaar liggen, is de onderlinge handel groeiend. "
       "Vorig jaar bedroeg die ongeveer 2 miljard dollar.",
       {"trade_figure | party=Chile party=New Zealand | 2021 | occurred | 2000000000.000000 USD"}},
      {"nl", "2023-05-19",
       "Top in Astana\n\nKazachstan ontving de leiders van de regio. Vorig jaar handelde China voor ruim 70 miljard dollar met de vijf landen samen.",
       {}, {"trade_figure | party=China party=Kazakhstan"}},
      {"en", "2023-06-09",
       "Neighbours\n\nIndonesia and Malaysia signed two border treaties on Thursday. Two-way trade between the neighbours exceeded US$20 billion last year.",
       {"trade_figure | party=Indonesia party=Malaysia | 2022 | occurred | 20000000000.000000 USD"}},
      {"en", "2019-03-04",
       "Trade pact\n\nAustralian Trade Minister Simon Birmingham flew to Jakarta on Monday to sign the agreement.",
       {"visit | visitor=Simon Birmingham destination=Indonesia | 2019-03-04"}, {"destination=United Kingdom"}},
  });
}

TEST_CASE("non-state parties to agreements are actors, a place inside an attribute of a thing places nobody") {
  run({
      {"de", "2020-03-04",
       "Abkommen mit den Taliban\n\nWashington, 4. März 2020. Am Samstag hatten die USA und die Taliban ein Abkommen über den Abzug unterzeichnet. "
       "Präsident Aschraf Ghani lehnt die in Doha vereinbarte Freilassung von Gefangenen ab.",
       {"treaty_signing | party=Taliban party=United States | 2020-02-29"}, {"visitor=Ashraf Ghani destination=Qatar"}},
  });
}

TEST_CASE("a visit told again with no time near it keeps the dates told before") {
  run({
      {"es", "2015-05-19",
       "Li en Brasil\n\nBrasilia, 19 de mayo de 2015. El primer ministro chino, Li Keqiang, aterrizó la noche del lunes en Brasilia. "
       "El miércoles se trasladará a Río de Janeiro y el jueves partirá hacia Bogotá. "
       "Xi Jinping había hecho una visita de Estado a Brasil en julio de 2014, tras la cumbre de los BRICS en Fortaleza. "
       "La llegada de Li coincide con un mal momento para la economía brasileña, que se contraerá este año.",
       {"visit | visitor=Li Keqiang destination=Brazil | 2015-05-18..2015-05-20"}, {"visitor=Li Keqiang destination=Brazil | 2014"}},
  });
}

TEST_CASE("each country of a visit verb's object is visited, a clause about the last stop ends the trip there") {
  run({
      {"es", "2015-05-19",
       "Li en gira\n\nBrasilia, 19 de mayo de 2015. El primer ministro chino, Li Keqiang, llegó el lunes a Brasilia. "
       "El jueves partirá hacia Bogotá, donde permanecerá hasta el viernes; después visitará Perú y Chile, donde concluirá su recorrido el 26 de mayo.",
       {"visit | visitor=Li Keqiang destination=Peru", "visit | visitor=Li Keqiang destination=Chile", "..2015-05-26 | announced"}},
  });
}

TEST_CASE("'jeudi dernier' on a Thursday is a week before, 'le lendemain' counts from the day told") {
  run({
      {"fr", "2015-02-12",
       "Diplomatie\n\nPublié le 12 février 2015. Jeudi dernier, la chancelière Angela Merkel s'était rendue à Kiev, avant de gagner Moscou le lendemain.",
       {"visit | visitor=Angela Merkel destination=Ukraine | 2015-02-05", "visit | visitor=Angela Merkel destination=Russia | 2015-02-06"}},
      {"es", "2023-03-02",
       "Visita\n\nMadrid, 2 de marzo de 2023. El canciller argentino Santiago Cafiero viajará a Madrid el próximo jueves.",
       {"visit | visitor=Santiago Cafiero destination=Spain | 2023-03-09"}},
  });
}

TEST_CASE("a later stop of a trip under way told in the present is not before the trip began") {
  run({
      {"nl", "2023-11-01",
       "Rutte in Azië\n\nPlaatsingstijd: 01-11-2023\n\nPremier Mark Rutte is vanochtend in Hanoi geland. Maandag reist hij verder naar Jakarta.",
       {"visit | visitor=Mark Rutte destination=Vietnam | 2023-11-01", "visit | visitor=Mark Rutte destination=Indonesia | 2023-11-06"}},
  });
}

TEST_CASE("a relative clause fronted before its main clause has that clause's subject") {
  run({
      {"es", "2014-09-03",
       "Kiev. Vladimir Putin habló por teléfono con Petro Poroshenko. "
       "En Tallin, adonde llegó este miércoles, el presidente estadunidense Barack Obama se reunió con su par estonio.",
       {"visit | visitor=Barack Obama destination=Estonia | 2014-09-03"}, {"visitor=Vladimir Putin destination=Estonia"}},
  });
}

TEST_CASE("'als' before a role is no 'if'") {
  run({
      {"nl", "2019-03-04",
       "Akkoord\n\nPlaatsingstijd: 04-03-2019\n\nIn augustus was premier Scott Morrison tijdens zijn eerste reis als regeringsleider in Jakarta op bezoek bij president Joko Widodo.",
       {"visit | visitor=Scott Morrison destination=Indonesia | 2018-08"}},
  });
}

TEST_CASE("a town the gazetteer does not know, named with its country's adjective and a city word, is in that country") {
  run({
      {"nl", "2025-03-13",
       "Grens\n\nPlaatsingstijd: 13-03-2025\n\nEind deze maand worden Japarov en de Oezbeekse president Sjavkat Mirzijojev in de Tadzjiekse stad Chudzjand verwacht.",
       {"visit | visitor=Sadyr Japarov destination=Tajikistan | 2025-03 | announced", "visit | visitor=Shavkat Mirziyoyev destination=Tajikistan"}},
      {"en", "2025-03-13",
       "Border\n\nDUSHANBE, March 13 - Kyrgyz President Sadyr Japarov arrived on Thursday in the Tajik city of Khujand.",
       {"visit | visitor=Sadyr Japarov destination=Tajikistan | 2025-03-13"}},
      {"es", "2025-03-13",
       "Frontera\n\nMadrid, 13 de marzo de 2025. El presidente kirguís Sadyr Japarov llegó el jueves a la ciudad tayika de Juyand.",
       {"visit | visitor=Sadyr Japarov destination=Tajikistan | 2025-03-13"}},
  });
}

TEST_CASE("a currency unit several countries share is the one of the country the text names") {
  run({
      {"en", "2016-12-19",
       "Trade\n\nOslo, Dec 19. Norwegian exports to China reached nearly 24 billion kroner last year.",
       {"trade_figure | exporter=Norway importer=China | 2015 | occurred | 24000000000.000000 NOK"}},
      {"de", "2016-12-19",
       "Handel\n\nKopenhagen, 19. Dezember 2016. Dänemark exportierte im vergangenen Jahr Waren im Wert von 30 Milliarden Kronen nach China.",
       {"30000000000.000000 DKK"}},
      {"fr", "2016-12-19",
       "Commerce\n\nPublié le 19 décembre 2016. Les exportations suédoises vers la Chine ont atteint 40 milliards de couronnes l'an dernier.",
       {"40000000000.000000 SEK"}},
  });
}

TEST_CASE("'that same day' after a coming weekday is that coming day, onward travel verbs, a name in apposition after 'con'") {
  run({
      {"es", "2010-02-28",
       "Gira\n\nWashington, 28 de febrero de 2010. La secretaria de Estado Hillary Clinton iniciará el recorrido el lunes en Montevideo, "
       "y ese mismo día viajará a Buenos Aires para reunirse con la presidenta Cristina Fernández.",
       {"visit | visitor=Hillary Clinton destination=Uruguay | 2010-03-01", "visit | visitor=Hillary Clinton destination=Argentina | 2010-03-01"}},
      {"es", "2010-02-28",
       "Gira\n\nWashington, 28 de febrero de 2010. La secretaria de Estado Hillary Clinton llegará el martes a Santiago. "
       "Allí se reunirá con el presidente electo, Sebastián Piñera, y después Clinton seguirá hacia Brasil.",
       {"visit | visitor=Hillary Clinton destination=Brazil"}, {"visitor=Sebastián Piñera"}},
  });
}

TEST_CASE("the agent of a passive before a travel verb is not the traveller, unless a clause about the agent tells the trip") {
  run({
      {"en", "1987-04-25",
       "MOSCOW, April 25 - Syrian President Hafez al-Assad arrived on Thursday. He was welcomed at the airport by President Andrei Gromyko "
       "and Foreign Minister Eduard Shevardnadze, and was due to fly home to Damascus later today.",
       {"visit | visitor=Hafez al-Assad destination=Soviet Union"}, {"visitor=Andrei Gromyko", "visitor=Eduard Shevardnadze"}},
      // (A registry person holds the country of the office held on the day: Soviet in 1987.)
      {"en", "1987-03-05",
       "CANBERRA, March 5 - Foreign Minister Eduard Shevardnadze and Australian Foreign Minister Bill Hayden signed a cultural agreement here today.",
       {"treaty_signing | party=Australia party=Soviet Union"}, {"Georgia"}},
      {"de", "2018-10-19",
       "Gipfel\n\nBrüssel, 19. Oktober 2018. Die Unterschriften wurden am Freitag geleistet, im Beisein von Singapurs Premierminister Lee Hsien Loong, "
       "der zu dem Gipfeltreffen nach Brüssel gekommen war.",
       {"visit | visitor=Lee Hsien Loong destination=Belgium"}},
  });
}

TEST_CASE("a clause with a subject of its own keeps its gathering and its duration to itself, 'the return of' is no trip") {
  run({
      {"en", "2023-06-09",
       "Trip\n\nIn May the Chilean foreign minister Alberto van Klaveren flew to Rome and Madrid for talks with Giorgia Meloni and Pedro Sánchez, "
       "and earlier this month he attended a mining conference in Toronto, arriving on June 5 for a three-day stay.",
       {"visit | visitor=Alberto van Klaveren destination=Spain | 2023-05", "visit | visitor=Alberto van Klaveren destination=Canada | 2023-06-05"},
       {"visitor=Giorgia Meloni", "visitor=Pedro Sánchez"}},
      {"en", "2023-06-09",
       "Call\n\nThe two presidents also discussed the return of Chilean citizens held in Peru.",
       {}, {"visit |"}},
  });
}

TEST_CASE("objects of one signing verb share its day, a treaty ally is no treaty") {
  run({
      {"en", "2023-06-09",
       "Deal\n\nOn Friday the two governments signed a framework agreement on a coastal railway between Chile and Peru, a project first "
       "proposed at a summit in Lima last September, as well as memorandums on fisheries.",
       {"treaty_signing | party=Chile party=Peru | 2023-06-09"}, {"2022-09"}},
      {"en", "2023-06-09",
       "Ally\n\nThe Philippines, a treaty ally of the United States, hosts American troops.",
       {}, {"treaty"}},
  });
}

TEST_CASE("a plural pronoun stands for the pair of the story, a generic leader title for the leader named") {
  run({
      {"nl", "2023-11-24",
       "Reis\n\nDe Belgische premier Alexander De Croo en zijn Spaanse ambtgenoot Pedro Sánchez zijn woensdag vertrokken voor een reis door de regio. "
       "Spanje zit de Europese Unie voor. Donderdag werden ze in Jeruzalem ontvangen door president Isaac Herzog. "
       "Daarna reisden de premiers door naar Ramallah.",
       {"visit | visitor=Alexander De Croo destination=Israel", "visit | visitor=Pedro Sánchez destination=Israel | 2023-11-23",
        "visit | visitor=Pedro Sánchez destination=Palestinian Territories"}},
      {"en", "2023-03-12",
       "Talks\n\nThe foreign ministers of Chile and Peru, Alberto van Klaveren and Ana Gervasi, agreed to meet in April when they spoke by telephone on Friday.",
       {"phone_call | party=Alberto van Klaveren party=Ana Gervasi | 2023-03-10"}},
      {"en", "1987-12-09",
       "WASHINGTON, Dec 9 - Soviet leader Mikhail Gorbachev arrived here yesterday. At the ceremony the Soviet leader smiled.",
       {"visit | visitor=Mikhail Gorbachev destination=United States"}, {"Gromyko"}},
      {"de", "2023-05-17",
       "Gipfel\n\nBiden strich einen Zwischenstopp in Sydney, wo er die Regierungschefs Australiens, Indiens und Japans treffen sollte. "
       "Er sprach am Dienstag mit Premierminister James Marape.",
       {}, {"visitor=James Marape destination=Australia"}},
  });
}

TEST_CASE("a talking verb with the telephone named, on the line with someone, 'that day' is the day just told") {
  run({
      {"de", "2014-08-23",
       "Telefonate\n\nKanzlerin Angela Merkel griff am Freitagnachmittag zum Telefon und sprach nacheinander mit Kremlchef Wladimir Putin und mit "
       "dem ukrainischen Präsidenten Petro Poroschenko.",
       {"phone_call | party=Angela Merkel party=Vladimir Putin | 2014-08-22", "phone_call | party=Angela Merkel party=Petro Poroshenko | 2014-08-22"}},
      {"fr", "2020-12-22",
       "Accord\n\nLe projet avait été dévoilé le 10 décembre. Ce jour-là, au téléphone avec Mohammed VI, Donald Trump avait annoncé l'ouverture "
       "d'un consulat américain à Dakhla.",
       {"phone_call | party=Donald Trump party=Mohammed VI | 2020-12-10"}},
  });
}

TEST_CASE("trade told as goods worth, a bare amount in the currency just used, a clause's figure of the pair before") {
  run({
      {"de", "2022-04-28",
       "Handel\n\nIm vergangenen Jahr tauschten Deutschland und Chile Waren im Wert von 4,2 Milliarden Euro aus.",
       {"trade_figure | party=Chile party=Germany | 2021 | occurred | 4200000000.000000 EUR"}},
      {"es", "2018-11-28",
       "Comercio\n\nLos intercambios entre Perú y Chile alcanzaron en 2017 los 3.919 millones de euros. "
       "Las compras peruanas a Chile superaron ese año los 2.000 millones, mientras que las exportaciones peruanas a Chile rondaron los 1.900 millones.",
       {"trade_figure | party=Chile party=Peru | 2017 | occurred | 3919000000.000000 EUR", "importer=Peru exporter=Chile | 2017 | occurred | 2000000000.000000 EUR", "exporter=Peru importer=Chile | 2017 | occurred | 1900000000.000000 EUR"}},
      {"es", "2019-11-12",
       "Comercio\n\nLas exportaciones peruanas a Bolivia rondaron los 900 millones de euros en 2017, lo que la sitúa como segundo destino de las "
       "ventas peruanas tras México, y el comercio bilateral alcanzó los 1.090 millones de euros en 2015.",
       {"trade_figure | party=Bolivia party=Peru | 2015"}, {"party=Mexico"}},
  });
}

TEST_CASE("a relative clause about the trip names its stops, 'then' between the places of a list") {
  run({
      {"de", "2022-04-28",
       "Reise\n\nPremierminister Fumio Kishida bricht am Freitag zu einer Reise auf, die ihn bis zum 6. Mai zunächst nach Chile, dann nach Peru, "
       "Bolivien und Ecuador führt.",
       {"visit | visitor=Fumio Kishida destination=Chile", "visit | visitor=Fumio Kishida destination=Peru",
        "visit | visitor=Fumio Kishida destination=Ecuador"}},
      {"en", "2022-04-28",
       "Tour\n\nPrime Minister Fumio Kishida will fly to Santiago and then to Lima next week.",
       {"visit | visitor=Fumio Kishida destination=Chile", "visit | visitor=Fumio Kishida destination=Peru"}},
  });
}

TEST_CASE("a subject pronoun after a verb of receiving is the host, guests listed each with a country") {
  run({
      {"de", "2014-08-23",
       "Treffen\n\nAußenminister Frank-Walter Steinmeier lud zu Gesprächen ein. Am vergangenen Sonntag empfing er seine Kollegen Sergej Lawrow "
       "aus Russland, Pawlo Klimkin aus der Ukraine und Laurent Fabius aus Frankreich.",
       {"visit | visitor=Sergey Lavrov destination=Germany host=Frank-Walter Steinmeier | 2014-08-17",
        "visit | visitor=Pavlo Klimkin destination=Germany host=Frank-Walter Steinmeier",
        "visit | visitor=Laurent Fabius destination=Germany host=Frank-Walter Steinmeier"}},
      {"de", "2022-05-22",
       "Reise\n\nBundeskanzler Olaf Scholz ist in Dakar eingetroffen. Empfangen wurde er von Präsident Macky Sall.",
       {"visit | visitor=Olaf Scholz destination=Senegal"}, {"visitor=Macky Sall"}},
  });
}

TEST_CASE("a relative year before its month, congratulating by phone, a trip begun in the past") {
  run({
      {"nl", "2022-09-12",
       "Bezoek\n\nVorig jaar september bracht de Surinaamse president Chan Santokhi een werkbezoek aan Nederland. Premier Mark Rutte had hem al "
       "op 14 juli 2020 telefonisch gefeliciteerd.",
       {"visit | visitor=Chan Santokhi destination=Netherlands | 2021-09", "phone_call | party=Chan Santokhi party=Mark Rutte | 2020-07-14"}},
      {"nl", "2020-08-26",
       "Reis\n\nDe Chinese minister Wang Yi maakt een rondreis door Europa. Hij begon dinsdag in Rome.",
       {"visit | visitor=Wang Yi destination=Italy | 2020-08-25"}},
  });
}

TEST_CASE("an object pronoun is not its clause's subject, those who travel together go on together") {
  run({
      {"en", "2013-03-25",
       "Tour\n\nOn Sunday President Xi Jinping flew to Dar es Salaam, where President Jakaya Kikwete welcomed him.",
       {"visit | visitor=Xi Jinping destination=Tanzania"}, {"visitor=Jakaya Kikwete"}},
      {"nl", "2023-11-24",
       "Reis\n\nDe Belgische premier Alexander De Croo en de Spaanse premier Pedro Sánchez reisden donderdag naar Ramallah. "
       "Vrijdag stond Egypte op het programma.",
       {"visit | visitor=Alexander De Croo destination=Egypt", "visit | visitor=Pedro Sánchez destination=Egypt"}},
  });
}

TEST_CASE("'the port city of X' is X, a pronoun subject attends a summit, a start in a clause about the next stop is not the trip's") {
  run({
      {"en", "2024-12-03",
       "Trip\n\nPresident Joe Biden arrived in Luanda on Monday. On Wednesday, the president travels to the port city of Lobito.",
       {"visit | visitor=Joe Biden destination=Angola | 2024-12-02..2024-12-04"}},
      {"de", "2016-02-08",
       "Reise\n\nBundeskanzlerin Angela Merkel ist am Montag in die Türkei gereist. Im November nahm sie am G-20-Gipfel im südtürkischen Antalya teil.",
       {"visit | visitor=Angela Merkel destination=Turkey | 2015-11"}},
      {"es", "2023-02-15",
       "Visita\n\nEl canciller armenio Ararat Mirzoyan llegó este miércoles a Ankara. Más tarde, Mirzoyan tenía previsto desplazarse a la provincia "
       "de Adıyaman, donde un equipo de rescatistas armenios busca entre los escombros desde el 8 de febrero.",
       {"visit | visitor=Ararat Mirzoyan destination=Turkey | 2023-02-15"}, {"2023-02-08"}},
  });
}

TEST_CASE("a negation stops at a colon, 'next year's summit' is nobody's visit, a promise looks ahead") {
  run({
      {"fr", "2020-09-01",
       "Visite\n\nLe président Emmanuel Macron ne s'attardera pas : il quittera Beyrouth mercredi matin pour Bagdad. Il a promis de revenir au Liban en décembre.",
       {"visit | visitor=Emmanuel Macron destination=Iraq | 2020-09-02", "visit | visitor=Emmanuel Macron destination=Lebanon | 2020-12"}},
      {"en", "2023-09-10",
       "Summit\n\nIndian Prime Minister Narendra Modi handed the presidency to Brazil, which will host next year's summit in Rio de Janeiro. "
       "China was represented by Premier Li Qiang.",
       {}, {"destination=Brazil"}},
  });
}

TEST_CASE("'called her remarks nasty' is no call, the day something was said is not the day of the call it reports") {
  run({
      {"en", "2019-08-24",
       "Row\n\nPresident Donald Trump postponed his trip to Denmark. On Wednesday he called her remarks nasty, after Prime Minister Mette Frederiksen spoke.",
       {}, {"phone_call |"}},
      {"en", "2019-08-24",
       "Call\n\nSpeaking to reporters on Friday, President Donald Trump said Prime Minister Mette Frederiksen had called him.",
       {"phone_call | party=Donald Trump party=Mette Frederiksen"}, {"2019-08-23"}},
  });
}

TEST_CASE("a surname in a headline names a registry person out of office when the article names them in full") {
  run({
      {"es", "2024-11-12",
       "Milei habló por teléfono con Trump\n\nEl presidente argentino Javier Milei consiguió finalmente hablar con Donald Trump.",
       {"phone_call | party=Donald Trump party=Javier Milei"}},
  });
}

TEST_CASE("EFTA trades as one economy, an agreement someone wanted is none") {
  run({
      {"de", "2024-03-11",
       "Handel\n\nDer Handel zwischen Indien und der EFTA erreichte 2023 rund 25 Milliarden Dollar.",
       {"trade_figure | party=European Free Trade Association party=India | 2023"}},
      {"nl", "2023-06-20",
       "Akkoord\n\nOorspronkelijk wilde Brussel een akkoord sluiten met de hele Oost-Afrikaanse Gemeenschap.",
       {}, {"treaty"}},
  });
}

TEST_CASE("'a European trip' is a trip to Europe, not one the EU makes") {
  run({
      {"nl", "2016-04-22",
       "Reis\n\nDen Haag is de laatste halte van een Europese reis die maandag in Berlijn begon.",
       {}, {"visitor=European Union"}},
  });
}

TEST_CASE("a fronted 'with' phrase lists the partners of the subject after the verb") {
  run({
      {"de", "2022-01-10",
       "Telefonate\n\nKremlchef Wladimir Putin sprach am Donnerstag mit Kassym-Schomart Tokajew. Auch mit den Präsidenten Kirgistans und "
       "Tadschikistans, Sadyr Dschaparow und Emomali Rachmon, stimmte er sich in diesen Tagen am Telefon ab.",
       {"phone_call | party=Sadyr Japarov party=Vladimir Putin", "phone_call | party=Emomali Rahmon party=Vladimir Putin"},
       {"party=Emomali Rahmon party=Sadyr Japarov"}},
  });
}

TEST_CASE("a dropped subject is kept past persons met") {
  run({
      {"es", "2023-10-08",
       "Gira\n\nEl canciller peruano Javier González-Olaechea llegó el jueves a Quito. El viernes estuvo en Bogotá con el presidente Gustavo Petro, "
       "y el sábado visitó Caracas.",
       {"visit | visitor=Javier González-Olaechea destination=Venezuela | 2023-10-07"}},
  });
}

TEST_CASE("a clause of time with its infinitive after a person met goes on with the main subject") {
  run({
      {"es", "2010-02-28",
       "Gira\n\nLa secretaria de Estado Hillary Clinton iniciará el recorrido el lunes en Montevideo. El martes hará una escala en Santiago, "
       "donde prevé reunirse con Bachelet, antes de seguir hacia Brasil.",
       {"visit | visitor=Hillary Clinton destination=Brazil"}},
  });
}

TEST_CASE("a meeting noun before the traveller, lists with articles, calling a thing something") {
  run({
      // "the (APEC) meeting" is a noun: the person after it is not someone met.
      {"en", "2018-11-16", "After the APEC meeting, Xi Jinping will pay state visits to Brunei and the Philippines.",
       {"visit | visitor=Xi Jinping destination=Brunei | 2018-11 | announced",
        "visit | visitor=Xi Jinping destination=Philippines | 2018-11 | announced"}},
      {"en", "2018-11-16", "After the meeting, Xi Jinping visited Brunei.", {"visit | visitor=Xi Jinping destination=Brunei"}},
      // "called Xi's visit a historic moment" names, it does not phone.
      {"en", "2018-11-16", "For his part, Prime Minister Peter O'Neill called Xi Jinping's visit a historic moment.",
       {}, {"phone_call"}},
      {"en", "2018-11-16", "Prime Minister Peter O'Neill called Xi Jinping on Friday.",
       {"phone_call | party=Peter O'Neill party=Xi Jinping | 2018-11-16"}},
  });
}

TEST_CASE("subjects after the verb and its destination, in apposition to a title") {
  run({
      {"es", "2016-06-23",
       "Para ser testigos del momento viajaron a Cuba la presidenta de Chile, Michelle Bachelet, y el de Venezuela, "
       "Nicolás Maduro.",
       {"visit | visitor=Michelle Bachelet destination=Cuba", "visit | visitor=Nicolás Maduro destination=Cuba"}},
      {"es", "2016-06-23", "El jueves llegó a La Habana el secretario general de la ONU, Ban Ki-moon.",
       {"visit | visitor=Ban Ki-moon destination=Cuba | 2016-06-23"}},
      // A surname named before is that person, not a town of the same name.
      {"es", "2016-06-23",
       "El presidente Juan Manuel Santos llegó a La Habana. Luego Raúl Castro entregó el documento a Santos.",
       {"visit | visitor=Juan Manuel Santos destination=Cuba"}, {"Brazil"}},
  });
}

TEST_CASE("'their' opening a sentence about what the two did") {
  run({
      {"en", "2022-09-15",
       "Uzbek President Shavkat Mirziyoyev, who had greeted Xi Jinping the night before, hosted him at a ceremony in "
       "Samarkand on Thursday. Their talks ended with the signing of a joint statement.",
       {"treaty_signing | party=China party=Uzbekistan"}},
      {"en", "2022-09-15",
       "Vladimir Putin arrived in Samarkand on Thursday. He and Xi Jinping last met in Beijing in February. Their most "
       "recent contact was a telephone call on June 15.",
       {"phone_call | party=Vladimir Putin party=Xi Jinping | 2022-06-15"}},
      // Not a possessive after the plural it belongs to.
      {"de", "2023-06-20",
       "Li Qiang und Emmanuel Macron sprachen in Paris. Kommende Woche wollen dann die Staats- und Regierungschefs der EU "
       "bei ihrem Gipfel in Brüssel beraten.",
       {}, {"destination=Belgium"}},
  });
}

TEST_CASE("a partner after the commas of what an agreement is about") {
  run({
      {"en", "2024-02-16",
       "On Friday Brazil also signed memorandums on technical cooperation, food security and the fight against "
       "desertification with IGAD, the regional bloc of eight countries in the Horn of Africa.",
       {"treaty_signing | party=Brazil party=Intergovernmental Authority on Development | 2024-02-16"}},
      // Not past a relative clause: "la iniciativa que Nueva Delhi y París lanzaron".
      {"es", "2019-02-18",
       "La Argentina firmó además el acuerdo marco con la India, la iniciativa que Nueva Delhi y París lanzaron en 2015.",
       {"treaty_signing | party=Argentina party=India"}, {"France"}},
  });
}

TEST_CASE("a month without its year: the coming one for what will be, the last one for what was done") {
  run({
      {"en", "2024-02-16", "Ethiopian Prime Minister Abiy Ahmed confirmed he would travel to Brazil in November.",
       {"visit | visitor=Abiy Ahmed destination=Brazil | 2024-11 | announced"}},
      {"en", "2024-02-16", "Ethiopian Prime Minister Abiy Ahmed travelled to Brazil in November.",
       {"visit | visitor=Abiy Ahmed destination=Brazil | 2023-11"}},
      // "the first … to sign" tells no future.
      {"en", "2018-11-16",
       "Papua New Guinea became the first Pacific island country to sign a memorandum of understanding with China in June.",
       {"treaty_signing | party=China party=Papua New Guinea | 2018-06 | occurred"}},
      // A call told as done, in a month still to come this year: last year's.
      {"en", "2024-06-10", "Lula first asked for that help in a telephone call with Egyptian President Abdel Fattah al-Sisi in November.",
       {"phone_call | party=Abdel Fattah el-Sisi party=Luiz Inácio Lula da Silva | 2023-11"}},
  });
}

TEST_CASE("a semicolon ends the clause of a traveller and of a place") {
  run({
      {"nl", "2023-06-21",
       "Maandag was premier Mark Rutte in Namibië. Daar trok de Deense premier Mette Frederiksen met hem op; naar "
       "Marokko reisde Rutte alleen.",
       {"visit | visitor=Mark Rutte destination=Morocco"}, {"visitor=Mette Frederiksen destination=Morocco"}},
  });
}

TEST_CASE("a name after 'aeropuerto', 'rue' or 'Flughafen' names that thing") {
  run({
      {"es", "2008-11-28",
       "El presidente ruso Dmitri Medvédev aterrizó ayer en el aeropuerto internacional José Martí de La Habana. El "
       "aeropuerto internacional José Martí recibió ayer al presidente ruso, que viajó a Venezuela.",
       {"visit | visitor=Dmitry Medvedev destination=Cuba | 2008-11-27"}, {"Martí"}},
  });
}

TEST_CASE("talking verbs in the infinitive, a guest after the day of the welcome") {
  run({
      {"fr", "2017-05-29",
       "M. Macron avait aussi pris soin de parler au téléphone, la semaine dernière, avec le président ukrainien, Petro "
       "Porochenko.",
       {"phone_call | party=Emmanuel Macron party=Petro Poroshenko | 2017-05"}},
      {"fr", "2017-05-29",
       "Emmanuel Macron a accueilli, lundi 29 mai, le président russe, Vladimir Poutine, au Grand Trianon, à Versailles.",
       {"visit | visitor=Vladimir Putin destination=France host=Emmanuel Macron | 2017-05-29"}},
  });
}

TEST_CASE("the trade of the story's two countries, a government building as its source") {
  run({
      {"de", "2022-11-16",
       "Wirtschaftlich sind die Verbindungen zwischen Österreich und Serbien eng. Rund 400 österreichische Unternehmen "
       "sind in Serbien tätig. Das Handelsvolumen lag nach Angaben des Bundeskanzleramts im Jahr 2020 bei rund 1,25 "
       "Milliarden Euro.",
       {"trade_figure | party=Austria party=Serbia | 2020 | occurred | 1250000000.000000 EUR"}, {"Germany"}},
  });
}

TEST_CASE("an agency in brackets after the dateline, an airport the gazetteer does not know") {
  run({
      {"de", "1984-01-26",
       "Kohl in Israel\n\nJerusalem (SZ) – Bundeskanzler Helmut Kohl ist am Dienstag auf dem Flughafen Ben Gurion "
       "gelandet. Ministerpräsident Jitzchak Schamir empfing den Gast mit militärischen Ehren. Die Gespräche kreisten "
       "um Waffen. Die Opposition protestierte. Abgeordnete kritisierten die Regierung. Der Besuch dauert noch bis Sonntag.",
       {"visit | visitor=Helmut Kohl destination=Israel | 1984-01-24..1984-01-29"}},
  });
}

TEST_CASE("one met before the trip to a gathering is not at it") {
  run({
      {"en", "2022-09-15",
       "Turkish President Recep Tayyip Erdogan is expected to meet Vladimir Putin on Friday and will then travel on to "
       "New York for the United Nations General Assembly.",
       {"destination=United States"}, {"visitor=Vladimir Putin destination=United States"}},
      {"nl", "2022-09-15",
       "De Turkse president Erdogan praat vrijdag naar verwachting met Poetin en reist daarna door naar New York voor de "
       "Algemene Vergadering van de Verenigde Naties.",
       {"destination=United States"}, {"visitor=Vladimir Putin destination=United States"}},
  });
}

TEST_CASE("the previous call of the same two, on a day of its own") {
  run({
      {"de", "2022-09-15",
       "Xi Jinping und Wladimir Putin telefonierten zuletzt am 15. Juni. Das Telefonat davor hatte am 25. Februar "
       "stattgefunden.",
       {"phone_call | party=Vladimir Putin party=Xi Jinping | 2022-06-15", "phone_call | party=Vladimir Putin party=Xi Jinping | 2022-02-25"}},
      {"en", "2022-09-15",
       "Vladimir Putin and Xi Jinping last met in Beijing in February. Their most recent contact was a telephone call on "
       "June 15. Their previous call took place on Feb. 25.",
       {"phone_call | party=Vladimir Putin party=Xi Jinping | 2022-06-15", "phone_call | party=Vladimir Putin party=Xi Jinping | 2022-02-25"}},
  });
}

TEST_CASE("a bare trade figure in the currency its sentence named before it") {
  run({
      {"es", "1998-12-01",
       "Las exportaciones españolas a Portugal superaron en 1996 por primera vez el billón de pesetas —1,11 billones—, "
       "mientras que las ventas portuguesas a España sumaron unos 453.000 millones.",
       {"1110000000000.000000 ESP", "453000000000.000000 ESP"}},
  });
}

TEST_CASE("going home in a sentence of its own ends the stay") {
  run({
      {"es", "2013-05-03",
       "El presidente Barack Obama llegó el viernes a San José, Costa Rica. Allí se reunió con los mandatarios de la región. "
       "Tiene previsto regresar a Washington el sábado.",
       {"visit | visitor=Barack Obama destination=Costa Rica | 2013-05-03..2013-05-04"}},
  });
}

TEST_CASE("welcomed by the host in a fronted clause, the guest is the main clause's subject") {
  run({
      {"fr", "2012-12-19",
       "Reçu mercredi par le président Abdelaziz Bouteflika à l'aéroport, François Hollande a entamé en Algérie une "
       "visite d'Etat de deux jours.",
       {"visit | visitor=François Hollande destination=Algeria | 2012-12-19..2012-12-20"}},
      {"en", "2023-06-02",
       "After meeting Chinese President Xi Jinping in Beijing on Monday, Narendra Modi flew on to Japan on Tuesday.",
       {"visit | visitor=Narendra Modi destination=Japan | 2023-05-30"}},
  });
}

TEST_CASE("two days running joined by and are a span") {
  run({
      {"fr", "2012-12-19", "Laurent Fabius s'est rendu à Alger les 15 et 16 juillet.",
       {"visit | visitor=Laurent Fabius destination=Algeria | 2012-07-15..2012-07-16"}},
      {"en", "2012-12-19", "Laurent Fabius visited Algiers on July 15 and 16.",
       {"visit | visitor=Laurent Fabius destination=Algeria | 2012-07-15..2012-07-16"}},
      {"de", "2012-12-19", "Laurent Fabius besuchte Algier am 15. und 16. Juli.",
       {"visit | visitor=Laurent Fabius destination=Algeria | 2012-07-15..2012-07-16"}},
      {"en", "2012-12-19", "Laurent Fabius was in Algiers on July 15 and again on 19 July.",
       {"destination=Algeria"}, {"2012-07-15..2012-07-19"}},
      {"fr", "2022-10-05",
       "Narendra Modi a rencontré Vladimir Poutine à Samarcande, où le chef du gouvernement indien s'était rendu les 15 et "
       "16 septembre pour le sommet de l'Organisation de coopération de Shanghai.",
       {"visit | visitor=Narendra Modi destination=Uzbekistan | 2022-09-15..2022-09-16"}},
  });
}

TEST_CASE("a surname that is also a country's name is the person the article names in full") {
  run({
      {"fr", "2012-12-19",
       "A Alger, Hollande signe une déclaration d'amitié. François Hollande a signé mercredi avec le président algérien "
       "Abdelaziz Bouteflika une déclaration sur l'amitié et la coopération.",
       {"treaty_signing | party=Algeria party=France"}, {"Netherlands"}},
      {"fr", "2012-12-19", "Le Premier ministre néerlandais Mark Rutte a signé mercredi avec la Hollande un accord.", {}, {"Hollande"}},
  });
}

TEST_CASE("a day the visit's clause says it ends is its end") {
  run({
      {"fr", "2018-03-10",
       "Emmanuel Macron est arrivé vendredi soir à New Delhi pour une visite d'Etat qui s'achèvera lundi.",
       {"visit | visitor=Emmanuel Macron destination=India | 2018-03-09..2018-03-12"}},
      {"en", "2018-03-10", "Emmanuel Macron arrived in New Delhi on Friday for a state visit that ends on Monday.",
       {"visit | visitor=Emmanuel Macron destination=India | 2018-03-09..2018-03-12"}},
  });
}

TEST_CASE("the four presidents are the subject and those listed with him, each at the place they met") {
  run({
      {"en", "2023-06-17",
       "South Africa's Cyril Ramaphosa met Vladimir Putin near St Petersburg on Saturday together with Senegal's President "
       "Macky Sall, Zambia's President Hakainde Hichilema and the president of the Comoros, Azali Assoumani. On Friday, the "
       "four presidents spent the day in Ukraine.",
       {"visit | visitor=Cyril Ramaphosa destination=Russia | 2023-06-17", "visit | visitor=Macky Sall destination=Russia | 2023-06-17",
        "visit | visitor=Azali Assoumani destination=Ukraine | 2023-06-16 |", "visit | visitor=Hakainde Hichilema destination=Ukraine | 2023-06-16 |"},
       {"visitor=Vladimir Putin"}},
      {"de", "2023-06-17", "Die vier Präsidenten Cyril Ramaphosa, Macky Sall, Hakainde Hichilema und Azali Assoumani verbrachten den Tag in Kiew.",
       {"visit | visitor=Macky Sall destination=Ukraine"}},
  });
}

TEST_CASE("who comes along is at the place too and a preposition of several words places a meeting") {
  run({
      {"de", "2023-06-17",
       "Der südafrikanische Präsident Cyril Ramaphosa traf am Samstag Putin bei St. Petersburg gemeinsam mit Senegals "
       "Präsident Macky Sall.",
       {"visit | visitor=Cyril Ramaphosa destination=Russia | 2023-06-17", "visit | visitor=Macky Sall destination=Russia | 2023-06-17"}},
      {"fr", "2023-06-17", "Le président sud-africain, Cyril Ramaphosa, a rencontré samedi M. Poutine près de Saint-Pétersbourg.",
       {"visit | visitor=Cyril Ramaphosa destination=Russia | 2023-06-17"}, {"visitor=Vladimir Putin"}},
      {"nl", "2023-06-17",
       "Cyril Ramaphosa ontmoette Poetin samen met president Macky Sall van Senegal, president Hakainde Hichilema van "
       "Zambia en de president van de Comoren, Azali Assoumani. Vrijdag brachten de vier presidenten de dag door in Oekraïne.",
       {"visit | visitor=Azali Assoumani destination=Ukraine | 2023-06-16 |", "visit | visitor=Cyril Ramaphosa destination=Ukraine | 2023-06-16 |"},
       {"visitor=Vladimir Putin"}},
  });
}

TEST_CASE("the two leaders at a sentence's start are the pair the last sentences named") {
  run({
      {"en", "2015-12-25",
       "Narendra Modi flew to Lahore on Friday to see Nawaz Sharif. Modi and Sharif had met in Paris in November. "
       "Earlier this week Vladimir Putin received Modi in Moscow. The two leaders also looked for ways to revive trade, "
       "which came to only about $10 billion last year.",
       {"trade_figure | party=India party=Russia | 2014 | occurred | 10000000000.000000 USD"}, {"trade_figure | party=India party=Pakistan"}},
  });
}

TEST_CASE("a place in a clause about the trip is not where the person met on it is") {
  run({
      {"en", "2015-12-25",
       "Narendra Modi flew into Lahore on Friday to see his Pakistani counterpart Nawaz Sharif on the last leg of a trip "
       "that began in Moscow earlier this week.",
       {"visit | visitor=Narendra Modi destination=Russia"}, {"visitor=Nawaz Sharif destination=Russia"}},
  });
}

TEST_CASE("at the same ceremony is the day of the signing told before") {
  run({
      {"es", "1998-10-27",
       "Los presidentes de Perú, Alberto Fujimori, y de Ecuador, Jamil Mahuad, firmaron ayer en Brasilia el acta, el documento "
       "que cierra la disputa entre los dos países. El acuerdo recoge el laudo que los garantes dieron a conocer el viernes. "
       "En la misma ceremonia se suscribieron además un Tratado de Comercio y Navegación entre Perú y Ecuador.",
       {"treaty_signing | party=Ecuador party=Peru | 1998-10-26"}, {"1998-10-23"}},
      {"en", "1998-10-27",
       "Peru and Ecuador signed a peace accord in Brasilia yesterday. The accord follows a ruling the guarantors made public on "
       "Friday. At the same ceremony Peru and Ecuador signed a treaty on trade and navigation.",
       {"treaty_signing | party=Ecuador party=Peru | 1998-10-26"}, {"1998-10-23"}},
  });
}

TEST_CASE("a span told for the visit that holds the day told is the visit's span") {
  run({
      {"nl", "2021-09-08",
       "Chan Santokhi werd woensdagochtend door koning Willem-Alexander ontvangen op Paleis Noordeinde in Den Haag. "
       "Santokhi kwam maandag aan voor een werkbezoek dat tot en met zondag duurt.",
       {"visit | visitor=Chan Santokhi destination=Netherlands host=Willem-Alexander of the Netherlands | 2021-09-06..2021-09-12"}},
  });
}

TEST_CASE("Dutch separable trade verbs and French take-off verbs") {
  run({
      {"nl", "2005-08-17", "Indonesië voerde vorig jaar voor ruim een miljard euro aan goederen uit naar Nederland.",
       {"trade_figure | exporter=Indonesia importer=Netherlands | 2004 | occurred | 1000000000.000000 EUR"}},
      {"nl", "2005-08-17", "Nederland voerde vorig jaar voor 2 miljard euro aan goederen in uit Marokko.",
       {"trade_figure | importer=Netherlands exporter=Morocco | 2004 | occurred | 2000000000.000000 EUR"}},
      {"fr", "2018-12-10", "Charles Michel a décollé pour Marrakech dimanche soir.",
       {"visit | visitor=Charles Michel destination=Morocco | 2018-12-09"}},
  });
}

TEST_CASE("a day told with the visit's length starts the visit told before") {
  run({
      {"nl", "2018-10-26",
       "Japan en China hebben tijdens het bezoek van de Japanse premier Shinzo Abe aan Peking een akkoord gesloten. "
       "Het akkoord werd vandaag getekend. Abe kwam gisteren aan voor een driedaags bezoek.",
       {"visit | visitor=Shinzo Abe destination=China | 2018-10-25..2018-10-27"}},
  });
}

TEST_CASE("two weekdays joined by and go the way their first goes") {
  run({
      {"nl", "2018-10-26",
       "Zondag en maandag ontvangt Shinzo Abe de Indiase premier Narendra Modi, die voor een tweedaags bezoek naar Japan komt.",
       {"visit | visitor=Narendra Modi destination=Japan | 2018-10-28..2018-10-29"}},
      {"fr", "2022-05-14",
       "Le ministre finlandais des affaires étrangères, Pekka Haavisto, participe samedi et dimanche à Berlin à une réunion "
       "informelle de ses homologues de l'OTAN.",
       {"visit | visitor=Pekka Haavisto destination=Germany | 2022-05-14..2022-05-15"}},
  });
}

TEST_CASE("a time in the next clause loses to one of the trigger's own clause") {
  run({
      {"de", "2022-06-16",
       "Mitte Mai telefonierte Olaf Scholz allein mit Wladimir Putin, am 28. Mai sprachen er und Macron dann gemeinsam mit "
       "dem Kremlchef.",
       {"phone_call | party=Olaf Scholz party=Vladimir Putin | 2022-05"}},
      {"en", "2021-01-05",
       "Jared Kushner flew to Saudi Arabia last month to press both sides towards a deal, as Washington sought to close ranks "
       "before Trump leaves office on January 20.",
       {"visit | visitor=Jared Kushner destination=Saudi Arabia | 2020-12"}},
  });
}

TEST_CASE("a count of people next to a trade figure is no amount of money") {
  run({
      {"en", "2017-01-25",
       "The UAE is among India's top trading partners, with bilateral trade of about $50 billion in 2015, and is home to "
       "roughly 2.6 million Indians.",
       {"50000000000.000000 USD"}, {"2600000"}},
  });
}

TEST_CASE("a name after San or Sankt names a place or a saint and no person") {
  run({
      {"es", "2010-08-10",
       "Santos y Chávez se reunieron el martes en la Quinta de San Pedro Alejandrino de Santa Marta.", {}, {"Pedro Alejandrino"}},
      {"de", "2010-08-10", "Merkel traf Macron am Dienstag in Sankt Peter Ording.", {}, {"Peter Ording"}},
  });
}

TEST_CASE("a seat of government fused with a title gives the title its country") {
  run({
      {"de", "2018-08-20",
       "Der türkische Präsident Recep Tayyip Erdoğan und Präsident Wladimir Putin trafen sich am Montag in Sotschi. Der "
       "Kremlchef reist am Freitag nach Ankara.",
       {"visit | visitor=Vladimir Putin destination=Turkey | 2018-08-24"}, {"visitor=Recep Tayyip Erdoğan destination=Turkey"}},
      {"nl", "2018-08-20", "De Kremlinleider kwam maandag aan in Ankara.",
       {"visit | visitor=Vladimir Putin destination=Turkey | 2018-08-20"}},
      {"de", "2018-08-20", "Der Élysée-Chef traf am Montag in Ankara ein.",
       {"visit | visitor=Emmanuel Macron destination=Turkey | 2018-08-20"}},
  });
}

TEST_CASE("a signing told as done and one planned for a day of its own are two events") {
  run({
      {"de", "2016-03-29",
       "China und Tschechien haben ihre Beziehungen am Dienstag aufgewertet. Präsident Xi Jinping und Präsident Miloš Zeman "
       "unterzeichneten eine gemeinsame Erklärung. Am Mittwoch sollen weitere Verträge zwischen tschechischen und chinesischen "
       "Unternehmen unterzeichnet werden.",
       {"| 2016-03-29 | occurred", "| 2016-03-30 | planned"}},
  });
}

TEST_CASE("a habit is no event") {
  run({
      {"en", "2016-03-29", "Zeman has been a frequent guest in Beijing.", {}, {"visit"}},
      {"de", "2016-03-29", "Zeman ist ein häufiger Gast in Peking.", {}, {"visit"}},
      {"fr", "2016-03-29", "Zeman est un habitué de Pékin.", {}, {"visit"}},
      {"en", "2016-03-29", "Zeman was a guest in Beijing on Monday.", {"visit | visitor=Miloš Zeman destination=China | 2016-03-28"}},
  });
}

TEST_CASE("a region's office gives a named person the region's country") {
  run({
      {"fr", "2014-11-30",
       "Le premier ministre du Québec, Philippe Couillard, est dans la capitale sénégalaise depuis jeudi.",
       {"visit | visitor=Philippe Couillard destination=Senegal | 2014-11-27"}},
      // (the office alone is nobody's: not the country's head of government)
      {"fr", "2014-11-30", "Le premier ministre du Québec est dans la capitale sénégalaise depuis jeudi.", {}, {"visit"}},
  });
}

TEST_CASE("an opening participle and a visit told in its clause have the main clause's subject even as a pronoun") {
  run({
      {"fr", "2014-11-30",
       "Le président français François Hollande a lui aussi pesé dans les tractations. Arrivé vendredi soir à Dakar après "
       "une visite de quelques heures à Conakry, en Guinée, la première d'un dirigeant occidental, il a promis un geste.",
       {"visit | visitor=François Hollande destination=Senegal | 2014-11-28",
        "visit | visitor=François Hollande destination=Guinea | 2014-11-28"}},
  });
}

TEST_CASE("one who followed made the same trip at the time told beside him") {
  run({
      {"nl", "2015-09-20",
       "De Duitse vicekanselier Sigmar Gabriel trok in juli al met een groep ondernemers naar Iran, eind juli gevolgd door de "
       "Franse minister van Buitenlandse Zaken Laurent Fabius.",
       {"visit | visitor=Sigmar Gabriel destination=Iran | 2015-07", "visit | visitor=Laurent Fabius destination=Iran | 2015-07"}},
      {"fr", "2015-09-20",
       "Le vice-chancelier allemand Sigmar Gabriel s'est rendu en Iran en juillet, suivi fin juillet par le ministre français "
       "Laurent Fabius.",
       {"visit | visitor=Laurent Fabius destination=Iran | 2015-07"}},
      {"es", "2015-09-20",
       "El vicecanciller alemán Sigmar Gabriel viajó a Irán el 14 de julio, seguido por el ministro francés Laurent Fabius.",
       {"visit | visitor=Laurent Fabius destination=Iran | 2015-07-14"}},
  });
}

TEST_CASE("a possessive opens no list and a topic's country is no stop of a trip") {
  run({
      {"nl", "2015-09-20",
       "De Duitse vicekanselier Sigmar Gabriel trok in juli naar Iran. Zijn Britse collega Philip Hammond heropende op 23 "
       "augustus de Britse ambassade in Teheran.",
       {"visit | visitor=Philip Hammond destination=Iran | 2015-08-23"}, {"visitor=Sigmar Gabriel destination=Iran | 2015-08-23"}},
      {"nl", "2015-09-20",
       "Minister Bert Koenders is vandaag in Teheran aangekomen voor een tweedaags bezoek aan Iran. Op de agenda staan de "
       "uitvoering van het atoomakkoord en de oorlog in Syrië.",
       {"visit | visitor=Bert Koenders destination=Iran"}, {"destination=Syria"}},
  });
}

TEST_CASE("both countries of a person are theirs and their partner's of the last sentences") {
  run({
      {"es", "2017-03-02",
       "El rey Salmán bin Abdulaziz de Arabia Saudí llegó el miércoles a Yakarta. El lunes, él y el primer ministro malasio, "
       "Najib Razak, asistieron en Kuala Lumpur a la firma de memorandos. Según Najib, Aramco se convierte así en el mayor "
       "inversor en Malasia. Najib había declarado que el comercio entre ambos países creció el año pasado hasta 13.990 "
       "millones de ringgit.",
       {"trade_figure | party=Malaysia party=Saudi Arabia | 2016 | occurred | 13990000000.000000 MYR"}, {"party=Indonesia"}},
      // (a pronoun names the partner too; the article's dateline country named often loses)
      {"nl", "2017-03-02",
       "JAKARTA - Koning Salman van Saudi-Arabië is woensdag in Indonesië aangekomen. Salman vloog naar Jakarta vanuit Kuala "
       "Lumpur, waar hij zondag was geland. Maandag zagen hij en de Maleisische premier Najib Razak in de ambtswoning van "
       "Najib toe hoe functionarissen memoranda ondertekenden. Volgens Najib wordt Aramco de grootste investeerder in "
       "Maleisië. Najib zei dat de handel tussen beide landen vorig jaar was gegroeid tot 13,99 miljard ringgit.",
       {"trade_figure | party=Malaysia party=Saudi Arabia | 2016 | occurred | 13990000000.000000 MYR"}, {"party=Indonesia"}},
  });
}

TEST_CASE("a trade mission is a trip and no trade figure") {
  run({
      {"en", "2022-05-31", "Jacinda Ardern is on a trade mission to the US.",
       {"visit | visitor=Jacinda Ardern destination=United States"}, {"trade_figure"}},
      {"nl", "2014-10-24", "Minister Henk Kamp van Economische Zaken leidt volgende week een handelsmissie naar Japan.",
       {"visit | visitor=Henk Kamp destination=Japan"}, {"trade_figure"}},
  });
}

TEST_CASE("a tour finishing somewhere stops there and an agenda before its subject names no stops") {
  run({
      {"en", "2022-05-31",
       "From Fiji the Chinese minister Wang Yi is travelling to Tonga and Vanuatu before finishing in East Timor.",
       {"visit | visitor=Wang Yi destination=Timor-Leste", "visit | visitor=Wang Yi destination=Tonga"}},
      {"en", "2022-05-31",
       "Penny Wong flew to Suva last Thursday. The New Zealand prime minister, Jacinda Ardern, who is on a trade mission to "
       "the US, is due to meet Joe Biden on Tuesday, where China's growing presence in the Pacific is expected to be on the "
       "agenda.",
       {"visit | visitor=Jacinda Ardern destination=United States"}, {"visitor=Penny Wong destination=China", "visitor=Penny Wong destination=United States"}},
  });
}

TEST_CASE("a clause opened by when is a clause of its own for a call's parties") {
  run({
      {"fr", "2022-08-19",
       "Emmanuel Macron et Vladimir Poutine se sont entretenus par téléphone ce vendredi, pour la première fois depuis le 28 "
       "mai, quand le président français et le chancelier allemand Olaf Scholz avaient appelé ensemble le maître du Kremlin.",
       {"phone_call | party=Emmanuel Macron party=Vladimir Putin | 2022-08-19"}},
  });
}

TEST_CASE("Spanish meetings told in the subjunctive") {
  run({
      {"es", "2022-02-16", "Ocurrió después de que el canciller alemán, Olaf Scholz, se entrevistara con Putin en la capital rusa.",
       {"visit | visitor=Olaf Scholz destination=Russia"}},
  });
}

TEST_CASE("a trade figure continued in the first clause of the next sentence and deliveries as exports") {
  run({
      {"de", "2012-02-08",
       "Im Jahr 2010 belief sich der Warenaustausch zwischen Deutschland und Kasachstan auf rund 5,2 Milliarden Euro. Im ersten "
       "Halbjahr 2011 waren es bereits rund 4,1 Milliarden Euro; allein die kasachischen Lieferungen nach Deutschland "
       "summierten sich in diesem Zeitraum auf knapp 3,2 Milliarden Euro.",
       {"5200000000.000000 EUR", "| 2011-01..2011-06 | occurred | 4100000000.000000 EUR",
        "trade_figure | exporter=Kazakhstan importer=Germany | 2011-01..2011-06 | occurred | 3200000000.000000 EUR"}},
      // (a month without its year is no period of a figure: an investment told after trade is none)
      {"en", "2023-10-17",
       "China was Serbia's second-largest trading partner last year, with two-way trade of $6.15 billion. Chinese firms have "
       "poured money into Serbian mines, and in September the government said Zijin Mining would invest a further $3.8 billion.",
       {"6150000000.000000 USD"}, {"3800000000"}},
  });
}

TEST_CASE("both premiers at a place are its host and the guest and an undated signing there has the day of the visit") {
  run({
      {"nl", "2017-06-27",
       "De Indiase premier Narendra Modi heeft vandaag een bezoek van nog geen dag aan Nederland gebracht. Op het Catshuis in "
       "Den Haag werd hij ontvangen door premier Mark Rutte. Nederland was de laatste halte van een reis die zaterdag begon in "
       "Lissabon, waar Modi met de Portugese premier António Costa sprak. Zondag en maandag was hij in Washington voor zijn "
       "eerste ontmoeting met president Donald Trump in het Witte Huis. De twee hadden elkaar eind januari al telefonisch "
       "gesproken. Het bezoek aan Den Haag werd pas op korte termijn geregeld. Het belang zit vooral in investeringen. In het "
       "Catshuis werden in aanwezigheid van beide premiers drie akkoorden getekend.",
       {"visit | visitor=Narendra Modi destination=Netherlands host=Mark Rutte | 2017-06-27",
        "treaty_signing | party=India party=Netherlands | 2017-06-27", "signed by Narendra Modi, Mark Rutte"},
       {"party=United States", "party=Portugal"}},
  });
}

TEST_CASE("the kingdom is the last country that is one") {
  run({
      {"en", "2021-01-05",
       "Qatar's Emir Sheikh Tamim bin Hamad Al Thani was embraced by Saudi Crown Prince Mohammed bin Salman as he stepped off "
       "his plane on Tuesday, his first visit to the kingdom since the four countries severed links with Doha in June 2017.",
       {"visit | visitor=Tamim bin Hamad Al Thani destination=Saudi Arabia | 2021-01-05"}, {"destination=Qatar"}},
  });
}

TEST_CASE("Rio is Rio de Janeiro and a bare title in apposition is the named person's") {
  run({
      {"fr", "2024-03-28", "Emmanuel Macron est attendu en novembre à Rio pour le sommet du G20.",
       {"visit | visitor=Emmanuel Macron destination=Brazil | 2024-11 | announced"}},
      {"fr", "2024-03-28",
       "Emmanuel Macron a achevé sa visite au Brésil. Le programme découle de l'accord de défense signé en décembre 2008 à Rio "
       "par Lula, déjà président, et Nicolas Sarkozy.",
       {"visitor=Nicolas Sarkozy destination=Brazil | 2008-12"}, {"visitor=Emmanuel Macron destination=Brazil | 2008-12"}},
  });
}

TEST_CASE("those sent to a summit placed before are there and a negation in a closed relative clause is not the trigger's") {
  run({
      {"en", "2021-01-05",
       "Gulf Arab leaders have signed a declaration at a summit in the Saudi desert city of Al-Ula on Tuesday. Prince Mohammed "
       "chaired the summit. Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah attended the summit. Bahrain sent Crown "
       "Prince Salman bin Hamad Al Khalifa. Egypt, which is not a member of the bloc, sent Foreign Minister Sameh Shoukry.",
       {"visit | visitor=Nawaf Al-Ahmad Al-Jaber Al-Sabah destination=Saudi Arabia | 2021-01-05",
        "visit | visitor=Salman bin Hamad Al Khalifa destination=Saudi Arabia | 2021-01-05",
        "visit | visitor=Sameh Shoukry destination=Saudi Arabia | 2021-01-05"}},
      // (a negation in the trigger's own relative clause still counts)
      {"en", "2021-01-05", "Sameh Shoukry, who did not travel to Saudi Arabia, spoke on Tuesday.", {}, {"visit"}},
  });
}

TEST_CASE("a caller named in two pieces calls each partner after its own with") {
  run({
      {"en", "2021-01-05",
       "Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah had spoken by telephone with Qatar's Emir Sheikh Tamim bin Hamad "
       "Al Thani and with Saudi Crown Prince Mohammed bin Salman.",
       {"phone_call | party=Nawaf Al-Ahmad Al-Jaber Al-Sabah party=Tamim bin Hamad Al Thani",
        "phone_call | party=Mohammed bin Salman party=Nawaf Al-Ahmad Al-Jaber Al-Sabah"}},
  });
}

TEST_CASE("a visit put an end to on a day ends that day") {
  run({
      {"es", "2019-02-14",
       "Felipe VI y doña Letizia pusieron fin este jueves a la visita de Estado de dos días a Marruecos.",
       {"visit | visitor=Felipe VI destination=Morocco | 2019-02-13..2019-02-14"}},
      {"fr", "2019-02-14", "Le président Emmanuel Macron a mis fin jeudi à sa visite d'Etat de deux jours au Maroc.",
       {"visit | visitor=Emmanuel Macron destination=Morocco | 2019-02-13..2019-02-14"}},
  });
}

TEST_CASE("a meeting placed before those it was between puts them there and a date past a semicolon is the next clause's") {
  run({
      {"fr", "2022-08-19",
       "L'appel intervient au lendemain d'une rencontre à trois, jeudi à Lviv, dans l'ouest de l'Ukraine, entre Volodymyr "
       "Zelensky, le président turc Recep Tayyip Erdogan et le secrétaire général de l'ONU, António Guterres. C'était le "
       "premier déplacement d'Erdogan en Ukraine depuis le début de l'invasion ; le 5 août, il avait rencontré Vladimir "
       "Poutine à Sotchi.",
       {"visit | visitor=Recep Tayyip Erdoğan destination=Ukraine | 2022-08-18",
        "visit | visitor=António Guterres destination=Ukraine | 2022-08-18",
        "visit | visitor=Recep Tayyip Erdoğan destination=Russia | 2022-08-05"},
       {"destination=Ukraine | 2022-08-05"}},
  });
}

TEST_CASE("a country followed by another after a comma is a place there only when a place shares its name") {
  run({
      {"fr", "2017-03-02", "Ce périple conduira aussi le roi Salmane au Brunei, au Japon, en Chine et aux Maldives.",
       {"destination=Brunei", "destination=Japan", "destination=China", "destination=Maldives"}},
      {"nl", "2017-03-02", "De reis voert koning Salman ook naar Brunei, Japan, China en de Malediven.", {"destination=Maldives"}},
      {"fr", "2017-03-02", "Le roi Salmane est arrivé lundi à Grenade, en Espagne.", {"destination=Spain"}, {"destination=Grenada"}},
  });
}

TEST_CASE("a report of one economy's trade with many partners pairs each figure with its own partner only") {
  run({
      {"en", "1987-03-11",
       "WASHINGTON, March 11 - The U.S. merchandise trade deficit was a record 30.1 billion dlrs in the fourth quarter of "
       "1986, the Commerce Department said. The deficit with Mexico widened 400 mln dlrs to 1.9 billion dlrs, with Eastern "
       "Europe fell to 300 mln dlrs and with Brazil rose 100 mln dlrs to 800 mln dlrs in the quarter. Imports from Germany "
       "climbed to 6.2 billion dlrs. In the full year, exports rose 5.5 billion dlrs to 210.4 billion dlrs.",
       {"party=Mexico party=United States | 1986-10 | occurred | 1900000000.000000 USD",
        "party=Brazil party=United States | 1986-10 | occurred | 800000000.000000 USD",
        "importer=United States exporter=Germany | 1986-10 | occurred | 6200000000.000000 USD"},
       {"30100000000", "300000000.000000", "210400000000", "5500000000"}},
      {"de", "2024-02-16",
       "Deutschlands Außenhandel im Jahr 2023: Mit den Vereinigten Staaten lag das Handelsvolumen bei 252 Milliarden Euro. "
       "Die Einfuhren aus China sanken auf 156 Milliarden Euro. Der Handel mit Frankreich und Polen wuchs. Insgesamt "
       "exportierten deutsche Firmen Waren für 1,6 Billionen Euro.",
       {"party=Germany party=United States | 2023 | occurred | 252000000000.000000 EUR",
        "importer=Germany exporter=China | 2023 | occurred | 156000000000.000000 EUR"},
       {"1600000000000"}},
  });
}

TEST_CASE("a part of the year not begun yet is last year's in a figure told as done") {
  run({
      {"en", "1987-03-11", "Japan's trade surplus with the United States was 14.8 billion dlrs in the fourth quarter, the ministry said.",
       {"| 1986-10..1986-12 | occurred | 14800000000.000000 USD"}, {"1987-10"}},
      {"en", "1987-03-11",
       "Japan's trade surplus with the United States is expected to reach 14.8 billion dlrs in the fourth quarter, the ministry "
       "said.",
       {"| 1987-10..1987-12 | planned | 14800000000.000000 USD"}, {"1986-10"}},
  });
}

TEST_CASE("what someone said would happen is announced and dated by its own time not the day of saying") {
  run({
      {"en", "1987-03-09",
       "WASHINGTON, March 9 - President Reagan said on Friday that Secretary of State George Shultz would go to Moscow "
       "next month for talks on arms control.",
       {"visit | visitor=George Shultz destination=Soviet Union | 1987-04 | announced"}, {"1987-03-06", "1987-03-13"}},
      {"en", "1987-03-09", "President Reagan will travel to West Berlin on June 12 to speak at the Brandenburg Gate.",
       {"visit | visitor=Ronald Reagan destination=Germany | 1987-06-12 | announced"}},
  });
}

TEST_CASE("an official quoted at the end of a sentence that opens with a country speaks for that country") {
  run({
      {"en", "1987-03-02",
       "LONDON, March 2 - Brazil is not happy with the structure of the bank committee, Finance Minister Dilson Funaro said. "
       "Funaro arrived in Britain on Sunday.",
       {"visit | visitor=Dilson Funaro destination=United Kingdom | 1987-03-01"}},
      {"en", "1987-03-09",
       "BRUSSELS, March 9 - West Germany takes the accord very seriously, Finance Ministry State Secretary Hans Tietmeyer said. "
       "Talking to journalists before a meeting of finance ministers here, Tietmeyer declined to say whether the February 22 "
       "accord had secret clauses.",
       {"visit | visitor=Hans Tietmeyer destination=Belgium | 1987-03 |"}, {"1987-02-22 | under_way"}},
  });
}

TEST_CASE("a visiting official in a datelined story and a return from places are visits") {
  run({
      {"en", "1987-03-11",
       "TOKYO, March 11 - The loan agreement was signed by the visiting Indonesian Finance Minister Radius Prawiro and "
       "Japanese officials.",
       {"visit | visitor=Radius Prawiro destination=Japan | 1987-03"}},
      {"en", "1987-03-02", "CAIRO, March 2 - Boutros Ghali told reporters on his return from Ethiopia and Djibouti that the talks went well.",
       {"visit | visitor=Boutros Ghali destination=Ethiopia", "visit | visitor=Boutros Ghali destination=Djibouti"}},
      {"fr", "2018-01-12", "À son retour de Pékin, Emmanuel Macron a défendu l'accord.",
       {"visit | visitor=Emmanuel Macron destination=China"}},
      {"en", "1987-03-02", "LONDON, March 2 - U.K. Chancellor of the Exchequer Nigel Lawson met Brazil's Finance Minister Dilson Funaro.",
       {"Nigel Lawson"}, {"Margaret Thatcher"}},
  });
}

TEST_CASE("a call told in a fronted phrase is the subject's and persons in of phrases after it are no parties") {
  run({
      {"en", "2008-08-18",
       "In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian president Dmitry Medvedev "
       "declared that Russian troops would start their pullout from Georgia on Monday.",
       {"phone_call | party=Dmitry Medvedev party=Nicolas Sarkozy | 2008-08-17 | occurred"}},
      {"es", "2024-10-16",
       "Portada\n\nCiudad de México, 16 oct (EFE).- El canciller mexicano Juan Ramón de la Fuente sostuvo este miércoles una "
       "llamada telefónica con su similar de Argentina, Diana Mondino, en lo que fue un primer contacto entre los gobiernos "
       "de la presidenta de México, la izquierdista Claudia Sheinbaum, y el del presidente de Argentina, Javier Milei.",
       {"phone_call | party=Diana Mondino party=Juan Ramón de la Fuente | 2024-10-16 | occurred"}, {"Sheinbaum", "Milei"}},
  });
}

TEST_CASE("an accord without an action right after a signing by the same two is one of those signed") {
  run({
      {"fr", "2019-06-21",
       "Cinq accords de coopération ont été signés entre la Côte d'Ivoire et le Sénégal, jeudi soir à Abidjan. Il s'agit "
       "d'un accord sur l'habitat social, d'un accord sur l'énergie et enfin d'un accord de coopération commerciale entre "
       "les deux pays.",
       {"treaty_signing | party=Côte d’Ivoire party=Senegal | 2019-06-20 | occurred"}, {"treaty_agreement"}},
  });
}

TEST_CASE("money that is not trade near an amount keeps it from being a trade figure") {
  run({
      {"en", "1987-03-03",
       "TAIPEI, March 3 - Taiwan's trade surplus with the United States hit 13.6 billion dlrs last year. The surplus has "
       "boosted foreign exchange reserves to 50 billion dlrs. Dutch grants to the island rose to 759 mln dlrs, used "
       "mainly for commodity imports. Taiwan also froze trade credit lines worth some 15 billion dlrs.",
       {"party=Taiwan party=United States | 1986 | occurred | 13600000000.000000 USD"},
       {"50000000000", "759000000", "15000000000"}},
  });
}

TEST_CASE("an official who comes along with a minister of the same country makes no visit of his own") {
  run({
      {"en", "1987-03-02",
       "LONDON, March 2 - Brazil is not happy with the bank committee, Finance Minister Dilson Funaro said. Funaro and "
       "central bank president Francisco Gros will this week visit France and Italy.",
       {"visit | visitor=Dilson Funaro destination=France", "visit | visitor=Dilson Funaro destination=Italy"},
       {"visitor=Francisco Gros"}},
  });
}

TEST_CASE("a trip told in a clause opened by after and a tour begun at the dateline are the subject's") {
  run({
      {"en", "1987-03-02",
       "LONDON, March 2 - Brazil's Finance Minister Dilson Funaro, accompanied by central bank president Francisco Gros, "
       "is on the first leg of a tour of European capitals in an attempt to explain to governments Brazil's suspension of "
       "interest payments. After travelling this week to France, Germany and Italy, Funaro hopes to visit Canada next week.",
       {"visit | visitor=Dilson Funaro destination=United Kingdom", "visit | visitor=Dilson Funaro destination=France",
        "visit | visitor=Dilson Funaro destination=Germany", "visit | visitor=Dilson Funaro destination=Italy"},
       {"destination=Brazil", "destination=Canada"}},
      {"en", "1987-03-03",
       "WASHINGTON, March 3 - Brazil's Finance Minister Dilson Funaro visited Washington last week. Funaro said on Saturday "
       "in Washington that Brazil would not have suspended payment on its debt if it had received more financing.",
       {"visit | visitor=Dilson Funaro destination=United States | 1987-02"}, {"cancelled", "announced"}},
  });
}

TEST_CASE("an adjective of country before an office of several words and an office after of") {
  run({
      {"en", "1987-03-03",
       "LAGOS, March 3 - The communique was issued after two days of talks here between Guinean natural resources minister "
       "Ousmane Sylla and Nigerian officials.",
       {"visit | visitor=Ousmane Sylla destination=Nigeria"}},
      {"en", "1987-03-03",
       "TOKYO, March 3 - Visiting U.S. Under-Secretary of State Allen Wallis told Eishiro Saito that Japan must act.",
       {"visit | visitor=Allen Wallis destination=Japan"}},
  });
}

TEST_CASE("a visit here by someone and the days a scheduled or ended trip tells") {
  run({
      {"en", "1987-04-27",
       "SEOUL, April 27 - The announcement follows a visit here this week by U.S. Commerce Secretary Malcolm Baldrige, who "
       "said that South Korea must act.",
       {"visit | visitor=Malcolm Baldrige destination=South Korea | 1987-04"}},
      {"en", "1987-03-19",
       "LA PAZ, March 19 - The strike is an embarrassment during the four-day visit of West German President Richard von "
       "Weizsaecker, which starts on Friday.",
       {"visit | visitor=Richard von Weizsäcker destination=Bolivia | 1987-03-20..1987-03-23"}},
      {"en", "1987-03-16",
       "TAIPEI, March 16 - Board of Foreign Trade director Vincent Siew returned from Washington on Friday after the talks.",
       {"visit | visitor=Vincent Siew destination=United States | 1987-03-13..1987-03-13"}},
      {"en", "1987-10-20", "MOSCOW, Oct 20 - The talks followed a visit to Moscow last week by Iran's Oil Minister Gholamreza Aqazadeh.",
       {"visit | visitor=Gholamreza Aqazadeh destination=Soviet Union | 1987-10"}},
      {"en", "1987-06-29", "BRUSSELS, June 29 - EC Commissioners Willy de Clercq and Frans Andriessen are due to visit Washington from July 7 to 10.",
       {"visitor=Willy de Clercq destination=United States | 1987-07-07..1987-07-10",
        "visitor=Frans Andriessen destination=United States | 1987-07-07..1987-07-10"}},
  });
}

TEST_CASE("a foreign official speaking in the lead of a story filed from elsewhere is there") {
  run({
      {"en", "1987-04-07",
       "TOKYO, April 7 - Japan must open its telecommunications market, British corporate affairs minister Michael Howard "
       "told reporters.",
       {"visit | visitor=Michael Howard destination=Japan | 1987-04 | under_way"}},
      // (not one speaking from home, nor one whose country is only the currency of an amount)
      {"en", "1987-04-07",
       "TOKYO, April 7 - Japan must open its market, British minister Michael Howard said in London by telephone.",
       {}, {"visit |"}},
      {"en", "1987-03-05",
       "TAIPEI, March 5 - Central bank governor Chang Chi-cheng told reporters the bank bought more than one billion U.S. "
       "Dlrs on the local market.",
       {}, {"visit |"}},
  });
}

TEST_CASE("the European Community of the 1980s and exports to a group of countries") {
  run({
      {"en", "1987-03-16",
       "FRANKFURT, March 16 - West German exports to the United States were 3.85 billion marks in January. Total West German "
       "exports to Western industrialised countries fell to 34.76 billion marks. West German exports to the European "
       "Community were 21.60 billion marks in January.",
       {"exporter=Germany importer=United States | 1987-01 | occurred | 3850000000.000000 DEM",
        "exporter=Germany importer=European Community | 1987-01 | occurred | 21600000000.000000 DEM"},
       {"34760000000"}},
  });
}

TEST_CASE("days of a trip from the clause that tells it and from the story's day") {
  run({
      {"en", "1987-04-02",
       "TOKYO, April 2 - The official sounded pessimistic about Prime Minister Yasuhiro Nakasone defusing the row when he "
       "visits Washington on April 29.",
       {"visit | visitor=Yasuhiro Nakasone destination=United States | 1987-04-29"}, {"1986-04-29"}},
      {"en", "1987-03-11",
       "WASHINGTON, March 11 - Canadian External Affairs Minister Joe Clark, winding up a two-day visit to Washington, said "
       "the talks went well.",
       {"visit | visitor=Joe Clark destination=United States | 1987-03-10..1987-03-11"}},
  });
}

TEST_CASE("a ministry signs for its state") {
  run({
      {"en", "1987-03-14",
       "NEW DELHI, March 14 - A 31 mln stg grant will be disbursed under an agreement signed here yesterday between the "
       "Indian Finance Ministry and Britain.",
       {"treaty_signing | party=India party=United Kingdom | 1987-03-13"}, {"Indian Finance Ministry"}},
  });
}

TEST_CASE("places visited in an opening participle clause and a trip on its way") {
  run({
      {"en", "1987-03-06",
       "BRASILIA, March 6 - Brazil's Finance Minister Dilson Funaro spoke on television. After visiting the United States, "
       "France and Italy, Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks.",
       {"visit | visitor=Dilson Funaro destination=United States", "visit | visitor=Dilson Funaro destination=France",
        "visit | visitor=Dilson Funaro destination=Italy", "visit | visitor=Dilson Funaro destination=Japan | 1987-03-08"}},
      {"es", "2018-09-30", "El enviado quiere allanar el camino a unas elecciones en Siria.", {}, {"visit |"}},
  });
}

TEST_CASE("calls with both of two and a call told in a when clause") {
  run({
      {"nl", "2017-03-12",
       "BRUSSEL - EU-buitenlandchef Federica Mogherini heeft zondag telefonisch contact gehad met zowel minister van "
       "Buitenlandse Zaken Bert Koenders als zijn Turkse ambtgenoot Mevlüt Çavuşoğlu.",
       {"phone_call | party=Bert Koenders party=Federica Mogherini | 2017-03-12",
        "phone_call | party=Federica Mogherini party=Mevlüt Çavuşoğlu | 2017-03-12"}},
      {"en", "2014-06-09",
       "The invitation to Xi was extended by Prime Minister Narendra Modi when Chinese Premier Li Keqiang telephoned to "
       "congratulate him on taking over.",
       {"phone_call | party=Li Keqiang party=Narendra Modi"}, {"party=Xi Jinping"}},
  });
}

TEST_CASE("a call in the headline on the story's day is the call the text dates") {
  run({
      {"fr", "2018-08-11",
       "Emmanuel Macron passe un coup de fil à Donald Trump\n\nEmmanuel Macron s'est entretenu vendredi soir avec Donald "
       "Trump pour évoquer la situation en Syrie, a annoncé l'Elysée.",
       {"phone_call | party=Donald Trump party=Emmanuel Macron | 2018-08-10 | occurred"}, {"2018-08-11"}},
  });
}

TEST_CASE("the first day of a visit said by someone in apposition is the story's day") {
  run({
      {"en", "1987-03-30",
       "NEW YORK, March 30 - French Prime Minister Jacques Chirac spoke to bankers. The prime minister, on the first day of "
       "a three-day visit to the United States, said the February 22 Paris accords should serve as a basis.",
       {"visit | visitor=Jacques Chirac destination=United States | 1987-03-30..1987-04-01"}, {"1987-02-22"}},
  });
}

TEST_CASE("a visit noun in a relative clause about a person is that person's") {
  run({
      {"es", "2017-02-08",
       "El último presidente estadounidense que pisó suelo español fue Barack Obama, que en julio hizo una visita relámpago "
       "a Madrid.",
       {"visit | visitor=Barack Obama destination=Spain | 2016-07"}, {"Donald Trump"}},
  });
}

TEST_CASE("agreeing to receive someone is hosting by the one who agrees, not by who reports it") {
  run({
      {"en", "2023-06-17",
       "Ramaphosa spoke separately by telephone with Putin and Zelensky last month, and said afterwards that both had agreed "
       "to receive the African leaders.",
       {"phone_call | party=Cyril Ramaphosa party=Vladimir Putin"}, {"visit"}},
  });
}

TEST_CASE("agreements listed each with its article are apart, a batch is one signing") {
  auto signings = [](const char* lang, const char* text) {
    const std::string got = kgtest::describe_all(kgtest::extract(text, "2023-06-13", lang));
    INFO(text << "\ngot:\n" << got);
    std::size_t n = 0;
    for (std::size_t at = got.find("treaty_signing |"); at != std::string::npos; at = got.find("treaty_signing |", at + 1)) ++n;
    return n;
  };
  CHECK(signings("en", "Chile and Japan signed an investment treaty on Monday, a framework agreement on green hydrogen "
                       "and memorandums of understanding on mining.") == 2);
  CHECK(signings("nl", "Chili en Japan ondertekenden maandag een investeringsverdrag en een kaderovereenkomst over waterstof.") == 2);
  // Examples of a batch, and a series of one kind, are one signing.
  CHECK(signings("en", "Chile and Japan on Monday signed a series of agreements, including a treaty on investment and "
                       "a memorandum on mining.") == 1);
  CHECK(signings("de", "Chile und Japan unterzeichneten am Montag eine gemeinsame Erklärung und eine Reihe von "
                       "Kooperationsabkommen.") == 1);
  CHECK(signings("es", "Chile y Japón firmaron el lunes una declaración conjunta y diversos instrumentos jurídicos.") == 1);
  // Another noun in another sentence may name the same agreement.
  CHECK(signings("en", "Chile and Japan signed a pact on Monday. The agreement was signed by the two foreign ministers "
                       "in Tokyo.") == 1);
}

TEST_CASE("guests named before the cue") {
  run({
      {"es", "2022-06-09",
       "Trudeau y Bolsonaro en la cumbre\n\nLos Ángeles.\n\nLa IX Cumbre de las Américas se inauguró el miércoles en esta ciudad. "
       "El primer ministro canadiense, Justin Trudeau, y el brasileño Jair Bolsonaro figuran entre los jefes de Estado presentes.",
       {"visit | visitor=Justin Trudeau destination=United States", "visit | visitor=Jair Bolsonaro destination=United States"}},
  });
}

TEST_CASE("phone calls: the medium told before, a list of partners with their days, the caller of the calls just told") {
  run({
      {"en", "2020-10-20",
       "Since taking office, Japanese Prime Minister Yoshihide Suga has conducted his diplomacy mainly by telephone. "
       "He spoke with US President Donald Trump on 20 September, with South Korean President Moon Jae-in on 24 September, and with Chinese President Xi Jinping on 25 September. "
       "A call with Russian President Vladimir Putin followed on 29 September.",
       {"phone_call | party=Donald Trump party=Yoshihide Suga | 2020-09-20", "phone_call | party=Moon Jae-in party=Yoshihide Suga | 2020-09-24",
        "phone_call | party=Xi Jinping party=Yoshihide Suga | 2020-09-25", "phone_call | party=Vladimir Putin party=Yoshihide Suga | 2020-09-29"}},
      // "the call" after a call is that call; countries exchanging notes make no call.
      {"fr", "2021-01-28",
       "Joe Biden et Vladimir Poutine ont eu mardi leur premier entretien téléphonique. Les deux pays ont échangé ensuite des notes diplomatiques.",
       {"phone_call | party=Joe Biden party=Vladimir Putin"}, {"party=Russia"}},
  });
}

TEST_CASE("separable arrival verbs, a list of subjects travels together, an apposition does not") {
  run({
      {"nl", "2024-02-24",
       "De Italiaanse premier Giorgia Meloni, de Canadese premier Justin Trudeau en de Belgische premier Alexander De Croo kwamen vanochtend met de nachttrein aan op het station van de Oekraïense hoofdstad.",
       {"visit | visitor=Giorgia Meloni destination=Ukraine | 2024-02-24", "visit | visitor=Justin Trudeau destination=Ukraine | 2024-02-24",
        "visit | visitor=Alexander De Croo destination=Ukraine | 2024-02-24"}},
      {"fr", "2018-01-08", "Le prédécesseur de M. Emmanuel Macron, François Hollande, s'était rendu en Chine en avril 2013.",
       {"visit | visitor=François Hollande destination=China | 2013-04"}, {"visitor=Emmanuel Macron"}},
  });
}

TEST_CASE("a gathering placed by its host, Swiss spelling, what a summit is about is not where") {
  run({
      {"de", "2024-06-15",
       "Friedensgipfel: Harris und Milei in der Zentralschweiz\n\n"
       "Auf dem Bürgenstock hat am Samstag die internationale Konferenz zum Frieden in der Ukraine begonnen. "
       "Gastgeberin ist Bundespräsidentin Viola Amherd. "
       "Der ukrainische Präsident Wolodymyr Selenskyj wurde am Vormittag von Amherd begrüsst. "
       "Die USA sind durch Vizepräsidentin Kamala Harris vertreten.",
       {"visit | visitor=Volodymyr Zelenskyy destination=Switzerland", "visit | visitor=Kamala Harris destination=Switzerland | 2024-06-15"},
       {"destination=Ukraine"}},
  });
}

TEST_CASE("'he' is not the person governed by 'with', a pair talking again is their call, 'each other', a month of a past sentence") {
  run({
      // Our own sentences: the call with one leader was not the other's only one; "he" is the other.
      {"en", "2019-05-04",
       "Prime Minister Justin Trudeau and President Emmanuel Macron held a phone call on Thursday. "
       "The call with Macron was not the only one of Trudeau this week. "
       "Yesterday he also spoke with Prime Minister Mark Rutte by phone.",
       {"phone_call | party=Justin Trudeau party=Mark Rutte | 2019-05-03"}, {"party=Emmanuel Macron party=Mark Rutte"}},
      // The two already said to have phoned, "spraken" with a day: that call, dated.
      {"nl", "2019-05-04",
       "Er was ophef over een telefoongesprek tussen premier Mark Rutte en president Emmanuel Macron. "
       "Volgens Den Haag ging het om de begroting. "
       "Rutte en Macron spraken donderdag een halfuur.",
       {"phone_call | party=Emmanuel Macron party=Mark Rutte | 2019-05-02"}},
      {"nl", "2019-05-04", "Premier Mark Rutte en president Emmanuel Macron hebben gisteren met elkaar gebeld over de begroting.",
       {"phone_call | party=Emmanuel Macron party=Mark Rutte | 2019-05-03"}},
      {"en", "2019-05-04", "Prime Minister Mark Rutte and President Emmanuel Macron called each other on Friday.",
       {"phone_call | party=Emmanuel Macron party=Mark Rutte | 2019-05-03"}},
      // "in maart" in an October story told in the past: the March before.
      {"nl", "2023-10-20", "Nederland en België ondertekenden in maart een verdrag over de grens.",
       {"treaty_signing | party=Belgium party=Netherlands | 2023-03"}},
      {"nl", "2023-10-20", "Nederland en België zullen in maart een verdrag over de grens ondertekenen.",
       {"party=Belgium party=Netherlands | 2024-03"}},
  });
}

TEST_CASE("an undated trip after the day the story tells is of that day, a title and a registry surname") {
  run({
      // Our own text: the lead gives the day, the trip that follows has none of its own.
      {"fr", "2019-03-14",
       "Au terme d'une longue journée, Emmanuel Macron a obtenu, mercredi 13 mars, un accord sur la pêche. "
       "Le président s'est d'abord rendu à Dublin, où il a été reçu par Leo Varadkar.",
       {"visit | visitor=Emmanuel Macron destination=Ireland host=Leo Varadkar | 2019-03-13"}},
      // A day long past is no context.
      {"en", "2019-03-30", "The accord was reached on 13 March. Later, President Emmanuel Macron travelled to Ireland.",
       {"visit | visitor=Emmanuel Macron destination=Ireland | 2019-03 |"}},
      // "President Duterte" in a headline is the registry's Rodrigo Duterte, before his full name.
      {"en", "2017-04-12",
       "Philippine President Duterte lands in Riyadh\n\nPresident Duterte arrived in Saudi Arabia on Tuesday. "
       "Rodrigo Duterte was welcomed at the airport.",
       {"visit | visitor=Rodrigo Duterte destination=Saudi Arabia | 2017-04-11"}, {"visitor=Duterte destination"}},
  });
}

TEST_CASE("a figure with no economy named continues the figure just told, 'less than the' compares") {
  run({
      {"nl", "2024-06-12",
       "Vorig jaar voerde Canada voor 40 miljard euro aan goederen uit Japan in, terwijl de uitvoer naar Japan 25 miljard euro bedroeg. "
       "Het handelstekort kwam daarmee op 15 miljard euro, minder dan het recordtekort van 19 miljard euro in 2022.",
       {"trade_figure | party=Canada party=Japan | 2023 | occurred | 15000000000.000000 EUR",
        "trade_figure | party=Canada party=Japan | 2022 | occurred | 19000000000.000000 EUR"},
       {"party=Netherlands"}},
      {"en", "2024-06-12",
       "Last year Canada imported goods worth 40 billion dollars from Japan. "
       "The deficit came to 15 billion dollars, less than the record of 19 billion dollars in 2022.",
       {"trade_figure | party=Canada party=Japan | 2023 | occurred | 15000000000.000000 USD",
        "trade_figure | party=Canada party=Japan | 2022 | occurred | 19000000000.000000 USD"}},
  });
}

TEST_CASE("a delegation travels as its leader, else as its country, a month opening the sentence") {
  run({
      {"nl", "2018-04-27", "Begin maart reisde een Zweedse delegatie onder leiding van minister Margot Wallström naar Peking.",
       {"visit | visitor=Margot Wallström destination=China | 2018-03"}},
      {"en", "2018-04-27", "A Swedish delegation led by Foreign Minister Margot Wallström arrived in Beijing on Monday.",
       {"visit | visitor=Margot Wallström destination=China | 2018-04-23"}},
      {"de", "2018-04-27", "Am Montag reiste eine schwedische Delegation nach Peking.", {"visit | visitor=Sweden destination=China | 2018-04-23"}},
  });
}

TEST_CASE("joining an organisation of states with no treaty named, names of organisations hold no triggers") {
  run({
      {"en", "2024-03-08", "Sweden joined NATO on Thursday, ending two centuries of military non-alignment.",
       {"treaty_accession | party=NATO party=Sweden | 2024-03-07"}},
      {"fr", "2024-03-08", "La Suède est devenue, jeudi 7 mars, le trente-deuxième membre de l'Organisation du traité de l'Atlantique Nord.",
       {"treaty_accession | party=NATO party=Sweden | 2024-03-07"}},
      {"nl", "2013-07-02", "Kroatië is maandag toegetreden tot de EU.", {"treaty_accession | party=Croatia party=European Union | 2013-07-01"}},
      // A topic, a member already, an organisation's name in a longer name: no accession.
      {"en", "2018-09-29", "They discussed press freedom and Turkey's accession to the EU.", {}, {"treaty_accession"}},
      {"en", "2019-07-08", "Benin and Nigeria join African Union continental free trade bloc.", {}, {"party=African Union"}},
      {"en", "2024-03-08", "Germany joined NATO allies in condemning the attack.", {}, {"treaty_accession"}},
  });
}

TEST_CASE("reported future ('said he would go on to'), 'a sign of' signs nothing, a past month is the last one") {
  run({
      {"en", "1987-06-08",
       "Premier Li Peng arrived in Warsaw today. The news agency said he would go on to Hungary and Bulgaria before returning home later this month.",
       {"visit | visitor=Li Peng destination=Hungary | 1987-06 | announced", "visit | visitor=Li Peng destination=Bulgaria | 1987-06 | announced"}},
      {"en", "1987-06-08", "He said a trip to Hungary would be possible if the talks went well.", {}, {"destination=Hungary"}},
      {"en", "1987-06-08", "Diplomats saw the talks between China and Poland as a sign of warming ties.", {}, {"treaty_signing"}},
      {"en", "1987-06-08", "Jaruzelski recalled the visit of Li Peng to Poland last October.", {"visit | visitor=Li Peng destination=Poland | 1986-10"}},
  });
}

TEST_CASE("a parliament approving an accession ratifies it, each person at their own place, times of a clause about the trigger") {
  run({
      {"nl", "2024-02-26", "Het Oostenrijkse parlement heeft vandaag ingestemd met de toetreding van Zweden tot de NAVO.",
       {"treaty_ratification | party=Austria party=NATO party=Sweden | 2024-02-26"}},
      {"en", "2024-02-26", "The Austrian parliament did not approve the accession of Sweden to NATO.", {}, {"treaty_ratification"}},
      // "X in A and Y in B": nobody is placed in the other's city.
      {"nl", "2020-12-24", "Dat maakten premier Mark Rutte in Den Haag en president Emmanuel Macron in Parijs vanmiddag bekend.", {},
       {"visit | visitor=Mark Rutte destination=France", "visit | visitor=Emmanuel Macron destination=Netherlands"}},
      {"nl", "2020-12-24",
       "De knopen werden doorgehakt in telefoongesprekken tussen premier Mark Rutte en president Emmanuel Macron, die elkaar vannacht spraken.",
       {"phone_call | party=Emmanuel Macron party=Mark Rutte | 2020-12-24"}},
      // An export market and a figure: exports to it.
      {"nl", "2020-12-24", "Voor Nederland is Japan een grote exportmarkt: in 2019 ging er voor 5 miljard euro aan Nederlandse goederen naar de Japanners.",
       {"trade_figure | exporter=Netherlands importer=Japan | 2019 | occurred | 5000000000.000000 EUR"}},
      // The next sentence pointing back gives the day.
      {"en", "2020-12-24", "Canada and Japan reached an agreement on fisheries. This was announced by both governments on Tuesday.",
       {"treaty_signing | party=Canada party=Japan | 2020-12-22"}},
  });
}

TEST_CASE("callers named together each call the partner, a title the article gave one person, a subject after arrival, time and place") {
  run({
      {"nl", "2022-05-28", "De Franse president Macron en de Duitse bondskanselier Scholz hebben vandaag met de Russische president Poetin getelefoneerd.",
       {"phone_call | party=Emmanuel Macron party=Vladimir Putin | 2022-05-28", "phone_call | party=Olaf Scholz party=Vladimir Putin | 2022-05-28"},
       {"party=Emmanuel Macron party=Olaf Scholz"}},
      // Three named, nobody paired: no call of its own.
      {"nl", "2022-05-28", "Macron en Scholz dringen in telefoongesprek bij Poetin aan op een bestand.", {}, {"phone_call |"}},
      {"nl", "2022-05-28",
       "De Duitse bondskanselier Scholz sprak met premier Mario Draghi. De bondskanselier was donderdag nog in het Zwitserse Davos.",
       {"visit | visitor=Olaf Scholz destination=Switzerland | 2022-05-26"}, {"visitor=Mario Draghi"}},
      {"es", "2024-11-15", "También llegó el jueves a Lima el presidente estadunidense Joe Biden.",
       {"visit | visitor=Joe Biden destination=Peru | 2024-11-14"}},
  });
}

TEST_CASE("coming from a country was a stay there, a dropped subject is the last sentence's person, a companion is not the traveller") {
  run({
      {"es", "2013-06-04",
       "El presidente de Chile, Sebastián Piñera, llegó este martes a Lima. "
       "El mandatario, acompañado por su esposa, Cecilia Morel, procedía de Ecuador, donde permaneció desde el domingo. "
       "El jueves Piñera visitará Cuzco. De ahí partirá hacia Bolivia.",
       {"visit | visitor=Sebastián Piñera destination=Ecuador | 2013-06-02", "visit | visitor=Sebastián Piñera destination=Bolivia"},
       {"visitor=Cecilia Morel"}},
      {"en", "1987-06-08", "Premier Li Peng, who arrived from Poland, held talks with Erich Honecker here today.",
       {"visit | visitor=Li Peng destination=Poland"}},
  });
}

TEST_CASE("talks placed after their parties, 'twice' with two dates is two calls, 'they' after 'the two men', a stated visit length told after") {
  run({
      {"en", "2021-11-16",
       "The meeting was prepared at talks between US adviser Jake Sullivan and Yang Jiechi, the party's top foreign policy official, in Zurich, Switzerland, on October 6.",
       {"visit | visitor=Jake Sullivan destination=Switzerland | 2021-10-06", "visit | visitor=Yang Jiechi destination=Switzerland | 2021-10-06"},
       {"phone_call"}},
      {"en", "2021-11-16",
       "Joe Biden and Xi Jinping met by video link on Monday. The two men have not met in person this year. "
       "They spoke twice by telephone this year: on February 10 and again on September 9.",
       {"phone_call | party=Joe Biden party=Xi Jinping | 2021-02-10", "phone_call | party=Joe Biden party=Xi Jinping | 2021-09-09"}},
      {"nl", "2019-10-14",
       "Koning Willem-Alexander is vanochtend in New Delhi verwelkomd door premier Narendra Modi. Het is het begin van een vijfdaags staatsbezoek.",
       {"visit | visitor=Willem-Alexander of the Netherlands destination=India host=Narendra Modi | 2019-10-14..2019-10-18"}},
  });
}

TEST_CASE("appositions of another country are not the name's, a pronoun after 'received by the minister, X', the exact office of 'the two presidents', hosts in their own clause") {
  run({
      {"fr", "2024-05-06",
       "Accueilli à Orly par le premier ministre, Gabriel Attal, le dirigeant chinois effectue une visite d'Etat en France. "
       "Il se rendra ensuite en Serbie.",
       {"visit | visitor=Xi Jinping destination=Serbia"}, {"visitor=Gabriel Attal"}},
      {"fr", "2024-05-06",
       "Emmanuel Macron a reçu Xi Jinping en présence du premier ministre, Gabriel Attal. "
       "Les deux présidents ont assisté à la signature d'une vingtaine d'accords.",
       {"treaty_signing | party=China party=France"}},
      {"fr", "2024-05-06", "Sur l'Ukraine, M. Macron a demandé à son hôte de peser sur Moscou.", {}, {"destination=Russia"}},
      {"nl", "2022-05-28", "De bondskanselier Olaf Scholz was donderdag nog in het Zwitserse Davos.",
       {"visit | visitor=Olaf Scholz destination=Switzerland | 2022-05-26"}},
  });
}

TEST_CASE("weekdays of last or next week, Dutch genitive names, '*pact' compounds, no trip elsewhere on the day just told") {
  run({
      {"nl", "2023-04-12",
       "President Emmanuel Macron sprak gisteren in Den Haag. Het bezoek werd overschaduwd door Macrons reis naar China. "
       "Hij was van woensdag tot en met vrijdag vorige week in Peking.",
       {"visit | visitor=Emmanuel Macron destination=China | 2023-04-05..2023-04-07"}, {"destination=China | 2023-04-11"}},
      {"nl", "2023-04-12", "President Emmanuel Macron en premier Mark Rutte ondertekenden vandaag in Amsterdam een innovatiepact.",
       {"treaty_signing | party=France party=Netherlands | 2023-04-12"}},
  });
}

TEST_CASE("parts of a year are their months, a one-person talk right after a call is that call") {
  run({
      {"de", "2023-04-26",
       "2022 erreichte der Handel zwischen China und Kasachstan rund 30 Milliarden US-Dollar. "
       "Im ersten Quartal dieses Jahres lag das Volumen bei knapp 9 Milliarden Dollar.",
       {"trade_figure | party=China party=Kazakhstan | 2022 | occurred | 30000000000.000000 USD",
        "trade_figure | party=China party=Kazakhstan | 2023-01..2023-03 | occurred | 9000000000.000000 USD"}},
      {"en", "1987-10-02", "South Korea's exports to Japan rose to 2.1 billion dlrs in the first nine months of 1986.",
       {"trade_figure | exporter=South Korea importer=Japan | 1986-01..1986-09"}},
      {"de", "2023-04-26",
       "Xi Jinping hat mit dem kasachischen Präsidenten Kassym-Schomart Tokajew telefoniert. "
       "Tokajew sprach anschließend von einem langen Gespräch, das den Beziehungen beider Länder helfe.",
       {"phone_call | party=Kassym-Jomart Tokayev party=Xi Jinping"}, {"phone_call | party=China party=Kazakhstan"}},
  });
}

TEST_CASE("a mission of no country said leaves from the dateline, 'leave for', months joined by 'and', 'U.S. Dlrs'") {
  run({
      {"en", "1987-03-09",
       "SEOUL, March 9 - A board official said a government-organised buying mission would leave for Canada next month.",
       {"visit | visitor=South Korea destination=Canada | 1987-04 | announced"}},
      {"en", "1987-03-09",
       "SEOUL, March 9 - South Korea's trade surplus with Canada widened to about 2.1 billion U.S. Dlrs in January and February.",
       {"trade_figure | party=Canada party=South Korea | 1987-01..1987-02 | occurred | 2100000000.000000 USD"}},
  });
}

TEST_CASE("'het drietal' is the three just listed, a visit 'bij X' is to X's country, pronouns carry their person on, 'Premier Li'") {
  run({
      {"nl", "2023-07-16",
       "Premier Rutte, de Italiaanse premier Meloni en Commissievoorzitter Von der Leyen waren vandaag naar Tunis gereisd, waar ze werden ontvangen door president Kais Saied. "
       "Rutte noemde het akkoord een mijlpaal. Volgens hem helpt het. Brussel trekt geld uit. "
       "Het drietal was precies een maand geleden, op 11 juni, ook al in Tunis om een eerste bod te doen. "
       "Meloni was daarvoor, begin juni, al eens alleen bij Saied op bezoek geweest.",
       // (Meloni's earlier visit "bij Saied", early June, is told as compatible with the 11th: one event.)
       {"visit | visitor=Mark Rutte destination=Tunisia | 2023-06-11", "visit | visitor=Giorgia Meloni destination=Tunisia host=Kais Saied | 2023-06-11",
        "visit | visitor=Ursula von der Leyen destination=Tunisia | 2023-06-11"}},
      {"de", "2022-05-27",
       "Nehammer war am 11. April nach Moskau gereist. Zwei Tage zuvor hatte er Kiew besucht und dort Präsident Wolodymyr Selenskyj getroffen. "
       "Das Treffen in Moskau bezeichnete er danach als hart.",
       {"visit | visitor=Karl Nehammer destination=Russia"}, {"visitor=Volodymyr Zelenskyy destination=Russia"}},
      {"de", "2023-06-20", "Chinas Premier Li wirbt in Berlin um Vertrauen\n\nDer chinesische Ministerpräsident Li Qiang ist in Berlin eingetroffen.",
       {"visit | visitor=Li Qiang destination=Germany"}, {"visitor=Li destination"}},
  });
}

TEST_CASE("a signed joint statement is an agreement, the two ministers are those of that office, not their host") {
  run({
      {"en", "2023-04-07",
       "The foreign ministers of Saudi Arabia and Iran, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, met in Muscat on Thursday. "
       "After the talks, hosted by Omani Sultan Haitham bin Tariq, the two ministers signed a joint statement.",
       {"treaty_signing | party=Iran party=Saudi Arabia | 2023-04-06"}},
  });
}

TEST_CASE("'a three-day state visit to X by Y, who arrived on Monday', 'la veille', today's weekday is today unless next week was told") {
  run({
      {"en", "2023-03-21", "The trip coincided with a three-day state visit to Russia by Chinese leader Xi Jinping, who arrived in Moscow on Monday.",
       {"visit | visitor=Xi Jinping destination=Russia | 2023-03-20..2023-03-22"}},
      {"fr", "2022-06-03", "M. Macky Sall, président du Sénégal, était arrivé la veille au soir en Russie.",
       {"visit | visitor=Macky Sall destination=Russia | 2022-06-02"}},
      {"de", "2022-05-03", "Am Dienstag fliegt der indische Premier Narendra Modi weiter nach Kopenhagen.",
       {"visit | visitor=Narendra Modi destination=Denmark | 2022-05-03"}},
      {"es", "2023-10-05", "La ministra Lucía Herrero viajará la próxima semana a Chile. El jueves se trasladará a Lima.",
       {"visit | visitor=Lucía Herrero destination=Peru | 2023-10-12"}},
  });
}

TEST_CASE("'im selben Jahr' is the year last named, 'lieferte' exports, 'the call took place on Monday' dates the call just told") {
  run({
      {"de", "2021-01-26",
       "2019 lieferte Österreich Waren im Wert von 11 Milliarden Euro in die Vereinigten Staaten. "
       "Der Exportüberschuss im Handel mit den USA fiel im selben Jahr mit 4,3 Milliarden Euro aus.",
       {"trade_figure | exporter=Austria importer=United States | 2019 | occurred | 11000000000.000000 EUR",
        "trade_figure | party=Austria party=United States | 2019 | occurred | 4300000000.000000 EUR"}},
      {"de", "2021-01-26",
       "Karl Nehammer und Joe Biden haben zum ersten Mal miteinander telefoniert. Das Gespräch fand am Montagabend statt. "
       "Nehammer hatte Biden schon im November telefonisch gratuliert.",
       {"phone_call | party=Joe Biden party=Karl Nehammer | 2021-01-25", "phone_call | party=Joe Biden party=Karl Nehammer | 2020-11"}},
  });
}

TEST_CASE("after an honorific a name that is also a country is the person") {
  run({
      {"fr", "2017-01-29", "François Hollande a téléphoné à Donald Trump. Quelques heures avant l'appel, M. Hollande se trouvait à Lisbonne.",
       {"visit | visitor=François Hollande destination=Portugal"}, {"visitor=Donald Trump"}},
  });
}

TEST_CASE("verb-second callers, a talk with a new partner after calls is a new call, parts of the day are the story's day") {
  run({
      {"de", "2017-01-28",
       "Am Morgen telefonierte Donald Trump mit dem japanischen Regierungschef Shinzo Abe, später mit Frankreichs Präsident François Hollande. "
       "Mit Spannung war das Gespräch mit Kremlchef Wladimir Putin erwartet worden.",
       {"phone_call | party=Donald Trump party=Shinzo Abe | 2017-01-28", "phone_call | party=Donald Trump party=François Hollande | 2017-01-28",
        "phone_call | party=Donald Trump party=Vladimir Putin"}},
      {"fr", "2024-05-31",
       "Le président Bassirou Diomaye Faye s'est rendu jeudi 30 mai à Bamako, avant de s'envoler dans l'après-midi pour Ouagadougou.",
       {"visit | visitor=Bassirou Diomaye Faye destination=Burkina Faso | 2024-05-30"}},
  });
}

TEST_CASE("coming on from a country is a stay there, dated by a clause about it") {
  run({
      {"nl", "2013-04-08",
       "Premier Mark Rutte kwam naar Wenen vanuit Duitsland, waar hij gisteravond met bondskanselier Merkel de Hannover Messe opende.",
       {"visit | visitor=Mark Rutte destination=Germany | 2013-04-07"}},
  });
}

TEST_CASE("talking on the phone while …, a place in a relative clause about a person is that person's") {
  run({
      {"es", "2018-08-28",
       "El presidente Donald Trump anunció ayer un entendimiento mientras hablaba por teléfono con el mandatario Enrique Peña Nieto, quien se encontraba en Los Pinos.",
       {"phone_call | party=Donald Trump party=Enrique Peña Nieto | 2018-08-27"}, {"visitor=Donald Trump destination=Mexico"}},
  });
}

TEST_CASE("'both' after two persons of its sentence, the host of a gathering is no guest at it") {
  run({
      {"en", "2013-03-26",
       "Xi Jinping held talks with President Jakaya Kikwete in Dar es Salaam. "
       "He arrived in South Africa late on Monday and was received by President Jacob Zuma in Pretoria on Tuesday before both travelled to Durban.",
       {"visit | visitor=Xi Jinping destination=South Africa"}, {"visitor=Jakaya Kikwete destination=South Africa"}},
      {"en", "2010-04-09", "Barack Obama and Dmitry Medvedev signed the treaty in Prague. Czech President Václav Klaus hosted the ceremony.",
       {}, {"visitor=Václav Klaus"}},
  });
}

TEST_CASE("a travel verb takes the dates of a clause about where it goes, not about where it comes from") {
  run({
      {"nl", "2013-04-08", "President Vladimir Poetin kwam vanmiddag naar Amsterdam vanuit Duitsland, waar hij gisteravond de Hannover Messe opende.",
       {"visit | visitor=Vladimir Putin destination=Netherlands | 2013-04-08", "visit | visitor=Vladimir Putin destination=Germany | 2013-04-07"}},
      {"es", "2013-06-04", "El presidente Xi Jinping partirá hacia California, donde el viernes sostendrá un encuentro con Barack Obama.",
       {"visit | visitor=Xi Jinping destination=United States | 2013-06-07"}},
  });
}

TEST_CASE("verb second: a time in front, the subject after the verb, then the place") {
  run({
      {"nl", "2023-08-21", "President Zelensky bezocht vandaag Eindhoven. Gisteren was hij in Zweden, waar hij met premier Kristersson praatte.",
       {"visit | visitor=Volodymyr Zelenskyy destination=Sweden | 2023-08-20"}},
      {"nl", "2023-08-21", "Ook minister Kajsa Ollongren van Defensie was bij het bezoek aanwezig.", {}, {"Ollongren van Defensie"}},
  });
}

TEST_CASE("a nationality noun as subject is the person of that country last named") {
  run({
      {"nl", "2023-08-21",
       "President Zelensky bezocht vandaag Eindhoven. Ook minister Kajsa Ollongren was aanwezig. "
       "De Oekraïner is op een korte tournee langs Europese landen. Gisteren was hij in Zweden.",
       {"visit | visitor=Volodymyr Zelenskyy destination=Sweden | 2023-08-20"}, {"visitor=Kajsa Ollongren destination=Sweden"}},
  });
}

TEST_CASE("a place after 'of' further on ('the Black Sea resort of Sochi'), the person inside an 'of' phrase before an apposition is not the traveller") {
  run({
      {"en", "2016-12-16", "Prime Minister Shinzo Abe travelled to the Russian Black Sea resort of Sochi in May for talks.",
       {"visit | visitor=Shinzo Abe destination=Russia | 2016-05"}},
      {"fr", "2018-01-08",
       "Le prédécesseur de M. Emmanuel Macron, François Hollande, s'était rendu en Chine : pour une visite d'Etat en avril 2013, puis pour le sommet du G20 de Hangzhou en 2016.",
       {"visitor=François Hollande destination=China"}, {"visitor=Emmanuel Macron"}},
  });
}

TEST_CASE("a month with its year after 'de' ('en noviembre de 1977')") {
  run({
      {"es", "2021-10-28", "España y Portugal suscribieron un tratado de amistad en noviembre de 1977.",
       {"party=Portugal party=Spain | 1977-11"}},
  });
}

TEST_CASE("a later day named with 'the visit' or 'the trip' extends that visit, by a week at most") {
  run({
      {"de", "2016-02-04",
       "Ministerpräsidentin Anna Keller war am Mittwoch nach Moskau geflogen. "
       "Am Donnerstag, dem letzten Tag der Reise, traf Keller den Bürgermeister.",
       {"visit | visitor=Anna Keller destination=Russia | 2016-02-03..2016-02-04"}},
      {"en", "2016-02-20",
       "Foreign Minister Tom Vale arrived in Lima on Monday. The visit ends on Wednesday, his office said.",
       {"visit | visitor=Tom Vale destination=Peru | 2016-02-15..2016-02-17"}},
      // (A day weeks later is another matter.)
      {"en", "2016-02-20",
       "Foreign Minister Tom Vale arrived in Lima on February 1. The visit was discussed in parliament on February 19.",
       {"visit | visitor=Tom Vale destination=Peru | 2016-02-01 |"}},
  });
}

TEST_CASE("a tour stop with no stated end lasts until the trip goes on, a few days later at most") {
  run({
      {"en", "2013-03-26",
       "President Ana Ruiz arrived in Hanoi on Friday. She flew on to Jakarta on Sunday.",
       {"visit | visitor=Ana Ruiz destination=Vietnam | 2013-03-22..2013-03-24",
        "visit | visitor=Ana Ruiz destination=Indonesia | 2013-03-24"}},
      {"en", "2013-03-26",
       "President Ana Ruiz visited Hanoi on March 2. She went to Jakarta on March 20.",
       {"visit | visitor=Ana Ruiz destination=Vietnam | 2013-03-02 |"}},
  });
}

TEST_CASE("a person named in a relative clause the travel verb is not in is not its subject") {
  run({
      {"es", "2022-02-07",
       "Desde Moscú la comitiva, en la que viaja la canciller Marta Ibarra, voló a Pekín el viernes.",
       {}, {"visitor=Marta Ibarra destination=Russia"}},
      {"en", "2022-02-07", "The delegation, with which Foreign Minister Tom Vale had dinner, flew to Beijing on Friday.",
       {}, {"visitor=Tom Vale destination=China"}},
  });
}

TEST_CASE("trade periods: a trade sentence without a figure sets the period, fiscal years, targets within N years") {
  run({
      {"de", "2023-06-20",
       "Frankreich war im vergangenen Jahr Spaniens wichtigster Handelspartner. "
       "Zwischen beiden Ländern wurden Waren im Wert von rund 90 Milliarden Euro gehandelt.",
       {"trade_figure | party=France party=Spain | 2022 | occurred | 90000000000.000000 EUR"}},
      {"en", "2022-02-20", "Trade between India and Oman reached 9 billion dollars in fiscal 2019-20.",
       {"trade_figure | party=India party=Oman | 2019 | occurred | 9000000000.000000 USD"}},
      {"fr", "2022-02-20",
       "L'Inde et Oman veulent porter leurs échanges commerciaux à 20 milliards de dollars d'ici cinq ans.",
       {"trade_figure | party=India party=Oman | 2027 |"}},
      // (A horizon in a sentence without a figure sets no period for the next figure.)
      {"nl", "2023-07-01",
       "De handel tussen Chili en Peru kan binnen tien jaar met 30 procent groeien. "
       "De export van Chili naar Peru bedroeg zo'n 3 miljard euro.",
       {"trade_figure | exporter=Chile importer=Peru |"}, {"2033"}},
  });
}

TEST_CASE("treaties: a purpose after the noun is no hypothesis, declarations count when signed, a co-signer is no new partner") {
  run({
      {"en", "1987-07-29",
       "Indian Prime Minister Rajiv Gandhi and Sri Lankan President Junius Jayewardene today signed an accord aimed at ending the fighting.",
       {"treaty_signing | party=India party=Sri Lanka | 1987-07-29 | occurred"}},
      // (A relative clause's future is not the signing's; "dès" with a past tense looks back.)
      {"fr", "2003-03-04",
       "Dès dimanche soir, les présidents français et algérien ont signé une déclaration qui doit fonder un partenariat.",
       {"treaty_signing | party=Algeria party=France | 2003-03-02 | occurred"}},
      {"de", "2011-10-13", "In einer Erklärung des Auswärtigen Amts hieß es, Deutschland und Vietnam seien enge Partner.", {},
       {"treaty"}},
      {"nl", "2021-11-24",
       "Nederland en Ivoorkust hebben gisteren in Den Haag een intentieverklaring getekend. "
       "De Ivoriaanse minister ondertekende de verklaring samen met de Nederlandse staatssecretaris Lotte Verhoeven.",
       {"treaty_signing | party=Côte d’Ivoire party=Netherlands | 2021-11-23 | occurred"}, {"| 2021-11-24 |"}},
  });
}

TEST_CASE("a surname of a person named before is that person, not a city, 'viajaron hasta' goes somewhere") {
  run({
      {"es", "2012-06-07",
       "Los presidentes Juan Manuel Santos, Felipe Calderón y Ollanta Humala firmaron ayer el acuerdo. "
       "Santos, Calderón y Humala viajaron hasta Antofagasta para la cita.",
       {"visit | visitor=Juan Manuel Santos destination=Chile", "visit | visitor=Felipe Calderón destination=Chile",
        "visit | visitor=Ollanta Humala destination=Chile"},
       {"destination=Brazil"}},
  });
}

TEST_CASE("the trip as subject with a day and a place further on is a stop of the traveller's trip") {
  run({
      {"es", "2022-05-08",
       "El presidente Andrés Manuel López Obrador concluyó este domingo en La Habana una gira de cuatro días. "
       "El periplo comenzó el jueves en Guatemala, donde se reunió con el presidente local.",
       {"visit | visitor=Andrés Manuel López Obrador destination=Guatemala | 2022-05-05"}},
      // (No day in between: the place belongs to something else.)
      {"nl", "2023-02-10",
       "Minister Jaishankar brengt een bezoek aan Den Haag. Het bezoek wordt overschaduwd door de aardbeving in Turkije.",
       {}, {"destination=Turkey"}},
  });
}

TEST_CASE("a visit since a day, for some days, going home on a day ends the visit told") {
  run({
      {"nl", "2022-12-08",
       "De Chinese president Xi Jinping heeft vandaag in Riyad een akkoord ondertekend. "
       "Xi is sinds gisteren voor een driedaags bezoek in het Golfland.",
       {"visit | visitor=Xi Jinping destination=Saudi Arabia | 2022-12-07..2022-12-09"}},
      {"en", "2023-06-26",
       "Indian Prime Minister Narendra Modi arrived in Cairo on Saturday. He left for New Delhi on Sunday night.",
       {"visit | visitor=Narendra Modi destination=Egypt | 2023-06-24..2023-06-25"}},
  });
}

TEST_CASE("calls: the partner a few words after the verb, each partner after its own 'with', a person after the call is no partner") {
  run({
      {"nl", "2024-07-09",
       "Premier Narendra Modi bezocht Moskou. "
       "In maart sprak hij op één dag telefonisch met Poetin, die hij feliciteerde met zijn herverkiezing, en met Zelensky.",
       {"phone_call | party=Narendra Modi party=Vladimir Putin | 2024-03", "phone_call | party=Narendra Modi party=Volodymyr Zelenskyy | 2024-03"}},
      {"de", "2024-11-18",
       "Nach dem Telefonat von Kanzler Olaf Scholz mit Kreml-Chef Wladimir Putin fordert Außenministerin Annalena Baerbock mehr Hilfe.",
       {"phone_call | party=Olaf Scholz party=Vladimir Putin"}, {"party=Annalena Baerbock"}},
  });
}

TEST_CASE("trade: 'their countries' after two leaders, the next sentence's figure keeps that pair, a figure with its period and no trade word continues") {
  run({
      {"nl", "2024-07-09",
       "De Indiase premier Narendra Modi en de Russische president Poetin hebben vandaag afgesproken de handel tussen hun landen uit te breiden. "
       "Het streven is een handelsvolume van 100 miljard dollar in 2030. "
       "Vorig jaar ging het om ongeveer 65 miljard dollar, vooral dankzij olie uit Rusland.",
       {"trade_figure | party=India party=Russia | 2030 |", "trade_figure | party=India party=Russia | 2023 | occurred | 65000000000"}},
      {"de", "2016-02-04",
       "Bayerische Firmen lieferten 2012 Waren für 5,5 Milliarden Euro nach Russland. "
       "2014 waren es nur noch vier Milliarden Euro, und im vergangenen Jahr ging es weiter bergab.",
       {"| 2014 | occurred | 4000000000"}},
      // (Another economy before the figure: not the same pair.)
      {"en", "2016-02-04",
       "Trade between Chile and Peru reached 5 billion dollars in 2015. Last year Bolivia earned 2 billion dollars from gas.",
       {"party=Chile party=Peru | 2015"}, {"2000000000"}},
  });
}

TEST_CASE("a title followed by 'of' and a description is not resolved to someone named before") {
  run({
      {"nl", "2024-07-09",
       "President Zelensky noemde het een teleurstelling dat de leider van de grootste democratie ter wereld uitgerekend in Moskou Poetin omhelsde.",
       {}, {"visitor=Volodymyr Zelenskyy"}},
  });
}

TEST_CASE("'the following day', 'le lendemain', 'la veille' count from the day just told") {
  run({
      {"en", "2022-02-14",
       "French President Emmanuel Macron held talks with Putin in Moscow on February 7 and travelled to Kyiv the following day.",
       {"visit | visitor=Emmanuel Macron destination=Ukraine | 2022-02-08"}},
      {"fr", "2022-02-14",
       "Le président Emmanuel Macron est arrivé à Kiev le mardi 8 février. La veille, il s'était rendu à Moscou.",
       {"visit | visitor=Emmanuel Macron destination=Russia | 2022-02-07"}},
      // (Nothing told: from publication.)
      {"es", "2022-02-14", "El presidente Gustavo Petro viajó a Quito la víspera.",
       {"visit | visitor=Gustavo Petro destination=Ecuador | 2022-02-13"}},
  });
}

TEST_CASE("'invited by X': the agent invites the one named before") {
  run({
      {"es", "2017-01-27", "Donald Trump visitó México como candidato el 31 de agosto de 2016, invitado por Enrique Peña Nieto.",
       {"visit | visitor=Donald Trump destination=Mexico host=Enrique Peña Nieto | 2016-08-31 | occurred"}, {"visitor=Enrique Peña Nieto"}},
  });
}

TEST_CASE("guests of a signing placed in the sentence before are there") {
  run({
      {"nl", "2023-07-16",
       "De Europese Unie en Tunesië hebben vandaag in Tunis een overeenkomst gesloten. "
       "Het memorandum werd ondertekend in het paleis, in aanwezigheid van president Saied en de Italiaanse premier Meloni.",
       {"visit | visitor=Giorgia Meloni destination=Tunisia | 2023-07-16"}},
  });
}

TEST_CASE("'the last leg' is no past tense, a visit dated by guess is not a trip told years before, 'sagte … ab' cancels") {
  run({
      {"fr", "2003-03-03",
       "Lundi, M. Jacques Chirac devait s'adresser aux députés, avant de gagner Oran, mardi, dernière étape de son séjour.",
       {"visit | visitor=Jacques Chirac destination=Algeria | 2003-03-04"}},
      {"fr", "2003-03-03",
       "Le président Jacques Chirac effectue jusqu'à mardi une visite d'Etat en Algérie. "
       "M. Chirac s'était rendu à Alger en décembre 2001.",
       {"visit | visitor=Jacques Chirac destination=Algeria | 2001-12"}, {"visitor=Jacques Chirac destination=Algeria | 2001-12 | announced"}},
      {"de", "2019-05-17", "US-Präsident Donald Trump sagte die Reise in die Schweiz im Januar ab.",
       {"visit | visitor=Donald Trump destination=Switzerland | 2019-01 | cancelled"}},
  });
}

TEST_CASE("a range of days with one month ('from 5 to 7 April', 'du 5 au 7 avril') gives start and end") {
  run({
      {"en", "2023-04-26", "President Emmanuel Macron made a state visit to China from 5 to 7 April.",
       {"visit | visitor=Emmanuel Macron destination=China | 2023-04-05..2023-04-07"}},
      {"fr", "2023-04-26", "Le président Emmanuel Macron a effectué une visite d'Etat en Chine du 5 au 7 avril.",
       {"visit | visitor=Emmanuel Macron destination=China | 2023-04-05..2023-04-07"}},
      {"es", "2023-04-26", "El presidente Emmanuel Macron realizó una visita de Estado a China del 5 al 7 de abril.",
       {"visit | visitor=Emmanuel Macron destination=China | 2023-04-05..2023-04-07"}},
      {"nl", "2023-04-26", "President Emmanuel Macron bracht van 5 tot 7 april een staatsbezoek aan China.",
       {"visit | visitor=Emmanuel Macron destination=China | 2023-04-05..2023-04-07"}},
  });
}

TEST_CASE("'the kingdom' after a visit verb") {
  run({
      {"nl", "2022-12-08",
       "Xi Jinping is sinds gisteren in Saudi-Arabië. President Biden bezocht het koninkrijk in juli.",
       {"visit | visitor=Joe Biden destination=Saudi Arabia | 2022-07"}},
  });
}

TEST_CASE("a city name shared by several countries is in the one the article names") {
  run({
      {"es", "2021-10-28", "El rey de España y el presidente Gustavo Petro se reunieron el lunes en Valencia. España y Colombia firmaron un acuerdo.",
       {"visit | visitor=Gustavo Petro destination=Spain"}, {"Venezuela"}},
      {"es", "2021-10-28", "El presidente Gustavo Petro viajó a Valencia el lunes para reunirse con el gobierno de Venezuela.",
       {"visit | visitor=Gustavo Petro destination=Venezuela"}},
  });
}

TEST_CASE("talks held somewhere or after travelling are no call, even after a call of the same two") {
  run({
      {"en", "2022-02-14",
       "Earlier on Saturday, French President Emmanuel Macron spoke with Vladimir Putin by phone. "
       "Macron had held talks with Putin in Moscow on February 7.",
       {"phone_call | party=Emmanuel Macron party=Vladimir Putin | 2022-02-12"}, {"phone_call | party=Emmanuel Macron party=Vladimir Putin | 2022-02-07"}},
      {"en", "2022-02-14",
       "Earlier on Saturday, French President Emmanuel Macron spoke with Vladimir Putin by phone. "
       "Macron had travelled to Moscow for face-to-face talks with Putin a week earlier.",
       {}, {"phone_call | party=Emmanuel Macron party=Vladimir Putin | 2022-02-14"}},
  });
}

TEST_CASE("calls: the person called after the day and the titles, 'wenig später' is the day just told, a time after the next comma is the next clause's") {
  run({
      {"fr", "2022-05-14",
       "Le président finlandais, Sauli Niinistö, a appelé samedi 14 mai son homologue russe, Vladimir Poutine, pour lui parler.",
       {"phone_call | party=Sauli Niinistö party=Vladimir Putin | 2022-05-14"}},
      {"de", "2022-05-21",
       "Der finnische Präsident Sauli Niinistö hat am Samstag mit dem türkischen Staatschef Recep Tayyip Erdogan telefoniert. "
       "Wenig später telefonierte auch die schwedische Ministerpräsidentin Magdalena Andersson mit Erdogan.",
       {"phone_call | party=Magdalena Andersson party=Recep Tayyip Erdoğan | 2022-05-21"}},
      {"de", "2022-05-21",
       "Der britische Premierminister Boris Johnson hatte bereits am Freitagabend mit Erdogan telefoniert, am Samstag reiste Erdogan nach Baku.",
       {"phone_call | party=Boris Johnson party=Recep Tayyip Erdoğan | 2022-05-20"}},
  });
}

TEST_CASE("weeks after a visit are no length of it") {
  run({
      {"es", "2024-07-04",
       "Putin llegó a Astana el miércoles, siete semanas después de la visita de Estado que realizó a Pekín.",
       {}, {"2024-08"}},
  });
}

TEST_CASE("becoming a member: 'become' after the noun (verb last), a time inside 'se convirtió … en', words of the noun before the organisation") {
  run({
      {"nl", "2024-07-04", "Wit-Rusland is vandaag officieel lid geworden van de Shanghai Cooperation Organisation (SCO).",
       {"treaty_accession | party=Belarus party=Shanghai Cooperation Organisation | 2024-07-04"}},
      {"es", "2024-07-04",
       "Bielorrusia se convirtió este jueves en el décimo miembro de pleno derecho de la Organización de Cooperación de Shanghai (OCS).",
       {"treaty_accession | party=Belarus party=Shanghai Cooperation Organisation | 2024-07-04"}},
      // (An accession spoken of is none: "zijn verzet tegen toetreding van de buurman tot de NAVO".)
      {"nl", "2019-01-25", "In ruil daarvoor laat Griekenland zijn verzet tegen toetreding van de buurman tot de NAVO varen.", {},
       {"treaty"}},
  });
}

TEST_CASE("the last words of a name seen before are that person ('John Paul' after 'Pope John Paul')") {
  run({
      {"en", "1987-04-01",
       "SANTIAGO, April 1 - Pope John Paul arrived here today for a six-day visit to Chile. "
       "John Paul flew in from Montevideo, where President Julio Maria Sanguinetti had received him.",
       {"visit | visitor=Pope John Paul II destination=Chile"}, {"visitor=John Paul "}},
  });
}

TEST_CASE("hosts and guests with the verb last, guest right after host, 'on Tuesday and Wednesday' when Wednesday is nearer, more minister titles") {
  run({
      {"de", "2022-05-21",
       "Der finnische Präsident Sauli Niinistö und die schwedische Regierungschefin Magdalena Andersson telefonierten mit Erdogan. "
       "Erst am Donnerstag hatte US-Präsident Joe Biden Niinistö und Andersson im Weißen Haus empfangen.",
       {"visit | visitor=Sauli Niinistö destination=United States host=Joe Biden | 2022-05-19",
        "visit | visitor=Magdalena Andersson destination=United States host=Joe Biden | 2022-05-19"}},
      {"de", "2022-05-21",
       "Der finnische Präsident Sauli Niinistö war am Dienstag und Mittwoch zu einem Staatsbesuch in Schweden gewesen.",
       {"visit | visitor=Sauli Niinistö destination=Sweden | 2022-05-17..2022-05-18 | occurred"}},
      {"nl", "2023-12-05", "De Britse minister van Binnenlandse Zaken Cleverly vloog vanochtend naar Kigali.",
       {"visit | visitor=Cleverly destination=Rwanda | 2023-12-05"}},
  });
}

TEST_CASE("German: a noun closing the sentence after 'die Kanzlerin' is no name") {
  run({
      {"de", "2018-08-31", "Bundeskanzlerin Angela Merkel reiste nach Nigeria. In Abuja zieht die Kanzlerin Bilanz.",
       {"visit | visitor=Angela Merkel destination=Nigeria"}, {"Bilanz"}},
  });
}

TEST_CASE("a name after a comma goes to the nearest title before it, not to one further back") {
  run({
      {"es", "2024-08-28",
       "Pedro Sánchez viajó a Gambia. El martes, el presidente se entrevistó con el presidente mauritano, Mohamed Ould Ghazouani.",
       {}, {"visitor=Mohamed Ould Ghazouani destination=Mauritania"}},
  });
}

TEST_CASE("a call is cancelled only by a cue in its own clause") {
  run({
      {"en", "2019-08-24",
       "United States President Donald Trump and Danish Prime Minister Mette Frederiksen spoke by telephone on Thursday, "
       "two days after Trump called off a planned state visit to Denmark.",
       {"phone_call | party=Donald Trump party=Mette Frederiksen | 2019-08-22", "| occurred"}, {"phone_call | party=Donald Trump party=Mette Frederiksen | 2019-08-22 | cancelled"}},
  });
}

TEST_CASE("'in het land' after a sentence that names the country by an adjective only, the one sent somewhere visits it") {
  run({
      {"nl", "2024-07-04",
       "Iran trad vorig jaar toe tot het blok. De gastheer van de top is de Oezbeekse president Mirzijojev. "
       "De Turkse president Erdogan is sinds dinsdag in het land.",
       {"visit | visitor=Recep Tayyip Erdoğan destination=Uzbekistan | 2024-07-02"}, {"destination=Iran"}},
      {"nl", "2024-07-04", "Premier Modi bleef thuis en stuurde minister van Buitenlandse Zaken Jaishankar naar Tasjkent.",
       {"visit | visitor=S. Jaishankar destination=Uzbekistan | 2024-07 | occurred"}, {"visitor=Narendra Modi"}},
      {"en", "1987-05-04", "President Reagan will send Secretary of State George Shultz to Moscow next week.",
       {"visit | visitor=George Shultz destination=Soviet Union | 1987-05 | announced"}},
      {"de", "2024-07-04", "Modi schickte Außenminister Jaishankar nach Astana.",
       {"visit | visitor=S. Jaishankar destination=Kazakhstan"}},
      {"es", "2024-07-04", "Modi envió a su canciller, Subrahmanyam Jaishankar, a Astana.",
       {"visit | visitor=S. Jaishankar destination=Kazakhstan"}},
      {"fr", "2024-07-04", "Narendra Modi a envoyé son ministre des Affaires étrangères, Subrahmanyam Jaishankar, à Astana.",
       {"visit | visitor=S. Jaishankar destination=Kazakhstan | 2024-07 | occurred"}},  // ("Narendra": no future in "-dra")
      // Not one written to.
      {"en", "2024-07-04", "Modi sent a letter to Putin in Moscow.", {}, {"visit |"}},
  });
}

TEST_CASE("signatories are recorded on a treaty, 'mit A und mit B telefoniert' is two calls") {
  run({
      {"de", "2018-06-12",
       "US-Präsident Donald Trump und Nordkoreas Machthaber Kim Jong Un haben am Dienstag in Singapur eine gemeinsame Erklärung unterschrieben.",
       {"treaty_signing | party=North Korea party=United States | 2018-06-12 | occurred | signed by Donald Trump, Kim Jong-un"}},
      {"de", "2018-06-12",
       "Am Sonntag hatte Trump nach Angaben des Weißen Hauses mit Südkoreas Präsident Moon Jae-in und mit Japans Ministerpräsident Shinzo Abe telefoniert.",
       {"phone_call | party=Donald Trump party=Moon Jae-in | 2018-06-10", "phone_call | party=Donald Trump party=Shinzo Abe | 2018-06-10"},
       {"party=Moon Jae-in party=Shinzo Abe", "party=Shinzo Abe party=Moon Jae-in"}},
  });
}

TEST_CASE("a noun before a travel verb is its subject: no dropped pronoun to fill") {
  run({
      {"es", "2022-06-15",
       "El presidente Vladimir Putin habló por teléfono con Xi Jinping. La conversación llega mientras Washington advierte a Pekín de las consecuencias.",
       {"phone_call"}, {"visit |"}},
      // (A time is no subject: "El sábado se trasladará a …" is still the traveller's.)
      {"es", "2023-08-22",
       "El presidente Lula volará el viernes a Luanda para una visita oficial a Angola. El sábado se trasladará a Santo Tomé y Príncipe.",
       {"visit | visitor=Luiz Inácio Lula da Silva destination=São Tomé & Príncipe | 2023-08-26"}},
  });
}

TEST_CASE("resorts and islands keep their country in every language, an arrival elsewhere is not at the summit just told") {
  run({
      {"es", "2022-06-30", "El presidente Lula viajará en noviembre a Bali.", {"visit | visitor=Luiz Inácio Lula da Silva destination=Indonesia"}, {"Cameroon"}},
      {"de", "2022-06-30", "Kanzler Olaf Scholz reist im November nach Bali.", {"visit | visitor=Olaf Scholz destination=Indonesia"}, {"Cameroon"}},
      {"fr", "2022-06-30",
       "Dimanche et lundi, le président indonésien Joko Widodo a participé au sommet du G7 organisé au château d'Elmau. "
       "Mercredi, il a parcouru les ruines d'Irpin, dans la banlieue de la capitale ukrainienne, avant d'être reçu par Volodymyr Zelensky.",
       {"visit | visitor=Joko Widodo destination=Germany | 2022-06-26..2022-06-27 |", "visit | visitor=Joko Widodo destination=Ukraine"},
       {"destination=Germany | 2022-06-26..2022-06-29"}},
  });
}

TEST_CASE("a trip said to be uncertain is no visit under way") {
  run({
      {"fr", "2022-06-30", "La venue de Vladimir Poutine à Bali reste incertaine.", {}, {"under_way", "occurred"}},
      {"en", "2022-06-30", "Whether Vladimir Putin will travel to Bali remains uncertain.", {}, {"under_way", "occurred"}},
  });
}

TEST_CASE("persons: a leader first named in a sentence set in a foreign city is of that country, 'ein Bundespräsident' is nobody in particular") {
  run({
      {"de", "2023-10-31",
       "Bundespräsident Frank-Walter Steinmeier ist in Tansania. Am Mittwoch fliegt Steinmeier weiter nach Sambia. "
       "In Lusaka sind Gespräche mit Präsident Hakainde Hichilema geplant.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Zambia"}, {"visitor=Hakainde Hichilema"}},
      {"de", "2023-10-31",
       "Bundespräsident Frank-Walter Steinmeier ist seit Montag in Tansania. "
       "Das letzte Mal hatte im Februar 2015 ein Bundespräsident das Land besucht.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Tanzania | 2023-10-30"},
       {"visitor=Frank-Walter Steinmeier destination=Tanzania | 2015"}},
  });
}

TEST_CASE("a participle opening the sentence has the main clause's subject, a passive agent after a time") {
  run({
      {"fr", "2015-05-11",
       "Arrivé dimanche soir à La Havane, au terme de deux journées passées aux Antilles, où il a inauguré un mémorial, "
       "François Hollande a consacré sa journée de lundi à défendre la place de la France.",
       {"visit | visitor=François Hollande destination=Cuba | 2015-05-10"}},
      {"fr", "2015-05-11", "Le président François Hollande a été reçu pendant une cinquantaine de minutes par Fidel Castro à La Havane.",
       {"visit | visitor=François Hollande destination=Cuba host=Fidel Castro"}, {"visitor=Fidel Castro"}},
  });
}

TEST_CASE("a visit of some days wrapped up on a day ends that day") {
  run({
      {"en", "2018-03-10", "Uzbekistan's President Shavkat Mirziyoyev on Saturday wrapped up a two-day state visit to neighbouring Tajikistan.",
       {"visit | visitor=Shavkat Mirziyoyev destination=Tajikistan | 2018-03-09..2018-03-10"}},
      {"de", "2018-03-10", "Der usbekische Präsident Schawkat Mirsijojew beendete am Samstag seinen dreitägigen Staatsbesuch in Tadschikistan.",
       {"visit | visitor=Shavkat Mirziyoyev destination=Tajikistan | 2018-03-08..2018-03-10"}},
      {"fr", "2018-03-10", "Le président ouzbek Chavkat Mirziyoïev a achevé samedi une visite d'État de deux jours au Tadjikistan.",
       {"visit | visitor=Chavkat Mirziyoïev destination=Tajikistan | 2018-03-09..2018-03-10"}},
  });
}

TEST_CASE("talking right after a call told is a call, 'the same day' after a month is that month, all who meet at a place abroad are there") {
  run({
      {"en", "2022-03-09",
       "In November, President Isaac Herzog called Recep Tayyip Erdoğan to thank him. "
       "Prime Minister Naftali Bennett spoke with Erdoğan the same day.",
       {"phone_call | party=Naftali Bennett party=Recep Tayyip Erdoğan | 2021-11"}},
      {"en", "2022-03-09",
       "Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba are due to meet in the Turkish resort of Antalya on Thursday.",
       {"visit | visitor=Sergey Lavrov destination=Turkey | 2022-03-10 | announced",
        "visit | visitor=Dmytro Kuleba destination=Turkey | 2022-03-10 | announced"}},
  });
}

TEST_CASE("a clause about a time happens then, a stopover lasts no longer than its day") {
  run({
      {"es", "2018-08-27",
       "El presidente Pedro Sánchez aterrizó este lunes en Santiago de Chile. "
       "Sánchez permanecerá en la capital chilena hasta la mañana del martes, cuando volará a Bolivia en una escala de apenas unas horas. "
       "El miércoles llegará a Bogotá.",
       {"visit | visitor=Pedro Sánchez destination=Bolivia | 2018-08-28 | announced",
        "visit | visitor=Pedro Sánchez destination=Chile | 2018-08-27..2018-08-28"},
       {"destination=Bolivia | 2018-08-28..2018-08-29"}},
  });
}

TEST_CASE("a byline's given name in the genitive is no town") {
  run({
      {"de", "2022-11-03", "Abkommen unterzeichnet\n\nVon Jonas Albrecht, Kapstadt\n\nKanzler Olaf Scholz reist am Freitag nach Paris.",
       {"visit | visitor=Olaf Scholz destination=France | 2022-11-04"}, {"Switzerland"}},
  });
}

TEST_CASE("'X belt A en B' is two calls, a name before ', meldt zijn kantoor' is no speaker, the story's day from further back") {
  run({
      {"nl", "2022-09-13", "Pasjinjan belt Poetin en Macron",
       {"phone_call | party=Nikol Pashinyan party=Vladimir Putin", "phone_call | party=Emmanuel Macron party=Nikol Pashinyan"}},
      {"nl", "2022-09-13",
       "Aan de grens is in de nacht van maandag op dinsdag zwaar gevochten. Volgens premier Nikol Pasjinjan zijn 49 militairen omgekomen. "
       "Ook Azerbeidzjan meldt doden. Het is de ernstigste uitbarsting van geweld sinds 2020. Het ministerie zegt dat het leger het vuur opende. "
       "Bakoe spreekt van een provocatie. Pasjinjan greep meteen naar de telefoon. "
       "Nog in de nacht sprak hij met de Russische president Vladimir Poetin en daarna met de Franse president Emmanuel Macron, meldt zijn kantoor.",
       {"phone_call | party=Nikol Pashinyan party=Vladimir Putin | 2022-09-13", "phone_call | party=Emmanuel Macron party=Nikol Pashinyan | 2022-09-13"}},
  });
}

TEST_CASE("a separable travel verb negated before its particle, looking forward to a visit is no visit") {
  run({
      {"nl", "2021-10-11", "Minister Anneke Verbeek is in Marokko. Anders dan gemeld reist Verbeek na haar bezoek niet door naar Algerije.",
       {"visit | visitor=Anneke Verbeek destination=Morocco"}, {"Algeria"}},
      {"en", "2021-06-17", "Egyptian Foreign Minister Sameh Shoukry said he looked forward to visiting China, but no date has been set.", {}, {"visit |"}},
  });
}

TEST_CASE("a guest at a foreign leader's is on a visit to that leader's country") {
  run({
      {"nl", "2022-01-26", "De Singaporese premier Lee Hsien Loong was gisteren te gast bij de Indonesische president Joko Widodo.",
       {"visit | visitor=Lee Hsien Loong destination=Indonesia host=Joko Widodo | 2022-01-25"}},
      {"de", "2022-01-26", "Der singapurische Premier Lee Hsien Loong war gestern zu Gast bei Präsident Joko Widodo.",
       {"visit | visitor=Lee Hsien Loong destination=Indonesia host=Joko Widodo | 2022-01-25"}},
  });
}

TEST_CASE("a year far after a trade figure, past a comma, is not its period when the figures before have one") {
  run({
      {"es", "2024-02-07",
       "El intercambio de bienes entre México y Estados Unidos sumó 798 mil millones de dólares el año pasado. "
       "El comercio total de Estados Unidos con China rondó los 575 mil millones de dólares, en medio de los aranceles que siguen vigentes desde la guerra comercial iniciada en 2018.",
       {"trade_figure | party=China party=United States | 2023 | occurred | 575000000000.000000 USD"}, {"| 2018 |"}},
  });
}

TEST_CASE("a weekday of a call not told as coming is the one before publication") {
  run({
      {"de", "2017-02-02",
       "Das Telefonat, das Donald Trump am Samstag mit dem australischen Premierminister Malcolm Turnbull führte, verlief alles andere als harmonisch.",
       {"phone_call | party=Donald Trump party=Malcolm Turnbull | 2017-01-28"}},
  });
}

TEST_CASE("a separable calling verb with its particle at the end") {
  run({
      {"de", "2017-02-02", "Der republikanische Senator John McCain rief am Donnerstag den australischen Botschafter in Washington, Joe Hockey, an.",
       {"phone_call | party=Joe Hockey party=John McCain | 2017-02-02"}},
      {"de", "2017-02-02", "Der Senator rief am Donnerstag zur Ruhe auf.", {}, {"phone_call"}},
  });
}

TEST_CASE("Dutch 'kwamen … naar', 'naar … gekomen', a separable verb with its particle is read as such first") {
  run({
      {"nl", "2023-03-19", "De Kosovaarse premier Albin Kurti en de Servische president Aleksandar Vučić praatten. Op 27 februari kwamen Vučić en Kurti daarvoor naar Brussel.",
       {"visit | visitor=Aleksandar Vučić destination=Belgium | 2023-02-27", "visit | visitor=Albin Kurti destination=Belgium | 2023-02-27"}},
      {"nl", "2024-12-12", "De Ethiopische premier Abiy Ahmed was woensdag naar de Turkse hoofdstad gekomen.",
       {"visit | visitor=Abiy Ahmed destination=Turkey | 2024-12-11"}},
      {"nl", "2024-02-24", "Premier Meloni en premier Trudeau kwamen vanochtend met de nachttrein aan in Kyiv.",
       {"visit | visitor=Giorgia Meloni destination=Ukraine | 2024-02-24 | under_way"}},
      {"nl", "2023-08-20", "Daar maakte Rutte bekend dat Nederland en Denemarken de gevechtsvliegtuigen aan Oekraïne gaan leveren.", {}, {"visit |"}},
  });
}

TEST_CASE("'sluit vandaag een vierdaags bezoek af' ends the visit today, a visit not yet planned is none") {
  run({
      {"nl", "2023-04-01", "De Maleisische premier Anwar Ibrahim sluit vandaag een vierdaags bezoek aan China af.",
       {"visit | visitor=Anwar Ibrahim destination=China | 2023-03-29..2023-04-01"}},
      {"nl", "2023-04-01", "Een tegenbezoek van president Xi Jinping aan Maleisië is nog niet gepland.", {}, {"visit |"}},
  });
}

TEST_CASE("the next summit and a place in someone else's relative clause send nobody there") {
  run({
      {"es", "2023-12-07",
       "Al cierre de la cumbre, Lula traspasó la presidencia pro tempore a Santiago Peña, que deberá organizar la próxima reunión de presidentes en Asunción a mediados de 2024.",
       {}, {"destination=Paraguay"}},
      {"nl", "2023-12-07", "Premier Rutte sprak over de volgende top in Washington.", {}, {"visit |"}},
  });
}

TEST_CASE("leaving a place again ('est reparti de', 'returned from') says one was there, a visit with no date yet is uncertain") {
  run({
      {"fr", "2023-09-04", "Le président turc Recep Tayyip Erdogan est reparti de Sotchi lundi les mains vides.",
       {"visit | visitor=Recep Tayyip Erdoğan destination=Russia | 2023-09-04"}},
      {"fr", "2023-09-04", "Une visite de Vladimir Poutine en Turquie, évoquée par Ankara, n'a toujours pas de date.", {}, {"visit |"}},
  });
}

TEST_CASE("memorandums signed by 'the two governments'; bringing a treaty into force; the Gulf of Guinea is no country") {
  run({
      {"en", "2024-11-17",
       "Indian Prime Minister Narendra Modi and Nigerian President Bola Tinubu spoke of the need to fight piracy in the Gulf of Guinea. "
       "Officials of the two governments signed three memorandums of understanding on Friday.",
       {"treaty_signing | party=India party=Nigeria | 2024-11-15"}, {"Guinea"}},
      {"en", "2019-08-31",
       "Prime Ministers Scott Morrison of Australia and Taur Matan Ruak of East Timor yesterday exchanged diplomatic notes in Dili, "
       "bringing into force the treaty that sets permanent maritime boundaries between the two countries.",
       {"treaty_ratification | party=Australia party=Timor-Leste | 2019-08-30"}},
  });
}

TEST_CASE("a relative clause about another noun does not date the trip") {
  run({
      {"de", "2023-01-30",
       "An diesem Montag fliegt Kanzler Olaf Scholz weiter nach Brasília. In Brasília wird Scholz eine Hauptstadt vorfinden, die noch unter dem Eindruck der Ausschreitungen vom 8. Januar steht.",
       {"visit | visitor=Olaf Scholz destination=Brazil | 2023-01-30"}, {"2023-01-08"}},
  });
}

TEST_CASE("persons named in what someone at a place said are not there; 'auf Bali' places a meeting") {
  run({
      {"de", "2022-07-29", "Ein Regierungsvertreter in Washington sagte, Biden und Xi Jinping hätten ihre Teams beauftragt, ein Treffen vorzubereiten.",
       {}, {"visit |"}},
      {"de", "2022-07-29",
       "Zuletzt hatten sich die Außenminister Antony Blinken und Wang Yi Anfang Juli am Rande des G20-Außenministertreffens auf Bali zu einem Gespräch getroffen.",
       {"visit | visitor=Antony Blinken destination=Indonesia | 2022-07", "visit | visitor=Wang Yi destination=Indonesia | 2022-07"}},
  });
}

TEST_CASE("briefing someone by phone is a call") {
  run({
      {"en", "2022-03-07", "Over the weekend Israeli Prime Minister Naftali Bennett also briefed French President Emmanuel Macron by phone.",
       {"phone_call | party=Emmanuel Macron party=Naftali Bennett"}},
      {"en", "2022-03-07", "Prime Minister Naftali Bennett briefed his cabinet on Sunday.", {}, {"phone_call"}},
  });
}

TEST_CASE("a call whose one party is named takes the other from the sentence before, when that names just one other person") {
  run({
      {"nl", "2023-06-02",
       "De Keniaanse president William Ruto heeft premier Mark Rutte bedankt voor de steun. Dat deed hij woensdag in een telefoongesprek.",
       {"phone_call | party=Mark Rutte party=William Ruto | 2023-05-31"}},
      {"en", "2023-06-02",
       "Chancellor Olaf Scholz congratulated President Lula da Silva on his victory. He did so in a phone call on Monday, a spokesman said.",
       {"phone_call | party=Luiz Inácio Lula da Silva party=Olaf Scholz | 2023-05-29"}},
      // (Two other persons before: no guess.)
      {"en", "2023-06-02",
       "Chancellor Olaf Scholz thanked President Emmanuel Macron and Prime Minister Giorgia Meloni. He also held a phone call on Monday.",
       {}, {"party=Emmanuel Macron", "party=Giorgia Meloni"}},
  });
}

TEST_CASE("'both countries' are the two named before the phrase rather than one named after it") {
  run({
      {"en", "2024-03-12",
       "Vietnam and Indonesia signed a maritime boundary treaty on Monday, as both countries watch India's navy with growing interest.",
       {"treaty_signing | party=Indonesia party=Vietnam | 2024-03-11"}, {"party=India"}},
  });
}

TEST_CASE("a summit in a relative clause about a place is there; 'in the capital, X' places a signing and its guests") {
  run({
      {"en", "2023-05-22",
       "Norwegian Prime Minister Jonas Gahr Støre cancelled a stop in Jakarta, where he was due to meet the leaders of Malaysia and Brunei for a summit on Wednesday. "
       "Oslo hosted another summit.",
       {"visit | visitor=Jonas Gahr Støre destination=Indonesia"}, {"destination=Norway"}},
      {"es", "2023-05-22",
       "El canciller de Noruega, Espen Barth Eide, firmó el acuerdo en la capital, Yakarta, con la ministra de Exteriores de Indonesia, Retno Marsudi.",
       {"visit | visitor=Espen Barth Eide destination=Indonesia | 2023-05 "}},
      {"en", "2023-05-22",
       "Norway's foreign minister Espen Barth Eide signed the accord in the capital Jakarta, in the presence of Chinese Premier Li Qiang.",
       {"visit | visitor=Li Qiang destination=Indonesia"}},
  });
}

TEST_CASE("'the first … to visit' tells no future, German 'sollte' schedules, a seen surname is no demonym") {
  run({
      {"en", "2023-05-22",
       "Ruto, the first Kenyan president to visit Fiji, arrived on Sunday evening.",
       {"visit | visitor=William Ruto destination=Fiji | 2023-05-21"}, {"2023-05-28"}},
      {"de", "2023-05-22",
       "Kanzler Olaf Scholz besuchte am Sonntag Kenia. Scholz sollte noch am Montag nach Addis Abeba weiterfliegen.",
       {"visit | visitor=Olaf Scholz destination=Ethiopia | 2023-05-22"}},
      {"nl", "2023-05-22",
       "De Australische premier Anthony Albanese ontving de Indiase premier Narendra Modi. Modi had maandag een telefoongesprek met Albanese.",
       {"phone_call | party=Anthony Albanese party=Narendra Modi | 2023-05-22"}, {"Albania"}},
  });
}

TEST_CASE("a month after a word for last or next is the last or the next such month") {
  run({
      {"de", "2024-07-08", "Ministerpräsident Fumio Kishida besuchte im vergangenen November Manila.",
       {"visit | visitor=Fumio Kishida destination=Philippines | 2023-11"}},
      {"nl", "2024-07-08", "Premier Fumio Kishida bracht afgelopen november een bezoek aan Manilla.",
       {"visit | visitor=Fumio Kishida destination=Philippines | 2023-11"}},
      {"nl", "2024-07-08", "Premier Fumio Kishida brengt komende november een bezoek aan Manilla.",
       {"visit | visitor=Fumio Kishida destination=Philippines | 2024-11"}},
      {"de", "2024-07-08", "Ministerpräsident Fumio Kishida reist im nächsten März nach Manila.",
       {"visit | visitor=Fumio Kishida destination=Philippines | 2025-03"}},
  });
}

TEST_CASE("a Spanish call with no subject is made by the person the sentence before was about") {
  run({
      {"es", "2023-05-22",
       "El presidente Joe Biden suspendió una escala en Sídney. La semana pasada habló por teléfono con el primer ministro australiano, Anthony Albanese.",
       {"phone_call | party=Anthony Albanese party=Joe Biden | 2023-05"}},
      // (A subject of its own: no guess.)
      {"es", "2023-05-22",
       "El presidente Joe Biden suspendió una escala en Sídney. La ministra habló por teléfono con el primer ministro australiano, Anthony Albanese.",
       {}, {"party=Joe Biden"}},
  });
}

TEST_CASE("feast days are dates; 'eleven days after' is a distance in time, not a visit's length") {
  run({
      {"en", "2016-01-05",
       "The call came 11 days after Prime Minister Narendra Modi made a surprise stopover in Lahore on Christmas Day.",
       {"visit | visitor=Narendra Modi destination=Pakistan | 2015-12-25 | occurred"}, {"2016-01-04"}},
      {"de", "2016-01-05", "Kanzlerin Angela Merkel reiste am Heiligabend nach Mali.",
       {"visit | visitor=Angela Merkel destination=Mali | 2015-12-24"}},
      {"fr", "2016-01-05", "Le président Emmanuel Macron s'est rendu au Mali le jour de Noël.",
       {"visit | visitor=Emmanuel Macron destination=Mali | 2015-12-25"}},
      {"es", "2016-01-05", "El presidente Pedro Sánchez viajó a Mali el día de Navidad de 2014.",
       {"visit | visitor=Pedro Sánchez destination=Mali | 2014-12-25"}},
      {"nl", "2016-01-05", "Premier Mark Rutte bezocht op eerste kerstdag Mali, twee dagen na zijn bezoek aan Niger.",
       {"visit | visitor=Mark Rutte destination=Mali | 2015-12-25 | occurred"}, {"2015-12-26"}},
  });
}

TEST_CASE("'the five' are the five persons just named; 'in the port city of X' places a summit; a country past the treaty's clause is no party") {
  run({
      {"en", "2018-08-13",
       "The leaders of the five countries on Sunday signed a convention in the Kazakh port city of Aktau, ending a dispute that began with the collapse of the Soviet Union. "
       "President Nursultan Nazarbayev hosted the summit, which was attended by Russian President Vladimir Putin, Iranian President Hassan Rouhani, "
       "Azerbaijani President Ilham Aliyev and Turkmen President Gurbanguly Berdimuhamedow. "
       "The five signed the Convention on the Legal Status of the Caspian Sea.",
       {"visit | visitor=Vladimir Putin destination=Kazakhstan | 2018-08-12", "visit | visitor=Hassan Rouhani destination=Kazakhstan",
        "party=Azerbaijan party=Iran party=Kazakhstan party=Russia party=Turkmenistan"},
       {"party=Soviet Union"}},
  });
}

TEST_CASE("a country in brackets after a name is that person's; 'de zes leiders' are the six persons last named") {
  run({
      {"nl", "2023-05-19",
       "Donderdag sprak president Xi Jinping afzonderlijk met Sadyr Zjaparov (Kirgizië), Emomali Rachmon (Tadzjikistan), "
       "Serdar Berdimoechamedov (Turkmenistan), Sjavkat Mirzijojev (Oezbekistan) en Kasym-Zjomart Tokajev (Kazachstan). "
       "Vrijdag ondertekenden de zes leiders de Verklaring van Xi'an.",
       {"party=China party=Kazakhstan party=Kyrgyzstan party=Tajikistan party=Turkmenistan party=Uzbekistan | 2023-05-19"}},
  });
}

TEST_CASE("'le président' after the article's protagonist was named again is the protagonist, not the host given that title once") {
  run({
      {"fr", "2023-11-02",
       "Emmanuel Macron est arrivé mercredi au Kazakhstan. Il y a été reçu par le président Kassym-Jomart Tokaïev. "
       "Emmanuel Macron a salué le refus d'Astana de suivre la route de la vassalisation. "
       "Le président s'est ensuite envolé pour l'Ouzbékistan.",
       {"visit | visitor=Emmanuel Macron destination=Uzbekistan"}, {"visitor=Kassym-Jomart Tokayev"}},
  });
}

TEST_CASE("an EFE dateline with the country in brackets, 'la mañana' is no tomorrow, a bloc both partners belong to is no third economy") {
  run({
      {"es", "2015-06-23",
       "Juliaca (Perú), 23 jun (EFE).- El presidente de Bolivia, Evo Morales, llegó hoy a esta ciudad del altiplano, donde durante la mañana se reunió con el presidente Ollanta Humala.",
       {"visit | visitor=Evo Morales destination=Peru | 2015-06-23"}, {"2015-06-24"}},
      {"es", "2015-06-23",
       "Lima, 23 jun (EFE).- El intercambio comercial entre los dos socios de la Comunidad Andina, Perú y Bolivia, rondó el año pasado los 1.300 millones de dólares.",
       {"trade_figure | party=Bolivia party=Peru | 2014 | occurred | 1300000000"}, {"Andean"}},
  });
}

TEST_CASE("stops on the programme are visits announced for the traveller; after 'en' the subject follows the verb") {
  run({
      {"nl", "2008-03-05",
       "De Ecuadoraanse president Rafael Correa is aan een tournee door Latijns-Amerika begonnen. "
       "Gisteren sprak hij in Lima met de Peruaanse president Alan García en vloog hij door naar Brasília. "
       "Daarna staan Panama en Nicaragua op het programma.",
       {"visit | visitor=Rafael Correa destination=Brazil | 2008-03-04", "visit | visitor=Rafael Correa destination=Panama | 2008-03 | announced",
        "visit | visitor=Rafael Correa destination=Nicaragua"},
       {"visitor=Alan García"}},
      {"fr", "2023-11-02",
       "Emmanuel Macron est arrivé mercredi au Kazakhstan. Aucune étape au Kirghizstan n'était au programme.", {}, {"Kyrgyzstan"}},
  });
}

TEST_CASE("a trade figure with no period takes the year of the figure in the sentence before") {
  run({
      {"nl", "2023-05-19",
       "Vorig jaar handelde China voor ruim 70 miljard dollar met de vijf landen samen. "
       "Volgens Chinese douanecijfers bedroeg de handel tussen China en Kazachstan ruim 31 miljard dollar.",
       {"trade_figure | party=China party=Kazakhstan | 2022 | occurred | 31000000000"}},
  });
}

TEST_CASE("'pasará por Bélgica y Holanda', 'a China y a Sudáfrica': every stop of a list, the preposition repeated or not") {
  run({
      {"es", "2006-01-04",
       "Mañana jueves el presidente Evo Morales volará a París, y en los días siguientes pasará por Bélgica y Holanda antes de viajar a China y a Sudáfrica.",
       {"visit | visitor=Evo Morales destination=Belgium", "visit | visitor=Evo Morales destination=Netherlands",
        "visit | visitor=Evo Morales destination=China", "visit | visitor=Evo Morales destination=South Africa"}},
  });
}

TEST_CASE("calls: the person called before a final verb, 'M.' before the person called, no partner or day from someone else's clause") {
  run({
      {"nl", "2023-02-15", "De Armeense premier Nikol Pasjinjan had president Recep Tayyip Erdogan op 7 februari, een dag na de ramp, gebeld.",
       {"phone_call | party=Nikol Pashinyan party=Recep Tayyip Erdoğan | 2023-02-07"}},
      {"de", "2023-02-15", "Der armenische Ministerpräsident Nikol Paschinjan hatte Präsident Recep Tayyip Erdoğan am 7. Februar angerufen.",
       {"phone_call | party=Nikol Pashinyan party=Recep Tayyip Erdoğan | 2023-02-07"}},
      {"fr", "2023-02-15", "Le Premier ministre Kyriakos Mitsotakis a appelé M. Erdoğan lundi.",
       {"phone_call | party=Kyriakos Mitsotakis party=Recep Tayyip Erdoğan | 2023-02-13"}},
      {"en", "2023-02-15",
       "Prime Minister Kyriakos Mitsotakis called Recep Tayyip Erdoğan on the day of the quakes, and Foreign Minister Nikos Dendias toured "
       "the province with Mevlüt Çavuşoğlu on Sunday.",
       {"phone_call | party=Kyriakos Mitsotakis party=Recep Tayyip Erdoğan"}, {"party=Mevlüt Çavuşoğlu", "2023-02-12"}},
  });
}

TEST_CASE("'the summit' is the article's own summit over one told in passing; a person in an 'of' phrase did not attend") {
  run({
      {"es", "2012-07-31",
       "BRASILIA.— Venezuela ingresó este martes al Mercosur durante una cumbre celebrada en Brasilia, a la que asistieron los presidentes de Argentina, Cristina Fernández, y de Venezuela, Hugo Chávez. "
       "El ingreso fue posible tras la suspensión de Paraguay, decidida en junio en la cumbre de Mendoza como sanción por la destitución del presidente Fernando Lugo. "
       "El Senado de Asunción no había ratificado el protocolo. "
       "Al margen de la cumbre, Chávez tenía previsto un encuentro con la presidenta Dilma Rousseff.",
       {"visit | visitor=Hugo Chávez destination=Brazil"}, {"visitor=Fernando Lugo", "destination=Argentina"}},
  });
}

TEST_CASE("becoming a full member is an accession, by the state named, not the city of the dateline") {
  run({
      {"es", "2012-07-31", "Martes 31 de julio de 2012\n\nBRASILIA.— Venezuela se convirtió este martes en el quinto socio pleno del Mercosur.",
       {"treaty_accession | party=Mercosur party=Venezuela | 2012-07-31"}, {"party=Brazil"}},
      {"en", "2012-07-31", "Venezuela on Tuesday became a full member of Mercosur.", {"treaty_accession | party=Mercosur party=Venezuela | 2012-07-31"}},
  });
}

TEST_CASE("'from September 10 to 19' is a span; 'a stop at' a place is a visit, dated by its own clause") {
  run({
      {"en", "1987-06-08",
       "After Poland the Pope is scheduled to tour the United States from September 10 to 19, ending with a stop at Fort Simpson in "
       "Canada's Northwest Territories on September 20.",
       {"visit | visitor=Pope John Paul II destination=United States | 1987-09-10..1987-09-19 | announced",
        "visit | visitor=Pope John Paul II destination=Canada | 1987-09-20 | announced"}},
  });
}

TEST_CASE("'the trip' going on with no one named is the trip the last sentences told") {
  run({
      {"nl", "2024-06-17", "De Chinese premier Li Qiang landde zaterdag in Adelaide. Na Australië gaat de reis verder naar Maleisië.",
       {"visit | visitor=Li Qiang destination=Malaysia"}, {"visitor=Australia"}},
  });
}

TEST_CASE("a stay told with the subject after the verb and then the time") {
  run({
      {"nl", "2024-06-17", "De Chinese premier Li Qiang landde zaterdag in Adelaide. Daarvoor was Li sinds donderdag in Nieuw-Zeeland.",
       {"visit | visitor=Li Qiang destination=New Zealand | 2024-06-13"}},
      {"de", "2024-06-17", "Der chinesische Regierungschef Li Qiang landete am Samstag in Adelaide. Zuvor war Li seit Donnerstag in Neuseeland.",
       {"visit | visitor=Li Qiang destination=New Zealand | 2024-06-13"}},
  });
}

TEST_CASE("'the call' long after it was told is that call, not one between the persons of its sentence") {
  run({
      {"de", "2025-02-13",
       "Donald Trump und Wladimir Putin haben am Mittwoch miteinander telefoniert. Trump sprach von einem produktiven Gespräch. "
       "Man habe vereinbart, dass die Teams Verhandlungen aufnehmen. Kremlsprecher Dmitri Peskow bezifferte die Dauer auf 90 Minuten. "
       "Dem Telefonat vorausgegangen war ein Zeichen der Entspannung: Trumps Sondergesandter Steve Witkoff war am Dienstag nach Moskau geflogen.",
       {"phone_call | party=Donald Trump party=Vladimir Putin | 2025-02-12", "visit | visitor=Steve Witkoff destination=Russia | 2025-02-11"},
       {"party=Steve Witkoff"}},
  });
}

TEST_CASE("signed statements and documents are agreements") {
  run({
      {"en", "2020-11-10", "The leaders of Armenia, Azerbaijan and Russia signed a statement late on Monday to halt the fighting.",
       {"treaty_signing | party=Armenia party=Azerbaijan party=Russia | 2020-11-09"}},
      {"en", "2023-12-13", "Chinese leader Xi Jinping and Vietnamese leader Nguyen Phu Trong looked on as ministers of the two countries signed 36 cooperation documents on Tuesday.",
       {"treaty_signing | party=China party=Vietnam | 2023-12-12"}},
      {"en", "2023-12-13", "The ministry released a statement on Tuesday.", {}, {"treaty"}},
  });
}

TEST_CASE("a person past ', while' is not at the place named before") {
  run({
      {"en", "2020-11-10", "President Ilham Aliyev signed it in Baku on Monday, while Prime Minister Nikol Pashinyan signed separately in Yerevan.",
       {}, {"destination=Azerbaijan"}},
  });
}

TEST_CASE("German verb second: 'empfing ihn Putin' receives the one 'ihn' stands for; 'ging es für X weiter nach Y'") {
  run({
      {"de", "2024-07-08",
       "Ungarns Ministerpräsident Viktor Orbán reiste am Dienstag nach Kiew. Am Freitag empfing ihn Kremlchef Wladimir Putin in Moskau. "
       "Am Samstag ging es für Orbán weiter nach Aserbaidschan.",
       {"visit | visitor=Viktor Orbán destination=Russia host=Vladimir Putin | 2024-07-05", "visit | visitor=Viktor Orbán destination=Azerbaijan | 2024-07-06"}},
  });
}

TEST_CASE("a talk with someone at a place is no report, and a whole trip's length does not stretch its last stop") {
  run({
      {"de", "2019-05-03",
       "Bundespräsident Frank-Walter Steinmeier ist am Mittwoch in Ghana eingetroffen. Am Donnerstag folgte Togo: In Lomé sprach er mit Präsident Faure Gnassingbé.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-02"}},
      {"de", "2019-05-03",
       "Zum Abschluss seiner viertägigen Afrika-Reise hat Bundespräsident Frank-Walter Steinmeier am Freitag in Togo für Investitionen geworben.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-03 | "}},
      {"en", "2019-05-03",
       "BERLIN, May 3 (Reuters) - On the last day of his three-day visit to Togo on Friday, German President Frank-Walter Steinmeier met students.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-01..2019-05-03"}},
  });
}

TEST_CASE("a length shared by several counted countries is the tour's, not the stop's") {
  run({
      {"es", "2023-03-12",
       "El presidente Gustavo Petro concluyó este domingo en Lima una gira de cinco días que lo llevó a tres países.",
       {"visit | visitor=Gustavo Petro destination=Peru | 2023-03-12 | "}},
      {"en", "2010-04-08",
       "Russian President Dmitry Medvedev is expected in Washington next week, when Obama hosts a two-day summit with leaders of 47 countries starting on Monday.",
       {"visit | visitor=Dmitry Medvedev destination=United States | 2010-04-12..2010-04-13"}},
  });
}

TEST_CASE("a possessive in a phrase opening the sentence stands for the subject named after it") {
  run({
      {"en", "2019-05-03", "Markets were calm. During his visit to Togo, German President Frank-Walter Steinmeier met students on Friday.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-03"}},
      {"nl", "2019-05-03", "De beurzen waren kalm. Tijdens zijn bezoek aan Togo sprak de Duitse president Frank-Walter Steinmeier vrijdag met studenten.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-03"}},
      {"fr", "2019-05-03", "Les marchés étaient calmes. Lors de sa visite au Togo, le président allemand Frank-Walter Steinmeier a rencontré vendredi des étudiants.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-03"}},
      {"es", "2019-05-03", "Los mercados estaban tranquilos. Durante su visita a Togo, el presidente alemán Frank-Walter Steinmeier se reunió el viernes con estudiantes.",
       {"visit | visitor=Frank-Walter Steinmeier destination=Togo | 2019-05-03"}},
      // the subject is a pronoun: the possessive is that person's, not the minister's sent
      {"de", "2024-07-04",
       "Indiens Premierminister Narendra Modi fehlte. Nach seiner Wiederwahl blieb er in Neu-Delhi und schickte Außenminister Subrahmanyam Jaishankar nach Kasachstan.",
       {"visit | visitor=S. Jaishankar destination=Kazakhstan"}, {"visitor=Narendra Modi destination=Kazakhstan"}},
  });
}

TEST_CASE("a region's office is not the nation's") {
  run({
      {"de", "2024-03-15",
       "Serbiens Präsident Aleksandar Vučić empfängt Bayerns Ministerpräsidenten. Der CSU-Chef Markus Söder aus Deutschland war am Freitag in Belgrad.",
       {"visit | visitor=Markus Söder destination=Serbia | 2024-03-15"}, {"Olaf Scholz"}},
  });
}

TEST_CASE("a semicolon joins a list of country-and-name pairs, not two clauses") {
  run({
      {"es", "2013-07-04",
       "Los presidentes de Argentina, Cristina Fernández; Ecuador, Rafael Correa, y Uruguay, José Mujica, llegaron este jueves a la ciudad boliviana de Cochabamba.",
       {"visit | visitor=Cristina Fernández de Kirchner destination=Bolivia | 2013-07-04", "visit | visitor=Rafael Correa destination=Bolivia | 2013-07-04",
        "visit | visitor=José Mujica destination=Bolivia | 2013-07-04"}},
      {"es", "2022-11-01", "Biden llama a Lula; Alberto Fernández vuela a Sao Paulo.", {}, {"party=Alberto Fernández"}},
  });
}

TEST_CASE("a call's parties are not in a clause of its own after it") {
  run({
      {"es", "2013-07-04",
       "El ministro francés Laurent Fabius telefoneó el miércoles al canciller boliviano, David Choquehuanca, mientras que el presidente François Hollande habló de errores.",
       {"phone_call | party=David Choquehuanca party=Laurent Fabius | 2013-07-03"}, {"party=François Hollande"}},
  });
}

TEST_CASE("'the two sides' signing during the visit are the visit's two countries") {
  run({
      {"en", "2024-08-27",
       "On Friday, Indian Prime Minister Narendra Modi spent seven hours in Kyiv. He travelled to the Ukrainian capital by train from Poland, "
       "like other foreign leaders since Russia's invasion. The two sides signed four agreements during the visit.",
       {"treaty_signing | party=India party=Ukraine"}, {"party=Russia", "visitor=Vladimir Putin"}},
  });
}

TEST_CASE("a dropped subject is not the agent of a passive, nor one named after 'with' and a long title") {
  run({
      {"es", "2022-05-08",
       "El presidente mexicano Andrés Manuel López Obrador visitó el sábado Tegucigalpa, donde fue recibido por la presidenta Xiomara Castro, "
       "para después reunirse con el primer ministro de Belice, Johnny Briceño. De allí voló a La Habana.",
       {"visit | visitor=Andrés Manuel López Obrador destination=Cuba"}, {"visitor=Xiomara Castro", "visitor=Johnny Briceño"}},
  });
}

TEST_CASE("a signing told without its day takes the day of the agreement the sentence before dated") {
  run({
      {"en", "2023-04-07",
       "The meeting built on an agreement reached in Beijing on March 10. After four days of talks there, Iranian official Ali Shamkhani "
       "and Saudi adviser Musaed Al-Aiban signed a deal to restore ties.",
       {"treaty_signing | party=Iran party=Saudi Arabia | 2023-03-10"}},
  });
}

TEST_CASE("'N days after' dates what follows it that many days before the day told ahead of it") {
  run({
      {"en", "2024-08-27",
       "Indian Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Tuesday, four days after becoming the first Indian leader to visit Ukraine.",
       {"phone_call | party=Narendra Modi party=Vladimir Putin | 2024-08-27", "visit | visitor=Narendra Modi destination=Ukraine | 2024-08-23"}},
      {"de", "2023-02-15",
       "Der armenische Ministerpräsident Nikol Paschinjan hatte Präsident Recep Tayyip Erdoğan am 7. Februar, einen Tag nach der Katastrophe, angerufen.",
       {"phone_call | party=Nikol Pashinyan party=Recep Tayyip Erdoğan | 2023-02-07"}},
  });
}

TEST_CASE("a place's own clause gives its tense, and a stop called off is not the visit made") {
  run({
      {"fr", "2022-12-05",
       "Arrivé dimanche dans la capitale sud-coréenne, le dirigeant vietnamien Nguyen Xuan Phuc doit repartir mardi.",
       {"visit | visitor=Nguyễn Xuân Phúc destination=South Korea | 2022-12-04"}, {"announced"}},
      {"fr", "2019-05-14",
       "Le secrétaire d'Etat américain, Mike Pompeo, s'est entretenu mardi 14 mai à Sotchi avec Sergueï Lavrov. "
       "M. Pompeo devait d'abord faire étape lundi à Moscou ; il y a renoncé.",
       {"visit | visitor=Mike Pompeo destination=Russia | 2019-05-14", "cancelled"}},
  });
}

TEST_CASE("trade: an amount in brackets is a conversion, and 'the two capitals' keep the pair told just before") {
  run({
      {"fr", "2022-12-05",
       "Le Vietnam détient des réserves de terres rares, derrière la Chine. Les échanges commerciaux entre la Corée du Sud et le Vietnam ont atteint 81 milliards de dollars "
       "(environ 77 milliards d'euros) en 2021, un volume multiplié par cent depuis 1992. Les deux pays veulent aller plus loin. "
       "Les deux capitales se sont fixé pour objectif de porter ce commerce bilatéral à 100 milliards de dollars dès 2023.",
       {"trade_figure | party=South Korea party=Vietnam | 2021 | occurred | 81000000000.000000 USD",
        "trade_figure | party=South Korea party=Vietnam | 2023"},
       {"EUR", "party=China"}},
  });
}

TEST_CASE("'the two governments' are those of the persons just told, not of a place named in passing") {
  run({
      {"es", "2013-09-07",
       "El presidente chino Xi Jinping llegó a Kazajistán procedente de San Petersburgo (Rusia), donde participó en la cumbre del G20. "
       "Tras reunirse con el presidente Nursultán Nazarbáyev, ambos mandatarios firmaron una declaración conjunta. "
       "El comercio bilateral alcanzó el año pasado unos 25.700 millones de dólares, y los dos Gobiernos se fijaron como meta elevarlo a 40.000 millones de dólares.",
       {"trade_figure | party=China party=Kazakhstan | 2012"}, {"party=Russia"}},
  });
}

TEST_CASE("a plural title names a group, never one person") {
  run({
      {"en", "2017-07-05",
       "Indian Prime Minister Narendra Modi arrived in Israel on Tuesday. His Israeli counterpart Benjamin Netanyahu met him at the airport, an honour normally kept for visiting US presidents.",
       {"visit | visitor=Narendra Modi destination=Israel | 2017-07-04"}, {"Donald Trump"}},
      {"es", "2018-11-30", "El anfitrión, Mauricio Macri, recibirá a los mandatarios en la cena de gala.", {}, {"visitor="}},
  });
}

TEST_CASE("the day the sentence before told dates what follows without one, and 'set foot in' is an arrival") {
  run({
      {"en", "2012-11-20",
       "Defense Secretary Leon Panetta had been in Bangkok on Thursday. Markets were calm. "
       "On Monday Obama became the first sitting US president to set foot in Myanmar. During a stop of six hours in Yangon he met President Thein Sein.",
       {"visit | visitor=Barack Obama destination=Myanmar (Burma) | 2012-11-19", "meeting | party=Barack Obama party=Thein Sein | 2012-11-19"},
       {"Thein Sein | 2012-11-15"}},
  });
}

TEST_CASE("a country's name followed by the country it lies in is a place there") {
  run({
      {"fr", "2023-10-24",
       "Le président azerbaïdjanais, Ilham Aliev, s'est rendu le 5 octobre au sommet de la Communauté politique européenne à Grenade, en Espagne.",
       {"visit | visitor=Ilham Aliyev destination=Spain"}, {"Grenada"}},
  });
}

TEST_CASE("a given name before a surname already known is one name, not another person of that given name") {
  run({
      {"nl", "2017-11-24",
       "Sargsjan sprak eerder met de Russische president Vladimir Poetin. De Wit-Russische president Aleksandr Loekasjenko bleef thuis. "
       "Hij stuurde zijn minister van Buitenlandse Zaken, Vladimir Makej, naar Brussel.",
       {"visit | visitor=Vladimir Makei destination=Belgium"}, {"visitor=Vladimir Putin"}},
      {"nl", "2014-07-19", "Donderdagavond had de Amerikaanse president Obama premier Mark Rutte al gebeld.",
       {"phone_call | party=Barack Obama party=Mark Rutte"}},
  });
}

TEST_CASE("a month after a capitalised start or end of a period in mid-sentence is a time") {
  run({
      {"de", "2009-11-04", "Erst Anfang September reiste die kroatische Ministerpräsidentin Jadranka Kosor nach Ljubljana.",
       {"visit | visitor=Jadranka Kosor destination=Slovenia | 2009-09"}},
  });
}

TEST_CASE("'a day after' an event just told dates what follows the day before that event") {
  run({
      {"en", "2024-08-27",
       "Indian Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Tuesday. "
       "The call came a day after Modi had talks with US President Joe Biden in Washington.",
       {"visit | visitor=Narendra Modi destination=United States | 2024-08-26", "phone_call | party=Narendra Modi party=Vladimir Putin | 2024-08-27"}},
  });
}

TEST_CASE("an event opening the sentence as the subject of a motion verb is no trip") {
  run({
      {"en", "2024-08-27", "The call came a day after Indian Prime Minister Narendra Modi talked about the war in Ukraine with Joe Biden.", {}, {"visit |"}},
      {"nl", "2014-03-22", "Na de top reist de Chinese president Xi Jinping door naar Frankrijk.", {"visit | visitor=Xi Jinping destination=France"}},
  });
}
