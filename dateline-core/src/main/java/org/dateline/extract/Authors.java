package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * The body that wrote a writing a quotation is given to: a report, a ruling, an assessment speaks
 * for its author, as a statement does ("Its report said …" after "The Education Standards
 * Inspectorate rated the school inadequate", "the report said" after it, "The latest assessment by
 * the Southern Marine Research Institute", "the statement said" after "Polaris Cruises said in a
 * statement that …"). The author is the organisation the writing's phrase names after "by", the one
 * "its" stands for (the organisation that opens the sentence before), the one that opens a sentence
 * with the writing "in a" or "in its", or the author found so for an earlier phrase of the same
 * writing.
 */
final class Authors {
  // How far back an earlier phrase of the same writing is looked for
  private static final int REACH = 1500;
  // At most so many words between a writing's "its" and the writing: "Its 46-page inquiry report"
  private static final Pattern ITS_BEFORE =
      Pattern.compile("(?i)\\bits(?:\\s+[\\p{L}\\d-]+){0,3}\\s+$");
  private static final Pattern BY_AFTER =
      Pattern.compile("^(?:[\\s,]+[\\p{L}\\d-]+){0,3}?\\s+by\\s+");
  // "in a statement", "in its annual report": a writing its sentence's subject issued
  private static final Pattern IN_A_BEFORE =
      Pattern.compile("(?i)\\bin\\s+(?:a|an|its)(?:\\s+[\\p{L}\\d-]+){0,2}\\s+$");
  // How far after a writing noun its "by" and author may stand, and before it "its" or "in a"
  private static final int BY_REACH = 80;
  private static final int ITS_REACH = 40;
  // How far from its quotation a speaker's description is looked for
  private static final int NEAR = 500;

  private final Words words;

  Authors(Words words) {
    this.words = words;
  }

  /** Gives each quotation of a body's writing, unnamed so far, that body, in place. */
  void apply(Frame frame, List<Quote> quotes) {
    Map<String, Mentions.Placed> found = new HashMap<>(); // by writing noun, the last author found
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String description = q.description();
      String noun =
          description == null || q.kind() != Quote.Kind.DIRECT ? null : writing(description);
      if (description == null || noun == null) {
        continue;
      }
      Mentions.Placed author =
          description.toLowerCase(Locale.ROOT).startsWith("a ")
              ? onlyBodyBefore(frame, q)
              : author(frame, q, description, noun);
      if (author == null && description.toLowerCase(Locale.ROOT).startsWith("the ")) {
        author = found.get(noun);
      }
      if (author != null) {
        found.put(noun, author);
        quotes.set(i, QuoteReader.givenTo(q, author.entity()));
      }
    }
  }

  /** The writing noun a quotation's description stands on ("report" of "Its report"), or null. */
  private @Nullable String writing(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    int by = List.of(w).indexOf("by");
    int head = (by > 0 ? by : w.length) - 1;
    boolean owned = w[0].equals("its") || w[0].equals("the") || w.length == 2 && w[0].equals("a");
    return head >= 1 && owned && words.writings.contains(w[head]) ? w[head] : null;
  }

  /**
   * The organisation that wrote the writing the quotation's description names, where the text says
   * it: after "by" in the description, or "its" before the writing standing for the organisation
   * that opens the sentence before; for "the report", the same said of the last "report" before it.
   */
  private static Mentions.@Nullable Placed author(
      Frame frame, Quote q, String description, String noun) {
    String text = frame.text();
    int at = near(text, q, description);
    if (at < 0) {
      return null;
    }
    int end = at + description.length();
    Pattern word = Tok.wholeWords(noun);
    Mentions.Placed found = authorOf(frame, wordAt(text, word, at, end), noun, end);
    if (found != null || !description.toLowerCase(Locale.ROOT).startsWith("the ")) {
      return found;
    }
    for (int w = wordBefore(text, word, at);
        w >= 0 && at - w <= REACH;
        w = wordBefore(text, word, w)) {
      found = authorOf(frame, w, noun, Math.min(text.length(), w + noun.length() + BY_REACH));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The organisation the writing noun at {@code w} is said to be by ("an assessment by the Southern
   * Marine Research Institute", within {@code end}), or whose "its" it follows ("Its 46-page
   * inquiry report" after a sentence that "The Charities Regulation Authority" opens).
   */
  private static Mentions.@Nullable Placed authorOf(Frame frame, int w, String noun, int end) {
    String text = frame.text();
    if (w < 0) {
      return null;
    }
    Matcher by = BY_AFTER.matcher(text).region(w + noun.length(), Math.max(w + noun.length(), end));
    if (by.find()) {
      Mentions.Placed p = frame.mentions().firstWithin(by.end(), end, EntityType.ORGANIZATION);
      boolean next = p != null && Tok.of(text, by.end(), p.begin()).size() <= 1; // "by the …"
      return next ? p : null;
    }
    int sentence = frame.sentences().indexOf(w);
    if (IN_A_BEFORE.matcher(text).region(Math.max(0, w - ITS_REACH), w).find()) {
      return opener(frame, sentence, w); // "Polaris Cruises said in a statement that …"
    }
    if (!ITS_BEFORE.matcher(text).region(Math.max(0, w - ITS_REACH), w).find() || sentence <= 0) {
      return null;
    }
    return opener(frame, sentence - 1, frame.sentences().end(sentence - 1));
  }

  /**
   * The one organisation the sentence before a quotation names, for "a statement reads" with no
   * author of its own ("A Kraft representative confirmed …" before it); else null.
   */
  private static Mentions.@Nullable Placed onlyBodyBefore(Frame frame, Quote q) {
    int[] before = frame.sentences().before(q.begin());
    if (before == null) {
      return null;
    }
    int b = before[0];
    int e = before[1];
    Mentions.Placed p = frame.mentions().firstWithin(b, e, EntityType.ORGANIZATION);
    Mentions.Placed other =
        p == null ? null : frame.mentions().firstWithin(p.end(), e, EntityType.ORGANIZATION);
    return p != null && (other == null || other.entity().equals(p.entity())) ? p : null;
  }

  /** The organisation that opens sentence {@code i}, past one word at most, before {@code to}. */
  private static Mentions.@Nullable Placed opener(Frame frame, int i, int to) {
    int begin = frame.sentences().begin(i);
    Mentions.Placed p = frame.mentions().firstWithin(begin, to, EntityType.ORGANIZATION);
    return p != null && Tok.of(frame.text(), begin, p.begin()).size() <= 1 ? p : null;
  }

  /** Where the writing's word first stands inside {@code [from, to)}, or -1. */
  private static int wordAt(String text, Pattern word, int from, int to) {
    Matcher m = word.matcher(text).region(from, to);
    return m.find() ? m.start() : -1;
  }

  /** Where the writing's word last stands before {@code at}, within the reach, or -1. */
  private static int wordBefore(String text, Pattern word, int at) {
    Matcher m = word.matcher(text).region(Math.max(0, at - REACH), at);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /** Where the quotation's description is written, the nearer side first, or -1. */
  private static int near(String text, Quote q, String description) {
    int before = text.lastIndexOf(description, q.begin());
    int after = text.indexOf(description, q.end());
    if (before >= 0 && q.begin() - before <= NEAR) {
      return before;
    }
    return after >= 0 && after - q.end() <= NEAR ? after : -1;
  }
}
