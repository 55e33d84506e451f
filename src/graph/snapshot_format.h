// The binary snapshot graph.kgsnap: written by to_snapshot() (src/export/snapshot.cpp), read by
// read_snapshot() (src/graph/snapshot_reader.cpp). It holds exactly the KnowledgeGraph.
//
// All integers are little-endian; "varint" is LEB128 (7 bits per byte, low bits first).
//
//   header   8 bytes  magic "KGSNAP\r\n"
//            u32      format version (kSnapshotVersion)
//            u32      flags (0)
//            u64      number of strings S, u64 number of nodes N, u64 number of edges E
//            u64      byte offset of the edges section (so nodes and edges decode in parallel)
//   strings  S times: varint byte length, UTF-8 bytes. Every id, property key, edge type and
//            string value is stored once and referred to by its index.
//   nodes    N times, sorted by id: varint id (string index), u8 kind (NodeKind), properties
//   edges    E times, grouped by source node in node order, each node's out-edges sorted by
//            (type, target id, properties): varint source (node index), varint target (node
//            index), varint type (string index), properties
//   trailer  8 bytes  "KGSNAPOK" (a truncated file is detected without a checksum pass)
//
//   properties: varint count, then per property in key order: varint key (string index),
//   u8 tag, payload:
//     0 null | 1 false | 2 true | 3 integer: zigzag varint | 4 double: 8 bytes IEEE 754
//     5 string: varint string index | 6 list of strings: varint n, n string indices
//
// A reader rejects any other version; bump it for any change to this layout.
#pragma once

#include <cstdint>

namespace kg::snapshot {

inline constexpr char kMagic[8] = {'K', 'G', 'S', 'N', 'A', 'P', '\r', '\n'};
inline constexpr char kTrailer[8] = {'K', 'G', 'S', 'N', 'A', 'P', 'O', 'K'};
inline constexpr std::uint32_t kSnapshotVersion = 1;

enum Tag : std::uint8_t { kNull = 0, kFalse = 1, kTrue = 2, kInt = 3, kDouble = 4, kString = 5, kList = 6 };

}  // namespace kg::snapshot
