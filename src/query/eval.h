// Expression evaluation and the value semantics of the language: three-valued logic, equality,
// ordering, grouping keys.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/ast.h"

namespace kg::query {

using Row = std::vector<QValue>;

// A run-time error at a position in the query (a type error, a missing parameter). Thrown by the
// evaluator, turned into a Status by QueryEngine::run.
struct EvalError {
  Pos pos;
  std::string message;
};

struct EvalContext {
  const KnowledgeGraph& g;
  const QueryParams& params;
  const std::vector<QValue>* aggregates = nullptr;  // the current group's aggregate values
};

QValue eval(const Expr& e, const Row& row, const EvalContext& ctx);

// WHERE semantics: true, false or null (unknown). Non-boolean values are an EvalError at `pos`.
std::optional<bool> truth(const QValue& v, const Pos& pos);

// = : null when either side is null (or a list holds nulls that decide it).
std::optional<bool> equals(const QValue& a, const QValue& b);
// < : null when the values cannot be compared (different types, nulls).
std::optional<int> compare(const QValue& a, const QValue& b);
// ORDER BY: a total order; numbers before strings before …, null last.
int sort_compare(const QValue& a, const QValue& b);
// Grouping and DISTINCT: equal keys for values that are the same (1 and 1.0 are the same).
void append_key(std::string& key, const QValue& v);

// Functions known to the evaluator; checks the argument count. Empty string when fine, else why not.
std::string check_function(const std::string& lower_name, std::size_t args);

// "a string", "an integer", … for messages.
std::string type_name(const QValue& v);

// A value as text (what toString() and string concatenation give; lists as [a, b]; nodes,
// relationships and paths empty) and a float as text: shortest round-trip digits, fixed notation
// from 1e-6 to 1e21, always with a decimal point ("1.08e+21", "108000000000.0", "0.6").
std::string value_text(const QValue& v);
std::string float_text(double d);

}  // namespace kg::query
