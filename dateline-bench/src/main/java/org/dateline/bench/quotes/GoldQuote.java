package org.dateline.bench.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One annotated quotation: offsets into the text of a TempEval-3 document as {@code TimeMlReader}
 * reads it, its kind, and its speaker's canonical name (empty when the text names nobody).
 */
record GoldQuote(
    String doc, int begin, int end, boolean direct, String speaker, String description) {

  /**
   * The annotations bundled with the harness (offsets and names only, no text), then the quotations
   * marked in our own invented articles ({@link InventedSet}).
   */
  static List<GoldQuote> load() throws IOException {
    List<GoldQuote> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(GoldQuote.class.getResourceAsStream("quotes-dev.tsv")),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        out.add(
            new GoldQuote(
                f[0],
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                f[3].equals("direct"),
                f[4],
                f[5]));
      }
    }
    out.addAll(InventedSet.gold());
    return out;
  }
}
