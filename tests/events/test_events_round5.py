"""Round 5: participles of stance, documents that speak for their issuer, the maker of a
rejected proposal, a participle the parser read as a clausal subject, light verbs the
lemmatizer left inflected, and receiving observers — on hand-built parses."""
from __future__ import annotations

from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture

ACTORS = {"Israel": ("ISR", "ISR"), "French": ("FRA", "FRA"), "Vietnam": ("VNM", "VNM"), "PKK": ("TUR", "TUR"),
          "Turkey": ("TUR", "TUR"), "Ghana": ("GHA", "GHA"), "Annan": ("IGO", None), "US": ("USA", "USA"),
          "Kyrgyzstan": ("KGZ", "KGZ"), "OSCE": ("IGO", None), "Egypt": ("EGY", "EGY"), "Libya": ("LBY", "LBY")}


def run(stage, *specs):
    return stage(build_doc(list(specs), ACTORS))


def test_a_participle_of_stance_is_held_by_its_subject(stage):
    # Israel is opposed to French mediation (opposing a mediation is CAMEO 126, REJECT)
    doc = run(stage, [
        ("Israel", "Israel", "PROPN", "NNP", "nsubj:pass", 2), ("is", "be", "AUX", "VBZ", "aux:pass", 2),
        ("opposed", "opposed", "VERB", "VBN", "root", -1), ("to", "to", "ADP", "IN", "case", 5),
        ("French", "French", "ADJ", "JJ", "amod", 5), ("mediation", "mediation", "NOUN", "NN", "obl", 2)])
    assert dyads(doc) == {("REJECT", "asserted", "ISR", "FRA")}
    assert "participle of stance" in doc.events[0].provenance[0].reason


def test_a_real_passive_of_the_same_verb_keeps_its_agent(stage):
    # Israel is opposed by France: France opposes, Israel is the target
    doc = run(stage, [
        ("Israel", "Israel", "PROPN", "NNP", "nsubj:pass", 2), ("is", "be", "AUX", "VBZ", "aux:pass", 2),
        ("opposed", "opposed", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
        ("French", "French", "ADJ", "JJ", "obl:agent", 2)])
    assert dyads(doc) == {("ACCUSE", "asserted", "FRA", "ISR")}


def test_committed_to_a_gerund_is_an_intent(stage):
    # Vietnam is committed to opening up the economy
    doc = run(stage, [
        ("Vietnam", "Vietnam", "PROPN", "NNP", "nsubj:pass", 2), ("is", "be", "AUX", "VBZ", "aux:pass", 2),
        ("committed", "commit", "VERB", "VBN", "root", -1), ("to", "to", "SCONJ", "IN", "mark", 4),
        ("opening", "open", "VERB", "VBG", "advcl", 2), ("up", "up", "ADP", "RP", "compound:prt", 4),
        ("the", "the", "DET", "DT", "det", 7), ("economy", "economy", "NOUN", "NN", "obj", 4)])
    assert dyads(doc) == {("AGREE", "asserted", "VNM", "-")}


def test_a_declaration_speaks_for_whoever_issued_it(stage):
    # PKK issued a declaration demanding that Turkey provide information
    doc = run(stage, [
        ("PKK", "PKK", "PROPN", "NNP", "nsubj", 1), ("issued", "issue", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("declaration", "declaration", "NOUN", "NN", "obj", 1),
        ("demanding", "demand", "VERB", "VBG", "acl", 3), ("that", "that", "SCONJ", "IN", "mark", 7),
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 7), ("provide", "provide", "VERB", "VB", "ccomp", 4),
        ("information", "information", "NOUN", "NN", "obj", 7)])
    assert ("REQUEST", "asserted", "TUR", "TUR") in dyads(doc)
    assert "issuer of the 'declaration'" in doc.events[0].provenance[0].reason


def test_a_participle_on_an_ordinary_noun_does_not_borrow_the_verb_subject(stage):
    # Egypt saw a crowd demanding that Libya leave: the crowd demands, not Egypt
    doc = run(stage, [
        ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("saw", "see", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("crowd", "crowd", "NOUN", "NN", "obj", 1),
        ("demanding", "demand", "VERB", "VBG", "acl", 3), ("that", "that", "SCONJ", "IN", "mark", 7),
        ("Libya", "Libya", "PROPN", "NNP", "nsubj", 7), ("leave", "leave", "VERB", "VB", "ccomp", 4)])
    assert not [e for e in doc.events if e.event_type == "REQUEST"]


def test_the_target_of_a_dismissed_appeal_is_its_maker(stage):
    # Ghana dismissed an appeal from Annan to lay down arms
    doc = run(stage, [
        ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 1), ("dismissed", "dismiss", "VERB", "VBD", "root", -1),
        ("an", "a", "DET", "DT", "det", 3), ("appeal", "appeal", "NOUN", "NN", "obj", 1),
        ("from", "from", "ADP", "IN", "case", 5), ("Annan", "Annan", "PROPN", "NNP", "nmod", 3)])
    assert dyads(doc) == {("REJECT", "asserted", "GHA", "IGO")}
    assert "maker of the 'appeal'" in doc.events[0].provenance[0].reason


def test_a_participle_read_as_clausal_subject_gives_its_own_subject(stage):
    # The US operating in Egypt said Libya must leave: a demand by the US
    doc = run(stage, [
        ("The", "the", "DET", "DT", "det", 1), ("US", "US", "PROPN", "NNP", "nsubj", 2),
        ("operating", "operate", "VERB", "VBG", "csubj", 5), ("in", "in", "ADP", "IN", "case", 4),
        ("Egypt", "Egypt", "PROPN", "NNP", "obl", 2), ("said", "say", "VERB", "VBD", "root", -1),
        ("Libya", "Libya", "PROPN", "NNP", "nsubj", 8), ("must", "must", "AUX", "MD", "aux", 8),
        ("leave", "leave", "VERB", "VB", "ccomp", 5)])
    assert ("REQUEST", "asserted", "USA", "LBY") in dyads(doc)


def test_a_light_verb_left_inflected_by_the_lemmatizer_still_carries_its_noun(stage):
    # Egypt staged an offensive against Libya ("staged" with lemma "staged")
    doc = run(stage, [
        ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("staged", "staged", "VERB", "VBD", "root", -1),
        ("an", "a", "DET", "DT", "det", 3), ("offensive", "offensive", "NOUN", "NN", "obj", 1),
        ("against", "against", "ADP", "IN", "case", 5), ("Libya", "Libya", "PROPN", "NNP", "nmod", 3)])
    assert dyads(doc) == {("ASSAULT", "asserted", "EGY", "LBY")}


def test_receiving_observers_allows_international_involvement(stage):
    # Kyrgyzstan received a mission of observers from the OSCE
    doc = run(stage, [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("mission", "mission", "NOUN", "NN", "obj", 1),
        ("of", "of", "ADP", "IN", "case", 5), ("observers", "observer", "NOUN", "NNS", "nmod", 3),
        ("from", "from", "ADP", "IN", "case", 8), ("the", "the", "DET", "DT", "det", 8),
        ("OSCE", "OSCE", "PROPN", "NNP", "nmod", 5)])
    assert dyads(doc) == {("RETREAT", "asserted", "KGZ", "IGO")}
    assert doc.events[0].cameo == "0862"
