"""Dictionary matches that are not actors where they stand: a person's short name that is a
month or day name used as a date ("in May 2016" is not Theresa May), a country's name with an
age after it ("Jordan, 56, was shot"), a sector word that
only modifies another noun ("bomber, fighter and remotely piloted aircraft", "rebel-held
town", "refugee crises") or names a stance ("opposition to labour law reform"), and an organisation's name that is only the end of a longer name
the knowledge base does not list ("the Neo Democrats", a Hong Kong party, are not the US
Democratic Party; nor are "Liberal Democrats" or "Christian Democrats")."""
from __future__ import annotations

from collections.abc import Callable

from ..english_words import DATE_CUE_WORDS
from ..events.parse_repair import verb_read_as_noun_at
from .peoples import is_identity
from .retype import aged_name_at
from .rules import CALENDAR_WORDS, SentenceContext
from .spans import Span

_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})
_CONTROL_PARTICIPLES = frozenset({"held", "controlled", "occupied", "run", "dominated", "populated"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def drop_non_actor_matches(spans: list[Span], ctx: SentenceContext, *,
                           is_region: Callable[[str], bool] | None = None) -> list[Span]:
    """The spans without calendar-word short names used as dates, modifier sector words and
    names that end a longer unknown name. ``is_region(word)`` says whether a word names a
    region of a country (a gazetteer state or province: "Texas Democrats" are Democrats)."""
    return [span for span in spans
            if not (_calendar_short_name(span, ctx) or _modifier_sector_word(span, ctx) or _stance_noun(span, ctx)
                    or _end_of_longer_name(span, spans, ctx, is_region) or _aged_place_name(span, ctx)
                    or _former_federation(span, ctx))]


#: Federations whose name, after "former", is the region they covered, no state: "war crimes in
#: the former Yugoslavia" were committed in Bosnia and Croatia as much as in Serbia, the state that
#: kept the name (its successor, as ``countries.yaml`` codes "Yugoslavia").
FORMER_FEDERATIONS = frozenset({"yugoslavia"})


def _former_federation(span: Span, ctx: SentenceContext) -> bool:
    return span.end - span.start == 1 and ctx.keys[span.start] in FORMER_FEDERATIONS \
        and span.start > 0 and ctx.keys[span.start - 1] == "former"


_STANCE_OWNERS = frozenset({"their", "its", "his", "her", "our", "my", "your"})


def _stance_noun(span: Span, ctx: SentenceContext) -> bool:
    """"opposition" after a verb or a possessive pronoun and before "to" is a stance, not the
    opposition ("marched through Rome to show opposition to labour law reform", "their opposition
    to the plan"); not after a determiner or an adjective ("the moderate opposition to play a role",
    "the Syrian Opposition to defend the Syrian people")."""
    if span.form != "sector_word" or span.end - span.start != 1 or ctx.keys[span.start] != "opposition":
        return False
    if span.start == 0 or span.end >= len(ctx.keys) or ctx.keys[span.end] != "to":
        return False
    before = ctx.tokens[span.start - 1] if span.start - 1 < len(ctx.tokens) else None
    return ctx.keys[span.start - 1] in _STANCE_OWNERS or (before is not None and before.pos in ("VERB", "AUX"))


#: Prefixes of stance: "anti-Israel protesters", "pro-government crowds", "Anti-American
#: demonstrators" name whom the people are for or against, not who they are.
STANCE_PREFIXES = frozenset({"anti", "pro"})


def drop_stance_names(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """The spans without names and sector words written after a stance prefix and a hyphen
    ("anti-Israel", "pro-government"): the word says what a group is for or against, so it is no
    actor, and gives the group no country or sector (a mention of it would make "anti-Israel
    protesters" Israeli)."""
    return [span for span in spans if not stance_prefixed(span.start, ctx)]


def stance_prefixed(start: int, ctx: SentenceContext) -> bool:
    """Whether the token at ``start`` follows "anti"/"pro" and a hyphen."""
    return start >= 2 and ctx.keys[start - 1] == "-" and ctx.keys[start - 2] in STANCE_PREFIXES


#: Dependents that join a capitalised word to the name after it ("Neo Democrats").
_NAME_PART_DEPS = frozenset({"compound", "amod", "flat", "flat:name"})
#: Knowledge-base entries this applies to: bodies and groups (people have their own first names).
_NAMED_BODY_KINDS = frozenset({"organization", "group"})


def _end_of_longer_name(span: Span, spans: list[Span], ctx: SentenceContext,
                        is_region: Callable[[str], bool] | None) -> bool:
    """A one-word short form of an organisation's or group's name right after a capitalised word
    of the same name that no other match explains: "Neo Democrats", "Liberal Democrats", "Social
    Democrats" name other parties than "Democrats", "Electoral Commission" another body than the
    European Commission (a longer name the knowledge base lists matches whole instead:
    leftmost-longest). A sector word ("Senate Republicans"), a title, a region ("Texas
    Democrats") or the entry's own country ("US Democrats") before the name is a modifier, not
    part of it; an identity or another country is not ("Christian Democrats", "Sweden Democrats")."""
    if not span.is_entity or span.form not in ("name", "plural", "short_name") or span.start == 0:
        return False
    entry = ctx.entries.get(span.entry_ids[0])
    if entry is None or entry.kind not in _NAMED_BODY_KINDS or is_identity(entry):
        return False
    if not _short_form(ctx.tokens[span.start].text, span, entry.name):
        return False          # "Kurdish YPG", "Palestinian Hamas": a descriptor before a full name
    k = span.start - 1
    tok = ctx.tokens[k]
    if not ctx.capitalised(k) or not tok.text.isalpha() or ctx.keys[k] in CALENDAR_WORDS:
        return False
    if tok.pos != "PROPN" and not (tok.pos == "ADJ" and k > 0):
        return False          # a capitalised adjective opening the sentence is not a name part
    head = tok.head - ctx.tokens[0].i
    if tok.dep not in _NAME_PART_DEPS or not span.start <= head < span.end:
        return False
    other = next((o for o in spans if o is not span and o.start <= k < o.end), None)
    if other is not None:
        return _names_another_party(other, entry.country, ctx)
    if ctx.titles.trie.walk(ctx.keys, k) or ctx.keys[k] in ctx.titles.modifiers:
        return False
    return not (is_region is not None and is_region(tok.text))


def _aged_place_name(span: Span, ctx: SentenceContext) -> bool:
    """A country's name with an age after it is a person's ("Jordan, 56, was shot"): a country
    has no age (:func:`lapwing.actors.retype.aged_name_at`)."""
    entry = ctx.entries.get(span.entry_ids[0]) if span.entry_ids else None
    return entry is not None and entry.kind == "country" and aged_name_at(ctx.keys, span.start, span.end)


def _calendar_short_name(span: Span, ctx: SentenceContext) -> bool:
    """"May" in "in May 2016" or "from May 15": a short name that is a month or day name counts
    only as the subject of a verb ("May said") or after a title (handled by the title rule), and
    never after a word of dates or before a number ("Last May, ...", "May 15 said")."""
    if span.form != "short_name" or span.end - span.start != 1:
        return False
    if ctx.keys[span.start].rstrip(".") not in CALENDAR_WORDS:
        return False
    if span.start > 0 and ctx.keys[span.start - 1] in DATE_CUE_WORDS \
            or span.end < len(ctx.keys) and ctx.keys[span.end].isdigit():
        return True  # "Last May, an unknown assailant shot ...", read as the subject: still a date
    return ctx.tokens[span.start].dep not in _SUBJECT_DEPS


def _modifier_sector_word(span: Span, ctx: SentenceContext) -> bool:
    """A one-person sector word that modifies a noun: "bomber" in "bomber aircraft" (also as a
    conjunct of a modifier: "attack, bomber, fighter and ... aircraft"), "rebel" in "rebel-held"."""
    if span.form != "sector_word" or span.kind != "person":
        return False
    if span.end + 1 < len(ctx.tokens) and ctx.keys[span.end] == "-" \
            and ctx.keys[span.end + 1] in _CONTROL_PARTICIPLES:
        return True
    last = ctx.tokens[span.end - 1]
    if last.dep in _NOUN_MODIFIER_DEPS:
        return not verb_read_as_noun_at(ctx.tokens, span.end)  # "a gunman shot dead a policeman"
    if last.dep == "conj":
        head = last.head - ctx.tokens[0].i
        return 0 <= head < len(ctx.tokens) and ctx.tokens[head].dep in _NOUN_MODIFIER_DEPS
    return False


def _short_form(text: str, span: Span, name: str) -> bool:
    """A one-word short form of a longer name, as common words name parties ("Democrats" for
    the Democratic Party, "Commission" for the European Commission), not an acronym ("YPG") or
    the whole name ("Hamas")."""
    return span.end - span.start == 1 and not text.isupper() and text.lower() != name.lower()


def _names_another_party(modifier: Span, country: str | None, ctx: SentenceContext) -> bool:
    """A known word before the name that makes it another body: an identity ("Christian
    Democrats") or another country ("Sweden Democrats", "Kosovo Democrats")."""
    if ctx.is_country_span(modifier):
        return ctx.country_of(modifier) != country
    entry = ctx.entries.get(modifier.entry_ids[0]) if modifier.entry_ids else None
    return modifier.form == "adjective" and is_identity(entry)
