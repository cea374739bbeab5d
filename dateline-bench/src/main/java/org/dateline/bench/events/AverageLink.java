package org.dateline.bench.events;

/** Average-link agglomeration over a precomputed similarity matrix, stopped at a threshold. */
final class AverageLink {

  private AverageLink() {}

  /** Cluster labels (the index of each item's cluster representative). */
  static int[] cluster(double[][] sim, int[] items, double threshold) {
    int n = items.length;
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sum[i][j] = i == j ? 0 : sim[items[i]][items[j]];
      }
    }
    int[] size = new int[n];
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      label[i] = i;
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = -1;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; size[i] > 0 && j < n; j++) {
          if (size[j] > 0) {
            double avg = sum[i][j] / ((double) size[i] * size[j]);
            if (avg > best) {
              best = avg;
              bi = i;
              bj = j;
            }
          }
        }
      }
      if (bi < 0 || best < threshold) {
        return label;
      }
      for (int k = 0; k < n; k++) {
        sum[bi][k] += sum[bj][k];
        sum[k][bi] = sum[bi][k];
        if (label[k] == bj) {
          label[k] = bi;
        }
      }
      size[bi] += size[bj];
      size[bj] = 0;
    }
  }
}
