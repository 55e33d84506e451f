// Money amounts: "$107 billion", "107 miljard dollar", "107,6 mld euro", "290 mln dlrs",
// "8,2 Milliarden Euro", "12,5 milliards d'euros", "6 mil 765 millones de dólares", "1.5bn stg",
// with a qualifier before them ("meer dan", "more than"). An amount with a scale but no currency
// ("from 4.94 billion in 1985") takes the currency of the amount before it in the sentence.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "common/text_util.h"
#include "extract/context.h"

namespace kg::extract {

double parse_number(std::string_view s, char decimal, char group, bool* ok) {
  *ok = false;
  std::string digits;
  auto valid_groups = [&](std::string_view part, char sep) {
    // "25,000,000": every group after the first has exactly three digits.
    std::size_t start = 0, n = 0;
    for (std::size_t i = 0; i <= part.size(); ++i) {
      if (i == part.size() || part[i] == sep) {
        const std::size_t len = i - start;
        if (n == 0 ? (len == 0 || len > 3) : len != 3) return false;
        ++n;
        start = i + 1;
      }
    }
    return n > 1;
  };
  std::string_view int_part = s, frac;
  const std::size_t dpos = s.rfind(decimal);
  const bool has_group = s.find(group) != std::string_view::npos;
  if (dpos != std::string_view::npos && !(has_group && dpos < s.rfind(group))) {
    int_part = s.substr(0, dpos);
    frac = s.substr(dpos + 1);
    if (s.find(decimal) != dpos) return 0;  // two decimal marks
  } else if (has_group && !valid_groups(s, group)) {
    // "2.5" in a language whose decimal mark is ',': read the mark as a decimal point.
    const std::size_t g = s.rfind(group);
    if (s.find(group) != g) return 0;
    int_part = s.substr(0, g);
    frac = s.substr(g + 1);
  }
  if (int_part.find(group) != std::string_view::npos && !valid_groups(int_part, group)) return 0;
  for (char c : int_part) {
    if (c == group) continue;
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    digits += c;
  }
  if (digits.empty()) return 0;
  if (!frac.empty()) {
    digits += '.';
    for (char c : frac) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
      digits += c;
    }
  }
  *ok = true;
  return std::stod(digits);
}

namespace {

// "1.5bn", "290mln", "$5m" glued: number + scale in one word token.
bool glued_number(const ArticleContext& ctx, const Token& t, double* value) {
  std::size_t n = 0;
  while (n < t.norm.size() && (std::isdigit(static_cast<unsigned char>(t.norm[n])) || t.norm[n] == '.' || t.norm[n] == ','))
    ++n;
  if (n == 0 || n == t.norm.size()) return false;
  const std::string suffix = t.norm.substr(n);
  for (const auto& [scale, factor] : ctx.lang.scale_suffixes) {
    if (scale == suffix) {
      bool ok = false;
      const double v = parse_number(std::string_view(t.norm).substr(0, n), ctx.lang.decimal, ctx.lang.group, &ok);
      if (!ok) return false;
      *value = v * factor;
      return true;
    }
  }
  return false;
}

}  // namespace

void find_amounts(ArticleContext& ctx, std::size_t si) {
  const Sentence& s = ctx.doc.sentences[si];
  const auto& toks = ctx.toks();
  auto& out = ctx.sentences[si].amounts;
  for (std::size_t i = s.first; i < s.last;) {
    std::size_t k = i;
    Amount a;
    a.begin = static_cast<std::uint32_t>(i);
    if (const Match* q = ctx.find(k, Cat::kQualifier)) {
      a.qualifier = q->payload->sval;
      k = q->end;
    }
    // Currency before the number: "$", "US$", "USD", "€".
    if (k < s.last) {
      if (const Match* c = ctx.find(k, Cat::kCurrency); c && c->end < s.last && !(c->payload->flags & kFlagPostfix)) {
        const Token& nt = toks[c->end];
        if (nt.kind == TokenKind::kNumber || std::isdigit(static_cast<unsigned char>(nt.norm[0]))) {
          a.currency = c->payload->sval;
          k = c->end;
        }
      }
    }
    if (k >= s.last) break;
    const Token& t = toks[k];
    double value = 0;
    bool ok = false, scaled = false;
    if (t.kind == TokenKind::kNumber) {
      value = parse_number(t.norm, ctx.lang.decimal, ctx.lang.group, &ok);
      // "12 500" with a space (or a narrow no-break space) as the thousands separator.
      while (ok && value < 1000 && value == std::floor(value) && k + 1 < s.last && toks[k + 1].kind == TokenKind::kNumber &&
             toks[k + 1].norm.size() == 3 && toks[k + 1].begin > toks[k].end && toks[k + 1].begin - toks[k].end <= 3 &&
             !toks[k + 1].newline_before) {
        bool ok2 = false;
        const double low = parse_number(toks[k + 1].norm, ctx.lang.decimal, ctx.lang.group, &ok2);
        if (!ok2) break;
        value = value * 1000 + low;
        ++k;
      }
    } else if (t.is_word() && std::isdigit(static_cast<unsigned char>(t.norm[0]))) {
      ok = scaled = glued_number(ctx, t, &value);
    } else if (auto it = ctx.lang.number_words.find(t.norm); it != ctx.lang.number_words.end()) {
      // "two billion": a number word counts only before a scale.
      ok = k + 1 < s.last && ctx.is(k + 1, Cat::kScale);
      value = it->second;
    }
    if (!ok) {
      i = (k > i) ? k : i + 1;
      continue;
    }
    ++k;
    // Scales, with the Spanish "6 mil 765 millones" composition.
    auto take_scale = [&]() -> bool {
      if (k >= s.last) return false;
      const Match* sc = ctx.find(k, Cat::kScale);
      if (!sc) return false;
      value *= sc->payload->dval;
      // "500 mdd" (millones de dólares): a scale word that names its currency too.
      if (const Match* cur = ctx.find(k, Cat::kCurrency, sc->end); cur && cur->end == sc->end && a.currency.empty())
        a.currency = cur->payload->sval;
      k = sc->end;
      if (k < s.last && toks[k].norm == "." && toks[k].end == toks[k - 1].end + 1) ++k;  // "Mrd."
      scaled = true;
      return true;
    };
    if (take_scale()) {
      if (value < 1e6 && k < s.last && toks[k].kind == TokenKind::kNumber) {
        bool ok2 = false;
        const double rest = parse_number(toks[k].norm, ctx.lang.decimal, ctx.lang.group, &ok2);
        if (ok2 && rest < 1000 && k + 1 < s.last && ctx.is(k + 1, Cat::kScale)) {
          value += rest;
          ++k;
        }
      }
      take_scale();
    }
    if (k < s.last && ctx.is(k, Cat::kPercent)) {
      a.percent = true;
      a.value = value;
      a.end = static_cast<std::uint32_t>(ctx.find(k, Cat::kPercent)->end);
      out.push_back(a);
      i = a.end;
      continue;
    }
    // Currency after: "dollar", "de dólares", "d'euros", "of dollars".
    std::size_t c = k;
    if (c < s.last && (toks[c].norm == "de" || toks[c].norm == "d'" || toks[c].norm == "of")) ++c;
    if (a.currency.empty() && c < s.last) {
      if (const Match* cur = ctx.find(c, Cat::kCurrency)) {
        a.currency = cur->payload->sval;
        k = cur->end;
      }
    }
    if (a.currency.empty() && !scaled) {
      i = k;
      continue;
    }
    a.value = value;
    a.end = static_cast<std::uint32_t>(k);
    out.push_back(a);
    i = k;
  }
  // "… to 3.42 billion francs in 1986 from 4.94 billion in 1985", "2.09 billion and 1.722
  // billion dlrs": carry a currency over to a bare amount close by (not to "a population of
  // more than 300 million" further on).
  constexpr std::uint32_t kNear = 10;
  // Close by, or a new trade measure in between ("… while British imports … totalled 436 mln").
  auto related = [&](std::uint32_t from, std::uint32_t to) {
    return to <= from + kNear || ctx.any(from, to, Cat::kTradeNoun);
  };
  // (Nor to a count of people: "… and is home to roughly 2.6 million Indians".)
  auto counts_people = [&](const Amount& a) {
    return a.end < toks.size() && toks[a.end].is_word() &&
           (ctx.find(a.end, Cat::kDemonym) || ctx.find(a.end, Cat::kRegionDemonym));
  };
  const Amount* last = nullptr;
  for (auto& a : out) {
    if (a.percent) continue;
    if (a.currency.empty() && last && related(last->end, a.begin) && !counts_people(a)) a.currency = last->currency;
    if (!a.currency.empty()) last = &a;
  }
  const Amount* next = nullptr;
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->percent) continue;
    if (it->currency.empty() && next && related(it->end, next->begin) && !counts_people(*it)) it->currency = next->currency;
    if (!it->currency.empty()) next = &*it;
  }
}

// A unit several currencies share ("24 billion kroner": DKK or NOK) is the currency of a country
// the text names: in the sentence, else in the two sentences around it, else the article's own
// country; with none of them, the amount has no currency.
void resolve_currencies(ArticleContext& ctx) {
  auto pick = [&](const std::string& choices, std::size_t si) -> std::string {
    const auto codes = text::split(choices, '|');
    auto of_sentence = [&](std::size_t k) -> std::string {
      for (const auto& m : ctx.sentences[k].actors)
        if (!m.country.empty())
          for (const auto& c : codes)
            if (ctx.res.currency_of(m.country) == c) return c;
      return {};
    };
    if (auto c = of_sentence(si); !c.empty()) return c;
    for (std::size_t d = 1; d <= 2; ++d) {
      if (si >= d)
        if (auto c = of_sentence(si - d); !c.empty()) return c;
      if (si + d < ctx.sentences.size())
        if (auto c = of_sentence(si + d); !c.empty()) return c;
    }
    for (const auto& c : codes)
      if (!ctx.home_country.empty() && ctx.res.currency_of(ctx.home_country) == c) return c;
    return {};
  };
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si)
    for (auto& a : ctx.sentences[si].amounts)
      if (a.currency.find('|') != std::string::npos) a.currency = pick(a.currency, si);
  // "… alcanzaron los 31.919 millones de euros. … las compras españolas a China superaron los
  // 25.000 millones": a large bare amount ending its clause, in a sentence about trade, is in the
  // currency of the last amount of the sentence or two before.
  const auto& toks = ctx.toks();
  for (std::size_t si = 0; si < ctx.sentences.size(); ++si) {
    const Sentence& s = ctx.doc.sentences[si];
    if (!ctx.any(s.first, s.last, Cat::kTradeNoun)) continue;
    // (… or of a currency the sentence names before it without a number: "superaron por primera
    // vez el billón de pesetas —1,11 billones—, mientras que las ventas … sumaron unos 453.000
    // millones".)
    for (auto& a : ctx.sentences[si].amounts) {
      if (a.percent || !a.currency.empty() || a.value < 1e6) continue;
      for (std::size_t k = s.first; k < a.begin; ++k)
        if (const Match* c = ctx.find(k, Cat::kCurrency, a.begin);
            c && !c->payload->sval.empty() && c->payload->sval.find('|') == std::string::npos &&
            std::none_of(ctx.sentences[si].amounts.begin(), ctx.sentences[si].amounts.end(),
                         [&](const Amount& o) { return k >= o.begin && k < o.end; }))
          a.currency = c->payload->sval;
    }
    if (si == 0) continue;
    std::string before;
    for (std::size_t d = 1; d <= 2 && d <= si && before.empty(); ++d)
      for (const auto& o : ctx.sentences[si - d].amounts)
        if (!o.percent && !o.currency.empty() && o.currency.find('|') == std::string::npos) before = o.currency;
    if (before.empty()) continue;
    for (auto& a : ctx.sentences[si].amounts)
      if (!a.percent && a.currency.empty() && a.value >= 1e6 && (a.end >= s.last || !toks[a.end].is_word())) a.currency = before;
  }
}

}  // namespace kg::extract
