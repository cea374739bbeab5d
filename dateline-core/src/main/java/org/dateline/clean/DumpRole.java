package org.dateline.clean;

/** What a line of a text dump is. */
enum DumpRole {
  TITLE,
  OUTLET,
  AUTHOR,
  BODY,
  CAPTION,
  BOILERPLATE
}
