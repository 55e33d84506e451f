// Loading a KnowledgeGraph back from what kgbuild wrote: the inverse of the exporters.
//
//   kg::LoadInfo info;
//   auto g = kg::load_graph("out/samples", {}, &info);   // a kgbuild folder, graph.jsonld or graph.kgsnap
//   if (!g) { /* g.status(): kNotFound, kIoError or kBadInput */ }
//   const kg::KnowledgeGraph& graph = **g;
//   std::printf("%zu nodes from %s\n", graph.node_count(), info.path.c_str());
//
// Two sources hold the same graph:
//
//   graph.jsonld  the JSON-LD document (src/export/jsonld.cpp). read_jsonld() inverts it exactly:
//                 Role objects become role edges (visitor, destination, party, exporter, importer),
//                 mention annotations become "mentionedIn" edges with start, end, sentence,
//                 trigger, triggerStart, triggerEnd and confidence; amount becomes value, currency
//                 and qualifier; nationality and location become "nationality" and "country"
//                 edges. The one thing JSON-LD does not carry is the actors' `registry` flag.
//   graph.kgsnap  a compact binary snapshot (to_snapshot() in kg/export.h) that loads several
//                 times faster and carries every property. Format: src/graph/snapshot_format.h.
//
// The graph comes in a unique_ptr: Boost 1.74's adjacency_list has no move constructor, so a
// KnowledgeGraph returned by value would be copied on every move.
//
// Both loaders build the graph in one canonical order (nodes by id, each node's out-edges by
// type, target id and properties), so a query gives the same rows whichever file it came from.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

enum class GraphSource {
  kAuto,      // the snapshot when it is present and not older than graph.jsonld, else JSON-LD
  kJsonld,    // graph.jsonld only
  kSnapshot,  // graph.kgsnap only
};

struct LoadInfo {
  std::string path;             // the file actually read
  GraphSource source = GraphSource::kAuto;  // kJsonld or kSnapshot: what it was
  std::string note;             // why the snapshot was not used, when it was not (empty otherwise)
};

// Loads the graph from `path`: a kgbuild output folder, its graph.jsonld or its graph.kgsnap.
// With kAuto, a folder or graph.jsonld is read from the sibling graph.kgsnap when that file is
// valid and not older than graph.jsonld; otherwise from the JSON-LD (info->note says why).
// Errors: kNotFound (no such file or folder, no graph in the folder), kIoError (unreadable),
// kBadInput (not a graph this version can read; the message says where it broke).
Result<std::unique_ptr<KnowledgeGraph>> load_graph(const std::filesystem::path& path, GraphSource source = GraphSource::kAuto,
                                                   LoadInfo* info = nullptr);

// Parses a graph.jsonld document, one @graph node at a time (the document is never held as a
// tree). Nodes whose @type is unknown are skipped, as are references to nodes not in @graph.
Result<std::unique_ptr<KnowledgeGraph>> read_jsonld(std::string_view text);

// Parses a graph.kgsnap snapshot. kBadInput when the magic, version or structure is wrong.
Result<std::unique_ptr<KnowledgeGraph>> read_snapshot(std::string_view bytes);

}  // namespace kg
