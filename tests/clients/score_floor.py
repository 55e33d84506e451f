#!/usr/bin/python3
"""Extraction quality floor: run kgbuild on a folder of annotated articles and score it with
../shared/eval/score.py. Fails when a score falls below the floor in FLOOR_JSON (floors may only
go up). Exits 77 (skipped) when the scorer is not available.

Usage: score_floor.py KGBUILD ARTICLES GOLD SCORER FLOOR_JSON KEY"""
import json
import os
import subprocess
import sys
import tempfile

kgbuild, articles, gold, scorer, floor_file, key = sys.argv[1:7]
if not os.path.exists(scorer) or not os.path.isdir(articles):
    print(f"skipped: {scorer} or {articles} not found")
    sys.exit(77)
with open(floor_file, encoding="utf-8") as fh:
    floor = json.load(fh)[key]
with tempfile.TemporaryDirectory() as out:
    subprocess.run([kgbuild, articles, "-o", out, "--quiet", "--no-summary"], check=True)
    res = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", os.path.join(out, "graph.jsonld"), "--json"],
                         check=True, capture_output=True, text=True)
    summary = json.loads(res.stdout)
failed = []


def f1(c):
    p = c.get("strict", 0) / c["pred"] if c.get("pred") else 0.0
    r = c.get("strict", 0) / c["gold"] if c.get("gold") else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


got = {"strict_f1": summary["strict"]["f1"], "person_recall": summary["person_recall"] or 0.0}
for t, c in summary["per_type"].items():
    got[f"type.{t}"] = f1(c)
for l, c in summary["per_lang"].items():
    got[f"lang.{l}"] = f1(c)
for name, minimum in sorted(floor.items()):
    value = got.get(name, 0.0)
    status = "ok" if value + 1e-9 >= minimum else "BELOW FLOOR"
    print(f"{name:<22} {value:.3f} (floor {minimum:.3f}) {status}")
    if status != "ok":
        failed.append(name)
sys.exit(1 if failed else 0)
