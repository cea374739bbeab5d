package org.dateline.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pairs quotation marks in a text: curly and straight double quotes, {@code ``…''}, guillemets and
 * curly single quotes (told apart from apostrophes by what stands on either side), and straight
 * single quotes in a text that has no double marks.
 *
 * <p>Curly marks say which way they face, so they nest; a straight {@code "} toggles. A quotation
 * left open at the end of a paragraph continues when the next paragraph opens with a mark, as news
 * style writes a quote over several paragraphs, or when the next paragraph's first mark faces back
 * (a writer who did not reopen it, or text set one sentence to a paragraph); it may also run over
 * up to three paragraphs without marks before either happens. Otherwise it is dropped as
 * unbalanced. A mark that opens a line while the one quotation open ended the line before on a full
 * stop reopens it the same way, for paragraphs set one to a line. One linear pass: any text,
 * however unbalanced, costs time in proportion to its length.
 */
final class QuoteMarks {
  private static final String MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB`";

  /** What follows a closing mark set the wrong way: up to three words, then a reporting verb. */
  private static final String ATTRIBUTION =
      "\\s*(?:[\\p{L}.'-]+\\s+){0,3}?"
          + "(?:said|says|told|tells|added|asked|recalled|explained|wrote)\\b";

  /** The most words of a quotation whose closing mark may be typed as an opening one. */
  private static final int SHORT_QUOTE_WORDS = 4;

  /**
   * A {@code ``} typed where {@code ''} was meant: after a comma or a stop, before the reporting
   * verb of the attribution ({@code …wrong , `` Pigeon told}, {@code …party , `` police said},
   * {@code …delivers, ``said Sid Ganis}).
   */
  private static final Pattern BACKTICKS_CLOSE = Pattern.compile("``(?<=[,.?!] ``)" + ATTRIBUTION);

  /**
   * A straight closing mark set apart from the quote and touching the attribution after it ({@code
   * …from appearances, "he said}), as damaged spacing leaves one: it faces back, whatever its
   * spaces say. Only a short attribution that ends there counts ({@code "he said.}, {@code "said
   * Ann Lee}, {@code "a neighbour told the Courier}); a quote may open on a reporting verb ({@code
   * "I've told you before}), on a capitalised pronoun that reports ({@code "He said, 'Lois, who
   * will tell people?'"}) or on "That said," and the like, which report nothing.
   */
  private static final Pattern STRAIGHT_CLOSE =
      Pattern.compile(
          "\"(?<=[,.?!] \")(?:(?:he|she|they)\\s+|(?:a|an|the)\\s+(?:\\p{Ll}[\\p{L}'-]*\\s+){1,2}"
              + "|(?!(?:He|She|They|I|We|You|It|That|This|Enough)\\s)(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,3})?"
              + "(?:said|says|added|told|asked|explained|recalled|wrote)"
              + "(?=\\s*[,.;]|\\s+(?:the\\s+)?\\p{Lu})");

  /**
   * A quoted segment.
   *
   * @param begin first character of the quoted words (inside the marks, trimmed)
   * @param end end of the quoted words, exclusive
   * @param open index of the opening mark
   * @param close index of the closing mark, or the paragraph's end when it runs on
   * @param depth 0 for an outer quotation, 1 or more inside another one
   * @param continued whether the segment continues a quotation from the paragraph before
   */
  record Segment(int begin, int end, int open, int close, int depth, boolean continued) {}

  private enum Family {
    DOUBLE,
    SINGLE
  }

  private record Open(int at, int width, Family family, boolean continued) {}

  List<Segment> find(String text) {
    List<Segment> out = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    boolean carry = false;
    int n = text.length();
    int i = 0;
    boolean paragraphStart = true;
    boolean straightSingles = noDoubleMarks(text);
    // a headline quotes in single marks whatever marks its body uses ("Oduya signs: 'I never
    // stopped believing'")
    int headlineEnd = Headline.end(text);
    Dangling dangling = null;
    int restarted = -1;
    int paragraph = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i)) {
        int end = i;
        settleUnclosed(text, stack, out);
        // a "``" that only restarted a quotation left open ("the `` midnight rules `` set to …")
        // is as likely a typo for a closing mark: it never runs over paragraphs
        if (stack.size() == 1 && mayDangle(text, stack.peek().at) && stack.peek().at != restarted) {
          abandon(dangling, text, out);
          dangling = new Dangling(stack.peek(), end);
        } else if (dangling != null) {
          if (stack.isEmpty() && dangling.mayRunOver(text, paragraph, end)) {
            dangling.runOver(paragraph, end);
          } else {
            abandon(dangling, text, out);
            dangling = null;
          }
        }
        carry = closeParagraph(text, stack, end, out);
        if (!carry && dangling != null && !dangling.quiet.isEmpty() && opensNext(text, end)) {
          // "…loved ones.⏎This is the least we can do.⏎"To those …": the quotation ran over
          // paragraphs without marks until the next one reopened it
          dangling.emit(text, out);
          carry = true;
        }
        dangling = carry ? null : dangling;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        paragraph = i;
        paragraphStart = true;
        continue;
      }
      int width = 1;
      if (c == '`' && i + 1 < n && text.charAt(i + 1) == '`') {
        width = 2;
        boolean closes =
            BACKTICKS_CLOSE.matcher(text).region(i, n).useTransparentBounds(true).lookingAt()
                || endsTouchingQuote(text, stack, i)
                || closesShortQuote(text, stack, i);
        if (closes && dangling != null && stack.isEmpty()) {
          dangling.close(text, paragraph, i, out); // "…wrong , `` Pigeon told …": a typo
          dangling = null;
        } else {
          boolean again = restart(text, stack, i, out);
          if (!again || !closes) {
            push(stack, i, width, Family.DOUBLE, carry && paragraphStart);
            restarted = again ? i : restarted;
          }
        }
      } else if (c == '\'' && i + 2 < n && text.startsWith("''", i + 1)) {
        // "...50 people?''' Howard said": the single mark closing a nested quotation comes first,
        // and the two after it close the double one
      } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
        width = 2;
        if (!hasOpen(stack, Family.DOUBLE) && opensDouble(text, i, width)) {
          push(stack, i, width, Family.DOUBLE, carry && paragraphStart);
        } else if (dangling != null && stack.isEmpty()) {
          dangling.close(text, paragraph, i, out);
          dangling = null;
        } else {
          pop(text, stack, i, out, Family.DOUBLE);
        }
      } else if ((c == '"' || c == '\u201C') && reopensLine(text, stack, i)) {
        Open o = stack.pop();
        int end = lineBreakBefore(text, i);
        add(text, o, end, end, 0, out);
        push(stack, i, width, Family.DOUBLE, true);
      } else if ((c == '"' || c == '\u201C') && reopensSentence(text, stack, i, out)) {
        Open o = stack.pop();
        int end = spaceBefore(text, i);
        add(text, o, end, end, 0, out);
        push(stack, i, width, Family.DOUBLE, true);
      } else if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
        push(stack, i, width, Family.DOUBLE, carry && paragraphStart);
      } else if (c == '\u201D' && !hasOpen(stack, Family.DOUBLE) && facesForward(text, i)) {
        // "⏎”We've found …": a closing mark set where an opening one belongs
        abandon(dangling, text, out);
        dangling = null;
        push(stack, i, width, Family.DOUBLE, carry && paragraphStart);
      } else if ((c == '\u201D' || c == '\u00BB') && dangling != null && stack.isEmpty()) {
        dangling.close(text, paragraph, i, out);
        dangling = null;
      } else if (c == '\u201D' || c == '\u00BB') {
        pop(text, stack, i, out, Family.DOUBLE);
      } else if (c == '"'
          && dangling != null
          && stack.isEmpty()
          && (facesBack(text, i) || closesTouching(text, i))) {
        dangling.close(text, paragraph, i, out);
        dangling = null;
      } else if (c == '"' && stack.isEmpty() && closesTouching(text, i)) {
        // a closing mark with nothing open: opening a quotation here would put the rest out of step
      } else if (c == '"') {
        abandon(dangling, text, out);
        dangling = null;
        // a straight mark closes a curly one when it faces back: “They drive too fast," he said
        if (!stack.isEmpty()
            && stack.peek().family == Family.DOUBLE
            && (text.charAt(stack.peek().at) == '"'
                || facesBack(text, i)
                || closesTouching(text, i))) {
          pop(text, stack, i, out, Family.DOUBLE);
        } else {
          push(stack, i, width, Family.DOUBLE, carry && paragraphStart);
        }
      } else if ((c == '\u2018' || c == '\'' && straightSingles) && opensSingle(text, i)
          || c == '\'' && i < headlineEnd && opensSingle(text, i) && closedOnLine(text, i)) {
        push(stack, i, width, Family.SINGLE, carry && paragraphStart);
      } else if ((c == '\u2019' || c == '\'' && (straightSingles || i < headlineEnd))
          && closesSingle(text, i)
          && hasOpen(stack, Family.SINGLE)
          && !pluralPossessive(text, i)) {
        pop(text, stack, i, out, Family.SINGLE);
      }
      if (!Character.isWhitespace(c)) {
        paragraphStart = false;
      }
      i += width;
    }
    settleUnclosed(text, stack, out);
    if (stack.size() == 1 && mayDangle(text, stack.peek().at)) {
      abandon(new Dangling(stack.peek(), n), text, out);
    }
    if (dangling != null && stack.isEmpty()) {
      if (!text.substring(Math.min(paragraph, n)).isBlank()
          && dangling.mayRunOver(text, paragraph, n)) {
        dangling.runOver(paragraph, n); // the last paragraph, when it has no marks
      }
      abandon(dangling, text, out);
    }
    closeParagraph(text, stack, n, out);
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return out;
  }

  /**
   * Whether the mark at {@code i} reopens, on a new line, the one quotation left open at the end of
   * a line that closed a sentence: a quote run over paragraphs set one to a line, with no blank
   * line between them ({@code "…better.⏎"But…," he added}).
   */
  private static boolean reopensLine(String text, Deque<Open> stack, int i) {
    if (stack.size() != 1
        || text.charAt(stack.peek().at) != text.charAt(i)
        || i + 1 >= text.length()
        || !Character.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    int nl = lineBreakBefore(text, i);
    if (nl < 0 || nl <= stack.peek().at) {
      return false;
    }
    int j = nl - 1;
    while (j > stack.peek().at && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return ".?!".indexOf(text.charAt(j)) >= 0;
  }

  /**
   * Whether the straight or curly mark at {@code i} opens a new sentence's quotation while the one
   * quotation open, under the same mark, has not been closed: it follows a sentence's end and a
   * space, and touches the word it opens ({@code …burned down. "Otherwise, it was…}), as when
   * paragraphs of one quote run together on a line. Toggling would close the open quotation there
   * and open one at the next mark, putting every quote after it out of step; nesting would hold
   * every quotation after it inside the first. A curly mark that already holds a double-marked
   * quotation is a stray ("“The “Mean Girls” star …"), which {@link #settleUnclosed} drops.
   */
  private static boolean reopensSentence(String text, Deque<Open> stack, int i, List<Segment> out) {
    if (stack.size() != 1
        || text.charAt(stack.peek().at) != text.charAt(i)
        || !facesForward(text, i)
        || !doubleMarkedInside(text, out, stack.peek().at).isEmpty()) {
      return false;
    }
    int end = spaceBefore(text, i);
    return end > stack.peek().at + 1 && end < i && ".?!".indexOf(text.charAt(end - 1)) >= 0;
  }

  /** Where the spaces (not line breaks) just before {@code i} begin. */
  private static int spaceBefore(String text, int i) {
    int j = i;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  /**
   * Whether the {@code ``} at {@code i} is a typo for the closing mark of the {@code ``} quotation
   * open: it stands apart after a sentence's end ({@code …that's why she's eternal. `` Early years
   * …}) where that quotation's mark touched its first word ({@code ``Like James Dean}). In text
   * whose opening marks stand apart ({@code `` We}) such a mark still opens a quotation.
   */
  private static boolean endsTouchingQuote(String text, Deque<Open> stack, int i) {
    if (stack.size() != 1 || !text.startsWith("``", stack.peek().at)) {
      return false;
    }
    int open = stack.peek().at;
    return open + 2 < text.length()
        && !Character.isWhitespace(text.charAt(open + 2))
        && i >= 2
        && text.charAt(i - 1) == ' '
        && ".?!".indexOf(text.charAt(i - 2)) >= 0
        && i + 2 < text.length()
        && text.charAt(i + 2) == ' ';
  }

  /**
   * Whether the {@code ``} at {@code i}, set apart before and touching the word after, is a typo
   * for the closing mark of a short {@code ``} quotation open on the same line, as when both touch
   * their words: {@code ``Hot pursuit ``empowers the navy}, {@code ``Twilight ``author}, {@code
   * ``The Boy From Oz. ``Jackman has}. The word after must be in lower case, or the short quotation
   * a capitalised name of two words or more; {@code ``No. ``Yes,''} still opens anew.
   */
  private static boolean closesShortQuote(String text, Deque<Open> stack, int i) {
    if (stack.size() != 1 || !text.startsWith("``", stack.peek().at)) {
      return false;
    }
    int open = stack.peek().at + 2;
    if (open >= i
        || Character.isWhitespace(text.charAt(open))
        || text.charAt(i - 1) != ' '
        || i + 2 >= text.length()
        || !Character.isLetter(text.charAt(i + 2))) {
      return false;
    }
    String inside = text.substring(open, i).strip();
    String[] words = inside.split(" ");
    if (inside.isEmpty() || words.length > SHORT_QUOTE_WORDS || inside.indexOf('\n') >= 0) {
      return false;
    }
    boolean name = words.length > 1;
    for (String w : words) {
      name &= Character.isUpperCase(w.charAt(0));
    }
    return Character.isLowerCase(text.charAt(i + 2)) || name;
  }

  /** The line break just before {@code i} with only spaces between, or -1. */
  private static int lineBreakBefore(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j >= 0 && text.charAt(j) == '\n' ? j : -1;
  }

  private static boolean blankLineAt(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static void push(Deque<Open> stack, int at, int width, Family family, boolean continued) {
    if (stack.size() < 8) {
      stack.push(new Open(at, width, family, continued));
    }
  }

  /**
   * A {@code ``} while another {@code ``} is open means the first one was never closed: it ends
   * where the new one starts, as the writer evidently meant. Returns whether one ended.
   */
  private static boolean restart(String text, Deque<Open> stack, int at, List<Segment> out) {
    if (stack.size() == 1 && text.startsWith("``", stack.peek().at)) {
      Open o = stack.pop();
      add(text, o, at, at, 0, out);
      return true;
    }
    return false;
  }

  private static boolean opensDouble(String text, int i, int width) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    boolean after = i + width < text.length() && !Character.isWhitespace(text.charAt(i + width));
    return before && after;
  }

  /**
   * Whether a straight mark faces back, closing rather than opening: it follows punctuation or
   * touches the word before, and no word touches it after ({@code biodiversity," said}, or {@code
   * biodiversity , " said} in tokenised text).
   */
  private static boolean facesBack(String text, int i) {
    if (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    int j = i - 1;
    boolean spaced = j >= 0 && text.charAt(j) == ' ';
    if (spaced) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    char before = text.charAt(j);
    if (Character.isDigit(before)) {
      return false; // an inch mark: 6.7"
    }
    return ",.!?;:".indexOf(before) >= 0 || !spaced && !Character.isWhitespace(before);
  }

  private static boolean closesTouching(String text, int i) {
    return STRAIGHT_CLOSE
        .matcher(text)
        .region(i, text.length())
        .useTransparentBounds(true)
        .lookingAt();
  }

  /**
   * Whether a mark left open at a paragraph's end may still close in the next one: a curly or
   * angled opening mark, which cannot be mistaken for a closing one, or a straight mark that
   * touches the word it opens, as in {@code "As the}.
   */
  private static boolean mayDangle(String text, int i) {
    char c = text.charAt(i);
    if (onlyOpens(c)) {
      return true; // marks that face forward; a lone '`' never reaches the stack
    }
    return c == '"'
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1));
  }

  /**
   * A quotation left open at a paragraph's end whose next paragraph opens with no mark, as text set
   * one sentence to a paragraph splits a quote, or a writer who did not reopen it. It closes at the
   * first mark that faces back, or runs to the end of the paragraphs without marks after it when
   * the next one reopens it; anything else drops it.
   */
  private static final class Dangling {
    private static final int MAX_QUIET = 3;
    final Open open;
    final int end;
    // the paragraphs since, without marks, that the quotation runs over: {begin, end}
    final List<int[]> quiet = new ArrayList<>();

    Dangling(Open open, int end) {
      this.open = open;
      this.end = end;
    }

    /** Whether the quotation may run on over {@code text[from, to)}: a paragraph with no marks. */
    boolean mayRunOver(String text, int from, int to) {
      if (quiet.size() >= MAX_QUIET) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if (MARKS.indexOf(text.charAt(k)) >= 0 || text.startsWith("''", k)) {
          return false;
        }
      }
      return true;
    }

    /** Runs the quotation on over the paragraph {@code [from, to)}. */
    void runOver(int from, int to) {
      quiet.add(new int[] {from, to});
    }

    void emit(String text, List<Segment> out) {
      add(text, open, end, end, 0, out);
      for (int[] q : quiet) {
        add(text, new Open(q[0], 0, Family.DOUBLE, true), q[1], q[1], 0, out);
      }
    }

    /** Closes the quotation at the mark {@code close} of the paragraph opening at {@code from}. */
    void close(String text, int from, int close, List<Segment> out) {
      emit(text, out);
      add(text, new Open(from, 0, Family.DOUBLE, true), close, close, 0, out);
    }
  }

  /**
   * Gives up a quotation left open: its first paragraph stands as a quotation of its own when it
   * ends a sentence, as a writer who forgot the closing mark leaves it ("the agency said, "The
   * company is under investigation.⏎The department's website …"). After paragraphs without marks
   * only a mark that can do nothing but open (“, ``) and that opens a sentence is trusted that far:
   * a straight one may have closed something, and one inside a sentence is as likely a stray or a
   * title's mark set the wrong way round. Null does nothing.
   */
  private static void abandon(@Nullable Dangling d, String text, List<Segment> out) {
    if (d != null
        && (d.quiet.isEmpty()
            || onlyOpens(text.charAt(d.open.at)) && endsSentence(text, d.open.at, true))
        && endsSentence(text, d.end, false)) {
      add(text, d.open, d.end, d.end, 0, out);
    }
  }

  private static boolean onlyOpens(char mark) {
    return mark == '\u201C' || mark == '\u201E' || mark == '\u00AB' || mark == '`';
  }

  /**
   * Whether the last non-space character before {@code end} closes a sentence; with {@code
   * orStart}, also when there is none or it is a colon (what follows opens a sentence).
   */
  private static boolean endsSentence(String text, int end, boolean orStart) {
    int j = end - 1;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j < 0 ? orStart : ".!?".indexOf(text.charAt(j)) >= 0 || orStart && text.charAt(j) == ':';
  }

  /** Whether the mark at {@code i} stands before a word, after a space or at the start. */
  private static boolean facesForward(String text, int i) {
    return (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean hasOpen(Deque<Open> stack, Family family) {
    for (Open o : stack) {
      if (o.family == family) {
        return true;
      }
    }
    return false;
  }

  private static void pop(String text, Deque<Open> stack, int close, List<Segment> out, Family f) {
    while (!stack.isEmpty()) {
      Open o = stack.pop();
      if (o.family == f) {
        add(text, o, close, close, stack.size(), out);
        return;
      }
    }
  }

  /** Ends a paragraph; returns whether a quotation runs on into the next one. */
  private static boolean closeParagraph(
      String text, Deque<Open> stack, int end, List<Segment> out) {
    boolean runsOn = false;
    boolean nextOpens = opensNext(text, end);
    while (!stack.isEmpty()) {
      Open o = stack.pop();
      if (stack.isEmpty() && nextOpens && o.family == Family.DOUBLE) {
        add(text, o, end, end, 0, out);
        runsOn = true;
      }
    }
    return runsOn;
  }

  /**
   * Settles the one double mark left open at a paragraph's end when whole double-marked quotations
   * stand inside it, as a quotation that runs on nests its quotations in single marks, and one at
   * most. When the first one opens a sentence ("“We left. “It burned,” she said"), the open mark
   * was never closed and ends there; otherwise it is a stray ("“The “Mean Girls” star …") and is
   * dropped. Either way, the quotations inside stand as outer ones.
   */
  private static void settleUnclosed(String text, Deque<Open> stack, List<Segment> out) {
    if (stack.size() != 1 || stack.peek().family != Family.DOUBLE) {
      return;
    }
    List<Segment> held = doubleMarkedInside(text, out, stack.peek().at);
    if (held.size() < 2) {
      return; // one may be a quotation's own quoted words (end the “what's next?” talk)
    }
    int inner = held.stream().mapToInt(Segment::open).min().orElseThrow();
    Open o = stack.pop();
    lift(out, o.at);
    if (endsSentence(text, inner, false)) {
      add(text, o, inner, inner, 0, out);
    }
  }

  /**
   * The double-marked quotations nested in the mark still open at {@code at}, last found first: all
   * were found after it, so they are the last ones found.
   */
  private static List<Segment> doubleMarkedInside(String text, List<Segment> out, int at) {
    List<Segment> held = new ArrayList<>();
    for (int k = out.size() - 1; k >= 0 && out.get(k).open > at; k--) {
      Segment s = out.get(k);
      if (s.depth > 0 && "\u2018'".indexOf(text.charAt(s.open)) < 0) {
        held.add(s);
      }
    }
    return held;
  }

  /** Raises by one level the quotations nested inside the dropped mark at {@code at}. */
  private static void lift(List<Segment> out, int at) {
    for (int k = out.size() - 1; k >= 0 && out.get(k).open > at; k--) {
      Segment s = out.get(k);
      if (s.depth > 0) {
        out.set(k, new Segment(s.begin, s.end, s.open, s.close, s.depth - 1, s.continued));
      }
    }
  }

  /** Whether the paragraph after {@code end} opens with a quotation mark. */
  private static boolean opensNext(String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && opensQuote(text, next);
  }

  private static boolean opensQuote(String text, int i) {
    char c = text.charAt(i);
    return c == '"'
        || c == '\u201C'
        || c == '\u201E'
        || c == '\u00AB'
        || (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`');
  }

  private static void add(
      String text, Open o, int contentEnd, int close, int depth, List<Segment> out) {
    int b = o.at + o.width;
    int e = contentEnd;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Segment(b, e, o.at, close, depth, o.continued));
    }
  }

  /**
   * Whether the text quotes with no double marks at all, as British news often does with straight
   * single ones ('It's over,' he said); only then does a straight {@code '} that stands where a
   * quotation can open or close count as a mark rather than an apostrophe.
   */
  private static boolean noDoubleMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '`' || c == '\u00AB') {
        return false;
      }
    }
    return true;
  }

  /** Whether a straight single mark after {@code i} and on its line may close a quotation. */
  private static boolean closedOnLine(String text, int i) {
    for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
      if (text.charAt(j) == '\'' && closesSingle(text, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensSingle(String text, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  /**
   * Whether the mark at {@code i} is the apostrophe of a plural possessive inside a single-quoted
   * quotation ("‘The farmers’ union agrees.’"): it follows an "s", the sentence goes on after it,
   * and the same mark closes the quotation later in the paragraph, before any other opens.
   */
  private static boolean pluralPossessive(String text, int i) {
    if (text.charAt(i - 1) != 's'
        || i + 2 >= text.length()
        || text.charAt(i + 1) != ' '
        || !Character.isLetter(text.charAt(i + 2))) {
      return false;
    }
    char mark = text.charAt(i);
    char opening = mark == '\'' ? '\'' : '\u2018';
    for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
      if (text.charAt(j) == opening && opensSingle(text, j)) {
        return false; // the later mark closes a quotation of its own: "‘Bells’ … ‘Nadia’"
      }
      if (text.charAt(j) == mark && closesSingle(text, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the single mark at {@code i} may close a quotation: it touches the word before and no
   * word after; or, a curly one, it stands alone after a stop ({@code roundabout. ’ When}), as a
   * sentence splitter leaves the mark that ends a nested quotation, where no apostrophe stands.
   */
  private static boolean closesSingle(String text, int i) {
    boolean before =
        i > 0 && !Character.isWhitespace(text.charAt(i - 1))
            || text.charAt(i) == '\u2019'
                && i > 1
                && text.charAt(i - 1) == ' '
                && ".?!".indexOf(text.charAt(i - 2)) >= 0;
    boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }
}
