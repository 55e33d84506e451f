// Tokens of the query language. Keywords are identifiers; the parser compares them without case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/ast.h"

namespace kg::query {

struct Token {
  enum class Kind { kIdent, kQuotedIdent, kString, kInteger, kFloat, kParam, kSymbol, kEnd, kError };
  Kind kind = Kind::kEnd;
  std::string text;   // identifier, decoded string, parameter name, symbol, or the error message
  Pos pos;
  std::size_t begin = 0, end = 0;  // byte offsets in the source
};

// Splits `source` into tokens, the last being kEnd. Comments (// to end of line, /* */) and
// whitespace are skipped. A malformed token (unterminated string, stray character) becomes a
// kError token carrying the message, at its position.
std::vector<Token> tokenize(std::string_view source);

// How a token is named in "expected X, got Y" messages: 'RETURN', identifier `foo`, string 'x',
// end of query.
std::string describe(const Token& t);

}  // namespace kg::query
