-- Keep the page a rejection rejected (its kind, charset and stated metadata, as JSON) for replay.
ALTER TABLE pages ADD COLUMN page TEXT;
