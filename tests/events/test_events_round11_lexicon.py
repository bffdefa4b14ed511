"""Round 11 lexicon: ``block`` (a sense an entry must not code: "executed the order", "the study was
supported by", shooting deer, a heart attack), ``object_kind: [place]`` (a named place captured with
no "from" is ground taken, CAMEO 192), and terrorism and war-report vocabulary; on hand-built parses."""
from __future__ import annotations

import pytest

from events_builders import build_doc
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture
from test_events_round8_lexicon import noun, verb, word  # the hand-parse token helpers
from test_lexicon_constraints import test_bad_constraint_names_file_and_line as bad_entry_names_file_and_line
from test_lexicon_constraints import bundled, ontology, write  # noqa: F401 - fixtures and the file writer
from lapwing.events.lexicon import (BUNDLED_LEXICONS, DATA_DIR, BlockCondition, TriggerFacts, load_cues,
                                    load_lexicon)
from lapwing.events.syntax import SentenceGraph
from lapwing.events.triggers import find_candidates

ACTORS = {"Iraq": ("IRQ", "IRQ"), "Iran": ("IRN", "IRN"), "Police": ("IRQCOP", "IRQ"),
          "Rebels": ("IRQREB", "IRQ"), "Seoul": ("KOR", "KOR"), "Hamdi": ("AFGREB", "AFG")}


def the(head: int):
    return word("the", "DET", "det", head, tag="DT")


def doc_of(sentence, *, places=(), people=()):
    """The article, with the mentions named in ``places`` made place names (kind "location", a
    country actor) and those in ``people`` persons."""
    doc = build_doc([sentence], ACTORS)
    mentions = []
    for m in doc.mentions:
        if m.text in places:
            m = m.replace(kind="location", actor=m.actor.replace(kind="country"))
        elif m.text in people:
            m = m.replace(kind="person", actor=m.actor.replace(kind="person"))
        mentions.append(m)
    return doc.replace(mentions=tuple(mentions))


def coded(sentence, stage, **kinds):  # noqa: F811 - the fixture
    return {(e.event_type, e.cameo, e.actors[0].actor.code, e.recipients[0].actor.code if e.recipients else "-")
            for e in stage(doc_of(sentence, **kinds)).events}


# ---- the schema: block conditions are validated, errors name the file and the line

@pytest.mark.parametrize("section, line, message", [
    ("verbs", "{id: x.1, lemma: execute, type: ASSAULT, block: {object: [order]}}", "must be a list of conditions"),
    ("verbs", "{id: x.1, lemma: execute, type: ASSAULT, block: [order]}", "must be a non-empty mapping"),
    ("verbs", "{id: x.1, lemma: execute, type: ASSAULT, block: [{objects: [order]}]}", "unknown 'block' field(s) objects"),
    ("verbs", "{id: x.1, lemma: execute, type: ASSAULT, block: [{object: [Order]}]}",
     "field 'block.object' lists lemmas: one lower-case word each"),
    ("verbs", "{id: x.1, lemma: execute, type: ASSAULT, block: [{prep_object: [plan]}]}",
     "'prep_object' needs 'preposition' in the same condition"),
    ("verbs", "{id: x.1, lemma: support, type: SUPPORT, block: [{passive: maybe}]}", "'passive' must be true or false"),
    ("verbs", "{id: x.1, lemma: capture, type: ASSAULT, object_kind: [town]}", "names kinds of object (clause, own, people, place, thing)"),
    ("nouns", "{id: x.1, lemma: attack, type: ASSAULT, block: [{subject: [virus]}]}", "'block' field 'subject' is for verbs"),
    ("nouns", "{id: x.1, lemma: attack, type: ASSAULT, object_kind: [place]}", "field 'object_kind' is for verbs"),
])
def test_a_bad_block_names_file_and_line(tmp_path, ontology, section, line, message):
    bad_entry_names_file_and_line(tmp_path, ontology, section, line, message)


def test_a_block_condition_holds_when_all_its_fields_hold():
    passive_project = BlockCondition(objects=("project",), passive=True)
    assert passive_project.holds(TriggerFacts(objects=frozenset({"project"}), passive=True))
    assert not passive_project.holds(TriggerFacts(objects=frozenset({"project"}), passive=False))
    assert not passive_project.holds(TriggerFacts(objects=frozenset({"army"}), passive=True))
    on_video = BlockCondition(preposition="on", prep_objects=("video",))
    assert on_video.holds(TriggerFacts(prep_objects=frozenset({("on", "video")})))
    assert not on_video.holds(TriggerFacts(prep_objects=frozenset({("in", "video"), ("on", "monday")})))
    assert BlockCondition(preposition="upon").holds(TriggerFacts(prep_objects=frozenset({("upon", "x")})))
    assert "passive" in passive_project.describe() and "'on' + ['video']" in on_video.describe()


def test_a_user_file_can_block_a_bundled_sense(tmp_path, ontology):
    user = write(tmp_path, "verbs:\n  - {id: v.kill, lemma: kill, type: ASSAULT, cameo: '190', "
                           "block: [{object: [time]}]}\n")
    lexicon = load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS] + [user], ontology=ontology)
    assert lexicon.entries["v.kill"].blocks == (BlockCondition(objects=("time",)),)


# ---- blocked senses code nothing; the other senses still code

def test_executing_an_order_is_no_execution(stage):  # noqa: F811
    # Iraq executed the order
    sentence = [noun("Iraq", "nsubj", 1, pos="PROPN"), verb("executed", "execute"), the(3), noun("order", "obj", 1)]
    assert coded(sentence, stage) == set()
    # Iraq executed the prisoners
    sentence = [noun("Iraq", "nsubj", 1, pos="PROPN"), verb("executed", "execute"), the(3),
                noun("prisoners", "obj", 1, lemma="prisoner")]
    assert {e[:2] for e in coded(sentence, stage)} == {("ASSAULT", "1823")}


def test_a_study_supported_by_a_state_is_no_support(stage):  # noqa: F811
    # The study was supported by Iran
    sentence = [the(1), noun("study", "nsubj:pass", 3), word("was", "AUX", "aux:pass", 3, lemma="be", tag="VBD"),
                verb("supported", "support", tag="VBN"), word("by", "ADP", "case", 5), noun("Iran", "obl:agent", 3, pos="PROPN")]
    assert coded(sentence, stage) == set()
    # Iran supported Iraq
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("supported", "support"), noun("Iraq", "obj", 1, pos="PROPN")]
    assert coded(sentence, stage) == {("SUPPORT", "051", "IRN", "IRQ")}


def test_a_project_is_blocked_only_in_the_passive(bundled):
    entry = bundled.entries["v.fund"]
    assert entry.blocked_by(TriggerFacts(objects=frozenset({"project"}), passive=True)) is not None
    assert entry.blocked_by(TriggerFacts(objects=frozenset({"project"}), passive=False)) is None
    assert entry.blocked_by(TriggerFacts(objects=frozenset({"research"}))) is not None


@pytest.mark.parametrize("obj, lemma, coded_type", [
    ("deer", "deer", None), ("birds", "bird", None), ("film", "film", None),
    ("soldiers", "soldier", "ASSAULT"),
])
def test_shooting_animals_or_a_film_is_no_assault(stage, obj, lemma, coded_type):  # noqa: F811
    # Rebels shot the deer / the film / the soldiers
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("shot", "shoot"), the(3), noun(obj, "obj", 1, lemma=lemma)]
    assert {e[0] for e in coded(sentence, stage)} == ({coded_type} if coded_type else set())


def test_a_storm_or_a_disease_that_kills_is_no_assault(stage):  # noqa: F811
    # The earthquake killed Iraq's ... : the subject is a natural cause
    sentence = [the(1), noun("earthquake", "nsubj", 2), verb("killed", "kill"), noun("Iraq", "obj", 2, pos="PROPN")]
    assert coded(sentence, stage) == set()


def test_a_blocked_sense_tries_no_less_specific_entry(bundled):
    # the explanation names the block, and the trigger has no entry
    sentence = [noun("Iraq", "nsubj", 1, pos="PROPN"), verb("executed", "execute"), the(3), noun("contract", "obj", 1)]
    doc = build_doc([sentence], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    (cand,) = [c for c in find_candidates(graph, bundled, load_cues()) if c.token.text == "executed"]
    assert cand.entry is None and "v.execute" in cand.reason and "is blocked: object in" in cand.reason


@pytest.mark.parametrize("modifier, coded_type", [("heart", None), ("panic", None), ("rocket", "ASSAULT"),
                                                   ("verbal", "ACCUSE")])
def test_a_heart_attack_is_no_assault_and_a_verbal_one_is_criticism(bundled, modifier, coded_type):
    # Iraq's heart / rocket / verbal attack on Iran
    sentence = [noun("Iraq", "nmod:poss", 2, pos="PROPN"), noun(modifier, "compound", 2), noun("attack", "root", -1),
                word("on", "ADP", "case", 4), noun("Iran", "nmod", 2, pos="PROPN")]
    doc = build_doc([sentence], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    (cand,) = [c for c in find_candidates(graph, bundled, load_cues()) if c.token.text == "attack"]
    assert (cand.entry.event_type if cand.entry else None) == coded_type


def test_the_execution_of_a_plan_is_no_execution(bundled):
    sentence = [the(1), noun("execution", "root", -1), word("of", "ADP", "case", 4), the(4), noun("plan", "nmod", 1)]
    doc = build_doc([sentence], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    (cand,) = [c for c in find_candidates(graph, bundled, load_cues()) if c.token.text == "execution"]
    assert cand.entry is None and "blocked" in cand.reason


@pytest.mark.parametrize("obj, lemma", [("imagination", "imagination"), ("seats", "seat")])
def test_capturing_the_imagination_or_seats_is_no_arrest(stage, obj, lemma):  # noqa: F811
    sentence = [noun("Iraq", "nsubj", 1, pos="PROPN"), verb("captured", "capture"), the(3), noun(obj, "obj", 1, lemma=lemma)]
    assert coded(sentence, stage) == set()


# ---- object_kind: a named place captured or seized, with no "from", is ground taken

def test_a_named_place_captured_is_ground_taken(stage):  # noqa: F811
    # Rebels captured Seoul
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("captured", "capture"), noun("Seoul", "obj", 1, pos="PROPN")]
    assert {e[:2] for e in coded(sentence, stage, places=("Seoul",))} == {("ASSAULT", "192")}
    seized = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("seized", "seize"), noun("Seoul", "obj", 1, pos="PROPN")]
    assert {e[:2] for e in coded(seized, stage, places=("Seoul",))} == {("ASSAULT", "192")}


def test_a_named_person_captured_is_still_an_arrest(stage):  # noqa: F811
    # Police captured Hamdi
    sentence = [noun("Police", "nsubj", 1, lemma="police"), verb("captured", "capture"), noun("Hamdi", "obj", 1, pos="PROPN")]
    assert {e[:2] for e in coded(sentence, stage, people=("Hamdi",))} == {("COERCE", "173")}


def test_object_kind_entries_are_offered_only_to_a_matcher_that_checks_them(bundled):
    assert "v.capture_place" not in [e.id for e in bundled.candidates("verb", "capture")]
    checked = [e.id for e in bundled.candidates("verb", "capture", include_constrained=True)]
    assert checked.index("v.capture_from") < checked.index("v.capture_place")  # "from" names the loser first


# ---- vocabulary

@pytest.mark.parametrize("text, lemma, event_type, cameo", [
    ("dynamited", "dynamite", "ASSAULT", "183"), ("machine-gunned", "machine-gun", "ASSAULT", "193"),
    ("strafed", "strafe", "ASSAULT", "195"), ("ransacked", "ransack", "ASSAULT", "1712"),
])
def test_war_report_verbs(stage, text, lemma, event_type, cameo):  # noqa: F811
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb(text, lemma), noun("Iraq", "obj", 1, pos="PROPN")]
    assert coded(sentence, stage) == {(event_type, cameo, "IRQREB", "IRQ")}


def test_striking_a_deal_is_an_agreement_not_an_attack(stage):  # noqa: F811
    # Iraq struck a deal with Iran
    sentence = [noun("Iraq", "nsubj", 1, pos="PROPN"), verb("struck", "strike"), word("a", "DET", "det", 3, tag="DT"),
                noun("deal", "obj", 1), word("with", "ADP", "case", 5), noun("Iran", "obl", 1, pos="PROPN")]
    assert {e[:2] for e in coded(sentence, stage)} == {("AGREE", "030")}


@pytest.mark.parametrize("entry_id, event_type, cameo", [
    ("n.murder", "ASSAULT", "1823"), ("n.kidnap", "ASSAULT", "181"), ("v.explode_bomb", "ASSAULT", "183"),
    ("v.hurl_explosive", "ASSAULT", "183"), ("v.capture_place", "ASSAULT", "192"), ("v.seize_place", "ASSAULT", "192"),
    ("v.take_over_place", "ASSAULT", "192"), ("v.attack_verbally", "ACCUSE", "111"), ("n.verbal_attack", "ACCUSE", "111"),
])
def test_round11_entries(bundled, entry_id, event_type, cameo):
    entry = bundled.entries[entry_id]
    assert (entry.event_type, entry.cameo) == (event_type, cameo)


def test_demonstrating_a_quality_is_no_demonstration(stage):  # noqa: F811
    # Iran demonstrated its resolve
    sentence = [noun("Iran", "nsubj", 1, pos="PROPN"), verb("demonstrated", "demonstrate"),
                word("its", "PRON", "nmod:poss", 3, tag="PRP$"), noun("resolve", "obj", 1)]
    assert coded(sentence, stage) == set()
    # Rebels demonstrated against Iraq
    sentence = [noun("Rebels", "nsubj", 1, pos="PROPN"), verb("demonstrated", "demonstrate"),
                word("against", "ADP", "case", 3), noun("Iraq", "obl", 1, pos="PROPN")]
    assert {e[:2] for e in coded(sentence, stage)} == {("PROTEST", "141")}


def test_soldiers_marching_are_no_march(stage):  # noqa: F811
    actors = {"Troops": ("IRQMIL", "IRQ"), "Students": ("IRQEDU", "IRQ"), "Iraq": ("IRQ", "IRQ")}

    def types(sentence):
        return {e.event_type for e in stage(build_doc([sentence], actors)).events}

    # Troops marched into Iraq
    assert types([noun("Troops", "nsubj", 1, lemma="troop"), verb("marched", "march"),
                  word("into", "ADP", "case", 3), noun("Iraq", "obl", 1, pos="PROPN")]) == set()
    # Students marched on Iraq
    assert types([noun("Students", "nsubj", 1, lemma="student"), verb("marched", "march"),
                  word("on", "ADP", "case", 3), noun("Iraq", "obl", 1, pos="PROPN")]) == {"PROTEST"}


def test_a_medal_or_a_wicket_captured_is_no_one_taken(stage):  # noqa: F811
    # Iraq captured gold / Iraq captured the wickets of Iran / Iraq captured the rebels
    assert coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("captured", "capture"), noun("gold", "obj", 1)],
                 stage) == set()
    assert coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("captured", "capture"), the(3),
                  noun("wickets", "obj", 1, lemma="wicket"), word("of", "ADP", "case", 5),
                  noun("Iran", "nmod", 3, pos="PROPN")], stage, places=("Iran",)) == set()
    assert {e[0] for e in coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("captured", "capture"),
                                 noun("Rebels", "obj", 1, pos="PROPN")], stage)} == {"COERCE"}


def test_a_country_beaten_lost_a_game(stage):  # noqa: F811
    # Iraq beat Iran / Police beat the Rebels
    assert coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("beat", "beat"), noun("Iran", "obj", 1, pos="PROPN")],
                 stage, places=("Iran",)) == set()
    assert {e[0] for e in coded([noun("Police", "nsubj", 1, pos="PROPN"), verb("beat", "beat"), the(3),
                                 noun("Rebels", "obj", 1, pos="PROPN")], stage)} == {"ASSAULT"}


def test_a_bomb_squad_detonating_a_bomb_attacks_no_one(stage):  # noqa: F811
    actors = {"Sappers": ("IRQCOP", "IRQ"), "Rebels": ("IRQREB", "IRQ"), "Iraq": ("IRQ", "IRQ")}

    def types(sentence):
        return {e.event_type for e in stage(build_doc([sentence], actors)).events}

    # Sappers detonated the bomb / Rebels detonated a bomb in Iraq
    assert types([noun("Sappers", "nsubj", 1, lemma="sapper"), verb("detonated", "detonate"), the(3),
                  noun("bomb", "obj", 1)]) == set()
    assert types([noun("Rebels", "nsubj", 1, pos="PROPN"), verb("detonated", "detonate"),
                  word("a", "DET", "det", 3, tag="DT"), noun("bomb", "obj", 1), word("in", "ADP", "case", 5),
                  noun("Iraq", "obl", 1, pos="PROPN")]) == {"ASSAULT"}


def test_battling_unemployment_is_no_battle(stage):  # noqa: F811
    # Iraq has been battling unemployment / Iraq battled the Rebels
    assert coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("battling", "battle", tag="VBG"),
                  noun("unemployment", "obj", 1)], stage) == set()
    assert {e[0] for e in coded([noun("Iraq", "nsubj", 1, pos="PROPN"), verb("battled", "battle"),
                                 noun("Rebels", "obj", 1, pos="PROPN")], stage)} == {"ASSAULT"}
