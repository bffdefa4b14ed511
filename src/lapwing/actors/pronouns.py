"""Subject pronouns that continue the previous sentence's subject: "Japan sent aid to Pakistan.
It also pledged ..." -> "It" is Japan. Rule ``coreference: pronoun``.

Only the subject of a sentence's main verb is read, only when no mention comes before it in its
sentence, and only the previous sentence's main-verb subject is a candidate antecedent, of a
fitting kind: "he"/"she" a person; "it" a country, organisation or other actor that is not a
person or a group; "they" a group, an organisation, a nationality's people, or coordinated
actors (the first is taken). A pronoun in a reported clause ("Switzerland said it had expelled")
is left to the events stage, which reads it as the reporter.
"""
from __future__ import annotations

from .rules import SentenceContext
from .spans import Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: Pronoun -> mention kinds it can stand for.
PRONOUN_KINDS = {"he": frozenset({"person"}), "she": frozenset({"person"}),
                 "it": frozenset({"organization", "location"}),
                 "they": frozenset({"group", "organization", "nationality"})}


def main_subject(ctx: SentenceContext, spans: list[Span]) -> Span | None:
    """The span whose last token is the subject of the sentence's root verb."""
    tokens = ctx.tokens
    for span in spans:
        head = tokens[span.end - 1]
        if head.dep in SUBJECT_DEPS and _is_root(tokens, head.head):
            return span
    return None


def _is_root(tokens: list, index: int) -> bool:
    offset = tokens[0].i
    k = index - offset
    return 0 <= k < len(tokens) and tokens[k].dep.lower() == "root"


def _resolved(ctx: SentenceContext, span: Span) -> bool:
    return bool(span.country or span.code or ctx.country_of(span) or span.entry_ids)


def resolve_subject_pronouns(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """Add a mention for each main-verb subject pronoun that continues the previous subject."""
    for number in range(1, len(per_sentence)):
        ctx, spans = per_sentence[number]
        prev_ctx, prev_spans = per_sentence[number - 1]
        antecedent = main_subject(prev_ctx, prev_spans)
        if antecedent is None or not _resolved(prev_ctx, antecedent):
            continue
        for k, tok in enumerate(ctx.tokens):
            word = tok.text.lower()
            if word not in PRONOUN_KINDS or tok.dep not in SUBJECT_DEPS or not _is_root(ctx.tokens, tok.head):
                continue
            if any(span.start <= k for span in spans):
                break  # a named actor comes first: the pronoun may refer to it
            kind = antecedent.kind
            if kind not in PRONOUN_KINDS[word] or (word == "it" and antecedent.form == "plural"):
                break
            pronoun = Span(start=k, end=k + 1, kind=kind, form="pronoun",
                           entry_ids=list(antecedent.entry_ids), country=antecedent.country or prev_ctx.country_of(antecedent),
                           code=antecedent.code, sector=antecedent.sector, name=antecedent.name,
                           rule="coreference: pronoun",
                           reason=f"subject pronoun {tok.text!r} continues the previous sentence's subject",
                           evidence=[f"antecedent {' '.join(t.text for t in prev_ctx.tokens[antecedent.start:antecedent.end])!r}"],
                           former=antecedent.former, weak_country=antecedent.weak_country)
            spans.append(pronoun)
            spans.sort(key=lambda s: s.start)
            break
