#!/usr/bin/python3
"""Client test: real graph tools read what kgbuild writes.

networkx and igraph read both GraphML files; rdflib parses graph.jsonld offline (the @context is
inline) and SPARQL queries over it return the events of the golden digest.

Usage: check_clients.py KGBUILD ARTICLES GOLDEN_DIGEST
Run with Debian's /usr/bin/python3 (python3-networkx, python3-igraph, python3-rdflib)."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

import igraph
import networkx
import rdflib

kgbuild, articles, golden = sys.argv[1:4]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


with tempfile.TemporaryDirectory() as out:
    subprocess.run([kgbuild, articles, "-o", out, "--quiet", "--no-summary"], check=True)
    with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as fh:
        doc = json.load(fh)
    kinds = collections.Counter(n["@type"] for n in doc["@graph"])
    n_actors = sum(kinds[k] for k in ("Country", "Person", "Organization", "GovernmentOrganization"))
    n_events = kinds["Event"]

    # networkx
    g = networkx.read_graphml(os.path.join(out, "graph.graphml"))
    check(g.is_directed(), "graph.graphml is directed (event → actor)")
    check(g.number_of_nodes() == n_actors + n_events,
          f"graph.graphml has actors + events as nodes ({g.number_of_nodes()} vs {n_actors + n_events})")
    check(all("label" in d and "kind" in d for _, d in g.nodes(data=True)), "every node has a label and a kind")
    check(all("weight" in d and "label" in d for _, _, d in g.edges(data=True)), "every edge has a label and a weight")
    event_nodes = [d for _, d in g.nodes(data=True) if d["kind"] == "event"]
    check(all("eventType" in d for d in event_nodes), "event nodes carry eventType")
    r = networkx.read_graphml(os.path.join(out, "relations.graphml"))
    check(not r.is_directed(), "relations.graphml is undirected")
    check(r.number_of_edges() > 0, "relations.graphml has edges")
    check(all(isinstance(d["weight"], float) and d["weight"] >= 1 for _, _, d in r.edges(data=True)),
          "relation weights are numbers >= 1")
    check(all(d.get("kind") in ("country", "person", "organization") for _, d in r.nodes(data=True)),
          "relations.graphml holds actors only")

    # igraph
    ig = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
    check(ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges(), "igraph reads graph.graphml alike")
    ir = igraph.Graph.Read_GraphML(os.path.join(out, "relations.graphml"))
    check(ir.ecount() == r.number_of_edges(), "igraph reads relations.graphml alike")

    # rdflib + SPARQL
    rdf = rdflib.Graph()
    rdf.parse(os.path.join(out, "graph.jsonld"), format="json-ld")
    check(len(rdf) > 100, "rdflib parses graph.jsonld into triples")
    prefixes = """PREFIX schema: <http://schema.org/>
                  PREFIX dkg: <https://w3id.org/diplomatic-kg/ns#>
                  PREFIX oa: <http://www.w3.org/ns/oa#>"""
    by_type = {str(t): int(n) for t, n in rdf.query(prefixes + """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dkg:eventType ?type } GROUP BY ?type""")}
    with open(golden, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    want = collections.Counter(l.split(" | ")[0] for l in lines)
    check(by_type == dict(want), f"SPARQL event counts by type {by_type} equal the golden digest's {dict(want)}")

    visits = sorted((str(name), str(date) if date else "") for name, date in rdf.query(prefixes + """
        SELECT ?name ?date WHERE {
          ?e dkg:eventType "visit" ; schema:participant ?r .
          ?r schema:roleName "visitor" ; schema:participant ?p .
          ?p schema:name ?name .
          OPTIONAL { ?e schema:startDate ?date }
        }"""))
    want_visits = []
    for l in lines:
        parts = l.split(" | ")
        if parts[0] != "visit":
            continue
        roles = dict(re.findall(r"(\w+)=(.*?)(?= \w+=|$)", parts[1]))
        want_visits.append((roles["visitor"], parts[2].split("..")[0]))
    check(visits == sorted(want_visits), f"SPARQL visits {visits} equal the golden digest's {sorted(want_visits)}")

    # Every mention points into an article, with offsets.
    n_mentions = len(list(rdf.query(prefixes + """
        SELECT ?m WHERE { ?e dkg:mention ?m . ?m oa:hasTarget ?t . ?t oa:hasSource ?a . ?a a schema:NewsArticle .
                          ?t oa:hasSelector ?s . ?s oa:start ?start ; oa:end ?end }""")))
    check(n_mentions > 0, "mentions are web annotations with text positions")

if failures:
    print(f"{len(failures)} client check(s) failed")
    sys.exit(1)
print("client checks passed")
