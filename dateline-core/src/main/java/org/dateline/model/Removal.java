package org.dateline.model;

import java.util.Objects;

/**
 * A block the cleaner removed from a page, kept for audit.
 *
 * @param text the removed text
 * @param why a short, stable explanation of the features that condemned it (for example {@code
 *     "caption: photo credit"} or {@code "link-dense block (0.82)"})
 */
public record Removal(String text, String why) {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(why, "why");
  }
}
