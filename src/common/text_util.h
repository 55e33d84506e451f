// UTF-8 helpers and the folding used for every lexicon look-up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// Decodes one code point at s[i], advancing i. Returns U+FFFD for malformed input.
char32_t next_cp(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);
bool valid_utf8(std::string_view s);
std::size_t count_cps(std::string_view s);

// Lower case, accents and other diacritics removed, a few letters spelled out (ß→ss, ø→o, æ→ae):
// the key under which lexicon entries and text tokens are compared.
std::string fold(std::string_view s);
// Lower case only: accents stay ("würde" ≠ "wurde", "sí" ≠ "si"); ß is ss (Swiss spelling).
std::string lower(std::string_view s);

bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_alpha(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);
// First code point of s is an upper-case letter.
bool starts_upper(std::string_view s);
// Every letter of s is upper case and there are at least two letters.
bool all_upper(std::string_view s);

std::string trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string slug(std::string_view s);  // "Sergej Lavrov" → "sergej-lavrov" (folded, [a-z0-9-])

// Maps byte offsets in a UTF-8 string to code point offsets.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view s);
  std::size_t at(std::size_t byte_offset) const;

 private:
  std::vector<std::uint32_t> cp_at_byte_;
};

}  // namespace kg::text
