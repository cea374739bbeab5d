package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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

  private final StanfordCoreNLP pipeline;

  public CoreNlpNames() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", MODEL);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.statisticalOnly", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    this.pipeline = new StanfordCoreNLP(p);
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
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Span> sentences = new ArrayList<>();
    List<Name> names = new ArrayList<>();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (maps == null) {
      return new Layers(sentences, names);
    }
    for (CoreMap sentence : maps) {
      sentences.add(
          new Span(
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      collect(text, sentence.get(CoreAnnotations.TokensAnnotation.class), names);
    }
    return new Layers(sentences, names);
  }

  /** Joins runs of tokens with the same tag into one mention. */
  private static void collect(String text, List<CoreLabel> tokens, List<Name> names) {
    String open = null;
    int begin = -1;
    int end = -1;
    for (CoreLabel t : tokens) {
      String tag = t.ner();
      if (tag != null && tag.equals(open)) {
        end = t.endPosition();
        continue;
      }
      if (open != null) {
        names.add(new Name(begin, end, text.substring(begin, end), type(open)));
      }
      open = tag == null || tag.equals("O") ? null : tag;
      begin = t.beginPosition();
      end = t.endPosition();
    }
    if (open != null) {
      names.add(new Name(begin, end, text.substring(begin, end), type(open)));
    }
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
