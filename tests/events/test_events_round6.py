"""Round 6: the content of a demand the parser hung on its verb, a "that" clause whose verb was
read as a noun, a possessive pronoun that stands for the verb's subject, demands of one country's
two sides, prepositions hung on a title, and purpose clauses on the object — on hand-built parses."""
from __future__ import annotations

from events_builders import build_doc, dyads
from events_builders import event_stage as stage  # noqa: F401 - the shared fixture

ACTORS = {"Israel": ("ISR", "ISR"), "ILO": ("IGO", None), "China": ("CHN", "CHN"), "US": ("USA", "USA"),
          "Obama": ("USA", "USA"), "Morocco": ("MAR", "MAR"), "Japan": ("JPN", "JPN"),
          "Indonesia": ("IDN", "IDN"), "Iran": ("IRN", "IRN"), "Iraq": ("IRQ", "IRQ"),
          "Uzbekistan": ("UZB", "UZB"), "Afghanistan": ("AFG", "AFG"), "Russia": ("RUS", "RUS"),
          "Moscow": ("RUS", "RUS")}


def run(stage, *specs, actors=None):
    return stage(build_doc(list(specs), actors or ACTORS))


def test_a_demand_clause_hung_on_the_verb_belongs_to_the_demand(stage):
    # ILO reiterated its demand today that Israel ease restrictions
    doc = run(stage, [
        ("ILO", "ILO", "PROPN", "NNP", "nsubj", 1), ("reiterated", "reiterate", "VERB", "VBD", "root", -1),
        ("its", "its", "PRON", "PRP$", "nmod:poss", 3), ("demand", "demand", "NOUN", "NN", "obj", 1),
        ("today", "today", "NOUN", "NN", "obl:unmarked", 1), ("that", "that", "SCONJ", "IN", "mark", 7),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 7), ("ease", "ease", "VERB", "VB", "ccomp", 1),
        ("restrictions", "restriction", "NOUN", "NNS", "obj", 7)])
    assert dyads(doc) == {("REQUEST", "asserted", "IGO", "ISR")}
    reason = doc.events[0].provenance[0].reason
    assert "owner 'its' = subject of 'reiterated'" in reason
    assert "subject of the complement 'ease'" in reason


def test_a_clause_after_an_ordinary_object_stays_the_verbs_own(stage):
    # Iran told reporters that Israel eased restrictions: no demand is made
    doc = run(stage, [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("told", "tell", "VERB", "VBD", "root", -1),
        ("reporters", "reporter", "NOUN", "NNS", "obj", 1), ("that", "that", "SCONJ", "IN", "mark", 5),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 5), ("eased", "ease", "VERB", "VBD", "ccomp", 1),
        ("restrictions", "restriction", "NOUN", "NNS", "obj", 5)])
    assert not [e for e in doc.events if e.event_type == "REQUEST"]


def test_a_that_clause_whose_verb_was_read_as_a_noun_gives_its_opening_actor(stage):
    # China demanded that the US cancel plans ("US cancel plans" parsed as one noun phrase)
    doc = run(stage, [
        ("China", "China", "PROPN", "NNP", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "root", -1),
        ("that", "that", "SCONJ", "IN", "mark", 6), ("the", "the", "DET", "DT", "det", 4),
        ("US", "US", "PROPN", "NNP", "compound", 5), ("cancel", "cancel", "PROPN", "NNP", "compound", 6),
        ("plans", "plan", "NOUN", "NNS", "ccomp", 1)])
    assert dyads(doc) == {("REQUEST", "asserted", "CHN", "USA")}
    assert "parse repair: its verb read as a noun" in doc.events[0].provenance[0].reason


def test_a_demand_on_the_other_side_of_one_country_is_kept(stage):
    # Rebels said the government must withdraw: two sides of one country
    actors = {"rebels": ("RWA", "RWA"), "government": ("RWA", "RWA")}
    doc = build_doc([[
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("said", "say", "VERB", "VBD", "root", -1),
        ("government", "government", "NOUN", "NN", "nsubj", 4), ("must", "must", "AUX", "MD", "aux", 4),
        ("agree", "agree", "VERB", "VB", "ccomp", 1)]], actors)
    mentions = [m.replace(actor=m.actor.replace(sector="REB" if m.text == "rebels" else "GOV"))
                for m in doc.mentions]
    doc = stage(doc.replace(mentions=tuple(mentions)))
    assert ("REQUEST", "asserted", "RWA", "RWA") in dyads(doc)


def test_no_demand_is_made_on_the_speakers_own_state(stage):
    # Russia said Moscow must act: the same side
    doc = run(stage, [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "root", -1),
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 4), ("must", "must", "AUX", "MD", "aux", 4),
        ("agree", "agree", "VERB", "VB", "ccomp", 1)])
    assert not [e for e in doc.events if e.event_type == "REQUEST"]


def test_a_preposition_hung_on_the_title_still_marks_the_phrase(stage):
    # Morocco held a meeting with President Obama ("with" on "President", "Obama" a bare dep)
    doc = run(stage, [
        ("Morocco", "Morocco", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("meeting", "meeting", "NOUN", "NN", "obj", 1),
        ("with", "with", "ADP", "IN", "case", 5), ("President", "President", "PROPN", "NNP", "nmod:desc", 6),
        ("Obama", "Obama", "PROPN", "NNP", "dep", 1)])
    assert dyads(doc) == {("CONSULT", "asserted", "MAR", "USA")}


def test_a_purpose_clause_on_the_object_names_the_recipient(stage):
    # Japan dispatched ships to assist Indonesia ("to assist" parsed on "ships")
    doc = run(stage, [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("dispatched", "dispatch", "VERB", "VBD", "root", -1),
        ("ships", "ship", "NOUN", "NNS", "obj", 1), ("to", "to", "PART", "TO", "mark", 4),
        ("assist", "assist", "VERB", "VB", "acl", 2), ("Indonesia", "Indonesia", "PROPN", "NNP", "obj", 4)])
    events = [e for e in doc.events if e.recipients]
    assert events and {e.recipients[0].actor.code for e in events} == {"IDN"}
    assert "purpose clause 'assist'" in events[0].provenance[0].reason


def test_the_content_of_a_plan_is_no_purpose_clause(stage):
    # Iran rejected a plan to attack Iraq: Iraq is not the target of the rejection
    doc = run(stage, [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "obj", 1),
        ("to", "to", "PART", "TO", "mark", 5), ("attack", "attack", "VERB", "VB", "acl", 3),
        ("Iraq", "Iraq", "PROPN", "NNP", "obj", 5)])
    assert ("REJECT", "asserted", "IRN", "IRQ") not in dyads(doc)


def test_a_purpose_clause_names_its_recipient_through_a_preposition(stage):
    # Uzbekistan opened the bridge to allow the delivery of grain to Afghanistan
    doc = run(stage, [
        ("Uzbekistan", "Uzbekistan", "PROPN", "NNP", "nsubj", 1), ("opened", "open", "VERB", "VBD", "root", -1),
        ("the", "the", "DET", "DT", "det", 3), ("border", "border", "NOUN", "NN", "obj", 1),
        ("to", "to", "PART", "TO", "mark", 5), ("allow", "allow", "VERB", "VB", "advcl", 1),
        ("the", "the", "DET", "DT", "det", 7), ("delivery", "delivery", "NOUN", "NN", "obj", 5),
        ("of", "of", "ADP", "IN", "case", 9), ("grain", "grain", "NOUN", "NN", "nmod", 7),
        ("to", "to", "ADP", "IN", "case", 11), ("Afghanistan", "Afghanistan", "PROPN", "NNP", "nmod", 9)])
    assert ("RETREAT", "asserted", "UZB", "AFG") in dyads(doc)


def _with(doc, **changes):
    """The article with some mentions changed: mention text -> fields of the mention to replace."""
    mentions = [m.replace(**changes[m.text]) if m.text in changes else m for m in doc.mentions]
    return doc.replace(mentions=tuple(mentions))


KILLED_IN = [("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 2), ("were", "be", "AUX", "VBD", "aux:pass", 2),
             ("killed", "kill", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 4),
             ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 2)]


def test_an_attack_with_no_attacker_is_sourced_to_the_country_where_it_happened(stage):
    # Soldiers were killed in Baghdad
    doc = build_doc([KILLED_IN], {"soldiers": ("USA", "USA"), "Baghdad": ("IRQ", "IRQ")})
    doc = stage(_with(doc, Baghdad={"kind": "location"}))
    assert dyads(doc) == {("ASSAULT", "asserted", "IRQ", "USA")}
    event = doc.events[0]
    assert event.actors[0].resolution.rule == "unnamed-attacker-place"
    # an unidentified armed force of Iraq, never the Iraqi state
    assert (event.actors[0].actor.sector, event.actors[0].actor.cameo_code) == ("UAF", "IRQUAF")
    assert "a passive with no agent" in event.provenance[0].reason


def test_an_attack_with_no_attacker_and_no_place_has_an_unidentified_attacker_of_no_country(stage):
    # round 31 (before: no source, no event): the harmed are named, so the act is coded
    doc = stage(build_doc([KILLED_IN[:3]], {"soldiers": ("USA", "USA")}))
    assert [(a.actor.code, a.actor.country) for e in doc.events for a in e.actors] == [("UAF", None)]
    # guard: with no one named harmed and no place, nothing
    assert not stage(build_doc([KILLED_IN[:3]], {})).events


def test_a_blast_as_subject_is_no_actor_but_its_place_gives_one(stage):
    # A bombing near Samarra killed soldiers
    doc = build_doc([[
        ("bombing", "bombing", "NOUN", "NN", "nsubj", 3), ("near", "near", "ADP", "IN", "case", 2),
        ("Samarra", "Samarra", "PROPN", "NNP", "nmod", 0), ("killed", "kill", "VERB", "VBD", "root", -1),
        ("soldiers", "soldier", "NOUN", "NNS", "obj", 3)]], {"soldiers": ("USA", "USA"), "Samarra": ("IRQ", "IRQ")})
    doc = stage(_with(doc, Samarra={"kind": "location"}))
    assert dyads(doc) == {("ASSAULT", "asserted", "IRQ", "USA")}
    assert "'bombing' as the subject" in doc.events[0].provenance[0].reason


def test_a_possessive_pronoun_gives_way_to_the_name_in_its_phrase(stage):
    # Greece demanded that its EC partners refuse ("its" resolved to Greece)
    doc = run(stage, [
        ("Greece", "Greece", "PROPN", "NNP", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "root", -1),
        ("that", "that", "SCONJ", "IN", "mark", 6), ("its", "its", "PRON", "PRP$", "nmod:poss", 5),
        ("EC", "EC", "PROPN", "NNP", "compound", 5), ("partners", "partner", "NOUN", "NNS", "nsubj", 6),
        ("refuse", "refuse", "VERB", "VB", "ccomp", 1)],
        actors={"Greece": ("GRC", "GRC"), "its": ("GRC", "GRC"), "EC": ("IGO", None)})
    assert ("REQUEST", "asserted", "GRC", "IGO") in dyads(doc)
    assert ("REQUEST", "asserted", "GRC", "GRC") not in dyads(doc)


def test_a_resolved_possessive_pronoun_alone_is_still_read(stage):
    # Russia shelled their positions ("their" resolved to Ukraine)
    doc = run(stage, [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("shelled", "shell", "VERB", "VBD", "root", -1),
        ("their", "their", "PRON", "PRP$", "nmod:poss", 3), ("positions", "position", "NOUN", "NNS", "obj", 1)],
        actors={"Russia": ("RUS", "RUS"), "their": ("UKR", "UKR")})
    assert ("ASSAULT", "asserted", "RUS", "UKR") in dyads(doc)


def test_a_clause_with_its_own_subject_is_no_purpose_of_the_predicate(stage):
    # Iran withdrew as Iraq threatened to attack Israel: Israel is not whom Iran withdrew from
    doc = run(stage, [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "root", -1),
        ("as", "as", "SCONJ", "IN", "mark", 4), ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 4),
        ("threatened", "threaten", "VERB", "VBD", "advcl", 1), ("to", "to", "PART", "TO", "mark", 6),
        ("attack", "attack", "VERB", "VB", "xcomp", 4), ("Israel", "Israel", "PROPN", "NNP", "obj", 6)])
    assert not [e for e in doc.events if e.event_type == "RETREAT" and e.recipients
                and e.recipients[0].actor.code == "ISR"]

