"""Load the events stage's knowledge (``data/events/``) into lookup tables, once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from eventwire.buildcache import cached_build
from eventwire.datafiles import parse_yaml

CURATED_STRENGTH = 0.9
CAMEO_STRENGTH = 0.65
CURATED_SOURCE = "triggers.yaml"
BARE_CAMEO_STRENGTH = 0.6
ROLES = ("default", "reciprocal", "swap", "undergo", "transfer", "charged")
NEVER, STATEMENT = "never", "statement"
CLAUSE_KEYS = ("obligation_clause", "request_governor", "coercive_order")
TABLE_KEYS = ("verbs", "nouns", "nominalisations", *CLAUSE_KEYS)  # triggers.yaml keys that are no word lists


class PatternError(ValueError):
    """A data file of the events stage is missing or malformed."""


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One way a word signals a PLOVER event, with the constraints its parse must meet."""

    lemma: str
    pos: str  # "verb" or "noun"
    event_type: str  # "" for a veto: the word is not an event in this use
    mode: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    particle_any: bool = False
    obj: frozenset[str] = frozenset()
    obj_required: bool = False
    prep: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()
    mods: frozenset[str] = frozenset()
    subj_mods: frozenset[str] = frozenset()
    subj_plural: bool = False  # the subject is coordinated or plural ("X and Y discussed", "the leaders")
    excludes_question: bool = False  # an indirect question makes it no request ("asked if it was true")
    needs_content: bool = False  # it must govern what is asked for ("asked them to leave", "asked for help")
    person_needs_obj: bool = False  # a named person alone ("X withdrew in March") needs an object or "from"
    excludes_prep: frozenset[str] = frozenset()
    excludes_comp: frozenset[str] = frozenset()  # to-infinitives that make it a statement
    excludes_opinion: bool = False  # a that-clause stating a fact makes it an opinion ("agree that X exists")
    excludes_naming: bool = False  # an object predicate makes it naming ("called the decision a disgrace")
    # no event without a recipient (CAMEO types the manual gives one: "paid $5m")
    needs_recipient: bool = False
    obj_class: str | None = None  # person, actor, place or target: what every direct object must be
    roles: str = "default"
    rank: int = 0  # position in its data file: earlier entries are tried first
    veto: str = ""  # for vetoes: NEVER (not an event) or STATEMENT (a statement, not a PLOVER event)
    strength: float = CURATED_STRENGTH
    source: str = CURATED_SOURCE

    @property
    def specific(self) -> bool:
        """True when the pattern names the words its arguments must be ("imposed sanctions")."""
        return bool(self.obj or self.pobj or self.mods or self.subj_mods)

    @property
    def constrained(self) -> bool:
        """True when the pattern needs more than the word itself."""
        needs = (
            self.particle,
            self.obj,
            self.obj_required,
            self.prep,
            self.mods,
            self.subj_mods,
            self.subj_plural,
        )
        return any(needs)


@dataclass(slots=True)
class LemmaPatterns:
    """The patterns of one lemma, indexed by the argument word each one needs.

    Keys: ("prt", particle), ("obj", noun), ("obj", "*") for any object, ("prep", preposition),
    ("subj", noun), ("mod", modifier); patterns without a constraint are in ``bare``. A token is
    checked only against the patterns its own argument words select.
    """

    bare: list[TriggerPattern] = field(default_factory=list)
    keyed: dict[tuple[str, str], list[TriggerPattern]] = field(default_factory=dict)

    def add(self, pattern: TriggerPattern) -> None:
        """File a pattern under the most selective key it has."""
        for key in index_keys(pattern):
            self.keyed.setdefault(key, []).append(pattern)
        if not pattern.constrained:
            self.bare.append(pattern)

    def all(self) -> list[TriggerPattern]:
        """Every pattern of the lemma, once."""
        found = {id(p): p for patterns in self.keyed.values() for p in patterns}
        found.update({id(p): p for p in self.bare})
        return list(found.values())

    def candidates(self, keys: set[tuple[str, str]]) -> list[TriggerPattern]:
        """Patterns that may match a token with these argument keys, best first."""
        found = {id(p): p for key in keys for p in self.keyed.get(key, ())}
        found.update({id(p): p for p in self.bare})
        return ordered(list(found.values()))


def index_keys(pattern: TriggerPattern) -> list[tuple[str, str]]:
    """The keys a pattern is filed under: its most selective constraint."""
    if pattern.obj:
        return [("obj", n) for n in pattern.obj]
    if pattern.pobj:
        return [("pobj", n) for n in pattern.pobj]
    if pattern.subj_mods:
        return [("subj", n) for n in pattern.subj_mods]
    if pattern.prep:
        return [("prep", p) for p in pattern.prep]
    if pattern.particle:
        return [("prt", pattern.particle)]
    if pattern.subj_plural:
        return [("subjn", "plural")]
    if pattern.mods and pattern.pos == "noun":
        return [("mod", m) for m in pattern.mods]  # a verb pattern's modifiers are its object's
    if pattern.obj_required:
        return [("obj", "*")]
    return []


@dataclass(slots=True)
class Lexicon:
    """Trigger patterns by lemma plus the word lists the matcher and argument finder use."""

    verbs: dict[str, LemmaPatterns]
    nouns: dict[str, LemmaPatterns]
    vetoes: dict[str, LemmaPatterns]
    quad: dict[str, str]
    modes: dict[str, frozenset[str]]
    contexts: frozenset[str]
    old_types: dict[str, tuple[str, str]]
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    clauses: dict[str, TriggerPattern] = field(default_factory=dict)  # constructions (constructions.py)
    nominal_verbs: dict[str, str] = field(default_factory=dict)  # noun -> the verb it nominalises

    def verbal(self, event_type: str) -> bool:
        """Whether an event type is verbal (its quad class "verbal cooperation" or "verbal conflict")."""
        return self.quad.get(event_type, "").startswith("verbal")

    def word_set(self, name: str) -> frozenset[str]:
        """A named word list from triggers.yaml (support_verbs, recipient_preps, ...)."""
        return self.words.get(name, frozenset())

    def in_class(self, token: Token, word_class: str) -> bool:
        """Whether a token is a person, actor, place, (violence) target or proposal (see triggers.yaml)."""
        forms = {token.lower_, token.lemma_.lower()}
        entity = token.ent_type_
        counted = token.tag_ == "NNS" or any(c.dep_ == "nummod" for c in token.children)
        unlikely = bool(forms & (self.word_set("non_actor_nouns") | self.word_set("place_nouns")))
        person = entity in ("PERSON", "NORP") or bool(forms & self.word_set("person_nouns"))
        person = person or (counted and not unlikely and token.pos_ == "NOUN") or self.titled_name(token)
        if word_class == "person":
            return person
        actor = person or entity in ("ORG", "GPE") or token.pos_ == "PROPN"
        actor = actor or bool(forms & self.word_set("actor_nouns")) or any(f in self.nouns for f in forms)
        place = entity in ("GPE", "LOC", "FAC") or bool(forms & self.word_set("place_nouns"))
        if word_class == "actor":
            return actor
        if word_class == "place":
            return place
        if word_class == "proposal":
            return actor or bool(forms & self.word_set("proposal_nouns"))
        return actor or place

    def titled_name(self, token: Token) -> bool:
        """A name with a person's title before it ("Sergeant Pablo Moncayo", "Dr Amina Said")."""
        if token.pos_ != "PROPN":
            return False
        titles, nouns = self.word_set("person_titles"), self.word_set("person_nouns")
        compounds = (c.lower_.rstrip(".") for c in token.subtree if c != token and c.dep_ == "compound")
        return any(word in titles or word in nouns for word in compounds)


def data_dir() -> Path:
    """The packaged ``data/events`` folder."""
    return Path(str(resources.files("eventwire") / "data" / "events"))


def read_yaml(name: str, folder: Path | None = None) -> dict[str, Any]:
    """One YAML file of the events data folder."""
    path = (folder or data_dir()) / name
    try:
        content = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(content, dict):
        raise PatternError(f"{path}: expected a mapping at the top level")
    return content


def as_set(value: Any) -> frozenset[str]:
    """A YAML scalar or list as a frozenset of lower-case strings."""
    if value is None or value == "":
        return frozenset()
    items = value if isinstance(value, list) else [value]
    return frozenset(str(v).lower() for v in items)


def curated_patterns(entry: dict[str, Any], pos: str) -> list[TriggerPattern]:
    """The patterns of one triggers.yaml entry (one per lemma)."""
    roles = entry.get("roles", "default")
    if roles not in ROLES:
        raise PatternError(f"triggers.yaml: unknown roles {roles!r} in {entry}")
    common = dict(
        pos=pos,
        event_type=entry["type"],
        mode=entry.get("mode") or None,
        context=tuple(entry.get("context", [])),
        particle=entry.get("particle"),
        particle_any=bool(entry.get("particle_any", False)),
        obj=as_set(entry.get("obj")),
        obj_required=bool(entry.get("obj_required", False)),
        prep=as_set(entry.get("prep")),
        pobj=as_set(entry.get("pobj")),
        mods=as_set(entry.get("mods")),
        subj_mods=as_set(entry.get("subj_mods")),
        subj_plural=bool(entry.get("subj_plural", False)),
        person_needs_obj=bool(entry.get("person_needs_obj", False)),
        excludes_question=bool(entry.get("excludes_question", False)),
        needs_content=bool(entry.get("needs_content", False)),
        excludes_prep=as_set(entry.get("excludes_prep")),
        excludes_comp=as_set(entry.get("excludes_comp")),
        excludes_opinion=bool(entry.get("excludes_opinion", False)),
        excludes_naming=bool(entry.get("excludes_naming", False)),
        obj_class=entry.get("obj_class"),
        needs_recipient=bool(entry.get("needs_recipient", False)),
        roles=roles,
        strength=float(entry.get("strength", CURATED_STRENGTH)),
    )
    return [TriggerPattern(lemma=lemma, **common) for lemma in sorted(as_set(entry["lemma"]))]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise PatternError(f"{path}: cannot read ({exc})") from exc


def cameo_pattern(lemma: str, row: dict[str, str], particle: str | None) -> TriggerPattern:
    """A pattern from a cameo_patterns.tsv row applied to one verb of its block."""
    slot, nouns, mods = row["slot"], as_set(row["nouns"].split("|")), as_set(row["modifiers"].split("|"))
    nouns, mods = nouns - {""}, mods - {""}
    return TriggerPattern(
        lemma=lemma,
        pos="verb",
        event_type=row["event_type"],
        mode=row["mode"] or None,
        context=tuple(c for c in row["context"].split(",") if c),
        particle=particle,
        obj=nouns if slot == "obj" else frozenset(),
        obj_required=slot == "obj",
        prep=as_set(row["prep"].split("/")) if slot == "prep" else frozenset(),
        pobj=nouns if slot == "prep" else frozenset(),
        mods=mods if slot in ("obj", "prep") else frozenset(),  # of the object or the prepositional object
        subj_mods=nouns if slot == "subj" else frozenset(),
        strength=CAMEO_STRENGTH,
        source=row["source"],
        # specific patterns (with modifiers) first
        rank=source_line(row["source"]) - (100_000 if mods and slot in ("obj", "prep") else 0),
    )


def source_line(source: str) -> int:
    """The line number of a "file:line" source reference (0 when there is none)."""
    tail = source.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def cameo_verb_patterns(
    folder: Path, curated: set[str], overrides: dict[str, Any]
) -> tuple[dict[str, list[TriggerPattern]], dict[str, list[TriggerPattern]]]:
    """CAMEO patterns for verbs the curated lexicon lacks, and CAMEO vetoes for every verb.

    Vetoes come from the block patterns CAMEO codes "---" (never an event: "killed in an
    accident") or as a public statement (CAMEO 01, no PLOVER event: "gave no details").

    A CAMEO synonym block mixes many senses, so a CAMEO verb triggers on its own only when it is
    in ``bare_verb_allowlist`` (cameo_overrides.yaml), some of those only with objects of a class
    (``bare_verb_object_classes``: "devastated the town", not "decimated the industry"); otherwise
    only through a particle, a fixed object or one of its block's argument patterns. A verb entry
    with a fixed object ("take leave") lends its lemma to none of the block's patterns, which name
    another object; one whose second word is a preposition ("pay for") does. Patterns of the types
    whose recipient the manual requires (``recipient_required_types``) code nothing without one.
    """
    allowed_bare = as_set(overrides.get("bare_verb_allowlist"))
    classes = overrides.get("bare_verb_object_classes") or {}
    object_classes = {verb: word_class for word_class, verbs in classes.items() for verb in verbs}
    verb_prepositions = as_set(overrides.get("verb_prepositions"))
    addressed = {str(t).upper() for t in overrides.get("recipient_required_types") or []}
    patterns: dict[str, list[TriggerPattern]] = {}
    vetoes: dict[str, list[TriggerPattern]] = {}
    blocks: dict[str, list[tuple[str, str | None]]] = {}
    for row in read_tsv(folder / "cameo_verbs.tsv"):
        lemma, particle = row["lemma"], row["particle"] or None
        if row["object"] in ("", *verb_prepositions):  # "take leave" takes no other object ("take trip")
            blocks.setdefault(row["block"], []).append((lemma, particle))
        bare = not (particle or row["object"])
        if lemma in curated or not row["event_type"] or (bare and lemma not in allowed_bare):
            continue
        fixed = {"slot": "obj" if row["object"] else "", "nouns": row["object"], "modifiers": "", "prep": ""}
        pattern = cameo_pattern(lemma, {**row, **fixed}, particle)
        if bare:
            pattern = replace(pattern, strength=BARE_CAMEO_STRENGTH, obj_class=object_classes.get(lemma))
        patterns.setdefault(lemma, []).append(pattern)
    for row in read_tsv(folder / "cameo_patterns.tsv"):
        for lemma, particle in blocks.get(row["block"], []):
            pattern = cameo_pattern(lemma, row, particle)
            if not row["event_type"]:  # "---": not an event; a null code (01x): a statement
                kind = NEVER if row["cameo"] == "---" else STATEMENT
                vetoes.setdefault(lemma, []).append(replace(pattern, veto=kind))
            elif row["event_type"] and (row["slot"] != "prep" or row["nouns"]):
                patterns.setdefault(lemma, []).append(pattern)
    for found in patterns.values():
        found[:] = [replace(p, needs_recipient=p.event_type in addressed) for p in found]
    return patterns, vetoes


def ordered(patterns: list[TriggerPattern]) -> list[TriggerPattern]:
    """Curated before CAMEO-derived, constrained before bare, named words before word classes, then
    by strength and position in the data file."""
    return sorted(
        patterns,
        key=lambda p: (p.source != CURATED_SOURCE, not p.constrained, not p.specific, -p.strength, p.rank),
    )


def build_index(by_lemma: dict[str, list[TriggerPattern]]) -> dict[str, LemmaPatterns]:
    """LemmaPatterns for every lemma."""
    index: dict[str, LemmaPatterns] = {}
    for lemma, patterns in by_lemma.items():
        entry = index.setdefault(lemma, LemmaPatterns())
        for pattern in patterns:
            entry.add(pattern)
    return index


def index_curated(entries: list[dict[str, Any]], pos: str) -> dict[str, list[TriggerPattern]]:
    """Curated patterns by lemma, ranked by their position in the file."""
    index: dict[str, list[TriggerPattern]] = {}
    for rank, entry in enumerate(entries):
        for pattern in curated_patterns(entry, pos):
            index.setdefault(pattern.lemma, []).append(replace(pattern, rank=rank))
    return index


def check_types(index: dict[str, list[TriggerPattern]], quad: dict[str, str]) -> None:
    """Fail early on a pattern naming an event type PLOVER does not have."""
    for patterns in index.values():
        for pattern in patterns:
            if pattern.event_type and pattern.event_type not in quad:
                raise PatternError(f"{pattern.source}: unknown event type {pattern.event_type!r}")


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """Read triggers.yaml, plover.yaml and the CAMEO tables into a Lexicon (cached, and kept built
    between runs: ``buildcache``)."""
    inputs = sorted(Path(folder).iterdir()) if folder else []
    return cached_build("lexicon", lambda: build_lexicon(folder), inputs=inputs, version=str(folder))


def build_lexicon(folder: str | None = None) -> Lexicon:
    """The Lexicon of the data files in ``folder`` (default: the packaged ones)."""
    base = Path(folder) if folder else data_dir()
    plover = read_yaml("plover.yaml", base)
    triggers = read_yaml("triggers.yaml", base)
    quad = {name: spec["quad"] for name, spec in plover["types"].items()}
    verbs = index_curated(triggers.get("verbs", []), "verb")
    nouns = index_curated(triggers.get("nouns", []), "noun")
    cameo, vetoes = cameo_verb_patterns(base, set(verbs), read_yaml("cameo_overrides.yaml", base))
    for lemma, patterns in cameo.items():
        verbs.setdefault(lemma, []).extend(patterns)
    check_types(verbs, quad)
    check_types(nouns, quad)
    word_lists = {k: as_set(v) for k, v in triggers.items() if k not in TABLE_KEYS}
    return Lexicon(
        verbs=build_index(verbs),
        nouns=build_index(nouns),
        vetoes=build_index(vetoes),
        quad=quad,
        modes={name: as_set(spec.get("modes", [])) for name, spec in plover["types"].items()},
        contexts=as_set(plover.get("contexts", [])) | as_set(plover.get("auxiliary_contexts", [])),
        old_types={k: (v[0], v[1]) for k, v in plover.get("old_type_names", {}).items()},
        words=word_lists,
        clauses={k: clause_pattern(triggers[k], quad) for k in CLAUSE_KEYS if triggers.get(k)},
        nominal_verbs=nominal_table(triggers.get("nominalisations") or {}),
    )


def nominal_table(entries: dict[str, Any]) -> dict[str, str]:
    """Noun -> verb from the ``nominalisations`` mapping (verb: [nouns])."""
    if not isinstance(entries, dict):
        raise PatternError(f"{CURATED_SOURCE}: nominalisations must map verbs to lists of nouns")
    return {noun: str(verb).lower() for verb, nouns in entries.items() for noun in as_set(nouns)}


def clause_pattern(entry: dict[str, Any], quad: dict[str, str]) -> TriggerPattern:
    """The pattern of a construction that any verb can head (``obligation_clause``)."""
    event_type = str(entry["type"])
    if event_type not in quad:
        raise PatternError(f"{CURATED_SOURCE}: unknown event type {event_type!r}")
    strength = float(entry.get("strength", CURATED_STRENGTH))
    mode = entry.get("mode")
    return TriggerPattern(lemma="", pos="verb", event_type=event_type, mode=mode, strength=strength)
