"""The members of a compound party: a head and its coordinated conjuncts."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.triggers import children

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def expand_conjuncts(heads: list[Token]) -> list[Token]:
    """Heads with their coordinated conjuncts ("the US and France"); a nominal head's conjuncts that
    are adjectives or verbs describe it ("illegal or undocumented migrants living and working"), and
    so do verbs after an adjective used as a noun ("convicting the guilty and penalising them")."""
    result: list[Token] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token is not head and nominal(head) and not nominal(token):
                continue
            if token not in result:
                result.append(token)
    return result


def nominal(token: Token) -> bool:
    """A noun, a name, a pronoun or a number, or an adjective used as one ("the youngest")."""
    return token.pos_ in NOMINAL_POS or bool(children(token, ("det", "poss")))
