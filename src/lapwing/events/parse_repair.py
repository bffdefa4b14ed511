"""Repairs of a few parse errors the small news parser makes often, before roles are read.

Each repair looks for one pattern of a wrong parse, checks guards that a right parse does not
meet, and re-hangs tokens (head, label; for a verb read as a modifier, its tag) so that the
trigger finder and the role finder see the sentence's real predicate and arguments. Every
repair is recorded (:class:`Repair`) and named in the roles' provenance. The repairs:

* ``verb-read-as-modifier``: a finite verb hung as an adjective on the noun after it, with its
  subject or a time phrase on its left ("Russian President Boris Yeltsin on Saturday hosted
  Japanese Prime Minister ...", "officials have shared evidence", "Judge X opened fraud
  investigations"), or with the noun read as the root of a verbless clause with a subject
  ("Israel and Lebanon renewed negotiations"), or with a name and its determiner before it in a
  sentence with no other verb ("The EU threatened sanctions against Iran"): the verb heads its
  clause, the noun is its object, the name before it its subject.
* ``object-after-date``: a noun phrase hung on a date right after the verb ("lifted Friday a
  day-old blockade"): the verb's object.
* ``phrase-on-date``: a prepositional phrase hung on a date or time word that is itself an
  adverbial of the verb ("defended Iraq on Friday against Western criticism", "was captured last
  month in Thailand", an "in" or "at" phrase only on a name; "on September 7 in Sadr City", on
  the day's number that heads the date): the verb's. Also
  any phrase but an "of" one hung on "later", "earlier" or "ago" after a measure of time ("was
  captured eight months later in Venezuela"): where the act happened, not when.
* ``agent-on-adverb``: a "by" phrase hung on a time adverb of a passive verb ("was shot dead two
  days earlier by a Jewish settler", the phrase on "earlier"), or read as its verbless conjunct
  ("were shot and killed ..., allegedly by four police officers"): the verb's agent.
* ``out-of-on-object``: an "out of" phrase hung on the verb's object, as a modifier or as an
  apposition ("forced the agency out of the country"): the verb's (it says where the object was
  moved from), "out" its particle.
* ``out-of-on-verb``: the same phrase hung on the verb, after its object (a right attachment
  that a parser trained with word vectors makes): "out" is still the verb's particle.
* ``adverb-particle``: a directional adverb heading the verb's prepositional phrase ("walked
  away from the talks"): a particle of the verb, the phrase the verb's.
* ``listed-name-as-apposition``: a name read as an apposition of the first name of a list
  that goes on with "and" ("Mordor, Rohan, Fornost and Bree"): a conjunct.
* ``verb-read-as-noun``: a past verb form tagged as a noun right after a plural noun or a name,
  followed by the resultative "dead" or "to death", by "and" and another past verb, or by a
  determiner, a number or a name ("Gunmen shot dead an off-duty police officer", "Unidentified
  gunmen shot to death a civilian", "troops shot and killed a boy", "The gunmen shot Luis Carlos
  da Silva"); after a singular noun, only by "dead", "to death" or "and" and a past verb ("a
  Palestinian gunman shot dead ..."): the verb heads its clause, the noun before it its subject,
  the noun phrase after it its object. A plural subject tagged as the verb's adjective ("Gunmen
  shot and killed two men") is made a noun.
* ``passive-by-form``: a past participle whose nearest auxiliary is a form of "be" or "get" the
  parser labelled ``aux`` or ``cop`` ("129 REBELS HAVE BEEN ARRESTED" in all-capitals copy, where
  "BEEN" is left unlemmatised), a passive auxiliary whose verb's subject is labelled active ("A
  U.N. worker from Poland, ..., was shot") or is the name opening the sentence, hung on it as an
  adverb ("Barbot, who worked as a technician ..., was shot dead"), or a participle with a subject and no auxiliary in the small clause
  of a verb of witnessing ("the fighting saw 120 soldiers killed"): the verb is passive, its
  subject the one acted upon (``aux:pass``, ``nsubj:pass``).
* ``finite-verb-on-subject``: a finite verb hung as a clause on the noun before it while the
  noun phrase after it is the root ("Swiss doctors handed over 700 kg of medicine ..."), or
  while that noun is itself the root: the verb is the root, the noun before it its subject, the
  root noun its object; or while a participle after it is the root ("around 30 people
  demonstrated in front of the US forces' headquarters ..., chanting the slogan ..."): the verb
  is the root, the participle its clause. A root noun phrase after a comma describes the clause
  ("25,000 opposition supporters demonstrated in the Togolese capital Lome ..., the biggest such
  march since he was installed"): an apposition, not the object; and the finite verb of a
  subordinate clause ("since he was installed") does not make the first a reduced relative.
* ``verb-on-subject-under-another-root``: a past verb with no subject hung as a clause on the
  noun right before it, while that noun hangs on a root that cannot be the sentence's predicate:
  a word that is no verb, the noun its subject ("A booby-trapped truck detonated at the outdoor
  market ..., 90 km east of Tikrit", "east" the root), or a subordinate clause's verb, the noun an
  oblique with no preposition ("As Blair spoke at the Labour conference ..., more than 350 people
  demonstrated outside the US embassy"): the verb is the root and the noun its subject; a
  subordinate clause is an adverbial clause of it, and a verbless root a modifier.
* ``clause-after-preposition``: a clause after "after", "before", "since", "until" or "as" read as
  that preposition's noun phrase, its verb hung far off as a conjunct with no conjunction ("...,
  which remained closed for a fifth day after 10 shots hit a U.S. plane", "shots" the object of
  "after" and "hit" a conjunct of "shot" at the sentence's start): the noun is the verb's subject,
  the preposition its subordinator, and the clause an adverbial clause of the verb the phrase was in.
* ``subordinate-clause-read-as-root``: the verb of a clause after "after", "before", "since",
  "until" or "as" read as the sentence's root, with the sentence's subject as a second subject
  of it and the main verb hung on that subject as a modifier ("Thai troops, supported by
  helicopter gunships, clashed with ethnic-Wa guerrillas ... after two of the fighters were
  captured inside Thailand", "captured" the root with "troops" and "two" its subjects): the
  past verb is the root and the first noun its subject, the clause an adverbial clause of it and
  the preposition its subordinator.
* ``gerund-beside-finite-verb``: a gerund with a subject and no auxiliary read as a clause's verb,
  and the past verb right after its phrase hung beside it with no subject ("... when Rwandan
  troops trying to close the camp opened fire on refugees", "trying" and "opened" both clauses of
  "shot"): the gerund is a modifier of the noun, the noun the past verb's subject, and the
  gerund's subordinator the past verb's.
* ``hyphened-preposition``: a preposition joined by a hyphen to the word before it, read as the
  preposition of the noun after it ("killed in a drive-by shooting", "by" the case of
  "shooting"): part of a compound word, no phrase of its own (so no "by" agent).
* ``verb-read-as-noun-before-phrase``: a past verb form tagged as a noun right after a plural
  noun or a name hung on it as a modifier, with an "at" or "on" phrase of its own ("Palestinian
  militiamen shot at homes in a Jewish neighborhood", "shot" the root noun): the verb, the noun
  before it its subject (no object: what was shot at is the phrase).
* ``hyphened-participle``: a participle joined by a hyphen to the noun before it, read as a verb
  whose object is the noun after it ("Thousands of rock-throwing Palestinian rioters clashed",
  "throwing" a clause with the object "rioters"): one adjective of that noun, which takes the
  participle's place in the sentence (and the preposition the parser gave the participle).
* ``finite-verb-after-participle-phrase``: in a sentence read as one noun phrase ("A car bomb
  targeting a U.S. convoy exploded in Mosul", "bomb" the root), a past verb hung as a clause on
  the object of a participle that modifies the root noun: the verb is the root, the root noun its
  subject. Only when the sentence has no other finite verb.
* ``object-read-as-reporter``: the object of a clause read as the subject of a sentence-final
  reporting clause (", Portuguese President Mario Soares said"; "The Palestinians reject
  proposed Israeli changes to the deal, chief negotiator Saeb Erakat said" with "changes" as the
  subject of "said"): the noun is the clause's object, the name between the last comma and the
  reporting verb its subject, and what else the reporting verb took from the clause before the
  comma goes back to the clause's verb.
* ``quantity-read-as-preposition``: "up to" before a number read as the preposition of an
  oblique ("will allow up to 13,000 refugees to return", "refugees" an oblique of "allow"), or
  "up" read as the verb's particle and "to" as the preposition ("captured up to 800,000
  Chinese"): the noun is the verb's object and "up to" modifies the number.
* ``as-many-as``: "as many as" before a number read as an adverb and a preposition ("captured
  as many as one million Chinese", "Chinese" an oblique of "many"): the noun is the verb's object
  and "as many as" modifies the number.
* ``subject-read-as-compound``: the subject of a verb read as a compound of it ("demanded that
  the US cancel plans", "the" and "US" both hung on "cancel"), where the verb has a subordinator
  or an object, so it is no noun: the noun is the verb's subject and the words before it its own.
* ``subject-with-preposition``: a noun with its own preposition read as the subject of the
  past participle after it ("opened its borders to most West Africans ordered out of Nigeria",
  "Africans" the subject of "ordered"): no subject takes a preposition, so the noun is an
  oblique of the verb before it and the participle a reduced relative on the noun; a clause
  with its own auxiliary that the parser joined to the participle ("..., but was still
  refusing ...") is joined to that verb. Not when the preposition can begin a clause and the
  verb has an object ("were killed after a Russian airstrike hit a school": a clause, since a
  reduced relative on a noun takes no object).
* ``finite-verb-in-subject-phrase``: the only finite verb of a sentence, with an object of its
  own, hung as a clause on a noun inside the noun phrase the parser made the root ("A minefield
  explosion near the town of Samarra killed two Iraqi youths", "killed" a clause of "town"), or
  as a modifier of the noun right after it ("About 200 supporters of Ahmed Ben Bella blocked
  roads", "blocked" a modifier of "roads"): the verb is the root, the root noun its subject (and
  the noun after a modifier its object). A verb of people gathering ("Dozens of Nineveh residents
  demonstrated in Baghdad") needs no object, even tagged as a participle: it is never passive.
  A finite verb in a relative clause with its own subject ("to protest a parliamentary election
  which was marred by ballot-rigging") is its noun's, no rival for the sentence's verb.
  When the root is itself a prepositional phrase ("In Marseille, ..., around 1,600 people
  demonstrated"), the noun the verb hung on is the subject and the root phrase its oblique.
* ``outcome-on-relative-clause``: a participle clause after a comma ("..., killing one and
  injuring two soldiers") hung on a copular relative clause ("the Shebaa Farms, that is still
  under Israeli control"), which describes and does nothing: it tells the outcome of the verb
  the relative clause hangs under ("detonated two road bombs ..."), and hangs on it. So too a
  participle of harm hung on a clause of going by ("was detonated ... as a UN road convoy was
  passing, killing an Afghan driver"): the convoy went by; the blast killed.
* ``noun-read-as-verb``: a base-form verb right after a determiner and the nouns it leads, with
  no subject, hung on a verb without an object ("rejected a US offer to host a summit"): a noun,
  the verb's object.
* ``noun-in-list-read-as-verb``: a base-form verb hung as a conjunct on a past verb, right after
  a comma that ends that verb's object, with no subject, auxiliary or conjunction of its own and
  its object the noun right after it ("The gunmen captured the U.N. employees, aid workers, West
  African ... soldiers and journalists", "aid" a verb with "workers" its object): the two words
  are a noun compound in the list of objects, a conjunct of the first object. A verb joined to a
  past verb takes its tense ("captured the men, freed them"); a base form there is no verb.
* ``verb-after-relative-clause``: the finite verb of a sentence whose subject carries a relative
  clause between commas ("Damascus, which has refused to make peace with Israel ..., strongly
  criticised the accords and accused Jordan ...") hung as a parenthesis on that noun, made the
  root: the verb is the root and the noun its subject (its conjuncts share it). Also such a verb
  hung as a conjunct of the relative clause's verb right after the comma that closes the clause,
  with no "and" ("The militants, who are suspected to belong to ..., detonated an explosive
  device"), and such a noun read as a second subject of a sentence-final reporting clause (",
  the Press Trust of India quoted a local railway spokesman as saying"): the verb is what that
  clause reports, the noun its subject. Only a verb with no subject or subordinator of its own,
  right of a relative clause on the noun.
* ``date-read-as-subject``: a day or time word right before a finite verb read as its subject
  while the noun phrase before it, with no preposition of its own, hangs on the verb as an
  oblique ("Around 800 Nicaraguan agricultural workers, who suffered damage ..., Tuesday
  protested outside the U.S. Embassy", wire copy's place for the day): the noun is the subject,
  the time word an oblique of time. Also a fronted time phrase read as a second subject of a
  verb that has another ("Last November, an 18-year-old man fatally shot eight people", both
  "November" and "man" subjects of "shot"): no verb has two, so the time word is its oblique.
* ``date-read-as-root``: a sentence-opening time phrase (a time word, or a phrase its preposition
  opens) with no comma after it read as the root, its subject hung on it as an apposition or a
  bare noun modifier and its finite verb as a conjunct or clause ("Last Friday about 3,000
  people, mostly Islamists, marched peacefully in ...", "On New Year's Eve a massive car bomb
  destroyed an upscale Baghdad restaurant"): the verb is the root, the first
  noun after the time word its subject (what was listed with that noun, its appositions), the
  time word an oblique of time, and what followed the verb the verb's. Only a verb with no
  subject of its own.
* ``clause-read-as-phrase``: the same mistake as ``clause-after-preposition`` (one repair reads
  both) with the clause's finite verb, with no subject, left on the main verb the phrase hangs on
  ("were killed in three suicide bombings Sunday as the United States and Britain weighed up plans
  to ... cut their troop presence in the country"): the noun is the verb's subject, the word its
  subordinator. Only a phrase that ends right before the verb, its noun no time word.
* ``object-read-as-complement``: a noun with a determiner right after a verb that has no object,
  hung on it as a predicative complement ("the military blamed the killing on Tamil Tiger
  rebels", "killing" an xcomp): the verb's object, so the phrases on it are read as the object's.
  Not after a linking verb ("became a member", "remained a threat"), nor with a subject, copula
  or subordinator of its own.
* ``participle-joined-to-gerund``: a past participle joined by "and" to a gerund clause of a
  passive verb ("The sailors were captured ... for allegedly entering Iranian waters and released
  Wednesday", "released" a conjunct of "entering"): a gerund takes no past participle as its
  conjunct, so the participle is the passive verb's conjunct and shares its passive subject.
  Only a participle (VBN) with no subject, auxiliary or object of its own, joined to a bare
  gerund (no subject or auxiliary: not "where the group is fighting ... and backed by").
* ``gerund-read-as-main-verb``: a gerund that modifies the subject read as the sentence's verb,
  its object as the subject of the passive after it ("a Palestinian man riding a motorcycle was
  shot and killed", "riding" the root with "man" its subject and "motorcycle" the passive
  subject of "shot"): a gerund with no auxiliary cannot be a finite verb, so the passive is the
  sentence's verb, the noun before the gerund its subject, the gerund a modifier of that noun
  and the noun after it the gerund's object. Only when nothing but that noun's phrase and the
  passive's auxiliaries stands between the gerund and the passive, and the passive has no
  subordinator ("saying that he was shot").
* ``possessive-read-as-auxiliary``: a possessive "'s" hung on the verb as its auxiliary, the
  noun after it as the verb's compound ("Israel's artillery shelled ... around Iglim
  Al-Toffah", read as "Israel is artillery-shelled"): the noun is the verb's subject, the name
  before "'s" its possessor. Only when the noun stands right before the verb.
* ``participle-between-subject-and-verb``: a past participle set off by commas between a noun
  and the verb ("A former Prijedor police chief, also accused of genocide, was shot dead") read as
  a clause whose subject is the noun, the verb left with none: the noun is the verb's subject, the
  participle a modifier of it. Only when the participle has no auxiliary of its own and the verb
  no subject.
* ``agent-participle-read-as-verb``: a past participle with a "by" agent right after its noun,
  read as the clause's verb with the noun its active subject, while the finite verb after the
  agent hangs on it as a clause with no subject of its own ("Hundreds of Palestinians joined by
  Israeli and foreign activists demonstrated near ...", "joined" the root and "demonstrated" its
  clause): a verb with a "by" agent and no auxiliary is a reduced relative, so the later verb heads
  the clause (in the participle's place), the noun its subject, the participle a modifier of it.
* ``verb-after-placed-participle``: a past participle of placing right after its noun, with a
  phrase of where, read as the clause's verb, while the finite verb right after that phrase hangs
  on the phrase's noun with no subject of its own ("when a bomb hidden on the road exploded and
  flipped their truck over", "hidden" the clause and "exploded" a modifier of "road"): the
  participle is a reduced relative, so the finite verb heads the clause in its place, the noun
  its subject, the participle a modifier of the noun.
* ``participle-on-complement``: a past participle hung on the predicative adjective of a passive
  verb before it ("were captured alive, imprisoned by China for two decades and released", both
  participles on "alive"): a conjunct of that verb, sharing its subject (the one captured is the
  one imprisoned, not its actor).
* ``free-relative-object``: a free relative "what is ..." object read as a clause of the verb,
  its predicate noun the clause's head ("Israel captured what is largely Arab-populated east
  Jerusalem from Jordan", "Jerusalem" a ``ccomp`` with "what" its subject): the predicate noun is
  the verb's object, and the phrases the parser hung on it after the noun ("from Jordan", "during
  the 1967 war") are the verb's.
* ``subject-read-as-oblique``: a finite verb with no subject and a noun phrase before it (no
  time word) hung on it as an oblique, after a comma that ends a fronted phrase ("Hours after the
  attack, U.S. forces, including an AC-130 gunship, destroyed a dye factory"; "In the latest
  fighting, army troops clashed with guerrillas", the fronted phrase's preposition read as the
  noun's): the noun is the verb's subject, the fronted phrase the verb's.
* ``subject-of-a-noun``: a noun read as a verb's subject that has a subject of its own ("the
  breakaway Krajina Serbs from Croatia reportedly air bombed the area", "Serbs" the subject of
  "air"): no noun has one, so it is the verb's subject and the noun a modifier of the verb.
* ``gerund-before-finite-verb``: the same shape with an active past verb ("after French forces
  backing government troops attacked insurgent positions", "backing" the clause's verb, "attacked"
  its complement): a gerund with no auxiliary cannot be a finite verb and a past tense form
  (VBD) is no complement, so the past verb heads the clause (in the gerund's place), the noun
  before the gerund is its subject, the gerund a modifier of that noun. Only when nothing but the
  gerund's object stands between the two verbs and the past verb has no subject, auxiliary or
  subordinator of its own.
* ``infinitive-read-as-noun``: a noun right after "to" with an object of its own and no
  determiner ("bombed Serbia to force Yugoslav President Slobodan Milosevic to withdraw",
  "force" tagged as a noun): an infinitive, so the object controls the clause under it.
* ``subject-in-time-phrase``: a time phrase with no comma after it read as the preposition of
  the subject after it ("in May US special forces killed ...", "forces" an oblique with "May" a
  compound of it) while the finite verb has no subject: the time word is the verb's oblique, the
  noun phrase after it the verb's subject.
* ``subject-read-as-conjunct``: the subject after a fronted phrase and its comma read as a
  conjunct of that phrase ("In scattered violence Monday across Iraq, gunmen in two cars shot
  dead an off-duty police officer", "gunmen" a conjunct of "violence"; "On Friday, tens of
  thousands of Turks ... demonstrated", read as an apposition of "Friday"; "On Sunday afternoon,
  Anthony Shadid, a ... reporter ..., was shot") while the finite or passive verb right after it
  (and the noun's apposition) has no subject: the noun is the verb's subject. Not with "and" or "or" before
  it (a real list), nor when the phrase is not the verb's own.
* ``gapped-passive``: the second clause of a passive whose auxiliary is left out ("36 civilians
  were killed and 90 others injured in the bombing", "... and dozens of others wounded in a
  Russian airstrike") read as a noun joined to the first verb, with the participle a reduced
  relative on it: the participle is a conjunct of the first verb and the noun its passive
  subject, so the phrases after it (the attack, the place) are read as the gapped clause's,
  which are the first clause's too (:func:`.roles.same_clause_conjuncts`). Only a past
  participle with no object, subject or auxiliary of its own, right after the noun's phrase,
  when the first verb has a passive auxiliary and "and" joins the two.
* ``reporter-read-as-apposition``: the speaker of a sentence-final reporting clause hung as an
  apposition (or conjunct, or modifier) on a noun of the clause before its comma ("The United
  Nations will provide ... food aid to refugees ..., the World Food Program (WFP) said on
  Monday", "Program" an apposition of "aid"), the reporting verb left with no subject: the noun
  phrase between the last comma and the verb is the verb's subject. Only when those words are one
  noun phrase (a parenthesis inside it allowed) and the verb has no subject or object.
* ``number-read-as-modifier``: a number hung as a numeric modifier on the finite verb after it,
  which has no subject ("About 500 marched through Wiesbaden", "500" a ``nummod`` of
  "marched"): the number is the verb's subject (a crowd of that many).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from ..english_words import CALENDAR_NAMES, PASSING_VERBS
from ..model import Token
from .lexicon import bundled_cues, load_irregular_forms

#: Time words that need no capital.
_RELATIVE_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
                                  "night", "week", "weekend", "month", "year"})
#: Closed-class time words a date phrase is built from (the parser's entity tagger marks none).
TIME_WORDS = CALENDAR_NAMES | _RELATIVE_TIME_WORDS
#: Words that may sit inside a time phrase besides time words and numbers ("on Friday", "late last week").
_TIME_FILLERS = frozenset({"on", "last", "this", "next", "late", "early", "earlier", "later", "the", "in", ","})
#: Adverbs of direction that the parser sometimes makes the head of the verb's phrase ("walked away from").
DIRECTION_ADVERBS = frozenset({"away", "back", "out", "off"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PREDETERMINERS = frozenset({"det", "nmod:poss", "poss", "nummod", "case"})


@dataclass(frozen=True, slots=True)
class Repair:
    """One re-read of the parse: the rule, the token it is about and what changed."""

    rule: str
    token: int
    reason: str


def time_word(tok: Token) -> bool:
    """A word of a date or time phrase; a weekday or month only capitalised ("to march against")."""
    word = tok.text.lower()
    if tok.ent_type in ("DATE", "TIME") or word in _RELATIVE_TIME_WORDS or tok.lemma.lower() in _RELATIVE_TIME_WORDS:
        return True
    return word in TIME_WORDS and tok.text[:1].isupper()


#: The ClearNLP labels the repairs read as their UD labels.
_TREE_LABELS = {"dobj": "obj", "poss": "nmod:poss", "npadvmod": "obl:npmod", "prt": "compound:prt"}


@lru_cache(maxsize=512)
def _tree_label(dep: str) -> str:
    dep = dep.lower()
    return _TREE_LABELS.get(dep, dep)


class _Tree:
    """A mutable copy of one sentence's heads, labels and tags."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.toks = {t.i: t for t in tokens}
        self.order = [t.i for t in tokens]
        self.head = {t.i: t.head for t in tokens}
        self.dep = {t.i: t.dep for t in tokens}
        self.tag = {t.i: t.tag for t in tokens}
        self.pos = {t.i: t.pos for t in tokens}
        self.repairs: list[Repair] = []
        self._kids: dict[int, list[int]] | None = None

    def label(self, i: int) -> str:
        return _tree_label(self.dep[i])

    def kids(self, i: int, *labels: str) -> list[int]:
        if self._kids is None:  # rebuilt after a head changes, in sentence order
            self._kids = {}
            for k in self.order:
                if self.head[k] != k:
                    self._kids.setdefault(self.head[k], []).append(k)
        found = self._kids.get(i, ())
        if not labels:
            return list(found)
        return [k for k in found if (label := _tree_label(self.dep[k])) in labels or label.split(":")[0] in labels]

    def between(self, start: int, end: int) -> list[int]:
        """The sentence's token indices strictly between ``start`` and ``end``, in order. Not
        ``range``: a sentence's indices can have gaps (whitespace tokens are not in it)."""
        return [k for k in self.order if start < k < end]

    def is_root(self, i: int) -> bool:
        return self.head[i] == i or self.head[i] not in self.toks

    def tok(self, i: int) -> Token:
        return self.toks[i]

    def hang(self, i: int, head: int, dep: str) -> None:
        self.head[i], self.dep[i] = head, dep
        self._kids = None

    def take_place(self, new: int, old: int) -> None:
        """Hang ``new`` where ``old`` hangs (the root when ``old`` is)."""
        if self.is_root(old):
            self.hang(new, new, "ROOT")
        else:
            self.hang(new, self.head[old], self.dep[old])

    def ancestors(self, i: int) -> list[int]:
        out = []
        while not self.is_root(i) and len(out) < len(self.order):
            i = self.head[i]
            out.append(i)
        return out

    def tokens(self) -> tuple[Token, ...]:
        return tuple(t.replace(head=self.head[i], dep=self.dep[i], tag=self.tag[i], pos=self.pos[i])
                     if (self.head[i], self.dep[i], self.tag[i], self.pos[i]) != (t.head, t.dep, t.tag, t.pos) else t
                     for i, t in self.toks.items())

    def acyclic(self) -> bool:
        """Whether every token reaches a root by its heads."""
        for i in self.order:
            seen = 0
            while not self.is_root(i):
                i, seen = self.head[i], seen + 1
                if seen > len(self.order):
                    return False
        return True

    def commit(self, saved: tuple[dict[int, int], dict[int, str], dict[int, str], dict[int, str]],
               repair: Repair) -> bool:
        """Keep the changes made since ``saved`` (a :meth:`snapshot`) and record ``repair``, unless
        they left a token with no way to a root: then undo them. Whether they were kept."""
        if not self.acyclic():
            self.restore(saved)
            return False
        self.repairs.append(repair)
        return True

    def snapshot(self) -> tuple[dict[int, int], dict[int, str], dict[int, str], dict[int, str]]:
        return dict(self.head), dict(self.dep), dict(self.tag), dict(self.pos)

    def restore(self, saved: tuple[dict[int, int], dict[int, str], dict[int, str], dict[int, str]]) -> None:
        self.head, self.dep, self.tag, self.pos = (dict(part) for part in saved)
        self._kids = None


def repair_parse(tokens: tuple[Token, ...], *, named: Callable[[Token], bool]) -> tuple[tuple[Token, ...], tuple[Repair, ...]]:
    """The sentence's tokens with the repairs above applied, and the repairs made. ``named``
    says whether a token lies inside a resolved actor mention."""
    if not tokens:
        return tokens, ()
    tree = _Tree(tokens)
    # A repair about a token of one part of speech (as the parser tagged it, which no repair
    # changes in ``tree.toks``) or one word is tried on such tokens only.
    for i in list(tree.order):
        pos = tree.tok(i).pos
        if pos == "NOUN":
            _verb_read_as_noun(tree, i)
            _verb_read_as_noun_before_phrase(tree, i)
            _infinitive_read_as_noun(tree, i)
        elif pos == "VERB":
            _finite_verb_on_subject(tree, i)
            _finite_verb_after_participle_phrase(tree, i)
            _verb_on_subject_under_another_root(tree, i)
            _clause_after_preposition(tree, i)
            _subordinate_clause_read_as_root(tree, i)
            _gerund_beside_finite_verb(tree, i)
            _hyphened_participle(tree, i)
            _passive_by_form(tree, i)
            _noun_read_as_verb(tree, i)
            _noun_in_list_read_as_verb(tree, i)
            _verb_after_relative_clause(tree, i)
            _date_read_as_subject(tree, i)
            _date_read_as_root(tree, i)
            _object_read_as_complement(tree, i)
            _participle_joined_to_gerund(tree, i)
            _gerund_read_as_main_verb(tree, i)
            _gerund_before_finite_verb(tree, i)
            _possessive_read_as_auxiliary(tree, i)
            _participle_between_subject_and_verb(tree, i)
            _agent_participle_read_as_verb(tree, i)
            _verb_after_placed_participle(tree, i)
            _participle_on_complement(tree, i)
            _free_relative_object(tree, i)
            _subject_read_as_oblique(tree, i)
            _subject_of_a_noun(tree, i)
            _subject_read_as_compound(tree, i)
            _number_read_as_modifier(tree, i)
            _subject_with_preposition(tree, i)
            _finite_verb_in_subject_phrase(tree, i)
            _outcome_on_relative_clause(tree, i)
            _subject_read_as_conjunct(tree, i)
            _gapped_passive(tree, i)
    for i in list(tree.order):
        if tree.tok(i).pos == "VERB" and tree.tok(i).lemma.lower() in bundled_cues().reporting_verbs:
            _object_read_as_reporter(tree, i)
            _reporter_read_as_apposition(tree, i)
    for i in list(tree.order):
        if tree.tok(i).pos == "VERB":
            _verb_read_as_modifier(tree, i)
    for i in list(tree.order):
        tok = tree.tok(i)
        if tok.pos in ("NOUN", "PROPN"):
            _object_after_date(tree, i)
        if tree.label(i) in ("nmod", "obl"):  # both are about a prepositional phrase
            _phrase_on_date(tree, i)
        if tree.label(i).split(":")[0] in ("nmod", "obl", "conj"):
            _agent_on_adverb(tree, i)
        if tree.label(i) in ("nmod", "obl", "appos", "conj"):
            _out_of_on_object(tree, i)
        if tree.label(i) == "obl":
            _quantity_read_as_preposition(tree, i)
            _as_many_as(tree, i)
            _subject_in_time_phrase(tree, i)
        if tok.lemma.lower() in DIRECTION_ADVERBS:
            _adverb_particle(tree, i)
        if tok.pos == "PROPN":
            _listed_name(tree, i, named)
        if tree.label(i) == "case":
            _hyphened_preposition(tree, i)
    if not tree.repairs:
        return tokens, ()
    return tree.tokens(), tuple(tree.repairs)


def _left_time_phrase(tree: _Tree, verb: int) -> int:
    """The first index of a time phrase ending right before ``verb`` ("on Saturday",
    "late last week"), or ``verb`` when there is none."""
    start, seen_time = verb, False
    for i in reversed(tree.between(tree.order[0] - 1, verb)):
        tok = tree.tok(i)
        word = tok.text.lower()
        if time_word(tok) or (tok.pos == "NUM" and seen_time):
            seen_time, start = True, i
        elif word in _TIME_FILLERS and seen_time:
            start = i
        else:
            break
    while start < verb and tree.tok(start).text == ",":
        start += 1
    return start if seen_time else verb


def _verb_read_as_modifier(tree: _Tree, verb: int) -> None:
    tok = tree.tok(verb)
    noun = tree.head[verb]
    if tok.pos != "VERB" or tok.tag not in ("VBD", "VBN") or tree.is_root(verb) or noun <= verb:
        return
    if tree.label(verb) not in ("amod", "compound", "acl") or tree.tok(noun).pos not in ("NOUN", "PROPN"):
        return
    # "The EU threatened sanctions against Iran" read as one noun phrase: the name right before a
    # past verb, with its determiner, is the subject of a sentence with no other verb
    name = tree.order[tree.order.index(verb) - 1] if tree.order.index(verb) > 0 else None
    name_subject = name is not None and tree.is_root(noun) and tree.head[name] == noun \
        and tree.label(name) == "compound" and tree.tok(name).pos == "PROPN" \
        and all(tree.label(k) == "det" for k in tree.kids(noun) if k < name)
    if not name_subject and any(k < verb and tree.label(k) in _PREDETERMINERS and tree.tok(k).pos != "ADP"
                                for k in tree.kids(noun)):
        return  # "the reduced supplies", "its shared evidence": a real modifier
    if any(noun not in tree.ancestors(k) for k in tree.between(verb, noun)):
        return  # the words between are not all the noun's: no object right after the verb
    if tree.kids(verb, "obj") or any(tree.tok(k).lemma.lower() == "be" for k in tree.kids(verb, "aux", "cop")
                                     + tree.kids(noun, "aux", "cop")):
        return  # an object of its own, or a passive ("a bomb was located minutes later")
    subjects = [k for k in tree.kids(verb) if k < verb and tree.label(k) == "nsubj"]
    subjects = subjects or [k for k in tree.kids(noun) if k < verb and tree.label(k) == "nsubj"]
    name_subject = name_subject and not subjects
    if name_subject:
        subjects = [name]
    auxes = [k for k in tree.kids(noun, "aux") + tree.kids(verb, "aux")
             if k < verb and tree.tok(k).lemma.lower() == "have"]
    time_start = _left_time_phrase(tree, verb)
    if not subjects and time_start < verb:
        before = tree.between(tree.order[0] - 1, time_start)
        end = before[-1] if before else -1  # the word before the time phrase ends the subject
        if before and tree.tok(end).pos in ("NOUN", "PROPN"):
            top = end
            while not tree.is_root(top) and tree.head[top] < verb:
                top = tree.head[top]
            subjects = [top]
    own_subject = any(tree.label(k) == "nsubj" for k in tree.kids(verb))
    # the noun as the root of a verbless clause with a subject and no copula ("Israel and Lebanon
    # renewed negotiations" read as a noun phrase with a subject): English has no such clause
    verbless = tree.is_root(noun) and not tree.kids(noun, "cop", "aux") \
        and any(tree.label(k) == "nsubj" and k < verb for k in tree.kids(noun))
    if not subjects or not (time_start < verb or auxes or own_subject or verbless or name_subject):
        return
    if tok.tag == "VBN" and not auxes and time_start == verb and not own_subject and not verbless and not name_subject:
        return
    subject = subjects[0]
    if tree.tok(subject).pos not in _NOMINAL or tree.tok(subject).tag.startswith("W") or tree.tok(subject).tag == "PRP$":
        return
    if name_subject:
        for k in tree.kids(noun):
            if k < name and tree.label(k) == "det":  # "The" of "The EU"
                tree.hang(k, name, "det")
    _make_predicate(tree, verb, noun, subject)
    if not auxes and tok.tag == "VBN":
        tree.tag[verb] = "VBD"
    tree.repairs.append(Repair("verb-read-as-modifier", verb,
                               f"'{tok.text}' read as a modifier of '{tree.tok(noun).text}': a finite verb "
                               f"with subject '{tree.tok(subject).text}' and object '{tree.tok(noun).text}'"))


def _make_predicate(tree: _Tree, verb: int, noun: int, subject: int) -> None:
    """Re-hang ``verb`` as the head of its clause with ``subject`` and the object ``noun``."""
    # the verb takes the place of the higher of its subject and its noun in the tree
    top = subject if subject in tree.ancestors(noun) else noun
    new_head, new_dep = tree.head[top], tree.dep[top]
    if tree.is_root(top):
        new_head, new_dep = verb, "ROOT"
    elif new_dep.lower().split(":")[0] in ("nsubj", "obj", "dobj", "nmod", "appos", "obl", "compound"):
        new_dep = "ccomp" if tree.tok(new_head).pos in ("VERB", "AUX") else "parataxis"
    tree.hang(verb, new_head, new_dep)
    tree.hang(noun, verb, "obj")
    tree.hang(subject, verb, "nsubj")
    for k in tree.kids(noun):  # what lies left of the verb belongs to the clause, not the object
        if k < verb and k != subject:
            tree.hang(k, verb, tree.dep[k])
            if tree.label(k) == "case":  # "on" of "on Saturday" hung on the object
                following = next((j for j in tree.between(k, verb) if tree.tok(j).pos in _NOMINAL), None)
                if following is not None:
                    tree.hang(k, following, "case")
    for k in tree.kids(subject):  # the subject ends before the verb: later dependents are the verb's
        if k > verb:
            tree.hang(k, verb, "obl" if tree.kids(k, "case") else tree.dep[k])


def _object_after_date(tree: _Tree, noun: int) -> None:
    date = tree.head[noun]
    if tree.is_root(noun) or tree.label(noun) not in ("appos", "compound", "nmod", "dep") or noun < date:
        return
    if tree.tok(noun).pos not in ("NOUN", "PROPN") or tree.kids(noun, "case") or not time_word(tree.tok(date)):
        return
    verb = tree.head[date]
    if tree.is_root(date) or tree.tok(verb).pos != "VERB" or not date == verb + 1 or tree.kids(verb, "obj"):
        return
    if tree.label(date).split(":")[0] not in ("obl", "nmod") or tree.kids(date, "case"):
        return  # "lifted on Friday a blockade" is rare; "lifted Friday a blockade" is the pattern
    if any(noun not in tree.ancestors(k) for k in tree.between(date, noun)) or _passive(tree, verb):
        return  # "was published Friday, days after ...": no object
    tree.hang(noun, verb, "obj")
    tree.repairs.append(Repair("object-after-date", noun, f"'{tree.tok(noun).text}' hung on the date "
                                                          f"'{tree.tok(date).text}': the object of '{tree.tok(verb).text}'"))


def _subject_in_time_phrase(tree: _Tree, noun: int) -> None:
    verb = tree.head[noun]
    if tree.is_root(noun) or noun > verb or tree.tok(noun).pos not in ("NOUN", "PROPN") or time_word(tree.tok(noun)):
        return
    tag = tree.tok(verb).tag
    if tag == "VBN" and tree.is_root(verb) and tree.kids(verb, "obj") and not tree.kids(verb, "aux"):
        tag = "VBD"  # a past form with an object, no auxiliary and no subject heads the sentence: finite
    if tree.tok(verb).pos != "VERB" or tag not in ("VBD", "VBZ", "VBP") or _passive(tree, verb):
        return
    if tree.kids(verb, "nsubj", "csubj", "expl") or any(tree.label(k) == "nsubj" for aux in tree.kids(verb, "aux")
                                                      for k in tree.kids(aux)):
        return
    cases = tree.kids(noun, "case")
    if len(cases) != 1 or tree.tok(cases[0]).lemma.lower() not in ("in", "on", "during", "since", "until"):
        return
    date = next((k for k in tree.order if k > cases[0]), None)
    after = next((k for k in tree.order if date is not None and k > date), None)
    if date is None or after is None or date >= noun or not time_word(tree.tok(date)):
        return
    if time_word(tree.tok(after)) or tree.tok(after).pos in ("NUM", "PUNCT", "ADP", "CCONJ"):
        return  # "on Friday afternoon", "in May 2004", "in May, ...": the time phrase goes on
    if any(noun not in tree.ancestors(k) for k in tree.between(cases[0], noun)) or any(
            noun not in tree.ancestors(k) and k != verb for k in tree.between(noun, verb)):
        return  # the words up to the verb are not all the phrase's
    saved = tree.snapshot()
    tree.hang(date, verb, "obl")
    tree.hang(cases[0], date, "case")
    tree.hang(noun, verb, "nsubj")
    tree.tag[verb] = tag
    tree.commit(saved, Repair("subject-in-time-phrase", noun, f"'{tree.tok(noun).text}' read inside the time phrase "
                                                              f"'{tree.tok(cases[0]).text} {tree.tok(date).text}': "
                                                              f"the subject of '{tree.tok(verb).text}'"))


def _passive(tree: _Tree, verb: int) -> bool:
    return bool(tree.kids(verb, "aux:pass", "nsubj:pass")) or any(
        tree.tok(k).lemma.lower() == "be" for k in tree.kids(verb, "aux", "cop"))


#: Adverbs that end a measure of time ("eight months later", "two years ago").
RELATIVE_TIME_ADVERBS = frozenset({"later", "earlier", "ago"})


def _phrase_on_date(tree: _Tree, phrase: int) -> None:
    date = tree.head[phrase]
    if tree.is_root(phrase) or tree.label(phrase) not in ("nmod", "obl"):
        return
    relative = tree.tok(date).text.lower() in RELATIVE_TIME_ADVERBS and tree.label(date) == "advmod" \
        and not time_word(tree.tok(phrase))
    # "on September 7 in Sadr City": the day's number heads the date, its month on it
    day = tree.tok(date).pos == "NUM" and any(time_word(tree.tok(k)) for k in tree.kids(date) if k < date)
    if not (time_word(tree.tok(date)) or relative or day):
        return
    cases = [tree.tok(c).lemma.lower() for c in tree.kids(phrase, "case")]
    # "in"/"at" a name is where ("was captured last month in Thailand"); "in May in 2004" stays
    named_place = cases[:1] in (["in"], ["at"]) and tree.tok(phrase).pos == "PROPN" and not time_word(tree.tok(phrase))
    if not cases or cases[0] in (("of",) if relative else ("of", "in", "at")) and not named_place \
            or phrase < date or tree.is_root(date):
        return  # "Friday of last week", "in May in 2004" stay
    if not tree.kids(date, "case") and any(tree.tok(k).lemma.lower() in ("a", "an", "per", "every")
                                           for k in tree.kids(date, "det")):
        return  # a rate ("8,000 workers a year from India"), not a date
    verb = tree.head[date]
    if tree.tok(verb).pos not in ("VERB", "AUX") or tree.label(date).split(":")[0] not in ("obl", "nmod") \
            and not relative:
        return
    first = min([phrase] + [k for k in tree.kids(phrase)])
    if any(not (time_word(tree.tok(k)) or tree.tok(k).pos in ("NUM", "PUNCT")) for k in tree.between(date, first)):
        return  # "a review Tuesday of U.N. agreements on Western Sahara": the phrase is a nearer noun's
    tree.hang(phrase, verb, "obl")
    tree.repairs.append(Repair("phrase-on-date", phrase, f"'{' '.join(cases)} {tree.tok(phrase).text}' hung on the "
                                                         f"date '{tree.tok(date).text}': a phrase of '{tree.tok(verb).text}'"))


def _agent_on_adverb(tree: _Tree, phrase: int) -> None:
    """See ``agent-on-adverb`` in the module docstring."""
    if tree.is_root(phrase) or [tree.tok(c).lemma.lower() for c in tree.kids(phrase, "case")] != ["by"]:
        return
    head = tree.head[phrase]
    if tree.label(phrase) == "conj" and tree.tok(head).pos == "VERB":
        verb, how = head, f"read as a conjunct of '{tree.tok(head).text}'"
    elif tree.tok(head).pos == "ADV" and tree.label(head) == "advmod" and not tree.is_root(head):
        verb, how = tree.head[head], f"hung on the adverb '{tree.tok(head).text}'"
    else:
        return
    if tree.tok(verb).pos != "VERB" or not tree.kids(verb, "aux:pass"):
        return
    if any(tree.tok(c).lemma.lower() == "by" for k in tree.kids(verb, "obl", "nmod") for c in tree.kids(k, "case")):
        return  # the verb has its agent
    tree.hang(phrase, verb, "obl:agent")
    tree.repairs.append(Repair("agent-on-adverb", phrase, f"'by {tree.tok(phrase).text}' {how}: the agent of "
                                                          f"'{tree.tok(verb).text}'"))


def _out_of_on_object(tree: _Tree, phrase: int) -> None:
    if tree.is_root(phrase):
        return
    cases = [tree.tok(c).lemma.lower() for c in tree.kids(phrase, "case")]
    if cases[:2] != ["out", "of"]:
        return
    head = tree.head[phrase]
    if tree.label(phrase) == "obl" and tree.tok(head).pos == "VERB":
        _out_of_on_verb(tree, phrase, head)
        return
    obj = head
    # an "apposition" or a conjunct with no conjunction led by "out of" is a prepositional
    # phrase the parser misread
    if tree.is_root(obj) or tree.label(phrase) not in ("nmod", "appos", "conj") or tree.label(obj) != "obj":
        return
    if tree.label(phrase) == "conj" and tree.kids(phrase, "cc"):
        return
    verb = tree.head[obj]
    if phrase < obj or tree.tok(verb).pos != "VERB":
        return
    tree.hang(phrase, verb, "obl")
    if not tree.kids(verb, "compound:prt"):  # "forced X out | of the country", as "forced out X"
        tree.hang(tree.kids(phrase, "case")[0], verb, "compound:prt")
    tree.repairs.append(Repair("out-of-on-object", phrase, f"'out of {tree.tok(phrase).text}' hung on the object "
                                                           f"'{tree.tok(obj).text}': where '{tree.tok(verb).text}' "
                                                           "moved it from ('out' its particle)"))


def _out_of_on_verb(tree: _Tree, phrase: int, verb: int) -> None:
    """The same "out of" phrase hung on the verb itself, after the verb's object ("forced the
    agency out of the country" parsed that way): the attachment is right, and "out" is still the
    verb's particle."""
    objects = tree.kids(verb, "obj")
    if not objects or not all(o < phrase for o in objects) or tree.kids(verb, "compound:prt") or phrase < verb:
        return
    tree.hang(tree.kids(phrase, "case")[0], verb, "compound:prt")
    tree.repairs.append(Repair("out-of-on-verb", phrase, f"'out of {tree.tok(phrase).text}' after the object of "
                                                         f"'{tree.tok(verb).text}': 'out' its particle"))


def _adverb_particle(tree: _Tree, adverb: int) -> None:
    tok = tree.tok(adverb)
    verb = tree.head[adverb]
    if tok.lemma.lower() not in DIRECTION_ADVERBS or tree.label(adverb) != "advmod" or tree.is_root(adverb):
        return
    if tree.tok(verb).pos != "VERB" or adverb != verb + 1 or tree.kids(verb, "compound:prt"):
        return
    phrases = [k for k in tree.kids(adverb, "obl", "nmod") if k > adverb and tree.kids(k, "case")]
    if not phrases:
        return
    tree.hang(adverb, verb, "compound:prt")
    for k in phrases:
        tree.hang(k, verb, "obl")
    tree.repairs.append(Repair("adverb-particle", adverb, f"'{tok.text}' heads the phrase after '{tree.tok(verb).text}': "
                                                          "a particle of the verb, the phrase the verb's"))


def _listed_name(tree: _Tree, name: int, named: Callable[[Token], bool]) -> None:
    first = tree.head[name]
    if tree.is_root(name) or tree.label(name) != "appos" or not named(tree.tok(name)) or not named(tree.tok(first)):
        return
    if tree.tok(name).pos != "PROPN" or tree.tok(first).pos != "PROPN":
        return
    later = [k for k in tree.kids(first, "conj") if k > name]
    if not later or not any(tree.kids(k, "cc") for k in later):
        return
    comma_before, comma_after = tree.toks.get(name - 1), tree.toks.get(_phrase_end(tree, name) + 1)
    if comma_before is None or comma_before.text != "," or name + 1 > later[0] or comma_after is None \
            or comma_after.text != ",":
        return
    tree.hang(name, first, "conj")
    tree.repairs.append(Repair("listed-name-as-apposition", name, f"'{tree.tok(name).text}' in a list of names "
                                                                  f"ending in '{tree.tok(later[-1]).text}': a conjunct"))


def _phrase_end(tree: _Tree, i: int) -> int:
    end = i
    for k in tree.kids(i):
        if tree.label(k) != "punct":
            end = max(end, _phrase_end(tree, k))
    return end


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Irregular verb forms other than their lemma ("shot", "beaten"), from the events data."""
    return frozenset(form for form, lemma in load_irregular_forms().items() if form != lemma)


#: Verbs whose past tense is their base form: read as a past only where the words around leave
#: no other reading (:func:`verb_read_as_noun_shape`).
SAME_FORM_PASTS = frozenset({"hit", "cut", "set", "shut", "hurt", "burst", "cast", "put", "spread", "split",
                             "thrust", "beat"})


def _joined_past(tok: Token, joined: Token | None) -> bool:
    """Whether the verb joined by "and" to a verb read as a noun is a past one: tagged a past
    tense, or (after a past like its base, "a rocket hit and destroyed ...", where the parser
    reads the pair as a noun and a participle) a past participle."""
    return joined is not None and joined.pos == "VERB" and (
        joined.tag == "VBD" or joined.tag == "VBN" and tok.text.lower() in SAME_FORM_PASTS)


def _past_form(tok: Token) -> bool:
    word = tok.text.lower()
    return word in _verb_forms() or (word.endswith("ed") and len(word) > 4)


def _plural_or_name(tok: Token) -> bool:
    """A plural noun ("troops", "gunmen", also when tagged as an adjective) or a name."""
    word = tok.text.lower()
    return tok.pos == "PROPN" or (tok.pos in ("NOUN", "ADJ") and (tok.tag in ("NNS", "NNPS")
                                                                   or word.endswith(("s", "men"))))


def verb_read_as_noun_shape(before: Token | None, tok: Token, after: Token | None, joined: Token | None,
                            *, takes_object: bool = False) -> bool:
    """The words of ``verb-read-as-noun`` (a past verb form tagged as a noun after a plural noun
    or a name, followed by "dead", a determiner or number, or "and" and a past verb: "troops shot
    and killed a boy"); the actors stage reads them too, so that it keeps the subject as an
    actor instead of dropping it as a noun modifier. ``takes_object``: the parser hung an object
    on the noun itself, which no noun takes ("A sniper shot a French soldier", "soldier" the
    object of "shot"): then a singular noun before it is a subject as a plural one is."""
    # (tagged NN, or with a past tag the part of speech contradicts: "soldiers shot and killed", "shot"
    # a NOUN with the tag VBD)
    if tok.pos != "NOUN" or tok.tag not in ("NN", "VBD", "VBN") or before is None or after is None:
        return False
    # a past form like its base ("hit", "cut") counts only before "and" and a past verb ("a rocket
    # hit and destroyed some playground equipment"), where it can only be a verb
    if not (_past_form(tok) or tok.text.lower() in SAME_FORM_PASTS and after.lemma.lower() == "and"
            and _joined_past(tok, joined)):
        return False
    if before.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    # a singular noun before it only when what follows can only be a verb's ("a gunman shot dead
    # a policeman"); "the soldier shot a boy" may be a noun phrase ("the soldier shot")
    verbal = after.lemma.lower() == "dead" or (after.lemma.lower() == "and" and _joined_past(tok, joined)) \
        or (after.lemma.lower() == "to" and joined is not None and joined.lemma.lower() == "death")  # "shot to death"
    if verbal:
        return True
    # after a plural or a name, a determiner, a number or a name opens the object ("gunmen shot
    # Luis Carlos da Silva"), never a day ("troops shot Monday" is left alone)
    return (_plural_or_name(before) or takes_object) \
        and (after.pos in ("DET", "NUM") or (after.pos == "PROPN" and not time_word(after)))


_OBJECT_LABELS = frozenset({"obj", "dobj"})


def verb_read_as_noun_at(tokens: Sequence[Token], k: int) -> bool:
    """:func:`verb_read_as_noun_shape` at the ``k``-th token of a sentence's tokens (as the actors
    stage holds them: a list in sentence order)."""
    if not 0 < k < len(tokens):
        return False
    takes_object = any(t.head == tokens[k].i and t.dep in _OBJECT_LABELS for t in tokens[k + 1:])
    return verb_read_as_noun_shape(tokens[k - 1], tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None,
                                   tokens[k + 2] if k + 2 < len(tokens) else None, takes_object=takes_object)


def _verb_read_as_noun(tree: _Tree, verb: int) -> None:
    tok = tree.tok(verb)
    before, after = tree.toks.get(verb - 1), tree.toks.get(verb + 1)
    takes_object = any(k > verb for k in tree.kids(verb, "obj"))
    if not verb_read_as_noun_shape(before, tok, after, tree.toks.get(verb + 2), takes_object=takes_object) \
            or after is None:
        return
    # "Israeli troops on Saturday shot dead two Palestinians": a time phrase between the subject and
    # the verb, read as the noun's preposition and compound
    time_case = next((k for k in tree.kids(verb, "case") if k == verb - 2), None) \
        if time_word(before) and tree.label(verb - 1) == "compound" and tree.head[verb - 1] == verb else None
    if any(k != time_case and (k > verb - 1 or tree.label(k) != "det")
           for k in tree.kids(verb, "det", "nmod:poss", "nummod", "case")):
        return  # a determiner of the subject before it may hang on the verb ("a Palestinian gunman shot dead")
    joined = tree.toks.get(verb + 2) if after.lemma.lower() == "and" else None
    if after.lemma.lower() == "dead" or after.pos in ("DET", "NUM", "PROPN"):
        start = verb + 2 if after.lemma.lower() == "dead" else verb + 1
        predicate = verb
    elif _joined_past(tok, joined):
        start, predicate = verb + 3, verb + 2
    elif after.lemma.lower() == "to" and verb + 2 in tree.toks and tree.tok(verb + 2).lemma.lower() == "death":
        start, predicate = verb + 3, verb  # "gunmen shot to death a civilian"
    else:
        return
    # the object's head may be tagged an adjective ("shot and killed a Palestinian from ...")
    obj = next((j for j in tree.order if j >= start and (tree.tok(j).pos in _NOMINAL or (
        tree.tok(j).pos == "ADJ" and tree.label(j) == "obj"))), None)
    # (a participle modifying the object is the object's: "shot dead three suspected informers")
    if obj is None or any((tree.tok(j).pos in ("VERB", "AUX", "ADP") and tree.label(j) != "amod")
                          or tree.tok(j).text in (",", ";", ":") for j in tree.between(start - 1, obj)):
        return
    while not tree.is_root(obj) and tree.head[obj] > obj and tree.tok(tree.head[obj]).pos in _NOMINAL:
        obj = tree.head[obj]
    subject = verb - 3 if time_case is not None else verb - 1
    while not tree.is_root(subject) and tree.head[subject] < verb:
        subject = tree.head[subject]
    # the subject itself may be tagged an adjective of the noun ("Gunmen shot and killed two men",
    # the sentence's first word read as a modifier)
    adjective_subject = subject == verb - 1 and tree.tok(subject).pos == "ADJ" and tree.label(subject) == "amod" \
        and tree.head[subject] == verb and _plural_or_name(tree.tok(subject))
    if subject not in tree.toks or (tree.tok(subject).pos not in _NOMINAL and not adjective_subject):
        return
    saved = tree.snapshot()
    if adjective_subject:
        tree.pos[subject], tree.tag[subject] = "NOUN", "NNS"
    if time_case is not None:  # the time phrase is the verb's oblique
        tree.hang(verb - 1, verb, "obl")
        tree.hang(time_case, verb - 1, "case")
    for det in tree.kids(verb, "det"):  # the subject's determiner
        tree.hang(det, verb - 1, "det")
    top = min((verb, subject, obj), key=lambda k: len(tree.ancestors(k)))
    if tree.is_root(top):
        tree.hang(verb, verb, "ROOT")
    elif top != verb and after.lemma.lower() == "dead" and tree.is_root(tree.head[top]) and tree.head[top] == verb + 1:
        # "Palestinian vigilantes on Tuesday shot dead three suspected informers", "dead" read as
        # the root: the verb it completes is, and what else hung on "dead" hangs on the verb
        tree.hang(verb, verb, "ROOT")
        for kid in tree.kids(verb + 1):
            if kid not in (verb, subject, obj):
                tree.hang(kid, verb, tree.dep[kid])
    elif top != verb:
        tree.hang(verb, tree.head[top], "ccomp" if tree.tok(tree.head[top]).pos in ("VERB", "AUX") else "parataxis")
    tree.pos[verb], tree.tag[verb] = "VERB", "VBD"
    tree.hang(subject, verb, "nsubj")
    if predicate != verb:
        tree.hang(predicate, verb, "conj")
        tree.hang(verb + 1, predicate, "cc")
    elif after.lemma.lower() == "dead":
        tree.hang(verb + 1, verb, "xcomp")
    elif after.lemma.lower() == "to":
        tree.hang(verb + 2, verb, "obl")
        tree.hang(verb + 1, verb + 2, "case")
    for mod in tree.kids(verb, "amod"):  # "Unidentified gunmen": the subject's adjective
        if mod < verb - 1:
            tree.hang(mod, verb - 1, "amod")
    tree.hang(obj, predicate, "obj")
    tree.commit(saved, Repair("verb-read-as-noun", verb, f"'{tok.text}' read as a noun: a verb with subject "
                                                         f"'{tree.tok(subject).text}' and object '{tree.tok(obj).text}'"))


def _verb_read_as_noun_before_phrase(tree: _Tree, verb: int) -> None:
    """See ``verb-read-as-noun-before-phrase`` in the module docstring."""
    tok, before, after = tree.tok(verb), tree.toks.get(verb - 1), tree.toks.get(verb + 1)
    if tree.pos[verb] != "NOUN" or tok.tag != "NN" or before is None or after is None or not _past_form(tok):
        return
    if after.lemma.lower() not in ("at", "on") or not _plural_or_name(before) \
            or tree.head[verb - 1] != verb or tree.label(verb - 1) not in ("compound", "amod"):
        return
    phrase = tree.head[verb + 1]
    if phrase not in tree.toks or tree.head[phrase] != verb or tree.label(phrase) not in ("obl", "nmod") \
            or tree.kids(verb, "det", "nmod:poss", "nummod"):
        return
    tree.pos[verb], tree.tag[verb] = "VERB", "VBD"
    tree.hang(verb - 1, verb, "nsubj")
    tree.hang(phrase, verb, "obl")
    first = tree.head[verb]
    ands = [k for k in tree.kids(verb, "cc") if first < k < verb - 1]
    if tree.label(verb) == "conj" and first in tree.toks and tree.is_root(first) \
            and tree.tok(first).pos in ("NOUN", "PROPN") and ands:
        # "Israeli troops and Palestinian gunmen shot at each other": the root noun is the first
        # of the verb's coordinated subjects
        tree.take_place(verb, first)
        tree.hang(first, verb, "nsubj")
        tree.hang(verb - 1, first, "conj")
        tree.hang(ands[0], verb - 1, "cc")
        for k in tree.kids(first):
            if k > verb:
                tree.hang(k, verb, "obl" if tree.label(k) == "nmod" else tree.dep[k])
    tree.repairs.append(Repair("verb-read-as-noun-before-phrase", verb,
                               f"'{tok.text}' read as a noun after '{before.text}', with its own "
                               f"'{after.text}' phrase: a verb, '{before.text}' its subject"))


def _infinitive_read_as_noun(tree: _Tree, noun: int) -> None:
    """See ``infinitive-read-as-noun`` in the module docstring."""
    tok = tree.tok(noun)
    if tok.tag != "NN" or tree.is_root(noun) or not tree.kids(noun, "obj"):
        return
    marks = [k for k in tree.kids(noun, "mark") if tree.tok(k).lemma.lower() == "to" and k == noun - 1]
    if not marks or tree.kids(noun, "det", "nmod:poss", "case", "amod", "nummod"):
        return
    tree.pos[noun], tree.tag[noun] = "VERB", "VB"
    tree.repairs.append(Repair("infinitive-read-as-noun", noun, f"'{tok.text}' read as a noun after 'to', with the "
                                                                 f"object '{tree.tok(tree.kids(noun, 'obj')[0]).text}': "
                                                                 "an infinitive"))


def _subject_read_as_conjunct(tree: _Tree, verb: int) -> None:
    """See ``subject-read-as-conjunct`` in the module docstring."""
    passive = tree.tok(verb).tag == "VBN" and bool(tree.kids(verb, "aux:pass"))
    # (a root past participle with no auxiliary is a past tense tagged as a participle)
    finite = tree.tok(verb).tag in ("VBD", "VBZ", "VBP") or tree.tok(verb).tag == "VBN" and tree.is_root(verb) \
        and not tree.kids(verb, "aux", "aux:pass", "cop")
    if not (finite or passive) or tree.kids(verb, "nsubj", "nsubj:pass", "csubj", "expl"):
        return
    fronted = [k for k in tree.kids(verb, "obl", "advmod", "nmod", "obl:tmod", "obl:npmod") if k < verb]
    for phrase in fronted:
        for noun in tree.kids(phrase, "conj", "appos"):
            if noun > verb or tree.tok(noun).pos not in ("NOUN", "PROPN") or tree.kids(noun, "case"):
                continue
            before = [k for k in tree.between(phrase, noun) if tree.head[k] == noun or tree.head[k] == phrase]
            if any(tree.tok(k).lemma.lower() in ("and", "or", "nor") for k in before):
                continue  # a real list of phrases
            if not any(tree.tok(k).text == "," and k == noun - 1 - _left_span(tree, noun) for k in before):
                continue
            if any(tree.tok(k).pos in ("VERB", "AUX") and noun not in tree.ancestors(k) and tree.head[k] != verb
                   for k in tree.between(noun, verb)):
                continue  # (the noun's own apposition and the verb's auxiliary are no other verb)
            tree.hang(noun, verb, "nsubj:pass" if passive else "nsubj")
            tree.repairs.append(Repair("subject-read-as-conjunct", noun,
                                       f"'{tree.tok(noun).text}' after the comma of the fronted phrase "
                                       f"'{tree.tok(phrase).text}' read as its conjunct: the subject of "
                                       f"'{tree.tok(verb).text}', which has none"))
            return


def _gapped_passive(tree: _Tree, verb: int) -> None:
    """See ``gapped-passive`` in the module docstring."""
    if not tree.kids(verb, "aux:pass") or not tree.kids(verb, "nsubj:pass"):
        return
    for noun in tree.kids(verb, "conj"):
        if noun < verb or tree.tok(noun).pos not in ("NOUN", "NUM", "PRON") or tree.kids(noun, "case"):
            continue
        ccs = [k for k in tree.kids(noun, "cc") if k < noun]
        if not ccs or {tree.tok(k).lemma.lower() for k in ccs} != {"and"}:
            continue
        # the participle hangs on the noun ("90 others injured") or on its "of" phrase ("dozens of others wounded")
        holders = [noun] + [k for k in tree.kids(noun, "nmod") if k > noun and tree.kids(k, "case")]
        for holder in holders:
            participles = [k for k in tree.kids(holder, "acl", "amod") if k > holder and tree.tok(k).tag == "VBN"]
            if not participles:
                continue
            part = participles[0]
            if tree.kids(part, "obj", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"):
                return
            if any(k != holder and tree.head[k] != holder and holder not in tree.ancestors(k)
                   for k in tree.between(noun, part)):
                return  # the words between are not all the noun's own phrase
            saved = tree.snapshot()
            tree.hang(part, verb, "conj")
            tree.hang(noun, part, "nsubj:pass")
            for cc in ccs:
                tree.hang(cc, part, "cc")
            tree.commit(saved, Repair("gapped-passive", part,
                                      f"'{tree.tok(part).text}' read as a modifier of '{tree.tok(holder).text}' "
                                      f"after '{tree.tok(verb).text} and': the participle of a clause whose "
                                      f"auxiliary is left out, '{tree.tok(noun).text}' its passive subject"))
            return


def _left_span(tree: _Tree, noun: int) -> int:
    """How many of the noun's own dependents stand right before it ("the", "Palestinian")."""
    count = 0
    while noun - 1 - count in tree.toks and tree.head[noun - 1 - count] == noun \
            and tree.tok(noun - 1 - count).text != ",":
        count += 1
    return count


def _finite_verb_on_subject(tree: _Tree, verb: int) -> None:
    tok = tree.tok(verb)
    subject = tree.head[verb]
    if tok.pos != "VERB" or tok.tag not in ("VBD", "VBN") or tree.is_root(verb) or tree.label(verb) != "acl":
        return
    described = _described_subject(tree, subject, verb)
    if not (_next_to(tree, subject, verb) or described):
        return
    last = next((k for k in reversed(tree.order) if tree.tok(k).text not in ('"', "'", "''", "\u201d")), None)
    if tok.tag == "VBN" and (last is None or tree.tok(last).text != "." or any(
            tree.tok(k).tag in ("VBD", "VBZ", "VBP", "MD") and not _subordinate(tree, k) and k not in described
            and not _in_relative_clause(tree, k) for k in tree.order)):
        return  # a past participle is a reduced relative unless the sentence has no other finite verb
        # (but one of a subordinate clause: "..., the biggest such march since he was installed", of
        # a relative clause, "the Iraqi flag which bears the phrase ...", or of the subject's own
        # apposition)
    root = next((k for k in tree.order if tree.is_root(k)), None)
    if root == subject:
        _finite_verb_on_root_subject(tree, verb, subject)
        return
    if root is not None and root > verb and tree.tok(root).tag == "VBG" and tree.tok(root).pos == "VERB" \
            and not tree.kids(root, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") and root in tree.ancestors(subject):
        _finite_verb_before_root_participle(tree, verb, subject, root)
        return
    if root is None or root <= verb or tree.tok(root).pos != "NOUN" or tree.kids(verb, "obj", "nsubj", "mark"):
        return
    if root not in tree.ancestors(subject) or any(root not in tree.ancestors(k) for k in tree.between(verb, root)):
        return  # the words between the verb and the root noun are all the noun's: its object
    if tree.kids(root, "cop", "aux") or tree.kids(root, "det") and min(tree.kids(root, "det")) < subject:
        return
    top = subject
    while not tree.is_root(tree.head[top]) and tree.head[top] != root:
        top = tree.head[top]
    place = tree.order.index(root) - 1  # back over the root's own words before it ("the biggest such")
    while place >= 0 and tree.tok(tree.order[place]).text != "," and tree.order[place] > verb:
        place -= 1
    after_comma = place >= 0 and tree.tok(tree.order[place]).text == "," \
        and all(tree.tok(k).pos in ("DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN")
                for k in tree.order[place + 1:tree.order.index(root)])
    tree.hang(verb, verb, "ROOT")
    # "demonstrated in Lome ..., the biggest such march since ...": a noun phrase after a comma
    # describes the clause; without one, it is the verb's object
    tree.hang(root, verb, "appos" if after_comma else "obj")
    tree.tag[verb] = "VBD"
    tree.hang(top if tree.head[top] == root else subject, verb, "nsubj")
    _adverb_after_as_particle(tree, verb)
    tree.repairs.append(Repair("finite-verb-on-subject", verb, f"'{tok.text}' hung on its subject "
                                                               f"'{tree.tok(subject).text}' under the root noun "
                                                               f"'{tree.tok(root).text}': the verb is the root, "
                                                               "the noun " + ("a description of its clause"
                                                                              if after_comma else "its object")))


def _in_relative_clause(tree: _Tree, k: int) -> bool:
    """Whether a verb (or its auxiliary) heads a relative clause ("the flag which bears ...") or
    stands in brackets ("Allahu Akbar (God is Greatest)")."""
    verb = tree.head[k] if tree.label(k) in ("aux", "cop") else k
    if verb in tree.toks and tree.dep[verb].lower() == "acl:relcl":
        return True
    opened = [j for j in tree.order if j < k and tree.tok(j).text == "("]
    return bool(opened) and any(j > k and tree.tok(j).text == ")" for j in tree.order) \
        and not any(opened[-1] < j < k and tree.tok(j).text == ")" for j in tree.order)


def _described_subject(tree: _Tree, noun: int, verb: int) -> set[int]:
    """The words between a noun and the verb after it when they are all the noun's own phrase,
    ending in an apposition set off by commas ("Hundreds of students in Mossul, the northern city
    where he remains popular, demonstrated"); else an empty set."""
    between = tree.between(noun, verb)
    if len(between) < 3 or tree.tok(between[-1]).text != "," \
            or any(noun not in tree.ancestors(k) for k in between[:-1]):
        return set()
    commas = [j for j in between[:-1] if tree.tok(j).text == ","]
    set_off = any(tree.label(k) == "appos" and commas and commas[0] < k for k in between)
    return set(between[:-1]) if set_off else set()


def _subordinate(tree: _Tree, k: int) -> bool:
    """Whether token ``k`` (a verb or an auxiliary) belongs to a clause that a subordinator opens
    ("since he was installed"); a relative clause is ``finite-verb-in-subject-phrase``'s."""
    clause = tree.head[k] if tree.tok(k).pos == "AUX" and not tree.is_root(k) else k
    return clause in tree.toks and bool(tree.kids(clause, "mark"))


def _verb_on_subject_under_another_root(tree: _Tree, verb: int) -> None:
    """See ``verb-on-subject-under-another-root`` in the module docstring."""
    tok = tree.tok(verb)
    # (a regular past the tagger took for a participle counts: "350 people demonstrated" as VBN)
    if tok.tag not in ("VBD", "VBN") or tree.label(verb) != "acl" or tree.kids(verb, "nsubj", "mark", "aux", "cop"):
        return
    noun = tree.head[verb]
    if noun not in tree.toks or tree.tok(noun).pos not in ("NOUN", "PROPN") or not _next_to(tree, noun, verb):
        return
    root = tree.head[noun]
    if root not in tree.toks or root == noun or not tree.is_root(root):
        return
    verbless = tree.tok(root).pos not in ("VERB", "AUX", "NOUN", "PROPN") and tree.label(noun) == "nsubj" \
        and root > verb and not any(tree.tok(k).tag in ("VBD", "VBZ", "VBP", "MD") for k in tree.order if k != verb)
    subordinate = tree.tok(root).pos == "VERB" and root < noun and tree.label(noun) == "obl" \
        and not tree.kids(noun, "case") and any(tree.tok(m).lemma.lower() in _CLAUSE_MARKS
                                                for m in tree.kids(root, "mark"))
    if not (verbless or subordinate):
        return
    saved = tree.snapshot()
    tree.hang(verb, verb, "ROOT")
    tree.hang(noun, verb, "nsubj")
    tree.hang(root, verb, "advcl" if subordinate else "advmod")
    for kid in tree.kids(root, "punct"):
        if kid > verb and kid == tree.order[-1]:
            tree.hang(kid, verb, "punct")
    tree.commit(saved, Repair("verb-on-subject-under-another-root", verb,
                              f"'{tok.text}' hung on its subject '{tree.tok(noun).text}' under "
                              f"'{tree.tok(root).text}': the verb is the root"))


def _clause_after_preposition(tree: _Tree, verb: int) -> None:
    """See ``clause-after-preposition`` and ``clause-read-as-phrase`` in the module docstring:
    one mistake, the clause's verb hung far off as a conjunct, or left on the verb the phrase is in."""
    tok = tree.tok(verb)
    label = tree.label(verb)
    if tok.tag not in ("VBD", "VBZ", "VBP") or label not in ("conj", "advcl", "parataxis", "dep") \
            or tree.kids(verb, "nsubj", "nsubj:pass", "csubj", "expl", "cc", "mark"):
        return
    place = tree.order.index(verb)
    if place == 0:
        return
    before = tree.order[place - 1]  # the phrase ends right before the verb ("as the United States and Britain")
    noun = next((k for k in [before] + tree.ancestors(before)
                 if k < verb and tree.label(k) in ("nmod", "obl") and _phrase_end(tree, k) == before
                 and len(cases := tree.kids(k, "case")) == 1
                 and tree.tok(cases[0]).lemma.lower() in _CLAUSE_PREPOSITIONS), None)
    if noun is None or tree.tok(noun).pos not in ("NOUN", "PROPN", "PRON") or time_word(tree.tok(noun)):
        return
    cases = tree.kids(noun, "case")
    saved = tree.snapshot()
    if tree.head[noun] == tree.head[verb]:  # the clause is already the phrase's verb's: only its subject moves
        rule, token = "clause-read-as-phrase", noun
        reason = (f"'{tree.tok(noun).text}' read as the object of '{tree.tok(cases[0]).text}', with "
                  f"'{tok.text}' after it and no subject: the clause's subject, '{tree.tok(cases[0]).text}' "
                  f"its subordinator")
    else:
        if label != "conj" or tok.tag != "VBD" or any(
                tree.tok(k).text in (",", ";") for k in tree.between(tree.head[verb], verb) if tree.head[k] == verb):
            return  # a list's comma before the verb: a true conjunct
        host = next((k for k in tree.ancestors(noun) if tree.tok(k).pos in ("VERB", "AUX", "ADJ") and k < noun), None)
        if host is None or tree.head[verb] == host:
            return
        tree.hang(verb, host, "advcl")
        rule, token = "clause-after-preposition", verb
        reason = (f"'{tree.tok(cases[0]).text} ... {tree.tok(noun).text}' read as a phrase and '{tok.text}' as a "
                  f"far conjunct: a clause of '{tree.tok(host).text}', '{tree.tok(noun).text}' its subject")
    tree.hang(noun, verb, "nsubj")
    tree.hang(cases[0], verb, "mark")
    tree.commit(saved, Repair(rule, token, reason))


def _subordinate_clause_read_as_root(tree: _Tree, verb: int) -> None:
    """See ``subordinate-clause-read-as-root`` in the module docstring."""
    subjects = [k for k in tree.kids(verb, "nsubj", "nsubj:pass") if k < verb]
    if len(subjects) != 2:
        return
    first, second = subjects
    cases = tree.kids(second, "case")
    if len(cases) != 1 or tree.tok(cases[0]).lemma.lower() not in _CLAUSE_PREPOSITIONS or tree.kids(first, "case"):
        return
    mains = [k for k in tree.kids(first, "acl") if first < k < second and tree.tok(k).pos == "VERB"
             and tree.tok(k).tag == "VBD" and not tree.kids(k, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass")]
    if len(mains) != 1:
        return
    main = mains[0]
    saved = tree.snapshot()
    tree.take_place(main, verb)
    tree.hang(first, main, "nsubj")
    tree.hang(verb, main, "advcl")
    tree.hang(cases[0], verb, "mark")
    last = tree.order[-1]
    if tree.head[last] == verb and tree.label(last) == "punct":  # the full stop ends the sentence, not the clause
        tree.hang(last, main, "punct")
    tree.commit(saved, Repair("subordinate-clause-read-as-root", verb,
                              f"'{tree.tok(verb).text}' read as the root with '{tree.tok(first).text}' and "
                              f"'{tree.tok(second).text}' its subjects: '{tree.tok(main).text}' is the root, "
                              f"'{tree.tok(cases[0]).text} ... {tree.tok(verb).text}' its clause"))


def _gerund_beside_finite_verb(tree: _Tree, verb: int) -> None:
    """See ``gerund-beside-finite-verb`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBG" or tree.is_root(verb) or tree.kids(verb, "aux", "aux:pass", "cop"):
        return
    subjects = [k for k in tree.kids(verb, "nsubj") if k < verb]
    if len(subjects) != 1 or not _next_to(tree, subjects[0], verb):
        return
    subject, head = subjects[0], tree.head[verb]
    past = next((k for k in tree.kids(head) if k > verb and tree.tok(k).tag == "VBD" and tree.tok(k).pos == "VERB"
                 and tree.label(k) in ("advcl", "conj", "parataxis", "ccomp")
                 and not tree.kids(k, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cc")), None)
    if past is None or any(verb not in tree.ancestors(k) or tree.tok(k).text in (",", ";")
                           for k in tree.between(verb, past)):
        return  # the words between are not all the gerund's own phrase
    saved = tree.snapshot()
    tree.hang(subject, past, "nsubj")
    tree.hang(verb, subject, "acl")
    for kid in tree.kids(verb):
        if kid < subject:  # "when": the clause's
            tree.hang(kid, past, tree.dep[kid])
    tree.commit(saved, Repair("gerund-beside-finite-verb", verb,
                              f"the gerund '{tok.text}' read as a clause's verb beside '{tree.tok(past).text}': a "
                              f"modifier of '{tree.tok(subject).text}', the subject of '{tree.tok(past).text}'"))


def _hyphened(tree: _Tree, first: int, second: int) -> bool:
    """Whether two tokens are written as one word joined by a hyphen ("rock-throwing")."""
    hyphen, a, b = tree.toks.get(second - 1), tree.toks.get(first), tree.toks.get(second)
    return second == first + 2 and hyphen is not None and a is not None and b is not None \
        and hyphen.text in ("-", "\u2010", "\u2011") and hyphen.start_char == a.end_char \
        and b.start_char == hyphen.end_char and a.end_char > a.start_char


def _hyphened_participle(tree: _Tree, verb: int) -> None:
    """See ``hyphened-participle`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag not in ("VBG", "VBN") or not _hyphened(tree, verb - 2, verb) or tree.is_root(verb):
        return
    objects = [k for k in tree.kids(verb, "obj") if k > verb]
    if len(objects) != 1 or any(tree.head[k] != objects[0] and objects[0] not in tree.ancestors(k)
                                for k in tree.between(verb, objects[0])):
        return  # the words after it are not all the noun's phrase
    noun = objects[0]
    saved = tree.snapshot()
    tree.hang(noun, tree.head[verb], "nmod" if tree.tok(tree.head[verb]).pos in _NOMINAL else tree.dep[verb])
    for kid in tree.kids(verb, "mark", "case"):  # "Thousands of ...": the noun's preposition
        if kid < verb - 2:
            tree.hang(kid, noun, "case")
    tree.hang(verb, noun, "amod")
    tree.hang(verb - 2, verb, "compound")
    tree.commit(saved, Repair("hyphened-participle", verb,
                              f"'{tree.tok(verb - 2).text}-{tok.text}' read as a verb with the object "
                              f"'{tree.tok(noun).text}': an adjective of it"))


def _hyphened_preposition(tree: _Tree, word: int) -> None:
    """See ``hyphened-preposition`` in the module docstring."""
    if not _hyphened(tree, word - 2, word):
        return
    tree.hang(word, tree.head[word], "compound")
    tree.repairs.append(Repair("hyphened-preposition", word, f"'{tree.tok(word - 2).text}-{tree.tok(word).text}': "
                                                             f"one word, not the preposition '{tree.tok(word).text}'"))


#: Subordinators of a clause that cannot be a sentence's main clause.
_CLAUSE_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "because", "although", "though",
                           "if", "until", "whereas"})


def _next_to(tree: _Tree, noun: int, verb: int) -> bool:
    """Whether the verb follows the noun directly, or past an adverb set off by commas ("Iraqi
    fighters, meanwhile, shot down a U.S. helicopter gunship")."""
    between = [tree.tok(k) for k in tree.between(noun, verb)]
    return noun < verb and (not between or len(between) == 3 and between[0].text == between[2].text == ","
                            and between[1].pos == "ADV")


def _finite_verb_after_participle_phrase(tree: _Tree, verb: int) -> None:
    """See ``finite-verb-after-participle-phrase`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBD" or tree.is_root(verb) or tree.label(verb) != "acl" or tree.kids(verb, "nsubj", "mark"):
        return
    noun = tree.head[verb]
    participle = tree.head[noun]
    if tree.label(noun) != "obj" or tree.label(participle) != "acl" or tree.tok(participle).tag not in ("VBG", "VBN"):
        return
    root = tree.head[participle]
    if not tree.is_root(root) or tree.tok(root).pos != "NOUN" or not root < participle < noun < verb:
        return
    if any(tree.tok(k).tag in ("VBD", "VBZ", "VBP", "MD") for k in tree.order if k != verb):
        return
    tree.hang(verb, verb, "ROOT")
    tree.hang(root, verb, "nsubj")
    for k in tree.kids(root):
        if k > verb:
            tree.hang(k, verb, tree.dep[k])  # the final punctuation
    tree.repairs.append(Repair("finite-verb-after-participle-phrase", verb,
                               f"'{tok.text}' hung on '{tree.tok(noun).text}', the object of "
                               f"'{tree.tok(participle).text}' on the root '{tree.tok(root).text}': the verb is "
                               "the root, the root noun its subject"))


def _finite_verb_before_root_participle(tree: _Tree, verb: int, subject: int, root: int) -> None:
    """The participle after a clause made the root, the clause's verb a modifier of its subject
    ("In Stuttgart, around 30 people demonstrated in front of the US forces' headquarters ...,
    chanting the slogan ...", "chanting" the root): the verb is the root, the noun its subject, the
    participle an adverbial clause of it, and what hung on the participle before the verb (the
    fronted "In Stuttgart") the verb's."""
    tok = tree.tok(verb)
    top = subject
    while tree.head[top] != root:
        top = tree.head[top]
    tree.hang(verb, verb, "ROOT")
    tree.hang(root, verb, "advcl")
    tree.hang(subject, verb, "nsubj")
    tree.tag[verb] = "VBD"
    if top != subject:
        tree.hang(top, verb, tree.dep[top])  # "In Stuttgart, around 30 people": the fronted phrase
    for kid in tree.kids(root):
        if kid < verb and kid not in (subject, top):
            tree.hang(kid, verb, tree.dep[kid])
    tree.repairs.append(Repair("finite-verb-on-subject", verb, f"'{tok.text}' hung on its subject "
                                                               f"'{tree.tok(subject).text}' under the participle "
                                                               f"'{tree.tok(root).text}', the root: the verb is the "
                                                               "root, the participle its clause"))


def _adverb_after_as_particle(tree: _Tree, verb: int) -> None:
    """A preposition right after a verb just made a clause's head, hung as an adverb ("handed
    over 700 kg"), is the verb's particle."""
    after = tree.toks.get(verb + 1)
    if after is not None and after.pos == "ADP" and tree.label(verb + 1) == "advmod":
        tree.hang(verb + 1, verb, "compound:prt")


def _finite_verb_on_root_subject(tree: _Tree, verb: int, subject: int) -> None:
    """The noun before the verb made the root, the verb its clause ("Swiss doctors | handed over
    700 kg of medicine to ...", a whole sentence read as a noun phrase): the verb is the root,
    the noun its subject, a bare noun phrase right after it (or its particle) its object."""
    tok = tree.tok(verb)
    if tree.tok(subject).pos not in ("NOUN", "PROPN") or tree.kids(subject, "cop", "aux", "nsubj") \
            or tree.kids(verb, "nsubj", "mark") or tree.kids(subject, "det") and min(tree.kids(subject, "det")) < subject:
        return  # "the letter handed over to ...": a determiner marks a noun phrase with a reduced relative
    tree.hang(verb, verb, "ROOT")
    tree.hang(subject, verb, "nsubj")
    tree.tag[verb] = "VBD"
    for k in tree.kids(subject):
        if k > verb:
            tree.hang(k, verb, tree.dep[k])
    _adverb_after_as_particle(tree, verb)
    if not tree.kids(verb, "obj"):
        # "700 kg" hung as a bare oblique: only the particle and the phrase's own words lie between
        bare = [k for k in tree.kids(verb, "obl") if k > verb and not tree.kids(k, "case")
                and all(tree.label(j) == "compound:prt" or k in tree.ancestors(j) for j in tree.between(verb, k))]
        if bare and not time_word(tree.tok(bare[0])):
            tree.hang(bare[0], verb, "obj")
    tree.repairs.append(Repair("finite-verb-on-subject", verb, f"'{tok.text}' hung on its subject "
                                                               f"'{tree.tok(subject).text}', the root: the verb is the "
                                                               "root, the noun its subject"))


#: Forms of "be" and "get" that make the past participle after them passive, read by their text
#: (all-capitals copy leaves them unlemmatised: "BEEN", "WERE").
PASSIVE_FORMS = frozenset({"be", "is", "are", "am", "was", "were", "been", "being", "get", "gets", "got", "gotten",
                           "getting"})
#: Verbs of witnessing whose small clause may be a bare passive ("saw 120 soldiers killed").
WITNESS_VERBS = frozenset({"see", "saw", "seen", "witness", "leave", "left", "find", "found", "watch", "hear"})


def _passive_by_form(tree: _Tree, verb: int) -> None:
    tok = tree.tok(verb)
    if tok.pos == "VERB" and tree.kids(verb, "aux:pass") and not tree.kids(verb, "nsubj:pass"):
        # "A U.N. worker ... was shot": a passive auxiliary with its subject labelled active
        subjects = [k for k in tree.kids(verb) if k < verb and tree.dep[k].lower() == "nsubj"]
        if not subjects:
            # "Barbot, who worked as a technician ..., was shot dead": the name that opens the
            # sentence, hung on the verb as an adverb, is its subject
            first = tree.order[0]
            if first in tree.kids(verb, "advmod", "dep") and tree.tok(first).pos == "PROPN" \
                    and not tree.kids(first, "case"):
                subjects = [first]
        for subject in subjects:
            tree.dep[subject] = "nsubj:pass"
        if subjects:
            tree.repairs.append(Repair("passive-by-form", verb, f"'{tok.text}' has a passive auxiliary: its "
                                                                f"subject is the one acted upon"))
        return
    if tok.pos != "VERB" or not (tok.tag in ("VBN", "VBD") or _past_form(tok)) \
            or tree.kids(verb, "aux:pass", "nsubj:pass", "obj", "iobj"):
        return
    subjects = [k for k in tree.kids(verb, "nsubj") if k < verb]
    auxes = [k for k in tree.kids(verb, "aux", "cop") if k < verb]
    head = tree.tok(tree.head[verb]) if not tree.is_root(verb) else None
    if auxes:
        form = max(auxes)
        if tree.tok(form).text.lower() not in PASSIVE_FORMS:
            return
        tree.dep[form] = "aux:pass"
        why = f"'{tree.tok(form).text}' before the participle '{tok.text}': a passive"
    elif (subjects and tok.tag == "VBN" and head is not None and tree.label(verb) in ("xcomp", "ccomp")
          and (head.text.lower() in WITNESS_VERBS or head.lemma.lower() in WITNESS_VERBS)):
        why = f"participle '{tok.text}' with a subject in the small clause of '{head.text}': a passive"
    elif subjects and _objectless_harm_verb(tree, verb):
        why = f"'{tok.text}' needs an object and has none after it: its subject is the one harmed (a passive)"
    else:
        return
    for subject in subjects:
        tree.dep[subject] = "nsubj:pass"
    tree.tag[verb] = "VBN"
    tree.repairs.append(Repair("passive-by-form", verb, why))


def _objectless_harm_verb(tree: _Tree, verb: int) -> bool:
    """A verb that always takes an object ("kill", "arrest": ``transitive_harm_verbs`` in
    ``role_cues.yaml``) ending its clause with a subject, no auxiliary and no object, nor a
    coordinated verb that could hold the shared object ("the fighting saw 120 soldiers and a
    general killed", parsed as "general killed"): a bare passive. Never a relative clause
    ("the men police arrested")."""
    after = tree.toks.get(verb + 1)
    if tree.label(verb) in ("acl", "acl:relcl") or (after is not None and after.pos not in ("PUNCT", "ADP")) \
            or tree.kids(verb, "aux", "cop", "obj", "iobj", "ccomp", "xcomp", "mark"):
        return False
    # (a coordinated verb with no object of its own holds none to share: "An Iranian captured in
    # Afghanistan and sent to the Guantanamo detention center ... was repatriated")
    if any(tree.kids(k, "obj", "iobj") or tree.tok(k).pos != "VERB" for k in tree.kids(verb, "conj")):
        return False
    # "India captured from the guerrillas a strategic peak": a bare noun phrase after the verb,
    # read as an oblique, is its object (not a time: "killed Sunday", "two years ago")
    if any(k > verb and tree.label(k).startswith("obl") and not tree.kids(k, "case") and tree.tok(k).pos == "NOUN"
           and not time_word(tree.tok(k)) and not any(tree.tok(a).text.lower() in ("ago", "earlier", "later")
                                                       for a in tree.kids(k, "advmod"))
           for k in tree.kids(verb)):
        return False
    if after is not None and after.text.lower() == "up" and (to := tree.toks.get(verb + 2)) is not None \
            and to.text.lower() == "to":
        return False  # "captured up to 800,000 Chinese": a quantity (quantity-read-as-preposition)
    return _harm_verb(tree.tok(verb))


def _harm_verb(tok: Token) -> bool:
    """A verb of ``transitive_harm_verbs`` ("kill", "wound"), by its lemma or its form (the
    lemmatiser leaves some: "killed", "captured", "killing", "capturing", "shot")."""
    from .role_cues import load_role_cues  # role_cues reads the parse through syntax, which imports this module
    word = tok.text.lower()
    lemmas = {tok.lemma.lower(), word, word[:-1], word[:-2], word[:-3], word[:-3] + "e",
              _irregular_lemmas().get(word, word)}
    return bool(lemmas & load_role_cues().transitive_harm_verbs)


@lru_cache(maxsize=1)
def _irregular_lemmas() -> dict[str, str]:
    """Irregular verb forms to their lemmas, read once."""
    return load_irregular_forms()


#: Labels by which a sentence-final reporting clause hangs on the clause it reports.
_REPORT_LINKS = frozenset({"ccomp", "parataxis", "advcl", "conj"})


def _object_read_as_reporter(tree: _Tree, report: int) -> None:
    """See ``object-read-as-reporter`` in the module docstring."""
    tok = tree.tok(report)
    if tok.tag not in ("VBD", "VBZ", "VBP") or tree.kids(report, "obj"):
        return
    if not tree.is_root(report) and tree.kids(report, "ccomp"):
        return  # it reports a clause of its own
    before = tree.between(tree.order[0] - 1, report)
    comma = next((k for k in reversed(before) if tree.tok(k).text == ","), None)
    if comma is None:
        return
    span = tree.between(comma, report)
    tops = [k for k in span if tree.head[k] not in span or tree.is_root(k)]
    if len(tops) != 1 or tree.tok(tops[0]).pos not in ("NOUN", "PROPN") or any(
            tree.tok(k).pos in ("VERB", "AUX") for k in span):
        return  # the words between the comma and the verb are not one noun phrase: its subject
    speaker = tops[0]
    # the clause reported: the reporting verb's head (", X said" hung on the clause's verb), or
    # its complement before the comma (the reporting verb as the root)
    if tree.is_root(report):
        clauses = [k for k in tree.kids(report, "ccomp") if k < comma]
    elif tree.label(report) in _REPORT_LINKS and tree.head[report] < comma:
        clauses = [tree.head[report]]
    else:
        return
    if len(clauses) != 1:
        return
    verb = clauses[0]
    if tree.tok(verb).pos != "VERB" or tree.kids(verb, "obj") or _passive(tree, verb) \
            or not tree.kids(verb, "nsubj"):
        return
    stolen = [k for k in tree.kids(report, "nsubj") if verb < k < comma]
    if len(stolen) != 1 or tree.tok(stolen[0]).pos not in ("NOUN", "PROPN"):
        return
    obj = stolen[0]
    if any(tree.tok(k).pos in ("VERB", "AUX") and tree.head[k] == report for k in tree.between(verb, obj)):
        return
    saved = tree.snapshot()
    tree.hang(obj, verb, "obj")
    tree.hang(speaker, report, "nsubj")
    if not tree.is_root(report):  # ", X said" after the clause: parataxis, as UD has it
        tree.hang(report, verb, "parataxis")
    for k in tree.kids(report):  # what else it took from the clause before the comma
        if k < comma and k != verb and tree.label(k) != "punct":
            tree.hang(k, verb, tree.dep[k])
    tree.commit(saved, Repair("object-read-as-reporter", obj,
                              f"'{tree.tok(obj).text}' read as the subject of '{tok.text}' after the comma: the "
                              f"object of '{tree.tok(verb).text}', '{tree.tok(speaker).text}' the speaker"))


def _reporter_read_as_apposition(tree: _Tree, report: int) -> None:
    """See ``reporter-read-as-apposition`` in the module docstring."""
    tok = tree.tok(report)
    if tok.tag not in ("VBD", "VBZ", "VBP") or tree.kids(report, "nsubj", "nsubj:pass", "csubj", "expl", "obj"):
        return
    before = tree.between(tree.order[0] - 1, report)
    comma = next((k for k in reversed(before) if tree.tok(k).text == ","), None)
    if comma is None or comma == before[0]:
        return
    span = tree.between(comma, report)
    tops = [k for k in span if tree.head[k] not in span or tree.is_root(k)]
    if len(tops) != 1 or tree.tok(tops[0]).pos not in ("NOUN", "PROPN") or any(
            tree.tok(k).pos in ("VERB", "AUX", "ADP", "SCONJ") for k in span):
        return  # not one bare noun phrase
    speaker = tops[0]
    if tree.is_root(speaker) or tree.head[speaker] > comma or tree.label(speaker) not in ("appos", "conj", "nmod", "obl", "dep"):
        return
    saved = tree.snapshot()
    tree.hang(speaker, report, "nsubj")
    tree.commit(saved, Repair("reporter-read-as-apposition", speaker,
                              f"'{tree.tok(speaker).text}' after the last comma read as a modifier in the clause "
                              f"before it: the subject of '{tok.text}', which has none"))


#: Determiners that open a noun phrase.
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"})


def _noun_read_as_verb(tree: _Tree, word: int) -> None:
    """See ``noun-read-as-verb`` in the module docstring."""
    tok = tree.tok(word)
    head = tree.head[word]
    if tok.pos != "VERB" or tok.tag not in ("VB", "VBP") or tree.is_root(word) or head > word:
        return
    if tree.label(word) not in ("xcomp", "ccomp", "obj", "dep", "conj") or tree.tok(head).pos != "VERB":
        return
    if tree.kids(word, "nsubj", "aux", "mark", "cop") or tree.kids(head, "obj"):
        return
    # the words between the head verb and this word: a determiner, then nouns and adjectives, all
    # hanging (directly or through each other) on this word
    run = tree.between(head, word)
    if not run or tree.tok(run[0]).text.lower() not in _ARTICLES:
        return
    if any(tree.tok(k).pos not in ("DET", "NOUN", "PROPN", "ADJ", "PRON") for k in run) \
            or any(word not in tree.ancestors(k) for k in run):
        return
    tree.pos[word], tree.tag[word] = "NOUN", "NN"
    tree.hang(word, head, "obj")
    for k in tree.kids(word, "xcomp"):  # "offer | to host a summit": a clause of the noun
        tree.hang(k, word, "acl")
    tree.repairs.append(Repair("noun-read-as-verb", word, f"'{tok.text}' after '{tree.tok(run[0]).text}' read as a "
                                                          f"verb: a noun, the object of '{tree.tok(head).text}'"))


def _noun_in_list_read_as_verb(tree: _Tree, word: int) -> None:
    """See ``noun-in-list-read-as-verb`` in the module docstring."""
    tok = tree.tok(word)
    head = tree.head[word]
    # the tagger's base or present form, or a noun tag the part of speech overrode ("aid" NN/VERB)
    if tok.pos != "VERB" or tok.tag not in ("VB", "VBP", "NN") or tree.is_root(word) or head > word:
        return
    if tree.label(word) != "conj" or tree.tok(head).tag not in ("VBD", "VBN"):
        return
    if tree.kids(word, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc"):
        return
    at = tree.order.index(word)
    if at < 2 or at + 1 >= len(tree.order):
        return
    comma, before, after = tree.order[at - 1], tree.order[at - 2], tree.order[at + 1]
    listed = tree.kids(head, "obj")
    if not listed or tree.kids(word, "obj") != [after] or tree.tok(after).pos != "NOUN" or tree.tok(comma).text != ",":
        return
    if before != listed[0] and listed[0] not in tree.ancestors(before):  # the comma ends the head's object
        return
    tree.pos[word], tree.tag[word] = "NOUN", "NN"
    tree.hang(after, listed[0], "conj")
    tree.hang(word, after, "compound")
    tree.repairs.append(Repair("noun-in-list-read-as-verb", word,
                               f"'{tok.text} {tree.tok(after).text}' in the list of what '{tree.tok(head).text}' "
                               f"took read as a verb and its object: a noun compound, a conjunct of the object"))


def _verb_after_relative_clause(tree: _Tree, verb: int) -> None:
    """See ``verb-after-relative-clause`` in the module docstring."""
    tok = tree.tok(verb)
    head = tree.head[verb]
    if tok.pos != "VERB" or tok.tag not in ("VBD", "VBZ", "VBP") or tree.is_root(verb) or head > verb:
        return
    if tree.label(verb) == "conj" and tree.dep[head].lower() == "acl:relcl" and not tree.kids(verb, "cc"):
        # hung as a conjunct of the relative clause's own verb, after the comma that closes it
        # (", who are suspected to belong to ..., detonated an explosive device"); with "and"
        # the verb may be the relative clause's second one ("who fled and hid")
        before = tree.between(head, verb)
        if not before or tree.tok(before[-1]).text != ",":
            return
        head = tree.head[head]
    elif tree.label(verb) != "parataxis":
        return
    if head not in tree.toks or tree.tok(head).pos not in ("NOUN", "PROPN"):
        return
    reporter = None
    if not tree.is_root(head):
        # the noun read as a second subject of a sentence-final reporting clause (", the Press
        # Trust of India quoted a local railway spokesman as saying"): the verb is what it reports
        reporter = tree.head[head]
        if tree.label(head) != "nsubj" or reporter < verb or tree.tok(reporter).lemma.lower() not in bundled_cues().reporting_verbs \
                or not any(k > verb for k in tree.kids(reporter, "nsubj")):
            return
    if tree.kids(verb, "nsubj", "nsubj:pass", "mark") or tree.kids(head, "cop", "nsubj"):
        return
    relative = [k for k in tree.kids(head, "acl") if head < k < verb and tree.dep[k].lower() == "acl:relcl"]
    if not relative:
        return
    if reporter is None:
        tree.hang(verb, verb, "ROOT")
    else:
        tree.hang(verb, reporter, "ccomp")
    tree.hang(head, verb, "nsubj")
    for k in tree.kids(head):
        if k > verb:
            tree.hang(k, verb, tree.dep[k])
    tree.repairs.append(Repair("verb-after-relative-clause", verb,
                               f"'{tok.text}' hung as a parenthesis on '{tree.tok(head).text}' (the root, or a "
                               f"subject of the reporting verb after it) or on its relative clause's verb, after "
                               f"that clause: the verb is the root (or what is reported), the noun its subject"))


def _date_read_as_subject(tree: _Tree, verb: int) -> None:
    """See ``date-read-as-subject`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.pos != "VERB" or tok.tag not in ("VBD", "VBZ", "VBP"):
        return
    subjects = tree.kids(verb, "nsubj")
    dates = [k for k in subjects if time_word(tree.tok(k))]
    if len(subjects) > 1 and 0 < len(dates) < len(subjects):
        for date in dates:
            tree.hang(date, verb, "obl:tmod")
            tree.repairs.append(Repair("date-read-as-subject", date,
                                       f"'{tree.tok(date).text}' read as a second subject of '{tok.text}': "
                                       f"the time word is an oblique of time"))
        return
    if len(subjects) != 1 or not (date := subjects[0]) < verb or not time_word(tree.tok(date)) or tree.kids(date):
        return
    if tree.between(date, verb):  # the time word right before the verb
        return
    nouns = [k for k in tree.kids(verb, "obl", "dep", "nmod") if k < date and tree.tok(k).pos in ("NOUN", "PROPN")
             and not time_word(tree.tok(k)) and not tree.kids(k, "case", "mark")]
    if len(nouns) != 1 or any(k < nouns[0] and tree.label(k) != "punct" for k in tree.kids(verb)):
        return
    noun = nouns[0]
    tree.hang(noun, verb, "nsubj")
    tree.hang(date, verb, "obl:tmod")
    tree.repairs.append(Repair("date-read-as-subject", date,
                               f"'{tree.tok(date).text}' read as the subject of '{tok.text}', with "
                               f"'{tree.tok(noun).text}' before it an oblique: the noun is the subject, the "
                               f"time word an oblique of time"))


def _date_read_as_root(tree: _Tree, verb: int) -> None:
    """See ``date-read-as-root`` in the module docstring."""
    tok = tree.tok(verb)
    if tree.label(verb) not in ("conj", "acl") or not (tok.tag in ("VBD", "VBZ", "VBP") or tok.tag == "VBN"
                                                        and tree.kids(verb, "obj") and not tree.kids(verb, "aux")):
        return  # (a past participle with an object and no auxiliary is the past tense: "a car bomb destroyed")
    date = tree.head[verb]
    if date not in tree.toks or not (date < verb and tree.is_root(date)) or tree.kids(verb, "nsubj", "expl"):
        return
    if not (time_word(tree.tok(date)) or any(c == tree.order[0] for c in tree.kids(date, "case"))):
        return  # a time word, or a phrase its preposition opens ("On New Year's Eve a massive car bomb destroyed")
    if any(k < date and date not in tree.ancestors(k) for k in tree.order):  # the time phrase opens the sentence
        return
    after = [k for k in tree.kids(date) if date < k < verb and tree.label(k) != "punct"]
    if not after or tree.label(after[0]) not in ("appos", "nmod:unmarked", "nmod:npmod", "obl:unmarked", "dep") \
            or tree.tok(after[0]).pos not in ("NOUN", "PROPN", "NUM") or tree.kids(after[0], "case"):
        return
    subject = after[0]
    if any(tree.tok(k).pos not in ("NOUN", "PROPN", "NUM") for k in after[1:]):
        return  # another clause between them: not one subject's phrase
    was = (tree.dep[subject], tree.dep[verb])
    saved = tree.snapshot()
    if tok.tag == "VBN":
        tree.tag[verb] = "VBD"
    tree.hang(verb, verb, "ROOT")
    tree.hang(date, verb, "obl:tmod")
    tree.hang(subject, verb, "nsubj")
    for k in after[1:]:
        tree.hang(k, subject, "appos")  # "3,000 people, mostly Islamists"
    for k in tree.kids(date):
        if k > subject:
            label = tree.label(k)
            tree.hang(k, verb, "obl" if label in ("nmod", "conj") and tree.tok(k).pos != "VERB" else tree.dep[k])
    tree.commit(saved, Repair("date-read-as-root", date,
                              f"'{tree.tok(date).text}' read as the root, its subject "
                              f"'{tree.tok(subject).text}' its {was[0]} and '{tok.text}' its {was[1]}: "
                              f"the verb is the root, the noun its subject, the time word an oblique of time"))


def _participle_joined_to_gerund(tree: _Tree, verb: int) -> None:
    """See ``participle-joined-to-gerund`` in the module docstring."""
    tok = tree.tok(verb)
    gerund = tree.head[verb]
    if tok.pos != "VERB" or tok.tag != "VBN" or tree.is_root(verb) or tree.label(verb) != "conj" or gerund > verb:
        return
    if tree.tok(gerund).tag != "VBG" or tree.label(gerund) != "advcl" or tree.is_root(gerund) \
            or tree.kids(gerund, "aux", "nsubj", "nsubj:pass"):
        return  # a bare gerund clause ("for entering ..."), not a progressive ("where the group is fighting")
    passive = tree.head[gerund]
    if not tree.kids(passive, "aux:pass") or tree.kids(verb, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj"):
        return
    if [tree.tok(k).lemma.lower() for k in tree.kids(verb, "cc")] != ["and"]:
        return
    tree.hang(verb, passive, "conj")
    tree.repairs.append(Repair("participle-joined-to-gerund", verb,
                               f"'{tok.text}' joined to the gerund '{tree.tok(gerund).text}': a conjunct of the "
                               f"passive '{tree.tok(passive).text}'"))


def _gerund_read_as_main_verb(tree: _Tree, verb: int) -> None:
    """See ``gerund-read-as-main-verb`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBG" or not tree.is_root(verb) or tree.kids(verb, "aux", "aux:pass", "cop", "mark"):
        return
    subjects = [k for k in tree.kids(verb, "nsubj") if k < verb]
    passives = [k for k in tree.kids(verb, "ccomp") if k > verb and tree.tok(k).tag == "VBN"
                and tree.kids(k, "aux:pass") and not tree.kids(k, "mark")
                and not any(tree.label(x) == "nsubj" for x in tree.kids(k))]
    if len(subjects) != 1 or len(passives) != 1:
        return
    passive = passives[0]
    objects = [k for k in tree.kids(passive, "nsubj:pass") if verb < k < passive]
    if len(objects) != 1:
        return
    obj = objects[0]
    allowed = {obj, *tree.kids(passive, "aux", "aux:pass")}
    if any(k not in allowed and obj not in tree.ancestors(k) for k in tree.between(verb, passive)):
        return
    subject = subjects[0]
    tree.hang(passive, passive, "ROOT")
    for kid in tree.kids(verb):
        if kid not in (subject, obj, passive) and (kid < subject or kid > passive):
            tree.hang(kid, passive, tree.dep[kid])  # a fronted phrase, the final punctuation
    tree.hang(subject, passive, "nsubj:pass")
    tree.hang(verb, subject, "acl")
    tree.hang(obj, verb, "obj")
    tree.repairs.append(Repair("gerund-read-as-main-verb", verb,
                               f"the gerund '{tok.text}' read as the verb: a modifier of "
                               f"'{tree.tok(subject).text}', the subject of '{tree.tok(passive).text}'"))


def _participle_between_subject_and_verb(tree: _Tree, verb: int) -> None:
    """See ``participle-between-subject-and-verb`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBN" or tree.label(verb) != "advcl" or tree.kids(verb, "aux", "aux:pass", "mark"):
        return
    head = tree.head[verb]
    subjects = [k for k in tree.kids(verb, "nsubj", "nsubj:pass") if k < verb]
    if len(subjects) != 1 or head <= verb or tree.tok(head).pos != "VERB" \
            or tree.kids(head, "nsubj", "nsubj:pass", "expl"):
        return
    subject = subjects[0]
    if tree.tok(subject).pos not in ("NOUN", "PROPN") or not (verb - 1 in tree.toks and tree.tok(verb - 1).text == ","
                                                             or verb - 2 in tree.toks and tree.tok(verb - 2).text == ","):
        return
    if not any(tree.tok(k).text == "," for k in tree.between(verb, head)):
        return
    passive = bool(tree.kids(head, "aux:pass"))
    tree.hang(subject, head, "nsubj:pass" if passive else "nsubj")
    tree.hang(verb, subject, "acl")
    tree.repairs.append(Repair("participle-between-subject-and-verb", verb,
                               f"'{tok.text}' read as a clause of '{tree.tok(subject).text}': a modifier of it, "
                               f"the subject of '{tree.tok(head).text}'"))


def _agent_participle_read_as_verb(tree: _Tree, verb: int) -> None:
    """See ``agent-participle-read-as-verb`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag not in ("VBN", "VBD") or tree.kids(verb, "aux", "aux:pass", "mark", "obj", "expl"):
        return
    agents = [k for k in tree.kids(verb, "obl:agent", "obl") if k > verb
              and any(tree.tok(c).lemma.lower() == "by" for c in tree.kids(k, "case"))]
    subjects = tree.kids(verb, "nsubj")
    if len(agents) != 1 or len(subjects) != 1 or not subjects[0] < verb:
        return
    subject, agent = subjects[0], agents[0]
    # the participle right after its noun phrase (no comma, no other word between)
    if tree.tok(subject).pos not in ("NOUN", "PROPN", "NUM") or any(
            tree.tok(k).text in (",", ";", ":") or tree.head[k] == verb for k in tree.between(subject, verb)):
        return
    finite = [k for k in tree.kids(verb, "advcl", "conj", "ccomp") if k > agent and tree.tok(k).pos == "VERB"
              and tree.tok(k).tag == "VBD" and not tree.kids(k, "nsubj", "nsubj:pass", "mark", "expl", "cc")]
    if len(finite) != 1 or any(tree.tok(k).text in (",", ";", ":") for k in tree.between(agent, finite[0])
                               if tree.head[k] in (verb, finite[0])):
        return
    head = finite[0]
    saved = tree.snapshot()
    tree.take_place(head, verb)
    tree.hang(subject, head, "nsubj")
    tree.hang(verb, subject, "acl")
    for kid in tree.kids(verb):  # what else hung on the participle after the clause's verb is the verb's
        if kid > head:
            tree.hang(kid, head, tree.dep[kid])
    tree.commit(saved, Repair("agent-participle-read-as-verb", verb,
                              f"'{tok.text}' with its 'by' agent read as the verb of '{tree.tok(subject).text}': "
                              f"a modifier of it, the subject of '{tree.tok(head).text}'"))


def _verb_after_placed_participle(tree: _Tree, verb: int) -> None:
    """See ``verb-after-placed-participle`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBD" or tree.label(verb) != "acl" or tree.kids(verb, "nsubj", "nsubj:pass", "mark", "expl"):
        return
    noun = tree.head[verb]  # the noun of the phrase of where, right before the verb
    if noun not in tree.toks or not noun < verb or tree.between(noun, verb) or tree.label(noun) not in ("obl", "nmod") \
            or not tree.kids(noun, "case"):
        return
    participle = tree.head[noun]
    if participle not in tree.toks:
        return
    part = tree.tok(participle)
    if not participle < noun or not (part.tag == "VBN" or part.pos == "ADJ" and part.text.lower().endswith(("ed", "en"))) \
            or tree.kids(participle, "aux", "aux:pass", "cop"):
        return
    subjects = [k for k in tree.kids(participle, "nsubj", "nsubj:pass") if k < participle]
    if len(subjects) != 1 or tree.between(subjects[0], participle) \
            or tree.tok(subjects[0]).pos not in ("NOUN", "PROPN"):
        return
    subject = subjects[0]
    saved = tree.snapshot()
    tree.take_place(verb, participle)
    tree.hang(subject, verb, "nsubj")
    tree.hang(participle, subject, "acl")
    for kid in tree.kids(participle):  # its subordinator before the noun, its conjuncts after the verb
        if kid < subject or kid > verb:
            tree.hang(kid, verb, tree.dep[kid])
    tree.commit(saved, Repair("verb-after-placed-participle", verb,
                              f"'{part.text}' read as the verb of '{tree.tok(subject).text}' and '{tok.text}' as "
                              f"a modifier of '{tree.tok(noun).text}': '{tok.text}' is the verb, "
                              f"'{part.text}' a modifier of its subject"))


def _participle_on_complement(tree: _Tree, verb: int) -> None:
    """See ``participle-on-complement`` in the module docstring."""
    if tree.tok(verb).tag != "VBN" or tree.label(verb) not in ("acl", "conj") \
            or tree.kids(verb, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark"):
        return
    adjective = tree.head[verb]
    if adjective not in tree.toks or not adjective < verb or tree.tok(adjective).pos != "ADJ" \
            or tree.label(adjective) != "xcomp":
        return
    passive = tree.head[adjective]
    if passive not in tree.toks or tree.tok(passive).pos != "VERB" or not tree.kids(passive, "aux:pass") \
            or not passive < adjective:
        return
    label = tree.label(verb)
    tree.hang(verb, passive, "conj")
    tree.repairs.append(Repair("participle-on-complement", verb,
                               f"'{tree.tok(verb).text}' hung as a {label} on '{tree.tok(adjective).text}', the "
                               f"complement of the passive '{tree.tok(passive).text}': a conjunct of that verb"))


def _free_relative_object(tree: _Tree, verb: int) -> None:
    """See ``free-relative-object`` in the module docstring."""
    if tree.kids(verb, "obj"):
        return
    for clause in tree.kids(verb, "ccomp"):
        if clause < verb or tree.tok(clause).pos not in ("NOUN", "PROPN") or not tree.kids(clause, "cop"):
            continue
        if not any(tree.tok(k).lemma.lower() == "what" and k < clause for k in tree.kids(clause, "nsubj")):
            continue
        tree.hang(clause, verb, "obj")
        for kid in tree.kids(clause, "obl", "nmod"):
            if kid > clause:
                tree.hang(kid, verb, "obl")
        tree.repairs.append(Repair("free-relative-object", clause,
                                   f"'what ... {tree.tok(clause).text}' read as a clause of '{tree.tok(verb).text}': "
                                   f"its object"))
        return


def _subject_read_as_oblique(tree: _Tree, verb: int) -> None:
    """See ``subject-read-as-oblique`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag not in ("VBD", "VBZ", "VBP") or tree.kids(verb, "nsubj", "nsubj:pass", "csubj", "expl", "aux", "mark"):
        return
    if not (tree.is_root(verb) or tree.label(verb) in ("ccomp", "parataxis")):
        return

    def fronted(k: int, noun: int) -> bool:  # a comma between the word and the noun: the fronted phrase's
        return any(tree.tok(c).text == "," for c in tree.between(k, noun))

    obliques = [k for k in tree.kids(verb, "obl") if k < verb and tree.tok(k).pos in ("NOUN", "PROPN")
                and not time_word(tree.tok(k)) and not tree.kids(k, "mark")
                and all(fronted(c, k) for c in tree.kids(k, "case"))]
    if not obliques and tok.lemma.lower() not in bundled_cues().reporting_verbs:
        # "In the divided city of Mostar in the southwest, Croat police in western Mostar shot at a
        # car": the noun phrase after the fronted phrase's comma read as an apposition inside it
        # (a reporting verb's speaker so read is reporter-read-as-apposition's)
        noun = _apposition_before(tree, verb)
        if noun is None:
            return
        tree.hang(noun, verb, "nsubj")
        tree.repairs.append(Repair("subject-read-as-oblique", noun,
                                   f"'{tree.tok(noun).text}' read as an apposition in the fronted phrase of "
                                   f"'{tok.text}', which has no subject: its subject"))
        return
    if len(obliques) != 1:
        return
    noun = obliques[0]
    if not any(tree.tok(k).text == "," for k in tree.between(tree.order[0] - 1, noun)):
        return
    tree.hang(noun, verb, "nsubj")
    # the fronted phrase the parser hung on the noun ("Hours after the attack", "In the latest
    # fighting") is the verb's, and a preposition read as the noun's is the phrase's
    heads = [k for k in tree.kids(noun, "compound", "nmod", "amod") if k < noun and fronted(k, noun)]
    for k in heads:
        tree.hang(k, verb, "obl:tmod" if time_word(tree.tok(k)) else "obl")
    for case in tree.kids(noun, "case"):
        if heads:
            tree.hang(case, heads[-1], "case")
    tree.repairs.append(Repair("subject-read-as-oblique", noun,
                               f"'{tree.tok(noun).text}' read as an oblique of '{tok.text}', which has no subject: "
                               f"its subject"))


def _apposition_before(tree: _Tree, verb: int) -> int | None:
    """The noun read as an apposition whose phrase ends right before ``verb``, after a comma, inside
    a phrase that hangs on the verb (the fronted phrase), if any."""
    before = [k for k in tree.order if k < verb]
    if not before:
        return None
    last = before[-1]
    noun = next((a for a in [last] + tree.ancestors(last) if tree.label(a) == "appos"), None)
    if noun is None or noun >= verb or tree.tok(noun).pos not in ("NOUN", "PROPN") or verb not in tree.ancestors(noun):
        return None
    comma = tree.toks.get(min([noun] + [k for k in tree.kids(noun) if k < noun and tree.label(k) != "punct"]) - 1)
    if comma is None or comma.text != ",":
        return None
    if any(noun not in tree.ancestors(k) and k != noun for k in tree.between(noun, verb)):
        return None  # the words between are not all the noun's
    return noun


def _subject_of_a_noun(tree: _Tree, verb: int) -> None:
    """See ``subject-of-a-noun`` in the module docstring."""
    for noun in tree.kids(verb, "nsubj"):
        subjects = tree.kids(noun, "nsubj")
        if tree.pos[noun] != "NOUN" or len(subjects) != 1 or not subjects[0] < noun < verb:
            continue
        tree.hang(subjects[0], verb, "nsubj")
        tree.hang(noun, verb, "obl:npmod")
        for kid in tree.kids(noun, "advmod"):  # "reportedly": the verb's
            tree.hang(kid, verb, "advmod")
        tree.repairs.append(Repair("subject-of-a-noun", noun,
                                   f"'{tree.tok(noun).text}' read as the subject of '{tree.tok(verb).text}' with a "
                                   f"subject of its own, '{tree.tok(subjects[0]).text}': that is the verb's"))
        return


def _possessive_read_as_auxiliary(tree: _Tree, verb: int) -> None:
    """See ``possessive-read-as-auxiliary`` in the module docstring."""
    tok = tree.tok(verb)
    marks = [k for k in tree.kids(verb, "aux", "aux:pass") if tree.tok(k).text.lower() in ("'s", "’s")
             and tree.tok(k).pos == "PART" and k < verb]
    if tok.pos != "VERB" or len(marks) != 1 or tree.kids(verb, "nsubj", "nsubj:pass"):
        return
    mark = marks[0]
    noun = verb - 1
    owner = mark - 1
    if noun <= mark or tree.head[noun] != verb or tree.label(noun) != "compound" \
            or tree.tok(noun).pos != "NOUN" or owner not in tree.toks or tree.head[owner] != verb \
            or tree.tok(owner).pos not in ("PROPN", "NOUN"):
        return
    tree.hang(noun, verb, "nsubj")
    tree.hang(owner, noun, "nmod:poss")
    tree.hang(mark, owner, "case")
    for k in tree.between(mark, noun):  # the noun's own modifiers
        if tree.head[k] == verb:
            tree.hang(k, noun, tree.dep[k])
    tree.repairs.append(Repair("possessive-read-as-auxiliary", verb,
                               f"'{tree.tok(mark).text}' read as an auxiliary of '{tok.text}': "
                               f"'{tree.tok(noun).text}' of '{tree.tok(owner).text}' is its subject"))


def _gerund_before_finite_verb(tree: _Tree, verb: int) -> None:
    """See ``gerund-before-finite-verb`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.tag != "VBG" or tree.kids(verb, "aux", "aux:pass", "cop"):
        return
    subjects = [k for k in tree.kids(verb, "nsubj") if k < verb]
    finite = [k for k in tree.kids(verb, "xcomp", "ccomp") if k > verb and tree.tok(k).tag == "VBD"
              and not tree.kids(k, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass")]
    # (a name as the object may be labelled an indirect one: "Ivorians backing President Laurent
    # Gbagbo marched through Paris")
    objects = [k for k in tree.kids(verb, "obj", "iobj") if verb < k]
    if len(subjects) != 1 or len(finite) != 1 or len(objects) != 1 or not objects[0] < finite[0]:
        return
    past, subject, obj = finite[0], subjects[0], objects[0]
    if any(k != obj and obj not in tree.ancestors(k) for k in tree.between(verb, past)):
        return
    head, dep = tree.head[verb], tree.dep[verb]
    tree.hang(past, past if tree.is_root(verb) else head, dep)
    tree.hang(obj, verb, "obj")
    for kid in tree.kids(verb):
        if kid + 1 == subject and tree.tok(kid).pos == "NUM":
            tree.hang(kid, subject, "nummod")  # "several hundred Ivorians": the subject's number
        elif kid not in (subject, obj, past) and (kid < subject or kid > past):
            tree.hang(kid, past, tree.dep[kid])  # "after", a fronted phrase, the final punctuation
    tree.hang(subject, past, "nsubj")
    tree.hang(verb, subject, "acl")
    tree.repairs.append(Repair("gerund-before-finite-verb", verb,
                               f"the gerund '{tok.text}' read as the verb: a modifier of "
                               f"'{tree.tok(subject).text}', the subject of '{tree.tok(past).text}'"))


#: Verbs whose complement says what the subject is or becomes, not what it acts on.
_LINKING_VERBS = frozenset({"be", "become", "remain", "stay", "seem", "appear", "look", "sound", "feel", "prove",
                            "turn", "grow", "get", "go", "come", "keep", "end", "make", "name", "elect", "appoint",
                            "call", "consider", "declare", "nominate"})


def _object_read_as_complement(tree: _Tree, verb: int) -> None:
    """See ``object-read-as-complement`` in the module docstring."""
    tok = tree.tok(verb)
    if tok.pos != "VERB" or tok.lemma.lower() in _LINKING_VERBS or tree.kids(verb, "obj", "iobj", "ccomp"):
        return
    nouns = [k for k in tree.kids(verb, "xcomp") if k > verb and tree.tok(k).pos == "NOUN"]
    if len(nouns) != 1 or tree.kids(nouns[0], "nsubj", "nsubj:pass", "cop", "mark", "aux", "case"):
        return
    noun = nouns[0]
    dets = tree.kids(noun, "det")
    if not dets or any(noun not in tree.ancestors(k) for k in tree.between(verb, noun)) \
            or tree.between(verb, min(dets)):
        return  # only the noun's own phrase, from its determiner on, follows the verb ("blamed the killing")
    tree.hang(noun, verb, "obj")
    tree.repairs.append(Repair("object-read-as-complement", noun,
                               f"'{tree.tok(noun).text}' with its determiner right after '{tok.text}' read as a "
                               f"complement: the verb's object"))


def _quantity_read_as_preposition(tree: _Tree, noun: int) -> None:
    """See ``quantity-read-as-preposition`` in the module docstring."""
    verb = tree.head[noun]
    if tree.is_root(noun) or tree.tok(verb).pos != "VERB" or verb > noun or tree.kids(verb, "obj") \
            or _passive(tree, verb):
        return
    cases = tree.kids(noun, "case")
    if len(cases) != 1:
        return
    words = [tree.tok(k).text.lower() if k in tree.toks else "" for k in (cases[0] - 1, cases[0])]
    if words[1] == "up":  # "up" the case, "to" fixed on it
        up = cases[0]
        fixed = tree.kids(up, "fixed")
        if [tree.tok(k).text.lower() for k in fixed] != ["to"] or fixed[0] != up + 1:
            return
    elif words == ["up", "to"] and tree.head[cases[0] - 1] == verb \
            and tree.label(cases[0] - 1) in ("compound:prt", "prt"):
        up = cases[0] - 1  # "captured up to 800,000 Chinese": "up" the verb's particle, "to" the case
    else:
        return
    number = tree.toks.get(up + 2)
    if number is None or number.pos != "NUM" or tree.head[up + 2] != noun:
        return
    if tree.head[up + 1] != up:
        tree.hang(up + 1, up, "fixed")
    tree.hang(noun, verb, "obj")
    tree.hang(up, up + 2, "advmod")
    tree.repairs.append(Repair("quantity-read-as-preposition", noun,
                               f"'up to' before '{number.text}' read as the preposition of '{tree.tok(noun).text}': "
                               f"the object of '{tree.tok(verb).text}'"))


def _as_many_as(tree: _Tree, noun: int) -> None:
    """See ``as-many-as`` in the module docstring."""
    many = tree.head[noun]
    if tree.is_root(noun) or tree.is_root(many) or tree.tok(many).text.lower() not in ("many", "much") or many > noun:
        return
    verb = tree.head[many]
    cases = tree.kids(noun, "case")
    if tree.tok(verb).pos != "VERB" or verb > many or tree.kids(verb, "obj") or _passive(tree, verb):
        return
    if [tree.tok(k).text.lower() for k in cases] != ["as"] or cases[0] != many + 1 \
            or not any(tree.tok(k).text.lower() == "as" and k == many - 1 for k in tree.kids(many)):
        return
    number = next((k for k in tree.kids(noun, "nummod")), None)
    if number is None:
        return
    tree.hang(noun, verb, "obj")
    tree.hang(many, number, "advmod")
    tree.hang(cases[0], many, "fixed")
    tree.repairs.append(Repair("as-many-as", noun, f"'as many as' before '{tree.tok(number).text}' read as the "
                                                   f"preposition of '{tree.tok(noun).text}': the object of "
                                                   f"'{tree.tok(verb).text}'"))


def _subject_read_as_compound(tree: _Tree, verb: int) -> None:
    """See ``subject-read-as-compound`` in the module docstring."""
    if tree.tok(verb).pos != "VERB" or tree.kids(verb, "nsubj", "nsubj:pass", "csubj", "expl"):
        return
    if not tree.kids(verb, "mark", "obj"):
        return  # "a US offer": with neither, it may be a noun (noun-read-as-verb)
    left = [k for k in tree.kids(verb, "compound", "det", "amod", "nmod:poss") if k < verb]
    nouns = [k for k in left if tree.label(k) == "compound" and tree.tok(k).pos in ("NOUN", "PROPN")]
    if not nouns:
        return
    subject = max(nouns)
    if _hyphened(tree, subject, verb):
        return  # "rock-throwing": one word (hyphened-participle)
    span = tree.between(min(left) - 1, verb)
    if any(k not in left and not set(tree.ancestors(k)) & set(left) for k in span):
        return  # other words between: not one noun phrase before the verb
    tree.hang(subject, verb, "nsubj")
    for k in left:
        if k != subject:
            tree.hang(k, subject, tree.dep[k])
    tree.repairs.append(Repair("subject-read-as-compound", subject,
                               f"'{tree.tok(subject).text}' read as a compound of the verb "
                               f"'{tree.tok(verb).text}': its subject"))


def _number_read_as_modifier(tree: _Tree, verb: int) -> None:
    """See ``number-read-as-modifier`` in the module docstring."""
    if tree.tok(verb).tag not in ("VBD", "VBZ", "VBP") or tree.kids(verb, "nsubj", "nsubj:pass", "csubj", "expl"):
        return
    numbers = [k for k in tree.kids(verb, "nummod") if k < verb and tree.tok(k).pos == "NUM"]
    if len(numbers) != 1 or any(tree.tok(k).pos in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
                                for k in tree.between(numbers[0], verb)):
        return
    tree.hang(numbers[0], verb, "nsubj")
    tree.repairs.append(Repair("number-read-as-modifier", numbers[0],
                               f"'{tree.tok(numbers[0]).text}' read as a numeric modifier of the verb "
                               f"'{tree.tok(verb).text}': its subject"))


#: Prepositions that also begin a clause ("after the airstrike" / "after the airstrike hit a
#: school"): with a finite verb that has an object after them, the parser's subject is right.
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "as"})


def _subject_with_preposition(tree: _Tree, verb: int) -> None:
    """See ``subject-with-preposition`` in the module docstring."""
    if tree.tok(verb).tag not in ("VBN", "VBD") or tree.is_root(verb) or tree.kids(verb, "aux", "aux:pass", "mark"):
        return
    head = tree.head[verb]
    subjects = tree.kids(verb, "nsubj")
    if len(subjects) != 1 or tree.tok(head).pos != "VERB" or tree.label(verb) not in ("advcl", "ccomp", "conj", "parataxis"):
        return
    noun = subjects[0]
    cases = [k for k in tree.kids(noun, "case") if k < noun]
    if not cases or not head < min(cases) or tree.tok(noun).pos not in ("NOUN", "PROPN") \
            or any(tree.tok(k).pos in ("VERB", "AUX") for k in tree.between(head, min(cases))):
        return
    if tree.kids(verb, "obj") and any(tree.tok(k).lemma.lower() in _CLAUSE_PREPOSITIONS for k in cases):
        return  # "killed after a Russian airstrike hit a school": "after" begins a clause with an object
    tree.hang(noun, head, "obl")
    tree.hang(verb, noun, "acl")
    for k in tree.kids(verb, "conj"):
        if tree.kids(k, "aux", "aux:pass", "cop"):  # "but was still refusing": the verb before's conjunct
            tree.hang(k, head, "conj")
    tree.repairs.append(Repair("subject-with-preposition", noun,
                               f"'{tree.tok(noun).text}' with its preposition read as the subject of "
                               f"'{tree.tok(verb).text}': an oblique of '{tree.tok(head).text}', the participle "
                               "its reduced relative"))


#: Verbs of people acting together in public, never passive in news ("residents demonstrated",
#: "thousands marched"): a past participle of one hung on the noun before it is its finite verb.
GATHERING_VERBS = frozenset({"demonstrate", "protest", "march", "rally", "riot", "picket", "gather", "assemble"})


def _finite_verb_in_subject_phrase(tree: _Tree, verb: int) -> None:
    """See ``finite-verb-in-subject-phrase`` in the module docstring."""
    tok = tree.tok(verb)
    # a verb of collective action that is not passive ("residents demonstrated in Baghdad", tagged
    # as a past participle): the clause needs no object
    acting = tok.lemma.lower() in GATHERING_VERBS and tree.label(verb) == "acl" and not any(
        tree.tok(c).lemma.lower() == "by" for k in tree.kids(verb, "obl") for c in tree.kids(k, "case"))
    if (tok.tag != "VBD" and not (tok.tag == "VBN" and acting)) or tree.is_root(verb) \
            or tree.kids(verb, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass"):
        return
    head = tree.head[verb]
    # a clause of a noun, with its object; or a modifier of the noun right after it, which is then
    # its object ("supporters of X | blocked roads in ...")
    as_clause = tree.label(verb) in ("acl", "acl:relcl") and (tree.kids(verb, "obj") or acting)
    as_modifier = tree.label(verb) == "amod" and head == verb + 1 and tree.tok(head).pos == "NOUN" \
        and not any(tree.label(k) in ("det", "nmod:poss") for k in tree.kids(head) if k < verb)
    if not (as_clause or as_modifier):
        return
    root = next((k for k in tree.order if tree.is_root(k)), None)
    if root is None or root > verb or tree.tok(root).pos not in ("NOUN", "PROPN") \
            or tree.kids(root, "cop", "aux", "nsubj", "mark"):
        return
    # a clause joined to the root after the verb ("... demonstrated in Peshawar but were forbidden
    # from handing in a petition", "forbidden" a conjunct of the root noun) is the verb's second
    # conjunct, its finite words no sign of a relative clause
    later = [k for k in tree.kids(root, "conj") if k > verb]
    # and a relative clause with its own subject ("an election which was marred by ...") is a
    # clause of its noun, whose finite verb is no rival for the sentence's
    later += [k for k in tree.order
              if k > verb and tree.label(k) == "acl:relcl" and tree.kids(k, "nsubj", "nsubj:pass")]
    if root not in tree.ancestors(verb) or any(
            tree.tok(k).tag in ("VBD", "VBZ", "VBP", "MD") for k in tree.order
            if k != verb and not any(k == c or c in tree.ancestors(k) for c in later)):
        return  # another finite verb: the clause may be a relative one
    if any(root not in tree.ancestors(k) for k in tree.between(root, verb)):
        return  # only the root's own words lie between it and the verb
    # a root with a preposition is a phrase of place or time the parser made the head ("In
    # Marseille, ..., around 1,600 people demonstrated"): no subject; the noun the verb hung on is
    prep_root = bool(tree.kids(root, "case"))
    if prep_root and (not as_clause or tree.kids(head, "case") or head == root):
        return
    host = tree.tok(head).text  # the noun the parser hung it on, named in the repair
    tree.hang(verb, verb, "ROOT")
    if as_modifier:
        tree.hang(head, verb, "obj")
    subject = head if prep_root else root
    tree.hang(subject, verb, "nsubj")
    if prep_root:
        tree.hang(root, verb, "obl")
    for k in tree.kids(root):
        if k > verb:  # what followed the verb belongs to it
            tree.hang(k, verb, tree.dep[k])
    tree.repairs.append(Repair("finite-verb-in-subject-phrase", verb,
                               f"'{tok.text}' hung on '{host}' inside the root noun phrase: the verb is the "
                               f"root, '{tree.tok(subject).text}' its subject"))


def _outcome_on_relative_clause(tree: _Tree, participle: int) -> None:
    """See ``outcome-on-relative-clause`` in the module docstring."""
    if tree.tok(participle).tag != "VBG" or tree.label(participle) != "advcl" \
            or tree.kids(participle, "mark", "nsubj", "nsubj:pass"):
        return
    comma = tree.toks.get(participle - 1)
    relative = tree.head[participle]
    if comma is None or comma.text != "," or relative > participle:
        return
    described = tree.dep[relative].endswith(":relcl") and bool(tree.kids(relative, "cop"))
    passing = tree.tok(relative).lemma.lower() in PASSING_VERBS and tree.label(relative) == "advcl" \
        and _harm_verb(tree.tok(participle))
    if not (described or passing):
        return
    verb = next((k for k in tree.ancestors(relative) if tree.tok(k).pos == "VERB"), None)
    if verb is None or verb > relative:
        return
    tree.hang(participle, verb, "advcl")
    tree.repairs.append(Repair("outcome-on-relative-clause", participle,
                               f"'{tree.tok(participle).text}' hung on the relative clause "
                               f"'{tree.tok(relative).text}': the outcome of '{tree.tok(verb).text}'"))
