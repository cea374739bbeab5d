package org.dateline.bench.quotes;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The peer: CoreNLP's quote annotator with quote attribution, on the pipeline it needs (tokenize,
 * ssplit, pos, lemma, ner, depparse, statistical coreference).
 */
final class CoreNlpQuotes {
  private final StanfordCoreNLP pipeline;

  CoreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("ner.useSUTime", "false");
    pipeline = new StanfordCoreNLP(p);
  }

  List<Found> find(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<Found> out = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      int b = q.quoteCharOffsets().first;
      int e = q.quoteCharOffsets().second;
      String speaker = q.canonicalSpeaker().orElse(q.speaker().orElse(null));
      out.add(new Found(b + 1, Math.max(b + 1, e - 1), speaker));
    }
    return out;
  }
}
