"""Where an event happened: the place tied to its trigger in the dependency tree.

From the trigger token (``Event.trigger_start``/``trigger_end``) the locator walks the trigger's
own phrase (its dependents, not the clauses hanging off it: ccomp, parataxis, advcl, relative
clauses, conjoined verbs) and looks at every place it reaches. Each place is classed by the
markers on its path back up to the trigger, read from the place upwards, with "of" and the
possessive "'s" transparent ("in the city of Tijuana", "in Jerusalem's Old City"):

- ``locative``: the first other marker is in/at/near/outside/to/into/... ("captured in
  Afghanistan", "shot at a rally in the border city of Tijuana"), or the path passes a
  direction word ("north of Baghdad");
- ``target``: the first other marker is against/on, or there is none and the phrase is the
  trigger's object or passive subject, or the trigger is a noun and the place is its "of"
  complement ("the offensive against Tripoli", "seize Tripoli", "the bombardment of Aziziyah").
  A target is a location only below country level: a city that is attacked is where the attack
  happens, while a country that is sanctioned or criticised is an actor, not a location;
- anything else ("by", "with", "for", "from", "about") is not the event's location.

A country is a target location only when the trigger's lemma is listed in
``territorial_verbs.csv`` ("captured much of Liberia", "bombed Iraq"); so is a capital that
stands for its government ("captured Seoul"). A country written as a modifier of a common noun in
a locative phrase ("in a US air strike") names who acted, not where.

The nearest locative place wins (fewest steps, then closest in the text), then the nearest
target. A proper name in a locative phrase that the main gazetteer lacks is tried against the
small-town gazetteer (preferring the article's countries); failing that the event keeps
``place_text`` with no ``place``. If nothing is found and the trigger is an xcomp/advcl/conj/acl
of another word, the search repeats from that word ("deployed in Libya, strengthening Haftar's
forces"). Before climbing, a lower-ranked search looks beyond the trigger's own phrase:
``.concurrent_clause``, an adverbial clause that happens at the same time ("while covering the
clashes in Gaza", "when a roadside bomb exploded near their patrol in Diyala province", "killed
fighting in the town of Qusayr"); only static locatives count there ("to", "into" are
destinations, not where the event happened). A secondary predicate is part of the trigger's
phrase ("shot dead in a town northeast of Baghdad"). Then ``.argument_clause``: a relative clause
describing one of the trigger's participants ("killed fighters who tried to break the siege of
Homs"), static locatives only.

Last, ``event_location.fronted_locative`` (in :mod:`lapwing.geo.scene`): a sentence that opens
with a locative phrase and a comma ("In Vienna, ... marched") sets the scene for its events.
Then ``event_location.sentence_locative`` (:mod:`lapwing.geo.sentence_place`): the sentence's one
locative place when the parse ties none. The article-level fallback (dateline, lead sentence) is
:mod:`lapwing.geo.article`, off by default. A place reached through a compass word ("100 km west of
Mosul") is a reference point: any other place tied to the trigger comes first.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..english_words import COMPASS_WORDS
from ..model import Mention, Place, Provenance, Token
from .disambiguate import choose_place
from .gazetteer import Gazetteer
from .places import BLOCKING_KINDS, is_state_metonym

LOCATIVE_CASES = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout",
                            "within", "into", "to", "toward", "towards", "onto", "along", "off",
                            "over", "beyond", "between", "among", "amid", "nearby", "via", "through",
                            "outskirts", "across", "beside", "behind", "under", "alongside"})
TARGET_CASES = frozenset({"against", "on", "upon"})
#: Locative markers of motion: a destination, not where an event in another clause happened.
MOTION_CASES = frozenset({"to", "into", "toward", "towards", "onto"})
#: Nouns of ground or buildings: "on" before them is locative ("on the outskirts of Kabul",
#: "on the battlefields of Afghanistan", "on a Hong Kong hotel"); a country modifying one of them
#: ("Venezuela's oil installations") names a place, not an actor.
GROUND_NOUNS = frozenset({"outskirts", "outskirt", "edge", "island", "road", "highway", "border",
                          "battlefield", "street", "coast", "bank", "shore", "side", "front",
                          "frontline", "hotel", "base", "square", "ground", "soil", "territory",
                          "land", "installation", "outpost", "camp", "village", "town", "city",
                          "province", "district", "region", "area", "port", "capital", "airport",
                          "suburb", "neighbourhood", "neighborhood", "countryside", "plant", "field"})
#: Subordinators of a clause that happens at the same time as its head.
#: Wh-adverbs that a parser may attach as advmod rather than mark ("when a bomb exploded").
WH_ADVERBS = frozenset({"when", "while", "whilst", "where", "how", "why", "whenever", "wherever"})
CONCURRENT_MARKS = frozenset({"while", "when", "as", "whilst", "during", "amid"})
#: Words for a share of ground: "captured much of Liberia", "parts of Iraq".
QUANTITY_WORDS = frozenset({"much", "most", "part", "parts", "half", "rest", "swath", "swathe",
                            "swaths", "swathes", "all", "some", "large"})
TRANSPARENT_CASES = frozenset({"of", "'s", "\u2019s", "'"})
DIRECTION_WORDS = COMPASS_WORDS | {"outside", "near", "nearby", "outskirts"}
SUBNATIONAL = frozenset({"city", "town", "admin1", "region"})
#: Dependents not followed: other clauses (other events) and punctuation.
CLAUSE_DEPS = frozenset({"acl:relcl", "advcl", "parataxis", "ccomp", "csubj", "punct", "xcomp",
                         "discourse", "vocative", "reparandum", "list"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "acl:relcl"})
TARGET_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "iobj"})
#: The trigger's participants whose describing clause may say where the event happened.
ARGUMENT_DEPS = TARGET_DEPS | frozenset({"obl", "nmod"})  # not agents: actors, as subjects are
#: Entity labels that make a proper noun something other than an unlisted place.
NOT_NAME_ENTITIES = frozenset({"PERSON", "PER", "NORP", "ORG", "DATE", "TIME", "EVENT", "PRODUCT",
                               "WORK_OF_ART", "LAW", "LANGUAGE", "MONEY", "CARDINAL", "ORDINAL"})
MAX_DEPTH = 6
#: The surface fallback looks this many tokens either side of the trigger, in its sentence.
NEARBY_WINDOW = 12
#: Words allowed between a preposition and the place it governs ("in the nearby city of").
BETWEEN_MARKER_AND_PLACE = frozenset({"the", "a", "an", "of", "city", "town", "village", "province",
                                      "district", "region", "capital", "nearby", "central", "northern",
                                      "southern", "eastern", "western", "border", "port", "area",
                                      "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood",
                                      "southwestern", "southeastern", "northwestern", "northeastern",
                                      "countryside", "coastal", "restive", "embattled", "besieged",
                                      "key", "strategic", "rebel", "held", "-", "town's", "its"})


@dataclass(frozen=True, slots=True)
class Location:
    """An event's place, the text as written, and why."""

    place: Place | None
    text: str
    provenance: Provenance


class SentenceTree:
    """Token lookups for one article: children by head, place mentions by token, and the tokens
    that cannot be part of an unlisted place name."""

    def __init__(self, tokens: tuple[Token, ...], mentions: tuple[Mention, ...], *,
                 not_places: dict[str, str] | None = None) -> None:
        self.tokens = {t.i: t for t in tokens}
        self.children: dict[int, list[Token]] = {}
        for token in tokens:
            if token.head != token.i and token.head >= 0:
                self.children.setdefault(token.head, []).append(token)
        self.ordered = sorted(tokens, key=lambda t: t.start_char)
        self._starts = [t.start_char for t in self.ordered]
        self._ends = [t.end_char for t in self.ordered]
        #: tokens do not overlap (spaCy's never do), so their ends rise with their starts and a
        #: character range covers one slice of ``ordered``, found by bisection
        self._ends_sorted = all(a <= b for a, b in zip(self._ends, self._ends[1:]))
        self.place_at: dict[int, Mention] = {}
        blocked: set[int] = set()
        for mention in mentions:
            if mention.kind in BLOCKING_KINDS:
                blocked.update(t.i for t in self._covered(mention.start_char, mention.end_char))
            if mention.place is None:
                continue
            for token in self._covered(mention.start_char, mention.end_char):
                self.place_at[token.i] = mention
        #: tokens the parser or the actors stage reads as a place, even when no entry resolves
        self.named_places = {t.i for t in tokens if t.ent_type in ("GPE", "LOC", "FAC")}
        for mention in mentions:
            if mention.kind == "location":
                self.named_places.update(t.i for t in self._covered(mention.start_char, mention.end_char))
        never = {w for w, rule in (not_places or {}).items() if rule == "never"}
        self.not_a_name = blocked | {t.i for t in tokens
                                     if t.ent_type in NOT_NAME_ENTITIES or t.text.lower() in never
                                     or (t.text.isupper() and len(t.text) <= 5)}

    def _covered(self, start: int, end: int) -> list[Token]:
        """The tokens overlapping the characters ``start``-``end``, in text order."""
        if not self._ends_sorted:
            return [t for t in self.ordered if t.start_char < end and t.end_char > start]
        return self.ordered[bisect_right(self._ends, start):bisect_left(self._starts, end)]

    def last_token_before(self, start: int) -> Token | None:
        """The last token (in text order) that ends at or before ``start``."""
        if not self._ends_sorted:
            before = [t for t in self.ordered if t.end_char <= start]
            return before[-1] if before else None
        position = bisect_right(self._ends, start)
        return self.ordered[position - 1] if position else None

    def trigger_token(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens at the trigger offsets."""
        inside = self._covered(start, end)
        if not inside:
            return None
        ids = {t.i for t in inside}
        heads = [t for t in inside if t.head not in ids]
        return heads[0] if heads else inside[0]

    def cases(self, token: Token) -> set[str]:
        return {(c.lemma or c.text).lower() for c in self.children.get(token.i, ())
                if c.dep == "case" or c.dep.startswith("case:")
                or (c.dep == "mark" and c.pos == "ADP")}

    def classify(self, path: list[Token], trigger: Token) -> str | None:
        """``locative``, ``target`` or None for a place reached by ``path`` (place first,
        the trigger's direct dependent last)."""
        for token in path:
            if (token.lemma or token.text).lower() in DIRECTION_WORDS and token is not path[0]:
                return "locative"
            markers = self.cases(token) - TRANSPARENT_CASES
            if markers & LOCATIVE_CASES:
                return "locative" if markers - MOTION_CASES else "locative_motion"
            if markers & TARGET_CASES:
                if token is not path[0] and token.pos == "NOUN" and _lemma(token) in GROUND_NOUNS:
                    return "locative"   # "on the outskirts of Kabul"
                return "target"
            if markers:
                return None
        top = path[-1]
        if top.dep in TARGET_DEPS:
            return "target"
        if trigger.pos in ("NOUN", "PROPN") and "of" in self.cases(top):
            return "target"
        if top.dep == "compound" and trigger.pos in ("NOUN", "PROPN"):
            return "target"   # "the Aleppo offensive"
        return None

    def name_run(self, token: Token) -> tuple[Token, Token]:
        """The run of adjacent capitalised proper nouns around ``token`` (an unlisted name)."""
        first = last = token
        while (prev := self.tokens.get(first.i - 1)) is not None and _name_part(prev) \
                and prev.i not in self.not_a_name:
            first = prev
        while (nxt := self.tokens.get(last.i + 1)) is not None and _name_part(nxt) \
                and nxt.i not in self.not_a_name:
            last = nxt
        return first, last


def _name_part(token: Token) -> bool:
    return token.pos == "PROPN" and token.text[:1].isupper()


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


def locate_event(trigger: Token, tree: SentenceTree, *, text: str, gazetteer: Gazetteer,
                 context: Counter[str], territorial: frozenset[str] = frozenset()) -> Location | None:
    """The place of the event whose trigger is ``trigger``, or None. ``territorial``: lemmas
    whose object is ground (see ``territorial_verbs.csv``)."""
    current: Token | None = trigger
    for level in range(3):
        if current is None:
            break
        search = _Search(tree, text=text, gazetteer=gazetteer, context=context,
                         territorial=bool({_lemma(current), current.text.lower()} & territorial))
        found = search.phrase(current)
        if found is None and level == 0:
            found = _search_nearby(current, tree) or search.beyond_phrase(current) \
                or search.argument_clause(current, territorial)
        if found is not None:
            if level:
                found = _relabel(found, ".via_head", f" (searched from {current.text!r}, which "
                                                     f"governs the trigger {trigger.text!r})")
            return found
        if current.dep not in CLIMB_DEPS or current.head == current.i:
            break
        current = tree.tokens.get(current.head)
    return None


class _Search:
    """The place search from one trigger: its own phrase, then the clauses beside it."""

    def __init__(self, tree: SentenceTree, *, text: str, gazetteer: Gazetteer, context: Counter[str],
                 territorial: bool) -> None:
        self.tree, self.text, self.gazetteer, self.context = tree, text, gazetteer, context
        self.territorial = territorial

    def beyond_phrase(self, trigger: Token) -> Location | None:
        """A place in a concurrent adverbial clause of the trigger (static locatives only)."""
        tree = self.tree
        children = tree.children.get(trigger.i, ())
        for child in children:
            if _concurrent(child, tree):
                found = self.phrase(child, static_only=True)
                if found is not None:
                    return _relabel(found, ".concurrent_clause",
                                    f" (in {child.text!r}, a clause at the same time as {trigger.text!r})")
        return None

    def argument_clause(self, trigger: Token, territorial: frozenset[str]) -> Location | None:
        """A place in a clause that describes one of the trigger's participants other than its
        active subject ("killed fighters who tried to break the siege of Homs", "shot laborers
        working in a West Bank settlement", "shot by gunmen who were hiding near his house in
        Narathiwat"): where the participant was is where the event happened. Static locatives
        only, and targets by the clause's own verb. Agents are left out, as active subjects are:
        "patrolled by troops which have bases in Turkey" is not in Turkey. An agent counts only
        when its clause is progressive, a state at the time of the event ("shot by gunmen who were
        hiding near his house"). A participant behind a quantity ("dozens of fighters who ...")
        is reached through the "of"."""
        tree = self.tree
        for argument, agent in _participants(trigger, tree):
            for clause in tree.children.get(argument.i, ()):
                if clause.dep not in ("acl:relcl", "acl") or clause.pos not in ("VERB", "AUX") \
                        or (agent and clause.tag != "VBG"):
                    continue
                for verb in _verb_chain(clause, tree):
                    search = _Search(tree, text=self.text, gazetteer=self.gazetteer, context=self.context,
                                     territorial=bool({_lemma(verb), verb.text.lower()} & territorial))
                    found = search.phrase(verb, static_only=True)
                    if found is not None:
                        return _relabel(found, ".argument_clause",
                                        f" (in {verb.text!r}, a clause describing {argument.text!r}, a "
                                        f"participant of {trigger.text!r})")
        return None

    def phrase(self, trigger: Token, *, static_only: bool = False) -> Location | None:
        """The nearest place in the trigger's own phrase; ``static_only`` drops destinations."""
        tree = self.tree
        resolved: list[tuple[int, int, int, Mention, str]] = []
        unlisted: list[tuple[int, int, Token, str]] = []
        queue: list[tuple[Token, list[Token]]] = [(c, [c]) for c in tree.children.get(trigger.i, ())
                                                  if _followed(c)]
        seen = {trigger.i}
        while queue:
            token, path = queue.pop(0)
            if token.i in seen or len(path) > MAX_DEPTH:
                continue
            seen.add(token.i)
            if token.i in tree.place_at:
                mention = tree.place_at[token.i]
                upward = list(reversed(path))
                kind = _motion(tree.classify(upward, trigger), static_only)
                if self._accepts(mention, token, kind, upward):
                    # a place named as a reference point ("100 km west of Mosul") yields to any
                    # other place tied to the trigger ("in Sinjar town, 100 km west of Mosul")
                    rank = 2 if any(_lemma(t) in COMPASS_WORDS for t in upward[1:]) \
                        else 0 if kind == "locative" else 1
                    resolved.append((rank, len(path), abs(token.i - trigger.i), mention, kind))
                continue
            if _name_part(token) and token.i not in tree.not_a_name:
                kind = _motion(tree.classify(list(reversed(path)), trigger), static_only)
                if kind == "locative" or (kind == "target" and token.i in tree.named_places):
                    unlisted.append((len(path), abs(token.i - trigger.i), token, kind))
            for child in tree.children.get(token.i, ()):
                if not _followed(child) or (child.dep == "conj" and child.pos in ("VERB", "AUX")):
                    continue
                queue.append((child, path + [child]))
        if resolved:
            _rank, depth, _distance, mention, kind = min(resolved, key=lambda r: r[:3])
            assert mention.place is not None
            return Location(mention.place, mention.text, Provenance(
                stage="geo", rule=f"event_location.{kind}",
                reason=(f"{mention.text!r} is in a {'locative phrase' if kind == 'locative' else 'target'} "
                        f"of {trigger.text!r}, {depth} step(s) down the dependency tree"),
                evidence=(mention.text,)))
        for _depth, _distance, token, kind in sorted(unlisted, key=lambda r: r[:2]):
            found = self._unlisted(token, kind, trigger)
            if found is not None:
                return found
        return None

    def _accepts(self, mention: Mention, token: Token, kind: str | None, upward: list[Token]) -> bool:
        """A locative, or a target below country level; a country, or a state named as an
        actor, is a target only of a territorial trigger and only as the ground itself ("captured
        Seoul", "captured much of Liberia", not "captured Haiti's leader"); a country modifying a
        common noun ("a US air strike") is not a location."""
        place = mention.place
        if place is None or kind is None:
            return False
        if kind == "locative":
            return not (place.feature == "country" and modifies_common_noun(token, self.tree))
        if place.feature in SUBNATIONAL and not is_state_metonym(mention):
            return True
        return self.territorial and all(_lemma(t) in GROUND_NOUNS | QUANTITY_WORDS
                                        for t in upward[1:])

    def _unlisted(self, token: Token, kind: str, trigger: Token) -> Location | None:
        """A proper name the main gazetteer lacks: a small town in a country the article
        mentions, else (in a locative phrase only) the name with no place."""
        first, last = self.tree.name_run(token)
        name = self.text[first.start_char:last.end_char]
        candidates = tuple(c for c in self.gazetteer.lookup_small_town(name)
                           if c.place.country_code in self.context)
        if candidates:
            choice = choose_place(name, candidates, context=self.context)
            return Location(choice.place, name, Provenance(
                stage="geo", rule=f"event_location.{kind}.small_town",
                reason=f"{name!r} is in a {'locative phrase' if kind == 'locative' else 'target'} of "
                       f"{trigger.text!r}; a town below the population threshold in a country the "
                       f"article mentions; {choice.reason}",
                evidence=choice.evidence))
        if kind != "locative":
            return None
        return Location(None, name, Provenance(
            stage="geo", rule="event_location.locative.unresolved",
            reason=f"{name!r} is in a locative phrase of {trigger.text!r} but not in the gazetteer",
            evidence=(name,)))


def _followed(child: Token) -> bool:
    """Dependents the phrase search goes into: not other clauses, but a secondary predicate
    ("shot dead in a town") is part of the trigger's phrase."""
    if child.dep == "xcomp":
        return child.pos not in ("VERB", "AUX")
    return child.dep not in CLAUSE_DEPS


def _participants(trigger: Token, tree: SentenceTree) -> list[tuple[Token, bool]]:
    """The trigger's nominal participants other than its active subject, each with whether it is
    the passive's agent; a participant's "of" complement ("dozens of fighters") is one too."""
    found: list[tuple[Token, bool]] = []
    for argument in tree.children.get(trigger.i, ()):
        if argument.pos not in ("NOUN", "PROPN", "PRON"):
            continue
        agent = argument.dep == "obl:agent" or (argument.dep == "obl" and "by" in tree.cases(argument))
        if argument.dep not in ARGUMENT_DEPS and argument.dep != "obl:agent":
            continue
        found.append((argument, agent))
        found.extend((inner, agent) for inner in tree.children.get(argument.i, ())
                     if inner.dep == "nmod" and inner.pos in ("NOUN", "PROPN") and "of" in tree.cases(inner))
    return found


def _verb_chain(clause: Token, tree: SentenceTree) -> list[Token]:
    """A clause's verb and the infinitives it governs ("tried to break", "wanted to flee")."""
    chain = [clause]
    while len(chain) < 3:
        nxt = next((c for c in tree.children.get(chain[-1].i, ())
                    if c.dep == "xcomp" and c.pos in ("VERB", "AUX")), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _motion(kind: str | None, static_only: bool) -> str | None:
    if kind == "locative_motion":
        return None if static_only else "locative"
    return kind


def _concurrent(child: Token, tree: SentenceTree) -> bool:
    """An adverbial clause at the same time as its head: "while/when/as ...", or a bare
    participle ("killed fighting in Qusayr")."""
    if child.dep not in ("advcl", "xcomp") or child.pos not in ("VERB", "AUX"):
        return False
    marks = {_lemma(c) for c in tree.children.get(child.i, ())
             if c.dep == "mark" or (c.dep == "advmod" and (c.tag == "WRB" or _lemma(c) in WH_ADVERBS))}
    if marks:
        return bool(marks & CONCURRENT_MARKS)
    # a bare participle, also when the tagger calls it a noun ("fighting" as NN)
    return child.tag == "VBG" or child.text.lower().endswith("ing")


def modifies_common_noun(token: Token, tree: SentenceTree) -> bool:
    """The place, after an article, is a compound modifier of a common noun that is not
    ground ("in a US air strike", "near a U.S. patrol"; not "in Afghanistan sobs", a parse slip)."""
    head = tree.tokens.get(token.head)
    if token.dep != "compound" or head is None or head.pos != "NOUN" or _lemma(head) in GROUND_NOUNS:
        return False
    mention = tree.place_at.get(token.i)
    start = mention.start_char if mention is not None else token.start_char
    before = tree.last_token_before(start)
    return before is not None and before.pos in ("DET", "ADJ")


def _relabel(found: Location, suffix: str, note: str) -> Location:
    return Location(found.place, found.text, found.provenance.replace(
        rule=found.provenance.rule + suffix, reason=found.provenance.reason + note))


def _search_nearby(trigger: Token, tree: SentenceTree) -> Location | None:
    """Fallback when the parse ties no place to the trigger: the nearest place in the trigger's
    sentence, within ``NEARBY_WINDOW`` tokens, written after a locative preposition ("in the
    nearby city of Fallujah"), or a place below country level right after the trigger
    ("captured the town of Huddur"). Another verb between them ends the search on that side."""
    best: tuple[int, Mention, str] | None = None
    for step in (1, -1):
        position = trigger.i + step
        while abs(position - trigger.i) <= NEARBY_WINDOW:
            token = tree.tokens.get(position)
            if token is None or token.text in (".", ";", "!", "?") or \
                    (token.pos in ("VERB", "AUX") and token.dep != "conj" and token.i not in tree.place_at):
                break
            mention = tree.place_at.get(position)
            if mention is not None and mention.place is not None:
                kind = _surface_marker(tree, position, trigger)
                if (kind == "locative" and not (mention.place.feature == "country"
                                                and modifies_common_noun(token, tree))) \
                        or (kind == "target" and mention.place.feature in SUBNATIONAL
                            and not is_state_metonym(mention)):
                    distance = abs(position - trigger.i)
                    if best is None or distance < best[0]:
                        best = (distance, mention, kind)
                    break
            position += step
    if best is None:
        return None
    distance, mention, kind = best
    assert mention.place is not None
    return Location(mention.place, mention.text, Provenance(
        stage="geo", rule=f"event_location.nearby_{kind}",
        reason=(f"the parse ties no place to {trigger.text!r}; {mention.text!r} is {distance} tokens "
                f"away in its sentence, after {'a locative preposition' if kind == 'locative' else 'it'}; another "
                f"verb, not a conjoined one, ends the search)"),
        evidence=(mention.text,)))


def _surface_marker(tree: SentenceTree, position: int, trigger: Token) -> str | None:
    """What precedes a place in the text: a locative or target preposition, or the trigger."""
    first = position
    mention = tree.place_at[position]
    while (prev := tree.tokens.get(first - 1)) is not None and tree.place_at.get(prev.i) is mention:
        first -= 1
    cursor = first - 1
    while (token := tree.tokens.get(cursor)) is not None and first - cursor <= 6:
        word = token.text.lower()
        if cursor == trigger.i:
            return "target"
        if word in LOCATIVE_CASES:
            return "locative"
        if word in TARGET_CASES:
            return "target"
        if word not in BETWEEN_MARKER_AND_PLACE and token.pos not in ("ADJ", "DET", "NUM"):
            return None
        cursor -= 1
    return None
