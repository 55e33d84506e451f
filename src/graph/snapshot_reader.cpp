// Reads graph.kgsnap (layout in snapshot_format.h). Every read is bounds-checked: a damaged file
// is a kBadInput with the byte offset, never a crash.
#include <cstring>
#include <string>

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

class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view bytes) : in_(bytes) {}

  Result<KnowledgeGraph> read() {
    KG_RETURN_IF_ERROR(header());
    strings_.reserve(counts_[0]);
    for (std::uint64_t i = 0; i < counts_[0] && !in_.failed(); ++i) strings_.push_back(in_.bytes(in_.varint()));
    KnowledgeGraph g;
    for (std::uint64_t i = 0; i < counts_[1] && !in_.failed(); ++i) KG_RETURN_IF_ERROR(node(g, i));
    for (std::uint64_t i = 0; i < counts_[2] && !in_.failed(); ++i) KG_RETURN_IF_ERROR(edge(g));
    if (in_.failed()) return error("truncated or damaged", in_.failed_at());
    if (in_.remaining() != sizeof snapshot::kTrailer ||
        std::memcmp(in_.bytes(sizeof snapshot::kTrailer).data(), snapshot::kTrailer, sizeof snapshot::kTrailer) != 0)
      return error("missing end marker (truncated file?)", in_.offset());
    return g;
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
    // Every string, node and edge takes at least one byte: reject absurd counts before reserving.
    for (auto c : counts_)
      if (c > in_.remaining()) return error("counts larger than the file", in_.offset());
    return Status::ok();
  }

  Status error(const std::string& what, std::size_t at) const {
    return Status::bad_input("snapshot " + what + " at byte " + std::to_string(at));
  }

  std::string_view string_ref() {
    const auto i = in_.varint();
    if (i >= strings_.size()) return in_.fail(), std::string_view();
    return strings_[i];
  }

  Value value() {
    using namespace snapshot;
    switch (in_.byte()) {
      case kNull: return std::monostate();
      case kFalse: return false;
      case kTrue: return true;
      case kInt: {
        const auto z = in_.varint();
        return static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
      }
      case kDouble: {
        const auto bits = in_.fixed(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
      }
      case kString: return std::string(string_ref());
      case kList: {
        std::vector<std::string> l(std::min<std::uint64_t>(in_.varint(), in_.remaining()));
        for (auto& s : l) s = string_ref();
        return l;
      }
      default: in_.fail(); return std::monostate();
    }
  }

  void properties(Properties& p) {
    const auto n = in_.varint();
    for (std::uint64_t k = 0; k < n && !in_.failed(); ++k) {
      std::string key(string_ref());
      p.emplace_hint(p.end(), std::move(key), value());
    }
  }

  Status node(KnowledgeGraph& g, std::uint64_t i) {
    const std::size_t at = in_.offset();
    const std::string_view id = string_ref();
    const auto kind = in_.byte();
    if (in_.failed() || kind > static_cast<std::uint8_t>(NodeKind::kArticle)) return error("bad node", at);
    const Vertex v = g.add_node(std::string(id), static_cast<NodeKind>(kind));
    if (v != i) return error("duplicate node id \"" + std::string(id) + "\"", at);
    properties(g.node(v).props);
    return Status::ok();
  }

  Status edge(KnowledgeGraph& g) {
    const std::size_t at = in_.offset();
    const auto from = in_.varint();
    const auto to = in_.varint();
    EdgeData d{std::string(string_ref()), {}};
    properties(d.props);
    if (in_.failed() || from >= g.node_count() || to >= g.node_count()) return error("bad edge", at);
    g.add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), std::move(d));
    return Status::ok();
  }

  Cursor in_;
  std::uint64_t counts_[3] = {0, 0, 0};  // strings, nodes, edges
  std::vector<std::string_view> strings_;
};

}  // namespace

Result<KnowledgeGraph> read_snapshot(std::string_view bytes) { return SnapshotReader(bytes).read(); }

}  // namespace kg
