"""Round 7: unnamed agents with a sector inside an event noun's phrase, the agent of an attack noun
as the attacker, the authorities of the place of an agentless arrest, "without" as negation, and
the head of a noun phrase carrying its light verb — on hand-built parses."""
from __future__ import annotations

import pytest

from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture
from lapwing.model import Actor, CodedArticle, Mention

ACTORS = {"Iraq": ("IRQ", "IRQ"), "Moscow": ("RUS", "RUS"), "Russia": ("RUS", "RUS"), "Ecuador": ("ECU", "ECU")}


def as_place(doc: CodedArticle, text: str) -> CodedArticle:
    """``doc`` with the mention ``text`` marked as a location."""
    return doc.replace(mentions=tuple(m.replace(kind="location") if m.text == text else m for m in doc.mentions))


def with_actor(doc: CodedArticle, text: str, actor: Actor | None) -> CodedArticle:
    """``doc`` with a mention of the token ``text`` whose actor is ``actor`` (a sector without a
    country, or no actor at all)."""
    tok = next(t for s in doc.sentences for t in s.tokens if t.text == text)
    mention = Mention(start_char=tok.start_char, end_char=tok.end_char, text=text, kind="group", sentence=0,
                      actor=actor)
    return doc.replace(mentions=doc.mentions + (mention,))


def unnamed(sector: str, name: str = "unnamed") -> Actor:
    return Actor(name=name, sector=sector)


def coded(doc: CodedArticle) -> set[tuple[str, str, str | None, str | None, str]]:
    """(type, modality, actor sector, actor country, recipient code or '-')."""
    return {(e.event_type, e.modality, e.actors[0].actor.sector, e.actors[0].actor.country,
             e.recipients[0].actor.code if e.recipients else "-") for e in doc.events}


ATTACK_BY = [("The", "the", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "root", -1),
             ("by", "by", "ADP", "IN", "case", 3), ("them", "them", "NOUN", "NNS", "nmod", 1),
             ("on", "on", "ADP", "IN", "case", 5), ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 1)]


def test_an_unnamed_agent_in_the_by_phrase_of_an_event_noun_is_the_actor(stage):
    # The attack by militants on Iraq
    doc = stage(with_actor(build_doc([ATTACK_BY], ACTORS), "them", unnamed("REB")))
    # the rebels' country is their opponent's (domestic conflict, ``roles.domestic``)
    assert coded(doc) == {("ASSAULT", "asserted", "REB", "IRQ", "IRQ")}
    assert "unnamed agent in the event's noun phrase (unnamed REB actor)" in doc.events[0].provenance[0].reason


def test_a_mention_with_no_actor_never_fills_the_role(stage):
    # The attack by them on Iraq: an unresolved pronoun is a mention without an actor
    doc = stage(with_actor(build_doc([ATTACK_BY], ACTORS), "them", None))
    assert doc.events == ()


@pytest.mark.parametrize("noun, lemma, event_type, expected", [
    ("protest", "protest", "PROTEST", {("PROTEST", "asserted", "CVL", "IRQ", "IRQ")}),
    ("aid", "aid", "AID", set()),  # "refugee aid to Iraq": the refugees receive, they do not give
])
def test_unnamed_civilians_modifying_an_event_noun_act_only_in_protests(stage, noun, lemma, event_type, expected):
    spec = [("residents", "resident", "NOUN", "NNS", "compound", 1), (noun, lemma, "NOUN", "NN", "root", -1),
            ("against" if event_type == "PROTEST" else "to", "x", "ADP", "IN", "case", 3),
            ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 1)]
    spec[2] = (spec[2][0], spec[2][0], "ADP", "IN", "case", 3)
    doc = stage(with_actor(build_doc([spec], ACTORS), "residents", unnamed("CVL")))
    assert {c for c in coded(doc) if c[0] == event_type} == expected


def test_the_agent_of_an_attack_noun_subject_is_the_attacker(stage):
    # The attack by militants killed soldiers
    doc = build_doc([[("The", "the", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "nsubj", 4),
                      ("by", "by", "ADP", "IN", "case", 3), ("militants", "militant", "NOUN", "NNS", "nmod", 1),
                      ("killed", "kill", "VERB", "VBD", "root", -1), ("soldiers", "soldier", "NOUN", "NNS", "obj", 4)]],
                    ACTORS)
    doc = stage(with_actor(with_actor(doc, "militants", unnamed("REB")), "soldiers", unnamed("MIL")))
    assert {(e.event_type, e.actors[0].actor.sector) for e in doc.events} == {("ASSAULT", "REB")}
    reasons = [p.reason for e in doc.events for p in e.provenance]
    assert any("agent of the attack noun 'attack' as the subject" in r for r in reasons)


def arrested(place_prep: str, place: str, subject: str = "activist") -> list:
    return [(subject, subject, "NOUN", "NN", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("arrested", "arrest", "VERB", "VBN", "root", -1), (place_prep, place_prep, "ADP", "IN", "case", 4),
            (place, place, "PROPN", "NNP", "obl", 2)]


def test_an_agentless_arrest_is_by_the_authorities_of_its_place(stage):
    # An activist was arrested in Moscow
    doc = stage(with_actor(as_place(build_doc([arrested("in", "Moscow")], ACTORS), "Moscow"), "activist", unnamed("OPP")))
    event = doc.events[0]
    assert (event.event_type, event.actors[0].actor.code, event.actors[0].actor.sector) == ("COERCE", "RUS", "COP")
    assert event.actors[0].resolution.rule == "unnamed-authority-place"
    assert [m.text for m in event.recipients] == ["activist"]


def test_an_agentless_arrest_of_someone_unnamed_has_no_recipient_rather_than_the_place(stage):
    # He was arrested in Moscow ("he" unresolved: a mention with no actor)
    doc = stage(with_actor(as_place(build_doc([arrested("in", "Moscow", subject="He")], ACTORS), "Moscow"), "He", None))
    assert dyads(doc) == {("COERCE", "asserted", "RUS", "-")}


def test_a_destination_is_not_the_place_of_an_arrest(stage):
    # An activist was arrested to Ecuador (a destination, as in "deported to Ecuador"): no source
    doc = stage(with_actor(as_place(build_doc([arrested("to", "Ecuador")], ACTORS), "Ecuador"), "activist", unnamed("OPP")))
    assert not [e for e in doc.events if e.event_type == "COERCE" and e.actors[0].actor.sector == "COP"]


def test_without_negates_the_clause_it_introduces(stage):
    # Iraq dispersed the crowd without using force
    doc = stage(build_doc([[("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1), ("dispersed", "disperse", "VERB", "VBD", "root", -1),
                            ("the", "the", "DET", "DT", "det", 3), ("crowd", "crowd", "NOUN", "NN", "obj", 1),
                            ("without", "without", "SCONJ", "IN", "mark", 5), ("using", "use", "VERB", "VBG", "advcl", 1),
                            ("force", "force", "NOUN", "NN", "obj", 5)]], ACTORS))
    by_trigger = {e.evidence[-1]: e.modality for e in doc.events}
    assert by_trigger.get("dispersed") == "asserted"
    assert by_trigger.get("using") == "negated"


def test_the_head_of_the_noun_phrase_takes_the_light_verb(stage):
    # Russia held war games: the games (MOBILIZE), not their modifier "war"
    doc = stage(build_doc([[("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
                            ("war", "war", "NOUN", "NN", "compound", 3), ("games", "game", "NOUN", "NNS", "obj", 1)]],
                          ACTORS))
    assert dyads(doc) == {("MOBILIZE", "asserted", "RUS", "-")}


def test_a_verb_with_its_own_subject_read_as_a_modifier_takes_the_noun_as_its_object(stage):
    # The US rejected calls by Annan, parsed as "[US rejected]-amod-> calls"
    doc = stage(build_doc([[("US", "US", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "amod", 2),
                            ("calls", "call", "NOUN", "NNS", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
                            ("Annan", "Annan", "PROPN", "NNP", "nmod", 2)]], {**ACTORS, "US": ("USA", "USA"),
                                                                             "Annan": ("IGO", None)}))
    assert ("REJECT", "asserted", "USA", "IGO") in dyads(doc)
