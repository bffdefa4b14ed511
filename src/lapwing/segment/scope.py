"""Parsing only the sentences that can hold an event (``segment.parse_scope = "candidates"``).

The whole article is tokenised and split into sentences by cheap rules (spaCy's punctuation
sentencizer and Lapwing's news sentence rules: blank lines, abbreviations). A sentence is a
*candidate* when one of its words is a surface form of an event trigger (a verb or noun lemma of
the events lexicon, its regular inflections and the irregular verb forms, or an obligation
auxiliary such as "must"), or when it closes a quotation with a reporting verb ("..., Wooster
said"), where the events stage looks for the quoted speaker. Runs of consecutive candidate
sentences go through the full spaCy pipeline (tagger, lemmatizer, parser, entity recogniser);
every other sentence keeps its tokens with the text, offsets and lower-cased text as lemma, and
no tags, parse or entities.

No event can be coded outside a candidate sentence: the events stage needs a lexicon trigger,
which a non-candidate sentence lacks by construction. What the other stages lose there is what
the parse gives: named entities not in the actor dictionary, and the parse-based actor rules.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from ..model import Sentence, Token

PARSE_SCOPES = ("all", "candidates")
QUOTE_MARKS = frozenset({"”", '"', "’", "''"})


#: Words a lexicon entry needs besides its trigger: each tuple member is a set of alternatives,
#: one of which must occur in the sentence (particle, preposition words, one object word).
Needs = tuple[frozenset[str], ...]


@dataclass(frozen=True)
class CandidateTest:
    """The cheap test for a sentence that can hold an event, on lower-cased surface forms.

    ``triggers`` maps each trigger form to what its lexicon entries need besides it (an empty
    tuple: nothing); the form counts when one of its entries has all it needs in the sentence.
    """

    triggers: dict[str, tuple[Needs, ...]]
    reporting_forms: frozenset[str]
    sources: tuple[str, ...]

    @classmethod
    def from_config(cls, config: Config | None) -> "CandidateTest":
        """Trigger forms of the events lexicon the configuration uses (bundled files plus
        ``events.lexicon_extra``), their inflections and irregular forms, and the cue words."""
        from ..events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_cues, load_irregular_forms, load_lexicon
        from ..ontology import load_ontology

        extra = (config or {}).get("events", {}).get("lexicon_extra", []) or []
        paths = [DATA_DIR / name for name in BUNDLED_LEXICONS]
        paths += [Path(p) for p in ([extra] if isinstance(extra, str) else extra)]
        lexicon = load_lexicon(paths, ontology=load_ontology())
        cues = load_cues()
        irregular = load_irregular_forms()
        triggers: dict[str, list[Needs]] = {}
        for entry in lexicon.entries.values():
            needs = _needs(entry, irregular)
            for form in _forms(entry.lemma, entry.pos, irregular):
                triggers.setdefault(form, []).append(needs)
        for word in cues.obligation_aux:
            triggers.setdefault(word, []).append(())
        reporting = frozenset(form for lemma in cues.reporting_verbs for form in _forms(lemma, "verb", irregular))
        # a form with an entry that needs nothing more is a trigger on its own: ``()``
        simplest = {form: () if () in options else tuple(dict.fromkeys(options)) for form, options in triggers.items()}
        return cls(triggers=simplest, reporting_forms=reporting, sources=tuple(lexicon.files))

    def holds_event(self, words: Sequence[str]) -> bool:
        """Whether a sentence (its token texts) can hold an event."""
        lowered = {w.lower() for w in words}
        for word in lowered:
            options = self.triggers.get(word)
            if options is None:
                continue
            if not options or any(all(not lowered.isdisjoint(alternatives) for alternatives in needs) for needs in options):
                return True
        return any(w in QUOTE_MARKS for w in words) and not lowered.isdisjoint(self.reporting_forms)

    def info(self) -> dict[str, Any]:
        return {"trigger_forms": len(self.triggers),
                "unconditional_forms": sum(1 for options in self.triggers.values() if not options),
                "reporting_forms": len(self.reporting_forms), "lexicon_files": list(self.sources)}


def _forms(lemma: str, pos: str, irregular: dict[str, str]) -> set[str]:
    from ..inflection import inflections

    forms = inflections(lemma, pos)
    if pos == "verb":
        forms |= {form for form, base in irregular.items() if base == lemma}
    return forms


def _needs(entry: Any, irregular: dict[str, str]) -> Needs:
    """What an entry needs in the sentence besides its trigger: its particle, its preposition's
    words, and one of its object (or, for nouns, context) words in any inflection."""
    needs: list[frozenset[str]] = []
    if entry.particle:
        needs.append(frozenset({entry.particle.lower()}))
    needs.extend(frozenset({word}) for word in (entry.preposition or "").lower().split())
    if entry.objects:
        needs.append(frozenset(form for word in entry.objects for pos in ("noun", "verb")
                               for form in _forms(word.lower(), pos, irregular)))
    return tuple(needs)


class ScopedParser:
    """Splits articles cheaply and parses only their candidate sentences, in one ``nlp.pipe``."""

    def __init__(self, nlp: Any, test: CandidateTest) -> None:
        from spacy.pipeline import Sentencizer

        from .sentence_rules import COMPONENT_NAME, SentenceRules, load_abbreviations

        self.nlp, self.test = nlp, test
        self.sentencizer = Sentencizer()
        self.rules = nlp.get_pipe(COMPONENT_NAME) if COMPONENT_NAME in nlp.pipe_names \
            else SentenceRules(load_abbreviations())
        # what went through the full pipeline, for the benchmark (sentences and tokens, no spaces)
        self.sentences_seen = self.sentences_parsed = self.tokens_seen = self.tokens_parsed = 0

    def sentences(self, texts: Sequence[str]) -> list[tuple[Sentence, ...]]:
        """The sentences of each text: candidate runs parsed, the rest tokenised only."""
        from spacy.tokens import Doc

        from .compact import parse as parse_docs

        plans: list[tuple[Any, list[tuple[int, int, bool]]]] = []
        runs: list[Any] = []
        for text in texts:
            doc = self.rules(self.sentencizer(self.nlp.make_doc(text)))
            plan = self._plan(doc)
            plans.append((doc, plan))
            for start, end, parse in plan:
                if parse:
                    span = doc[start:end]
                    runs.append(Doc(self.nlp.vocab, words=[t.text for t in span],
                                    spaces=[bool(t.whitespace_) for t in span]))
        parsed = iter(parse_docs(self.nlp, runs, batch_size=max(1, len(runs))))
        out: list[tuple[Sentence, ...]] = []
        for doc, plan in plans:
            found: list[Sentence] = []
            for start, end, parse in plan:
                if parse:
                    run_doc = next(parsed)
                    found.extend(sentences_of(run_doc.sents, offset=doc[start].idx, first=start))
                else:
                    found.extend(sentences_of([doc[start:end]], offset=0, first=0, parsed=False))
            out.append(tuple(s.replace(index=k) for k, s in enumerate(found)))
        return out

    def _plan(self, doc: Any) -> list[tuple[int, int, bool]]:
        """(start, end, parse) token ranges: runs of candidate sentences, and single other sentences."""
        plan: list[tuple[int, int, bool]] = []
        for sent in doc.sents:
            words = [t.text for t in sent if not t.is_space]
            parse = bool(words) and self.test.holds_event(words)
            if words:
                self.sentences_seen += 1
                self.tokens_seen += len(words)
                self.sentences_parsed += parse
                self.tokens_parsed += len(words) if parse else 0
            if parse and plan and plan[-1][2]:
                plan[-1] = (plan[-1][0], sent.end, True)
            else:
                plan.append((sent.start, sent.end, parse))
        return plan


def sentences_of(spans: Iterable[Any], *, offset: int, first: int, parsed: bool = True) -> list[Sentence]:
    """Sentence records for spaCy spans (index 0 for now); token ``i``, ``head`` and offsets are
    shifted by ``first`` tokens and ``offset`` characters into the article. Unparsed spans get
    tokens with the lower-cased text as lemma and no tags, parse or entities.

    The token attributes are read as arrays (one ``Doc.to_array`` per document) rather than
    token by token: it halves the time of copying a parsed article into records."""
    sentences: list[Sentence] = []
    rows_of: dict[int, tuple[list[list[int]], list[int]]] = {}  # id of a spaCy Doc -> attributes, heads
    names = _Names()
    for sent in spans:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        doc = sent.doc
        if id(doc) not in rows_of:
            names.strings = doc.vocab.strings
            array = doc.to_array(TOKEN_ATTRS)
            # HEAD is the offset to the head, stored unsigned: read back as signed
            rows_of[id(doc)] = array.tolist(), array[:, -1].view("int64").tolist()
        rows, heads = rows_of[id(doc)]
        tokens = _parsed_tokens(rows, heads, sent.start, sent.end, names, offset=offset, first=first) if parsed \
            else _plain_tokens(rows, sent.start, sent.end, names, offset=offset, first=first)
        start = sent.start_char + offset + len(text) - len(text.lstrip())
        sentences.append(Sentence(index=0, start_char=start, end_char=start + len(stripped), text=stripped,
                                  tokens=tokens))
    return sentences


#: The token attributes copied into records, in the order of ``TOKEN_ATTRS`` rows.
TOKEN_ATTRS = ("ORTH", "IDX", "IS_SPACE", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "HEAD")


class _Names(dict):  # type: ignore[type-arg]
    """Hash (or symbol id) -> string, looked up in a spaCy string store once per value."""

    strings: Any = None

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


def _parsed_tokens(rows: list[list[int]], heads: list[int], start: int, end: int, names: _Names, *,
                   offset: int, first: int) -> tuple[Token, ...]:
    tokens = []
    for i in range(start, end):
        orth, idx, is_space, lemma, pos, tag, dep, ent_type, _ = rows[i]
        if is_space:
            continue
        text = names[orth]
        tokens.append(Token(i + first, text, idx + offset, idx + offset + len(text), names[lemma] or text.lower(),
                            names[pos], names[tag], names[dep], i + heads[i] + first, names[ent_type]))
    return tuple(tokens)


def _plain_tokens(rows: list[list[int]], start: int, end: int, names: _Names, *, offset: int,
                  first: int) -> tuple[Token, ...]:
    tokens = []
    for i in range(start, end):
        orth, idx, is_space = rows[i][:3]
        if is_space:
            continue
        text = names[orth]
        tokens.append(Token(i + first, text, idx + offset, idx + offset + len(text), text.lower()))
    return tuple(tokens)
