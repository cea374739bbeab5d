package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * How the resolver places surnames the recogniser missed and reads people's types and genders; the
 * recogniser's spans are given by hand here.
 */
class EntityResolverTest {
  private final EntityResolver resolver = new EntityResolver(Words.english(), GivenNames.NONE);

  private static NameFinder.Name name(String text, String surface, int from, EntityType type) {
    int at = text.indexOf(surface, from);
    return new NameFinder.Name(at, at + surface.length(), surface, type);
  }

  private Mentions resolve(String text, NameFinder.Name... recognised) {
    return resolver.resolve(text, List.of(recognised), new QuoteMarks().find(text));
  }

  /** The person mentioned last in the text, as the resolver places mentions. */
  private Mentions.Placed lastPerson(String text, NameFinder.Name... recognised) {
    Mentions mentions = resolve(text, recognised);
    Mentions.Placed last = mentions.lastBefore(text.length(), Set.of(EntityType.PERSON), List.of());
    assertThat(last).isNotNull();
    return last;
  }

  @Test
  void aMissedLaterSurnameIsAMentionOfThePersonNamedInFull() {
    String text = "Dan Okafor runs a depot. Eva Lind agreed. In contrast, Okafor’s team left.";
    Mentions.Placed last =
        lastPerson(
            text,
            name(text, "Dan Okafor", 0, EntityType.PERSON),
            name(text, "Eva Lind", 0, EntityType.PERSON));
    assertThat(last.entity().name()).isEqualTo("Dan Okafor");
    assertThat(text.substring(last.begin(), last.end())).isEqualTo("Okafor");
  }

  @Test
  void aCompanysNameReadAsOtherWithoutItsSuffixIsTheCompany() {
    String text = "Harlow Jones & Co. raised its bid. In a filing, Harlow Jones says it is fair.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Harlow Jones & Co.", 0, EntityType.ORGANIZATION),
            name(text, "Harlow Jones", 20, EntityType.OTHER));
    assertThat(mentions.entities())
        .extracting(Entity::name, Entity::type, Entity::aliases)
        .containsExactly(
            tuple("Harlow Jones & Co.", EntityType.ORGANIZATION, List.of("Harlow Jones")));
  }

  @Test
  void aSurnameThatAlsoNamesSomethingElseIsLeftAlone() {
    String text = "Dan Ford met Ford Motor Co. officials. Eva Lind agreed. Later, Ford left.";
    Mentions.Placed last =
        lastPerson(
            text,
            name(text, "Dan Ford", 0, EntityType.PERSON),
            name(text, "Ford Motor Co.", 0, EntityType.ORGANIZATION),
            name(text, "Eva Lind", 0, EntityType.PERSON));
    assertThat(last.entity().name()).isEqualTo("Eva Lind");
  }

  @Test
  void aTitledSurnameIsThePersonsEvenWhenABodyCarriesTheName() {
    String text =
        "Vera Lind sang for years. Ms Lind retired early. A film, The Vera Lind Story, starred Ana"
            + " Kovac. Ms Lind was ill.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Vera Lind", 0, EntityType.PERSON),
            name(text, "Ms Lind", 0, EntityType.ORGANIZATION),
            name(text, "The Vera Lind Story", 0, EntityType.ORGANIZATION),
            name(text, "Ana Kovac", 0, EntityType.PERSON));
    Mentions.Placed last =
        mentions.lastBefore(
            text.length(), Set.of(EntityType.PERSON), List.of(), Mentions.Gender.FEMALE);
    // "Ms Lind" read as a body is the woman; the last "Ms Lind", missed, is hers too
    assertThat(last).isNotNull();
    assertThat(last.entity().name()).isEqualTo("Vera Lind");
    assertThat(last.begin()).isEqualTo(text.lastIndexOf("Lind"));
    assertThat(last.entity().aliases()).contains("Ms Lind");
  }

  @Test
  void capitalInitialsOfAnOfficeAreATitleButACapitalisedGivenNameIsNot() {
    String text = "Prosecutor Gail Ode spoke first. Ada Lind spoke next. ADA Ode rested her case.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Gail Ode", 0, EntityType.PERSON),
            name(text, "Ada Lind", 0, EntityType.PERSON),
            name(text, "ADA Ode", 0, EntityType.PERSON));
    assertThat(mentions.entities())
        .extracting(Entity::name)
        .containsExactly("Gail Ode", "Ada Lind");
    assertThat(mentions.entities().get(0).roles()).contains("assistant district attorney");
  }

  @Test
  void aNameReadAsAnOrganisationThatSaysSheIsAWoman() {
    String text = "Lirra Stone says she saw the crash. Police came. Lirra Stone left.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Lirra Stone", 0, EntityType.ORGANIZATION),
            name(text, "Lirra Stone", 20, EntityType.ORGANIZATION));
    assertThat(mentions.entities()).extracting(Entity::type).containsExactly(EntityType.PERSON);
    assertThat(mentions.gender(mentions.entities().get(0))).isEqualTo(Mentions.Gender.FEMALE);
  }

  @Test
  void aBodyThatReportsWhatHeDidStaysABody() {
    String text = "Harbor News said he had resigned on Monday.";
    Mentions mentions = resolve(text, name(text, "Harbor News", 0, EntityType.ORGANIZATION));
    assertThat(mentions.entities())
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION);
  }

  @Test
  void herselfAfterANameTellsTheGender() {
    String text = "Dara Quinn herself was calmer about the result.";
    Mentions mentions = resolve(text, name(text, "Dara Quinn", 0, EntityType.PERSON));
    assertThat(mentions.gender(mentions.entities().get(0))).isEqualTo(Mentions.Gender.FEMALE);
  }

  @Test
  void aPronounAfterANameThatIsNoSubjectTellsNoGender() {
    String text = "The mother of Dara Quinn said she would pay. Dara Quinn, 20, said he was sorry.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Dara Quinn", 0, EntityType.PERSON),
            name(text, "Dara Quinn", 30, EntityType.PERSON));
    assertThat(mentions.gender(mentions.entities().get(0))).isEqualTo(Mentions.Gender.MALE);
  }

  @Test
  void aSurnameThatIsAlsoATitleTellsNoGender() {
    String text = "Ama King met Ben Ode. Later, King said she was tired.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Ama King", 0, EntityType.PERSON),
            name(text, "Ben Ode", 0, EntityType.PERSON),
            name(text, "King", 20, EntityType.PERSON));
    Entity king = mentions.entities().get(0);
    assertThat(king.aliases()).contains("King");
    assertThat(mentions.gender(king)).isEqualTo(Mentions.Gender.FEMALE);
  }

  @Test
  void aNameWithAMiddleNameIsThePersonNamedWithoutIt() {
    String text =
        "Lena Field has died. Born in 1923, Lena Mae Field grew up poor. Later, Field left.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Lena Field", 0, EntityType.PERSON),
            name(text, "Lena Mae Field", 0, EntityType.PERSON));
    assertThat(mentions.entities()).hasSize(1);
    assertThat(mentions.entities().get(0).aliases()).contains("Lena Field", "Field");
  }

  @Test
  void aShortNameTwoMiddleNamesFitStaysApart() {
    String text = "George H. Ward and George K. Ward spoke. George Ward left.";
    Mentions mentions =
        resolve(
            text,
            name(text, "George H. Ward", 0, EntityType.PERSON),
            name(text, "George K. Ward", 0, EntityType.PERSON),
            name(text, "George Ward", 30, EntityType.PERSON));
    assertThat(mentions.entities()).hasSize(3);
  }

  @Test
  void aCommonGivenNameTellsTheGender() {
    String text = "Howard Blake pursued Vivian Marsh.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Howard Blake", 0, EntityType.PERSON),
            name(text, "Vivian Marsh", 0, EntityType.PERSON));
    assertThat(mentions.entities())
        .extracting(mentions::gender)
        .containsExactly(Mentions.Gender.MALE, Mentions.Gender.FEMALE);
  }

  @Test
  void aMiscellaneousNameEndingInACompanySuffixIsABody() {
    String text = "Halder Jones & Co. said it views the plan as a goal. The Cup Final drew crowds.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Halder Jones & Co.", 0, EntityType.OTHER),
            name(text, "Cup Final", 0, EntityType.OTHER));
    assertThat(mentions.entities())
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION, EntityType.OTHER);
  }

  @Test
  void anInitialAloneNamesNoOne() {
    String text = "They met on E. 52nd St. near the corner.";
    Mentions mentions = resolve(text, name(text, "E.", 0, EntityType.PERSON));
    assertThat(mentions.entities()).isEmpty();
  }

  @Test
  void aNameReadAsABodyAfterARoleIsAPersonWhenTheTextNamesItSoElsewhere() {
    String text =
        "Anh Vu ousts mayor\n\nCity Council member Anh Vu declared victory. Her father, Hung Vu,"
            + " wept.";
    Mentions mentions =
        resolve(
            text,
            name(text, "Anh Vu", 0, EntityType.PERSON),
            name(text, "City Council", 0, EntityType.ORGANIZATION),
            name(text, "Anh Vu", 20, EntityType.ORGANIZATION),
            name(text, "Hung Vu", 0, EntityType.PERSON));
    Mentions.Placed first =
        mentions.lastBefore(text.indexOf(" declared"), Set.of(EntityType.PERSON), List.of());
    assertThat(first).isNotNull();
    assertThat(first.entity().name()).isEqualTo("Anh Vu");
    assertThat(first.begin()).isEqualTo(text.indexOf("Anh Vu", 20));
  }

  @Test
  void aNameADateLineGivesInCapitalsIsAPlaceWhereverItStands() {
    String text =
        "WESTBROOK, Minn. \u2014 The Warriors won the title.\n\n\"We did it,\" Westbrook coach"
            + " Ron Petrakis said.";
    Mentions mentions =
        resolve(
            text,
            name(text, "WESTBROOK", 0, EntityType.PERSON),
            name(text, "Westbrook", 40, EntityType.PERSON),
            name(text, "Ron Petrakis", 0, EntityType.PERSON));
    assertThat(mentions.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Westbrook", EntityType.LOCATION), tuple("Ron Petrakis", EntityType.PERSON));
  }
}
