#!/usr/bin/python3
"""Cross-check: kgquery's answers equal the same questions asked of graph.jsonld by real clients.

Each question is asked twice on the bundled samples: in Cypher with `kgquery --format json`, and in
SPARQL with rdflib over graph.jsonld (offline: the @context is inline). The two answers must hold
the same rows (as multisets). The graph procedures are checked against networkx on the actor
projection built here from the JSON-LD (actors related when they take part in the same event).

Usage: check_sparql.py KGBUILD KGQUERY ARTICLES
Run with Debian's /usr/bin/python3 (python3-rdflib, python3-networkx)."""
import collections
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile

import networkx
import rdflib

kgbuild, kgquery, articles = sys.argv[1:4]
BASE = "https://w3id.org/diplomatic-kg/id/"
PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX dkg: <https://w3id.org/diplomatic-kg/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    else:
        print("ok:", what)


def norm(v):
    """One form for both sides: IRIs relative to the base, numbers as rounded floats."""
    if isinstance(v, rdflib.term.Literal):
        v = v.toPython()
    if isinstance(v, rdflib.term.URIRef):
        v = str(v)
        return v[len(BASE):] if v.startswith(BASE) else v
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 6)
    return str(v)


def ask_kgquery(out, cypher):
    r = subprocess.run([kgquery, out, "--format", "json", cypher], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"kgquery failed ({r.returncode}): {r.stderr}\n{cypher}")
    rows = json.loads(r.stdout)
    return collections.Counter(tuple(norm(v) for v in row.values()) for row in rows)


def ask_sparql(rdf, sparql):
    return collections.Counter(tuple(norm(v) for v in row) for row in rdf.query(PREFIXES + sparql))


# (question, Cypher, SPARQL): the columns in the same order on both sides.
QUESTIONS = [
    ("every visit: visitor, destination, date",
     """MATCH (p)<-[:visitor]-(e:Event {eventType: 'visit'})-[:destination]->(c)
        RETURN p.name, c.name, e.startDate""",
     """SELECT ?visitor ?destination ?date WHERE {
          ?e dkg:eventType "visit" ; schema:participant ?r1, ?r2 .
          ?r1 schema:roleName "visitor" ; schema:participant ?p . ?p schema:name ?visitor .
          ?r2 schema:roleName "destination" ; schema:participant ?c . ?c schema:name ?destination .
          OPTIONAL { ?e schema:startDate ?date } }"""),
    ("whom did Xi Jinping phone, and how often",
     """MATCH (:Person {name: 'Xi Jinping'})<-[:party]-(e:Event {eventType: 'phone_call'})-[:party]->(o)
        RETURN o.name, count(*)""",
     """SELECT ?partner (COUNT(*) AS ?n) WHERE {
          ?e dkg:eventType "phone_call" ; schema:participant ?r1, ?r2 .
          ?r1 schema:roleName "party" ; schema:participant ?x . ?x schema:name "Xi Jinping" .
          ?r2 schema:roleName "party" ; schema:participant ?o . ?o schema:name ?partner .
          FILTER (?r1 != ?r2) } GROUP BY ?partner"""),
    ("trade figures between China and Russia over time",
     """MATCH (:Country {countryCode: 'CHN'})<--(e:Event {eventType: 'trade_figure'})-->(:Country {countryCode: 'RUS'})
        RETURN e.startDate, e.value, e.currency""",
     """SELECT ?date ?value ?currency WHERE {
          ?e dkg:eventType "trade_figure" ; schema:participant ?r1, ?r2 ; dkg:amount ?m .
          ?m schema:value ?value ; schema:currency ?currency .
          ?r1 schema:participant ?a . ?a dkg:countryCode "CHN" .
          ?r2 schema:participant ?b . ?b dkg:countryCode "RUS" .
          OPTIONAL { ?e schema:startDate ?date } }"""),
    ("events by type",
     "MATCH (e:Event) RETURN e.eventType, count(*)",
     """SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a schema:Event ; dkg:eventType ?type } GROUP BY ?type"""),
    ("events in 2021 by type and status (ISO dates compared as text)",
     """MATCH (e:Event) WHERE e.startDate >= '2021' AND e.startDate < '2022' RETURN e.eventType, e.status, count(*)""",
     """SELECT ?type ?status (COUNT(?e) AS ?n) WHERE {
          ?e a schema:Event ; dkg:eventType ?type ; dkg:status ?status ; schema:startDate ?d .
          FILTER (STR(?d) >= "2021" && STR(?d) < "2022") } GROUP BY ?type ?status"""),
    ("persons by nationality",
     "MATCH (p:Person)-[:nationality]->(c:Country) RETURN c.countryCode, count(p)",
     """SELECT ?cc (COUNT(?p) AS ?n) WHERE { ?p a schema:Person ; schema:nationality ?c . ?c dkg:countryCode ?cc }
        GROUP BY ?cc"""),
    ("countries and their number of nationals, none included (OPTIONAL MATCH)",
     "MATCH (c:Country) OPTIONAL MATCH (c)<-[:nationality]-(p:Person) RETURN id(c), count(p)",
     """SELECT ?c (COUNT(?p) AS ?n) WHERE { ?c a schema:Country . OPTIONAL { ?p schema:nationality ?c } } GROUP BY ?c"""),
    ("organisations and their country",
     "MATCH (o:Organization) OPTIONAL MATCH (o)-[:country]->(c) RETURN o.name, c.countryCode",
     """SELECT ?name ?cc WHERE { { ?o a schema:Organization } UNION { ?o a schema:GovernmentOrganization }
          ?o schema:name ?name . OPTIONAL { ?o schema:location ?c . ?c dkg:countryCode ?cc } }"""),
    ("every mention: event, article, offsets, trigger",
     """MATCH (e:Event)-[m:mentionedIn]->(a:Article) RETURN id(e), a.identifier, m.start, m.end, m.trigger""",
     """SELECT ?e ?ident ?start ?end ?trigger WHERE {
          ?e dkg:mention ?m . ?m oa:hasTarget ?t ; dkg:trigger ?trigger . ?t oa:hasSource ?a ; oa:hasSelector ?s .
          ?a schema:identifier ?ident . ?s oa:start ?start ; oa:end ?end }"""),
    ("articles by language",
     "MATCH (a:Article) RETURN a.inLanguage, count(*)",
     """SELECT ?lang (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:inLanguage ?lang } GROUP BY ?lang"""),
    ("treaties and their parties (IN, STARTS WITH)",
     """MATCH (e:Event)-[:party]->(c:Country) WHERE e.eventType STARTS WITH 'treaty' AND c.countryCode IN ['FRA', 'BEL', 'CHN']
        RETURN e.eventType, c.name""",
     """SELECT ?type ?name WHERE { ?e dkg:eventType ?type ; schema:participant ?r .
          ?r schema:roleName "party" ; schema:participant ?c . ?c a schema:Country ; schema:name ?name ; dkg:countryCode ?cc .
          FILTER (STRSTARTS(?type, "treaty") && ?cc IN ("FRA", "BEL", "CHN")) }"""),
    ("distinct persons two events away from Sergey Lavrov (variable-length paths)",
     """MATCH (l:Person {name: 'Sergey Lavrov'})-[:party|visitor|destination*4]-(p:Person) WHERE p <> l
        RETURN DISTINCT p.name""",
     None),  # checked against networkx below
]


def projection(doc):
    """The actor projection, as kgquery's procedures define it, from the JSON-LD alone."""
    actors = {n["@id"]: n for n in doc["@graph"]
              if n["@type"] in ("Country", "Person", "Organization", "GovernmentOrganization")}
    g = networkx.Graph()
    g.add_nodes_from(actors)
    for n in doc["@graph"]:
        if n["@type"] != "Event":
            continue
        parts = sorted({r["participant"]["@id"] for r in n.get("participant", []) if r["participant"]["@id"] in actors})
        g.add_edges_from(itertools.combinations(parts, 2))
    return g, actors


def procedure_rows(out, cypher):
    r = subprocess.run([kgquery, out, "--format", "json", cypher], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


with tempfile.TemporaryDirectory() as out:
    subprocess.run([kgbuild, articles, "-o", out, "--quiet", "--no-summary"], check=True)
    rdf = rdflib.Graph()
    rdf.parse(os.path.join(out, "graph.jsonld"), format="json-ld")
    with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as fh:
        doc = json.load(fh)

    for what, cypher, sparql in QUESTIONS:
        if sparql is None:
            continue
        got, want = ask_kgquery(out, cypher), ask_sparql(rdf, sparql)
        check(got == want and len(want) > 0,
              f"{what}: kgquery {sorted(got.items())[:6]}… = SPARQL {sorted(want.items())[:6]}… ({sum(want.values())} rows)")

    g, actors = projection(doc)
    name = {i: n.get("name", i) for i, n in actors.items()}

    # Variable-length paths: persons reachable in exactly two events (4 role relationships).
    lavrov = next(i for i, n in actors.items() if n.get("name") == "Sergey Lavrov")
    got = {r["p.name"] for r in procedure_rows(out, QUESTIONS[-1][1])}
    events = {n["@id"]: {r["participant"]["@id"] for r in n.get("participant", [])
                         if r["roleName"] in ("party", "visitor", "destination")}
              for n in doc["@graph"] if n["@type"] == "Event"}
    bip = networkx.Graph()
    for e, ps in events.items():
        bip.add_edges_from((e, p) for p in ps)
    # Persons at the end of a 4-step path in the bipartite event–actor graph.
    reach = set()
    for target in bip.nodes:
        if target in actors and actors[target]["@type"] == "Person" and target != lavrov:
            for p in networkx.all_simple_paths(bip, lavrov, target, cutoff=4):
                if len(p) == 5:
                    reach.add(name[target])
    check(got == reach, f"variable-length *4 from Sergey Lavrov: kgquery {sorted(got)} = networkx {sorted(reach)}")

    rows = procedure_rows(out, "CALL kg.centrality('degree') YIELD node, score RETURN node, score")
    check({r["node"]["@id"]: r["score"] for r in rows} == dict(g.degree()), "kg.centrality('degree') = networkx degree")

    rows = procedure_rows(out, "CALL kg.centrality('betweenness') YIELD node, score RETURN node, score")
    bc = networkx.betweenness_centrality(g, normalized=False)
    check(all(math.isclose(r["score"], bc[r["node"]["@id"]], abs_tol=1e-9) for r in rows) and len(rows) == len(bc),
          "kg.centrality('betweenness') = networkx betweenness_centrality(normalized=False)")

    rows = procedure_rows(out, "CALL kg.centrality('pagerank') YIELD node, score RETURN node, score")
    pr = networkx.pagerank(g, tol=1e-13, max_iter=1000)
    check(all(math.isclose(r["score"], pr[r["node"]["@id"]], abs_tol=1e-6) for r in rows) and len(rows) == len(pr),
          "kg.centrality('pagerank') = networkx pagerank")

    rows = procedure_rows(out, "CALL kg.components() YIELD component, size, node RETURN component, size, node")
    ours = sorted(collections.Counter(r["component"] for r in rows).values(), reverse=True)
    theirs = sorted((len(c) for c in networkx.connected_components(g)), reverse=True)
    check(ours == theirs, f"kg.components() sizes {ours[:6]}… = networkx {theirs[:6]}…")

    xi = next(i for i, n in actors.items() if n.get("name") == "Xi Jinping")
    rows = procedure_rows(out, "CALL kg.shortestPath('Sergey Lavrov', 'Xi Jinping')")
    check(len(rows) - 1 == networkx.shortest_path_length(g, lavrov, xi),
          f"kg.shortestPath length {len(rows) - 1} = networkx {networkx.shortest_path_length(g, lavrov, xi)}")
    check(all(g.has_edge(a["node"]["@id"], b["node"]["@id"]) for a, b in zip(rows, rows[1:])),
          "each step of kg.shortestPath is a relation in the projection")

    china = next(i for i, n in actors.items() if n.get("countryCode") == "CHN" and n["@type"] == "Country")
    rows = procedure_rows(out, "CALL kg.neighbours('China', 2) YIELD node, distance RETURN node, distance")
    lengths = networkx.single_source_shortest_path_length(g, china, cutoff=2)
    check({r["node"]["@id"]: r["distance"] for r in rows} == {k: v for k, v in lengths.items() if v > 0},
          "kg.neighbours('China', 2) = networkx shortest path lengths within 2")

if failures:
    print(f"{len(failures)} cross-check(s) failed")
    sys.exit(1)
print("kgquery agrees with SPARQL (rdflib) and networkx")
