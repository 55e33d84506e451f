#include "lexicon/phrase_table.h"

#include <algorithm>

#include "common/text_util.h"

namespace kg {

void PhraseTable::add(const std::string& phrase, Payload payload) {
  const std::string trimmed = text::trim(phrase);
  if (trimmed.empty()) return;
  if (trimmed.size() > 1 && trimmed[0] == '*') {
    payloads_.push_back(std::move(payload));
    suffixes_.push_back({text::fold(trimmed.substr(1)), text::lower(trimmed.substr(1)),
                         static_cast<std::uint32_t>(payloads_.size() - 1)});
    return;
  }
  std::vector<Token> toks = tokenize(trimmed);
  if (toks.empty()) return;
  Entry e;
  for (std::size_t k = 1; k < toks.size(); ++k) e.rest.push_back(toks[k].norm);
  for (const auto& t : toks) {
    e.raw.emplace_back(t.text(trimmed));
    e.lower.push_back(text::lower(e.raw.back()));
  }
  const std::string_view first = e.raw[0];
  // Case rules from how the phrase is written: "US" must be upper case in the text; "Jordan"
  // must be capitalised; "russische" matches any case.
  if (text::all_upper(first) && text::count_cps(first) <= 5) {
    payload.flags |= kFlagExactCase;
  } else if (text::starts_upper(first)) {
    payload.flags |= kFlagCapital;
  }
  payloads_.push_back(std::move(payload));
  e.payload = static_cast<std::uint32_t>(payloads_.size() - 1);
  by_first_[toks[0].norm].push_back(std::move(e));
}

void PhraseTable::matches_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                             std::size_t limit, std::vector<Match>& out) const {
  const std::size_t before = out.size();
  const Token& t0 = toks[i];
  auto it = by_first_.find(t0.norm);
  if (it != by_first_.end()) {
    for (const Entry& e : it->second) {
      const std::size_t end = i + 1 + e.rest.size();
      if (end > limit) continue;
      bool ok = true;
      for (std::size_t k = 0; k < e.rest.size() && ok; ++k) ok = toks[i + 1 + k].norm == e.rest[k];
      if (!ok) continue;
      if (accent_sensitive_) {
        for (std::size_t k = 0; k < e.lower.size() && ok; ++k) {
          const std::string_view got = toks[i + k].text(text);
          // Only words whose accents differ from the phrase's are checked (fast path: ASCII).
          // Names (written with a capital) keep folded matching: "Etats-Unis" is "États-Unis".
          if (text::starts_upper(e.raw[k])) continue;
          if (e.lower[k] != toks[i + k].norm || !std::all_of(got.begin(), got.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
            ok = text::lower(got) == e.lower[k];
        }
        if (!ok) continue;
      }
      const Payload& p = payloads_[e.payload];
      if (p.flags & kFlagExactCase) {
        for (std::size_t k = 0; k < e.raw.size() && ok; ++k) {
          const std::string_view got = toks[i + k].text(text);
          ok = got == e.raw[k] || (text::fold(got) == text::fold(e.raw[k]) && text::all_upper(got));
        }
        // "US" also matches "U.S." style? No: those are separate phrases in the data.
      } else if (p.flags & kFlagCapital) {
        ok = t0.upper_initial;
      }
      if (ok) out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end), &p});
    }
  }
  // (At the start of a sentence too: "Narendra Modi a envoyé …" has no future tense in "-dra".)
  const bool name_like = !capitalized_nouns_ && t0.upper_initial;
  if (!suffixes_.empty() && t0.is_word()) {
    for (const SuffixEntry& s : suffixes_) {
      if (t0.norm.size() > s.suffix.size() &&
          t0.norm.compare(t0.norm.size() - s.suffix.size(), s.suffix.size(), s.suffix) == 0) {
        // (A compound after a hyphen still counts: "NAVO-top".)
        if (name_like && t0.norm[t0.norm.size() - s.suffix.size() - 1] != '-') continue;
        if (accent_sensitive_) {
          const std::string low = text::lower(t0.text(text));
          if (low.size() <= s.lower_suffix.size() ||
              low.compare(low.size() - s.lower_suffix.size(), s.lower_suffix.size(), s.lower_suffix) != 0)
            continue;
        }
        out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), &payloads_[s.payload]});
      }
    }
  }
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                   [](const Match& a, const Match& b) { return a.end > b.end; });
}

}  // namespace kg
