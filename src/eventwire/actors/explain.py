"""Explain what a name resolves to: candidates with the matched alias, score, role and why."""

from __future__ import annotations

from typing import Any

from eventwire.actors.article_survey import as_of_day
from eventwire.actors.kb import KnowledgeBase

HOW = {
    "name": "exact name",
    "alias": "exact alias",
    "demonym": "nationality adjective of the country",
    "capital": "capital used for its government",
    "metonym": "place standing for an institution",
    "region": "region of the country",
    "full": "same name up to spelling and transliteration",
    "first_last": "same first and last name up to spelling",
    "surname": "family name only",
    "shared": "a name several countries share; the article's words decide (default first)",
    "reference": "refers back to an actor named earlier in the article",
}


def explain(kb: KnowledgeBase, name: str, date: str | None = None) -> list[dict[str, Any]]:
    """Candidates for ``name`` as of ``date``, best first, each with the reason it was found."""
    day = as_of_day(date)
    rows = []
    for cand in kb.candidates(name):
        record = kb.entity_record(cand.kb_id, day, mention=name, score=cand.score, sectors=cand.sectors)
        record.score = round(min(1.0, record.score * kb.prominence(cand.kb_id, day)), 4)  # as lookup()
        st = kb.standing(cand.kb_id, day)
        rows.append(
            {
                "kb_id": record.kb_id,
                "name": record.name,
                "country": record.country,
                "sectors": record.sectors,
                "role": record.role,
                "score": record.score,
                "alias": cand.alias,
                "why": _why(
                    cand.how,
                    cand.alias,
                    st.status,
                    st.role.title if st.role else None,
                    day,
                    st.role.start if st.role else None,
                    st.role.end if st.role else None,
                ),
            }
        )
    return sorted(rows, key=lambda r: (-r["score"], r["name"] or ""))


def _why(
    how: str, alias: str, status: str, role: str | None, day: str | None, start: str | None, end: str | None
) -> str:
    match = f"{HOW.get(how, how)} ({alias!r})"
    if role is None:
        return match
    spell = f"{start or '?'} to {end or 'no end recorded'}"
    if status == "active":
        return f"{match}; held {role} on {day} ({spell})"
    if status == "former":
        return f"{match}; {role} ended before {day} ({spell})"
    if status == "undated":
        return f"{match}; no date given, most prominent role {role} ({spell})"
    return f"{match}; {role} starts after {day} ({spell})"
