"""Round 55 of event coding (found on the news audit's pass 54 texts): a march "through" a city
is in it ("Tens of thousands ... marched through Los Angeles"); a quoted slogan that names
another country's actors says more of a protest's target than its place does ("marched through
Gaza City shouting "Death, death, to America and Israel""); a gerund before a past verb whose
object the parser labelled indirect is still a modifier of the subject ("several hundred
Ivorians backing President Laurent Gbagbo marched through Paris"). Hand-built parses as the
bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage, spec_tokens  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _marched(prep: str, slogan: list):
    # Thousands marched PREP Paris [shouting " Death to America "] .
    return [("Thousands", "thousand", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            (prep, prep, "ADP", "IN", "case", 3), ("Paris", "Paris", "PROPN", "NNP", "obl", 1),
            *slogan, (".", ".", "PUNCT", ".", "punct", 1)]


_SLOGAN = [("shouting", "shout", "VERB", "VBG", "advcl", 1), ('"', '"', "PUNCT", "``", "punct", 6),
           ("Death", "death", "NOUN", "NN", "obj", 4), ("to", "to", "ADP", "IN", "case", 8),
           ("America", "America", "PROPN", "NNP", "nmod", 6), ('"', '"', "PUNCT", "''", "punct", 6)]
_PLACES = {"Paris": ("FRA", "FRA"), "America": ("USA", "USA")}


def test_a_march_through_a_city_is_in_it(stage):
    doc = stage(as_cities(build_doc([_marched("through", [])], _PLACES), {"Paris"}))
    assert dyads(doc) == {("PROTEST", "asserted", "FRA", "FRA")}  # unnamed protesters of France


def test_a_march_towards_a_city_is_not_placed_by_it(stage):
    """Guard: "marched towards Paris" says where they went, not where they were."""
    assert dyads(stage(as_cities(build_doc([_marched("towards", [])], _PLACES), {"Paris"}))) == set()


def test_a_slogan_naming_another_country_keeps_the_place_from_being_the_target(stage):
    doc = stage(as_cities(build_doc([_marched("in", _SLOGAN)], _PLACES), {"Paris"}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "-")}


def test_a_slogan_naming_no_actor_leaves_the_place_the_target(stage):
    """Guard: "shouting "Death to tyranny"": the place's country is still the default."""
    slogan = [(w, w.lower() if i else l, p, tg, dep, h) for i, (w, l, p, tg, dep, h) in enumerate(_SLOGAN)]
    slogan[4] = ("tyranny", "tyranny", "NOUN", "NN", "nmod", 6)
    doc = stage(as_cities(build_doc([_marched("in", slogan)], _PLACES), {"Paris"}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "FRA")}


def test_a_gerund_with_an_indirect_object_before_a_past_verb_is_a_modifier():
    """"several hundred Ivorians backing President Laurent Gbagbo marched through Paris": the
    parser made "backing" the root, the name its indirect object and "marched" its complement."""
    spec = [("several", "several", "ADJ", "JJ", "amod", 1), ("hundred", "hundred", "NUM", "CD", "obj", 3),
            ("Ivorians", "Ivorian", "PROPN", "NNPS", "nsubj", 3), ("backing", "back", "VERB", "VBG", "root", -1),
            ("President", "President", "PROPN", "NNP", "compound", 5), ("Gbagbo", "Gbagbo", "PROPN", "NNP", "iobj", 3),
            ("marched", "march", "VERB", "VBD", "ccomp", 3), ("through", "through", "ADP", "IN", "case", 8),
            ("Paris", "Paris", "PROPN", "NNP", "obl", 6), (".", ".", "PUNCT", ".", "punct", 3)]
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    by = {t.text: t for t in tokens}
    assert [r.rule for r in repairs] == ["gerund-before-finite-verb"]
    assert by["marched"].dep == "ROOT" and by["Ivorians"].head == 6 and by["Ivorians"].dep == "nsubj"
    assert by["hundred"].head == 2 and by["hundred"].dep == "nummod" and by["Gbagbo"].dep == "obj"
