package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.bundled.Bundled;
import org.dateline.extract.GivenNames;
import org.dateline.extract.NameFinder;
import org.dateline.model.EntityType;

/**
 * Stanford CoreNLP as the name finder: tokenizer, sentence splitter (a blank line always ends a
 * sentence) and the 4-class CoNLL CRF alone. SUTime, the numeric and fine-grained classifiers and
 * every heavy annotator are off: dates and figures are the core's own work, and the CRF alone runs
 * several times faster than CoreNLP's default {@code ner}. The weights come from the models jar on
 * the class path. One instance is shared by all worker threads.
 */
public final class CoreNlpNames implements NameFinder {
  static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Words that may open a sentence that names no one, when no other word is capitalised. */
  private static final Set<String> PLAIN_OPENERS =
      Set.copyOf(Bundled.lines(CoreNlpNames.class, "plain-openers.txt"));

  /** Words of context the recogniser reads on either side of a word that could be a name. */
  private static final int CONTEXT = 4;

  private static final Pattern SPACED_STOP =
      Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}{0,3}( \\.)(?= \\p{Lu})");

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP recogniser;
  private final GivenNames givenNames = CoreNlpGivenNames.load();

  public CoreNlpNames() {
    Properties t = new Properties();
    t.setProperty("annotators", "tokenize,ssplit");
    t.setProperty("tokenize.language", "en");
    t.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.splitter = new StanfordCoreNLP(t);
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", MODEL);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.statisticalOnly", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    this.recogniser = new StanfordCoreNLP(p);
  }

  /** The name-gender list of the models jar ({@link CoreNlpGivenNames}). */
  @Override
  public GivenNames givenNames() {
    return givenNames;
  }

  /**
   * Lets go of the models CoreNLP keeps in its global annotator pool once no instance is in use, so
   * that the stages after the per-page pass have the heap.
   */
  public static void releaseModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }

  @Override
  public Layers find(String text) {
    Annotation doc = new Annotation(touchingStops(text));
    splitter.annotate(doc);
    List<Span> sentences = new ArrayList<>();
    List<Name> names = new ArrayList<>();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (maps == null) {
      return new Layers(sentences, names);
    }
    recogniser.annotate(withNames(text, maps));
    for (CoreMap sentence : maps) {
      sentences.add(
          new Span(
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      collect(text, sentence.get(CoreAnnotations.TokensAnnotation.class), names);
    }
    return new Layers(sentences, acrossSpacedHyphens(text, names));
  }

  /**
   * The text with the full stop of a short capitalised word moved to touch it, where tokenised text
   * set it apart ({@code Jumaane D . Williams}, {@code Lt . Gerry Kim}): CoreNLP's tokenizer reads
   * an initial or a title only when its stop touches it, and otherwise ends the sentence inside the
   * name. The stop and the space trade places, so every offset holds; the tokenizer still ends a
   * sentence after a word that is no abbreviation.
   */
  static String touchingStops(String text) {
    Matcher m = SPACED_STOP.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] c = text.toCharArray();
    do {
      c[m.start(1)] = '.';
      c[m.start(1) + 1] = ' ';
    } while (m.find());
    return new String(c);
  }

  /**
   * The words the recogniser must read, as a document of their own: in each sentence, the words
   * that could be names (those with a capital letter, but for a plain word opening the sentence)
   * and {@value #CONTEXT} words either side of each, in their order, as one sentence. The CRF's
   * features for a word look no further than that many words either side, and across the sentence
   * only at other capitalised words, so a capitalised word is labelled from the same evidence as in
   * its whole sentence. The words left out ("the talks were candid") cannot be names, and cost the
   * CRF as much per word as any other; they keep no tag, and {@link #collect} reads them as outside
   * any name.
   */
  private static Annotation withNames(String text, List<CoreMap> sentences) {
    List<CoreMap> kept = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> read = new ArrayList<>();
      int to = 0; // the words before this one are read or left out already
      boolean opening = true;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i).word();
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
          continue;
        }
        boolean name = mayName(w, opening);
        opening = false;
        if (name) {
          int from = Math.max(to, i - CONTEXT);
          to = Math.min(words.size(), i + CONTEXT + 1);
          read.addAll(words.subList(from, to));
        }
      }
      if (!read.isEmpty()) {
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, read);
        kept.add(part);
        tokens.addAll(read);
      }
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, kept);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  private static boolean mayName(String w, boolean opening) {
    return w.chars().anyMatch(Character::isUpperCase)
        && !(opening && PLAIN_OPENERS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * Joins a person's name to the one word after a hyphen set apart by spaces, as tokenised text
   * writes a double-barrelled name ("Dominique Strauss - Kahn"): the tagger reads the hyphen as no
   * part of a name. Other names around a spaced hyphen are titles' separators ("Best EV - Ford
   * Mustang") and stay apart.
   */
  static List<Name> acrossSpacedHyphens(String text, List<Name> names) {
    List<Name> out = new ArrayList<>(names.size());
    for (Name n : names) {
      Name last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.type() == EntityType.PERSON
          && n.type() == EntityType.PERSON
          && n.text().indexOf(' ') < 0
          && n.begin() == last.end() + 3
          && text.startsWith(" - ", last.end())) {
        out.set(
            out.size() - 1,
            new Name(last.begin(), n.end(), text.substring(last.begin(), n.end()), n.type()));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Joins runs of tokens with the same tag into one mention. A line break ends a run: a heading
   * ("25. Martin Parr") followed by a paragraph opening with the same name is two mentions, not one
   * name spanning both lines.
   */
  private static void collect(String text, List<CoreLabel> tokens, List<Name> names) {
    String open = null;
    int begin = -1;
    int end = -1;
    for (CoreLabel t : tokens) {
      String tag = t.ner();
      // a quotation mark or other sign the tagger gave a name's tag ("Military Committee for
      // National Recovery”") joins the words on either side, but neither opens nor ends a name
      boolean word =
          text.substring(t.beginPosition(), t.endPosition())
              .chars()
              .anyMatch(Character::isLetterOrDigit);
      if (tag != null && tag.equals(open) && sameLine(text, end, t.beginPosition())) {
        end = word ? t.endPosition() : end;
        continue;
      }
      if (open != null) {
        names.add(new Name(begin, end, text.substring(begin, end), type(open)));
      }
      open = tag == null || tag.equals("O") || !word ? null : tag;
      begin = t.beginPosition();
      end = t.endPosition();
    }
    if (open != null) {
      names.add(new Name(begin, end, text.substring(begin, end), type(open)));
    }
  }

  /** Whether no line break stands in {@code text[from, to)}, the gap between two tokens. */
  private static boolean sameLine(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static EntityType type(String tag) {
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.OTHER;
    };
  }
}
