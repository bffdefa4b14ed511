"""Modality (round 9): refusal governors apply an entry's negated type ("failed to reach
agreement" is REJECT, as "refused to" is), phrasal verbs that are not light verbs ("gave up its
demands"), a noun complement the parser hung as a predicative ("sought refuge"), acts made
possible ("enabling the country to export"), the content of any demand, readiness to use force
(CAMEO 150), and the speaker's clause of a report told first ("..., a rights group protested")."""
from __future__ import annotations

import pytest

from lapwing.events.lexicon import load_cues
from lapwing.events.stage import EventStage
from lapwing.model import Actor, Mention

from events_builders import build_doc, dyads

ACTORS = {"Israel": ("ISR", "ISR"), "Syria": ("SYR", "SYR"), "Egypt": ("EGY", "EGY"), "Germany": ("DEU", "DEU"),
          "Kurds": ("IRQ", "IRQ"), "Iraq": ("IRQ", "IRQ")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, *specs, sectors: dict[str, str] | None = None):
    """Code hand-built sentences; ``sectors`` makes an unnamed mention of a token not in ACTORS."""
    doc = build_doc(list(specs), ACTORS)
    sectors = sectors or {}
    extra = [Mention(start_char=tok.start_char, end_char=tok.end_char, text=tok.text, kind="organization",
                     sentence=sent.index, actor=Actor(name=tok.text, sector=sectors[tok.text]))
             for sent in doc.sentences for tok in sent.tokens if tok.text in sectors]
    return stage(doc.replace(mentions=tuple(sorted(doc.mentions + tuple(extra), key=lambda m: m.start_char))))


def _reach_agreement(governor: str, lemma: str, *, aux: str | None = None):
    """Israel [aux] <governor> to reach an agreement with Syria."""
    head = 2 if aux else 1
    spec = [("Israel", "Israel", "PROPN", "NNP", "nsubj", head)]
    if aux:
        spec.append((aux, aux, "AUX", "MD", "aux", head))
    spec.append((governor, lemma, "VERB", "VB" if aux else "VBD", "root", -1))
    n = len(spec)
    spec += [("to", "to", "PART", "TO", "mark", n + 1), ("reach", "reach", "VERB", "VB", "xcomp", n - 1),
             ("an", "a", "DET", "DT", "det", n + 3), ("agreement", "agreement", "NOUN", "NN", "obj", n + 1),
             ("with", "with", "ADP", "IN", "case", n + 5), ("Syria", "Syria", "PROPN", "NNP", "nmod", n + 3)]
    return spec


def test_failing_to_reach_agreement_is_a_rejection(stage):
    doc = run(stage, _reach_agreement("failed", "fail"))
    assert ("REJECT", "asserted", "ISR", "SYR") in dyads(doc)
    assert ("AGREE", "negated", "ISR", "SYR") in dyads(doc)
    reject = [e for e in doc.events if e.event_type == "REJECT" and e.modality == "asserted"]
    assert any(":fail->REJECT" in e.provenance[0].rule for e in reject)


@pytest.mark.parametrize("governor, lemma", [("refused", "refuse"), ("declined", "decline")])
def test_refusing_to_reach_agreement_is_the_same_rejection(stage, governor, lemma):
    # the refusal verbs are REJECT triggers themselves: the same dyad, the agreement not asserted
    doc = run(stage, _reach_agreement(governor, lemma))
    assert ("REJECT", "asserted", "ISR", "SYR") in dyads(doc)
    assert not [e for e in doc.events if e.event_type == "AGREE" and e.modality == "asserted"]


def test_a_possible_failure_is_not_an_asserted_rejection(stage):
    doc = run(stage, _reach_agreement("fail", "fail", aux="may"))
    assert not [e for e in doc.events if e.event_type == "REJECT" and e.modality in ("asserted", "reported")]


def test_avoiding_is_not_a_refusal(stage):
    # "avoid" negates its complement but is not a refusal: no REJECT from the entry's negated type
    doc = run(stage, _reach_agreement("avoided", "avoid"))
    assert not [e for e in doc.events if e.event_type == "REJECT"]


def test_give_up_with_its_particle_is_not_a_light_verb(stage):
    # Syria gave up its demands
    doc = run(stage, [("Syria", "Syria", "PROPN", "NNP", "nsubj", 1), ("gave", "give", "VERB", "VBD", "root", -1),
                      ("up", "up", "ADP", "RP", "compound:prt", 1), ("its", "its", "PRON", "PRP$", "nmod:poss", 4),
                      ("demands", "demand", "NOUN", "NNS", "obj", 1)])
    types = {e.event_type for e in doc.events if e.modality == "asserted"}
    assert "CONCEDE" in types and "REQUEST" not in types


def test_a_noun_hung_as_a_predicative_complement_is_the_object(stage):
    # Kurds sought refuge in Germany ("refuge" tagged ADJ, xcomp)
    doc = run(stage, [("Kurds", "Kurd", "PROPN", "NNPS", "nsubj", 1), ("sought", "seek", "VERB", "VBD", "root", -1),
                      ("refuge", "refuge", "ADJ", "JJ", "xcomp", 1), ("in", "in", "ADP", "IN", "case", 4),
                      ("Germany", "Germany", "PROPN", "NNP", "obl", 1)])
    assert [e for e in doc.events if e.event_type == "REQUEST" and e.modality == "asserted"]


def _release(verb: str, lemma: str, *, with_object: bool):
    """Israel <verb> [Egypt] to release the prisoners."""
    spec = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "root", -1)]
    if with_object:
        spec.append(("Egypt", "Egypt", "PROPN", "NNP", "obj", 1))
    n = len(spec)
    return spec + [("to", "to", "PART", "TO", "mark", n + 1), ("release", "release", "VERB", "VB", "xcomp", 1),
                   ("the", "the", "DET", "DT", "det", n + 3), ("prisoners", "prisoner", "NOUN", "NNS", "obj", n + 1)]


@pytest.mark.parametrize("verb, lemma", [("enabled", "enable"), ("empowered", "empower")])
def test_an_act_made_possible_for_another_is_not_asserted(stage, verb, lemma):
    doc = run(stage, _release(verb, lemma, with_object=True))
    released = [e for e in doc.events if e.event_type == "RETREAT" and e.actors[0].actor.code == "EGY"]
    assert released and all(e.modality == "hypothetical" for e in released)
    assert any("enabling governor" in e.provenance[0].reason for e in released)


def test_helping_without_an_object_takes_part_in_the_act(stage):
    doc = run(stage, _release("helped", "help", with_object=False))
    assert ("RETREAT", "asserted", "ISR", "-") in dyads(doc)


def test_what_protesters_demand_is_not_asserted(stage):
    # The protesters demanded that Egypt immediately release prisoners (coded PROTEST, not REQUEST)
    doc = run(stage, [("The", "the", "DET", "DT", "det", 1), ("protesters", "protester", "NOUN", "NNS", "nsubj", 2),
                      ("demanded", "demand", "VERB", "VBD", "root", -1), ("that", "that", "SCONJ", "IN", "mark", 6),
                      ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 6), ("immediately", "immediately", "ADV", "RB",
                                                                         "advmod", 6),
                      ("release", "release", "VERB", "VBP", "ccomp", 2), ("prisoners", "prisoner", "NOUN", "NNS", "obj", 6)],
              sectors={"protesters": "OPP"})
    released = [e for e in doc.events if e.event_type == "RETREAT"]
    assert released and all(e.modality == "hypothetical" for e in released)
    assert any("content of the demand" in e.provenance[0].reason for e in released)


def test_an_army_prepared_to_resume_shelling_shows_force(stage):
    # The army prepared to resume shelling Iraq (CAMEO 150)
    doc = run(stage, [("The", "the", "DET", "DT", "det", 1), ("army", "army", "NOUN", "NN", "nsubj", 2),
                      ("prepared", "prepare", "VERB", "VBD", "root", -1), ("to", "to", "PART", "TO", "mark", 4),
                      ("resume", "resume", "VERB", "VB", "xcomp", 2), ("shelling", "shell", "VERB", "VBG", "xcomp", 4),
                      ("Iraq", "Iraq", "PROPN", "NNP", "obj", 5)],
              sectors={"army": "MIL"})
    mobilize = [e for e in doc.events if e.event_type == "MOBILIZE"]
    assert mobilize and mobilize[0].modality == "asserted" and mobilize[0].cameo == "150"
    assert all(e.modality == "hypothetical" for e in doc.events if e.event_type == "ASSAULT")


def _failing_then_protested(governor_lemma: str = "fail"):
    """Egypt is failing to uphold the rights , a group protested ."""
    return [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
            ("failing", governor_lemma, "VERB", "VBG", "root", -1), ("to", "to", "PART", "TO", "mark", 4),
            ("uphold", "uphold", "VERB", "VB", "xcomp", 2), ("the", "the", "DET", "DT", "det", 6),
            ("rights", "right", "NOUN", "NNS", "obj", 4), (",", ",", "PUNCT", ",", "punct", 2),
            ("a", "a", "DET", "DT", "det", 9), ("group", "group", "NOUN", "NN", "nsubj", 10),
            ("protested", "protest", "VERB", "VBD", "ccomp", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_the_speakers_clause_of_a_report_told_first_is_not_governed(stage):
    doc = run(stage, _failing_then_protested(), sectors={"group": "NGO"})
    protests = [e for e in doc.events if e.trigger_start == doc.sentences[0].tokens[10].start_char]
    assert protests and all(e.modality == "asserted" for e in protests)
    # a protest made in words about what another does is a complaint (CAMEO 111)
    assert {(e.event_type, e.recipients[0].actor.code if e.recipients else "-") for e in protests} == {("ACCUSE", "EGY")}


def test_cue_lists_for_round9_load():
    cues = load_cues()
    assert {"fail", "refuse", "rule out"} <= cues.refusal_governors and "deny" not in cues.refusal_governors
    assert "demand" in cues.directive_governors and "enable" in cues.enabling_governors
    assert "give up" in cues.non_light_phrasals and "prepare" in cues.readiness_governors
