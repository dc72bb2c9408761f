"""EventCoder: match triggers, judge modality, find arguments, and build Event records with evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.events.arguments import find_arguments
from eventwire.events.classify import LinearModel, load_pentaclass, sentence_features
from eventwire.events.consistency import back_reference, bare_repeats, resolve_self_direction
from eventwire.events.constructions import (
    arrivals_barred,
    attack_characterised,
    barring_vow,
    civil_pullout,
    cooperative_deployment,
    exchanges_curtailed,
    exit_ban,
    no_request,
    obligation_triggers,
    police_raid,
    red_line_vow,
    request_governor_triggers,
    travel_into_own_country,
    verbal_attack_noun,
)
from eventwire.events.counts import unlist_counts
from eventwire.events.cues import Cues, cue_contexts, cue_mode, load_cues, mode_words, sentence_words
from eventwire.events.entities import MentionIndex, entities_for, obliged_pronoun
from eventwire.events.evidence import confidence, event_id, make_report
from eventwire.events.explain import explain
from eventwire.events.forecasts import forecast
from eventwire.events.furniture import ends_sentence, furniture_reason, reads_as_sentence
from eventwire.events.merge import Candidate, dedupe
from eventwire.events.modality import (
    ABSORBED,
    DEMAND,
    INTENT,
    REFUSED,
    Frame,
    ModalityRules,
    assess,
    load_rules,
    speaker_of,
)
from eventwire.events.mood import is_imperative, question_start
from eventwire.events.nominals import nominal_triggers
from eventwire.events.object_senses import an_amount, wrong_object_kind
from eventwire.events.orders import coercive_order_triggers
from eventwire.events.patterns import CURATED_SOURCE, Lexicon, load_lexicon
from eventwire.events.private_affairs import private_affair
from eventwire.events.promises import empty_promise, own_commitment
from eventwire.events.scope import out_of_scope
from eventwire.events.segments import line_of, line_segments
from eventwire.events.senses import asserts_a_fact, on_animals, on_ideas, own_deed, worry_raised
from eventwire.events.speakers import attributed_entities
from eventwire.events.speech import FIRST_PERSON, attribution_source, find_quotes, quoted_speaker
from eventwire.events.told_before import carry_recipients
from eventwire.events.triggers import Trigger, children, find_triggers, in_words, misparsed_main_verb
from eventwire.nlp.text import doc_text
from eventwire.records import Article, Entity, Event, Mention, Quote

DEFAULT_MIN_CONFIDENCE = 0.5
INTENT_CERTAINTY = 0.9
HISTORICAL_CERTAINTY = 0.7
CLASSIFIER_WEIGHT = 0.25
RELATIVE_CERTAINTY = 0.9  # actions in relative clauses are often background to the main event
BACKGROUND_CERTAINTY = 0.8  # adverbial clauses of time or cause ("after officials alleged") are background
# cues.yaml transform tables of an intent, by frame flag; the first flag present wins
INTENT_TABLES = ("penalty", "conditioned", "planned", "prepared", "declared", "announced")
TOPIC_DEPS = ("advcl", "xcomp", "acl", "conj")
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DIGIT_RE = re.compile(r"\d")
CHARGED_ROLES = "charged"  # the reporting speaker accuses the subject (triggers.yaml roles)


class EventCodingError(ValueError):
    """The parsed document does not belong to the article (a caller error, reported in one line)."""


class EventCoder:
    """Code PLOVER events and statements from one parsed article and its actor mentions.

    ``min_confidence``: events scoring below it are not returned (see ``evidence.confidence``).
    ``use_classifier``: weigh each event's confidence by the learned sentence classifier's
    probability for the event's quad class (``classify.py``; skipped when the model is absent).
    """

    def __init__(
        self,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        lexicon: Lexicon | None = None,
        use_classifier: bool = True,
    ) -> None:
        self.min_confidence = min_confidence
        self.lexicon = lexicon or load_lexicon()
        self.cues = load_cues()
        self.classifier = load_pentaclass() if use_classifier else None

    def __call__(
        self, doc: Doc, mentions: list[Mention], article: Article, whole_text: str | None = None
    ) -> tuple[list[Event], list[Quote]]:
        """Events that happened (with one Report each) and quotations with their speakers.

        ``whole_text``: the article's own text when ``article`` is the fast path's view of it (the
        other sentences blanked), so that quotation marks pair as in the whole article.
        """
        text = doc_text(doc)
        if text != article.text:
            raise EventCodingError(f"{article.source_path}: the parsed text is not the article's text")
        if not text.strip():
            return [], []
        index = MentionIndex(doc, mentions)
        multi_line = "\n" in article.text.strip()
        segments = [s for s in line_segments(doc) if not self.is_furniture(s, multi_line)]
        quotes = find_quotes(doc, index, article, segments, whole_text, self.lexicon)
        events: list[Event] = []
        coded: list[tuple[str, list[Event]]] = []
        whole, previous_end = whole_text or text, 0
        for sentence in segments:
            found = self.code_sentence(sentence, index, article, quotes)
            coded.append((whole[previous_end : sentence.start_char], found))
            previous_end = sentence.end_char
            events.extend(found)
        carry_recipients(coded)  # "X summoned Y. It protested ...": Y
        repeats = {id(e) for e in bare_repeats(events)}  # "the meeting came as ...": told already
        events = [e for e in events if id(e) not in repeats]
        unlist_counts(events, doc)  # "killed twelve": weighed as victims, listed as no one
        return events, quotes

    def code_sentence(
        self, sentence: Span, index: MentionIndex, article: Article, quotes: list[Quote] | None = None
    ) -> list[Event]:
        """Events of one sentence, deduplicated, above the confidence threshold."""
        return self.code_span(sentence, index, article, quotes)

    def code_span(
        self,
        sentence: Span,
        index: MentionIndex,
        article: Article,
        quotes: list[Quote] | None = None,
        certainty: float = 1.0,
    ) -> list[Event]:
        """Events of one parsed span, deduplicated, above the confidence threshold (``certainty``
        scales every confidence: a background clause parsed alone)."""
        asked = question_start(sentence, self.lexicon)
        if asked == sentence.start or is_imperative(sentence, self.lexicon):
            return []  # a question or an imperative reports no event
        licensed, mentioned = find_triggers(sentence, self.lexicon)
        if asked is not None:  # "... beheaded a tourist Did we cover it?": the statement before it
            licensed = [t for t in licensed if t.token.i < asked]
        nominal_licensed, nominal_mentioned = nominal_triggers(sentence, self.lexicon, mentioned)
        supported = {t.token.i for t in nominal_licensed}
        mentioned = [t for t in mentioned if t.token.i not in supported] + nominal_mentioned
        licensed = licensed + nominal_licensed
        licensed += obligation_triggers(sentence, licensed, self.lexicon, load_rules())
        licensed += coercive_order_triggers(sentence, licensed, self.lexicon)
        if not licensed:
            return []
        licensed = [t for t in licensed if not subsumed(t, licensed)]
        frames = [assess(t) for t in licensed]
        governors = request_governor_triggers(licensed, frames, self.lexicon, load_rules())
        licensed, frames = licensed + governors, frames + [assess(t) for t in governors]
        source = attribution_source(sentence)
        candidates = []
        for trigger, frame in zip(licensed, frames, strict=True):
            if frame.coded and not protest_topic(trigger, licensed):
                candidate = self.build(trigger, frame, sentence, index, article, source, quotes or [])
                if candidate is not None:
                    candidates.append(candidate)
        candidates = drop_intent_governors(candidates)
        candidates = [
            c
            for c in candidates
            if not empty_promise(c, licensed + mentioned, self.lexicon)
            and not own_commitment(c, licensed + mentioned, self.lexicon)
            and not forecast(c, self.lexicon)
            and not out_of_scope(c.event, c.trigger.token, sentence, self.lexicon)
            and not no_request(c.event, c.frame, self.lexicon)
            and not on_animals(c.trigger.token, c.event.event_type, self.lexicon)
            and not on_ideas(c.trigger.token, c.event.event_type, self.lexicon)
            and not own_deed(c.trigger.token, c.event.event_type, self.lexicon)
            and not asserts_a_fact(c.trigger.token, c.event.event_type, self.lexicon)
            and not worry_raised(c.trigger.token, c.event.event_type, self.lexicon)
            and not wrong_object_kind(c.trigger.token, c.event.event_type)
            and not an_amount(c.trigger.token)
        ]
        absorbed = [t for t, f in zip(licensed, frames, strict=True) if f.status == ABSORBED] + mentioned
        for candidate in candidates:
            refine_governed_mode(candidate, absorbed, self.cues)
            addressee_from_clause(candidate, absorbed, index, self.lexicon)
            recipient_from_governed(candidate, licensed + mentioned, index, self.lexicon, sentence)
        kept = dedupe([c for c in candidates if not unaddressed(c)])
        for candidate in kept:
            resolve_self_direction(candidate.event, self.lexicon)
            if exit_ban(candidate.event, candidate.trigger, self.lexicon):
                retype(candidate.event, "COERCE", "restrict", article, self.lexicon)
            elif red_line_vow(candidate.event, candidate.trigger, self.lexicon) or barring_vow(
                candidate.event, candidate.trigger, self.lexicon
            ):
                retype(candidate.event, "THREATEN", None, article, self.lexicon)
            elif verbal_attack_noun(candidate.event, candidate.trigger, self.lexicon) or attack_characterised(
                candidate.event, candidate.trigger, self.lexicon
            ):
                retype(candidate.event, "ACCUSE", "disapprove", article, self.lexicon)
            elif police_raid(candidate.event, candidate.trigger, self.lexicon):
                retype(candidate.event, "COERCE", "seize", article, self.lexicon)
            elif civil_pullout(candidate.event, candidate.trigger, self.lexicon):
                retype(candidate.event, "SANCTION", "withdraw", article, self.lexicon)
            elif exchanges_curtailed(candidate.event, candidate.trigger, self.lexicon):
                retype(candidate.event, "SANCTION", "discontinue", article, self.lexicon)
                candidate.event.context = sorted({*candidate.event.context, "economic"})
            elif travel_into_own_country(
                candidate.event, candidate.trigger, index, self.lexicon
            ) or arrivals_barred(candidate.event, candidate.trigger, self.lexicon):
                retype(candidate.event, "REJECT", None, article, self.lexicon)
                candidate.event.context = sorted(
                    {*candidate.event.context, *self.lexicon.word_set("entry_ban_contexts")}
                )
        kept = [c for c in kept if not back_reference(c.event, c.trigger.token, self.lexicon)]
        kept = [c for c in kept if not private_affair(c.event, sentence, index, self.lexicon)]
        if self.classifier is not None and kept:
            weigh_by_classifier(self.classifier, sentence, [c.event for c in kept])
        for candidate in kept:
            candidate.event.confidence *= certainty
            candidate.event.reports[0].reason = explain(candidate)
        return [c.event for c in kept if c.event.confidence >= self.min_confidence]

    def is_furniture(self, sentence: Span, multi_line: bool) -> bool:
        """Boilerplate, teasers and verbless lines; in multi-line texts also short unpunctuated lines."""
        if furniture_reason(sentence, sentence.start_char, sentence.end_char):
            return True
        if not multi_line:
            return False
        line = line_of(sentence)
        return bool(line) and not ends_sentence(line) and not reads_as_sentence(sentence, line)

    def build(
        self,
        trigger: Trigger,
        frame: Frame,
        sentence: Span,
        index: MentionIndex,
        article: Article,
        source: Token | None,
        quotes: list[Quote],
    ) -> Candidate | None:
        """One Candidate event, or None when the frame's transform leaves nothing to code."""
        trigger = cooperative_deployment(trigger, self.lexicon)
        coded = coded_type(trigger, frame, self.cues)
        if coded is None:
            return None
        event_type, mode = coded
        # "we are ready to negotiate with Israel": an intent is one-sided, the partner its recipient
        one_sided = frame.status == INTENT and event_type != trigger.pattern.event_type
        args = find_arguments(trigger, index, self.lexicon, sentence, one_sided)
        actor, recipient = args.actor, args.recipient
        unsaid = implicit_agent(trigger, self.lexicon) or weapon_subject(args.actor_heads, self.lexicon)
        if weapon_subject(args.actor_heads, self.lexicon):
            actor = []  # "shells hit the city": who fired them is not said
        actor = first_person_speaker(args.actor_heads, quotes) + actor
        speaker_token = speaker_of(frame) or source
        attributed = [] if speaker_token is None else attributed_entities(speaker_token, index, self.lexicon)
        if frame.status == DEMAND:
            obliged = (
                None
                if speaker_token is None
                else obliged_pronoun(
                    trigger.token, speaker_token, index, self.lexicon, load_rules().obligation_aux
                )
            )
            actor, recipient = attributed, args.actor if obliged is None else obliged  # "say they must stay"
        if trigger.pattern.roles == CHARGED_ROLES:
            if not attributed:
                return None  # a wrong no one charges anyone with
            actor, recipient = attributed, args.actor  # "X said Y broke the law": X accuses Y
        words = sentence_words(sentence)
        if not mode:
            mode = cue_mode(event_type, mode_words(sentence, trigger.token), self.cues)
        mode = mode if mode in self.lexicon.modes.get(event_type, frozenset()) else None
        strength = trigger.pattern.strength
        obligation = self.lexicon.clauses.get("obligation_clause")
        if frame.status == DEMAND and obligation is not None:
            strength = max(strength, obligation.strength)  # the construction is the signal
        certainty = frame.certainty * (INTENT_CERTAINTY if frame.status in (INTENT, DEMAND) else 1.0)
        notes: tuple[str, ...] = ()
        if in_relative_clause(trigger.clause):
            certainty *= RELATIVE_CERTAINTY
            notes = ("in a relative clause",)
        elif in_background_clause(trigger.clause, load_rules()):
            certainty *= BACKGROUND_CERTAINTY
            notes = ("in a background clause",)
        context = merge_contexts(trigger.pattern.context, cue_contexts(words, self.cues), self.lexicon)
        if is_historical(sentence, trigger, article.published, self.lexicon.word_set("clock_words")):
            context.append("historical")
            certainty *= HISTORICAL_CERTAINTY
        span = trigger.span
        event = Event(
            event_id=event_id(article.article_id, span, event_type),
            event_type=event_type,
            actor=actor,
            recipient=recipient,
            reports=[make_report(article, sentence, span)],
            mode=mode,
            context=context,
            quad_class=self.lexicon.quad.get(event_type),
            confidence=confidence(strength, certainty, event_type, actor, recipient, unsaid),
            attributed_to=attributed[0] if attributed else None,
        )
        return Candidate(event, trigger, frame, notes)


def retype(event: Event, event_type: str, mode: str | None, article: Article, lexicon: Lexicon) -> None:
    """Give an event another type and mode (its id and quad class follow the type)."""
    span = event.reports[0].trigger_span or event.reports[0].span
    event.event_type, event.mode, event.quad_class = event_type, mode, lexicon.quad.get(event_type)
    event.event_id = event_id(article.article_id, span, event_type)


def first_person_speaker(heads: list[Token], quotes: list[Quote]) -> list[Entity]:
    """ "We held talks" inside a quotation: the quoted speaker (as the pronoun's mention)."""
    for head in heads:
        if head.lower_ in FIRST_PERSON:
            speaker = quoted_speaker(quotes, head.idx)
            if speaker is not None:
                return [replace(speaker, mention=head.text, span=(head.idx, head.idx + len(head.text)))]
    return []


def weigh_by_classifier(model: LinearModel, sentence: Span, events: list[Event]) -> None:
    """Scale confidences by how strongly the sentence classifier agrees with each event's quad class.

    The factor is 1 when the event's quad class is the classifier's first choice and falls towards
    ``1 - CLASSIFIER_WEIGHT`` as the classifier prefers another class (or "statement": no event).
    """
    probabilities = model.probabilities(sentence_features(sentence, events))
    best = max(probabilities.values())
    for event in events:
        agreement = probabilities.get(event.quad_class or "", 0.0) / best if best else 0.0
        event.confidence *= 1.0 - CLASSIFIER_WEIGHT * (1.0 - agreement)


def drop_intent_governors(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the coded intent ("vowed to attack" -> THREATEN) instead of its governing verb's AGREE.

    When both are the same type ("promised to hold elections": AGREE twice), the more confident one
    stays: the intent verb is often a clearer signal than the act it governs.
    """
    by_token = {c.trigger.token.i: c for c in candidates}
    dropped: set[int] = set()
    for candidate in candidates:
        governor = candidate.frame.governor
        if candidate.frame.status != INTENT or governor is None or governor.i not in by_token:
            continue
        rival = by_token[governor.i]
        same = rival.event.event_type == candidate.event.event_type
        if same and rival.event.confidence > candidate.event.confidence:
            dropped.add(id(candidate))
        else:
            dropped.add(id(rival))
    return [c for c in candidates if id(c) not in dropped]


def subsumed(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """An event noun whose licensing verb already matched a curated pattern naming it ("lodged a
    protest"); a CAMEO block pattern does not hide the noun ("ordered the expulsion of the envoy":
    the expulsion, not CAMEO's reading of "order expulsion" as a deportation)."""
    if trigger.pattern.pos != "noun" or trigger.licensed_by is None:
        return False
    verb = trigger.licensed_by
    forms = {trigger.token.lower_, trigger.token.lemma_.lower()}
    return any(
        t.token == verb and t.pattern.obj & forms and t.pattern.source == CURATED_SOURCE for t in triggers
    )


def protest_topic(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """A demand that states what protesters want ("demonstrated, calling for independence")."""
    if trigger.pattern.event_type != "REQUEST" or trigger.token.dep_ not in TOPIC_DEPS:
        return False
    head = trigger.token.head
    return any(t.token == head and t.pattern.event_type == "PROTEST" for t in triggers)


def in_relative_clause(verb: Token) -> bool:
    """Whether a clause is a relative or adnominal clause (background to the sentence's main event);
    not the infinitive of an attempt ("an attempt to kill him was foiled": the attempt is the news)."""
    if verb.dep_ == "acl" and in_words(verb.head, load_rules().attempt_nouns):
        return False
    return verb.dep_ in ("relcl", "acl") and not misparsed_main_verb(verb)


def in_background_clause(verb: Token, rules: ModalityRules) -> bool:
    """An adverbial clause of time, cause or circumstance ("after officials alleged spying", "as police
    cracked down"): background to the main clause's event."""
    if verb.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in rules.background_marks for c in verb.children)


def implicit_agent(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A passive without a "by" agent ("was accused of fraud", "the men arrested on Friday"), an
    event noun that happened ("riots broke out") or a victim's death ("died under torture"): the
    construction leaves the actor unsaid, unlike a parse that found none."""
    if trigger.licence in ("occurrence", "repelled") or trigger.pattern.roles == "undergo":
        return True  # "died in an airstrike": the construction names the victim, not who struck
    clause = trigger.clause
    if clause.dep_ == "acl" and in_words(clause.head, load_rules().attempt_nouns):
        return True  # "an attempt to kill the governor was thwarted": by whom is not said
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    # "the 31 people arrested on Friday": a reduced passive whose noun names who underwent it
    reduced = clause.dep_ == "acl" and clause.tag_ == "VBN" and names_people(clause.head, lexicon)
    return (passive or reduced) and not any(c.dep_ == "agent" for c in clause.children)


def names_people(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names people: a person noun ("men", "activists"), a named person or group, or
    "those"/"others" standing for people (``people_pronouns``)."""
    forms = {noun.lower_, noun.lemma_.lower()}
    if noun.ent_type_ in ("PERSON", "NORP") or forms & lexicon.word_set("people_pronouns"):
        return True
    return bool(forms & lexicon.word_set("person_nouns"))


def weapon_subject(heads: list[Token], lexicon: Lexicon) -> bool:
    """Whether the actor phrases are all weapons with no owner ("artillery shells hit the city"; not
    "police bullets" or "Israeli shells", whose owner is the actor)."""
    weapons = lexicon.word_set("instrument_nouns")
    return bool(heads) and all(
        {h.lower_, h.lemma_.lower()} & weapons and not owned_weapon(h, lexicon) for h in heads
    )


def owned_weapon(weapon: Token, lexicon: Lexicon) -> bool:
    """A weapon phrase naming whose it is: a possessor or an actor modifier ("police bullets")."""
    owners = [c for c in weapon.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return any(c.dep_ == "poss" or lexicon.in_class(c, "actor") for c in owners)


def coded_type(trigger: Trigger, frame: Frame, cues: Cues) -> tuple[str, str | None] | None:
    """(event type, mode) after the frame's transform; None when nothing is coded."""
    event_type, mode = trigger.pattern.event_type, trigger.pattern.mode
    if frame.status == REFUSED:
        return "REJECT", cues.transform("request_modes", event_type)
    if frame.status == INTENT:
        table = next((f for f in INTENT_TABLES if f in frame.flags), "intent")
        new_type = cues.transform_of(table, event_type, mode)
        if not new_type:
            return None
        if new_type == "THREATEN":
            return new_type, cues.transform("threat_mode_by_mode", mode or "") or cues.transform(
                "threat_modes", event_type
            )
        return new_type, mode if new_type == event_type else None
    if frame.status == DEMAND and "reproach" in frame.flags:
        return "ACCUSE", "disapprove"  # "X should have withdrawn it, said Y": Y criticises X (round 26)
    if frame.status == DEMAND:
        return "REQUEST", cues.transform("request_modes", event_type)
    return event_type, mode


def nearest_governed(candidate: Candidate, governed: list[Trigger]) -> Trigger | None:
    """The trigger of the action a request, rejection or threat is about: the closest one it governs."""
    head = candidate.trigger.token
    in_subject = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    inner = [
        t for t in governed if t.token != head and head.is_ancestor(t.token) and t.token.i not in in_subject
    ]  # "militias fighting against X called for help": the subject's own act is not what is asked for
    return min(inner, key=lambda t: abs(t.token.i - head.i)) if inner else None


def refine_governed_mode(candidate: Candidate, governed: list[Trigger], cues: Cues) -> None:
    """Set the mode of a request, rejection or threat from the action it is about."""
    event = candidate.event
    if event.event_type not in ("REQUEST", "REJECT", "THREATEN") or event.mode:
        return
    nearest = nearest_governed(candidate, governed)
    if nearest is None:
        return
    inner_type = nearest.pattern.event_type
    if event.event_type == "THREATEN":
        mode = cues.transform("threat_mode_by_mode", nearest.pattern.mode or "") or cues.transform(
            "threat_modes", inner_type
        )
    else:
        mode = cues.transform("request_modes", inner_type)
    event.mode = mode or None


def addressee_from_clause(
    candidate: Candidate, governed: list[Trigger], index: MentionIndex, lexicon: Lexicon
) -> None:
    """The recipient of "demanded that the government release X": the subject of the demanded act."""
    event = candidate.event
    if event.event_type not in ("REQUEST", "REJECT", "THREATEN") or event.recipient:
        return
    nearest = nearest_governed(candidate, governed)
    if nearest is None:
        return
    subjects = [c for c in nearest.token.children if c.dep_ == "nsubj"]
    if not subjects:
        return
    entities = entities_for(subjects[0], index, lexicon)
    event.recipient = [e for e in entities if not any(e.span == a.span for a in event.actor)]


def recipient_from_governed(
    candidate: Candidate, governed: list[Trigger], index: MentionIndex, lexicon: Lexicon, sentence: Span
) -> None:
    """The recipient of "threatened to shell the garrison", "refused to lift the ban on X": the
    recipient of the action a threat, intent, refusal or request is about, when it has no subject
    of its own (the governing verb's actor acts); of a meeting ("refused to meet X"), the other side,
    which the meeting itself lists among its actors."""
    event = candidate.event
    if event.recipient or event.event_type.lower() not in lexicon.word_set("governing_types"):
        return
    nearest = nearest_governed(candidate, governed)
    if nearest is None or children(nearest.clause, ("nsubj",)) or accompanying(nearest.token):
        return
    actors = {e.span for e in event.actor}
    args = find_arguments(nearest, index, lexicon, sentence)
    met = nearest.pattern.roles == "reciprocal" and nearest.pattern.pos == "verb"  # not "at the conference"
    found = args.recipient or (args.actor if met else [])
    event.recipient = [e for e in found if e.span not in actors]


def accompanying(token: Token) -> bool:
    """A participle clause beside the verb ("had refused, allowing Turkish jets in"): what followed or went
    with the act, not what was refused, threatened or asked for."""
    return token.dep_ == "advcl" and token.tag_ == "VBG"


def merge_contexts(pattern_contexts: tuple[str, ...], cue_list: list[str], lexicon: Lexicon) -> list[str]:
    """Pattern contexts then cue contexts, known to PLOVER, without repeats."""
    result: list[str] = []
    for name in (*pattern_contexts, *cue_list):
        if name in lexicon.contexts and name not in result:
            result.append(name)
    return result


def is_historical(
    sentence: Span, trigger: Trigger, published: str | None, clock_words: frozenset[str] = frozenset()
) -> bool:
    """A year in the trigger's clause at least two years before publication ("in 2003, ..."); a number a
    clock word follows is a time ("1800 UTC")."""
    if not published or not published[:4].isdigit():
        return False
    if not has_dated_number(sentence):
        return False  # no year to find: spares ``sentence.ents``, which rebuilds every entity of the doc
    cutoff = int(published[:4]) - 1
    clause = trigger.clause
    for ent in sentence.ents:
        if ent.label_ != "DATE" or clock_time(ent, clock_words):
            continue
        years = [int(y) for y in YEAR_RE.findall(ent.text)]
        if years and max(years) < cutoff and attached_to(ent.root, clause):
            return True
    return False


def clock_time(ent: Span, clock_words: frozenset[str]) -> bool:
    """A DATE entity that ends in, or is followed by, a clock word ("1800 UTC", "0600 GMT")."""
    doc = ent.doc
    following = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return ent[-1].lower_ in clock_words or following in clock_words


def has_dated_number(sentence: Span) -> bool:
    """Whether a token of a DATE entity in the sentence has a digit (a year needs one)."""
    return any(t.ent_type_ == "DATE" and DIGIT_RE.search(t.text) for t in sentence)


def attached_to(token: Token, clause: Token) -> bool:
    """Whether a token's nearest governing verb is the clause verb."""
    head = token.head
    for _ in range(6):
        if head == clause:
            return True
        if head.pos_ in ("VERB", "AUX") or head == head.head:
            return False
        head = head.head
    return False


def unaddressed(candidate: Candidate) -> bool:
    """A CAMEO pattern's event of a type the manual gives a recipient, coded with none ("paid $38 million")
    and not read as another type (an offer to provide security is an AGREE)."""
    pattern, event = candidate.trigger.pattern, candidate.event
    return pattern.needs_recipient and event.event_type == pattern.event_type and not event.recipient
