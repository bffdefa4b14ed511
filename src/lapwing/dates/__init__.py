"""The dates stage: time expressions resolved against the article date, and each event's date."""
