package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finds the sentence around a character position. */
final class Sentences {
  private static final String CLOSERS = "\"”’'»";
  private final int[] begins;
  private final int[] ends;
  private final int length;

  /**
   * The sentences of {@code text} as the splitter found them, except that a sentence ending in a
   * title before a name ("said Dist. Atty." | "Steve Cooley.") runs on into the next, and so do one
   * split inside a tokenised number ("$5 ." | "3 million") and one before a sentence that opens in
   * lower case.
   */
  Sentences(List<NameFinder.Span> spans, String text) {
    List<int[]> kept = new ArrayList<>();
    for (NameFinder.Span span : spans) {
      int[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last != null
          && (endsInTitle(text, last[0], last[1])
              || splitNumber(text, last[1], span.begin())
              || opensLower(text, span.begin()))) {
        last[1] = span.end();
      } else {
        kept.add(new int[] {span.begin(), span.end()});
      }
    }
    moveStrayMarks(text, kept);
    begins = new int[kept.size()];
    ends = new int[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      begins[i] = kept.get(i)[0];
      ends[i] = kept.get(i)[1];
    }
    this.length = text.length();
  }

  /**
   * Gives a closing mark that the splitter set at the start of a sentence back to the sentence
   * before, whose quotation it closes ({@code None," Lee said. "} | {@code The crew was tired.} |
   * {@code " Ann Roy said …}), so that the sentence after it, between two quotations, is read as
   * words of its own, not the rest of the quotation's. A sentence left empty is dropped. (An
   * opening mark a sentence ends on is left where it is: moving it on cost more quotations their
   * cue than it gave.)
   */
  private static void moveStrayMarks(String text, List<int[]> kept) {
    for (int i = 1; i < kept.size(); i++) {
      int[] last = kept.get(i - 1);
      int[] next = kept.get(i);
      int close = closingAtBegin(text, next[0], next[1]);
      if (close > next[0] && text.substring(last[1], next[0]).isBlank()) {
        last[1] = close;
        int begin = close;
        while (begin < next[1] && Character.isWhitespace(text.charAt(begin))) {
          begin++;
        }
        next[0] = begin;
        if (begin >= next[1]) {
          kept.remove(i--);
        }
      }
    }
  }

  /** Where a closing mark that opens {@code [begin, end)} ends, or -1. */
  private static int closingAtBegin(String text, int begin, int end) {
    int width =
        text.startsWith("''", begin)
            ? 2
            : begin < end && (text.charAt(begin) == '"' || text.charAt(begin) == '\u201D') ? 1 : 0;
    int after = begin + width;
    return width > 0 && after < end && Character.isWhitespace(text.charAt(after)) ? after : -1;
  }

  /** A sentence opening in lower case was split off wrongly ("… again.” said Anna Lee."). */
  private static boolean opensLower(String text, int begin) {
    int i = begin;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /**
   * Whether the break falls inside a number whose stop tokenised text set apart ("$5 . 3 million"):
   * a digit, " .", then a digit that opens the next sentence.
   */
  private static boolean splitNumber(String text, int end, int next) {
    for (int d = Math.max(1, end - 3); d <= end; d++) {
      if (text.startsWith(" . ", d)
          && Character.isDigit(text.charAt(d - 1))
          && d + 3 < text.length()
          && Character.isDigit(text.charAt(d + 3))
          && next <= d + 3) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [begin, end)} ends in an abbreviated title ("… police Const."). */
  static boolean endsInTitle(String text, int begin, int end) {
    List<Tok> words = Tok.of(text, begin, end);
    if (words.isEmpty()) {
      return false;
    }
    Tok lastWord = words.get(words.size() - 1);
    String last = lastWord.lower();
    if (text.substring(lastWord.end(), Math.min(text.length(), end + 2)).strip().startsWith(".")) {
      last = last + "."; // "Lt ." as tokenised text writes it
    }
    return last.endsWith(".")
        && Words.english().abbreviatedTitles.contains(last.substring(0, last.length() - 1));
  }

  /**
   * The sentence before the one holding {@code pos}, as {@code {begin, end}}; null when {@code pos}
   * is in the first sentence or before any.
   */
  int @Nullable [] before(int pos) {
    int i = indexOf(pos);
    return i <= 0 ? null : new int[] {begins[i - 1], ends[i - 1]};
  }

  /** Index of the sentence holding {@code pos} (or the last one starting before it). */
  int indexOf(int pos) {
    return lastAtOrBefore(begins, pos);
  }

  /** The last index of an ascending array whose value is at most {@code pos}, or -1. */
  static int lastAtOrBefore(int[] ascending, int pos) {
    int lo = 0;
    int hi = ascending.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** How many sentences there are. */
  int size() {
    return begins.length;
  }

  int begin(int index) {
    return index < 0 ? 0 : begins[index];
  }

  int end(int index) {
    return index < 0 || index >= ends.length ? length : ends[index];
  }

  int beginAt(int pos) {
    return begin(indexOf(pos));
  }

  int endAt(int pos) {
    int i = indexOf(pos);
    return i < 0 ? length : Math.max(ends[i], Math.min(length, pos + 1));
  }
}
