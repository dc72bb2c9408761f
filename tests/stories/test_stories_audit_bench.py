"""bench/stories_audit.py (round 16): the precision of a grouping scored against judged stories."""

from __future__ import annotations

from bench_scripts import load_bench


def _audit():
    return load_bench("stories_audit")


def test_judged_pairs_in_one_story_give_the_precision_and_split_ones_the_share_kept(tmp_path):
    audit = _audit()
    judged_file = tmp_path / "judged.tsv"
    rows = ["story\tarticle_id\thappening\tnote", "1\ta\tx\t", "1\tb\tx\t", "1\tc\ty\tother talks"]
    judged_file.write_text("\n".join([*rows, "2\td\tx\t", "2\te\tx\t"]) + "\n")
    judged = audit.read_judgements(judged_file)
    grouping = [["a", "b", "c"], ["d"], ["e", "z"]]  # one wrong member kept, one right pair split
    same, different, unjudged = audit.judged_pairs(grouping, judged)
    assert (same, different, unjudged) == (1, 2, [])
    assert audit.pure_stories(grouping, judged) == (0, 1)
    assert audit.kept_share(grouping, judged) == (1, 2)
    assert audit.judged_pairs([["a", "d"]], judged)[2] == [("a", "d")]  # two drawn stories joined
    assert audit.pure_stories([["a", "b"], ["c"]], judged) == (1, 1)


def test_the_draw_is_fixed_by_its_seed_and_takes_only_stories_of_two_or_more():
    audit = _audit()
    stories = [["a"], ["b", "c"], ["d", "e"], ["f", "g", "h"]]
    assert audit.drawn(stories, 2, 1) == audit.drawn(stories, 2, 1)
    assert all(len(s) > 1 for s in audit.drawn(stories, 5, 1)) and len(audit.drawn(stories, 5, 1)) == 3


def test_pairs_judged_later_count_by_their_verdict(tmp_path):
    audit = _audit()
    judged_file = tmp_path / "judged.tsv"
    judged_file.write_text("story\tarticle_id\thappening\tnote\n1\ta\tx\t\n2\td\tx\t\n3\tf\tx\t\n")
    pairs_file = tmp_path / "pairs.tsv"
    pairs_file.write_text("article_a\tarticle_b\tverdict\nd\ta\tsame\na\tf\tdifferent\n")
    judged, verdicts = audit.read_judgements(judged_file), audit.read_pair_verdicts([pairs_file])
    assert audit.judged_pairs([["a", "d", "f"]], judged, verdicts) == (1, 1, [("d", "f")])
    assert audit.judged_pairs([["a", "d", "f"]], judged)[2] == [("a", "d"), ("a", "f"), ("d", "f")]
