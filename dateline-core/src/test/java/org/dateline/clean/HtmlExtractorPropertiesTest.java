package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Extraction;
import org.jsoup.Jsoup;

/** The HTML extractor never throws and never outputs a word that is not in the page's text. */
class HtmlExtractorPropertiesTest {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "<p>",
                "</p>",
                "<div class=\"content\">",
                "<div class=\"share\">",
                "</div>",
                "<a href=\"/x\">",
                "</a>",
                "<nav>",
                "</nav>",
                "<h2>",
                "</h2>",
                "<figure><figcaption>",
                "</figcaption></figure>",
                "<script>var x = 'hidden words';</script>",
                "<br>",
                "<li>",
                "<table><tr><td>",
                "&amp;",
                "&lt;b&gt;",
                "<!-- note -->",
                "<title>",
                "</title>"),
            Arbitraries.strings().withChars("abcdefg XYZ.,;'\"-").ofMaxLength(60),
            Arbitraries.strings().ofMaxLength(30));
    return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void neverThrowsAndNeverInventsWords(@ForAll("pages") String html) {
    Extraction e = extractor.extract(html, "https://example.org/page");
    // jsoup's text() can run two blocks' words together ("<p>a</p><!-- x -->a" gives "aa") where
    // the extractor rightly keeps them apart, so a word must occur in the page's text, not be one.
    String input =
        visible(Jsoup.parse(html).text() + " " + Jsoup.parse(html).title())
            .toLowerCase(Locale.ROOT);
    Set<String> output = words(e.text() + " " + String.join(" ", e.captions()));
    assertThat(output).allSatisfy(w -> assertThat(input).contains(w));
  }

  @Example
  void aZeroWidthSpaceBetweenDigitsInventsNoWord() {
    // the case a run of the property found: jsoup's title() keeps the zero-width space
    neverThrowsAndNeverInventsWords("<p><title>0\u200B0");
  }

  /**
   * The text without the characters jsoup reads as invisible and the extractor drops from words:
   * the soft hyphen and the zero-width space ("0\u200B0" is the word "00").
   */
  private static String visible(String s) {
    return s.replace("\u00AD", "").replace("\u200B", "");
  }

  /** Words of a text, its invisible characters dropped. */
  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(visible(s).toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
