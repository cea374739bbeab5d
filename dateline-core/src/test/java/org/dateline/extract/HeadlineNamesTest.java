package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.Published;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A title-cased headline that the recogniser reads as a body's name; the recogniser's spans and
 * sentences are given by hand here, as CoreNLP gave them on such a page.
 */
class HeadlineNamesTest {

  /** A recogniser that finds the given bodies wherever they stand, one sentence per paragraph. */
  private static NameFinder bodies(String... names) {
    return text -> {
      List<NameFinder.Name> found = new ArrayList<>();
      for (String n : names) {
        int at = text.indexOf(n);
        found.add(new NameFinder.Name(at, at + n.length(), n, EntityType.ORGANIZATION));
      }
      found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
      List<NameFinder.Span> sentences = new ArrayList<>();
      int from = 0;
      for (int end = text.indexOf("\n\n"); end >= 0; end = text.indexOf("\n\n", from)) {
        sentences.add(new NameFinder.Span(from, end));
        from = end + 2;
      }
      sentences.add(new NameFinder.Span(from, text.length()));
      return new NameFinder.Layers(sentences, found);
    };
  }

  @Test
  void theLabelIsNoBodyOnlyATitleCasedHeadlineNamed() {
    String text =
        "Drummer Takes Label To Court\n\nThe drummer has sued Crestline Records over lost master"
            + " tapes.\n\nIn a statement, the label said it \"takes the care of its archive"
            + " seriously.\"";
    List<Quote> quotes =
        new Extractor(bodies("Label To Court", "Crestline Records"))
            .read(text, Published.unknown())
            .quotes();
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Crestline Records");
  }
}
