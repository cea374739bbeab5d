package org.dateline.copies;

import java.util.Locale;

/** How two articles that share wire text relate; the lower-case names are the report's values. */
public enum CopyKind {
  /** Nearly all of the shorter article is shared. */
  DUPLICATE,
  /** The shorter article is mostly contained in a much longer one. */
  EXCERPT,
  /** Both share wire text and each adds or rewrites a good part. */
  VERSION;

  /** The name used in the report. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
