package org.dateline.events;

/**
 * Clustering settings, sealed by construction. Weights scale each feature family inside one TF-IDF
 * vector; a weight of zero switches the family off.
 *
 * @param threshold least average-link similarity for an article to join, or two events to merge
 * @param nameWeight weight of capitalised-name features relative to content words
 * @param numberWeight weight of number features (counts, figures) other than years
 * @param yearWeight weight of stated years (1900-2099)
 * @param yearConflict factor on the link of two events that both state years but share none; 1
 *     switches it off
 * @param idfPower exponent on IDF, so rare, event-specific words count more than topic words
 * @param dateWindowDays articles further apart in time than this are never one event
 * @param activeWindowDays events with no article within this many days of the newest are retired
 * @param maxActiveArticles bound on the articles kept for comparison when no dates are known
 * @param maxPostings features carried by more articles than this are not used to find candidates
 * @param strayFloor a lone article joins the event it links to best, on settling, when that link
 *     reaches this fraction of the threshold; 1 switches it off
 */
public record EventSettings(
    double threshold,
    double nameWeight,
    double numberWeight,
    double yearWeight,
    double yearConflict,
    double idfPower,
    int dateWindowDays,
    int activeWindowDays,
    int maxActiveArticles,
    int maxPostings,
    double strayFloor) {

  public EventSettings {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
    }
    if (nameWeight < 0 || numberWeight < 0 || yearWeight < 0 || idfPower < 0) {
      throw new IllegalArgumentException("weights and idfPower must be >= 0");
    }
    if (!(yearConflict >= 0 && yearConflict <= 1)) {
      throw new IllegalArgumentException("yearConflict must be in [0, 1], was " + yearConflict);
    }
    if (!(strayFloor > 0 && strayFloor <= 1)) {
      throw new IllegalArgumentException("strayFloor must be in (0, 1], was " + strayFloor);
    }
    if (dateWindowDays < 0 || activeWindowDays < 1 || maxActiveArticles < 1 || maxPostings < 1) {
      throw new IllegalArgumentException(
          "dateWindowDays >= 0, activeWindowDays >= 1, maxActiveArticles >= 1, maxPostings >= 1");
    }
  }

  /** The engine's defaults, tuned on ECB+ topics 1-18 only (see docs/bench/events.md). */
  public static EventSettings defaults() {
    return new EventSettings(0.125, 1.5, 2.0, 2.0, 1.0, 2.5, 3, 30, 50_000, 1_000, 0.5);
  }

  /** Plain TF-IDF over content words: the baseline the engine is measured against. */
  public static EventSettings tfidfBaseline(double threshold) {
    return new EventSettings(threshold, 0, 0, 0, 1.0, 1.0, 3, 30, 50_000, Integer.MAX_VALUE, 1.0);
  }

  /** The same settings with other weights and threshold, for tuning. */
  public EventSettings withWeights(
      double newThreshold,
      double names,
      double numbers,
      double years,
      double conflict,
      double idf) {
    return new EventSettings(
        newThreshold,
        names,
        numbers,
        years,
        conflict,
        idf,
        dateWindowDays,
        activeWindowDays,
        maxActiveArticles,
        maxPostings,
        strayFloor);
  }

  /** The same settings with another bound on the articles kept for comparison. */
  public EventSettings withMaxActiveArticles(int max) {
    return new EventSettings(
        threshold,
        nameWeight,
        numberWeight,
        yearWeight,
        yearConflict,
        idfPower,
        dateWindowDays,
        activeWindowDays,
        max,
        maxPostings,
        strayFloor);
  }
}
