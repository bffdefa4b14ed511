"""Round 76 of event coding (found on the news audit's pass 76 texts): a participle joined by a
hyphen to the noun before it is an adjective ("rock-throwing Palestinian rioters"); a past form
tagged as a noun after a plural, with its own "at" phrase, is a verb ("Palestinian militiamen
shot at homes"); a response's "with" phrase is its event ("Israel responded with ... machine gun
fire"); another clause's "by" agent, about someone else, is no captor of this one's. Hand-built
parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_countries, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse
from lapwing.model import Token


def _tokens(text: str, spec):
    """Tokens with the offsets of ``text`` (a hyphen joins words only when written so)."""
    out, at = [], 0
    for i, (word, lemma, pos, tag, dep, head) in enumerate(spec):
        at = text.index(word, at)
        out.append(Token(i=i, text=word, start_char=at, end_char=at + len(word), lemma=lemma, pos=pos, tag=tag,
                         dep="ROOT" if head < 0 else dep, head=i if head < 0 else head))
        at += len(word)
    return tuple(out)


_ROCK = [("Thousands", "thousand", "NOUN", "NNS", "nsubj", 7), ("of", "of", "ADP", "IN", "mark", 4),
         ("rock", "rock", "NOUN", "NN", "compound", 4), ("-", "-", "PUNCT", "HYPH", "punct", 2),
         ("throwing", "throw", "VERB", "VBG", "acl", 0), ("Palestinian", "Palestinian", "ADJ", "JJ", "amod", 6),
         ("rioters", "rioter", "NOUN", "NNS", "obj", 4), ("clashed", "clash", "VERB", "VBD", "root", -1),
         (".", ".", "PUNCT", ".", "punct", 7)]


def test_a_hyphened_participle_is_an_adjective_of_the_noun_after_it():
    tokens, repairs = repair_parse(_tokens("Thousands of rock-throwing Palestinian rioters clashed.", _ROCK),
                                   named=lambda t: False)
    assert "hyphened-participle" in [r.rule for r in repairs]
    assert tokens[6].head == 0 and tokens[4].dep == "amod" and tokens[4].head == 6 and tokens[1].head == 6


def test_a_spaced_participle_stays_a_verb():
    """Guard: "rock - throwing" written apart is not one word."""
    tokens, repairs = repair_parse(_tokens("Thousands of rock - throwing Palestinian rioters clashed.", _ROCK),
                                   named=lambda t: False)
    assert "hyphened-participle" not in [r.rule for r in repairs] and tokens[4].dep == "acl"


def _shot(prep: str):
    # Palestinian militiamen shot PREP homes .
    return [("Palestinian", "Palestinian", "ADJ", "JJ", "amod", 1), ("militiamen", "militiaman", "NOUN", "NNS", "compound", 2),
            ("shot", "shot", "NOUN", "NN", "root", -1), (prep, prep, "ADP", "IN", "case", 4),
            ("homes", "home", "NOUN", "NNS", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_past_form_with_its_own_at_phrase_is_a_verb():
    tokens, repairs = repair_parse(spec_tokens(_shot("at")), named=lambda t: False)
    assert "verb-read-as-noun-before-phrase" in [r.rule for r in repairs]
    assert tokens[2].pos == "VERB" and tokens[1].dep == "nsubj"


def test_a_past_form_with_an_of_phrase_stays_a_noun():
    """Guard: "the militiamen shot of homes" names no act; only "at" and "on" follow a verb of aiming."""
    tokens, repairs = repair_parse(spec_tokens(_shot("of")), named=lambda t: False)
    assert "verb-read-as-noun-before-phrase" not in [r.rule for r in repairs] and tokens[2].pos == "NOUN"


def _responded(prep: str, noun: str):
    # Israel responded PREP machine gun NOUN .
    return [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("responded", "respond", "VERB", "VBD", "root", -1),
            (prep, prep, "ADP", "IN", "case", 5), ("machine", "machine", "NOUN", "NN", "compound", 4),
            ("gun", "gun", "NOUN", "NN", "compound", 5), (noun, noun, "NOUN", "NN", "obl", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_response_with_fire_is_an_attack(stage):
    assert ("ASSAULT", "asserted", "ISR", "-") in dyads(stage(build_doc([_responded("with", "fire")],
                                                                        {"Israel": ("ISR", "ISR")})))


def test_a_response_to_fire_is_not_the_responders(stage):
    """Guard: "responded to machine gun fire" answers another's fire."""
    assert not dyads(stage(build_doc([_responded("to", "fire")], {"Israel": ("ISR", "ISR")})))


def test_another_clauses_agent_is_no_captor_of_someone_else(stage):
    # Hicks was captured by troops and Habib was arrested in Pakistan .
    spec = [("Hicks", "Hicks", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
            ("troops", "troops", "NOUN", "NNS", "obl:agent", 2), ("and", "and", "CCONJ", "CC", "cc", 8),
            ("Habib", "Habib", "PROPN", "NNP", "nsubj:pass", 8), ("was", "be", "AUX", "VBD", "aux:pass", 8),
            ("arrested", "arrest", "VERB", "VBN", "conj", 2), ("in", "in", "ADP", "IN", "case", 10),
            ("Pakistan", "Pakistan", "PROPN", "NNP", "obl", 8), (".", ".", "PUNCT", ".", "punct", 2)]
    doc = stage(as_countries(build_doc([spec], {"troops": ("USAMIL", "USA"), "Pakistan": ("PAK", "PAK")}),
                             {"Pakistan"}))
    assert any(d[0] == "COERCE" and d[2].startswith("PAK") for d in dyads(doc))
