"""Round 10 lexicon (precision on unseen news): "capture" split by what is captured and by whom,
ground taken "from" a state, a crackdown on crime, "took action", denials of allegations,
"walked away from the talks", partnerless discussions and thanks, a bill "shot down" — on
hand-built parses, plus the CAMEO codes of the changed entries."""
from __future__ import annotations

import pytest

from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture
from test_events_round8_lexicon import noun, verb, word  # the hand-parse token helpers
from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon
from lapwing.ontology import load_ontology

ACTORS = {"Iraq": ("IRQ", "IRQ"), "Iran": ("IRN", "IRN"), "Syria": ("SYR", "SYR"), "Israel": ("ISR", "ISR"),
          "Police": ("IRQCOP", "IRQ"), "Rebels": ("IRQREB", "IRQ"), "soldiers": ("IRQMIL", "IRQ"),
          "Japan": ("JPN", "JPN")}


def the(head: int):
    return word("the", "DET", "det", head, tag="DT")


def events(sentence, stage):  # noqa: F811 - the fixture
    return stage(build_doc([sentence], ACTORS)).events


def code(sentence, stage):  # noqa: F811 - the fixture
    return dyads(stage(build_doc([sentence], ACTORS)))


# ---- capture: persons detained, abducted by non-state fighters; ground; property

def test_police_capturing_people_is_an_arrest_not_an_assault(stage):  # noqa: F811
    # Police captured the soldiers
    sentence = [noun("Police", "nsubj", 1, lemma="police"), verb("captured", "capture"), the(3),
                noun("soldiers", "obj", 1, lemma="soldier")]
    found = events(sentence, stage)
    assert {(e.event_type, e.mode, e.cameo) for e in found} == {("COERCE", "arrest", "173")}


def test_rebels_capturing_people_is_an_abduction(stage):  # noqa: F811
    # Rebels captured the soldiers
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("captured", "capture"), the(3),
                noun("soldiers", "obj", 1, lemma="soldier")]
    found = events(sentence, stage)
    assert {(e.event_type, e.mode, e.cameo) for e in found} == {("ASSAULT", "abduct", "181")}
    assert code(sentence, stage) == {("ASSAULT", "asserted", "IRQREB", "IRQMIL")}


def test_soldiers_captured_by_rebels_is_an_abduction_too(stage):  # noqa: F811
    # The soldiers were captured by rebels: the passive agent is the subject the entry checks
    sentence = [the(1), noun("soldiers", "nsubj:pass", 3, lemma="soldier"),
                word("were", "AUX", "aux:pass", 3, lemma="be", tag="VBD"), verb("captured", "capture", tag="VBN"),
                word("by", "ADP", "case", 5), noun("Rebels", "obl", 3, lemma="rebel")]
    assert {t for t, *_ in code(sentence, stage)} == {"ASSAULT"}


def test_ground_captured_from_a_state_names_that_state(stage):  # noqa: F811
    # Israel captured the heights from Syria
    sentence = [noun("Israel", "nsubj", 1, pos="PROPN"), verb("captured", "capture"), the(3),
                noun("heights", "obj", 1, lemma="height"), word("from", "ADP", "case", 5),
                noun("Syria", "obl", 1, pos="PROPN")]
    found = events(sentence, stage)
    assert [(e.event_type, e.cameo) for e in found] == [("ASSAULT", "192")]
    assert code(sentence, stage) == {("ASSAULT", "asserted", "ISR", "SYR")}


def test_a_named_place_captured_from_someone_is_ground_taken(stage):  # noqa: F811
    # Israel captured Sinai from Syria: the name says nothing, "from" says it is ground
    sentence = [noun("Israel", "nsubj", 1, pos="PROPN"), verb("captured", "capture"),
                noun("Sinai", "obj", 1, pos="PROPN"), word("from", "ADP", "case", 4),
                noun("Syria", "obl", 1, pos="PROPN")]
    assert code(sentence, stage) == {("ASSAULT", "asserted", "ISR", "SYR")}


def test_rebels_capturing_ground_occupy_it_rather_than_abduct(stage):  # noqa: F811
    # Rebels captured the town: the object's kind outranks the captor's
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("captured", "capture"), the(3), noun("town", "obj", 1)]
    assert [(e.event_type, e.cameo) for e in events(sentence, stage)] == [("ASSAULT", "192")]


def test_captured_weapons_are_seized_property(stage):  # noqa: F811
    # Police captured weapons
    sentence = [noun("Police", "nsubj", 1, lemma="police"), verb("captured", "capture"),
                noun("weapons", "obj", 1, lemma="weapon")]
    assert {(e.event_type, e.mode) for e in events(sentence, stage)} == {("COERCE", "seize")}


# ---- crackdowns: on crime (law enforcement) and on protesters (repression)

@pytest.mark.parametrize("target, expected", [
    ("trafficking", ("COERCE", "173")),     # a crackdown on crime: arrests
    ("protesters", ("ASSAULT", "175")),     # violent repression of dissent
])
def test_a_crackdown_on_crime_is_law_enforcement(stage, target, expected):  # noqa: F811
    # Police cracked down on trafficking / protesters
    sentence = [noun("Police", "nsubj", 1, lemma="police"), verb("cracked", "crack"),
                word("down", "ADP", "compound:prt", 1, tag="RP"), word("on", "ADP", "case", 4),
                noun(target, "obl", 1, lemma=target.rstrip("s") if target.endswith("s") else target)]
    assert {(e.event_type, e.cameo) for e in events(sentence, stage)} == {expected}


# ---- "took action": only military action, or action against someone, is an attack

def test_taking_action_to_allow_something_is_no_attack(stage):  # noqa: F811
    # Japan took action to allow the team into Iraq (its recipient was found inside the purpose clause)
    sentence = [noun("Japan", "nsubj", 1, pos="PROPN"), verb("took", "take"), noun("action", "obj", 1),
                word("to", "PART", "mark", 4, tag="TO"), verb("allow", "allow", "advcl", 1, tag="VB"), the(6),
                noun("team", "obj", 4), word("into", "ADP", "case", 8), noun("Iraq", "obl", 4, pos="PROPN")]
    assert not any(t == "ASSAULT" for t, *_ in code(sentence, stage))


def test_taking_military_action_against_a_state_is_an_attack(stage):  # noqa: F811
    # Japan took military action against Iraq
    sentence = [noun("Japan", "nsubj", 1, pos="PROPN"), verb("took", "take"),
                word("military", "ADJ", "amod", 3, tag="JJ"), noun("action", "obj", 1),
                word("against", "ADP", "case", 5), noun("Iraq", "nmod", 3, pos="PROPN")]
    assert ("ASSAULT", "asserted", "JPN", "IRQ") in code(sentence, stage)


# ---- denials: an allegation denied is CAMEO 016 (not coded); entry denied is a rejection

def test_denying_allegations_is_not_a_rejection(stage):  # noqa: F811
    # Iran denied the allegations
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("denied", "deny"), the(3),
                noun("allegations", "obj", 1, lemma="allegation")]
    assert code(sentence, stage) == set()


def test_denying_that_something_happened_codes_it_negated_and_no_rejection(stage):  # noqa: F811
    # Iran denied that police fired (CAMEO 016 deny responsibility: PLOVER codes nothing asserted)
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("denied", "deny"), word("that", "SCONJ", "mark", 4),
                noun("Police", "nsubj", 4, lemma="police"), verb("fired", "fire", "ccomp", 1)]
    assert {modality for _, modality, *_ in code(sentence, stage)} <= {"negated"}


def test_denying_entry_is_a_rejection(stage):  # noqa: F811
    # Israel denied entry to Iran
    sentence = [noun("Israel", "nsubj", 1, pos="PROPN"), verb("denied", "deny"), noun("entry", "obj", 1),
                word("to", "ADP", "case", 4), noun("Iran", "obl", 1, pos="PROPN")]
    assert {t for t, *_ in code(sentence, stage)} == {"REJECT"}


# ---- "walked away from the talks": halting negotiations (CAMEO 164)

def test_walking_away_from_talks_halts_negotiations(stage):  # noqa: F811
    # Iran walked away from the talks with Japan
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("walked", "walk"),
                word("away", "ADV", "compound:prt", 1, tag="RP"), word("from", "ADP", "case", 5), the(5),
                noun("talks", "obl", 1, lemma="talk"), word("with", "ADP", "case", 7),
                noun("Japan", "nmod", 5, pos="PROPN")]
    found = events(sentence, stage)
    assert [(e.event_type, e.cameo) for e in found] == [("SANCTION", "164")]
    assert code(sentence, stage) == {("SANCTION", "asserted", "IRN", "JPN")}


# ---- a consultation or thanks needs a partner; a bill "shot down" is rejected

@pytest.mark.parametrize("verb_text, lemma", [("discussed", "discuss"), ("thanked", "thank")])
def test_discussing_or_thanking_without_a_partner_is_no_event(stage, verb_text, lemma):  # noqa: F811
    # Japan discussed / thanked the idea
    sentence = [noun("Japan", "nsubj", 1, pos="PROPN"), verb(verb_text, lemma), the(3), noun("idea", "obj", 1)]
    assert code(sentence, stage) == set()


def test_discussing_with_a_partner_is_a_consultation(stage):  # noqa: F811
    # Japan discussed the idea with Iran
    sentence = [noun("Japan", "nsubj", 1, pos="PROPN"), verb("discussed", "discuss"), the(3),
                noun("idea", "obj", 1), word("with", "ADP", "case", 5), noun("Iran", "obl", 1, pos="PROPN")]
    assert code(sentence, stage) == {("CONSULT", "asserted", "JPN", "IRN")}


def test_a_bill_shot_down_is_rejected_not_downed(stage):  # noqa: F811
    # Japan shot down the bill
    sentence = [noun("Japan", "nsubj", 1, pos="PROPN"), verb("shot", "shoot"),
                word("down", "ADP", "compound:prt", 1, tag="RP"), the(4), noun("bill", "obj", 1)]
    assert {t for t, *_ in code(sentence, stage)} == {"REJECT"}


# ---- the changed entries and their CAMEO codes

@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon([DATA_DIR / name for name in BUNDLED_LEXICONS], ontology=load_ontology())


@pytest.mark.parametrize("entry_id, event_type, cameo", [
    ("v.capture", "COERCE", "173"), ("v.capture_by_nonstate", "ASSAULT", "181"),
    ("v.capture_city", "ASSAULT", "192"), ("v.seize_city", "ASSAULT", "192"),
    ("v.capture_property", "COERCE", "171"), ("v.crack_down_crime", "COERCE", "173"),
    ("v.walk_away_talks", "SANCTION", "164"), ("v.walk_away_treaty", "SANCTION", "160"),
    ("v.shoot_down_proposal", "REJECT", "120"),
])
def test_round10_entries_and_codes(lexicon, entry_id, event_type, cameo):
    entry = lexicon.entries[entry_id]
    assert (entry.event_type, entry.cameo) == (event_type, cameo)


def test_denials_of_allegations_have_no_entry(lexicon):
    assert "v.deny_any" not in lexicon.entries
    assert not {"allegation", "accusation", "charge", "claim", "report"} & set(lexicon.entries["v.deny"].objects)


def test_territory_entries_take_the_losing_state_from_from(lexicon):
    for entry_id in ("v.capture_city", "v.seize_city"):
        entry = lexicon.entries[entry_id]
        assert entry.recipient_preps == ("from",)
        assert {"bridge", "heights", "hill", "island", "post", "position"} <= set(entry.objects)
