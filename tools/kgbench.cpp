// kgbench: measures kgbuild's throughput and memory on a generated corpus.
//
//   kgbench --articles 5000 --jobs 2
//
// Writes N synthetic news articles (English, Dutch, German, French, Spanish; several event
// types each; plus filler paragraphs) into a temporary folder, runs the whole build on them and
// prints articles/s, MB/s and peak RSS. Figures are measured, never asserted.
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "kg/pipeline.h"

namespace {

struct Lang {
  const char* code;
  std::vector<const char*> countries;
  std::vector<const char*> templates;  // {A} person, {C}/{D} countries, {N} number, {Y} year
  const char* filler;
  const char* marker;  // publication marker line
};

const std::vector<Lang>& languages() {
  static const std::vector<Lang> kLangs = {
      {"en",
       {"China", "Russia", "Germany", "France", "Brazil", "Japan", "India", "Kenya", "Chile", "Norway"},
       {"Foreign Minister {A} of {C} will begin a two-day visit to {D} on Monday.",
        "{A} spoke by phone with his counterpart from {D} on Tuesday, the ministry said.",
        "{C} and {D} signed an agreement on energy cooperation on Wednesday.",
        "Bilateral trade between {C} and {D} reached more than {N} billion dollars in {Y}.",
        "Officials said the two countries agreed to renew the treaty this year."},
       "Analysts said the talks were likely to focus on infrastructure, energy and the regional security situation, "
       "and that both governments had prepared a long list of projects for the coming years.",
       "Published"},
      {"nl",
       {"China", "Rusland", "Duitsland", "Frankrijk", "Brazilië", "Japan", "India", "Kenia", "Chili", "Noorwegen"},
       {"Minister van Buitenlandse Zaken {A} van {C} brengt vanaf maandag een tweedaags bezoek aan {D}.",
        "{A} sprak dinsdag telefonisch met zijn ambtgenoot uit {D}, meldde het ministerie.",
        "{C} en {D} ondertekenden woensdag een akkoord over samenwerking op het gebied van energie.",
        "De handel tussen {C} en {D} bedroeg in {Y} meer dan {N} miljard dollar.",
        "De twee landen zijn overeengekomen het verdrag dit jaar te verlengen."},
       "Volgens analisten zullen de gesprekken vooral gaan over infrastructuur, energie en de veiligheid in de regio; "
       "beide regeringen hebben een lange lijst met projecten voorbereid.",
       "Plaatsingstijd:"},
      {"de",
       {"China", "Russland", "Deutschland", "Frankreich", "Brasilien", "Japan", "Indien", "Kenia", "Chile", "Norwegen"},
       {"Außenminister {A} aus {C} reist am Montag zu einem zweitägigen Besuch nach {D}.",
        "{A} telefonierte am Dienstag mit seinem Amtskollegen aus {D}, teilte das Ministerium mit.",
        "{C} und {D} unterzeichneten am Mittwoch ein Abkommen über Zusammenarbeit im Energiebereich.",
        "Das Handelsvolumen zwischen {C} und {D} lag {Y} bei mehr als {N} Milliarden Dollar.",
        "Die beiden Länder vereinbarten, den Vertrag in diesem Jahr zu verlängern."},
       "Beobachter erwarten, dass bei den Gesprächen Infrastruktur, Energie und die Sicherheitslage in der Region im "
       "Mittelpunkt stehen; beide Regierungen haben eine lange Projektliste vorbereitet.",
       "Veröffentlicht am"},
      {"fr",
       {"la Chine", "la Russie", "l'Allemagne", "la France", "le Brésil", "le Japon", "l'Inde", "le Kenya", "le Chili", "la Norvège"},
       {"Le ministre des Affaires étrangères {A} effectuera à partir de lundi une visite de deux jours en {D}.",
        "{A} s'est entretenu mardi par téléphone avec son homologue, a indiqué le ministère.",
        "{C} et {D} ont signé mercredi un accord de coopération énergétique.",
        "Les échanges commerciaux entre {C} et {D} ont dépassé {N} milliards de dollars en {Y}.",
        "Les deux pays sont convenus de renouveler le traité cette année."},
       "Selon les analystes, les discussions porteront surtout sur les infrastructures, l'énergie et la sécurité "
       "régionale; les deux gouvernements ont préparé une longue liste de projets.",
       "Publié le"},
      {"es",
       {"China", "Rusia", "Alemania", "Francia", "Brasil", "Japón", "India", "Kenia", "Chile", "Noruega"},
       {"El canciller {A} realizará a partir del lunes una visita oficial de dos días a {D}.",
        "{A} conversó el martes por teléfono con su homólogo, informó el ministerio.",
        "{C} y {D} firmaron el miércoles un acuerdo de cooperación energética.",
        "El comercio bilateral entre {C} y {D} superó los {N} mil millones de dólares en {Y}.",
        "Ambos países acordaron renovar el tratado este año."},
       "Según los analistas, las conversaciones se centrarán en infraestructura, energía y seguridad regional; ambos "
       "gobiernos prepararon una larga lista de proyectos.",
       "Publicado el"},
  };
  return kLangs;
}

std::string substitute(std::string s, const std::string& key, const std::string& value) {
  for (std::size_t p = s.find(key); p != std::string::npos; p = s.find(key, p + value.size())) s.replace(p, key.size(), value);
  return s;
}

// Writes n articles; returns the number of bytes written.
std::uintmax_t generate(const std::filesystem::path& dir, int n, unsigned seed) {
  static const char* kGiven[] = {"Anna", "Pieter", "Miguel", "Claire", "Stefan", "Laura", "Tomas", "Ines", "Jonas", "Elena"};
  static const char* kFamily[] = {"Verhoeven", "Morales", "Lindqvist", "Dubois", "Kowalski", "Ferreira", "Novak", "Brandt"};
  std::mt19937 rng(seed);
  std::uintmax_t bytes = 0;
  for (int i = 0; i < n; ++i) {
    const Lang& l = languages()[static_cast<std::size_t>(i) % languages().size()];
    const std::size_t c = rng() % l.countries.size();
    std::size_t d = rng() % l.countries.size();
    if (d == c) d = (d + 1) % l.countries.size();
    const std::string person = std::string(kGiven[rng() % 10]) + " " + kFamily[rng() % 8];
    std::string text;
    for (int para = 0; para < 3; ++para) {
      for (const char* t : l.templates) {
        std::string s = substitute(t, "{A}", person);
        s = substitute(s, "{C}", l.countries[c]);
        s = substitute(s, "{D}", l.countries[d]);
        s = substitute(s, "{N}", std::to_string(5 + rng() % 200));
        s = substitute(s, "{Y}", std::to_string(2015 + rng() % 8));
        if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
        text += s + " ";
      }
      text += "\n\n" + std::string(l.filler) + "\n\n";
    }
    text += std::string(l.marker) + " " + std::to_string(1 + rng() % 28) + "-0" + std::to_string(1 + rng() % 9) + "-2023\n";
    const auto path = dir / (std::string(l.code) + "-" + std::to_string(i) + ".txt");
    std::ofstream(path, std::ios::binary) << text;
    bytes += text.size();
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgbench — throughput and memory of kgbuild on a generated corpus"};
  int articles = 2000;
  unsigned jobs = 1, seed = 7;
  std::string keep;
  app.add_option("-n,--articles", articles, "Number of articles to generate")->check(CLI::Range(1, 10000000));
  app.add_option("-j,--jobs", jobs, "Articles extracted in parallel")->check(CLI::Range(1u, 256u));
  app.add_option("--seed", seed, "Random seed of the generator");
  app.add_option("--keep", keep, "Write the corpus and the outputs into this folder (kept)");
  CLI11_PARSE(app, argc, argv);

  namespace fs = std::filesystem;
  const fs::path root = keep.empty() ? fs::temp_directory_path() / ("kgbench-" + std::to_string(::getpid())) : fs::path(keep);
  const fs::path corpus = root / "articles", out = root / "out";
  fs::create_directories(corpus);
  const auto g0 = std::chrono::steady_clock::now();
  const std::uintmax_t bytes = generate(corpus, articles, seed);
  const double gen_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();

  kg::BuildOptions opt;
  opt.inputs = {corpus};
  opt.output_dir = out;
  opt.jobs = jobs;
  const auto t0 = std::chrono::steady_clock::now();
  auto r = kg::run_build(opt);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!r) {
    std::fprintf(stderr, "kgbench: %s\n", r.status().message().c_str());
    return 1;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("corpus      %d articles, %.2f MB (generated in %.2f s)\n", articles, static_cast<double>(bytes) / 1e6, gen_s);
  std::printf("build       %.2f s with %u job(s)\n", secs, jobs);
  std::printf("throughput  %.1f articles/s, %.2f MB/s\n", articles / secs, static_cast<double>(bytes) / 1e6 / secs);
  std::printf("events      %zu (%zu mentions)\n", r->events, r->mentions);
  std::printf("peak RSS    %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  if (keep.empty()) fs::remove_all(root);
  return 0;
}
