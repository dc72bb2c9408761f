"""The stories stage: group reports of one happening across outlets and republications; merge their events.

Public interface:
    assign_story(article, mentions, events, index, profile=None) -> Assignment
                                    the stories a new article joins (copies by text and LSH bands, the same
                                    events by actors and dates, else the most similar earlier report), the
                                    article it copies, and the keys and profile to store for later articles;
                                    a story is joined only when the report is close to its core too
                                    (core.near_core: its first reports, read with index.story_core) and
                                    was published within core.CORE_DAYS of the core's dates
    story_similarity(profile_a, profile_b, weights) -> Similarity    how likely two reports are one story
                                    (scaled down when their who / where / what / when evidence disagrees;
                                    template words, in a large share of the stored reports, weigh little;
                                    raised when they state the same specifics: agreement.agreement;
                                    round 10: words and names scored by the learned pair model of
                                    data/stories/pair_scorer.yaml, pairscore.pair_model, on the same scale)
    article_evidence(article, mentions, events) -> Evidence      who / where / what / when of a report,
                                    with the organisation it leads with (organisations.main_organisation)
    conflict.conflict(evidence_a, published_a, evidence_b, published_b) -> Conflict
                                    the kinds of disagreement between two reports, and the factor
    profile_article(article, mentions, events, embedding=True) -> Profile    what an article is about
                                    (built on the workers without the embedding; assign_story takes it)
    story_keys(text, events) -> dict[key, date]        keys an article shares with reports of its story
    matching_stories(keys, candidates) -> StoryMatch     stories joined by key; the article it copies
    new_story_id(article_id) -> story_id
    merge_story(story_id, events, anchor, find_dates, originals, anchored=None) -> list[Event]
                                                        one event per happening, with all its reports
    anchored_sentences(sentences, anchor, find_dates) -> frozenset[article_id]
                                    undated articles a stated weekday places at the story's date
    stored_groups(placed) -> {event_id: report ids};  changed_events(merged, stored) -> (added, removed)
                                    what a merge of some reports changes in the stored events
    date_of_story(event_dates, published) -> (date, precision)     story_date from stored
                                    (date, precision, historical); background events do not date a story
    story_date(merged_events, published_dates) -> (date, precision)
"""

from eventwire.stories.assign import Assignment, StoryIndex, assign_story, profile_article
from eventwire.stories.conflict import Conflict
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.grouping import (
    ProfiledArticle,
    StoryCandidate,
    StoryMatch,
    StoryScore,
    matching_stories,
    new_story_id,
)
from eventwire.stories.keys import story_keys
from eventwire.stories.merge import (
    anchored_sentences,
    changed_events,
    date_of_story,
    merge_story,
    stored_groups,
    story_date,
)
from eventwire.stories.profile import Profile
from eventwire.stories.similarity import Similarity, story_similarity
from eventwire.stories.weights import TermWeights

__all__ = [
    "Assignment",
    "Conflict",
    "Evidence",
    "Profile",
    "ProfiledArticle",
    "Similarity",
    "StoryCandidate",
    "StoryIndex",
    "StoryMatch",
    "StoryScore",
    "TermWeights",
    "anchored_sentences",
    "article_evidence",
    "assign_story",
    "changed_events",
    "date_of_story",
    "matching_stories",
    "merge_story",
    "new_story_id",
    "profile_article",
    "stored_groups",
    "story_date",
    "story_keys",
    "story_similarity",
]
