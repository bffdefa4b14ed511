"""Round 57 of event coding (found on the news audit's pass 56 texts): a capital that possesses a
part of itself ("Baghdad's al-Jadida district", "Baghdad's mainly Shiite neighborhood of
Kamaliya") is the place, not the government acting as a state ("Australia's diplomatic
efforts"). Sentences hand-built as in test_stage, with the possessive's head set by hand."""
from __future__ import annotations

from test_stage import make_doc, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def _possessed(stage, noun: str, lemma: str):
    # Police patrolled Baghdad 's al-Jadida NOUN .
    doc = make_doc(f"Police patrolled Baghdad 's Jadida {noun} .", deps={"Baghdad": "nmod:poss", "'s": "case"})
    sent = doc.sentences[0]
    by_text = {t.text: t for t in sent.tokens}
    heads = {"Baghdad": (by_text[noun].i, "nmod:poss"), "Jadida": (by_text[noun].i, "compound"),
             noun: (by_text["patrolled"].i, "obj")}
    tokens = tuple(t.replace(head=heads[t.text][0], dep=heads[t.text][1], lemma=lemma if t.text == noun else t.lemma)
                   if t.text in heads else t for t in sent.tokens)
    doc = doc.replace(sentences=(sent.replace(tokens=tokens),))
    return {m.text: (m.kind, m.actor.sector if m.actor else None) for m in stage(doc).mentions}


def test_a_capital_possessing_a_district_is_the_place(stage) -> None:
    assert _possessed(stage, "district", "district")["Baghdad"] == ("location", None)


def test_a_capital_possessing_a_policy_acts_as_the_state(stage) -> None:
    """Guard: "Baghdad's new policy": the government's."""
    assert _possessed(stage, "policy", "policy")["Baghdad"][0] != "location"
