package org.dateline.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.bench.events.EcbCorpus;

/**
 * An ECB+ document as readable text, rebuilt from its tokens the way the page set them: no space
 * before closing punctuation, a clitic or a closing mark, none after an opening mark or a currency
 * sign, none around a hyphen or a slash, and digits split at a point, colon or comma joined again.
 * Each sentence is a paragraph of its own, except that a sentence ending inside a quotation goes on
 * in the same paragraph (the tokens keep no paragraph breaks, and a quotation rarely spans one).
 *
 * <p>The quotation dev set's offsets count in this text, so a change here moves them: the
 * annotation tools dump the texts with {@link #main}.
 */
final class EcbText {
  private static final Path ROOT = Path.of("../shared/bench/events/ecbplus-dev");

  private static final Set<String> CLOSING =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "n't", "’", "'");
  private static final Set<String> OPENING = Set.of("(", "[", "{", "$", "#", "``", "`", "“", "‘");
  private static final Set<String> JOINING = Set.of("-", "/");
  private static final Pattern CLITIC =
      Pattern.compile("['’](s|re|ll|ve|d|m|t)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*\\d");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private EcbText() {}

  /** The text of the CAT XML file {@code name} ("1_10ecbplus.xml") of the dev topics. */
  static String read(String name) throws IOException {
    Path file = ROOT.resolve(name.substring(0, name.indexOf('_'))).resolve(name);
    return join(EcbCorpus.sentences(file).values());
  }

  /** Sentences of tokens as text. */
  static String join(Iterable<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    boolean straight = false; // a straight double mark is open
    int pairs = 0; // `` and “ opened and not yet closed
    for (List<String> tokens : sentences) {
      if (text.length() > 0) {
        text.append(straight || pairs > 0 ? " " : "\n\n");
      }
      String twoBefore = "";
      String before = "";
      boolean beforeOpens = false;
      for (String token : tokens) {
        boolean closes = token.equals("\"") && straight;
        boolean opens = token.equals("\"") ? !straight : OPENING.contains(token);
        if (!before.isEmpty() && !beforeOpens && !closes && spaced(twoBefore, before, token)) {
          text.append(' ');
        }
        text.append(token);
        straight ^= token.chars().filter(c -> c == '"').count() % 2 == 1;
        pairs += token.equals("``") || token.equals("“") ? 1 : 0;
        pairs -= (token.equals("''") || token.equals("”")) && pairs > 0 ? 1 : 0;
        twoBefore = before;
        before = token;
        beforeOpens = opens;
      }
    }
    return text.toString();
  }

  private static boolean spaced(String twoBefore, String before, String token) {
    if (CLOSING.contains(token) || CLITIC.matcher(token).matches() || JOINING.contains(token)) {
      return false;
    }
    if (JOINING.contains(before)) {
      return false;
    }
    if (before.equals("’") || before.equals("'")) {
      return !CLITIC.matcher(before + token).matches();
    }
    if (ENDS_IN_DIGIT.matcher(twoBefore).matches() && DIGITS.matcher(token).matches()) {
      return !(before.equals(".")
          || before.equals(":")
          || before.equals(",") && token.length() == 3);
    }
    return !(before.equals(".")
        && LETTER.matcher(twoBefore).matches()
        && LETTER.matcher(token).matches());
  }

  /** Writes the text of each named file to {@code DIR/NAME.txt} (without ".xml"). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      String name = args[i].endsWith(".xml") ? args[i] : args[i] + ".xml";
      Files.writeString(
          dir.resolve(name.replace(".xml", ".txt")), read(name), StandardCharsets.UTF_8);
    }
  }
}
