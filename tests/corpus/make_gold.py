#!/usr/bin/env python3
"""Turn a hand-written annotation (text snippets, no offsets) into NAME.gold.json.

The held-out articles in heldout/ are annotated by hand in NAME.ann next to NAME.txt,
following ../../../shared/corpus/GUIDELINES.md. Offsets are never typed by hand: this
script finds every snippet in the article, checks that it matches exactly, and writes
the gold file in the format score.py reads (Unicode code points, end exclusive).

Usage:
  make_gold.py heldout/*.ann            # write heldout/NAME.gold.json for each spec
  make_gold.py --check heldout/X.ann    # write nothing; print claims in context and the
                                        # capitalised words / digits no entity covers
  make_gold.py --verify heldout/*.ann   # write nothing; exit 1 if a gold file is stale

Spec lines (blank lines and lines starting with '#' are ignored):

  PERSON Raila Odinga           every occurrence of the snippet, as a whole word
  PERSON Odinga @2              only the 2nd occurrence; "@1,3" for the 1st and 3rd
  CLAIM direct assert: Hurreh | says | And that's a mystery we want to know
  CLAIM indirect deny: - | reject | that claim @1

A label line is one of PERSON ORG PLACE NORP DATE QUANTITY. A CLAIM line is
"CLAIM kind stance: source | cue | content": '-' stands for a null source or cue; each
part may end in "@n". A long content may be written "first words ... last words".
Without "@n" the content must occur once, the cue is the occurrence nearest to the
content and the source the one nearest to the cue, preferring the same paragraph:
  "“A,” Hurreh says." -> cue "says" next to A, source "Hurreh" next to that cue.
"""
import argparse
import json
import pathlib
import re
import sys

LABELS = ("PERSON", "ORG", "PLACE", "NORP", "DATE", "QUANTITY")
KINDS = ("direct", "indirect", "mixed")
STANCES = ("assert", "deny")


class SpecError(Exception):
    pass


def find_all(text, snippet):
    """Whole-word occurrences of snippet: "Ali" does not match inside "Alim"."""
    spans, i = [], text.find(snippet)
    while i >= 0:
        j = i + len(snippet)
        starts_word = i == 0 or not (snippet[0].isalnum() and text[i - 1].isalnum())
        ends_word = j == len(text) or not (snippet[-1].isalnum() and text[j].isalnum())
        if starts_word and ends_word:
            spans.append((i, j))
        i = text.find(snippet, i + 1)
    return spans


def find_range(text, snippet):
    """Like find_all, but "first ... last" runs from first to the next last."""
    if " ... " not in snippet:
        return find_all(text, snippet)
    head, tail = snippet.split(" ... ", 1)
    out = []
    for s, e in find_all(text, head):
        ends = [t for t in find_all(text, tail) if t[0] >= e]
        if ends:
            out.append((s, ends[0][1]))
    return out


def split_index(part):
    """'Odinga @2' -> ('Odinga', [2]); 'Odinga' -> ('Odinga', None)."""
    m = re.fullmatch(r"(.*?)\s+@([\d,]+)", part.strip())
    if not m:
        return part.strip(), None
    return m.group(1), [int(n) for n in m.group(2).split(",")]


def distance(text, a, b):
    """Paragraph breaks between two spans first, then code points (for nearest-picking)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if lo >= hi:
        return (0, 0)
    return (text.count("\n\n", lo, hi), hi - lo)


def pick(text, part, near, what, lineno):
    snippet, index = split_index(part)
    spans = find_range(text, snippet)
    if not spans:
        raise SpecError(f"line {lineno}: {what} {snippet!r} is not in the article")
    if index:
        if len(index) != 1 or not 1 <= index[0] <= len(spans):
            raise SpecError(f"line {lineno}: {what} {snippet!r} occurs {len(spans)} times, not @{index}")
        return spans[index[0] - 1]
    if near is None:
        if len(spans) > 1:
            raise SpecError(f"line {lineno}: {what} {snippet!r} occurs {len(spans)} times; add @n")
        return spans[0]
    ranked = sorted(spans, key=lambda s: distance(text, s, near))
    if len(ranked) > 1 and distance(text, ranked[0], near) == distance(text, ranked[1], near):
        raise SpecError(f"line {lineno}: {what} {snippet!r} is equally near twice; add @n")
    return ranked[0]


def span_json(text, s):
    return {"start": s[0], "end": s[1], "text": text[s[0]:s[1]]}


def build(spec_path):
    spec_path = pathlib.Path(spec_path)
    text = spec_path.with_suffix(".txt").read_text(encoding="utf-8")
    entities, claims = [], []
    for lineno, raw in enumerate(spec_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" ")
        if head in LABELS:
            snippet, index = split_index(rest)
            spans = find_all(text, snippet)
            if not spans:
                raise SpecError(f"line {lineno}: {head} {snippet!r} is not in the article")
            for k in index or []:
                if not 1 <= k <= len(spans):
                    raise SpecError(f"line {lineno}: {snippet!r} occurs {len(spans)} times, not @{k}")
            chosen = [spans[k - 1] for k in index] if index else spans
            for s in chosen:
                entities.append({**span_json(text, s), "label": head, "line": lineno})
        elif head == "CLAIM":
            kind_stance, colon, parts = rest.partition(":")
            kind, _, stance = kind_stance.strip().partition(" ")
            parts = [p.strip() for p in parts.split("|")]
            if not colon or kind not in KINDS or stance.strip() not in STANCES or len(parts) != 3:
                raise SpecError(f"line {lineno}: want 'CLAIM kind stance: source | cue | content'")
            source, cue, content = parts
            content_span = pick(text, content, None, "content", lineno)
            cue_span = None if cue == "-" else pick(text, cue, content_span, "cue", lineno)
            source_span = None if source == "-" else pick(
                text, source, cue_span or content_span, "source", lineno)
            claims.append({
                "source": span_json(text, source_span) if source_span else None,
                "cue": span_json(text, cue_span) if cue_span else None,
                "content": span_json(text, content_span),
                "kind": kind, "stance": stance.strip(), "line": lineno})
        else:
            raise SpecError(f"line {lineno}: unknown line {head!r}")
    entities.sort(key=lambda e: e["start"])
    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            raise SpecError(f"lines {a['line']} and {b['line']}: entities {a['text']!r} and "
                            f"{b['text']!r} overlap")
    return text, entities, claims


def report(text, entities, claims):
    """What a reviewer reads: each claim in context, then words no entity covers."""
    for c in claims:
        src = c["source"]["text"] if c["source"] else "-"
        cue = c["cue"]["text"] if c["cue"] else "-"
        at = lambda part: f"@{part['start']}" if part else ""
        print(f"[{c['kind']} {c['stance']}] {src}{at(c['source'])} | {cue}{at(c['cue'])} | "
              f"{c['content']['text']}{at(c['content'])}")
    covered = [False] * len(text)
    for e in entities:
        for i in range(e["start"], e["end"]):
            covered[i] = True
    loose = sorted({m.group() for m in re.finditer(r"\b(?:[A-Z][\w.'’-]*|\d[\d,.]*)", text)
                    if not covered[m.start()]})
    print("not covered:", ", ".join(loose))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    ap.add_argument("--verify", action="store_true", help="fail when a gold file is stale")
    args = ap.parse_args()
    failed = False
    for spec in args.specs:
        try:
            text, entities, claims = build(spec)
        except (SpecError, OSError) as e:
            print(f"{spec}: {e}", file=sys.stderr)
            failed = True
            continue
        if args.check:
            print(f"== {spec}")
            report(text, entities, claims)
            continue
        strip = lambda d: {k: v for k, v in d.items() if k != "line"}
        gold = {"entities": [strip(e) for e in entities], "claims": [strip(c) for c in claims]}
        out = pathlib.Path(spec).with_suffix(".gold.json")
        serialized = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if args.verify:
            if not out.exists() or out.read_text(encoding="utf-8") != serialized:
                print(f"{out}: stale, rerun make_gold.py {spec}", file=sys.stderr)
                failed = True
            continue
        out.write_text(serialized, encoding="utf-8")
        print(f"{out}: {len(entities)} entities, {len(claims)} claims")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
