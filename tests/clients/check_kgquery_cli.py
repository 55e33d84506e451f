#!/usr/bin/python3
"""kgquery from the shell: where queries come from, output formats, GraphML, snapshots, exit codes.

Usage: check_kgquery_cli.py KGBUILD KGQUERY ARTICLES
Run with Debian's /usr/bin/python3 (python3-networkx)."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import networkx

kgbuild, kgquery, articles = sys.argv[1:4]
failures = []


def check(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


def run(*args, stdin=None):
    return subprocess.run([kgquery, *args], input=stdin, capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out")
    subprocess.run([kgbuild, articles, "-o", out, "--quiet", "--no-summary"], check=True)
    visits = "MATCH (p:Person)<-[:visitor]-(e:Event {eventType: 'visit'}) RETURN p.name AS who, e.startDate AS date ORDER BY date, who"

    r = run("--help")
    check(r.returncode == 0 and "Examples" in r.stdout and "kg.shortestPath" in r.stdout, "--help shows examples (exit 0)")

    # Formats (not a terminal: TSV by default).
    tsv = run(out, visits)
    lines = tsv.stdout.splitlines()
    check(tsv.returncode == 0 and lines[0] == "who\tdate" and len(lines) > 5, "TSV by default when stdout is not a terminal")
    rows = list(csv.reader(io.StringIO(run(out, visits, "--format", "csv").stdout)))
    check(rows[0] == ["who", "date"] and [r for r in rows[1:]] == [l.split("\t") for l in lines[1:]], "CSV holds the same rows")
    js = json.loads(run(out, visits, "--format", "json").stdout)
    check([[o["who"], o["date"]] for o in js] == [l.split("\t") for l in lines[1:]], "JSON holds the same rows")
    jl = [json.loads(l) for l in run(out, visits, "--format", "jsonl").stdout.splitlines()]
    check(jl == js, "JSONL holds the same rows, one object per line")
    table = run(out, visits, "--format", "table").stdout
    check(table.splitlines()[1].startswith("---") and table.rstrip().endswith(f"({len(lines) - 1} rows)"), "table format")

    # Where queries come from.
    two = "MATCH (c:Country {countryCode: 'CHN'}) RETURN c.name;\nMATCH (c:Country {countryCode: 'RUS'}) RETURN c.name;"
    r = run(out, stdin=two)
    check(r.returncode == 0 and r.stdout == "c.name\nChina\n\nc.name\nRussia\n", "queries on stdin, separated by ';'")
    script = os.path.join(tmp, "q.cypher")
    with open(script, "w", encoding="utf-8") as fh:
        fh.write("// a comment\n" + two)
    check(run(out, "-f", script).stdout == r.stdout, "queries from -f FILE")
    r = run(out, "--param", "cc=RUS", "--param", "n=1", "MATCH (c:Country {countryCode: $cc}) RETURN c.name LIMIT $n")
    check(r.stdout == "c.name\nRussia\n", "--param name=value")
    r = run(os.path.join(out, "graph.jsonld"), "RETURN 1 AS one")
    check(r.returncode == 0 and r.stdout == "one\n1\n", "GRAPH may be graph.jsonld itself")

    # Exit codes.
    r = run(out, "MATCH (p:Person RETURN p")
    check(r.returncode == 1 and "line 1, column 17: expected" in r.stderr and "^" in r.stderr,
          f"a bad query: exit 1, line, column and a caret ({r.returncode}: {r.stderr.strip()})")
    r = run(out, "MATCH (p:Person) RETURN sum(p.name)")
    check(r.returncode == 1 and "sum() needs numbers" in r.stderr, "a run-time error: exit 1")
    r = run(os.path.join(tmp, "missing"), "RETURN 1")
    check(r.returncode == 2 and "cannot load the graph" in r.stderr, "a missing graph: exit 2")
    os.makedirs(os.path.join(tmp, "broken"))
    with open(os.path.join(tmp, "broken", "graph.jsonld"), "w") as fh:
        fh.write('{"@graph": [')
    r = run(os.path.join(tmp, "broken"), "RETURN 1")
    check(r.returncode == 2 and "not valid JSON" in r.stderr, "a broken graph.jsonld: exit 2")
    empty = "MATCH (p:Person {name: 'Nobody'}) RETURN p.name"
    r = run(out, empty)
    check(r.returncode == 0 and r.stdout == "p.name\n", "no rows: exit 0 and just the header")
    r = run(out, empty, "--fail-on-empty")
    check(r.returncode == 3, "no rows with --fail-on-empty: exit 3")
    check(run(out, "RETURN 1", "--no-such-option").returncode == 4, "a bad option: exit 4")
    check(run(out, "RETURN 1", "--format", "xml").returncode == 4, "a bad format: exit 4")

    # GraphML for Gephi.
    gml = os.path.join(tmp, "ego.graphml")
    r = run(out, "--graphml", gml, "CALL kg.ego('Vladimir Putin', 1)")
    g = networkx.read_graphml(gml)
    names = sorted(d["label"] for _, d in g.nodes(data=True))
    check(r.returncode == 0 and "Vladimir Putin" in names and g.number_of_edges() >= 1 and not g.is_directed(),
          f"--graphml writes the ego network as relations ({names})")
    gml2 = os.path.join(tmp, "visits.graphml")
    run(out, "--graphml", gml2, "MATCH (e:Event {eventType: 'visit'})-[r]->(x) RETURN e, r, x")
    g2 = networkx.read_graphml(gml2)
    kinds = {d["kind"] for _, d in g2.nodes(data=True)}
    check(g2.is_directed() and "event" in kinds and g2.number_of_edges() > 10, "--graphml writes events with their roles")

    # Snapshots: written on request, read when fresh, same answers.
    r = run(out, "RETURN 1", "--save-snapshot", "--load", "jsonld")
    snap = os.path.join(out, "graph.kgsnap")
    check(os.path.exists(snap), "--save-snapshot writes graph.kgsnap next to graph.jsonld")
    big = "MATCH (e:Event)-[r]->(x) RETURN id(e), type(r), id(x), e.startDate, e.value ORDER BY id(e), type(r), id(x)"
    a = run(out, big, "--load", "jsonld").stdout
    b = run(out, big, "--load", "snapshot").stdout
    c = run(snap, big).stdout
    check(a == b == c and len(a.splitlines()) > 100, "the snapshot gives the same answers as the JSON-LD")
    r = run(out, "RETURN 1", "--timing")
    check("graph.kgsnap" in r.stderr, "a fresh snapshot is preferred (--timing says what was loaded)")
    os.utime(snap, (1, 1))
    r = run(out, "RETURN 1", "--timing")
    check("graph.jsonld" in r.stderr and "older than" in r.stderr, "a stale snapshot is ignored, with a warning")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("kgquery command-line checks passed")
