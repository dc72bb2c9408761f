"""Choose the sentences the fast path parses: those that can hold an event, plus their context.

Policies:
- ``exact``: every sentence (the full path);
- ``events``: sentences with an event cue, the lede (dates and places of the main happening) and,
  for a sentence with "he"/"she", the nearest earlier sentence naming someone and the nearest earlier
  sentence giving someone's full name (pronoun antecedents);
- ``context``: as ``events``, plus what the actors stage reads across the article: sentences naming
  a country or international organisation (the article's main country) and earlier sentences giving
  the full name of someone a parsed sentence names by surname only.
With ``quotation_sentences`` (round 19) a sentence holding a statement's quotation is parsed too, with
the speech verb that attributes it (``quotation_units``: the events stage reads the speaker from the
parse). An article without any sentence that can hold an event is not parsed at all. What counts as an event
cue and which context comes with it are rules of ``data/scale/selection.yaml`` (``scale.rules``): the
nearest person before a pronoun at any distance, unfinished units before a parsed one, and the cue
tightening measured in round 8 (a cue window, weak cues, a possible actor), switched off there and on
in ``selection_tight.yaml``.

Split parse (round 10, ``context_components`` in the rules): only the units that can hold an event,
the lede and the unfinished units before them go through the whole pipeline; the other chosen units
(pronoun antecedents, full names, countries) are context, analysed by the cheap components alone
(``scale.split``), which is what the stages read from them.

Learned cue (round 12, ``learned_cue`` in the rules): a cue unit outside the lede is chosen only when
the learned cue (``scale.learned``) finds it likely to hold an event (``UnitCues.likely``); an article
with any cue still has its lede chosen, and with ``unlikely_as_context`` the unlikely cue units are
context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum

from spacy.language import Language

from eventwire.actors import KnowledgeBase
from eventwire.pipeline import Stages
from eventwire.records import Article
from eventwire.scale.cues import CueFinder, UnitCues
from eventwire.scale.excerpt import excerpt
from eventwire.scale.rules import SelectionRules
from eventwire.scale.split import SplitPipeline, SplitPlans

Span = tuple[int, int]


class Policy(StrEnum):
    """How much of each article the parser sees."""

    exact = "exact"
    events = "events"
    context = "context"


def lede_units(units: Sequence[UnitCues], rules: SelectionRules) -> list[int]:
    """Indexes of the first units long enough to be the lede."""
    long_enough = [i for i, u in enumerate(units) if u.words >= rules.lede_min_words]
    return long_enough[: rules.lede_sentences]


def antecedent_unit(units: Sequence[UnitCues], index: int, rules: SelectionRules) -> int | None:
    """The nearest earlier unit (within the window) that names someone, for a unit with a pronoun."""
    for j in range(index - 1, max(-1, index - 1 - rules.antecedent_window), -1):
        if units[j].named:
            return j
    return None


def full_name_antecedent(units: Sequence[UnitCues], index: int, rules: SelectionRules) -> int | None:
    """The nearest earlier unit (within the window) giving someone's full name, for a unit with a pronoun."""
    for j in range(index - 1, max(-1, index - 1 - rules.antecedent_window), -1):
        if units[j].surnames:
            return j
    return None


def person_antecedent(units: Sequence[UnitCues], index: int) -> int | None:
    """The nearest earlier unit, at any distance, naming a person: a full name, or a capitalised word
    an earlier full name ends with ("Rivas" after "Ana Rivas"). The events stage resolves "he" to the
    last person mentioned before it, however far back."""
    named_before = [frozenset[str]()]
    for unit in units[:index]:
        named_before.append(named_before[-1] | unit.surnames)
    for j in range(index - 1, -1, -1):
        if units[j].surnames or units[j].capitalised & named_before[j]:
            return j
    return None


def antecedents(units: Sequence[UnitCues], index: int, rules: SelectionRules) -> set[int]:
    """The earlier units a pronoun of unit ``index`` may refer to, as the rules say: the nearest naming
    anyone, the nearest giving a full name (both within the window), the nearest naming a person."""
    found: set[int | None] = set()
    if rules.antecedent_named:
        found.add(antecedent_unit(units, index, rules))
    if rules.antecedent_full_name:
        found.add(full_name_antecedent(units, index, rules))
    if rules.antecedent_person:
        found.add(person_antecedent(units, index))
    return {j for j in found if j is not None}


def full_name_units(units: Sequence[UnitCues], keep: set[int]) -> set[int]:
    """Units giving the full name of someone a kept unit after them names by a capitalised word."""
    found: set[int] = set()
    later: set[str] = set()
    for i in range(len(units) - 1, -1, -1):
        if units[i].surnames & later:
            found.add(i)
        if i in keep:
            later |= units[i].capitalised
    return found


def has_cue(unit: UnitCues, rules: SelectionRules) -> bool:
    """An event cue (or, when the rules say so, a weak or far one in a unit naming a person or a
    country: what the stages read as context) and, when the rules ask for one, a possible actor."""
    loose = rules.loose_cue_with_names and unit.loose_event and bool(unit.surnames or unit.country)
    return (unit.event or loose) and (unit.actor or not rules.cue_needs_actor)


def can_hold_event(unit: UnitCues, rules: SelectionRules) -> bool:
    """A cue (``has_cue``) the learned cue, when the rules name one, finds likely to hold an event."""
    return has_cue(unit, rules) and unit.likely


def chosen_units(units: Sequence[UnitCues], policy: Policy, rules: SelectionRules) -> list[int]:
    """Indexes of the units to parse, in order (empty when none can hold an event)."""
    if policy is Policy.exact:
        return list(range(len(units)))
    if not any(has_cue(unit, rules) for unit in units):
        return []
    keep = {i for i, unit in enumerate(units) if can_hold_event(unit, rules)}
    keep.update(lede_units(units, rules))
    if policy is Policy.context or rules.country_context:
        keep.update(i for i, unit in enumerate(units) if unit.country)
    if policy is Policy.context or rules.surname_full_names:
        keep |= full_name_units(units, keep)
    if rules.unlikely_as_context:
        keep.update(i for i, unit in enumerate(units) if has_cue(unit, rules) and not unit.likely)
    if rules.quotation_sentences:
        keep |= quotation_units(units, rules)
    for i in sorted(keep):
        if units[i].pronoun:
            keep |= antecedents(units, i, rules)
    if rules.unfinished_previous:
        keep |= unfinished_before(units, keep)
    return sorted(keep)


def parsed_units(units: Sequence[UnitCues], chosen: Sequence[int], rules: SelectionRules) -> set[int]:
    """Of the chosen units, those the whole pipeline sees when the rules split the parse: the units that
    can hold an event, the lede (when ``parse_lede``), their pronouns' antecedents (when
    ``parse_antecedents``) and the unfinished units just before them."""
    parse = {i for i in chosen if can_hold_event(units[i], rules)}
    if rules.quotation_sentences:
        parse |= quotation_units(units, rules)
    if rules.parse_lede:
        parse.update(lede_units(units, rules))
    if rules.parse_antecedents:
        for i in [i for i in sorted(parse) if units[i].pronoun]:
            parse |= antecedents(units, i, rules)
    if rules.unfinished_previous:
        parse |= unfinished_before(units, parse)
    return parse & set(chosen)


def quotation_units(units: Sequence[UnitCues], rules: SelectionRules) -> set[int]:
    """Units holding a statement's quotation with what attributes it: each run of units a quotation
    spans, when one of them (or the unit right after its closing mark: '"…." Zhao said.') holds a speech
    verb or "according" outside the marks; with ``quotation_continuations``, also a quotation standing
    alone right after a chosen one (it continues that speaker's words)."""
    keep: set[int] = set()
    i = 0
    while i < len(units):
        if not units[i].quotes.quoted:
            i += 1
            continue
        run = quotation_run(units, i)
        attributed = any(units[j].quotes.attributes for j in run)
        after = run[-1] + 1
        if not attributed and attributed_after(units, run):
            keep.add(after)
            attributed = True
        continues = rules.quotation_continuations and units[i].quotes.alone and i - 1 in keep
        if attributed or continues:
            keep.update(run)
        i = after
    return keep


def attributed_after(units: Sequence[UnitCues], run: list[int]) -> bool:
    """A quotation closing the run's last unit, and a speech verb in the unit after ('Zhao said.')."""
    after = run[-1] + 1
    return units[run[-1]].quotes.closes and after < len(units) and units[after].quotes.attributes


def quotation_run(units: Sequence[UnitCues], first: int) -> list[int]:
    """The units a quotation starting in unit ``first`` spans (it runs on across their boundaries)."""
    run = [first]
    while units[run[-1]].quotes.runs_on and run[-1] + 1 < len(units):
        run.append(run[-1] + 1)
    return run


def unfinished_before(units: Sequence[UnitCues], keep: set[int]) -> set[int]:
    """The unfinished units ("READ:", "... Sens.") just before kept units, back to a finished one: the
    parser may read them and the kept unit as one sentence, the event's evidence."""
    found: set[int] = set()
    for i in keep:
        j = i - 1
        while j >= 0 and j not in keep and not units[j].finished:
            found.add(j)
            j -= 1
    return found


class SentenceSelector:
    """``selector.excerpt(article)``: the article with only the sentences worth parsing left in it."""

    def __init__(self, cues: CueFinder, policy: Policy = Policy.events) -> None:
        self.cues = cues
        self.policy = Policy(policy)
        self.plans = SplitPlans()  # what a ``SplitPipeline`` parses of each excerpt (split rules only)

    @property
    def splits(self) -> bool:
        """Whether the context units go through cheap components only (``context_components``)."""
        return bool(self.cues.rules.context_components) and self.policy is not Policy.exact

    @classmethod
    def load(cls, nlp: Language, kb: KnowledgeBase, policy: Policy | str = Policy.events) -> SentenceSelector:
        return cls(CueFinder.load(nlp, kb), Policy(policy))

    def spans(self, text: str) -> list[Span]:
        """Character spans of the units to parse."""
        if self.policy is Policy.exact:
            return [(0, len(text))]
        units = self.cues(text)
        return [units[i].span for i in chosen_units(units, self.policy, self.cues.rules)]

    def split_spans(self, text: str) -> tuple[list[Span], list[Span]]:
        """Character spans of the units to parse in full and of the context units (none when the rules
        do not split the parse)."""
        if not self.splits:
            return self.spans(text), []
        units = self.cues(text)
        chosen = chosen_units(units, self.policy, self.cues.rules)
        parse = parsed_units(units, chosen, self.cues.rules)
        return [units[i].span for i in chosen if i in parse], [
            units[i].span for i in chosen if i not in parse
        ]

    def excerpt(self, article: Article) -> Article:
        """The article with everything but the chosen units blanked (same offsets); with split rules,
        which of them to parse in full is noted for the ``SplitPipeline``."""
        if not self.splits:
            return excerpt(article, self.spans(article.text))
        parse, context = self.split_spans(article.text)
        view = excerpt(article, sorted(parse + context))
        if context:
            self.plans.note(view.text, parse, context)
        return view


def load_stages(policy: Policy | str = Policy.events) -> Stages:
    """The pipeline's stages with the fast path of ``policy`` (``exact``: every sentence parsed)."""
    if Policy(policy) is Policy.exact:
        return Stages.load()
    stages = Stages.load(lambda nlp, kb: SentenceSelector.load(nlp, kb, policy))
    return with_selector(stages, stages.selector) if isinstance(stages.selector, SentenceSelector) else stages


def with_selector(stages: Stages, selector: SentenceSelector) -> Stages:
    """The stages with this fast path: behind a ``SplitPipeline`` when its rules split the parse."""
    nlp = stages.nlp.nlp if isinstance(stages.nlp, SplitPipeline) else stages.nlp
    if selector.splits:
        nlp = SplitPipeline(nlp, selector.plans, selector.cues.rules.context_components)
    return replace(stages, nlp=nlp, selector=selector)
