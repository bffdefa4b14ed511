"""Regular English inflections, shared by the stages that match words by their surface forms
(the events lexicon, the segmenter's candidate test, the geo stage's territorial verbs): a
guard against lemmatizer slips ("strengthene", "patrolle") and a way to test words before any
tagging has run."""
from __future__ import annotations


def inflections(lemma: str, pos: str) -> set[str]:
    """Regular English inflections of a lemma (verbs: -s, -ed, -ing; nouns: plural)."""
    forms = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if pos == "verb":
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        else:
            forms.add(stem + "ed")
        forms.add(stem + "ing")
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms
