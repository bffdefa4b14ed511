"""Reading who-did-what-to-whom off a sentence's dependency parse.

Works on Universal Dependencies labels (``nsubj``, ``nsubj:pass``, ``obj``, ``obl`` + ``case``,
``obl:agent``, ``conj``, ``xcomp``, ``ccomp``, ``acl``, ``nmod``, ``nmod:poss``, ...) and also
accepts the older ClearNLP labels spaCy's English models use (``nsubjpass``, ``dobj``, ``prep`` +
``pobj``, ``agent``, ``poss``, ``neg``, ``prt``), so any English spaCy pipeline can feed it.
Token indices are article-level (``Token.i``); everything here stays inside one sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention, Sentence, Token
from .lexicon import bundled_cues, bundled_noun_lemmas
from .parse_repair import Repair, repair_parse
from .patients import shared_passive, victim_of_agent_noun

# ClearNLP label -> UD label
_UD = {"nsubjpass": "nsubj:pass", "dobj": "obj", "dative": "iobj", "poss": "nmod:poss", "neg": "advmod:neg",
       "prt": "compound:prt", "auxpass": "aux:pass", "relcl": "acl:relcl", "pobj": "pobj", "agent": "obl:agent",
       "csubjpass": "csubj:pass", "npadvmod": "obl:npmod", "nn": "compound"}
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
CAUSATIVE_HAVE = frozenset({"have", "keep", "get"})
PASSIVE_AUX = frozenset({"be", "get", "is", "was", "were", "been", "being", "are"})
# Personal pronouns that, as the subject of a reported clause, stand for the reporter
# ("Switzerland said it had expelled ...").
ANAPHORIC_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"})
# Mention kinds whose country a title or role noun inherits ("British Defence Secretary Tom King").
_PREMODIFIER_KINDS = frozenset({"nationality", "location", "organization"})
#: Prefixes that make a name the opposite of a party: "anti-Syria", "anti-government".
OPPOSING_PREFIXES = frozenset({"anti"})
#: Nouns of a post, a building or a convoy an attack noun's compound may name as what was struck
#: ("the Iraqi army checkpoint attack", "a police station bombing"): a name before one is the
#: owner of what was struck, not the attacker. Not vehicles of war ("an army helicopter attack").
STRUCK_PLACE_NOUNS = frozenset({"checkpoint", "post", "outpost", "base", "station", "convoy", "patrol", "embassy",
                                "consulate", "office", "headquarters", "compound", "camp", "market", "bus",
                                "school", "hospital", "mosque", "church", "temple", "hotel", "home", "house",
                                "building", "bridge", "pipeline", "airport"})
#: Participles after a name and a hyphen that make it the backer of a force, not the force
#: ("the US-backed Northern Alliance", "Iranian-funded militias", "Saudi-sponsored talks").
BACKING_PARTICIPLES = frozenset({"backed", "supported", "funded", "financed", "sponsored", "trained", "armed",
                                 "equipped", "brokered", "mediated"})
#: Accords, meetings and processes often named after the city where they were made ("the Paris
#: climate agreement", "the Oslo accords", "the Geneva talks", "the Minsk process").
PLACE_NAMED_NOUNS = frozenset({"agreement", "accord", "treaty", "protocol", "convention", "pact", "deal",
                               "declaration", "talks", "conference", "summit", "process", "format", "charter",
                               "communique", "resolution", "peace", "framework", "initiative", "plan"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# How an actor is found inside a noun phrase, most reliable first.
_PHRASE_ACTOR_DEPS = ("nmod:poss", "compound", "amod", "flat", "appos", "nmod")


#: Prepositions of a target phrase ("fired on", "shot at", "an attack against").
_TARGET_CASES = frozenset({"on", "at", "against", "upon"})
#: Nouns of ending someone's custody or stay ("the release of", "the expulsion of"): their "of"
#: phrase is the one freed or sent away, never who does it nor whom a demand is made of.
CUSTODY_END_NOUNS = frozenset({"release", "freedom", "freeing", "expulsion", "extradition", "deportation",
                               "repatriation", "handover"})
#: Nouns that after a bare "by" say how a thing was done, never who did it ("detonated by remote
#: control", "set off by timer").
MEANS_NOUNS = frozenset({"control", "timer", "detonator", "fuse", "fuze", "mistake", "accident", "chance"})
#: Prepositions of where something happened or went ("marched towards the palace", "through a market").
_WHERE_CASES = frozenset({"in", "at", "to", "toward", "towards", "through", "outside", "inside", "into", "across",
                          "along", "around", "near", "past", "throughout", "from"})
#: Result adjectives the parser may hang as adverbs ("was shot dead by suspected Tamil Tigers").
_RESULT_WORDS = frozenset({"dead", "unconscious", "captive", "hostage"})


def result_adjectives(graph: "SentenceGraph", pred: Token) -> list[Token]:
    """The adjectives that complete a verb with the state it left its object in ("shot dead",
    "beaten unconscious", "held captive"): its xcomp adjectives, and those words hung as an
    adverb of the verb ("dead" an ``advmod``, with the "by" phrase under it)."""
    return [k for k in graph.children(pred, "xcomp") if k.pos == "ADJ"] + [
        k for k in graph.children(pred, "advmod") if k.lemma.lower() in _RESULT_WORDS and k.i > pred.i]


def prevented_act(graph: "SentenceGraph", verb: Token) -> bool:
    """Whether ``verb`` is the "from" + gerund clause of a verb of prevention ("to prevent Iraqi
    troops from launching attacks", "were barred from entering"): an act that did not happen."""
    head = graph.head(verb)
    return (head is not None and base(verb) == "advcl" and verb.tag == "VBG"
            and "from" in graph.child_lemmas(verb, "mark", "case")
            and head.lemma.lower() in bundled_cues().prevention_governors)


@lru_cache(maxsize=512)
def ud_label(dep: str) -> str:
    """The UD label of a parser label (lower case; ClearNLP labels mapped), read once per label."""
    dep = dep.lower()
    return _UD.get(dep, dep)


@lru_cache(maxsize=512)
def _base_label(dep: str) -> str:
    return ud_label(dep).split(":")[0]


def ud(token: Token) -> str:
    return ud_label(token.dep)


def base(token: Token) -> str:
    return _base_label(token.dep)


def resolved(mention: Mention) -> bool:
    """A mention whose actor has a code or a country: usable as a PLOVER source or target."""
    actor = mention.actor
    return actor is not None and bool(actor.code or actor.country or actor.cameo_code)


def possessive_pronoun(token: Token) -> bool:
    """A possessive determiner ("its", "their", "his") as the possessor of a noun: a mention
    of it (``actors.possessive_pronouns``) is read only when nothing else in the phrase names
    an actor."""
    return ud(token) == "nmod:poss" and (token.pos == "PRON" or token.tag == "PRP$")


def is_generic(mention: Mention) -> bool:
    """A common-noun mention ("forces", "the embassy") whose actor was inferred from context;
    a named modifier of it ("Haftar's forces") says more."""
    return mention.text[:1].islower() and mention.kind in ("group", "organization")


def below_country(mention: Mention) -> bool:
    """A place smaller than a country (a city or region, read as its country's actor): from
    the gazetteer's feature, else from how the actors stage resolved it."""
    if mention.kind != "location":
        return False
    if mention.place is not None and mention.place.feature:
        return mention.place.feature != "country"
    rule = mention.resolution.rule if mention.resolution is not None else ""
    return rule.startswith(("capital", "gazetteer place"))


@dataclass(frozen=True, slots=True)
class Role:
    """A mention found in a role, and the path that found it (for provenance)."""

    mention: Mention
    token: Token
    path: str


def _finite_verb(graph: "SentenceGraph", verb: Token) -> bool:
    """A past or present tense form, or a past participle with a direct object (active): a
    predicate, never a reduced relative clause ("civilians killed in the attack")."""
    return verb.tag in ("VBD", "VBZ", "VBP") or (verb.tag == "VBN" and bool(graph.children(verb, "obj")))


class SentenceGraph:
    """Children, heads and mentions of one sentence."""

    def __init__(self, sent: Sentence, mentions: tuple[Mention, ...], *, repair: bool = True) -> None:
        self.mentions = tuple(m for m in mentions
                              if m.start_char < sent.end_char and m.end_char > sent.start_char)
        #: The previous sentence's mentions (context for a fallback: who else may have acted).
        self.previous_mentions = tuple(m for m in mentions if m.sentence is not None and m.sentence == sent.index - 1)
        self._covering: dict[int, Mention] = {}
        for tok in sent.tokens:
            inside = [m for m in self.mentions if m.start_char <= tok.start_char and tok.end_char <= m.end_char]
            if inside:  # prefer resolved actors, then the longest mention
                inside.sort(key=lambda m: (m.actor is None, -(m.end_char - m.start_char)))
                self._covering[tok.i] = inside[0]
        #: Parse repairs made (see :mod:`.parse_repair`), by the token each is about.
        self.repairs: dict[int, Repair] = {}
        if repair:
            tokens, repairs = repair_parse(sent.tokens, named=lambda t: t.i in self._covering
                                           and resolved(self._covering[t.i]))
            sent = sent.replace(tokens=tokens)
            self.repairs = {r.token: r for r in repairs}
        self.sent = sent
        self.by_i = {tok.i: tok for tok in sent.tokens}
        self.kids: dict[int, list[Token]] = {tok.i: [] for tok in sent.tokens}
        for tok in sent.tokens:
            if tok.head != tok.i and tok.head in self.kids:
                self.kids[tok.head].append(tok)
        #: Each token's (UD label, its base), and the children by (head, labels) asked for so far.
        self._labels = {tok.i: (ud_label(tok.dep), _base_label(tok.dep)) for tok in sent.tokens}
        self._children: dict[tuple[int, tuple[str, ...]], list[Token]] = {}
        self._prep_objects: dict[int, list[tuple[str, Token]]] = {}

    # -- structure ----------------------------------------------------------------------------
    def head(self, tok: Token) -> Token | None:
        if tok.head == tok.i:
            return None
        return self.by_i.get(tok.head)

    def children(self, tok: Token, *deps: str) -> list[Token]:
        kids = self.kids.get(tok.i, [])
        if not deps or not kids:
            return list(kids)
        key = (tok.i, deps)
        found = self._children.get(key)
        if found is None:
            labels = self._labels
            found = self._children[key] = [k for k in kids if labels[k.i][0] in deps or labels[k.i][1] in deps]
        return list(found)

    def child_lemmas(self, tok: Token, *deps: str) -> set[str]:
        return {k.lemma.lower() for k in self.children(tok, *deps)}

    def conjuncts(self, tok: Token) -> list[Token]:
        """The token and every token coordinated with it ("A, B and C")."""
        out, todo = [], [tok]
        while todo:
            cur = todo.pop(0)
            if cur in out:
                continue
            out.append(cur)
            todo.extend(self.children(cur, "conj"))
        return out

    def prep_objects(self, tok: Token) -> list[tuple[str, Token]]:
        """(preposition lemma, its object) for prepositional dependents of ``tok``."""
        found = self._prep_objects.get(tok.i)
        if found is None:
            found = self._prep_objects[tok.i] = self._find_prep_objects(tok)
        return list(found)

    def _find_prep_objects(self, tok: Token) -> list[tuple[str, Token]]:
        found: list[tuple[str, Token]] = []
        for kid in self.children(tok):
            dep = ud(kid)
            if dep == "prep":  # ClearNLP: tok -prep-> with -pobj-> noun
                for obj in self.children(kid, "pobj"):
                    found.append((kid.lemma.lower(), obj))
            elif dep == "obl:agent" and kid.lemma.lower() == "by":  # ClearNLP agent -> by -> pobj
                for obj in self.children(kid, "pobj"):
                    found.append(("by", obj))
            elif (base(kid) in ("obl", "nmod") and dep != "nmod:poss") or dep == "dep":
                # an unlabelled "dep" with a preposition is a prepositional phrase the parser
                # could not attach ("held their first meeting with President Obama")
                cases = [c for c in self.children(kid, "case") if c.lemma.lower() != "'s"]
                if not cases:  # "with President Obama": the parser may hang the preposition on the title
                    cases = [c for m in self.children(kid, "nmod:desc", "compound", "flat") if m.i < kid.i
                             for c in self.children(m, "case") if c.i < m.i and c.lemma.lower() != "'s"]
                if cases:
                    prep = " ".join(c.lemma.lower() for c in cases)
                    before = self.by_i.get(cases[0].i - 1)
                    if prep == "from" and before is not None and before.text.lower() == "far":
                        prep = "far from"  # "captured not far from a Canadian army base": where, not whence
                    if prep == "by" and kid.lemma.lower() in MEANS_NOUNS and not self.children(kid, "det", "nmod:poss"):
                        prep = "by means of"  # "detonated by remote control": how, not by whom
                    found.append((prep, kid))
                elif dep == "obl:agent":
                    found.append(("by", kid))
        return found

    def nearest_objects(self, verb: Token) -> list[Token]:
        """The indirect and direct objects of ``verb``; of two direct objects, only the nearer one:
        a second is a parse slip ("to break off relations with Congo on the eve of a visit by
        PLO Chairman Yasser Arafat", the chairman read as a second object). A verb with no object
        right before an unjoined verb takes that verb's object (parse repair)."""
        objects = self.children(verb, "obj")
        following = self.by_i.get(verb.i + 1)
        if not objects and following is not None and following.pos == "VERB" and base(following) == "conj" \
                and not self.children(following, "cc", "nsubj", "nsubj:pass", "mark"):
            # "to impose import restrictions against German goods": a noun read as a verb joined with
            # no conjunction ("import"); its object is the first verb's
            objects = self.children(following, "obj")
        return self.children(verb, "iobj") + sorted(objects, key=lambda o: abs(o.i - verb.i))[:1]

    def particle(self, tok: Token) -> str | None:
        parts = self.children(tok, "compound:prt")
        return parts[0].lemma.lower() if parts else None

    def content_clauses(self, noun: Token) -> list[Token]:
        """ "that" clauses that say what a noun holds, including those the parser hung on the
        noun's verb: in "reiterated its demand today that Israel ease restrictions" the clause
        after the object is the demand's content, not what was reiterated."""
        clauses = [k for k in self.children(noun, "ccomp", "acl") if "that" in self.child_lemmas(k, "mark")]
        head = self.head(noun)
        if head is not None and base(noun) in ("obj", "obl") and head.pos in ("VERB", "AUX"):
            clauses += [k for k in self.children(head, "ccomp") if k.i > noun.i
                        and "that" in self.child_lemmas(k, "mark")
                        and not any(noun.i < o.i < k.i for o in self.children(head, "obj", "iobj"))]
        return clauses

    def is_passive(self, tok: Token) -> bool:
        if self.children(tok, "aux:pass"):
            return True
        if self.children(tok, "nsubj:pass", "csubj:pass"):
            # a passive needs a "be"/"get" auxiliary or a bare participle; a parser's nsubj:pass on
            # "have agreed" (perfect, active) or on a finite past ("the union announced") is a slip
            auxes = self.child_lemmas(tok, "aux")
            if not auxes:
                return tok.tag not in ("VBD", "VBZ", "VBP")
            return bool(auxes & PASSIVE_AUX) or tok.tag == "VBN" and not auxes & {"have"}
        return (tok.tag == "VBN" and any(p == "by" for p, _ in self.prep_objects(tok)) and not self.children(
            tok, "aux") and ud(tok) in ("acl", "amod", "advcl")) or shared_passive(self, tok)

    def name_repairs(self, pred: Token, roles: list[Role]) -> list[Role]:
        """The roles, each path naming the parse repairs (:mod:`.parse_repair`) it was read through:
        on the predicate, or on the role's token or a token between it and the predicate."""
        if not self.repairs:
            return roles
        out = []
        for role in roles:
            rules: list[str] = []
            cur: Token | None = role.token
            for _ in range(8):
                if cur is None:
                    break
                if cur.i in self.repairs and self.repairs[cur.i].rule not in rules:
                    rules.append(self.repairs[cur.i].rule)
                if cur.i == pred.i:
                    break
                cur = self.head(cur)
            if pred.i in self.repairs and self.repairs[pred.i].rule not in rules:
                rules.append(self.repairs[pred.i].rule)
            out.append(Role(role.mention, role.token, f"{role.path} (parse repair: {', '.join(rules)})") if rules else role)
        return out

    # -- mentions -----------------------------------------------------------------------------
    def mention_of(self, tok: Token) -> Mention | None:
        return self._covering.get(tok.i)

    def in_mention(self, tok: Token) -> bool:
        return tok.i in self._covering

    def phrase_actors(self, tok: Token, *, path: str = "", depth: int = 0, conj: bool = True) -> list[Role]:
        """Resolved actors a noun phrase headed by ``tok`` stands for, following coordination.

        The head itself when a resolved mention covers it; else the most reliable modifier
        (possessive, name/nationality modifier, apposition, "of"/"by" phrase)."""
        heads = self.conjuncts(tok) if conj else [tok]
        # a conjunct with a preposition of its own that the first lacks is another phrase ("killed
        # by gunmen, and in the Abu Ghraib area ... four people were hurt"), not one more of them
        cases = self.child_lemmas(tok, "case")
        heads = [h for h in heads if h is tok or not self.child_lemmas(h, "case") - cases]
        if len(heads) > 1 and not any(self.children(h, "cc") for h in heads):
            # no "and", "or" or "as well as" anywhere: commas alone join no actors; the parser made
            # a list of an apposition or of the reporter after the clause ("A gunman who ... was
            # captured ..., ITAR-TASS news agency reported", "the brother of Hambali, Osama bin
            # Laden's point man"). A phrase in brackets right after is a description of the
            # name, and stays: "Jund Al-Aqsa (Al-Qaeda franchise)".
            heads = [tok] + [h for h in heads[1:] if self._bracketed(h)]
        roles: list[Role] = []
        for head in heads:
            step = path + ("+conj" if head is not tok else "")
            found = self._one_phrase(head, step, depth)
            roles.extend(found)
            if conj and found:
                roles.extend(self._coordinated_modifiers(head, found, step))
        return roles

    def first_index(self, tok: Token) -> int:
        """The index of the first token of the phrase (the subtree) headed by ``tok``."""
        first, todo = tok.i, [tok]
        while todo:
            cur = todo.pop()
            first = min(first, cur.i)
            todo.extend(self.children(cur))
        return first

    def _bracketed(self, tok: Token) -> bool:
        """Whether the phrase headed by ``tok`` opens with a bracket."""
        return self.by_i[self.first_index(tok)].text == "("

    def _coordinated_modifiers(self, head: Token, found: list[Role], path: str) -> list[Role]:
        """The other actors of coordinated modifiers of one noun: "US and British forces" are US
        forces and British forces, "Israeli and Palestinian leaders" leaders of both, "a
        Canadian-British force" a force of both, when the noun's phrase resolved to the one
        modifier its mention covers."""
        seen = {id(r.mention) for r in found}
        roles: list[Role] = []
        modifiers = self.children(head, "compound", "amod")
        for kid in modifiers:
            # "US and British forces"; "a Canadian-British force" (the pair joined by a hyphen, one
            # hung on the other or both on the noun; "NATO-led and Afghan troops"); not
            # "American-allied Afghan forces", whose second half names no one: Americans are whom
            # the force is allied to
            group = self.conjuncts(kid) + [m for m in self.children(kid, "amod", "compound") + modifiers
                                           if m.i == kid.i - 2 and self.by_i.get(m.i + 1) is not None
                                           and self.by_i[m.i + 1].text in ("-", "\u2013")
                                           and (self.mention_of(kid) is not None or kid.text.lower() == "led")]
            # "U.S. and Pakistani authorities" with both hung on the noun, the "and" on the second
            group += [m for m in modifiers if m is not kid and abs(m.i - kid.i) == 2 and m not in group
                      and (cc := self.by_i.get(max(m.i, kid.i) - 1)) is not None and cc.text.lower() in ("and", "or")]
            if len(group) < 2:
                continue
            for mod in group:
                mention = self.mention_of(mod)
                if mention is None or id(mention) in seen or not resolved(mention) or is_generic(mention) \
                        or self.names_no_party(mod, head):
                    continue
                seen.add(id(mention))
                roles.append(Role(mention, mod, f"{path}+conj (coordinated modifier of '{head.text}')"))
        return roles

    def place_of_event_noun(self, kid: Token, noun: Token) -> bool:
        """Whether a compound of an event noun is the name of the place it happened in, a city or
        a region ("the 1956 Sinai campaign", "the Mosul offensive"): where, not who. A country's
        own name stays a possible actor ("the U.S. offensive")."""
        mention = self.mention_of(kid)
        return (noun.lemma.lower() in bundled_noun_lemmas() and mention is not None and mention.kind == "location"
                and mention.resolution is not None and mention.resolution.rule.startswith(("gazetteer", "capital")))

    def _place_describes_other(self, appos: Token, head: Token) -> bool:
        """Whether an apposition is a place while its head is none: the parser hung a place's
        description on the wrong noun ("Hundreds of students in Mossul, the northern city where
        ...", "city" on "Hundreds"), so the place does not stand for the head."""
        from .roles import PLACE_NOUNS  # (roles reads this module)

        mention, own = self.mention_of(appos), self.mention_of(head)
        if mention is None or mention.kind != "location" or head.lemma.lower() in PLACE_NOUNS:
            return False  # "captured the capital Brazzaville": the capital is the place
        return own is None or own.kind != "location"

    def _one_phrase(self, tok: Token, path: str, depth: int, *, skip_head: bool = False) -> list[Role]:
        mention = None if skip_head else self.mention_of(tok)
        if mention is not None and resolved(mention) and not is_generic(mention):
            return [Role(mention, tok, path or "head")]
        if depth >= 2:
            return [Role(mention, tok, path or "head")] if mention is not None and resolved(mention) else []
        possessor: list[Role] = []  # "its European Community partners": the name, not "its"
        for dep in _PHRASE_ACTOR_DEPS:
            for kid in self.children(tok, dep):
                if possessive_pronoun(kid):
                    possessor = possessor or self._one_phrase(kid, f"{path}>{ud(kid)}", depth + 1)
                    continue
                if ud(kid) == "nmod" or (base(kid) == "nmod" and dep == "nmod"):
                    cases = self.child_lemmas(kid, "case")
                    if not cases & {"of", "by", "from"}:
                        continue
                    if "of" in cases and tok.lemma.lower() in CUSTODY_END_NOUNS:
                        continue  # "the release of 30 Palestinian prisoners": those freed, not who frees
                if base(kid) in ("conj", "cc") or self.names_no_party(kid, tok):
                    continue
                if base(kid) == "appos" and self._place_describes_other(kid, tok):
                    continue
                if base(kid) == "compound" and self.place_of_event_noun(kid, tok):
                    continue
                # a common noun inside a compound ("U.N. weapons inspectors", parsed either way)
                # is the same noun phrase, not a step further away
                step = 0 if base(kid) == "compound" and kid.pos == "NOUN" else 1
                found = self._one_phrase(kid, f"{path}>{ud(kid)}", depth + step)
                if found:
                    return found
        for prep, obj in self.prep_objects(tok):  # ClearNLP "of"/"by" phrases
            if prep in ("of", "by") and ud(obj) == "pobj":
                found = self._one_phrase(obj, f"{path}>{prep}", depth + 1)
                if found:
                    return found
        if mention is not None and resolved(mention):  # a generic noun ("forces") with no named modifier
            return [Role(mention, tok, path or "head")]
        if possessor:  # a resolved possessive pronoun, the only referent ("stormed his residence")
            return possessor
        if depth == 0 and tok.pos in NOMINAL_POS:
            return self._premodifier_actor(tok, path)
        return []

    def names_no_party(self, modifier: Token, noun: Token) -> bool:
        """A modifier that names no one the phrase stands for: one opposed to it ("an anti-Syria
        journalist", "anti-American protesters") and a city or region that names an accord,
        meeting or process after where it was made ("the Paris climate agreement", "the Minsk
        accords", "the Geneva talks"; a country stays a party: "the Iran nuclear deal"), and the
        country of a civil war, which is fought in it by no one side ("the Syrian civil war"), and
        a destination ("a Madrid-bound Boeing 727"), a backer ("the US-backed Northern Alliance"), the
        owner of what an attack struck ("the Iraqi army checkpoint attack"),
        and a city that says where a thing is whose
        owner an "of" phrase names ("the Baghdad headquarters of the US-led coalition")."""
        before = [self.by_i.get(modifier.i - k) for k in (1, 2)]
        if before[0] is not None and before[1] is not None and before[0].text == "-" \
                and before[1].lemma.lower() in OPPOSING_PREFIXES:
            return True
        if modifier.text.lower().split("-")[0] in OPPOSING_PREFIXES and "-" in modifier.text:
            return True
        after = [self.by_i.get(modifier.i + k) for k in (1, 2)]
        if (after[0] is not None and after[1] is not None and after[0].text == "-" and after[1].text.lower() == "bound") \
                or modifier.text.lower().endswith("-bound"):
            return True  # "a Madrid-bound Boeing 727": where it was going, not whose
        if (after[0] is not None and after[1] is not None and after[0].text == "-"
                and after[1].text.lower() in BACKING_PARTICIPLES) \
                or modifier.text.lower().rpartition("-")[2] in BACKING_PARTICIPLES:
            return True  # "the US-backed Northern Alliance": its backer, not the force
        if victim_of_agent_noun(self, modifier, noun):  # "Darayya's attackers": the victim
            return True
        if noun.lemma.lower() in bundled_noun_lemmas("ASSAULT") and any(
                t.lemma.lower() in STRUCK_PLACE_NOUNS for t in self.sent.tokens if modifier.i < t.i < noun.i):
            return True  # "The Iraqi army checkpoint attack": whose the checkpoint struck was
        if base(modifier) in ("amod", "compound") and any(k.lemma.lower() == "civil" for k in self.children(noun, "amod")):
            return True  # "the Syrian civil war", "the Libyan civil conflict": where it is fought, not a side
        mention = self.mention_of(modifier)
        if base(modifier) == "compound" and noun.pos == "NOUN" and mention is not None and below_country(mention) \
                and any("of" in self.child_lemmas(kid, "case") for kid in self.children(noun, "nmod")):
            return True  # "the Baghdad headquarters of the US-led coalition": where it is; "of" says whose
        return (base(modifier) == "compound" and noun.pos == "NOUN" and noun.lemma.lower() in PLACE_NAMED_NOUNS
                and mention is not None and below_country(mention))

    def _premodifier_actor(self, tok: Token, path: str) -> list[Role]:
        """A resolved nationality, place or organisation among the words before a noun phrase's
        head and inside it ("British Defence Secretary Tom King", "Pakistan President Zia"):
        the title's holder acts for that country. A noun with a subject or a copula of its own heads
        a clause ("as Israeli police were on high alert"), whose words before it are no modifiers."""
        if self.children(tok, "nsubj", "nsubj:pass", "cop"):
            return []
        inside = self._subtree_ids(tok)
        for i in range(tok.i - 1, min(inside) - 1, -1):
            kid = self.by_i.get(i)
            if kid is None or i not in inside or base(kid) in ("acl", "conj", "cc", "punct", "appos"):
                continue
            mention = self.mention_of(kid)
            if mention is not None and resolved(mention) and mention.kind in _PREMODIFIER_KINDS \
                    and not self.names_no_party(kid, tok) and not self.place_of_event_noun(kid, tok):
                return [Role(mention, kid, f"{path}>premodifier")]
        return []

    def _subtree_ids(self, tok: Token) -> set[int]:
        out, todo = set(), [tok]
        while todo:
            cur = todo.pop()
            if cur.i in out:
                continue
            out.add(cur.i)
            # a title's descriptor and its possessor stay inside ("Lebanon's new President Elias Hrawi")
            todo.extend(k for k in self.children(cur)
                        if base(k) not in ("acl", "conj", "appos", "nmod", "cc") or ud(k) in ("nmod:desc", "nmod:poss"))
        return out

    def modifier_actors(self, tok: Token, *, path: str = "") -> list[Role]:
        """Actors named by the modifiers of ``tok`` but not ``tok`` itself ("Haftar's forces",
        "its Damascus embassy"): used when the noun is part of the predicate ("open an embassy")."""
        roles: list[Role] = []
        for head in self.conjuncts(tok):
            roles.extend(self._one_phrase(head, path, 0, skip_head=True))
        return roles

    # -- roles of a verb ----------------------------------------------------------------------
    def _misplaced_agents(self, verb: Token) -> list[Token]:
        """The "by" phrase of a passive that the parser hung on the noun of a phrase after the verb
        ("were shot and wounded in a parking lot by masked gunmen", "were captured with 10 others
        by separatist rebels"): an actor there (a name or a group, never a place: "a village by
        the river") is the verb's agent. Not on a noun of an event, whose own agent it is ("killed
        during an ambush by FARC", read by .fallbacks.attack_phrase_agent)."""
        events = bundled_noun_lemmas()
        for phrase in self.children(verb, "obl"):
            if phrase.i < verb.i or phrase.pos != "NOUN" or self.mention_of(phrase) is not None \
                    or phrase.lemma.lower() in events or phrase.text.lower() in events:
                continue
            agents = [o for p, o in self.prep_objects(phrase) if p == "by" and o.pos in ("NOUN", "PROPN")]
            agents = [o for o in agents if (m := self.mention_of(o)) is not None and m.actor is not None
                      and m.kind != "location" and (m.actor.code or m.actor.sector)]
            if agents:
                return agents
        return []

    def _phrase_of(self, noun: Token, verb: Token) -> bool:
        """Whether ``noun`` lies in a prepositional phrase of ``verb`` (its oblique, or a phrase
        inside one: "marched towards the presidential palace in Manila")."""
        cur = noun
        for _ in range(6):
            head = self.head(cur)
            if head is None or base(cur) not in ("obl", "nmod"):
                return False
            if head is verb:
                return base(cur) == "obl"
            cur = head
        return False

    def subject_tokens(self, verb: Token, *, _seen: frozenset[int] = frozenset()) -> tuple[list[Token], str]:
        """Tokens naming who does ``verb``, and how they were found."""
        if verb.i in _seen:
            return [], ""
        seen = _seen | {verb.i}
        if self.is_passive(verb):
            agents = [obj for prep, obj in self.prep_objects(verb) if prep == "by"]
            if agents:
                return agents, "passive agent (by)"
            # "was shot dead by American forces": the agent hung on the adjective completing the verb
            agents = [obj for adj in result_adjectives(self, verb) for prep, obj in self.prep_objects(adj) if prep == "by"]
            if agents:
                return agents, "passive agent (by) of the completing adjective"
            agents = self._misplaced_agents(verb)
            if agents:
                return agents, "passive agent (by) hung on the phrase before it"
            # "was shot and killed by Israeli soldiers": the agent of the participle joined to it
            agents = [o for k in self.children(verb, "conj") if k.tag == "VBN" and self.is_passive(k)
                      and not self.children(k, "nsubj", "nsubj:pass", "aux", "aux:pass")
                      for p, o in self.prep_objects(k) if p == "by"]
            if agents:
                return agents, "passive agent (by) of the participle joined to it"
            return self._causative_subject(verb, seen)
        subjects = self.children(verb, "nsubj", "csubj")
        subjects = [s for s in subjects if ud(s) not in ("nsubj:pass", "csubj:pass")] or self.children(
            verb, "nsubj:pass")  # not passive (see is_passive): the parser's nsubj:pass is the subject
        if not subjects:  # "Syria has again offered": the subject hung on the auxiliary
            subjects = [s for aux in self.children(verb, "aux") for s in self.children(aux, "nsubj")]
        if subjects:
            subj = subjects[0]
            if ud(subj) == "csubj" and subj.tag == "VBG" and self.children(subj, "nsubj"):
                # "The Red Cross operating in Iraq said": a reduced relative the parser read as a clause
                return self.children(subj, "nsubj")[:1], "subject of a participle read as a clausal subject (parse repair)"
            head = self.head(verb)
            if subj.lemma.lower() in RELATIVE_PRONOUNS and head is not None and base(verb) == "acl":
                return [self.relative_antecedent(head, subj)], "relative clause antecedent"
            return [subj], "nsubj"
        head = self.head(verb)
        agents = [o for p, o in self.prep_objects(verb) if p == "by"] \
            if verb.tag == "VBG" and self.children(verb, "mark", "case") else []
        if agents:
            # "protested against destroying two Ivorian jets by French force": a gerund with a
            # "by" phrase is a nominal act whose agent that phrase names; not a bare participle
            # ("demonstrated ..., protesting the arrest by Russian troops of a student": the
            # phrase is the arrest's, the participle's subject the clause's)
            return agents[:1], "'by' agent of the gerund"
        if head is None:
            return [], ""
        dep = ud(verb)
        if dep == "conj":
            toks, how = self.subject_tokens(head, _seen=seen)
            if self.is_passive(head) and not self.is_passive(verb):
                patients = self.children(head, "nsubj:pass")
                return patients, "subject shared with passive conjunct"
            return toks, f"shared subject ({how})" if toks else ""
        previous = self.by_i.get(verb.i - 1)
        if verb.tag == "VBG" and previous is not None and previous.pos in ("NOUN", "PROPN") and dep != "xcomp" \
                and not self.child_lemmas(previous, "case") & _TARGET_CASES \
                and not (dep == "advcl" and self.child_lemmas(previous, "case") & _WHERE_CASES
                         and self._phrase_of(previous, head)):
            # not the target of the act before it ("opened gunfire on a police party killing an
            # assistant sub-inspector": the participle tells what the gunfire did, not the party),
            # nor a phrase of the verb the participle hangs on too ("marched towards the
            # presidential palace demanding ...": the marchers demand)
            return [previous], "noun before the participle (reduced relative)"
        if prevented_act(self, verb):  # "prevent Iraqi troops from launching attacks": the object acts
            objects = self.children(head, "obj", "iobj") or (self.children(head, "nsubj:pass")
                                                             if self.is_passive(head) else [])
            if objects:
                return objects, f"object of the prevention verb '{head.text}' (from + gerund)"
        if dep == "xcomp" or (dep in ("advcl", "parataxis") and verb.tag in ("VB", "VBG")):
            if dep == "xcomp":
                objects = self.children(head, "obj", "iobj")
                if objects:
                    return objects, "object control (xcomp)"
                patients = self.children(head, "nsubj:pass")
                if patients and self.is_passive(head) and not any(p == "by" for p, _ in self.prep_objects(head)):
                    # "he is prepared to lift the ban", "X was asked to leave": the passive subject acts
                    return patients, "passive subject control (xcomp)"
            if dep == "advcl" and verb.tag == "VBG" and "for" in self.child_lemmas(verb, "mark", "case") \
                    and self.is_passive(head):
                # "was captured ... for allegedly fighting with the Taliban", "arrested for
                # protesting": what the one acted upon did, the reason given, not the captor's act
                patients = self.children(head, "nsubj:pass")
                return patients, "passive subject of the verb the reason is given for" if patients else ""
            toks, how = self.subject_tokens(head, _seen=seen)
            return toks, f"controller subject ({how})" if toks else ""
        if base(verb) == "acl" and dep != "acl:relcl" and _finite_verb(self, verb) and not _in_counted_object(self, head):
            # a finite verb the parser hung on its subject ("Albania on Friday denounced ...",
            # "Russian aircraft including helicopter gunships killed ..."): the noun it modifies,
            # or the noun at the root of the sentence, is the subject; not a noun counted in another
            # verb's object ("bringing to 158 the number of U.N. peacekeepers killed": a participle)
            root = self.by_i.get(next((t.i for t in self.sent.tokens if t.head == t.i), head.i))
            if root is not None and root.pos in ("NOUN", "PROPN") and root.i < verb.i and not self.children(root, "conj"):
                return [root], "sentence-root noun before a finite verb (parse repair)"
            if not self.children(head, "conj"):
                return [head], "noun before a finite verb (parse repair)"
            return [], ""
        if base(verb) == "acl" or dep == "amod":
            if verb.tag == "VBG" and not self.child_lemmas(head, "case") & _TARGET_CASES and (
                    self.in_mention(head) or head.pos == "PROPN"
                    or any(p in ("by", "from") for p, _ in self.prep_objects(head))):
                # an agent ("troops patrolling"), or an act of one ("an application by the UN,
                # requesting"), never a thing ("under Israeli control, killing one")
                return [head], "modified noun (active participle)"
            if verb.tag == "VBN":
                return self._causative_subject(verb, seen)
        return [], ""

    def relative_antecedent(self, head: Token, pronoun: Token) -> Token:
        """The noun a relative pronoun stands for: the parser's antecedent, unless that names
        no actor and an actor noun inside its phrase ends right before the pronoun ("the
        occupation of Cyprus' northern areas by Turkish troops, which invaded": the troops)."""
        mention = self.mention_of(head)
        if mention is not None and resolved(mention):
            return head
        for i in range(pronoun.i - 1, head.i, -1):
            tok = self.by_i.get(i)
            if tok is None or tok.pos == "PUNCT":
                continue
            near = self.mention_of(tok)
            inside = head in self._ancestors(tok)
            return tok if near is not None and resolved(near) and inside and tok.pos in ("NOUN", "PROPN") else head
        return head

    def _ancestors(self, tok: Token) -> list[Token]:
        out: list[Token] = []
        cur = self.head(tok)
        while cur is not None and len(out) < len(self.sent.tokens):
            out.append(cur)
            cur = self.head(cur)
        return out

    def _causative_subject(self, verb: Token, seen: frozenset[int]) -> tuple[list[Token], str]:
        """"Wagner Group has 1,200 people deployed in Libya": a past participle modifying the
        object of "have"/"keep" is done by that verb's subject."""
        noun = self.head(verb)
        owner = self.head(noun) if noun is not None else None
        if (base(verb) == "acl" and noun is not None and owner is not None and ud(noun) == "obj"
                and owner.lemma.lower() in CAUSATIVE_HAVE):
            toks, how = self.subject_tokens(owner, _seen=seen)
            return (toks, f"subject of '{owner.text}' (causative, {how})") if toks else ([], "")
        return [], ""

    def object_tokens(self, verb: Token) -> tuple[list[Token], str]:
        """Tokens naming whom ``verb`` is done to (direct/indirect object or passive subject)."""
        if self.is_passive(verb):
            patients = self.children(verb, "nsubj:pass")
            if patients:
                return patients, "nsubj:pass"
            head = self.head(verb)
            if head is not None and (base(verb) == "acl" or ud(verb) == "amod"):
                return [head], "modified noun (passive participle)"
            if head is not None and ud(verb) == "conj" and self.is_passive(head):
                return self.children(head, "nsubj:pass"), "passive subject shared with conjunct"
            return [], ""
        objects = self.children(verb, "obj", "iobj")
        if objects:
            return objects, "obj"
        # "Gunmen shot dead a police officer": the parser hangs the object on the completing adjective
        objects = [o for adj in result_adjectives(self, verb) for o in self.children(adj, "obj")]
        if objects:
            return objects, "obj of the completing adjective"
        # "Masked gunmen shot and killed a journalist": the object of a verb joined after it, with
        # no subject of its own, is the object of both
        for conj in self.children(verb, "conj"):
            if conj.pos == "VERB" and conj.i > verb.i and not self.children(conj, "nsubj", "csubj", "aux", "mark") \
                    and self.child_lemmas(conj, "cc") & {"and", "or"} and not self.is_passive(conj):
                objects = self.children(conj, "obj")
                if objects:
                    return objects, "obj shared with the coordinated verb"
        head = self.head(verb)
        if head is not None and ud(verb) == "amod" and verb.i < head.i and self.children(verb, "nsubj"):
            # "The US on Thursday rejected|calls by Kofi Annan": a verb with its own subject read as
            # a modifier of the noun after it; that noun is its object
            return [head], "noun after a verb read as its modifier (parse repair)"
        return [], ""


_CLAUSE_BREAKS = frozenset({"VERB", "AUX", "SCONJ", "PUNCT", "CCONJ", "PRON"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _in_counted_object(graph: SentenceGraph, noun: Token) -> bool:
    """Whether ``noun`` is in the "of" phrase of another verb's object ("bringing to 158 the number
    of U.N. peacekeepers killed"), where a past form after it is a participle on it, not its verb;
    not the subject's ("a large number of FSA and rebel fighters ... attacked")."""
    owner = graph.head(noun)
    return ("of" in graph.child_lemmas(noun, "case") and owner is not None
            and base(owner) in ("obj", "iobj") and owner.pos == "NOUN")


def name_before_verb(graph: SentenceGraph, verb: Token, *, reach: int = 8) -> list[Role]:
    """Parse repair for a finite active verb the parser left without a subject ("Pakistan
    President Zia today rejected ...", where the name hangs on "today"): the nearest named actor
    on its left within the same clause (no verb, punctuation, conjunction, pronoun or
    prepositional phrase of a common noun, save dates, between). Not for a past form hung on the
    noun before it (a reduced relative the parse repairs left as it is)."""
    if graph.is_passive(verb) or not (verb.tag in FINITE_TAGS or graph.children(verb, "aux")):
        return []
    head = graph.head(verb)
    before = graph.by_i.get(verb.i - 1)
    if head is not None and before is not None and before.pos in ("NOUN", "PROPN") and (
            base(verb) == "acl" and before is head
            or base(verb) in ("xcomp", "advcl") and before in graph.children(head, "obj")):
        return []  # "release a senior Yemeni preacher arrested in Germany": its noun is the one arrested
    for i in range(verb.i - 1, max(verb.i - reach, graph.sent.tokens[0].i) - 1, -1):
        tok = graph.by_i.get(i)
        if tok is None or tok.pos in _CLAUSE_BREAKS:
            return []
        mention = graph.mention_of(tok)
        if mention is not None and resolved(mention):
            head = graph.head(tok)
            if graph.children(tok, "case") or (tok.dep == "compound" and head is not None and graph.children(head, "case")):
                return []  # "after floods in Sindh province killed": a prepositional object is no subject
            return [Role(mention, tok, "named actor left of the verb (parse repair: no subject)")]
        if mention is None and tok.pos == "NOUN" and tok.ent_type not in ("DATE", "TIME") \
                and graph.children(tok, "case"):
            return []  # "after floods in Sindh province killed ...": a prepositional phrase between
    return []
