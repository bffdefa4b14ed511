"""Every actor of the seed article is found and resolved to its country and sector
(../shared/examples/seed-article.entities.json), with the shipped spaCy pipeline."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lapwing.model import Article, CodedArticle

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EXAMPLES = SHARED / "examples"
pytestmark = pytest.mark.skipif(not (EXAMPLES / "seed-article.entities.json").exists(),
                                reason="../shared (development data) is absent")


@pytest.fixture(scope="module")
def coded() -> CodedArticle:
    from lapwing.actors.stage import ActorStage
    from lapwing.errors import ResourceError
    from lapwing.segment.stage import SpacySegmenter

    try:
        segmenter = SpacySegmenter({"model": "en_lapwing_news"})
    except ResourceError as error:
        pytest.skip(f"the bundled spaCy pipeline is not available: {error}")
    text = (EXAMPLES / "seed-article.txt").read_text(encoding="utf-8")
    gold = json.loads((EXAMPLES / "seed-article.entities.json").read_text(encoding="utf-8"))
    article = Article(id="seed", date=dt.date.fromisoformat(gold["doc_date"]), text=text)
    return ActorStage({}, {})(segmenter(CodedArticle(article=article)))


def _resolves(mention, actor: dict) -> bool:
    code = mention.actor.code
    if actor.get("country") is None:
        return code == "IGO"
    if code != actor["country"] and mention.actor.country != actor["country"]:
        return False
    sectors = actor.get("sector")
    return not sectors or mention.actor.sector in sectors or mention.kind in ("location", "nationality") \
        and mention.actor.sector is None and "sector" not in actor


def test_every_actor_is_found_and_resolved(coded: CodedArticle) -> None:
    gold = json.loads((EXAMPLES / "seed-article.entities.json").read_text(encoding="utf-8"))
    missing = []
    for actor in gold["actors"]:
        if not any(_resolves(m, actor) and any(g.lower() in m.text.lower() or m.text.lower() in g.lower()
                                               for g in actor["mentions"]) for m in coded.mentions):
            missing.append(actor["name"])
    assert not missing, f"not found or wrongly resolved: {missing}"


def test_most_listed_mentions_are_covered(coded: CodedArticle) -> None:
    gold = json.loads((EXAMPLES / "seed-article.entities.json").read_text(encoding="utf-8"))
    listed = [(actor, text) for actor in gold["actors"] for text in actor["mentions"]]
    covered = [text for actor, text in listed
               if any(_resolves(m, actor) and text.lower().removeprefix("the ") in m.text.lower()
                      for m in coded.mentions)]
    assert len(covered) / len(listed) >= 0.85, sorted({t for _, t in listed} - set(covered))


def test_people_have_their_roles_on_the_article_date(coded: CodedArticle) -> None:
    by_text = {m.text: m for m in coded.mentions}
    assert by_text["President Donald Trump"].actor.sector == "GOV"
    assert by_text["Syrian President Bashar al-Assad"].actor.cameo_code == "SYRGOV"
    wooster = by_text["Henry Wooster"].actor
    assert (wooster.country, wooster.sector) == ("USA", "GOV")
