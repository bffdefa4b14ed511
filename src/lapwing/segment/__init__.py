"""Sentences, tokens and syntax: the spaCy adapter lives here."""
