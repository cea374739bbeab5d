package org.dateline.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

  // A made-up wire story, as one British outlet printed it.
  private static final String[] WIRE_UK = {
    "The port authority of Velmora said on Tuesday that grain exports rose 14 per cent in the"
        + " first quarter, the strongest start to a year since the harbour was rebuilt.",
    "Mr Halvorsen, the authority's chief, told reporters that new cranes had cut loading times"
        + " by a third.",
    "“We have never moved this much wheat in so short a time,” he said.",
    "Shipping agents had criticised the harbour for long queues last winter, when storms closed"
        + " the centre channel for nine days.",
    "The authority plans to open a second terminal in 2027 at a cost of 310 million crowns.",
    "Farmers' groups welcomed the figures but warned that rail links to the coast remained"
        + " overloaded."
  };

  // The same wire story in an American outlet's house style, lightly edited, plus its own line.
  private static final String[] WIRE_US = {
    "The port authority of Velmora said Tuesday that grain exports rose 14% in the first quarter,"
        + " the strongest start to a year since the harbor was rebuilt.",
    "Halvorsen, the authority's chief, told reporters that new cranes had cut loading times by a"
        + " third.",
    "\"We have never moved this much wheat in so short a time,\" he said.",
    "Shipping agents had criticized the harbor for long queues last winter, when storms closed the"
        + " center channel for nine days.",
    "The authority plans to open a second terminal in 2027 at a cost of 310 million crowns.",
    "Farmers' groups welcomed the figures but warned that rail links to the coast remained"
        + " overloaded."
  };

  @Test
  void sameWireTextInTwoHouseStylesIsADuplicate() {
    CopyDetector detector = CopyDetector.withDefaults();
    assertThat(detector.add(Articles.of("uk", WIRE_UK))).isEmpty();
    List<CopyPair> pairs = detector.add(Articles.of("us", WIRE_US));
    assertThat(pairs).hasSize(1);
    CopyPair pair = pairs.get(0);
    assertThat(pair.a()).isEqualTo("uk");
    assertThat(pair.b()).isEqualTo("us");
    assertThat(pair.kind()).isEqualTo(CopyKind.DUPLICATE);
    assertThat(pair.sharedSentences()).isEqualTo(6);
  }

  @Test
  void rewrittenVersionReportsWhatEachSideAdded() {
    List<String> edited = new ArrayList<>(List.of(WIRE_US).subList(0, 4));
    edited.add("Local officials in the inland province said the boom had not reached them yet.");
    edited.add("A spokeswoman for the rail operator declined to comment on the delays.");
    edited.add("Velmora's currency was steady against the euro on the news.");
    CopyDetector detector = CopyDetector.withDefaults();
    detector.add(Articles.of("uk", WIRE_UK));
    List<CopyPair> pairs = detector.add(Articles.of("local", edited.toArray(String[]::new)));
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).kind()).isEqualTo(CopyKind.VERSION);
    assertThat(pairs.get(0).sharedSentences()).isEqualTo(4);
    assertThat(pairs.get(0).addedByA()).hasSize(2);
    assertThat(pairs.get(0).addedByB()).hasSize(3).first().asString().startsWith("Local officials");
  }

  @Test
  void shortExtractOfALongStoryIsAnExcerpt() {
    List<String> longer = new ArrayList<>(List.of(WIRE_UK));
    for (int i = 0; i < 8; i++) {
      longer.add("Background paragraph number " + i + " recalls the history of the old docks.");
    }
    CopyDetector detector = CopyDetector.withDefaults();
    detector.add(Articles.of("long", longer.toArray(String[]::new)));
    List<CopyPair> pairs =
        detector.add(
            Articles.of(
                "brief",
                WIRE_US[0],
                WIRE_US[1],
                WIRE_US[4],
                "Our reporter adds a line of local colour."));
    assertThat(pairs).singleElement().extracting(CopyPair::kind).isEqualTo(CopyKind.EXCERPT);
  }

  @Test
  void sameEventWithoutSharedTextIsNotACopy() {
    CopyDetector detector = CopyDetector.withDefaults();
    detector.add(Articles.of("uk", WIRE_UK));
    List<CopyPair> pairs =
        detector.add(
            Articles.of(
                "own",
                "Velmora's grain trade had its best quarter in years, the port authority reported on"
                    + " Tuesday.",
                "Halvorsen credited the new cranes, which he said load a ship a third faster.",
                "“We have never moved this much wheat in so short a time,” he said.",
                "Agents who queued for days last winter are sceptical the gains will last.",
                "A second terminal is planned for 2027."));
    assertThat(pairs).isEmpty();
  }

  @Test
  void windowForgetsTheOldestArticles() {
    CopySettings small = new CopySettings(5, 0.6, 2, 0.2, 0.9, 0.6, 2, 2_000, 200);
    CopyDetector detector = new CopyDetector(small);
    detector.add(Articles.of("uk", WIRE_UK));
    detector.add(Articles.of("x", "Nothing about ports is written in this filler article at all."));
    detector.add(Articles.of("y", "Another filler article talks about the weather in the hills."));
    assertThat(detector.windowSize()).isEqualTo(2);
    assertThat(detector.add(Articles.of("us", WIRE_US))).isEmpty();
  }

  @Test
  void unrelatedArticlesYieldNoPairsAndStayFast() {
    java.util.Random random = new java.util.Random(11);
    CopyDetector detector = CopyDetector.withDefaults();
    long start = System.nanoTime();
    int pairs = 0;
    for (int a = 0; a < 2_000; a++) {
      String[] sentences = new String[6];
      for (int s = 0; s < sentences.length; s++) {
        StringBuilder sb = new StringBuilder("Word");
        for (int w = 0; w < 12; w++) {
          sb.append(" w").append(random.nextInt(50_000));
        }
        sentences[s] = sb.append('.').toString();
      }
      pairs += detector.add(Articles.of("a" + a, sentences)).size();
    }
    assertThat(pairs).isZero();
    // Candidates come from LSH buckets, so 2,000 articles never cost 2 million comparisons.
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20.0);
  }

  @Test
  void pathologicalInputsNeverThrow() {
    CopyDetector detector = CopyDetector.withDefaults();
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      huge.append("Sentence ").append(i).append(" repeats the same few words again. ");
    }
    Article big = Articles.of("big", huge.toString());
    assertThatCode(
            () -> {
              detector.add(Articles.of("empty"));
              detector.add(Articles.of("blank", "", "   ", "..."));
              detector.add(big);
              detector.add(Articles.of("big2", huge.toString()));
              detector.add(big);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void oneArticleAddsAtMostFiftyPartners() {
    CopyDetector detector = CopyDetector.withDefaults();
    String[] story = {
      "The river authority opened the new lock at Marnholt on Tuesday after four years of work.",
      "Barges of up to 3,000 tonnes can now pass the weir without unloading, the authority said.",
      "Shippers had waited for the lock since the old one was closed after the floods."
    };
    for (int i = 0; i < 60; i++) {
      detector.add(Articles.of("reprint-" + i, story));
    }
    List<CopyPair> pairs = detector.add(Articles.of("late", story));
    assertThat(pairs).hasSize(CopyDetector.MAX_PARTNERS);
    assertThat(pairs).allSatisfy(p -> assertThat(p.b()).isEqualTo("late"));
  }
}
