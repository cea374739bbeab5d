package org.dateline.model;

/** How a page's bytes are to be read by the cleaner. */
public enum ContentKind {
  /** Markup: the cleaner works on the DOM. */
  HTML,
  /** A plain-text dump of a page, as a crawler saves it, with its boilerplate lines still in. */
  TEXT
}
