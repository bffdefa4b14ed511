"""Recognition beyond the dictionary, one sentence at a time: named entities from the parser,
titles before names ("Syrian President Bashar al-Assad"), country modifiers and possessors of
sector words ("Syria's army", "Haftar's forces"), backers ("Turkish-backed militants"),
descriptors before names ("militant group Hamas") and appositives ("X, US special envoy")."""
from __future__ import annotations

import datetime as dt

from bisect import bisect_left

from dataclasses import dataclass

from ..english_words import CALENDAR_WORDS  # noqa: F401 - the actors stage reads it from here
from ..english_words import PLACE_PART_WORDS
from ..model import Token
from .capitals import reads_as_name
from .schema import ActorEntry
from .spans import Span
from .titles import TitleLexicon

NER_KINDS = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "location",
             "LOC": "location", "NORP": "nationality", "FAC": "location"}
BACKING_WORDS = {"backed", "supported", "sponsored", "funded", "armed", "allied", "aligned",
                 "trained", "financed"}
LEADING_WORDS = {"led", "run", "controlled", "based"}
EMPLOYER_PREPOSITIONS = {"at", "of", "from", "with", "in"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "le", "la",
                  "-", "du", "di", "dos", "ould", "ben", "bint"}
POSSESSIVE = {"'s", "\u2019s", "'"}
COUNTRY_FORMS = {"name", "adjective", "acronym"}
ENTITY_KINDS = {"organization", "group", "person"}
NON_STATE_CODES = {"IGO", "NGO", "IMG", "MNC"}


@dataclass
class SentenceContext:
    """What the rules need about one sentence."""

    tokens: list[Token]
    keys: list[str]                      # normalised token texts
    entries: dict[str, ActorEntry]
    titles: TitleLexicon
    has_ner: bool
    capitals: bool = False               # written in capitals: letters are no evidence of a name

    def country_of(self, span: Span, day: dt.date | None = None) -> str | None:
        """The country a span names or belongs to (first candidate), if any. With a ``day``, a
        state's names stand for the state they were part of then ("Juba" is Sudan's in 2000:
        ``formerly`` in ``countries.yaml``)."""
        if span.country:
            return span.country
        first = self.entries.get(span.entry_ids[0]) if span.entry_ids and day is not None else None
        if first is not None and first.kind == "country" and first.roles:
            role, _ = first.role_on(day)
            if role is not None and role.country:
                return role.country
        for entry_id in span.entry_ids:
            entry = self.entries.get(entry_id)
            if entry is not None:
                if entry.country:
                    return entry.country
                for role in entry.roles[::-1]:
                    if role.country:
                        return role.country
        return None

    def organization_code(self, span: Span) -> str | None:
        """The non-state code (IGO, NGO, ...) of an organisation span with no country."""
        if span.code and not span.country:
            return span.code if span.code in NON_STATE_CODES else None
        entry = self.entries.get(span.entry_ids[0]) if span.entry_ids else None
        if entry is not None and not entry.country and entry.code in NON_STATE_CODES:
            return entry.code
        return None

    def sector_of(self, span: Span) -> str | None:
        """The sector a span names (its own, else its first entry's)."""
        if span.sector:
            return span.sector
        entry = self.entries.get(span.entry_ids[0]) if span.entry_ids else None
        return entry.sector if entry is not None else None

    def is_country_span(self, span: Span) -> bool:
        return (span.form in COUNTRY_FORMS and bool(span.entry_ids)
                and self.entries[span.entry_ids[0]].kind == "country")

    def capitalised(self, i: int) -> bool:
        """Whether word ``i`` is capitalised like a name; in capitals text, whether the model
        reads it as one (see :mod:`.capitals`)."""
        text = self.tokens[i].text
        if self.capitals:
            return any(ch.isalpha() for ch in text) and reads_as_name(self.tokens[i])
        return text[:1].isupper() and any(ch.isalpha() for ch in text)




def ner_spans(ctx: SentenceContext) -> list[Span]:
    """Runs of tokens with the same entity type from the parser's NER (not day or month names,
    which the recogniser sometimes takes for places or people)."""
    spans: list[Span] = []
    tokens = ctx.tokens
    i = 0
    while i < len(tokens):
        label = tokens[i].ent_type
        if label in NER_KINDS:
            j = i + 1
            while j < len(tokens) and tokens[j].ent_type == label:
                j += 1
            while i < j and ctx.keys[i] in ("the", "a", "an"):
                i += 1
            if label in ("PERSON", "PER"):
                i = _after_leading_titles(ctx, i, j)
            end = _name_end(tokens, i, j)
            kind = NER_KINDS[label]
            if label not in ("PERSON", "PER"):
                named = _name_after_inner_title(ctx, i, end)
                if named is not None:   # "Nagasaki Mayor Hitoshi Motoshima": the mayor, by the title rule
                    i, kind, label = named, "person", "PERSON"
            if label in ("PERSON", "PER") and "of" in ctx.keys[i + 1:end]:
                end = ctx.keys.index("of", i + 1)   # "King Hassan of Morocco": the name is "Hassan"
            if i < end and not all(ctx.keys[k].rstrip(".") in CALENDAR_WORDS for k in range(i, end)):
                spans.append(Span(start=i, end=end, kind=kind, form="ner", rule="named entity",
                                  reason=f"the parser's named-entity recogniser tagged it {label}"))
            i = j
        else:
            i += 1
    return spans


def _name_after_inner_title(ctx: SentenceContext, i: int, end: int) -> int | None:
    """Where the name starts in an ORG/LOC recogniser span that is a place, a title and a
    capitalised name ("Nagasaki Mayor Hitoshi Motoshima", "Kandahar Governor Asadullah Khalid"):
    the title rule then reads the title and the name as one person. None when no such shape."""
    for k in range(i + 1, end - 1):
        hit = title_at(ctx, k)
        if hit is None:
            continue
        if hit[0] < end and all(ctx.capitalised(m) for m in range(k, end)):
            return hit[0]
        return None
    return None


def _name_end(tokens: list[Token], i: int, j: int) -> int:
    """Where a recogniser span [i, j) really ends: before a trailing run of lower-case words that
    starts with a function word ("Germany of spying" is "Germany"); "Hausa politicians" and
    "Sindh province" keep their last word."""
    k = j
    while k > i + 1 and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
        k -= 1
    if k < j and (tokens[k].pos in ("ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX", "VERB")
                  or tokens[k].text in _FUNCTION_WORDS):
        return k
    return j


_FUNCTION_WORDS = frozenset({"of", "and", "or", "to", "in", "for", "on", "at", "with", "by", "from", "the"})


def _after_leading_titles(ctx: SentenceContext, i: int, j: int) -> int:
    """The first name token of a parser PERSON span that starts with a title ("President
    Mugabe" -> "Mugabe"), so that the title rule sees the title; ``i`` when none leads."""
    k = i
    while k < j:
        if ctx.keys[k] in ctx.titles.modifiers or ctx.keys[k] in ctx.titles.former \
                or ctx.keys[k] in ctx.titles.honorifics:
            k += 1
            continue
        hit = title_at(ctx, k)
        if hit is None or hit[0] >= j:
            break
        k = hit[0]
    return k if i < k < j else i


def merge_ner(dictionary: list[Span], ner: list[Span], ctx: SentenceContext) -> list[Span]:
    """Add parser entities the dictionary missed. An entity that contains only country words and
    sector words ("Libyan National Army") becomes one organisation resolved from those words.

    Linear in the number of spans: each entity looks only at the dictionary spans that can reach
    it (found by bisection on their sorted starts)."""
    ordered = sorted(dictionary, key=lambda s: s.start)
    starts = [d.start for d in ordered]
    longest = max((d.end - d.start for d in ordered), default=0)
    removed: set[int] = set()
    added: list[Span] = []
    for span in ner:
        nearby = ordered[bisect_left(starts, span.start - longest):bisect_left(starts, span.end)]
        inside = [d for d in nearby if d.overlaps(span)]
        if not inside:
            added.append(span)
            continue
        if any(d.start < span.start or d.end > span.end for d in inside):
            continue                      # crossing: trust the dictionary
        if any(d.start == span.start and d.end == span.end for d in inside):
            continue
        if span.kind in ("organization", "location") and _titled_office(span, inside, ctx):
            continue                      # "Iraqi Foreign Minister": a person, by the title rule
        if span.kind == "organization" and _described_place(span, inside, ctx):
            continue                      # "Arab east Jerusalem": the place, as the dictionary has it
        if span.kind in ("organization",) and not any(d.kind in ENTITY_KINDS and d.is_entity
                                                      for d in inside):
            resolve_from_words(span, inside, ctx)
            removed.update(id(d) for d in inside)
            added.append(span)
        elif span.kind == "person" and (not any(d.is_entity and d.kind == "person" for d in inside)
                                        or _other_persons_name(span, inside, ctx)):
            removed.update(id(d) for d in inside if not ctx.is_country_span(d))
            if not any(ctx.is_country_span(d) and d.start == span.start for d in inside):
                added.append(span)
    result = [d for d in dictionary if id(d) not in removed] + added
    return sorted(result, key=lambda s: s.start)


def _other_persons_name(span: Span, inside: list[Span], ctx: SentenceContext) -> bool:
    """Whether a recogniser PERSON holds a known person's one-word name after other given names
    of its own ("Agha Wajeeb Abbas Naqvi" is not Mahmoud Abbas): another person, whose name the
    dictionary matched only in part. Titles and honorifics before the name are no given names."""
    people = [d for d in inside if d.is_entity and d.kind == "person"]
    if len(people) != 1 or people[0].end - people[0].start != 1 or people[0].start == span.start:
        return False
    before = range(span.start, people[0].start)
    return all(ctx.capitalised(k) and ctx.keys[k] not in ctx.titles.honorifics and title_at(ctx, k) is None
               for k in before)


def _described_place(span: Span, inside: list[Span], ctx: SentenceContext) -> bool:
    """A recogniser ORG that is a place the dictionary knows with only words of which part and
    nationality adjectives before it ("Arab east Jerusalem"): the place, not an organisation."""
    last = max(inside, key=lambda d: d.end)
    if last.end != span.end or last.kind != "location":
        return False
    k = span.start
    while k < last.start:
        owner = next((d for d in inside if d.start == k and d.kind == "nationality"), None)
        if owner is not None:
            k = owner.end
        elif ctx.keys[k] in PLACE_PART_WORDS:
            k += 1
        else:
            return False
    return k == last.start


def _titled_office(span: Span, inside: list[Span], ctx: SentenceContext) -> bool:
    """A recogniser ORG/LOC that is a country word (or a named body) and a title ending the span:
    "Iraqi Foreign Minister", "U.S. Secretary of State", "UN Special Envoy"."""
    k = span.start
    while k < span.end:
        owner = next((d for d in inside if d.start == k and (ctx.is_country_span(d) or d.is_entity)), None)
        if owner is not None:
            k = owner.end
        elif ctx.keys[k] in ctx.titles.modifiers:
            k += 1
        else:
            break
    if k == span.start or k >= span.end:
        return False
    hit = title_at(ctx, k)
    return hit is not None and hit[0] == span.end


def resolve_from_words(span: Span, inside: list[Span], ctx: SentenceContext) -> None:
    """Country and sector of an unknown organisation from the known words inside its name."""
    for part in inside:
        country = ctx.country_of(part)
        if country and span.country is None and ctx.is_country_span(part) \
                and not _hyphened_to_name(part, span, inside, ctx):
            span.country = country
            span.evidence.append(f"country from {part.reason}")
        if part.form == "sector_word":
            span.sector = part.sector
            span.code = part.code or span.code
            span.evidence.append(f"sector from {part.reason}")
    span.rule = "named entity resolved by its words"


def _hyphened_to_name(part: Span, span: Span, inside: list[Span], ctx: SentenceContext) -> bool:
    """Whether a country word is the end of one hyphenated name with a capitalised word that is
    no country ("Waku-Congo", a town in Angola): a name of its own, not the country's."""
    k = part.start
    if k - 2 < span.start or ctx.tokens[k - 1].text != "-":
        return False
    before, hyphen, word = ctx.tokens[k - 2], ctx.tokens[k - 1], ctx.tokens[k]
    if before.end_char != hyphen.start_char or hyphen.end_char != word.start_char or not before.text[:1].isupper():
        return False
    return not any(d.start <= k - 2 < d.end and ctx.is_country_span(d) for d in inside)


def title_at(ctx: SentenceContext, i: int) -> tuple[int, str, str] | None:
    """The longest title starting at token ``i``: (end, sector, title text)."""
    found = ctx.titles.trie.walk(ctx.keys, i)
    if not found:
        return None
    end, values = found[0]
    sector, text, _origin = values[0]
    return end, sector, text


def compose_titles(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """[country] [modifiers] TITLE NAME -> one person mention; a title with no name after "the",
    a possessive or a country word -> a person mention too ("the Foreign Secretary")."""
    by_start = {s.start: s for s in spans}
    taken = [False] * len(ctx.tokens)
    for s in spans:
        if s.is_entity or s.form == "ner":
            for k in range(s.start, s.end):
                taken[k] = True
    result = list(spans)
    i = 0
    while i < len(ctx.tokens):
        if taken[i] or ((ctx.keys[i] in ctx.titles.modifiers or ctx.keys[i] in ctx.titles.former)
                        and not _title_before_name(ctx, i)):
            i += 1
            continue
        hit = title_at(ctx, i)
        honorific = ctx.keys[i] in ctx.titles.honorifics
        if hit is None and not honorific:
            i += 1
            continue
        end, sector, title = hit if hit else (i + 1, None, ctx.keys[i])
        if any(taken[k] for k in range(i, end)):
            i += 1
            continue
        portfolio = _portfolio(ctx, end, spans) if hit else None
        if portfolio is not None:
            end, portfolio_name = portfolio
            title = " ".join(ctx.keys[i:end])
            for k in range(end, portfolio_name.end if portfolio_name else end):
                taken[k] = False
            by_start = {**by_start, end: portfolio_name} if portfolio_name else by_start
        begin, former = i, False
        while begin > 0 and (ctx.keys[begin - 1] in ctx.titles.modifiers
                             or ctx.keys[begin - 1] in ctx.titles.former):
            former = former or ctx.keys[begin - 1] in ctx.titles.former
            begin -= 1
        modifier = _span_ending_at(result, begin)
        if modifier is not None and (opposed(ctx, modifier.start) or not (
                ctx.is_country_span(modifier) or (modifier.is_entity and modifier.kind != "person"))):
            modifier = None
        name = by_start.get(end)
        if name is not None and name.kind != "person" and not (name.form == "ner" and name.kind in
                                                               ("person", "organization")):
            name = None
        if name is None and ctx.capitalised(end if end < len(ctx.tokens) else i) and end < len(ctx.tokens):
            name = _capitalised_name(ctx, end, taken)
        if name is None and (honorific or not _determined(ctx, begin, modifier)
                             or not _heads_its_phrase(ctx, end) or _in_apposition(ctx, result, begin, modifier)):
            i = end
            continue
        first = modifier.start if modifier is not None else begin
        last = name.end if name is not None else end
        person = Span(start=first, end=last, kind="person",
                      form="name" if name is not None and name.is_entity else "title",
                      entry_ids=list(name.entry_ids) if name is not None else [],
                      sector=sector, former=former,
                      rule="title and name" if name is not None else "title",
                      reason=f"title {title!r}" + (" before a name" if name is not None else ""))
        person.evidence.append(f"title {title!r} -> sector {sector}" if sector else f"honorific {title!r}")
        if name is not None and name.is_entity:
            person.reason += f"; {name.reason}"
        if modifier is not None:
            _take_owner(person, modifier, ctx.country_of(modifier), ctx, how="")
            if modifier.is_entity and not ctx.is_country_span(modifier):
                person.evidence.append(f"office in {modifier.reason}")
        else:
            _title_owner(person, result, ctx, begin)
        if person.country is None and person.code is None:
            owner = _of_country_after(result, ctx, last)
            if owner is not None:
                person.country = ctx.country_of(owner)
                person.evidence.append(f"country {person.country} from 'of' {owner.reason}")
                if name is None:
                    last = owner.end
                    person.end = last
        result = [s for s in result if not (first <= s.start and s.end <= last)] + [person]
        for k in range(first, last):
            taken[k] = True
        i = last
    return sorted(result, key=lambda s: s.start)


def _portfolio(ctx: SentenceContext, end: int, spans: list[Span]) -> tuple[int, Span | None] | None:
    """"Minister for the Middle East Tobias Ellwood", "Federal Minister for Interior X": a
    capitalised portfolio after "for" extends the title; the name is where a parser PERSON entity
    starts inside the capitalised run, else its last two words when the run has three or more
    (a run of one or two words is all portfolio). Returns (end of the title, name span or None)."""
    if end + 1 >= len(ctx.tokens) or ctx.keys[end] != "for":
        return None
    k = end + 1 + (ctx.keys[end + 1] == "the")
    run = k
    while run < len(ctx.tokens) and run - k < 8 and (
            ctx.capitalised(run) or (ctx.keys[run] in ("and", "of", "&") and run + 1 < len(ctx.tokens)
                                     and ctx.capitalised(run + 1) and run > k)):
        run += 1
    if run == k:
        return None
    person = next((s for s in spans if s.kind == "person" and s.form == "ner" and k < s.start < run), None)
    split = person.start if person is not None else (run - 2 if run - k >= 3 else run)
    if split >= run:
        return split, None
    return split, Span(start=split, end=run, kind="person", form="capitalised", rule="capitalised name",
                       reason="capitalised words after a title and its portfolio")


def opposed(ctx: SentenceContext, start: int) -> bool:
    """"anti-Syria journalist", "anti-government protesters": the word after "anti-" is what
    the actor opposes, never its owner."""
    if start >= 2 and ctx.keys[start - 1] == "-" and ctx.keys[start - 2] in ("anti", "counter"):
        return True
    return start >= 1 and ctx.keys[start - 1] in ("anti-", "counter-")


def _title_before_name(ctx: SentenceContext, i: int) -> bool:
    """A word that can modify a title but is itself one, before a name: "General" in "U.S. Army
    General Joseph Votel" (not in "Secretary General" or "former President X")."""
    if ctx.keys[i] in ctx.titles.former:
        return False
    hit = title_at(ctx, i)
    return (hit is not None and hit[0] < len(ctx.tokens) and ctx.capitalised(hit[0])
            and title_at(ctx, hit[0]) is None and ctx.keys[hit[0]] not in ctx.titles.modifiers)


def _title_owner(person: Span, spans: list[Span], ctx: SentenceContext, begin: int) -> None:
    """"Jordan's King Abdullah": a possessor before the title gives the country (or IGO code)."""
    if begin < 2 or ctx.keys[begin - 1] not in POSSESSIVE:
        return
    owner = _span_ending_at(spans, begin - 1)
    if owner is None:
        return
    country = ctx.country_of(owner) if ctx.is_country_span(owner) or owner.is_entity else None
    _take_owner(person, owner, country, ctx, how="the possessor ")


def _take_owner(person: Span, owner: Span, country: str | None, ctx: SentenceContext, *, how: str) -> None:
    """The person's country from ``owner`` (a modifier or possessor), else its organisation code."""
    if country:
        person.country = country
        person.evidence.append(f"country {country} from {how}{owner.reason}")
    elif ctx.organization_code(owner):
        person.code = ctx.organization_code(owner)
        person.evidence.append(f"code {person.code} from {how}{owner.reason}")


def _of_country_after(spans: list[Span], ctx: SentenceContext, end: int) -> Span | None:
    """"President X of Algeria", "the foreign minister of Kenya": the country after "of"."""
    if end + 1 >= len(ctx.tokens) or ctx.keys[end] != "of":
        return None
    k = end + 1
    if ctx.keys[k] == "the" and k + 1 < len(ctx.tokens):
        k += 1
    owner = next((s for s in spans if s.start == k), None)
    if owner is not None and ctx.is_country_span(owner) and ctx.entries[owner.entry_ids[0]].kind == "country" \
            and owner.form == "name":
        return owner
    return None


def _determined(ctx: SentenceContext, begin: int, modifier: Span | None) -> bool:
    if modifier is not None:
        return True
    if begin == 0:
        return False
    return ctx.keys[begin - 1] in ("the", "its", "his", "her", "their") or \
        ctx.keys[begin - 1] in POSSESSIVE


def _heads_its_phrase(ctx: SentenceContext, end: int) -> bool:
    """A title standing alone is the head of its phrase: no noun follows ("the general public")."""
    if end >= len(ctx.tokens):
        return True
    tok = ctx.tokens[end]
    if tok.pos:
        return tok.pos not in ("NOUN", "PROPN", "ADJ", "NUM")
    return not (tok.text[:1].isalpha() and tok.text[:1].islower()) or ctx.keys[end] in _CLAUSE_WORDS


_CLAUSE_WORDS = {"said", "says", "told", "and", "or", "of", "for", "to", "in", "on", "at", "who",
                 "was", "is", "has", "had", "will", "would", "did", "does", "also"}


def _in_apposition(ctx: SentenceContext, spans: list[Span], begin: int, modifier: Span | None) -> bool:
    """"Jim Jeffrey, US special envoy": the title describes the name before it (see appositives)."""
    first = modifier.start if modifier is not None else begin
    if first >= 2 and ctx.keys[first - 1] == ",":
        before = _span_ending_at(spans, first - 1)
        return before is not None and before.kind == "person"
    return False


def _span_ending_at(spans: list[Span], end: int) -> Span | None:
    for span in spans:
        if span.end == end:
            return span
    return None


def _capitalised_name(ctx: SentenceContext, i: int, taken: list[bool]) -> Span | None:
    """Up to five capitalised tokens (name particles allowed inside) read as a person's name."""
    j = i
    while j < len(ctx.tokens) and j - i < 5 and not taken[j] and (
            ctx.capitalised(j) or (j > i and ctx.keys[j] in NAME_PARTICLES and j + 1 < len(ctx.tokens)
                                   and ctx.capitalised(j + 1))):
        if title_at(ctx, j) is not None and j == i:
            return None
        j += 1
    if j == i:
        return None
    return Span(start=i, end=j, kind="person", form="capitalised", rule="capitalised name",
                reason="capitalised words after a title")
