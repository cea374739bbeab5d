package org.dateline.copies;

/**
 * Copy detection settings, sealed by construction.
 *
 * @param minWords sentences with fewer normalised words are ignored (datelines, captions)
 * @param minSimilarity least word Jaccard for two sentences to count as one
 * @param minShared least shared sentences for a pair (a one-sentence article needs one)
 * @param minCoverage least share of the shorter article's sentences that must be shared
 * @param duplicateCoverage share of the shorter article above which the pair is a duplicate
 * @param excerptCoverage share of the shorter one above which a much shorter article is an excerpt
 * @param window articles kept for comparison, least recently added dropped first
 * @param maxSentences sentences of one article that are indexed; the rest are ignored
 * @param maxBucket band buckets holding more sentences than this are boilerplate, not evidence
 */
public record CopySettings(
    int minWords,
    double minSimilarity,
    int minShared,
    double minCoverage,
    double duplicateCoverage,
    double excerptCoverage,
    int window,
    int maxSentences,
    int maxBucket) {

  public CopySettings {
    if (minWords < 2 || minShared < 1 || window < 1 || maxSentences < 1 || maxBucket < 1) {
      throw new IllegalArgumentException(
          "minWords >= 2, minShared >= 1, window >= 1, maxSentences >= 1, maxBucket >= 1");
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)
        || minCoverage < 0
        || duplicateCoverage > 1
        || excerptCoverage > duplicateCoverage) {
      throw new IllegalArgumentException(
          "need 0 < minSimilarity <= 1, minCoverage >= 0, excerptCoverage <= duplicateCoverage <= 1");
    }
  }

  /** Defaults for news wire text. */
  public static CopySettings defaults() {
    return new CopySettings(5, 0.6, 2, 0.2, 0.9, 0.6, 2_000, 2_000, 200);
  }
}
