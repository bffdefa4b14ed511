"""The actors stage: find and resolve actor mentions, valid on the article's date.

Each sentence is matched against the knowledge base (a token trie, leftmost-longest), the
parser's named entities are added, and rules compose titles, modifiers, possessors, descriptors,
appositives and acronyms; then within-article coreference links partial names, acronyms and
"the government". Every mention carries a :class:`~lapwing.model.Provenance` saying how.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Config
from ..english_words import COMPASS_ADJECTIVES, COMPASS_WORDS
from ..geo.places import PLACE_HEAD_NOUNS
from ..model import CodedArticle, Mention
from . import (bodies, capitals, context, coreference, filters, modifiers, peoples, place_phrases, places,
               pronouns, quotations, retype, rules)
from .knowledge_base import KnowledgeBase, normalize
from .matcher import build_alias_trie, find_aliases
from .petrarch import load_petrarch_actors, load_petrarch_agents
from .spans import STAGE, Span, span_from_aliases, to_mention
from .titles import TitleLexicon

#: Words before a capital that name a part of the city ("East Jerusalem", "west Beirut").
_COMPASS_MODIFIERS = COMPASS_WORDS | COMPASS_ADJECTIVES
_SUBJECT_OR_OBJECT = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "agent"}
#: Evidence on a mention after "anti-" ("anti-Pyongyang propaganda"): what is opposed, so never
#: the actor of the phrase it modifies (the events stage can test for this note).
OPPOSED_NOTE = "after 'anti-': what is opposed, not an actor"
#: Prepositions whose object is a party to what is done ("talks with Iran", "a war against Iraq").
_PARTY_PREPOSITIONS = frozenset({"with", "between", "against", "alongside"})
#: Token texts whose normalised form is kept (:meth:`ActorStage.key`); about 10 MB at most.
MAX_CACHED_KEYS = 50_000


class ActorStage:
    """Recognises actors (people, organisations, countries, nationalities, groups)."""

    name = STAGE
    requires = ("sentences", "tokens")
    assigns = ("mentions",)

    def __init__(self, settings: dict[str, Any], config: Config | None = None, *,
                 shared_resources: Any = None) -> None:
        import spacy

        self._tokenizer = spacy.blank("en").tokenizer
        #: capital letters are no name evidence in capitals text the model read truecased
        self.read_capitals = capitals.truecasing_on(config)
        self.kb = KnowledgeBase.bundled(self.tokenize)
        data = Path(str(resources.files("lapwing.actors").joinpath("data")))
        self.titles = TitleLexicon.load(data / "titles.yaml", tokenize=self.tokenize,
                                        sectors=self.kb.sectors)
        self.type_words = retype.TypeWords.load(data / "type_words.yaml", tokenize=self.tokenize)
        self.pronoun_words = pronouns.PronounWords.load(data / "pronouns.yaml")
        for rank, path in enumerate(settings.get("petrarch_actors", []) or [], start=1):
            load_petrarch_actors(self.kb, Path(path), rank=rank)
        for path in settings.get("petrarch_agents", []) or []:
            load_petrarch_agents(self.kb, Path(path))
        offset = len(settings.get("petrarch_actors", []) or []) + 1
        for rank, path in enumerate(settings.get("extra", []) or [], start=offset):
            self.kb.load_entries(Path(path), rank=rank)
        self.trie = build_alias_trie(self.kb.aliases)
        self._keys: dict[str, str] = {}
        self.use_gazetteer = bool(settings.get("gazetteer_places", True))
        self.possessive_pronouns = bool(settings.get("possessive_pronouns", True))
        self.unresolved_pronouns = bool(settings.get("unresolved_pronouns", True))
        self._gazetteer: Any = None
        self._shared = shared_resources
        self._min_population = int((config or {}).get("geo", {}).get("min_population", 15000))

    def gazetteer(self) -> Any:
        """The geo stage's gazetteer (same ``[geo] min_population``), loaded on first use (about
        1 s, from its cache). With ``shared_resources`` (an object with ``get(key, build)``,
        shared by the pipeline's stages) the one copy the geo stage also asks for is used."""
        if self._gazetteer is None:
            from ..geo.gazetteer import Gazetteer

            def build() -> Any:
                return Gazetteer(min_population=self._min_population)

            self._gazetteer = (self._shared.get(("gazetteer", self._min_population), build)
                               if self._shared is not None else build())
        return self._gazetteer

    def is_region(self, word: str) -> bool:
        """Whether the gazetteer lists ``word`` as a country's first-level region ("Texas")."""
        if not self.use_gazetteer:
            return False
        return any(c.place.feature in ("admin1", "region") for c in self.gazetteer().lookup(word))

    def tokenize(self, text: str) -> list[str]:
        return [tok.text for tok in self._tokenizer(text) if not tok.is_space]

    @property
    def cached_forms(self) -> int:
        """How many token texts :meth:`key` holds (at most ``MAX_CACHED_KEYS``)."""
        return len(self._keys)

    def key(self, text: str) -> str:
        """The normalised form of a token's text, cached: most tokens are common words. The
        cache is emptied when it holds ``MAX_CACHED_KEYS`` forms, so that a long run's memory
        does not grow with the vocabulary of the news."""
        found = self._keys.get(text)
        if found is None:
            if len(self._keys) >= MAX_CACHED_KEYS:
                self._keys.clear()
            found = self._keys[text] = normalize(text)
        return found

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        day = doc.article.date
        per_sentence: list[tuple[rules.SentenceContext, list[Span]]] = []
        defined: dict[str, Span] = {}
        in_capitals = capitals.capitals_sentences(doc.sentences, doc.article.text, enabled=self.read_capitals)
        for sent, written_in_capitals in zip(doc.sentences, in_capitals):
            ctx = rules.SentenceContext(
                tokens=list(sent.tokens), keys=[self.key(tok.text) for tok in sent.tokens],
                entries=self.kb.entries, titles=self.titles,
                has_ner=any(tok.ent_type for tok in sent.tokens), capitals=written_in_capitals)
            per_sentence.append((ctx, self.sentence_spans(ctx)))
        retype.retype_places(per_sentence, words=self.type_words,
                             gazetteer=self.gazetteer() if self.use_gazetteer else None)
        retype.retype_people(per_sentence, words=self.type_words)
        for index, (ctx, spans) in enumerate(per_sentence):
            spans = place_phrases.shaped_place_names(spans, ctx, words=self.type_words,
                                                     gazetteer=self.gazetteer() if self.use_gazetteer else None)
            spans = bodies.named_bodies(spans, ctx, words=self.type_words)
            if self.use_gazetteer:
                spans = places.resolve_places(spans, ctx.tokens, self.gazetteer(),
                                              settlement_nouns=self.type_words.place_of, country_of=ctx.country_of)
            spans, acronyms = coreference.find_acronym_definitions(spans, ctx)
            defined.update(acronyms)
            per_sentence[index] = (ctx, spans)
        coreference.resolve_acronyms(per_sentence, defined)
        coreference.resolve_partial_names(per_sentence)
        coreference.resolve_bare_sector_words(per_sentence)
        coreference.resolve_bare_coalitions(per_sentence)
        coreference.resolve_place_nouns(per_sentence)
        for index, (ctx, spans) in enumerate(per_sentence):
            per_sentence[index] = (ctx, place_phrases.common_place_nouns(
                spans, ctx, words=self.type_words, gazetteer=self.gazetteer() if self.use_gazetteer else None))
        peoples.place_ethnic_minorities(per_sentence)
        quoted = quotations.short_quotation_positions(quotations.quotation_spans(doc.article.text),
                                                      per_sentence)
        context.apply_context_countries(per_sentence, quoted=quoted, day=day)
        pronouns.resolve_pronouns(per_sentence, words=self.pronoun_words, text=doc.article.text,
                                  entries=self.kb.entries, day=day, possessives=self.possessive_pronouns,
                                  unresolved=self.unresolved_pronouns)
        mentions: list[Mention] = []
        for sent, (ctx, spans) in zip(doc.sentences, per_sentence):
            for span in spans:
                if span.form == "capital":
                    self._capital_sector(span, ctx)
                if rules.opposed(ctx, span.start):
                    span.evidence.append(OPPOSED_NOTE)
                elif span.kind == "location" and span.is_entity and self.country_acts(span, ctx):
                    span.kind = "organization"
                    span.evidence.append("a country as subject or object: the state as an actor")
                mentions.append(to_mention(span, ctx.tokens, sent.index, doc.article.text,
                                           self.kb.entries, day))
        mentions.sort(key=lambda m: (m.start_char, m.end_char))
        return doc.replace(mentions=tuple(mentions))

    def sentence_spans(self, ctx: rules.SentenceContext) -> list[Span]:
        """Dictionary matches, parser entities, then the composition rules, for one sentence."""
        spans = [span_from_aliases(start, end, aliases)
                 for start, end, aliases in find_aliases(self.trie, ctx.keys, ctx.tokens, capitals=ctx.capitals)]
        spans = filters.drop_non_actor_matches(spans, ctx, is_region=self.is_region)
        if ctx.has_ner:
            spans = rules.merge_ner(spans, rules.ner_spans(ctx), ctx)
        spans = filters.drop_stance_names(spans, ctx)
        spans = rules.compose_titles(spans, ctx)
        spans = peoples.merge_country_identities(spans, ctx)
        spans = modifiers.merge_sector_compounds(spans, ctx)
        spans = modifiers.attach_descriptors(spans, ctx)
        spans = modifiers.attach_modifiers(spans, ctx)
        spans = modifiers.share_country_with_conjuncts(spans, ctx)
        spans = modifiers.drop_modifier_uses(spans, ctx)
        spans = modifiers.attach_appositives(spans, ctx)
        spans = peoples.community_groups(spans, ctx, nouns=self.type_words.community_nouns)
        return modifiers.drop_nested(spans)

    @staticmethod
    def country_acts(span: Span, ctx: rules.SentenceContext) -> bool:
        """A country (or capital) that is the subject or object of a verb, the possessor of a
        noun ("Australia's diplomatic efforts"), the agent after "by", or a party after "with",
        "between" or "against" ("a war with Israel", "relations between the UK and Uzbekistan")
        acts as a state; so does a conjunct of one that does ("... include Australia, Belgium
        and Canada")."""
        offset = ctx.tokens[0].i
        k = span.end - 1
        for _ in range(len(ctx.tokens)):       # "Australia, Belgium and Canada": the first conjunct
            head = ctx.tokens[k].head - offset
            if ctx.tokens[k].dep != "conj" or not 0 <= head < k:
                break
            k = head
        last = ctx.tokens[k]
        if last.dep in _SUBJECT_OR_OBJECT:
            return True
        if last.dep == "nmod:poss" and k + 1 < len(ctx.tokens) and ctx.keys[k + 1] in rules.POSSESSIVE:
            # not the possessor of a part of it ("Baghdad's al-Jadida district", "Grozny's streets"): a place
            owner = last.head - offset
            for _ in range(3):  # through a name the place noun heads ("al-Jadida district")
                if not 0 <= owner < len(ctx.tokens) or ctx.tokens[owner].dep not in ("compound", "flat"):
                    break
                owner = ctx.tokens[owner].head - offset
            return not (0 <= owner < len(ctx.tokens) and ctx.tokens[owner].lemma.lower() in PLACE_HEAD_NOUNS)
        cases = {ctx.keys[j] for j, tok in enumerate(ctx.tokens) if tok.dep == "case" and tok.head == last.i}
        if cases & _PARTY_PREPOSITIONS:
            return True
        return last.dep in ("obl", "obl:agent") and "by" in cases

    @staticmethod
    def _capital_sector(span: Span, ctx: rules.SentenceContext) -> None:
        """A capital is the government when it acts or is acted on ("Washington might back")."""
        deps = {ctx.tokens[k].dep for k in range(span.start, span.end)}
        if span.start > 0 and ctx.keys[span.start - 1] in _COMPASS_MODIFIERS:
            return  # "captured East Jerusalem", "shelled west Beirut": a part of the city, not its government
        if deps & _SUBJECT_OR_OBJECT:
            span.sector = "GOV"
            span.rule = "capital as government"
            span.evidence.append("capital as subject or object: the government (PLOVER GSR rule)")

    def info(self) -> dict[str, Any]:
        return {"resources": {
            "knowledge_base": self.kb.sources,
            "entries": len(self.kb.entries), "names": len(self.kb.aliases),
            "titles": self.titles.count, "sectors": list(self.kb.sectors),
            "gazetteer": self._gazetteer.info() if self._gazetteer is not None else
            ("loaded on first use" if self.use_gazetteer else "off"),
        }}
