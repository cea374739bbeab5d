package org.dateline.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbTextTest {

  private static List<String> tokens(String spaced) {
    return Arrays.asList(spaced.split(" "));
  }

  @Test
  void punctuationCliticsAndCurrencyLoseTheirSpaces() {
    String text =
        EcbText.join(
            List.of(
                tokens(
                    "The ferry 's owner ( a firm ) paid $ 4 million , or 12 % more ; it did n't say why .")));
    assertThat(text)
        .isEqualTo("The ferry's owner (a firm) paid $4 million, or 12% more; it didn't say why.");
  }

  @Test
  void hyphensSlashesDigitsAndInitialsJoin() {
    String text =
        EcbText.join(
            List.of(
                tokens(
                    "A 7 - year - old rode 3 . 5 km / h at 10 : 45 past the U . S . post , $1 , 200 at 9 a . m . sharp")));
    assertThat(text)
        .isEqualTo(
            "A 7-year-old rode 3.5 km/h at 10:45 past the U.S. post, $1,200 at 9 a.m. sharp");
  }

  @Test
  void straightMarksOpenAndCloseInTurn() {
    String text =
        EcbText.join(List.of(tokens("\" We are ready , \" Ola Berg said , \" quite ready . \"")));
    assertThat(text).isEqualTo("\"We are ready,\" Ola Berg said, \"quite ready.\"");
  }

  @Test
  void curlyAndDoubledMarksAndApostrophes() {
    String text =
        EcbText.join(
            List.of(
                tokens(
                    "“ Fine , ” she said of the crew ’ s ‘ Blue Moon ’ plan and the pilots ' union ."),
                tokens("`` Go , '' he said .")));
    assertThat(text)
        .isEqualTo(
            "“Fine,” she said of the crew’s ‘Blue Moon’ plan and the pilots' union.\n\n``Go,'' he said.");
  }

  @Test
  void aSentenceEndingInsideAQuotationStaysInItsParagraph() {
    String text =
        EcbText.join(
            List.of(
                tokens("She said : \" The road is shut ."),
                tokens("Nobody goes in . \""),
                tokens("Police agreed .")));
    assertThat(text).isEqualTo("She said: \"The road is shut. Nobody goes in.\"\n\nPolice agreed.");
  }
}
