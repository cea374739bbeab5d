package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UntaggedSurnamesTest {
  private static final Set<String> HONORIFICS = Set.of("ms", "mr", "mr.");

  private static List<String> found(
      String text, Map<String, Integer> firstNamed, List<int[]> taken) {
    return found(text, firstNamed, taken, Set.of());
  }

  private static List<String> found(
      String text, Map<String, Integer> firstNamed, List<int[]> taken, Set<String> titledOnly) {
    return UntaggedSurnames.find(text, firstNamed, taken, HONORIFICS, titledOnly).stream()
        .map(s -> text.substring(s[0], s[1]) + "@" + s[0])
        .toList();
  }

  @Test
  void findsLaterSurnamesOutsideRecognisedNamesWithoutThePossessive() {
    String text = "Dan Okafor runs a depot. Later, Okafor’s team left. Okafor's van stayed.";
    // "Dan Okafor" was recognised at 0-10; the rest were not
    assertThat(found(text, Map.of("okafor", 0), List.of(new int[] {0, 10})))
        .containsExactly(
            "Okafor@" + text.indexOf("Okafor’s"), "Okafor@" + text.indexOf("Okafor's"));
  }

  @Test
  void leavesNamesBeforeTheFullOneJoinedCapitalsCapitalLabelsAndCommonWords() {
    String text =
        "Okafor was quiet. Dan Okafor spoke. Jane Okafor came too. OKAFOR: hello. Price rose as"
            + " the price fell. The manager, Price, said so.";
    Map<String, Integer> first = Map.of("okafor", 18, "price", 18);
    List<int[]> taken = List.of(new int[] {18, 28});
    // a capitalised word that also stands in lower case opens a sentence only as that word
    assertThat(found(text, first, taken)).containsExactly("Price@" + text.lastIndexOf("Price"));
  }

  @Test
  void takesASurnameAfterAnHonorificAndOneThatNamesABodyOnlyThere() {
    String text =
        "Nell Varga founded a choir. The Varga Singers toured. Ms Varga retired; Varga wrote. Mr."
            + " Varga came.";
    List<int[]> taken = List.of(new int[] {0, 10}, new int[] {32, 45});
    // "Ms" is a title, not a given name joined to the surname; "Varga Singers" is a choir, so a
    // bare "Varga" could be either, and only the titled mentions are the person's
    assertThat(found(text, Map.of("varga", 0), taken, Set.of("varga")))
        .containsExactly(
            "Varga@" + text.indexOf("Varga retired"), "Varga@" + text.indexOf("Varga came"));
    assertThat(found(text, Map.of("varga", 0), taken))
        .containsExactly(
            "Varga@" + text.indexOf("Varga retired"),
            "Varga@" + text.indexOf("Varga wrote"),
            "Varga@" + text.indexOf("Varga came"));
  }
}
