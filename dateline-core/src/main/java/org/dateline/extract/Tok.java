package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text with its place; {@link #of} splits a range of a text into words. */
record Tok(int begin, int end, String text, String lower, boolean punctBefore) {
  /** An acronym that lower case would turn into a function word every rule reads. */
  private static final String WHO = "WHO";

  private static final Set<String> AGE_UNITS = Set.of("year", "month", "week", "day");
  private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");
  private static final Pattern SPACED_POSSESSIVE =
      Pattern.compile("\\s['’]\\s?s(?![\\p{L}\\p{N}])");
  private static final Pattern CLOCK_PERIOD = Pattern.compile("[ap]\\.m\\.");
  // A figure's thousands separator is inside its word: "£240,000" is one word, and its comma
  // ends no clause.
  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}$€£¥](?:[\\p{L}\\p{N}'’.$-]|(?<=\\p{N}),(?=\\p{N}{3}(?!\\p{N})))*");

  /** The words of {@code text[from, to)}, each knowing whether punctuation stands before it. */
  static List<Tok> of(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    int b = Math.max(0, from);
    int e = Math.min(text.length(), to);
    if (b >= e) {
      return out;
    }
    Matcher m = WORD.matcher(text).region(b, e);
    int last = from;
    while (m.find()) {
      String w = m.group();
      int start = m.start();
      int end = m.end();
      while (w.length() > 1
          && (w.endsWith(".") || w.endsWith("’") || w.endsWith("'"))
          && !abbreviation(w)) {
        w = w.substring(0, w.length() - 1);
        end--;
      }
      Matcher spaced =
          end + 2 < e && (text.charAt(end + 1) == '’' || text.charAt(end + 1) == '\'')
              ? SPACED_POSSESSIVE.matcher(text).region(end, e)
              : null;
      if (spaced != null && spaced.lookingAt()) {
        // "Davis ’ s sister", as tokenised text writes a possessive: one word, "Davis’s"
        w = w + "’s";
        end = spaced.end();
        m.region(end, e);
      }
      boolean punct = false;
      // "Lt . Gerry Scherlinck": a title's full stop, spaced off as tokenised text writes it
      boolean titleStop =
          !out.isEmpty()
              && loneStop(text, last, start)
              && Words.english().abbreviatedTitles.contains(out.get(out.size() - 1).lower());
      for (int i = last; i < start && !titleStop; i++) {
        char c = text.charAt(i);
        // "Procter & Gamble": the ampersand joins a name's words
        if (!Character.isWhitespace(c) && c != '&' && !pluralPossessive(out, text, i, last)) {
          punct = true;
        }
      }
      // "WHO spokeswoman Ann Roy said": the World Health Organization, not the relative pronoun
      String lower = w.equals(WHO) ? w : w.toLowerCase(Locale.ROOT);
      out.add(new Tok(start, end, w, lower, punct));
      last = end;
      spacedAge(text, out);
    }
    return out;
  }

  /** Whether a comma, and nothing else, stands between the words at {@code i - 1} and {@code i}. */
  static boolean commaBefore(String text, List<Tok> toks, int i) {
    return toks.get(i).punctBefore() && between(text, toks, i).equals(",");
  }

  /** What stands between the words at {@code i - 1} and {@code i}, without spaces. */
  static String between(String text, List<Tok> toks, int i) {
    return text.substring(toks.get(i - 1).end(), toks.get(i).begin()).strip();
  }

  /** Whether the word ends in a possessive "'s" or "’s" ("Cuba's"). */
  boolean possessive() {
    return possessive(lower);
  }

  /** The word without its possessive "'s": "Velic" of "Velic's". */
  Tok withoutPossessive() {
    int cut = text.length() - 2;
    return new Tok(
        begin, begin + cut, text.substring(0, cut), lower.substring(0, cut), punctBefore);
  }

  /** A pattern that finds the words as whole words, in any case: "report" but not "reporter". */
  static Pattern wholeWords(String words) {
    return Pattern.compile("\\b" + Pattern.quote(words) + "\\b", Pattern.CASE_INSENSITIVE);
  }

  /** Whether a possessive "'s" or "’s" stands at {@code at} of the text: "Kerr|'s deputy". */
  static boolean possessiveAt(String text, int at) {
    return text.startsWith("'s", at) || text.startsWith("’s", at);
  }

  static boolean possessive(String lower) {
    return lower.endsWith("'s") || lower.endsWith("’s");
  }

  /**
   * Whether a lower-case word has the shape of a plural noun: an "s" that is neither "ss" nor a
   * possessive ("critics", not "press" or "Cuba's"). Callers rule out the function words.
   */
  static boolean looksPlural(String lower) {
    return lower.endsWith("s") && !lower.endsWith("ss") && !possessive(lower);
  }

  /** Whether {@code text[from, to)} is one full stop and spaces: the gap in "Lt . Gerry". */
  private static boolean loneStop(String text, int from, int to) {
    if (to - from < 2 || to - from > 4) {
      return false;
    }
    int stops = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        stops++;
      } else if (c != ' ') {
        return false;
      }
    }
    return stops == 1;
  }

  /** Whether a word in lower case is an age ("45-year-old"), by which news names a person. */
  static boolean age(String lower) {
    return AGE.matcher(lower).matches();
  }

  /**
   * Joins an age written with spaced hyphens, as tokenised text has it ("76 - year - old"), into
   * the one word untokenised text has ("76-year-old").
   */
  private static void spacedAge(String text, List<Tok> out) {
    int n = out.size();
    if (n < 3 || !out.get(n - 1).lower().equals("old")) {
      return;
    }
    Tok number = out.get(n - 3);
    Tok unit = out.get(n - 2);
    Tok old = out.get(n - 1);
    boolean spaced =
        text.startsWith(" - ", number.end())
            && unit.begin() == number.end() + 3
            && text.startsWith(" - ", unit.end())
            && old.begin() == unit.end() + 3;
    if (spaced
        && number.text().chars().allMatch(Character::isDigit)
        && AGE_UNITS.contains(unit.lower())) {
      String w = number.text() + "-" + unit.text() + "-" + old.text();
      out.subList(n - 3, n).clear();
      out.add(
          new Tok(number.begin(), old.end(), w, w.toLowerCase(Locale.ROOT), number.punctBefore()));
    }
  }

  /**
   * Whether the character at {@code i} is the apostrophe of a plural possessive ("the farmers'
   * union"), which is part of the words around it, not punctuation between them.
   */
  private static boolean pluralPossessive(List<Tok> before, String text, int i, int last) {
    char c = text.charAt(i);
    if (i != last || (c != '\'' && c != '’') || before.isEmpty()) {
      return false;
    }
    String previous = before.get(before.size() - 1).lower();
    return previous.endsWith("s") && i + 1 < text.length() && text.charAt(i + 1) == ' ';
  }

  private static boolean abbreviation(String w) {
    if (CLOCK_PERIOD.matcher(w).matches()) {
      return true; // "after 1 a.m. he went further": the clock's stop ends no clause
    }
    if (!Character.isUpperCase(w.charAt(0)) || !w.endsWith(".")) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return w.length() <= 4
        || Words.english().abbreviatedTitles.contains(lower.substring(0, lower.length() - 1))
        || Words.english().orgSuffixes.contains(lower); // "Kelloway Corp. said"
  }

  /** Whether a comma, colon or bracket stands between two words; a figure's "%" or "$" does not. */
  static boolean clauseBreak(String s, Tok a, Tok b) {
    return anyOf(s, a.end(), b.begin(), ",;:()–—");
  }

  /** Whether one of {@code marks} stands in {@code s[from, to)}. */
  static boolean anyOf(String s, int from, int to, String marks) {
    for (int i = from; i < to; i++) {
      if (marks.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
