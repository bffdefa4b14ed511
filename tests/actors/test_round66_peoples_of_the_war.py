"""Round 66 (found on the news audit's pass 66 texts): bare "Serbs" in a sentence that names only
Bosnia or Croatia of the states they live in (and not Serbia) are that state's Serbs ("The Serbs
captured one-third of Croatia"); Yugoslavia and "Yugoslav" are coded as Serbia, its successor,
and "the former Yugoslavia" is a region, no state; the former Yugoslav republic of Macedonia is
North Macedonia. Sentences hand-built as in test_stage."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_serbs_in_a_sentence_about_croatia_are_croatias(stage) -> None:
    assert found(stage, "The Serbs captured one-third of Croatia .")["Serbs"][1] == "HRV"


def test_serbs_in_belgrade_stay_serbias(stage) -> None:
    """Guard: their own state named, or none of the others, they stay Serbia's."""
    assert found(stage, "Serbs protested in Belgrade .")["Serbs"][1] == "SRB"
    assert found(stage, "Serbs protested .")["Serbs"][1] == "SRB"


def test_yugoslavia_is_serbia_and_the_former_yugoslavia_no_state(stage) -> None:
    mentions = found(stage, "NATO bombed Yugoslavia and the Yugoslav army .")
    assert mentions["Yugoslavia"][1] == "SRB" and mentions["Yugoslav army"][1:3] == ("SRB", "MIL")
    assert "Yugoslavia" not in found(stage, "War crimes in the former Yugoslavia were tried .")
    assert found(stage, "Rebels fought in the former Yugoslav republic of Macedonia .")[
        "former Yugoslav republic of Macedonia"][1] == "MKD"


def test_a_firms_long_form_with_a_comma(stage) -> None:
    """Round 67: "the US company Kellogg, Brown and Root (KBR)" read "Brown" as Gordon Brown; a
    comma between capitalised names before a defined acronym is inside its long form."""
    mentions = found(stage, "Iraqis protested against Kellogg , Brown and Root ( KBR ) .")
    assert "Brown" not in mentions
    assert any(k.startswith("Kellogg") for k in mentions)


def test_protestors_and_marchers_are_protesters(stage) -> None:
    """Round 68: "Several thousand protestors demonstrated ... outside the US embassy in Brussels"
    gave no event: the spelling "protestors" (and "marchers") named no one."""
    mentions = found(stage, "The protestors and marchers gathered .")
    assert mentions["protestors"][2] == mentions["marchers"][2] == "OPP"
