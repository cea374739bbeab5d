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
 * are the association's, and after "Imran Qureshi read a statement on behalf of the Mahmood family"
 * the statement is the family's. Instances are immutable and thread-safe.
 */
final class ReadAloud {
  // "read", "read out" or "read aloud", then within a few words an article, at most two more
  // words and a writing noun, then "from" or "on behalf of"
  private static final Pattern READ_FROM =
      Pattern.compile(
          "\\bread(?:\\s+(?:out|aloud))?\\s+(?:[^\\s.!?\"“”]+\\s+){0,4}?(?:a|an|the)\\s+"
              + "(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:from|on\\s+behalf\\s+of)\\s+");
  // how far after "from" the writer's name may begin: "from his mother, Joanne Corrigan"
  private static final int WRITER_REACH = 20;
  // and after "by", past a longer description: "by the Authority’s former director of information
  // technology, Dr Kelechi Umeh"
  private static final int BY_REACH = 90;
  // a reading in a sentence: "read", "reads", "reading"
  private static final Pattern READING = Pattern.compile("\\bread(?:s|ing)?\\b");
  // a writing's writer after a reading: "a letter written two days before the vote by …"
  private static final Pattern WRITTEN_BY =
      Pattern.compile("\\b(?:written|sent|signed|penned)\\s+(?:[^\\s.!?\"“”]+\\s+){0,8}?by\\s+");
  // words after a reading that make it someone else's writing
  private static final Pattern OTHERS_WRITING =
      Pattern.compile("\\b(?:behalf|from|by|written|wrote|signed)\\b");
  // a writing's writer in a relative clause: "a letter that their daughter, Amelia Lyle, had
  // written"
  private static final Pattern THAT_WROTE =
      Pattern.compile(
          "\\b(?:that|which)\\s+([^.!?\"“”]{1,80}?)\\s+(?:had\\s+|has\\s+)?(?:written|wrote|penned)\\b");
  // one who reads out what follows as their own: "read out the conditions", "reading a statement"
  private static final Pattern READ_OUT =
      Pattern.compile(
          "\\bread(?:s|ing)?\\s+(?:out|aloud)\\b|\\breading\\s+(?:a|an|the|his|her)\\s+"
              + "(?:[\\p{L}-]+\\s+){0,2}?(?:statement|declaration|speech|list|message)\\b");

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
      if (writer == null && s > 0 && writing(q.description())) {
        // "… from a letter written by Dr Kelechi Umeh. Umeh resigned in April. "…," the letter
        // read": the letter the sentence before names is the one that speaks
        writer = writer(frame, sentences.begin(s - 1), sentences.end(s - 1));
      }
      if (writer == null && q.speakerKey() == null && q.description() == null) {
        writer = reader(frame, sentences.begin(s), sentences.end(s));
      }
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

  /**
   * The person or body a sentence reads a writing "from", or one it reads a writing "written by",
   * or null.
   */
  private @Nullable Entity writer(Frame frame, int begin, int end) {
    Matcher m = READ_FROM.matcher(frame.text()).region(begin, end);
    if (!m.find() || !words.writings.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      Matcher read = READING.matcher(frame.text()).region(begin, end);
      if (!read.find()) {
        return null;
      }
      Matcher by = WRITTEN_BY.matcher(frame.text()).region(read.end(), end);
      if (by.find()) {
        return firstNamed(frame, by.end(), end, Math.min(end, by.end() + BY_REACH));
      }
      Matcher that = THAT_WROTE.matcher(frame.text()).region(read.end(), end);
      return that.find() ? firstNamed(frame, that.start(1), that.end(1), that.end(1)) : null;
    }
    return firstNamed(frame, m.end(), end, Math.min(end, m.end() + WRITER_REACH));
  }

  /**
   * The person named before a sentence's reading out, who reads their own words: "its chairperson,
   * Agnes Nakato, read out the conditions", with no writer named; or null.
   */
  private @Nullable Entity reader(Frame frame, int begin, int end) {
    Matcher m = READ_OUT.matcher(frame.text()).region(begin, end);
    if (!m.find()) {
      return null;
    }
    if (OTHERS_WRITING.matcher(frame.text()).region(m.end(), end).find()) {
      return null; // "read out a statement on her client's behalf", "from a letter that …"
    }
    Mentions.Placed p = frame.mentions().firstWithin(begin, m.start(), EntityType.PERSON);
    return p == null || Tok.possessiveAt(frame.text(), p.end()) ? null : p.entity();
  }

  /** Whether a description is a writing: "the letter", "the statement". */
  private boolean writing(@Nullable String description) {
    if (description == null) {
      return false;
    }
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length == 2 && w[0].equals("the") && words.writings.contains(w[1]);
  }

  /** The first person, else body, named from {@code from} and beginning by {@code reach}. */
  private static @Nullable Entity firstNamed(Frame frame, int from, int end, int reach) {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      Mentions.Placed p = frame.mentions().firstWithin(from, end, type);
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
