"""Organisations known by the head noun of their name, which the recogniser or the knowledge
base misses (words in ``data/type_words.yaml``: ``body_last``, ``ngo_last``).

- A run of two or more capitalised words that no mention covers and that ends in an organisation
  head ("the Ceasefire Violations Committee", "the Third World Water Forum") is an organisation
  mention; rule ``name of a body by its head noun``.
- Such a name, or a parser ORG entity, that ends in a head naming a non-governmental body
  wherever it stands ("Forum", "Foundation", "Association", "Society") and that no knowledge-base
  entry, country word or sector word resolved gets the code NGO (the PLOVER/CAMEO code for
  non-governmental organisations); its evidence names the head. Heads that may equally name a
  state body ("Committee", "Council", "Commission") give no code.
"""
from __future__ import annotations

from .place_phrases import capitalised_run, is_name
from .retype import TypeWords
from .rules import SentenceContext
from .spans import Span


def named_bodies(spans: list[Span], ctx: SentenceContext, *, words: TypeWords) -> list[Span]:
    """Add unrecognised organisation names and code NGO heads (see the module doc)."""
    heads = words.body_last | words.ngo_last
    covered = {k for span in spans for k in range(span.start, span.end)}
    added: list[Span] = []
    i = 0
    while i < len(ctx.tokens):
        if i in covered or not ctx.capitalised(i) or (i > 0 and ctx.capitalised(i - 1)
                                                       and ctx.tokens[i - 1].pos != "DET"):
            i += 1          # a run starts the name: not after a capitalised word ("Palestinian")
            continue
        j = capitalised_run(ctx, i, covered)
        if j - i >= 2 and is_name(ctx, i, j) and ctx.keys[j - 1] in heads:
            added.append(Span(start=i, end=j, kind="organization", form="body",
                              rule="name of a body by its head noun",
                              reason=f"capitalised words ending in the organisation word {ctx.tokens[j - 1].text!r}"))
        i = max(j, i + 1)
    for span in spans + added:
        if span.form in ("ner", "body") and span.kind == "organization" and not span.entry_ids \
                and not span.country and not span.code and not span.sector \
                and ctx.keys[span.end - 1] in words.ngo_last:
            span.code = "NGO"
            span.evidence.append(f"a name ending in {ctx.tokens[span.end - 1].text!r} with no country: "
                                 "a non-governmental body")
    return sorted(spans + added, key=lambda s: s.start) if added else spans
