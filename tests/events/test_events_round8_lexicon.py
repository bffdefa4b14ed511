"""Round 8 lexicon: opposing a proposal or mediation (REJECT), a "ceasefire agreement" violated
(ASSAULT), an agreement not reached (REJECT), "out of" read as one preposition (withdrawals),
"give up", readiness, relief dispatched, troops ordered to a place, ties resumed, exports,
appreciation and approval — on hand-built parses, plus the CAMEO codes of the new entries."""
from __future__ import annotations

import pytest

from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture
from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon
from lapwing.ontology import load_ontology

ACTORS = {"Iraq": ("IRQ", "IRQ"), "Iran": ("IRN", "IRN"), "USA": ("USA", "USA"), "Bosnia": ("BIH", "BIH")}

ROUND8_IDS = ("v.oppose_mediation", "v.oppose_to_mediation", "v.oppose_plan", "v.oppose_to_plan",
              "v.ship_out_of_peacekeepers", "v.ship_out_peacekeepers", "v.ship_out_of_troops", "v.ship_out_troops",
              "v.pull_out_of_place", "v.give_up_demands", "v.give_up_arms", "v.give_up_territory",
              "v.increase_readiness", "v.heighten_readiness", "v.boost_readiness", "v.dispatch_aid",
              "v.appreciate", "v.resume_ties", "v.order_troops_to", "v.order_troops_into", "v.export_goods",
              "n.intelligence_sharing", "n.approval")


def noun(text: str, dep: str, head: int, *, lemma: str | None = None, pos: str = "NOUN"):
    return (text, lemma or text.lower(), pos, "NNP" if pos == "PROPN" else "NN", dep, head)


def verb(text: str, lemma: str, dep: str = "root", head: int = -1, tag: str = "VBD"):
    return (text, lemma, "VERB", tag, dep, head)


def word(text: str, pos: str, dep: str, head: int, *, lemma: str | None = None, tag: str = "IN"):
    return (text, lemma or text.lower(), pos, tag, dep, head)


def code(sentence, stage):  # noqa: F811 - the fixture
    return dyads(stage(build_doc([sentence], ACTORS)))


# ---- REJECT: opposing a proposal or mediation; opposing a law stays disapproval

def test_is_opposed_to_mediation_is_a_rejection(stage):  # noqa: F811
    # Iran is opposed to mediation
    sentence = [noun("Iran", "nsubj:pass", 2, pos="PROPN"), word("is", "AUX", "aux:pass", 2, lemma="be", tag="VBZ"),
                verb("opposed", "opposed", tag="VBN"), word("to", "ADP", "case", 4), noun("mediation", "obl", 2)]
    assert code(sentence, stage) == {("REJECT", "asserted", "IRN", "-")}


@pytest.mark.parametrize("obj, expected", [
    ("plan", "REJECT"),     # CAMEO 127: reject a plan to settle a dispute
    ("law", "ACCUSE"),      # CAMEO 110: disapproval of a policy
])
def test_opposing_a_plan_rejects_it_opposing_a_law_disapproves(stage, obj, expected):  # noqa: F811
    # Iran opposed the plan / the law
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("opposed", "oppose"),
                word("the", "DET", "det", 3, tag="DT"), noun(obj, "obj", 1)]
    assert {t for t, *_ in code(sentence, stage)} == {expected}


# ---- a "ceasefire agreement" violated is a ceasefire violation (CAMEO 196)

@pytest.mark.parametrize("words, expected", [
    (["ceasefire", "agreement"], "ASSAULT"),
    (["agreement"], "REJECT"),   # CAMEO 128: defying an agreement
])
def test_violating_a_ceasefire_agreement_is_an_assault(stage, words, expected):  # noqa: F811
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("violated", "violate"),
                word("the", "DET", "det", 2 + len(words), tag="DT")]
    sentence += [noun(w, "compound", 2 + len(words)) for w in words[:-1]]
    sentence.append(noun(words[-1], "obj", 1))
    assert {t for t, *_ in code(sentence, stage)} == {expected}


# ---- an agreement not reached is a rejection

def test_did_not_reach_an_agreement_is_a_rejection(stage):  # noqa: F811
    # Iraq did not reach an agreement with Iran
    sentence = [noun("Iraq", "nsubj", 3, pos="PROPN"), word("did", "AUX", "aux", 3, lemma="do", tag="VBD"),
                word("not", "PART", "advmod", 3, tag="RB"), verb("reach", "reach", tag="VB"),
                word("an", "DET", "det", 5, tag="DT"), noun("agreement", "obj", 3),
                word("with", "ADP", "case", 7), noun("Iran", "nmod", 5, pos="PROPN")]
    assert ("REJECT", "asserted", "IRQ", "IRN") in code(sentence, stage)
    assert not {d for d in code(sentence, stage) if d[0] == "AGREE" and d[1] != "negated"}


# ---- "out of" parsed as one two-word preposition

def test_pulled_out_of_a_place_is_a_withdrawal_from_it(stage):  # noqa: F811
    # Iran pulled out of Bosnia
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("pulled", "pull"), word("out", "ADP", "case", 4),
                word("of", "ADP", "case", 4), noun("Bosnia", "obl", 1, pos="PROPN")]
    assert code(sentence, stage) == {("RETREAT", "asserted", "IRN", "BIH")}


@pytest.mark.parametrize("obj, expected", [
    ("peacekeepers", "SANCTION"),   # CAMEO 1661: withdraw peacekeepers
    ("troops", "RETREAT"),          # CAMEO 0874: military withdrawal
])
def test_shipping_forces_out_of_a_place(stage, obj, expected):  # noqa: F811
    # USA shipped peacekeepers / troops out of Bosnia
    sentence = [noun("USA", "nsubj", 1, pos="PROPN"), verb("shipped", "ship"),
                noun(obj, "obj", 1, lemma=obj[:-1] if obj == "peacekeepers" else obj),
                word("out", "ADP", "case", 5), word("of", "ADP", "case", 5), noun("Bosnia", "obl", 1, pos="PROPN")]
    assert code(sentence, stage) == {(expected, "asserted", "USA", "BIH")}


# ---- give up, readiness, relief, troops ordered to a place, ties, exports, praise

def _svo(subject: str, verb_text: str, lemma: str, obj: str, obj_lemma: str, *, particle: str | None = None,
         prep: str | None = None, prep_obj: str | None = None):
    """SUBJECT VERB [PARTICLE] OBJ [PREP PREP_OBJ]."""
    sentence = [noun(subject, "nsubj", 1, pos="PROPN"), verb(verb_text, lemma)]
    if particle:
        sentence.append(word(particle, "ADP", "compound:prt", 1, tag="RP"))
    sentence.append(noun(obj, "obj", 1, lemma=obj_lemma))
    if prep:
        sentence += [word(prep, "ADP", "case", len(sentence) + 1), noun(prep_obj, "obl", 1, pos="PROPN")]
    return sentence


@pytest.mark.parametrize("sentence, expected", [
    (_svo("Iran", "gave", "give", "demands", "demand", particle="up"), ("CONCEDE", "asserted", "IRN", "-")),
    (_svo("Iran", "gave", "give", "weapons", "weapon", particle="up"), ("RETREAT", "asserted", "IRN", "-")),
    (_svo("Iran", "increased", "increase", "readiness", "readiness"), ("MOBILIZE", "asserted", "IRN", "-")),
    (_svo("USA", "dispatched", "dispatch", "food", "food", prep="to", prep_obj="Iraq"),
     ("AID", "asserted", "USA", "IRQ")),
    (_svo("Iran", "ordered", "order", "troops", "troops", prep="to", prep_obj="Iraq"),
     ("MOBILIZE", "asserted", "IRN", "IRQ")),
    (_svo("Iran", "resumed", "resume", "ties", "tie", prep="with", prep_obj="Iraq"),
     ("SUPPORT", "asserted", "IRN", "IRQ")),
    (_svo("Iran", "exported", "export", "oil", "oil", prep="to", prep_obj="Iraq"),
     ("COOPERATE", "asserted", "IRN", "IRQ")),
])
def test_round8_verbs(stage, sentence, expected):  # noqa: F811
    # "gave up its demands" also reads "demands" as the noun event of the light verb "give"
    # (a REQUEST): the light-verb rule does not yet skip "give up"
    assert expected in code(sentence, stage)
    assert {t for t, *_ in code(sentence, stage)} <= {expected[0], "REQUEST"}


def test_troops_ordered_to_withdraw_are_an_order_not_a_deployment(stage):  # noqa: F811
    # Iran ordered troops to withdraw: "to" marks a verb
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("ordered", "order"), noun("troops", "obj", 1),
                word("to", "PART", "mark", 4, tag="TO"), verb("withdraw", "withdraw", "xcomp", 1, tag="VB")]
    assert "MOBILIZE" not in {t for t, *_ in code(sentence, stage)}


def test_an_export_needs_a_recipient(stage):  # noqa: F811
    # Iran exported oil: trade statistics with no partner are no event
    assert code(_svo("Iran", "exported", "export", "oil", "oil"), stage) == set()


def test_appreciating_efforts_is_praise(stage):  # noqa: F811
    # Iran appreciated the efforts of Iraq
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("appreciated", "appreciate"),
                word("the", "DET", "det", 3, tag="DT"), noun("efforts", "obj", 1, lemma="effort"),
                word("of", "ADP", "case", 5), noun("Iraq", "nmod", 3, pos="PROPN")]
    assert {t for t, *_ in code(sentence, stage)} == {"SUPPORT"}


def test_gave_its_approval_is_support(stage):  # noqa: F811
    # Iran gave its approval
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("gave", "give"),
                word("its", "PRON", "nmod:poss", 3, tag="PRP$"), noun("approval", "obj", 1)]
    assert {t for t, *_ in code(sentence, stage)} == {"SUPPORT"}


# ---- the new entries' CAMEO codes belong to their PLOVER type

def test_round8_entries_code_their_type_by_cameo():
    ontology = load_ontology()
    lexicon = load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS], ontology=ontology)
    for entry_id in ROUND8_IDS:
        entry = lexicon.entries[entry_id]
        assert ontology.plover_for_cameo(entry.cameo) == entry.event_type, entry_id
