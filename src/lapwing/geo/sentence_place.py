"""The sentence-level fallback for an event's location: the one place its sentence is set in.

The dependency search (:mod:`lapwing.geo.locate`) ties a place to the trigger through the parse.
When the parse is broken (a verb read as a noun, a locative phrase hung on a date or a name),
nothing is tied even though the sentence plainly says where it happened: "Gunmen shot dead two
officers as they shopped Friday in a daring daylight attack in northeastern India". Then the geo
stage reads the sentence's surface instead:

- a candidate is a place written after a static locative preposition (in, at, near, outside ...;
  not a destination such as "to" or "into", not "from"), with only articles, adjectives and place
  nouns between ("in the restive Diyala province", "near the town of Qusayr");
- a country written as a modifier of a common noun ("in a US air strike") names an actor, not a
  place, and is left out;
- the candidates must all lie in one country: the place nearest the trigger below country level
  is taken, else the country. Candidates in two countries give nothing (the sentence is about
  more than one place and only the parse could say which).

The rule is ``event_location.sentence_locative``. It is weaker than a place tied to the trigger,
so it runs after every parse-based rule; the reason says "place precision: sentence" and the
evidence carries ``place_precision=sentence``.
"""
from __future__ import annotations

from ..model import Mention, Provenance, Token
from .locate import (BETWEEN_MARKER_AND_PLACE, LOCATIVE_CASES, MOTION_CASES, SUBNATIONAL, Location,
                     SentenceTree, modifies_common_noun)

#: Locative prepositions that do not say where the event itself happened.
NOT_STATIC = MOTION_CASES | frozenset({"via", "through", "beyond", "over", "between", "among",
                                      "under"})   # "under the Abidjan accord"
#: Relative pronouns ("who", "which", "that", "whose").
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})
#: At most this many words between the preposition and the place.
MAX_GAP = 6
PRECISION_NOTE = "place precision: sentence (weaker than a place tied to the event's clause)"
PRECISION_EVIDENCE = "place_precision=sentence"


def sentence_locative(trigger: Token, tree: SentenceTree, sentence: tuple[Token, ...]) -> Location | None:
    """The place the trigger's sentence is set in, read from its surface, or None."""
    candidates: list[tuple[Mention, str]] = []
    for token in sentence:
        mention = tree.place_at.get(token.i)
        if mention is None or mention.place is None or any(m is mention for m, _ in candidates):
            continue
        marker = _static_marker(tree, mention)
        if marker is None or (mention.place.feature == "country" and modifies_common_noun(token, tree)) \
                or _relative_between(trigger, token, sentence):
            continue
        candidates.append((mention, marker))
    countries = {m.place.country_code for m, _ in candidates if m.place is not None}
    if len(countries) != 1 or None in countries:
        return None
    below = [(m, w) for m, w in candidates if m.place is not None and m.place.feature in SUBNATIONAL]
    mention, marker = min(below or candidates, key=lambda item: abs(item[0].start_char - trigger.start_char))
    assert mention.place is not None
    return Location(mention.place, mention.text, Provenance(
        stage="geo", rule="event_location.sentence_locative",
        reason=(f"the parse ties no place to {trigger.text!r}; its sentence is set in one country: "
                f"{mention.text!r} follows the locative {marker!r} "
                f"({len(candidates)} locative place(s) in the sentence, all in "
                f"{mention.place.country_code}); {PRECISION_NOTE}"),
        evidence=(mention.text, PRECISION_EVIDENCE)))


def _relative_between(trigger: Token, place: Token, sentence: tuple[Token, ...]) -> bool:
    """A relative pronoun (or "where") stands between the trigger and the place: the place
    describes a participant ("troops which have their bases in Turkey", "migrants who have been
    living in Assam") or another place ("the capital, where they ... in Palestine"), not where
    the event happened."""
    low, high = sorted((trigger.start_char, place.start_char))
    return any(low < t.start_char < high and _relative_word(t) for t in sentence)


def _relative_word(token: Token) -> bool:
    word = token.text.lower()
    return token.tag in RELATIVE_TAGS or word in RELATIVE_WORDS or (word == "that" and token.pos == "PRON")


def _static_marker(tree: SentenceTree, mention: Mention) -> str | None:
    """The static locative preposition written before the mention, if any."""
    before = tree.last_token_before(mention.start_char)
    steps = 0
    while before is not None and steps <= MAX_GAP:
        word = before.text.lower()
        if word in LOCATIVE_CASES:
            return None if word in NOT_STATIC else word
        if word not in BETWEEN_MARKER_AND_PLACE and before.pos not in ("ADJ", "DET", "NUM"):
            return None
        before = tree.last_token_before(before.start_char)
        steps += 1
    return None
