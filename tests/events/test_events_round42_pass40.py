"""Round 42 of event coding (found on the news audit's pass 40 texts): a protest's purpose clause
of protesting names its target by the "by" agent of what it protests, however deep ("marched in
Sanaa Friday to protest what they called the 'genocide' perpetrated by Israeli forces": Israel,
not the marchers' own government). Hand-built parses as the bundled parser gives them, with a
guard test."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"residents": ("PSECVL", "PSE"), "forces": ("ISRMIL", "ISR"), "Sanaa": ("YEM", "YEM")}

# residents marched in Sanaa to protest what they called the genocide perpetrated by forces .
GENOCIDE = [("residents", "resident", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("in", "in", "ADP", "IN", "case", 3), ("Sanaa", "Sanaa", "PROPN", "NNP", "obl", 1),
            ("to", "to", "PART", "TO", "mark", 5), ("protest", "protest", "VERB", "VB", "advcl", 1),
            ("what", "what", "PRON", "WP", "obj", 5), ("they", "they", "PRON", "PRP", "nsubj", 8),
            ("called", "call", "VERB", "VBD", "acl:relcl", 6), ("the", "the", "DET", "DT", "det", 10),
            ("genocide", "genocide", "NOUN", "NN", "obj", 8), ("perpetrated", "perpetrate", "VERB", "VBN", "acl", 10),
            ("by", "by", "ADP", "IN", "case", 13), ("forces", "force", "NOUN", "NNS", "obl:agent", 11),
            (".", ".", "PUNCT", ".", "punct", 1)]


def _protested(spec, stage):
    doc = build_doc([spec], ACTORS)
    doc = doc.replace(mentions=tuple(m.replace(kind="location") if m.text == "Sanaa" else m for m in doc.mentions))
    return {d[3] for d in dyads(stage(doc)) if d[0] == "PROTEST"}


def test_the_doer_of_what_a_protest_protests_is_its_target(stage):
    assert _protested(GENOCIDE, stage) == {"ISRMIL"}


def test_a_phrase_of_another_preposition_deep_in_the_clause_names_no_doer(stage):
    """Guard: "... the genocide perpetrated with forces": no agent, the default stands."""
    spec = [t if t[0] != "by" else ("with", "with", "ADP", "IN", "case", 13) for t in GENOCIDE]
    assert "ISRMIL" not in _protested(spec, stage)
