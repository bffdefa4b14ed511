"""Round 10, roles: recipients that name no one acted upon (an addressee, a reflexive, a person's
place of origin, the actor's own goods or place), the named target of a protest, actors from the
wrong phrase (a residence possessive, a participle on a thing, an "anti-" modifier, a relative
antecedent, a singular possessive on a plural subject), accidents without an attacker, and two
parse repairs ("shot" read as a noun, a verb hung on its subject) — on hand-built parses."""
from __future__ import annotations

import pytest
from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture

from lapwing.errors import ResourceError
from lapwing.events.parse_repair import repair_parse
from lapwing.events.role_cues import read_role_cues
from lapwing.events.roles import own_government
from lapwing.events.syntax import Role, SentenceGraph
from lapwing.model import Token

ACTORS = {"Mecca": ("SAU", "SAU"), "pilgrims": ("IDN", "IDN"), "Annan": ("IGO", None), "terrorists": ("IMG", None),
          "Palestinians": ("PSE", "PSE"), "killers": ("", None), "Cypriots": ("CYP", "CYP"), "troops": ("TUR", "TUR"),
          "attacker": ("IMG", None), "himself": ("IMG", None), "Irving": ("USA", "USA"), "police": ("USA", "USA"),
          "Thai": ("THA", "THA"), "soldiers": ("THA", "THA"), "Malaysian": ("MYS", "MYS"),
          "Hezbollah": ("LBN", "LBN"), "Lebanon": ("LBN", "LBN"), "France": ("FRA", "FRA"), "Serb": ("SRB", "SRB"),
          "Israeli": ("ISR", "ISR"), "Pyongyang": ("PRK", "PRK"), "authorities": ("AUS", "AUS"),
          "Gunmen": ("IMG", None), "doctors": ("CHE", "CHE"), "Iran": ("IRN", "IRN")}
KINDS = {"Mecca": "location", "Irving": "location", "Lebanon": "location", "France": "location",
         "Thai": "nationality", "Malaysian": "nationality", "Serb": "nationality", "Israeli": "nationality"}


def coded(stage, *specs):
    doc = build_doc(list(specs), ACTORS)
    mentions = [m.replace(kind=KINDS[m.text]) if m.text in KINDS else m for m in doc.mentions]
    return stage(doc.replace(mentions=tuple(mentions)))


def killed_in(cause):
    return [("pilgrims", "pilgrim", "NOUN", "NNS", "nsubj:pass", 2), ("were", "be", "AUX", "VBD", "aux:pass", 2),
            ("killed", "kill", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 5),
            ("a", "a", "DET", "DT", "det", 5), (cause, cause, "NOUN", "NN", "obl", 2),
            ("near", "near", "ADP", "IN", "case", 7), ("Mecca", "Mecca", "PROPN", "NNP", "nmod", 5)]


@pytest.mark.parametrize("cause, expected", [
    ("stampede", set()),  # an accident: no attacker is invented
    ("collapse", set()),
    ("bombing", {("ASSAULT", "asserted", "SAU", "IDN")}),  # an attack noun: an unnamed attacker of the place
])
def test_an_unnamed_attacker_needs_an_attack_not_an_accident(stage, cause, expected):
    assert dyads(coded(stage, killed_in(cause))) == expected


def test_killed_alone_says_nothing_of_an_attacker(stage):
    # pilgrims were killed near Mecca: no attack noun, weapon or combatant
    doc = coded(stage, [("pilgrims", "pilgrim", "NOUN", "NNS", "nsubj:pass", 2),
                        ("were", "be", "AUX", "VBD", "aux:pass", 2), ("killed", "kill", "VERB", "VBN", "root", -1),
                        ("near", "near", "ADP", "IN", "case", 4), ("Mecca", "Mecca", "PROPN", "NNP", "obl", 2)])
    assert dyads(doc) == set()


def test_the_addressee_of_a_letter_is_not_the_target(stage):
    # In a letter to Annan, terrorists detonated bombs
    doc = coded(stage, [("In", "in", "ADP", "IN", "case", 2), ("a", "a", "DET", "DT", "det", 2),
                        ("letter", "letter", "NOUN", "NN", "obl", 7), ("to", "to", "ADP", "IN", "case", 4),
                        ("Annan", "Annan", "PROPN", "NNP", "nmod", 2), (",", ",", "PUNCT", ",", "punct", 7),
                        ("terrorists", "terrorist", "NOUN", "NNS", "nsubj", 7),
                        ("detonated", "detonate", "VERB", "VBD", "root", -1), ("bombs", "bomb", "NOUN", "NNS", "obj", 7)])
    assert dyads(doc) == {("ASSAULT", "asserted", "IMG", "-")}


def protest_graph(target: list, *, quoted: bool = False):
    tokens = [("Palestinians", "Palestinian", "PROPN", "NNPS", "nsubj", 1),
              ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1)] + target
    if quoted:
        tokens += [('"', '"', "PUNCT", "``", "punct", 1), ("Death", "death", "NOUN", "NN", "dep", 1),
                   ("to", "to", "ADP", "IN", "case", 5), ("Israel", "Israel", "PROPN", "NNP", "nmod", 3),
                   ('"', '"', "PUNCT", "''", "punct", 1)]
    doc = build_doc([tokens], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    subject = graph.by_i[0]
    return graph, [Role(graph.mention_of(subject), subject, "nsubj")]


AGAINST_KILLERS = [("against", "against", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
                   ("killers", "killer", "NOUN", "NNS", "obl", 1)]
AGAINST_ELECTIONS = [("against", "against", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
                     ("elections", "election", "NOUN", "NNS", "obl", 1)]


@pytest.mark.parametrize("target, quoted, expected", [
    ([], False, ["PSE"]),  # no target named: the protesters' own government
    (AGAINST_ELECTIONS, False, ["PSE"]),  # a measure protested is still the government's
    (AGAINST_KILLERS, False, []),  # a target named that no resolved actor stands for: none
    ([], True, []),  # a slogan names the target better than a default
])
def test_own_government_only_when_no_target_is_named(target, quoted, expected):
    graph, actors = protest_graph(target, quoted=quoted)
    roles = own_government(actors, graph=graph, preds=(graph.by_i[1],))
    assert [r.mention.actor.code for r in roles] == expected
    assert [r.mention.actor.code for r in own_government(actors)] == ["PSE"]  # without the graph: as before


def test_a_protest_target_is_read_inside_its_phrase_and_a_relative_pronoun_takes_the_nearest_actor(stage):
    # Cypriots protested over the occupation of areas by Turkish troops, which invaded the island
    doc = coded(stage, [("Cypriots", "Cypriot", "PROPN", "NNPS", "nsubj", 1),
                        ("protested", "protest", "VERB", "VBD", "root", -1), ("over", "over", "ADP", "IN", "case", 4),
                        ("the", "the", "DET", "DT", "det", 4), ("occupation", "occupation", "NOUN", "NN", "obl", 1),
                        ("of", "of", "ADP", "IN", "case", 6), ("areas", "area", "NOUN", "NNS", "nmod", 4),
                        ("by", "by", "ADP", "IN", "case", 9), ("Turkish", "Turkish", "ADJ", "JJ", "amod", 9),
                        ("troops", "troops", "NOUN", "NNS", "nmod", 6), (",", ",", "PUNCT", ",", "punct", 12),
                        ("which", "which", "PRON", "WDT", "nsubj", 12),
                        ("invaded", "invade", "VERB", "VBD", "acl:relcl", 6), ("the", "the", "DET", "DT", "det", 14),
                        ("island", "island", "NOUN", "NN", "obj", 12)])
    found = dyads(doc)
    assert ("PROTEST", "asserted", "CYP", "TUR") in found
    assert ("ASSAULT", "asserted", "TUR", "-") in found
    assert not any(d[0] == "ASSAULT" and d[2] == "CYP" for d in found)


def test_a_reflexive_is_no_recipient(stage):
    # the attacker killed himself and two tourists
    doc = coded(stage, [("attacker", "attacker", "NOUN", "NN", "nsubj", 1), ("killed", "kill", "VERB", "VBD", "root", -1),
                        ("himself", "himself", "PRON", "PRP", "obj", 1), ("and", "and", "CCONJ", "CC", "cc", 5),
                        ("two", "two", "NUM", "CD", "nummod", 5), ("tourists", "tourist", "NOUN", "NNS", "conj", 2)])
    assert dyads(doc) == {("ASSAULT", "asserted", "IMG", "-")}


def test_a_persons_place_of_origin_is_no_recipient(stage):
    # Mohamed, a boy from Irving, was arrested by police
    doc = coded(stage, [("Mohamed", "Mohamed", "PROPN", "NNP", "nsubj:pass", 8), (",", ",", "PUNCT", ",", "punct", 3),
                        ("a", "a", "DET", "DT", "det", 3), ("boy", "boy", "NOUN", "NN", "appos", 0),
                        ("from", "from", "ADP", "IN", "case", 5), ("Irving", "Irving", "PROPN", "NNP", "nmod", 3),
                        (",", ",", "PUNCT", ",", "punct", 3), ("was", "be", "AUX", "VBD", "aux:pass", 8),
                        ("arrested", "arrest", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 10),
                        ("police", "police", "NOUN", "NNS", "obl:agent", 8)])
    assert dyads(doc) == {("COERCE", "asserted", "USA", "-")}


@pytest.mark.parametrize("owner, expected", [("Thai", set()), ("Malaysian", {"MYS"})])
def test_the_actors_own_goods_are_no_target(stage, owner, expected):
    # Thai soldiers seized Thai baht (their own currency) / Malaysian baht
    doc = coded(stage, [("Thai", "Thai", "ADJ", "JJ", "amod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
                        ("seized", "seize", "VERB", "VBD", "root", -1), (owner, owner, "ADJ", "JJ", "amod", 4),
                        ("baht", "baht", "NOUN", "NN", "obj", 2)])
    assert {d[3] for d in dyads(doc)} - {"-"} == expected


def test_where_the_actors_own_object_lies_is_no_target(stage):
    # Hezbollah detonated bombs in Lebanon ("in Lebanon" parsed as a second object)
    doc = coded(stage, [("Hezbollah", "Hezbollah", "PROPN", "NNP", "nsubj", 1),
                        ("detonated", "detonate", "VERB", "VBD", "root", -1), ("bombs", "bomb", "NOUN", "NNS", "obj", 1),
                        ("in", "in", "ADP", "IN", "case", 4), ("Lebanon", "Lebanon", "PROPN", "NNP", "obj", 1)])
    assert dyads(doc) == {("ASSAULT", "asserted", "LBN", "-")}


@pytest.mark.parametrize("noun, expected", [("control", set()), ("troops", {"ISR"})])
def test_an_active_participle_takes_an_agent_never_a_thing(stage, noun, expected):
    # under Israeli control, killing one / Israeli troops, killing one
    doc = coded(stage, [("under", "under", "ADP", "IN", "case", 2), ("Israeli", "Israeli", "ADJ", "JJ", "amod", 2),
                        (noun, noun, "NOUN", "NN", "root", -1), (",", ",", "PUNCT", ",", "punct", 4),
                        ("killing", "kill", "VERB", "VBG", "acl", 2), ("one", "one", "NUM", "CD", "obj", 4)])
    assert {d[2] for d in dyads(doc)} == expected


def test_an_anti_modifier_names_no_actor_of_an_event_noun(stage):
    # loudspeakers broadcast anti-Pyongyang propaganda
    doc = coded(stage, [("loudspeakers", "loudspeaker", "NOUN", "NNS", "nsubj", 1),
                        ("broadcast", "broadcast", "VERB", "VBD", "root", -1), ("anti", "anti", "ADJ", "JJ", "compound", 4),
                        ("-", "-", "PUNCT", "HYPH", "punct", 4), ("Pyongyang", "Pyongyang", "PROPN", "NNP", "amod", 5),
                        ("propaganda", "propaganda", "NOUN", "NN", "obj", 1)])
    assert not any(d[2] == "PRK" for d in dyads(doc))


def test_his_cannot_stand_for_a_plural_subject(stage):
    # authorities are reacting to his calls for salt: the calls are not the authorities'
    doc = coded(stage, [("authorities", "authority", "NOUN", "NNS", "nsubj", 2), ("are", "be", "AUX", "VBP", "aux", 2),
                        ("reacting", "react", "VERB", "VBG", "root", -1), ("to", "to", "ADP", "IN", "case", 5),
                        ("his", "his", "PRON", "PRP$", "nmod:poss", 5), ("calls", "call", "NOUN", "NNS", "obl", 2),
                        ("for", "for", "ADP", "IN", "case", 7), ("salt", "salt", "NOUN", "NN", "nmod", 5)])
    assert not any(d[0] == "REQUEST" and d[2] == "AUS" for d in dyads(doc))


def tokens(spec):
    return tuple(Token(i=i, text=text, start_char=0, end_char=0, lemma=lemma, pos=pos, tag=tag,
                       dep="ROOT" if head < 0 else dep, head=i if head < 0 else head)
                 for i, (text, lemma, pos, tag, dep, head) in enumerate(spec))


SHOT_DEAD = [("Gunmen", "gunmen", "NOUN", "NN", "compound", 1), ("shot", "shot", "NOUN", "NN", "root", -1),
             ("dead", "dead", "ADJ", "JJ", "compound", 1), ("an", "a", "DET", "DT", "det", 4),
             ("officer", "officer", "NOUN", "NN", "conj", 1), ("in", "in", "ADP", "IN", "case", 6),
             ("Baghdad", "Baghdad", "PROPN", "NNP", "nmod", 4)]


def test_shot_read_as_a_noun_after_a_plural_subject_is_the_verb(stage):
    repaired, repairs = repair_parse(tokens(SHOT_DEAD), named=lambda t: False)
    shot = repaired[1]
    assert (shot.pos, shot.tag, shot.head) == ("VERB", "VBD", 1)
    assert (repaired[0].dep, repaired[0].head) == ("nsubj", 1)
    assert (repaired[4].dep, repaired[4].head) == ("obj", 1)
    assert [r.rule for r in repairs] == ["verb-read-as-noun"]
    assert ("ASSAULT", "IMG") in {(d[0], d[2]) for d in dyads(coded(stage, SHOT_DEAD))}


@pytest.mark.parametrize("spec", [
    # "the shot killed him": a noun after a determiner
    [("the", "the", "DET", "DT", "det", 1), ("shot", "shot", "NOUN", "NN", "nsubj", 2),
     ("killed", "kill", "VERB", "VBD", "root", -1), ("him", "he", "PRON", "PRP", "obj", 2)],
    # "photographers shot pictures": no object after a determiner, "dead" or "and"
    [("photographers", "photographer", "NOUN", "NNS", "compound", 1), ("shot", "shot", "NOUN", "NN", "compound", 2),
     ("pictures", "picture", "NOUN", "NNS", "root", -1)],
])
def test_shot_stays_a_noun_without_the_guards(spec):
    assert repair_parse(tokens(spec), named=lambda t: False)[1] == ()


def test_a_verb_hung_on_its_subject_under_a_root_noun_heads_the_sentence(stage):
    # Swiss doctors handed over 700 kg of medicine to Iran.
    spec = [("Swiss", "swiss", "ADJ", "JJ", "amod", 1), ("doctors", "doctor", "NOUN", "NNS", "nmod", 5),
            ("handed", "hand", "VERB", "VBN", "acl", 1), ("over", "over", "ADP", "IN", "advmod", 4),
            ("700", "700", "NUM", "CD", "nummod", 5), ("kg", "kg", "NOUN", "NNS", "root", -1),
            ("of", "of", "ADP", "IN", "case", 7), ("medicine", "medicine", "NOUN", "NN", "nmod", 5),
            ("to", "to", "ADP", "IN", "case", 9), ("Iran", "Iran", "PROPN", "NNP", "nmod", 5),
            (".", ".", "PUNCT", ".", "punct", 5)]
    repaired, repairs = repair_parse(tokens(spec), named=lambda t: False)
    assert [r.rule for r in repairs] == ["finite-verb-on-subject"]
    assert (repaired[3].dep, repaired[3].head, repaired[5].dep) == ("compound:prt", 2, "obj")
    assert dyads(coded(stage, spec)) == {("AID", "asserted", "CHE", "IRN")}


def test_a_bad_role_cue_names_file_and_line(tmp_path):
    path = tmp_path / "role_cues.yaml"
    path.write_text("accident_nouns: [crash,\n  two words]\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"role_cues.yaml:2: 'accident_nouns' entries are single words"):
        read_role_cues(path)
    path.write_text("accident_nouns: [crash]\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="missing key"):
        read_role_cues(path)
