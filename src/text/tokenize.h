// Tokens and sentences over an article's original text. Every token keeps its byte span in the
// original, so evidence offsets always point into what the user gave us; `norm` is the folded
// form (text::fold) used for every lexicon look-up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kg {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the original text
  std::uint32_t end = 0;
  std::string norm;         // folded text
  TokenKind kind = TokenKind::kWord;
  bool upper_initial = false;   // first letter is upper case
  bool all_caps = false;        // two or more letters, all upper case
  bool space_before = false;
  bool newline_before = false;  // a line break precedes
  bool paragraph_before = false;  // a blank line or an indented line precedes

  std::string_view text(std::string_view original) const { return original.substr(begin, end - begin); }
  bool is_word() const { return kind == TokenKind::kWord; }
  bool is(std::string_view folded) const { return norm == folded; }
};

struct Sentence {
  std::uint32_t first = 0;  // token index range [first, last)
  std::uint32_t last = 0;
  std::uint32_t begin = 0;  // byte span in the original text
  std::uint32_t end = 0;
};

std::vector<Token> tokenize(std::string_view text);

// Sentence boundaries: . ! ? followed by an upper-case start, unless the preceding word is an
// abbreviation (folded, without the dot) or an initial; paragraph breaks; single line breaks
// when the text is not hard-wrapped (short headings and lines such as "Plaatsingstijd: …").
// With `ordinal_dot` (German), "am 3. Mai" does not end a sentence after "3.".
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const std::unordered_set<std::string>& abbreviations, bool ordinal_dot = false);

}  // namespace kg
