"""Build ``data/events/cameo_verbs.tsv`` and ``cameo_patterns.tsv`` from CAMEO.2.0.txt and CAMEO2PLOVER.

``cameo_verbs.tsv``: one row per verb of a CAMEO synonym block (lemma, optional particle or object,
block, CAMEO code, and the PLOVER event type, mode and context that code maps to).
``cameo_patterns.tsv``: the block's patterns, each an argument constraint (object noun, preposition
with or without a noun, or subject noun) with its CAMEO code and PLOVER coding; a pattern applies
to every verb of its block. Only the simple pattern shapes are
kept (one noun or one prepositional phrase); the rest of TABARI's syntax is dropped.

Usage: python scripts/build_event_patterns.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/eventwire/data/events"
OVERRIDES = DATA / "cameo_overrides.yaml"
PARTICLES = {"up", "down", "out", "off", "back", "over", "in", "on", "away", "together", "around", "apart"}
BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([0-9:\-]*)\]")
WORD_RE = re.compile(r"^[A-Z][A-Z'\-]*$")


@dataclass
class Verb:
    lemma: str
    particle: str
    obj: str
    block: str
    cameo: str
    source: str


@dataclass
class Pattern:
    block: str
    slot: str
    prep: str
    nouns: str
    modifiers: str
    cameo: str
    source: str


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """The ``&NAME`` synonym sets: name -> lower-case phrases (underscores become spaces)."""
    synsets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text[1:].rstrip("_")
            synsets[current] = []
        elif text.startswith("+") and current:
            synsets[current].append(text[1:].rstrip("_").replace("_", " ").lower())
        elif text.startswith("---"):
            break
        elif not text:
            continue
        else:
            current = None
    return synsets


def first_code(raw: str) -> str | None:
    """The active code of ``[040]``, ``[042:043]``; None for ``[:110]`` (passive-only codes)."""
    head = raw.split(":", 1)[0].strip()
    return head or None


def parse_verb_entry(text: str) -> tuple[str, str, str] | None:
    """(lemma, particle, object) of a verb line; None for forms this builder cannot use."""
    text = re.sub(r"\{[^}]*\}", "", text)
    text = CODE_RE.sub("", text).strip()
    if not text:
        return None
    words = text.split()[0].strip("+").split("_")
    words = [w for w in words if w]
    if any(w in {"AND", "OR"} for w in words) or not words:
        return None
    if "+" in text and not text.startswith("+"):
        return None  # pre-compounded verbs (WIRE_+TAP): rare, and spaCy parses them apart
    lemma = words[0].lower()
    if len(words) == 1:
        return lemma, "", ""
    if len(words) == 2 and words[1].lower() in PARTICLES:
        return lemma, words[1].lower(), ""
    if len(words) == 2:
        return lemma, "", words[1].lower()
    return None


def expand(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """A pattern word or ``&SYNSET`` as lower-case alternatives."""
    if word.startswith("&"):
        return synsets.get(word[1:].rstrip("_"), [])
    return [word.lower()]


def noun_phrase(text: str, synsets: dict[str, list[str]]) -> tuple[list[str], list[str]] | None:
    """(head alternatives, modifier words) of ``WORD``, ``&SYN`` or ``{MOD ... HEAD}``."""
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        words = text[1:-1].split()
        if not words or not all(WORD_RE.match(w.lstrip("&")) for w in words):
            return None
        heads = expand(words[-1], synsets)
        mods = [m for w in words[:-1] if not w.startswith("&") for m in expand(w, synsets)]
        return (heads, mods) if heads else None
    if WORD_RE.match(text.lstrip("&")):
        heads = expand(text, synsets)
        return (heads, []) if heads else None
    return None


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> tuple[str, str, list[str], list[str]] | None:
    """(slot, prep, nouns, modifiers) of a simple pattern body like ``* (FOR TALKS)``."""
    if body.count("*") != 1:
        return None
    pre, post = (part.strip() for part in body.split("*"))
    if pre and post:
        return None
    if pre:
        phrase = noun_phrase(pre, synsets)
        return ("subj", "", *phrase) if phrase else None
    group = re.fullmatch(r"\(\s*([A-Z/]+)\s*(.*?)\s*\)", post)
    if group:
        preps, rest = group.group(1).lower(), group.group(2)
        if not rest:
            return "prep", preps, [], []
        phrase = noun_phrase(rest, synsets)
        return ("prep", preps, *phrase) if phrase else None
    phrase = noun_phrase(post, synsets)
    return ("obj", "", *phrase) if phrase else None


def read_verb_dictionary(
    path: Path, excluded: dict[str, list[str]] | None = None
) -> tuple[list[Verb], list[Pattern]]:
    """The usable verb entries and block patterns of CAMEO.2.0.txt (``excluded``: words left out of a
    synonym set, ``synset_exclusions`` in cameo_overrides.yaml)."""
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    for name, words in (excluded or {}).items():
        synsets[name] = [w for w in synsets.get(name, []) if w not in set(words)]
    verbs: list[Verb] = []
    patterns: list[Pattern] = []
    block_code: str | None = None
    block = ""
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].rstrip()
        source = f"CAMEO.2.0.txt:{number}"
        header = BLOCK_RE.match(text)
        if header:
            block, block_code = header.group(1), first_code(header.group(2))
            continue
        if not block or not text.strip() or text.startswith(("&", "~")):
            continue
        if text.startswith("-"):
            codes = CODE_RE.findall(text)
            parsed = parse_pattern(CODE_RE.sub("", text[1:]).strip(), synsets)
            code = first_code(codes[-1]) if codes else None
            if code is not None and parsed is not None:
                slot, prep, nouns, mods = parsed
                patterns.append(Pattern(block, slot, prep, "|".join(nouns), "|".join(mods), code, source))
            continue
        entry = parse_verb_entry(text.strip())
        if entry is not None:
            own = CODE_RE.findall(text)
            code = first_code(own[-1]) if own else block_code
            verbs.append(Verb(*entry, block, code or "---", source))
    return verbs, patterns


def read_cameo2plover(path: Path, overrides: dict) -> dict[str, tuple[str, str, str] | None]:
    """CAMEO code -> (PLOVER type, mode, context), with the curated additions and renames."""
    table: dict[str, tuple[str, str, str] | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if match:
            code, event, mode, context = (g.strip() for g in match.groups())
            table[code] = (event, mode, context)
    for code, value in overrides.get("extra_codes", {}).items():
        table[str(code)] = tuple(value) if value else None
    modes, contexts = overrides.get("mode_renames", {}), overrides.get("context_renames", {})
    for code, value in table.items():
        if value:
            event, mode, context = value
            context = contexts.get(context, context).replace(";", ",").replace(" ", "")
            table[code] = (event, modes.get(mode, mode), context)
    return table


def lookup(code: str, table: dict[str, tuple[str, str, str] | None]) -> tuple[str, str, str] | None:
    """PLOVER coding of a CAMEO code, falling back to its three-digit and root codes."""
    for key in (code, code[:3], code[:2] + "0"):
        if key in table:
            return table[key]
    return None


def plover_columns(code: str, table: dict[str, tuple[str, str, str] | None]) -> list[str]:
    """[event_type, mode, context] of a CAMEO code; empty strings for a null code."""
    plover = None if code == "---" else lookup(code, table)
    return list(plover) if plover else ["", "", ""]


def build(shared: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The verb table and the pattern table, each header first."""
    overrides = yaml.safe_load(OVERRIDES.read_text(encoding="utf-8"))
    table = read_cameo2plover(shared / "kb/plover_cameo2plover/CAMEO2PLOVER-2021.txt", overrides)
    blocked = set(overrides.get("blocked_blocks", []))
    verbs, patterns = read_verb_dictionary(
        shared / "kb/phoenix_dictionaries/CAMEO.2.0.txt", overrides.get("synset_exclusions")
    )
    verb_rows = [["lemma", "particle", "object", "block", "cameo", "event_type", "mode", "context", "source"]]
    seen = set()
    for v in verbs:
        if v.block in blocked or (v.lemma, v.particle, v.obj, v.block) in seen:
            continue
        seen.add((v.lemma, v.particle, v.obj, v.block))
        coding = plover_columns(v.cameo, table)
        verb_rows.append([v.lemma, v.particle, v.obj, v.block, v.cameo, *coding, v.source])
    pattern_rows = [
        ["block", "slot", "prep", "nouns", "modifiers", "cameo", "event_type", "mode", "context", "source"]
    ]
    recoded = {f"CAMEO.2.0.txt:{line}": code for line, code in (overrides.get("pattern_codes") or {}).items()}
    seen = set()
    for p in patterns:
        key = (p.block, p.slot, p.prep, p.nouns, p.modifiers)
        if p.block in blocked or key in seen:
            continue
        seen.add(key)
        if p.source in recoded and recoded[p.source] is None:
            continue  # no PLOVER event by the current manual: left out (no veto of the verb's other readings)
        cameo, coding = pattern_coding(p, recoded, table)
        pattern_rows.append([p.block, p.slot, p.prep, p.nouns, p.modifiers, cameo, *coding, p.source])
    return verb_rows, pattern_rows


def pattern_coding(
    pattern: Pattern, recoded: dict[str, str | None], table: dict[str, tuple[str, str, str] | None]
) -> tuple[str, list[str]]:
    """The CAMEO code and PLOVER columns of a block pattern, after ``pattern_codes`` (overrides)."""
    code = str(recoded.get(pattern.source) or pattern.cameo)
    return code, plover_columns(code, table)


def write_tsv(path: Path, rows: list[list[str]]) -> None:
    """Write rows as tab-separated text."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"{path.relative_to(ROOT)}: {len(rows) - 1} rows")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "kb/phoenix_dictionaries/CAMEO.2.0.txt").exists():
        print(f"{args.shared}: no kb/phoenix_dictionaries/CAMEO.2.0.txt", file=sys.stderr)
        return 1
    verb_rows, pattern_rows = build(args.shared)
    write_tsv(DATA / "cameo_verbs.tsv", verb_rows)
    write_tsv(DATA / "cameo_patterns.tsv", pattern_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
