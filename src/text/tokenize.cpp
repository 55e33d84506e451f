#include "text/tokenize.h"

#include <algorithm>

#include "common/text_util.h"

namespace kg {
namespace {

using text::next_cp;

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'’' || c == U'ʼ'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == U'‐' || c == U'‑'; }
bool is_currency(char32_t c) { return c == U'$' || c == U'€' || c == U'£' || c == U'¥' || c == U'₽' || c == U'₹'; }
bool word_char(char32_t c) { return text::is_alpha(c) || text::is_digit(c) || (c >= 0x300 && c <= 0x36F); }

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  char32_t peek(std::size_t at) const {
    if (at >= s.size()) return 0;
    std::size_t j = at;
    return next_cp(s, j);
  }
  std::size_t after(std::size_t at) const {
    std::size_t j = at;
    next_cp(s, j);
    return j;
  }
};

// French/Italian elision: l' d' qu' … split off as their own token.
bool is_elision_prefix(std::string_view w) {
  static const char* kPrefixes[] = {"l", "d", "j", "s", "n", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "L", "D", "J",
                                    "S", "N", "M", "T", "C", "Qu", "Jusqu", "Lorsqu", "Puisqu"};
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](const char* p) { return w == p; });
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  Cursor c{s};
  bool space = false, newline = false, paragraph = false;
  int newlines_in_gap = 0;
  bool indent_after_newline = false;
  while (c.i < s.size()) {
    const std::size_t start = c.i;
    const char32_t cp = c.peek(c.i);
    if (text::is_space(cp) || cp == 0xA0) {
      space = true;
      if (cp == U'\n') {
        newline = true;
        ++newlines_in_gap;
        indent_after_newline = false;
      } else if (newlines_in_gap > 0) {
        indent_after_newline = true;
      }
      c.i = c.after(c.i);
      continue;
    }
    paragraph = newlines_in_gap >= 2 || (newlines_in_gap == 1 && indent_after_newline);
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    t.space_before = space || start == 0;
    t.newline_before = newline || start == 0;
    t.paragraph_before = paragraph || start == 0;
    space = newline = paragraph = false;
    newlines_in_gap = 0;
    indent_after_newline = false;

    if (text::is_digit(cp)) {
      // Number: digits with inner . , / - : when a digit follows ("107,6", "1.722", "19-03-2021").
      t.kind = TokenKind::kNumber;
      c.i = c.after(c.i);
      while (c.i < s.size()) {
        const char32_t d = c.peek(c.i);
        if (text::is_digit(d)) {
          c.i = c.after(c.i);
        } else if ((d == U'.' || d == U',' || d == U'/' || d == U':' || is_hyphen(d)) &&
                   text::is_digit(c.peek(c.after(c.i)))) {
          c.i = c.after(c.i);
        } else {
          break;
        }
      }
      // "20-jarig", "3-day", "1980s": a number glued to letters is a word.
      const char32_t d = c.peek(c.i);
      if ((is_hyphen(d) && text::is_alpha(c.peek(c.after(c.i)))) || text::is_alpha(d)) {
        t.kind = TokenKind::kWord;
        if (is_hyphen(d)) c.i = c.after(c.i);
        while (c.i < s.size()) {
          const char32_t e = c.peek(c.i);
          if (word_char(e)) {
            c.i = c.after(c.i);
          } else if (is_hyphen(e) && word_char(c.peek(c.after(c.i)))) {
            c.i = c.after(c.i);
          } else {
            break;
          }
        }
      }
    } else if (text::is_alpha(cp) ||
               // A name opening with an ʻokina or an apostrophe: "Fekitamoeloa 'Utoikamanu", "ʻAkilisi".
               ((is_apostrophe(cp) || cp == U'ʻ') && t.space_before && text::is_upper(c.peek(c.after(c.i))))) {
      t.kind = TokenKind::kWord;
      c.i = c.after(c.i);
      // Abbreviations written with dots: U.S. U.N. p.m.
      if (c.peek(c.i) == U'.' && text::is_alpha(c.peek(c.after(c.i)))) {
        std::size_t j = c.after(c.i);
        bool ok = true;
        std::size_t end = c.i;
        while (ok) {
          // expect letter then '.'
          const char32_t l = c.peek(j);
          if (!text::is_alpha(l)) break;
          const std::size_t k = c.after(j);
          if (c.peek(k) != U'.') {
            ok = false;
            break;
          }
          end = c.after(k);
          j = end;
        }
        if (ok && end > c.i) {
          c.i = end;
          t.end = static_cast<std::uint32_t>(c.i);
          goto done;
        }
      }
      while (c.i < s.size()) {
        const char32_t e = c.peek(c.i);
        if (word_char(e)) {
          c.i = c.after(c.i);
        } else if (is_hyphen(e) && word_char(c.peek(c.after(c.i)))) {
          c.i = c.after(c.i);
        } else if (is_apostrophe(e) && is_elision_prefix(s.substr(start, c.i - start))) {
          c.i = c.after(c.i);  // "d'", "l'", "qu'" keep their apostrophe, also at the end of a phrase
          break;
        } else if (is_apostrophe(e) && text::is_alpha(c.peek(c.after(c.i)))) {
          const std::size_t next = c.after(c.i);
          const char32_t n1 = c.peek(next);
          // English possessive: "China's" → "China" + "'s" (the 's is the next token).
          if ((n1 == U's' || n1 == U'S') && !word_char(c.peek(c.after(next)))) break;
          c.i = next;
        } else {
          break;
        }
      }
    } else if (is_apostrophe(cp) && (c.peek(c.after(c.i)) == U's' || c.peek(c.after(c.i)) == U'S') &&
               !out.empty() && out.back().end == start && !word_char(c.peek(c.after(c.after(c.i))))) {
      t.kind = TokenKind::kWord;  // possessive 's
      c.i = c.after(c.after(c.i));
    } else {
      t.kind = is_currency(cp) ? TokenKind::kSymbol : TokenKind::kPunct;
      c.i = c.after(c.i);
    }
    t.end = static_cast<std::uint32_t>(c.i);
  done:
    const std::string_view raw = s.substr(t.begin, t.end - t.begin);
    t.norm = text::fold(raw);
    t.upper_initial = text::starts_upper(raw);
    if (!t.upper_initial && t.kind == TokenKind::kWord) {  // ("'Utoikamanu": capitalised after its mark)
      std::size_t after_mark = 0;
      const char32_t first = text::next_cp(raw, after_mark);
      t.upper_initial = (is_apostrophe(first) || first == U'ʻ') && text::starts_upper(raw.substr(after_mark));
    }
    t.all_caps = text::all_upper(raw);
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view s, const std::vector<Token>& toks,
                                      const std::unordered_set<std::string>& abbreviations, bool ordinal_dot) {
  std::vector<Sentence> out;
  if (toks.empty()) return out;

  // Is the text hard-wrapped (newswire style)? Then single line breaks are soft.
  std::size_t lines = 0, long_unterminated = 0;
  {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || s[i] == '\n') {
        const std::string line = text::trim(s.substr(line_start, i - line_start));
        if (!line.empty()) {
          ++lines;
          const char last = line.back();
          if (line.size() >= 40 && last != '.' && last != '!' && last != '?' && last != '"' && last != ':')
            ++long_unterminated;
        }
        line_start = i + 1;
      }
    }
  }
  const bool wrapped = lines >= 4 && long_unterminated * 3 >= lines;

  auto boundary_before = [&](std::size_t k) -> bool {
    const Token& t = toks[k];
    const Token& p = toks[k - 1];
    if (t.paragraph_before) return true;
    if (t.newline_before && !wrapped) return true;
    // A closing quote after terminal punctuation: ." or .”
    if ((p.norm == "\"" || p.norm == "”" || p.norm == "»" || p.norm == "'") && k >= 2) {
      const std::string_view pp = toks[k - 2].text(s);
      if ((pp == "." || pp == "!" || pp == "?") && t.upper_initial && t.space_before) return true;
    }
    if (p.kind == TokenKind::kPunct) {
      const std::string_view pt = p.text(s);
      const bool terminal = pt == "." || pt == "!" || pt == "?" || pt == "…";
      if (!terminal) return false;
      // What follows must look like a sentence start.
      const bool starts = t.upper_initial || t.kind == TokenKind::kNumber ||
                          (t.kind == TokenKind::kPunct && (t.norm == "\"" || t.norm == "“" || t.norm == "'" ||
                                                            t.norm == "«" || t.norm == "(" || t.norm == "¿" || t.norm == "¡" ||
                                                            t.norm == "-"));
      // (A space lost in scraping: "… during her visit to Tbilisi, Georgia.Merkel's statement …":
      // a word ending in lower case, the dot, a capitalised word.)
      const bool glued = !t.space_before && pt == "." && k >= 2 && t.is_word() && t.upper_initial && toks[k - 2].is_word() &&
                         toks[k - 2].end == p.begin && p.end == t.begin && text::count_cps(toks[k - 2].text(s)) >= 3 &&
                         text::count_cps(t.text(s)) >= 2 && !text::all_upper(t.text(s)) && !text::all_upper(toks[k - 2].text(s)) &&
                         text::lower(toks[k - 2].text(s)).back() == toks[k - 2].text(s).back();
      if (!starts || (!t.space_before && !glued)) return false;
      if (pt == "." && k >= 2) {
        const Token& w = toks[k - 2];
        if (ordinal_dot && w.end == p.begin && w.kind == TokenKind::kNumber && w.norm.size() <= 2) return false;
        if (w.end == p.begin && w.is_word()) {
          if (abbreviations.count(w.norm)) return false;
          // An initial: "J. Smith".
          if (text::count_cps(w.text(s)) == 1 && w.upper_initial) return false;
        }
      }
      return true;
    }
    return false;
  };

  std::uint32_t first = 0;
  for (std::size_t k = 1; k <= toks.size(); ++k) {
    if (k == toks.size() || boundary_before(k)) {
      Sentence sent;
      sent.first = first;
      sent.last = static_cast<std::uint32_t>(k);
      sent.begin = toks[first].begin;
      sent.end = toks[k - 1].end;
      out.push_back(sent);
      first = static_cast<std::uint32_t>(k);
    }
  }
  return out;
}

}  // namespace kg
