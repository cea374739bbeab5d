package org.dateline.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a page came from: the file that was read and, for containers (WARC, feeds, JSON Lines), the
 * record inside it. Every answer the engine gives points back to one of these.
 *
 * @param source the path of the file as the user named it (relative paths stay relative)
 * @param record the record's position or id inside a container, or null for single-page files
 */
public record Provenance(String source, @Nullable String record) {
  public Provenance {
    Objects.requireNonNull(source, "source");
  }

  /** A single-page file. */
  public static Provenance of(String source) {
    return new Provenance(source, null);
  }

  @Override
  public String toString() {
    return record == null ? source : source + "#" + record;
  }
}
