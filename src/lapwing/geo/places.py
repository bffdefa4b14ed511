"""Finding place names in an article and resolving them against the gazetteer.

Candidates are capitalised token sequences (at most a few tokens, longest first) whose folded
text is a gazetteer name: one dictionary look-up per candidate, never a scan of the text per
place. A candidate is dropped when

- it overlaps a person, organization, nationality or group mention of the actors stage, or the
  parser marks it NORP ("Syrian"), or it sits inside a longer PERSON or ORG entity ("Michael
  Jordan", "University of Texas"). Two exceptions: a country or capital acting as the state
  (an actor whose kind is ``country``: "Pakistan", "Seoul" for South Korea) still names a place
  and gets one; and a person mention the actors stage could not resolve (no code, no dictionary
  entry) that stands after a locative cue ("in Papua", "north of Karbala", "the outskirts of
  Oaxaca City") is read as the place the parser mistook for a name;
- it is one token listed in ``not_places.csv`` (months, "Police", "Mobile" ...) and the parser
  does not mark it GPE/LOC;
- it is one short token not written in capitals ("Us" but not "US"), or a sentence-initial word
  the parser does not read as a proper noun ("Split the bill").

Location mentions the actors stage already made ("Libya", "Damascus") get their ``place``; the
other places become new location mentions with no actor.
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from dataclasses import dataclass

from ..actors.capitals import capitals_sentences, reads_as_name
from ..english_words import CALENDAR_NAMES
from ..model import CodedArticle, Mention, Place, Sentence, Token
from .disambiguate import Choice, choose_place
from .gazetteer import Candidate, Gazetteer, fold_name

#: Mention kinds that are not places: a place candidate overlapping one is dropped.
BLOCKING_KINDS = frozenset({"person", "organization", "nationality", "group"})
#: Named-entity labels that confirm a token as a place.
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
#: Lowercase words allowed inside a multi-word place name ("Gulf of Aden", "Rio de Janeiro").
NAME_PARTICLES = frozenset({"of", "de", "del", "da", "do", "dos", "al", "el", "an", "ad", "as", "ar",
                            "ash", "at", "az", "ed", "en", "es", "ez", "er", "ul", "e", "-", "'s", "la", "le", "les", "sur",
                            "am", "bin", "ibn", "i", "y"})
MAX_TOKENS = 6
#: Prepositions that, right before a name, make it a place rather than a person.
LOCATIVE_CUES = frozenset({"in", "at", "near", "inside", "outside", "into", "across", "around",
                           "throughout", "within", "toward", "towards"})
#: Nouns (and direction words) that, before "of", make what follows a place ("north of Karbala",
#: "the province of Matagalpa", "the outskirts of Oaxaca City").
PLACE_OF_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                            "southwest", "outskirts", "city", "town", "village", "province", "district",
                            "region", "area", "centre", "center", "vicinity", "heart", "edge", "suburbs",
                            "capital", "port", "island", "state", "county", "municipality", "perimeter",
                            "streets", "countryside", "governorate", "department"})
#: Nouns whose possessor, modifier or apposition is a place ("Grozny's streets", "the Rafah
#: region", "the capital, Moroni").
PLACE_HEAD_NOUNS = (PLACE_OF_NOUNS - {"north", "south", "east", "west", "northeast", "northwest",
                                      "southeast", "southwest", "heart", "edge", "state"}) \
    | frozenset({"street", "outskirt", "suburb", "neighbourhood", "neighborhood", "governorate"})
#: Day and month names that a name run may swallow ("Hamburg Wednesday").
CALENDAR_WORDS = CALENDAR_NAMES
#: Actor mention kinds whose unresolved names may be places the parser mistook.
UNRESOLVED_NAME_KINDS = frozenset({"person", "organization"})
#: Words that may stand between a cue and the name ("in the nearby town of", "in central").
CUE_FILLERS = frozenset({"the", "a", "an", "nearby", "central", "northern", "southern", "eastern",
                         "western", "northeastern", "northwestern", "southeastern", "southwestern",
                         "coastal", "restive", "remote", "border", "capital", "city", "town", ","})


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A stretch of text that names a gazetteer entry, before disambiguation."""

    start_char: int
    end_char: int
    text: str
    sentence: int
    first_token: int
    last_token: int
    candidates: tuple[Candidate, ...]
    existing: int | None = None   # index in doc.mentions of the actors stage's mention, if any


def is_capitalised(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def find_place_spans(doc: CodedArticle, gazetteer: Gazetteer, not_places: dict[str, str], *,
                     territorial: frozenset[str] = frozenset(), read_capitals: bool = True) -> list[PlaceSpan]:
    """Gazetteer names in the article, without overlaps, keeping the actors stage's spans.
    ``territorial``: words whose object is ground (a place cue for an unresolved name);
    ``read_capitals``: the model read capitals text truecased, so its reading marks the names there."""
    text = doc.article.text
    trusted = [(m.start_char, m.end_char) for m in doc.mentions
               if m.kind in UNRESOLVED_NAME_KINDS and is_unresolved(m)
               and reads_as_place(doc, m, territorial=territorial)]
    blocked = [(m.start_char, m.end_char) for m in doc.mentions if m.kind in BLOCKING_KINDS
               and not is_state_metonym(m) and (m.start_char, m.end_char) not in trusted]
    existing = {i: m for i, m in enumerate(doc.mentions) if m.kind == "location" or is_state_metonym(m)}
    spans: list[PlaceSpan] = []
    taken: list[tuple[int, int]] = []
    #: location mentions whose whole text is no gazetteer name: a longer name may cover them
    loose: list[tuple[int, int]] = []
    for index, mention in existing.items():
        tokens = _tokens_in(doc, mention.start_char, mention.end_char)
        found = _resolve_existing(text, mention, tokens, gazetteer, index, not_places)
        if found is not None:
            spans.append(found)
        if mention.kind == "location" and not gazetteer.lookup(mention.text):
            loose.append((mention.start_char, mention.end_char))
        else:
            taken.append((mention.start_char, mention.end_char))
    in_capitals = capitals_sentences(doc.sentences, text, enabled=read_capitals)
    for sent, capitals in zip(doc.sentences, in_capitals):
        for span in _scan_sentence(text, sent, gazetteer, not_places, blocked + taken, trusted=trusted,
                                   capitals=capitals):
            spans = _cover_loose(spans, span, loose)
    spans.sort(key=lambda s: s.start_char)
    return spans


def _cover_loose(spans: list[PlaceSpan], span: PlaceSpan, loose: list[tuple[int, int]]) -> list[PlaceSpan]:
    """Add a scanned span unless it overlaps a loose location mention without covering it; a
    longer gazetteer name replaces the loose mentions it covers ("Tel Aviv" over "Aviv")."""
    covered = [(a, b) for a, b in loose if span.start_char <= a and b <= span.end_char]
    if any(span.start_char < b and a < span.end_char for a, b in loose if (a, b) not in covered):
        return spans
    if covered:
        spans = [s for s in spans if s.existing is None or (s.start_char, s.end_char) not in covered]
    return spans + [span]


#: Words that, right after a name or before "of" and a name, say it names a region ("Kandahar
#: province", "the governorate of Idlib"): a first-level region then keeps its name's city out.
REGION_WORDS = ("province", "provinces", "governorate", "state", "region", "department", "prefecture",
                "oblast", "district", "county", "division", "emirate", "territory")
_REGION_AFTER = re.compile(r"\s+(?:" + "|".join(REGION_WORDS) + r")\b", re.IGNORECASE)
_REGION_BEFORE = re.compile(r"\b(?:" + "|".join(REGION_WORDS) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def names_region(text: str, start_char: int, end_char: int) -> bool:
    """Whether the text calls the name at ``[start_char, end_char)`` a region: "Kandahar
    province", "the province of Kandahar", or a region word inside it after the name ("Kano
    State" as one location mention whose gazetteer name is "Kano")."""
    return (bool(_REGION_AFTER.match(text, end_char))
            or bool(_REGION_BEFORE.search(text[max(0, start_char - 40):start_char]))
            or any(_REGION_AFTER.match(text, k) for k in range(start_char + 1, end_char) if text[k].isspace()))


def _with_unambiguous(spans: list[PlaceSpan], context: Counter[str]) -> Counter[str]:
    """The article's countries, with those of the spans whose own names name one country."""
    context = Counter(context)
    for span in spans:
        countries = {c.place.country_code for c in span.candidates if c.matched != "alternate"}
        if len(countries) == 1 and None not in countries:
            context[next(iter(countries))] += 1
    return context


def _drop_foreign_alternates(spans: list[PlaceSpan], context: Counter[str]) -> list[PlaceSpan]:
    """The spans without those that only alternate names match, all in countries the article
    (``context``: its countries with those of its unambiguous spans) never mentions while it
    mentions others, when the words written are not a spelling of the entry's own name: "the Euphrates River" (River is an alternate name of New Brunswick, New
    Jersey) in a story of Syria, "the White House" (Casablanca) in one of the US, "Freedom Square"
    (Alliance, Nebraska). GeoNames lists translations and nicknames among a place's other names; a
    spelling of the name ("Baquba" for Baqubah, "Al-Raqqa" for Ar Raqqah) is kept wherever it is."""
    known = {code for code, count in context.items() if count and code}
    if not known:
        return spans
    return [span for span in spans
            if not (span.candidates and all(c.matched == "alternate" for c in span.candidates)
                    and not any(c.place.country_code in known for c in span.candidates)
                    and not any(_spells(span.text, c.place.name) for c in span.candidates))]


#: How alike (``difflib`` ratio of the folded names) a written name and an entry's own name must
#: be to count as a spelling of it: "Baquba"/"Baqubah" 0.92, "Abu Ghraib"/"Abu Ghurayb" 0.86,
#: against "River"/"New Brunswick" 0.22 and "White House"/"Casablanca" 0.10.
SPELLING_RATIO = 0.6


def _spells(written: str, name: str) -> bool:
    """Whether some run of the written words is a spelling of ``name``."""
    target = fold_name(name)
    words = fold_name(written).split()
    return any(SequenceMatcher(None, " ".join(words[a:b]), target).ratio() >= SPELLING_RATIO
               for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def resolve_place_spans(spans: list[PlaceSpan], *, context: Counter[str], text: str = ""
                        ) -> tuple[list[PlaceSpan], list[Choice]]:
    """The spans kept and one choice for each: unambiguous spans first add their country to the
    context, then spans that only foreign alternate names match are dropped
    (:func:`_drop_foreign_alternates`). ``text`` (the article's) tells whether a span is called a
    region ("Kandahar province")."""
    context = _with_unambiguous(spans, context)
    spans = _drop_foreign_alternates(spans, context)
    choices = []
    for position, span in enumerate(spans):
        qualifier = _qualifier(spans, position)
        region = bool(text) and names_region(text, span.start_char, span.end_char)
        choices.append(choose_place(span.text, span.candidates, context=context, qualifier=qualifier,
                                    region_named=region))
    return spans, choices


def context_countries(doc: CodedArticle) -> Counter[str]:
    """Countries the article's actor mentions belong to (ISO3 -> number of mentions)."""
    counts: Counter[str] = Counter()
    for mention in doc.mentions:
        actor = mention.actor
        if actor is None:
            continue
        code = actor.country or (actor.code if actor.code and len(actor.code) == 3 else None)
        if code:
            counts[code] += 1
    return counts


def place_mentions(doc: CodedArticle, spans: list[PlaceSpan], choices: list[Choice]) -> tuple[Mention, ...]:
    """The article's mentions with places attached, new location mentions added, in text order."""
    mentions = list(doc.mentions)
    for span, choice in zip(spans, choices):
        if span.existing is not None:
            old = mentions[span.existing]
            resolution = old.resolution
            if resolution is None:
                resolution = choice.provenance()
            else:
                resolution = resolution.replace(
                    evidence=resolution.evidence + (f"geo {choice.rule}: {choice.reason}",))
            mentions[span.existing] = old.replace(place=choice.place, resolution=resolution)
        else:
            mentions.append(Mention(start_char=span.start_char, end_char=span.end_char, text=span.text,
                                    kind="location", place=choice.place, sentence=span.sentence,
                                    resolution=choice.provenance()))
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    return tuple(mentions)


def is_state_metonym(mention: Mention) -> bool:
    """A non-location mention of a country or capital acting as the state ("Pakistan said",
    "Seoul" for South Korea): an actor that is a place too."""
    return mention.kind != "location" and mention.actor is not None and mention.actor.kind == "country"


def is_unresolved(mention: Mention) -> bool:
    """The actors stage found a name but no actor for it (no code, no dictionary entry)."""
    actor = mention.actor
    return actor is None or (actor.code is None and actor.entry_id is None and actor.country is None)


def reads_as_place(doc: CodedArticle, mention: Mention, *, territorial: frozenset[str] = frozenset()) -> bool:
    """The words around a name say it is a place: a locative cue before it ("in Papua"), or in
    the parse it is the ground of a territorial verb ("captured Kabul", "patrolled coastal
    Lhokseumawe"), or the possessor, modifier or apposition of a place noun ("Grozny's streets",
    "the Rafah region", "the regional capital, Grozny")."""
    if after_locative_cue(doc, mention):
        return True
    sent = doc.sentence_of(mention.start_char)
    if sent is None:
        return False
    by_index = {t.i: t for t in sent.tokens}
    inside = {t.i for t in sent.tokens if t.start_char >= mention.start_char and t.end_char <= mention.end_char}
    top = next((by_index[i] for i in sorted(inside) if by_index[i].head not in inside), None)
    head = by_index.get(top.head) if top is not None and top.head != top.i else None
    if top is None or head is None:
        return False
    words = {(head.lemma or head.text).lower(), head.text.lower()}
    if top.dep == "obj" and words & territorial:   # not a passive subject: "Arad was captured"
        return True
    return top.dep in ("nmod:poss", "compound", "appos") and bool(words & PLACE_HEAD_NOUNS)


def after_locative_cue(doc: CodedArticle, mention: Mention) -> bool:
    """The mention follows a locative preposition ("in Papua"), or "of" after a place noun or a
    direction ("north of Karbala"), with at most a few fillers between; not a possessive."""
    sent = doc.sentence_of(mention.start_char)
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end_char <= mention.start_char]
    after = [t for t in sent.tokens if t.start_char >= mention.end_char]
    if after and after[0].text in ("'s", "\u2019s"):
        return False
    steps = 0
    while before and steps <= 4:
        word = before.pop().text.lower()
        if word in LOCATIVE_CUES:
            return True
        if word == "of":
            return bool(before) and before[-1].text.lower() in PLACE_OF_NOUNS
        if word not in CUE_FILLERS:
            return False
        steps += 1
    return False


# --------------------------------------------------------------------------------- helpers
def _tokens_in(doc: CodedArticle, start: int, end: int) -> list[Token]:
    sent = doc.sentence_of(start)
    if sent is None:
        return []
    return [t for t in sent.tokens if t.start_char >= start and t.end_char <= end]


def _resolve_existing(text: str, mention: Mention, tokens: list[Token], gazetteer: Gazetteer,
                      index: int, not_places: dict[str, str]) -> PlaceSpan | None:
    """A place for a location mention of the actors stage: its whole text, else its longest
    gazetteer name ("north-west Libya" -> "Libya")."""
    sentence = mention.sentence if mention.sentence is not None else -1
    never = not_places.get(mention.text.lower().removeprefix("the ").strip()) == "never"
    candidates = () if never else gazetteer.lookup(mention.text)   # "Ramadan", "the East": no place
    if candidates:
        first = tokens[0].i if tokens else -1
        last = tokens[-1].i if tokens else -1
        return PlaceSpan(mention.start_char, mention.end_char, mention.text, sentence, first, last,
                         candidates, existing=index)
    best = None
    for a in range(len(tokens)):
        for b in range(a, min(len(tokens), a + MAX_TOKENS)):
            piece = text[tokens[a].start_char:tokens[b].end_char]
            found = gazetteer.lookup(piece)
            if a == b and not_places.get(piece.lower()) == "never":
                continue   # "T-4 Airport" is not the town of Airport
            if found and (best is None or len(piece) > len(best[0])):
                best = (piece, found, tokens[a].i, tokens[b].i)
    if best is None:
        return None
    return PlaceSpan(mention.start_char, mention.end_char, mention.text, sentence, best[2], best[3],
                     best[1], existing=index)


def _scan_sentence(text: str, sent: Sentence, gazetteer: Gazetteer, not_places: dict[str, str],
                   occupied: list[tuple[int, int]], *,
                   trusted: list[tuple[int, int]] = (), capitals: bool = False) -> list[PlaceSpan]:
    """Gazetteer names in one sentence: runs of capitalised words. In a sentence written in
    capitals (``capitals``) every word starts with a capital, so a word counts as capitalised
    only when the model reads it as a name (:func:`lapwing.actors.capitals.reads_as_name`):
    the pronoun "US" in "LET US" is no place."""
    tokens = sent.tokens
    capitalised = [reads_as_name(t) if capitals else is_capitalised(t) for t in tokens]
    run_ends = _name_run_ends(tokens, capitalised)
    found: list[PlaceSpan] = []
    i = 0
    while i < len(tokens):
        if not capitalised[i] or tokens[i].text.lower() == "the":
            i += 1
            continue
        match = None
        # every token from i to j must be capitalised or a name particle: j stops before run_ends[i]
        for j in range(min(len(tokens), i + MAX_TOKENS, run_ends[i]) - 1, i - 1, -1):
            last = tokens[j]
            if not (capitalised[j] or last.text.isdigit()):
                continue
            key = fold_name(text[tokens[i].start_char:last.end_char])
            if gazetteer.has_folded(key):
                match = j
                break
        if match is None:
            i += 1
            continue
        span_tokens = tokens[i:match + 1]
        start, end = span_tokens[0].start_char, span_tokens[-1].end_char
        # a name read as a place starts where the mention does ("Kabul September 27"), so a
        # word inside an organization's name is not taken ("Vanderbilt University Medical Center")
        named_as_person = any(a == start and end <= b for a, b in trusted)
        if _acceptable(span_tokens, tokens, i, not_places, check_entities=not named_as_person) \
                and not _overlaps(start, end, occupied):
            piece = text[start:end]
            candidates = gazetteer.lookup(piece)
            if len(span_tokens) == 1 and piece.isupper() and len(piece) <= 4:
                # an acronym ("US", "UAE", "UN") names a place only through an alias
                candidates = tuple(c for c in candidates if c.matched == "alias")
            if candidates:
                found.append(PlaceSpan(start, end, piece, sent.index, span_tokens[0].i,
                                       span_tokens[-1].i, candidates))
        i = match + 1
    return found


def _name_run_ends(tokens: tuple[Token, ...], capitalised: list[bool]) -> list[int]:
    """For each position, where the run of capitalised words and name particles starting there
    ends (the first position after it)."""
    ends = [len(tokens)] * (len(tokens) + 1)
    for position in range(len(tokens) - 1, -1, -1):
        in_name = capitalised[position] or tokens[position].text.lower() in NAME_PARTICLES
        ends[position] = ends[position + 1] if in_name else position
    return ends


def _acceptable(span: list[Token], sentence_tokens: tuple[Token, ...], position: int,
                not_places: dict[str, str], *, check_entities: bool = True) -> bool:
    if check_entities and (any(t.ent_type == "NORP" for t in span)
                           or _inside_longer_entity(span, sentence_tokens, position, ("PERSON", "PER"))
                           or _inside_longer_entity(span, sentence_tokens, position, ("ORG",))):
        return False
    place_entity = any(t.ent_type in PLACE_ENTITIES for t in span)
    if len(span) == 1:
        token = span[0]
        rule = not_places.get(token.text.lower())
        if rule == "never" or (rule == "needs_entity" and not place_entity):
            return False
        if len(token.text) <= 3 and not token.text.isupper():
            return False
        if position == 0 and token.pos and token.pos != "PROPN" and not place_entity:
            return False
    return True


def _inside_longer_entity(span: list[Token], tokens: tuple[Token, ...], position: int,
                          labels: tuple[str, ...]) -> bool:
    """The span is part of a longer entity of these labels ("Michael Jordan", "University of
    Texas"); a one-word PERSON guess on a known place alone does not rule it out."""
    if not any(t.ent_type in labels for t in span):
        return False
    before = tokens[position - 1] if position > 0 else None
    after_index = position + len(span)
    after = tokens[after_index] if after_index < len(tokens) else None
    return bool((before is not None and before.ent_type in labels)
                or (after is not None and after.ent_type in labels))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _qualifier(spans: list[PlaceSpan], position: int) -> Place | None:
    """The country or region written right after a place, "Tripoli, Lebanon"."""
    if position + 1 >= len(spans):
        return None
    here, after = spans[position], spans[position + 1]
    if after.sentence != here.sentence or after.first_token != here.last_token + 2:
        return None
    for candidate in after.candidates:
        if candidate.place.feature in ("country", "admin1", "region") and candidate.matched != "alternate":
            return candidate.place
    return None


def place_name_in(text: str, place: Place, gazetteer: Gazetteer) -> str:
    """A mention's ``text`` without the lowercase words and day or month names around the name
    ("Pulwama district", "Hamburg Wednesday", "Aden defying anti" -> "Pulwama", "Hamburg",
    "Aden"), when what is left names a place in the same country; capitalised words stay ("Litani
    River", "Gulf of Aden")."""
    words = text.split()
    first, last = 0, len(words)
    while first < last and _not_name_word(words[first]):
        first += 1
    while last > first and _not_name_word(words[last - 1]):
        last -= 1
    piece = " ".join(words[first:last])
    if piece == text or not piece:
        return text
    if any(c.place.country_code == place.country_code for c in gazetteer.lookup(piece)):
        return piece
    return text


def _not_name_word(word: str) -> bool:
    return not word[:1].isupper() or word.lower().rstrip(".") in CALENDAR_WORDS
