package org.dateline.bench.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * News articles invented for this project, each with the quotations its writer marked: who said
 * them, or that nobody did (ids {@code inv-a01} to {@code inv-b25}, a second set {@code inv-c01} to
 * {@code inv-e16}, a third {@code inv-f01} to {@code inv-h16}, a fourth {@code inv-i01} to {@code
 * inv-m10}, three more, {@code n} to {@code r}, {@code s} to {@code w} and {@code x} to {@code z},
 * and then sets numbered from 8, {@code inv-8a01} on). Helpers wrote them blind to the engine, in
 * the styles a crawler meets (wire, courts, business, sport, entertainment, blogs; then British and
 * Commonwealth press, foreign news and state media, local news and features; then United States
 * papers and local broadcasters, business, technology and science press, and foreign desks' wire
 * copy; then the press of South Asia and Africa, features, breaking news, business and science, and
 * foreign news; and so on in the later sets), with paragraphs set apart by a blank line as the
 * clean stage sets them. Each {@code .gold} line gives a quotation's kind, the first 40 characters
 * inside its marks, the speaker's name and a description for an unnamed one; a quotation's span is
 * located by its prefix, in order, and runs over the prefix only, which is all overlap scoring
 * needs.
 */
final class InventedSet {
  static final String PREFIX = "inv-";

  private static final String PARAGRAPH = "\n\n";

  private InventedSet() {}

  /**
   * The harness line a document is scored on: "invented" for the first fifty articles (a, b),
   * "invented 2" for the second set (c, d, e), "invented 3" for the third (f, g, h) and "invented
   * 4" for the fourth (i to m), "invented 5" for the fifth (n to r), "invented 6" for the sixth (s
   * to w) and "invented 7" for the seventh (x to z), each first scored before any change made for
   * it; from the eighth on, when the letters had run out, an id opens with its set's number ("8a01"
   * is on "invented 8", "10a01" on "invented 10").
   */
  static String line(String id) {
    int end = PREFIX.length();
    while (Character.isDigit(id.charAt(end))) {
      end++;
    }
    if (end > PREFIX.length()) {
      return "invented " + id.substring(PREFIX.length(), end);
    }
    char set = id.charAt(PREFIX.length());
    return set <= 'b'
        ? "invented"
        : set <= 'e'
            ? "invented 2"
            : set <= 'h'
                ? "invented 3"
                : set <= 'm'
                    ? "invented 4"
                    : set <= 'r' ? "invented 5" : set <= 'w' ? "invented 6" : "invented 7";
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
      List<String[]> lines = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
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
        lines.add(f);
        starts.add(at);
      }
      for (int i = 0; i < lines.size(); i++) {
        String[] f = lines.get(i);
        for (int[] span : paragraphs(text, starts.get(i), f[1].length())) {
          // the first set's writers marked each paragraph of such a quotation themselves
          if (span[0] == starts.get(i) || !starts.contains(span[0])) {
            out.add(new GoldQuote(id, span[0], span[1], f[0].equals("direct"), f[2], f[3]));
          }
        }
      }
    }
    return out;
  }

  /**
   * The spans of a quotation the writers marked once although it runs over several paragraphs, each
   * re-opened with a mark and only the last closed: its prefix, then the first words of each
   * paragraph it runs on into, as the dev set's annotations split such a quotation by paragraph.
   */
  private static List<int[]> paragraphs(String text, int at, int length) {
    List<int[]> spans = new ArrayList<>();
    spans.add(new int[] {at, at + length});
    int begin = at;
    while (true) {
      int end = text.indexOf(PARAGRAPH, begin);
      String rest = text.substring(begin, end < 0 ? text.length() : end);
      if (end < 0 || rest.indexOf('"') >= 0 || rest.indexOf('\u201d') >= 0) {
        return spans; // the quotation closes in this paragraph
      }
      begin = end + PARAGRAPH.length();
      char mark = begin < text.length() ? text.charAt(begin) : ' ';
      if (mark != '"' && mark != '\u201c') {
        return spans;
      }
      begin++;
      spans.add(new int[] {begin, Math.min(text.length(), begin + length)});
    }
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
