package org.dateline.model;

/** What kind of thing a named entity is; the names are part of the report contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  OTHER
}
