package org.dateline.extract;

import java.util.List;
import java.util.Set;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Finds who wrote a writing the text names, where someone else may be the one who reads it out or
 * passes it on: the name after "signed by", "written by" or "sent by", the writer a relative clause
 * on the writing names ("a statement that she said the captain had written", "a letter that it had
 * drafted"), and the writer of words a colon opens after "which read:" or "It read:". Instances are
 * immutable and thread-safe.
 */
final class Writers {
  // what a writing's relative clause says its writer did: "a letter that it had drafted"
  private static final Set<String> WROTE =
      Set.of("written", "wrote", "drafted", "signed", "penned", "sent", "composed", "prepared");
  // a body's pronouns, which stand for the body a sentence opens with
  private static final Set<String> BODY_PRONOUNS = Set.of("it", "they");
  // the auxiliaries between a writer and that verb: "the captain had written"
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "been", "was");
  // "a statement which she said he had written": the reader's say-so before the writer
  private static final Set<String> SAID_OF_WRITING = Set.of("said", "says");
  // the most words between a possessor and the comma before the name of its kin: "'s younger
  // sister"
  private static final int APPOSED_NOUN_WORDS = 3;
  // the most words of a writing's relative clause before its verb, or from the verb to "by"
  private static final int RELATIVE_WRITER_WORDS = 6;

  // participles that name a writing's author after "by": "a memo signed by Dr Lowe"
  private static final Set<String> SIGNING =
      Set.of("signed", "written", "authored", "sent", "filed");
  // what a writing does before a colon that opens its words: "which read:"
  private static final Set<String> READS = Set.of("read", "reads", "said", "says", "stated");

  private final Words words;
  private final SpeakerPhrase phrases;

  Writers(Words words, SpeakerPhrase phrases) {
    this.words = words;
    this.phrases = phrases;
  }

  /**
   * The one a sentence that names a writing says signed or wrote it ("The document, titled …, and
   * signed by Dr Felicity Haworth-Nunn, was sent …"): the name right after "signed by", "written
   * by", "authored by" or "sent by"; null when there is none.
   */
  @Nullable Speaker signedBy(Frame frame, int b, int e) {
    List<Tok> toks = Tok.of(frame.text(), b, e);
    if (toks.stream().noneMatch(t -> words.writings.contains(t.lower()))) {
      return null;
    }
    for (int k = 0; k + 2 < toks.size(); k++) {
      if (SIGNING.contains(toks.get(k).lower()) && toks.get(k + 1).lower().equals("by")) {
        return personAfterBy(frame, toks, k + 1, e);
      }
    }
    return null;
  }

  /**
   * The writer of a writing whose words a colon opens ("a WhatsApp message sent by Mr Lennie to a
   * colleague, which read:", "… an alert the district sent to phones. It read:"), as the sentence
   * or, for "It", the one before says; null when the words before the colon are no such reading.
   */
  @Nullable Speaker read(Frame frame, List<Tok> toks, int to) {
    int n = toks.size();
    if (n < 2
        || !ColonCues.afterColon(frame.text(), to)
        || !READS.contains(toks.get(n - 1).lower())) {
      return null;
    }
    String before = toks.get(n - 2).lower();
    if (!Clauses.RELATIVES.contains(before)
        && !before.equals("it")
        && !before.equals("that")
        && !words.writings.contains(before)) {
      return null;
    }
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(toks.get(n - 1).begin());
    Speaker writer = writerIn(frame, sentences.begin(i), toks.get(n - 1).begin());
    int[] previous = sentences.before(toks.get(n - 1).begin());
    if (writer == null && before.equals("it") && previous != null) {
      writer = writerIn(frame, previous[0], previous[1]);
    }
    return writer;
  }

  /** Who the words {@code [b, e)} say signed, sent or wrote a writing they name, or null. */
  private @Nullable Speaker writerIn(Frame frame, int b, int e) {
    Speaker signer = signedBy(frame, b, e);
    return signer != null ? signer : inRelative(frame, b, e, null);
  }

  /**
   * The one a relative clause on the writing {@code noun} (any writing when null) in {@code [b, e)}
   * says wrote it, as when someone else reads it out: "a statement that she said the captain had
   * written", "a letter that it had drafted", "a letter he said had been sent to the committee by
   * Maj. Ivo Banic". Null when no such clause follows the writing or its writer is no one known.
   */
  @Nullable Speaker inRelative(Frame frame, int b, int e, @Nullable String noun) {
    List<Tok> toks = Tok.of(frame.text(), b, e);
    for (int i = 0; i + 2 < toks.size(); i++) {
      String w = toks.get(i).lower();
      if (noun == null ? !words.writings.contains(w) : !w.equals(noun)) {
        continue;
      }
      int j = i + 1;
      if (toks.get(j).lower().equals("that") || toks.get(j).lower().equals("which")) {
        j++;
      }
      if (j + 1 < toks.size()
          && Clauses.PRONOUNS.contains(toks.get(j).lower())
          && SAID_OF_WRITING.contains(toks.get(j + 1).lower())) {
        j += 2; // "which she said he had written": the reader's word on who wrote it
      }
      for (int k = j; k < toks.size() && k - j <= RELATIVE_WRITER_WORDS; k++) {
        if (toks.get(k).punctBefore() && k > j) {
          break;
        }
        if (!WROTE.contains(toks.get(k).lower())) {
          continue;
        }
        for (int by = k + 1; by < toks.size() && by - k <= RELATIVE_WRITER_WORDS; by++) {
          if (toks.get(by).lower().equals("by") && by + 1 < toks.size()) {
            Speaker writer = personAfterBy(frame, toks, by, e);
            if (writer != null) {
              return writer;
            }
            break; // "written by hand": how, not by whom
          }
        }
        int end = k;
        while (end > j && AUXILIARIES.contains(toks.get(end - 1).lower())) {
          end--;
        }
        List<Tok> writer = toks.subList(j, end);
        if (writer.size() == 1 && BODY_PRONOUNS.contains(writer.get(0).lower())) {
          // "the union delivered … a letter that it had drafted": the body the sentence opens with
          writer = phrases.subject(Clauses.sentenceSubject(frame.text(), toks, words::speakerNoun));
        }
        Speaker who = writer.isEmpty() ? null : phrases.resolve(frame, writer);
        return who != null && who.known() ? who : null;
      }
    }
    return null;
  }

  /**
   * The person named right after the "by" at {@code by}, within two words ("signed by Dr Ann
   * Lowe"); for a possessor, the one its kin is named as ("by Joshua's sister, Angelica Reyes", "by
   * her stepson, Jon Lima"); else null.
   */
  private static @Nullable Speaker personAfterBy(Frame frame, List<Tok> toks, int by, int e) {
    if (by + 1 >= toks.size()) {
      return null;
    }
    Mentions.Placed p =
        frame.mentions().firstWithin(toks.get(by + 1).begin(), e, EntityType.PERSON);
    int reach = toks.get(Math.min(by + 2, toks.size() - 1)).begin();
    if (p == null || p.begin() > reach) {
      // "by her stepson, Jon Lima": the one the kin or role is named as
      return VerbSubjects.POSSESSIVES.contains(toks.get(by + 1).lower())
          ? apposedAfter(frame, toks.get(by + 1).end(), e)
          : null;
    }
    return Tok.possessiveAt(frame.text(), p.end())
        ? apposedAfter(frame, p.end(), e)
        : new Speaker(p.entity(), null);
  }

  /**
   * The person named after the comma that closes the words from {@code from} ("…'s sister, Angelica
   * Reyes"), within a few words; else null.
   */
  private static @Nullable Speaker apposedAfter(Frame frame, int from, int to) {
    String text = frame.text();
    int comma = text.indexOf(',', from);
    if (comma < 0 || comma >= to || Tok.of(text, from, comma).size() > APPOSED_NOUN_WORDS) {
      return null;
    }
    Mentions.Placed p = frame.mentions().firstWithin(comma, to, EntityType.PERSON);
    return p != null && text.substring(comma + 1, p.begin()).isBlank()
        ? new Speaker(p.entity(), null)
        : null;
  }
}
