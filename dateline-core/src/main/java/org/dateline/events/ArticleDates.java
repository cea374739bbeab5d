package org.dateline.events;

import java.time.LocalDate;
import org.dateline.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * The port through which the time stage tells clustering when an article's happening took place.
 * Until that stage is wired, {@link #none()} answers null for every article.
 */
@FunctionalInterface
public interface ArticleDates {

  /** The date of the happening the article reports, or null when unknown. */
  @Nullable LocalDate dateOf(Article article);

  /**
   * The year of the happening the article reports, known at any precision (a page dated only to its
   * year has one), or null; by default the year of {@link #dateOf}.
   */
  default @Nullable Integer yearOf(Article article) {
    LocalDate day = dateOf(article);
    return day == null ? null : day.getYear();
  }

  /** Knows no dates. */
  static ArticleDates none() {
    return article -> null;
  }
}
