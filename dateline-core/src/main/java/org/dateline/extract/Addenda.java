package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Quote;

/**
 * A speaker's second clause: "'…,' Kempthorne said, adding that agencies can bypass a review",
 * "Isham said the area will stay closed, adding that he did not know …". The words after "adding
 * (that)" or "noting that" are reported speech of whoever spoke before them in the sentence, and
 * reported speech that ran on over them ends at the comma.
 */
final class Addenda {
  private static final Pattern ADDING =
      Pattern.compile("\\s*,\\s*(?:adding(?:\\s+that)?|noting\\s+that)\\s+(?=\\p{L})");

  /** How far after a direct quotation its attribution may end and the addendum begin. */
  private static final int ATTRIBUTION_CHARS = 80;

  private Addenda() {}

  /** The quotations, with each speaker's addendum as reported speech of its own. */
  static List<Quote> apply(String text, Sentences sentences, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Set<Integer> done = new HashSet<>();
    for (Quote q : quotes) {
      // the sentence the quotation ends in, which its attribution shares
      int sentence = sentences.indexOf(Math.max(q.begin(), q.end() - 1));
      boolean speaks = q.speech() && (q.speaker() != null || q.description() != null);
      if (!speaks || done.contains(sentence)) {
        out.add(q);
        continue;
      }
      Matcher m = ADDING.matcher(text);
      if (q.kind() == Quote.Kind.INDIRECT) {
        m.region(q.begin(), q.end());
        if (m.find() && m.start() > q.begin()) {
          done.add(sentence);
          out.add(reported(text, q, q.begin(), m.start()));
          out.add(reported(text, q, m.end(), q.end()));
          continue;
        }
      }
      // after the quotation and its attribution: "'…,' he said, adding …", "…, the bank said,
      // adding …"
      int end = Math.max(q.end(), sentences.end(sentence));
      m.region(q.end(), end);
      if (m.find()
          && m.start() <= q.end() + ATTRIBUTION_CHARS
          && noQuoteWithin(quotes, m.start(), end)) {
        done.add(sentence);
        out.add(q);
        out.add(reported(text, q, m.end(), end));
        continue;
      }
      out.add(q);
    }
    return out;
  }

  /**
   * The index of a sentence's last word before ", adding …", which opens an addendum; the last word
   * when none does.
   */
  static int lastBefore(List<Tok> toks) {
    for (int a = toks.size() - 2; a > 2; a--) {
      if (toks.get(a).punctBefore() && toks.get(a).lower().equals("adding")) {
        return a - 1;
      }
    }
    return toks.size() - 1;
  }

  private static boolean noQuoteWithin(List<Quote> quotes, int begin, int end) {
    return quotes.stream().noneMatch(q -> q.begin() < end && begin < q.end());
  }

  /** {@code q}'s speaker reporting the words from {@code begin} to {@code end}, trimmed. */
  private static Quote reported(String text, Quote q, int begin, int end) {
    int e = end;
    while (e > begin && ".,;:!? \n\t".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return QuoteReader.spokenBy(q, begin, e, text.substring(begin, e), Quote.Kind.INDIRECT);
  }
}
