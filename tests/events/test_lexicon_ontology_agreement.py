"""Each bundled lexicon entry's PLOVER type is the one Lapwing's CAMEO->PLOVER table gives its
CAMEO code, except the conventions listed here (kept so the list cannot grow unnoticed; each
needs a decision: a convention column in the table, or a changed entry)."""
from __future__ import annotations

from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon
from lapwing.ontology import load_ontology

#: entry id -> (its type, the table's type for its CAMEO code)
KNOWN_CONVENTIONS = {
    # resigning is a retreat from office in PLOVER's wording; the table reads 080 as CONCEDE
    "v.resign": ("RETREAT", "CONCEDE"), "v.step_down": ("RETREAT", "CONCEDE"),
    "v.abdicate": ("RETREAT", "CONCEDE"), "v.quit_post": ("RETREAT", "CONCEDE"),
    "n.resignation": ("RETREAT", "CONCEDE"),
    # court punishments as SANCTION; the table reads 116 (find guilty) as ACCUSE
    "v.convict": ("SANCTION", "ACCUSE"), "v.sentence": ("SANCTION", "ACCUSE"),
    "v.fine": ("SANCTION", "ACCUSE"), "n.conviction": ("SANCTION", "ACCUSE"),
    # taking ground in fighting as ASSAULT; the table reads 192 (occupy territory) as COERCE
    "v.invade": ("ASSAULT", "COERCE"), "n.invasion": ("ASSAULT", "COERCE"),
    "v.seize_city": ("ASSAULT", "COERCE"), "v.capture_city": ("ASSAULT", "COERCE"),
    "v.capture_from": ("ASSAULT", "COERCE"), "v.recapture": ("ASSAULT", "COERCE"),
    "v.retake": ("ASSAULT", "COERCE"),
    # round 11: the same convention for a named place captured or seized, and ground taken over
    "v.capture_place": ("ASSAULT", "COERCE"), "v.seize_place": ("ASSAULT", "COERCE"),
    "v.take_over_city": ("ASSAULT", "COERCE"), "v.take_over_place": ("ASSAULT", "COERCE"),
    # a crackdown as coercion; the table reads 175 (repression) as ASSAULT
    "n.crackdown": ("COERCE", "ASSAULT"),
}


def test_entry_types_agree_with_the_cameo_table_but_for_the_listed_conventions():
    ontology = load_ontology()
    lexicon = load_lexicon([DATA_DIR / name for name in BUNDLED_LEXICONS], ontology=ontology)
    disagreements = {}
    for entry in lexicon.entries.values():
        if entry.cameo:
            table_type = ontology.plover_for_cameo(entry.cameo)
            if table_type != entry.event_type:
                disagreements[entry.id] = (entry.event_type, table_type)
    assert disagreements == KNOWN_CONVENTIONS
