#include "query/lexer.h"

#include <cctype>

#include "common/text_util.h"

namespace kg::query {
namespace {

bool ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space();
      Token t = next();
      const bool stop = t.kind == Token::Kind::kEnd || t.kind == Token::Kind::kError;
      out.push_back(std::move(t));
      if (stop) break;
    }
    if (out.back().kind == Token::Kind::kError) out.push_back(Token{Token::Kind::kEnd, "", pos_, i_, i_});
    return out;
  }

 private:
  char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  void advance() {
    if (s_[i_] == '\n') {
      ++pos_.line;
      pos_.column = 1;
    } else if ((static_cast<unsigned char>(s_[i_]) & 0xc0) != 0x80) {
      ++pos_.column;
    }
    ++i_;
    // Continuation bytes do not start a column of their own.
    while (i_ < s_.size() && (static_cast<unsigned char>(s_[i_]) & 0xc0) == 0x80) ++i_;
  }

  void skip_space() {
    for (;;) {
      if (i_ >= s_.size()) return;
      const char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        advance();
        advance();
        while (i_ < s_.size() && !(s_[i_] == '*' && peek(1) == '/')) advance();
        if (i_ < s_.size()) {
          advance();
          advance();
        }
      } else {
        return;
      }
    }
  }

  Token make(Token::Kind k, std::string text, Pos p, std::size_t b) { return Token{k, std::move(text), p, b, i_}; }

  Token next() {
    const Pos p = pos_;
    const std::size_t b = i_;
    if (i_ >= s_.size()) return make(Token::Kind::kEnd, "", p, b);
    const auto c = static_cast<unsigned char>(s_[i_]);
    if (ident_start(c)) {
      while (i_ < s_.size() && ident_char(static_cast<unsigned char>(s_[i_]))) advance();
      return make(Token::Kind::kIdent, std::string(s_.substr(b, i_ - b)), p, b);
    }
    if (std::isdigit(c) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) return number(p, b);
    if (c == '\'' || c == '"') return string(p, b);
    if (c == '`') return quoted_ident(p, b);
    if (c == '$') {
      advance();
      const std::size_t nb = i_;
      while (i_ < s_.size() && ident_char(static_cast<unsigned char>(s_[i_]))) advance();
      if (i_ == nb) return make(Token::Kind::kError, "expected a parameter name after '$'", p, b);
      return make(Token::Kind::kParam, std::string(s_.substr(nb, i_ - nb)), p, b);
    }
    static const char* const kTwo[] = {"..", "<=", ">=", "<>", "!=", "=~"};
    for (const char* two : kTwo) {
      if (c == static_cast<unsigned char>(two[0]) && peek(1) == two[1]) {
        advance();
        advance();
        return make(Token::Kind::kSymbol, two, p, b);
      }
    }
    if (std::string_view("()[]{},:;.|*+-/%^=<>").find(static_cast<char>(c)) != std::string_view::npos) {
      advance();
      return make(Token::Kind::kSymbol, std::string(1, static_cast<char>(c)), p, b);
    }
    advance();
    return make(Token::Kind::kError, "unexpected character '" + std::string(s_.substr(b, i_ - b)) + "'", p, b);
  }

  Token number(Pos p, std::size_t b) {
    bool is_float = false;
    while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      is_float = true;
      advance();
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (std::isdigit(static_cast<unsigned char>(peek(1))) ||
         ((peek(1) == '-' || peek(1) == '+') && std::isdigit(static_cast<unsigned char>(peek(2)))))) {
      is_float = true;
      advance();
      advance();
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if (ident_char(static_cast<unsigned char>(peek())))
      return make(Token::Kind::kError, "a number cannot run into letters", p, b);
    return make(is_float ? Token::Kind::kFloat : Token::Kind::kInteger, std::string(s_.substr(b, i_ - b)), p, b);
  }

  Token string(Pos p, std::size_t b) {
    const char quote = s_[i_];
    advance();
    std::string out;
    while (i_ < s_.size() && s_[i_] != quote) {
      if (s_[i_] != '\\') {
        const std::size_t from = i_;
        advance();
        out.append(s_.substr(from, i_ - from));
        continue;
      }
      advance();
      if (i_ >= s_.size()) break;
      const char e = s_[i_];
      advance();
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          unsigned cp = 0;
          for (int k = 0; k < 4; ++k) {
            const char h = peek();
            if (!std::isxdigit(static_cast<unsigned char>(h))) return make(Token::Kind::kError, "\\u needs four hex digits", p, b);
            cp = cp * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
            advance();
          }
          text::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: out += e;  // \' \" \\ and anything else: the character itself
      }
    }
    if (i_ >= s_.size()) return make(Token::Kind::kError, "unterminated string (missing " + std::string(1, quote) + ")", p, b);
    advance();
    return make(Token::Kind::kString, std::move(out), p, b);
  }

  Token quoted_ident(Pos p, std::size_t b) {
    advance();
    const std::size_t from = i_;
    while (i_ < s_.size() && s_[i_] != '`') advance();
    if (i_ >= s_.size()) return make(Token::Kind::kError, "unterminated `quoted name`", p, b);
    std::string name(s_.substr(from, i_ - from));
    advance();
    return make(Token::Kind::kQuotedIdent, std::move(name), p, b);
  }

  std::string_view s_;
  std::size_t i_ = 0;
  Pos pos_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) { return Lexer(source).run(); }

std::string describe(const Token& t) {
  switch (t.kind) {
    case Token::Kind::kEnd: return "end of query";
    case Token::Kind::kIdent: {
      std::string up;
      for (char c : t.text) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      static const char* const kKeywords[] = {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CALL", "YIELD", "ORDER",
                                              "BY", "SKIP", "LIMIT", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE",
                                              "FALSE", "AS", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END", "CONTAINS",
                                              "STARTS", "ENDS", "ASC", "DESC", "ASCENDING", "DESCENDING"};
      for (const char* k : kKeywords)
        if (up == k) return "'" + up + "'";
      return "`" + t.text + "`";
    }
    case Token::Kind::kQuotedIdent: return "`" + t.text + "`";
    case Token::Kind::kString: return "string '" + t.text + "'";
    case Token::Kind::kInteger:
    case Token::Kind::kFloat: return "number " + t.text;
    case Token::Kind::kParam: return "parameter $" + t.text;
    case Token::Kind::kSymbol: return "'" + t.text + "'";
    case Token::Kind::kError: return t.text;
  }
  return "?";
}

}  // namespace kg::query
