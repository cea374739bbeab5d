package org.dateline.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a document reports as said, or a phrase it puts in scare quotes.
 *
 * @param begin start of the quoted words in the article's text (UTF-16 index)
 * @param end end of the quoted words, exclusive
 * @param text the quoted words (for indirect speech, the reported clause)
 * @param speaker the speaker's canonical name, or null when the text does not name one
 * @param speakerKey the speaker's entity key in the document, or null
 * @param description how the text describes an unnamed speaker ("a Kremlin spokesman"), or null
 * @param kind direct or indirect speech, or scare quotes
 */
public record Quote(
    int begin,
    int end,
    String text,
    @Nullable String speaker,
    @Nullable String speakerKey,
    @Nullable String description,
    Kind kind) {

  /** How the words are reported. */
  public enum Kind {
    /** The speaker's own words, in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that ...", "according to X". */
    INDIRECT,
    /** Quotation marks around a word or phrase that nobody is reported as saying here. */
    SCARE
  }

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  /** Whether this is speech at all (direct or indirect), rather than scare quotes. */
  public boolean speech() {
    return kind != Kind.SCARE;
  }
}
