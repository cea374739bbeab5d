package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.dateline.extract.Extractor;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Extracts;
import org.dateline.model.Published;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** The extract stage with the real CoreNLP name finder, on invented texts. */
class ExtractorTest {
  private static final Extractor EXTRACTOR = new Extractor(new CoreNlpNames());

  /** The direct quotations read from an undated text, in order. */
  private static List<Quote> direct(String text) {
    return direct(EXTRACTOR.read(text, Published.unknown()));
  }

  /** Each direct quotation's words and speaker, in order, as pairs. */
  private static List<Tuple> wordsAndSpeakers(String text) {
    return direct(text).stream()
        .map(q -> tuple(text.substring(q.begin(), q.end()), q.speaker()))
        .toList();
  }

  /** Each direct quotation's speaker, in order. */
  private static List<String> speakers(String text) {
    return direct(text).stream().map(Quote::speaker).toList();
  }

  /** Each direct quotation's words, speaker and description, in order. */
  private static List<Tuple> speakersAndDescriptions(String text) {
    return direct(text).stream()
        .map(q -> tuple(text.substring(q.begin(), q.end()), q.speaker(), q.description()))
        .toList();
  }

  /** The direct quotations of what was read, in order. */
  private static List<Quote> direct(Extracts x) {
    return x.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
  }

  @Test
  void namesakesStayApartAndABareSurnameGoesToTheOneInPlay() {
    String text =
        "Premier Li Qiang met the visiting trade envoy in Tianjin. Later, Vice Minister Li Hui"
            + " briefed reporters.\n\n“The talks were candid,” Li Hui said.\n\nLi said the"
            + " premier had asked for patience.";
    Extracts x = EXTRACTOR.read(text, Published.onDay(LocalDate.of(2025, 3, 4)));
    assertThat(x.entities().stream().filter(e -> e.name().startsWith("Li ")).map(Entity::name))
        .containsExactlyInAnyOrder("Li Qiang", "Li Hui");
    Quote q = x.quotes().get(0);
    assertThat(q.text()).isEqualTo("The talks were candid,");
    assertThat(q.speaker()).isEqualTo("Li Hui");
  }

  @Test
  void aBareSurnameFindsAPersonTheRecogniserTypedAsABody() {
    // CoreNLP 4.5.10 types "Rita Stone" as an organisation and misses the bare "Stone"
    String text = "Rita Stone heard shots.\n\n\"It sounded like fireworks,\" Stone said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Rita Stone", EntityType.ORGANIZATION));
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Rita Stone");
    // her own "said she" shows the body is a woman
    String said = "Rita Stone said she heard shots.\n\n\"It sounded like fireworks,\" Stone said.";
    assertThat(EXTRACTOR.read(said, Published.unknown()).entities())
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Rita Stone", EntityType.PERSON));
    assertThat(direct(said)).extracting(Quote::speaker).containsExactly("Rita Stone");
  }

  @Test
  void aPluralPossessiveInsideSingleQuotesDoesNotCloseThem() {
    String text =
        "Minister Jo Hale said: \u2018The farmers\u2019 union agrees with us. So do the"
            + " growers\u2019 groups.\u2019 Her rival wants \u2018Bells\u2019 and"
            + " \u2018Nadia\u2019 played.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly(
            "The farmers\u2019 union agrees with us. So do the growers\u2019 groups.",
            "Bells",
            "Nadia");
  }

  @Test
  void aNounEndingInLyIsNoAdverbBeforeTheVerb() {
    String text =
        "\"We are devastated,\" the victim's family said in a statement.\n\n"
            + "\"He was kind,\" said family members.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("the victim's family", "family members");
  }

  @Test
  void theWordsCreditedInTheNextSentenceOrBeforeAModalAreTheSpeakers() {
    String text =
        "\"The water rose too fast.\" Those were the words of Ines Varga, who lives by the"
            + " river.\n\n"
            + "\"Later,\" was all the harbour master would say.\n\n"
            + "\"We will see,\" Tomas Reyes did say. Those were his only words.\n\n"
            + "\"It was chaos.\" That is how Vera Olsen described the night.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Ines Varga", null),
            tuple(null, "the harbour master"),
            tuple("Tomas Reyes", null),
            tuple("Vera Olsen", null));
  }

  @Test
  void aFutureModalAfterAQuotedWordIsNoAttribution() {
    String text = "When I am 'home' the sensor will tell me which room I am in.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind)
        .containsExactly(Quote.Kind.SCARE);
  }

  @Test
  void criticsWhoCallSomethingAPhraseAreItsSpeakers() {
    assertThat(direct("Critics call the levy \"a tax on farmers\" and want it gone."))
        .extracting(Quote::description)
        .containsExactly("Critics");
  }

  @Test
  void aHyphenatedGivenNameBeforeASurnameIsPartOfTheName() {
    String text = "Ji-woo Choi, a goalkeeper, said \"we play for the fans.\" Choi later left.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name, Entity::aliases)
        .containsExactly(tuple("Ji-woo Choi", List.of("Choi")));
  }

  @Test
  void aWritingThatSaysSomethingIsItsDescription() {
    assertThat(direct("The memo, signed by six judges, said the rule was \"plainly unfair.\""))
        .extracting(Quote::description)
        .containsExactly("The memo");
  }

  @Test
  void aTitledSurnameGoesToTheNamesakeWhoHoldsTheTitle() {
    String text =
        "Mayor Ana Ruiz met Tomas Ruiz, the port's director, on Monday. \"We agreed on the"
            + " dredging,\" Mayor Ruiz said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ana Ruiz");
    String untold =
        "Ana Ruiz met Tomas Ruiz, the port's director, on Monday. \"We agreed,\" Mayor Ruiz"
            + " said.";
    assertThat(direct(untold)).extracting(Quote::speaker).containsExactly("Ana Ruiz");
  }

  @Test
  void aPleaIsSpeechButAPleaInCourtIsNot() {
    String text =
        "The Harbour Bank was closed. \"Help us,\" the mayor pleaded.\n\n"
            + "Guards held back a clerk outside the bank, who wept and cried \"not again.\"\n\n"
            + "Ryan Cole pleaded guilty to \"aggravated assault\" on Friday.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind, Quote::speaker, Quote::description)
        .containsExactly(
            tuple(Quote.Kind.DIRECT, null, "the mayor"),
            tuple(Quote.Kind.DIRECT, null, "a clerk outside the bank"),
            tuple(Quote.Kind.SCARE, null, null));
  }

  @Test
  void shortFormsOfInternationalBodiesAreOneEntity() {
    String text = "The Federal Reserve held rates. The Fed meets again in June.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .extracting(Entity::name, Entity::aliases)
        .containsExactly(tuple("Federal Reserve", List.of("Fed")));
  }

  @Test
  void aShortParagraphIntroducingSomeoneGivesTheNextQuotationParagraphItsSpeaker() {
    String text =
        "The storm closed the fair early.\n\n"
            + "Greta Lind, the fair's director, was unrepentant.\n\n"
            + "\"We made the right call. The wind was too strong.\"\n\n"
            + "Vendors lost a day of sales, and many of them complained loudly about the decision"
            + " to close before noon on the busiest day.\n\n"
            + "\"Nobody asked us.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Greta Lind", null);
  }

  @Test
  void aParticipleAsideIsNoPartOfTheDescription() {
    String text =
        "\"We are watching closely,\" a White House official, speaking on condition of"
            + " anonymity, said.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("a White House official");
  }

  @Test
  void aPersonRunTogetherWithTheirFirmIsSplitEvenWhenTypedAsABody() {
    // CoreNLP 4.5.10 types the whole run as one organisation
    String text = "\"Sell,\" advised analyst Ray Moon of Brill Securities.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Ray Moon", EntityType.PERSON),
            tuple("Brill Securities", EntityType.ORGANIZATION));
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ray Moon");
  }

  @Test
  void aWritingReadsEvenWhenItsIssuerStandsBetween() {
    String text =
        "The statement from the union read, in part: \"Members have voted overwhelmingly to"
            + " strike.\"\n\nI read many times that \"nothing will change.\"";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("The statement from the union", null);
  }

  @Test
  void aListOfNamesAfterOfLeavesTheHeadAsSpeaker() {
    String text =
        "\"We are united,\" the leaders of France, Germany and Italy said in a joint statement."
            + "\n\n\"We agree,\" Mr. Hart and Ms. Lowe said.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("the leaders of France, Germany and Italy", "Mr. Hart and Ms. Lowe");
  }

  @Test
  void aGroupNamedAfterAPersonIsNotThePerson() {
    String text =
        "Ann Smith was buried on Monday.\n\n"
            + "\"We are heartbroken,\" the Smith family said in a statement.\n\n"
            + "\"She was our light,\" Smith's sister said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Smith family", null), tuple(null, "Smith's sister"));
  }

  @Test
  void roleReferencesAreAliasesOfTheirOneHolder() {
    String text =
        "Russian Prime Minister Mikhail Mishustin arrived in Beijing. \"Relations are strong,\""
            + " the Russian premier said. Russia's PM later met Xi. Assistant Sheriff Ann Cole"
            + " spoke too. The sheriff said nothing.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Mikhail Mishustin"))
        .flatExtracting(Entity::aliases)
        .contains("the Russian premier", "Russia's PM");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Ann Cole"))
        .flatExtracting(Entity::aliases)
        .doesNotContain("the sheriff");
  }

  @Test
  void multiParagraphQuotationsAndPronounsKeepTheirSpeaker() {
    String text =
        "Maria Okafor, the port authority's director, spoke after the storm.\n\n"
            + "\"We lost two cranes overnight. Repairs will take weeks.\n\n"
            + "\"Nobody was hurt, and that is what matters,\" she said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes()).filteredOn(Quote::speech).hasSize(2);
    assertThat(x.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Maria Okafor"));
  }

  @Test
  void aQuotationRunOverLinesWithoutBlankLinesKeepsBothParts() {
    for (String[] marks : new String[][] {{"\"", "\""}, {"\u201C", "\u201D"}}) {
      String text =
          "Ken Aoki spoke first.\n"
              + marks[0]
              + "Sales were weak. We expect better.\n"
              + marks[0]
              + "But we promise nothing,"
              + marks[1]
              + " he added.";
      assertThat(wordsAndSpeakers(text))
          .containsExactly(
              tuple("Sales were weak. We expect better.", "Ken Aoki"),
              tuple("But we promise nothing,", "Ken Aoki"));
    }
  }

  @Test
  void aQuoteReopenedInsideALineWithoutClosingStaysInStep() {
    String text =
        "\"We had good plans for the mill,\" Harlan Voss said.\n\n"
            + "\"It was an old building. You cannot replace that. \"It is heartbreaking. \" The"
            + " county fire office is looking into the cause. \"We will rebuild,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We had good plans for the mill,", "Harlan Voss"),
            tuple("It was an old building. You cannot replace that.", "Harlan Voss"),
            tuple("It is heartbreaking.", "Harlan Voss"),
            tuple("We will rebuild,", "Harlan Voss"));
  }

  @Test
  void aSpacedBacktickAfterASentenceClosesAQuoteWhoseOpeningMarkTouchedItsWord() {
    String text =
        "Ada Brisk spoke to the radio on Monday.\n\n"
            + "``She brought something new to the town. That's why people love her. `` Early years"
            + " Ada Brisk was born in 1950 in Tarn. She was voted ``The Most Likely to Succeed.''";
    String spaced = "`` We are ready . `` We have always been ready , '' Ada Brisk said .";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("She brought something new to the town. That's why people love her.", null));
    assertThat(wordsAndSpeakers(spaced))
        .containsExactly(
            tuple("We are ready .", null), tuple("We have always been ready ,", "Ada Brisk"));
  }

  @Test
  void aClosingMarkTouchingItsAttributionClosesAQuoteRunOverAParagraph() {
    String text =
        "\"We had good plans for the mill,\" Harlan Voss said.\n\n"
            + "\"In the county papers we are careless owners.\n\n"
            + "The truth is quite different, \"he said. \"I've told you before: we spent years"
            + " on repairs.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We had good plans for the mill,", "Harlan Voss"),
            tuple("In the county papers we are careless owners.", "Harlan Voss"),
            tuple("The truth is quite different,", "Harlan Voss"),
            tuple("I've told you before: we spent years on repairs.", "Harlan Voss"));
  }

  @Test
  void aNameAfterACourtesyTitleWithoutItsStopIsOnePersonThoughReadAsAPlace() {
    String text =
        "Expect many experts in the papers tomorrow, such as the learned Dr Azm Al Tamimi:\n\n"
            + "\"We should stop saying this region never shakes. We are near major faults.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().contains("Azm"))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Azm Al Tamimi", EntityType.PERSON));
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Azm Al Tamimi");
  }

  @Test
  void aLoneCuelessQuoteTakesTheSpeakerOfThePronounThatReportsNext() {
    String text =
        "\"She was generous and clever,\" said Greta Lindqvist, a neighbour of the family.\n\n"
            + "Lindqvist and her husband Per, both retired teachers, knew the boy since he was"
            + " small.\n\n"
            + "The Lindqvists went to his graduation a few years ago in Uppsala.\n\n"
            + "\"He never stopped reading, not even at dinner.\"\n\n"
            + "She said the two families spent every summer on the same lake.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("She was generous and clever,", "Greta Lindqvist"),
            tuple("He never stopped reading, not even at dinner.", "Greta Lindqvist"));
  }

  @Test
  void anArmedForceNamedByItsNationalitySpeaksAsAnOrganisation() {
    String text =
        "Last month, the Indian Navy said it had sunk a pirate \"mother ship\" in the gulf. The"
            + " Russian military denied it. Historians of the Cold War military were silent.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Indian Navy", "Russian military");
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Indian Navy");
  }

  @Test
  void aPersonNamedAfterTheWordsSpokeThemWhereAPublicationBeforeOnlyRelaysThem() {
    String text =
        "Fewer graduates find work in software. The Harbour Gazette reports: \"Computer science"
            + " graduates are struggling to find first jobs\" at the biggest firms, said Ines"
            + " Marlow, a professor of engineering at Tarn University. \"I think that is wrong.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Ines Marlow", "Ines Marlow");
  }

  @Test
  void aProgressiveReportingVerbNamesItsSubject() {
    String text =
        "\"It will open in May,\" the Harbour Gazette is reporting.\n\n"
            + "\"We are not ready,\" Ada Brisk was saying.\n\n"
            + "Tarn Radio is reporting that the pier will close for a week.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker, Quote::kind)
        .containsExactly(
            tuple("Harbour Gazette", Quote.Kind.DIRECT),
            tuple("Ada Brisk", Quote.Kind.DIRECT),
            tuple("Tarn Radio", Quote.Kind.INDIRECT));
  }

  @Test
  void aTitledNameInTokenisedTextIsOnePersonAfterAPlaceAndATitle() {
    String text =
        "Protesters marched past the precinct .\n\n"
            + "\u201C Stay home tonight , \u201D New York City Councilman Odile K . Brannigan said"
            + " on Twitter .\n\n"
            + "\u201C It was calm , \u201D said Lt . Gerry Marsh .";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Odile K . Brannigan", "Gerry Marsh");
  }

  @Test
  void aTokenisedPossessiveStillMarksWhoseRelativeSpeaks() {
    String text =
        "Residents gathered at the vigil on Tuesday .\n\n"
            + "\u201C We keep his room as it was , \u201D said Ms . Ferreira \u2019 s sister Ines .\n\n"
            + "Paolo Brandt \u2019 s lawyer said the family would appeal .";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Ines", null), tuple(null, "Paolo Brandt \u2019 s lawyer"));
  }

  @Test
  void anAppositionHoldingAListAndADescribedNameBeforeAColonKeepTheSpeaker() {
    String text =
        "But Oskar Lindqvist, the port council's director of shipping, customs and planning,"
            + " said that another review \"will only delay the dredging.\"\n\n"
            + "Below is a statement by Marta Ilves, head of the pilots' union:\n\n"
            + "\"The channel is safe for ships of every size.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Oskar Lindqvist", "Marta Ilves");
  }

  @Test
  void lessCommonReportingVerbsCarryTheSpeaker() {
    String text =
        "Lakeside Dairy owes the loan fund $2 million.\n\n"
            + "\"We will make no further payments,\" Dana Whitcombe, president of Lakeside Dairy,"
            + " notified the board.\n\n"
            + "\"It was never our money,\" Whitcombe shot back when asked about the loans.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Dana Whitcombe", "Dana Whitcombe");
  }

  @Test
  void aPronounStandsForTheMainClauseSubjectNotANameInAnOpeningPhrase() {
    String text =
        "Fire chief Henry Olander said Peter Voss had been alone on the pier.\n\n"
            + "Asked whether Voss might have survived with help nearby, Olander said nobody"
            + " could know.\n\n"
            + "\u201CThe water was too cold,\u201D he said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Henry Olander");
  }

  @Test
  void aCurlyQuotationSplitOneSentenceToAParagraphIsNotDropped() {
    String text =
        "The harbour pilots met on Friday.\n\n"
            + "\u201CThe channel silted up over the winter .\n\n"
            + "Dredging starts in May , \u201D pilot Tomas Reyes said .\n\n"
            + "Ana Quist, the harbour master, added: \"We will reopen the north berth first.\n\n"
            + "The south berth waits for the divers.\n\n"
            + "\"Nobody sails before Monday.\"\n\n"
            + "\u201CA stray mark.\n\nNothing closes here.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The channel silted up over the winter .", "Tomas Reyes"),
            tuple("Dredging starts in May ,", "Tomas Reyes"),
            tuple("We will reopen the north berth first.", "Ana Quist"),
            tuple("The south berth waits for the divers.", "Ana Quist"),
            tuple("Nobody sails before Monday.", "Ana Quist"));
  }

  @Test
  void aTitledNameTheRecogniserReadAsABodyIsAPersonAndASplitSentenceRunsOn() {
    String text =
        "Protesters marched past the Harlow precinct on Sunday.\n\n"
            + "\"They have no place to go,\" said Brooklyn Councilman Obadiah Kettering.\n\n"
            + "\"The shops close at six. Then it starts again.\" said Wendell Ashby, who runs a"
            + " bakery on the avenue.\n\n"
            + "\"Stay home tonight,\" Kettering fumed on Twitter.\n\n"
            + "\"We will reopen on Monday,\" her lawyer, Petra Lindqvist, said yesterday.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly(
            "Obadiah Kettering", "Wendell Ashby", "Obadiah Kettering", "Petra Lindqvist");
  }

  @Test
  void aBareSurnameOpeningTheSentenceBeforeAQuotationTakesItsPronoun() {
    String text =
        "Dorothea Quill, a florist, and Ingrid Sollers, a caterer, planned the harvest fair.\n\n"
            + "\"Guests want long tables this year,\" Quill says. \"They want to linger.\"\n\n"
            + "Sollers agrees. \"Nobody wants a plated dinner any more,\" she shares.\n\n"
            + "A council study of the fair \"found the stalls too crowded,\" says the report.\n\n"
            + "It adds: \"The square can hold forty stalls at most.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Dorothea Quill", null),
            tuple("Dorothea Quill", null),
            tuple("Ingrid Sollers", null),
            tuple(null, "the report"),
            tuple(null, "the report"));
  }

  @Test
  void namesOfWorksAreNotSpeechAndAttributionStopsAtABlankLine() {
    String text =
        "The biologist Tomas Wren published a paper entitled \"The Quiet Life of a Pond in"
            + " Winter\" in 2021.\n\n"
            + "Beds for every stage: a cot, a floor bed, or a \"big-kid\" bed\n\n"
            + "a child who sleeps alone or she shares a room with a sibling\n\n"
            + "Tomas Wren, co-author of \"Ponds: The Small Waters of the Northern Plain,\" will"
            + " speak in March, as will the director of the 2019 film \"A Winter Under the Ice of"
            + " Lake Saima and the Seals That Live There.\"";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind)
        .containsOnly(Quote.Kind.SCARE);
  }

  @Test
  void anAppositionWithNoClosingCommaAndAParticipleAfterTheSubjectKeepTheName() {
    String text =
        "Tile prices rose again this spring.\n\n"
            + "\"It is a hard market,\" Nadia Ferro, owner of Ferro Tile & Stone told us on"
            + " Friday.\n\n"
            + "\"Buyers wait,\" said Ken Dale, a broker.\n\n"
            + "Mira Holt agreed that planning takes time, stating, \"Nobody finishes early.\"\n\n"
            + "On Monday, Governor Ada Kline ordered the agencies to review the tariffs of Ken"
            + " Dale's firm, stating that \"we can do better.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Nadia Ferro", "Ken Dale", "Mira Holt", "Ada Kline");
  }

  @Test
  void aJobTitleRunIntoANameIsItsTitle() {
    String text =
        "\"The old font felt cramped,\" stresses Visual Designer Megan Lynch.\n\n"
            + "\"We heard it at every meeting,\" said City Council Member Ruth Ames.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Megan Lynch", "Ruth Ames");
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Megan Lynch", "Ruth Ames");
  }

  @Test
  void aLongUnnamedSpeakerKeepsItsHeadAndAnEditorialSpeaksForItsPaper() {
    String text =
        "Trevor Vance won the Harbour Open last year.\n\n"
            + "\"The city has lost its nerve,\" said an editorial in the liberal daily Nordposten.\n\n"
            + "\"The mood is grim,\" said a recent nursing graduate who asked not to be named.\n\n"
            + "\"Nobody listens to us,\" said one leaflet handed out at the gates.\n\n"
            + "\"I still get nervous,\" said the 31-year-old golfer on the eve of the final.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Nordposten", null),
            tuple(null, "a recent nursing graduate"),
            tuple(null, "one leaflet"),
            tuple("Trevor Vance", null));
  }

  @Test
  void testersReviewersAndSignaturesAfterADashSpeakButCreditLinesDoNot() {
    String text =
        "We tried six kettles over a month.\n\n"
            + "One tester said: \"The lid never stuck once.\"\n\n"
            + "User review: \"It boils fast but the handle gets hot.\" \u2014 Oskar Lindqvist\n\n"
            + "Brewmark cut its range. Its leadership later conceded that the cheapest model"
            + " \"was not the right fit.\"\n\n"
            + "\"We expected better,\" says Hana Roth, a café owner. \"The spout drips.\""
            + " \u2014 Mara Quist in Oslo contributed to this report.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "One tester"),
            tuple("Oskar Lindqvist", null),
            tuple(null, "Its leadership"),
            tuple("Hana Roth", null),
            tuple("Hana Roth", null));
  }

  @Test
  void businessNewsSpeakersThriftsUnitsPossessedTitlesAndSharesThatAreNoVerb() {
    String text =
        "Dunmore Savings Association posted a loss. The thrift said that \"after these charges,"
            + " the association expects record earnings.\"\n\n"
            + "Oil wells burned. And Ruth Calder, Mr. Abbott's deputy security adviser, asserted in"
            + " an interview that troops had set fire to \"large sections\" of the port.\n\n"
            + "\"The cost could be high,\" worries former envoy Tomas Ekberg.\n\n"
            + "The rally came from the week's \"abnormal fever\" in steel and construction"
            + " shares.\n\n"
            + "A unit of Harlow Partners launched a tender offer and said it would sell the maker"
            + " \"as soon as possible,\" even without a merger. A spokesman for Kessel Group said"
            + " it would close the plant \"within weeks.\"";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker, Quote::description, Quote::kind)
        .containsExactly(
            tuple("Dunmore Savings Association", null, Quote.Kind.DIRECT),
            tuple("Ruth Calder", null, Quote.Kind.DIRECT),
            tuple("Tomas Ekberg", null, Quote.Kind.DIRECT),
            tuple(null, null, Quote.Kind.SCARE),
            tuple("Harlow Partners", null, Quote.Kind.DIRECT),
            tuple(null, "A spokesman for Kessel Group", Quote.Kind.DIRECT));
  }

  @Test
  void wordsWovenIntoAReportedSentenceAreTheSubjectsAndToldNamesTheListener() {
    String text =
        "Fire Chief Rhea Thorne said the crew was \"treating it as suspicious\" but did not"
            + " elaborate, the Harbour Gazette reported.\n\n"
            + "\"Nobody asked us,\" Osmanbek, who herds goats near the dam, told the Gazette.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Rhea Thorne", null), tuple("Osmanbek", null));
  }

  @Test
  void aDescriptionOpensWithADeterminerOrASpeakerNounAndAPlaceMayOpenATitledName() {
    String text =
        "The navy sank a trawler it called a \"mother ship,\" though an anti-piracy watchdog"
            + " said otherwise. \"It was a fishing boat,\" said an anti-piracy watchdog.\n\n"
            + "\"I am not sure all three were targeted,\" Lakeview Police Chief Arlo Brandt said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "The navy"),
            tuple(null, "an anti-piracy watchdog"),
            tuple("Arlo Brandt", null));
  }

  @Test
  void aSurnameEndingInLyIsNoAdverb() {
    String text =
        "The commissioner, Raymond Kelly, met shop owners.\n\n"
            + "\"Nothing justifies that,\" Mr. Kelly said. \"We will act,\" Kelly added.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Raymond Kelly", "Raymond Kelly");
  }

  @Test
  void aRoleOfADepartmentBeforeARecognisedNameIsATitleButADirectorOfAFirmIsNot() {
    String text =
        "\"The rule protects the river,\" said Secretary of the Interior Dirk Kempthorne.\n\n"
            + "\"Tables are less formal now,\" says Mara Ellison, founder and director of Mara"
            + " Ellison Events.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Dirk Kempthorne", "Mara Ellison");
  }

  @Test
  void heCarriesOnAnUnnamedSpeakerAndAnOpinionReads() {
    String text =
        "``It was a gas main,'' said a city engineer at the scene, who would not give his name."
            + " ``You can see the crater from here,'' he said.\n\n"
            + "``Why was nobody warned?'' Ines Moreau asked at a meeting in Harlow.\n\n"
            + "The closure was ``within the range of reasonable choices,'' the opinion read.\n\n"
            + "I read many times that the town is a ``cash culture'' and found it true.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker, Quote::description, Quote::kind)
        .containsExactly(
            tuple(null, "a city engineer at the scene", Quote.Kind.DIRECT),
            tuple(null, "a city engineer at the scene", Quote.Kind.DIRECT),
            tuple("Ines Moreau", null, Quote.Kind.DIRECT),
            tuple(null, "the opinion", Quote.Kind.DIRECT),
            tuple(null, null, Quote.Kind.SCARE));
  }

  @Test
  void sheDoesNotCarryOnAMansQuotation() {
    String text =
        "Collectors mourned the model Bettie Vance on Friday.\n\n"
            + "\"She was unique,\" her agent, Tom Hale, said. \"Nobody posed like her.\"\n\n"
            + "She rarely agreed to interviews in her last years. \"I don't want to be"
            + " photographed,\" she said in 1998.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Tom Hale", "Tom Hale", "Bettie Vance");
  }

  @Test
  void abbreviatedTitlesNeitherEndTheSentenceNorNameTheSpeaker() {
    String text =
        "A guard was hurt at the Harbour Street depot on Friday.\n\n"
            + "\"Nobody expected a raid in daylight,\" Vancouver police Const. Ravi Sandhu told"
            + " reporters.\n\n"
            + "\"This case will go to a jury,\" said Dist. Atty. Helen Marsh.\n\n"
            + "\"The guard is recovering,\" Const. Sandhu said.\n\n"
            + "\"We found the van,\" Insp Moira Kell said. \"It was empty,\" Insp Kell added.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Ravi Sandhu", "Helen Marsh", "Ravi Sandhu", "Moira Kell", "Moira Kell");
  }

  @Test
  void morePlainReportingVerbsAndAPronounRightBeforeTheVerb() {
    String text =
        "Engineer Dana Ruiz inspected the Kelso Bridge for the county on Tuesday.\n\n"
            + "\"The deck will hold for another winter,\" Ruiz clarified.\n\n"
            + "\"And after that?\" inquired Mayor Tom Abbott.\n\n"
            + "When asked about the Kelso Bridge Trust she answered, \"We will need a new"
            + " bridge by 2030.\"\n\n"
            + "Residents signed poems they wrote for the old bridge, calling it \"our grand"
            + " old lady.\"\n\n"
            + "Had a child asked me \"Is it safe?\" and I'd said yes, the bridge would be"
            + " open.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .startsWith(
            tuple("The deck will hold for another winter,", "Dana Ruiz"),
            tuple("And after that?", "Tom Abbott"),
            tuple("We will need a new bridge by 2030.", "Dana Ruiz"));
    assertThat(x.quotes())
        .as("a clause after a quotation is no description of its speaker")
        .extracting(Quote::description)
        .doesNotContain("I'd");
  }

  @Test
  void placesWorkplacesAndModifiersAreNotSpeakers() {
    String text =
        "Harlow Mills Inc. said it would close two plants. Ruth Calder, an analyst at Pemberton"
            + " Securities, called the move overdue.\n\n"
            + "In a statement, the company said: \"The plants can no longer compete.\"\n\n"
            + "Owen Pryce, a Dayton, Ohio, consultant to the mill owners, says the company was"
            + " \"late to every change\" in the trade.\n\n"
            + "\"It looks as though they gave up,\" a detective, speaking on condition of"
            + " anonymity, said of the owners.\n\n"
            + "Pryce's sister, who worked at one plant, said from her home in Xenia, Ohio:"
            + " \"We saw it coming for years.\"\n\n"
            + "Senator Lena Marsh said on Sunday that the rules protecting the mills \"were"
            + " written for another century.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Harlow Mills Inc.", null),
            tuple("Owen Pryce", null),
            tuple(null, "a detective"),
            tuple(null, "Pryce's sister"),
            tuple("Lena Marsh", null));
  }

  @Test
  void quotedWordsWovenIntoAReportedClauseTakeItsSubject() {
    String text =
        "Governor Alma Reyes said the levee would hold and that the city was \"ready for the"
            + " worst.\"\n\nTomas Ekberg, chairman and chief executive of Norrland Freight, called"
            + " the merger a \"decisive step\" for the group.\n\nThe ambassador to Ruritania"
            + " said the United States would \"stand by its partners.\"\n\nSays Petra Novak, a"
            + " harbour pilot: \"Nobody has seen water this high.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("ready for the worst.", "Alma Reyes", null),
            tuple("decisive step", "Tomas Ekberg", null),
            tuple("stand by its partners.", null, "The ambassador to Ruritania"),
            tuple("Nobody has seen water this high.", "Petra Novak", null));
  }

  @Test
  void pronounsAgreeInGenderAndBareSurnamesFollowTheirLastUse() {
    String text =
        "Mourners remembered Dr. Walter Brandt, who died in the fire.\n\nThe crowd listened to"
            + " nurse Helen Marsh, who treated the wounded. She spoke of Brandt and the others.\n\n"
            + "\"They never stopped working,\" she said.\n\nMarco Vidal, a lawyer, flew in from"
            + " Lisbon with his son Tiago Vidal. Tiago stayed at the hotel.\n\n\"We came to help,\""
            + " Vidal said.\n\nLater the station aired \"Morning Desk\" again.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::text, Quote::speaker, Quote::kind)
        .containsExactly(
            tuple("They never stopped working,", "Helen Marsh", Quote.Kind.DIRECT),
            tuple("We came to help,", "Marco Vidal", Quote.Kind.DIRECT),
            tuple("Morning Desk", null, Quote.Kind.SCARE));
  }

  @Test
  void newsAttributionPatternsNameTheirSpeaker() {
    String text =
        "Finance Minister Lena Haas presented the budget on Monday.\n"
            + "\n"
            + "\"This is a careful plan,\" Haas, the minister, said.\n"
            + "\n"
            + "\"We will not raise taxes,\" said the minister, Lena Haas.\n"
            + "\n"
            + "\"Growth will return,\" Haas said on Tuesday, adding that exports were recovering.\n"
            + "\n"
            + "\"Is anyone surprised?\" opposition leader Karl Brandt asked.\n"
            + "\n"
            + "\"It is a cynical budget,\" tweeted Brandt.\n"
            + "\n"
            + "Brandt: \"Nothing in it helps families.\"\n"
            + "\n"
            + "\"It was written for banks,\" Brandt said of the plan.\n"
            + "\n"
            + "\"The budget is balanced,\" Haas was quoted as saying by the Tribune.\n"
            + "\n"
            + "\"We expect a vote in March,\" the Tribune quoted Haas as saying.\n"
            + "\n"
            + "\"Prices keep rising,\" said one shopper, who declined to give her name.\n"
            + "\n"
            + "Brandt arrived late to the session. He said: \"We will vote against it.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Lena Haas", null),
            tuple("Lena Haas", null),
            tuple("Lena Haas", null),
            tuple("Karl Brandt", null),
            tuple("Karl Brandt", null),
            tuple("Karl Brandt", null),
            tuple("Karl Brandt", null),
            tuple("Lena Haas", null),
            tuple("Lena Haas", null),
            tuple(null, "one shopper"),
            tuple("Karl Brandt", null));
  }

  @Test
  void agesRepeatedQuotesAndIntroducingClausesKeepTheSpeaker() {
    String text =
        "Mayor Joan Carver opened the new bridge on Tuesday.\n"
            + "\n"
            + "\"It took ten years,\" Carver, 61, told reporters. \"We never gave up.\"\n"
            + "\n"
            + "Engineer Pablo Ruiz watched from the bank. \"The steel is Swedish,\" the 45-year-old said.\n"
            + "\n"
            + "\"We are proud,\" he told The Daily Courier.\n"
            + "\n"
            + "Asked about the cost, Ruiz said: \"Every cent was worth it.\"\n"
            + "\n"
            + "The city's spokesman, Tom Blake, added: \"Traffic will ease by spring.\"\n"
            + "\n"
            + "Blake said in an interview that the old bridge would close.\n"
            + "\n"
            + "\"It is no longer safe.\"\n"
            + "\n"
            + "\"The bridge is ours,\" according to Carver.\n"
            + "\n"
            + "\"People should come and see it,\" the mayor said.\n"
            + "\n"
            + "Residents were less sure. \"It cost too much,\" said Ana Lopes, who runs a bakery nearby. \"And the noise is terrible.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly(
            "Joan Carver",
            "Joan Carver",
            "Pablo Ruiz",
            "Pablo Ruiz",
            "Pablo Ruiz",
            "Tom Blake",
            "Tom Blake",
            "Joan Carver",
            "Joan Carver",
            "Ana Lopes",
            "Ana Lopes");
  }

  @Test
  void someoneSpeakingForANameIsDescribedAndOneWordNamesJoinTheirOrganisation() {
    String text =
        "Acme Corp reported a loss on Thursday, and its rival Borel Industries cut jobs.\n"
            + "\n"
            + "\"Demand has collapsed,\" the company said in a statement.\n"
            + "\n"
            + "\"We saw this coming,\" a spokesman for Borel said.\n"
            + "\n"
            + "\"The market will recover,\" said Dr. Ann Lee, a professor at Lakeside University. \"But not this year.\"\n"
            + "\n"
            + "Robert Lee, an investor, disagreed. \"It is already recovering,\" Lee said.\n"
            + "\n"
            + "\"Both firms overspent,\" one analyst said on condition of anonymity.\n"
            + "\n"
            + "Acme's chief executive, Maya Ortiz, said the cuts were \"painful\" but \"necessary.\"\n"
            + "\n"
            + "Ortiz told the Herald: \"We will hire again.\"\n"
            + "\n"
            + "\"This was avoidable,\" Ortiz said Tuesday in Paris, where she met investors.\n"
            + "\n"
            + "\"Acme misled its workers,\" the union said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker, Quote::description)
        .contains(
            tuple(null, "a spokesman for Borel"),
            tuple("Ann Lee", null),
            tuple("Robert Lee", null),
            tuple(null, "one analyst"),
            tuple("Maya Ortiz", null),
            tuple(null, "the union"));
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Borel");
  }

  @Test
  void aRoleOfANamedPersonIsDescribedAndANameInAppositionAfterTheVerbSpeaks() {
    String text =
        "Lawyers for Omar Haddad filed an appeal in Rabat on Friday.\n"
            + "\n"
            + "\"My client is innocent,\" Haddad's lawyer said.\n"
            + "\n"
            + "\"We will take this to the highest court,\" said his lawyer, Ines Moreau, 52.\n"
            + "\n"
            + "\"The verdict surprised everyone,\" a witness told the BBC.\n"
            + "\n"
            + "\"He was calm,\" the woman said.\n"
            + "\n"
            + "\"The trial was fair,\" the state news agency reported.\n"
            + "\n"
            + "\"I told them 'I was not there,' and they ignored me,\" Haddad said, his voice breaking.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "Haddad's lawyer"),
            tuple("Ines Moreau", null),
            tuple(null, "a witness"),
            tuple(null, "the woman"),
            tuple(null, "the state news agency"),
            tuple("Omar Haddad", null));
  }

  @Test
  void aStatementSpeaksForItsAuthorAndTheSubjectJustNamedSpeaksNext() {
    String text =
        "WASHINGTON (AP) — The Senate passed the spending bill late Thursday after a day of tense negotiations.\n"
            + "\n"
            + "Majority Leader Tom Harlan praised the vote. \"This is a good day for working families,\" he said. \"We kept our promises.\"\n"
            + "\n"
            + "But Republicans were unhappy. Senator Grace Ellison of Utah called the bill \"reckless,\" and said she would push to repeal parts of it next year.\n"
            + "\n"
            + "\"Nobody read the final text,\" Ellison said. \"Not one senator.\"\n"
            + "\n"
            + "The White House welcomed the vote. In a statement, press secretary Ron Mills said the president would sign the bill on Friday.\n"
            + "\n"
            + "\"The president thanks both parties,\" the statement said.\n"
            + "\n"
            + "Harlan, asked whether more cuts were coming, shrugged. \"Ask me in the spring.\"\n"
            + "\n"
            + "Analysts were cautious. \"The deficit will keep growing,\" said Priya Nair, an economist at the Brookings Institution. She added that interest costs were the main driver.\n"
            + "\n"
            + "\"We have seen this before,\" Nair said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly(
            "Tom Harlan",
            "Tom Harlan",
            "Grace Ellison",
            "Grace Ellison",
            "Grace Ellison",
            "Ron Mills",
            "Tom Harlan",
            "Priya Nair",
            "Priya Nair");
  }

  @Test
  void writtenStatementsSpeakForTheirAuthorAndShePrefersAWomanNamedBeforeHer() {
    String text =
        "Shipping giant Norvik Lines cut its forecast on Tuesday.\n"
            + "\n"
            + "\"Freight rates have fallen sharply,\" according to a statement from Norvik.\n"
            + "\n"
            + "\"We expect a weak second half,\" Norvik's statement said.\n"
            + "\n"
            + "Chief executive Erik Dahl spoke to analysts later. \"Costs are under control,\" he said. \"We are not worried.\n"
            + "\n"
            + "\"Our ships are full, and our balance sheet is strong.\"\n"
            + "\n"
            + "Dahl's predecessor, Anna Berg, was less upbeat. \"The cycle has turned,\" she said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly(
            "Norvik Lines", "Norvik Lines", "Erik Dahl", "Erik Dahl", "Erik Dahl", "Anna Berg");
  }

  @Test
  void relativeClausesAndItPointToTheSubjectOfTheirSentence() {
    String text =
        "Officials met in Geneva on Monday to discuss the grain corridor.\n"
            + "\n"
            + "Haldor Pekka, who said the deal was \"within reach,\" left before the final session.\n"
            + "\n"
            + "Norway said it would study the draft, which it called \"a serious basis\" for talks.\n"
            + "\n"
            + "The envoy described the mood as \"what I would call careful optimism.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Haldor Pekka", null), tuple("Norway", null), tuple(null, "The envoy"));
  }

  @Test
  void aSubjectSetOffByARelativeClauseOrAnAppositionSpeaksBeforeAClosingVerb() {
    String text =
        "Talks between the two airlines collapsed on Monday, officials said.\n"
            + "\n"
            + "\"There is no deal,\" the official, who spoke on condition of anonymity, said.\n"
            + "\n"
            + "\"We walked away,\" said Carla Mendes, the chief negotiator for Aerosul, speaking by phone from Lisbon.\n"
            + "\n"
            + "Mendes, speaking to reporters, said she was \"confident\" that talks would resume.\n"
            + "\n"
            + "\n"
            + "\"We remain at the table,\" a statement from the rival carrier, Nordair, said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "the official"),
            tuple("Carla Mendes", null),
            tuple("Carla Mendes", null),
            tuple("Nordair", null));
  }

  @Test
  void straightSingleQuotesQuoteWhenATextHasNoDoubleMarks() {
    String text =
        "Union leader Frank Doyle rejected the offer on Thursday.\n"
            + "\n"
            + "'It's not enough, and the members won't accept it,' Mr Doyle said.\n"
            + "\n"
            + "The company's boss, Nina Holt, said the offer was 'final' — and warned of job cuts.\n"
            + "\n"
            + "'We can't go higher,' she told staff in an email. 'The numbers don't allow it.'\n"
            + "\n"
            + "Doyle's deputy, Sean Kerr, was blunter: 'They're bluffing.'";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("It's not enough, and the members won't accept it,", "Frank Doyle"),
            tuple("final", "Nina Holt"),
            tuple("We can't go higher,", "Nina Holt"),
            tuple("The numbers don't allow it.", "Nina Holt"),
            tuple("They're bluffing.", "Sean Kerr"));
  }

  @Test
  void aDescribedSubjectBeforeAColonSpeaksButNotTheOneItBelongsTo() {
    String text =
        "The budget talks in Vienna ran past midnight.\n"
            + "\n"
            + "Kessler's Austrian counterpart, Ilse Maurer, disagreed: 'Not the pensions.'\n"
            + "\n"
            + "The minister, leaving the building by a side door, was curt: 'No comment tonight.'";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Ilse Maurer", null), tuple(null, "The minister"));
  }

  @Test
  void aWritingThatReadsAfterTheQuoteSpeaksForWhoIssuedIt() {
    String text =
        "'Fishing quotas will not be cut this season,' read a notice posted by the harbour"
            + " authority on Tuesday.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "the harbour authority"));
  }

  @Test
  void aWritingThatSaysSpeaksForItsSenderOrAsItself() {
    String text =
        "The club later got an email from its owner, Petra Lindqvist, that said: 'The stadium"
            + " stays.'\n"
            + "\n"
            + "Fans outside held a placard which read 'Not for sale'.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Petra Lindqvist", null), tuple(null, "a placard"));
  }

  @Test
  void aBacktickQuotationSetOneSentenceToAParagraphRunsOnToItsClosingMark() {
    String text =
        "`` The pumps failed at dawn , '' said Oren Daly , the lock keeper .\n\n"
            + "`` We lost the lower basin within an hour .\n\n"
            + "Nobody could stop it , '' he said .";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("The pumps failed at dawn ,", "Oren Daly"),
            tuple("We lost the lower basin within an hour .", "Oren Daly"),
            tuple("Nobody could stop it ,", "Oren Daly"));
  }

  @Test
  void backticksTypedForAClosingMarkCloseBeforeTheirAttribution() {
    String text =
        "`` The river rose too fast , `` a ferry pilot said on Sunday .\n\n"
            + "`` We had maybe ten minutes .\n\n"
            + "Then the quay was under water , `` Mira Sorensen told reporters .\n\n"
            + "The so-called `` flood tax `` will be debated in March .\n\n"
            + "Officials gave no date for a decision .\n\n"
            + "`` We are still counting the cost . ''\n\n"
            + "``The levee held for a week, ``said harbour master Ulla Brink. ``Then it gave.''";
    assertThat(direct(text))
        .extracting(Quote::text)
        .containsExactly(
            "The river rose too fast ,",
            "We had maybe ten minutes .",
            "Then the quay was under water ,",
            "We are still counting the cost .",
            "The levee held for a week,",
            "Then it gave.");
    assertThat(direct(text).get(2).speaker()).isEqualTo("Mira Sorensen");
    assertThat(direct(text).get(4).speaker()).isEqualTo("Ulla Brink");
    assertThat(direct(text).get(5).speaker()).isEqualTo("Ulla Brink");
  }

  @Test
  void aOneSentenceParagraphThatOpensWithAPersonIntroducesTheQuotationAfterIt() {
    String text =
        "Tomas Reyes, who has run the bakery on Calle Mayor for thirty years and employs eight"
            + " people, agreed with the council's decision to close the street to cars.\n\n"
            + "\"Customers walk past the window now. They never did before.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Tomas Reyes");
  }

  @Test
  void anAttributionReadsThroughTheNameOfAWorkButNotAPlainQuotedWord() {
    String text =
        "\"She was the last great star of the silent era,\" Ian Price, author of \"Silver Screen:"
            + " The Lost Years,\" said in a 2001 interview.\n\n"
            + "I would choose \"radio\" over \"Broadway\" (why, I even wrote a column on it).";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Ian Price");
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.SCARE)
        .extracting(Quote::text)
        .containsExactly("Silver Screen: The Lost Years,", "radio", "Broadway");
  }

  @Test
  void anInvertedReportingVerbNamesTheSpeakerAfterIt() {
    String text =
        "\"She looked so calm,\" said Ann Yeager, who took the photographs.\n\n"
            + "One big difference between her and the others, said Yeager:\n\n"
            + "\"She felt more at ease on stage than off it.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ann Yeager", "Ann Yeager");
  }

  @Test
  void thePaperIsTheNewspaperNamedByItsKindBefore() {
    String text =
        "Conservative daily Ostrava Vecer warned that miners would strike if the pits closed.\n\n"
            + "\"The valley will not be quiet,\" the paper said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ostrava Vecer");
  }

  @Test
  void aDefiniteRoleThatOpensTheParagraphBeforeIntroducesTheQuotationAsItsHolder() {
    String text =
        "Circuit Judge Ellen Marsh sentenced Harlan Voss on Friday for setting the mill fire.\n\n"
            + "Voss did not speak.\n\n"
            + "The judge had a warning for the prison staff:\n\n"
            + "\"Watch him closely. He will try again.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ellen Marsh");
  }

  @Test
  void subjectsBeforeTheVerbAndSignedQuotesNameTheirSpeaker() {
    String text =
        "Ferry crews in Kiel stopped work on Friday over a new rota.\n"
            + "\n"
            + "The operator disagreed. \"The rota keeps every rule,\" its director, Jonas Feld,"
            + " wrote in a note to staff.\n"
            + "\n"
            + "The minister, Marta Olsen, urged talks. \"I expect a deal by Sunday,\" she said.\n"
            + "\n"
            + "\"Nobody wins a stoppage like this\" - Marta Olsen, speaking on local radio.\n"
            + "\n"
            + "The port's mayor said on Monday that the town would help the stranded drivers.\n"
            + "\n"
            + "\"Nobody told us,\" shouted one driver at the gate on Saturday night.\n"
            + "\n"
            + "The two countries said there was \"no room for delay\" on the new berths.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("The rota keeps every rule,", "Jonas Feld"),
            tuple("I expect a deal by Sunday,", "Marta Olsen"),
            tuple("Nobody wins a stoppage like this", "Marta Olsen"),
            tuple("Nobody told us,", null),
            tuple("no room for delay", null));
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.DIRECT && q.speaker() == null)
        .extracting(Quote::description)
        .containsExactly("one driver at the gate", "The two countries");
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::description)
        .containsExactly(tuple("the town would help the stranded drivers", "The port's mayor"));
  }

  @Test
  void whatASpeakerAddsIsReportedSpeechOfItsOwn() {
    String text =
        "\"The pumps failed at dawn,\" said Ines Roth, the harbour master, adding that two"
            + " boats had sunk.\n\n"
            + "Ines Roth said the quay would stay shut, adding that divers would go down on"
            + " Friday.\n\n"
            + "The rescue went well, the coast guard said, adding it had sent a second crew.\n\n"
            + "\"Nobody was hurt,\" she said, adding: \"We were lucky.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("two boats had sunk", "Ines Roth", null),
            tuple("the quay would stay shut", "Ines Roth", null),
            tuple("divers would go down on Friday", "Ines Roth", null),
            tuple("The rescue went well", null, "the coast guard"),
            tuple("it had sent a second crew", null, "the coast guard"));
    // a quotation after "adding" is direct speech already
    assertThat(direct(x)).extracting(Quote::text).contains("We were lucky.");
  }

  @Test
  void anAttributionSetInsideTheSpeechLeavesBothSidesToIt() {
    String text =
        "Since the dam is so old, Petra Vogel said, the inspectors would come twice a year.\n\n"
            + "The ferry, a port spokeswoman said on Tuesday, will sail again in May.\n\n"
            + "The talks, according to two envoys, stalled over the border line.\n\n"
            + "Fares will rise, the operator said, unless the city pays the deficit.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple(
                "Since the dam is so old … the inspectors would come twice a year",
                "Petra Vogel",
                null),
            tuple("The ferry … will sail again in May", null, "a port spokeswoman"),
            tuple("The talks … stalled over the border line", null, "two envoys"),
            tuple("Fares will rise … unless the city pays the deficit", null, "the operator"));
  }

  @Test
  void wordsAfterAnInnerAttributionThatCarryTheNarrativeOnAreNotSpeech() {
    String text =
        "Output fell for a second month, the statistics office said, as orders from Asia"
            + " dried up.\n\n"
            + "The mill will close, the owners said, citing the price of power.\n\n"
            + "Jobs grew strongly in May, the ministry said, evidence that the slump was over.\n\n"
            + "The truce is holding, a UN envoy told reporters, but trucks still cannot cross.\n\n"
            + "The fleet, which Admiral Cole said was ready, sailed at dawn.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text)
        .containsExactly(
            "Output fell for a second month",
            "The mill will close",
            "Jobs grew strongly in May",
            "The truce is holding");
  }

  @Test
  void aSourceAtTheSentencesEndSpeaksForTheWordsBefore() {
    String text =
        "The mill will close in March, according to two people who know the plan.\n\n"
            + "The pianist died at home, according to her official website.\n\n"
            + "Steel imports fell by a third, according to an aide to U.S. Trade Representative"
            + " Ruth Baker.\n\n"
            + "Talks broke down, the envoy said, according to the Tass news agency.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("The mill will close in March", null, "two people"),
            tuple("The pianist died at home", null, "her official website"),
            tuple(
                "Steel imports fell by a third",
                null,
                "an aide to U.S. Trade Representative Ruth Baker"),
            tuple("Talks broke down", null, "the envoy"));
  }

  @Test
  void aShareOfAGroupSpeaksAndAClauseAfterThatKeepsItsPreposition() {
    String text =
        "Churn is high since 41% of nurses say they may quit within a year.\n\n"
            + "The company said that in the past it had sold most of its steel abroad.\n\n"
            + "Most drivers pay by card, according to a 2025 survey of taxi firms.\n\n"
            + "The venue is full, according to Ann Lee, a spokeswoman for the promoter.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::description)
        .containsExactly(
            tuple("they may quit within a year", "41% of nurses"),
            tuple("in the past it had sold most of its steel abroad", "The company"),
            tuple("Most drivers pay by card", "a 2025 survey of taxi firms"));
  }

  @Test
  void aPossessorIsNoSubjectAndLateOnTuesdayNamesNoSpeaker() {
    String text =
        "Weber's deputy, Lina Hoff, disagreed. \"It is far too early,\" she said.\n\n"
            + "\"The vote will go ahead,\" the chair of the assembly, Jonas Weber, insisted late on"
            + " Tuesday.\n\n"
            + "\"It was chaos\" - that is how one witness, a nurse named Ruth Ames, described the"
            + " scene.\n\n"
            + "\"They lied to us,\" said Amal, 34, a mother of three from the town.\n\n"
            + "\"Go home\" was the message from Jonas Weber to the crowd.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Lina Hoff", "Jonas Weber", "Ruth Ames", "Amal", "Jonas Weber");
  }

  @Test
  void anAuxiliaryOrASecondVerbLeavesTheSubjectSpeaking() {
    String text =
        "The regulator has said it will publish the report next month.\n\n"
            + "A spokesman for the ferry line declined to comment, but said the crossings would"
            + " resume.\n\n"
            + "The minister insisted the budget was balanced, and said taxes would not rise.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::description)
        .containsExactly(
            tuple("it will publish the report next month", "The regulator"),
            tuple("the crossings would resume", "A spokesman for the ferry line"),
            tuple("taxes would not rise", "The minister"));
  }

  @Test
  void aNavyOrACourtSpeaksAsABody() {
    String text =
        "The navy said in a statement that nine smugglers had surrendered.\n\n"
            + "The court said the eviction was unlawful.\n\n"
            + "According to court records, the tenant had paid every month.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::description)
        .containsExactly(
            tuple("nine smugglers had surrendered", "The navy"),
            tuple("the eviction was unlawful", "The court"),
            // a writing after the body's noun stays in the description
            tuple("the tenant had paid every month", "court records"));
  }

  @Test
  void anItOrTheyThatNamesNoOneCarriesOnTheLastSpeaker() {
    String text =
        "The navy said in a statement that nine smugglers had surrendered. The smugglers would"
            + " be handed to the police, it said.\n\n"
            + "Rescuers said the road was cut. They said the bridge would reopen on Friday.\n\n"
            + "The ferry sank at noon. The cause was not known, it said.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::description)
        .containsExactly(
            tuple("nine smugglers had surrendered", "The navy"),
            tuple("The smugglers would be handed to the police", "The navy"),
            tuple("the road was cut", "Rescuers"),
            tuple("the bridge would reopen on Friday", "Rescuers"));
  }

  @Test
  void aLongPhraseOfWhenAndWhereAfterAClosingVerbReportsTheWordsBefore() {
    String text =
        "The island had every right to close its harbour to the fleet, Norway said Friday in"
            + " reply to a protest from the fishing nations of the north Atlantic.\n\n"
            + "Because the pier is old, the mayor said, the ferries from the north will dock at"
            + " the new quay for the rest of the year.";
    List<String> reported =
        EXTRACTOR.read(text, Published.unknown()).quotes().stream().map(Quote::text).toList();
    assertThat(reported).contains("The island had every right to close its harbour to the fleet");
    // a verb set off by commas far from the end does not report the opening clause
    assertThat(reported).doesNotContain("Because the pier is old");
  }

  @Test
  void aDayNamedStraightAfterTheVerbIsNotReported() {
    String text =
        "The harbour board said Monday that the quay would reopen in May.\n\n"
            + "Its chair, Ines Roth, said Tuesday night the repairs were on budget.\n\n"
            + "Ines Roth said May would be too late for the fishing fleet.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text)
        .containsExactly(
            "the quay would reopen in May",
            "the repairs were on budget",
            "May would be too late for the fishing fleet");
  }

  @Test
  void reportedSpeechFollowsTheVerbPastALongOpeningPhraseAndSharesIsNoVerb() {
    String text =
        "Asked whether the crew could have been saved had the pumps been working, Henrik Vaara"
            + " said there was no way to know.\n\n"
            + "At least nine sailors were rescued, coast guard officials said as dawn broke.\n\n"
            + "In trading on Friday, Norrland Shipping shares fell 40 cents to $12.10.\n\n"
            + "The harbour master called the police to tell them what the crew had seen.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("there was no way to know", "Henrik Vaara", null),
            tuple("At least nine sailors were rescued", null, "coast guard officials"));
  }

  @Test
  void reportedSpeechQuotedAsSayingBelongsToWhoeverWasQuoted() {
    String text =
        "The governor, Ana Pires, was quoted by local television as saying the city had run out"
            + " of money.\n\n"
            + "State media quoted Ali Reza as saying that the border would stay shut.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("the city had run out of money", "Ana Pires"),
            tuple("the border would stay shut", "Ali Reza"));
  }

  @Test
  void sayingLittleAboutSomethingReportsNoWords() {
    String text =
        "The report said little about the causes of the fire.\n\n"
            + "The ministry said nothing had changed since the inspection.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text)
        .containsExactly("nothing had changed since the inspection");
  }

  @Test
  void aTokenisedDecimalDoesNotEndItsSentence() {
    String text = "The quake measured 5 . 9 and shook the coast , officials said .";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::text, Quote::description)
        .containsExactly(tuple("The quake measured 5 . 9 and shook the coast", "officials"));
  }

  @Test
  void reportedSpeechAfterAnAppositionAndARoleAbbreviation() {
    String text =
        "Finnish Prime Minister Aino Laakso met dock workers in Kotka on Monday.\n"
            + "\n"
            + "Talks with the unions are going well, Finland's PM said.\n"
            + "\n"
            + "Laakso, 52, said the government would fund two new cranes at the port.\n"
            + "\n"
            + "A spokesman for the union, Pekka Virta, said the workers would vote on Friday.\n"
            + "\n"
            + "Virta told local radio that the vote would be close.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("Talks with the unions are going well", "Aino Laakso"),
            tuple("the government would fund two new cranes at the port", "Aino Laakso"),
            tuple("the workers would vote on Friday", "Pekka Virta"),
            tuple("the vote would be close", "Pekka Virta"));
  }

  @Test
  void anyReportingVerbFollowedByThatReportsSpeech() {
    String text =
        "Storm warnings went up along the coast of Sorvik on Sunday.\n"
            + "\n"
            + "Forecaster Ilse Brandt warned that the surge could reach the harbour wall.\n"
            + "\n"
            + "Mayor Tomas Aho added on Monday that the ferries would stay in port.\n"
            + "\n"
            + "Brandt pointed out that the last surge had come without warning.\n"
            + "\n"
            + "Aho told reporters the harbour wall would be raised next year.\n"
            + "\n"
            + "Brandt told the story of the great flood of 1953.\n"
            + "\n"
            + "The warning that came late was the third this month, residents noted.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("the surge could reach the harbour wall", "Ilse Brandt"),
            tuple("the ferries would stay in port", "Tomas Aho"),
            tuple("the last surge had come without warning", "Ilse Brandt"),
            tuple("the harbour wall would be raised next year", "Tomas Aho"),
            // the "that" of a subject reports nothing; the verb that ends the sentence does
            tuple("The warning that came late was the third this month", null));
  }

  @Test
  void anOpeningPhraseBeforeTheSpeakerIsNotWhatWasSaidAndAClauseIsNoSpeaker() {
    String text =
        "Finance Minister Karin Olsson defended the budget in parliament on Tuesday.\n"
            + "\n"
            + "Speaking to reporters afterwards, Olsson said the country could not keep borrowing.\n"
            + "\n"
            + "The ministry has received reports that the cuts go too far.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(tuple("the country could not keep borrowing", "Karin Olsson", null));
  }

  @Test
  void aNameHasOneTypeInADocumentAndAPersonOfABodyIsTwoEntities() {
    String text =
        "Negotiators from Velland and Ostria met in Geneva on Monday.\n"
            + "\n"
            + "\"The Ostrians want guarantees we cannot give,\" said a senior Velland official.\n"
            + "\n"
            + "Analyst Grace Wu of Fenmore Research said on Friday the talks would fail.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Velland"))
        .extracting(Entity::type)
        .containsExactly(EntityType.LOCATION);
    assertThat(x.entities())
        .extracting(Entity::name, Entity::type)
        .contains(
            tuple("Grace Wu", EntityType.PERSON),
            tuple("Fenmore Research", EntityType.ORGANIZATION));
    assertThat(x.quotes())
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple(
                "The Ostrians want guarantees we cannot give,", null, "a senior Velland official"),
            tuple("the talks would fail", "Grace Wu", null));
  }

  @Test
  void aNameBeforeAndIsNotPartOfTheNextPersonsTitle() {
    String text =
        "Premier Wu Li met President Omar Haddad in Doha on Monday.\n"
            + "\n"
            + "After the talks, Li and President Omar Haddad signed a shipping accord.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.name().equals("Omar Haddad"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).noneMatch(a -> a.contains("Li")));
  }

  @Test
  void aShortSurnameAfterATitleStaysPartOfTheName() {
    String text =
        "Chinese Vice Premier He Lifeng met the delegation in Ningbo on Monday. He said the"
            + " talks would go on.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactly("He Lifeng");
  }

  @Test
  void aHyphenatedPairOfPlacesTheTextNamesApartIsNoEntity() {
    String text =
        "Brazil-Argentina trade rose in March. Brazil sold more beef, and Argentina bought"
            + " more machines from Brazil.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .extracting(Entity::name)
        .contains("Brazil", "Argentina")
        .doesNotContain("Brazil-Argentina");
  }

  @Test
  void newsAgenciesAndBroadcastersAreOrganisations() {
    String text =
        "The harbour master told Al Jazeera on Monday that the port would reopen.\n"
            + "\n"
            + "Ships were waiting offshore, Reuters and AFP reported, citing the coastguard.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .contains("Al Jazeera", "Reuters", "Agence France-Presse");
  }

  @Test
  void shortFormsOfCountriesAndBlocsAreOneEntityUnderTheirFullName() {
    String text =
        "The U.S. and the EU agreed new tariffs on steel from Talvania on Monday.\n"
            + "\n"
            + "Officials in the United States said US buyers would pay more, and the European"
            + " Union said the UK had not been consulted.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("United States"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.LOCATION);
              assertThat(e.aliases()).contains("U.S.", "US");
            });
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("European Union"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).contains("EU"));
    assertThat(x.entities()).extracting(Entity::name).contains("United Kingdom");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("U.S.", "US", "EU", "UK");
  }

  @Test
  void aShortClauseBeforeAColonIntroducesItsSubjectsQuotation() {
    String text =
        "Mayor Peter Holm debated his challenger, Anna Berg, on Wednesday.\n"
            + "\n"
            + "Holm accused Berg of lying. She shot back: \"Check the figures.\"\n"
            + "\n"
            + "\"I enjoyed it,\" Holm said afterwards, while Berg told supporters: \"We won.\"";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("Check the figures.", "Anna Berg"),
            tuple("I enjoyed it,", "Peter Holm"),
            tuple("We won.", "Anna Berg"));
  }

  @Test
  void wordsAQuotedSourceABroadcastOrAnAnnouncementUsedAreSpeechButNamesAfterCalledAreNot() {
    String text =
        "Engineers say the chip's \"brains\" run hot. With the port now \"closed,\" ships wait."
            + " The mood was \"electric.\"\n"
            + "\n"
            + "A paper quoted a port official in Lima as saying the sailors are \"guests\" who may"
            + " leave.\n"
            + "\n"
            + "State radio called the strikers \"vandals\" and \"foreign agents.\"\n"
            + "\n"
            + "Saying \"nothing is settled\" about the deal, the government exhorted calm.\n"
            + "\n"
            + "She joined a choir called \"Voices Over Water\" in 2019.\n"
            + "\n"
            + "Shares rose after a Toyota announcement that it would hire bankers \"to weigh every"
            + " option,\" including a sale.\n"
            + "\n"
            + "About 200 protesters marched past the embassy on Friday, chanting \"Free them all.\"";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("guests", null, "a port official in Lima"),
            tuple("vandals", null, "State radio"),
            tuple("foreign agents.", null, "State radio"),
            tuple("nothing is settled", null, "the government"),
            tuple("to weigh every option,", "Toyota", null),
            tuple("Free them all.", null, "About 200 protesters"));
  }

  @Test
  void aSurnameMisspeltByOneLetterJoinsItsPersonUnlessTwoAreThatClose() {
    String text =
        "Coach Milena Vasquez praised her defenders after the final on Sunday.\n"
            + "\n"
            + "\"We never stopped running,\" Vasqeuz said. The rival coaches, Jonas Halvorsen and"
            + " Erik Halvorson, left early.\n"
            + "\n"
            + "\"We lost the midfield,\" Halvorsan said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Milena Vasquez", "Halvorsan");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Milena Vasquez"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).contains("Vasqeuz"));
  }

  @Test
  void companiesByTheirFirstWordUnnamedSpeakersBeforeHeAndSourcesCloseToSomeone() {
    String text =
        "Harwick Data Systems Inc. said it agreed to be bought by Lomond Corp. for $40 million.\n"
            + "\n"
            + "Harwick, a maker of tape drives, said the deal could be revised \"under certain"
            + " conditions.\" Revenue fell 8%. Lomond cited \"a general softening in demand.\"\n"
            + "\n"
            + "A spokesman for the buyer said the loss came from charges that he described as"
            + " \"unusual and large.\"\n"
            + "\n"
            + "Director Paul Hendry has not signed. The paper quotes a source close to Hendry, who"
            + " called the talks \"a grinding experience.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Harwick Data Systems Inc.", null),
            tuple("Lomond Corp.", null),
            tuple(null, "A spokesman for the buyer"),
            tuple(null, "a source close to Hendry"));
  }

  @Test
  void appositionsRelativeClausesAndLoudVerbsBetweenQuoteAndSpeaker() {
    String text =
        "Jerry Holm, publisher of Brewers Weekly, a trade newsletter, said the move means"
            + " \"everyone else will struggle to hit targets.\"\n"
            + "\n"
            + "\"This is not a protest, it is murder!\" Prime Minister Anton Varga thundered in"
            + " parliament.\n"
            + "\n"
            + "\"It is a sad day for the hopes of his mother Elena,\" who drowned when the boat"
            + " sank, said Roger Bern, a lawyer for the family.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Jerry Holm", "Anton Varga", "Roger Bern");
  }

  @Test
  void theyCarriesOnAGroupJustQuotedButNotAPerson() {
    String text =
        "After the summit, the two governments said there were \"no closed doors\" between them."
            + "\n\nThey insisted that \"the partnership targets no third country.\"\n\n"
            + "Minister Ada Krol said the talks were \"useful.\"\n\n"
            + "They added that \"more rounds will follow.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "the two governments"),
            tuple(null, "the two governments"),
            tuple("Ada Krol", null),
            tuple(null, null));
  }

  @Test
  void aLeadThatDescribesSomeoneIsTheSpeakerNamedNextButASpokesmanIsNot() {
    String lead =
        "The owner of a small bakery fined for a sign in her window says the ruling is \"a"
            + " temporary setback.\"\n\nAna Ruiz said Friday she would appeal the fine.";
    String spokesman =
        "A Kremlin spokesman said the visit was \"very important.\"\n\nVladimir Putin will"
            + " travel next week.";
    assertThat(direct(lead)).extracting(Quote::speaker).containsExactly("Ana Ruiz");
    assertThat(direct(spokesman))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "A Kremlin spokesman"));
  }

  @Test
  void twoWordVerbsReportAndADescriptionEndsAtItsLastNounBeforeTheVerb() {
    String text =
        "An expert data analyst pointed out, \"most tools stop at the column level.\"\n\n"
            + "As Vera Lind points out, \"it is a numbers game.\"\n\n"
            + "A government official downplayed the unrest, saying \"strikes come and go here.\""
            + "\n\nAn executive at a software tools company said \"we will hire again.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "An expert data analyst"),
            tuple("Vera Lind", null),
            tuple(null, "A government official"),
            tuple(null, "An executive at a software tools company"));
  }

  @Test
  void fragmentsShareTheAttributionClosingTheirSentenceAndItIsTheBodyOpeningTheOneBefore() {
    String text =
        "Mayor Ann Holt insisted the cuts had \"nothing to do with the strike.\"\n\n"
            + "\"The city is a special case\" because of its \"heavy debts\" and because it"
            + " \"hid its accounts for years,\" Treasurer Olli Rand said.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("nothing to do with the strike.", "Ann Holt"),
            tuple("The city is a special case", "Olli Rand"),
            tuple("heavy debts", "Olli Rand"), // between two of his quotations: his words too
            tuple("hid its accounts for years,", "Olli Rand"));
    String it = "The ministry issued a statement on Tuesday. \"The strike is illegal,\" it said.";
    assertThat(direct(it)).extracting(Quote::description).containsExactly("The ministry");
    String timed =
        "Mr. Tanaka, the chief executive, said profit would \"recover sharply\" next year.";
    assertThat(direct(timed)).extracting(Quote::speaker).containsExactly("Tanaka");
    String but = "Sales fell. But analysts said the drop was \"a blip, nothing more.\"";
    assertThat(direct(but)).extracting(Quote::description).containsExactly("analysts");
  }

  @Test
  void aNameBeforeARoleIsTheEmployerNotTheSpeaker() {
    String after = "\"Stocks are thin,\" said Harrow & Harrow spokeswoman Ines Baptiste.";
    assertThat(direct(after)).extracting(Quote::speaker).containsExactly("Ines Baptiste");
    String indirect =
        "Lund assured Moreau that the port would stay open, Moreau's aide Pavel Greco said.";
    assertThat(EXTRACTOR.read(indirect, Published.unknown()).quotes())
        .extracting(Quote::speaker)
        .containsExactly("Pavel Greco");
  }

  @Test
  void anAdjectiveBeforeANameAndARepeatedLineStillNameTheSpeaker() {
    String tearful = "\"The boat never came back,\" a tearful Odile Brun, 61, said of her sons.";
    assertThat(direct(tearful)).extracting(Quote::speaker).containsExactly("Odile Brun");
    String chief = "\"It was not random,\" the Lakeview police chief, Amos Kettle, said.";
    assertThat(direct(chief)).extracting(Quote::speaker).containsExactly("Amos Kettle");
    String repeated = "\"I signed nothing,\" Varga repeated.";
    assertThat(direct(repeated)).extracting(Quote::speaker).containsExactly("Varga");
  }

  @Test
  void aQuotationNotReopenedAfterABlankLineClosesWhereItsMarkFacesBack() {
    String text =
        "Nadia Orr, who runs the shelter, was asked about the cuts.\n\n"
            + "\"We lost two beds in March.\n\n"
            + "We will lose four more in May,\" Orr said.\n\n"
            + "\"Nobody called us,\" said Ivo Lenk, a volunteer.";
    List<Quote> quotes = direct(text);
    assertThat(quotes)
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly(
            "We lost two beds in March.", "We will lose four more in May,", "Nobody called us,");
    assertThat(quotes)
        .extracting(Quote::speaker)
        .containsExactly("Nadia Orr", "Nadia Orr", "Ivo Lenk");
    String tokenised =
        "Firemen were still at work .\n\n\"It is tough .\n\n"
            + "I want to go home , \" Ada Brill said by telephone .";
    assertThat(direct(tokenised))
        .extracting(Quote::speaker)
        .containsExactly("Ada Brill", "Ada Brill");
    String inches =
        "The screen is 6.7\" wide.\n\nThe case measures (7.1\" x 3\") and weighs little.";
    assertThat(direct(inches)).isEmpty();
  }

  @Test
  void anAgeWithSpacedHyphensIsOneWordAsInTokenisedText() {
    String text =
        "\" We will march again , \" said 70 - year - old Petros Lanaras , a retired baker .";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Petros Lanaras");
  }

  @Test
  void aStraightMarkFacingBackClosesACurlyOne() {
    String text = "He told the paper, “The pumps never stopped.\" Then he left.";
    assertThat(direct(text))
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly("The pumps never stopped.");
  }

  @Test
  void aTitlesSpacedFullStopNeitherEndsTheSentenceNorCutsTheName() {
    String text = "\" The door was locked , \" said Harbor police Lt . Dana Kowal .";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Dana Kowal");
  }

  @Test
  void aSurnameAfterMrIsAPersonEvenWhenItReadsAsANationality() {
    String text = "\"We will appeal,\" said Mr. English, the company's lawyer.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("English");
    String roman = "In an interview, Mr. Roman said: \"We have no plan to sell.\"";
    assertThat(direct(roman)).extracting(Quote::speaker).containsExactly("Roman");
  }

  @Test
  void aNameAfterAStatementsParticipleIsNotItsSpeaker() {
    String read = "\"The ban is a crime,\" said a statement from the union, read over Radio Tarn.";
    assertThat(direct(read)).extracting(Quote::speaker).containsOnlyNulls();
    String lawyer = "\"We will appeal,\" said his lawyer, attorney Ines Moreau.";
    assertThat(direct(lawyer)).extracting(Quote::speaker).containsExactly("Ines Moreau");
  }

  @Test
  void wordsBeforeADeterminerAreSpeechNotAModifier() {
    String text = "The spokesman noted that Arland \"firmly opposes\" any sale of the mine.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("The spokesman");
  }

  @Test
  void aRoleBeforeABareSurnameIsATitleNotPartOfTheName() {
    String text =
        "Mayor Ruth Calder opened the bridge.\n\n\"It took nine years,\" Mayor Calder said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactly("Ruth Calder");
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Ruth Calder");
  }

  @Test
  void aLeadersRolePointsToThePersonWhoOpensTheSentenceBefore() {
    String text =
        "Mr. Varden told the assembly the reforms would go on. \"There is no way back,\" the"
            + " Ostrian leader said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Varden");
    String other = "Mr. Varden met the president in Kell. \"We agreed,\" the president said.";
    assertThat(direct(other)).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void anAbbreviatedTitleGivesTheRoleALaterDescriptionNames() {
    String gov =
        "\"The levee held,\" said Gov. Irma Stott.\n\n\"We were lucky,\" the governor said.";
    assertThat(direct(gov)).extracting(Quote::speaker).containsExactly("Irma Stott", "Irma Stott");
    String ag =
        "\"We will appeal,\" said Atty. Gen. Omar Lisle.\n\n\"Soon,\" the attorney general"
            + " said.";
    assertThat(direct(ag)).extracting(Quote::speaker).containsExactly("Omar Lisle", "Omar Lisle");
  }

  @Test
  void anAideToATitledNameAndAWitnessWhoSawSomeoneAreUnnamed() {
    String aide = "\"He is resting,\" said an aide to Sen. Ona Pruitt.";
    assertThat(direct(aide)).extracting(Quote::speaker).containsOnlyNulls();
    String witness = "\"He looked tired,\" said a witness who saw Mr. Galt on television.";
    assertThat(direct(witness)).extracting(Quote::description).containsExactly("a witness");
    String colleague = "\"It was a mistake,\" said a former colleague of Mr. Galt.";
    assertThat(direct(colleague)).extracting(Quote::speaker).containsOnlyNulls();
    String secretary = "\"We agree,\" Secretary of State Lena Hart said.";
    assertThat(direct(secretary)).extracting(Quote::speaker).containsExactly("Lena Hart");
  }

  @Test
  void asSomeonePutItReportsSpeech() {
    String text = "As Mara Quist put it, \"The river decides.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Mara Quist");
  }

  @Test
  void wordsAfterSoCalledAreScareQuotes() {
    String text = "Officials said the so-called \"Orla plan\" was dead.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind)
        .containsExactly(Quote.Kind.INDIRECT, Quote.Kind.SCARE);
  }

  @Test
  void aOneWordAnswerAfterAnAdverbIsSpeechAndChantingReports() {
    String simply = "Asked if he would run, Doyle said simply: \"No.\"";
    assertThat(direct(simply)).extracting(Quote::speaker).containsExactly("Doyle");
    String chant = "\"Go home!\" the crowd chanted.";
    assertThat(direct(chant)).extracting(Quote::description).containsExactly("the crowd");
  }

  @Test
  void aKinNounNextToANameTellsTheGenderAPronounNeeds() {
    String text =
        "Tomas Reyes spoke to reporters outside his home. His niece, Yarelis, stood beside"
            + " him. \"We are going to fight,\" he said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Tomas Reyes");
    String after =
        "Tomas Reyes left early. Yarelis, his niece, stayed. \"We will be back,\" she said.";
    assertThat(direct(after)).extracting(Quote::speaker).containsExactly("Yarelis");
  }

  @Test
  void thePronounAfterAPersonsOwnSaidTellsTheGenderNoListKnows() {
    String text =
        "Tamsin Vey was charged on Monday. Officer Dovrin Kaltes, speaking at the inquest on"
            + " Friday, said he asked how she felt. \"I am not sorry,\" she said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Tamsin Vey");
    String object = "The aunt of Dovrin Kaltes said she would pay. \"We owe him that,\" he said.";
    assertThat(direct(object)).extracting(Quote::speaker).containsExactly("Dovrin Kaltes");
  }

  @Test
  void aGivenNameAfterASpouseOfASurnameTakesTheSurname() {
    String text =
        "Officer Ruben Talgo died in the fire. Talgo's widow, Mireya, spoke after the verdict."
            + " \"Justice was done,\" said Talgo, who sat in the front row.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Mireya Talgo");
    assertThat(x.entities()).extracting(e -> e.name()).contains("Ruben Talgo", "Mireya Talgo");
    String given = "Ana Ruiz met the press. Ana's son, Teo, waved. \"Thanks,\" said Teo.";
    assertThat(direct(given)).extracting(Quote::speaker).containsExactly("Teo");
  }

  @Test
  void theSubjectOfAPassiveFramingVerbDoesNotSpeak() {
    String text =
        "Lund and Ferro are accused of acting \"against the rules of fair play\" by hiding the"
            + " fee, the league's report said.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("the league's report");
    String cited = "Lund was cited as saying \"we did nothing wrong\" in the report.";
    assertThat(direct(cited)).extracting(Quote::speaker).containsExactly("Lund");
  }

  @Test
  void theCompanyIsTheBodyNamedMostWhenTheLastFewAreAllListenersOrWorkplaces() {
    String text =
        "Mora Group built the site in 2001. A worker opened fire at the Velta Foods plant in"
            + " Dunmore on Friday, police said. One witness told NBC Dunmore that the shooter had"
            + " been suspended. \"I heard the gunfire, and I ran,\" a driver told The Associated"
            + " Press.\n\n\"This is a sad day for the Velta Foods family,\" the company said.";
    assertThat(direct(text)).extracting(Quote::speaker).endsWith("Velta Foods");
  }

  @Test
  void theStatementSpeaksForWhoeverTheTextSaysIssuedOrSignedIt() {
    String issued =
        "Velta Foods issued a statement early on Friday. \"This is a tragic loss for all of us,\""
            + " the statement said.";
    assertThat(direct(issued)).extracting(Quote::speaker).containsExactly("Velta Foods");
    String signed =
        "Mayor Ana Ruiz read from a letter signed by Tomas Ode. \"I will come alone,\" the"
            + " letter said.";
    assertThat(direct(signed)).extracting(Quote::speaker).containsExactly("Tomas Ode");
  }

  @Test
  void theOneHeardSayingSomethingSaysIt() {
    String yell = "Ruiz said a neighbour heard an officer yell, \"Drop the bag!\" and ran.";
    assertThat(direct(yell)).extracting(Quote::description).containsExactly("an officer");
    String say = "Nina Ruiz heard the driver say, \"We have to go now.\"";
    assertThat(direct(say)).extracting(Quote::description).containsExactly("the driver");
  }

  @Test
  void clergyTitlesAreRoles() {
    String text = "Cardinal Piet Ooms visited the ward. \"We pray for them,\" the cardinal said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Piet Ooms");
  }

  @Test
  void aNameInTheAttributionBeforeDoesNotInterruptThePronounAfter() {
    String text =
        "\"She was kind,\" Yarelis said of Ms. Ruhl afterward. \"She listened,\" she said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Yarelis", "Yarelis");
  }

  @Test
  void aNameInAppositionToAPossessedRoleSpeaks() {
    String text = "\"The ruling is wrong,\" Vantex's general counsel, Rhea Moll, said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Rhea Moll");
  }

  @Test
  void thePersonAfterAPossessiveAndAnHonorificSpeaks() {
    String text = "\"It is business as usual,\" said Drexel's Mr. Joseph.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Joseph");
  }

  @Test
  void aPluralSubjectReportsInThePresent() {
    String text =
        "Two economists argue that the levy \"punishes the smallest firms.\" Across town, \"it"
            + " will not last,\" analysts warn. The map shows the \"wider view\" of the route, clarify"
            + " the links between stops, and saves time.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind, Quote::description)
        .containsExactly(
            tuple(Quote.Kind.DIRECT, "Two economists"),
            tuple(Quote.Kind.DIRECT, "analysts"),
            tuple(Quote.Kind.SCARE, null));
  }

  @Test
  void aCompanyNamedWithCorpSpeaksBeforeAColon() {
    String text =
        "In a statement, Kelloway Corp. said: \"The merger will close.\" Later, General Atlas"
            + " Corp. said: \"We will not bid.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Kelloway Corp.", "General Atlas Corp.");
  }

  @Test
  void whoAnotherSpeakerSaysToldTheWordsSpeaksThem() {
    String text =
        "The sergeant said the driver told him, \"I never saw the van.\" Ms. Vane said her"
            + " office had passed on its worry \"that the bridge is unsafe.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "the driver"), tuple("Vane", null));
  }

  @Test
  void whereSomethingWasSaidIsNotWhatWasSaid() {
    String text =
        "Mr. Ferrante said in an interview. Ms. Ito said on Friday that rates would fall.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly("rates would fall");
  }

  @Test
  void aGovernmentNamedByItsPeopleOrItsCountryIsOneBody() {
    String text =
        "Greek unions marched in Athens on Friday. Greece's government said it would \"not"
            + " retreat\" on taxes. \"The cuts stay,\" the Greek government said. Greece warned:"
            + " \"There is more pain ahead.\" President George"
            + " Bush spoke later. \"It is over,\" Bush said of the Bush administration's plan.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker)
        .containsExactly("Greek government", "Greek government", "Greek government", "George Bush");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Greek government"))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
  }

  @Test
  void aRoleWithAnOfPhraseIsHeldAndAStateBeforeAPartyIsThePersonJustNamed() {
    String text =
        "Secretary of Commerce Nadia Orr met Trade Minister Omar Said in Cairo. \"We agreed on"
            + " steel,\" the secretary said. Sen. Dale Brink spoke next. \"It is a start,\" the"
            + " Nevada Republican said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Nadia Orr", null), tuple("Dale Brink", null));
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Nadia Orr"))
        .singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("secretary of commerce"));
  }

  @Test
  void oneRoleHolderIsNotQualifiedByTwoPeoples() {
    String text =
        "Prime Minister Ari Dovrat met Sami Haddad on Sunday. \"We made progress,\" the Israeli"
            + " leader said. \"Not enough,\" the Palestinian leader replied.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Ari Dovrat", null), tuple(null, "the Palestinian leader"));
  }

  @Test
  void aKinNounPointsToTheRelativeTheTextNamed() {
    String text =
        "Nico's father, Tomas Ferrer, landed on Monday. \"I want my son home,\" the father said."
            + " His great-uncle, Anselmo Ferrer, would not meet him. \"The boy stays,\" the boy's"
            + " great-uncle said. \"We are tired,\" his grandmother said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Tomas Ferrer", null),
            tuple("Anselmo Ferrer", null),
            tuple(null, "his grandmother"));
  }

  @Test
  void aPronounWithNoOneBeforeIsTheDescriptionThatOpenedTheSentenceBefore() {
    String text =
        "Judge Ana Ruiz read the order. \"The law is clear,\" she said. The neighbours were"
            + " unmoved. \"We will appeal,\" they said.\n\nThe officer, whose name was not"
            + " released, radioed for help. \"I was lucky,\" he said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple("Ana Ruiz", null), tuple(null, "The neighbours"), tuple(null, "The officer"));
  }

  @Test
  void aPronounTakesAnIndefiniteDescriptionThatOpenedTheSentenceBefore() {
    String text =
        "A passenger on the ferry said the deck tilted in the wind. \"I held on to the rail,\""
            + " she said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "A passenger"));
  }

  @Test
  void aLegislatorsPartyAndStateAreStepsOverToTheVerb() {
    String text =
        "Rep. Orla Venn, D-Ore., called the levy \"a tax on rain.\" Sen. Tobias Crane, R-Wyo.,"
            + " said: \"We will not vote for it.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Orla Venn", "Tobias Crane");
  }

  @Test
  void whoIssuesAStatementSpeaksThroughIt() {
    String text =
        "The ministry issued a short statement saying: \"All berths are open.\"\n\n"
            + "The harbour master's office released a statement: \"No ship was damaged.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "The ministry"), tuple(null, "The harbour master's office"));
  }

  @Test
  void aSecondVerbOfTheSentenceTakesTheNameInApposition() {
    String text =
        "The bakery's owner, Lise Varga, told customers the loaves had been \"too dense\" but"
            + " said: \"The new oven fixes that.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Lise Varga", "Lise Varga");
  }

  @Test
  void aClauseAfterTheNamesCommaIsNoApposition() {
    String text =
        "Governor Alma Teague toured the dam. Her aide, Piet Vos, quoted the governor as saying,"
            + " \"The spillway held.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Alma Teague");
  }

  @Test
  void aRelativeClauseStandsForTheHeadOfItsNounPhrase() {
    String text =
        "\"We regret the spill,\" a spokeswoman for the mill, which employs 300 people, said"
            + " yesterday.\n\n\"We will appeal,\" the widow of the captain, who was not at the"
            + " hearing, said later.\n\n\"Sell,\" says one dealer at a large Frankfurt bank.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly(
            "a spokeswoman for the mill",
            "the widow of the captain",
            "one dealer at a large Frankfurt bank");
  }

  @Test
  void aLongRelativeClauseStillReachesItsVerb() {
    String text =
        "\"The deal is off,\" one senior diplomat, who spoke on condition of anonymity because he"
            + " was not cleared to brief the press on the talks, said Friday.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("one senior diplomat");
  }

  @Test
  void aPronounAfterAnOpeningPhraseFindsTheDescription() {
    String text =
        "Asked whether she would seek a third term, the mayor laughed. \"Ask me in the spring,\""
            + " she said.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("the mayor");
  }

  @Test
  void theStatementGivesWayToTheBodyThatIssuedIt() {
    String text =
        "The water board said in a statement that repairs would take a week. \"Crews are on site"
            + " around the clock,\" the statement said.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("The water board");
  }

  @Test
  void aQuotationAfterAccordingToAndFromAWrittenStatement() {
    String text =
        "According to the harbour master, \"the hull was never inspected.\"\n\n\"Repairs"
            + " start Monday,\" a statement from the port authority said.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("the harbour master", "the port authority");
  }

  @Test
  void aCapitalisedAppositionWithARoleIsSteppedOver() {
    String text =
        "Rosa Imbert, Coastal Birds Trust senior vice president for policy, said, \"The ruling"
            + " is a gift to the wetlands.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Rosa Imbert");
  }

  @Test
  void saysOneOfTheSourcesJustNamed() {
    String text =
        "Sources close to the studio expect the director to return. \"It will be hard,\" says"
            + " one. \"Everybody will end up unhappy.\"";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("one", "one");
  }

  @Test
  void aNameBeforeAColonIntroducesTheNextParagraph() {
    String text =
        "Expect a week of experts on every channel, such as the ever-quotable Dr Lena Marsh:\n\n"
            + "\"Nobody should call this coast safe from tremors.\"\n\n"
            + "The star checked into the clinic on Thursday night, her rep told a magazine.\n\n"
            + "\"She is doing well.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Lena Marsh", null), tuple(null, "her rep"));
  }

  @Test
  void aPronounFindsTheDescriptionOpeningItsOwnSentence() {
    String text = "A passenger grabbed the microphone and she shouted, \"Stop the bus!\"";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("A passenger");
  }

  @Test
  void saidAnotherIsSomeoneElse() {
    String text = "\"Prices will fall,\" said one dealer. \"They will not,\" said another.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("one dealer", "another");
  }

  @Test
  void reportedSpeechKeepsThePercentSignThatEndsIt() {
    Extracts x = EXTRACTOR.read("The company said its output rose 12%.", Published.unknown());
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text)
        .containsExactly("its output rose 12%");
  }

  @Test
  void aCuelessQuotationAfterATitledNameIsTheirs() {
    String text =
        "Coach Ines Brandt was blunt after the defeat.\n\"We were second to every ball. That is"
            + " on me.\"\nThe team flies home on Sunday.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ines Brandt");
  }

  @Test
  void aDescriptionBeforeANameInAppositionGivesItsRole() {
    String text =
        "Brightmoor's head coach, Dana Pell, said the team was tired. \"We will rest,\" the"
            + " head coach said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Dana Pell");
  }

  @Test
  void anOfficeIsNotItsHolder() {
    String text =
        "The governor's office said: \"The bridge is closed.\" Governor Rhea Voss added:"
            + " \"It will reopen soon.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "The governor's office"), tuple("Rhea Voss", null));
  }

  @Test
  void aQualifiedRoleFindsTheHolderWhoseTitleCarriesIt() {
    String text =
        "Chilean President Ana Ruiz phoned President Tom Hale. \"We agree,\" Hale said. \"We do"
            + " too,\" the Chilean leader said.\n\nNorwegian Trade Minister Per Lund met them."
            + " \"Good talks,\" the Norwegian minister said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Tom Hale", "Ana Ruiz", "Per Lund");
  }

  @Test
  void commonNounsOfPeopleDescribeAndPossessedOnesAreNotTheirOwner() {
    String text =
        "Writing on his blog, the novelist's neighbour said: \"He kept to himself.\"\n\n"
            + "\"We lost,\" conceded Governor Ann Platt's rival, Zoe Marsh.\n\n"
            + "\"It was a fair fight,\" the actress told fans.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "the novelist's neighbour"),
            tuple("Zoe Marsh", null),
            tuple(null, "the actress"));
  }

  @Test
  void aReportedFragmentBeforeAPrepositionIsSpeechNotAModifier() {
    String text = "The harbour office said only that skippers should \"stay alert\" near the reef.";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("The harbour office");
  }

  @Test
  void twoPeopleJoinedByAndAreDescribedTogether() {
    String text =
        "Both Mr. Hart and Ms. Lowe said the plan was \"dead on arrival.\" \"The answer is no,\""
            + " Hart and Lowe said. \"We need time,\" said Dora Kell of Procter and Gamble.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "Both Mr. Hart and Ms. Lowe"),
            tuple(null, "Hart and Lowe"),
            tuple("Dora Kell", null));
  }

  @Test
  void figuresCarryValueUnitChangeAndPeriod() {
    String text = "Exports of copper to Chile fell 12.5 per cent in March, customs data showed.";
    Extracts x = EXTRACTOR.read(text, Published.onDay(LocalDate.of(2024, 4, 10)));
    assertThat(x.facts()).hasSize(1);
    assertThat(x.facts().get(0).value()).isEqualTo(12.5);
    assertThat(x.facts().get(0).change()).isEqualTo("down");
    assertThat(x.facts().get(0).period()).isEqualTo("2024-03");
    assertThat(x.facts().get(0).subject()).isEqualTo("Exports of copper to Chile");
  }

  @Test
  void aLongerClauseBeforeAColonGivesTheQuotationToThePersonItOpensWith() {
    String text =
        "Gus Abbot, a baker, has lived in the village for forty years.\n\n"
            + "Abbot summed up the mood in the square: \"Nobody trusts anyone now.\"\n\n"
            + "Rosa Imhof found a note taped to the door: \"Back in five minutes.\"";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("Nobody trusts anyone now.", "Gus Abbot"), tuple("Back in five minutes.", null));
  }

  @Test
  void aParticipleAfterASaidClauseKeepsTheDescriptionWithoutTheVerb() {
    String text =
        "\"This changes nothing,\" a senior official in Brussels said on condition of anonymity,"
            + " adding that talks \"will go on as planned.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(
            tuple(null, "a senior official in Brussels"),
            tuple(null, "a senior official in Brussels"));
  }

  @Test
  void aCuelessQuotationAfterAnOpeningPhraseIsTheMainClausesPerson() {
    String text =
        "Asked whether he would resign, Nils Lindqvist shook his head. \"Absolutely not.\"";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("Absolutely not.", "Nils Lindqvist"));
  }

  @Test
  void aWritingBeforeAColonDescribesTheSpeakerOrItsIssuerSpeaks() {
    String text =
        "The statement from the palace was brief: \"The king is resting comfortably.\"\n\n"
            + "The note was short: \"Gone fishing.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "the palace"), tuple(null, "The note"));
  }

  @Test
  void anAgeBeforeTheAppositionLeavesTheRoleAndTheReportToTheName() {
    String text =
        "Kim Soo-hyun, 34, a lawyer, and Kim Tae-yang, 41, an economist, appeared in court. The"
            + " economist said he was innocent.\n\n"
            + "Maria Lopez, 52, the mayor of Tula, said the water was safe.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name, Entity::roles)
        .contains(
            tuple("Kim Soo-hyun", List.of("lawyer")), tuple("Kim Tae-yang", List.of("economist")));
    assertThat(x.quotes())
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(
            tuple("Kim Tae-yang", "he was innocent"), tuple("Maria Lopez", "the water was safe"));
  }

  @Test
  void aNameSplitAtBinIsOnePerson() {
    String text =
        "Sheikh Mohammed bin Rashid Al Maktoum opened the airport. Sheikh Mohammed said it would"
            + " grow.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactly("Mohammed bin Rashid Al Maktoum");
  }

  @Test
  void aSurnameWithItsParticleCapitalisedJoinsTheFullName() {
    String text =
        "\"This is a dark day,\" said Pieter de Vries, the Dutch foreign minister. De Vries"
            + " said the attack \"broke every rule.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name, Entity::aliases, Entity::roles)
        .containsExactly(
            tuple(
                "Pieter de Vries",
                List.of("De Vries", "the Dutch foreign minister"),
                List.of("foreign minister")));
    assertThat(direct(x)).extracting(Quote::speaker).containsOnly("Pieter de Vries");
  }

  @Test
  void aShrugReportsTheWordsAndAnIssuedReplyDescribesItsIssuer() {
    String text =
        "\"It is what it is,\" shrugged Elena Lopez.\n\n"
            + "Mayor Lena Holt's office issued a terse reply: \"The mayor has no comment.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Elena Lopez", null), tuple(null, "Mayor Lena Holt's office"));
  }

  @Test
  void theCompanysBossIsItsChiefExecutive() {
    String text =
        "Acme chief executive Dana Ruiz said sales rose in the third quarter. The Acme boss said"
            + " demand was strong.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(
            tuple("Dana Ruiz", "sales rose in the third quarter"),
            tuple("Dana Ruiz", "demand was strong"));
  }

  @Test
  void aScareQuotedTermLeavesTheSentenceReportedSpeechAndItsColonAnIntroduction() {
    String text =
        "Fire Chief Ines Valdez praised the crews on Sunday.\n\n"
            + "The chief says she has sent every firefighter through what is called \"hot entry\""
            + " drills for first responders:\n\n"
            + "\"We learned long ago that you cannot wait outside. You go in.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::kind, Quote::speaker)
        .containsExactly(
            tuple(Quote.Kind.INDIRECT, "Ines Valdez"),
            tuple(Quote.Kind.SCARE, null),
            tuple(Quote.Kind.DIRECT, "Ines Valdez"));
  }

  @Test
  void aQuotationHoldingOnlyAQuotedExclamationIsSpeechWithItsCue() {
    String text = "\"'Run!'\" Omar Haddad recalled. \"'Oh, no!'\"  he added.";
    assertThat(direct(text))
        .extracting(Quote::kind, Quote::speaker)
        .containsExactly(
            tuple(Quote.Kind.DIRECT, "Omar Haddad"), tuple(Quote.Kind.DIRECT, "Omar Haddad"));
  }

  @Test
  void theNextSentenceCanNameTheSourceAndAStatementSpeaksForItsIssuer() {
    String echoed =
        "\"It is a disaster for the region.\" That was how the farmers' union leader, Tomas Berg,"
            + " described the drought.\n\n\"We have been forgotten.\" So said Aisha Bello, a nurse.";
    assertThat(direct(echoed))
        .extracting(Quote::speaker)
        .containsExactly("Tomas Berg", "Aisha Bello");
    String statement =
        "\"The talks were productive,\" according to a statement from the foreign ministry.";
    assertThat(direct(statement))
        .extracting(Quote::description)
        .containsExactly("the foreign ministry");
    String notEchoed = "\"We will rebuild.\" That was the easy part, aides said later.";
    assertThat(direct(notEchoed)).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void aSentenceOpeningWithWhoseViewItGivesIntroducesTheQuotation() {
    String text =
        "To Olsen, the new buses are a sign of a larger change. \"We used to think only about"
            + " price. Now we think about the air.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Olsen");
    // a place, or a name that is not alone before the comma, gives no view
    String place =
        "For Lakeside, the new buses came late. \"We waited two years.\"\n\nFor Olsen and her"
            + " staff, it was a long wait. \"Nobody told us why.\"";
    assertThat(direct(place)).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void offersReportsOnlyAtTheEndOfItsClause() {
    String interrupted =
        "\"One thing to know before you start,\" Olsen offers, \"is that the first week is the"
            + " hardest.\"";
    assertThat(direct(interrupted)).extracting(Quote::speaker).containsOnly("Olsen");
    assertThat(direct("\"Start slowly,\" Olsen offered."))
        .extracting(Quote::speaker)
        .containsExactly("Olsen");
    // an offer of something quoted is a sale, not speech
    String sale = "The bakery offers \"fresh bread daily\" and Olsen offers \"free advice.\"";
    assertThat(direct(sale)).isEmpty();
  }

  @Test
  void aPronounReachesAPersonNamedLaterBySurnameAlone() {
    String text =
        "Dan LaPointe works at a carrier. Maria Kowalski works at a consulting firm.\n\n"
            + "Kowalski agreed that slack is needed, stating, \u201cSometimes a client calls and"
            + " you stop studying.\u201d In contrast, at a carrier, LaPointe\u2019s study time was"
            + " more structured. He said that as the exam nears, \u201cstudy time comes first.\u201d";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Maria Kowalski", "Dan LaPointe");
  }

  @Test
  void aStudyThatFoundSomethingAndConcludedSpeaksAsDescribed() {
    // no-break spaces, as web text leaves around stripped links, read as spaces
    String text =
        "\"Participants lost weight,\" says Luigi Ferro. A\u00A0 review of 27 trials\u00A0"
            + " similarly found large losses and concluded that \"fasting shows promise.\"";
    List<Quote> quotes = direct(text);
    assertThat(quotes)
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Luigi Ferro", null), tuple(null, "A  review of 27 trials"));
    assertThat(quotes.get(1).begin()).isEqualTo(text.indexOf("fasting"));
    String poll =
        "\"Voters are tired,\" Ana Ruiz said. A new poll concluded that \"trust is low.\"";
    assertThat(direct(poll))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Ana Ruiz", null), tuple(null, "A new poll"));
  }

  @Test
  void aParticipleAfterAConnectiveOpenedSentenceIsItsSubjects() {
    String text =
        "Many people want tailored plans, Ruiz says. Still, she points to the cost of the"
            + " services as a drawback, noting that they are \"very pricey.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ruiz");
  }

  @Test
  void aTermNamedAfterTheWordOrTheIdeaOfIsNoSpeech() {
    String text =
        "The idea of \"slow travel\" will stay popular next year, according to Ana Ruiz. She"
            + " avoids the word \"cheap,\" she said, and \"we plan every trip with care.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.SCARE)
        .extracting(Quote::text)
        .containsExactly("slow travel", "cheap,");
    assertThat(direct(text))
        .extracting(Quote::text)
        .containsExactly("we plan every trip with care.");
  }

  @Test
  void aNameTheColonClosesInTheQuotationsOwnSentenceSpeaks() {
    String tester =
        "Some testers were won over by the new model, including tester Jon Mikkel: \"It has"
            + " broken the streak.\"";
    assertThat(direct(tester)).extracting(Quote::speaker).containsExactly("Jon Mikkel");
    // the one a message went to is no speaker
    String message = "He sent a message to Ana Ruiz: \"Come home soon.\"";
    assertThat(direct(message)).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void researchSpeaksForItsAuthorAndItCarriesOnForIt() {
    String text =
        "The research by Ana Ruiz and colleagues looked at ten firms using Qwerty Labs tools.\n\n"
            + "Teams changed how they work, \"from single tasks to shared ones,\" says the"
            + " research.\n\nIt adds: \"Pairs did not improve by repetition alone.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Ana Ruiz", "Ana Ruiz");
  }

  @Test
  void aNameInAppositionAfterAccordingToSpeaks() {
    String quoted = "According to the police chief, Maria Santos, \"the suspect acted alone.\"";
    assertThat(direct(quoted)).extracting(Quote::speaker).containsExactly("Maria Santos");
    Extracts reported =
        EXTRACTOR.read(
            "According to Maria Santos, the police chief, the suspect acted alone.",
            Published.unknown());
    assertThat(reported.quotes())
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("Maria Santos", "the suspect acted alone"));
    // reports name no one: the name after them is the subject of what they say
    Extracts press =
        EXTRACTOR.read(
            "According to press reports, Carmen Ruiz, the oldest sister, was the first to arrive.",
            Published.unknown());
    assertThat(press.quotes()).extracting(Quote::speaker).doesNotContain("Carmen Ruiz");
  }

  @Test
  void aSpeechVerbInThePastEndingTheSentenceReportsTheWordsBeforeIt() {
    String text =
        "Police spokesman Carl Berg spoke to reporters. A third suspect remains at large, he"
            + " added. The plant will close in March, the company announced on Monday. The border"
            + " will stay shut, Hungarian officials told reporters.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(q -> q.speaker() + " | " + q.description() + " | " + q.text())
        .containsExactly(
            "Carl Berg | null | A third suspect remains at large",
            "null | the company | The plant will close in March",
            "null | Hungarian officials | The border will stay shut");
    // a plural noun, a passive or a relative clause at the end reports nothing
    String none =
        "Read the letter to learn why the claim was denied. Staff answer all queries and"
            + " comments. It was a real story, which happened to a real person, told simply.";
    assertThat(EXTRACTOR.read(none, Published.unknown()).quotes()).isEmpty();
  }

  @Test
  void anAuxiliaryAfterAnAppositionStillLeadsBackToTheName() {
    String text =
        "Sam Okafor, the union's leader, has said: \"This offer is an insult.\" The port's"
            + " director, Lena Holm, has since called the plan \"a good first step\".";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(
            tuple("Sam Okafor", "This offer is an insult."),
            tuple("Lena Holm", "a good first step"));
  }

  @Test
  void anAgeBeforeAnAppositionWithARelativeClauseIsSteppedOver() {
    String text =
        "Vidal, 54, a former teacher who became mayor in 2019, said the city \"cannot wait\" for"
            + " money. Tomas Berg, 61, a farmer, said: \"We need rain.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Vidal", "Tomas Berg");
  }

  @Test
  void agreeingThatReportsButAgreeingToDoesNot() {
    String text =
        "The mayor, Ines Vidal, and her deputy, Paulo Reis, toured the site. \"It is worse than we"
            + " thought,\" Reis said. \"Much worse,\" she agreed.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Paulo Reis", "Ines Vidal");
    Extracts x =
        EXTRACTOR.read(
            "Riders have agreed to follow rules that ban \"skiplagging\". The envoys agreed. Two"
                + " aides agreed that the plan had failed.",
            Published.unknown());
    assertThat(x.quotes())
        .extracting(Quote::kind, Quote::description, Quote::text)
        .containsExactly(
            tuple(Quote.Kind.SCARE, null, "skiplagging"),
            tuple(Quote.Kind.INDIRECT, "Two aides", "the plan had failed"));
  }

  @Test
  void aTitleCasedHeadlineIsNoNameForTheCompanyToPointBackTo() {
    String text =
        "Storm Damage Closes Harbor Mill\n\nThe paper mill in Harbor Falls will stay shut for"
            + " weeks.\n\n\"We hope to reopen by March,\" the company said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name)
        .doesNotContain("Storm Damage Closes Harbor Mill");
    assertThat(direct(x))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "the company"));
  }

  @Test
  void aContrastingClauseAfterTheQuotationIsNotItsAttribution() {
    String text =
        "The critics called it \"a mess from start to finish\", while supporters praised it."
            + " Defense lawyers objected to the tape as \"highly prejudicial,\" though Judge Ann"
            + " Cole said jurors could hear part of it.";
    assertThat(direct(text))
        .extracting(Quote::description, Quote::speaker)
        .containsExactly(tuple("The critics", null), tuple("Defense lawyers", null));
    // a verb after a comma at the end still reports the whole sentence
    String filing =
        "Norwood has made \"no detailed plans,\" but it has engaged in talks with other"
            + " holders, the filing said.";
    assertThat(direct(filing)).extracting(Quote::description).containsExactly("the filing");
  }

  @Test
  void sheGoesToTheWomanTheTextShowsBeforeANearerPersonOfUnknownGender() {
    String text =
        "Prime Minister Ana Lopes met opposition leader Rui Costa on Monday. Costa left early."
            + " She said a second round of talks would follow next week.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker)
        .containsExactly("Ana Lopes");
  }

  @Test
  void aPersonAfterALowerCaseRoleIsSplitFromTheBodyAfterOf() {
    String text = "\"Prices will keep rising,\" warned economist Jan Pieters of Nordbank.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Jan Pieters");
    assertThat(x.entities())
        .extracting(e -> e.type() + " " + e.name())
        .contains("PERSON Jan Pieters", "ORGANIZATION Nordbank");
  }

  @Test
  void aNameAfterALowerCaseRoleIsAPersonAndARelativeClauseDoesNotSpeak() {
    String text =
        "Tesla chief executive Elon Musk said on Tuesday the company would cut prices. Mr. Musk,"
            + " who also runs SpaceX, told analysts demand was strong. The firm was told its"
            + " shares would rise.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Elon Musk"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.PERSON);
              assertThat(e.aliases()).contains("Mr. Musk");
            });
    assertThat(x.quotes())
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(
            tuple("Elon Musk", "the company would cut prices"),
            tuple("Elon Musk", "demand was strong"));
  }

  @Test
  void aSpokeswomanForATitledLeaderSpeaksButAMinisterForAPortfolioIsTheMinister() {
    String aide =
        "A spokeswoman for Prime Minister Ana Lopes said: \"The prime minister will not comment.\"";
    assertThat(direct(aide))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "A spokeswoman for Prime Minister Ana Lopes"));
    String minister = "\"We will win,\" Minister for Foreign Affairs Penny Wong said.";
    assertThat(direct(minister)).extracting(Quote::speaker).containsExactly("Penny Wong");
  }

  @Test
  void aDefiniteDescriptionRepeatsTheFullerOneItPointsBackTo() {
    String text =
        "Joseph Adeyemi's lawyer said his client was \"devastated beyond words.\" \"He has lost his"
            + " son,\" the lawyer said.";
    assertThat(direct(text))
        .extracting(Quote::description)
        .containsExactly("Joseph Adeyemi's lawyer", "Joseph Adeyemi's lawyer");
  }

  @Test
  void aSecondAppositionWithARelativeClauseStillLeadsBackToTheName() {
    String text =
        "Rosa Marin, founder of Friends of the Coast, a volunteer group that cleans beaches along"
            + " the bay, called the ruling \"outrageous.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Rosa Marin");
  }

  @Test
  void aCrowdShoutingWordsAtSomeoneSpeaksThem() {
    String text =
        "The crowd surged toward the minister, shouting \"liar\" and \"thief.\"\n\n"
            + "Fans booed the referee, chanting \"Out! Out! Out!\"";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::description)
        .containsExactly(
            tuple("liar", "The crowd"),
            tuple("thief.", "The crowd"),
            tuple("Out! Out! Out!", "Fans"));
  }

  @Test
  void aPrepositionOpeningTheSentenceIsNoPartOfTheName() {
    Extracts x =
        EXTRACTOR.read(
            "In Delaware Chancery Court filings, the bank objected to the merger. Since Harlow"
                + " Radio first aired the claims, the firm has lost clients.",
            Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name)
        .contains("Delaware Chancery Court", "Harlow Radio")
        .noneMatch(n -> n.startsWith("In ") || n.startsWith("Since "));
  }

  @Test
  void theCourtOrTheMinistryIsTheOneNamedBefore() {
    String text =
        "The Supreme Court of Velland heard the appeal on Monday. \"No further delays will be"
            + " allowed,\" the court said.\n\nOfficials at the Velland Ministry of Transport met"
            + " the unions. \"We want a deal by Friday,\" the ministry said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Supreme Court of Velland", "Velland Ministry of Transport");
  }

  @Test
  void aWritingQuotedAfterItsAuthorWroteOrIssuedIsTheAuthors() {
    String ruling =
        "Judge Amara Osei wrote the ruling for the panel. \"The agency acted within its powers,\""
            + " the opinion read.";
    assertThat(direct(ruling)).extracting(Quote::speaker).containsExactly("Amara Osei");
    String advice =
        "Just ahead of the minister's trip, the Foreign Office on Sunday issued new advice to"
            + " travellers.\n\nAn accompanying statement warned \"against all travel to the"
            + " border.\"";
    assertThat(direct(advice)).extracting(Quote::speaker).containsExactly("Foreign Office");
  }

  @Test
  void aPartyNewspaperSpeaksForItselfNotForTheParty() {
    String said = "The Workers' Party daily Kestrel said the strike \"has been a lesson.\"";
    String coordinated =
        "The Workers' Party daily Kestrel praised the miners and said they \"have shown the"
            + " way.\"";
    assertThat(direct(said)).extracting(Quote::speaker).containsExactly("Kestrel");
    assertThat(direct(coordinated)).extracting(Quote::speaker).containsExactly("Kestrel");
  }

  @Test
  void aMakerPlacedByItsTownIsTheCompanyJustNamed() {
    String text =
        "Harlow Tools Inc. said it expects a loss. The Rockford, Ill., maker of fasteners also"
            + " said it expects sales that are \"slightly above\" last year's.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("Harlow Tools Inc.", "slightly above"));
  }

  @Test
  void aClosingMarkSetWhereTheOpeningBelongsStillOpens() {
    String text =
        "Costs vary by state.\n\n\u201dWe found the best rates out west,\u201d Lena Ortiz said.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("We found the best rates out west,", "Lena Ortiz"));
  }

  @Test
  void aQuotationLeftOpenAtTheEndOfItsParagraphStillCounts() {
    String text =
        "Reporters asked the ministry for comment. In its reply, Minister Tomas Brel said, \"The"
            + " company is under investigation.\n\nThe ministry's website warns against \"cheap\""
            + " offers.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("The company is under investigation.", "Tomas Brel"));
  }

  @Test
  void aCurlyQuotationNeverClosedBeforePlainParagraphsStillCounts() {
    String text =
        "\u201cOld buses last for decades,\u201d says Maria Olsen, head of transport for the"
            + " district. \u201cCleaner fuel is the fastest way to cut what the fleet emits.\n\n"
            + "3. Plant more trees\n\nShade cools the schoolyard.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("Old buses last for decades,", "Maria Olsen"),
            tuple("Cleaner fuel is the fastest way to cut what the fleet emits.", "Maria Olsen"));
    // a curly mark inside a sentence, never closed, is a stray: nothing stands as a quotation
    String stray =
        "The shop calls itself the \u201cbest bakery in town. It opens at six.\n\nBread sells"
            + " out.\n\nCakes too.\n\nCoffee is extra.";
    assertThat(direct(stray)).isEmpty();
  }

  @Test
  void aMarkLeftOpenAroundWholeQuotationsEndsWhereTheNextOpensOrIsAStray() {
    // the writer never closed the first quotation: it ends where the next one opens a sentence
    String unclosed =
        "Ruth Amsel watched from her porch. \u201cCars were burning. People ran past. \u201cI"
            + " said, \u2018What is going on?\u2019\u201d she recalled. \u201cI was"
            + " shocked.\u201d Her neighbour stayed inside.";
    assertThat(direct(unclosed))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("Cars were burning. People ran past.", "Ruth Amsel"),
            tuple("I said, \u2018What is going on?\u2019", "Ruth Amsel"),
            tuple("I was shocked.", "Ruth Amsel"));
    // a mark inside a sentence that only opens a title's: the quotations after it stand alone
    String stray =
        "\u201cThe \u201cSky Harbor\u201d actor skipped court. His lawyer, Omar Fitch, said he"
            + " was \u201cresting at home\u201d and the judge, Lena Park, said \u201cthat will"
            + " not do.\u201d";
    assertThat(direct(stray))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("resting at home", "Omar Fitch"), tuple("that will not do.", "Lena Park"));
  }

  @Test
  void aLeadingSubordinateClauseIsNotTheSubjectOfTheFramingParticiple() {
    String text =
        "Mara Lenz read the article in her kitchen.\n\nThough she did not want to give"
            + " interviews, Mara sent me a letter praising the piece, calling us \"old"
            + " friends.\"\n\nShe purported that the work \"was such fun,\" even at times"
            + " \"hilarious,\" except when the gear hurt.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("old friends.", "Mara Lenz"),
            tuple("was such fun,", "Mara Lenz"),
            tuple("hilarious,", "Mara Lenz"));
  }

  @Test
  void wordsQuotedInsideAPluralRolesReportAreItsOwn() {
    // "deputies" is the plural of a role; a past participle after the words opens a clause on
    // them rather than naming what they modify
    String text =
        "Deputies said Ray Dunn has \"dragon wings\" on his arms.\n\nSecretaries insisted it"
            + " was a \"special case\" born of bad luck.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::description)
        .containsExactly(tuple("dragon wings", "Deputies"), tuple("special case", "Secretaries"));
    // an irregular past form after the word is the predicate, not a noun it modifies
    String heard = "Police Chief Omar Hale said an \"earwitness\" heard a gunshot.";
    assertThat(direct(heard)).extracting(Quote::speaker).containsExactly("Omar Hale");
  }

  @Test
  void thePassiveAgentAndAnAccordingToBeforeTheNextPredicateSpeak() {
    String labeled = "The blaze has been labeled \"suspicious\" by Tom Reyes, the fire chief.";
    assertThat(direct(labeled)).extracting(Quote::speaker).containsExactly("Tom Reyes");
    String according =
        "The fire \"was set at the back door\" according to the Associated Press and was fought"
            + " for hours.";
    assertThat(direct(according)).extracting(Quote::speaker).containsExactly("Associated Press");
  }

  @Test
  void whoNamesSomeoneSomethingSpeaksButWhatIsNamedForSomeoneDoesNot() {
    // "which" stands for a thing: the magazine, not its owner
    String which =
        "She posed for Harlan Ivy's new magazine Velvet Monthly, which named her \"the model of"
            + " the decade.\"";
    assertThat(direct(which)).extracting(Quote::speaker).containsExactly("Velvet Monthly");
    String passive = "Last month the actor was named 2008's \"best dancer alive\" by the jury.";
    assertThat(direct(passive)).extracting(Quote::description).containsExactly("the jury");
    String namedFor =
        "Named for Chef Russ Odell of Lumen fame, the bar is his nod to the culture of \"classic"
            + " cool.\"";
    assertThat(direct(namedFor)).isEmpty();
  }

  @Test
  void aParticipleAfterACommaIsTheSentenceSubjectsAndAWritingOpeningItIsItsIssuers() {
    String text =
        "Dunmore Mills issued a statement this morning.\n\nThe statement expresses condolences"
            + " for the families of the dead and wounded workers, saying, \"This is a sad day for"
            + " all of us.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Dunmore Mills");
  }

  @Test
  void aRoleTheRecogniserTookForANameIsItsHoldersOwn() {
    // CoreNLP 4.5.10 types the second "District Attorney" as an organisation
    String text =
        "District Attorney Vera Hollins announced today that charges were filed against a man"
            + " accused of robbing a bank in Dunmore.\n\n\u201cWe will not let this go"
            + " unpunished,\u201d the District Attorney said.\n\n\u201cThe public deserves"
            + " answers,\u201d the District Attorney added.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Vera Hollins", "Vera Hollins");
  }

  @Test
  void aQuotationAfterAnAccordingToSentenceIsThatSourcesAndANicknameIsItsCoiner() {
    String text =
        "Models still struggle with the physical world. According to Ines Bauer, that is because"
            + " they are too heady. \"If you play with them, you can see the cracks.\"\n\n"
            + "Levin dubbed the creatures \"Picasso frogs,\" after the painter.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            tuple("If you play with them, you can see the cracks.", "Ines Bauer"),
            tuple("Picasso frogs,", "Levin"));
  }

  @Test
  void aReportQuotedLaterIsItsAuthorsThroughReportedOrBy() {
    String reported =
        "The Velland College of Medicine reported that fitness trackers top the list again. \"These"
            + " devices can track sleep and stress,\" the trends report stated.";
    assertThat(direct(reported))
        .extracting(Quote::speaker)
        .containsExactly("Velland College of Medicine");
    String by =
        "Tutoring helped, but not enough, according to a June report by the Harlow Education Lab."
            + " The report called the results \"sobering.\" \"Students are not getting enough"
            + " hours,\" the report said.";
    assertThat(direct(by))
        .extracting(Quote::speaker)
        .containsExactly("Harlow Education Lab", "Harlow Education Lab");
  }

  @Test
  void aParticipleAfterByIsTheSubjectsAndWordsCreditedInWordsOrByAnAgentAreTheirs() {
    String byAsking =
        "Comedian Dana Rourke was praised for her turn as host, easing the tense room by asking,"
            + " \"Who here has had a worse week than me?\"";
    String inWords =
        "Marta Velic left her village at twelve. Music gave her a way out: in Velic's words, a"
            + " \"door that nobody could close.\" In the words of Olga Brandt, it was \"the only"
            + " road.\"";
    String agent =
        "The term was coined in 1962 by the economist Harold Brenning as \"the quiet tax on the"
            + " patient saver.\"";
    assertThat(direct(byAsking + "\n\n" + inWords + "\n\n" + agent))
        .extracting(Quote::speaker)
        .containsExactly("Dana Rourke", "Marta Velic", "Olga Brandt", "Harold Brenning");
  }

  @Test
  void aDefiniteEpithetIsThePersonTheStoryIsAboutUnlessAnotherOfThatKindCameIn() {
    String subject =
        "Sela Moor, the star of her own radio show, will host the awards again. Moor thanked"
            + " the board. \"I am thrilled to be asked back,\" Moor said.\n\n\"I'd like to thank"
            + " my mother,\" the comedian added.";
    assertThat(direct(subject))
        .extracting(Quote::speaker)
        .containsExactly("Sela Moor", "Sela Moor");
    String another =
        "Sela Moor will host the awards again, Moor said. A comedian from Leeds opened the"
            + " evening. \"Nobody warned me,\" the comedian said.";
    assertThat(direct(another))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "the comedian"));
  }

  @Test
  void aQuotationOpeningTheStoryAloneIsThatOfTheNameThatReportsSpeechNext() {
    String lead =
        "Neighbour Praises Bakery Owner\n\n\"He never turned anyone away. Not once.\"\n\n"
            + "Tomas Ferreira says the man who ran the corner bakery for forty years was generous.";
    assertThat(direct(lead)).extracting(Quote::speaker).containsExactly("Tomas Ferreira");
    String noVerb =
        "Neighbour Praises Bakery Owner\n\n\"He never turned anyone away. Not once.\"\n\n"
            + "Tomas Ferreira, who ran the corner bakery, retired on Friday.";
    assertThat(direct(noVerb)).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void aQuotationAfterAOneSentenceParagraphWhoseSubjectIsHeOrSheIsThatPersons() {
    String text =
        "Lena Marsh later said she was puzzled by her fame.\n\n\"I have no idea why it lasted,\""
            + " she told the Daily Courier in 2006.\n\nIn her old age, she refused to be"
            + " photographed.\n\n\"I want to be remembered as I was.\"\n\nThe storm closed the"
            + " harbour for a week.\n\n\"Nobody could leave.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Lena Marsh", "Lena Marsh", null);
  }

  @Test
  void perANameOpeningTheSentenceCreditsTheQuotedWordsToIt() {
    String text =
        "Per Stagebill, the talks between the two studios are \"delicate,\" but a deal could come"
            + " soon. Per the contract, the fee is \"fixed.\"";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind, Quote::speaker)
        .containsExactly(tuple(Quote.Kind.DIRECT, "Stagebill"), tuple(Quote.Kind.SCARE, null));
  }

  @Test
  void aReportByTwoAuthorsIsTheFirstsAndTheReportParagraphsLaterIsStillTheirs() {
    String text =
        "Their early results were \"disappointing,\" according to a March report by the Halvorsen"
            + " Institute and Pellar Labs, a consulting firm. The gains were small. Most schools"
            + " ran short sessions. Few hired enough tutors. Costs rose in every district.\n\n"
            + "Despite the results, researchers said schools should not give up. \"Tutoring is"
            + " still the best bet,\" the report concludes.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Halvorsen Institute", "Halvorsen Institute");
  }

  @Test
  void aCompanyDescribedByItsKindAfterModifiersIsTheLastActorNotItsBuyer() {
    String kind =
        "Halder Motors Corp. wants to buy as much as 15% of Brisco PLC.\n\nThe U.S. auto maker"
            + " said \"we will go to that 15% level.\"";
    String buyer =
        "Pellworth Financial Corp. said shareholders approved its purchase by Ardmore Trust Ltd."
            + " of Toronto. The thrift holding company said \"we expect approval by year end.\"";
    assertThat(direct(kind + "\n\n" + buyer))
        .extracting(Quote::speaker)
        .containsExactly("Halder Motors Corp.", "Pellworth Financial Corp.");
  }

  @Test
  void aTitleJoinedByFromOrByIsANameNotSpeech() {
    String text =
        "She won a Tony Award in 2004 for her role in the musical \"The Girl from Leith.\" Her"
            + " memoir, \"Taken by the Tide,\" came out a year later.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind)
        .containsExactly(Quote.Kind.SCARE, Quote.Kind.SCARE);
  }

  @Test
  void aTitleQuotedAgainInShortIsStillAName() {
    String text =
        "The studio said Ana Brisk will direct the sequel \"Winter Harbour.\" \"Harbour,\" like"
            + " the first film, is based on a novel. The Reporter said \"Harbour,\" which has a"
            + " larger budget, opens in May.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void wordsRelayedByAReportingVerbRightBeforeThemAreItsSubjectsNotTheReporters() {
    String text =
        "She walked inside, firing at a worker who had followed her in and had yelled, \"Run, she"
            + " has a gun!\" Sgt. Omar Ruiz said. \"The building is clear,\" Ruiz said later.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "a worker"), tuple("Omar Ruiz", null));
  }

  @Test
  void aParticipleAfterAReportedCallIsTheCallersButAfterAnyOtherClauseTheSubjects() {
    String call =
        "Cpl. Jan Lede, a dispatcher, told reporters Friday that Yvette Hall called 911, saying"
            + " \"I'm the one you're looking for\" and adding that she had been harassed.";
    String fled = "Police said that Tom Ware fled the scene, saying \"he was not going back.\"";
    assertThat(direct(call + "\n\n" + fled))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple("Yvette Hall", null), tuple(null, "Police"));
  }

  @Test
  void aVerbInAnOpeningConditionalFramesNothingAndALeadingThenIsNoPartOfTheDescription() {
    String conditional =
        "Service intervals: If your mechanic suggests that you come in more often, push back if"
            + " you don't think your driving counts as \"severe duty.\"";
    assertThat(EXTRACTOR.read(conditional, Published.unknown()).quotes())
        .filteredOn(q -> q.text().startsWith("severe"))
        .extracting(Quote::kind)
        .containsExactly(Quote.Kind.SCARE);
    String then = "I heard a bang.\n\nThen a co-worker yelled, \"Get out now!\"";
    assertThat(direct(then)).extracting(Quote::description).containsExactly("a co-worker");
  }

  @Test
  void aCountryBeforeGovernmentNamesTheGovernmentAsABody() {
    String text =
        "Her photos were too daring for the U.S. government, which condemned them as \"obscene"
            + " and lewd.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("U.S. government");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("U.S. government"))
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION);
  }

  @Test
  void aRoleTwoPeopleHoldPointsToTheOneJustNamed() {
    String text =
        "Judge Ruth Okafor was shot dead in her courtroom in 2019.\n\nThe gunman, Dale Pruitt, 41,"
            + " was convicted last month of killing a judge and a bailiff.\n\nPruitt will die in"
            + " prison after Judge Simon Elkins handed down four life sentences on Friday.\n\n"
            + "\"If there was more I could give you, I would,\" the judge said.\n\nThe judge had a"
            + " warning for the guards who will watch Pruitt:\n\n\"Never turn your back on him.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker)
        .containsExactly("Simon Elkins", "Simon Elkins");
    // "was convicted … of killing a judge" is his clause, not a description of him
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Dale Pruitt"))
        .flatExtracting(Entity::roles)
        .isEmpty();
  }

  @Test
  void aPersonTitledSomewhereIsNoPartOfTheBodyNamedAfterHim() {
    String text =
        "Scientists Urge Okafor Administration to Restore Rules\n\nOn March 3, President Okafor"
            + " told the ministries to review the rule, stating that \"we should make it stronger,"
            + " not weaker.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Okafor");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Okafor"))
        .extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
  }

  @Test
  void aParticipleAfterWithTakesItsOwnSubject() {
    String text =
        "At the time, Okafor said that he opposed the plan with a spokesman stating: \"The senator"
            + " will fight this proposal.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "a spokesman"));
  }

  @Test
  void aTimeOrAWritingBetweenSubjectAndVerbLeavesTheSubjectNamed() {
    String text =
        "The Velland navy in November said it had sunk a pirate \"mother ship.\"\n\nThe Velland"
            + " navy in a statement said the crew was \"safe and well.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Velland navy", "Velland navy");
  }

  @Test
  void theMilitaryPointsBackToTheArmedForceNamed() {
    String text =
        "The Velland navy seized two skiffs and \"a large cache of arms,\" the military said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Velland navy");
  }

  @Test
  void aPublicationNamedByItsKindSpeaks() {
    String text =
        "Trade publication Gazetta saw the choice as a turn, writing that the awards \"will never"
            + " be the same.\"\n\nThe singer was named the \"hardest-working star\" last year,"
            + " Orbit magazine said.\n\nPer TSR, the talks are \"tense,\" but a deal is near.\n\n"
            + "At the same time, GR. com is reporting that, \"The deal is done.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker)
        .containsExactly("Gazetta", "Orbit magazine", "TSR", "GR. com");
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .containsExactly("Gazetta", "Orbit magazine", "TSR", "GR. com");
  }

  @Test
  void aShortBacktickQuotationClosedByAnotherOpeningMarkEndsThere() {
    String text =
        "``Hot pursuit ``lets the coast guard cross the border to chase smugglers. He starred in"
            + " ``The Long Road Home. ``Okafor has never won an award.\n\n``No. ``Yes,'' she"
            + " said.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::kind)
        .containsExactly(
            tuple("Hot pursuit", Quote.Kind.SCARE),
            tuple("The Long Road Home.", Quote.Kind.SCARE),
            tuple("No.", Quote.Kind.DIRECT),
            tuple("Yes,", Quote.Kind.DIRECT));
  }

  @Test
  void anAsideBetweenDashesBeforeAQuotationIsNoPartOfItsCue() {
    String text =
        "Prosecutor Ana Ruiz told reporters after the hearing \u2014 where defence lawyer Tom Hale"
            + " said his client was \"at home\" \u2014 \"I hear she is on a flight to Lisbon.\"";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Tom Hale", "Ana Ruiz");
  }

  @Test
  void thatWithAVerbAfterAWritingIsARelativePronounNotWhatWasWritten() {
    String text =
        "Ana Ruiz wrote in a recent brief that was co-authored by Tom Hale and Ines Marlow.\n\n"
            + "Ana Ruiz wrote in a recent brief that the models were too simple.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("the models were too simple", "Ana Ruiz"));
  }

  @Test
  void aVerbWithItsObjectEndsTheDescriptionBeforeIt() {
    String text =
        "Some say yes. Others clutch their tickets and say, \"Never again.\"\n\nOfficials shook"
            + " their heads and said, \"No way.\"";
    assertThat(direct(text)).extracting(Quote::description).containsExactly("Others", "Officials");
  }

  @Test
  void peopleAParticipleDescribesChantTheWords() {
    String text =
        "Students chanting \"Out, out!\" clapped each time a stone hit.\n\nResidents holding"
            + " banners reading \"Go home\" marched past.\n\nRally participants chanted \"No"
            + " justice.\"";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::kind, Quote::description)
        .containsExactly(
            tuple(Quote.Kind.DIRECT, "Students"),
            tuple(Quote.Kind.SCARE, null),
            tuple(Quote.Kind.DIRECT, "Rally participants"));
  }

  @Test
  void theNewspaperIsThePublicationNamedNotTheLastBody() {
    String text =
        "The Velland Gazette reported that the Harbour Sharks had offered Ruiz a contract.\n\nThe"
            + " newspaper said the deal was \"worth more than any before.\"\n\nThough the newspaper"
            + " did not name its source, it stated that the offer was \"for eight years.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Velland Gazette", "Velland Gazette");
  }

  @Test
  void whoIssuedTheStatementTheSentenceBeforeNamesSpeaksItsWords() {
    String text =
        "Governor Ana Ruiz visited the chapel on Saturday and her office later released a"
            + " statement.\n\n\"Gov. Ruiz stopped by the chapel this morning and told a pastor"
            + " that she is sorry.\"";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "her office"));
  }

  @Test
  void aLongTitleCasedNameInQuotationMarksIsNoSpeech() {
    String text =
        "She won an award for \"Best Supporting Performance in a Drama or Comedy Series.\" The"
            + " protesters carried a banner, and the crowd shouted \"WE WILL NOT GO HOME TONIGHT,\""
            + " a witness said.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(q -> q.text().substring(0, 2), Quote::kind)
        .containsExactly(tuple("Be", Quote.Kind.SCARE), tuple("WE", Quote.Kind.DIRECT));
  }

  @Test
  void aBookAndItsYearBetweenCommasAreSteppedOverToTheAuthor() {
    String text =
        "The pier closed. Odile Brannigan, in Harbour Towns (1990), argues that \"The ferries"
            + " shape the towns they serve.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The ferries shape the towns they serve.", "Odile Brannigan"));
  }

  @Test
  void aNameAfterAnOpeningAsPhraseIntroducesTheQuotationItsColonLeadsTo() {
    String text =
        "Odile Brannigan runs the ferry company. As you might expect, Brannigan does not buy"
            + " this:\n\n\"The ferries have never been safer.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The ferries have never been safer.", "Odile Brannigan"));
  }

  @Test
  void inHisOrHerOwnWordsGivesTheWordsToThePersonThePronounStandsFor() {
    String text =
        "Marcus Feld praised the crews. In his words: \"They worked through the night.\"\n\n"
            + "Ines Vidal thanked the divers.\n\nIn her own words, \"They never gave up.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("They worked through the night.", "Marcus Feld"),
            tuple("They never gave up.", "Ines Vidal"));
  }

  @Test
  void aSignatureOnTheLineUnderAPullQuoteNamesItsSpeakerButNotOneAParagraphAway() {
    String text =
        "The town voted on Monday.\n\n\"The pier should stay open.\"\n— Odile Brannigan, harbour"
            + " master\n\nThe vote passed.\n\n\"Ferries are the lifeblood of the islands.\"\n\n— Marcus Feld\n\nThe"
            + " ferries sailed.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The pier should stay open.", "Odile Brannigan"),
            tuple("Ferries are the lifeblood of the islands.", null));
  }

  @Test
  void theOppositionLeaderIsTheOneSoTitledNotThePrimeMinister() {
    String text =
        "Prime Minister Lena Holt met opposition leader Viktor Sand on Friday.\n\n\"My opponent"
            + " is playing politics,\" Holt said.\n\n\"That's nonsense,\" the opposition leader"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("My opponent is playing politics,", "Lena Holt"),
            tuple("That's nonsense,", "Viktor Sand"));
  }

  @Test
  void reportedSpeechKeepsTheAtOfAtLeastButNotTheAtOfATime() {
    String text =
        "Officials said at least 12 people were killed. The mayor said at noon that the pier"
            + " would close.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly("at least 12 people were killed", "the pier would close");
  }

  @Test
  void anEpithetPointsToThePersonItTitlesEvenWithAnotherNamedSinceAndAfterAQuote() {
    String text =
        "Actor Ben Cole was arrested on Sunday. \"He is cooperating fully,\" his attorney, Sam"
            + " Price, said. \"I made a mistake,\" the actor later wrote on Twitter.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He is cooperating fully,", "Sam Price"), tuple("I made a mistake,", "Ben Cole"));
  }

  @Test
  void aDateLinesPlaceIsNoSubjectOfAnAddingClause() {
    String text =
        "NEW YORK _ ``The market is nervous,'' said Alan Reyes, chief economist at Harbor"
            + " Securities, adding that investors ``are waiting for a signal.''";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The market is nervous,", "Alan Reyes"),
            tuple("are waiting for a signal.", "Alan Reyes"));
  }

  @Test
  void aPlayerTheRecogniserTookForAClubIsThePersonTheNounTitles() {
    String text =
        "The Celtics traded guard Omar Banks to Phoenix on Thursday. \"Omar gave us everything,\""
            + " coach Rita Vance said.\n\nBanks, 28, learned of the trade while driving. \"I was"
            + " shocked,\" the guard told reporters.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Omar gave us everything,", "Rita Vance"), tuple("I was shocked,", "Omar Banks"));
  }

  @Test
  void someonesAssistantSpeaksForThemselvesNotAsTheirEmployer() {
    String text =
        "Carl Mott was not in the office on Monday. \"No comment,\" said Mott's assistant.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "Mott's assistant"));
  }

  @Test
  void hisExactWordsAsAParagraphGiveTheQuotationUnderItToHim() {
    String text =
        "Club owner Tom Vale has said that his team will not sign the pitcher.\n\nHis exact"
            + " words:\n\n\"We were impressed, but we are not going to be a factor.\"\n\nIt was"
            + " the coach who criticised his words. \"That was unfair,\" said Marcus Feld.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We were impressed, but we are not going to be a factor.", "Tom Vale"),
            tuple("That was unfair,", "Marcus Feld"));
  }

  @Test
  void aStatementIssuedByABodyIsThatBodysWords() {
    String text =
        "The talks collapsed on Monday. A statement issued by Harbor Foods Inc. said: \"The plant"
            + " will reopen.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The plant will reopen.", "Harbor Foods Inc."));
  }

  @Test
  void theyAfterASentenceOpeningWithACountedOrBareGroupKeepsItsDescription() {
    String text =
        "The pier closed on Monday. Many residents were angry. \"We were not warned,\" they said."
            + "\n\nThe ferries stopped. Pilots refused to fly. \"The wind is too strong,\" they"
            + " said.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "Many residents"), tuple(null, "Pilots"));
  }

  @Test
  void aCompanyBeforeItsChiefExecutiveIsNoPersonSoHeIsWhoApologised() {
    String text =
        "The ferry operator Nordline suspended all sailings.\n\n\"Safety comes first,\" Nordline"
            + " said.\n\nIn a statement, Nordline chief executive Per Lund apologised. \"We are"
            + " deeply sorry,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Safety comes first,", "Nordline"), tuple("We are deeply sorry,", "Per Lund"));
  }

  @Test
  void anOpeningPassiveParticipleGivesBothQuotedLabelsToItsAgent() {
    String text =
        "The exiles left long ago. Labeled ``worms'' and ``traitors'' by Ruiz, many could not"
            + " visit their relatives.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("worms", "Ruiz"), tuple("traitors", "Ruiz"));
  }

  @Test
  void expressingHopeOrConcernReportsTheWordsQuotedInItsClause() {
    String text =
        "Foreign Ministry spokesman Ali Karimi condemned the attack. He expressed hope the"
            + " \"sinister terrorism\" will be uprooted.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("sinister terrorism", "Ali Karimi"));
  }

  @Test
  void anApologyFramesTheWordsQuotedInIt() {
    String text =
        "An arsonist damaged the church attended by Governor Ann Lee, and she has apologised if"
            + " the fire was connected to ``undeserved negative attention'' from her campaign.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("undeserved negative attention", "Ann Lee"));
  }

  @Test
  void aTitleInCapitalsAfterAPersonsNameIsNoSubjectOfItsOwn() {
    String text =
        "A fire destroyed a bus depot in Carlow overnight.\n\nJane Morrow, Deputy Chief Fire"
            + " Officer at Carlow Fire Service says the depot is \"a write-off.\"\n\nTom Reilly,"
            + " Head of Fleet at Carlow Buses, said: \"We will run a reduced service.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a write-off.", "Jane Morrow"),
            tuple("We will run a reduced service.", "Tom Reilly"));
  }

  @Test
  void theWordForAnInstitutionPointsBackToTheOneNamedWithIt() {
    String text =
        "The Harbour Rates Commission said it would review the merger.\n\n\"We will examine"
            + " this transaction carefully,\" the commission said.\n\nThe Dockside Traders"
            + " Association was disappointed. The association said: \"We will hold the council to"
            + " its word.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We will examine this transaction carefully,", "Harbour Rates Commission"),
            tuple("We will hold the council to its word.", "Dockside Traders Association"));
  }

  @Test
  void aPronounAfterAnUnnamedPersonOpeningTheSentenceBeforeIsThatPerson() {
    String text =
        "\"Thousands are sleeping outdoors,\" said Kamran Sadri, a relief official.\n\nOne"
            + " woman, holding a sleeping toddler, said her family had spent both nights in the"
            + " open. \"The walls are cracked,\" she said.\n\nOne elderly man said he had refused"
            + " to leave. \"I have been here 60 years,\" he said.\n\n\"We are sending tents,\""
            + " Sadri said. \"More will come,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Thousands are sleeping outdoors,", "Kamran Sadri", null),
            tuple("The walls are cracked,", null, "One woman"),
            tuple("I have been here 60 years,", null, "One elderly man"),
            tuple("We are sending tents,", "Kamran Sadri", null),
            tuple("More will come,", "Kamran Sadri", null));
  }

  @Test
  void anEpithetAfterASentenceThatOpensWithAPersonIsThatPerson() {
    String text =
        "\"The changes won us the game,\" coach Mireille Santos said.\n\nVolkov, who turns 38"
            + " next month, said the match had been \"far from over.\"\n\n\"Two goals is"
            + " nothing,\" the Latvian defender said.\n\nA man jumped out of the car, followed by"
            + " the driver. Santos watched. When the driver yelled, \"Stop!\" she ran.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("The changes won us the game,", "Mireille Santos", null),
            tuple("far from over.", "Volkov", null),
            tuple("Two goals is nothing,", "Volkov", null),
            tuple("Stop!", null, "the driver"));
  }

  @Test
  void addingANumberOfThingsReportsNoWords() {
    String text =
        "Health Minister Geoffrey Tallis said in a statement that the government had added 640"
            + " beds and was \"moving as quickly as possible\" on care.\n\n\"We accept that"
            + " waits remain too long,\" the statement said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("moving as quickly as possible", "Geoffrey Tallis"),
            tuple("We accept that waits remain too long,", "Geoffrey Tallis"));
  }

  @Test
  void heAfterASentenceAboutTwoMenIsItsSubjectWhenBothGivenNamesAreKnown() {
    String text =
        "\"It was a great afternoon,\" said Vale manager Gareth Pennock.\n\nCaptain Ross Ainsley"
            + " scored twice.\n\nPennock was also asked about talk linking Ainsley with a"
            + " January move.\n\n\"He is going nowhere,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It was a great afternoon,", "Gareth Pennock"),
            tuple("He is going nowhere,", "Gareth Pennock"));
  }

  @Test
  void aPersonsNameBeforeAParticipleMakesThatPersonTheSpeaker() {
    String text =
        "The two traded insults, with Ciaran Dowd memorably describing his bandmate as \"a man"
            + " who thinks he invented the guitar\" in a radio interview. Resolutions condemning"
            + " the \"cowardly attack\" were passed.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a man who thinks he invented the guitar", "Ciaran Dowd"));
  }

  @Test
  void aStatementReadOutIsTheReadersAndALetterFromSomeoneIsTheirs() {
    String text =
        "The family embraced after the verdict. His mother, Florence Oyelaran, read a short"
            + " statement to reporters on the courthouse steps.\n\n\"Marcus was the first of us"
            + " to own a house.\"\n\nHer lawyer, Michael Tran, read aloud a letter from Pruitt's"
            + " adult son that described her addiction. \"My mother used to be honest,\" the"
            + " letter said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Marcus was the first of us to own a house.", "Florence Oyelaran", null),
            tuple("My mother used to be honest,", null, "Pruitt's adult son"));
  }

  @Test
  void aNicknameInMarksIsAnAliasOfTheFormalName() {
    String text =
        "Daisy Fenwick on fish and failure\n\nMarguerite \u201cDaisy\u201d Fenwick is standing in"
            + " the walk-in fridge of her restaurant.\n\n\u201cLook at the eye,\u201d Fenwick"
            + " says.\n\n\u201cOn my first day, she asked me what I wanted,\u201d said her sous"
            + " chef, Amira Haddad.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().endsWith("Fenwick"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Marguerite Fenwick");
              assertThat(e.aliases()).contains("Daisy Fenwick");
            });
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Look at the eye,", "Marguerite Fenwick"),
            tuple("On my first day, she asked me what I wanted,", "Amira Haddad"));
  }

  @Test
  void aBareSurnameAfterAnHonorificIsTheNamesakeIntroducedWithIt() {
    String text =
        "The frog is named after Tomas Ferrandiz, a guide. The study was led by Dr. Lucia"
            + " Ferrandiz, his older sister.\n\nTomas Ferrandiz runs a lodge. \"I sent her the"
            + " photos at one in the morning,\" he said.\n\nDr. Ferrandiz described the work as"
            + " \"slow and wet.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I sent her the photos at one in the morning,", "Tomas Ferrandiz"),
            tuple("slow and wet.", "Lucia Ferrandiz"));
  }

  @Test
  void aBareSurnameSaidToSpeakAsSheIsNotTheNamesakeWithAMansName() {
    String text =
        "Mara Tennant won the marathon. Her coach and father, Alan Tennant, watched from the"
            + " stand.\n\nTennant said she would take a month off. Asked how she would"
            + " celebrate, she did not hesitate. \"Chips,\" she said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Chips,", "Mara Tennant"));
  }

  @Test
  void anEpithetClosingAQuotationOfSeveralSentencesLooksBeforeIt() {
    String text =
        "\"The tyres were incredible,\" Elin Lindahl said.\n\nMontero, who had led from pole,"
            + " did not hide his frustration.\n\n\"We had the race under control. Then you lose"
            + " it,\" the two-time champion said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The tyres were incredible,", "Elin Lindahl"),
            tuple("We had the race under control. Then you lose it,", "Montero"));
  }

  @Test
  void theCfoIsWhoeverWasNamedChiefFinancialOfficerBeforeAnAside() {
    String text =
        "Chief Executive Maureen Ortega said sales fell.\n\nHarrowgate's chief financial"
            + " officer, Daniel Ortega \u2014 no relation to the chief executive \u2014 said the"
            + " company had ample cash.\n\n\"The dividend is safe,\" the CFO said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Daniel Ortega"))
        .singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("chief financial officer"));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The dividend is safe,", "Daniel Ortega"));
  }

  @Test
  void aBodysShortNameAfterItsFullNameIsOneBodyThatTheCompanyPointsTo() {
    String text =
        "A storm flattened a depot run by Marrow & Pike Garden Supply. The Salvation Army"
            + " opened a shelter for a storm of this size.\n\nMarrow & Pike said on Monday that"
            + " no one was hurt.\n\n\"We will rebuild,\" the company said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Marrow & Pike Garden Supply"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).contains("Marrow & Pike"));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We will rebuild,", "Marrow & Pike Garden Supply"));
  }

  @Test
  void aHeadlineQuotationIsSpokenByTheNameAfterItsColon() {
    String text =
        "\u2018I almost sold the boat\u2019: Corin Ashby on forty years at sea\n\nCorin Ashby"
            + " has fished out of Wexmouth since 1985.\n\n\"author\": \"Jane Ellery\" was printed"
            + " on the menu.";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("I almost sold the boat", "Corin Ashby"))
        .noneMatch(t -> "Jane Ellery".equals(t.toList().get(1)));
  }

  @Test
  void aHeadlineQuotationIsSpokenByWhoeverSaysItInTheBody() {
    String text =
        "Mayor calls ferry cuts \"a slap in the face\" as islanders plan \"The Long Wait\"\n\n"
            + "Mayor Ilse Vandermeer said the cuts were \"a slap in the face for every family on"
            + " the island.\" Residents will stage a play, \"The Long Wait,\" in protest.";
    assertThat(speakersAndDescriptions(text))
        .contains(tuple("a slap in the face", "Ilse Vandermeer", null))
        .noneMatch(t -> t.toList().get(0).equals("The Long Wait"));
  }

  @Test
  void aHeadlineQuotationOfABodyIsTheSpeechOfWhoSpokeForIt() {
    String text =
        "Halden Mills to buy Corvo Yarns for $2 billion, calling it \"a perfect match\"\n\n"
            + "Halden Mills said on Monday it would buy the smaller spinner Corvo Yarns.\n\n"
            + "\"Corvo is a perfect match for us,\" Halden chief executive Ruth Imrie said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a perfect match", "Ruth Imrie"),
            tuple("Corvo is a perfect match for us,", "Ruth Imrie"));
  }

  @Test
  void aBareSurnameAfterAFullNameIsThatPersonThoughTheTextOnceUsedHerGivenName() {
    String text =
        "Fire guts Brannock Mill\n\nOscar Pellow, 68, who has run the mill with his wife,"
            + " Maud, since 1990, watched from the road.\n\nMaud Pellow said the alarm woke"
            + " her before dawn.\n\n\"I could smell it from the house,\" Pellow recalled.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I could smell it from the house,", "Maud Pellow"));
  }

  @Test
  void aHeadlineWordAfterAVerbOfSayingIsSpokenByWhoeverSaysItInTheBody() {
    String text =
        "Kestrel Outdoor blames \"timid\" buyers as profit falls, eyes \"glamping\" boom\n\n"
            + "Kestrel Outdoor cut its forecast on Tuesday.\n\n\"Buyers are timid right now,\""
            + " chief executive Ines Dorrow told analysts. \"The glamping market is still"
            + " growing,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .contains(tuple("timid", "Ines Dorrow", null))
        .noneMatch(t -> t.toList().get(0).equals("glamping") && t.toList().get(1) != null);
  }

  @Test
  void aWordSomeoneCalledAThingIsTheirSpeech() {
    String text =
        "Floods hit Alderby\n\nHundreds fled their homes, in what council leader Brian Hollis"
            + " called a \"devastating\" blow to the town.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("devastating", "Brian Hollis", null));
  }

  @Test
  void theLastWordsOfABodysNameStandForIt() {
    String text =
        "Quake rescue goes on\n\nThe National Emergency Coordination Centre said nine people had"
            + " died.\n\nThe coordination centre said: \"Search and rescue operations continue.\""
            + "\n\nEver heard the saying, \"Slow and steady wins the race\"?";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "Search and rescue operations continue.", "National Emergency Coordination Centre"),
            tuple("Slow and steady wins the race", null));
  }

  @Test
  void anAcronymInBracketsJoinsItsBodyThoughTheRecogniserReadAPlace() {
    String text =
        "Flyover inquiry\n\nThe Metropolitan Works Authority (MWA), which awarded the contract,"
            + " said it was cooperating.\n\nThe MWA said two officers were suspended.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.aliases().contains("MWA") || e.name().equals("MWA"))
        .extracting(Entity::name)
        .containsExactly("Metropolitan Works Authority");
  }

  @Test
  void aDateLineEndingInAColonIsNoSpeaker() {
    String text =
        "Bridge inquiry\n\nMULTAN: A site engineer told the inquiry on Tuesday that the bolts"
            + " were never tightened, saying that \"nobody checked them\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("nobody checked them", null, "A site engineer"));
  }

  @Test
  void anUnnamedLeadSpeakerIsThePersonTheNextParagraphIdentifies() {
    String text =
        "Bridge inquiry\n\nA site engineer told the inquiry on Tuesday that the bolts were"
            + " never tightened, saying that \"nobody checked them\".\n\nFarid Ahsan Malik, 29,"
            + " who worked for the contractor, was the fourth witness.\n\nA crane driver said:"
            + " \"I saw nothing.\"\n\nOmar Said, 40, drove the crane.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("nobody checked them", "Farid Ahsan Malik", null),
            tuple("I saw nothing.", null, "A crane driver"));
  }

  @Test
  void aShortTitleBeforeASharedSurnameIsTheOneWhoseRoleItEnds() {
    String text =
        "Water row\n\nExecutive mayor Lindiwe Khumalo refused to table the report.\n\n"
            + "Caucus leader Sipho Khumalo, who is no relation of the mayor, said residents were"
            + " angry.\n\nMayor Khumalo later wrote on Facebook: \"I have seen the buckets.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I have seen the buckets.", "Lindiwe Khumalo"));
  }

  @Test
  void aBareSurnameIsNeverSomeoneTheTextNamesOnlyLater() {
    String text =
        "Pilots strike\n\nUnion president Alejandro Ribera told reporters the strike would go"
            + " on.\n\nRibera, 49, a captain on the long-haul fleet, disputed the airline's"
            + " figures. \"A raise that comes with a plan to replace you is not a raise,\" he"
            + " said.\n\nLuis Ribera, who runs the airline, said the offer stood.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "A raise that comes with a plan to replace you is not a raise,",
                "Alejandro Ribera"));
  }

  @Test
  void anAsideDenyingKinshipGivesNoRole() {
    String text =
        "Gulf talks\n\nForeign Minister Hossein Rahimi said the talks had gone well.\n\n"
            + "Zahra Rahimi, a member of parliament, questioned the deal.\n\n\"A hotline is fine"
            + " if both ends are connected,\" Ms Rahimi, who is no relation of the minister, told"
            + " reporters.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("A hotline is fine if both ends are connected,", "Zahra Rahimi"));
  }

  @Test
  void mrIsNotTheWomanCalledMrsThoughSheIsTheOnlyOneNamedInFull() {
    String text =
        "Bushfire\n\nTarni Faircloth and her husband left the farm with two horses.\n\n\"We"
            + " heard it first,\" Mrs Faircloth said.\n\nHer husband went back for the cattle."
            + " \"I shouldn't have,\" Mr Faircloth said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We heard it first,", "Tarni Faircloth"),
            tuple("I shouldn't have,", "Faircloth"));
  }

  @Test
  void theSkipperAndTheCfoAreTheCaptainAndTheChiefFinancialOfficer() {
    String text =
        "Results\n\nPakistan captain Junaid Lateef, who made 64, praised the openers.\n\n\"They"
            + " relaxed the dressing room,\" the skipper said.\n\nChief financial officer Daniel"
            + " Achter said margins held. \"We always look,\" the CFO said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("They relaxed the dressing room,", "Junaid Lateef"),
            tuple("We always look,", "Daniel Achter"));
  }

  @Test
  void honorificsOfWestAfricaAndTheGulfAreNoPartOfTheName() {
    String text =
        "Truce talks\n\nElders led by Hajj Mansour al-Obeidi met both sides on Monday.\n\n\"I"
            + " sat with both of them,\" Hajj Mansour said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I sat with both of them,", "Mansour al-Obeidi"));
  }

  @Test
  void theSpAndTheCmAreTheSuperintendentOfPoliceAndTheChiefMinister() {
    String text =
        "Ghat crush\n\nSuperintendent of Police Vikram Rathod denied that the route had narrowed"
            + " the lane. \"The gate was far away,\" the SP said.\n\nChief Minister B.N. Suresh"
            + " Gowda said the Opposition had run away. \"They asked for a debate,\" the CM said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The gate was far away,", "Vikram Rathod"),
            tuple("They asked for a debate,", "B.N. Suresh Gowda"));
  }

  @Test
  void heAfterASentenceWhoseSubjectIsARoleIsItsHolder() {
    String text =
        "Storage results\n\nChief financial officer Daniel Achter said margins held.\n\nAsked by"
            + " analyst Tomas Lind whether a deal was near, the CFO would not be drawn. \"We always"
            + " look,\" he said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("We always look,", "Daniel Achter"));
  }

  @Test
  void titlesAfterReadMoreTitledOrTaglineAreNoSpeech() {
    String text =
        "Lakes bill passes\n\nThe committee's report, titled \"Lakes as Common Ground\", urged"
            + " caution, the minister said. The firm's tagline \"Hear the lake again,\" ran on"
            + " billboards.\n\nRead more: \"Council arithmetic could stall lakes bill\"";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void aNameGivenByChristeningOrKnownOnThePicketLineAsIsNoSpeech() {
    String text =
        "Strike goes on\n\nPicket leader Sean Molloy said the gazebo, known on the picket line as"
            + " \"the Embassy\", would stay. A tabloid once christened her \"the Good Girl"
            + " of Bandra\", she said.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void theSupplierAndTheUtilityAreTheCompanyNamedBefore() {
    String text =
        "Data breach\n\nBrennock Energy confirmed the breach on Tuesday. In a statement, the"
            + " Bristol-based supplier said it had \"contained it\".\n\n\"We are deeply sorry,\""
            + " the statement continued.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("contained it", "Brennock Energy"),
            tuple("We are deeply sorry,", "Brennock Energy"));
  }

  @Test
  void aVerbAfterAndSharesTheSubjectOfTheFirstSaid() {
    String text =
        "Rates held\n\nGovernor Ingrid Sallow held rates. Finance Minister Tobias Ferrante said"
            + " it was a disappointment.\n\nAsked about Ferrante's comments, Sallow said she had"
            + " spoken with the minister and described their relationship as \"professional\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("professional", "Ingrid Sallow"));
  }

  @Test
  void anAcronymIsTheBodyItSpellsBeforeALongerNameItIsAWordOf() {
    String text =
        "Blackout\n\nThe Lagoon Electricity Distribution Company (LEDC) blamed vandals.\n\n\"I"
            + " have spoken with the MD of LEDC,\" the governor said.\n\nIn a statement, LEDC"
            + " apologised for what it called \"the unfortunate disruption\".";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.aliases().contains("LEDC"))
        .extracting(Entity::name)
        .containsExactly("Lagoon Electricity Distribution Company");
  }

  @Test
  void aDeckBelowTheHeadlineTakesItsQuotationFromTheBody() {
    String text =
        "Harbour Rovers sack manager\n\nOwner says the decision was \"hard but right\" as"
            + " coach steps in\n\nBy ALMA RUDD\n\nHarbour Rovers dismissed Teodor Lind on"
            + " Monday.\n\n\"It was hard but right, and I will not pretend otherwise,\" owner"
            + " Greta Vos said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("hard but right", "Greta Vos"),
            tuple("It was hard but right, and I will not pretend otherwise,", "Greta Vos"));
  }

  @Test
  void aLeadThatNamesNobodyMeansTheRoleItsArticleNamesLater() {
    String text =
        "Port talks end\n\nVALMORA (Wire) - The trade minister said on Friday that talks had"
            + " brought \"a fresh start\" for the port.\n\nTrade Minister Odile Brastad told"
            + " reporters the deal would be signed in May.";
    assertThat(wordsAndSpeakers(text)).contains(tuple("a fresh start", "Odile Brastad"));
  }

  @Test
  void aNationalityBeforeATwoWordRoleQualifiesTheRoleNotItsFirstWord() {
    String text =
        "Port talks end\n\nVALMORA (Wire) - Foreign Minister Odile Brastad met her Danish"
            + " counterpart on Friday.\n\nThe Danish foreign minister, Lars Holm, said the talks"
            + " were useful.\n\n\"We made a fresh start,\" the Velmoran foreign minister said.";
    assertThat(wordsAndSpeakers(text)).contains(tuple("We made a fresh start,", "Odile Brastad"));
  }

  @Test
  void theGovernorIsNotHerDeputyNorTheDeputyHerself() {
    String text =
        "Rates held\n\nGovernor Ingrid Sallow and Deputy Governor Rafael Ondaat spoke on"
            + " Monday.\n\n\"Inflation is falling,\" the deputy governor said.\n\n\"Cuts are"
            + " not near,\" the governor said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Inflation is falling,", "Rafael Ondaat"),
            tuple("Cuts are not near,", "Ingrid Sallow"));
  }

  @Test
  void aParticipleGoesOnThePersonOfTheClauseBeforeItWhenTheSubjectCannotSpeak() {
    String text =
        "Council row\n\nA council meeting descended into chaos on Wednesday after executive"
            + " mayor Thandi Mokoena refused to release a report, saying it would be \"reckless\""
            + " to do so.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("reckless", "Thandi Mokoena"));
  }

  @Test
  void aHeadlineQuotationOfADescribedSpeakerIsWhoeverTheBodyNamesSayingIt() {
    String text =
        "Army insists \"there is no truce\" in Dorvik\n\nFighting went on overnight in the"
            + " northern city.\n\n\"There is no truce, and there will be none while they"
            + " shell us,\" army spokesman Colonel Ivo Braslav told reporters.";
    assertThat(wordsAndSpeakers(text)).contains(tuple("there is no truce", "Ivo Braslav"));
  }

  @Test
  void theClubIsTheClubTheReportIsAboutAndThePartyThePartyNamed() {
    String text =
        "Harbour Rovers part with coach\n\nHarbour Rovers sacked Teodor Lind after a 4-0 loss"
            + " to Millbank United. Harbour Rovers had lost six in a row.\n\nThe club said the"
            + " parting was \"by mutual consent\".\n\nThe opposition Civic Renewal Alliance"
            + " called for calm. In a statement, the party said the sacking was \"a sporting"
            + " matter\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("by mutual consent", "Harbour Rovers"),
            tuple("a sporting matter", "Civic Renewal Alliance"));
  }

  @Test
  void aDelayedLeadUnderABylineNamesItsSpeakerAfterAnHonorific() {
    String text =
        "Sacked hydrologist says board \u2018buried\u2019 her flood report, in first interview"
            + " since dismissal\n\nBy Tova Marchetti\n\nOSLO, May 9 (Nordic Wire) \u2014 A"
            + " hydrologist dismissed last month by the Lakeshore Water Board said on a podcast"
            + " released Tuesday that the board \u201cburied\u201d a report showing faster"
            + " flooding on the lower river, and that she was fired for refusing to soften its"
            + " conclusions.\n\nDr. Ilse Brandvold, 51, made the comments during a long episode"
            + " of a science podcast.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("buried", "Ilse Brandvold"), tuple("buried", "Ilse Brandvold"));
  }

  @Test
  void aTitleBeforeAnHonorificIsTheNamesRole() {
    String text =
        "Stampede inquiry\n\nDistrict Collector Smt. K. Anjali Rao ordered an inquiry on"
            + " Sunday.\n\nAsked about the temple's letter, the Collector said it was \"being"
            + " studied\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("being studied", "K. Anjali Rao"));
  }

  @Test
  void aCounterpartHoldsThePossessorsTitleWithItsOwnQualifier() {
    String text =
        "Frigate deal signed\n\nPresident Omer Talay and his Malaysian counterpart, Razlan,"
            + " signed the deal in Ankara on Tuesday.\n\nThe Malaysian president was asked about"
            + " the ships.\n\n\"We threaten no one,\" he said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("We threaten no one,", "Razlan"));
  }

  @Test
  void heAfterTheCrowdRepliesIsNotTheCrowd() {
    String text =
        "Rally\n\nAdewale Ogunbiyi spoke first. \"They have had eight years,\" he told them."
            + "\n\n\"No!\" the crowd roared back.\n\n\"I will not promise you heaven,\" he"
            + " went on.";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("I will not promise you heaven,", "Adewale Ogunbiyi"));
  }

  @Test
  void whoAfterAnAppositionIsTheNameItDescribes() {
    String text =
        "Reshuffle\n\nHe is replaced by Priya Lall, a junior Treasury minister, who said in a"
            + " short statement that she was \"honoured\" to take on the role.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("honoured", "Priya Lall"));
  }

  @Test
  void sheLooksPastASentenceThatOpensWithHe() {
    String text =
        "Reshuffle\n\nGareth Penrose resigned on Monday. His wife, Harriet, a doctor, did not"
            + " speak to reporters.\n\nHe is replaced by Priya Lall, who is new to the job."
            + " \"Rural towns have waited too long,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Rural towns have waited too long,", "Priya Lall"));
  }

  @Test
  void theScotIsThePersonJustNamedNotAName() {
    String text =
        "Derby\n\nGraham Pettigrew watched his side lose 3-0 to Ines Carvalho's team.\n\n\"I"
            + " have got a dressing room full of young lads,\" the Scot said.\n\nThe Vatican"
            + " said it would not comment.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I have got a dressing room full of young lads,", "Graham Pettigrew"));
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Scot");
  }

  @Test
  void policeRanksWrittenAsInitialsAreNoPartOfTheName() {
    String text =
        "Misconduct hearing\n\nNathan Greaves and Laura Fenby, both constables, drove the van."
            + "\n\n\"I froze,\" PC Fenby told the panel.\n\n\"It was a reflex,\" said PC"
            + " Greaves.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I froze,", "Laura Fenby"), tuple("It was a reflex,", "Nathan Greaves"));
  }

  @Test
  void theWinnerIsTheSubjectJustNamed() {
    String text =
        "Marathon\n\nEzekiel Kimani won in 2:05:10.\n\nKimani, 26, was paced for 30"
            + " kilometres by his cousin, Josphat Kimani.\n\n\"He did all the hard work,\" the"
            + " winner said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("He did all the hard work,", "Ezekiel Kimani"));
  }

  @Test
  void anAnswerAfterAPlainQuestionIsTheIntervieweesWords() {
    String text =
        "Breach\n\n\"We take this seriously,\" said analyst Tom Reyes.\n\nIn an interview on"
            + " Thursday, the company's chief executive, Lena Marcotti, defended its handling of"
            + " the incident.\n\nWhy did it take seven days to tell customers?\n\n\"We needed"
            + " to understand what had been taken.\"\n\nWas the account protected?\n\n\"It was"
            + " not, and it should have been.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We take this seriously,", "Tom Reyes"),
            tuple("We needed to understand what had been taken.", "Lena Marcotti"),
            tuple("It was not, and it should have been.", "Lena Marcotti"));
  }

  @Test
  void aNicknameBeforeASurnameWithAParticleStaysOutOfTheName() {
    String text =
        "Series lost\n\nSouth Africa coach Hendrik \u201cHenk\u201d du Plooy said his side would"
            + " train. \u201cWe will take this on the chin,\u201d du Plooy said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We will take this on the chin,", "Hendrik du Plooy"));
  }

  @Test
  void lettersAfterANameAreNoPartOfIt() {
    String text =
        "Trial\n\nHelena Marchmont KC, for the prosecution, opened the case.\n\n\"The facts are"
            + " simple,\" Marchmont told the jury.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactly("Helena Marchmont");
  }

  @Test
  void aWardInBracketsAfterANameIsNoSpeaker() {
    String text =
        "Budget\n\nFinance chair Marcus Bellamy (Red River North) called the amendment \"a raid"
            + " dressed up as a reform.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a raid dressed up as a reform.", "Marcus Bellamy"));
  }

  @Test
  void anUncuedParagraphAfterAnAskedQuestionIsTheAnswer() {
    String text =
        "Hearing\n\n\"Every report was shared,\" Gillian Harbury said.\n\nThe member Alan"
            + " Grieve asked whether she had received a bonus.\n\n\"How much?\" he asked."
            + "\n\n\"The figure is in our annual report.\"";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("The figure is in our annual report.", "Gillian Harbury"));
  }

  @Test
  void whoAfterAPersonOfABodyIsThePerson() {
    String text =
        "Search\n\nPastor Ezra Hollings of Calder Falls Community Church, who helped organize the"
            + " volunteers, said the turnout showed \"what this town is made of.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("what this town is made of.", "Ezra Hollings"));
  }

  @Test
  void aShortOpeningPhraseOfTimeIsNoSubject() {
    String text =
        "Weigh-in\n\nMoments later, Kovalenko leaned into the microphone and added in English:"
            + " \"Talk, talk, talk. Saturday, sleep.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Talk, talk, talk. Saturday, sleep.", "Kovalenko"));
  }

  @Test
  void aFollowUpQuestionIsAnsweredByTheOtherParty() {
    String text =
        "Briefing\n\nAna Ferrol asked about the trip. \"He will visit the plant,\" press"
            + " secretary Corinne Bapst said.\n\nFerrol followed up: \"Will he meet the"
            + " governor?\"\n\n\"The governor has been invited.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He will visit the plant,", "Corinne Bapst"),
            tuple("Will he meet the governor?", "Ana Ferrol"),
            tuple("The governor has been invited.", "Corinne Bapst"));
  }

  @Test
  void theAgencyIsTheAgencyNamedNotTheNewspaperAfterIt() {
    String text =
        "Levees\n\nThe report was written at the Danube Levee Agency and obtained by the Courier."
            + "\n\nThe agency said in a statement that its engineers \"give candid advice\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("give candid advice", "Danube Levee Agency"));
  }

  @Test
  void anEpithetAfterASheSentenceIsTheSubjectSheContinues() {
    String text =
        "Upset\n\nMarit Solberg, a qualifier, had never reached a quarter-final. She said she"
            + " had grown up watching Vesna Kralj on television.\n\n\"I had her poster on my"
            + " wall,\" the Norwegian said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I had her poster on my wall,", "Marit Solberg"));
  }

  @Test
  void aKinNounBeforeANameTellsTheGenderWhenADescriptionFollowsIt() {
    String text =
        "Interview\n\nHelka Voorhees is a novelist. \"I like mud,\" she says.\n\nHer husband,"
            + " Pieter Voorhees, a retired engineer, brings in biscuits. \"She had it wrong,\" he"
            + " says.\n\nMrs Voorhees rolls her eyes. \"He is very proud.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I like mud,", "Helka Voorhees"),
            tuple("She had it wrong,", "Pieter Voorhees"),
            tuple("He is very proud.", "Helka Voorhees"));
  }

  @Test
  void mrIsNotTheNamesakeGivenAnAgeUnderEighteen() {
    String text =
        "Walk\n\nAnton Brandt finished the 10K in two hours. His grandson, Jonas Brandt, 13,"
            + " carried the water.\n\n\"I was sure I would stop at five,\" Mr Brandt said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I was sure I would stop at five,", "Anton Brandt"));
  }

  @Test
  void theIWhoAsksIsTheBylinesWriterAndNeverTheSheWhoAnswers() {
    String text =
        "Comeback\n\nBy Tamsin Achterberg\n\nOdile Marchetti-Rowe left the stage in 2019. The"
            + " papers blamed drink.\n\n\"Were you unwell?\" I ask.\n\n\"Yes. Though not the"
            + " way people think,\" she says.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Were you unwell?", "Tamsin Achterberg"),
            tuple("Yes. Though not the way people think,", "Odile Marchetti-Rowe"));
  }

  @Test
  void saidHeAfterAnAsideAboutHimTellsNothingOfTheSpeakersGender() {
    String text =
        "Obituary\n\nAmbrose Kell, the organist, has died aged 90.\n\nThe cellist Solveig"
            + " Marr-Duarte, who toured with him for twenty years, said he had perfect pitch. \"He"
            + " never played a wrong note,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("He never played a wrong note,", "Solveig Marr-Duarte"));
  }

  @Test
  void aGivenNameOpeningAQuotationIsNoSubjectOfItsCue() {
    String text =
        "Ambrose Kell, organist who 'played like rain on slate', dies at 90\n\nThe cellist"
            + " Solveig Marr-Duarte, who toured with him for twenty years, praised his ear."
            + " \"Ambrose never played a wrong note,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("Ambrose never played a wrong note,", "Solveig Marr-Duarte"));
  }

  @Test
  void saidSheAfterTwoAsidesTellsAGenderThatMrThenRulesOut() {
    String text =
        "Flood\n\nLou Brennan, 68, who has farmed by the river for decades, said she heard the"
            + " water at midnight. \"It came in under the door,\" she said.\n\nHer husband,"
            + " Gerry, carried the dog upstairs. \"She said I was fussing,\" Mr Brennan said.";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("It came in under the door,", "Lou Brennan"))
        .doesNotContain(tuple("She said I was fussing,", "Lou Brennan"));
  }

  @Test
  void aNamedOwnersRoleSetOffBeforeANameMidSentenceIsTheNamesRole() {
    String text =
        "Summit\n\nThe president welcomed Togo's Prime Minister, Edem Kpodar, at the lodge."
            + "\n\n\"We are small,\" the prime minister said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("We are small,", "Edem Kpodar"));
  }

  @Test
  void anotherCountrysMinisterIsNotTheOneACountryNames() {
    String text =
        "Gulf talks\n\nForeign Minister Reza Karimi met Oman's foreign minister, Salim"
            + " al-Harthi, in Muscat on Sunday.\n\nIran's foreign minister later said the talks"
            + " were \"a new start\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("a new start", "Reza Karimi"));
  }

  @Test
  void aFormerChiefEngineerIsNotTheEngineer() {
    String text =
        "Flyover\n\nThe inquiry heard from a site foreman on Tuesday. It resumes on Thursday,"
            + " when the MWA's former chief engineer, Kamran Shah, is due to appear.\n\n\"Nobody"
            + " checked the welds,\" the engineer told reporters.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Nobody checked the welds,", null, "the engineer"));
  }

  @Test
  void theElderIsNotTheOneCalledTheYoungerBrother() {
    String text =
        "Radio row\n\nOpposition leader Gift Banda spoke on the radio against the party's"
            + " spokesman, who is his younger brother, Yohane Banda.\n\n\"He is wrong,\" Yohane"
            + " Banda said.\n\nThe elder Banda replied that he would \"not argue with family\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He is wrong,", "Yohane Banda"), tuple("not argue with family", "Gift Banda"));
  }

  @Test
  void uncleBeforeAGivenNameIsATitle() {
    String text =
        "Reunion\n\nLionel Maarten, 59, met his brother Desmond for the first time in fifty"
            + " years.\n\n\"It was worth the wait,\" Uncle Lionel told the children.\n\nLionel"
            + " laughed. \"I have missed that,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It was worth the wait,", "Lionel Maarten"),
            tuple("I have missed that,", "Lionel Maarten"));
  }

  @Test
  void aShortPrepositionalPhraseOpeningTheIntroductionIsNoSubject() {
    String text =
        "Debate\n\nAmrit Dhillon-Carr and Mayor Rolf Halvorsen met in the hall.\n\nIn her"
            + " closing statement, Dhillon-Carr was blunt.\n\n\"Enough.\"";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Enough.", "Amrit Dhillon-Carr"));
  }

  @Test
  void aPersonSetOffAfterAnOwnersDescriptionIntroducesTheNextParagraph() {
    String text =
        "Results\n\nRevenue rose 4% in the quarter.\n\nIn a letter released with the results,"
            + " Keltrane's founder and chairman, Prakash Iyer, struck a calmer note.\n\n\"Every"
            + " cycle ends in usefulness.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Every cycle ends in usefulness.", "Prakash Iyer"));
  }

  @Test
  void aNameSetOffByANounForAPersonAnswersToIt() {
    String text =
        "Stolen canvas\n\n\"Nobody can sell it,\" said Pieter Claes, a former detective who now"
            + " works for insurers.\n\nClaes said such works were traded between gangs. \"Cutting"
            + " it out is brutal,\" the former detective said.\n\nAmal Haddad, a juror from"
            + " Leeds, left early. \"I needed air,\" the juror said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Nobody can sell it,", "Pieter Claes"),
            tuple("Cutting it out is brutal,", "Pieter Claes"),
            tuple("I needed air,", "Amal Haddad"));
  }

  @Test
  void aNestedQuotationClosedRightBeforeItsOuterOneLeavesTheAttributionAfterBoth() {
    String text =
        "Jury room\n\nRuth Calder, the foreman, spoke after the verdict. The jurors asked the"
            + " holdouts how many deaths would change their minds.\n\n``They asked, 'What if it"
            + " had been fifty?\'\'\' Calder said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("They asked, 'What if it had been fifty?'", "Ruth Calder"));
  }

  @Test
  void aHeadlineQuotesInStraightSingleMarksWhateverMarksItsBodyUses() {
    String text =
        "Adeyemi joins Harrowgate: 'I waited a long time'\n\nThe striker signed a four-year"
            + " contract on Friday.\n\n\"I waited a long time for this,\" said Tunde Adeyemi,"
            + " who turned 25 last week.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I waited a long time", "Tunde Adeyemi"),
            tuple("I waited a long time for this,", "Tunde Adeyemi"));
  }

  @Test
  void aHeadlineNameYieldsToTheOneTheBodyQuotesSayingTheSameWords() {
    String text =
        "Rovers sack Dalgleish after derby defeat: 'Patience has run out'\n\nRovers dismissed"
            + " manager Ewan Dalgleish on Sunday.\n\n\"Patience has run out, and the fans know"
            + " it,\" chairman Isobel Fraser said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Patience has run out", "Isobel Fraser"),
            tuple("Patience has run out, and the fans know it,", "Isobel Fraser"));
  }

  @Test
  void theElderOfTwoNamesakesStaysHimselfAsTheSubjectAHeTakesUp() {
    String text =
        "Interim boss\n\nTorcuil Baillie, 61, will lead the side on Saturday. His son, Kyle"
            + " Baillie, is the captain.\n\nThe elder Baillie was asked whether that would be"
            + " strange. \"Not for me,\" he said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Not for me,", "Torcuil Baillie"));
  }

  @Test
  void aKinSubjectBetweenTwoQuotationsIsTheHeOfTheSecond() {
    String text =
        "Border village\n\nAzamat Tokoev, 29, drove back to fetch his father, Bolot Tokoev.\n\n"
            + "\"He will not leave,\" Azamat said.\n\nHis father kept mending the fence. \"The"
            + " shelling is old news,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He will not leave,", "Azamat Tokoev"),
            tuple("The shelling is old news,", "Bolot Tokoev"));
  }

  @Test
  void aKinNounOwnedByHisOrHerMakesTheOwnerTheNamesKinInTurn() {
    String text =
        "Last post round\n\nRosalind Pengelly, 64, made her final delivery on Friday.\n\nHer"
            + " husband, Tobias Pengelly, a retired welder, said she stopped for everyone. \"She"
            + " once delivered a lamb,\" he said.\n\n\"It was one lamb,\" his wife said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("She once delivered a lamb,", "Tobias Pengelly"),
            tuple("It was one lamb,", "Rosalind Pengelly"));
  }

  @Test
  void aNameLedByItsOwnDescriptionInAppositionToAnotherSpeaks() {
    String text =
        "Glacier survey\n\nThe study's co-author, the glaciologist Ingrid Vasstrand, said the"
            + " losses were \"faster than any model\".\n\n\"We ran out of ice to measure,\" she"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("faster than any model", "Ingrid Vasstrand"),
            tuple("We ran out of ice to measure,", "Ingrid Vasstrand"));
  }

  @Test
  void aPaperThatQuotedHimAsSayingGivesTheWordsToTheOneHeIs() {
    String text =
        "Talks stall\n\nColonel Thura Win Maung did not speak to reporters. But the state daily"
            + " Morning Lantern quoted him on Monday as saying the army had \"opened every road\" to"
            + " aid convoys.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("opened every road", "Thura Win Maung"));
  }

  @Test
  void anOwnedOfficeSetOffBeforeAnHonorificAndANameIsTheNamesRole() {
    String text =
        "School closure\n\nThe county's superintendent, Dr. Lorna Vikstrom, defended the vote."
            + " Vikstrom said every option had been costed.\n\n\"We looked at all of them,\" the"
            + " superintendent said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We looked at all of them,", "Lorna Vikstrom"));
  }

  @Test
  void aNameTitledByARoleInAppositionToAnOwnedDescriptionSpeaks() {
    String text =
        "Bail hearing\n\nArjun Pillai's counsel, advocate Kavita Menon, said her client had been"
            + " \"punished for his name\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("punished for his name", "Kavita Menon"));
  }

  @Test
  void wordsWovenAfterThankedAreTheSubjects() {
    String text =
        "Final\n\n\"I played without fear,\" Klara Novotna said in her on-court interview.\n\nShe"
            + " thanked the crowd, who had mostly cheered her opponent, \"for being loud, even for"
            + " the other side\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I played without fear,", "Klara Novotna"),
            tuple("for being loud, even for the other side", "Klara Novotna"));
  }

  @Test
  void aQuestionAnUnnamedReporterAsksIsAnsweredByThePersonNamedBeforeIt() {
    String text =
        "Press room\n\n\"We were second best,\" Tomasz Wilk said of the defeat.\n\nThe"
            + " club's director, Ilse Brandauer, met the press on Sunday, before Wilk had"
            + " flown home.\n\n\"Will the coach stay?\" one reporter asked.\n\n\"He has our"
            + " full support.\"\n\n\"Even after five defeats?\"\n\n\"Even after ten.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We were second best,", "Tomasz Wilk"),
            tuple("Will the coach stay?", null),
            tuple("He has our full support.", "Ilse Brandauer"),
            tuple("Even after five defeats?", null),
            tuple("Even after ten.", "Ilse Brandauer"));
  }

  @Test
  void thePlainSurnameIsNotTheNamesakeCalledTheElder() {
    String text =
        "Final\n\nRenata Oyarzun lost the final in three sets. Her father, Julio Oyarzun, who"
            + " coaches her, watched from the stands. \"She rushed the net,\" the elder Oyarzun"
            + " said.\n\nOyarzun was calm afterwards. \"I will be back next year,\" Oyarzun"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("She rushed the net,", "Julio Oyarzun"),
            tuple("I will be back next year,", "Renata Oyarzun"));
  }

  @Test
  void aSubjectNamedRightAfterADescribedSpeakersWordsIsTheNextShe() {
    String text =
        "Potter\n\nAsked whether her pupil was, in the words of one critic, \"the best thrower"
            + " in the county,\" Edda Lindqvist put down her cup. \"She broke more pots than"
            + " anyone,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("the best thrower in the county,", null, "one critic"),
            tuple("She broke more pots than anyone,", "Edda Lindqvist", null));
  }

  @Test
  void aSurnameOfTwoWordsIsThePersonNamedInFullWithIt() {
    String text =
        "Reef board names Al Mansoori as chair\n\nThe order names Dr. Yasmin Khalid Al Mansoori,"
            + " a marine biologist, as chair of the board.\n\nDr. Al Mansoori told reporters"
            + " that the survey would start in March.\n\n\"We will count every reef,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We will count every reef,", "Yasmin Khalid Al Mansoori"));
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactly("Yasmin Khalid Al Mansoori");
  }

  @Test
  void aParticiplesPairOfNamesInAppositionIsNoListBeforeTheSpeaker() {
    String text =
        "Ruling\n\nOn Monday, Judge Rowan Pell, sitting with Judge Ines Marr and Judge Otto"
            + " Fenn, said the evidence was \"thin at best\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("thin at best", "Rowan Pell"));
  }

  @Test
  void aNameBeforeATitleWhoseBodyHoldsAndSpeaks() {
    String text =
        "Fire\n\nMaria Ostrow, Deputy Chief Officer at Kent Fire and Rescue Service says the"
            + " depot is \"beyond repair\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("beyond repair", "Maria Ostrow"));
  }

  @Test
  void anAttributionRunsOnPastABlankLineSetBetweenATitleAndItsName() {
    String text =
        "Shooting\n\n``A man walked in and fired twice,'' Calder police Const.\n\nRavi Sandhu"
            + " told a news conference.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("A man walked in and fired twice,", "Ravi Sandhu"));
  }

  @Test
  void aParticipleAfterAButClauseIsThatClausesSubjects() {
    String text =
        "Chase\n\nPolice stopped the truck, but Kessler refused to comply, saying officers"
            + " \"would have to shoot\" him.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("would have to shoot", "Kessler"));
  }

  @Test
  void anAccordingToOpenerIsNoSubjectForAParticiple() {
    String text =
        "Chase\n\nAccording to the charges, Kessler refused to comply, saying officers"
            + " \"would have to shoot\" him.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("would have to shoot", "Kessler"));
  }

  @Test
  void aStatementReadOnBehalfOfSomeoneIsTheirs() {
    String text =
        "Fire trial\n\nOutside court, Tanvir Haque read a short statement on behalf of Rahim"
            + " Kabir. \"I pray for the families,\" the statement said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I pray for the families,", "Rahim Kabir"));
  }

  @Test
  void aWritingSignedBySomeoneIsTheirsWhenANoteOnItSpeaks() {
    String text =
        "Flood plan\n\nThe six-page paper, marked \"restricted\" and signed by Dr Owen Prydderch,"
            + " chief engineer at the Levels Board, reached ministers in May.\n\nThe memo warns"
            + " that two villages face \"repeated flooding\" within a decade.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("repeated flooding", "Owen Prydderch"));
  }

  @Test
  void aRelativeClauseAfterAnAgeGoesBackToTheName() {
    String text =
        "Tower\n\nOutside the chamber, retired surveyor Tom Ashgrove, 74, who has lived on nearby"
            + " Mill Lane for five decades, described the block as \"a concrete wall\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("a concrete wall", "Tom Ashgrove"));
  }

  @Test
  void aLawsuitsWordsWovenIntoWhatItAllegesAreItsOwn() {
    String text = "Suit\n\nThe lawsuit alleges that the company \"hid the fault\" for years.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("hid the fault", null, "The lawsuit"));
  }

  @Test
  void thePensionerIsTheSubjectTheTextKeepsTo() {
    String text =
        "Fun run\n\nArthur Pennock, 88, finished the 5K in 71 minutes. Pennock trained for six"
            + " months. \"I took my time,\" Pennock said.\n\nAsked about next year, Pennock"
            + " smiled.\n\n\"I might try the 10K,\" the pensioner said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I took my time,", "Arthur Pennock"),
            tuple("I might try the 10K,", "Arthur Pennock"));
  }

  @Test
  void aSheAfterSaidAsTellsWhichNamesakeSpoke() {
    String text =
        "Final\n\nLena Maric lost in three sets. Her father, Ivo Maric, who coaches her, left his"
            + " seat early.\n\n\"I know what you will write,\" Maric said as she sat down.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I know what you will write,", "Lena Maric"));
  }

  @Test
  void anUnnamedRelativeIsThePersonTheNextQuotationBringsInByNameAlone() {
    String text =
        "Crash\n\nThe victim's niece said the van \"never slowed down\" at the crossing.\n\n"
            + "\"She was only going to the shop,\" said Harjit Dhillon.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("never slowed down", "Harjit Dhillon"),
            tuple("She was only going to the shop,", "Harjit Dhillon"));
  }

  @Test
  void sheWhoRepliesToAnUnnamedAskerIsTheOneAsked() {
    String text =
        "Sacking\n\n\"We are ninth, and that is the problem,\" chair Ama Boateng said.\n\nA"
            + " radio reporter asked whether she had picked the wrong coach. \"I picked the best"
            + " one we could afford,\" she replied.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We are ninth, and that is the problem,", "Ama Boateng"),
            tuple("I picked the best one we could afford,", "Ama Boateng"));
  }

  @Test
  void aBodyAfterAnOpeningAdverbialAndAnAppositionSpeaks() {
    String text =
        "Quotas\n\nTrawler crews protested in Hull on Friday. In a letter, the council, known"
            + " as the NFQC, said the new limits \"cannot be justified by the science\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("cannot be justified by the science", null, "the council"));
  }

  @Test
  void saidThatOpensAClauseNotTheSpeakerOfTheWritingItGives() {
    String text =
        "Quotas\n\nThe Northern Fisheries Quota Council of the Baltic set new limits on Friday."
            + "\n\nIn a letter, the council, chaired by Inga Berg, said that Lars Holm \"broke the"
            + " rules\". \"We have no other choice,\" the letter said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("broke the rules", "Northern Fisheries Quota Council of the Baltic"),
            tuple("We have no other choice,", "Northern Fisheries Quota Council of the Baltic"));
  }

  @Test
  void aBodyOfAPlaceIsOneNameThatItsInitialsStandFor() {
    String text =
        "Quotas\n\nThe limits were set by the Fisheries Integrity Council of the Pacific, known"
            + " as the FICP.\n\n\"We followed the science,\" the FICP said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name, Entity::aliases)
        .containsExactly(tuple("Fisheries Integrity Council of the Pacific", List.of("FICP")));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We followed the science,", "Fisheries Integrity Council of the Pacific"));
  }

  @Test
  void aBodyNamedAfterAPlaceOrAsMiscellaneousIsOneOrganisation() {
    String text =
        "Derby row\n\nKelbrook Town lost again on Saturday.\n\nThe Kelbrook Town Supporters’"
            + " Trust urged calm. \"Nobody wins from a riot,\" the trust said.\n\nThe Open Door"
            + " Trust, a charity, said the ban raised \"serious questions\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Nobody wins from a riot,", "Kelbrook Town Supporters’ Trust"),
            tuple("serious questions", "Open Door Trust"));
  }

  @Test
  void theAgencyCreditedInADateLineIsNotTheCompany() {
    String text =
        "Recall\n\nOSLO, May 3 (Nordic Wire) — The president of Halvorsen Marine Systems"
            + " apologised on Friday for falsified test data.\n\nIn a statement, the company"
            + " called the faults \"deeply regrettable\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("deeply regrettable", "Halvorsen Marine Systems"));
  }

  @Test
  void whichAfterANamedHoldersTitleLeavesTheHolderSpeaking() {
    String text =
        "Strike\n\nThe pilots walked out twice last year. Lena Brandt, general secretary of the"
            + " Italian Aviators' Association, which represents most of Skyline's 1,200 pilots,"
            + " said in a telephone interview that relations had improved “from awful to merely"
            + " poor”.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("from awful to merely poor", "Lena Brandt"));
    // the office is one, not a general's rank
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.name().equals("Lena Brandt"))
        .extracting(Entity::roles)
        .containsExactly(List.of("general secretary"));
  }

  @Test
  void aNameEndingAnOpeningPhraseTakesNoRoleFromTheSubjectAfterIt() {
    String text =
        "Resignation\n\nTom Beale resigned on Friday.\n\nIn his home ward of Ashby and Rowe, the"
            + " treasurer of the local branch, Colin Marsh, was calm. \"He made a mistake and he"
            + " owned it,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("He made a mistake and he owned it,", "Colin Marsh"));
  }

  @Test
  void heIsNotThePersonNamedBesideHisOwnAgent() {
    String text =
        "Inquiry\n\nProfessor Alan Brice denies the findings.\n\nIn a letter sent through his"
            + " agent, Mark Dune, he called the report \"a smear\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("a smear", "Alan Brice"));
  }

  @Test
  void aLeadsRoleWithTheIsThePersonNamedInTheNextParagraph() {
    String text =
        "Ferry row\n\nThe former mayor of a small island town told a tribunal on Monday that the"
            + " fines were \"a punishment for telling the truth\".\n\nMarta Oyelowo, 52, who ran"
            + " Tarnholm council until 2021, denies all six charges.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a punishment for telling the truth", "Marta Oyelowo"));
  }

  @Test
  void sheInterruptingAnotherWomansClauseIsNotHer() {
    String text =
        "Talks\n\nNorway’s envoy, Ingrid Solbakken, said Oslo would fund monitors. Ms Odhiambo,"
            + " she added, had “worked harder than anyone in this building”.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("worked harder than anyone in this building", "Ingrid Solbakken"));
  }

  @Test
  void mrGoesToTheHusbandOfACoupleNamedTogether() {
    String text =
        "Inquiry\n\nAmong those in the gallery were Walid and Samira Khoury, whose daughter died"
            + " in 2020. Outside the hearing, Mr Khoury said the evidence had been painful.\n\n"
            + "\"Eleven dates. Eleven chances,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Eleven dates. Eleven chances,", "Walid Khoury"));
  }

  @Test
  void aBodyWhoseNameHoldsAndIsOneSpeaker() {
    String text =
        "Fire\n\nThe Tarnside Fire and Rescue Service said in a post on its account that the"
            + " crew had shown \"outstanding courage\".\n\nThe Norwich and District Water Board met"
            + " on Thursday. The board said it \"respects the right of any town to ask\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("outstanding courage", "Tarnside Fire and Rescue Service"),
            tuple("respects the right of any town to ask", "Norwich and District Water Board"));
  }

  @Test
  void aRoleLedPersonOfABodyIsWhoTheRelativeStandsFor() {
    String text =
        "Lakes\n\nMarine biologist Nadia Ferhat of the Coastal Research Trust, who gave evidence"
            + " to the committee, said the final plan was \"better than the draft\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("better than the draft", "Nadia Ferhat"));
  }

  @Test
  void wordsAfterANamedDescriptionGoOnForTheNextQuotation() {
    String text =
        "Harvest\n\nThe two families spent the morning on the phone.\n\n\"We were not scared. We"
            + " know the river,\" said the mother, Marisol Ybarra. \"He would swim it at night if he"
            + " had to.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We were not scared. We know the river,", "Marisol Ybarra"),
            tuple("He would swim it at night if he had to.", "Marisol Ybarra"));
  }

  @Test
  void anEpithetAfterATitledSubjectIsThatPerson() {
    String text =
        "Selection\n\nHarbour City captain Rangi Tane-Moore said the whole side backed the"
            + " decision. \"He has waited three seasons for this,\" the flanker said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("He has waited three seasons for this,", "Rangi Tane-Moore"));
  }

  @Test
  void aWritingOfABodysKindIsThatBodys() {
    String text =
        "Floods\n\nThe Ferrow Valley Water Trust said on Friday that its pumps had failed twice."
            + " \"Every household on the list will be visited by Sunday,\" a trust statement said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "Every household on the list will be visited by Sunday,",
                "Ferrow Valley Water Trust"));
  }

  @Test
  void aBodyWhoseNameHoldsAndSpeaksThroughThatClause() {
    String text =
        "Rivers\n\nThe Office for Water and Coastal Protection said that it was \"checking every"
            + " sample twice\" before the report.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("checking every sample twice", "Office for Water and Coastal Protection"));
  }

  @Test
  void aBodyPlacedInACountryIsTheSubjectNotThePlace() {
    String text =
        "Truce\n\nThe European Monitoring Mission in Moldova urged both sides to \"keep the"
            + " crossings open at night\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("keep the crossings open at night", "European Monitoring Mission"));
  }

  @Test
  void anAppositionBeforeSaidKeepsTheSpeakerOfWordsReportedInside() {
    String text =
        "Takeover\n\nHollin Foods' chairman, Marek Zielinski, said the directors had agreed that"
            + " the bid was \"a fair price\" for the company.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("a fair price", "Marek Zielinski"));
  }

  @Test
  void aTitleAnotherQuotationNamedIsItsHolder() {
    String text =
        "Count\n\n\"Nobody in Ardel trusts these totals. They were written in advance,\" said"
            + " Okafor's campaign manager, Ifeoma Nnaji, at a briefing in Awka. \"We have the tally"
            + " sheets and we will show them.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "Nobody in Ardel trusts these totals. They were written in advance,",
                "Ifeoma Nnaji"),
            tuple("We have the tally sheets and we will show them.", "Ifeoma Nnaji"));
  }

  @Test
  void aQuotationAfterAnAttributionSplitAtItsTitleGoesOn() {
    String text =
        "Siege\n\n\"He walked in with a rifle and nobody stopped him,\" Halden police Sgt.\n\n"
            + "Ilse Brandvold told reporters.\n\n\"Most of the staff got out through the back. Two"
            + " stayed hidden.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He walked in with a rifle and nobody stopped him,", "Ilse Brandvold"),
            tuple(
                "Most of the staff got out through the back. Two stayed hidden.",
                "Ilse Brandvold"));
  }

  @Test
  void aNameWithAParticleStaysWholeBeforeAParticiple() {
    String text =
        "Mandate\n\nBelgian Ambassador Maarten van der Heyden backed the shorter term, saying it"
            + " would let the council \"look again in spring\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("look again in spring", "Maarten van der Heyden"));
  }

  @Test
  void aLeadSpokesmanNamedLaterWithARankIsThatPerson() {
    String text =
        "Search\n\nA fire service spokesman said crews would stay at the quarry \"for as long as"
            + " it takes\".\n\nThe spokesman, Captain Idris Mallory, said two teams were resting.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("for as long as it takes", "Idris Mallory"));
  }

  @Test
  void anUnnamedWitnessRelaysTheWordsOfTheOneSaidToSayThem() {
    String text =
        "Dinner\n\nMinister Halvard Strand took questions from the guests. He said the port"
            + " \"will not be sold to anyone\", recalled one guest.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("will not be sold to anyone", "Halvard Strand"));
  }

  @Test
  void aCompanysInitialsWithoutItsSuffixAreThatCompany() {
    String text =
        "Stake\n\nNorthern Rail Holdings Ltd. bid for the line in May. NRH said it expects \"to"
            + " close the deal by the autumn\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("to close the deal by the autumn", "Northern Rail Holdings Ltd."));
  }

  @Test
  void mrGoesToTheSpouseWhoseGivenNameIsAMansOverOneUnlisted() {
    String text =
        "Budget\n\nThe farmers Colin and Winifred Ashdown, who have lived near Ludlow since 1979,"
            + " sat at the back of the hall.\n\n\"The rise will cost us dearly,\" Mr Ashdown said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The rise will cost us dearly,", "Colin Ashdown"));
  }

  @Test
  void aStraightMarkTouchingADescribedAttributionClosesACurlyQuote() {
    String text =
        "Crash\n\nA van hit a cyclist on Harbour Road on Friday.\n\n\u201CThey speed along"
            + " here every night, \"a neighbour told the Dunmore Courier. \"Every single night."
            + " \"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("They speed along here every night,", null, "a neighbour"),
            tuple("Every single night.", null, "a neighbour"));
  }

  @Test
  void heAfterSomeonesOwnSpokesmanReportedIsTheSpokesmanNotTheOneNamed() {
    String text =
        "Clinic\n\nTom Vellis has checked into a clinic in Ojai, his publicist confirmed.\n\n"
            + "\"We ask that his privacy be respected,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("We ask that his privacy be respected,", null, "his publicist"));
  }

  @Test
  void aSentenceOpenedByThePronounGoesOnAboutTheReporterBeforeIt() {
    String text =
        "Clinic\n\nTara Vellis has checked into a clinic in Ojai, her publicist confirmed.\n\n"
            + "He did not say what Vellis was being treated for.\n\n"
            + "\"We ask that her privacy be respected,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("We ask that her privacy be respected,", null, "her publicist"));
  }

  @Test
  void theOneCalledBySurnameAloneKeepsItAfterARelativeIsNamed() {
    String text =
        "Memoir\n\nThe novelist Augustin Pell has written about his drinking. Pell, now 68, said"
            + " the chapter took four years.\n\nMuch of the book is about Pell's late father,"
            + " Leland Pell, a salesman of adhesives who died in 1984 and who comes across as a"
            + " bully and a charmer in equal parts. The book describes him as a man who"
            + " never once apologised to anyone in the family. Its last pages describe a fishing"
            + " trip in 2019 and the long drive home along the coast in the rain.\n\n\"I assumed I'd be dead"
            + " first,\" Pell said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I assumed I'd be dead first,", "Augustin Pell"));
  }

  @Test
  void aNamesakeJustNamedInFullKeepsTheSurnameThatFollows() {
    String text =
        "Fire\n\nWalter Haskell said the ovens were lost. Haskell has run the bakery since"
            + " 1990.\n\nIrene Haskell said a neighbour phoned her at 4 a.m.\n\n\"I thought it"
            + " was a wrong number,\" Haskell recalled.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I thought it was a wrong number,", "Irene Haskell"));
  }

  @Test
  void aGivenNameInsideAQuotationDoesNotTellTheTextsOwnSurnameApart() {
    String text =
        "Final\n\nVondra beat Spain's Lucía Ferrándiz in the final on Sunday. Ferrándiz, 31, is"
            + " a former top-ten player.\n\nFerrándiz is coached by her mother, Mercedes"
            + " Ferrándiz, who shook her head in the player box. Speaking to reporters afterwards,"
            + " the elder Ferrándiz said: \"Lucía lost her head for five minutes.\"\n\nA rain"
            + " delay early in the third set did not help.\n\nAt her press conference, Ferrándiz"
            + " was composed.\n\n\"Of course it affected me,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Lucía lost her head for five minutes.", "Mercedes Ferrándiz"),
            tuple("Of course it affected me,", "Lucía Ferrándiz"));
  }

  @Test
  void wordsInAClauseAfterInsistedThatAreTheInsistersUnlessAPronounLeadsIt() {
    String text =
        "Row\n\nThe agent, Paulo Bastos, insisted that the former chief executive had promised a"
            + " \"fair hearing\" for any offer.\n\nDr Neville Crane gave evidence for the club."
            + " The ruling noted that he had described his method as \"the gold standard\" of the"
            + " trade.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("fair hearing", "Paulo Bastos"), tuple("the gold standard", "Neville Crane"));
  }

  @Test
  void anEpithetAfterASentenceWithAnOpeningPhraseIsItsMainSubject() {
    String text =
        "Final\n\nWith Oakridge leading 17-14 and driving near midfield, Darnell Pruitt jumped"
            + " a slant and picked off quarterback Evan Kowal.\n\n\"I saw it on film all week,\""
            + " the 17-year-old cornerback said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I saw it on film all week,", "Darnell Pruitt"));
  }

  @Test
  void aLeadsRoleIsTheOnePersonNamedWithItAfterTheQuotation() {
    String text =
        "Floods\n\nHomes were lost after the river burst its banks, in what the leader of the"
            + " county council called a \"devastating\" blow.\n\nBoats took 40 people to safety."
            + "\n\nThe chairman of a local builder said it was \"a surprise\".\n\n\"Some"
            + " families were out for 14 months,\" said Brian Hethersett, the leader of Wensley"
            + " Council. Rhona Quill, the chairman of the Wensley Chamber, was calmer.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("devastating", "Brian Hethersett"),
            tuple("a surprise", null),
            tuple("Some families were out for 14 months,", "Brian Hethersett"));
  }

  @Test
  void aBylinedLeadsMediatorIsTheOneTheNextParagraphNamesWithAnApposition() {
    String text =
        "Talks stall\n\nBy Nadia Corrigan\n\nDOHA (Wire) - Talks on the port were \"hanging by a"
            + " thread\" on Tuesday, the Qatari mediator said.\n\nFaisal bin Hamad al-Thani, a"
            + " veteran of the foreign ministry, told reporters a draft was nearly finished.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("hanging by a thread", "Faisal bin Hamad al-Thani"));
  }

  @Test
  void aNameAfterAnIndefiniteSpeakersPrepositionIsNotTheSpeaker() {
    String text =
        "Count\n\nHendra Wiratama led the early count.\n\nA senior official from one of the"
            + " parties backing Wiratama, who asked not to be named, conceded that the counts were"
            + " \"probably accurate\".\n\nA review in The Harbour Ledger called the campaign \"a"
            + " quiet revolution\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple(
                "probably accurate",
                null,
                "A senior official from one of the parties backing Wiratama"),
            tuple("a quiet revolution", "Harbour Ledger", null));
  }

  @Test
  void aCuelessQuestionAfterAnAnswerIsTheAskerAskingAgain() {
    String text =
        "Tests\n\nReporters pressed the sprinter on the two missed tests.\n\n\"Where were you"
            + " the first time?\" asked Lauren Pike of the Harbour Gazette.\n\n\"At the physio,\""
            + " Maddie Crewe said. \"It ran over.\"\n\n\"And the second time?\"\n\n\"Asleep.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Where were you the first time?", "Lauren Pike"),
            tuple("At the physio,", "Maddie Crewe"),
            tuple("It ran over.", "Maddie Crewe"),
            tuple("And the second time?", "Lauren Pike"),
            tuple("Asleep.", "Maddie Crewe"));
  }

  @Test
  void pressedAfterAQuestionCuesItsAsker() {
    String text =
        "Talks\n\nGrace Mensah of Radio Horizon asked about the detentions.\n\n\"Togo has"
            + " courts,\" the minister, Edem Kodjo, replied.\n\n\"Are they independent?\" Mensah"
            + " pressed.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Togo has courts,", "Edem Kodjo"),
            tuple("Are they independent?", "Grace Mensah"));
  }

  @Test
  void quotedAsSayingReachesPastARoleAndItsApposedName() {
    String text =
        "Patrols\n\nOSLO, May 2 (Wire) — Fishing boats stayed in port on Friday.\n\nA later"
            + " item quoted the commander of the coast guard, Rear Admiral Lars Hoven, as saying"
            + " that ships would keep up \"their normal patrols in our waters\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("their normal patrols in our waters", "Lars Hoven"));
  }

  @Test
  void whoAfterTheAgentOfAParticipleIsThatAgent() {
    String text =
        "Truce\n\nThe truce followed two days of talks with a council of tribal elders led by"
            + " Hajj Omar Saleh, who told the Coastal Service that both sides had \"accepted the"
            + " plan in principle\" on Monday.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("accepted the plan in principle", "Omar Saleh"));
  }

  @Test
  void aPlaceEpithetIsTheOnePersonIntroducedThere() {
    String text =
        "Budget\n\nSenator Ann Cole, a Republican from Texas, and Representative Jim Hart, a"
            + " Democrat from Ohio, clashed over the bill on Monday.\n\n\"This bill is a"
            + " disaster,\" the Texas Republican said.\n\n\"It is a lifeline,\" the Ohio Democrat"
            + " replied.\n\nDr Paul Grey, a surgeon at St Mary's Hospital in Leeds, and Dr Ruth"
            + " Kim, a surgeon in Boston, reviewed the data.\n\n\"The numbers are clear,\" the"
            + " Leeds surgeon said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("This bill is a disaster,", "Ann Cole"),
            tuple("It is a lifeline,", "Jim Hart"),
            tuple("The numbers are clear,", "Paul Grey"));
  }

  @Test
  void aPronounAnsweringAQuotedQuestionIsNotItsAsker() {
    String text =
        "Search\n\nLt. Dana Moore of the county police briefed reporters on Tuesday.\n\n\"We"
            + " are not ruling anything out,\" Moore said.\n\n\"Has anyone asked for money?\""
            + " another reporter asked.\n\n\"No. There has been no contact of that kind,\" she"
            + " replied.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("We are not ruling anything out,", "Dana Moore", null),
            tuple("Has anyone asked for money?", null, "another reporter"),
            tuple("No. There has been no contact of that kind,", "Dana Moore", null));
  }

  @Test
  void aPluralNounLikeReportsBeforeAndIsNoReportingVerb() {
    String text =
        "Breach\n\nThe company confirmed the breach on Monday.\n\nRehana Quraishi, director of"
            + " the consumer group BillWatch, called the gap between the first customer reports"
            + " and the company's confirmation \"indefensible\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("indefensible", "Rehana Quraishi"));
  }

  @Test
  void aRelativeClauseWithAndIsNoListAfterTheApposedName() {
    String text =
        "Run\n\nLeo Banks, 15, pushed his brother round the course on Sunday.\n\nHer sister,"
            + " Ann Cole, who ran the course separately and finished about an hour ahead of them,"
            + " said the family had been \"very touched\" by it.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("very touched", "Ann Cole"));
  }

  @Test
  void aPronounAnsweringOneAskedToAskAboutHerIsTheOneAsked() {
    String text =
        "Vote\n\nGovernor Ruth Callander left the stage after midnight. As she left, a reporter"
            + " shouted to ask whether she planned to sleep.\n\n\"After the recount deadline!\""
            + " she called back.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("After the recount deadline!", "Ruth Callander"));
  }

  @Test
  void whoManagesMakesTheManager() {
    String text =
        "Post\n\nSanjay Rathore, who manages the delivery office, praised the retiring"
            + " postwoman.\n\n\"She knows every gate code,\" the manager said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("She knows every gate code,", "Sanjay Rathore"));
  }

  @Test
  void aPronounTheOpenerUsedBeforeSomeoneIsNamedStaysTheOpeners() {
    String text =
        "Mayor\n\nAbout 80 supporters gathered outside the library on Monday.\n\nOne woman in"
            + " the crowd, holding a sign, said she had voted for Mayor Denise Kowal twice. \"I"
            + " liked her. I really did,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .contains(tuple("I liked her. I really did,", null, "One woman"));
  }

  @Test
  void toWhichHeRepliedCuesTheReplyNotTheWordsBefore() {
    String text =
        "Debate\n\nOrla Fennessy and Declan Tuohy met in a debate on Sunday.\n\nAt one point"
            + " Fennessy accused Tuohy of \"treating an entire generation as children\", to which"
            + " he replied: \"They are children, Orla. That is the point.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("treating an entire generation as children", "Orla Fennessy"),
            tuple("They are children, Orla. That is the point.", "Declan Tuohy"));
  }

  @Test
  void quotedVerbsBeforeAnAdverbAreSpeechNotANounsModifier() {
    String text =
        "Floods\n\nRivers rose across the county on Wednesday.\n\nAn agency spokesman said the"
            + " defences in Brompton had been \"overtopped\" shortly after noon.";
    assertThat(speakersAndDescriptions(text))
        .contains(tuple("overtopped", null, "An agency spokesman"));
  }

  @Test
  void anAndInsideARelativeClauseLeadsBackToItsAntecedent() {
    String text =
        "Suit\n\nResidents sued a chemical maker on Monday.\n\nAlderbrook, which is based in"
            + " Corliss and employs about 4,000 people, said it would \"fight every claim\" in"
            + " court.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("fight every claim", "Alderbrook"));
  }

  @Test
  void aVerbClosingAReducedRelativeFramesNothing() {
    String text =
        "Inquest\n\nA boy died after a delayed ambulance, an inquest heard.\n\nProfessor Gail"
            + " Hendry, giving expert evidence, said a child with the symptoms Mrs Joanne Ferrier"
            + " described would \"in almost every case\" survive. The delay, which Hendry said was"
            + " \"not acceptable\", had been avoidable.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("in almost every case", "Gail Hendry"), tuple("not acceptable", "Gail Hendry"));
  }

  @Test
  void thePersonPromptedToShoutSpeaks() {
    String text =
        "Questions\n\nThe Prime Minister Gareth Holloway said the figures would be published"
            + " \"in due course\", prompting Mr Desmond Kerrigan to shout \"When?\" from his seat.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("in due course", "Gareth Holloway"), tuple("When?", "Desmond Kerrigan"));
  }

  @Test
  void aPersonBeforeARoleAndTheBodyItNamesSpeaks() {
    String text =
        "Inquest\n\nA boy died after a delayed ambulance, an inquest heard.\n\nDr Anita Pelham,"
            + " clinical director of the provider, Nene Valley Urgent Care, told the hearing that"
            + " the pathway had been \"designed around adult presentations\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("designed around adult presentations", "Anita Pelham"));
  }

  @Test
  void aLeadsBareRoleIsItsLaterHolderWhateverQualifiesTheRole() {
    String text =
        "Rail crossing\n\nA coroner has called the crossing's warning lights \"wholly"
            + " inadequate\" after a driver died there in March.\n\nSitting at Harwell on"
            + " Monday, senior coroner Bronwen Maddox said the lights had failed twice before.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("wholly inadequate", "Bronwen Maddox"));
  }

  @Test
  void aLeadsRoleWithItsQualifierIsTheHolderOfThatWholeRole() {
    String text =
        "Trial halted\n\nA Leeds biotech has halted a trial of its lung drug, a step its chief"
            + " executive called \"painful but right\".\n\nThe company's chief executive,"
            + " Teodor Halvik, said two patients had been taken ill.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("painful but right", "Teodor Halvik"));
  }

  @Test
  void aLeadsOtherOrDifferentlyQualifiedRoleFindsNoHolder() {
    String text =
        "Bridge inquiry\n\nA site engineer told the inquiry the welds were \"never"
            + " inspected\".\n\nThe firm's former chief engineer, Rhys Allard, said the"
            + " schedule was drawn up in 2019.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("never inspected", null));
  }

  @Test
  void aLeadsSpokespersonForABodyIsTheOneSpokespersonNamedLater() {
    String text =
        "Export rules\n\nA spokesperson for the Ruritanian trade ministry on Monday called the"
            + " new licences \"routine practice\" for any state.\n\nAsked whether they were aimed"
            + " at anyone, spokesperson Milan Hradek said they were not.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("routine practice", "Milan Hradek"));
  }

  @Test
  void anHonorificTellsNamesakesApartByTheRecognisersGivenNames() {
    String text =
        "Ferry halted\n\nHarbour commissioner Odile Marchand announced the halt, beside the"
            + " port's chief engineer, Gaston Marchand. The two are not related.\n\n\"We had no"
            + " choice,\" Ms. Marchand said.\n\n\"The hull is cracked,\" Mr. Marchand said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We had no choice,", "Odile Marchand"),
            tuple("The hull is cracked,", "Gaston Marchand"));
  }

  @Test
  void aBodysReportSpeaksForTheBodyThatItsStandsFor() {
    String text =
        "Care home rated poor\n\nThe Quality Care Commission rated Birchfield House poor after"
            + " a visit in May. Its report said medicines were \"routinely left unsigned\".\n\n"
            + "\"Residents were not always treated with dignity,\" the report said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("routinely left unsigned", "Quality Care Commission"),
            tuple("Residents were not always treated with dignity,", "Quality Care Commission"));
  }

  @Test
  void aWritingByABodySpeaksForItAndOneOnlyReleasedByItStaysUnnamed() {
    String text =
        "Hake quota cut\n\nThe latest assessment by the Pacific Fisheries Institute says the"
            + " catch has stayed \"above the safe limit for the sixth year running.\"\n\nAccording to the audit, released by the ministry"
            + " on Friday, the fleet was \"oversized by a third\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "above the safe limit for the sixth year running.", "Pacific Fisheries Institute"),
            tuple("oversized by a third", null));
  }

  @Test
  void aNameWithAKindOfPlaceAfterItIsAPlaceNotASpeaker() {
    String text =
        "Camp swells\n\nBy Rania Khoury, Tell Amran\n\nFamilies keep arriving from the Wadi"
            + " Rimal district. The governor of Tell Amran province, Hamid al-Zubaidi, visited on"
            + " Monday. The agency quoted him as saying the province had \"no more room\".\n\n"
            + "A teacher from Wadi Rimal, known as Abu Karim, leads the residents' committee."
            + " \"We know every family,\" he said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Tell Amran") || e.name().equals("Wadi Rimal"))
        .extracting(Entity::type)
        .containsOnly(EntityType.LOCATION);
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("no more room", "Hamid al-Zubaidi"), tuple("We know every family,", "Abu Karim"));
  }

  @Test
  void anOfficeOfAFieldBeforeANameIsTheOfficeTheRoleNounPointsTo() {
    String text =
        "Quota cut\n\nDockworkers booed as the boats came in. The undersecretary of mining,"
            + " Tomás Aravena, defended the cut in Santiago.\n\n\"We had no other option,\" the"
            + " undersecretary said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We had no other option,", "Tomás Aravena"));
  }

  @Test
  void theBylinesWriterIsNoHeOfTheStoryAndARestrictiveWhoClausePicksOutTheSpeaker() {
    String text =
        "Chief tells inquiry order came late\n\nBy Marcus Vell\n\nHOLLIS FALLS, B.C. - The"
            + " fire chief who led the town's defence told an inquiry on Monday that the order came"
            + " \"forty minutes too late,\" and that he had said so.\n\nPaul Lavergne, chief of"
            + " the fire department for 14 years, was the first witness.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("forty minutes too late,", "Paul Lavergne"));
  }

  @Test
  void aSubjectAfterASubordinatorIsTheDescriptionALaterNameTakes() {
    String text =
        "Chip maker slides\n\nShares in Corvane fell 7% in late trading on Tuesday after the"
            + " company's chief executive told analysts that buyers had entered what she called a"
            + " \"pause to digest,\" holding off on orders.\n\n\"Nobody is cancelling,\" Ilse"
            + " Marenko, Corvane's chief executive, said on a call.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("pause to digest,", "Ilse Marenko"),
            tuple("Nobody is cancelling,", "Ilse Marenko"));
  }

  @Test
  void aSurnameSplitAtAParticleIsOneNameAndTellsMotherAndDaughterApart() {
    String text =
        "Dam\n\nFrom her porch, Raimunda Ferreira dos Santos can see the reservoir.\n\n\"They"
            + " call it land,\" said Jessica Ferreira dos Santos, 34, her daughter.\n\nRaimunda"
            + " still remembers the day. \"The man said we would be fine,\" she recalled.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name)
        .contains("Raimunda Ferreira dos Santos", "Jessica Ferreira dos Santos")
        .doesNotContain("Santos");
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("They call it land,", "Jessica Ferreira dos Santos"),
            tuple("The man said we would be fine,", "Raimunda Ferreira dos Santos"));
  }

  @Test
  void aStatementABodyIssuedSpeaksForTheBodyWhenItIsQuotedLater() {
    String text =
        "Ship held in port\n\nBorealis Cruise Lines said in a statement that 210 passengers and"
            + " 12 crew members had reported symptoms since Monday and that \"the great majority\""
            + " were resting in their cabins. Four were taken to Valmora's university hospital for"
            + " fluids, the company said.\n\n\"Our guests come first and we are working with the"
            + " port authorities,\" the statement said.";
    assertThat(wordsAndSpeakers(text))
        .contains(
            tuple(
                "Our guests come first and we are working with the port authorities,",
                "Borealis Cruise Lines"));
  }

  @Test
  void aLongDescribedLeadSubjectIsThePersonNamedNext() {
    String text =
        "Pilot says warning came \"far too late\"\n\nBy Anna Reed\n\nPORT ELLIS - A harbour"
            + " pilot accused of steering a laden tanker onto the sandbank beside the old ferry"
            + " terminal told an inquiry on Tuesday that the warning came \"far too late,\" and"
            + " that she had said so then.\n\nCapt. Maria Okafor, 52, a pilot for twenty years,"
            + " is the first witness.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("far too late", "Maria Okafor"), tuple("far too late,", "Maria Okafor"));
  }

  @Test
  void aTimeAfterTheRoleEndsALeadSubject() {
    String text =
        "Minister rejects reports\n\nThe country's interior minister on Wednesday rejected"
            + " reports that police had lost track of smugglers in the south, telling a packed"
            + " news conference that the situation was \"calm and well managed.\"\n\nPavel"
            + " Markov, who took the post last year, stood beside the police chief.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("calm and well managed.", "Pavel Markov"));
  }

  @Test
  void aRoleInAPossessiveIsNotTheRoleOfTheOneItOwns() {
    String text =
        "Town fire inquiry\n\nThe fire chief told the inquiry on Monday that the order came"
            + " \"an hour late.\"\n\nDale Hunter, chief of the town brigade since 2015, said crews"
            + " had asked twice. The deputy mayor was Rosa Hunter, the chief's wife.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("an hour late.", "Dale Hunter"));
  }

  @Test
  void anOfficeBeforeATitleIsHeldByTheNamedPerson() {
    String text =
        "Committee grills firms\n\nThe committee's chair, Deputy Ann Keane, opened the"
            + " questioning.\n\nMr Rowe replied that it was a product problem.\n\n\"That is not"
            + " an answer,\" the chair said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("That is not an answer,", "Ann Keane"));
  }

  @Test
  void anOfficeSomeoneIsElectedToIsTheirRole() {
    String text =
        "Co-op vote\n\nTom Reid, a 38-year-old grower, was elected chair of the Prairie Grain"
            + " Co-operative on Saturday, defeating his uncle, Bill Reid.\n\n\"I want to thank"
            + " Bill,\" the new chair said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("I want to thank Bill,", "Tom Reid"));
  }

  @Test
  void aRoleInAppositionMidSentenceIsTheNamedPersonsWithoutItsOrdinal() {
    String text =
        "Trial opens\n\nThe court also heard from the first witness, Mary Doyle, a retired"
            + " teacher from Ennis.\n\n\"Did you read the terms?\" Ms Quinn asked.\n\n\"Did"
            + " you?\" the witness replied.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Did you read the terms?", "Quinn"), tuple("Did you?", "Mary Doyle"));
  }

  @Test
  void aStatementReadOutForItsWriterIsTheWritersWords() {
    String text =
        "Ferry sinks\n\nCaptain Ramon Cruz, 58, was taken to hospital.\n\nOn Saturday his"
            + " lawyer, Atty. Lina Reyes, read to reporters a statement that she said the captain"
            + " had written by hand in his hospital room.\n\n\"I have been at sea for 36 years."
            + " I will carry them with me.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I have been at sea for 36 years. I will carry them with me.", "Ramon Cruz"));
  }

  @Test
  void theStatementSaidIsItsWritersWhenSomeoneElseReadsIt() {
    String text =
        "Hostage home\n\nPetar Novak did not speak publicly. His sister, Vesna Novak, read out a"
            + " short statement which she said he had written on the plane. \"I owe my life to"
            + " strangers,\" the statement said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I owe my life to strangers,", "Petar Novak"));
  }

  @Test
  void aLetterWrittenBySomeonesKinIsTheKinsNotThePossessors() {
    String text =
        "Killer sentenced\n\nVera Lima spoke before the ruling, addressing the killer as she"
            + " read from a letter written by her stepson, Jon Lima, and then made her own"
            + " statement.\n\n\"Why did you do it?\" the widow read from the boy's letter.\n\n"
            + "Ruth Moss read from a letter written by Jon's aunt, Edna Hale.\n\n\"We forgive"
            + " nothing,\" the letter said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Why did you do it?", "Jon Lima"), tuple("We forgive nothing,", "Edna Hale"));
  }

  @Test
  void aCountrysChiefNegotiatorIsItsNegotiator() {
    String text =
        "Water talks stall\n\nKazakhstan's chief negotiator, Arman Dosov, called the walkout"
            + " \"a pity.\"\n\nThe talks were chaired by Aigul Serikova, who said little.\n\n"
            + "Asked afterwards what had been agreed, the Kazakh negotiator smiled.\n\n\"Nothing"
            + " yet,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a pity.", "Arman Dosov"), tuple("Nothing yet,", "Arman Dosov"));
  }

  @Test
  void aPronounAfterASentenceThatBringsSomeoneInUnnamedIsThatOne() {
    String text =
        "Crossing death\n\nThe coroner, Simone Ouellet, will rule next month.\n\nOutside the"
            + " courthouse, a group of the boy's classmates held a banner. One of them, who said"
            + " she had ridden the same bus, said the crossing still frightened her.\n\n\"Every"
            + " morning, the trucks come over that hill,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Every morning, the trucks come over that hill,", null, null));
  }

  @Test
  void aWritingWhoseWordsAColonOpensIsItsSendersOrWriters() {
    String text =
        "Flood inquiry\n\nThe panel was shown a text message sent by Mr Dale Rowe to a colleague"
            + " in May, which read: \"Keep her off the river stuff.\"\n\nResidents received an"
            + " alert the Lower Vale District Council sent to phones at 6:10 p.m. It read:"
            + " \"Leave now.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Keep her off the river stuff.", "Dale Rowe"),
            tuple("Leave now.", "Lower Vale District Council"));
  }

  @Test
  void aStatementWithNoAuthorIsTheBodyTheSentenceBeforeNames() {
    String text =
        "Plant shooting\n\nThe gunman was held after a standoff. A spokesman for Brightmoor Dairy"
            + " Co. confirmed that two workers were in hospital.\n\n\"This is a sad day for our"
            + " family,\" a statement reads.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("This is a sad day for our family,", "Brightmoor Dairy Co."));
  }

  @Test
  void namesAGroupGivesAreLabelsAndSignsStayTheirCarriersSpeech() {
    String text =
        "Outside the depot, strikers held placards reading \"Pay us what we earn\".\n\n"
            + "The quarry road is a steep cut that drivers call \"the funnel\".\n\n"
            + "Regular swimmers had long called the old lido \"the Icebox\" because of its"
            + " spring water.\n\n"
            + "Engineers call this a \"cold joint\".\n\n"
            + "The council's plan, which its leader calls \"Streets First\", was approved.\n\n"
            + "Fishers know the rule simply as \"la veda\" (\"the closed season\").\n\n"
            + "The report avoids the word \"drought\" and \"shortage\".\n\n"
            + "\"We are not going anywhere,\" said Ines Molloy, the union's branch secretary.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker, Quote::kind)
        .containsExactly(
            tuple(null, Quote.Kind.DIRECT),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple(null, Quote.Kind.SCARE),
            tuple("Ines Molloy", Quote.Kind.DIRECT));
  }

  @Test
  void aRemarkByOneSpeakerAndAContactRelativeOnSayStaySpeech() {
    String text =
        "Mayor Colm Hedges called the ruling \"the worst day for this town in years\".\n\n"
            + "Critics used a label Mr Hedges said was \"beneath a serious council\".";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .extracting(Quote::speaker, Quote::kind)
        .containsExactly(
            tuple("Colm Hedges", Quote.Kind.DIRECT), tuple("Colm Hedges", Quote.Kind.DIRECT));
  }

  @Test
  void namesakesWithOtherMiddleNamesStayApartAfterTheShortName() {
    String text =
        "Meet the other Tomas Berglund\n\n"
            + "Tomas Henrik Berglund runs the ferry office in Lysvik. The footballer, born Tomas"
            + " Anders Berglund in Malmo, plays for the city's first team.\n\n"
            + "\"People ask me for tickets,\" Tomas Henrik Berglund said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities().stream().map(Entity::name).filter(n -> n.startsWith("Tomas")))
        .containsExactlyInAnyOrder("Tomas Henrik Berglund", "Tomas Anders Berglund");
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Tomas Henrik Berglund");
  }

  @Test
  void herMotherAfterTheDaughterSpokeIsTheOtherOneOfHerSurname() {
    String text =
        "Among the nurses on the picket line was Maeve Corrigan, who has worked on the children's"
            + " ward for 22 years.\n\n"
            + "Niamh Corrigan, 20, a student nurse, said she might leave for Canada. \"Half my class"
            + " is going,\" she said.\n\n"
            + "Her mother nodded. \"I would miss her,\" she said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Niamh Corrigan", "Maeve Corrigan");
  }

  @Test
  void aCouncillorsWardInBracketsIsNoSpeaker() {
    String text =
        "Council approved the transit budget on Tuesday.\n\n"
            + "Coun. Marcia Delorme (Kildonan North), one of the four who walked out, said the"
            + " ruling \"gags this chamber.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Marcia Delorme"))
        .extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("Marcia Delorme");
  }

  @Test
  void aNoteSentAndReadOutSpeaksForItsSender() {
    String text =
        "The Harbour Daily reported the sale on Monday.\n\n"
            + "Arturo Benedetti, who missed the ceremony, sent a handwritten note that was read"
            + " aloud by his son. \"I leave you the club,\" it said. \"Look after the kit"
            + " man.\"\n\n"
            + "Teodor Lisk, a former miner, had posted a letter to the inquiry. \"Ask the men who"
            + " dug the shaft,\" the letter said.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Arturo Benedetti", "Arturo Benedetti", "Teodor Lisk");
  }

  @Test
  void someoneKeptUnnamedOnPurposeKeepsTheNextPronoun() {
    String text =
        "Corran Dairies recalled its yoghurts on Monday, and Neil Corran, its founder,"
            + " apologised.\n\n"
            + "Her son, who asked not to be named, said she was now stable. \"She was very confused"
            + " for two days,\" he said.\n\n"
            + "Two men were lifted by the helicopter. The winchman, who asked not to be named in line"
            + " with air force policy, said Ivo Brandt had insisted on going last. \"He kept"
            + " pointing at the others,\" he said.\n\n"
            + "One walker, who asked to be named only as Tobias, said the path was closed. \"We"
            + " turned back,\" he said.";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly(null, null, "Tobias");
  }

  @Test
  void anAideNamedAfterThePersonTheyServeStaysUnnamed() {
    String text =
        "Gov. Ruth Hallorann won a second term on Tuesday.\n\n"
            + "A senior Hallorann aide, who was not authorized to speak publicly, said the campaign"
            + " had been \"nervous\" as late as 10 p.m.";
    assertThat(direct(text))
        .extracting(Quote::speaker, Quote::description)
        .containsExactly(tuple(null, "A senior Hallorann aide"));
  }

  @Test
  void sheAnsweringCounselIsTheWomanNotANearerNameOfNoKnownGender() {
    String text =
        "Questioned by Tobias Wrenfield, counsel to the inquiry, Ms Okonedo-Hart was shown an"
            + " email she had sent to the trust's medical director, Dr Kit Marlowe, in March 2019."
            + " In it she wrote that the ward was \"running on luck.\"\n\n"
            + "\"What response did you receive?\" Mr Wrenfield asked.\n\n"
            + "\"A meeting was arranged,\" she replied.";
    assertThat(direct(text))
        .extracting(Quote::speaker)
        .containsExactly("Okonedo-Hart", "Tobias Wrenfield", "Okonedo-Hart");
  }

  @Test
  void aBodyTheRecogniserMissedIsNamedByItsOwnName() {
    String text =
        "Vote count questioned\n\nVoters' Ballot Watch, a coalition of church groups that sent"
            + " 400 observers to the polls, said the count had been \"orderly but slow.\"\n\n"
            + "\"We will study the report,\" the Chief Minister said.";
    assertThat(direct(text))
        .extracting(Quote::text, Quote::speaker, Quote::description)
        .containsExactly(
            tuple("orderly but slow.", "Voters' Ballot Watch", null),
            tuple("We will study the report,", null, "the Chief Minister"));
  }

  @Test
  void mrAndMrsTellSpousesWithOneSurnameApart() {
    String text =
        "Floods hit Brompton\n\nDesmond Pryor, 74, and his wife, Sinéad Pryor, 70, were carried"
            + " out by firefighters.\n\n\"The water came up fast,\" Mr Pryor said.\n\nShire"
            + " mayor Alana Voss said the hall would open.\n\n\"We know what to do,\" Cr Voss"
            + " said.\n\nNeighbours said Gus and Carol Linden watched the rescue.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities()).extracting(Entity::name).contains("Gus Linden", "Carol Linden");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Desmond Pryor"))
        .singleElement()
        .satisfies(e -> assertThat(e.roles()).doesNotContain("wife"));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The water came up fast,", "Desmond Pryor"),
            tuple("We know what to do,", "Alana Voss"));
  }

  @Test
  void aPetsNameIsNoOneWhoSpeaks() {
    String text =
        "Wes Halloran said his cat, Biscuit, had hidden under the porch for two days. Teresa"
            + " Moll took in a spaniel named Rufus.\n\n\"He came back thin,\" he said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Biscuit", "Rufus");
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("He came back thin,", "Wes Halloran"));
  }

  @Test
  void aTranscriptKeepsWordsAndADatelineShoutsNoName() {
    String text =
        "OSLO, May 2 (Wire) - Norway's fishing fleet stayed in port on Friday, officials in Oslo"
            + " said.\n\n\"We cannot sail,\" Ingrid Vollan told the committee, according to a"
            + " transcript released by the Storting. \"The quota is gone.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities()).extracting(Entity::name).contains("Oslo").doesNotContain("OSLO");
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We cannot sail,", "Ingrid Vollan"),
            tuple("The quota is gone.", "Ingrid Vollan"));
  }

  @Test
  void anAgeEpithetIsTheSubjectOfTheSentenceBeforeNotTheLastNameInIt() {
    String text =
        "Dalby Hawks won 4-3.\n\nKorhonen, whose shot goaltender Pieter Vance could only parry,"
            + " gave the credit to his linemate.\n\n\"That was all him,\" the 20-year-old said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("That was all him,", "Korhonen"));
  }

  @Test
  void aJusticeIsTheJudgeAndAMotherReadsHerOwnStatement() {
    String text =
        "Driver jailed\n\nSuperior Court Justice Ama Kessie said the crash was avoidable.\n\n"
            + "\"He chose to look at his phone,\" the judge said.\n\nThe cyclist's mother, Rita"
            + " Vohs, stood to read her statement.\n\n\"I still set his place,\" she read,"
            + " her voice breaking.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("He chose to look at his phone,", "Ama Kessie"),
            tuple("I still set his place,", "Rita Vohs"));
  }

  @Test
  void sheIsNotTheOwnerOfAnObjectInTheSentenceBefore() {
    String text =
        "Libel trial\n\nMarta Leone posted the claims about the nursery Greta Sandoval runs.\n\n"
            + "Leone testified on Monday. Questioned by her lawyer, she said she had never meant"
            + " to hurt Sandoval's business.\n\n\"I was worried about the children,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I was worried about the children,", "Marta Leone"));
  }

  @Test
  void aPersonTitledWithTwoOfficesJoinedByAndHoldsEach() {
    String text =
        "Chipmaker warns\n\n\"Prices keep falling,\" Chairman and Chief Executive Lin Haotian"
            + " said.\n\nAsked about deals, the chairman said his company was \"always"
            + " looking.\"\n\nChief Executive and founder Ada Brandt of Lumen said sales rose."
            + " \"We grew,\" the chief executive said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Lin Haotian"))
        .singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("chairman", "chief executive"));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Prices keep falling,", "Lin Haotian"),
            tuple("always looking.", "Lin Haotian"),
            tuple("We grew,", "Ada Brandt"));
  }

  @Test
  void theCharityIsTheBodyItIntroducedAndTheCountyIsTheCounty() {
    String text =
        "Housing figures\n\nThe homelessness charity Shelterwell Cymru called for a ban on"
            + " evictions.\n\n\"Every number is a child,\" the charity said in a statement.\n\n"
            + "The court ruled against Brenmoor County. The county said it was \"reviewing the"
            + " decision.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Every number is a child,", "Shelterwell Cymru"),
            tuple("reviewing the decision.", "Brenmoor County"));
  }

  @Test
  void thenSheOpeningTheParagraphBeforeSpeaksTheQuotationAlone() {
    String text =
        "Last issue\n\nEditor Maren Holt said she would sleep in on Thursday.\n\n\"Maybe"
            + " I'll just sit in the cafe,\" she said.\n\nThen she corrected herself.\n\n\"No."
            + " The writing it down was what mattered.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Maybe I'll just sit in the cafe,", "Maren Holt"),
            tuple("No. The writing it down was what mattered.", "Maren Holt"));
  }

  @Test
  void anArticleTheRecogniserTookIntoABodysNameIsNoPartOfIt() {
    String text =
        "Floods\n\nAn Environment Agency spokesman said barriers had held in Richmond.\n\n"
            + "\"Flood defences reduce risk,\" an Environment Agency spokesman said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name)
        .contains("Environment Agency")
        .doesNotContain("An Environment Agency");
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Flood defences reduce risk,", null, "an Environment Agency spokesman"));
  }

  @Test
  void aQuotationMayOpenWithTheSpeakerRelayingSomeoneElse() {
    String text =
        "Paper closes\n\n\"The baker cried on the phone,\" Nell Ostrow said. \"He said, 'Nell,"
            + " who will tell people now?' I had no answer.\"\n\n\"I called his manager,\""
            + " Ostrow said. \"I said, who is this man?\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The baker cried on the phone,", "Nell Ostrow"),
            tuple("He said, 'Nell, who will tell people now?' I had no answer.", "Nell Ostrow"),
            tuple("I called his manager,", "Nell Ostrow"),
            tuple("I said, who is this man?", "Nell Ostrow"));
  }

  @Test
  void aRoleNeverPointsToSomeoneTheBodyNamesOnlyLater() {
    String text =
        "Palace trims parties\n\nA palace spokesperson said the parties would go on.\n\nThe"
            + " spokesperson added that guest numbers would \"not fall\".\n\nTom Reyna, a"
            + " spokesman for the campaign group Vote Head, said: \"It is not enough.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("not fall", null, "The spokesperson"),
            tuple("It is not enough.", "Tom Reyna", null));
  }

  @Test
  void aDoctorTitledDrIsTheDoctor() {
    String text =
        "Inquest\n\nDr Mira Santos, clinical director of the service, gave evidence.\n\nMr"
            + " Abela asked: \"Thin in what sense?\"\n\n\"One clinician covered the county,\" the"
            + " doctor replied.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Thin in what sense?", "Abela"),
            tuple("One clinician covered the county,", "Mira Santos"));
  }

  @Test
  void aPronounThenAVerbThenTheReportingVerbSpeaks() {
    String text =
        "Bakery burns\n\nOtto Brasch watched from across the road.\n\n\"My grandfather built"
            + " those ovens,\" he said.\n\nHe paused, then added: \"We will bake again.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("My grandfather built those ovens,", "Otto Brasch"),
            tuple("We will bake again.", "Otto Brasch"));
  }

  @Test
  void aCourtRulingAndAWriterGoingOnSpeak() {
    String text =
        "Court halts evictions\n\nThe Supreme Court of Velland on Thursday halted the demolitions,"
            + " ruling that evictions without notice were \"unlawful and inhumane in every"
            + " respect.\"\n\nIn July, the authors received an answer from Judge Mary Lotte:"
            + " \"The copying was fair,\" she wrote, saying that the use of the books was"
            + " \"plainly transformative.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("unlawful and inhumane in every respect.", "Supreme Court of Velland"),
            tuple("The copying was fair,", "Mary Lotte"),
            tuple("plainly transformative.", "Mary Lotte"));
  }

  @Test
  void withAJudgeDescribingItTheJudgeSpeaks() {
    String text =
        "Brothers jailed over roofing scam\n\nTwo brothers who cheated pensioners were jailed on"
            + " Friday, with a judge describing their scheme as \"cold, cruel and carefully"
            + " planned.\"\n\nThe plan was approved despite the leader of a residents' group"
            + " describing the decision as a \"betrayal of everything we were told.\"\n\n"
            + "Sentencing them, Judge Amos Keel said both had shown no remorse.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("cold, cruel and carefully planned.", "Amos Keel", null),
            tuple(
                "betrayal of everything we were told.", null, "the leader of a residents' group"));
  }

  @Test
  void aJudgeWhoSaidSpeaksAndIsTheJudgeNamedLater() {
    String text =
        "Clerk jailed\n\nThe clerk was jailed on Monday by a judge who said he had broken \"a"
            + " trust that took a decade to build.\"\n\nAmong those in court was Ola Brandt, 71,"
            + " a retired teacher who said she had known the clerk for years. \"He sang in our"
            + " choir,\" she said.\n\nCircuit Judge Amos Keel also ordered him to repay the"
            + " money.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a trust that took a decade to build.", "Amos Keel"),
            tuple("He sang in our choir,", "Ola Brandt"));
  }

  @Test
  void aLeadThatIsAQuotationAloneIsTheOneNamedNext() {
    String text =
        "Lost climber found alive after three nights\n\nOURAY, Colo. - \"I kept telling myself"
            + " that if I could hear a helicopter, they had not stopped looking.\"\n\nDana"
            + " Whitlock, 44, said that thought kept her going through three cold nights on the"
            + " ridge after she lost the trail on Friday.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "I kept telling myself that if I could hear a helicopter, they had not stopped"
                    + " looking.",
                "Dana Whitlock"));
  }

  @Test
  void aLeadQuotationIsTheOneTheNextParagraphSaysBeganWithIt() {
    String text =
        "Crew lifts family from flooded farmhouse\n\nBRANDON, Man. - \"The water is at the second"
            + " step. We have three kids and a dog. Please hurry.\"\n\nThat was how Marisa Kovac"
            + " opened her call to dispatchers shortly before dawn on Saturday, according to a"
            + " recording the province released on Monday.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "The water is at the second step. We have three kids and a dog. Please hurry.",
                "Marisa Kovac"));
  }

  @Test
  void herHusbandAddingIsTheOneHerSurnameNamesBesideHer() {
    String text =
        "Ferry cafe turns forty\n\nThe cafe on the pier was opened in 1985 by Ines Carvalho and"
            + " Rui Carvalho, who still bake every loaf themselves.\n\n\"We never planned to stay"
            + " this long,\" Ines Carvalho said. \"The sea kept us.\"\n\n\"She kept me,\" her"
            + " husband added.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We never planned to stay this long,", "Ines Carvalho"),
            tuple("The sea kept us.", "Ines Carvalho"),
            tuple("She kept me,", "Rui Carvalho"));
  }

  @Test
  void theCompanyIsNoSocietyNamedAfterIt() {
    String text =
        "Lorry crash closes pass\n\nHarlan Freight Ltd said its driver had been taken to hospital"
            + " with minor injuries.\n\nThe Kestrel Valley Mountain Rescue Society, whose"
            + " volunteers reached the lorry first, said the road had been icy for most of the"
            + " night.\n\n\"We regret the disruption to everyone who uses the pass,\" the company"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We regret the disruption to everyone who uses the pass,", "Harlan Freight Ltd"));
  }

  @Test
  void aBareSurnameOfNoKnownGenderKeepsItsManWhenHeSpeaks() {
    String text =
        "Chelimo takes Harbour Half Marathon after cousin sets the pace\n\nCORK, May 4 -"
            + " Uganda's Ezekiel Chelimo won the half marathon on Sunday.\n\nChelimo, 23, ran"
            + " behind his cousin, Josphat Chelimo, for the first 15 kilometres.\n\nJosphat"
            + " Chelimo, 30, said he had watched the finish from the back of a motorbike. \"I was"
            + " shouting the whole way,\" he said.\n\nThe organiser, Declan Hurley, said the city"
            + " had turned out in numbers he had not seen in two decades.\n\nHurley said one"
            + " runner had been treated for heat exhaustion near the 18km mark and was released"
            + " from hospital in the evening, and that water stations would be doubled next"
            + " year.\n\nChelimo, wearing his country's flag, promised to come back. \"I will"
            + " defend this title,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I was shouting the whole way,", "Josphat Chelimo"),
            tuple("I will defend this title,", "Ezekiel Chelimo"));
  }

  @Test
  void aBareSurnameReadAsAWomanIsHerNamesakeWhenHeSpeaks() {
    String text =
        "Oil talks\n\nOil minister Tunde Adeyemi Bello asked for a larger quota.\n\n\"It is a"
            + " token rise,\" said Ngozi Bello, an analyst at Sahel Research. \"The message is: not"
            + " yet,\" Bello said.\n\nThe group will meet in March, Secretary General Omar"
            + " Haddad said.\n\nBack in Abuja, Bello sounded a note of optimism. \"The"
            + " conversation has started,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It is a token rise,", "Ngozi Bello"),
            tuple("The message is: not yet,", "Ngozi Bello"),
            tuple("The conversation has started,", "Tunde Adeyemi Bello"));
  }

  @Test
  void theElderOfTwoNamesakesIsNotTheSon() {
    String text =
        "Fire season\n\nIan Corrie, 70, and his son, Nick Corrie, 41, cut firebreaks all day."
            + "\n\n\"It is bone dry,\" Nick Corrie said.\n\n\"We have seen worse,\" the elder Mr"
            + " Corrie said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It is bone dry,", "Nick Corrie"), tuple("We have seen worse,", "Ian Corrie"));
  }

  @Test
  void aNamedLeaderAndHerColleaguesSpeakThroughHer() {
    String text =
        "Sleep study\n\nNadia Okoro led the study.\n\nIn the paper, Okoro and her co-authors wrote"
            + " that the results \"add to the evidence.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("add to the evidence.", "Nadia Okoro"));
  }

  @Test
  void aKnownGivenNameRightBeforeASurnameIsPartOfTheName() {
    Extracts x =
        EXTRACTOR.read(
            "Plant closes\n\nGene Sorrell and his son, Kyle Sorrell, work the line. Workers"
                + " left early.\n\nGene Sorrell said he planned to stay.",
            Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Gene Sorrell"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).doesNotContain("Sorrell"));
  }

  @Test
  void aBodysSpokesmanOpeningTheSentenceBeforeIsTheOneAPronounCarriesOn() {
    String text =
        "Storm hits coast\n\nMayor Paul Ostrander said shelters had opened in Dunmore.\n\nA"
            + " council spokesman said the sea wall had held.\n\n\"We were lucky this"
            + " time,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("We were lucky this time,", null, "A council spokesman"));
  }

  @Test
  void aNameSetAfterARoleByACommaSplitsFromTheBodyAfterOf() {
    String text =
        "Shipyard deal\n\nA Seoul-based analyst, Park Ji-hoon of Daeyang Capital, said the terms"
            + " were fair.\n\n\"They get a second base,\" Park said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("They get a second base,", "Park Ji-hoon"));
  }

  @Test
  void aDatelineWithRegionAndAgencyIsNoSubject() {
    String text =
        "Rates held\n\nBERGEN, Norway (Wire) - The Nordvik Savings Bank kept its rate at 4% on"
            + " Thursday, saying it would need \"clear evidence\" before any cut.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("clear evidence", "Nordvik Savings Bank"));
  }

  @Test
  void aTitledSurnameStaysWithTheOneTheTextFirstCalledSo() {
    String text =
        "Noodle shop turns 30\n\nJennifer Lin runs the shop on Grand Street. \"We never"
            + " close,\" Ms. Lin said.\n\nHer mother, Mei-ling Lin, 71, still folds dumplings at"
            + " dawn.\n\n\"She is faster than me,\" Ms. Lin said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We never close,", "Jennifer Lin"),
            tuple("She is faster than me,", "Jennifer Lin"));
  }

  @Test
  void theElderOfTwoNamesakesIsTheOneNamedAsAParent() {
    String text =
        "Shop turns 30\n\nPaul Brandt runs the shop on Mill Road. \"We still bake at four,\" Mr."
            + " Brandt said.\n\nHis father, Walter Brandt, opened it in 1994.\n\n\"Nothing"
            + " changes here,\" Mr. Brandt said.\n\n\"I come in to watch,\" the elder Mr. Brandt"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We still bake at four,", "Paul Brandt"),
            tuple("Nothing changes here,", "Paul Brandt"),
            tuple("I come in to watch,", "Walter Brandt"));
  }

  @Test
  void aRoleBeforeANameInAppositionGivesTheNameEvenWhenTheRoleHasAnotherHolder() {
    String text =
        "Recall row\n\nVoltaro's chairman, Klaus Reinholt, said the board had met.\n\nA"
            + " drivers' group, the Voltaro Owners Club, said members were worried. \"Is my car"
            + " safe?\" said its chair, Monika Stahl.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Is my car safe?", "Monika Stahl"));
  }

  @Test
  void aVerbAndItsObjectAfterANamesCommaAreNoRole() {
    Extracts x =
        EXTRACTOR.read(
            "Board row\n\nVoltaro's chairman, Klaus Reinholt, backed the chief executive.",
            Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Klaus Reinholt"))
        .singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("chairman"));
  }

  @Test
  void theCompanyIsNoPublicOfficeNamedSince() {
    String text =
        "Recall row\n\nLindqvist Motors recalled 4,000 cars on Friday. The Federal Office for"
            + " Vehicle Safety said it expected clear advice for owners.\n\n\"We take this"
            + " seriously,\" the company said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We take this seriously,", "Lindqvist Motors"));
  }

  @Test
  void aNicknameAfterNicknamedIsNoSpeechEvenWithItsArticle() {
    String text =
        "Vote count\n\nPresident Joseph Banda, 67, a former engineer nicknamed \"the Grader\" for"
            + " his roads, thanked voters.\n\n\"The campaign is over,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The campaign is over,", "Joseph Banda"));
  }

  @Test
  void aClauseOfTimeAfterAQuotationNamesNoSpeaker() {
    String text =
        "Vote rejected\n\nThe main opposition leader on Sunday rejected the result as \"stolen in"
            + " broad daylight\", hours after the electoral commission declared the incumbent the"
            + " winner.";
    // the leader who rejected it as such says the words; the commission after "hours after" does
    // not
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("stolen in broad daylight", null, "The main opposition leader"));
  }

  @Test
  void aRoleOpeningTheSentenceBeforeIsWhomHeStandsFor() {
    String text =
        "Patrols added\n\nPolice Chief Marcus Dale said officers would patrol the parks. Mayor"
            + " Ray Tolbert said the city would pay.\n\nAsked whether the city had enough officers"
            + " to cover every park on a regular basis through the summer, the chief glanced at the"
            + " mayor.\n\n\"No,\" he said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("No,", "Marcus Dale"));
  }

  @Test
  void anIndefiniteDescriptionIsNoOneNamedBefore() {
    String text =
        "Chip launch\n\nKiyomizu's chief executive, Haruto Sato, showed the chip.\n\nOne"
            + " executive from a laptop maker said the talk lacked detail.\n\n\"Hardware is half"
            + " the battle,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Hardware is half the battle,", null, "One executive"));
  }

  @Test
  void aCompanysWordsAreNotCarriedOnByHe() {
    String text =
        "Glasses launch\n\nCorvane Labs unveiled glasses on Tuesday. Chief executive Daniel Moreira spoke for an hour. He spent much of it"
            + " on what the company calls \"quiet mode,\" in which the lenses stay blank.\n\n"
            + "\"People wanted less,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .last()
        .isEqualTo(tuple("People wanted less,", "Daniel Moreira"));
  }

  @Test
  void aLetterReceivedFromSomeoneIsTheirs() {
    String text =
        "Rent cap\n\nCouncilman Ray Lusk read from a letter he said he had received from a"
            + " tenant, a retired bus driver. \"I have lived here 30 years,\" the letter said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("I have lived here 30 years,", null, "a tenant"));
  }

  @Test
  void heAfterSomeoneAskedIsTheOneWhoAnswers() {
    String text =
        "Earnings call\n\n\"Margins will dip, then recover,\" chief financial officer Martin Ebner"
            + " said.\n\nAnalyst Owen Pryce pushed further, asking how big a discount had been"
            + " promised. \"I won't give you the terms,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Margins will dip, then recover,", "Martin Ebner"),
            tuple("I won't give you the terms,", "Martin Ebner"));
  }

  @Test
  void someoneAskedByAReporterStillAnswersHimself() {
    String text =
        "Earnings call\n\n\"Margins will dip,\" chief financial officer Martin Ebner said.\n\n"
            + "Analyst Owen Pryce was asked whether he agreed. \"Not at all,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Margins will dip,", "Martin Ebner"), tuple("Not at all,", "Owen Pryce"));
  }

  @Test
  void aBareSurnameIsTheOneCalledSoNotTheRelativesNamedInFull() {
    String text =
        "Vu wins\n\nCouncil member Anh Vu declared victory on Tuesday.\n\n\"We did it"
            + " together,\" Vu told supporters. Vu, 41, grew up in the city.\n\nVu's parents, Hung Vu and Lan Vu, stood beside"
            + " him on a small stage.\n\n\"He did not come here so his son could be a"
            + " politician,\" Vu said with a laugh.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We did it together,", "Anh Vu"),
            tuple("He did not come here so his son could be a politician,", "Anh Vu"));
  }

  @Test
  void aStatementPostedOnlineIsNoClauseOfItsOwn() {
    String text =
        "Press office replies\n\nThe Federal Press Service said in a statement posted online on"
            + " Thursday that the country \"respects a free press\" but that \"freedom has"
            + " limits.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("respects a free press", "Federal Press Service"),
            tuple("freedom has limits.", "Federal Press Service"));
  }

  @Test
  void aBodyAfterItsOwnersNameSpeaksAndWhatItSaidFollowsThat() {
    String text =
        "Sailors hurt\n\nNorland's Ministry of Fisheries said in a statement posted on its"
            + " website late on Monday that two sailors had been hurt.\n\n\"Our inspectors"
            + " acted lawfully,\" the statement said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.quotes())
        .filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("two sailors had been hurt", "Ministry of Fisheries"));
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("Our inspectors acted lawfully,", "Ministry of Fisheries"));
  }

  @Test
  void aLeadsUnnamedSpokesmanIsTheOneTheTextLaterNamesSo() {
    String text =
        "Ministry warns\n\nOSLAND, May 2 (Wire) - A Norland Foreign Ministry spokesman on Tuesday"
            + " accused patrol boats of \"reckless provocation\" near the reef, and said the"
            + " country would take \"every needed step\" to protect its waters.\n\n\"Our"
            + " patience has limits,\" spokesman Per Dahl told a briefing.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("reckless provocation", "Per Dahl"),
            tuple("every needed step", "Per Dahl"),
            tuple("Our patience has limits,", "Per Dahl"));
  }

  @Test
  void aSpokesmanStaysUnnamedWhenTheTextGivesTheRoleToTwo() {
    String text =
        "Talks stall\n\nA ministry spokesman said the talks had reached \"a dead end.\"\n\n"
            + "\"We will wait,\" said spokesman Per Dahl of the fisheries office.\n\n"
            + "\"Nothing has changed,\" said spokesman Ivo Berg of the trade office.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("a dead end.", null, "A ministry spokesman"),
            tuple("We will wait,", "Per Dahl", null),
            tuple("Nothing has changed,", "Ivo Berg", null));
  }

  @Test
  void theNameAfterARoleAfterAFirmSpeaksForTheWholeSentence() {
    String text =
        "Brewers clash\n\nHallam Securities Inc. analyst Greta Lund played down the news, and"
            + " called the slide \"a passing blip.\"";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("a passing blip.", "Greta Lund"));
  }

  @Test
  void aNicknameAfterItsArticleIsANameNotSpeech() {
    String text =
        "Quiet chip\n\nKenji Arai, the company's chief executive, said the chip would ship next"
            + " year.\n\nHe held up a thin notebook, which staff have nicknamed the \"silent"
            + " laptop\" because it has no fan. \"You will hear nothing,\" he said.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
        .filteredOn(q -> q.kind() != Quote.Kind.INDIRECT)
        .extracting(Quote::text, Quote::kind, Quote::speaker)
        .containsExactly(
            tuple("silent laptop", Quote.Kind.SCARE, null),
            tuple("You will hear nothing,", Quote.Kind.DIRECT, "Kenji Arai"));
  }

  @Test
  void heIsNeverANamesakeTheTextNamesOnlyLater() {
    String text =
        "Chip launch\n\n\"We start a new story,\" chief executive Haruki Mori told investors."
            + "\n\nMori, 61, an engineer who joined the firm from university, said the chip was"
            + " fast.\n\nHe held up a prototype. \"Put your ear next to it,\" he said.\n\n"
            + "The firm's former chairman, Mori's uncle Takeo Mori, wrote that he was proud.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We start a new story,", "Haruki Mori"),
            tuple("Put your ear next to it,", "Haruki Mori"));
  }

  @Test
  void herAfterAPersonsVerbShowsSheIsTheOneSheStandsFor() {
    String text =
        "Chip maker trims outlook\n\nChief executive Maria Lindqvist said the quarter had been"
            + " hard to read.\n\n\"The next two years look strong,\" Lindqvist said.\n\n"
            + "In a note to clients late on Tuesday, analyst Kerensa Thwaite kept her buy rating"
            + " on the stock. \"The bottleneck is real, but it is not theirs,\" she wrote.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The next two years look strong,", "Maria Lindqvist"),
            tuple("The bottleneck is real, but it is not theirs,", "Kerensa Thwaite"));
  }

  @Test
  void aKinNounAfterWhoseIsSomeoneElses() {
    String text =
        "Miners trapped\n\n\"We will not stop,\" said company spokeswoman Thandi Mokoena.\n\n"
            + "At the shaft head, relatives sat on plastic chairs. Among them was Nomvula"
            + " Dlamini, 44, whose husband, Sipho, is one of the missing.\n\n\"He phoned me at"
            + " nine,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We will not stop,", "Thandi Mokoena"),
            tuple("He phoned me at nine,", "Nomvula Dlamini"));
  }

  @Test
  void heAfterANewcomersReportedSpeechIsTheNewcomer() {
    String text =
        "Rovers lose\n\n\"This one hurts,\" manager Dana Pennock said.\n\nThere was more bad"
            + " news when goalkeeper Aaron Whitlow limped off late on, and a club spokesman said"
            + " the 33-year-old would be assessed. \"It doesn't look serious,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("This one hurts,", "Dana Pennock", null),
            tuple("It doesn't look serious,", null, "a club spokesman"));
  }

  @Test
  void aLongRelativeClauseLeavesItsDescribedSpeakerAndAnEchoFindsHerAgain() {
    String text =
        "Corridor care\n\nA senior nurse in the emergency ward, who spoke on condition of"
            + " anonymity because she was not allowed to talk to the press, said: \"Corridor care"
            + " is normal now.\"\n\nCouncillor Marjorie Hale said the council was hiring more"
            + " carers. \"We are committed to it,\" she said.\n\nThe senior nurse said she"
            + " doubted the money would help. \"We were promised the same last year,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Corridor care is normal now.", null, "A senior nurse in the emergency ward"),
            tuple("We are committed to it,", "Marjorie Hale", null),
            tuple(
                "We were promised the same last year,",
                null,
                "A senior nurse in the emergency ward"));
  }

  @Test
  void aNameEndingInAKindOfPlaceIsAPlaceNotAWoman() {
    String text =
        "Measles returns\n\nAt the temple, Kanya Srisuk, a village health volunteer, checked"
            + " vaccination booklets.\n\nKanya said many families had lost their records when"
            + " they fled fighting in Myanmar's Karen State. \"So we give it again,\" she said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Karen State"))
        .extracting(Entity::type)
        .containsExactly(EntityType.LOCATION);
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("So we give it again,", "Kanya Srisuk"));
  }

  @Test
  void aNameEndingInAKindOfBusinessIsABodyNotAMan() {
    String text =
        "Striking workers reject Kessler Motors' \"final offer\"\n\nThe dealership group said"
            + " on Monday that its wage offer was final.\n\n\"We have gone as far as we can,\""
            + " said Tom Vale, a spokesman for the union.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Kessler Motors"))
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION);
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("We have gone as far as we can,", "Tom Vale"));
  }

  @Test
  void aPlaceBeforeBasedIsAPlaceAndTheNameAfterItABody() {
    String text =
        "Harrowgate Packaging will close its plant in Elk Falls, the company said Wednesday.\n\n"
            + "In a news release, the Milwaukee-based company said the closure was part of a"
            + " \"strategic realignment\" of its plants.\n\nDenver-based Ledgerlight raised"
            + " $40 million on Tuesday.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Milwaukee") || e.name().contains("Ledgerlight"))
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("Milwaukee", EntityType.LOCATION), tuple("Ledgerlight", EntityType.ORGANIZATION));
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("strategic realignment", "Harrowgate Packaging"));
  }

  @Test
  void heAfterAnAgeEpithetIsThePersonItNames() {
    String text =
        "Quill called up\n\nSelector Neville Arkwright said the panel picked on form.\n\n"
            + "Josh Quill has made 911 runs this season and will get his cap on Thursday.\n\n"
            + "Speaking in Perth, the 26-year-old said he had found out in a call from Arkwright on"
            + " Saturday. \"I was cooking dinner,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I was cooking dinner,", "Josh Quill"));
  }

  @Test
  void aGivenNameRunIntoAMinistersPortfolioIsHisAcrossBin() {
    String text =
        "Shipyard deal\n\nMinister of Industry and Mineral Resources Faisal bin Nasser"
            + " al-Rumaihi was quoted by the state news agency as saying the project reflected"
            + " \"the confidence of the world's leading companies.\"\n\n\"The kingdom is"
            + " building industries that will last,\" al-Rumaihi was quoted as saying.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "the confidence of the world's leading companies.", "Faisal bin Nasser al-Rumaihi"),
            tuple(
                "The kingdom is building industries that will last,",
                "Faisal bin Nasser al-Rumaihi"));
  }

  @Test
  void aNameInAppositionSpeaksWhenTheVerbIsFollowedByHowItWasSaid() {
    String text =
        "The observers' team said the shelling had lasted most of the night.\n\n"
            + "\"We saw nothing ourselves,\" the team's deputy leader, Ingrid Solberg, said by"
            + " telephone.\n\n"
            + "\"The roads were closed,\" the team's driver, Piet Haan, said over the radio.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We saw nothing ourselves,", "Ingrid Solberg"),
            tuple("The roads were closed,", "Piet Haan"));
  }

  @Test
  void whoIssuedAWritingSpeaksThroughItWhenWhereOrWhenFollowsIt() {
    String text =
        "The singer Mara Quist will host the festival for a third year.\n\n"
            + "As usual, she released a playful reply to the news: \"Third time, same jokes.\"\n\n"
            + "The port authority issued a notice on Friday: \"The east quay stays shut.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Third time, same jokes.", "Mara Quist", null),
            tuple("The east quay stays shut.", null, "The port authority"));
  }

  @Test
  void aDescriptionOpeningALongClauseBeforeAColonSpeaks() {
    String text =
        "The judge, Ann Ward, sentenced Pell to life without parole on Tuesday.\n\n"
            + "The judge had advice for anyone who has to deal with Pell in the years ahead:\n\n"
            + "\"Do not trust him again.\"\n\n"
            + "The visiting coach had a simple explanation for the defeat: \"We were tired.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Do not trust him again.", "Ann Ward", null),
            tuple("We were tired.", null, "The visiting coach"));
  }

  @Test
  void aBodyNamedBeforeWhichSpeaksNotTheClauseItEnds() {
    String text =
        "Harbour Light has been owned since 2019 by Cresswell Leisure Group, which said in a"
            + " separate statement that it was \"reviewing its options\" for the site.\n\n"
            + "A residents' group, Neighbours for Safer Streets, which has 900 members, wrote"
            + " that the plan was \"a step in the dark\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("reviewing its options", "Cresswell Leisure Group"),
            tuple("a step in the dark", "Neighbours for Safer Streets"));
  }

  @Test
  void aQuotationAfterAndThatIsTheFirstThatClausesVerbs() {
    String text =
        "Lumen Ferries said in a statement that 41 passengers had reported a rash since Monday"
            + " and that \"nearly all of them\" were already home.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("nearly all of them", "Lumen Ferries"));
  }

  @Test
  void anAdverbialBetweenCommasBeforeTheVerbIsNoPartOfItsSubject() {
    String text =
        "Families have accused the Pine Hollow Water Board of ignoring the warnings.\n\n"
            + "The water board, in a written reply to the inquiry, has said its engineers acted"
            + " \"as the manual required\".\n\n"
            + "The ferry captain, in a short note, has said his crew was \"never at risk\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("as the manual required", "Pine Hollow Water Board", null),
            tuple("never at risk", null, "The ferry captain"));
  }

  @Test
  void aTimeOpeningTheSentenceIsNoPartOfItsSubject() {
    String text =
        "The Harbour Workers Union called the stoppage last month. Late on Tuesday the union"
            + " posted on social media: \"Thank you to every member who stood in the cold.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Thank you to every member who stood in the cold.", "Harbour Workers Union"));
  }

  @Test
  void aBodyIsNeverTheSheAReporterAskedAbout() {
    String text =
        "Ruth Callander won the vote. The Harbour Workers Union posted on social media: \"We"
            + " backed her all the way.\"\n\nAs she left the stage, a reporter shouted to ask"
            + " whether she planned to sleep.\n\n\"After the recount!\" she called back.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We backed her all the way.", "Harbour Workers Union"),
            tuple("After the recount!", "Ruth Callander"));
  }

  @Test
  void aVerbOfSayingAfterAndSharesTheSubjectOfTheVerbBefore() {
    String text =
        "Asked whether he had anything to say, Colm Rafter turned to the public gallery and said:"
            + " \"Sorry.\"\n\nA club spokesperson later confirmed that Muir had failed the"
            + " test and said the centre \"will rest for a fortnight\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("Sorry.", "Colm Rafter", null),
            tuple("will rest for a fortnight", null, "A club spokesperson"));
  }

  @Test
  void aNameBeforeAnOwnedDescriptionAndAWhoClauseSpeaks() {
    String text =
        "Julian Aske founded the firm in 1988.\n\nMargaret Aske, Julian's wife and co-founder,"
            + " who sits on the board, told the Courier that the couple would \"finally take a"
            + " holiday\".\n\nThe board thanked Nora Penn, Julian's sister, who said the sale"
            + " came at \"the right time\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("finally take a holiday", "Margaret Aske"), tuple("the right time", "Nora Penn"));
  }

  @Test
  void aBracketCitingAReportAfterTheQuotationNamesItsOutlet() {
    String text =
        "There is breaking news out of Harlow, a suburb of Kent City.\n\n\"A gunman shot two"
            + " people at an office park on Monday. Witnesses said he was a former employee.\""
            + " (Fox News article)\n\nThere is no word yet on the gunman.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "A gunman shot two people at an office park on Monday. Witnesses said he was a"
                    + " former employee.",
                "Fox News"));
  }

  @Test
  void aTimeOrAWritingBeforeTheSubjectIsNoPartOfIt() {
    String text =
        "Orvel Group cut its forecast on Tuesday.\n\nIn its results statement the company said it"
            + " was \"confident in the brand\".\n\nBrightwater Motors recalled 40,000 vans last"
            + " month. On Sunday Brightwater Motors issued a statement, saying that the recall was"
            + " going ahead \"in full and at once\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("confident in the brand", "Orvel Group"),
            tuple("in full and at once", "Brightwater Motors"));
  }

  @Test
  void aSecondVerbAfterAParticipleOpenerSharesTheSubject() {
    String text =
        "Paulo Lima led the first round.\n\nHis son, Rafael Lima, was blunter. Speaking to"
            + " reporters afterwards, he said the rival party had \"promised free things\" and"
            + " predicted that votes would flow \"almost entirely\" to his father.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("promised free things", "Rafael Lima"), tuple("almost entirely", "Rafael Lima"));
  }

  @Test
  void aReportOwnedByABodyIsTheBodysWords() {
    String text =
        "The Standards Board met on Monday to review the trial.\n\nThe board's 40-page report"
            + " said the figures showed a pattern \"nobody can explain by chance\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("nobody can explain by chance", "Standards Board"));
  }

  @Test
  void aPronounOpeningALongClauseBeforeAColonSpeaks() {
    String text =
        "Inspector Tom Garrow spoke to reporters at the gates on Sunday.\n\n\"Nobody was badly"
            + " hurt,\" Garrow said.\n\nHe also had a message for drivers heading to the coast:"
            + " \"Please stay at home tonight.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Nobody was badly hurt,", "Tom Garrow"),
            tuple("Please stay at home tonight.", "Tom Garrow"));
  }

  @Test
  void aReplyRecordedByAComplaintIsTheRepliersWords() {
    String text =
        "In one email, Liam Brannock wrote to his father that the auditor was \"asking too many"
            + " questions\".\n\nGerald Brannock replied the next morning, according to the"
            + " complaint: \"She is doing her job. Let her finish.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("asking too many questions", "Liam Brannock"),
            tuple("She is doing her job. Let her finish.", "Gerald Brannock"));
  }

  @Test
  void aRoleBeforeARelativeClauseDescribesTheNameBeforeIt() {
    String text =
        "The memo named 14 towns.\n\nJonathan Marsh, the MP for Holmcliffe and Saltby, whose"
            + " constituency includes four of the towns, said he had \"never once\" been told.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("never once", "Jonathan Marsh"));
  }

  @Test
  void aClauseAfterAndWithItsOwnSubjectIsNoCueOfTheQuotationBefore() {
    String text =
        "On Wednesday, Pryce posted a video describing Kovalenko as \"a robot\", and the"
            + " Ukrainian's trainer, Mykola Shevchuk, responded the next day by calling the"
            + " Welshman's act \"cheap theatre\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a robot", "Pryce"), tuple("cheap theatre", "Mykola Shevchuk"));
  }

  @Test
  void theOneAskedInAnOpeningParticipleClauseIsTheMainClausesSubject() {
    String text =
        "Saad Shafiq scored 80 and Junaid Latif made 45 on Friday.\n\nAsked whether Saad had"
            + " done enough to keep his place, Latif was careful. \"That is for the selectors.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("That is for the selectors.", "Junaid Latif"));
  }

  @Test
  void aSecondThatClauseGoesWithASaidThatLeftItsThatOut() {
    String text =
        "Burglars hit five homes in a week.\n\nHutchins said the department, which has six"
            + " officers, had asked the county sheriff's office for help, and that officers had"
            + " recovered \"some useful evidence\".";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("some useful evidence", "Hutchins"));
  }

  @Test
  void aReportSetInBetweenCommasIsSteppedOverToTheSubject() {
    String text =
        "Leaders met in Brussels on Friday to agree the European Union budget.\n\nThe French"
            + " readout was blunter. President Helene Castagnede, it said, had told the table that"
            + " \"defence without money is a dream\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("defence without money is a dream", "Helene Castagnede"));
  }

  @Test
  void aTimeBetweenAnIssuedStatementAndSayingKeepsItsIssuer() {
    String text =
        "The Pembridge School Board voted to close the school in March.\n\nThe board issued a"
            + " statement on Thursday saying it \"respects the right to ask for a review\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("respects the right to ask for a review", "Pembridge School Board"));
  }

  @Test
  void aTitleWithAFieldOfSeveralWordsIsItsHoldersRole() {
    String text =
        "Minister of Tourism and Creative Industries Colin Brathwaite said he had spoken to the"
            + " singer on Thursday.\n\n\"The festival is bigger than any one artist,\" the"
            + " minister said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The festival is bigger than any one artist,", "Colin Brathwaite"));
  }

  @Test
  void aStatementIssuedInTwoLanguagesSayingIsItsIssuers() {
    String text =
        "The Salween Hills Defence Army has fought the army since 1998.\n\nLate on Monday the"
            + " SHDA issued a statement in Burmese and English saying it remained \"committed to"
            + " talks\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("committed to talks", "Salween Hills Defence Army"));
  }

  @Test
  void aLongParticipleClauseBeforeTheVerbIsSteppedOver() {
    String text =
        "The three leaders signed the pact in Accra.\n\nA Ghanaian official involved in the"
            + " talks, speaking on condition of anonymity because he was not authorised to brief"
            + " the press, said the text would go before parliament \"within weeks\" and"
            + " insisted the deal was sound.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("within weeks", null, "A Ghanaian official involved in the talks"));
  }

  @Test
  void aQuotedVerbPhraseEndingInAnAdverbIsSpeechNotAModifier() {
    String text =
        "Police searched the park on Monday.\n\nAnn Lee said she had seen a silver hatchback"
            + " \"driving really slowly\" past the park entrance.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("driving really slowly", "Ann Lee"));
  }

  @Test
  void itAfterASentenceOpenedByADescribedInstitutionIsThatInstitution() {
    String text =
        "The typhoon struck on Sunday.\n\nThe national weather bureau said the storm had winds of"
            + " 185 kilometers per hour. It said the typhoon had weakened and was \"expected to"
            + " leave the area by Tuesday\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("expected to leave the area by Tuesday", null, "The national weather bureau"));
    String verdict = "The foreman was asked for the verdict. \"Not guilty,\" he said.";
    assertThat(speakersAndDescriptions(verdict))
        .containsExactly(tuple("Not guilty,", null, "The foreman"));
  }

  @Test
  void aFormerHolderOfARoleIsNotTheRolesHolder() {
    String text =
        "Former Harbour City captain Dale Innes wrote that the pick was wrong.\n\nClub captain Sam"
            + " Okafor, who sits on the panel, looked uneasy.\n\nAsked whether he had argued for"
            + " the pick, the captain replied: \"What is said in that room stays there.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("What is said in that room stays there.", "Sam Okafor"));
  }

  @Test
  void anEpithetAnsweringAQuestionIsTheOneAsked() {
    String text =
        "The inquiry heard from river families on Tuesday.\n\nCommittee chair Brenda Okafor"
            + " asked Tomas Riel whether his boats still went out in winter. \"Every week,\" the"
            + " skipper replied.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Every week,", "Tomas Riel"));
    String surname =
        "Tomas Riel, 71, has fished the estuary for fifty years.\n\nCommittee chair Brenda"
            + " Okafor asked Riel whether the ice still came. \"Most years,\" the elder said.";
    assertThat(wordsAndSpeakers(surname)).containsExactly(tuple("Most years,", "Tomas Riel"));
  }

  @Test
  void aNameAfterAnInvertedOpeningIsTheSentencesSubject() {
    String text =
        "Tomas Riel said the dredging had ruined the channel.\n\nAmong those waiting outside was"
            + " Dr Lionel Vasquez, a retired lecturer in marine biology and Riel's neighbour.\n\"I"
            + " have fished here since 1990,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I have fished here since 1990,", "Lionel Vasquez"));
  }

  @Test
  void aTitledNameInAppositionToAPossessedDescriptionSpeaks() {
    String text =
        "The athlete denied wrongdoing on Monday.\n\nHer training partner, sprinter Jordan"
            + " Tallis, posted a photograph of the pair with the caption: \"Fastest friend I have."
            + " Standing with you.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Fastest friend I have. Standing with you.", "Jordan Tallis"));
  }

  @Test
  void aPronounAfterATimeOpeningAndAnAuxiliarySpeaks() {
    String text =
        "Ana Lisk won the vote on Friday. Within the hour she had posted a photo on Facebook with"
            + " the caption: \"We did it. Thank you all.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We did it. Thank you all.", "Ana Lisk"));
    String midnight =
        "Grigore Lupu lost the count. Shortly after midnight he went further, writing on"
            + " Facebook: \"We will not hand the country to strangers.\"";
    assertThat(wordsAndSpeakers(midnight))
        .containsExactly(tuple("We will not hand the country to strangers.", "Grigore Lupu"));
  }

  @Test
  void aStatementDoingTheSpeakingIsItsIssuers() {
    String text =
        "Azamat Orlov is a member of parliament. Within hours of the announcement he issued a"
            + " statement condemning \"any attempt to seize power outside the law\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("any attempt to seize power outside the law", "Azamat Orlov"));
  }

  @Test
  void aBareSurnameIsNotTheNamesakeTheTextCallsByHonorific() {
    String text =
        "Coach retires after 30 seasons\n\nHal Brenner announced his retirement on Monday. \"It"
            + " is time,\" Brenner said.\n\nHis wife of 40 years, Ruth Brenner, sat in the front"
            + " row. \"I have waited a long time for this,\" Mrs. Brenner said.\n\n\"Sleep late,"
            + " for a start,\" Brenner said when asked about his plans.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It is time,", "Hal Brenner"),
            tuple("I have waited a long time for this,", "Ruth Brenner"),
            tuple("Sleep late, for a start,", "Hal Brenner"));
  }

  @Test
  void aPronounOpeningTheClauseAColonEndsSpeaks() {
    String text =
        "Moderator Sarah Vale pressed both leaders. When Keogh pivoted from a question about"
            + " nurses to the stadium, she cut in: \"Mr Keogh, the question was about nurses.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Mr Keogh, the question was about nurses.", "Sarah Vale"));
  }

  @Test
  void aNameAcrossAnElidedParticleIsOneNameOfItsKnownType() {
    String text =
        "Grace Adeyemi, 41, runs a lending app in Lagos. Part of the money will pay for an"
            + " expansion into C\u00f4te d'Ivoire next year.\n\nAfter the round closed, she posted a note"
            + " online. \"To every trader who doubted us: thank you,\" she wrote.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().startsWith("C\u00f4te"))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("C\u00f4te d'Ivoire", EntityType.LOCATION));
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("To every trader who doubted us: thank you,", "Grace Adeyemi"));
  }

  @Test
  void thePartyIsTheBodyThatOpensTheSentenceBefore() {
    String text =
        "The Socialist Party won the election on Sunday.\n\nPatria Viva responded within"
            + " minutes. \"The prime minister has just told 900,000 voters that they do not"
            + " count,\" the party said in a statement.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "The prime minister has just told 900,000 voters that they do not count,",
                "Patria Viva"));
  }

  @Test
  void theClubIsATeamTheRecogniserReadAsItsTown() {
    String text =
        "Northam City have completed the signing of striker Tiago Ramos from CD Faro for 30"
            + " million pounds.\n\nThe 23-year-old has signed a four-year contract.\n\n\"We are"
            + " delighted to welcome Tiago to Northam,\" the club said in a statement.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We are delighted to welcome Tiago to Northam,", "Northam City"));
  }

  @Test
  void aPriestCalledFrIsThePersonNamedInFull() {
    String text =
        "Fr Aidan Cullinane, who has been a chaplain at the hospital for 17 years, said he was"
            + " called to the wards four nights a week.\n\nUnder the plan, Fr Cullinane and the"
            + " Presbyterian chaplain, Rev Hazel Moffitt, will keep weekday hours only.\n\nFr"
            + " Cullinane said he would not stop answering his phone. \"I will be there until"
            + " June,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I will be there until June,", "Aidan Cullinane"));
  }

  @Test
  void aTitleAndASurnameReadAsACityAreThePersonNamedInFull() {
    String text =
        "The officer, Colonel Jaime Andres Valencia, heads the investigations unit.\n\nLater on"
            + " Monday, Colonel Valencia posted a photograph of the suspect with the message:"
            + " \"Justice for Ramiro.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Justice for Ramiro.", "Jaime Andres Valencia"));
  }

  @Test
  void theElderBeforeATitleTellsTheFatherApart() {
    String text =
        "Rabbi Jonah Feld and Imam Yusuf Haddad said they would speak jointly.\n\nRabbi Feld,"
            + " who has led the congregation since 2014, said the two men were old friends.\n\nThe"
            + " rabbi's father, Rabbi Harold Feld, 81, stood at the edge of the crowd. \"Somebody"
            + " once threw a brick through our window,\" the elder Rabbi Feld said.\n\nImam Haddad"
            + " paused. \"Of course,\" he said.\n\nRabbi Feld nodded. \"What he said,\" he"
            + " added.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Somebody once threw a brick through our window,", "Harold Feld"),
            tuple("Of course,", "Yusuf Haddad"),
            tuple("What he said,", "Jonah Feld"));
  }

  @Test
  void theStopOfAClockTimeEndsNoClause() {
    String text =
        "Grigore Lupu lost the count. Shortly after 1 a.m. he went further, writing on Facebook:"
            + " \"We will not hand the country to strangers.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We will not hand the country to strangers.", "Grigore Lupu"));
  }

  @Test
  void aNameApposedToACompanyNounIsABody() {
    String text =
        "A driverless car struck a cyclist on Monday.\n\nThe operator, Sorano Mobility, said in"
            + " a statement that its cameras had seen her late. The company said it had grounded"
            + " its fleet and was \"cooperating fully with the authorities.\"";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Sorano Mobility"))
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION);
    assertThat(direct(x))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("cooperating fully with the authorities.", "Sorano Mobility"));
  }

  @Test
  void aPartyAfterItsLeadersPossessiveSpeaksForItself() {
    String text =
        "Prime Minister Halvard Renk resigned on Monday after a week of protests.\n\nIn a"
            + " statement, Renk's Civic Renewal Party accused the opposition of \"playing games"
            + " with the budget\", a reference to next week's vote.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("playing games with the budget", "Civic Renewal Party"));
  }

  @Test
  void aBodysOwnReportSpeaksForIt() {
    String text =
        "The estimates come from the Tarrow Basin Authority, a small agency in Kelbury funded by"
            + " three provinces.\n\nLast year the Tarrow Basin Authority's annual review warned"
            + " that the valley was \"running out of water\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("running out of water", "Tarrow Basin Authority"));
  }

  @Test
  void anHonorificOpensAPersonsNameTheRecogniserReadAsABody() {
    String text =
        "The residents' association wrote to the council in March. The association's"
            + " chairperson, Pastor Lungelo Zulu, said it had received no reply. \"We wrote to"
            + " help, not to fight,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We wrote to help, not to fight,", "Lungelo Zulu"));
  }

  @Test
  void theTraditionalRulerIsTheOneJustNamed() {
    String text =
        "Police blamed the villagers for the theft of the cables.\n\nThe Olu of Ireke, Oba"
            + " Adekunle Fasanya, rejected the claim that the village had failed to guard the"
            + " mast.\n\n\"Our young men watch that mast every night,\" the traditional ruler"
            + " told reporters.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Our young men watch that mast every night,", "Oba Adekunle Fasanya"));
  }

  @Test
  void aDescriptionWithAndAfterANameIsNoListTail() {
    String text =
        "The feud has split the Okonkwo family. Their uncle, Chief Emeka Okonkwo, a retired"
            + " judge and the eldest of the brothers, appealed to both men to \"remember who"
            + " raised them\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("remember who raised them", "Emeka Okonkwo"));
  }

  @Test
  void anAdverbAfterARelativeClauseInTheAppositionKeepsTheName() {
    String text =
        "President Amadou Sall reviewed the troops on Saturday.\n\nSall, a former army officer"
            + " who took office two years ago, also warned that any general caught selling fuel"
            + " would be \"stripped of his rank in front of his men.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("stripped of his rank in front of his men.", "Amadou Sall"));
  }

  @Test
  void aLongWritingBeforeAnAppositionIsTheSubject() {
    String text =
        "Fishing crews have protested for weeks.\n\nThe latest assessment by the Coastal"
            + " Fisheries Institute, the state body that advises the ministry, describes the stock"
            + " as \"close to collapse\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("close to collapse", "Coastal Fisheries Institute"));
  }

  @Test
  void aLetterTheUnionDraftedIsTheUnions() {
    String text =
        "The Harbour Workers Union has campaigned against the cuts since spring.\n\nOn Friday"
            + " the union delivered to Prime Minister Ilse Varga a letter that it had drafted and"
            + " that 3,000 members had signed. \"We are asking only for what was promised,\" the"
            + " letter reads.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We are asking only for what was promised,", "Harbour Workers Union"));
  }

  @Test
  void aWritingFiledBySomeoneInItsOwnSentenceIsTheirs() {
    String text =
        "Maple Home Appliances recalled its cookers in October.\n\nRupa Sandhu, a Calgary"
            + " lawyer, disputes that account. The lawsuit, filed by Sandhu in the provincial court"
            + " last month, alleges that the company \"knew of the defect by March.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("knew of the defect by March.", "Rupa Sandhu"));
  }

  @Test
  void theBoyIsTheChildJustNamedNotHisGrandmother() {
    String text =
        "Among the survivors was 10-year-old Jerome Batista, who had been travelling with his"
            + " grandmother to the market. His grandmother, Felicia Batista, 63, was in serious"
            + " condition on Sunday night.\n\nAsked by a radio reporter what he remembered, the"
            + " boy said: \"She held my head against her chest.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("She held my head against her chest.", "Jerome Batista"));
  }

  @Test
  void byHisOwnAdmissionGivesTheWordsToTheSubject() {
    String text =
        "The twins joined the brigade in May.\n\nTheir father, Douglas Fenwick, served for 31"
            + " years, and was, by his own admission, \"not thrilled\" when both sons signed up.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("not thrilled", "Douglas Fenwick"));
  }

  @Test
  void anEpithetBetweenQuotationsBringsInItsHolder() {
    String text =
        "Desmond Hale lost the category to his old rival Marcus Reed.\n\nHale later said he had"
            + " stepped out for air. \"I have nothing against Marcus,\" he said.\n\nOne reporter"
            + " asked him: \"Is this the end of the rivalry?\"\n\nThe 61-year-old laughed."
            + " \"The rivalry ends when one of us is dead.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("I have nothing against Marcus,", "Desmond Hale", null),
            tuple("Is this the end of the rivalry?", null, "One reporter"),
            tuple("The rivalry ends when one of us is dead.", "Desmond Hale", null));
  }

  @Test
  void jokingThatReportsTheSubjectsWords() {
    String text =
        "The summit ended on Friday.\n\nPresident Kofi Mensah brought the session to a close by"
            + " joking that the leaders had \"agreed on more today than our football clubs\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("agreed on more today than our football clubs", "Kofi Mensah"));
  }

  @Test
  void quotedWordsInTheSentenceBeforeDescribeNoOne() {
    String text =
        "The council extended the mission for three months.\n\nThe strongest words came from"
            + " Ambassador Kofi Mensah of Ghana. He said the monitors risked becoming \"a"
            + " spectator to its own irrelevance\" and urged both sides to give patrols"
            + " access.\n\n\"Monitors who cannot reach the villages are not monitors,\" he"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a spectator to its own irrelevance", "Kofi Mensah"),
            tuple("Monitors who cannot reach the villages are not monitors,", "Kofi Mensah"));
  }

  @Test
  void aCommentaryOfItsOwnDescribingSomethingIsItsPublishers() {
    String text =
        "Tanker owners welcomed the talks.\n\nLate on Sunday, IRNA published a commentary of"
            + " its own describing the warships as \"the main source of insecurity in the"
            + " region\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("the main source of insecurity in the region", "IRNA"));
  }

  @Test
  void itStandsForTheBodyDescribedSinceTheLastOneNamed() {
    String text =
        "Concord Relief International said its convoy had reached the valley on Saturday.\n\n"
            + "Roads into the worst-hit villages remain blocked by landslides.\n\nThe defence"
            + " ministry said in a statement that five more helicopters would be sent on Sunday,"
            + " and that troops had begun clearing what it called \"the priority corridor\""
            + " between the two towns.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("the priority corridor", null, "The defence ministry"));
  }

  @Test
  void aPossessiveInsideABodysNameStaysWithTheBody() {
    String text =
        "Judge Ana Ruiz vacated the conviction on Friday at the request of both his lawyers and"
            + " the Marlow County Prosecutor's Office, which said in a court filing that new"
            + " evidence had \"fatally undermined\" the case.\n\nThe Oregon State Fire"
            + " Marshal's office said in a statement that an investigator had been sent \"as a"
            + " matter of routine\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("fatally undermined", "Marlow County Prosecutor's Office"),
            tuple("as a matter of routine", "Oregon State Fire Marshal"));
  }

  @Test
  void aParticipleAfterAnIssuedWritingIsTheIssuers() {
    String text =
        "The regulator ordered a recall.\n\nBy Sunday evening Voltaro had issued its own"
            + " statement, saying that the recall was being carried out \"in full and without"
            + " delay\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("in full and without delay", "Voltaro"));
  }

  @Test
  void anUnnamedSpeakerWhoGaveAFirstNameIsNamedByIt() {
    String text =
        "Shelling resumed overnight.\n\n\"They talk in a five-star hotel and we sleep in the"
            + " corridor,\" said one resident, a schoolteacher who gave only her first name, Amina,"
            + " for fear of reprisals. \"Every time they say progress, the shelling gets"
            + " worse.\"\n\n\"We want a ceasefire,\" said one resident.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("They talk in a five-star hotel and we sleep in the corridor,", "Amina", null),
            tuple("Every time they say progress, the shelling gets worse.", "Amina", null),
            tuple("We want a ceasefire,", null, "one resident"));
  }

  @Test
  void aTermQuotedInsideARelativeClauseLeavesTheMainClausesSubject() {
    String text =
        "Interior Minister Giulio Ardenti blamed the weather for the delay.\n\nArdenti, whose"
            + " party has long backed what it calls a \"fair roads\" policy for rural towns, said"
            + " that the closure proved \"the folly of building on sand.\"";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("the folly of building on sand.", "Giulio Ardenti"));
  }

  @Test
  void mrIsNotTheNamesakeThePaperCallsDoctor() {
    String text =
        "Doctors in Ruwaka went on strike.\n\n\"We have waited long enough,\" said Dr. Juma"
            + " Mwinyi, secretary of the doctors' union.\n\nDr. Mwinyi said notice had been"
            + " served.\n\nThe health executive, Khamis Mwinyi, said the money had been"
            + " paid.\n\n\"The money is in the system,\" Mr. Mwinyi said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We have waited long enough,", "Juma Mwinyi"),
            tuple("The money is in the system,", "Khamis Mwinyi"));
  }

  @Test
  void aTitleInLowerCaseBeforeANameInAppositionKeepsTheName() {
    String text =
        "Doctors went on strike on Monday.\n\nHowever, county health executive Khamis Mwinyi,"
            + " who is not related to the union official, dismissed the strike as \"illegal and"
            + " unprocedural\" and said the money had been paid.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("illegal and unprocedural", "Khamis Mwinyi"));
  }

  @Test
  void aStatementSignedByTheBodysOwnOfficerIsTheBodys() {
    String text =
        "Doctors went on strike on Monday.\n\nThe County Government of Ruwaka, in a statement"
            + " signed by its communications director, said it was open to talks.\n\n\"The door"
            + " remains open,\" the statement read.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("The door remains open,", "County Government of Ruwaka"));
  }

  @Test
  void aLeadInTitleCaseDatelineNamesItsSurgeonInTheNextParagraph() {
    String text =
        "Surgeon denies abandoning patient\n\nNomsa Dube | Court Reporter\n\nPretoria – A cardiothoracic"
            + " surgeon accused of negligence told the high court on Wednesday that he had \"never"
            + " abandoned\" his patient, insisting that the decline had been \"sudden\".\n\nDr"
            + " Louis Ferrand, a French-trained surgeon who has worked in the city for 20 years,"
            + " gave evidence for a second day.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("never abandoned", "Louis Ferrand"), tuple("sudden", "Louis Ferrand"));
  }

  @Test
  void aMessageReadingItsWordsIsItsSenders() {
    String text =
        "The trial resumed.\n\nThe court heard that Sipho Ndlovu had sent his wife a text"
            + " message at 1.47am reading: \"Nobody is coming.\"\n\nOutside, marchers carried a"
            + " banner reading \"Justice Now\".";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Nobody is coming.", "Sipho Ndlovu", null));
  }

  @Test
  void aDelayedLeadsSpeakerOnceNamedKeepsTheNameForHisLaterWords() {
    String text =
        "Surgeon denies abandoning patient\n\nNomsa Dube | Court Reporter\n\nPRETORIA - A"
            + " cardiothoracic surgeon told the high court on Wednesday that he had \"never"
            + " abandoned\" his patient.\n\nDr Louis Ferrand, a French-trained surgeon who has"
            + " worked in the city for 20 years, gave evidence for a second day.\n\n\"I am not"
            + " suggesting anything, Judge,\" Ferrand said.\n\nThe court heard that the patient"
            + " had called for help twice.\n\nThe surgeon conceded that his notes were late, but"
            + " described this as \"standard practice\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("never abandoned", "Louis Ferrand"),
            tuple("I am not suggesting anything, Judge,", "Louis Ferrand"),
            tuple("standard practice", "Louis Ferrand"));
  }

  @Test
  void heAfterARoleWithANameInAppositionIsTheNamedOne() {
    String text =
        "Newborn unit opens\n\n\"It has changed everything,\" said senior nursing officer"
            + " Mwanajuma Rashid.\n\nThe county's Chief Officer for Health, Mr Salim Mwaruwa,"
            + " said two more units would open by 2027.\n\n\"The unit is proof of what happens"
            + " when you invest in people,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It has changed everything,", "Mwanajuma Rashid"),
            tuple("The unit is proof of what happens when you invest in people,", "Salim Mwaruwa"));
  }

  @Test
  void aTeamNamedForACoupleIsNoNamesakeOfThem() {
    String text =
        "Two doctors, one surname: meet the Kahindis\n\nAt 7.30am the nurses on the newborn unit"
            + " have learned to be specific.\n\n\u201cIf you call \u2018Dr Kahindi\u2019 on this"
            + " ward, two heads will turn,\u201d says Mwanajuma Rashid, the nursing officer in"
            + " charge. \u201cSo we say Dr Neema or Dr Jabali.\u201d\n\nDr Neema Kahindi, 38, a"
            + " paediatrician, and her husband Dr Jabali Kahindi, 41, a neonatologist, run the"
            + " unit.\n\nAmong the nurses, the pair are simply \u201cTeam Kahindi\u201d.\n\n"
            + "\u201cWe argue about football,\u201d says Dr Jabali.\n\nHis wife is quick to"
            + " describe the division of labour. \u201cHe is the calm one,\u201d she says.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "If you call \u2018Dr Kahindi\u2019 on this ward, two heads will turn,",
                "Mwanajuma Rashid"),
            tuple("So we say Dr Neema or Dr Jabali.", "Mwanajuma Rashid"),
            tuple("We argue about football,", "Jabali Kahindi"),
            tuple("He is the calm one,", "Neema Kahindi"));
  }

  @Test
  void aTwoWordOriginNounIsThePersonJustNamed() {
    String text =
        "Tomasi Fifita won the race on Sunday.\n\nFifita, who took his first win since 2023, was"
            + " diplomatic. \"I only saw it on the big screen,\" the New Zealander said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("I only saw it on the big screen,", "Tomasi Fifita"));
  }

  @Test
  void quotedWordsBeforeAPossessorsRemarkAreHis() {
    String text =
        "The mood in the garage was darker.\n\nDriver Brodie Castellan had called the ruling a"
            + " stitch-up. Castellan's \"protecting a mate\" remark reflected a widely held"
            + " view.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("protecting a mate", "Brodie Castellan"));
  }

  @Test
  void rejectedAsFramesWordsButARejectedOfferDoesNot() {
    String text =
        "Team boss Kerry-Anne Doolan rejected the suggestion as \"absolute nonsense\" on"
            + " Sunday.\n\nNorthfield City have rejected a third offer for Thiago Menezes,"
            + " prompting his agent to declare that his client \"wants out\".";
    assertThat(wordsAndSpeakers(text))
        .contains(tuple("absolute nonsense", "Kerry-Anne Doolan"))
        .doesNotContain(tuple("wants out", "Northfield City"));
  }

  @Test
  void theRoleASpeakerOpensWithIsTheOneNamedInItAfterwards() {
    String text =
        "The team released its star player on Tuesday.\n\nAsked whether the team had handled it"
            + " poorly, the team spokeswoman conceded that the player \"should have heard it"
            + " from us first.\" The spokeswoman, Dana Okafor, added that the team had tried to"
            + " call him.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("should have heard it from us first.", "Dana Okafor"));
  }

  @Test
  void aStormsNameIsNoOnesInAHeadlinesLabel() {
    String text =
        "Storm Orla: 'Danger to life' warning as gusts batter the west\n\nThe Met Office issued a"
            + " red warning for wind on Friday, warning of a \"danger to life\" from flying"
            + " debris.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Danger to life", "Met Office"), tuple("danger to life", "Met Office"));
  }

  @Test
  void aTitledNameTheRecogniserCalledAThingIsAPerson() {
    String text =
        "Chiefs back call for inquiry\n\n\"Our families deserve the same standard of"
            + " investigation,\" said Grand Chief Leonard Sinclair-Halkett.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "Our families deserve the same standard of investigation,",
                "Leonard Sinclair-Halkett"));
  }

  @Test
  void aListOfPlacesClosingARelativeClauseIsNoSubject() {
    String text =
        "Egypt signed a 30-year concession with Navimar Terminals on Sunday.\n\nNavimar, which"
            + " operates terminals in Italy, Spain and West Africa, said in a statement that the"
            + " deal was \"a cornerstone of our growth strategy.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("a cornerstone of our growth strategy.", "Navimar Terminals"));
  }

  @Test
  void anAppositionEndingInNamedGivesTheName() {
    String text =
        "The suspect was arrested on Monday.\n\nHis lawyer, a public defender named Gary"
            + " Szymanski, said that his client \"looks forward to challenging this evidence.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("looks forward to challenging this evidence.", "Gary Szymanski"));
  }

  @Test
  void whoIsHeardSayingWordsSaysThemAndAColonAfterThemIntroducesTheNext() {
    String text =
        "Review board report\n\nOfficer Cody Marchbanks, who had just arrived, can be heard on"
            + " his own camera saying, \"What did he have?\" Officer Nathan Pruitt answers: \"I"
            + " thought it was a gun.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("What did he have?", "Cody Marchbanks"),
            tuple("I thought it was a gun.", "Nathan Pruitt"));
  }

  @Test
  void theCentralBankIsNotTheCooperativeBankNamedBefore() {
    String text =
        "Bank collapse\n\nThe Kalydna Cooperative Bank was placed under administration on"
            + " Monday.\n\nIts capital had fallen below the legal minimum and \"no credible plan\""
            + " had been submitted, the central bank said on Monday evening.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("no credible plan", null, "the central bank"));
  }

  @Test
  void aSpokeswomanForADepartmentOfSomethingIsTheOneNamedLater() {
    String text =
        "Family's plea over drug\n\nA spokeswoman for the Department of Health said the minister"
            + " was \"acutely aware\" of the case.\n\nAsked later whether the minister would meet"
            + " the family, the department spokeswoman, Aoife Delaney, said: \"She is happy to"
            + " meet them.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("acutely aware", "Aoife Delaney"),
            tuple("She is happy to meet them.", "Aoife Delaney"));
  }

  @Test
  void anAcronymInBracketsAfterABodysNameIsThatBodyWhateverItsLetters() {
    String text =
        "Wage deal signed\n\nThe Independent Workers' Union of the North (SITN) said in a"
            + " statement that the agreement was \"a pact of resignation\".\n\n\"Workers were not"
            + " consulted,\" SITN said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a pact of resignation", "Independent Workers' Union of the North"),
            tuple("Workers were not consulted,", "Independent Workers' Union of the North"));
  }

  @Test
  void aMalaysianHonorificBeforeAFamilyNameIsTheFullNamesBearer() {
    String text =
        "Fishermen protest\n\nCommittee chairman Datuk Lim Chee Keong said the state would"
            + " \"look into\" the request.\n\n\"I will meet their representatives next week,\""
            + " said Datuk Lim.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("look into", "Lim Chee Keong"),
            tuple("I will meet their representatives next week,", "Lim Chee Keong"));
  }

  @Test
  void aHeadlandTheRecogniserCalledAPersonIsAPlace() {
    String text =
        "Plant deal\n\nAhmed Al-Balushi, who has fished the waters off Ras al-Marjan for 26"
            + " years, said his catch had fallen.\n\n\"For the fish, two kilometres is"
            + " nothing,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("For the fish, two kilometres is nothing,", "Ahmed Al-Balushi"));
  }

  @Test
  void theCompanyIsTheOneThatManagesTheBuildingNotTheBuilding() {
    String text =
        "Fire inquiry\n\nResidents of Kwun Lok Court told the inquiry the sprinklers failed. Kwun"
            + " Lok Court was built in 1974.\n\nThe building is managed by Evergain Property"
            + " Services. In a statement, the company said it was \"cooperating fully\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("cooperating fully", "Evergain Property Services"));
  }

  @Test
  void aNameWrittenBeforeStationIsAPlaceNotTheResidentsHe() {
    String text =
        "Metro line delayed\n\nThe authority said the line would open in 2027.\n\nOne resident, a"
            + " logistics executive who lives near the unfinished Pasir Hijau station, said he had"
            + " stopped counting.\n\n\"First it was 2025, then 2026,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("First it was 2025, then 2026,", null, "One resident"));
  }

  @Test
  void aBodyShortenedToItsFirstWordAndItsKindIsThatBody() {
    String text =
        "Swimmer sets record\n\nTessa Hallett of the Lakemont Aquatic Club broke the record on"
            + " Saturday.\n\nThe Lakemont club, which produced two Olympians, said in a statement"
            + " that it was \"incredibly proud of Tessa.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("incredibly proud of Tessa.", "Lakemont Aquatic Club"));
  }

  @Test
  void aSpeakersWordInATitleCaseHeadlineIsNoTitle() {
    String text =
        "Premier Calls Deaths of Three Workers 'Murder'\n\nThe prime minister, Alexis Varda,"
            + " denounced what he called the \"murder\" of three workers on Monday.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Murder", "Alexis Varda"), tuple("murder", "Alexis Varda"));
  }

  @Test
  void mrIsNotTheNamesakeThePaperCallsJusticeAndTheJudgeIsTheOneJustNamed() {
    String text =
        "Bench hears poll petition\n\nLAHORE: A bench led by Justice Imran Qadir Bhatti and"
            + " Justice Sana Mirza heard the petition on Monday.\n\nAppearing for the party,"
            + " Barrister Faisal Bhatti said the deadline had lapsed.\n\nWhen Justice Bhatti"
            + " asked whether the delay had a legal basis, the commission's lawyer asked for"
            + " time.\n\n\"It has none, my lord,\" Mr Bhatti replied.\n\n\"Then we will decide"
            + " it ourselves,\" the judge said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("It has none, my lord,", "Faisal Bhatti"),
            tuple("Then we will decide it ourselves,", "Imran Qadir Bhatti"));
  }

  @Test
  void aSurnameThatIsAlsoAnHonorificStaysInTheName() {
    String text =
        "Court reserves verdict\n\nThe bench, which also included Justice Rafia Anwar Sheikh,"
            + " reserved its verdict.\n\nJustice Sheikh said the law was \"plain enough to"
            + " read\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("plain enough to read", "Rafia Anwar Sheikh"));
  }

  @Test
  void aTitleWithPartyOrPlaceAroundTheNameLeavesThePerson() {
    String text =
        "Relief row grows\n\nLeader of the Opposition Manoj Kumar Sahu called the package \"a"
            + " cruel joke\".\n\nBalipur MLA Kanaklata Das of the Jan Adhikar Dal said families"
            + " had gone hungry. \"There is no rice in the camp,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a cruel joke", "Manoj Kumar Sahu"),
            tuple("There is no rice in the camp,", "Kanaklata Das"));
  }

  @Test
  void aNameAfterANounAndFromIsWhereSomeoneIsFrom() {
    String text =
        "Miners protest decree\n\nA 41-year-old miner from Chuquini, who would not give his"
            + " name, said the decree came too fast.\n\n\"Give us a year and we will change,\""
            + " he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Give us a year and we will change,", null, "A 41-year-old miner"));
  }

  @Test
  void aWritingReadOutFromSomeoneIsTheWritersSpeech() {
    String text =
        "Inquest into cyclist's death\n\nCoroner Helen Waverley read a statement from his"
            + " sister, Gemma Rudd, to the court.\n\n\"Tom was the first to help anyone,\" she"
            + " wrote. \"He never passed a stranger in trouble.\n\n\"We will miss him every"
            + " day.\"\n\nThe coroner recorded a conclusion of accidental death.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Tom was the first to help anyone,", "Gemma Rudd"),
            tuple("He never passed a stranger in trouble.", "Gemma Rudd"),
            tuple("We will miss him every day.", "Gemma Rudd"));
  }

  @Test
  void aSurnameWithTheArabicArticleIsFoundAlone() {
    String text =
        "Producers extend cuts\n\nOman's energy minister, Dr. Badr bin Nasser al-Harthy,"
            + " spoke to reporters in the lobby.\n\n\"Ask me again in spring,\" al-Harthy"
            + " said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Ask me again in spring,", "Badr bin Nasser al-Harthy"));
  }

  @Test
  void aDraftLawsBillIsNoOne() {
    String text =
        "Cleric sets deadline\n\nMaulana Qasim Ali Durrani gave the government a week to"
            + " withdraw the Madrassa Funding (Amendment) Bill.\n\nAddressing the rally, the"
            + " 58-year-old cleric said: \"We will not be told what to teach.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We will not be told what to teach.", "Qasim Ali Durrani"));
  }

  @Test
  void aSpanishNameWithoutItsSecondSurnameIsTheSamePerson() {
    String text =
        "Farmers block aqueduct\n\n\"We will stay,\" said Tomás Rivas Ochoa, leader of the"
            + " growers' association.\n\nAmong those held was Rivas's son, Julián Rivas Méndez,"
            + " 38.\n\n\"They treated us like thieves,\" Julián Rivas said.\n\nHis father said"
            + " the arrests had only made them stronger. \"Now the whole valley is here,\" the"
            + " elder Rivas said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We will stay,", "Tomás Rivas Ochoa"),
            tuple("They treated us like thieves,", "Julián Rivas Méndez"),
            tuple("Now the whole valley is here,", "Tomás Rivas Ochoa"));
  }

  @Test
  void anAgeBeforeARoleGoesToTheRolesHolder() {
    String text =
        "Rebel quits party\n\nTwo days after he left the ruling party, Chandauli MLA Anil Kumar"
            + " Mishra said his move had the blessing of his father, the five-time legislator"
            + " Ram Kumar Mishra.\n\n\"My father stands with me,\" the 41-year-old MLA said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("My father stands with me,", "Anil Kumar Mishra"));
  }

  @Test
  void aTitleOfStandingAloneIsThePersonLastTitledSo() {
    String text =
        "Clerics rally\n\nMaulana Idris Qureshi led the rally, with his deputy, Maulana Saad"
            + " Qureshi.\n\nAfterwards Maulana Idris Qureshi was asked about the talks.\n\n\"Would"
            + " you meet the minister?\" this reporter asked.\n\nThe Maulana smiled. \"He knows"
            + " where to find me,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Would you meet the minister?", null),
            tuple("He knows where to find me,", "Idris Qureshi"));
  }

  @Test
  void aBodyIntroducedWithAnAdjectiveIsNoRolesHolder() {
    String text =
        "Producers hold output\n\n\"We will review it monthly,\" the minister was quoted as"
            + " saying by the official Gulf News Agency.\n\nAn official at the neighbouring"
            + " country's oil ministry, who asked not to be named, said it would not join.\n\n"
            + "\"We have our own budget to pay,\" the official said.";
    assertThat(speakersAndDescriptions(text))
        .contains(tuple("We have our own budget to pay,", null, "the official"));
  }

  @Test
  void aDatelineOfTwoPlacesIsNoSpeaker() {
    String text =
        "Cleric urges vote\n\nKARBALA / BASRA - One of the country's most senior clerics urged"
            + " people on Friday to vote, saying in a message read at prayers that staying home"
            + " \"hands the country to the undeserving.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("hands the country to the undeserving.", null));
  }

  @Test
  void aSurnameThatIsAlsoARoleStillNamesItsBearer() {
    String text =
        "Pipeline hearing opens\n\nThe 79-year-old elder, Rose Bishop, set a jar of dried"
            + " berries beside the microphone on Tuesday.\n\n\"This lake feeds us,\" Bishop told"
            + " the panel.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("This lake feeds us,", "Rose Bishop"));
  }

  @Test
  void anAcronymBeforeTheBracketsThatDefineItIsTheSameBody() {
    String text =
        "Rig deaths spark strike\n\nWorkers gather outside the EDL base in Rincón on"
            + " Tuesday\n\nTwo men died on a rig run by a contractor for Energía del Limay (EDL),"
            + " the region's third producer.\n\nEDL said in a statement that it was \"deeply"
            + " shaken\" by the deaths.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("deeply shaken", "Energía del Limay"));
  }

  @Test
  void missBeforeASurnameIsAnHonorific() {
    String text =
        "Driver spared jail\n\nHis solicitor said his partner, Chloe Hartley, had called to say"
            + " she was bleeding.\n\nMr Vance handed the bench a letter written by Miss Hartley,"
            + " who gave birth to a son the next morning.\n\nIn it she wrote: \"He is the most"
            + " careful driver I know.\"";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities().stream().map(Entity::name))
        .contains("Chloe Hartley")
        .doesNotContain("Miss Hartley");
  }

  @Test
  void aRoleOfSomewhereWithANameInAppositionSpeaksInBothClauses() {
    String text =
        "Truce talks resume\n\nThe U.N. special envoy for Sudan, Ingrid Solheim, said in a"
            + " statement that she \"welcomed the tone of both delegations\" and urged them to"
            + " free the wounded \"as a first step that costs nothing.\"\n\nA spokeswoman for the"
            + " Department of Health said the Minister for Health, Ciara Lynch, was \"fully"
            + " aware\" of the case but stressed that funding was \"a matter for the agency\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("welcomed the tone of both delegations", "Ingrid Solheim"),
            tuple("as a first step that costs nothing.", "Ingrid Solheim"),
            tuple("fully aware", null),
            tuple("a matter for the agency", null));
  }

  @Test
  void theStatementIsThePressReleaseJustMentioned() {
    String text =
        "Commission answers court\n\nLater in the day, the Federal Election Board said in a"
            + " press release that it would place a report before the bench.\n\n\"The board has"
            + " always acted within the law,\" the statement said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The board has always acted within the law,", "Federal Election Board"));
  }

  @Test
  void aLeadsUnattributedWordsAreThoseOfWhoeverSaysThemLater() {
    String text =
        "Inquest into rider's death\n\nA rider who died on the Moss Lane bend was travelling at"
            + " \"a safe speed for that stretch\" before he fell, an inquest has heard.\n\nSergeant"
            + " Neil Whitcombe, a collision investigator, said tyre marks showed the speed.\n\n\"He"
            + " was riding at a safe speed for that stretch,\" Sgt Whitcombe said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("a safe speed for that stretch", "Neil Whitcombe"),
            tuple("He was riding at a safe speed for that stretch,", "Neil Whitcombe"));
  }

  @Test
  void theStatementOfDefenceIsItsFilersWords() {
    String text =
        "Founders' feud reaches court\n\nGavin Rourke, who was named interim chief executive,"
            + " said in a statement of defence filed Monday that the claims were baseless.\n\n\"The"
            + " board acted on complaints from its own staff,\" the statement of defence reads.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("The board acted on complaints from its own staff,", "Gavin Rourke"));
  }

  @Test
  void theClericIsTheOneTitledAsClergy() {
    String text =
        "Quake survivors wait for aid\n\nGovernor Reza Tavakoli said tents had reached every"
            + " village.\n\nHojatoleslam Ali-Reza Kazemi-Nejad, the Friday prayer leader of Sarvan,"
            + " told residents that patience was a duty.\n\n\"But patience is not silence,\" the"
            + " cleric added.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("But patience is not silence,", "Ali-Reza Kazemi-Nejad"));
  }

  @Test
  void aQuotedVerbAfterAnAuxiliaryIsSpeechNotAModifier() {
    String text =
        "Rents climb again\n\nBudget minister Karel Dostal said on Monday that rising rents were"
            + " \"crushing\" young families, and that cuts would \"gut\" local services.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("crushing", "Karel Dostal"), tuple("gut", "Karel Dostal"));
  }

  @Test
  void aBodyNamedByItsKindSpeaksInAFragment() {
    String text =
        "Shelling resumes\n\nThe watchdog said it was \"deeply concerned\" by the reports.\n\n"
            + "The publisher said the memoir had been \"thoroughly reviewed\" before it went out.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("deeply concerned", null, "The watchdog"),
            tuple("thoroughly reviewed", null, "The publisher"));
  }

  @Test
  void aRoleInAppositionAfterAPrepositionNamesItsHolder() {
    String text =
        "Talks end in Muscat\n\nIran's delegation was led by its deputy foreign minister, Hossein"
            + " Dehghani.\n\n\"This money belongs to our people,\" the deputy foreign minister said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("This money belongs to our people,", "Hossein Dehghani"));
  }

  @Test
  void namesInAClauseAfterTheVerbAreNotItsSubject() {
    String text =
        "Winery thrives\n\nOne neighbouring grower, who asked not to be named, said the Macedos'"
            + " prices had \"made the rest of us look cheap\". \"Good for them,\" he said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("made the rest of us look cheap", null, "One neighbouring grower"),
            tuple("Good for them,", null, "One neighbouring grower"));
  }

  @Test
  void twoSceneSettingClausesOpenASentenceBeforeItsSubject() {
    String text =
        "Club in turmoil\n\nLUCCA - The president of Sporting Lucca 1921, Gianfranco Orsatti, posted"
            + " on Sunday.\n\nHours later, speaking to Radio Toscana Sport, the president went"
            + " further, saying the staff had \"lost the dressing room\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("lost the dressing room", "Gianfranco Orsatti"));
  }

  @Test
  void aPossessorPastAQualifiedKinNounIsNotThePronounsAntecedent() {
    String text =
        "Chef dies at 81\n\nBernard Lemaitre opened the inn in 1971.\n\nBernard Lemaitre's"
            + " younger brother, Henri Lemaitre, told the newspaper that the two had not always"
            + " been close. \"We fought like dogs until we were forty,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We fought like dogs until we were forty,", "Henri Lemaitre"));
  }

  @Test
  void anUntaggedNameBeforeACommaAndARoleIsAPerson() {
    String text =
        "Exports fall\n\nAnalysts were less sure. Park Ji-hoon, chief economist at Hanbit"
            + " Securities, said the figures reflected a change.\n\n\"China is not buying less"
            + " because it is weak,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("China is not buying less because it is weak,", "Park Ji-hoon"));
  }

  @Test
  void aLetterReadOutIsItsWritersAndConditionsReadOutTheReaders() {
    String text =
        "Petition heard\n\nIn reply, Chukwuma Eze read to the court from a letter written before"
            + " the election by the former director of information technology, Dr Kelechi Umeh, to"
            + " its chairman. Umeh resigned in April.\n\n\"I must put on record my grave concern,\""
            + " the letter read in part.\n\nAt the end of the briefing, its chairperson, Agnes"
            + " Nakato, read out the conditions under which teachers would return.\n\n\"The strike"
            + " will continue until government presents a structure.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("I must put on record my grave concern,", "Kelechi Umeh"),
            tuple(
                "The strike will continue until government presents a structure.", "Agnes Nakato"));
  }

  @Test
  void anIndefiniteSpeakerOutsideANamedPlaceIsDescribed() {
    String text =
        "Turnout falls\n\n\"Nobody told us. I saw the queue,\" said one woman outside Chawama"
            + " Primary School.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple(
                "Nobody told us. I saw the queue,",
                null,
                "one woman outside Chawama Primary School"));
  }

  @Test
  void theNameASpeakerGaveIsTheirs() {
    String text =
        "Crowds gather\n\nOne supporter, a trader who gave his name only as Sadiq, said he had come"
            + " \"to see the end of this thing\".\n\nOne of them, a student who gave her name only"
            + " as Faith, said she had come early.\n\n\"We are not against paying tax,\" she said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("to see the end of this thing", "Sadiq"),
            tuple("We are not against paying tax,", "Faith"));
  }

  @Test
  void aRoleBeforeANameAndAnotherAfterItAreBothHeld() {
    String text =
        "Pipeline talks\n\nThe Arab League has appointed an envoy, Hisham al-Tayeb, a retired"
            + " Egyptian ambassador.\n\n\"We speak every day,\" the envoy said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("We speak every day,", "Hisham al-Tayeb"));
  }

  @Test
  void aNewcomerAfterAKnownPronounIsNotThatPronounsReferent() {
    String text =
        "Briefing\n\nPress secretary Celeste Whitford took questions.\n\nWhitford ended the"
            + " briefing after 52 minutes. As she gathered her binder, a reporter in the back row"
            + " called out a question.\n\n\"Stay tuned,\" she said over her shoulder.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Stay tuned,", "Celeste Whitford"));
  }

  @Test
  void theSpeakerOfAHouseIsARole() {
    String text =
        "Walk-out\n\nSpeaker Alexander Tetteh opened the sitting.\n\nMinority Leader Abdul Tahiru"
            + " objected. \"We have not read it,\" Tahiru said.\n\nThe Speaker ruled against him,"
            + " saying it was \"in the interest of the House\".";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("We have not read it,", "Abdul Tahiru"),
            tuple("in the interest of the House", "Alexander Tetteh"));
  }

  @Test
  void theOneWhoAsksIsNotTheOneWhoAnswers() {
    String text =
        "Hearing\n\nGerald Okonkwo-Pratt, a former executive from Arkansas, at times agreed with his"
            + " critics. Asked by Sen. Howard Teague, R-Kan., why the agency had not required"
            + " leases, the 58-year-old paused.\n\n\"Because we were told speed mattered,\" he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Because we were told speed mattered,", "Gerald Okonkwo-Pratt"));
  }

  @Test
  void aSonIntroducedByHisKinSpeaksTheParagraphsAfter() {
    String text =
        "Chef dies\n\nBernard Lemaitre opened the inn in 1971.\n\nHis son, Julien Lemaitre, spoke at"
            + " a funeral mass on Saturday.\n\n\"My father never once told me I was good.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("My father never once told me I was good.", "Julien Lemaitre"));
  }

  @Test
  void aLetterThatSomeoneHadWrittenIsTheirs() {
    String text =
        "School closure\n\nHer husband, Thomas Lyle, spoke later and read aloud from a letter that"
            + " their daughter, seven-year-old Amelia Lyle, had written to the board.\n\n\"Dear"
            + " school board, please do not close my school,\" the letter began.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Dear school board, please do not close my school,", "Amelia Lyle"));
  }

  @Test
  void aNameOpeningAClauseOnAPersonIsAPersons() {
    String text =
        "Primary vote\n\nEsi Donkor, who leads the market women's association in Asamankese, was"
            + " more decided. \"Adwoa has our vote,\" she said.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("Adwoa has our vote,", "Esi Donkor"));
  }

  @Test
  void aLegislatorsPartyTagBeforeAWhoClauseLeavesTheNameToSpeak() {
    String text =
        "The budget writers were calmer than their leaders. Rep. Dana Kowal, R-Lapeer, who leads"
            + " the House Ways and Means panel, said the shortfall was \"closer to $90 million than"
            + " anyone admits.\"\n\n\"That number is a guess,\" Sen. Omar Haddad, D-Flint, who has"
            + " served on the panel for eleven years and chaired it twice, told reporters.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("closer to $90 million than anyone admits.", "Dana Kowal"),
            tuple("That number is a guess,", "Omar Haddad"));
  }

  @Test
  void aTitleTheRecogniserRanIntoABodyIsThePersonsWhoseNameFollows() {
    String text =
        "No one else is at risk, Delcamp County Sheriff Benjamin Achterberg said Monday. On a"
            + " call, Halvern Chief Executive Gregory Lindqvist said talks began in 2023. Halvern"
            + " said in a statement that it did \"not expect any objections\" from regulators.\n\n"
            + "\"Lock your doors,\" the sheriff said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name)
        .contains("Halvern")
        .doesNotContain("Halvern Chief Executive", "Delcamp County Sheriff");
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("not expect any objections", "Halvern"),
            tuple("Lock your doors,", "Benjamin Achterberg"));
  }

  @Test
  void aParagraphEndingInAVerbOfAddressingIntroducesTheNextQuotation() {
    String text =
        "Judge Mara Lindell set a hearing for May. The defendant's lawyer thanked the court."
            + " Before adjourning, she addressed the defendant directly.\n\n\"You will follow these"
            + " conditions like everybody else.\"\n\nLindell left the room. His lawyer said he"
            + " had finally addressed the court.\n\n\"We are pleased.\"";
    // the second "addressed" is no main clause's verb: the lawyer's words stay his
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("You will follow these conditions like everybody else.", "Mara Lindell", null),
            tuple("We are pleased.", null, "His lawyer"));
  }

  @Test
  void aBodyRunOnIntoItsOfficersTitleAndNameGivesBackThePerson() {
    // CoreNLP 4.5.10 reads all seven words as one organisation
    String text =
        "Port Carrick Police Service Chief Mireille Tremblay-Osei told a news conference that the"
            + " man was in custody. Coun. Beatrice Nwachukwu said more money was needed.\n\n"
            + "Afterwards, the chief addressed residents directly.\n\n"
            + "\"You can open your doors again,\" she said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(x.entities())
        .extracting(Entity::name, Entity::type)
        .contains(
            tuple("Port Carrick Police Service", EntityType.ORGANIZATION),
            tuple("Mireille Tremblay-Osei", EntityType.PERSON));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("You can open your doors again,", "Mireille Tremblay-Osei"));
  }

  @Test
  void aRoleAndAKnownGivenNameInsideABodyMakeAPerson() {
    // CoreNLP 4.5.10 reads "Interior Cabinet Secretary Rose Mutheu" as one organisation
    String text =
        "Regional commander Esther Chebet said the search was over.\n\nInterior Cabinet Secretary"
            + " Rose Mutheu posted on X that the government had ordered an audit.\n\n\"Every unsafe"
            + " building will be marked,\" she wrote.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Rose Mutheu", EntityType.PERSON));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Every unsafe building will be marked,", "Rose Mutheu"));
  }

  @Test
  void aWomanOnlyTheLexiconKnowsCountsForSheInTheSentenceJustBefore() {
    // "Aileen" is on CoreNLP's name-gender list but not on our word lists
    String text =
        "\"Relief must get through,\" Hannah Vik of the aid group said.\n\nForecaster Aileen"
            + " Sumagaysay said the storm would weaken by Wednesday.\n\n\"The soil is already"
            + " saturated,\" she told a briefing.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Relief must get through,", "Hannah Vik"),
            tuple("The soil is already saturated,", "Aileen Sumagaysay"));
  }

  @Test
  void aStudioAClubAndAnUpdateSpeakForTheBodiesNamedBefore() {
    String text =
        "A spokesman for Meridian Studios, which makes the series for a streaming service, said"
            + " the schedule was under review. The streaming service Lumen+ declined to comment."
            + "\n\n\"Our first concern is Marisol,\" the studio said in a statement.\n\nTown"
            + " confirmed the signing of the striker from Wexley Town's rivals on Saturday.\n\n"
            + "\"Ike becomes our record signing,\" the club said.\n\nThe Albuquerque Police"
            + " Department said in a written update that it had found the van. \"We are asking"
            + " body shops to call us,\" the update said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Our first concern is Marisol,", "Meridian Studios"),
            tuple("Ike becomes our record signing,", "Wexley Town"),
            tuple("We are asking body shops to call us,", "Albuquerque Police Department"));
  }

  @Test
  void aBodyThatDeclinedToCommentSpeaksInTheWordsItsSayingGives() {
    String text =
        "The Global Athletics Integrity Commission banned the runner for four years. The"
            + " commission declined to comment on the appeal, saying only that the athlete \"had"
            + " full legal representation at every stage.\"";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "had full legal representation at every stage.",
                "Global Athletics Integrity Commission"));
  }

  @Test
  void aLongtimeRoleIsTheRoleAnAdjectiveOfOriginQualifies() {
    String text =
        "Han Ji-woo won her last title in 2019. Han's longtime coach, Sean McAllister, said he had"
            + " tried to talk her out of retiring.\n\n\"I gave it a go,\" the Scottish coach said"
            + " by phone from Florida.";
    assertThat(wordsAndSpeakers(text)).containsExactly(tuple("I gave it a go,", "Sean McAllister"));
  }

  @Test
  void theCompanyIsTheBodySetOffAsACompanyWhateverWasNamedSince() {
    String text =
        "Helios Bulk Carriers, the Athens-based company that manages the vessel, thanked the"
            + " Spanish Navy and said the ship would sail to Djibouti.\n\n\"Our first concern now"
            + " is the crew,\" the company said in a statement.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Our first concern now is the crew,", "Helios Bulk Carriers"));
  }

  @Test
  void aSocialMediaPlatformIsNeverTheSpeaker() {
    // CoreNLP 4.5.10 reads "Instagram" here as a person
    String text =
        "Striker Ikechukwu Nnamdi joined Wexley Town on Saturday.\n\nThe player broke his silence"
            + " shortly after the announcement, posting a video on Instagram of himself walking"
            + " on to the pitch.\n\n\"A dream come true,\" he wrote.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Instagram", EntityType.OTHER));
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("A dream come true,", "Ikechukwu Nnamdi"));
  }

  @Test
  void sheAfterAnUnnamedReporterAskedIsTheOneWhoAnswers() {
    String text =
        "Chair Jennifer Tuala said the chief executive had resigned. \"I am not going through the"
            + " trips one by one,\" Tuala said.\n\nAnother reporter asked whether the board had"
            + " been slow to act.\n\n\"We acted when we had the facts,\" she said.\n\nA clerk,"
            + " who asked not to be named, said the board met twice.\n\n\"Nobody told us,\" she"
            + " said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("I am not going through the trips one by one,", "Jennifer Tuala", null),
            tuple("We acted when we had the facts,", "Jennifer Tuala", null),
            tuple("Nobody told us,", null, "A clerk"));
  }

  @Test
  void curlyQuotationsReopenedInOneParagraphEachStandAlone() {
    // paragraphs lost in flattening: each reopened mark ends the quotation before it
    String text =
        "Her aunt, Odile Brassard, spoke outside the court. \u201cShe ran the bakery for thirty"
            + " years. She never missed a morning. \u201cToday nobody can give those years back."
            + " \u201cWe are grateful to the jury.\u201d Her cousin, Ravi Lemaire, said little."
            + " \u201cWe are tired,\u201d he said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple(
                "She ran the bakery for thirty years. She never missed a morning.",
                "Odile Brassard"),
            tuple("Today nobody can give those years back.", "Odile Brassard"),
            tuple("We are grateful to the jury.", "Odile Brassard"),
            tuple("We are tired,", "Ravi Lemaire"));
  }

  @Test
  void aCurlyMarkHoldingAQuotationIsAStrayNotAReopenedOne() {
    String text =
        "\u201cThe \u201cNight Shift\u201d actor left the clinic at noon. Her lawyer, Paul Anker,"
            + " said she was \u201cdoing well.\u201d He spoke by phone. \u201cShe is resting at"
            + " home,\u201d Anker said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("doing well.", "Paul Anker"), tuple("She is resting at home,", "Paul Anker"));
  }

  @Test
  void aNicknameBetweenBackticksIsPartOfTheName() {
    String text =
        "Candidate Tomasz ``Bull'' Wierzbicki spoke at the fair on Saturday. ``Nobody comes up"
            + " here,'' Wierzbicki said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("Nobody comes up here,", "Tomasz Wierzbicki"));
  }

  @Test
  void anAttributionCutOffItsQuotationBySentenceSplittingRejoinsIt() {
    // one sentence to a paragraph, split after the question inside the marks
    String text =
        "A drivers' club, the Lakeside Motorists, has had hundreds of calls.\n\n"
            + "``Is my car safe to leave in the garage overnight?''\n\n"
            + "asked its chair, Greta Holm.\n\n"
            + "``Nobody has answered that.''\n\n"
            + "``Order! Order!''\n\n"
            + "Judge Alan Pryce said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("Is my car safe to leave in the garage overnight?", "Greta Holm"),
            tuple("Nobody has answered that.", "Greta Holm"),
            tuple("Order! Order!", "Alan Pryce"));
  }

  @Test
  void aNestedQuotationsClosingMarkLeftApartAfterAStopStillClosesIt() {
    String text =
        "The farmer, Aurelio Quispe, told the inquiry what he heard.\n\n\u201cMy brother said,"
            + " \u2018Run to the bridge. \u2019 When I got there, the water was already over it."
            + " \u201cNobody came for an hour.\u201d The inquiry's chair, Nadia Ferreira, thanked"
            + " him. \u201cWe will read every word,\u201d she said.";
    assertThat(speakers(text))
        .containsExactly("Aurelio Quispe", "Aurelio Quispe", "Nadia Ferreira");
  }

  @Test
  void aSentenceBetweenTwoQuotationsNamesItsOwnSpeakerWhateverTheSplitterDidWithTheMarks() {
    // the splitter sets the mark closing "The pilot …" at the start of the sentence after it
    String text =
        "Tomas Reyna runs the ferry line. \"There were no open faults on that boat. None,\""
            + " Reyna said. \"The pilot had more than 9,000 hours.\" Pavel Dusek said"
            + " investigators would check. \"We have asked for every log,\" he said.";
    assertThat(speakers(text)).containsExactly("Tomas Reyna", "Tomas Reyna", "Pavel Dusek");
  }

  @Test
  void anAnswerAfterAQuestionInBacktickMarksIsTheOneAskeds() {
    String text =
        "Marta Kovac lost the final in three sets.\n\n``I know what you want to write,'' Kovac"
            + " said.\n\n``Was the wrist a factor?'' one reporter asked.\n\n``A little. I felt it"
            + " on the first serve.''";
    assertThat(speakersAndDescriptions(text))
        .extracting(t -> t.toList().get(1), t -> t.toList().get(2))
        .containsExactly(
            tuple("Marta Kovac", null), tuple(null, "one reporter"), tuple("Marta Kovac", null));
  }

  @Test
  void whoInCapitalsBeforeATitleIsTheHealthBodyNotARelativePronoun() {
    String text =
        "The World Health Organization sent six experts to the district.\n\n\"Cases within one"
            + " family have been seen before,\" WHO spokeswoman Ines Carvalho said in Geneva.";
    assertThat(speakers(text)).containsExactly("Ines Carvalho");
  }

  @Test
  void aNameWithALongAppositionAfterTheQuotationStillSpeaks() {
    String text =
        "\"We did not ask for this,\" Lee Dong-hwan, head of the Hanul Steel branch of the"
            + " National Metal Workers Union, told a rally of workers.";
    assertThat(speakers(text)).containsExactly("Lee Dong-hwan");
  }

  @Test
  void aPersonRunIntoTheBodyBeforeHerNameIsHerOwn() {
    String text =
        "Chairwoman of the National Human Rights Commission Kamala Sharma urged both sides to"
            + " account for the missing.\n\n\"Hundreds of families still do not know,\" she said.";
    assertThat(speakers(text)).containsExactly("Kamala Sharma");
  }

  @Test
  void aDatelineGluedToItsStoryByAHyphenIsNoSubject() {
    String text =
        "Rates held\n\nBERGEN, Norway (Wire)-The Nordvik Savings Bank kept its rate at 4% on"
            + " Thursday, saying it would need \"clear evidence\" before any cut.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(tuple("clear evidence", "Nordvik Savings Bank"));
  }

  @Test
  void aFamilyNamedByItsSurnameSpeaksAsABody() {
    String text =
        "Singer dies at 29\n\nThe folk singer Orla Brennock died on Tuesday in Galway.\n\nIn a"
            + " statement, the Brennock family said they were \"devastated\".\n\n\"She sang"
            + " before she could walk,\" the family said.";
    assertThat(wordsAndSpeakers(text))
        .containsExactly(
            tuple("devastated", "Brennock family"),
            tuple("She sang before she could walk,", "Brennock family"));
  }

  @Test
  void noOneNamedInASentenceAPronounOpensIsThatPronoun() {
    String text =
        "Quarterback out\n\nMateo Varga hurt his shoulder on Sunday. \"It stinks,\" Varga said.\n\n"
            + "Asked whether Tyrone Okafor's hit was dirty, he shook his head.\n\n\"No. He was"
            + " doing his job,\" he said.\n\nHe stopped short of blaming Jalen Pruitt. \"That one"
            + " is on me,\" he said.";
    assertThat(speakers(text)).containsExactly("Mateo Varga", "Mateo Varga", "Mateo Varga");
  }

  @Test
  void aRoleBetweenTwoNamesGoesToTheSecondAndRanksAreTitles() {
    String text =
        "Jets over the Top End\n\nExercise director Air Commodore Graham Whitlock said the"
            + " airspace was vast.\n\n\"You can't do this kind of flying over Sydney,\" Air"
            + " Commodore Whitlock told reporters.\n\nKatherine mother of three Leanne O'Dowd said"
            + " the noise kept her children awake.\n\n\"The little one was screaming every time"
            + " one went over,\" she said.\n\nLocal historian Dr Morag Sinclair said its loss"
            + " would be felt far beyond the town.\n\n\"It survived two world wars,\" she said.";
    assertThat(speakers(text))
        .containsExactly("Graham Whitlock", "Leanne O'Dowd", "Morag Sinclair");
  }

  @Test
  void aGivenNameJoinedToAFullNameSharesItsSurname() {
    String text =
        "Floods\n\nOut of town, dairy farmers Rhonda and Garry Weatherall lost about 80 cows when"
            + " the river broke its banks.\n\n\"We got most of them up onto the ridge,\" Mrs"
            + " Weatherall said.\n\nHer husband said the family had farmed there for four"
            + " generations. \"We'll rebuild the herd,\" he said.";
    assertThat(speakers(text)).containsExactly("Rhonda Weatherall", "Garry Weatherall");
  }

  @Test
  void noOneNamedInAPrepositionalOpeningIsThePronounAfterIt() {
    String text =
        "Climber dies\n\nThe climber Ingrid Solvang died on Sunday.\n\nIn a 2010 interview with"
            + " the writer Kari Lunde, she brushed off questions about the risks.\n\n"
            + "\"People think I am brave,\" she told Lunde.";
    assertThat(speakers(text)).containsExactly("Ingrid Solvang");
  }

  @Test
  void aWhoClauseAfterABareRoleStandsForThePersonTheRoleDescribes() {
    String text =
        "Tributes\n\nTom Ashdown, frontman of the indie band Northern Line Ghosts, who toured"
            + " with the singer in 2010, wrote: \"Can't take this in.\"";
    assertThat(speakers(text)).containsExactly("Tom Ashdown");
  }

  @Test
  void aNationsMinistryFederationOrPoliceIsABodyThatSpeaks() {
    String text =
        "Talks\n\nThe French foreign ministry said it was \"deeply concerned\".\n\nThe Kenyan"
            + " police said the suspects were \"armed and dangerous\".\n\nThe Colombian tennis"
            + " federation said it would \"continue to support\" the player.";
    assertThat(speakers(text))
        .containsExactly("French foreign ministry", "Kenyan police", "Colombian tennis federation");
  }

  @Test
  void aStatementReleasedOnADayIntroducesTheQuotationAfterIt() {
    String text =
        "Shooting\n\nTwo workers were killed at the plant.\n\nMidwest Corrugated Solutions"
            + " released a statement Tuesday afternoon.\n\n\"We are heartbroken by the senseless"
            + " violence at our facility.\"";
    assertThat(speakers(text)).containsExactly("Midwest Corrugated Solutions");
  }

  @Test
  void anHonorificAfterATitleIsNoShortSurname() {
    String text =
        "Security analyst Dr Nadia Ferreira said the drill sent a message.\n\n"
            + "\"Ten years ago you would not have seen this,\" Ferreira said.";
    assertThat(speakers(text)).containsExactly("Nadia Ferreira");
  }

  @Test
  void aRankReadAsABodyIsItsHolderNamedBefore() {
    String text =
        "Exercise director Air Commodore Graham Whitlock said the airspace was vast.\n\n"
            + "Regional analyst Dr Nadia Ferreira said the drill sent a message.\n\n"
            + "Asked whether the exercise was aimed at any country, Air Commodore Whitlock said"
            + " it was not.\n\n\"This isn't about anybody,\" he said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Graham Whitlock");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Air");
  }

  @Test
  void thePluralOfInitialsIsNoCompany() {
    String text =
        "Brannock Axle & Gear will close its plant in March.\n\n"
            + "Brannock makes axles for pickup trucks and SUVs. In a statement, the company"
            + " blamed \"a collapse in light truck volumes.\"";
    assertThat(speakers(text)).containsExactly("Brannock Axle & Gear");
  }

  @Test
  void aNameThatIsAllOfAQuotationIsNoNamesake() {
    String text =
        "A jury sided with the assistant who sued reality star Tiana Roque.\n\n"
            + "Roque, 31, was found liable. Fans who call themselves \"Roque Stars\" flooded the"
            + " blogs.\n\n\"I have never hit anybody in my life,\" Roque said.";
    assertThat(speakers(text)).containsExactly("Tiana Roque");
  }

  @Test
  void theOneWhoTestifiedSpeaksNotThePaperThatReportedIt() {
    String text =
        "Marisol Echeverria worked for the star for 14 months.\n\n"
            + "\"She picked up her phone and threw it. It hit me above my eye,\" Echeverria"
            + " testified last week, according to the Los Angeles Daily Bulletin. \"Then she"
            + " told me to clean up the blood.\"";
    assertThat(speakers(text)).containsExactly("Marisol Echeverria", "Marisol Echeverria");
  }

  @Test
  void onePronounHeardSayingIsTheOneNamedBefore() {
    String text =
        "Rajendra Pratap Singh, a former minister, is contesting the seat.\n\n"
            + "A video of the rally was widely shared.\n\n"
            + "\"I know who voted for me last time,\" he is heard saying in Hindi.";
    assertThat(speakers(text)).containsExactly("Rajendra Pratap Singh");
  }

  @Test
  void aScottishJudgesLordshipIsAnHonorific() {
    String text =
        "The jury convicted Strachan of murder on Tuesday.\n\n"
            + "Judge Lord Brodie-Kerr told Strachan he would be sentenced next month.\n\n"
            + "\"You have been convicted of murder,\" the judge said.";
    assertThat(speakers(text)).containsExactly("Brodie-Kerr");
  }

  @Test
  void aProjectAndASchoolAreNoPeople() {
    String text =
        "Ridgeview Elementary will close in June.\n\n"
            + "Ridgeview fifth-grader Jaylen Moore, 10, stood on his toes to reach the microphone."
            + "\n\n\"I am going to miss Mrs. Pruitt,\" he said.\n\n"
            + "\"Keep them cool,\" said Project Moana's regional coordinator, Sinead Brennan.";
    assertThat(speakers(text)).containsExactly("Jaylen Moore", "Sinead Brennan");
  }

  @Test
  void aStageNameIsAnAliasOfTheOneWhoBearsIt() {
    String text =
        "Shazzy cancels his tour\n\n"
            + "Nigerian singer Oluwaseun Bankole, who performs as Shazzy, has cancelled his tour."
            + "\n\n\"I am sorry,\" Shazzy said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Oluwaseun Bankole");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Oluwaseun Bankole"))
        .flatExtracting(Entity::aliases)
        .contains("Shazzy");
  }

  @Test
  void whomAQuestionWasAboutIsNoOneWhoAnswers() {
    String text =
        "The court ordered that Liam Joseph Faraday be retried. He will remain in custody.\n\n"
            + "Speaking on the steps of the court building, Faraday's barrister, Declan Morrissey,"
            + " said his client was relieved.\n\n\"Liam has always said he did not mean to hurt"
            + " anyone that night. He has waited three years for a fair hearing,\" Mr Morrissey said."
            + " \"Today the court has said he never had one.\"\n\nAsked whether Faraday would"
            + " apply for bail, he said it was \"too early to say\".";
    assertThat(speakers(text)).containsOnly("Declan Morrissey");
  }

  @Test
  void anOfficeForTwoNamedPlacesIsTheRoleOfTheNameApposed() {
    String text =
        "JUBA - The African Union's special envoy for Sudan and South Sudan, Joseph Mwakilema,"
            + " flew back to Juba on Thursday.\n\n\"Nobody wants the pipeline to stop,\" Mr"
            + " Mwakilema said.";
    assertThat(EXTRACTOR.read(text, Published.unknown()).entities())
        .filteredOn(e -> e.name().equals("Joseph Mwakilema"))
        .flatExtracting(Entity::roles)
        .containsExactly("special envoy");
  }

  @Test
  void aStatementReadOnBehalfOfAFamilyIsTheFamilys() {
    String text =
        "Tariq Mahmood, 44, was stabbed in his taxi in 2011.\n\n"
            + "Outside court, Mr Mahmood's brother-in-law, Imran Qureshi, read a statement on"
            + " behalf of the Mahmood family.\n\n\"Tariq was a loving husband and a devoted"
            + " father.\"";
    assertThat(speakers(text)).containsExactly("Mahmood family");
  }

  @Test
  void aHawkerIsSomeoneTheTextKeepsUnnamed() {
    String text =
        "Governor Omondi said calm had returned.\n\n"
            + "A hawker who sells phone credit near the gate said she had been caught up in the"
            + " stampede. \"I was just sitting here,\" she said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("I was just sitting here,", null, "A hawker"));
  }

  @Test
  void aRepOwnedByANameSpeaksUnnamedBeforeItsOwnVerb() {
    String text =
        "Dez Monroe was sued on Monday.\n\n"
            + "Monroe's rep declined to comment, saying the claim was \"plain wrong.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("plain wrong.", null, "Monroe's rep"));
  }

  @Test
  void theCompanyIsNoUniversityInAnyTongue() {
    String text =
        "Halcyon Launch Systems put a satellite built by the Universidad Tecnica del Pacifico"
            + " into orbit.\n\nMinutes later the company wrote on Twitter: \"ORBIT. Thank you to"
            + " everyone.\"";
    assertThat(speakers(text)).containsExactly("Halcyon Launch Systems");
  }

  @Test
  void anAcronymMayLeaveOutTheNationThatOpensTheName() {
    String text =
        "According to the U.S. Consumer Product Safety Commission, Hearthwell recalled 40,000"
            + " heaters.\n\n\"Space heaters are a leading cause of fires,\" the CPSC said.";
    assertThat(speakers(text)).containsExactly("U.S. Consumer Product Safety Commission");
  }

  @Test
  void aNumberEndsABodysNameAsItsSpeaker() {
    String text =
        "The council voted to cut the overtime budget.\n\n"
            + "In a statement released after midnight, Fraternal Order of Police Lodge 44 called"
            + " the vote \"reckless\".";
    assertThat(speakers(text)).containsExactly("Fraternal Order of Police Lodge");
  }

  @Test
  void whomTheWritersOwnQuestionNamesIsNoOneWhoAnswers() {
    String text =
        "Asked by reporters whether the family was satisfied, Amandeep Dhaliwal said they had"
            + " hoped for more.\n\n\"Nine years, maybe he is out in five. My mother will be in that"
            + " store for the rest of her life,\" he said.\n\nWas there anything he wanted to say to"
            + " Sinclair?\n\n\"I hope he means what he said today,\" he said.";
    assertThat(speakers(text)).containsOnly("Amandeep Dhaliwal");
  }

  @Test
  void aCountAfterAOneWordNameIsNoPartOfASpeaker() {
    String text =
        "Common myths about website builders\n\nMyth 1: \"Website builders are not professional"
            + " enough.\"\n\nThe Colgate 360 boasts three distinct \"cups\" that hug each tooth.";
    assertThat(speakers(text)).allMatch(s -> s == null);
  }

  @Test
  void aSurnameWithAParticleAfterAnHonorificIsThePerson() {
    String text =
        "Dr Anneke de Vries, a marine biologist at the Southern Institute of Marine Science, said"
            + " the beaches confuse the whales.\n\nDr de Vries said scientists would take samples."
            + " \"We will look at their ages,\" she said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Anneke de Vries");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("de Vries");
  }

  @Test
  void itAfterABodyDescribedByItsKindIsThatBody() {
    String text =
        "The Department of Conservation coordinated the rescue on Makarewa Spit.\n\n"
            + "Dr Anneke de Vries of the Southern Institute of Marine Science said the beach"
            + " confused the whales.\n\nThe department asked volunteers not to return overnight."
            + " In a statement issued at 6pm, it said: \"Staff will check the beach at first"
            + " light.\"";
    assertThat(speakers(text)).containsExactly("Department of Conservation");
  }

  @Test
  void aFiguresThousandsSeparatorEndsNoClauseBeforeTheVerb() {
    String text =
        "Former harbour master Okonkwo Brandt, who retired from the port authority in 2011 with a"
            + " severance package said to be worth $415,000, said he had been \"thrown under the"
            + " bus\" by the board.";
    assertThat(speakers(text)).containsExactly("Okonkwo Brandt");
  }

  @Test
  void aBodysNameInScareQuotesBeforeItsVerbSpeaks() {
    String text =
        "Army officers seize the radio station\n\nIn a broadcast at dawn, the self-styled"
            + " \u201cNational Council for Public Safety\u201d said it had taken power"
            + " \u201cto end the looting of the treasury.\u201d";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x))
        .extracting(Quote::speaker)
        .containsExactly("National Council for Public Safety");
    assertThat(x.entities()).extracting(Entity::name).noneMatch(n -> n.contains("\u201d"));
  }

  @Test
  void aBodyNamedInAppositionAfterItsKindSpeaks() {
    String text =
        "The country's largest farmers' group, the Union of Rice Growers, said in a letter to the"
            + " ministry that it would \"resist any cut\" to the price support.";
    assertThat(speakers(text)).containsExactly("Union of Rice Growers");
  }

  @Test
  void aTitleBeforeAFamilyNameThatOpensTheFullNameIsThatPerson() {
    String text =
        "Chaebol founder jailed\n\nReading out the verdict, presiding judge Park Hye-jin said the"
            + " founder had abused his power.\n\n\u201cThe accused showed no remorse for the losses"
            + " of the shareholders,\u201d Judge Park said.";
    assertThat(speakers(text)).containsExactly("Park Hye-jin");
  }

  @Test
  void aCommaBeforeSayingEndsTheClauseWhoseVerbWasBe() {
    String text =
        "Minister's whereabouts unknown\n\nThe minister's press secretary, Adaeze Okafor, said"
            + " Mr Obi was well.\n\nShe refused to say where the minister was, saying only that"
            + " he was \"with his family, safe and calm.\"";
    assertThat(speakers(text)).containsExactly("Adaeze Okafor");
  }

  @Test
  void aNameBetweenCommasAfterAnOwnedRoleIsItsHolder() {
    String text =
        "Rebels abandon their camps\n\nThe Kawthoolei Liberation Front said the offensive was"
            + " the largest in a decade. Its spokesman, Saw Eh Kalu, reached by satellite"
            + " telephone, said three camps had been lost.\n\n\"We have lost camps before,\" he"
            + " said.";
    Extracts x = EXTRACTOR.read(text, Published.unknown());
    assertThat(direct(x)).extracting(Quote::speaker).containsExactly("Saw Eh Kalu");
    assertThat(x.entities())
        .filteredOn(e -> e.name().equals("Saw Eh Kalu"))
        .extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
  }

  @Test
  void theRoleNounAfterAnUnnamedNewcomerIsTheNewcomer() {
    String text =
        "Truce signed in Tehran\n\nThe UN envoy, Ahmed Ould Mahmoud, a Mauritanian diplomat, said"
            + " observers would be sent soon.\n\nA Western diplomat in Tehran, who spoke on"
            + " condition of anonymity, said the hosts had worked hard.\n\n\"Neither side could"
            + " afford to walk out,\" the diplomat said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("Neither side could afford to walk out,", null, "the diplomat"));
  }

  @Test
  void theCompanysStatementIsTheCompanys() {
    String text =
        "Tyre maker shuts its oldest plant\n\nHollins Tyre Co. said it would close its plant in"
            + " Marion, Indiana.\n\nThe company's statement said the workers had \"served Hollins"
            + " with pride for sixty years.\"";
    assertThat(speakers(text)).containsExactly("Hollins Tyre Co.");
  }

  @Test
  void theUnionIsTheAssociationNamedBefore() {
    String text =
        "Pilots walk out\n\nThe Independent Association of Coastal Pilots called the strike on"
            + " Tuesday.\n\nThe union posted a message on its website urging members to \"stay"
            + " calm and stay off company property.\"";
    assertThat(speakers(text)).containsExactly("Independent Association of Coastal Pilots");
  }

  @Test
  void aCommaInsideABodysNameEndsNoApposition() {
    String text =
        "Steel duties upheld\n\nIn Seoul, Park Jong-soo, a director general at the Ministry of"
            + " Trade, Industry and Energy, told reporters that the margins were \"far lower than"
            + " the petitioners claimed.\"";
    assertThat(speakers(text)).containsExactly("Park Jong-soo");
  }

  @Test
  void aShortAsideInBracketsStandsOutsideTheApposition() {
    String text =
        "Steel duties upheld\n\nRep. Thomas Kilbride (D., Pa.), whose district includes the"
            + " Carrick mill, said in a statement that the ruling was \"a vindication for the"
            + " workers.\"\n\nSen. Maura Quist (R., Ohio) said the duties were \"long overdue.\"";
    assertThat(speakers(text)).containsExactly("Thomas Kilbride", "Maura Quist");
  }

  @Test
  void aModalAfterAnAppositionKeepsTheNameAsSubject() {
    String text =
        "Actress in rehab\n\nA spokesman for the network, Evan Castellano, would say only that"
            + " the network \"backs Kelsey fully\" and that filming remained \"on schedule.\"";
    assertThat(speakers(text)).containsExactly("Evan Castellano", "Evan Castellano");
  }

  @Test
  void theNounABodyWasSetOffAfterNamesItLater() {
    String text =
        "Singer pleads not guilty\n\nVance begins a tour in April, and his label, Harbour Lane"
            + " Records, said the tour would go ahead.\n\n\"Dorian is focused on his fans,\" the"
            + " label said in a statement.";
    assertThat(speakers(text)).containsExactly("Harbour Lane Records");
  }

  @Test
  void aQuotationOpeningWithThatSaidIsNoClosingMark() {
    String text =
        "Council overrides veto\n\n\"We tried to stop it,\" the mayor said. \"That said, the"
            + " council has acted, and we will follow the law.\"";
    assertThat(direct(text))
        .extracting(q -> text.substring(q.begin(), q.end()))
        .containsExactly(
            "We tried to stop it,",
            "That said, the council has acted, and we will follow the law.");
  }

  @Test
  void aBodyNamedWhollyInScareQuotesIsTheOneItsKindLaterPointsTo() {
    String text =
        "At dawn the self-styled \"Patriotic Council for Unity\" said on radio that it had taken"
            + " control of the port.\n\nThe council then ordered shops to close and warned that"
            + " anyone breaking the curfew would be \"arrested on sight.\"";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("arrested on sight.", "Patriotic Council for Unity", null));
  }

  @Test
  void theStatementGoesBackPastASentenceThatOnlyCitesIt() {
    String text =
        "In a statement read on the radio, the Orvelle Dock Workers Union said it would strike"
            + " at midnight.\n\nThe walkout covers three ports, according to the statement. Talks"
            + " broke down on Friday.\n\n\"We have waited long enough,\" the statement said.";
    assertThat(speakers(text)).containsExactly("Orvelle Dock Workers Union");
  }

  @Test
  void aWritingIsTheOneWhoIssuedItNotAPersonNamedInItsSentence() {
    String text =
        "The Harbour Licensing Board on Monday issued a notice to trawler owner Piet Vandam over"
            + " a catch in which he allegedly took undersized fish.\n\nThe notice gives him a"
            + " week to reply. It says the catch \"breached the terms of his licence\".";
    assertThat(speakers(text)).containsExactly("Harbour Licensing Board");
  }

  @Test
  void anUnsignedLetterKeepsNoAuthorEvenWhenAPaperPrintedIt() {
    String text =
        "The inquiry changed course when the Weekly Courier got an unsigned letter claiming to"
            + " be from the thief. The paper printed parts of it on Sunday.\n\n\"I only wanted to"
            + " see if I could,\" the letter said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("I only wanted to see if I could,", null, "the letter"));
  }

  @Test
  void aRelativeRightAfterAQuotedNicknameInTeXMarksDoesNotThrow() {
    // the words before the second quotation open with "who": nothing before it in them names
    // anyone, and the clause before the nickname still does
    String text =
        "The union was represented by its chief organiser, Tomas Vallejo Ruiz, better known by"
            + " his nickname ``El Tata,'' who said the agreement went ``to the heart of the"
            + " dispute.''";
    assertThat(speakers(text)).containsExactly("Tomas Vallejo Ruiz");
  }

  @Test
  void aClubPlacedByItsLeagueIsTheClubTheReportIsAbout() {
    String text =
        "Fenmoor Rovers have parted company with manager Gil Ainsley after a run of seven defeats."
            + "\n\nThe League Two club announced the news on Sunday evening.\n\n\"We thank Gil for"
            + " his efforts,\" the League Two club said.";
    assertThat(speakers(text)).containsExactly("Fenmoor Rovers");
  }

  @Test
  void aPersonsCampaignIsNoCampaignPlacedByItsLeague() {
    String text =
        "Senator Dalia Okonkwo-Reyes faces a runoff. Her rival's team, the Marcus Trell campaign,"
            + " has run advertisements.\n\n\"We expect to win,\" the Okonkwo-Reyes campaign said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(tuple("We expect to win,", null, "the Okonkwo-Reyes campaign"));
  }

  @Test
  void theStatementIsItsOpenersSubjectWhateverTheVerb() {
    String text =
        "Drellwood Microsystems will close its plant in Mesa, cutting 300 jobs.\n\nIn a statement,"
            + " the Portland, Ore.-based company blamed falling orders.\n\n\"These are painful"
            + " choices,\" the statement said.";
    assertThat(speakers(text)).containsExactly("Drellwood Microsystems");
  }

  @Test
  void aWritingInAnOpeningAsideIsNotTheOneItsSubjectIssued() {
    String text =
        "In a filing accompanying the lawsuit, Drellwood's general counsel, Amos Petrakis, said the"
            + " company had done nothing wrong. \"The claims have no merit,\" the filing said.";
    assertThat(speakers(text)).containsExactly("Amos Petrakis");
  }

  @Test
  void theGoverningBodyIsTheLastBodyNamed() {
    String text =
        "The World Rowing Federation (WRF) suspended Ilse Marten after a failed test.\n\n\"The"
            + " athlete may ask for her B sample to be tested,\" the governing body said in a"
            + " statement.";
    assertThat(speakers(text)).containsExactly("World Rowing Federation");
  }

  @Test
  void theLabelIsTheRecordCompany() {
    String text =
        "The drummer Ansel Vick has sued Crestline Records over master tapes he says the company"
            + " lost in 1998.\n\nIn a statement, the label said it \"takes the care of its archive"
            + " seriously.\"";
    assertThat(speakers(text)).containsExactly("Crestline Records");
  }

  @Test
  void aBodysManagementSpeaksForTheBody() {
    String text =
        "Workers at Tarvo Textile Mills Corp. walked out on Monday.\n\nA statement from Tarvo"
            + " Textile's management, faxed to newspapers, said the company \"has always paid fair"
            + " wages.\"\n\nA statement from the management of Tarvo Textile said it \"will not"
            + " reopen the plant.\"";
    assertThat(speakers(text))
        .containsExactly("Tarvo Textile Mills Corp.", "Tarvo Textile Mills Corp.");
  }

  @Test
  void theCompanyPassesOverACourtBehindAPaperThatReportedTheCase() {
    String text =
        "A jury found that Orlan Mobile Inc. infringed two patents.\n\nThe verdict came after a"
            + " trial in U.S. District Court in Marlow, according to the Tyler Morning Ledger,"
            + " which first reported it.\n\n"
            + "\"We are disappointed with the verdict,\" the company said in a statement.";
    assertThat(speakers(text)).containsExactly("Orlan Mobile Inc.");
  }

  @Test
  void aWritingAdoptedByABodyIsTheBodys() {
    String text =
        "The resolution adopted by the Nordic Fisheries Council on Tuesday describes the new quotas"
            + " as \"a fair share for every coast\" and urges restraint.";
    assertThat(speakers(text)).containsExactly("Nordic Fisheries Council");
  }

  @Test
  void theMovementIsTheRebelFrontNamedBefore() {
    String text =
        "The rebel Kivu Liberation Front, which took the town on Sunday, has urged residents to"
            + " stay.\n\nIn a statement read on its radio station, the movement said: \"No one who"
            + " lays down arms will be harmed.\"";
    assertThat(speakers(text)).containsExactly("Kivu Liberation Front");
  }

  @Test
  void theRoleAfterAnUnnamedNewcomerIsTheNewcomerNotTheNamedHolder() {
    String text =
        "\"We are watching closely,\" ministry spokesman Arlo Venn said.\n\nIn Dayton, a Korbel"
            + " spokesman said the strike would not hurt results. \"It is too early to say,\" the"
            + " spokesman said.";
    assertThat(speakersAndDescriptions(text))
        .containsExactly(
            tuple("We are watching closely,", "Arlo Venn", null),
            tuple("It is too early to say,", null, "the spokesman"));
  }

  @Test
  void wordSaladOfMarksAndCueWordsNeverThrows() {
    // marks around no word at all, and closing marks paired across opening ones, once threw
    List<String> texts = new ArrayList<>();
    texts.add(
        ") -- . the Dr\u201daccording on Monday) ( said, of Lopez told %\u201c )management--"
            + " according which statement 'Dr\u201d %and 's) letter that said: he that \u201c"
            + " \u201c ' '' \u201d Maria `` he they wrote\u201caccording that \u201c Records a");
    texts.add(
        "they. wrote statement )-- Maria ,said company on\u201dsaying .Acme it said %\u201c:``"
            + " :he the \u201dsaying 41 \n\n wrote 41 by an `` a wrote \u201d -- said ) '' \""
            + " the\" it by Dr and , Acme \n\n");
    String[] vocab = {
      "who",
      "which",
      ",",
      ".",
      "``",
      "''",
      "\"",
      "\u201c",
      "\u201d",
      "'",
      "said",
      "told",
      "to",
      "the",
      "a",
      "company",
      "spokesman",
      "Maria",
      "Lopez",
      "Acme",
      "Corp.",
      "In",
      "statement",
      "he",
      "she",
      "it",
      "and",
      "that",
      "of",
      "by",
      "(",
      ")",
      ":",
      "--",
      "\n\n",
      "Dr",
      "saying",
      "label",
      "club",
      "Records",
      "41",
      "%",
      "wrote",
      "letter",
      "management",
      "'s"
    };
    Random random = new Random(20261208);
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 5 + random.nextInt(60); k > 0; k--) {
        b.append(random.nextInt(4) > 0 ? " " : "").append(vocab[random.nextInt(vocab.length)]);
      }
      texts.add(b.toString());
    }
    for (String text : texts) {
      assertThat(EXTRACTOR.read(text, Published.unknown()).quotes())
          .allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(text.length()));
    }
  }

  @Test
  void hostileTextNeverThrowsAndStaysBounded() {
    StringBuilder long5000 = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      long5000
          .append("Officer ")
          .append(i % 7 == 0 ? "\"Jones\"" : "Smith")
          .append(" said it rose 3% today. ");
    }
    String onlyMarks = "\"".repeat(20_000) + "“”‘’``''".repeat(2_000);
    String oneSentenceOfQuotes = "river stone \"gamma\" ".repeat(5_000);
    String unbalanced =
        "“He said “nothing” and then “left.\n\n\"Open ended ``never closed '' ' ” ”";
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          for (String text :
              new String[] {
                long5000.toString(), onlyMarks, oneSentenceOfQuotes, unbalanced, "", "\"\""
              }) {
            Extracts x = EXTRACTOR.read(text, Published.unknown());
            assertThat(x.quotes())
                .allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(text.length()));
          }
        });
  }
}
