package org.dateline.bench.events;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.events.Agglomeration;
import org.dateline.events.ArticleDates;
import org.dateline.events.BatchEventClusterer;
import org.dateline.events.EventSettings;
import org.dateline.model.Article;

/**
 * Does an in-process sentence embedding (all-MiniLM-L6-v2, quantised, weights in the jar) add to
 * the engine's similarity on ECB+? Mixes the two, (1 - beta) engine + beta embedding cosine, tunes
 * beta and the threshold on topics below {@link EcbHarness#FIRST_HELD_OUT} clustered alone, then
 * clusters all documents together. Bench only: the core stays free of the model.
 */
public final class EmbeddingExperiment {

  private EmbeddingExperiment() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    List<EcbDocument> docs = EcbCorpus.read(root, EcbHarness.SEED);
    List<Article> articles = docs.stream().map(EcbDocument::article).toList();
    double[][] engine =
        new BatchEventClusterer(EventSettings.defaults(), ArticleDates.none())
            .similarities(articles);
    long t0 = System.nanoTime();
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<float[]> vectors = new ArrayList<>();
    for (Article a : articles) {
      Embedding e = model.embed(a.text()).content();
      vectors.add(e.vector());
    }
    System.out.printf(
        "embedded %d documents in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
    int n = docs.size();
    double[][] emb = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        emb[i][j] = cosine(vectors.get(i), vectors.get(j));
      }
    }
    List<Integer> tuneIdx = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (docs.get(i).topic() < EcbHarness.FIRST_HELD_OUT) {
        tuneIdx.add(i);
      }
    }
    int[] tune = tuneIdx.stream().mapToInt(Integer::intValue).toArray();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (double beta : new double[] {0.0, 0.1, 0.2, 0.3, 0.5, 1.0}) {
      double[][] mix = mix(engine, emb, beta);
      double bestT = 0;
      double bestF = -1;
      for (double t = 0.05; t < 0.9; t += 0.025) {
        double f =
            EcbHarness.evaluate(labels(docs, tune, cluster(mix, tune, t)), sub(docs, tune))
                .all()
                .f1();
        if (f > bestF) {
          bestF = f;
          bestT = t;
        }
      }
      EcbHarness.Result r = EcbHarness.evaluate(labels(docs, all, cluster(mix, all, bestT)), docs);
      System.out.printf(
          "beta %.1f threshold %.3f (tune-alone F1 %.3f): %s%n", beta, bestT, bestF, r);
    }
  }

  /** Average link over the items' rows and columns of the matrix. */
  private static int[] cluster(double[][] sim, int[] items, double threshold) {
    double[][] sub = new double[items.length][items.length];
    for (int i = 0; i < items.length; i++) {
      for (int j = 0; j < items.length; j++) {
        sub[i][j] = i == j ? 0 : sim[items[i]][items[j]];
      }
    }
    return Agglomeration.averageLink(sub, threshold);
  }

  private static double[][] mix(double[][] a, double[][] b, double beta) {
    double[][] out = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        out[i][j] = (1 - beta) * a[i][j] + beta * b[i][j];
      }
    }
    return out;
  }

  private static List<EcbDocument> sub(List<EcbDocument> docs, int[] items) {
    List<EcbDocument> out = new ArrayList<>();
    for (int i : items) {
      out.add(docs.get(i));
    }
    return out;
  }

  private static Map<String, String> labels(List<EcbDocument> docs, int[] items, int[] label) {
    Map<String, String> out = new HashMap<>();
    for (int k = 0; k < items.length; k++) {
      out.put(docs.get(items[k]).article().id(), "c" + label[k]);
    }
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
