"""A country record can drop a pycountry name that news uses for another state."""
from lapwing.actors.stage import ActorStage
from lapwing.model import Article, CodedArticle


def test_congo_and_congolese_mean_dr_congo_unless_the_republic_is_named(tmp_path):
    stage = ActorStage({}, {})
    entries = {}
    for alias in stage.kb.aliases:
        if alias.text in ("Congo", "Congolese", "Republic of Congo", "Brazzaville"):
            entries.setdefault(alias.text, set()).add(alias.entry_id)
    assert entries["Congo"] == {"country/COD"}
    assert entries["Congolese"] == {"country/COD"}
    assert entries["Republic of Congo"] == {"country/COG"} and entries["Brazzaville"] == {"country/COG"}


def test_not_names_is_checked_like_other_fields(tmp_path):
    import pytest

    from lapwing.actors.knowledge_base import KnowledgeBase
    from lapwing.errors import ResourceError

    bad = tmp_path / "countries.yaml"
    bad.write_text("- {country: COG, not_name: [Congo]}\n", encoding="utf-8")
    kb = KnowledgeBase.bundled(lambda text: text.split())
    with pytest.raises(ResourceError, match="not_name"):
        kb.load_countries(bad)
