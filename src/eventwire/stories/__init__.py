"""The stories stage: group reports of one happening across outlets and republications; merge their events.

Public interface:
    story_keys(text, events) -> dict[key, date]        keys an article shares with reports of its story
    matching_stories(keys, candidates) -> StoryMatch     stories a new article joins; the article it copies
    new_story_id(article_id) -> story_id
    merge_story(story_id, events, anchor, find_dates, originals) -> list[Event]
                                                        one event per happening, with all its reports
    story_date(merged_events, published_dates) -> (date, precision)
"""

from eventwire.stories.grouping import StoryCandidate, StoryMatch, matching_stories, new_story_id
from eventwire.stories.keys import story_keys
from eventwire.stories.merge import merge_story, story_date

__all__ = [
    "StoryCandidate",
    "StoryMatch",
    "matching_stories",
    "merge_story",
    "new_story_id",
    "story_date",
    "story_keys",
]
