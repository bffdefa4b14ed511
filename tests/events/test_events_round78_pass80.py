"""Round 78 of event coding (found on the news audit's pass 80 texts): a sentence-opening time
phrase read as the root is the verb's time ("Last Friday about 3,000 people, mostly Islamists,
marched ...", "On New Year's Eve a massive car bomb destroyed ..."); the subject of an "as"
clause read as the object of "as" is the clause's ("... as the United States and Britain weighed
up plans"), and "the country" in that clause is not its subject; "in protest at" names the
protest's target before any phrase inside it; the quoted words of a sign are a slogan, not a
report; a crowd mention that says nothing of who it is, is a crowd. Hand-built parses as the
bundled parser gives them, with guard tests, and the bundled parser where the actors stage reads
the parse."""
from __future__ import annotations

import datetime as dt

import pytest
from events_builders import as_cities, build_doc, code_text, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _last_friday(own_subject: bool):
    # Last Friday 3,000 people , mostly Islamists , marched in Amman .   (the date the root)
    spec = [("Last", "last", "ADJ", "JJ", "amod", 1), ("Friday", "Friday", "PROPN", "NNP", "root", -1),
            ("3,000", "3000", "NUM", "CD", "nummod", 3), ("people", "people", "NOUN", "NNS", "appos", 1),
            (",", ",", "PUNCT", ",", "punct", 6), ("mostly", "mostly", "ADV", "RB", "advmod", 6),
            ("Islamists", "Islamist", "PROPN", "NNPS", "conj", 1), (",", ",", "PUNCT", ",", "punct", 8),
            ("marched", "march", "VERB", "VBD", "conj", 1), ("in", "in", "ADP", "IN", "case", 10),
            ("Amman", "Amman", "PROPN", "NNP", "obl", 8), (".", ".", "PUNCT", ".", "punct", 1)]
    if own_subject:  # ... , they marched in Amman .
        spec[7] = ("they", "they", "PRON", "PRP", "nsubj", 8)
    return spec


def test_a_time_word_read_as_the_root_is_the_verbs_time():
    tokens, repairs = repair_parse(spec_tokens(_last_friday(False)), named=lambda t: False)
    assert "date-read-as-root" in [r.rule for r in repairs]
    assert tokens[8].dep == "ROOT" and tokens[3].dep == "nsubj" and tokens[3].head == 8
    assert tokens[1].head == 8 and tokens[1].dep == "obl:tmod"
    assert tokens[6].head == 3 and tokens[6].dep == "appos"  # "mostly Islamists" describes the crowd
    assert tokens[10].head == 8


def test_a_verb_with_its_own_subject_is_left_alone():
    """Guard: the verb has a subject of its own: the noun before is no subject of it."""
    _, repairs = repair_parse(spec_tokens(_last_friday(True)), named=lambda t: False)
    assert "date-read-as-root" not in [r.rule for r in repairs]


def _eve(tag: str, obj: bool):
    # On Eve a bomb destroyed a restaurant .   (the phrase the root, the bomb its bare modifier)
    spec = [("On", "on", "ADP", "IN", "case", 1), ("Eve", "Eve", "PROPN", "NNP", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), ("bomb", "bomb", "NOUN", "NN", "nmod:unmarked", 1),
            ("destroyed", "destroy", "VERB", tag, "acl", 1)]
    if obj:
        spec += [("a", "a", "DET", "DT", "det", 6), ("restaurant", "restaurant", "NOUN", "NN", "obj", 4)]
    return spec + [(".", ".", "PUNCT", ".", "punct", 1)]


def test_a_fronted_prepositional_time_phrase_read_as_the_root_is_the_verbs():
    tokens, repairs = repair_parse(spec_tokens(_eve("VBN", True)), named=lambda t: False)
    assert "date-read-as-root" in [r.rule for r in repairs]
    assert tokens[4].dep == "ROOT" and tokens[4].tag == "VBD" and tokens[3].head == 4 and tokens[3].dep == "nsubj"


def test_a_participle_with_no_object_stays_a_participle():
    """Guard: "On Eve a bomb destroyed ." with the verb a participle and no object: perhaps a
    reduced relative ("a bomb destroyed in ..."), not the past tense."""
    _, repairs = repair_parse(spec_tokens(_eve("VBN", False)), named=lambda t: False)
    assert "date-read-as-root" not in [r.rule for r in repairs]


def _as_clause(word: str, noun: str, pos: str):
    # 25 people were killed WORD the NOUN weighed plans .   ("as the United States weighed")
    return [("25", "25", "NUM", "CD", "nummod", 1), ("people", "people", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
            (word, word.lower(), "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
            (noun, noun, pos, "NNP" if pos == "PROPN" else "NN", "obl", 3),
            ("weighed", "weigh", "VERB", "VBD", "advcl", 3), ("plans", "plan", "NOUN", "NNS", "obj", 7),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_the_subject_of_an_as_clause_read_as_its_object_is_the_clauses():
    tokens, repairs = repair_parse(spec_tokens(_as_clause("as", "States", "PROPN")), named=lambda t: False)
    assert "clause-read-as-phrase" in [r.rule for r in repairs]
    assert tokens[6].head == 7 and tokens[6].dep == "nsubj" and tokens[4].head == 7 and tokens[4].dep == "mark"


@pytest.mark.parametrize("word, noun, pos", [("in", "States", "PROPN"), ("since", "week", "NOUN")])
def test_other_phrases_before_a_verb_are_left_alone(word, noun, pos):
    """Guards: "in" opens no clause; "since the week" is a time, not a subject."""
    _, repairs = repair_parse(spec_tokens(_as_clause(word, noun, pos)), named=lambda t: False)
    assert "clause-read-as-phrase" not in [r.rule for r in repairs]


def test_the_country_is_not_the_as_clauses_subject():
    text = ("At least 25 people were killed in three suicide bombings Sunday as the United States and "
            "Britain weighed up plans to drastically cut their troop presence in the country.")
    doc = code_text(text, dt.date(2005, 7, 10))
    assert [m.actor.country for m in doc.mentions if m.text == "country" and m.actor] == []
    assert not any(a.actor.code.startswith("GBR") for e in doc.events for a in e.actors if a.actor and a.actor.code)


def test_words_on_a_sign_are_a_slogan_not_a_report():
    text = ('Outside the gallery several hundred people demonstrated in Tokyo, waving signs that said '
            '"Japan apologize for Pearl Harbor," and "Japan must compensate war victims."')
    doc = code_text(text, dt.date(1994, 6, 15))
    japan = [e for e in doc.events if e.actors and e.actors[0].actor and e.actors[0].actor.code == "JPN"]
    assert japan and all(e.modality == "hypothetical" for e in japan)
    assert any(e.event_type == "PROTEST" and e.modality == "asserted" for e in doc.events)


def test_a_quotation_of_a_speaker_is_still_a_report():
    """Guard: a minister's quoted words are what he reports, not a slogan."""
    text = 'The minister said: "Japan apologized for the war."'
    doc = code_text(text, dt.date(1994, 6, 15))
    assert any(e.event_type == "SUPPORT" and e.modality != "hypothetical" for e in doc.events)


def _protest_at(motive: bool):
    # Kurds marched in protest at Ankara 's campaign against a Kurdish uprising .
    spec = [("Kurds", "Kurd", "PROPN", "NNPS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("in", "in", "ADP", "IN", "case", 3), ("protest", "protest", "NOUN", "NN", "obl", 1),
            ("at", "at", "ADP", "IN", "case", 7), ("Ankara", "Ankara", "PROPN", "NNP", "nmod:poss", 7),
            ("'s", "'s", "PART", "POS", "case", 5), ("campaign", "campaign", "NOUN", "NN", "obl", 1),
            ("against", "against", "ADP", "IN", "case", 11), ("a", "a", "DET", "DT", "det", 11),
            ("Kurdish", "Kurdish", "ADJ", "JJ", "amod", 11), ("uprising", "uprising", "NOUN", "NN", "nmod", 7),
            (".", ".", "PUNCT", ".", "punct", 1)]
    if not motive:  # Kurds marched in Paris at Ankara 's campaign ...
        spec[3] = ("Paris", "Paris", "PROPN", "NNP", "obl", 1)
    return spec


PROTEST_ACTORS = {"Kurds": ("KURETH", None), "Kurdish": ("KURETH", None), "Ankara": ("TUR", "TUR")}


def test_in_protest_at_names_the_target_before_a_phrase_inside_it(stage):
    doc = stage(as_cities(build_doc([_protest_at(True)], PROTEST_ACTORS), {"Ankara"}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "TUR")}


def test_without_in_protest_the_against_phrase_is_still_read(stage):
    """Guard: no "in protest": the "against" phrase inside the predicate's phrase is read as before."""
    doc = stage(as_cities(build_doc([_protest_at(False)], PROTEST_ACTORS), {"Ankara", "Paris"}))
    assert ("PROTEST", "TUR") not in {(d[0], d[3]) for d in dyads(doc)}


def _urging(subject: str):
    # 25 SUBJECT marched through Yangon urging lower prices .
    return [("25", "25", "NUM", "CD", "nummod", 1), (subject, subject.lower(), "NOUN", "NNS", "nsubj", 2),
            ("marched", "march", "VERB", "VBD", "root", -1), ("through", "through", "ADP", "IN", "case", 4),
            ("Yangon", "Yangon", "PROPN", "NNP", "obl", 2), ("urging", "urge", "VERB", "VBG", "advcl", 2),
            ("lower", "low", "ADJ", "JJR", "amod", 7), ("prices", "price", "NOUN", "NNS", "obj", 5),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_crowd_mention_that_says_nothing_of_who_it_is_is_a_crowd(stage):
    doc = stage(as_cities(build_doc([_urging("people")], {"people": (None, None), "Yangon": ("MMR", "MMR")}),
                          {"Yangon"}))
    assert any(d[0] == "REQUEST" and d[2].startswith("MMR") for d in dyads(doc))


def test_a_group_with_a_country_is_no_unnamed_crowd(stage):
    """Guard: "25 Americans" say who they are: they are not the city's protesters."""
    doc = stage(as_cities(build_doc([_urging("Americans")], {"Americans": ("USA", "USA"), "Yangon": ("MMR", "MMR")}),
                          {"Yangon"}))
    assert not any(d[0] == "REQUEST" and d[2].startswith("MMR") for d in dyads(doc))
