// A synthetic knowledge graph for benchmarks and tests: N events among real and invented
// countries, persons and organisations, with the properties, roles and mentions kgbuild writes.
// Deterministic for a given seed.
#pragma once

#include <cstdint>

#include "kg/graph.h"

namespace kg {

struct SyntheticOptions {
  std::size_t events = 1000000;
  std::uint64_t seed = 1;
};

// About events/3 articles, events/50 persons (at least 40), 60 organisations, 120 countries.
// Xi Jinping (CHN), Vladimir Putin, Sergey Lavrov (RUS) and Wang Yi (CHN) are among the persons.
KnowledgeGraph make_synthetic_graph(const SyntheticOptions& options);

}  // namespace kg
