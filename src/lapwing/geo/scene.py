"""A sentence that opens with a locative phrase sets the scene for the events in it.

"In Vienna, some 200,000 people ... marched", "Meanwhile, in Papua, troops shot two rebels": the
opening phrase is an adjunct of the main clause, but parsers often hang it on the nearest word
(here a participle or an apposition), so the dependency search from the trigger misses it. When
that search finds nothing, the geo stage takes the place of such an opening phrase, provided the
trigger stands after the phrase's comma. The rule is ``event_location.fronted_locative``; it is
weaker than a place tied to the trigger, so it is only a fallback.
"""
from __future__ import annotations

from ..model import Mention, Provenance, Token
from .locate import SUBNATIONAL, Location, SentenceTree

#: Prepositions that open a scene-setting phrase.
OPENING_CASES = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                           "within"})
#: Words before the preposition that do not end the opening ("Meanwhile, in ...", "Also on ...").
MAX_LEAD = 4
#: The opening phrase ends at a comma within this many tokens.
MAX_OPENING = 12
LEAD_POS = frozenset({"ADV", "CCONJ", "INTJ", "PUNCT"})


def fronted_locative(trigger: Token, tree: SentenceTree, sentence: tuple[Token, ...], *,
                     text: str) -> Location | None:
    """The place of the sentence's opening locative phrase, when the trigger comes after it."""
    tokens = sorted(sentence, key=lambda t: t.start_char)
    position = 0
    while position < min(len(tokens), MAX_LEAD) and tokens[position].text.lower() not in OPENING_CASES \
            and (tokens[position].pos in LEAD_POS or tokens[position].ent_type in ("DATE", "TIME")):
        position += 1
    if position >= len(tokens) or tokens[position].text.lower() not in OPENING_CASES:
        return None
    opening = tokens[position]
    comma = next((k for k in range(position + 1, min(len(tokens), position + MAX_OPENING))
                  if tokens[k].text == ","), None)
    if comma is None or trigger.start_char <= tokens[comma].start_char:
        return None
    places: list[Mention] = []
    for token in tokens[position + 1:comma]:
        mention = tree.place_at.get(token.i)
        if mention is None or mention.place is None or mention in places:
            continue
        if text[mention.end_char:mention.end_char + 2] in ("'s", "\u2019s"):
            continue   # "In Israel's attempt to ..." names an actor
        places.append(mention)
    if not places:
        return None
    below_country = [m for m in places if m.place is not None and m.place.feature in SUBNATIONAL]
    mention = (below_country or places)[-1]
    assert mention.place is not None
    return Location(mention.place, mention.text, Provenance(
        stage="geo", rule="event_location.fronted_locative",
        reason=(f"no place is tied to {trigger.text!r} in its clause; the sentence opens with the "
                f"locative phrase {opening.text!r} ... {mention.text!r}, which sets the scene for "
                f"its main clause"),
        evidence=(mention.text,)))
