#!/usr/bin/env python3
"""Verify a story set's gold.json against its article files (stdlib only).

Usage: python3 scripts/check-story-gold.py data/stories-extra   (or data/stories-heldout)
One checker for the project's own sets, adapted from ../shared/data/stories-dev's (word range 150-350).
"""
import json, os, re, sys

if len(sys.argv) != 2:
    sys.exit("usage: check-story-gold.py FOLDER")
HERE = os.path.abspath(sys.argv[1])
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(HERE) if re.match(r"^\d{3}_[a-z0-9-]+\.txt$", f))
text = {f: open(os.path.join(HERE, f), encoding="utf-8").read() for f in files}
errs = []

def err(m):
    errs.append(m)
    print("VIOLATION:", m)

def has(f, s, ctx):
    if f not in text:
        err(f"{ctx}: file {f} does not exist"); return
    if s not in text[f]:
        err(f"{ctx}: {s!r} not found verbatim in {f}")

# clusters: every file in exactly one cluster
seen = {}
for cid, fl in gold["clusters"].items():
    for f in fl:
        if f in seen:
            err(f"{f} in clusters {seen[f]} and {cid}")
        seen[f] = cid
for f in files:
    if f not in seen:
        err(f"{f} belongs to no cluster")
for f in seen:
    if f not in text:
        err(f"cluster file {f} does not exist")
for f in files:
    w = len(text[f].split())
    if not 150 <= w <= 350:
        err(f"{f}: {w} words (expected 150-350)")

for nd in gold.get("near_duplicates", []):
    has(nd["copy"], nd["added_key_phrase"], "near_dup added")
    if nd["added_key_phrase"] in text.get(nd["original"], ""):
        err("near_dup added phrase also in original")
    has(nd["original"], nd["dropped_key_phrase"], "near_dup dropped")
    if nd["dropped_key_phrase"] in text.get(nd["copy"], ""):
        err("near_dup dropped phrase still in copy")

iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
for st in gold["stories"]:
    sid = st["id"]; g = st["gold"]; arts = st["articles"]
    if sorted(arts) != sorted(gold["clusters"].get(sid, [])):
        err(f"{sid}: articles differ from clusters[{sid}]")
    for d in st["distractors_must_not_join"] + st["hard_distractors"]:
        if not seen.get(d, "").startswith("E_"):
            err(f"{sid}: {d} listed as distractor but not in an E_ cluster")
    def inst(f, ctx):
        if f not in arts:
            err(f"{sid} {ctx}: {f} is not an article of this story")
    for a in g["aliases"]:
        for v, fl in a["where"].items():
            if v not in a["variants"]:
                err(f"{sid} alias {a['canonical']}: where-key {v!r} not in variants")
            for f in fl:
                inst(f, "alias"); has(f, v, f"{sid} alias")
        for v in a["variants"]:
            if v not in a["where"]:
                err(f"{sid} alias variant {v!r} has no 'where'")
    de = g["date_error"]
    inst(de["file"], "date_error"); has(de["file"], de["wrong"], f"{sid} date_error.wrong")
    if not iso.match(de["right_iso"]):
        err(f"{sid} date_error.right_iso not ISO")
    for nd in g["numeric_disagreements"]:
        vals = [v["value"] for v in nd["variants"]]
        if len(set(vals)) < 2:
            err(f"{sid} numeric {nd['what']}: fewer than 2 values")
        for v in nd["variants"]:
            for f in v["files"]:
                inst(f, "numeric"); has(f, v["value"], f"{sid} numeric {nd['what']}")
    prev = ""; core = 0
    for t in g["timeline"]:
        if not iso.match(t["date"]):
            err(f"{sid} timeline date {t['date']} not ISO")
        if t["date"] < prev:
            err(f"{sid} timeline not chronological at {t['date']}")
        prev = t["date"]; core += bool(t.get("core"))
        for f in t["files"]:
            inst(f, "timeline")
            if f not in t["evidence"]:
                err(f"{sid} timeline {t['date']}: no evidence for {f}")
        for f, s in t["evidence"].items():
            has(f, s, f"{sid} timeline evidence")
    if core != 1:
        err(f"{sid}: {core} core timeline entries (need 1)")
    for q in g["quotes"]:
        for f in q["files"]:
            inst(f, "quote")
            if f in q.get("worded_differently", {}):
                has(f, q["worded_differently"][f], f"{sid} quote variant")
            else:
                has(f, q["key_phrase"], f"{sid} quote key_phrase")
    for ac in g["acronyms"]:
        for f in ac["files_short"]:
            inst(f, "acronym"); has(f, ac["short"], f"{sid} acronym short")
        for f in ac["files_long"]:
            inst(f, "acronym"); has(f, ac["long"], f"{sid} acronym long")
    for df in g["distinctive_facts"]:
        inst(df["file"], "distinctive"); has(df["file"], df["key_phrase"], f"{sid} distinctive")
        for o in arts:
            if o != df["file"] and df["key_phrase"] in text.get(o, ""):
                err(f"{sid} distinctive {df['key_phrase']!r} of {df['file']} also in {o}")
    for a in arts:
        n = sum(1 for df in g["distinctive_facts"] if df["file"] == a)
        if not 1 <= n <= 3:
            err(f"{sid}: {a} has {n} distinctive facts (need 1-3)")
    for b in g["boilerplate_never_output"]:
        if not any(b in text[f] for f in arts if f in text):
            err(f"{sid} boilerplate {b!r} in no article")
    for b in g["boilerplate_lines_to_strip"]:
        if not any(b in text[f].splitlines() for f in arts if f in text):
            err(f"{sid} strip-line {b!r} is not a lone line in any article")
    for nd in g.get("non_disputes", []):
        for v in nd["values"]:
            if not any(v in text.get(f, "") for f in nd["files"]):
                err(f"{sid} non_dispute {nd['what']}: {v!r} in none of {nd['files']}")
        for f in nd["files"]:
            inst(f, "non_dispute")

for ds in gold["distractor_stories"]:
    if sorted(ds["files"]) != sorted(gold["clusters"].get(ds["id"], [])):
        err(f"{ds['id']}: files differ from clusters")
    for s in ds["shared_with_A"]:
        if not any(s in text.get(f, "") for f in ds["files"]):
            err(f"{ds['id']}: shared term {s!r} in none of its files")

print("OK" if not errs else f"{len(errs)} violation(s)")
sys.exit(1 if errs else 0)
