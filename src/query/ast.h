// The syntax tree of a kgquery script, as the parser builds it and the binder completes it
// (variable slots, aggregates, procedure columns). Private to src/query.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/query.h"

namespace kg::query {

struct Pos {
  int line = 1;
  int column = 1;
};

enum class Op {
  kOr, kXor, kAnd, kNot,
  kEq, kNe, kLt, kLe, kGt, kGe, kRegex,
  kIn, kContains, kStartsWith, kEndsWith, kIsNull, kIsNotNull,
  kAdd, kSub, kMul, kDiv, kMod, kPow, kNeg, kPlus,
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  enum class Kind {
    kLiteral,    // literal
    kParam,      // $name
    kVariable,   // name → slot
    kProperty,   // args[0].name
    kIndex,      // args[0][args[1]]
    kSlice,      // args[0][args[1]..args[2]] (null args are absent bounds)
    kList,       // [args...]
    kUnary,      // op args[0]
    kBinary,     // args[0] op args[1]
    kFunction,   // name(args...), name lower-cased; aggregate >= 0 for aggregates
    kCountStar,  // count(*)
    kCase,       // CASE [args[0]] WHEN … THEN … [ELSE …] END: see case_* below
    kHasLabels,  // args[0]:Label…: true when the node's kind is in label_mask
  };
  Kind kind = Kind::kLiteral;
  Pos pos;
  std::string text;  // the source text, whitespace collapsed (column names, ORDER BY matching)
  QValue literal;
  std::string name;
  Op op = Op::kEq;
  std::vector<ExprPtr> args;
  bool distinct = false;
  // kCase: has_subject (CASE x WHEN v …), pairs in args after the subject (when, then, …),
  // has_else (the last arg).
  bool has_subject = false, has_else = false;
  unsigned label_mask = 0;  // kHasLabels
  int slot = -1;       // kVariable
  int aggregate = -1;  // kFunction/kCountStar inside a projection: index into Projection::aggregates
};

struct NodePattern {
  std::string var;  // empty: anonymous
  Pos pos;
  unsigned kind_mask = 0x1f;  // bit per NodeKind
  std::vector<std::pair<std::string, ExprPtr>> props;
  int slot = -1;
};

struct RelPattern {
  enum class Dir { kRight, kLeft, kBoth };
  std::string var;
  Pos pos;
  std::vector<std::string> types;  // empty: any
  Dir dir = Dir::kBoth;
  bool var_length = false;
  int min_hops = 1, max_hops = 1;
  std::vector<std::pair<std::string, ExprPtr>> props;
  int slot = -1;
};

struct PathPattern {
  std::string var;  // p = (…)
  Pos pos;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;  // rels[i] joins nodes[i] and nodes[i + 1]
  int slot = -1;
};

struct MatchClause {
  bool optional = false;
  std::vector<PathPattern> paths;
  ExprPtr where;
  std::vector<int> new_slots;  // variables this clause introduces (null-filled by OPTIONAL)
};

struct ProjectionItem {
  ExprPtr expr;
  std::string name;  // alias, or the expression's text
  int slot = -1;     // where the value lives in the row after the projection
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool is_return = false;
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *: the visible variables, expanded by the binder
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit, where;
  std::vector<const Expr*> aggregates;  // aggregate calls inside the items (binder)
  bool aggregating = false;
  std::vector<int> keep_slots;  // after WITH: the slots that stay visible
};

struct UnwindClause {
  ExprPtr list;
  std::string var;
  Pos pos;
  int slot = -1;
};

struct CallClause {
  std::string procedure;  // "kg.shortestPath"
  Pos pos;
  std::vector<ExprPtr> args;
  struct Yield {
    std::string column, alias;
    Pos pos;
    int slot = -1;
    int column_index = -1;
  };
  std::vector<Yield> yields;  // empty: all columns (standalone CALL) — filled by the binder
  bool standalone = false;    // no RETURN follows: the call's rows are the result
  ExprPtr where;              // CALL … YIELD … WHERE …
};

struct Clause {
  enum class Kind { kMatch, kProjection, kUnwind, kCall };
  Kind kind;
  Pos pos;
  MatchClause match;
  Projection projection;
  UnwindClause unwind;
  CallClause call;
};

struct Statement {
  std::vector<Clause> clauses;
  int slot_count = 0;
  std::vector<std::string> slot_names;  // for messages; hidden slots are "  #n"
  std::string text;
  Pos pos;
};

struct Script {
  std::vector<Statement> statements;
};

// Parses and binds a whole script; on failure returns the first error.
std::shared_ptr<Script> parse_script(std::string_view text, QueryError& error);

}  // namespace kg::query
