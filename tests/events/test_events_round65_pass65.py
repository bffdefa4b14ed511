"""Round 65 of event coding (found on the news audit's pass 65 texts): the subject after a
fronted time phrase read as its apposition, before a root past tense tagged as a participle, is
the verb's subject ("On Friday, tens of thousands of Turks, mainly Islamists, demonstrated against
Russia's 'invasion of Chechnya'"). Hand-built parses as the bundled parser gives them, with a
guard test."""
from __future__ import annotations

from events_builders import spec_tokens

from lapwing.events.parse_repair import repair_parse


def _demonstrated(dep: str, aux: bool = False):
    # On Friday , thousands of Turks , demonstrated .   (aux: "... had demonstrated")
    spec = [("On", "on", "ADP", "IN", "case", 1), ("Friday", "Friday", "PROPN", "NNP", "obl", 7),
            (",", ",", "PUNCT", ",", "punct", 1), ("thousands", "thousand", "NOUN", "NNS", dep, 1),
            ("of", "of", "ADP", "IN", "case", 5), ("Turks", "Turk", "PROPN", "NNPS", "nmod", 3),
            (",", ",", "PUNCT", ",", "punct", 7), ("demonstrated", "demonstrate", "VERB", "VBN", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 7)]
    if aux:
        spec[6] = ("had", "have", "AUX", "VBD", "aux", 7)
    return spec


def test_a_subject_read_as_the_time_phrases_apposition_is_the_subject():
    tokens, repairs = repair_parse(spec_tokens(_demonstrated("appos")), named=lambda t: False)
    assert "subject-read-as-conjunct" in [r.rule for r in repairs]
    assert (tokens[3].dep, tokens[3].head) == ("nsubj", 7)


def test_a_participle_with_its_auxiliary_is_left_alone():
    """Guard: "... had demonstrated" is a participle with an auxiliary, no bare past tense; the
    repair reads only finite verbs and passives."""
    _, repairs = repair_parse(spec_tokens(_demonstrated("appos", aux=True)), named=lambda t: False)
    assert "subject-read-as-conjunct" not in [r.rule for r in repairs]
