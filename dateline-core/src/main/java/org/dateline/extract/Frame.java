package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * What speaker attribution reads around a phrase: the document's text, its sentences, its resolved
 * names, and the spans of its quotations (names inside them do not count as antecedents).
 */
final class Frame {
  /**
   * How far before a quotation attribution looks within its sentence, in characters: a reporting
   * verb further back is not about it, and the bound keeps a sentence of thousands of quotations
   * linear.
   */
  static final int REACH = 400;

  // the most words of a bracketed aside the cue readers pass over: "(D., Pa.)", "(pictured)"
  private static final int ASIDE_WORDS = 6;

  // A byline: a line of the page's head that opens with "By" and a capital
  private static final Pattern BYLINE = Pattern.compile("(?m)^By\\s+\\p{Lu}");
  private static final int BYLINE_REACH = 1500;
  // a byline that gives the name, a bar and the writer's beat: "Thandiwe Mahlangu | Court Reporter"
  private static final Pattern PIPED_BYLINE =
      Pattern.compile("(?m)^\\p{Lu}[^\\n|]{2,40}\\s\\|\\s[^\\n|]{2,40}$");
  // The most words a byline's line holds: "By Dana Kowalczyk, Lakeshore Ledger staff"
  private static final int BYLINE_WORDS = 14;

  private final String text;
  private final Sentences sentences;
  private final Mentions mentions;
  private final List<int[]> quotes;
  private final int[] starts;
  private final int headline;
  private final @Nullable Entity writer;

  Frame(String text, Sentences sentences, Mentions mentions, List<int[]> quotes) {
    this.text = text;
    this.headline = Headline.end(text);
    this.sentences = sentences;
    this.mentions = mentions;
    this.writer = bylined(text, mentions);
    List<int[]> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(q -> q[0]));
    this.quotes = List.copyOf(sorted);
    this.starts = new int[sorted.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sorted.get(i)[0];
    }
  }

  String text() {
    return text;
  }

  /** Where the page's headline ends ({@link Headline#end}), or -1 when it opens with none. */
  int headline() {
    return headline;
  }

  /**
   * Whether no person is named after the headline (a byline is the headline's) and before {@code
   * at}: a lead that brings its speaker in unnamed.
   */
  boolean namesNobodyBefore(int at) {
    Mentions.Placed p = mentions.firstWithin(Math.max(0, headline), at, EntityType.PERSON);
    while (p != null && p.entity().equals(writer)) {
      p = mentions.firstWithin(p.end(), at, EntityType.PERSON); // "By Samira Haddad"
    }
    return p == null;
  }

  /**
   * The person a byline in the page's first lines names ("By Nkechi Haraldsen"): the "I" of a
   * first-person piece ("“Why now?” I ask."); null when no byline names a person.
   */
  @Nullable Entity writer() {
    return writer;
  }

  private static @Nullable Entity bylined(String text, Mentions mentions) {
    Matcher m = BYLINE.matcher(text).region(0, Math.min(text.length(), BYLINE_REACH));
    while (m.find()) {
      int end = text.indexOf('\n', m.start());
      end = end < 0 ? text.length() : end;
      Mentions.Placed named = mentions.firstWithin(m.start(), end, EntityType.PERSON);
      // the name right after "By", perhaps past a title, on a short line: not "By Sunday evening
      // Voltaro had issued its own statement, saying that Mahler's post …"
      if (named != null
          && Tok.of(text, m.end() - 1, named.begin()).size() <= 1
          && Tok.of(text, m.start(), end).size() <= BYLINE_WORDS) {
        return named.entity();
      }
    }
    // "Thandiwe Mahlangu | Court Reporter": a name before a bar, on a line of its own
    m = PIPED_BYLINE.matcher(text).region(0, Math.min(text.length(), BYLINE_REACH));
    while (m.find()) {
      Mentions.Placed named = mentions.firstWithin(m.start(), m.end(), EntityType.PERSON);
      if (named != null && named.begin() == m.start()) {
        return named.entity();
      }
    }
    return null;
  }

  /**
   * The words of {@code text[from, to)} ({@link Tok#of}) as the cue readers take them: a short
   * aside in brackets is passed over, and a comma inside a body's name ("Ministry of Trade,
   * Industry and Energy") ends no clause.
   */
  List<Tok> words(int from, int to) {
    List<Tok> toks = withoutAsides(Tok.of(text, from, to));
    for (int i = 1; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.punctBefore()
          && Tok.between(text, toks, i).equals(",")
          && mentions.insideBody(toks.get(i - 1).begin() + 1, t.end())) {
        toks.set(i, new Tok(t.begin(), t.end(), t.text(), t.lower(), false));
      }
    }
    return toks;
  }

  /**
   * The words without a short aside in brackets after a word ("Rep. Thomas Kilbride (D., Pa.)
   * said", "Marta Ruiz (pictured) said"): the word after it follows the word before as it would
   * with no aside, punctuated only by what stands after the closing bracket.
   */
  private List<Tok> withoutAsides(List<Tok> toks) {
    List<Tok> out = new ArrayList<>(toks.size());
    for (int i = 0; i < toks.size(); i++) {
      int close = i > 0 ? asideEnd(toks, i) : -1;
      if (close < 0) {
        out.add(toks.get(i));
        continue;
      }
      if (close < toks.size()) {
        Tok next = toks.get(close);
        String after = text.substring(text.lastIndexOf(')', next.begin()) + 1, next.begin());
        out.add(new Tok(next.begin(), next.end(), next.text(), next.lower(), !after.isBlank()));
      }
      i = close;
    }
    return out;
  }

  /**
   * Where the word after a bracketed aside of at most {@value #ASIDE_WORDS} words that opens right
   * before the word at {@code i} stands; -1 when no such aside opens there, or no word follows it.
   */
  private int asideEnd(List<Tok> toks, int i) {
    if (!Tok.between(text, toks, i).equals("(")) {
      return -1;
    }
    for (int j = i + 1; j <= Math.min(toks.size(), i + ASIDE_WORDS); j++) {
      int gapEnd = j < toks.size() ? toks.get(j).begin() : text.length();
      String gap = text.substring(toks.get(j - 1).end(), gapEnd);
      if (gap.indexOf(')') >= 0) {
        return j < toks.size() && gap.indexOf('(') < 0 && noQuoteMark(gap) ? j : -1;
      }
      if (gap.indexOf('(') >= 0 || !noQuoteMark(gap)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean noQuoteMark(String s) {
    return s.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
  }

  Sentences sentences() {
    return sentences;
  }

  Mentions mentions() {
    return mentions;
  }

  /** The quotations' spans, in order. */
  List<int[]> quotes() {
    return quotes;
  }

  /** Whether {@code pos} lies inside one of the quotations. */
  boolean inQuote(int pos) {
    int i = Sentences.lastAtOrBefore(starts, pos);
    return i >= 0 && pos < quotes.get(i)[1];
  }

  /** Whether a quotation overlaps {@code [begin, end)}. */
  boolean quoteWithin(int begin, int end) {
    int i = Sentences.lastAtOrBefore(starts, end - 1);
    for (int j = i; j >= 0 && j >= i - 1; j--) {
      int[] q = quotes.get(j);
      if (q[0] < end && q[1] > begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person named earlier whose bare surname opens the sentence at {@code begin} as its subject,
   * though the recogniser missed it there ("Forbes agrees."), when the gender fits; else null.
   */
  Mentions.@Nullable Placed surnameOpener(int begin, int end, Mentions.Gender gender) {
    List<Tok> toks = Tok.of(text, begin, Math.min(end, begin + 60));
    if (toks.size() < 2
        || !Character.isUpperCase(toks.get(0).text().charAt(0))
        || !Character.isLowerCase(toks.get(1).text().charAt(0))
        || inQuote(toks.get(0).begin()) // "“Oswin never played a note …,” she said"
        || mentions.firstWithin(begin, toks.get(0).end(), EntityType.PERSON) != null) {
      return null;
    }
    Tok first = toks.get(0);
    Entity e = mentions.byWord(first.text(), first.begin());
    return e != null && mentions.gender(e).agrees(gender)
        ? new Mentions.Placed(first.begin(), first.end(), e)
        : null;
  }

  /**
   * The first of {@code [sentenceBegin, at)} that attribution reads: at most {@link #REACH} back.
   */
  static int reachFrom(int sentenceBegin, int at) {
    return Math.max(sentenceBegin, at - REACH);
  }
}
