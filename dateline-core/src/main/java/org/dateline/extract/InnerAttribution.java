package org.dateline.extract;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An attribution inside a sentence of reported speech: set off by commas within the words it
 * reports ("Since the plant is so old, Hartmann said, the regulator would …", "The talks, according
 * to two diplomats, broke down …"), or "…, according to X." ending them. Instances are immutable
 * and thread-safe.
 */
final class InnerAttribution {
  /**
   * The longest attribution set inside a sentence: "a spokeswoman for the ministry said Tuesday".
   */
  private static final int ATTRIBUTION_WORDS = 10;

  /** Words after an inner attribution that carry the narrative on rather than the speech. */
  private static final Set<String> NARRATIVE =
      Set.of("but", "and", "while", "as", "yet", "whereas", "which", "who");

  /**
   * Who speaks, and where the attribution stands: the words from {@code cut} to {@code resume} are
   * not the speech; {@code resume} is -1 when the attribution ends the words.
   */
  record Found(Speaker speaker, int cut, int resume) {}

  private final Words words;
  private final SpeakerPhrase phrases;
  private final ReportingVerbs verbs;

  InnerAttribution(Words words, SpeakerPhrase phrases, ReportingVerbs verbs) {
    this.words = words;
    this.phrases = phrases;
    this.verbs = verbs;
  }

  /**
   * Speech with its attribution set inside it between commas: "Since the plant is so old, Hartmann
   * said, the regulator would …", "The talks, according to two diplomats, broke down …". The words
   * on both sides speak. Null when no such attribution names a speaker, or when the words after it
   * do not go on with the speech.
   *
   * @param last the index of the last word of the speech
   */
  @Nullable Found inside(Frame frame, List<Tok> toks, int last) {
    String text = frame.text();
    for (int s = 1; s < last; s++) {
      if (!Tok.commaBefore(text, toks, s)) {
        continue;
      }
      int c = nextPunct(toks, s);
      if (c < 0
          || c > last
          || c - s > ATTRIBUTION_WORDS
          || !Tok.commaBefore(text, toks, c)
          || !goesOn(toks, s, c, last)) {
        continue;
      }
      Speaker who = attribution(frame, toks, s, c);
      if (who != null) {
        return new Found(who, toks.get(s - 1).end(), toks.get(c).begin());
      }
    }
    return null;
  }

  /** "…, according to X." ending the words up to {@code last}: the words before speak. */
  @Nullable Found atEnd(Frame frame, List<Tok> toks, int last) {
    String text = frame.text();
    for (int s = last - 2; s > 1; s--) {
      if (Tok.commaBefore(text, toks, s)) {
        Speaker who = source(frame, toks, s, last + 1);
        if (who != null) {
          return new Found(who, toks.get(s - 1).end(), -1);
        }
      }
    }
    return null;
  }

  /**
   * Who speaks in the words {@code toks[s, c)} set off by commas: "Hartmann said", "a spokeswoman
   * said on Tuesday", "Ortega told reporters" or "according to two diplomats"; null when they do
   * not read as an attribution.
   */
  private @Nullable Speaker attribution(Frame frame, List<Tok> toks, int s, int c) {
    Speaker according = source(frame, toks, s, c);
    if (according != null) {
      // "…, according to Ann Lee, a lecturer at …": the words after describe the source
      return describes(toks, c) ? null : according;
    }
    for (int v = s + 1; v < c; v++) {
      if (verbs.closes(toks.get(v).lower())
          && !ReportingVerbs.PASSIVE.contains(toks.get(v - 1).lower())) {
        int after = verbs.afterListener(toks, v);
        boolean when =
            after >= c
                || verbs.whenOrWhere(toks.get(after).lower())
                || ReportingVerbs.SAID_ON.contains(toks.get(after).lower());
        return when ? phrases.resolve(frame, toks.subList(s, v)) : null;
      }
    }
    return null;
  }

  /** The source named by "according to …" in {@code toks[s, c)}, when those words are just that. */
  private @Nullable Speaker source(Frame frame, List<Tok> toks, int s, int c) {
    if (c - s < 3
        || !toks.get(s).lower().equals("according")
        || !toks.get(s + 1).lower().equals("to")) {
      return null;
    }
    SpeakerPhrase.Source source = phrases.source(frame, toks, s + 2, false);
    return source != null && source.end() == c ? source.speaker() : null;
  }

  /**
   * Whether the words at {@code c} describe someone rather than go on with a clause: "a lecturer at
   * …", "senior product manager of …", "the firm's chief economist".
   */
  private boolean describes(List<Tok> toks, int c) {
    String first = toks.get(c).lower();
    if (first.equals("a") || first.equals("an") || role(first)) {
      return true;
    }
    if (!first.equals("the")) {
      return false;
    }
    for (int i = c + 1; i < Math.min(toks.size(), c + 4); i++) {
      if (role(toks.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean role(String lower) {
    return words.titleWord(lower) || words.speakerNoun(lower);
  }

  /**
   * Whether the words from {@code c} to {@code last}, after an attribution that starts at {@code
   * s}, go on with the speech before it. They must not say only when or where it was said, nor open
   * with a participle ("citing …"), a relative pronoun or a conjunction that carries the narrative
   * on ("…, but aid convoys …"). After a whole clause ("Exports fell, the office said, …") they
   * must open with a word that binds them to it ("because", "unless"): a phrase set after it is the
   * writer's ("…, the government said, evidence that …").
   */
  private boolean goesOn(List<Tok> toks, int s, int c, int last) {
    String first = toks.get(c).lower();
    boolean open =
        s <= 3 || Clauses.SUBORDINATE.contains(toks.get(0).lower()) || !finiteWithin(toks, 0, s);
    return last - c >= 2
        && !NARRATIVE.contains(first)
        && !first.endsWith("ing")
        && !(toks.size() - c <= ReportingVerbs.ADVERBIAL_WORDS && verbs.whenOrWhere(first))
        && !verbs.longWhenOrWhere(toks, c)
        && (open || Clauses.SUBORDINATE.contains(first) || first.equals("that"));
  }

  /**
   * Whether a finite verb, a negated one ("didn't") or a word with a past tense's ending stands in
   * {@code toks[b, e)}.
   */
  private static boolean finiteWithin(List<Tok> toks, int b, int e) {
    for (int i = b; i < e; i++) {
      String w = toks.get(i).lower();
      if (ReportingVerbs.finiteOrPast(w) || w.endsWith("n't") || w.endsWith("n’t")) {
        return true;
      }
    }
    return false;
  }

  /** The first word after {@code from} that punctuation stands before, or -1. */
  private static int nextPunct(List<Tok> toks, int from) {
    for (int i = from + 1; i < toks.size(); i++) {
      if (toks.get(i).punctBefore()) {
        return i;
      }
    }
    return -1;
  }
}
