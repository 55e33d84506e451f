// Build-time generator: the cities of Debian's libgeonames (GeoNames cities with their country
// codes and populations) with their names in Dutch, German, French and Spanish from the
// libgeonames gettext catalogs, as a TSV compiled into the library (geo/cities.tsv):
//
//   geonameid  alpha2  population  name_en  name_nl  name_de  name_fr  name_es
//
// Usage: kg_gen_cities LOCALE_DIR MIN_POPULATION OUT.tsv
#include <geonames/geonames.h>

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace {

// id → translated name, from a GNU .mo catalog (msgid = GeoNames id, msgstr = name).
std::map<std::string, std::string> read_mo(const std::string& path) {
  std::map<std::string, std::string> out;
  std::ifstream in(path, std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < 28) return out;
  auto u32 = [&](std::size_t off, bool swap) -> std::uint32_t {
    const auto* p = reinterpret_cast<const unsigned char*>(data.data() + off);
    return swap ? (std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3])
                : (std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]);
  };
  const bool swap = u32(0, false) != 0x950412deu;
  if (swap && u32(0, true) != 0x950412deu) return out;
  const std::uint32_t n = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::size_t oe = orig + 8u * i, te = trans + 8u * i;
    if (te + 8 > data.size() || oe + 8 > data.size()) break;
    const std::uint32_t ol = u32(oe, swap), oo = u32(oe + 4, swap), tl = u32(te, swap), to = u32(te + 4, swap);
    if (oo + ol > data.size() || to + tl > data.size()) break;
    out.emplace(data.substr(oo, ol), data.substr(to, tl));
  }
  return out;
}

std::string clean(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: kg_gen_cities LOCALE_DIR MIN_POPULATION OUT.tsv\n");
    return 2;
  }
  const std::string locale_dir = argv[1];
  const unsigned min_population = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
  const char* langs[] = {"nl", "de", "fr", "es"};
  std::vector<std::map<std::string, std::string>> catalogs;
  for (const char* l : langs) catalogs.push_back(read_mo(locale_dir + "/" + l + "/LC_MESSAGES/geonames.mo"));
  std::map<long, std::string> rows;  // sorted by GeoNames id
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (geonames_city_get_population(c) < min_population) {
      geonames_city_free(c);
      continue;
    }
    // The city record: (id, name, admin1 code, admin1 name, country code, country, timezone,
    // population, latitude, longitude).
    const gchar* id = nullptr;
    g_variant_get_child(c, 0, "&s", &id);
    std::string row = std::string(id) + "\t" + geonames_city_get_country_code(c) + "\t" +
                      std::to_string(geonames_city_get_population(c)) + "\t" + clean(geonames_city_get_name(c));
    for (const auto& cat : catalogs) {
      auto it = cat.find(id);
      row += "\t" + (it == cat.end() ? std::string() : clean(it->second));
    }
    rows[std::strtol(id, nullptr, 10)] = row;
    geonames_city_free(c);
  }
  std::ofstream out(argv[3], std::ios::binary);
  out << "# geonameid\talpha2\tpopulation\ten\tnl\tde\tfr\tes (from libgeonames)\n";
  for (const auto& [key, row] : rows) out << row << "\n";
  return out.good() ? 0 : 1;
}
