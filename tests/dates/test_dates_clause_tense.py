"""The tense of the clause a time expression belongs to (``ParsedText.tense``), read from
hand-built parses: through long noun phrases, past participles that modify a noun, and a past
form the tagger took for a participle."""
from __future__ import annotations

from lapwing.dates.syntax import ParsedText
from lapwing.model import Sentence, Token


def parsed(rows: list[tuple[str, str, str, str, int]]) -> tuple[ParsedText, str]:
    """A sentence from (text, pos, tag, dep, head) rows; heads are row numbers, a root points at itself."""
    tokens, offset = [], 0
    for i, (text, pos, tag, dep, head) in enumerate(rows):
        lemma = {"was": "be", "is": "be", "has": "have", "will": "will"}.get(text, text.lower())
        tokens.append(Token(i=i, text=text, start_char=offset, end_char=offset + len(text), lemma=lemma,
                            pos=pos, tag=tag, dep=dep, head=head))
        offset += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return ParsedText([Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tuple(tokens))]), text


def tense_of(rows, words: str) -> str | None:
    text_parse, text = parsed(rows)
    start = text.index(words)
    return text_parse.tense(start, start + len(words))


def test_a_date_deep_in_a_noun_phrase_takes_the_tense_of_its_verb() -> None:
    # "militants killed people at a stadium , a string of cafes and a hall near Paris on Nov. 13"
    rows = [("militants", "NOUN", "NNS", "nsubj", 1), ("killed", "VERB", "VBD", "ROOT", 1),
            ("people", "NOUN", "NNS", "obj", 1), ("at", "ADP", "IN", "case", 5), ("a", "DET", "DT", "det", 5),
            ("stadium", "NOUN", "NN", "obl", 1), (",", "PUNCT", ",", "punct", 8), ("a", "DET", "DT", "det", 8),
            ("string", "NOUN", "NN", "appos", 5), ("of", "ADP", "IN", "case", 10), ("cafes", "NOUN", "NNS", "nmod", 8),
            ("and", "CCONJ", "CC", "cc", 13), ("a", "DET", "DT", "det", 13), ("hall", "NOUN", "NN", "conj", 10),
            ("near", "ADP", "IN", "case", 15), ("Paris", "PROPN", "NNP", "nmod", 13), ("on", "ADP", "IN", "case", 18),
            ("Nov.", "PROPN", "NNP", "compound", 18), ("13", "NUM", "CD", "nmod", 15)]
    assert tense_of(rows, "Nov. 13") == "past"


def test_a_participle_modifying_a_noun_has_no_tense_of_its_own() -> None:
    # "On October 2 , suspected rebels detonated a bomb" (the date parsed under "suspected")
    rows = [("On", "ADP", "IN", "case", 2), ("October", "PROPN", "NNP", "compound", 2), ("2", "NUM", "CD", "obl", 4),
            (",", "PUNCT", ",", "punct", 2), ("suspected", "VERB", "VBN", "amod", 5),
            ("rebels", "NOUN", "NNS", "nsubj", 6), ("detonated", "VERB", "VBD", "ROOT", 6),
            ("a", "DET", "DT", "det", 8), ("bomb", "NOUN", "NN", "obj", 6)]
    assert tense_of(rows, "October 2") == "past"
    # "the talks scheduled for May 6 will take place": the clause is in the future
    rows = [("the", "DET", "DT", "det", 1), ("talks", "NOUN", "NNS", "nsubj", 7), ("scheduled", "VERB", "VBN", "acl", 1),
            ("for", "ADP", "IN", "case", 5), ("May", "PROPN", "NNP", "compound", 5), ("6", "NUM", "CD", "obl", 2),
            ("will", "AUX", "MD", "aux", 7), ("take", "VERB", "VB", "ROOT", 7), ("place", "NOUN", "NN", "obj", 7)]
    assert tense_of(rows, "May 6") == "future"


def test_a_participle_with_a_subject_and_no_auxiliary_is_a_past_form() -> None:
    # "forces captured Manbij on August 6", "captured" tagged VBN
    rows = [("forces", "NOUN", "NNS", "nsubj", 1), ("captured", "VERB", "VBN", "ROOT", 1),
            ("Manbij", "PROPN", "NNP", "obj", 1), ("on", "ADP", "IN", "case", 5), ("August", "PROPN", "NNP", "compound", 5),
            ("6", "NUM", "CD", "obl", 1)]
    assert tense_of(rows, "August 6") == "past"
    # a present passive has its auxiliary: no past reading ("Manbij is captured on August 6")
    rows = [("Manbij", "PROPN", "NNP", "nsubj:pass", 2), ("is", "AUX", "VBZ", "aux:pass", 2),
            ("captured", "VERB", "VBN", "ROOT", 2), ("on", "ADP", "IN", "case", 5), ("August", "PROPN", "NNP", "compound", 5),
            ("6", "NUM", "CD", "obl", 2)]
    assert tense_of(rows, "August 6") is None
