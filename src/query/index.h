// Look-ups the planner uses: nodes by kind, and by (kind, property value), built lazily on first
// use and kept for the next queries of the same engine.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/query.h"

namespace kg::query {

inline constexpr unsigned kAllKinds = 0x1f;
inline unsigned kind_bit(NodeKind k) { return 1u << static_cast<unsigned>(k); }

class GraphIndex {
 public:
  explicit GraphIndex(const KnowledgeGraph& g) : g_(g) {}

  // Vertices of the kinds in `mask`, in vertex order.
  std::vector<Vertex> nodes(unsigned mask);
  std::size_t count(unsigned mask);
  // Vertices of the kinds in `mask` whose property `key` equals `value`, in vertex order.
  std::vector<Vertex> lookup(unsigned mask, const std::string& key, const QValue& value);
  // Whether lookup(mask, key, …) is already cheap (the table exists or the kinds are small).
  bool cheap(unsigned mask, const std::string& key);

 private:
  using Table = std::unordered_map<std::string, std::vector<Vertex>>;
  void build_kinds();
  const Table& table(unsigned kind, const std::string& key);

  const KnowledgeGraph& g_;
  bool kinds_built_ = false;
  std::vector<Vertex> by_kind_[5];
  std::map<std::pair<unsigned, std::string>, Table> tables_;
};

}  // namespace kg::query
