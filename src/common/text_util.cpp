#include "common/text_util.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace kg::text {

char32_t next_cp(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 3;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k <= n; ++k) {
    const int c = cont(static_cast<std::size_t>(k));
    if (c < 0) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | static_cast<char32_t>(c);
  }
  const bool overlong = (n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(n) + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t before = i;
    const char32_t cp = next_cp(s, i);
    // A genuine U+FFFD is three bytes (EF BF BD); a one-byte advance means malformed input.
    if (cp == 0xFFFD && i - before != 3) return false;
  }
  return true;
}

std::size_t count_cps(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {
// Letters that canonical decomposition leaves alone but a reader treats as accented variants.
bool special_fold(char32_t cp, std::string& out) {
  switch (cp) {
    case U'ß': out += "ss"; return true;
    case U'ø': case U'Ø': out += "o"; return true;
    case U'æ': case U'Æ': out += "ae"; return true;
    case U'œ': case U'Œ': out += "oe"; return true;
    case U'ł': case U'Ł': out += "l"; return true;
    case U'đ': case U'Đ': out += "d"; return true;
    case U'ı': out += "i"; return true;
    case U'’': case U'ʼ': case U'‘': case U'`': case U'´': out += "'"; return true;
    case U'‐': case U'‑': case U'‒': case U'–': out += "-"; return true;
    default: return false;
  }
}
}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_cp(s, i);
    if (cp < 0x80) {
      out += static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp - 'A' + 'a' : cp);
      continue;
    }
    if (special_fold(cp, out)) continue;
    icu::UnicodeString decomposed;
    if (U_SUCCESS(err) && nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
      for (int32_t k = 0; k < decomposed.length();) {
        const UChar32 c = decomposed.char32At(k);
        k += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
        if (!special_fold(static_cast<char32_t>(c), out)) append_utf8(out, static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
      }
      continue;
    }
    if (u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) continue;
    append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_cp(s, i);
    if (cp < 0x80) {
      out += static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp - 'A' + 'a' : cp);
    } else if (cp == U'’' || cp == U'ʼ' || cp == U'‘') {
      out += '\'';
    } else if (cp == U'ß' || cp == U'ẞ') {
      out += "ss";  // Swiss German writes "begrüsst" for "begrüßt"
    } else {
      append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    }
  }
  return out;
}

bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp)); }
bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }
bool is_alpha(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool is_space(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  return is_upper(next_cp(s, i));
}

bool all_upper(std::string_view s) {
  int letters = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_cp(s, i);
    if (is_alpha(cp)) {
      if (!is_upper(cp)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string slug(std::string_view s) {
  const std::string f = fold(s);
  std::string out;
  for (char c : f) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (u < 0x80 && !out.empty() && out.back() != '-') {
      out += '-';
    } else if (u >= 0x80) {
      out += c;  // letters without a decomposition (e.g. CJK) stay as they are
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

CodePointIndex::CodePointIndex(std::string_view s) : cp_at_byte_(s.size() + 1) {
  std::uint32_t cp = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    cp_at_byte_[i] = cp;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cp;
    cp_at_byte_[i] = cp - ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 ? 1 : 0);
  }
  cp_at_byte_[s.size()] = cp;
}

std::size_t CodePointIndex::at(std::size_t byte_offset) const {
  return cp_at_byte_[std::min(byte_offset, cp_at_byte_.size() - 1)];
}

}  // namespace kg::text
