package org.dateline.model;

/** What kind of thing a named entity is; the names are part of the report contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  OTHER;

  /** The letter that starts an entity id of this type ({@code p1}, {@code o2}, ...). */
  public String idPrefix() {
    return switch (this) {
      case PERSON -> "p";
      case ORGANIZATION -> "o";
      case LOCATION -> "l";
      case OTHER -> "m";
    };
  }
}
