#include "query/index.h"

#include <algorithm>

#include "query/eval.h"

namespace kg::query {

void GraphIndex::build_kinds() {
  if (kinds_built_) return;
  for (auto [it, end] = boost::vertices(g_.graph()); it != end; ++it)
    by_kind_[static_cast<unsigned>(g_.node(*it).kind)].push_back(*it);
  kinds_built_ = true;
}

std::vector<Vertex> GraphIndex::nodes(unsigned mask) {
  build_kinds();
  if (mask == kAllKinds) {
    std::vector<Vertex> all(g_.node_count());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  std::vector<Vertex> out;
  for (unsigned k = 0; k < 5; ++k)
    if (mask & (1u << k)) out.insert(out.end(), by_kind_[k].begin(), by_kind_[k].end());
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t GraphIndex::count(unsigned mask) {
  build_kinds();
  std::size_t n = 0;
  for (unsigned k = 0; k < 5; ++k)
    if (mask & (1u << k)) n += by_kind_[k].size();
  return n;
}

const GraphIndex::Table& GraphIndex::table(unsigned kind, const std::string& key) {
  auto [it, fresh] = tables_.try_emplace({kind, key});
  if (!fresh) return it->second;
  build_kinds();
  std::string k;
  for (Vertex v : by_kind_[kind]) {
    const Properties& p = g_.node(v).props;
    auto pit = p.find(key);
    if (pit == p.end()) continue;
    k.clear();
    append_key(k, to_qvalue(pit->second));
    it->second[k].push_back(v);
  }
  return it->second;
}

std::vector<Vertex> GraphIndex::lookup(unsigned mask, const std::string& key, const QValue& value) {
  std::string k;
  append_key(k, value);
  std::vector<Vertex> out;
  for (unsigned kind = 0; kind < 5; ++kind) {
    if (!(mask & (1u << kind))) continue;
    const Table& t = table(kind, key);
    auto it = t.find(k);
    if (it != t.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool GraphIndex::cheap(unsigned mask, const std::string& key) {
  build_kinds();
  for (unsigned kind = 0; kind < 5; ++kind)
    if ((mask & (1u << kind)) && !tables_.count({kind, key}) && by_kind_[kind].size() > 50000) return false;
  return true;
}

}  // namespace kg::query
