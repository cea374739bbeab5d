package org.dateline.cli;

import org.dateline.nlp.CoreNlpNames;
import org.dateline.pipeline.Pipeline;

/** The composition of the whole per-page analysis: the core stages with CoreNLP for names. */
final class Analysis {
  private Analysis() {}

  static Pipeline pipeline() {
    return Pipeline.analysis(new CoreNlpNames());
  }

  /** Frees the name finder's models once the per-page pass is over. */
  static void release() {
    CoreNlpNames.releaseModels();
  }
}
