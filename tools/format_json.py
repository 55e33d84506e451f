#!/usr/bin/env python3
"""Rewrites schema JSON files in the project's layout: objects indented, arrays of scalars and
small flat objects on one line. Usage: tools/format_json.py FILE..."""
import json
import sys


def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        flat = all(not isinstance(x, (dict, list)) for x in v.values())
        one = json.dumps(v, ensure_ascii=False)
        if flat and len(one) + len(pad) <= 160:
            return one
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {dump(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return json.dumps(v, ensure_ascii=False)
        items = [pad + "  " + dump(x, indent + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(dump(data) + "\n")
