"""Round 11 roles (victims made actors; agentless captures given the place's police): passives
the parser missed (all-capitals "BEEN", a bare participle, a participle coordinated with a
passive), the possessor of an agent noun of violence, and the narrowed police fallback, on
hand-built parses."""
from __future__ import annotations

from events_builders import build_doc
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture
from test_events_round8_lexicon import noun, verb, word  # the hand-parse token helpers
from lapwing.events.parse_repair import repair_parse
from lapwing.events.role_cues import load_role_cues
from lapwing.model import Place, Token

ACTORS = {"REBELS": ("COLREB", "COL"), "Rebels": ("IRQREB", "IRQ"), "soldiers": ("IRQMIL", "IRQ"),
          "coalition": ("IGOCOA", None), "Kuwaiti": ("IMGMOSISI", None), "Darayya": ("SYR", "SYR"),
          "Manila": ("PHL", "PHL"), "Afghanistan": ("AFG", "AFG"), "agents": ("FRASPY", "FRA"),
          "Hamdi": ("SAU", "SAU"), "Police": ("PHLCOP", "PHL")}
#: Places among the actors, with their gazetteer feature.
PLACES = {"Manila": "city", "Afghanistan": "country", "Darayya": "city"}


def doc_of(sentence):
    doc = build_doc([sentence], ACTORS)
    mentions = tuple(m.replace(kind="location", place=Place(name=m.text, country_code=m.actor.country,
                                                            feature=PLACES[m.text]))
                     if m.text in PLACES else m for m in doc.mentions)
    return doc.replace(mentions=mentions)


def code(sentence, stage):  # noqa: F811 - the fixture
    """(type, modality, actor, recipient) of every event; an inferred actor by its CAMEO code."""
    return {(e.event_type, e.modality, e.actors[0].actor.cameo_code or e.actors[0].actor.code,
             e.recipients[0].actor.code if e.recipients else "-") for e in stage(doc_of(sentence)).events}


def tokens(sentence) -> tuple[Token, ...]:
    return tuple(Token(i=i, text=t, start_char=0, end_char=len(t), lemma=lem, pos=pos, tag=tag,
                       dep="ROOT" if head < 0 else dep, head=i if head < 0 else head)
                 for i, (t, lem, pos, tag, dep, head) in enumerate(sentence))


# ---- passive-by-form: all-capitals "BEEN" read as a copula, a bare participle after "saw"

def caps_arrest():
    # 129 REBELS HAVE BEEN ARRESTED IN LIMA .
    return [word("129", "NUM", "nummod", 1, tag="CD"), noun("REBELS", "nsubj", 4, lemma="REBELS", pos="PROPN"),
            word("HAVE", "AUX", "aux", 4, lemma="have", tag="VBP"), word("BEEN", "AUX", "cop", 4, lemma="BEEN", tag="VBN"),
            verb("ARRESTED", "ARRESTED", tag="VBN"), word(".", "PUNCT", "punct", 4, tag=".")]


def test_all_capitals_been_makes_a_passive():
    repaired, repairs = repair_parse(tokens(caps_arrest()), named=lambda t: False)
    assert [r.rule for r in repairs] == ["passive-by-form"]
    assert (repaired[1].dep, repaired[3].dep) == ("nsubj:pass", "aux:pass")


def test_rebels_who_have_been_arrested_are_not_the_arresters(stage):  # noqa: F811
    assert not any(actor == "COLREB" for _, _, actor, _ in code(caps_arrest(), stage))


def test_have_before_an_active_participle_is_no_passive():
    # REBELS HAVE ATTACKED THE TOWN: "have" is no form of "be"
    sentence = [noun("REBELS", "nsubj", 2, pos="PROPN"), word("HAVE", "AUX", "aux", 2, lemma="have", tag="VBP"),
                verb("ATTACKED", "ATTACKED", tag="VBN"), noun("TOWN", "obj", 2)]
    assert repair_parse(tokens(sentence), named=lambda t: False)[1] == ()


def test_soldiers_seen_killed_are_victims(stage):  # noqa: F811
    # The fighting saw soldiers killed . (parsed as "soldiers killed", a clause of its own)
    sentence = [word("The", "DET", "det", 1, tag="DT"), noun("fighting", "nsubj", 2), verb("saw", "see"),
                noun("soldiers", "nsubj", 4, lemma="soldier"), verb("killed", "kill", "conj", 2),
                word(".", "PUNCT", "punct", 2, tag=".")]
    assert not any(actor == "IRQMIL" for _, _, actor, _ in code(sentence, stage))


def test_a_harm_verb_with_its_object_keeps_its_subject(stage):  # noqa: F811
    # Rebels killed soldiers .
    sentence = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("killed", "kill"),
                noun("soldiers", "obj", 1, lemma="soldier"), word(".", "PUNCT", "punct", 1, tag=".")]
    assert ("ASSAULT", "asserted", "IRQREB", "IRQMIL") in code(sentence, stage)


# ---- a participle coordinated with a passive is passive

def test_struck_and_killed_by_an_airstrike(stage):  # noqa: F811
    # Kuwaiti was struck and killed by a coalition airstrike
    sentence = [noun("Kuwaiti", "nsubj:pass", 2, pos="PROPN"), word("was", "AUX", "aux:pass", 2, lemma="be", tag="VBD"),
                verb("struck", "strike", tag="VBN"), word("and", "CCONJ", "cc", 4, tag="CC"),
                verb("killed", "kill", "conj", 2, tag="VBN"), word("by", "ADP", "case", 7),
                word("a", "DET", "det", 7, tag="DT"), noun("coalition", "obl:agent", 4)]
    found = code(sentence, stage)
    assert not any(actor == "IMGMOSISI" for _, _, actor, _ in found)
    assert ("ASSAULT", "asserted", "IGOCOA", "IMGMOSISI") in found


# ---- the possessor of an agent noun of violence is the victim

def test_possessor_of_attackers_is_not_the_attacker(stage):  # noqa: F811
    # soldiers were targeted by Darayya 's attackers
    sentence = [noun("soldiers", "nsubj:pass", 2, lemma="soldier"), word("were", "AUX", "aux:pass", 2, lemma="be", tag="VBD"),
                verb("targeted", "target", tag="VBN"), word("by", "ADP", "case", 6),
                noun("Darayya", "nmod:poss", 6, pos="PROPN"), word("'s", "PART", "case", 4, tag="POS"),
                noun("attackers", "obl:agent", 2, lemma="attacker")]
    assert not any(actor == "SYR" for _, _, actor, _ in code(sentence, stage))


# ---- the police of the place: only for state custody, or a capture placed below a country

def agentless(verb_text, lemma, place, *, extra=()):
    # Hamdi was VERB in PLACE [extra]
    return [noun("Hamdi", "nsubj:pass", 2, pos="PROPN"), word("was", "AUX", "aux:pass", 2, lemma="be", tag="VBD"),
            verb(verb_text, lemma, tag="VBN"), word("in", "ADP", "case", 4), noun(place, "obl", 2, pos="PROPN"),
            *extra]


def test_captured_in_a_city_gives_its_police(stage):  # noqa: F811
    assert ("COERCE", "asserted", "PHLCOP", "SAU") in code(agentless("captured", "capture", "Manila"), stage)


def test_captured_in_a_country_gives_no_police(stage):  # noqa: F811
    assert code(agentless("captured", "capture", "Afghanistan"), stage) == set()


def test_arrested_in_a_country_gives_its_police(stage):  # noqa: F811
    assert ("COERCE", "asserted", "AFGCOP", "SAU") in code(agentless("arrested", "arrest", "Afghanistan"), stage)


def test_another_passive_with_an_agent_names_the_captor(stage):  # noqa: F811
    # Hamdi was captured in Manila and flown out by agents
    extra = [word("and", "CCONJ", "cc", 6, tag="CC"), verb("flown", "fly", "conj", 2, tag="VBN"),
             word("by", "ADP", "case", 8), noun("agents", "obl:agent", 6, lemma="agent")]
    assert not any(actor == "PHLCOP" for _, _, actor, _ in code(agentless("captured", "capture", "Manila", extra=extra), stage))


def guerrillas_attacked(verb_text, lemma, stage):  # noqa: F811
    # Hamdi was VERB in Manila after guerrillas attacked
    extra = [word("after", "SCONJ", "mark", 7), noun("guerrillas", "nsubj", 7, lemma="guerrilla"),
             verb("attacked", "attack", "advcl", 2)]
    return {actor for _, _, actor, _ in code(agentless(verb_text, lemma, "Manila", extra=extra), stage)}


def test_guerrillas_in_the_sentence_rule_out_the_police_for_a_capture(stage):  # noqa: F811
    assert "PHLCOP" not in guerrillas_attacked("captured", "capture", stage)


def test_guerrillas_in_the_sentence_leave_an_arrest_to_the_police(stage):  # noqa: F811
    assert "PHLCOP" in guerrillas_attacked("arrested", "arrest", stage)


def test_guerrillas_captured_are_the_ones_taken(stage):  # noqa: F811
    # Rebels were captured in Manila
    sentence = [noun("Rebels", "nsubj:pass", 2, lemma="rebel"), word("were", "AUX", "aux:pass", 2, lemma="be", tag="VBD"),
                verb("captured", "capture", tag="VBN"), word("in", "ADP", "case", 4), noun("Manila", "obl", 2, pos="PROPN")]
    assert ("COERCE", "asserted", "PHLCOP", "IRQREB") in code(sentence, stage)


def test_role_cues_have_the_new_lists():
    cues = load_role_cues()
    assert {"kill", "arrest"} <= cues.transitive_harm_verbs and "shoot" not in cues.transitive_harm_verbs
    assert "attacker" in cues.victim_agent_nouns and "guerrilla" in cues.nonstate_armed_nouns
    assert "arrest" in cues.state_custody_verbs and "capture" not in cues.state_custody_verbs


# ---- an event noun "under" its verb is undergone by the verb's subject

def test_came_under_attack_by_rebels(stage):  # noqa: F811
    # soldiers came under attack by Rebels
    sentence = [noun("soldiers", "nsubj", 1, lemma="soldier"), verb("came", "come"), word("under", "ADP", "case", 3),
                noun("attack", "obl", 1), word("by", "ADP", "case", 5), noun("Rebels", "obl:agent", 1, lemma="rebel")]
    found = code(sentence, stage)
    assert ("ASSAULT", "asserted", "IRQREB", "IRQMIL") in found
    assert not any(actor == "IRQMIL" for _, _, actor, _ in found)


def test_came_under_attack_with_no_attacker_names_no_actor(stage):  # noqa: F811
    # soldiers came under attack in Manila
    sentence = [noun("soldiers", "nsubj", 1, lemma="soldier"), verb("came", "come"), word("under", "ADP", "mark", 3),
                noun("attack", "obl", 1), word("in", "ADP", "case", 5), noun("Manila", "nmod", 3, pos="PROPN")]
    assert not any(actor == "IRQMIL" for _, _, actor, _ in code(sentence, stage))


def test_all_capitals_participle_tagged_as_adjective():
    # PERSONNEL WERE WOUNDED : "WOUNDED" tagged JJ, "WERE" a plain auxiliary
    sentence = [noun("PERSONNEL", "nsubj", 2, lemma="PERSONNEL"), word("WERE", "AUX", "aux", 2, lemma="WERE", tag="VBD"),
                ("WOUNDED", "WOUNDED", "VERB", "JJ", "root", -1)]
    repaired, repairs = repair_parse(tokens(sentence), named=lambda t: False)
    assert [r.rule for r in repairs] == ["passive-by-form"] and repaired[0].dep == "nsubj:pass"


def test_armed_men_who_are_arrested_keep_the_police(stage):  # noqa: F811
    # Rebels were arrested in Manila: the non-state actors are the ones taken
    sentence = [noun("Rebels", "nsubj:pass", 2, lemma="rebel"), word("were", "AUX", "aux:pass", 2, lemma="be", tag="VBD"),
                verb("arrested", "arrest", tag="VBN"), word("in", "ADP", "case", 4), noun("Manila", "obl", 2, pos="PROPN")]
    assert ("COERCE", "asserted", "PHLCOP", "IRQREB") in code(sentence, stage)


def two_sentences(verb_text, lemma, stage):  # noqa: F811
    # Rebels attacked . Hamdi was VERB in Manila
    first = [noun("Rebels", "nsubj", 1, lemma="rebel"), verb("attacked", "attack"), word(".", "PUNCT", "punct", 1, tag=".")]
    doc = build_doc([first, agentless(verb_text, lemma, "Manila")], ACTORS)
    mentions = tuple(m.replace(kind="location", place=Place(name=m.text, country_code="PHL", feature="city"))
                     if m.text == "Manila" else m for m in doc.mentions)
    return {e.actors[0].actor.cameo_code for e in stage(doc.replace(mentions=mentions)).events if e.sentence == 1}


def test_rebels_in_the_previous_sentence_rule_out_the_police_for_a_capture(stage):  # noqa: F811
    assert "PHLCOP" not in two_sentences("captured", "capture", stage)


def test_rebels_in_the_previous_sentence_leave_an_arrest_to_the_police(stage):  # noqa: F811
    assert "PHLCOP" in two_sentences("arrested", "arrest", stage)


# ---- the possessor of a noun of harm or custody is the one it happened to

def test_possessor_of_an_arrest_is_the_one_arrested(stage):  # noqa: F811
    # Police carried out Hamdi 's arrest
    sentence = [noun("Police", "nsubj", 1, lemma="police"), verb("carried", "carry"), word("out", "ADP", "compound:prt", 1),
                noun("Hamdi", "nmod:poss", 5, pos="PROPN"), word("'s", "PART", "case", 3, tag="POS"),
                noun("arrest", "obj", 1)]
    found = code(sentence, stage)
    assert ("COERCE", "asserted", "PHLCOP", "SAU") in found
    assert not any(actor == "SAU" for _, _, actor, _ in found)


def test_possessor_of_an_attack_still_attacks(stage):  # noqa: F811
    # Israel 's attack on Iraq
    sentence = [noun("Israel", "nmod:poss", 2, pos="PROPN"), word("'s", "PART", "case", 0, tag="POS"),
                noun("attack", "root", -1), word("on", "ADP", "case", 4), noun("Iraq", "nmod", 2, pos="PROPN")]
    doc = build_doc([sentence], {"Israel": ("ISR", "ISR"), "Iraq": ("IRQ", "IRQ")})
    assert {(e.actors[0].actor.code, e.recipients[0].actor.code) for e in stage(doc).events} == {("ISR", "IRQ")}


def test_possessor_with_an_of_phrase_is_the_doer():
    from lapwing.events.patients import patient_possessors
    from lapwing.events.syntax import SentenceGraph
    # Rebels 's capture of soldiers
    sentence = [noun("Rebels", "nmod:poss", 2, lemma="rebel"), word("'s", "PART", "case", 0, tag="POS"),
                noun("capture", "root", -1), word("of", "ADP", "case", 4), noun("soldiers", "nmod", 2, lemma="soldier")]
    doc = doc_of(sentence)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert patient_possessors(graph, graph.by_i[2]) == []
    bare = doc_of(sentence[:3])
    graph = SentenceGraph(bare.sentences[0], bare.mentions)
    assert [t.text for t in patient_possessors(graph, graph.by_i[2])] == ["Rebels"]
