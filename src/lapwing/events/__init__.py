"""The events stage: PLOVER event type, mode, source and target, negation and modality.

``stage.EventStage`` (registered as ``events.rules.v1``) codes sentences with the lexicons in
``data/`` (see :mod:`lapwing.events.lexicon`); ``explain.explain_sentence`` says why.
"""
