package org.dateline.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HouseStyleTest {

  private final HouseStyle style = HouseStyle.english();

  @Test
  void foldsPercentSpellings() {
    String a = style.normalise("Sales of kettles rose 12 per cent in March.");
    assertThat(style.normalise("Sales of kettles rose 12% in March")).isEqualTo(a);
    assertThat(style.normalise("Sales of kettles rose 12 percent in March")).isEqualTo(a);
  }

  @Test
  void dropsHonorificsQuotesAndCase() {
    assertThat(style.normalise("“We are ready,” Mr. Okafor told reporters."))
        .isEqualTo(style.normalise("\"We are ready,\" Okafor told reporters"))
        .isEqualTo("we are ready okafor told reporters");
    assertThat(style.normalise("Dr Lindqvist’s team"))
        .isEqualTo(style.normalise("Lindqvist's team"));
  }

  @Test
  void mapsBritishSpellingToAmerican() {
    assertThat(style.normalise("The colour of the harbour centre was organised by the council"))
        .isEqualTo(style.normalise("The color of the harbor center was organized by the council"));
    assertThat(style.normalise("They travelled to analyse the programme's defence"))
        .isEqualTo(style.normalise("They traveled to analyze the program's defense"));
  }

  @Test
  void leavesOrdinaryWordsAlone() {
    assertThat(style.normalise("Four hours on tour, your turn to rise"))
        .isEqualTo("four hours on tour your turn to rise");
  }

  @Test
  void collapsesAbbreviationStopsAndNumberSeparators() {
    assertThat(style.normalise("The U.S. sent 5,000 crates")).isEqualTo("the us sent 5000 crates");
  }

  @Test
  void emptyAndPunctuationOnlyGiveEmpty() {
    assertThat(style.normalise("")).isEmpty();
    assertThat(style.normalise(" ... ‘’ !")).isEmpty();
    assertThat(style.words("—")).isEmpty();
  }
}
