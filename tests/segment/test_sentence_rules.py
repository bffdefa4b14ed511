"""News abbreviations and sentence-boundary rules (lapwing.segment.sentence_rules)."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from lapwing.errors import ResourceError  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.sentence_rules import (  # noqa: E402
    COMPONENT_NAME,
    add_abbreviation_special_cases,
    add_news_rules,
    load_abbreviations,
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_abbreviation_file_loads_with_kinds():
    abbreviations = load_abbreviations()
    assert abbreviations.kinds["Gen."] == "title"
    assert abbreviations.kinds["U.N."] == "name"
    assert abbreviations.kinds["Sept."] == "month"
    assert "Lt." in abbreviations.of_kind("title")


@pytest.mark.parametrize("line, reason", [
    ("Gen.\tgeneral-ish", "kind one of"),
    ("Gen\ttitle", "must end in '.'"),
    ("Gen.", "kind one of"),
])
def test_bad_abbreviation_line_names_file_and_line(tmp_path, line, reason):
    f = tmp_path / "abbr.tsv"
    f.write_text("# comment\nabbreviation\tkind\nDr.\ttitle\n" + line + "\n", encoding="utf8")
    with pytest.raises(ResourceError, match=f"abbr.tsv:4: .*{reason}"):
        load_abbreviations(f)


def test_duplicate_abbreviation_is_an_error(tmp_path):
    f = tmp_path / "abbr.tsv"
    f.write_text("abbreviation\tkind\nDr.\ttitle\nDr.\ttitle\n", encoding="utf8")
    with pytest.raises(ResourceError, match="abbr.tsv:3: duplicate"):
        load_abbreviations(f)


def test_special_cases_keep_abbreviations_one_token():
    blank = add_abbreviation_special_cases(spacy.blank("en"))
    for abbreviation in ("Lt.", "Col.", "Maj.", "Sgt.", "No.", "U.N.", "Sept."):
        doc = blank(f"the {abbreviation} 5")
        assert [t.text for t in doc] == ["the", abbreviation, "5"]


def test_component_is_registered_and_placed_before_the_parser(nlp):
    names = nlp.pipe_names
    assert COMPONENT_NAME in names
    assert names.index(COMPONENT_NAME) < names.index("parser")
    assert COMPONENT_NAME not in load_pipeline(news_rules=False).pipe_names
    # adding twice changes nothing
    assert add_news_rules(nlp).pipe_names == names


def test_blank_line_starts_a_sentence(nlp):
    text = "HAFTAR-ASSAD TIES\n\nPresident Donald Trump called the leaders on Monday."
    sents = sentences(nlp, text)
    assert sents[0] == "HAFTAR-ASSAD TIES"
    assert sents[1].startswith("President Donald Trump")


def test_no_sentence_break_inside_names_and_after_titles(nlp):
    for text in (
        "U.N. Secretary-General Kofi Annan said on Tuesday that talks would resume.",
        "Foreign Secretary Philip Hammond said the government would act.",
        "Lt. Gen. Michael Flynn met Sgt. Maj. John Smith and Col. Ann Lee in Kabul.",
        "The attack happened on Sept. 3 near checkpoint No. 4 in the north.",
    ):
        assert sentences(nlp, text) == [text]


def test_a_sentence_may_still_end_after_a_country_abbreviation(nlp):
    sents = sentences(nlp, "Sanctions were imposed by the U.S. The move angered Iran.")
    assert sents == ["Sanctions were imposed by the U.S.", "The move angered Iran."]


def test_rules_work_without_a_tagger():
    # the component only reads the text and (if present) the tags
    blank = spacy.blank("en")
    add_abbreviation_special_cases(blank)
    from lapwing.segment.sentence_rules import SentenceRules

    doc = SentenceRules(load_abbreviations())(blank("TITLE\n\nGen. Smith spoke."))
    assert [t.is_sent_start for t in doc if not t.is_space][1:4] == [True, False, False]


def test_title_abbreviations_are_dropped_from_person_names(nlp):
    from lapwing.segment.sentence_rules import TITLE_TRIM_NAME

    assert nlp.pipe_names.index(TITLE_TRIM_NAME) > nlp.pipe_names.index("ner")
    doc = nlp("Lt. Gen. Michael Flynn met Dr. Jane Smith in Kabul.")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert persons and not any(p.split()[0] in ("Lt.", "Gen.", "Dr.") for p in persons)
    assert "Michael Flynn" in persons


def test_title_trimmer_keeps_other_entities():
    from spacy.tokens import Span

    from lapwing.segment.sentence_rules import PersonTitleTrimmer

    blank = add_abbreviation_special_cases(spacy.blank("en"))
    doc = blank("Gen. Smith and Gen. Motors")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="ORG")]
    doc = PersonTitleTrimmer(load_abbreviations())(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Smith", "PERSON"), ("Gen. Motors", "ORG")]


def test_a_person_that_is_only_titles_is_dropped():
    from spacy.tokens import Span

    from lapwing.segment.sentence_rules import PersonTitleTrimmer

    blank = add_abbreviation_special_cases(spacy.blank("en"))
    doc = blank("Lt. Gen. Michael Flynn met Gen. Motors")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 7, label="ORG")]
    doc = PersonTitleTrimmer(load_abbreviations())(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Michael Flynn", "PERSON"), ("Gen. Motors", "ORG")]


def test_titles_written_without_their_stop_are_dropped_too():
    """British style: "Ms Bauchtman", "Dr Eastman". Only a capitalised word whose form with a stop
    is a title; a name that merely starts like one ("Mrs" yes, "Gena" no) stays."""
    from spacy.tokens import Span

    from lapwing.segment.sentence_rules import PersonTitleTrimmer

    blank = spacy.blank("en")
    doc = blank("Ms Bauchtman met Dr Cres Eastman and Gena Lee")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 6, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    doc = PersonTitleTrimmer(load_abbreviations())(doc)
    assert [e.text for e in doc.ents] == ["Bauchtman", "Cres Eastman", "Gena Lee"]


def test_a_weekday_that_ends_an_entity_is_dropped_from_it():
    from spacy.tokens import Span

    from lapwing.segment.sentence_rules import PersonTitleTrimmer

    blank = spacy.blank("en")
    doc = blank("Israel Friday reimposed blockades as Yasser Arafat Wednesday said ; Friday")
    doc.ents = [Span(doc, 0, 2, label="LOC"), Span(doc, 5, 8, label="PERSON"), Span(doc, 10, 11, label="DATE")]
    doc = PersonTitleTrimmer(load_abbreviations())(doc)
    # a weekday alone (a date entity) stays: only a name's trailing day goes
    assert [(e.text, e.label_) for e in doc.ents] == [("Israel", "LOC"), ("Yasser Arafat", "PERSON"),
                                                      ("Friday", "DATE")]


def test_facility_names_are_org_as_the_entity_convention_says(nlp):
    from spacy.tokens import Span

    from lapwing.segment.sentence_rules import FACILITY_NAME, TITLE_TRIM_NAME, make_facility_names

    assert nlp.pipe_names.index(FACILITY_NAME) > nlp.pipe_names.index(TITLE_TRIM_NAME)
    blank = spacy.blank("en")
    doc = blank("Kennedy Space Center , Johnson Space Center , Embassy , Cape Canaveral , Heathrow airport")
    doc.ents = [Span(doc, 0, 3, label="LOC"), Span(doc, 4, 7, label="PERSON"), Span(doc, 8, 9, label="LOC"),
                Span(doc, 10, 12, label="LOC"), Span(doc, 13, 15, label="LOC")]
    doc = make_facility_names(blank, FACILITY_NAME)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kennedy Space Center", "ORG"), ("Johnson Space Center", "ORG"),
        ("Embassy", "LOC"),           # one word: left as the recogniser says
        ("Cape Canaveral", "LOC"), ("Heathrow airport", "ORG")]


def test_on_one_line_no_sentence_starts_after_a_word_comma_or_hyphen():
    from lapwing.segment.sentence_rules import SentenceRules

    blank = spacy.blank("en")
    doc = SentenceRules(load_abbreviations())(blank("the leader Yasser Arafat , Zia - Ul-Haq said. Then"))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Yasser"] is False and starts["Arafat"] is False  # after a word
    assert starts["Zia"] is False and starts["-"] is False and starts["Ul"] is False  # after a comma, a hyphen
    assert starts["Then"] is None  # after a full stop the parser decides


def test_hyphenated_names_stay_in_one_sentence(nlp):
    text = "Nigerian writer Ken Saro-Wiwa was hanged in 1995, the Itar-Tass agency said."
    assert sentences(nlp, text) == [text]


def test_quotation_marks_stay_with_their_quotation():
    """The spacing tells a straight quote's side: against the word before it, it closes; after a
    space and against the next word, it opens. The rules work on the text alone (no tagger)."""
    from lapwing.segment.sentence_rules import SentenceRules

    rules = SentenceRules(load_abbreviations())
    blank = spacy.blank("en")

    def starts(text):
        doc = rules(blank(text))
        return [(t.text, t.is_sent_start) for t in doc if t.i > 0]

    closing = starts('in Australia." Most iodine')
    assert ('"', False) in closing and ("Most", None) in closing  # the closing quote ends the sentence
    said = starts('problems," Professor Eastman said.')
    assert ("Professor", False) in said                           # a comma inside the quote: it goes on
    asked = starts('"Why?" he asked.')
    assert ("he", False) in asked                                 # a lower-case word after the quote
    opening = starts('KSC employees. "This was hard," he said.')
    assert ('"', True) in opening and ("This", False) in opening  # the opening quote starts the sentence
    curly = starts("employees. \u201cThis was hard.\u201d Then")
    assert ("\u201c", True) in curly and ("This", False) in curly and ("\u201d", False) in curly
    assert ("Then", None) in curly
    paragraph = starts('The minister said:\n\n"This government is consumed."')
    assert ('"', True) in paragraph and ("This", False) in paragraph
    abbreviation = starts('The U.S. "war on terror" began.')
    assert all(value is not True for _, value in abbreviation)   # "U.S." is no sentence end


@pytest.mark.parametrize("text, expected", [
    ('Salt is iodised in Australia." Most iodine comes from seafood.',
     ['Salt is iodised in Australia."', "Most iodine comes from seafood."]),
    ('He thanked many KSC employees. "This was a very difficult decision," he said.',
     ["He thanked many KSC employees.", '"This was a very difficult decision," he said.']),
    ('It causes neurological problems," Professor Eastman said.',
     ['It causes neurological problems," Professor Eastman said.']),
])
def test_quotations_in_parsed_sentences(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_a_line_break_starts_a_sentence_where_lines_are_not_wrapped():
    from lapwing.segment.sentence_rules import SentenceRules

    rules = SentenceRules(load_abbreviations())
    blank = spacy.blank("en")

    def starts(text):
        return {t.text: t.is_sent_start for t in rules(blank(text)) if t.i > 0 and not t.is_space}

    assert starts("Rebels seize key town\nGOMA - Rebels seized it.")["GOMA"] is True   # after a headline
    assert starts("the rebels, who had\nbeen there, left.")["been"] is not True         # goes on in lower case
    assert starts("Rebels, troops and\nPolice left.")["Police"] is not True            # "and" goes on
    assert starts("Rebels seize the town\nPolice left.")["Police"] is True
    assert starts("Rebels, troops,\nPolice left.")["Police"] is not True               # the line ends in a comma
    wrapped = ("Rebels seized the town of Sake on Tuesday after two days of fighting\n"
               "Government troops said, and thousands of people fled towards the\n"
               "provincial capital Goma along the lake shore on Wednesday morning.")
    assert starts(wrapped)["Government"] is not True       # a hard-wrapped text: the parser decides


def test_a_line_that_ends_in_a_word_that_goes_on_does_not_end_the_sentence(nlp):
    assert sentences(nlp, "Rebels attacked the town of\nSake on Tuesday, residents said.") == [
        "Rebels attacked the town of\nSake on Tuesday, residents said."]
    assert sentences(nlp, "Rebels seize key town in eastern Congo\nGOMA, Congo - Rebels seized the town.") == [
        "Rebels seize key town in eastern Congo", "GOMA, Congo - Rebels seized the town."]


@pytest.mark.parametrize("text, tokens", [
    ("the U.S.-led offensive", ["the", "U.S.", "-", "led", "offensive"]),
    ("a U.N.-brokered truce", ["a", "U.N.", "-", "brokered", "truce"]),
    ("a U.S.-style classroom", ["a", "U.S.", "-", "style", "classroom"]),  # as GUM tokenizes it
])
def test_a_hyphen_after_a_dotted_abbreviation_splits(text, tokens):
    """"U.S.-led" stayed one token (spaCy's hyphen infix asks for a letter before the hyphen),
    which named no one: "Sassi was captured during the U.S.-led offensive" had no captor."""
    blank = add_abbreviation_special_cases(spacy.blank("en"))
    assert [t.text for t in blank(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("the Saudi-led coalition", ["the", "Saudi", "-", "led", "coalition"]),
    ("the U.S. army", ["the", "U.S.", "army"]),
    ("visit www.example.com today", ["visit", "www.example.com", "today"]),
])
def test_other_words_tokenize_as_before(text, tokens):
    """Guard: hyphens after letters, abbreviations alone and dotted names are left as they were."""
    blank = add_abbreviation_special_cases(spacy.blank("en"))
    assert [t.text for t in blank(text)] == tokens


def test_the_split_is_added_once():
    blank = add_abbreviation_special_cases(add_abbreviation_special_cases(spacy.blank("en")))
    pattern = blank.tokenizer.infix_finditer.__self__.pattern
    assert pattern.count("(?<=[A-Za-z]\\.)-(?=[A-Za-z])") == 1
