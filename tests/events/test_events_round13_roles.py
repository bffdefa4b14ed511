"""Round 13 of role finding: the attacker an agentless attack verb names in one of its phrases
(``fallbacks.attack_phrase_agent``): the agent of an attack noun ("killed during an ambush by
FARC", "wounded in an Israeli air strike") and the other side of a clash ("killed in a clash with
government troops"), read before an unnamed attacker of the place is inferred. Hand-built
parses, with guard tests: "between X and Y" names no one attacker, and the harmed are never
their own attacker."""
from __future__ import annotations

from lapwing.events.fallbacks import attack_phrase_agent
from lapwing.events.syntax import Role, SentenceGraph

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"rebels": ("SLVREB", "SLV"), "troops": ("SLVMIL", "SLV"), "soldiers": ("COLMIL", "COL"),
          "FARC": ("COLREB", "COL"), "civilians": ("PSECVL", "PSE"), "Israeli": ("ISR", "ISR"),
          "Palestinians": ("PSE", "PSE"), "police": ("ISRCOP", "ISR")}


def _roles(stage, spec):
    doc = build_doc([spec], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    pred = next(t for t in graph.sent.tokens if t.dep == "ROOT")
    victims = [Role(graph.mention_of(t), t, "nsubj:pass") for t in graph.sent.tokens
               if t.dep == "nsubj:pass" and graph.mention_of(t) is not None]
    return attack_phrase_agent(graph, pred, stage.resources.lexicon, stage.resources.cues, victims)


# Two rebels were killed during a clash with government troops .
CLASH = [("Two", "two", "NUM", "CD", "nummod", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubj:pass", 3),
         ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
         ("during", "during", "ADP", "IN", "case", 6), ("a", "a", "DET", "DT", "det", 6),
         ("clash", "clash", "NOUN", "NN", "obl", 3), ("with", "with", "ADP", "IN", "case", 9),
         ("government", "government", "NOUN", "NN", "compound", 9), ("troops", "troop", "NOUN", "NNS", "nmod", 6),
         (".", ".", "PUNCT", ".", "punct", 3)]


def test_the_other_side_of_a_clash_is_the_attacker_of_those_harmed_in_it(stage):
    assert dyads(stage(build_doc([CLASH], ACTORS))) == {("ASSAULT", "asserted", "SLVMIL", "SLVREB")}
    roles = _roles(stage, CLASH)
    assert [r.token.text for r in roles] == ["troops"] and "other side of the 'clash'" in roles[0].path


# Fifteen soldiers were killed during an ambush by FARC .
AMBUSH = [("Fifteen", "fifteen", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 3),
          ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
          ("during", "during", "ADP", "IN", "case", 6), ("an", "a", "DET", "DT", "det", 6),
          ("ambush", "ambush", "NOUN", "NN", "obl", 3), ("by", "by", "ADP", "IN", "case", 8),
          ("FARC", "FARC", "PROPN", "NNP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 3)]


def test_the_agent_of_an_attack_noun_in_a_phrase_of_an_agentless_passive_is_the_attacker(stage):
    assert dyads(stage(build_doc([AMBUSH], ACTORS))) == {("ASSAULT", "asserted", "COLREB", "COLMIL")}
    assert "agent of the attack noun 'ambush'" in _roles(stage, AMBUSH)[0].path


# Two civilians were wounded in an Israeli air strike . (the nationality hangs on the compound "air")
AIR_STRIKE = [("Two", "two", "NUM", "CD", "nummod", 1), ("civilians", "civilian", "NOUN", "NNS", "nsubj:pass", 3),
              ("were", "be", "AUX", "VBD", "aux:pass", 3), ("wounded", "wound", "VERB", "VBN", "root", -1),
              ("in", "in", "ADP", "IN", "case", 8), ("an", "a", "DET", "DT", "det", 8),
              ("Israeli", "Israeli", "ADJ", "JJ", "amod", 7), ("air", "air", "NOUN", "NN", "compound", 8),
              ("strike", "strike", "NOUN", "NN", "obl", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_nationality_on_the_compound_of_an_attack_noun_is_its_agent(stage):
    assert dyads(stage(build_doc([AIR_STRIKE], ACTORS))) == {("ASSAULT", "asserted", "ISR", "PSECVL")}


# Four Palestinians were killed in clashes between police and rebels . (both sides named: no one attacker)
BETWEEN = [("Four", "four", "NUM", "CD", "nummod", 1), ("Palestinians", "Palestinians", "PROPN", "NNPS", "nsubj:pass", 3),
           ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
           ("in", "in", "ADP", "IN", "case", 5), ("clashes", "clash", "NOUN", "NNS", "obl", 3),
           ("between", "between", "ADP", "IN", "case", 7), ("police", "police", "NOUN", "NN", "nmod", 5),
           ("and", "and", "CCONJ", "CC", "cc", 9), ("rebels", "rebel", "NOUN", "NNS", "conj", 7),
           (".", ".", "PUNCT", ".", "punct", 3)]


def test_guard_a_clash_between_two_named_sides_names_no_attacker(stage):
    assert _roles(stage, BETWEEN) == []


# Two rebels were killed in a clash with rebels . (the harmed are named as the other side: not their own attacker)
SELF = [("Two", "two", "NUM", "CD", "nummod", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubj:pass", 3),
        ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
        ("in", "in", "ADP", "IN", "case", 6), ("a", "a", "DET", "DT", "det", 6),
        ("clash", "clash", "NOUN", "NN", "obl", 3), ("with", "with", "ADP", "IN", "case", 8),
        ("them", "they", "PRON", "PRP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 3)]


def test_guard_a_clash_with_no_named_side_gives_no_attacker(stage):
    assert _roles(stage, SELF) == []


def test_guard_an_active_verb_with_a_named_subject_is_left_to_its_subject(stage):
    # Troops killed two rebels during a clash with FARC . : the subject acts; no fallback is read
    spec = [("troops", "troop", "NOUN", "NNS", "nsubj", 1), ("killed", "kill", "VERB", "VBD", "root", -1),
            ("two", "two", "NUM", "CD", "nummod", 3), ("rebels", "rebel", "NOUN", "NNS", "obj", 1),
            ("during", "during", "ADP", "IN", "case", 6), ("a", "a", "DET", "DT", "det", 6),
            ("clash", "clash", "NOUN", "NN", "obl", 1), ("with", "with", "ADP", "IN", "case", 8),
            ("FARC", "FARC", "PROPN", "NNP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 1)]
    assert _roles(stage, spec) == []
    assert dyads(stage(build_doc([spec], ACTORS))) == {("ASSAULT", "asserted", "SLVMIL", "SLVREB")}


# In the village , troops shot and killed a boy . ("troops" a compound of "shot", read as a noun)
TROOPS_SHOT = [("In", "in", "ADP", "IN", "case", 2), ("the", "the", "DET", "DT", "det", 2),
               ("village", "village", "NOUN", "NN", "obl", 5), (",", ",", "PUNCT", ",", "punct", 2),
               ("troops", "troops", "NOUN", "NNS", "compound", 5), ("shot", "shot", "NOUN", "NN", "root", -1),
               ("and", "and", "CCONJ", "CC", "cc", 7), ("killed", "kill", "VERB", "VBD", "conj", 5),
               ("a", "a", "DET", "DT", "det", 9), ("boy", "boy", "NOUN", "NN", "obj", 7),
               (".", ".", "PUNCT", ".", "punct", 5)]


def test_a_sector_word_before_a_verb_read_as_a_noun_stays_an_actor(stage):
    # the actors stage keeps "troops" (not a noun modifier: the verb-read-as-noun repair makes it
    # the subject), so the attack has its unnamed military actor
    from lapwing.actors.stage import ActorStage
    doc = ActorStage({}, {})(build_doc([TROOPS_SHOT], {}))
    assert [(m.text, m.actor.sector) for m in doc.mentions if m.actor and m.actor.sector] == [("troops", "MIL"),
                                                                                               ("boy", "CVL")]
    events = stage(doc).events
    assert [(e.event_type, e.actors[0].text) for e in events] == [("ASSAULT", "troops")]


def test_guard_a_sector_word_modifying_a_noun_is_still_no_actor(stage):
    # The army operations ended . ("army" modifies "operations": no actor)
    spec = [("The", "the", "DET", "DT", "det", 2), ("army", "army", "NOUN", "NN", "compound", 2),
            ("operations", "operation", "NOUN", "NNS", "nsubj", 3), ("ended", "end", "VERB", "VBD", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 3)]
    from lapwing.actors.stage import ActorStage
    doc = ActorStage({}, {})(build_doc([spec], {}))
    assert not [m for m in doc.mentions if m.text == "army"]


# US and British forces attacked Iraq . (coordinated modifiers of one noun)
US_AND_BRITISH = [("US", "US", "PROPN", "NNP", "compound", 3), ("and", "and", "CCONJ", "CC", "cc", 2),
                  ("British", "British", "ADJ", "JJ", "conj", 0), ("forces", "force", "NOUN", "NNS", "nsubj", 4),
                  ("attacked", "attack", "VERB", "VBD", "root", -1), ("Iraq", "Iraq", "PROPN", "NNP", "obj", 4),
                  (".", ".", "PUNCT", ".", "punct", 4)]


def test_coordinated_modifiers_of_one_noun_are_each_an_actor(stage):
    actors = {"US": ("USA", "USA"), "British": ("GBR", "GBR"), "Iraq": ("IRQ", "IRQ")}
    doc = build_doc([US_AND_BRITISH], actors)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    forces = graph.sent.tokens[3]
    assert {r.mention.actor.code for r in graph.phrase_actors(forces)} == {"USA", "GBR"}
    assert dyads(stage(doc)) == {("ASSAULT", "asserted", "USA", "IRQ"), ("ASSAULT", "asserted", "GBR", "IRQ")}
    assert len(graph.phrase_actors(forces, conj=False)) == 1  # without following coordination, one


# Planes patrol to prevent Iraqi troops from launching attacks against Kurds .
PREVENT = [("Planes", "plane", "NOUN", "NNS", "nsubj", 1), ("patrol", "patrol", "VERB", "VBP", "root", -1),
           ("to", "to", "PART", "TO", "mark", 3), ("prevent", "prevent", "VERB", "VB", "advcl", 1),
           ("Iraqi", "Iraqi", "ADJ", "JJ", "amod", 5), ("troops", "troops", "NOUN", "NNS", "obj", 3),
           ("from", "from", "SCONJ", "IN", "mark", 7), ("launching", "launch", "VERB", "VBG", "advcl", 3),
           ("attacks", "attack", "NOUN", "NNS", "obj", 7), ("against", "against", "ADP", "IN", "case", 10),
           ("Kurds", "Kurd", "PROPN", "NNPS", "nmod", 8), (".", ".", "PUNCT", ".", "punct", 1)]


def test_the_from_clause_of_a_prevention_verb_is_done_by_its_object_and_did_not_happen(stage):
    actors = {"Planes": ("USAMIL", "USA"), "troops": ("IRQMIL", "IRQ"), "Kurds": ("IRQ", "IRQ")}
    doc = build_doc([PREVENT], actors)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    subjects, how = graph.subject_tokens(graph.sent.tokens[7])
    assert [t.text for t in subjects] == ["troops"] and "prevention verb 'prevent'" in how
    assert dyads(stage(doc)) == {("ASSAULT", "negated", "IRQMIL", "IRQ")}


def test_guard_a_from_clause_of_another_verb_keeps_the_subject_and_the_fact(stage):
    # Troops attacked villages , firing from rooftops . / ... after returning from patrol: no prevention
    spec = [("troops", "troops", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
            ("Kurds", "Kurd", "PROPN", "NNPS", "obj", 1), ("after", "after", "SCONJ", "IN", "mark", 4),
            ("returning", "return", "VERB", "VBG", "advcl", 1), ("from", "from", "ADP", "IN", "case", 6),
            ("patrol", "patrol", "NOUN", "NN", "obl", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    actors = {"troops": ("IRQMIL", "IRQ"), "Kurds": ("IRQ", "IRQ")}
    assert dyads(stage(build_doc([spec], actors))) == {("ASSAULT", "asserted", "IRQMIL", "IRQ")}
    # kept from: "kept the troops from attacking" is prevention, "kept attacking" is not (no "from")
    keep = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("kept", "keep", "VERB", "VBD", "root", -1),
            ("attacking", "attack", "VERB", "VBG", "xcomp", 1), ("Kurds", "Kurd", "PROPN", "NNPS", "obj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert dyads(stage(build_doc([keep], {"Police": ("IRQCOP", "IRQ"), "Kurds": ("IRQ", "IRQ")}))) == {
        ("ASSAULT", "asserted", "IRQCOP", "IRQ")}


# Jehan was shot and left for dead in Karachi . (the place hangs on the second verb only)
SHOT_AND_LEFT = [("Jehan", "Jehan", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
                 ("shot", "shoot", "VERB", "VBN", "root", -1), ("and", "and", "CCONJ", "CC", "cc", 4),
                 ("left", "leave", "VERB", "VBN", "conj", 2), ("for", "for", "ADP", "IN", "case", 6),
                 ("dead", "dead", "ADJ", "JJ", "obl", 4), ("in", "in", "ADP", "IN", "case", 8),
                 ("Karachi", "Karachi", "PROPN", "NNP", "obl", 4), (".", ".", "PUNCT", ".", "punct", 2)]


def _placed(spec):
    from lapwing.events.roles import place_recipients
    doc = build_doc([spec], {})
    doc = doc.replace(mentions=tuple(m for m in build_doc([spec], {"Karachi": ("PAK", "PAK")}).mentions))
    doc = doc.replace(mentions=tuple(m.replace(kind="location") for m in doc.mentions))
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    return [r.mention.text for r in place_recipients(graph, graph.sent.tokens[2], shared=True)]


def test_a_place_on_a_coordinated_verb_of_the_same_clause_is_the_place_of_both():
    assert _placed(SHOT_AND_LEFT) == ["Karachi"]
    from lapwing.events.roles import place_recipients  # only when asked for (attacks)
    doc = build_doc([SHOT_AND_LEFT], {"Karachi": ("PAK", "PAK")})
    doc = doc.replace(mentions=tuple(m.replace(kind="location") for m in doc.mentions))
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert place_recipients(graph, graph.sent.tokens[2]) == []


def test_guard_a_coordinated_clause_of_its_own_keeps_its_place():
    # Jehan was shot but was left in Karachi : "but", and an auxiliary of its own
    spec = list(SHOT_AND_LEFT)
    spec[3] = ("but", "but", "CCONJ", "CC", "cc", 4)
    assert _placed(spec) == []
    spec = list(SHOT_AND_LEFT)
    spec[5] = ("was", "be", "AUX", "VBD", "aux:pass", 4)
    assert _placed(spec) == []


# A car bomb was detonated near the office of a leader in Ramadi . (no one named as harmed; the
# place too deep in the "near" phrase for the recipients' own place fallback)
DETONATED = [("A", "a", "DET", "DT", "det", 2), ("car", "car", "NOUN", "NN", "compound", 2),
             ("bomb", "bomb", "NOUN", "NN", "nsubj:pass", 4), ("was", "be", "AUX", "VBD", "aux:pass", 4),
             ("detonated", "detonate", "VERB", "VBN", "root", -1), ("near", "near", "ADP", "IN", "case", 7),
             ("the", "the", "DET", "DT", "det", 7), ("office", "office", "NOUN", "NN", "obl", 4),
             ("of", "of", "ADP", "IN", "case", 10), ("a", "a", "DET", "DT", "det", 10),
             ("leader", "leader", "NOUN", "NN", "nmod", 7), ("in", "in", "ADP", "IN", "case", 12),
             ("Ramadi", "Ramadi", "PROPN", "NNP", "nmod", 10), (".", ".", "PUNCT", ".", "punct", 4)]


def _located(spec):
    doc = build_doc([spec], {"Ramadi": ("IRQ", "IRQ")})
    return doc.replace(mentions=tuple(m.replace(kind="location") for m in doc.mentions))


def test_a_violent_act_that_names_no_one_harmed_targets_its_place(stage):
    events = stage(_located(DETONATED)).events
    assert [(e.event_type, e.actors[0].actor.cameo_code, e.recipients[0].actor.code) for e in events] == [
        ("ASSAULT", "IRQUAF", "IRQ")]


def test_guard_a_verb_that_is_not_violent_in_itself_needs_someone_harmed(stage):
    # A car was destroyed near the office in Ramadi . ("destroyed" says nothing of an attacker)
    spec = [row if row[0] != "detonated" else ("destroyed", "destroy", "VERB", "VBN", "root", -1)
            for row in DETONATED]
    spec = [row if row[0] != "bomb" else ("car2", "car", "NOUN", "NN", "nsubj:pass", 4) for row in spec]
    assert not stage(_located(spec)).events


def test_a_pair_of_nationalities_joined_by_a_hyphen_names_both_actors():
    # a Canadian - British force ... ("Canadian" hung on "British", the hyphen between them)
    spec = [("a", "a", "DET", "DT", "det", 4), ("Canadian", "Canadian", "ADJ", "JJ", "amod", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 1), ("British", "British", "ADJ", "JJ", "amod", 4),
            ("force", "force", "NOUN", "NN", "nsubj", 5), ("attacked", "attack", "VERB", "VBD", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 5)]
    doc = build_doc([spec], {"Canadian": ("CAN", "CAN"), "British": ("GBR", "GBR")})
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert {r.mention.actor.code for r in graph.phrase_actors(graph.sent.tokens[4])} == {"CAN", "GBR"}
    # "Canadian British force" with no hyphen (one modifying the other) stays one actor
    spec[2] = ("of", "of", "ADP", "IN", "case", 1)
    doc = build_doc([spec], {"Canadian": ("CAN", "CAN"), "British": ("GBR", "GBR")})
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert len(graph.phrase_actors(graph.sent.tokens[4])) == 1


def test_a_people_named_without_a_country_is_not_replaced_by_the_place(stage):
    # Uighurs were captured by US forces in Afghanistan . ("Uighurs" a people with no country)
    from lapwing.model import Actor
    spec = [("Uighurs", "Uighurs", "PROPN", "NNPS", "nsubj:pass", 2), ("were", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 5),
            ("US", "US", "PROPN", "NNP", "compound", 5), ("forces", "force", "NOUN", "NNS", "obl", 2),
            ("in", "in", "ADP", "IN", "case", 7), ("Afghanistan", "Afghanistan", "PROPN", "NNP", "obl", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    doc = build_doc([spec], {"US": ("USA", "USA"), "Afghanistan": ("AFG", "AFG"), "Uighurs": ("", None)})
    mentions = []
    for m in doc.mentions:
        if m.text == "Uighurs":
            m = m.replace(kind="group", actor=Actor(name="Uyghurs", code=None, country=None))
        elif m.text == "Afghanistan":
            m = m.replace(kind="location")
        mentions.append(m)
    events = stage(doc.replace(mentions=tuple(mentions))).events
    assert [(e.actors[0].actor.code, [r.actor.code for r in e.recipients]) for e in events] == [("USA", [])]
    # unnamed people ("five people") are still placed: no knowledge-base people, no change
    mentions = [m.replace(actor=Actor(name="people", code=None, country=None, sector="CVL"))
                if m.text == "Uighurs" else m for m in mentions]
    events = stage(doc.replace(mentions=tuple(mentions))).events
    assert [r.actor.country for e in events for r in e.recipients] == ["AFG"]
