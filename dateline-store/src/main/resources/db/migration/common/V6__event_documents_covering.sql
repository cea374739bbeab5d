-- Finding the events of a list of documents (search results, followed subjects) reads the event id
-- straight from this index, without a lookup in the table for each document.
CREATE INDEX event_documents_by_document ON event_documents (document, event);
DROP INDEX event_documents_document;
