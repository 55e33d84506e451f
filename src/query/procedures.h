// Graph procedures (CALL kg.…): signatures for the binder, and the runner that answers them on an
// actor projection of the graph built with Boost.Graph.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/query.h"

namespace kg::query {

struct ProcedureSpec {
  std::string name;       // "kg.shortestPath"
  int min_args = 0, max_args = 0;
  std::vector<std::string> columns;
  std::string usage;      // "kg.shortestPath(from, to)"
};

// By name, ignoring case; "kg.neighbors" is "kg.neighbours". nullptr when unknown.
const ProcedureSpec* find_procedure(const std::string& name);
const std::vector<ProcedureSpec>& procedures();

class ProcedureRunner {
 public:
  explicit ProcedureRunner(const KnowledgeGraph& g);
  ~ProcedureRunner();
  // The rows of one call, columns as in the spec. kInvalidArgument for bad arguments (an actor
  // that is not found or is ambiguous, an unknown centrality measure, a negative hop count).
  Result<std::vector<std::vector<QValue>>> run(const ProcedureSpec& spec, const std::vector<QValue>& args);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::query
