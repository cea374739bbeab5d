package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.Quote;

/**
 * A quotation standing alone in its paragraph, with no cue, whose next paragraph opens on a pronoun
 * that reports ("…" / She said the two grew up as neighbours): the pronoun is the quotation's
 * speaker too, as news writes a friend's words and then goes on in her voice. The speaker is the
 * one the reported speech after it was given.
 */
final class PronounNext {
  private static final Pattern OPENS =
      Pattern.compile("(?:He|She)\\s+(?:said|says|added|adds|told|tells|recalled|explained)\\b");

  private PronounNext() {}

  /** The quotations in text order, with each such quotation given its speaker. */
  static List<Quote> apply(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      if (q.kind() != Quote.Kind.DIRECT || q.speaker() != null || q.description() != null) {
        continue;
      }
      int next = nextParagraph(text, q);
      if (next < 0 || !OPENS.matcher(text).region(next, text.length()).lookingAt()) {
        continue;
      }
      int end = text.indexOf("\n\n", next);
      for (int j = i + 1; j < out.size(); j++) {
        Quote r = out.get(j);
        if (r.begin() >= next && (end < 0 || r.begin() < end) && r.speaker() != null) {
          out.set(i, QuoteReader.spokenBy(r, q.begin(), q.end(), q.text(), q.kind()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Where the paragraph after the quotation's begins, when the quotation fills its own paragraph
   * (nothing but marks and spaces around it); else -1.
   */
  private static int nextParagraph(String text, Quote q) {
    int start = text.lastIndexOf("\n\n", q.begin());
    String before = text.substring(start < 0 ? 0 : start, q.begin());
    int end = text.indexOf("\n\n", q.end());
    if (end < 0 || !onlyMarks(before) || !onlyMarks(text.substring(q.end(), end))) {
      return -1;
    }
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  private static boolean onlyMarks(String s) {
    return s.chars()
        .allMatch(c -> Character.isWhitespace(c) || "\"'`\u201C\u201D\u2018\u2019".indexOf(c) >= 0);
  }
}
