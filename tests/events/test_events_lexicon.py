"""The lexicon files: schema validation with file and line, user overrides, matching on lemmas."""
from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.errors import ResourceError
from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, inflections, load_cues, load_lexicon
from lapwing.events.stage import EventStage
from lapwing.ontology import load_ontology

from events_builders import build_doc, dyads


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_lexicon_loads_and_covers_all_sixteen_types(ontology):
    lexicon = load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS], ontology=ontology)
    assert len(lexicon) > 250
    assert {e.event_type for e in lexicon.entries.values()} == set(ontology.types)
    assert load_cues().negation >= {"not", "never"}


@pytest.mark.parametrize("line, message", [
    ("  - {id: x.1, lemma: assail, type: ATTACK}", "field 'type' must be one of the 16 PLOVER types"),
    ("  - {id: x.1, lemma: assail, type: ASSAULT, mode: hugging}", "mode 'hugging' is not a mode of ASSAULT"),
    ("  - {id: x.1, lemma: assail, type: ASSAULT, cameo: '999'}", "CAMEO code '999' is not in the CAMEO table"),
    ("  - {id: x.1, lemma: set fire, type: ASSAULT}", "field 'lemma' must be one word"),
    ("  - {id: x.1, lemma: assail, type: ASSAULT, colour: red}", "unknown field(s) colour"),
    ("  - {lemma: assail, type: ASSAULT}", "field 'id' is required"),
    ("  - {id: x.1, lemma: assail, type: ASSAULT, recipient_preps: [on]}", "quote on/off/yes/no"),
])
def test_bad_entry_names_file_and_line(tmp_path, ontology, line, message):
    path = write(tmp_path, "verbs:\n  - {id: x.0, lemma: rebuff, type: REJECT}\n" + line + "\n")
    with pytest.raises(ResourceError) as caught:
        load_lexicon([path], ontology=ontology)
    assert f"{path}:3:" in str(caught.value)
    assert message in str(caught.value)
    assert caught.value.code == "E312"


def test_invalid_yaml_names_the_line(tmp_path, ontology):
    path = write(tmp_path, "verbs:\n  - {id: x, lemma: [\n")
    with pytest.raises(ResourceError, match=r"user\.yaml:\d+: not valid YAML"):
        load_lexicon([path], ontology=ontology)


def test_user_file_overrides_and_removes_bundled_entries(tmp_path):
    path = write(tmp_path, "verbs:\n"
                 "  - {id: v.back, lemma: back, type: AID, cameo: '072'}\n"
                 "  - {id: v.attack, remove: true}\n"
                 "  - {id: user.smite, lemma: smite, type: ASSAULT, cameo: '190'}\n")
    stage = EventStage({"lexicon_extra": [str(path)]}, {})
    assert stage.lexicon.entries["v.back"].event_type == "AID"
    assert "v.attack" not in stage.lexicon.entries
    actors = {"Turkey": ("TUR", "TUR"), "Syria": ("SYR", "SYR")}
    for verb, lemma, expected in (("smote", "smite", {("ASSAULT", "asserted", "TUR", "SYR")}),
                                  ("attacked", "attack", set()),
                                  ("backed", "back", {("AID", "asserted", "TUR", "SYR")})):
        doc = stage(build_doc([[("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "root", -1),
                                ("Syria", "Syria", "PROPN", "NNP", "obj", 1)]], actors))
        assert dyads(doc) == expected, verb
    assert stage.info()["resources"]["lexicon"]["files"][-1] == str(path)


def test_phrasal_particle_changes_the_entry(ontology):
    lexicon = load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS], ontology=ontology)
    assert [e.id for e in lexicon.candidates("verb", "back")][0] == "v.back_down"


def test_surface_form_backs_up_a_wrong_lemma():
    stage = EventStage({}, {})
    actors = {"Turkey": ("TUR", "TUR"), "Syria": ("SYR", "SYR")}
    doc = stage(build_doc([[("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
                            ("attacked", "attacke", "VERB", "VBD", "root", -1),
                            ("Syria", "Syria", "PROPN", "NNP", "obj", 1)]], actors))
    assert dyads(doc) == {("ASSAULT", "asserted", "TUR", "SYR")}


def test_inflections():
    assert inflections("support", "verb") >= {"supports", "supported", "supporting"}
    assert inflections("ally", "verb") >= {"allies", "allied"}
    assert inflections("ship", "verb") >= {"shipped", "shipping"}


def test_min_confidence_drops_weak_events():
    actors = {"Turkey": ("TUR", "TUR"), "Syria": ("SYR", "SYR")}
    spec = [[("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
             ("Syria", "Syria", "PROPN", "NNP", "obj", 1)]]
    assert EventStage({"min_confidence": 0.5}, {})(build_doc(spec, actors)).events
    assert not EventStage({"min_confidence": 0.95}, {})(build_doc(spec, actors)).events
