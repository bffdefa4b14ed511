"""Lexicon conventions of issue #5: the ``prep_object`` and ``subject`` constraints (schema, loader
errors with file and line, the check itself) and the bundled entries and cues that use them."""
from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.errors import ResourceError
from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_cues, load_lexicon
from lapwing.ontology import load_ontology

from events_builders import build_doc, dyads, event_stage  # noqa: F401 - event_stage is a fixture

ACTORS = {"Iraq": ("IRQ", "IRQ"), "Iran": ("IRN", "IRN"), "USA": ("USA", "USA"), "Bosnia": ("BIH", "BIH")}


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture(scope="module")
def bundled(ontology):
    return load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS], ontology=ontology)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("section, line, message", [
    ("verbs", "{id: x.1, lemma: withdraw, prep_object: [treaty], type: SANCTION}",
     "field 'prep_object' needs field 'preposition'"),
    ("verbs", "{id: x.1, lemma: withdraw, preposition: from, prep_object: [peace treaty], type: SANCTION}",
     "field 'prep_object' lists lemmas: one lower-case word each, got 'peace treaty'"),
    ("verbs", "{id: x.1, lemma: arrive, subject: [Troop], type: MOBILIZE}",
     "field 'subject' lists lemmas: one lower-case word each, got 'Troop'"),
    ("verbs", "{id: x.1, lemma: arrive, subject: [yes], type: MOBILIZE}", "quote on/off/yes/no"),
    ("nouns", "{id: x.1, lemma: withdrawal, subject: [troop], type: RETREAT}", "field 'subject' is for verbs"),
])
def test_bad_constraint_names_file_and_line(tmp_path, ontology, section, line, message):
    path = write(tmp_path, f"{section}:\n  - {{id: x.0, lemma: rebuff, type: REJECT}}\n  - {line}\n")
    with pytest.raises(ResourceError) as caught:
        load_lexicon([path], ontology=ontology)
    assert f"{path}:3:" in str(caught.value)
    assert message in str(caught.value)
    assert caught.value.code == "E312"


def test_prep_object_constraint_checks_the_object_of_its_preposition(bundled):
    entry = bundled.entries["v.withdraw_treaty"]
    assert (entry.event_type, entry.preposition) == ("SANCTION", "from")
    assert entry.unmet_constraint(prep_objects=[("from", "treaty")]) is None
    assert entry.unmet_constraint(prep_objects=[("from", "Treaty"), ("in", "town")]) is None
    assert entry.unmet_constraint(prep_objects=[("from", "town")]) is not None  # "withdrew from the town"
    assert entry.unmet_constraint(prep_objects=[("under", "treaty")]) is not None  # another preposition
    assert "needs 'from' + one of" in entry.unmet_constraint()


def test_subject_constraint(bundled):
    troops = bundled.entries["v.arrive_troops"]
    assert troops.unmet_constraint(subjects={"french", "troop"}) is None
    assert troops.unmet_constraint(subjects={"minister"}) == f"needs a subject in {list(troops.subjects)[:4]}..."
    assert bundled.entries["v.arrive_visit"].unmet_constraint(subjects={"troop"}) is None  # no constraint


def test_constrained_entries_are_offered_only_to_a_matcher_that_checks_them(bundled):
    default = [e.id for e in bundled.candidates("verb", "withdraw")]
    checked = [e.id for e in bundled.candidates("verb", "withdraw", include_constrained=True)]
    assert "v.withdraw_treaty" not in default and "v.withdraw" in default
    assert checked[:2] == ["v.withdraw_treaty", "v.withdraw_talks"]  # more specific than v.withdraw
    arrive = [e.id for e in bundled.candidates("verb", "arrive", include_constrained=True)]
    assert arrive.index("v.arrive_troops") < arrive.index("v.arrive_visit")


@pytest.mark.parametrize("entry_id, event_type, cameo", [
    ("v.withdraw_treaty", "SANCTION", "160"), ("v.withdraw_talks", "SANCTION", "164"),
    ("v.pull_out_of_treaty", "SANCTION", "160"), ("v.walk_out_of_talks", "SANCTION", "164"),
    ("n.withdrawal_treaty", "SANCTION", "160"), ("v.put_under_investigation", "ACCUSE", "090"),
    ("v.arrive_peacekeepers", "AID", "074"), ("v.arrive_troops", "MOBILIZE", "154"),
    ("v.demand_protesters", "PROTEST", "141"), ("v.call_for_protesters", "PROTEST", "141"),
])
def test_bundled_constrained_entries(bundled, entry_id, event_type, cameo):
    entry = bundled.entries[entry_id]
    assert (entry.event_type, entry.cameo) == (event_type, cameo)
    assert entry.prep_objects or entry.subjects


def test_yaml_anchors_share_one_list(bundled):
    entries = bundled.entries
    assert entries["v.withdraw_treaty"].prep_objects == entries["v.pull_out_of_treaty"].prep_objects
    assert entries["v.demand_protesters"].subjects == entries["v.call_for_protesters"].subjects


def test_cue_conventions():
    cues = load_cues()
    assert "conclude" in cues.reporting_verbs  # "the Forum concluded that the US must ..."
    # "decided to allow / impose / expel": a decision taken codes the act, not an intent
    assert "decide" not in cues.intent_governors and "decide" not in cues.speculative_governors


def test_break_off_relations_is_a_sanction(event_stage):
    doc = event_stage(build_doc([[("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
                                  ("broke", "break", "VERB", "VBD", "root", -1),
                                  ("off", "off", "ADP", "RP", "compound:prt", 1),
                                  ("relations", "relation", "NOUN", "NNS", "obj", 1),
                                  ("with", "with", "ADP", "IN", "case", 5),
                                  ("Iran", "Iran", "PROPN", "NNP", "obl", 1)]], ACTORS))
    assert dyads(doc) == {("SANCTION", "asserted", "IRQ", "IRN")}
    assert doc.events[0].provenance[0].rule == "v.break_off_ties"


def test_suspended_aid_for_a_country(event_stage):
    doc = event_stage(build_doc([[("USA", "USA", "PROPN", "NNP", "nsubj", 1),
                                  ("suspended", "suspend", "VERB", "VBD", "root", -1),
                                  ("aid", "aid", "NOUN", "NN", "obj", 1),
                                  ("for", "for", "ADP", "IN", "case", 4),
                                  ("Bosnia", "Bosnia", "PROPN", "NNP", "obl", 1)]], ACTORS))
    assert dyads(doc) == {("SANCTION", "asserted", "USA", "BIH")}
