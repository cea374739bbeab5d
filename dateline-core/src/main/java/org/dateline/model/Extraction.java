package org.dateline.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a cleaner found on one page, before stated metadata is merged in.
 *
 * @param title the headline, or null when the page shows none
 * @param outlet the publisher's name as the page shows it, or null
 * @param authors bylines, in order
 * @param statedDate a publication date the page states (meta tags, JSON-LD, a dateline), ISO-8601
 *     with reduced precision, or null
 * @param paragraphs body paragraphs in reading order
 * @param captions photo captions and credits, kept apart from the body
 * @param boilerplate every removed block, with why it went
 */
public record Extraction(
    @Nullable String title,
    @Nullable String outlet,
    List<String> authors,
    @Nullable String statedDate,
    List<String> paragraphs,
    List<String> captions,
    List<Removal> boilerplate) {

  public Extraction {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    captions = List.copyOf(Objects.requireNonNull(captions, "captions"));
    boilerplate = List.copyOf(Objects.requireNonNull(boilerplate, "boilerplate"));
  }

  /** The body as the report shows it: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
