"""Modality and complex predicates (round 8): a "that" clause misparsed as a relative clause of
a time adverbial, announced plans of conflictual acts, orders that impose coercion, a future time
adverbial under "decided to"; and the PETRARCH dictionary reader's name forms and dated sectors."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from lapwing.actors.knowledge_base import KnowledgeBase
from lapwing.actors.petrarch import load_petrarch_actors
from lapwing.actors.spans import Span, actor_for
from lapwing.events.stage import EventStage
from lapwing.model import Actor, Mention

from events_builders import build_doc, dyads

ACTORS = {"Egypt": ("EGY", "EGY"), "US": ("USA", "USA"), "Greece": ("GRC", "GRC"), "Turkey": ("TUR", "TUR"),
          "Nicaragua": ("NIC", "NIC"), "Britain": ("GBR", "GBR"), "Iraq": ("IRQ", "IRQ")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, *specs, sectors: dict[str, str] | None = None):
    """Code the hand-built sentences; ``sectors`` gives a named mention a sector, or makes an
    unnamed mention (no code) of a token that is not in :data:`ACTORS`."""
    doc = build_doc(list(specs), ACTORS)
    sectors = sectors or {}
    mentions = [m.replace(actor=m.actor.replace(sector=sectors[m.text])) if m.text in sectors else m
                for m in doc.mentions]
    mentions += [Mention(start_char=tok.start_char, end_char=tok.end_char, text=tok.text, kind="organization",
                         sentence=sent.index, actor=Actor(name=tok.text, sector=sectors[tok.text]))
                 for sent in doc.sentences for tok in sent.tokens if tok.text in sectors and tok.text not in ACTORS]
    return stage(doc.replace(mentions=tuple(sorted(mentions, key=lambda m: m.start_char))))


def _ready_to_mediate(date_dep: str):
    # Egypt said Wednesday that the US must be ready to mediate
    return [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "root", -1),
            ("Wednesday", "Wednesday", "PROPN", "NNP", date_dep, 1), ("that", "that", "PRON", "WDT", "mark", 8),
            ("the", "the", "DET", "DT", "det", 5), ("US", "US", "PROPN", "NNP", "nsubj", 8),
            ("must", "must", "AUX", "MD", "aux", 8), ("be", "be", "AUX", "VB", "cop", 8),
            ("ready", "ready", "ADJ", "JJ", "acl:relcl", 2), ("to", "to", "PART", "TO", "mark", 10),
            ("mediate", "mediate", "VERB", "VB", "xcomp", 8)]


def test_that_clause_misparsed_under_a_time_adverbial_is_the_reported_demand(stage):
    doc = run(stage, _ready_to_mediate("obl:unmarked"))
    assert ("REQUEST", "asserted", "EGY", "USA") in dyads(doc)
    mediation = [e for e in doc.events if e.event_type == "CONSULT"]
    assert mediation and all(e.modality == "hypothetical" for e in mediation)


def test_a_relative_clause_of_an_ordinary_noun_is_not_reported_speech(stage):
    # Egypt said the plan that the US must be ready ...: "plan" is an object, not a time adverbial
    spec = _ready_to_mediate("obj")
    spec[2] = ("plan", "plan", "NOUN", "NN", "obj", 1)
    assert ("REQUEST", "asserted", "EGY", "USA") not in dyads(run(stage, spec))


def _plans_to_impose(governor: tuple[str, str]):
    # Greece plans to impose restrictions on Turkey
    return [("Greece", "Greece", "PROPN", "NNP", "nsubj", 1), (governor[0], governor[1], "VERB", "VBZ", "root", -1),
            ("to", "to", "PART", "TO", "mark", 3), ("impose", "impose", "VERB", "VB", "xcomp", 1),
            ("restrictions", "restriction", "NOUN", "NNS", "obj", 3), ("on", "on", "ADP", "IN", "case", 6),
            ("Turkey", "Turkey", "PROPN", "NNP", "obl", 3)]


def test_an_announced_plan_of_a_coercive_act_is_a_threat(stage):
    found = dyads(run(stage, _plans_to_impose(("plans", "plan"))))
    assert ("THREATEN", "asserted", "GRC", "TUR") in found
    assert not any(t == "COERCE" and m == "asserted" for t, m, *_ in found)


def test_a_hope_to_impose_restrictions_is_not_a_threat(stage):
    found = dyads(run(stage, _plans_to_impose(("hopes", "hope"))))
    assert not any(t == "THREATEN" for t, *_ in found)


def _ordered(obj: str, verb: tuple[str, str], thing: tuple[str, str]):
    # Nicaragua ordered the <obj> to <verb> <thing>
    return [("Nicaragua", "Nicaragua", "PROPN", "NNP", "nsubj", 1), ("ordered", "order", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), (obj, obj, "NOUN", "NN", "obj", 1),
            ("to", "to", "PART", "TO", "mark", 5), (verb[0], verb[1], "VERB", "VB", "xcomp", 1),
            (thing[0], thing[1], "NOUN", "NN", "obj", 5)]


def test_an_order_to_suspend_a_publication_is_the_orderers_coercion(stage):
    doc = run(stage, _ordered("newspaper", ("suspend", "suspend"), ("publication", "publication")),
              sectors={"Nicaragua": "GOV", "newspaper": "MED"})
    coerce = [e for e in doc.events if e.event_type == "COERCE"]
    assert coerce and coerce[0].actors[0].actor.code == "NIC" and coerce[0].cameo == "1721"
    assert coerce[0].recipients[0].actor.country == "NIC"  # the party ordered is under the orderer
    assert not any(e.event_type == "REQUEST" for e in doc.events)


def test_an_order_to_ones_own_police_stays_a_request(stage):
    doc = run(stage, _ordered("police", ("close", "close"), ("newspaper", "newspaper")),
              sectors={"Nicaragua": "GOV", "police": "COP"})
    assert not any(e.event_type == "COERCE" for e in doc.events)


def _decided(time_word: str):
    # Britain decided to withdraw its troops from Iraq <time_word> year
    return [("Britain", "Britain", "PROPN", "NNP", "nsubj", 1), ("decided", "decide", "VERB", "VBD", "root", -1),
            ("to", "to", "PART", "TO", "mark", 3), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
            ("its", "its", "PRON", "PRP$", "nmod:poss", 5), ("troops", "troop", "NOUN", "NNS", "obj", 3),
            ("from", "from", "ADP", "IN", "case", 7), ("Iraq", "Iraq", "PROPN", "NNP", "obl", 3),
            (time_word, time_word, "ADJ", "JJ", "amod", 9), ("year", "year", "NOUN", "NN", "obl:tmod", 3)]


def test_a_decision_to_withdraw_next_year_is_an_intent_not_a_withdrawal(stage):
    found = dyads(run(stage, _decided("next")))
    assert not any(t == "RETREAT" and m in ("asserted", "reported") for t, m, *_ in found)
    assert any(t == "AGREE" and m == "asserted" for t, m, *_ in found)


def test_a_decision_to_withdraw_last_year_is_the_withdrawal(stage):
    found = dyads(run(stage, _decided("last")))
    assert any(t == "RETREAT" and m == "asserted" for t, m, *_ in found)


_TOKENIZER = spacy.blank("en").tokenizer


@pytest.fixture()
def kb() -> KnowledgeBase:
    return KnowledgeBase.bundled(lambda text: [t.text for t in _TOKENIZER(text)])


def test_four_letter_petrarch_names_match_as_names_and_acronyms(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "four.actors.txt"
    path.write_text("BREE  [BRE]\nNATO  [IGONAT]\nUS_X  [USX]\nXYZ  [XYZ]\n", encoding="utf-8")
    load_petrarch_actors(kb, path)
    texts = {a.text for a in kb.aliases if a.entry_id and a.entry_id.startswith("petrarch/four.actors/")}
    assert {"BREE", "Bree", "NATO", "Nato", "XYZ"} <= texts
    assert "Xyz" not in texts  # three letters: an acronym only


def test_a_petrarch_role_without_a_sector_does_not_take_a_later_roles_sector(kb: KnowledgeBase,
                                                                               tmp_path: Path) -> None:
    path = tmp_path / "dated.actors.txt"
    path.write_text("GOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n",
                    encoding="utf-8")
    load_petrarch_actors(kb, path)
    entry = kb.entries["petrarch/dated.actors/gollum"]
    assert entry.sector is None
    span = Span(start=0, end=1, kind="person")
    early, _ = actor_for(span, entry, dt.date(1995, 1, 1), "Gollum")
    late, _ = actor_for(span, entry, dt.date(2001, 1, 1), "Gollum")
    assert (early.code, early.sector) == ("HOB", None)
    assert late.sector == "REB"
