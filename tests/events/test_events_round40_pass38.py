"""Round 40 of event coding (found on the news audit's pass 38 texts and earlier passes' missed
readings):

* "Montesinos was captured in Venezuela", "He was captured in Honduras": one person, named or a
  personal pronoun, taken in a country is taken by its authorities (the documented default), as a
  capture in a town already was; not fighters taken in a war, not a foreigner, not a militant;
* "It detonated near a Sunni mosque in ... Habbaniyah": "it" going off is the device;
* "captured a marathon tie-breaker": a sport's prize is no arrest.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from lapwing.model import Actor

from events_builders import build_doc, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Venezuela": ("VEN", "VEN"), "Lebanon": ("LBN", "LBN"), "Israeli": ("ISR", "ISR"),
          "Habbaniyah": ("IRQ", "IRQ"), "Japan": ("JPN", "JPN")}


def _doc(spec, *, places=("Venezuela", "Lebanon", "Habbaniyah")):
    doc = build_doc([spec], ACTORS)
    return doc.replace(mentions=tuple(m.replace(kind="location") if m.text in places else m for m in doc.mentions))


def _captured(subject):
    # SUBJECT was captured in Venezuela .
    return [subject, ("was", "be", "AUX", "VBD", "aux:pass", 2), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 4), ("Venezuela", "Venezuela", "PROPN", "NNP", "obl", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]


def _captors(doc):
    return {e.actors[0].actor.cameo_code for e in doc.events if e.event_type == "COERCE"}


def test_one_person_captured_in_a_country_is_taken_by_its_authorities(stage):
    assert _captors(stage(_doc(_captured(("Montesinos", "Montesinos", "PROPN", "NNP", "nsubj:pass", 2))))) == {"VENCOP"}
    assert _captors(stage(_doc(_captured(("He", "he", "PRON", "PRP", "nsubj:pass", 2))))) == {"VENCOP"}


def test_fighters_captured_in_a_country_name_no_captor(stage):
    """Guard: "Guerrillas were captured in Venezuela": fighters as often as police."""
    spec = _captured(("Guerrillas", "guerrilla", "NOUN", "NNS", "nsubj:pass", 2))
    spec[1] = ("were", "be", "AUX", "VBD", "aux:pass", 2)
    assert not _captors(stage(_doc(spec)))


def test_a_foreigner_or_a_militant_captured_abroad_names_no_captor(stage):
    """Guards: "Israeli Arad was captured in Lebanon" (taken abroad, by either side of a war);
    Khadr "the son of an alleged al-Qaida financier" (a militant's)."""
    spec = [("Israeli", "Israeli", "ADJ", "JJ", "amod", 1), ("Arad", "Arad", "PROPN", "NNP", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 5), ("Lebanon", "Lebanon", "PROPN", "NNP", "obl", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    assert not _captors(stage(_doc(spec)))
    spec = [("Khadr", "Khadr", "PROPN", "NNP", "nsubj:pass", 6), (",", ",", "PUNCT", ",", "punct", 2),
            ("son", "son", "NOUN", "NN", "appos", 0), ("of", "of", "ADP", "IN", "case", 4),
            ("al-Qaida", "al-Qaida", "PROPN", "NNP", "nmod", 2), ("was", "be", "AUX", "VBD", "aux:pass", 6),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 8),
            ("Venezuela", "Venezuela", "PROPN", "NNP", "obl", 6), (".", ".", "PUNCT", ".", "punct", 6)]
    doc = _doc(spec)
    doc = doc.replace(mentions=doc.mentions + tuple(
        m.replace(text="al-Qaida", start_char=t.start_char, end_char=t.end_char,
                  actor=Actor(name="al-Qaeda", code="IMG", sector="REB", cameo_code="IMGMOSALQ"))
        for t in doc.sentences[0].tokens if t.text == "al-Qaida" for m in doc.mentions[:1]))
    assert not _captors(stage(doc))


# It detonated near a mosque in Habbaniyah .
IT = [("It", "it", "PRON", "PRP", "nsubj", 1), ("detonated", "detonate", "VERB", "VBD", "root", -1),
      ("near", "near", "ADP", "IN", "case", 4), ("a", "a", "DET", "DT", "det", 4),
      ("mosque", "mosque", "NOUN", "NN", "obl", 1), ("in", "in", "ADP", "IN", "case", 6),
      ("Habbaniyah", "Habbaniyah", "PROPN", "NNP", "nmod", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_it_going_off_is_the_device(stage):
    assert {e.actors[0].actor.cameo_code for e in stage(_doc(IT)).events} == {"IRQUAF"}


def test_it_setting_something_off_is_no_device(stage):
    """Guard: "It detonated a charge near a mosque ...": someone set it off, unnamed."""
    spec = IT[:2] + [("charges", "charge", "NOUN", "NNS", "obj", 1)] + [
        (t, lem, pos, tag, dep, head + 1 if head > 1 else head) for t, lem, pos, tag, dep, head in IT[2:]]
    assert not any(e.actors[0].actor.cameo_code == "IRQUAF" for e in stage(_doc(spec)).events)


def _sport(obj):
    # Japan captured a OBJ .
    return [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), (obj, obj, "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_sports_prize_is_no_arrest(stage):
    assert not stage(_doc(_sport("breaker"), places=())).events


def test_a_person_captured_is_an_arrest(stage):
    """Guard: "Japan captured a spy"."""
    assert {e.event_type for e in stage(_doc(_sport("spy"), places=())).events} == {"COERCE"}
