#include "kg/ingest.h"

#include <rapidjson/document.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "common/date_scan.h"
#include "common/json_util.h"
#include "common/text_util.h"

namespace kg {

const char* to_string(DateSource s) {
  switch (s) {
    case DateSource::kMetadata: return "metadata";
    case DateSource::kText: return "text";
    case DateSource::kFileName: return "file_name";
    case DateSource::kOption: return "option";
    case DateSource::kFileTime: return "file_time";
    case DateSource::kNone: return "none";
  }
  return "none";
}

Result<std::string> decode_text(const std::string& bytes) {
  std::string_view s = bytes;
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  if (s.size() >= 2 && (s.substr(0, 2) == "\xFF\xFE" || s.substr(0, 2) == "\xFE\xFF"))
    return Status::bad_input("UTF-16 text is not supported; convert the file to UTF-8");
  if (s.find('\0') != std::string_view::npos) return Status::bad_input("binary file (contains NUL bytes)");
  if (!text::valid_utf8(s)) {
    std::size_t i = 0, bad = 0;
    while (i < s.size()) {
      const std::size_t before = i;
      const char32_t cp = text::next_cp(s, i);
      if (cp == 0xFFFD && i - before != 3) {
        bad = before;
        break;
      }
    }
    return Status::bad_input("invalid UTF-8 at byte " + std::to_string(bad));
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  if (text::trim(out).empty()) return Status::bad_input("empty file");
  return out;
}

std::optional<PartialDate> parse_metadata_date(const std::string& raw) {
  const std::string s = text::trim(raw);
  const std::string f = text::fold(s);
  if (s.empty() || f == "none" || f == "null" || f == "nan" || f == "n/a") return std::nullopt;
  // ISO forms with a time: keep the date part.
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    if (auto d = PartialDate::parse_iso(s.substr(0, 10))) return d;
  }
  if (auto d = PartialDate::parse_iso(s)) return d;
  const auto toks = tokenize(s);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (auto d = scan_date_at(s, toks, i, toks.size(), [](std::size_t) { return 0; }); d && d->date.year) return d->date;
  }
  return std::nullopt;
}

std::optional<PartialDate> date_from_file_name(const std::string& name) {
  // Runs of digits, with the separators between them.
  struct Run {
    std::size_t b, e;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < name.size();) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < name.size() && std::isdigit(static_cast<unsigned char>(name[j]))) ++j;
    runs.push_back({i, j});
    i = j;
  }
  auto num = [&](const Run& r) { return std::stoi(name.substr(r.b, std::min<std::size_t>(r.e - r.b, 8))); };
  auto plausible_year = [](int y) { return y >= 1900 && y <= 2099; };
  std::optional<PartialDate> found;
  auto take = [&](PartialDate d) {
    if (found && found->year != d.year) return false;  // two different years: no answer
    if (!found || (d.month && !found->month)) found = d;
    return true;
  };
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const Run& r = runs[k];
    const std::size_t len = r.e - r.b;
    // Glued to letters ("covid19", "g2020summit") a number is part of a word.
    if ((r.b > 0 && std::isalpha(static_cast<unsigned char>(name[r.b - 1]))) ||
        (r.e < name.size() && std::isalpha(static_cast<unsigned char>(name[r.e])) && name.compare(r.e, 1, ".") != 0))
      continue;
    if (len == 8) {  // 20190321
      const int y = std::stoi(name.substr(r.b, 4)), m = std::stoi(name.substr(r.b + 4, 2)), d = std::stoi(name.substr(r.b + 6, 2));
      if (plausible_year(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31 && !take(PartialDate{y, m, d})) return std::nullopt;
      continue;
    }
    if (len != 4 || !plausible_year(num(r))) continue;
    PartialDate d{num(r), 0, 0};
    // 2019-03-21, 2019_03_21, 2019.03.21: the same separator, one character wide.
    if (k + 2 < runs.size() && runs[k + 1].b == r.e + 1 && runs[k + 2].b == runs[k + 1].e + 1 &&
        runs[k + 1].e - runs[k + 1].b == 2 && runs[k + 2].e - runs[k + 2].b == 2 && name[r.e] == name[runs[k + 1].e] &&
        !std::isalnum(static_cast<unsigned char>(name[r.e]))) {
      const int m = num(runs[k + 1]), day = num(runs[k + 2]);
      if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
        d.month = m;
        d.day = day;
        k += 2;
      }
    }
    if (!take(d)) return std::nullopt;
  }
  return found;
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// First explicit date with a year in `s` (tokens from `from` on).
std::optional<PartialDate> first_date(const std::string& s, const DateWords& words, int hint_year,
                                      std::size_t max_tokens = 12) {
  const auto toks = tokenize(s);
  auto month_of = [&](std::size_t k) {
    auto it = words.months.find(toks[k].norm);
    return it == words.months.end() ? 0 : it->second;
  };
  for (std::size_t i = 0; i < toks.size() && i < max_tokens; ++i) {
    if (auto d = scan_date_at(s, toks, i, toks.size(), month_of)) {
      PartialDate p = d->date;
      if (p.year == 0) {
        if (!hint_year) continue;
        p.year = hint_year;
      }
      return p;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<PartialDate> find_date_in_text(const std::string& text, const DateWords& words, int hint_year) {
  const auto lines = lines_of(text);
  std::vector<std::size_t> nonempty;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!text::trim(lines[i]).empty()) nonempty.push_back(i);
  if (nonempty.empty()) return std::nullopt;

  // 1. A marker line near the start or the end: "Plaatsingstijd: 19-03-2021", "*Published 3 May 2022*".
  for (std::size_t n = 0; n < nonempty.size(); ++n) {
    if (n >= 6 && n + 6 < nonempty.size()) continue;
    const std::string& line = lines[nonempty[n]];
    if (line.size() > 160) continue;
    const auto toks = tokenize(line);
    std::size_t k = 0;
    while (k < toks.size() && toks[k].kind == TokenKind::kPunct) ++k;  // "*", "_", "—"
    // The marker opens the line, or follows a dash or bar capitalised ("ABUJA, Nigeria (AP) —
    // Updated 5:18 PM GMT+1, November 17, 2024").
    for (std::size_t at = k; at < toks.size(); ++at) {
      if (at > k && !(toks[at].upper_initial && (toks[at - 1].norm == "—" || toks[at - 1].norm == "–" ||
                                                 toks[at - 1].norm == "-" || toks[at - 1].norm == "|")))
        continue;
      for (const auto& marker : words.markers) {
        const auto mt = tokenize(marker);
        if (mt.empty() || at + mt.size() > toks.size()) continue;
        bool ok = true;
        for (std::size_t j = 0; j < mt.size() && ok; ++j) ok = toks[at + j].norm == mt[j].norm;
        if (!ok) continue;
        const std::string rest = line.substr(toks[at + mt.size() - 1].end);
        if (auto d = first_date(rest, words, hint_year)) return d;
      }
    }
  }

  // 2. A dateline: "BEIJING, March 19 (Xinhua) --", "PARÍS, 3 may (EFE).-", "Den Haag, 10 februari 2023 –",
  //    opening the text or its first paragraph after a headline.
  for (std::size_t n = 0; n < nonempty.size() && n < 3; ++n) {
    const std::string& line = lines[nonempty[n]];
    const auto toks = tokenize(line);
    std::size_t k = 0;
    // (Lower-case particles inside the place's name: "Ciudad de México, 4 de junio de 2013".)
    while (k < toks.size() && k < 6 && toks[k].is_word() &&
           (toks[k].upper_initial || (k > 0 && toks[k].norm.size() <= 3 && k + 1 < toks.size() && toks[k + 1].upper_initial)))
      ++k;
    // ("Trujillo (Cáceres) - 28 oct 2021 - 17:35 CEST": a province in brackets, then a dash.)
    if (k > 0 && k + 1 < toks.size() && toks[k].norm == "(") {
      std::size_t close = k + 1;
      while (close < toks.size() && close < k + 6 && toks[close].norm != ")") ++close;
      if (close + 1 < toks.size() && toks[close].norm == ")" &&
          (toks[close + 1].norm == "-" || toks[close + 1].norm == "–" || toks[close + 1].norm == "—" || toks[close + 1].norm == ","))
        k = close + 1;
    }
    if (k > 0 && k < toks.size() && (toks[k].norm == "," || toks[k].norm == "-" || toks[k].norm == "–" || toks[k].norm == "—")) {
      const std::string rest = line.substr(toks[k].end);
      if (auto d = first_date(rest, words, hint_year, 6)) return d;  // ("Zacatecas, Zac., martes 1 de noviembre de 2022")
    }
  }

  // A line (or a field of one) that holds only a date and perhaps a time: "vrijdag 19 maart 2021",
  // "14.04.2023, 11:20", "27.05.2024, 21:40 Uhr".
  // A time zone's abbreviation: "BST", "EDT", "AEST" (capitals ending in T).
  auto time_zone = [](const std::string& line, const Token& t) {
    const std::string_view w = std::string_view(line).substr(t.begin, t.end - t.begin);
    return w.size() >= 2 && w.size() <= 5 && w.back() == 'T' &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  auto date_only = [&](const std::string& line) -> std::optional<PartialDate> {
    const auto toks = tokenize(line);
    auto month_of = [&](std::size_t k) {
      auto it = words.months.find(toks[k].norm);
      return it == words.months.end() ? 0 : it->second;
    };
    // (Two words may come first, with their punctuation: "Aangepast zondag 19 maart 2023", "Mi.,
    // 16.11.2022, 14:35 Uhr".)
    std::size_t words_before = 0;
    for (std::size_t i = 0; i < toks.size() && i < 5 && words_before <= 2; words_before += toks[i].is_word(), ++i) {
      auto d = scan_date_at(line, toks, i, toks.size(), month_of);
      if (!d || d->date.year == 0) continue;
      // The rest may only be a time or punctuation.
      bool only_time = true;
      for (std::size_t j = d->end; j < toks.size(); ++j) {
        const auto& t = toks[j];
        // (a time, a time zone, or the page of a printed edition: "Martes 12 de julio de 2022, p. 23")
        // (a time written with its hour letter: "03u00", "19h42")
        const std::string_view w = std::string_view(line).substr(t.begin, t.end - t.begin);
        const std::size_t letter = w.find_first_of("uh");
        const bool clock = letter != std::string_view::npos && letter >= 1 && letter <= 2 && w.size() == letter + 3 &&
                           std::all_of(w.begin(), w.end(), [&](char c) { return (c >= '0' && c <= '9') || c == w[letter]; });
        if (clock || t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber || t.norm == "uhr" || t.norm == "h" ||
            t.norm == "cet" || t.norm == "cest" || t.norm == "gmt" || t.norm == "utc" || t.norm == "am" || t.norm == "pm" ||
            t.norm == "p" || t.norm == "pag" || t.norm == "pp" || t.norm == "page" || t.norm == "seite" || time_zone(line, t) ||
            // (the word before a time: "19 décembre 2012 à 20:31", "a las 18:40", "um 14:35 Uhr", "om 09:14")
            ((t.norm == "a" || t.norm == "las" || t.norm == "um" || t.norm == "om" || t.norm == "at") && j + 1 < toks.size() &&
             (toks[j + 1].kind == TokenKind::kNumber || toks[j + 1].norm == "las")))
          continue;
        only_time = false;
      }
      if (only_time) return d->date;
    }
    return std::nullopt;
  };

  // 3. A header line of fields between bars, one of them a date: "LE MONDE | 16.04.03 | 19h42"
  //    (a two-digit year is read as 1970–2069), "27.05.2024, 21:40 Uhr | Von unserer Redaktion".
  //    Bullets separate fields too: "NOS Nieuws • Buitenland • zondag 19 maart 2023, 09:14"; so does a
  //    dash between spaces: "Van onze correspondent in Brussel — 27 juni 2014, 17:48".
  //    (Among the first five lines: a title, a subtitle and a byline may come first.)
  for (std::size_t n = 0; n < nonempty.size() && n < 5; ++n) {
    std::string line;
    const std::string& raw_line = lines[nonempty[n]];
    for (std::size_t at = 0; at < raw_line.size();) {
      if (raw_line.compare(at, 3, "\xE2\x80\xA2") == 0) {  // U+2022 BULLET
        line += '|';
        at += 3;
      } else if (raw_line.compare(at, 2, "\xC2\xB7") == 0) {  // U+00B7 MIDDLE DOT
        line += '|';
        at += 2;
      } else if (at > 0 && raw_line[at - 1] == ' ' && (raw_line.compare(at, 4, "\xE2\x80\x94 ") == 0 ||
                                                     raw_line.compare(at, 4, "\xE2\x80\x93 ") == 0)) {
        line += '|';  // a dash between spaces: "Van onze correspondent in Brussel — 27 juni 2014, 17:48"
        at += 3;
      } else {
        line += raw_line[at++];
      }
    }
    if (line.size() > 120 || line.find('|') == std::string::npos) continue;
    for (const auto& raw : text::split(line, '|')) {
      const std::string field = text::trim(raw);
      int d = 0, m = 0, y = 0;
      char s1 = 0, s2 = 0;
      int used = 0;
      // (The date may be followed by its time: "17.12.2014 à 19h12 • Mis à jour le …".)
      auto time_after = [&](std::size_t from) {
        const std::string rest = text::trim(field.substr(from));
        if (rest.empty()) return true;
        const std::size_t sp = rest.find(' ');
        const std::string first = rest.substr(0, sp);
        return first.size() <= 3 && sp != std::string::npos && std::isdigit(static_cast<unsigned char>(rest[sp + 1]));
      };
      if (std::sscanf(field.c_str(), "%2d%c%2d%c%4d%n", &d, &s1, &m, &s2, &y, &used) == 5 &&
          (used == static_cast<int>(field.size()) || (field[used] == ' ' && time_after(used))) &&
          s1 == s2 && (s1 == '.' || s1 == '/' || s1 == '-')) {
        if (y < 100) y += y < 70 ? 2000 : 1900;
        if (valid_date(y, m, d)) return PartialDate{y, m, d};
      }
      if (field.size() <= 60)
        if (auto d2 = date_only(field)) return d2;
    }
  }

  // 4. A leading line that holds only a date (after a title, a subtitle and a byline at most).
  for (std::size_t n = 0; n < nonempty.size() && n < 5; ++n) {
    const std::string& line = lines[nonempty[n]];
    if (line.size() > 60) continue;
    if (auto d = date_only(line)) return d;
  }
  return std::nullopt;
}

namespace {

Result<std::string> read_bytes(const std::filesystem::path& p, std::uintmax_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(p, ec);
  if (ec) return Status::io_error("cannot read: " + ec.message());
  if (size > max_bytes) return Status::bad_input("file too large (" + std::to_string(size) + " bytes)");
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::io_error("cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Article from_json_object(const rapidjson::Value& obj, const std::string& identifier, Status& st) {
  Article a;
  a.identifier = identifier;
  a.format = "json";
  if (!obj.IsObject()) {
    st = Status::bad_input("expected a JSON object");
    return a;
  }
  std::string body = json::get_string(obj, "maintext");
  if (body.empty()) body = json::get_string(obj, "text");
  if (body.empty()) body = json::get_string(obj, "content");
  if (body.empty()) body = json::get_string(obj, "body");
  const std::string description = json::get_string(obj, "description");
  if (body.empty()) body = description;
  if (text::trim(body).empty()) {
    st = Status::bad_input("no article text (maintext, text) in the JSON object");
    return a;
  }
  auto decoded = decode_text(body);
  if (!decoded) {
    st = decoded.status();
    return a;
  }
  a.text = std::move(decoded.value());
  a.title = text::trim(json::get_string(obj, "title"));
  a.url = json::get_string(obj, "url");
  a.language = text::fold(json::get_string(obj, "language"));
  if (a.language.size() > 2) a.language = a.language.substr(0, 2);
  for (const char* key : {"date_publish", "date", "datePublished", "published", "pubdate", "date_modify"}) {
    if (auto d = parse_metadata_date(json::get_string(obj, key))) {
      a.published = *d;
      a.date_source = DateSource::kMetadata;
      break;
    }
  }
  return a;
}

}  // namespace

Result<Article> read_text_article(const std::string& bytes, const std::string& identifier) {
  auto decoded = decode_text(bytes);
  if (!decoded) return decoded.status();
  Article a;
  a.identifier = identifier;
  a.format = "txt";
  a.text = std::move(decoded.value());
  return a;
}

Result<Article> read_json_article(const std::string& json_text, const std::string& identifier) {
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(json::parse(json_text, doc, identifier));
  Status st;
  Article a = from_json_object(doc, identifier, st);
  if (!st) return st;
  return a;
}

namespace {

bool hidden(const std::filesystem::path& rel) {
  for (const auto& part : rel)
    if (!part.empty() && part.string()[0] == '.' && part != "." && part != "..") return true;
  return false;
}

void finish_dates(Article& a, const IngestOptions& opt, const std::filesystem::path& file) {
  // A date in the file name is the archive's own record of the day; it also gives the year to a
  // dateline without one ("WASHINGTON, Dec 8 -").
  const auto named = date_from_file_name(file.filename().string());
  if (a.date_source == DateSource::kNone) {
    // (A name with a year alone may name the year of the story, not of publication: a review of
    // 2023 published on 6 January 2024.)
    auto agrees = [&](const PartialDate& d) {
      if (!named || d.year == named->year) return true;
      return !named->has_month() && d.year == named->year + 1 && d.month == 1;
    };
    if (auto d = find_date_in_text(a.text, opt.date_words, named ? named->year : 0); d && agrees(*d)) {
      a.published = *d;
      a.date_source = DateSource::kText;
    }
  }
  if (a.date_source == DateSource::kNone && named) {
    a.published = *named;
    a.date_source = DateSource::kFileName;
  }
  if (a.date_source == DateSource::kNone && opt.default_published) {
    a.published = *opt.default_published;
    a.date_source = DateSource::kOption;
  }
  if (a.date_source == DateSource::kNone) {
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0) {
      std::tm tm{};
      const std::time_t t = st.st_mtime;
      gmtime_r(&t, &tm);
      a.published = PartialDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
      a.date_source = DateSource::kFileTime;
    }
  }
}

// Title of a Markdown article: a leading "# " line.
void markdown_title(Article& a) {
  std::istringstream in(a.text);
  std::string line;
  while (std::getline(in, line)) {
    const std::string t = text::trim(line);
    if (t.empty()) continue;
    if (t.rfind("# ", 0) == 0) a.title = text::trim(t.substr(2));
    break;
  }
}

void ingest_file(const std::filesystem::path& file, const std::string& rel, const IngestOptions& opt,
                 const std::function<void(Article)>& on_article, const std::function<void(Skip)>& on_skip) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool is_text = ext == ".txt" || ext == ".md" || ext == ".text" || ext == ".markdown";
  const bool is_html = ext == ".html" || ext == ".htm" || ext == ".xhtml";
  const bool is_json = ext == ".json";
  const bool is_jsonl = ext == ".jsonl" || ext == ".ndjson";
  if (!is_text && !is_html && !is_json && !is_jsonl) {
    on_skip({rel, "unsupported file type \"" + ext + "\" (expected .txt .md .html .htm .json .jsonl)"});
    return;
  }
  auto bytes = read_bytes(file, opt.max_file_bytes);
  if (!bytes) {
    on_skip({rel, bytes.status().message()});
    return;
  }
  auto emit = [&](Result<Article> r, const std::string& id) {
    if (!r) {
      on_skip({id, r.status().message()});
      return;
    }
    Article a = std::move(r.value());
    finish_dates(a, opt, file);
    on_article(std::move(a));
  };
  if (is_text) {
    auto r = read_text_article(*bytes, rel);
    if (r && (ext == ".md" || ext == ".markdown")) {
      r->format = "md";
      markdown_title(*r);
    }
    emit(std::move(r), rel);
  } else if (is_html) {
    emit(read_html_article(*bytes, rel), rel);
  } else if (is_json) {
    auto text = decode_text(*bytes);
    if (!text) {
      on_skip({rel, text.status().message()});
      return;
    }
    rapidjson::Document doc;
    if (Status st = json::parse(*text, doc, rel); !st) {
      on_skip({rel, st.message()});
      return;
    }
    if (doc.IsArray()) {  // a list of articles: file.json#1, #2, …
      std::size_t n = 0;
      for (const auto& v : doc.GetArray()) {
        const std::string id = rel + "#" + std::to_string(++n);
        Status st;
        Article a = from_json_object(v, id, st);
        emit(st ? Result<Article>(std::move(a)) : Result<Article>(st), id);
      }
    } else {
      Status st;
      Article a = from_json_object(doc, rel, st);
      emit(st ? Result<Article>(std::move(a)) : Result<Article>(st), rel);
    }
  } else {
    auto text = decode_text(*bytes);
    if (!text) {
      on_skip({rel, text.status().message()});
      return;
    }
    std::istringstream in(*text);
    std::string line;
    std::size_t n = 0, articles = 0;
    while (std::getline(in, line)) {
      ++n;
      if (text::trim(line).empty()) continue;
      const std::string id = rel + "#" + std::to_string(n);
      rapidjson::Document doc;
      if (Status st = json::parse(line, doc, id); !st) {
        on_skip({id, st.message()});
        continue;
      }
      Status st;
      Article a = from_json_object(doc, id, st);
      a.format = "jsonl";
      ++articles;
      emit(st ? Result<Article>(std::move(a)) : Result<Article>(st), id);
    }
    if (n == 0) on_skip({rel, "empty file"});
  }
}

}  // namespace

Status ingest_paths(const std::vector<std::filesystem::path>& inputs, const IngestOptions& options,
                    const std::function<void(Article)>& on_article, const std::function<void(Skip)>& on_skip) {
  namespace fs = std::filesystem;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (!fs::exists(input, ec)) return Status::not_found("input " + input.string() + " does not exist");
  }
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::pair<std::string, fs::path>> files;
      for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const fs::path rel = fs::relative(it->path(), input, ec);
        if (hidden(rel)) continue;
        files.emplace_back(rel.generic_string(), it->path());
      }
      if (ec) return Status::io_error("cannot list " + input.string() + ": " + ec.message());
      std::sort(files.begin(), files.end());
      for (const auto& [rel, path] : files) ingest_file(path, rel, options, on_article, on_skip);
    } else {
      ingest_file(input, input.filename().string(), options, on_article, on_skip);
    }
  }
  return Status::ok();
}

}  // namespace kg
