// Exporters: each writes one format from the KnowledgeGraph, deterministically (nodes sorted by
// id, keys in a fixed order, no timestamps, no absolute paths).
#pragma once

#include <ostream>
#include <string>

#include "kg/graph.h"

namespace kg {

// JSON-LD: one document with the inline @context (schema/context.jsonld, nothing fetched) and a
// top-level @graph of node objects (Country, Person, Organization, NewsArticle, Event). Events
// carry their roles as schema.org Role objects and their mentions as W3C Web Annotations
// (oa:TextPositionSelector with oa:start/oa:end in code points, oa:TextQuoteSelector).
std::string to_jsonld(const KnowledgeGraph& g, const std::string& context_document);
// The same, written to a stream as it is rendered (no copy of the document in memory).
void write_jsonld(std::ostream& out, const KnowledgeGraph& g, const std::string& context_document);

// GraphML for Gephi, networkx, igraph: actors and events (bipartite, directed event → actor,
// the role as edge label).
std::string to_graphml(const KnowledgeGraph& g);
void write_graphml(std::ostream& out, const KnowledgeGraph& g);

// GraphML of actor–actor relations: one undirected edge per related pair and event type, with
// weight = number of events and the first and last date.
std::string to_relations_graphml(const KnowledgeGraph& g);
// The same, keeping the actors that have no relation as nodes without edges (kgquery --graphml).
std::string to_relations_graphml(const KnowledgeGraph& g, bool keep_isolated);
void write_relations_graphml(std::ostream& out, const KnowledgeGraph& g, bool keep_isolated = false);

// The binary snapshot graph.kgsnap: every node, edge and property of the graph in a compact,
// versioned form (layout in src/graph/snapshot_format.h) that read_snapshot() in kg/load.h
// loads several times faster than the JSON-LD. Deterministic: the same graph gives the same bytes.
std::string to_snapshot(const KnowledgeGraph& g);

}  // namespace kg
