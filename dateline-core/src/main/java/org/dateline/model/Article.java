package org.dateline.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A clean article: the result of the clean stage, with stated metadata merged over what the page
 * itself shows.
 *
 * @param id the page's stable id
 * @param provenance where it was read
 * @param url the page's address, if known
 * @param title headline, or null
 * @param outlet publisher, or null
 * @param authors bylines
 * @param published publication date and its basis
 * @param paragraphs body paragraphs in reading order
 * @param captions photo captions, apart from the body
 * @param boilerplate removed blocks, for audit
 */
public record Article(
    String id,
    Provenance provenance,
    @Nullable String url,
    @Nullable String title,
    @Nullable String outlet,
    List<String> authors,
    Published published,
    List<String> paragraphs,
    List<String> captions,
    List<Removal> boilerplate) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    boilerplate = List.copyOf(boilerplate);
  }

  /** The body: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
