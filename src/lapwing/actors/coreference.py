"""Within-article coreference: acronyms defined in the text ("Government of National Accord
(GNA)"), later partial names ("Haftar" -> Khalifa Haftar), and "the government" when the
article names exactly one government body."""
from __future__ import annotations

from .rules import NAME_PARTICLES, SentenceContext, resolve_from_words
from .spans import Span

FUNCTION_WORDS = {"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "al", "-", "&"}


def find_acronym_definitions(spans: list[Span], ctx: SentenceContext) -> tuple[list[Span], dict[str, Span]]:
    """Long forms followed by "(ACRONYM)"; returns the spans (long forms created where needed)
    and the acronyms defined, each pointing to its long form."""
    defined: dict[str, Span] = {}
    tokens = ctx.tokens
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        acronym = tokens[k + 1].text
        letters = [ch for ch in acronym if ch.isalpha()]
        if not (2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters)):
            continue
        long_form = next((s for s in spans if s.end == k), None)
        if long_form is None or long_form.kind in ("location", "nationality") and not long_form.is_entity:
            long_form = _capitalised_long_form(ctx, k, letters, spans)
            if long_form is None:
                continue
            spans = [s for s in spans if not (long_form.start <= s.start and s.end <= long_form.end)] + [long_form]
        elif not _initials_fit(ctx, long_form.start, long_form.end, letters) and not long_form.is_entity:
            continue
        defined[acronym] = long_form
        spans = [s for s in spans if not (s.start == k + 1)]
        acronym_span = _copy(long_form, k + 1, k + 2)
        acronym_span.rule = "acronym defined in the text"
        acronym_span.reason = f"{acronym!r} defined in parentheses after its long form"
        spans.append(acronym_span)
    return sorted(spans, key=lambda s: s.start), defined


def _initials_fit(ctx: SentenceContext, start: int, end: int, letters: list[str]) -> bool:
    initials = [ctx.tokens[i].text[0].upper() for i in range(start, end)
                if ctx.tokens[i].text[:1].isalpha() and ctx.keys[i] not in FUNCTION_WORDS]
    return "".join(initials) == "".join(letters).upper() or (
        len(initials) >= 2 and "".join(letters).upper().startswith("".join(initials)[:2])
        and abs(len(initials) - len(letters)) <= 1)


def _capitalised_long_form(ctx: SentenceContext, paren: int, letters: list[str],
                           spans: list[Span]) -> Span | None:
    start = paren
    while start > 0 and paren - start < 10 and (
            ctx.capitalised(start - 1) or ((ctx.keys[start - 1] in FUNCTION_WORDS or ctx.keys[start - 1] == ",")
                                           and start - 1 > 0 and ctx.capitalised(start - 2))):
        # (a comma between names of one firm: "Kellogg, Brown and Root (KBR)")
        start -= 1
    while start < paren and (ctx.keys[start] in FUNCTION_WORDS or ctx.keys[start] == ","):
        start += 1
    # drop leading words until the initials fit (the sentence's first word is often not part of it)
    while start < paren and not _initials_fit(ctx, start, paren, letters):
        start += 1
    if start >= paren:
        return None
    span = Span(start=start, end=paren, kind="organization", form="long_form",
                rule="long form of an acronym", reason="capitalised words before a defined acronym")
    inside = [s for s in spans if start <= s.start and s.end <= paren]
    resolve_from_words(span, inside, ctx)
    span.rule = "long form of an acronym"
    return span


def _copy(source: Span, start: int, end: int) -> Span:
    return Span(start=start, end=end, kind=source.kind if source.kind != "location" else "organization",
                form="acronym", entry_ids=list(source.entry_ids), country=source.country,
                code=source.code, sector=source.sector, name=source.name, evidence=list(source.evidence),
                former=source.former, weak_country=source.weak_country)


def surname_keys(ctx: SentenceContext, span: Span) -> list[str]:
    """Keys a later partial name may use: the last word, and "al-X" style particles with it."""
    words = [ctx.keys[i] for i in range(span.start, span.end)]
    titled = [i for i in range(span.start, span.end) if ctx.capitalised(i)
              and ctx.keys[i] not in ctx.titles.honorifics]
    if len(titled) < 2:
        return []
    keys = [ctx.keys[titled[-1]]]
    if len(words) >= 3 and words[-2] == "-" and words[-3] in NAME_PARTICLES:
        keys.append(words[-3] + "-" + words[-1])
    return keys


def resolve_partial_names(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """Link single-word names to a full name earlier (or later) in the article."""
    people: dict[str, tuple[SentenceContext, Span]] = {}
    for ctx, spans in per_sentence:
        for span in spans:
            if span.kind == "person" and span.form != "short_name":
                for key in surname_keys(ctx, name_part(ctx, span)):
                    people.setdefault(key, (ctx, span))
    if not people:
        return
    for ctx, spans in per_sentence:
        covered = [False] * len(ctx.tokens)
        for span in spans:
            for k in range(span.start, span.end):
                covered[k] = True
            if span.kind in ("person", "organization", "location") and span.end - span.start <= 3:
                key = "".join(ctx.keys[span.start:span.end])
                target = people.get(key) or people.get(ctx.keys[span.end - 1])
                if target is not None and target[1] is not span and (
                        span.form in ("short_name", "ner", "capitalised")):
                    _link(span, target[1], "coreference: partial name")
        for k, key in enumerate(ctx.keys):
            if not covered[k] and key in people and ctx.capitalised(k):
                span = Span(start=k, end=k + 1, kind="person", form="partial")
                _link(span, people[key][1], "coreference: partial name")
                spans.append(span)
        spans.sort(key=lambda s: s.start)


def name_part(ctx: SentenceContext, span: Span) -> Span:
    """The name inside "Syrian President Bashar al-Assad": the words after the last title."""
    start = span.start
    for i in range(span.start, span.end):
        if not ctx.capitalised(i) and ctx.keys[i] not in NAME_PARTICLES:
            start = i + 1
    for i in range(start, span.end):
        if ctx.titles.trie.walk(ctx.keys, i):
            start = i + 1
    return Span(start=start, end=span.end, kind="person")


def _link(span: Span, target: Span, rule: str) -> None:
    span.entry_ids = list(target.entry_ids)
    span.country = target.country
    span.sector = target.sector
    span.code = target.code
    span.former = target.former
    span.kind = target.kind if target.kind != "location" else span.kind
    span.rule = rule
    span.reason = f"refers back to an earlier full name ({target.reason})"


def resolve_acronyms(per_sentence: list[tuple[SentenceContext, list[Span]]],
                     defined: dict[str, Span]) -> None:
    """Later uses of an acronym defined anywhere in the article."""
    if not defined:
        return
    for ctx, spans in per_sentence:
        covered = {k for s in spans for k in range(s.start, s.end)}
        for span in spans:
            text = ctx.tokens[span.start].text if span.end - span.start == 1 else None
            if text in defined and span.form != "acronym" and not span.is_entity:
                _link(span, defined[text], "coreference: acronym")
                span.form = "acronym"
        for k, tok in enumerate(ctx.tokens):
            if k not in covered and tok.text in defined:
                span = _copy(defined[tok.text], k, k + 1)
                span.rule = "coreference: acronym"
                span.reason = f"acronym {tok.text!r} defined earlier in the article"
                spans.append(span)
        spans.sort(key=lambda s: s.start)


def resolve_bare_sector_words(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """"the government" with no country: the one government body the article names (the
    context country, for other bare words, is :func:`lapwing.actors.context.apply_context_countries`)."""
    governments: dict[str, Span] = {}
    for ctx, spans in per_sentence:
        for span in spans:
            if ctx.sector_of(span) == "GOV" and span.kind == "organization" \
                    and span.form != "sector_word" and not ctx.is_country_span(span) \
                    and (span.is_entity or span.form in ("ner", "long_form")):
                key = ",".join(span.entry_ids) or "".join(ctx.keys[span.start:span.end])
                governments.setdefault(key, span)
    if len(governments) != 1:
        return
    target = next(iter(governments.values()))
    for ctx, spans in per_sentence:
        for span in spans:
            if span.form != "sector_word" or span.country:
                continue
            word = " ".join(ctx.keys[span.start:span.end])
            if span.sector == "GOV" and word in ("government", "regime", "administration"):
                _link(span, target, "coreference: the only government named")
                span.kind = "organization"


def resolve_bare_coalitions(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """"the coalition" (or "Coalition aircraft") when the article names exactly one coalition
    entity ("the US-led coalition", "the Global Coalition"): a later bare "coalition" is it."""
    coalitions: dict[str, Span] = {}
    for ctx, spans in per_sentence:
        for span in spans:
            if span.is_entity and span.kind == "organization" and "coalition" in ctx.keys[span.start:span.end]:
                coalitions.setdefault(",".join(span.entry_ids), span)
    if len(coalitions) != 1:
        return
    target = next(iter(coalitions.values()))
    for ctx, spans in per_sentence:
        for span in spans:     # "the coalition" read as a bare sector word
            if span.form == "sector_word" and not span.country and not span.code \
                    and ctx.keys[span.start:span.end] == ["coalition"]:
                _link(span, target, "coreference: the only coalition named")
                span.reason = f"the article names one coalition ({target.reason})"
        covered = {k for s in spans for k in range(s.start, s.end)}
        added = []
        for k, key in enumerate(ctx.keys):
            if key == "coalition" and k not in covered:
                span = Span(start=k, end=k + 1, kind="organization", form="partial")
                _link(span, target, "coreference: the only coalition named")
                span.reason = f"the article names one coalition ({target.reason})"
                added.append(span)
        if added:
            spans.extend(added)
            spans.sort(key=lambda s: s.start)


#: Nouns that refer back to a place named before ("the city", "this town", "the country").
PLACE_NOUNS = {"city": "settlement", "town": "settlement", "village": "settlement",
               "capital": "settlement", "country": "country"}
_PLACE_DETERMINERS = {"the", "this", "that"}
_LOOKBACK_SENTENCES = 3


def _repaired_tokens(ctx: SentenceContext) -> list:
    """The sentence's tokens with the events stage's parse repairs applied: "as the United States
    and Britain weighed up plans", "as" read as a preposition, is a clause with its subject."""
    from ..events.parse_repair import repair_parse  # (the events stage repairs the parse later)

    return list(repair_parse(tuple(ctx.tokens), named=lambda tok: False)[0])


def _clause_subject_starts(ctx: SentenceContext, k: int, spans: list[Span], tokens: list | None = None) -> set[int]:
    """Starts of the spans that are the subject of the verb whose phrase holds token ``k``, or of
    the verb above it when that one has none ("to cut their troop presence in the country", with
    "the United States and Britain weighed up plans" above), with the subject's conjuncts: "the
    United States went to war with that country" cannot mean itself by "that country"."""
    tokens = tokens if tokens is not None else _repaired_tokens(ctx)
    local = {tok.i: j for j, tok in enumerate(tokens)}
    j, subjects = k, set()
    for _ in range(8):  # up through the noun phrases ("war with that country") to their verb
        head = local.get(tokens[j].head)
        if head is None or head == j:
            break
        j = head
        if tokens[j].pos in ("VERB", "AUX"):
            subjects = {m for m in range(len(tokens))
                        if tokens[m].dep.startswith("nsubj") and tokens[m].head == tokens[j].i}
            if subjects:
                break
    if not subjects:
        return set()
    grown = True
    while grown:  # "the United States and Britain": both are the subject
        more = {m for m in range(len(tokens)) if tokens[m].dep == "conj" and local.get(tokens[m].head) in subjects}
        grown = not more <= subjects
        subjects |= more
    return {span.start for span in spans if any(m in subjects for m in range(span.start, span.end))}


def resolve_place_nouns(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """"the city", "this town", "the country": the last place of that sort named in the three
    sentences before (or earlier in the sentence); a location mention with that place's country.
    Not when a name follows ("the city of Mosul") or a noun does ("the city council"), and never
    the subject of the noun's own clause ("went to war with that country")."""
    named: list[tuple[int, int, str, Span]] = []   # (sentence, token, sort, span)
    for number, (ctx, spans) in enumerate(per_sentence):
        covered = {k for s in spans for k in range(s.start, s.end)}
        added = []
        repaired: list | None = None  # the repaired parse, made once a place noun needs it
        candidates = sorted(spans, key=lambda s: s.start)
        for k, key in enumerate(ctx.keys):
            sort = PLACE_NOUNS.get(key)
            if sort is None or k in covered or k == 0:
                continue
            begin = k
            while begin > 0 and ctx.tokens[begin - 1].pos == "ADJ" and k - begin < 2:
                begin -= 1
            if begin == 0 or ctx.keys[begin - 1] not in _PLACE_DETERMINERS:
                continue
            if k + 1 < len(ctx.tokens) and (ctx.keys[k + 1] == "of" or ctx.tokens[k + 1].pos in ("NOUN", "PROPN")):
                continue
            before = [entry for entry in named if entry[2] == sort and entry[0] >= number - _LOOKBACK_SENTENCES]
            repaired = repaired if repaired is not None else _repaired_tokens(ctx)
            own_subjects = _clause_subject_starts(ctx, k, candidates, repaired)
            before += [(number, s.start, _place_sort(ctx, s), s) for s in candidates
                       if s.end <= begin and _place_sort(ctx, s) == sort and s.start not in own_subjects]
            if not before:
                continue
            target = max(before, key=lambda entry: (entry[0], entry[1]))[3]
            country = target.country or (ctx.country_of(target) if target.is_entity else None)
            span = Span(start=begin, end=k + 1, kind="location", form="place_noun", country=country,
                        rule="coreference: the place named before",
                        reason=f"'{ctx.keys[begin - 1]} {key}' refers back to {target.reason or target.rule}")
            added.append(span)
        for span in sorted(spans, key=lambda s: s.start):
            sort = _place_sort(ctx, span)
            if sort is not None:
                named.append((number, span.start, sort, span))
        if added:
            spans.extend(added)
            spans.sort(key=lambda s: s.start)


def _place_sort(ctx: SentenceContext, span: Span) -> str | None:
    """"country" for a country named, "settlement" for a city or other place, else None."""
    if ctx.is_country_span(span) and span.form == "name" and span.kind in ("location", "organization"):
        return "country"
    if span.kind == "location" and span.form in ("ner", "gazetteer", "capital") and not ctx.is_country_span(span):
        return "settlement"
    if span.form == "capital":
        return "settlement"
    return None
