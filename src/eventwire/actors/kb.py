"""The knowledge base: entities with aliases and dated roles, indexed for fast lookup."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors.ambiguity import shared_names
from eventwire.actors.asof import RoleRanker, Standing, standing
from eventwire.actors.codes import plover_codes
from eventwire.actors.loading import (
    CountryForms,
    read_built_entities,
    read_countries,
    read_offices,
    read_territories,
)
from eventwire.actors.matching import NameIndex
from eventwire.actors.merge import PersonFinder, close_open_spells, merge_extension
from eventwire.actors.model import KBEntity, Role, start_bound
from eventwire.actors.names import alias_key
from eventwire.actors.paths import packaged_kb_dir, user_kb_dir
from eventwire.actors.userfiles import SUFFIXES, read_extension_file
from eventwire.records import Entity

FORM_SCORES = {
    "name": 1.0,
    "alias": 0.97,
    "metonym": 0.95,
    "capital": 0.9,
    "demonym": 0.9,
    "region": 0.85,
    "reference": 0.85,  # "the Alliance" after NATO was named (references.py)
}


@dataclass(frozen=True, slots=True)
class Surface:
    """One way an entity is written: the text, what kind of form it is, sectors it implies."""

    text: str
    kb_id: str
    form: str  # name, alias, demonym, capital, metonym, region, reference
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A KB entity found for a name, with how it was found (for ranking and for ``explain``)."""

    kb_id: str
    alias: str
    score: float
    how: str  # name, alias, demonym, capital, metonym, region, full, first_last, surname
    sectors: tuple[str, ...] | None = None  # what the form itself says ("the Kremlin": GOV)


class KnowledgeBase:
    """Countries, organisations, groups and persons with dated roles; see ``load``."""

    def __init__(
        self,
        entities: dict[str, KBEntity],
        forms: dict[str, CountryForms],
        offices: tuple[dict[str, tuple[int, bool]], int],
    ) -> None:
        self.entities = entities
        self.country_forms = forms
        self.ranker = RoleRanker(*offices)
        self.single_offices = frozenset(k for k, (_, single) in offices[0].items() if single)
        self.surfaces: list[Surface] = []
        self.aliases: dict[str, list[Surface]] = defaultdict(list)
        self.names = NameIndex()
        self.holders: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
        self._index()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = (), include_user: bool = True) -> KnowledgeBase:
        """The packaged knowledge base, the curated files, the user's folder and ``extra_dirs``, every
        file read and indexed (``ActorResolver.load`` keeps both built between runs)."""
        kb_dir = packaged_kb_dir()
        countries, forms = read_countries(kb_dir)
        entities = {e.kb_id: e for e in countries}
        entities.update({e.kb_id: e for e in read_territories(kb_dir)})
        entities.update(read_built_entities(kb_dir))
        codes = frozenset(forms) | plover_codes().special_countries
        finder = PersonFinder(entities)
        layers: list[tuple[Path, str]] = [(kb_dir / "curated", "cur")]
        if include_user:
            layers.append((user_kb_dir(), "user"))
        layers.extend((Path(d), "user") for d in extra_dirs)
        for folder, origin in layers:
            for path in extension_files(folder):
                for ext in read_extension_file(path, codes, origin):
                    merge_extension(entities, finder, ext, origin)
        offices = read_offices(kb_dir)
        close_open_spells(entities, frozenset(k for k, (_, single) in offices[0].items() if single))
        return cls(entities, forms, offices)

    def _index(self) -> None:
        for entity in self.entities.values():
            for surface in self._surfaces_of(entity):
                self.surfaces.append(surface)
                self.aliases[alias_key(surface.text)].append(surface)
            if entity.kind == "person":
                self.names.add(entity)
            for role in entity.roles:
                if role.office and role.of:
                    self.holders[(role.of, role.office)].append((role, entity.kb_id))
        for spells in self.holders.values():
            spells.sort(key=lambda item: start_bound(item[0].start))

    def _surfaces_of(self, entity: KBEntity) -> Iterable[Surface]:
        yield Surface(entity.name, entity.kb_id, "name")
        for alias in entity.aliases:
            yield Surface(alias, entity.kb_id, "alias")
        forms = self.country_forms.get(entity.kb_id) if entity.kind == "country" else None
        if forms:
            yield from (Surface(d, entity.kb_id, "demonym") for d in forms.demonyms)
            yield from (Surface(c, entity.kb_id, "capital", ("GOV",)) for c in forms.capitals)
            yield from (Surface(m, entity.kb_id, "metonym", s) for m, s in forms.metonyms.items())
            yield from (Surface(r, entity.kb_id, "region") for r in forms.regions)

    # ------------------------------------------------------------------ queries

    def country_codes(self) -> frozenset[str]:
        return frozenset(self.country_forms) | plover_codes().special_countries

    def candidates(self, name: str, allow_surname: bool = True) -> list[Candidate]:
        """Entities a name can stand for, best first: exact aliases, then person-name matches."""
        key = alias_key(name)
        if not key:  # no letter or digit ("", "-", "'s"): it names nothing (the KB has nameless entries)
            return []
        found: dict[str, Candidate] = {}
        for surface in self.aliases.get(key, ()):
            score = FORM_SCORES[surface.form] * (1.0 if surface.text == name else 0.98)
            sectors = surface.sectors if surface.form in ("capital", "metonym") else None
            _keep_best(found, Candidate(surface.kb_id, surface.text, score, surface.form, sectors))
        for match in self.names.match(name, allow_surname=allow_surname):
            _keep_best(found, Candidate(match.kb_id, match.alias, match.score, match.how))
        self._add_shared(name, found)
        return sorted(found.values(), key=lambda c: (-c.score, c.kb_id))

    def _add_shared(self, name: str, found: dict[str, Candidate]) -> None:
        """ "Congo": every country sharing the name, the one usually meant first (ambiguity.py)."""
        shared = shared_names().get(alias_key(name))
        if shared is None:
            return
        best = max((c.score for c in found.values()), default=FORM_SCORES["alias"])
        for code in dict.fromkeys(code for _, code in shared.cues):
            score = best if code == shared.default else round(best * 0.9, 4)
            found[code] = Candidate(code, name, score, "shared")

    def standing(self, kb_id: str, date: str | None) -> Standing:
        return standing(self.entities[kb_id], date, self.ranker)

    def entity_record(
        self,
        kb_id: str,
        date: str | None,
        mention: str = "",
        score: float = 1.0,
        sectors: tuple[str, ...] | None = None,
    ) -> Entity:
        """The record an entity becomes as of ``date``; ``sectors`` overrides the role's sectors."""
        entity = self.entities[kb_id]
        st = self.standing(kb_id, date)
        return Entity(
            name=entity.name,
            mention=mention,
            kb_id=kb_id,
            country=st.country,
            sectors=list(sectors if sectors is not None else st.sectors),
            role=st.label,
            score=round(score * st.confidence, 4),
        )

    def lookup(self, name: str, date: str | None = None) -> list[Entity]:
        """Candidates for a name as of a date, best first (see ``candidates`` and ``standing``)."""
        records = []
        for cand in self.candidates(name):
            record = self.entity_record(
                cand.kb_id, date, mention=name, score=cand.score, sectors=cand.sectors
            )
            record.score = round(min(1.0, record.score * self.prominence(cand.kb_id, date)), 4)
            records.append(record)
        return sorted(records, key=lambda e: -e.score)

    def prominence(self, kb_id: str, date: str | None) -> float:
        """A prior for persons: heads of state and government before ministers and ambassadors."""
        st = self.standing(kb_id, date)
        if st.role is None or st.status not in ("active", "undated"):
            return 1.0
        return 1.0 - 0.02 * (self.ranker.rank(st.role) - 1)

    def holder(self, of: str, office: str, date: str) -> tuple[Role, str] | None:
        """Who held ``office`` of ``of`` (country code or organisation kb_id) on ``date``."""
        active = [(r, h) for r, h in self.holders.get((of, office), ()) if r.active_on(date)]
        if not active:
            return None
        return max(active, key=lambda item: start_bound(item[0].start))


def _keep_best(found: dict[str, Candidate], cand: Candidate) -> None:
    if cand.kb_id not in found or found[cand.kb_id].score < cand.score:
        found[cand.kb_id] = cand


def extension_inputs(extra_dirs: Iterable[Path], include_user: bool) -> list[Path]:
    """The extension files a knowledge base reads besides the packaged ones (its kept table's key)."""
    folders = [user_kb_dir(), *extra_dirs] if include_user else list(extra_dirs)
    return [path for folder in folders for path in extension_files(folder)]


def extension_files(folder: Path) -> list[Path]:
    """The YAML and CSV files in a KB folder, in name order; none when the folder is missing."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
