"""Round 19 of event coding (found on the news audit's pass 12 texts):

* "was shot dead by suspected Tamil Tigers", "dead" hung as an adverb with the "by" phrase under
  it: the agent is read there too (``syntax.result_adjectives``);
* "the Israeli military operation in Gaza": an armed operation (``n.military_operation``), the
  attack a protest is against;
* "alleges that he is linked to the deaths of Israelis": the clause's subject is the one alleged
  against, not a phrase inside the clause;
* "troops patrolled ... to prevent Palestinian riots": what is prevented does not happen.

Hand-built parses as the bundled parser gives them, with guard tests; the stance prefixes
("anti-Israel protesters") are tested with the actors stage in tests/actors."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Tigers": ("LKAREB", "LKA"), "Vavuniya": ("LKA", "LKA"), "Palestinians": ("PSE", "PSE"),
          "Israeli": ("ISR", "ISR"), "Gaza": ("PSE", "PSE"), "Israel": ("ISR", "ISR"),
          "Israelis": ("ISR", "ISR"), "Palestinian": ("PSE", "PSE"), "troops": ("ISRMIL", "ISR")}
PLACES = {"Vavuniya", "Gaza"}


def _doc(spec, *, persons=()):
    from lapwing.model import Mention
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind="location") if m.text in PLACES else m for m in doc.mentions)
    for name in persons:
        tok = next(t for t in doc.sentences[0].tokens if t.text == name)
        mentions += (Mention(start_char=tok.start_char, end_char=tok.end_char, text=name, kind="person", sentence=0),)
    return doc.replace(mentions=mentions)


# Kesavavarnan was shot dead by Tigers in Vavuniya .
SHOT_DEAD_BY = [("Kesavavarnan", "Kesavavarnan", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
                ("shot", "shoot", "VERB", "VBN", "root", -1), ("dead", "dead", "ADJ", "JJ", "advmod", 2),
                ("by", "by", "ADP", "IN", "case", 5), ("Tigers", "Tiger", "PROPN", "NNPS", "obl:agent", 3),
                ("in", "in", "ADP", "IN", "case", 7), ("Vavuniya", "Vavuniya", "PROPN", "NNP", "obl", 2),
                (".", ".", "PUNCT", ".", "punct", 2)]


def test_the_agent_under_dead_hung_as_an_adverb_is_the_attacker(stage):
    assert {(t, a) for t, _, a, _ in dyads(stage(_doc(SHOT_DEAD_BY, persons=("Kesavavarnan",))))} == {
        ("ASSAULT", "LKAREB")}


# Palestinians protested against the Israeli military operation in Gaza .
OPERATION = [("Palestinians", "Palestinian", "PROPN", "NNPS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
             ("against", "against", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
             ("Israeli", "Israeli", "ADJ", "JJ", "amod", 6), ("military", "military", "ADJ", "JJ", "amod", 6),
             ("operation", "operation", "NOUN", "NN", "obl", 1), ("in", "in", "ADP", "IN", "case", 8),
             ("Gaza", "Gaza", "PROPN", "NNP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_military_operation_is_an_attack(stage):
    assert ("ASSAULT", "asserted", "ISR", "PSE") in dyads(stage(_doc(OPERATION)))


def test_a_rescue_operation_is_none(stage):
    """Guard: only an armed operation ("military", "air", "ground" ...) is an attack."""
    spec = [t if t[0] != "military" else ("rescue", "rescue", "NOUN", "NN", "compound", 6) for t in OPERATION]
    assert not any(d[0] == "ASSAULT" for d in dyads(stage(_doc(spec))))


# Israel alleges that he is linked to the deaths of Israelis .
ALLEGES = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("alleges", "allege", "VERB", "VBZ", "root", -1),
           ("that", "that", "SCONJ", "IN", "mark", 5), ("he", "he", "PRON", "PRP", "nsubj:pass", 5),
           ("is", "be", "AUX", "VBZ", "aux:pass", 5), ("linked", "link", "VERB", "VBN", "ccomp", 1),
           ("to", "to", "ADP", "IN", "case", 8), ("the", "the", "DET", "DT", "det", 8),
           ("deaths", "death", "NOUN", "NNS", "obl", 5), ("of", "of", "ADP", "IN", "case", 10),
           ("Israelis", "Israeli", "PROPN", "NNPS", "nmod", 8), (".", ".", "PUNCT", ".", "punct", 1)]


def test_the_victims_inside_an_allegation_are_not_the_accused(stage):
    assert dyads(stage(_doc(ALLEGES))) == {("ACCUSE", "asserted", "ISR", "-")}


# troops patrolled to prevent Palestinian riots .
PREVENT = [("troops", "troop", "NOUN", "NNS", "nsubj", 1), ("patrolled", "patrol", "VERB", "VBD", "root", -1),
           ("to", "to", "PART", "TO", "mark", 3), ("prevent", "prevent", "VERB", "VB", "advcl", 1),
           ("Palestinian", "Palestinian", "ADJ", "JJ", "amod", 5), ("riots", "riot", "NOUN", "NNS", "obj", 3),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_riots_prevented_did_not_happen(stage):
    found = stage(_doc(PREVENT))
    assert all(e.modality == "negated" for e in found.events if e.event_type == "PROTEST")
    assert any(e.event_type == "PROTEST" for e in found.events)


def test_riots_stopped_did(stage):
    """Guard: "stopped the riots": they happened (only verbs of forestalling negate)."""
    spec = [t if t[0] != "prevent" else ("stop", "stop", "VERB", "VB", "advcl", 1) for t in PREVENT]
    found = stage(_doc(spec))
    assert all(e.modality != "negated" for e in found.events if e.event_type == "PROTEST")
