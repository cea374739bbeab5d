package org.dateline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * The writer of a writing someone reads out, whose words follow the reading: after "Senior coroner
 * Margaret Ellwood read a statement from his mother, Joanne Corrigan, to the court." the quotation
 * ("…," she wrote) and those that carry on from it are the mother's, not the coroner's; after
 * "Ytanajé read aloud a letter from the Association of the Jurunaí People" the letter's paragraphs
 * are the association's. Instances are immutable and thread-safe.
 */
final class ReadAloud {
  // "read", "read out" or "read aloud", then within a few words an article, at most two more
  // words and a writing noun, then "from"
  private static final Pattern READ_FROM =
      Pattern.compile(
          "\\bread(?:\\s+(?:out|aloud))?\\s+(?:[^\\s.!?\"“”]+\\s+){0,4}?(?:a|an|the)\\s+"
              + "(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)\\s+from\\s+");
  // how far after "from" the writer's name may begin: "from his mother, Joanne Corrigan"
  private static final int WRITER_REACH = 20;

  private final Words words;

  ReadAloud(Words words) {
    this.words = words;
  }

  /**
   * Gives each quotation that opens right after a sentence that reads out a writing "from" a named
   * writer, and the quotations that carry on from it with the same speaker and no one named
   * between, to that writer, in place.
   */
  void apply(Frame frame, List<Quote> quotes) {
    Sentences sentences = frame.sentences();
    String text = frame.text();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      int s = sentences.indexOf(q.begin()) - 1;
      if (q.kind() != Quote.Kind.DIRECT
          || s < 0
          || !text.substring(sentences.end(s), q.begin()).strip().matches("[\"“]?")) {
        continue;
      }
      Entity writer = writer(frame, sentences.begin(s), sentences.end(s));
      if (writer == null || writer.key().equals(q.speakerKey())) {
        continue;
      }
      Quote first = q;
      quotes.set(i, QuoteReader.givenTo(q, writer));
      for (int j = i + 1; j < quotes.size(); j++) {
        Quote next = quotes.get(j);
        if (next.kind() != Quote.Kind.DIRECT
            || !Objects.equals(next.speakerKey(), first.speakerKey())
            || !Objects.equals(next.description(), first.description())
            || namesBetween(frame, quotes.get(j - 1).end(), next.begin())) {
          break;
        }
        quotes.set(j, QuoteReader.givenTo(next, writer));
        i = j;
      }
    }
  }

  /** The person or body a sentence reads a writing "from", or null. */
  private @Nullable Entity writer(Frame frame, int begin, int end) {
    Matcher m = READ_FROM.matcher(frame.text()).region(begin, end);
    if (!m.find() || !words.writings.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int reach = Math.min(end, m.end() + WRITER_REACH);
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      Mentions.Placed p = frame.mentions().firstWithin(m.end(), end, type);
      if (p != null && p.begin() <= reach && !Tok.possessiveAt(frame.text(), p.end())) {
        return p.entity();
      }
    }
    return null;
  }

  /** Whether anyone or any body is named between two quotations. */
  private static boolean namesBetween(Frame frame, int from, int to) {
    Mentions mentions = frame.mentions();
    return mentions.firstWithin(from, to, EntityType.PERSON) != null
        || mentions.firstWithin(from, to, EntityType.ORGANIZATION) != null;
  }
}
