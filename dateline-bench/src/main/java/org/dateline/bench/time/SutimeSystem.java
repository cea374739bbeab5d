package org.dateline.bench.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's SUTime as the peer, set up as CoreNLP's own SUTime demo does: tokenize, ssplit
 * and pos, then the {@link TimeAnnotator} with the document date set on each annotation.
 */
public final class SutimeSystem implements TimexSystem {
  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator sutime;

  public SutimeSystem() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.options", "invertible=true");
    pipeline = new StanfordCoreNLP(props);
    sutime = new TimeAnnotator("sutime", new Properties());
  }

  @Override
  public String name() {
    return "sutime";
  }

  @Override
  public List<Mention> tag(GoldDocument doc) {
    Annotation annotation = new Annotation(doc.text());
    annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.creation().toString());
    pipeline.annotate(annotation);
    sutime.annotate(annotation);
    List<Mention> out = new ArrayList<>();
    List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap cm : timexes) {
      Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (t == null || begin == null || end == null || end <= begin) {
        continue;
      }
      String value = t.value() != null ? t.value() : t.altVal() != null ? t.altVal() : "";
      out.add(new Mention(begin, end, t.timexType() == null ? "" : t.timexType(), value));
    }
    return out;
  }
}
