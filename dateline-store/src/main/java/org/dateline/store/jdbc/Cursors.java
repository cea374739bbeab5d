package org.dateline.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque list cursors: URL-safe Base64 of tab-separated fields. */
final class Cursors {
  private Cursors() {}

  static String encode(String... fields) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("\t", fields).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor's fields.
   *
   * @throws IllegalArgumentException when it is not a cursor with that many fields
   */
  static String[] decode(String cursor, int fields) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\t", -1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
    if (parts.length != fields) {
      throw new IllegalArgumentException("malformed cursor");
    }
    return parts;
  }

  static long number(String field) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
  }
}
