// The executor: each clause is an operator that receives rows and pushes its rows to the next
// one (MATCH binds patterns, UNWIND, CALL, WITH/RETURN project, group, sort and cut).
#pragma once

#include <memory>

#include "query/eval.h"
#include "query/index.h"
#include "query/procedures.h"

namespace kg::query {

struct Env {
  const KnowledgeGraph& g;
  const QueryParams& params;
  GraphIndex& index;
  ProcedureRunner& procedures;
  EvalContext ctx() const { return EvalContext{g, params, nullptr}; }
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void push(Row& row) = 0;
  virtual void finish() {}
  // True once no more rows are wanted (a LIMIT was reached): producers may stop early.
  virtual bool done() const { return false; }
};

// MATCH / OPTIONAL MATCH. `bound` tells which slots hold values when rows arrive.
std::unique_ptr<Sink> make_match(const MatchClause& m, const std::vector<bool>& bound, Env& env, Sink& next);

}  // namespace kg::query
