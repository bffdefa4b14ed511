"""Entity conventions and wikigold conversion (lapwing.segment.training.ner_sources)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.errors import ResourceError
from lapwing.segment.training.ner_sources import (
    detokenized_spaces,
    iob1_to_iob2,
    load_conventions,
    read_wikigold,
    wikigold_split,
)
from lapwing.segment.training.train import gum_named_entities, read_conllu

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
needs_data = pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")

TITLED = """\
# sent_id = t1
# text = NASA Administrator Charles Bolden visited the Kennedy Space Center in Florida.
1\tNASA\tNASA\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-1-Bolden(2-organization-new-1-NASA)
2\tAdministrator\tadministrator\tPROPN\tNNP\t_\t3\tnmod:desc\t_\t_
3\tCharles\tCharles\tPROPN\tNNP\t_\t5\tnsubj\t_\t_
4\tBolden\tBolden\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)
5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
6\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\tEntity=(3-place-new-1-KSC
7\tKennedy\tKennedy\tPROPN\tNNP\t_\t9\tcompound\t_\t_
8\tSpace\tSpace\tPROPN\tNNP\t_\t9\tcompound\t_\t_
9\tCenter\tCenter\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=3)
10\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_
11\tFlorida\tFlorida\tPROPN\tNNP\t_\t5\tobl\t_\tEntity=(4-place-new-1-Florida)|SpaceAfter=No
12\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_
"""


APPOSITION = """\
# sent_id = a1
# text = Agency spokesperson Julie Hahn thanked the Hells Angels biker gang.
1\tAgency\tAgency\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-1-Hahn(2-organization-new-1-Agency)
2\tspokesperson\tspokesperson\tNOUN\tNN\t_\t5\tnsubj\t_\t_
3\tJulie\tJulie\tPROPN\tNNP\t_\t2\tflat\t_\t_
4\tHahn\tHahn\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)
5\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_
6\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\tEntity=(3-organization-new-1-HA
7\tHells\tHells\tPROPN\tNNP\t_\t10\tcompound\t_\t_
8\tAngels\tAngel\tPROPN\tNNP\t_\t7\tflat\t_\t_
9\tbiker\tbiker\tNOUN\tNN\t_\t10\tcompound\t_\t_
10\tgang\tgang\tNOUN\tNN\t_\t5\tobj\t_\tEntity=3)|SpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

# sent_id = a2
# text = He married Colonel Rudolf Strasburgh's sister, the painter Lam Cheuk - ting.
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(4-person-giv-1-x)
2\tmarried\tmarry\tVERB\tVBD\t_\t0\troot\t_\t_
3\tColonel\tcolonel\tNOUN\tNN\t_\t7\tnmod:poss\t_\tEntity=(5-person-new-1-RS
4\tRudolf\tRudolf\tPROPN\tNNP\t_\t3\tflat\t_\t_
5\tStrasburgh\tStrasburgh\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=5)|SpaceAfter=No
6\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_
7\tsister\tsister\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No
8\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_
9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\tEntity=(6-person-new-1-LCT
10\tpainter\tpainter\tNOUN\tNN\t_\t7\tappos\t_\t_
11\tLam\tLam\tPROPN\tNNP\t_\t10\tappos\t_\t_
12\tCheuk\tCheuk\tPROPN\tNNP\t_\t11\tflat\t_\t_
13\t-\t-\tPUNCT\tHYPH\t_\t14\tpunct\t_\t_
14\tting\tting\tPROPN\tNNP\t_\t11\tflat\t_\tEntity=6)|SpaceAfter=No
15\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""


def test_a_name_in_apposition_to_a_common_noun_is_the_person():
    """GUM heads "spokesperson Julie Hahn" by the noun; the name is the PERSON (as UNER marks it),
    without a title and across a hyphen. A name that only modifies an organisation's noun
    ("the Hells Angels biker gang") stays unmarked, as do mentions with no name at all."""
    first, second = read_conllu(APPOSITION)
    assert [(" ".join(first.words[a:b]), label) for a, b, label in gum_named_entities(first)] == [
        ("Agency", "ORG"), ("Julie Hahn", "PERSON")]
    assert [(" ".join(second.words[a:b]), label) for a, b, label in gum_named_entities(second)] == [
        ("Rudolf Strasburgh", "PERSON"), ("Lam Cheuk - ting", "PERSON")]

UNITED = """\
# sent_id = GUM_textbook_governments-4
# text = The government of the United States was united in 1789.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(3-organization-new-nnnnn-cf1-2,5-coref
2\tgovernment\tgovernment\tNOUN\tNN\tNumber=Sing\t8\tnsubj:pass\t_\t_
3\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_
4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(4-place-new-ssnsn-cf2-2,3-coref-United_States
5\tUnited\tUnite\tVERB\tNNP\tTense=Past|VerbForm=Part\t6\tamod\t_\t_
6\tStates\tState\tPROPN\tNNPS\tNumber=Plur\t2\tnmod\t_\tEntity=4)3)
7\twas\tbe\tAUX\tVBD\t_\t8\taux:pass\t_\t_
8\tunited\tunite\tVERB\tVBN\tTense=Past|VerbForm=Part\t0\troot\t_\t_
9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_
10\t1789\t1789\tNUM\tCD\t_\t8\tobl\t_\tSpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_
"""


def test_a_capitalised_word_tagged_nnp_stays_in_the_name():
    """GUM tags "United" in "the United States" VERB with XPOS NNP: the name is "United States",
    not "States" (Universal NER and wikigold mark the whole name)."""
    (sent,) = read_conllu(UNITED)
    assert [(" ".join(sent.words[a:b]), label) for a, b, label in gum_named_entities(sent)] == [
        ("United States", "LOC")]


def test_conventions_file_loads():
    conventions = load_conventions()
    assert {"president", "secretary", "administrator"} <= conventions.titles
    assert {"airport", "museum", "university"} <= conventions.facilities


def test_bad_convention_line_names_file_and_line(tmp_path):
    f = tmp_path / "conv.tsv"
    f.write_text("word\tkind\nmuseum\tfacility\nMuseum\tfacility\n", encoding="utf8")
    with pytest.raises(ResourceError, match="conv.tsv:3:"):
        load_conventions(f)


def test_person_titles_are_dropped_and_facilities_are_org():
    (sent,) = read_conllu(TITLED)
    spans = [(" ".join(sent.words[a:b]), label) for a, b, label in gum_named_entities(sent)]
    assert spans == [("NASA", "ORG"), ("Charles Bolden", "PERSON"),
                     ("Kennedy Space Center", "ORG"), ("Florida", "LOC")]


def test_iob1_to_iob2_drops_misc():
    assert iob1_to_iob2(["I-PER", "I-PER", "B-PER", "O", "I-MISC", "I-LOC", "I-ORG"]) == [
        "B-PERSON", "I-PERSON", "B-PERSON", "O", "O", "B-LOC", "B-ORG"]


def test_detokenized_spaces():
    words = ["He", "said", "(", "in", "Paris", ")", "it", "'s", "fine", "."]
    spaces = detokenized_spaces(words)
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces))
    assert text == "He said (in Paris) it's fine."


def test_wikigold_reader(tmp_path):
    f = tmp_path / "tiny.conll.txt"
    f.write_text("-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nvisited O\nParis I-LOC\n. O\n\n"
                 "-DOCSTART- O\n\nThe O\nBBC I-ORG\nreported O\n. O\n", encoding="utf8")
    docs = read_wikigold(f)
    assert [d[0] for d in docs] == ["tiny.conll-1", "tiny.conll-2"]
    assert docs[0][1] == [["John", "Smith", "visited", "Paris", "."]]
    assert docs[0][2] == [["B-PERSON", "I-PERSON", "O", "B-LOC", "O"]]
    assert [wikigold_split(i) for i in range(10)].count("test") == 1


@needs_data
def test_real_wikigold_reads():
    docs = read_wikigold(SHARED / "data" / "wikigold" / "wikigold.conll.txt")
    assert len(docs) > 100
    assert sum(len(w) for d in docs for w in d[1]) > 35_000
