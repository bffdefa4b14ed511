"""Places resolved to gazetteer entries, and each event's location (the ``geo`` stage)."""
