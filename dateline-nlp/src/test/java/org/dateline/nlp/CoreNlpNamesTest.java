package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dateline.extract.NameFinder;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter on tokenised text, where every full stop stands apart from its word. */
class CoreNlpNamesTest {

  @Test
  void aSpacedStopMovesToItsInitialOrTitleAndEveryOffsetHolds() {
    String tokenised = "said Lt . Odile K . Brannigan . The pier is shut at 5 p . m . Monday .";
    String glued = CoreNlpNames.touchingStops(tokenised);
    assertThat(glued)
        .hasSameSizeAs(tokenised)
        .isEqualTo("said Lt.  Odile K.  Brannigan . The pier is shut at 5 p . m . Monday .");
  }

  @Test
  void aMiddleInitialSetApartNoLongerSplitsTheNameOrTheSentence() {
    String text = "\u201C The pier is shut , \u201D Odile K . Brannigan said on Monday .";
    NameFinder.Layers layers = new CoreNlpNames().find(text);
    assertThat(layers.sentences()).hasSize(1);
    assertThat(layers.names())
        .filteredOn(n -> n.type() == EntityType.PERSON)
        .extracting(NameFinder.Name::text)
        .containsExactly("Odile K . Brannigan");
  }

  @Test
  void aPersonsNameRunsOverASpacedHyphenButATitlesSeparatorDoesNot() {
    String text = "IMF chief Marie Laurent - Blanc spoke . Best Ferry - Nordic Star";
    List<NameFinder.Name> names =
        List.of(
            new NameFinder.Name(10, 23, "Marie Laurent", EntityType.PERSON),
            new NameFinder.Name(26, 31, "Blanc", EntityType.PERSON),
            new NameFinder.Name(40, 50, "Best Ferry", EntityType.ORGANIZATION),
            new NameFinder.Name(53, 64, "Nordic Star", EntityType.ORGANIZATION));
    assertThat(CoreNlpNames.acrossSpacedHyphens(text, names))
        .extracting(NameFinder.Name::text)
        .containsExactly("Marie Laurent - Blanc", "Best Ferry", "Nordic Star");
  }

  @Test
  void namesAtBothEndsOfALongSentenceAreFoundAcrossTheWordsTheRecogniserSkips() {
    String text =
        "Odile Brannigan said on the pier that the ferry would not sail again until the storm"
            + " had passed and the harbour wall had been checked by the engineers who had come down"
            + " from the north, and then she met Marcus Feld in Lyon.";
    NameFinder.Layers layers = new CoreNlpNames().find(text);
    assertThat(layers.sentences()).hasSize(1);
    assertThat(layers.names())
        .extracting(NameFinder.Name::text, NameFinder.Name::type)
        .containsExactly(
            tuple("Odile Brannigan", EntityType.PERSON),
            tuple("Marcus Feld", EntityType.PERSON),
            tuple("Lyon", EntityType.LOCATION));
    for (NameFinder.Name n : layers.names()) {
      assertThat(text.substring(n.begin(), n.end())).isEqualTo(n.text());
    }
  }

  @Test
  void aNameEndsAtALineBreakSoAHeadingAndTheParagraphUnderItStayTwoMentions() {
    String text = "7. Odile Brannigan\nOdile Brannigan (born 1961, Lyon) photographs harbours.";
    NameFinder.Layers layers = new CoreNlpNames().find(text);
    assertThat(layers.names())
        .filteredOn(n -> n.type() == EntityType.PERSON)
        .extracting(NameFinder.Name::text)
        .containsExactly("Odile Brannigan", "Odile Brannigan");
  }
}
