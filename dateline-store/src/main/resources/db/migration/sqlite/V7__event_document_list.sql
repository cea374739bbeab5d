-- Each event keeps its documents, in order and separated by newlines, in its own row: lists of
-- events (search results, followed subjects, event pages) read one row per event instead of
-- every member row. event_documents stays, for finding the event of a document.
ALTER TABLE events ADD COLUMN documents TEXT NOT NULL DEFAULT '';
UPDATE events SET documents = coalesce(
  (SELECT group_concat(document, char(10))
     FROM (SELECT document FROM event_documents d WHERE d.event = events.id ORDER BY d.position)),
  '');
