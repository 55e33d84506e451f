// Reads graph.kgsnap (layout in snapshot_format.h). Every read is bounds-checked: a damaged file
// is a kBadInput with the byte offset, never a crash.
#include <cstring>
#include <string>
#include <atomic>
#include <latch>
#include <thread>

#include "graph/snapshot_format.h"
#include "kg/load.h"

namespace kg {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : begin_(bytes.data()), p_(bytes.data()), end_(bytes.data() + bytes.size()) {}

  bool failed() const { return failed_; }
  std::size_t offset() const { return static_cast<std::size_t>(p_ - begin_); }
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - p_); }

  std::uint8_t byte() {
    if (p_ == end_) return fail(), 0;
    return static_cast<std::uint8_t>(*p_++);
  }
  std::uint64_t fixed(int bytes) {
    if (remaining() < static_cast<std::size_t>(bytes)) return fail(), 0;
    std::uint64_t x = 0;
    for (int k = 0; k < bytes; ++k) x |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(*p_++)) << (8 * k);
    return x;
  }
  std::uint64_t varint() {
    std::uint64_t x = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) return fail(), 0;
      const auto b = static_cast<std::uint8_t>(*p_++);
      x |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return x;
    }
    return fail(), 0;
  }
  std::string_view bytes(std::uint64_t n) {
    if (remaining() < n) return fail(), std::string_view();
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }
  void fail() {
    if (!failed_) failed_at_ = offset();
    failed_ = true;
  }
  std::size_t failed_at() const { return failed_at_; }

 private:
  const char* begin_;
  const char* p_;
  const char* end_;
  bool failed_ = false;
  std::size_t failed_at_ = 0;
};

struct DecodedEdge {
  std::uint64_t from, to;
  EdgeData data;
};

// Building the property maps is most of the cost, so two threads share it. This thread lists the
// nodes (ids and kinds; properties skipped), a helper decodes the edges meanwhile; then both fill
// in node properties chunk by chunk, and this thread adds the edges as soon as they are decoded.
// The threads touch different vertices' property maps, and only this thread changes the structure.
class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view bytes) : bytes_(bytes), in_(bytes) {}

  Result<std::unique_ptr<KnowledgeGraph>> read() {
    KG_RETURN_IF_ERROR(header());
    strings_.reserve(counts_[0]);
    for (std::uint64_t i = 0; i < counts_[0] && !in_.failed(); ++i) strings_.push_back(in_.bytes(in_.varint()));
    if (in_.failed() || edges_offset_ < in_.offset() || edges_offset_ > bytes_.size()) return error("bad header", 0);
    auto out = std::make_unique<KnowledgeGraph>();
    out->reserve(counts_[1]);
    Cursor edge_in(bytes_.substr(edges_offset_));
    std::latch nodes_listed(1);
    std::thread helper([&] {
      decode_edges(edge_in);
      edges_decoded_.store(true, std::memory_order_release);
      edges_decoded_.notify_one();
      nodes_listed.wait();
      fill_properties(*out, helper_failed_, [] { return false; });
    });
    Status st = list_nodes(*out);
    if (!st) next_chunk_.store(SIZE_MAX);  // nothing for the helper to fill
    nodes_listed.count_down();
    if (st) st = fill_and_add_edges(*out, edge_in);
    helper.join();
    KG_RETURN_IF_ERROR(st);
    if (helper_failed_ || main_failed_) return error("damaged node properties", edges_offset_);
    return out;
  }

 private:
  Status header() {
    const std::string_view magic = in_.bytes(sizeof snapshot::kMagic);
    if (in_.failed() || std::memcmp(magic.data(), snapshot::kMagic, sizeof snapshot::kMagic) != 0)
      return Status::bad_input("not a kgquery snapshot (bad magic bytes)");
    const auto version = in_.fixed(4);
    if (version != snapshot::kSnapshotVersion)
      return Status::bad_input("snapshot format version " + std::to_string(version) + " is not supported (this build reads version " +
                               std::to_string(snapshot::kSnapshotVersion) + "); rebuild it with kgbuild or read graph.jsonld");
    in_.fixed(4);
    for (auto& c : counts_) c = in_.fixed(8);
    edges_offset_ = in_.fixed(8);
    // Every string, node and edge takes at least one byte: reject absurd counts before reserving.
    for (auto c : counts_)
      if (in_.failed() || c > in_.remaining()) return error("counts larger than the file", in_.offset());
    return Status::ok();
  }

  Status error(const std::string& what, std::size_t at) const {
    return Status::bad_input("snapshot " + what + " at byte " + std::to_string(at));
  }

  std::string_view string_ref(Cursor& in) const {
    const auto i = in.varint();
    if (i >= strings_.size()) return in.fail(), std::string_view();
    return strings_[i];
  }

  Value value(Cursor& in) const {
    using namespace snapshot;
    switch (in.byte()) {
      case kNull: return std::monostate();
      case kFalse: return false;
      case kTrue: return true;
      case kInt: {
        const auto z = in.varint();
        return static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
      }
      case kDouble: {
        const auto bits = in.fixed(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
      }
      case kString: return std::string(string_ref(in));
      case kList: {
        std::vector<std::string> l(std::min<std::uint64_t>(in.varint(), in.remaining()));
        for (auto& x : l) x = string_ref(in);
        return l;
      }
      default: in.fail(); return std::monostate();
    }
  }

  void properties(Cursor& in, Properties& p) const {
    const auto n = in.varint();
    for (std::uint64_t k = 0; k < n && !in.failed(); ++k) {
      std::string key(string_ref(in));
      p.emplace_hint(p.end(), std::move(key), value(in));
    }
  }

  // Ids and kinds, in order; properties skipped (their offsets kept for fill_properties).
  Status list_nodes(KnowledgeGraph& g) {
    props_at_.reserve(counts_[1]);
    for (std::uint64_t i = 0; i < counts_[1]; ++i) {
      const std::size_t at = in_.offset();
      const std::string_view id = string_ref(in_);
      const auto kind = in_.byte();
      if (in_.failed() || kind > static_cast<std::uint8_t>(NodeKind::kArticle)) return error("bad node", at);
      const Vertex v = g.add_node(std::string(id), static_cast<NodeKind>(kind));
      if (v != i) return error("duplicate node id \"" + std::string(id) + "\"", at);
      props_at_.push_back(in_.offset());
      skip_properties(in_);
      if (in_.failed()) return error("truncated or damaged node", in_.failed_at());
    }
    if (in_.offset() != edges_offset_) return error("node section does not end where the edges start", in_.offset());
    return Status::ok();
  }

  void skip_properties(Cursor& in) const {
    using namespace snapshot;
    const auto n = in.varint();
    for (std::uint64_t k = 0; k < n && !in.failed(); ++k) {
      in.varint();
      switch (in.byte()) {
        case kInt:
        case kString: in.varint(); break;
        case kDouble: in.fixed(8); break;
        case kList:
          for (auto m = in.varint(); m > 0 && !in.failed(); --m) in.varint();
          break;
        default: break;
      }
    }
  }

  // Takes chunks of nodes and decodes their properties into the graph, until none is left (or
  // until `pause` says to do something else first).
  template <typename Pause>
  void fill_properties(KnowledgeGraph& g, bool& failed, Pause pause) {
    constexpr std::size_t kChunk = 4096;
    while (!pause()) {
      const std::size_t first = next_chunk_.fetch_add(kChunk);
      if (first >= props_at_.size()) return;
      for (std::size_t i = first; i < std::min(first + kChunk, props_at_.size()); ++i) {
        Cursor c(bytes_.substr(props_at_[i]));
        properties(c, g.node(static_cast<Vertex>(i)).props);
        failed |= c.failed();
      }
    }
  }

  // This thread's share of the properties, with the edges added once the helper has decoded them.
  Status fill_and_add_edges(KnowledgeGraph& g, Cursor& edge_in) {
    fill_properties(g, main_failed_, [&] { return edges_decoded_.load(std::memory_order_acquire); });
    edges_decoded_.wait(false, std::memory_order_acquire);
    if (edge_in.failed()) return error("truncated or damaged edge", edges_offset_ + edge_in.failed_at());
    if (edge_in.remaining() != sizeof snapshot::kTrailer ||
        std::memcmp(edge_in.bytes(sizeof snapshot::kTrailer).data(), snapshot::kTrailer, sizeof snapshot::kTrailer) != 0)
      return error("missing end marker (truncated file?)", edges_offset_ + edge_in.offset());
    for (auto& e : edges_) {
      if (e.from >= g.node_count() || e.to >= g.node_count()) return error("edge to a node that does not exist", edges_offset_);
      const Edge added = g.add_edge(static_cast<Vertex>(e.from), static_cast<Vertex>(e.to), EdgeData{});
      g.edge(added) = std::move(e.data);
    }
    std::vector<DecodedEdge>().swap(edges_);
    fill_properties(g, main_failed_, [] { return false; });
    return Status::ok();
  }

  void decode_edges(Cursor& in) {
    edges_.reserve(counts_[2]);
    for (std::uint64_t i = 0; i < counts_[2] && !in.failed(); ++i) {
      DecodedEdge& e = edges_.emplace_back();
      e.from = in.varint();
      e.to = in.varint();
      e.data.type = string_ref(in);
      properties(in, e.data.props);
    }
  }

  std::string_view bytes_;
  Cursor in_;
  std::uint64_t counts_[3] = {0, 0, 0};  // strings, nodes, edges
  std::uint64_t edges_offset_ = 0;
  std::vector<std::string_view> strings_;
  std::vector<std::size_t> props_at_;  // where each node's properties start
  std::vector<DecodedEdge> edges_;
  std::atomic<bool> edges_decoded_{false};
  std::atomic<std::size_t> next_chunk_{0};
  bool helper_failed_ = false, main_failed_ = false;
};

}  // namespace

Result<std::unique_ptr<KnowledgeGraph>> read_snapshot(std::string_view bytes) { return SnapshotReader(bytes).read(); }

}  // namespace kg
