-- The entities the cross-document stage resolved across the store, replaced with the stories.
CREATE TABLE entities (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  record     TEXT NOT NULL,   -- the CorpusEntity as JSON (aliases, roles)
  documents  INTEGER NOT NULL
);
CREATE INDEX entities_name ON entities (name);

-- Which document names which entity, and the entity's key within that document.
CREATE TABLE entity_documents (
  entity    TEXT NOT NULL,
  document  TEXT NOT NULL,
  key       TEXT NOT NULL,
  PRIMARY KEY (entity, document, key)
);
CREATE INDEX entity_documents_document ON entity_documents (document);
