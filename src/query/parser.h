// Recursive-descent parser and binder for the query language (grammar in the README).
#pragma once

#include <stdexcept>

#include "query/ast.h"

namespace kg::query {

// Parsing and binding stop at the first error: they throw this, and parse_script() turns it into
// a QueryError (the library's error model at its edge).
struct SyntaxError {
  Pos pos;
  std::string message;
};

// Completes one parsed statement: variable slots, scopes, aggregates, procedure columns,
// ORDER BY after aggregation. Throws SyntaxError.
void bind_statement(Statement& st);

// Aggregate function names: count, sum, avg, min, max, collect.
bool is_aggregate_name(const std::string& lower_name);

}  // namespace kg::query
