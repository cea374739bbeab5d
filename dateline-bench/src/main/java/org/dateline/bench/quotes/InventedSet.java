package org.dateline.bench.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * News articles invented for this project, each with the quotations its writer marked: who said
 * them, or that nobody did (ids {@code inv-a01} to {@code inv-b25}, and a second set {@code
 * inv-c01} to {@code inv-e16}). Helpers wrote them blind to the engine, in the styles a crawler
 * meets (wire, courts, business, sport, entertainment, blogs; then British and Commonwealth press,
 * foreign news and state media, local news and features), with paragraphs set apart by a blank line
 * as the clean stage sets them. Each {@code .gold} line gives a quotation's kind, the first 40
 * characters inside its marks, the speaker's name and a description for an unnamed one; a
 * quotation's span is located by its prefix, in order, and runs over the prefix only, which is all
 * overlap scoring needs.
 */
final class InventedSet {
  static final String PREFIX = "inv-";

  private InventedSet() {}

  /**
   * The harness line a document is scored on: "invented" for the first fifty articles (a, b),
   * "invented 2" for the second set (c, d, e), written on 2026-12-04 and first scored before any
   * change made for them.
   */
  static String line(String id) {
    return id.charAt(PREFIX.length()) <= 'b' ? "invented" : "invented 2";
  }

  /** The documents' ids, in order. */
  static List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    for (String name : read("index.txt").split("\n")) {
      if (!name.isBlank()) {
        ids.add(PREFIX + name.strip());
      }
    }
    return ids;
  }

  /** The text of the document with this id. */
  static String text(String id) throws IOException {
    return read(id.substring(PREFIX.length()) + ".txt");
  }

  /** Every document's marked quotations, with offsets into its text. */
  static List<GoldQuote> gold() throws IOException {
    List<GoldQuote> out = new ArrayList<>();
    for (String id : ids()) {
      String text = text(id);
      int from = 0;
      for (String line : read(id.substring(PREFIX.length()) + ".gold").split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int at = text.indexOf(f[1], from);
        if (at < 0) {
          throw new IOException(id + ": no quotation opens with " + f[1]);
        }
        from = at + 1;
        out.add(new GoldQuote(id, at, at + f[1].length(), f[0].equals("direct"), f[2], f[3]));
      }
    }
    return out;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = InventedSet.class.getResourceAsStream("invented/" + name)) {
      if (in == null) {
        throw new IOException("missing resource invented/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
