"""The actor directory and the actor/dyad tallies stay equal to a recount of the stored events through
re-merges and story merges."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from world import ESTONIA, NORWAY, article, build_world, event, store_story

from eventwire.remerge import remerge_story
from eventwire.store import schema as t
from eventwire.store.tallies import tally_deltas


def recount(conn) -> tuple[dict, dict]:
    rows = conn.execute(
        select(t.event_actors.c.event_id, t.event_actors.c.side, t.event_actors.c.actor_key)
    ).mappings()
    actors, dyads = tally_deltas(rows, 1)
    return {k: n for k, n in actors.items() if n}, {k: n for k, n in dyads.items() if n}


def tallied(conn) -> tuple[dict, dict]:
    a = t.actors.c
    actors: Counter = Counter()
    for key, n, n_actor, n_recipient in conn.execute(
        select(a.actor_key, a.n_events, a.n_as_actor, a.n_as_recipient)
    ):
        for field, value in (("n_events", n), ("n_as_actor", n_actor), ("n_as_recipient", n_recipient)):
            if value:
                actors[(key, field)] = value
    d = t.dyads.c
    dyads = {(s, r): n for s, r, n in conn.execute(select(d.source_key, d.target_key, d.n_events))}
    return dict(actors), dyads


def test_tallies_count_each_actor_and_pair_once_per_event(store):
    build_world(store)
    with store.reading() as conn:
        actors, dyads = tallied(conn)
        assert (actors, dyads) == recount(conn)
    assert actors[("XQ1", "n_events")] == 2  # the merged meeting (actor) and the request (recipient)
    assert actors[("XQ1", "n_as_actor")] == 1 and actors[("XQ1", "n_as_recipient")] == 1
    assert dyads[("XQ1", "NATO")] == 1 and dyads[("NATO", "XQ1")] == 1
    assert dyads[("French police", "protesters")] == 1


def test_tallies_follow_remerges_and_story_merges(store):
    world = build_world(store)
    # a third outlet reports the aid delivery: the story is re-merged (its event deleted and stored again)
    late = article(
        "a8", "Norway sent aid to Estonia in April, officials said.", "2022-04-22", "Baltic Wire", None
    )
    e8 = event(
        late,
        late.text,
        "sent",
        "AID",
        "material cooperation",
        [(NORWAY, "Norway")],
        [(ESTONIA, "Estonia")],
        "2022-04",
        "month",
        None,
    )
    with store.transaction() as w:
        w.add_article(late, world.story_ids["aid"])
        w.add_reports([e8])
        remerge_story(w, world.story_ids["aid"])
        # and the accusation's story is absorbed into the aid story, then re-merged
        w.merge_stories(world.story_ids["aid"], [world.story_ids["accusation"]])
        remerge_story(w, world.story_ids["aid"])
    # a new story of its own
    other = article("a9", "Estonia sent aid to Norway in May.", "2022-05-20", "Tallinn Daily", None)
    e9 = event(
        other,
        other.text,
        "sent",
        "AID",
        "material cooperation",
        [(ESTONIA, "Estonia")],
        [(NORWAY, "Norway")],
        "2022-05",
        "month",
        None,
    )
    store_story(store, [(other, [e9], [])])
    with store.reading() as conn:
        actors, dyads = tallied(conn)
        assert (actors, dyads) == recount(conn)
    assert dyads[("NOR", "EST")] == 1 and dyads[("EST", "NOR")] == 1 and dyads[("EST", "RUS")] == 1
    assert actors[("EST", "n_events")] == 3


def test_speakers_and_actors_are_in_the_directory_with_their_search_terms(store):
    build_world(store)
    with store.reading() as conn:
        names = dict(conn.execute(select(t.actors.c.actor_key, t.actors.c.name)).all())
        terms = set(
            conn.execute(select(t.actor_terms.c.term, t.actor_terms.c.kind, t.actor_terms.c.actor_key))
        )
    assert names["XQ1"] == "Mira Holt" and names["French police"] == "French police"
    assert names["<svg onload=window.__pwned=4>"] == "<svg onload=window.__pwned=4>"  # a quote's speaker
    assert ("xq1", "id", "XQ1") in terms and ("holt", "name", "XQ1") in terms  # the mention "Holt" too
