// The binary snapshot graph.kgsnap; the layout is described in src/graph/snapshot_format.h.
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "graph/snapshot_format.h"
#include "kg/export.h"

namespace kg {
namespace {

class SnapshotWriter {
 public:
  void varint(std::uint64_t x) {
    while (x >= 0x80) {
      body_ += static_cast<char>((x & 0x7f) | 0x80);
      x >>= 7;
    }
    body_ += static_cast<char>(x);
  }
  void byte(std::uint8_t b) { body_ += static_cast<char>(b); }
  void string_ref(std::string_view s) {
    auto [it, fresh] = index_.try_emplace(s, strings_.size());
    if (fresh) strings_.push_back(s);
    varint(it->second);
  }
  void value(const Value& v) {
    using namespace snapshot;
    if (const auto* b = std::get_if<bool>(&v)) {
      byte(*b ? kTrue : kFalse);
    } else if (const auto* i = std::get_if<std::int64_t>(&v)) {
      byte(kInt);
      varint((static_cast<std::uint64_t>(*i) << 1) ^ static_cast<std::uint64_t>(*i >> 63));
    } else if (const auto* d = std::get_if<double>(&v)) {
      byte(kDouble);
      std::uint64_t bits;
      std::memcpy(&bits, d, sizeof bits);
      for (int k = 0; k < 8; ++k) byte(static_cast<std::uint8_t>(bits >> (8 * k)));
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      byte(kString);
      string_ref(*s);
    } else if (const auto* l = std::get_if<std::vector<std::string>>(&v)) {
      byte(kList);
      varint(l->size());
      for (const auto& x : *l) string_ref(x);
    } else {
      byte(kNull);
    }
  }
  void properties(const Properties& p) {
    varint(p.size());
    for (const auto& [k, v] : p) {
      string_ref(k);
      value(v);
    }
  }

  std::size_t body_size() const { return body_.size(); }

  // Header, string table, then the body written so far, then the trailer. The edges start at
  // byte `edges_at` of the body.
  std::string finish(std::uint64_t nodes, std::uint64_t edges, std::size_t edges_at) const {
    std::string out(snapshot::kMagic, sizeof snapshot::kMagic);
    auto fixed = [&](std::uint64_t x, int bytes) {
      for (int k = 0; k < bytes; ++k) out += static_cast<char>((x >> (8 * k)) & 0xff);
    };
    fixed(snapshot::kSnapshotVersion, 4);
    fixed(0, 4);
    fixed(strings_.size(), 8);
    fixed(nodes, 8);
    fixed(edges, 8);
    const std::size_t offset_at = out.size();
    fixed(0, 8);  // the edges' offset, known once the strings are written
    std::size_t total = 0;
    for (auto s : strings_) total += s.size() + 5;
    out.reserve(out.size() + total + body_.size() + sizeof snapshot::kTrailer);
    for (auto s : strings_) {
      std::uint64_t n = s.size();
      while (n >= 0x80) {
        out += static_cast<char>((n & 0x7f) | 0x80);
        n >>= 7;
      }
      out += static_cast<char>(n);
      out.append(s);
    }
    const std::uint64_t edges_offset = out.size() + edges_at;
    for (int k = 0; k < 8; ++k) out[offset_at + k] = static_cast<char>((edges_offset >> (8 * k)) & 0xff);
    out += body_;
    out.append(snapshot::kTrailer, sizeof snapshot::kTrailer);
    return out;
  }

 private:
  std::string body_;
  std::vector<std::string_view> strings_;
  std::unordered_map<std::string_view, std::uint64_t> index_;
};

}  // namespace

std::string to_snapshot(const KnowledgeGraph& g) {
  SnapshotWriter w;
  const std::vector<Vertex> order = g.sorted_nodes();
  std::vector<std::uint64_t> position(g.node_count());
  for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;
  for (Vertex v : order) {
    const NodeData& n = g.node(v);
    w.string_ref(n.id);
    w.byte(static_cast<std::uint8_t>(n.kind));
    w.properties(n.props);
  }
  const std::size_t edges_at = w.body_size();
  std::uint64_t edges = 0;
  for (Vertex v : order) {
    for (const Edge& e : g.sorted_out_edges(v)) {
      const EdgeData& d = g.graph()[e];
      w.varint(position[v]);
      w.varint(position[boost::target(e, g.graph())]);
      w.string_ref(d.type);
      w.properties(d.props);
      ++edges;
    }
  }
  return w.finish(order.size(), edges, edges_at);
}

}  // namespace kg
