#include "lexicon/resources.h"

#include <unicode/locid.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <cstdlib>
#include <fmt/format.h>

#include "common/json_util.h"
#include "common/text_util.h"

namespace kg {

bool RoleSpan::covers(const PartialDate& when) const {
  if (when.empty() || start.empty()) return false;
  const long w = days_from_civil(first_day(when));
  if (w < days_from_civil(first_day(start))) return false;
  if (!end.empty() && days_from_civil(last_day(when)) > days_from_civil(last_day(end))) return false;
  return true;
}

namespace {

using rapidjson::Value;

std::string sv(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// A schema file that does not parse is a data error, not a bad article.
Status parse_schema(std::string_view text, rapidjson::Document& doc, const std::string& file) {
  Status st = json::parse(text, doc, file);
  return st ? st : Status::data_error("schema: " + st.message());
}

// An optional schema file: parsed into `doc`, which stays null when the schema has no such file.
Status parse_optional(const SchemaSource& src, const std::string& file, rapidjson::Document& doc) {
  const auto* text = src.find(file);
  return text ? parse_schema(*text, doc, file) : Status::ok();
}

Status expect(bool cond, const std::string& file, const std::string& what) {
  return cond ? Status::ok() : Status::data_error(file + ": " + what);
}

// Adds a list of phrases, or an object phrase → value, under one category.
enum class ValueKind { kNone, kInt, kNumber, kString };

Status add_group(PhraseTable& table, const Value& v, Cat cat, ValueKind kind, const std::string& file,
                 const std::string& path, std::int32_t ival = 0, const std::unordered_set<std::string>* ambiguous = nullptr) {
  auto flags_for = [&](const std::string& phrase) -> std::uint8_t {
    return (ambiguous && ambiguous->count(text::fold(phrase))) ? kFlagAmbiguous : 0;
  };
  if (kind == ValueKind::kNone) {
    KG_RETURN_IF_ERROR(expect(v.IsArray(), file, path + " must be a list of phrases"));
    for (const auto& x : v.GetArray()) {
      KG_RETURN_IF_ERROR(expect(x.IsString(), file, path + " holds a non-string"));
      Payload p{cat, flags_for(sv(x)), ival, 0, {}};
      table.add(sv(x), std::move(p));
    }
    return Status::ok();
  }
  KG_RETURN_IF_ERROR(expect(v.IsObject(), file, path + " must be an object phrase → value"));
  for (const auto& m : v.GetObject()) {
    const std::string phrase = sv(m.name);
    Payload p{cat, flags_for(phrase), ival, 0, {}};
    switch (kind) {
      case ValueKind::kInt:
        KG_RETURN_IF_ERROR(expect(m.value.IsInt(), file, path + "." + phrase + " must be an integer"));
        p.ival = m.value.GetInt();
        break;
      case ValueKind::kNumber:
        KG_RETURN_IF_ERROR(expect(m.value.IsNumber(), file, path + "." + phrase + " must be a number"));
        p.dval = m.value.GetDouble();
        break;
      case ValueKind::kString:
        KG_RETURN_IF_ERROR(expect(m.value.IsString(), file, path + "." + phrase + " must be a string"));
        p.sval = sv(m.value);
        break;
      case ValueKind::kNone:
        break;
    }
    table.add(phrase, std::move(p));
  }
  return Status::ok();
}

struct GroupSpec {
  const char* key;
  Cat cat;
  ValueKind kind;
  std::int32_t ival;
};

// Walks one object of the lexicon: every member must be a known group.
Status add_section(PhraseTable& table, const Value& obj, const std::vector<GroupSpec>& specs,
                   const std::string& file, const std::string& path) {
  KG_RETURN_IF_ERROR(expect(obj.IsObject(), file, path + " must be an object"));
  for (const auto& m : obj.GetObject()) {
    const std::string key = sv(m.name);
    auto it = std::find_if(specs.begin(), specs.end(), [&](const GroupSpec& g) { return key == g.key; });
    if (it == specs.end()) {
      std::string known;
      for (const auto& g : specs) known += std::string(known.empty() ? "" : ", ") + g.key;
      return Status::data_error(fmt::format("{}: unknown key {}.{} (expected one of: {})", file, path, key, known));
    }
    if (it->ival == -1) continue;  // a group read by its own code (known here so that it is no typo)
    KG_RETURN_IF_ERROR(add_group(table, m.value, it->cat, it->kind, file, path + "." + key, it->ival));
  }
  return Status::ok();
}

// Verbs whose particle comes later ("kwamen … aan", "sagte … ab"): the verb is the phrase, its
// particle (folded) goes in the payload, to be looked for further on in the sentence.
Status add_split_verbs(PhraseTable& table, const Value& obj, const char* key, Cat cat, const std::string& file,
                       const std::string& path) {
  for (const auto& phrase : json::get_strings(obj, key)) {
    const auto pos = phrase.find("…");
    KG_RETURN_IF_ERROR(expect(pos != std::string::npos, file, path + "." + key + ": \"" + phrase + "\" needs \"…\""));
    const std::string verb = text::trim(phrase.substr(0, pos)), particle = text::trim(phrase.substr(pos + std::string("…").size()));
    table.add(verb, Payload{cat, 0, 9, 0, text::fold(particle)});
  }
  return Status::ok();
}

PartialDate parse_date_field(const Value& obj, const char* key, const std::string& file, Status& st) {
  const std::string s = json::get_string(obj, key);
  if (s.empty()) return {};
  auto d = PartialDate::parse_iso(s);
  if (!d) st = Status::data_error(fmt::format("{}: {} \"{}\" is not an ISO date", file, key, s));
  return d.value_or(PartialDate{});
}

}  // namespace

Result<std::shared_ptr<const Resources>> Resources::load(const SchemaSource& source,
                                                        const std::vector<std::string>& languages) {
  auto res = std::shared_ptr<Resources>(new Resources());
  KG_RETURN_IF_ERROR(res->load_countries(source));
  KG_RETURN_IF_ERROR(res->load_persons(source));
  KG_RETURN_IF_ERROR(res->load_organizations(source));
  KG_RETURN_IF_ERROR(res->load_given_names(source));
  KG_RETURN_IF_ERROR(res->load_regions(source));
  KG_RETURN_IF_ERROR(res->load_parties(source));
  // Each current country's currency, for units several currencies share ("kroner").
  for (const auto& [code, c] : res->countries_) {
    if (c.historical || c.alpha2.empty()) continue;
    UErrorCode st = U_ZERO_ERROR;
    UChar buf[4] = {0, 0, 0, 0};
    const std::string locale = "und_" + c.alpha2;
    if (ucurr_forLocale(locale.c_str(), buf, 4, &st) == 3 && U_SUCCESS(st))
      res->currency_of_[code] = std::string{static_cast<char>(buf[0]), static_cast<char>(buf[1]), static_cast<char>(buf[2])};
  }
  KG_RETURN_IF_ERROR(res->load_event_types(source));
  KG_RETURN_IF_ERROR(res->load_cities(source));
  std::vector<std::string> codes = languages;
  if (codes.empty()) {
    for (const auto& path : source.list("lang/")) {
      const auto parts = text::split(path, '/');
      if (parts.size() == 3 && parts[2] == "lexicon.json") codes.push_back(parts[1]);
    }
  }
  if (codes.empty()) return Status::data_error("no language lexicon found under lang/ in " + source.origin());
  for (const auto& code : codes) KG_RETURN_IF_ERROR(res->load_language(source, code));
  if (const auto* ctx = source.find("context.jsonld")) {
    res->context_ = std::string(*ctx);
  } else {
    return Status::data_error("schema has no context.jsonld");
  }
  return std::shared_ptr<const Resources>(std::move(res));
}

Status Resources::load_countries(const SchemaSource& src) {
  // Every ISO 3166 region ICU knows, with its English name.
  // (Not the codes ICU lists for parts of a country or for groupings: the Canary Islands, Ceuta
  // and Melilla, Diego Garcia, Ascension, Tristan da Cunha, Clipperton, the EU, the UN.)
  static const std::set<std::string> kNotCountries = {"IC", "EA", "DG", "AC", "TA", "CP", "EU", "EZ", "UN", "QO"};
  for (const char* const* cc = icu::Locale::getISOCountries(); *cc; ++cc) {
    if (kNotCountries.count(*cc)) continue;
    icu::Locale loc("", *cc);
    const std::string a3 = loc.getISO3Country();
    if (a3.size() != 3) continue;
    icu::UnicodeString name;
    loc.getDisplayCountry(icu::Locale::getEnglish(), name);
    std::string utf8;
    name.toUTF8String(utf8);
    CountryInfo c;
    c.code = a3;
    c.alpha2 = *cc;
    c.name = utf8;
    countries_[a3] = c;
    alpha2_to_3_[*cc] = a3;
  }
  const std::string file = "actors/countries.json";
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_optional(src, file, doc));
  if (doc.IsNull()) return Status::ok();  // the QIDs are optional
  if (doc.HasMember("countries")) {
    KG_RETURN_IF_ERROR(expect(doc["countries"].IsObject(), file, "countries must be an object"));
    for (const auto& m : doc["countries"].GetObject()) {
      const std::string code = sv(m.name);
      auto it = countries_.find(code);
      if (it == countries_.end()) {
        // A code ICU lacks (e.g. Kosovo's XKX) needs its English name here.
        const std::string name = json::get_string(m.value, "name");
        if (name.empty()) return Status::data_error(file + ": unknown country code " + code + " without a name");
        CountryInfo c;
        c.code = code;
        c.alpha2 = json::get_string(m.value, "alpha2");
        c.name = name;
        it = countries_.emplace(code, c).first;
      }
      it->second.qid = json::get_string(m.value, "qid");
      it->second.form = json::get_string(m.value, "form");
    }
  }
  if (doc.HasMember("historical")) {
    KG_RETURN_IF_ERROR(expect(doc["historical"].IsObject(), file, "historical must be an object"));
    for (const auto& m : doc["historical"].GetObject()) {
      CountryInfo c;
      c.code = sv(m.name);
      c.alpha2 = json::get_string(m.value, "alpha2");
      c.name = json::get_string(m.value, "name");
      c.qid = json::get_string(m.value, "qid");
      c.historical = true;
      c.from_year = std::atoi(json::get_string(m.value, "from").c_str());
      c.to_year = std::atoi(json::get_string(m.value, "to").c_str());
      c.territories = json::get_strings(m.value, "territories");
      KG_RETURN_IF_ERROR(expect(!c.name.empty(), file, "historical state " + c.code + " has no name"));
      if (m.value.HasMember("names") && m.value["names"].IsObject())
        for (const auto& l : m.value["names"].GetObject())
          historical_names_[c.code][sv(l.name)] = json::get_strings(m.value["names"], l.name.GetString());
      if (m.value.HasMember("demonyms") && m.value["demonyms"].IsObject())
        for (const auto& l : m.value["demonyms"].GetObject())
          historical_demonyms_[c.code][sv(l.name)] = json::get_strings(m.value["demonyms"], l.name.GetString());
      countries_[c.code] = c;
    }
  }
  return Status::ok();
}

Status Resources::load_persons(const SchemaSource& src) {
  for (const auto& file : src.list("actors/persons/")) {
    rapidjson::Document doc;
    KG_RETURN_IF_ERROR(parse_schema(*src.find(file), doc, file));
    KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("persons") && doc["persons"].IsArray(), file,
                              "expected an object with a \"persons\" list"));
    const std::string file_country = json::get_string(doc, "country");
    for (const auto& p : doc["persons"].GetArray()) {
      PersonInfo info;
      info.name = json::get_string(p, "name");
      KG_RETURN_IF_ERROR(expect(!info.name.empty(), file, "a person without a name"));
      info.qid = json::get_string(p, "qid");
      if (!info.qid.empty() && (info.qid[0] != 'Q' || info.qid.size() < 2))
        return Status::data_error(file + ": " + info.name + ": qid \"" + info.qid + "\" is not a Wikidata id");
      info.id = info.qid.empty() ? text::slug(info.name) : info.qid;
      info.country = json::get_string(p, "country", file_country);
      if (!info.country.empty() && !countries_.count(info.country))
        return Status::data_error(file + ": " + info.name + ": unknown country " + info.country);
      info.gender = json::get_string(p, "gender");
      info.aliases = json::get_strings(p, "aliases");
      info.aliases.insert(info.aliases.begin(), info.name);
      info.surnames = json::get_strings(p, "surnames");
      if (p.HasMember("roles") && p["roles"].IsArray()) {
        for (const auto& r : p["roles"].GetArray()) {
          RoleSpan span;
          span.role = json::get_string(r, "role");
          span.title = json::get_string(r, "title");
          span.country = json::get_string(r, "country", info.country);
          span.org = json::get_string(r, "organization");
          Status st;
          span.start = parse_date_field(r, "start", file + ": " + info.name, st);
          span.end = parse_date_field(r, "end", file + ": " + info.name, st);
          KG_RETURN_IF_ERROR(st);
          info.roles.push_back(span);
        }
      }
      auto [it, fresh] = persons_.emplace(info.id, info);
      if (!fresh) {  // the same person listed twice (e.g. a national leader who later led the EU)
        PersonInfo& have = it->second;
        for (auto& a : info.aliases)
          if (std::find(have.aliases.begin(), have.aliases.end(), a) == have.aliases.end()) have.aliases.push_back(a);
        for (auto& s : info.surnames)
          if (std::find(have.surnames.begin(), have.surnames.end(), s) == have.surnames.end()) have.surnames.push_back(s);
        have.roles.insert(have.roles.end(), info.roles.begin(), info.roles.end());
        if (have.country.empty()) have.country = info.country;
        if (have.gender.empty()) have.gender = info.gender;
      }
    }
  }
  for (const auto& [id, p] : persons_) {
    // (Family name first in Chinese, Korean and Vietnamese names: "Premier Li" is Li Qiang.)
    static const std::set<std::string> kFamilyFirst = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"};
    for (const auto& a : p.aliases) {
      const auto words = text::split(text::fold(a), ' ');
      if (words.size() < 2) continue;
      for (const std::string& w : {words.back(), kFamilyFirst.count(p.country) ? words.front() : words.back()}) {
        auto& ids = last_names_[w];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
    }
    for (const auto& a : p.aliases) global_.add(a, Payload{Cat::kPerson, 0, 0, 0, id});
    for (const auto& s : p.surnames) global_.add(s, Payload{Cat::kPersonSurname, 0, 0, 0, id});
  }
  return Status::ok();
}

std::vector<const PersonInfo*> Resources::persons_by_last_name(const std::string& folded_word) const {
  std::vector<const PersonInfo*> out;
  if (auto it = last_names_.find(folded_word); it != last_names_.end())
    for (const auto& id : it->second) out.push_back(&persons_.at(id));
  return out;
}

Status Resources::load_organizations(const SchemaSource& src) {
  const std::string file = "actors/organizations.json";
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_optional(src, file, doc));
  if (doc.IsNull()) return Status::ok();
  KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("organizations") && doc["organizations"].IsArray(), file,
                            "expected an object with an \"organizations\" list"));
  for (const auto& o : doc["organizations"].GetArray()) {
    OrgInfo info;
    info.id = json::get_string(o, "id");
    info.name = json::get_string(o, "name");
    KG_RETURN_IF_ERROR(expect(!info.id.empty() && !info.name.empty(), file, "an organisation needs an id and a name"));
    info.qid = json::get_string(o, "qid");
    info.type = json::get_string(o, "type", "IntergovernmentalOrganization");
    info.country = json::get_string(o, "country");
    info.part_of = json::get_string(o, "partOf");
    info.seat = json::get_string(o, "seat");
    info.meets_at_seat = json::get_bool(o, "meets_at_seat");
    info.trade_bloc = json::get_bool(o, "trade_bloc");
    if (!info.seat.empty() && !countries_.count(info.seat))
      return Status::data_error(file + ": " + info.id + ": unknown seat country " + info.seat);
    info.aliases = json::get_strings(o, "aliases");
    info.members = json::get_strings(o, "members");
    for (const auto& m : info.members)
      if (!countries_.count(m)) return Status::data_error(file + ": " + info.id + ": unknown member " + m);
    info.aliases.insert(info.aliases.begin(), info.name);
    for (const auto& a : info.aliases) global_.add(a, Payload{Cat::kOrganization, 0, 0, 0, info.id});
    for (const auto& a : json::get_strings(o, "ambiguous_aliases"))
      global_.add(a, Payload{Cat::kOrganization, kFlagAmbiguous, 0, 0, info.id});
    for (const auto& a : json::get_strings(o, "adjectives"))  // "European exports": weak, like a demonym
      global_.add(text::fold(a), Payload{Cat::kOrganization, 0, 1, 0, info.id});
    if (!orgs_.emplace(info.id, info).second) return Status::data_error(file + ": duplicate organisation id " + info.id);
  }
  return Status::ok();
}

// Given names start the names of persons the registry does not know ("Kurt Volker"); East
// Asian family names start names written family name first ("Zheng Tuobin").
Status Resources::load_given_names(const SchemaSource& src) {
  const std::string file = "actors/given_names.json";
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_optional(src, file, doc));
  if (doc.IsNull()) return Status::ok();
  KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("names"), file, "expected an object with \"names\""));
  std::unordered_set<std::string> ambiguous;
  for (const auto& a : json::get_strings(doc, "ambiguous")) ambiguous.insert(text::fold(a));
  for (const auto& n : json::get_strings(doc, "names"))
    if (!ambiguous.count(text::fold(n))) global_.add(n, Payload{Cat::kGivenName, 0, 0, 0, {}});
  // Given names that are also words ("Marine", "Grace"): marked, for the contexts that decide.
  for (const auto& n : json::get_strings(doc, "ambiguous")) global_.add(n, Payload{Cat::kGivenName, kFlagAmbiguous, 0, 0, {}});
  for (const auto& n : json::get_strings(doc, "east_asian_family_names"))
    global_.add(n, Payload{Cat::kFamilyName, 0, 0, 0, {}});
  return Status::ok();
}

Status Resources::load_parties(const SchemaSource& src) {
  const std::string file = "actors/parties.json";
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_optional(src, file, doc));
  if (doc.IsNull()) return Status::ok();
  KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("parties") && doc["parties"].IsObject(), file,
                            "expected an object with a \"parties\" object"));
  for (const auto& c : doc["parties"].GetObject()) {
    const std::string country = sv(c.name);
    if (!countries_.count(country)) return Status::data_error(file + ": unknown country " + country);
    for (const auto& n : json::get_strings(doc["parties"], c.name.GetString()))
      if (!parties_.emplace(text::fold(n), country).second && parties_.at(text::fold(n)) != country)
        return Status::data_error(file + ": party " + n + " listed for two countries");
  }
  return Status::ok();
}

const std::string& Resources::currency_of(const std::string& country) const {
  static const std::string none;
  const auto it = currency_of_.find(country);
  return it == currency_of_.end() ? none : it->second;
}

const std::string& Resources::party_country(const std::string& folded_name) const {
  static const std::string none;
  const auto it = parties_.find(folded_name);
  return it == parties_.end() ? none : it->second;
}

Status Resources::load_regions(const SchemaSource& src) {
  const std::string file = "actors/regions.json";
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_optional(src, file, doc));
  if (doc.IsNull()) return Status::ok();
  KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("regions") && doc["regions"].IsArray(), file,
                            "expected an object with a \"regions\" list"));
  for (const auto& r : doc["regions"].GetArray()) {
    RegionInfo info;
    info.id = json::get_string(r, "id");
    info.country = json::get_string(r, "country");
    info.name = json::get_string(r, "name");
    info.qid = json::get_string(r, "qid");
    KG_RETURN_IF_ERROR(expect(!info.id.empty() && !info.name.empty(), file, "a region needs an id and a name"));
    if (!countries_.count(info.country)) return Status::data_error(file + ": " + info.id + ": unknown country " + info.country);
    for (const char* key : {"names", "demonyms"}) {
      if (!r.HasMember(key) || !r[key].IsObject()) continue;
      for (const auto& l : r[key].GetObject())
        (std::string(key) == "names" ? info.names : info.demonyms)[sv(l.name)] = json::get_strings(r[key], l.name.GetString());
    }
    if (!regions_.emplace(info.id, info).second) return Status::data_error(file + ": duplicate region " + info.id);
  }
  return Status::ok();
}

Status Resources::load_event_types(const SchemaSource& src) {
  const std::string file = "event_types.json";
  const auto* text = src.find(file);
  if (!text) return Status::data_error("schema has no " + file);
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_schema(*text, doc, file));
  KG_RETURN_IF_ERROR(expect(doc.IsObject() && doc.HasMember("types") && doc["types"].IsObject(), file,
                            "expected an object with \"types\""));
  auto codes = [&](const Value& v, const std::string& what, EventCodes& out) -> Status {
    out.cameo = json::get_string(v, "cameo");
    out.plover = json::get_string(v, "plover");
    out.mode = json::get_string(v, "mode");
    out.context = json::get_string(v, "context");
    out.label = json::get_string(v, "label");
    const bool digits = !out.cameo.empty() && std::all_of(out.cameo.begin(), out.cameo.end(), [](char c) { return c >= '0' && c <= '9'; });
    return expect(digits && !out.plover.empty(), file, what + " needs a numeric \"cameo\" code and a \"plover\" category");
  };
  for (const auto& m : doc["types"].GetObject()) {
    const std::string type = sv(m.name);
    EventCodes base;
    KG_RETURN_IF_ERROR(codes(m.value, type, base));
    std::optional<EventCodes> intent;
    if (m.value.HasMember("intent")) {
      EventCodes i;
      KG_RETURN_IF_ERROR(codes(m.value["intent"], type + ".intent", i));
      intent = i;
    }
    event_codes_[type] = {base, intent};
  }
  return Status::ok();
}

// Cities from libgeonames (geo/cities.tsv, generated at build time): they lie in their country.
Status Resources::load_cities(const SchemaSource& src) {
  const std::string file = "geo/cities.tsv";
  const auto* text = src.find(file);
  if (!text) return Status::ok();
  std::size_t start = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    if (end == std::string_view::npos) end = text->size();
    const std::string_view line = text->substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    const auto cols = text::split(line, '\t');
    if (cols.size() < 8) return Status::data_error(file + ": a line with fewer than 8 columns");
    auto a3 = alpha2_to_3_.find(cols[1]);
    if (a3 == alpha2_to_3_.end()) continue;  // a territory ICU does not list
    City c;
    c.country = a3->second;
    c.population = static_cast<unsigned>(std::strtoul(cols[2].c_str(), nullptr, 10));
    c.names.assign(cols.begin() + 3, cols.begin() + 8);
    cities_.push_back(std::move(c));
  }
  return Status::ok();
}

// Adds the cities in one language, leaving out names that mean something else: a word of the
// lexicon, a country, a given name, a curated place, or a larger city elsewhere of the same name.
void Resources::add_cities(LanguageData& lang, std::size_t column) {
  // The city's name in this language and, where it differs, its international (English) one:
  // German papers write "Samarkand" where the catalogue says "Samarqand".
  auto names_of = [&](const City& c) {
    std::vector<std::string> out;
    if (column < c.names.size() && !c.names[column].empty()) out.push_back(c.names[column]);
    if (!c.names.empty() && !c.names[0].empty() && (out.empty() || out[0] != c.names[0])) out.push_back(c.names[0]);
    return out;
  };
  std::unordered_map<std::string, const City*> best;  // folded name → most populous city
  for (const auto& c : cities_)
    for (const auto& name : names_of(c)) {
      auto& b = best[text::fold(name)];
      if (!b || c.population > b->population) b = &c;
    }
  // Other towns of 15,000 or more with the same name, in other countries ("Valencia": Venezuela's,
  // and Spain's): the article's countries choose among them.
  std::unordered_map<std::string, std::vector<std::pair<unsigned, std::string>>> others;
  for (const auto& c : cities_)
    for (const auto& name : names_of(c)) {
      const City* b = best[text::fold(name)];
      if (b != &c && c.country != b->country && c.population >= 15000) others[text::fold(name)].emplace_back(c.population, c.country);
    }
  std::vector<std::pair<std::string, const City*>> sorted;
  for (const auto& c : cities_)
    for (const auto& name : names_of(c))
      if (best[text::fold(name)] == &c) sorted.emplace_back(name, &c);
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  for (const auto& [name, c] : sorted) {
    if (text::count_cps(name) < 4 || !text::starts_upper(name)) continue;
    const auto toks = tokenize(name);
    if (toks.empty()) continue;
    std::vector<Match> ms;
    lang.table.matches_at(name, toks, 0, toks.size(), ms);
    global_.matches_at(name, toks, 0, toks.size(), ms);
    bool taken = false;
    for (const auto& m : ms)  // any reading at all: leave the name alone (a given name that is also a word is none)
      taken |= m.begin == 0 && !(m.payload->cat == Cat::kGivenName && (m.payload->flags & kFlagAmbiguous));
    if (taken) continue;
    std::uint8_t flags = c->population < 250000 ? kFlagAmbiguous : 0;
    if (c->population < 100000) flags |= kFlagSmallPlace;
    flags |= kFlagCityDb;
    std::string countries = c->country;
    if (auto o = others.find(text::fold(name)); o != others.end()) {
      auto alts = o->second;
      std::sort(alts.begin(), alts.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
      for (const auto& [pop, cc] : alts)
        if (countries.find(cc) == std::string::npos) countries += "|" + cc;
    }
    lang.table.add(name, Payload{Cat::kPlace, flags, 0, 0, countries});
  }
}

const EventCodes* Resources::event_codes(const std::string& type, bool intent) const {
  auto it = event_codes_.find(type);
  if (it == event_codes_.end()) return nullptr;
  if (intent && it->second.second) return &*it->second.second;
  return &it->second.first;
}

const RegionInfo* Resources::region(const std::string& id) const {
  auto it = regions_.find(id);
  return it == regions_.end() ? nullptr : &it->second;
}

namespace {

std::string utf8_of(const UChar* s, int32_t len) {
  std::string out;
  if (s && len > 0) icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

// CLDR's names of the world's current currencies in language `code`: the full names ("Malaysian
// ringgit", "ringgits malais", their plurals) and, where only one currency has it, the bare unit
// ("ringgit", "dong", "złoty"), which counts only after its number ("3 billion won", not "won 3
// seats"). Units several currencies share ("dollar", "peso", "rupee", "franc") are left to the
// lexicon, which says which one a bare word means. Phrases the lexicon defines are not touched.
void add_cldr_currencies(PhraseTable& t, const std::string& code, bool adjective_after_noun, const rapidjson::Document& doc) {
  std::unordered_set<std::string> lexicon;
  if (doc.HasMember("numbers") && doc["numbers"].IsObject() && doc["numbers"].HasMember("currencies") &&
      doc["numbers"]["currencies"].IsObject())
    for (const auto& c : doc["numbers"]["currencies"].GetObject()) lexicon.insert(text::fold(sv(c.name)));

  struct Names {
    std::set<std::string> full, units;
  };
  std::map<std::string, Names> by_code;
  std::map<std::string, std::set<std::string>> unit_codes;  // folded unit → currencies
  UErrorCode st = U_ZERO_ERROR;
  UEnumeration* all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &st);
  if (U_FAILURE(st)) return;
  while (const char* iso = uenum_next(all, nullptr, &st)) {
    const std::string cur = iso;
    // Precious metals, drawing rights and test codes are no money a trade figure is counted in.
    if (cur.size() != 3 || (cur[0] == 'X' && cur != "XOF" && cur != "XAF" && cur != "XCD" && cur != "XPF")) continue;
    const UChar uc[4] = {static_cast<UChar>(cur[0]), static_cast<UChar>(cur[1]), static_cast<UChar>(cur[2]), 0};
    Names& n = by_code[cur];
    for (const char* plural : {"one", "other"}) {
      UErrorCode s2 = U_ZERO_ERROR;
      UBool choice = false;
      int32_t len = 0;
      const UChar* name = ucurr_getPluralName(uc, code.c_str(), &choice, plural, &len, &s2);
      const std::string full = U_SUCCESS(s2) ? utf8_of(name, len) : std::string();
      if (full.empty() || full == cur) continue;
      n.full.insert(full);
      const auto words = text::split(full, ' ');
      if (words.size() < 2) continue;  // "euro": the full name is the unit
      const std::string unit = adjective_after_noun ? words.front() : words.back();
      n.units.insert(unit);
      unit_codes[text::fold(unit)].insert(cur);
    }
  }
  uenum_close(all);
  for (const auto& [cur, n] : by_code) {
    for (const auto& f : n.full)
      if (!lexicon.count(text::fold(f))) t.add(f, Payload{Cat::kCurrency, 0, 0, 0, cur});
    for (const auto& u : n.units) {
      if (lexicon.count(text::fold(u)) || n.full.count(u)) continue;
      const auto& codes = unit_codes[text::fold(u)];
      if (codes.size() == 1) {
        t.add(u, Payload{Cat::kCurrency, kFlagPostfix, 0, 0, cur});
      } else if (cur == *codes.begin() && codes.size() <= 4) {
        // A unit a few currencies share ("kroner": DKK, NOK): all of them, for the countries
        // the article names to choose from (a unit most of the world shares stays out).
        std::string joined;
        for (const auto& x : codes) joined += (joined.empty() ? "" : "|") + x;
        t.add(u, Payload{Cat::kCurrency, kFlagPostfix, 0, 0, joined});
      }
    }
  }
}

}  // namespace

Status Resources::load_language(const SchemaSource& src, const std::string& code) {
  const std::string file = "lang/" + code + "/lexicon.json";
  const auto* text = src.find(file);
  if (!text) return Status::data_error("no lexicon for language \"" + code + "\" (" + file + ")");
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(parse_schema(*text, doc, file));
  KG_RETURN_IF_ERROR(expect(doc.IsObject(), file, "must be a JSON object"));
  LanguageData lang;
  lang.code = code;
  PhraseTable& t = lang.table;
  for (const auto& m : doc.GetObject()) {
    const std::string key = sv(m.name);
    const Value& v = m.value;
    if (key == "language") {
      KG_RETURN_IF_ERROR(expect(v.IsString() && sv(v) == code, file, "\"language\" must be \"" + code + "\""));
    } else if (key == "name") {
      lang.name = v.IsString() ? sv(v) : "";
    } else if (key == "decimal_separator" || key == "group_separator") {
      KG_RETURN_IF_ERROR(expect(v.IsString() && v.GetStringLength() == 1, file, key + " must be one character"));
      (key == "decimal_separator" ? lang.decimal : lang.group) = v.GetString()[0];
    } else if (key == "ordinal_dot" || key == "capitalized_nouns" || key == "accent_sensitive" ||
               key == "adjective_after_noun" || key == "declined_names" || key == "verb_last" || key == "pro_drop") {
      KG_RETURN_IF_ERROR(expect(v.IsBool(), file, key + " must be true or false"));
      if (key == "accent_sensitive") t.set_accent_sensitive(v.GetBool());
      else if (key == "adjective_after_noun") lang.adjective_after_noun = v.GetBool();
      else if (key == "declined_names") lang.declined_names = v.GetBool();
      else if (key == "verb_last") lang.verb_last = v.GetBool();
      else if (key == "pro_drop") lang.pro_drop = v.GetBool();
      else if (key == "capitalized_nouns") t.set_capitalized_nouns(lang.capitalized_nouns = v.GetBool());
      else lang.ordinal_dot = v.GetBool();
    } else if (key == "name_suffixes") {
      for (const auto& x : json::get_strings(doc, "name_suffixes")) lang.name_suffixes.push_back(text::fold(x));
    } else if (key == "abbreviations") {
      for (const auto& a : json::get_strings(doc, "abbreviations")) lang.abbreviations.insert(text::fold(a));
    } else if (key == "dates") {
      KG_RETURN_IF_ERROR(add_section(t, v, {{"months", Cat::kMonth, ValueKind::kInt, 0},
                                            {"weekdays", Cat::kWeekday, ValueKind::kInt, 0},
                                            {"weekday_last", Cat::kWeekdayLast, ValueKind::kNone, 0},
                                            {"weekday_next", Cat::kWeekdayNext, ValueKind::kNone, 0},
                                            {"relative_days", Cat::kRelDay, ValueKind::kInt, 0},
                                            {"days_from_told", Cat::kDaysFromTold, ValueKind::kInt, 0},
                                            {"relative_weeks", Cat::kRelWeek, ValueKind::kInt, 0},
                                            {"relative_months", Cat::kRelMonth, ValueKind::kInt, 0},
                                            {"relative_years", Cat::kRelYear, ValueKind::kInt, 0},
                                            {"year_parts", Cat::kYearPart, ValueKind::kString, 0},
                                            {"holidays", Cat::kHoliday, ValueKind::kString, 0},
                                            {"offset_words", Cat::kOffsetWord, ValueKind::kNone, 0},
                                            {"offset_after", Cat::kOffsetAfter, ValueKind::kNone, 0},
                                            {"same_year", Cat::kSameYear, ValueKind::kNone, 0},
                                            {"day_parts", Cat::kDayPart, ValueKind::kNone, 0},
                                            {"from", Cat::kFrom, ValueKind::kNone, 0},
                                            {"until", Cat::kUntil, ValueKind::kNone, 0},
                                            {"since", Cat::kSince, ValueKind::kNone, 0},
                                            {"duration_units", Cat::kDurationUnit, ValueKind::kInt, 0},
                                            {"period_start", Cat::kPeriodStart, ValueKind::kNone, 0},
                                            {"period_end", Cat::kPeriodEnd, ValueKind::kNone, 0},
                                            {"year_words", Cat::kYearWord, ValueKind::kNone, 0},
                                            {"years_ahead", Cat::kYearsAhead, ValueKind::kNone, 0},
                                            {"publication_markers", Cat::kPublicationMarker, ValueKind::kNone, 0}},
                                     file, "dates"));
      if (v.HasMember("months") && v["months"].IsObject())
        for (const auto& mm : v["months"].GetObject())
          if (mm.value.IsInt()) {
            month_names_[text::fold(sv(mm.name))] = mm.value.GetInt();
            lang.months[text::fold(sv(mm.name))] = mm.value.GetInt();
          }
      if (v.HasMember("duration_units") && v["duration_units"].IsObject())
        for (const auto& du : v["duration_units"].GetObject())
          if (du.value.IsInt()) lang.duration_units.emplace_back(text::fold(sv(du.name)), du.value.GetInt());
      std::sort(lang.duration_units.begin(), lang.duration_units.end(),
                [](const auto& a, const auto& b) { return a.first.size() > b.first.size() || (a.first.size() == b.first.size() && a.first < b.first); });
      for (const auto& pm : json::get_strings(v, "publication_markers")) publication_markers_.push_back(text::fold(pm));
    } else if (key == "numbers") {
      if (v.IsObject() && v.HasMember("words") && v["words"].IsObject())
        for (const auto& w : v["words"].GetObject())
          if (w.value.IsNumber()) lang.number_words[text::fold(sv(w.name))] = w.value.GetDouble();
      if (v.IsObject() && v.HasMember("scales") && v["scales"].IsObject())
        for (const auto& w : v["scales"].GetObject())
          if (w.value.IsNumber()) lang.scale_suffixes.emplace_back(text::fold(sv(w.name)), w.value.GetDouble());
      KG_RETURN_IF_ERROR(add_section(t, v, {{"words", Cat::kNumberWord, ValueKind::kNumber, 0},
                                            {"scales", Cat::kScale, ValueKind::kNumber, 0},
                                            {"currencies", Cat::kCurrency, ValueKind::kString, 0},
                                            {"qualifiers", Cat::kQualifier, ValueKind::kString, 0},
                                            {"percent", Cat::kPercent, ValueKind::kNone, 0},
                                            {"times", Cat::kTimes, ValueKind::kNone, 0},
                                            {"multiplicatives", Cat::kMultiplicative, ValueKind::kNumber, 0}},
                                     file, "numbers"));
    } else if (key == "titles") {
      KG_RETURN_IF_ERROR(add_group(t, v, Cat::kTitle, ValueKind::kString, file, "titles"));
    } else if (key == "plural_titles") {
      for (const auto& f : json::get_strings(doc, "plural_titles")) lang.plural_titles.insert(text::fold(f));
    } else if (key == "feminine_titles") {
      for (const auto& f : json::get_strings(doc, "feminine_titles")) {
        const std::string folded = text::fold(f);
        if (!folded.empty() && folded[0] == '*') lang.feminine_title_endings.push_back(folded.substr(1));
        else lang.feminine_titles.insert(folded);
      }
    } else if (key == "organisations") {
      // Head words of organisation names ("Ministerie van …", "Agence française de …",
      // "*kammer"): 1 = a government body, 0 = any other organisation.
      KG_RETURN_IF_ERROR(add_section(t, v, {{"government", Cat::kOrgHead, ValueKind::kNone, 1},
                                            {"other", Cat::kOrgHead, ValueKind::kNone, 0}},
                                     file, "organisations"));
    } else if (key == "events") {
      KG_RETURN_IF_ERROR(expect(v.IsObject(), file, "events must be an object"));
      for (const auto& e : v.GetObject()) {
        const std::string type = sv(e.name);
        std::vector<GroupSpec> specs;
        if (type == "visit") {
          specs = {{"nouns", Cat::kVisitNoun, ValueKind::kNone, 0},      {"verbs", Cat::kVisitVerb, ValueKind::kNone, 0},
                   {"motion", Cat::kMotionVerb, ValueKind::kNone, 0},    {"arrival", Cat::kArrivalVerb, ValueKind::kNone, 0},
                   {"destination_prepositions", Cat::kDestPrep, ValueKind::kNone, 0},
                   {"summit", Cat::kSummit, ValueKind::kNone, 0},
                   {"attendance", Cat::kAttend, ValueKind::kNone, 0},
                   {"attendance_weak", Cat::kAttend, ValueKind::kNone, 1},
                   {"departure", Cat::kDeparture, ValueKind::kNone, 0},
                   {"first_day", Cat::kFirstDay, ValueKind::kNone, 0},
                   {"last_day", Cat::kLastDay, ValueKind::kNone, 0},
                   {"conclude", Cat::kLastDay, ValueKind::kNone, 1},
                   {"host", Cat::kHostVerb, ValueKind::kNone, 0},
                   {"arrival_split", Cat::kArrivalVerb, ValueKind::kNone, -1},
                   {"guests", Cat::kGuests, ValueKind::kNone, 0},
                   {"guests_here", Cat::kGuests, ValueKind::kNone, 1},
                   {"guests_before", Cat::kGuests, ValueKind::kNone, 2},
                   {"invite", Cat::kInvite, ValueKind::kNone, 0},
                   {"dispatch", Cat::kInvite, ValueKind::kNone, 1},
                   {"stay", Cat::kStay, ValueKind::kNone, 0},
                   {"delegation", Cat::kDelegation, ValueKind::kNone, 0},
                   {"led_by", Cat::kLedBy, ValueKind::kNone, 0},
                   {"host_nouns", Cat::kHostNoun, ValueKind::kNone, 0},
                   {"stopover", Cat::kStopover, ValueKind::kNone, 0},
                   {"itinerary", Cat::kItinerary, ValueKind::kNone, 0},
                   {"tour_countries", Cat::kTourCountries, ValueKind::kNone, 0},
                   {"trip_end", Cat::kTripEnd, ValueKind::kNone, 0}};
        } else if (type == "phone_call") {
          specs = {{"nouns", Cat::kPhoneNoun, ValueKind::kNone, 0}, {"verbs", Cat::kPhoneVerb, ValueKind::kNone, 0},
                   {"phrases", Cat::kPhonePhrase, ValueKind::kNone, 0}, {"weak", Cat::kPhoneVerb, ValueKind::kNone, 1},
                   {"call_verbs", Cat::kPhoneVerb, ValueKind::kNone, 2}, {"call_split", Cat::kPhoneVerb, ValueKind::kNone, -1}};
        } else if (type == "treaty") {
          specs = {{"nouns", Cat::kTreatyNoun, ValueKind::kNone, 0},   {"signed_nouns", Cat::kTreatyNoun, ValueKind::kNone, 1},
                   {"sign", Cat::kTreatyAction, ValueKind::kNone, 1},
                   {"renew", Cat::kTreatyAction, ValueKind::kNone, 2}, {"extend", Cat::kTreatyAction, ValueKind::kNone, 3},
                   {"ratify", Cat::kTreatyAction, ValueKind::kNone, 4}, {"join", Cat::kTreatyAction, ValueKind::kNone, 5},
                   {"member", Cat::kMemberNoun, ValueKind::kNone, 0},  {"become", Cat::kBecome, ValueKind::kNone, 0},
                   {"approve", Cat::kApprove, ValueKind::kNone, 0}};
        } else if (type == "trade") {
          specs = {{"trade", Cat::kTradeNoun, ValueKind::kNone, 0},   {"export", Cat::kTradeNoun, ValueKind::kNone, 1},
                   {"import", Cat::kTradeNoun, ValueKind::kNone, 2},  {"surplus", Cat::kTradeNoun, ValueKind::kNone, 3},
                   {"deficit", Cat::kTradeNoun, ValueKind::kNone, 4}, {"goods", Cat::kTradeNoun, ValueKind::kNone, 5},
                   {"bilateral", Cat::kBilateral, ValueKind::kNone, 0},
                   {"comparison", Cat::kComparison, ValueKind::kNone, 0},   {"context", Cat::kTradeContext, ValueKind::kNone, 0},
                   {"multilateral", Cat::kMultilateral, ValueKind::kNone, 0}, {"funds", Cat::kFunds, ValueKind::kNone, 0}};
        } else if (type == "meeting") {
          specs = {{"nouns", Cat::kMeetingNoun, ValueKind::kNone, 0}, {"verbs", Cat::kMeetingVerb, ValueKind::kNone, 0}};
        } else {
          return Status::data_error(file + ": unknown event type events." + type +
                                    " (expected visit, phone_call, treaty, trade, meeting)");
        }
        // Separable verbs whose particle comes later: "kwamen … aan", "traf … ein" (the verb is
        // the trigger; its particle must follow in the sentence).
        if (type == "visit" && e.value.IsObject() && e.value.HasMember("arrival_split"))
          KG_RETURN_IF_ERROR(add_split_verbs(t, e.value, "arrival_split", Cat::kArrivalVerb, file, "events.visit"));
        if (type == "phone_call" && e.value.IsObject() && e.value.HasMember("call_split"))
          KG_RETURN_IF_ERROR(add_split_verbs(t, e.value, "call_split", Cat::kPhoneVerb, file, "events.phone_call"));
        KG_RETURN_IF_ERROR(add_section(t, e.value, specs, file, "events." + type));
      }
    } else if (key == "cues") {
      KG_RETURN_IF_ERROR(add_section(t, v, {{"future", Cat::kFuture, ValueKind::kNone, 0},
                                            {"past", Cat::kPast, ValueKind::kNone, 0},
                                            {"cancel", Cat::kCancel, ValueKind::kNone, 0},
                                            {"negation", Cat::kNegation, ValueKind::kNone, 0},
                                            {"hypothetical", Cat::kHypothetical, ValueKind::kNone, 0},
                                            {"uncertain", Cat::kHypothetical, ValueKind::kNone, 1},
                                            {"habitual", Cat::kHypothetical, ValueKind::kNone, 0},
                                            {"here", Cat::kHere, ValueKind::kNone, 0},
                                            {"report", Cat::kReport, ValueKind::kNone, 0},
                                            {"reported_future", Cat::kReportedFuture, ValueKind::kNone, 0},
                                            {"cancel_split", Cat::kCancel, ValueKind::kNone, -1}},
                                     file, "cues"));
      // "sagte … ab": a cancelling verb whose particle comes later.
      if (v.IsObject() && v.HasMember("cancel_split"))
        KG_RETURN_IF_ERROR(add_split_verbs(t, v, "cancel_split", Cat::kCancel, file, "cues"));
    } else if (key == "grammar") {
      KG_RETURN_IF_ERROR(expect(v.IsObject(), file, "grammar must be an object"));
      for (const auto& g : v.GetObject()) {
        const std::string gk = sv(g.name);
        if (gk == "pronouns" || gk == "possessives") {
          const Cat cat = gk == "pronouns" ? Cat::kPronoun : Cat::kPossessive;
          KG_RETURN_IF_ERROR(add_section(t, g.value, {{"male", cat, ValueKind::kNone, 1},
                                                      {"female", cat, ValueKind::kNone, 2},
                                                      {"plural", cat, ValueKind::kNone, 3}},
                                         file, "grammar." + gk));
          continue;
        }
        static const std::vector<GroupSpec> kGrammar = {
            {"with", Cat::kWith, ValueKind::kNone, 0}, {"together_with", Cat::kWith, ValueKind::kNone, 1},           {"between", Cat::kBetween, ValueKind::kNone, 0},
            {"and", Cat::kAnd, ValueKind::kNone, 0},             {"of", Cat::kOf, ValueKind::kNone, 0},
            {"from", Cat::kFromPrep, ValueKind::kNone, 0},       {"to", Cat::kToPrep, ValueKind::kNone, 0},
            {"by", Cat::kBy, ValueKind::kNone, 0},               {"according_to", Cat::kAccordingTo, ValueKind::kNone, 0},
            {"determiners", Cat::kDeterminer, ValueKind::kNone, 0}, {"speech_verbs", Cat::kSpeechVerb, ValueKind::kNone, 0},
            {"two_countries", Cat::kTwoCountries, ValueKind::kNone, 0}, {"the_country", Cat::kTheCountry, ValueKind::kNone, 0}, {"the_kingdom", Cat::kTheCountry, ValueKind::kNone, 1}, {"the_emirate", Cat::kTheCountry, ValueKind::kNone, 2},
            {"topic", Cat::kTopic, ValueKind::kNone, 0},             {"reciprocal", Cat::kReciprocal, ValueKind::kNone, 0},
            {"demonstratives", Cat::kDemonstrative, ValueKind::kNone, 0},
            {"at_home_of", Cat::kAtHomeOf, ValueKind::kNone, 0},
            {"honorifics", Cat::kHonorific, ValueKind::kNone, 0},
            {"indefinite", Cat::kIndefinite, ValueKind::kNone, 0},  {"ordinals", Cat::kOrdinal, ValueKind::kNone, 0},
            {"one_article", Cat::kOneArticle, ValueKind::kNone, 0},  {"including", Cat::kIncluding, ValueKind::kNone, 0},
            {"named_after", Cat::kNamedAfter, ValueKind::kNone, 0},  {"previous", Cat::kPrevious, ValueKind::kNone, 0}, {"same", Cat::kSame, ValueKind::kNone, 0}, {"followed_by", Cat::kFollowedBy, ValueKind::kNone, 0}, {"both", Cat::kBothFirst, ValueKind::kNone, 0}, {"both_and", Cat::kBothSecond, ValueKind::kNone, 0},
            {"two_persons", Cat::kTwoPersons, ValueKind::kNone, 0},   {"three_persons", Cat::kTwoPersons, ValueKind::kNone, 3},   {"capital_words", Cat::kCapitalWord, ValueKind::kNone, 0},
            {"city_words", Cat::kCityWord, ValueKind::kNone, 0},
            {"complementizers", Cat::kComplementizer, ValueKind::kNone, 0},
            {"during", Cat::kDuring, ValueKind::kNone, 0},
            {"fronting", Cat::kFronting, ValueKind::kNone, 0},
            {"sequence", Cat::kSequence, ValueKind::kNone, 0},
            {"object_pronouns", Cat::kObjectPronoun, ValueKind::kNone, 0},
            {"not_names", Cat::kNotName, ValueKind::kNone, 0},
            {"locative", Cat::kLocative, ValueKind::kNone, 0},       {"relative", Cat::kRelative, ValueKind::kNone, 0},
            {"infinitive", Cat::kInfinitive, ValueKind::kNone, 0},   {"definite", Cat::kDefinite, ValueKind::kNone, 0},   {"not_triggers", Cat::kNotTrigger, ValueKind::kNone, 0}};
        auto it = std::find_if(kGrammar.begin(), kGrammar.end(), [&](const GroupSpec& s) { return gk == s.key; });
        if (it == kGrammar.end()) return Status::data_error(file + ": unknown key grammar." + gk);
        KG_RETURN_IF_ERROR(add_group(t, g.value, it->cat, it->kind, file, "grammar." + gk, it->ival));
      }
    } else {
      return Status::data_error(file + ": unknown top-level key \"" + key + "\"");
    }
  }

  // Currency names from ICU/CLDR in this language, after the lexicon's own (which win).
  add_cldr_currencies(t, code, lang.adjective_after_noun, doc);

  // German declines the adjectives in names: "die Vereinigten Staaten", "im Vereinigten
  // Königreich", "der Dominikanischen Republik" (lexicon flag "declined_names").
  auto declined = [&](const std::string& name) {
    std::vector<std::string> out;
    if (!lang.declined_names) return out;
    auto words = text::split(name, ' ');
    if (words.size() < 2) return out;
    bool changed = false;
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      std::string& x = words[w];
      if (x.size() > 3 && x.compare(x.size() - 2, 2, "es") == 0) {
        x.replace(x.size() - 2, 2, "en");
        changed = true;
      } else if (x.size() > 3 && x.back() == 'e') {
        x += 'n';
        changed = true;
      }
    }
    if (!changed) return out;
    std::string v = words[0];
    for (std::size_t w = 1; w < words.size(); ++w) v += " " + words[w];
    out.push_back(v);
    return out;
  };

  // Country names from ICU/CLDR in this language.
  const icu::Locale display(code.c_str());
  for (const auto& [a3, info] : countries_) {
    if (info.historical || info.alpha2.empty()) continue;
    icu::UnicodeString name;
    icu::Locale("", info.alpha2.c_str()).getDisplayCountry(display, name);
    std::string utf8;
    name.toUTF8String(utf8);
    if (!utf8.empty() && utf8 != info.alpha2) {
      t.add(utf8, Payload{Cat::kCountryName, 0, 0, 0, a3});
      for (const auto& v : declined(utf8)) t.add(v, Payload{Cat::kCountryName, 0, 0, 0, a3});
    }
  }
  for (const auto& [a3, by_lang] : historical_names_) {
    auto it = by_lang.find(code);
    if (it != by_lang.end())
      for (const auto& n : it->second) t.add(n, Payload{Cat::kCountryName, 0, 0, 0, a3});
  }
  for (const auto& [a3, by_lang] : historical_demonyms_) {
    auto it = by_lang.find(code);
    if (it != by_lang.end())
      for (const auto& n : it->second) t.add(n, Payload{Cat::kDemonym, 0, 0, 0, a3});
  }

  // Regions (first-level subdivisions) in this language; "ambiguous" names are not loaded.
  for (const auto& [id, r] : regions_) {
    if (auto it = r.names.find(code); it != r.names.end())
      for (const auto& n : it->second) t.add(n, Payload{Cat::kRegionName, 0, 0, 0, id});
    if (auto it = r.demonyms.find(code); it != r.demonyms.end())
      for (const auto& n : it->second) t.add(n, Payload{Cat::kRegionDemonym, 0, 0, 0, id});
  }

  // The gazetteer: names CLDR lacks, demonyms, compounds, places.
  const std::string gfile = "lang/" + code + "/gazetteer.json";
  if (const auto* gtext = src.find(gfile)) {
    rapidjson::Document g;
    KG_RETURN_IF_ERROR(parse_schema(*gtext, g, gfile));
    KG_RETURN_IF_ERROR(expect(g.IsObject(), gfile, "must be a JSON object"));
    std::unordered_set<std::string> ambiguous;
    for (const auto& a : json::get_strings(g, "ambiguous")) ambiguous.insert(text::fold(a));
    auto check_code = [&](const std::string& c, const std::string& where) {
      return countries_.count(c) ? Status::ok() : Status::data_error(gfile + ": " + where + ": unknown country code " + c);
    };
    for (const auto& m : g.GetObject()) {
      const std::string key = sv(m.name);
      if (key == "language" || key == "ambiguous" || key == "notes") continue;
      if (key == "country_names" || key == "demonyms" || key == "combining_forms") {
        const Cat cat = key == "country_names" ? Cat::kCountryName : key == "demonyms" ? Cat::kDemonym : Cat::kCombiningForm;
        KG_RETURN_IF_ERROR(expect(m.value.IsObject(), gfile, key + " must map country codes to lists"));
        for (const auto& c : m.value.GetObject()) {
          const std::string cc = sv(c.name);
          KG_RETURN_IF_ERROR(check_code(cc, key));
          for (const auto& n : json::get_strings(m.value, c.name.GetString())) {
            const std::uint8_t fl = ambiguous.count(text::fold(n)) ? kFlagAmbiguous : 0;
            t.add(n, Payload{cat, fl, 0, 0, cc});
            if (cat == Cat::kCountryName)
              for (const auto& v : declined(n)) t.add(v, Payload{cat, fl, 0, 0, cc});
          }
        }
      } else if (key == "regions") {
        // Continents and regions whose names contain a country name ("Latin America").
        for (const auto& n : json::get_strings(g, "regions")) t.add(n, Payload{Cat::kRegion, 0, 0, 0, {}});
      } else if (key == "places") {
        KG_RETURN_IF_ERROR(expect(m.value.IsArray(), gfile, "places must be a list"));
        for (const auto& p : m.value.GetArray()) {
          const std::string name = json::get_string(p, "name"), cc = json::get_string(p, "country");
          KG_RETURN_IF_ERROR(expect(!name.empty(), gfile, "a place without a name"));
          KG_RETURN_IF_ERROR(check_code(cc, "place " + name));
          std::uint8_t fl = ambiguous.count(text::fold(name)) ? kFlagAmbiguous : 0;
          if (json::get_bool(p, "capital") || json::get_bool(p, "seat_of_government")) fl |= kFlagCapitalCity;
          if (json::get_bool(p, "building")) fl |= kFlagCapitalCity | kFlagBuilding;
          t.add(name, Payload{Cat::kPlace, fl, 0, 0, cc});
        }
      } else {
        return Status::data_error(gfile + ": unknown top-level key \"" + key + "\"");
      }
    }
  }
  // Cities last, so that every curated word and place keeps its meaning.
  static const std::vector<std::string> kCityColumns = {"en", "nl", "de", "fr", "es"};
  const auto col = std::find(kCityColumns.begin(), kCityColumns.end(), code);
  add_cities(lang, col == kCityColumns.end() ? 0 : static_cast<std::size_t>(col - kCityColumns.begin()));
  languages_.emplace(code, std::move(lang));
  return Status::ok();
}

const LanguageData* Resources::language(const std::string& code) const {
  auto it = languages_.find(code);
  return it == languages_.end() ? nullptr : &it->second;
}

std::vector<std::string> Resources::language_codes() const {
  std::vector<std::string> out;
  for (const auto& [code, _] : languages_) out.push_back(code);
  return out;
}

const CountryInfo* Resources::country(const std::string& code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? nullptr : &it->second;
}

const PersonInfo* Resources::person(const std::string& id) const {
  auto it = persons_.find(id);
  return it == persons_.end() ? nullptr : &it->second;
}

const OrgInfo* Resources::organization(const std::string& id) const {
  auto it = orgs_.find(id);
  return it == orgs_.end() ? nullptr : &it->second;
}

const std::string& Resources::state_at(const std::string& code, const PartialDate& when) const {
  if (when.empty()) return code;
  for (const auto& [hc, h] : countries_) {
    if (!h.historical || when.year < h.from_year || when.year > h.to_year) continue;
    if (std::find(h.territories.begin(), h.territories.end(), code) != h.territories.end()) return hc;
  }
  return code;
}

const PersonInfo* Resources::role_holder(const std::string& country, const std::string& role,
                                         const PartialDate& when) const {
  const PersonInfo* found = nullptr;
  for (const auto& [id, p] : persons_) {
    for (const auto& r : p.roles) {
      if (r.role != role || r.country != country || !r.covers(when)) continue;
      if (found && found != &p) return nullptr;  // ambiguous
      found = &p;
    }
  }
  return found;
}

}  // namespace kg
