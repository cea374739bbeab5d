package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** Which person a page's byline names; the recogniser's spans are given by hand here. */
class FrameTest {
  private final EntityResolver resolver = new EntityResolver(Words.english(), GivenNames.NONE);

  private Frame frame(String text, String... people) {
    List<NameFinder.Name> names =
        Arrays.stream(people)
            .map(
                p -> {
                  int at = text.indexOf(p);
                  return new NameFinder.Name(at, at + p.length(), p, EntityType.PERSON);
                })
            .toList();
    Mentions mentions = resolver.resolve(text, names, new QuoteMarks().find(text));
    Sentences sentences = new Sentences(List.of(new NameFinder.Span(0, text.length())), text);
    return new Frame(text, sentences, mentions, List.of());
  }

  @Test
  void aBylineNamesTheWriterRightAfterBy() {
    Frame f = frame("Bridge shut\n\nBy Marcus Vell, City Desk\n\nThe bridge shut.", "Marcus Vell");
    Entity writer = f.writer();
    assertThat(writer).isNotNull();
    assertThat(writer.name()).isEqualTo("Marcus Vell");
  }

  @Test
  void aParagraphOpeningWithByAndATimeNamesNoWriter() {
    Frame f =
        frame(
            "Shares slide\n\nBy Sunday evening Anton Krell's company had issued a statement"
                + " calling the post his own view.",
            "Anton Krell");
    assertThat(f.writer()).isNull();
  }
}
