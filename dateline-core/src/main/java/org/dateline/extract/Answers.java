package org.dateline.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * Answers at an interview or a hearing. Where questions stand in plain text and answers in
 * quotation marks ("Was he driving on a suspended license?" and then ""I'm not going to answer that
 * tonight.""), a quotation that opens its paragraph, names no speaker and follows a paragraph that
 * is one unquoted question is the answer of the one being questioned: the person named last before
 * the question where a subject may stand, or the speaker of the last quotation in the paragraphs
 * before, whichever comes later. Where the question is quoted too (""How much?" he asked." and then
 * ""The figure is in our annual report.""), by a named or an unnamed asker ("one reporter asked"),
 * an uncued paragraph after it is the answer of the person named as a subject since the last other
 * speaker, else of that speaker; a follow-up question with no cue ("And if the team is relegated?")
 * is answered by whoever answered the first.
 */
final class Answers {
  // the most words a question paragraph holds
  private static final int QUESTION_WORDS = 40;
  // how many paragraphs back the last quotation before a question may stand
  private static final int REACH = 3;
  private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
  // how many quotations back the other party of a dialogue may have spoken
  private static final int DIALOGUE = 8;
  // verbs that cue a question put to someone: "he asked", "the chair repeated"
  private static final Pattern ASKING =
      Pattern.compile(
          "\\b(?:ask|asked|asks|asking|pressed|repeated|demanded|wondered|queried|followed up)\\b");
  // words after which a name is no subject
  private static final Set<String> OBJECT_BEFORE =
      Set.of(
          "on", "of", "to", "with", "about", "against", "for", "from", "by", "at", "and", "before",
          "after", "until", "since", "than", "like");

  private Answers() {}

  /** Gives each unattributed answer its speaker, in place. */
  static void apply(Frame frame, List<Quote> quotes) {
    String text = frame.text();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.kind() != Quote.Kind.DIRECT || q.speaker() != null || q.description() != null) {
        continue;
      }
      int open = markAt(text, q.begin());
      if (open < 2 || !text.startsWith("\n\n", open - 2)) {
        continue;
      }
      int question = paragraphStart(text, open - 3);
      if (!isQuestion(text.substring(question, open - 2).strip())) {
        continue;
      }
      Quote answered = lastSpoken(text, quotes, i, question);
      Mentions.Placed asked = lastSubject(frame, question);
      if (asked != null && (answered == null || asked.begin() > answered.end())) {
        quotes.set(i, QuoteReader.givenTo(q, asked.entity()));
      } else if (answered != null) {
        quotes.set(i, QuoteReader.withSpeakerOf(q, answered));
      }
    }
  }

  /**
   * Gives a paragraph of quoted words with no cue of its own, right after a paragraph whose last
   * quotation is a question its speaker is cued as asking ("How much?" he asked.), not merely
   * saying ("See that guy?" said Thomas.), to the last other speaker before the question, in place:
   * at a hearing or an interview, the answer.
   *
   * @param cueless whether each quotation has no cue of its own
   */
  static void toQuotedQuestions(Frame frame, List<Quote> quotes, boolean[] cueless) {
    String text = frame.text();
    for (int i = 1; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Quote asked = quotes.get(i - 1);
      if (!cueless[i]
          || cueless[i - 1]
          || q.kind() != Quote.Kind.DIRECT
          || asked.kind() != Quote.Kind.DIRECT
          || asked.speakerKey() == null && asked.description() == null
          || !asked.text().strip().endsWith("?")
          || !nextParagraph(text, asked.end(), markAt(text, q.begin()))
          || !ASKING.matcher(paragraphOf(text, asked.end())).find()) {
        continue;
      }
      Quote other = lastOther(quotes, i, asked.speakerKey());
      int question = paragraphStart(text, asked.begin());
      Mentions.Placed named = lastSubject(frame, question);
      if (named != null
          && (other == null || named.begin() > other.end())
          && !named.entity().key().equals(asked.speakerKey())) {
        quotes.set(i, QuoteReader.givenTo(q, named.entity()));
      } else if (other != null) {
        quotes.set(i, QuoteReader.withSpeakerOf(q, other));
      }
    }
    for (int i = 2; i < quotes.size(); i++) {
      Quote asker = askerAgain(text, quotes, cueless, i);
      if (asker != null) {
        quotes.set(i, QuoteReader.withSpeakerOf(quotes.get(i), asker));
      }
    }
    for (int i = 3; i < quotes.size(); i++) {
      if (followUp(text, quotes, cueless, i)) {
        quotes.set(i, QuoteReader.withSpeakerOf(quotes.get(i), quotes.get(i - 2)));
      }
    }
  }

  /**
   * The one who answers a question with "he" or "she" for a cue ({@code speaker}, read from it),
   * when the quotation before is the question ("“Has anyone asked for money?” another reporter
   * asked. “No,” she replied."): the person the pronoun was read as, unless that is the asker or no
   * one, else the last other person who spoke before the question, of the pronoun's gender. The
   * answer must open the paragraph after the question's. Null otherwise.
   */
  static @Nullable Speaker pronounAnswer(
      Frame frame,
      int open,
      List<Quote> out,
      List<Speaker> voices,
      Speaker speaker,
      Speaker previous,
      String pronoun) {
    Quote asked = lastDirect(out);
    if (asked == null
        || !asked.text().strip().endsWith("?")
        || !previous.known() && previous.description() == null
        || !nextParagraph(frame.text(), asked.end(), open)) {
      return null;
    }
    if (speaker.known() && !Objects.equals(speaker.entity(), previous.entity())) {
      return speaker; // the pronoun's own reading, someone other than the asker, stands
    }
    for (int k = voices.size() - 2; k >= Math.max(0, voices.size() - DIALOGUE); k--) {
      Entity e = voices.get(k).entity();
      if (e != null
          && !e.equals(previous.entity())
          && e.type() == EntityType.PERSON
          && frame.mentions().gender(e).agrees(Mentions.Gender.of(pronoun))) {
        return voices.get(k);
      }
    }
    return null;
  }

  private static @Nullable Quote lastDirect(List<Quote> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      if (out.get(k).kind() == Quote.Kind.DIRECT) {
        return out.get(k);
      }
    }
    return null;
  }

  /**
   * The question quotation {@code i} follows up, when it is a question of its own paragraph with no
   * cue, right after a cued answer by someone other than the one who asked the question before it
   * (""Where were you the first time?" asked Lauren Pascoe." ""At the physio," Crewe-Hartley said."
   * ""And the second time?""): the asker asks again. Null otherwise.
   */
  private static @Nullable Quote askerAgain(
      String text, List<Quote> quotes, boolean[] cueless, int i) {
    Quote q = quotes.get(i);
    if (!cueless[i] || q.kind() != Quote.Kind.DIRECT || !q.text().strip().endsWith("?")) {
      return null;
    }
    int a = i - 1;
    while (a > 0 && sameParagraph(text, quotes.get(a - 1).end(), quotes.get(a).begin())) {
      a--; // the answer's first quotation in its paragraph
    }
    if (a < 1) {
      return null;
    }
    Quote answer = quotes.get(a);
    Quote asked = quotes.get(a - 1);
    boolean askerKnown =
        asked.speakerKey() != null
            ? !asked.speakerKey().equals(answer.speakerKey())
            : asked.description() != null;
    return !cueless[a]
            && answer.kind() == Quote.Kind.DIRECT
            && answer.speakerKey() != null
            && asked.kind() == Quote.Kind.DIRECT
            && asked.text().strip().endsWith("?")
            && askerKnown
            && carried(q, answer)
            && nextParagraph(text, quotes.get(i - 1).end(), markAt(text, q.begin()))
            && nextParagraph(text, asked.end(), markAt(text, answer.begin()))
        ? asked
        : null;
  }

  /** Whether no paragraph break stands between {@code from} and {@code to}, in either order. */
  private static boolean sameParagraph(String text, int from, int to) {
    return text.substring(Math.min(from, to), Math.max(from, to)).indexOf("\n\n") < 0;
  }

  /**
   * Whether quotation {@code i} answers a follow-up question: it has no cue and a paragraph of its
   * own, after a paragraph that is only a quoted question with no speaker of its own ("And if the
   * team is relegated?"), which follows a named speaker's answer to a question put before it. A
   * speaker carried on from the first question to the two paragraphs is the asker's, not theirs.
   */
  private static boolean followUp(String text, List<Quote> quotes, boolean[] cueless, int i) {
    Quote q = quotes.get(i);
    Quote question = quotes.get(i - 1);
    Quote answer = quotes.get(i - 2);
    Quote first = quotes.get(i - 3);
    return cueless[i]
        && cueless[i - 1]
        && carried(q, first)
        && carried(question, first)
        && question.text().strip().endsWith("?")
        && answer.speakerKey() != null
        && first.text().strip().endsWith("?")
        && !answer.speakerKey().equals(first.speakerKey())
        && Stream.of(q, question, answer, first).allMatch(x -> x.kind() == Quote.Kind.DIRECT)
        && nextParagraph(text, question.end(), markAt(text, q.begin()))
        && nextParagraph(text, answer.end(), markAt(text, question.begin()))
        && nextParagraph(text, first.end(), markAt(text, answer.begin()));
  }

  /**
   * The last direct quotation before quotation {@code i - 1}, within {@link #DIALOGUE} of it, whose
   * speaker is named and is not {@code asker}; null if none.
   */
  private static @Nullable Quote lastOther(List<Quote> quotes, int i, @Nullable String asker) {
    for (int k = i - 2; k >= Math.max(0, i - DIALOGUE); k--) {
      Quote other = quotes.get(k);
      if (other.kind() == Quote.Kind.DIRECT
          && other.speakerKey() != null
          && !other.speakerKey().equals(asker)) {
        return other;
      }
    }
    return null;
  }

  /**
   * Where the opening mark of the quotation whose words begin at {@code begin} stands: one
   * character before them, or two for {@code ``}, with any spaces between.
   */
  private static int markAt(String text, int begin) {
    int j = begin;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j >= 2 && text.startsWith("``", j - 2) ? j - 2 : j - 1;
  }

  /** Where the paragraph around {@code at} begins. */
  private static int paragraphStart(String text, int at) {
    int begin = text.lastIndexOf("\n\n", at);
    return begin < 0 ? 0 : begin + 2;
  }

  /** Whether {@code q} has no speaker, or only the one it was carried on from {@code from}. */
  private static boolean carried(Quote q, Quote from) {
    return q.speakerKey() == null && q.description() == null
        || Objects.equals(q.speakerKey(), from.speakerKey())
            && Objects.equals(q.description(), from.description());
  }

  /** The paragraph around {@code at}. */
  private static String paragraphOf(String text, int at) {
    int begin = text.lastIndexOf("\n\n", at);
    int end = text.indexOf("\n\n", at);
    return text.substring(begin < 0 ? 0 : begin, end < 0 ? text.length() : end);
  }

  /**
   * Whether {@code open} starts the paragraph after the one {@code close} is in, with only the
   * cue's words between them.
   */
  private static boolean nextParagraph(String text, int close, int open) {
    if (open < 2 || close > open || !text.startsWith("\n\n", open - 2)) {
      return false;
    }
    return text.substring(close, open - 2).indexOf("\n\n") < 0;
  }

  /**
   * The last person named before {@code at} as a subject may be: not owning something ("Pollan's
   * driving history") nor after a preposition ("pressed the chief on Pollan"); null if none.
   */
  private static Mentions.@Nullable Placed lastSubject(Frame frame, int at) {
    String text = frame.text();
    Mentions mentions = frame.mentions();
    for (Mentions.Placed p = mentions.lastBefore(at, PEOPLE, frame.quotes());
        p != null;
        p = mentions.lastBefore(p.begin(), PEOPLE, frame.quotes())) {
      String before = NameContext.previousWord(text, p.begin());
      boolean owner = Tok.possessiveAt(text, p.end());
      if (!owner && (before == null || !OBJECT_BEFORE.contains(before.toLowerCase(Locale.ROOT)))) {
        return p;
      }
    }
    return null;
  }

  /** Whether a paragraph is one plain question: no quotation marks, a question mark at its end. */
  private static boolean isQuestion(String paragraph) {
    if (!paragraph.endsWith("?") || paragraph.split("\\s+").length > QUESTION_WORDS) {
      return false;
    }
    for (int i = 0; i < paragraph.length(); i++) {
      if ("\"“”".indexOf(paragraph.charAt(i)) >= 0) {
        return false;
      }
    }
    String body = paragraph.substring(0, paragraph.length() - 1);
    return body.indexOf('?') < 0 && body.indexOf('.') < 0;
  }

  /**
   * The last direct quotation with a named speaker before quotation {@code i} and before {@code
   * question}, within {@link #REACH} paragraphs of it; null when there is none.
   */
  private static @Nullable Quote lastSpoken(String text, List<Quote> quotes, int i, int question) {
    int from = question;
    for (int p = 0; p < REACH && from > 0; p++) {
      int previous = text.lastIndexOf("\n\n", from - 3);
      from = previous < 0 ? 0 : previous;
    }
    for (int k = i - 1; k >= 0 && quotes.get(k).begin() >= from; k--) {
      Quote earlier = quotes.get(k);
      if (earlier.kind() == Quote.Kind.DIRECT && earlier.speaker() != null) {
        return earlier.end() < question ? earlier : null;
      }
    }
    return null;
  }
}
