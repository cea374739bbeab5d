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
 * @param extracts entities, quotations and figures read from the body (empty until the extract
 *     stage has run)
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
    List<Removal> boilerplate,
    Extracts extracts) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    boilerplate = List.copyOf(boilerplate);
    extracts = extracts == null ? Extracts.none() : extracts;
  }

  /** An article that nothing has been extracted from yet. */
  public Article(
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
    this(
        id,
        provenance,
        url,
        title,
        outlet,
        authors,
        published,
        paragraphs,
        captions,
        boilerplate,
        Extracts.none());
  }

  /** This article with what the extract stage read from it. */
  public Article withExtracts(Extracts read) {
    return new Article(
        id,
        provenance,
        url,
        title,
        outlet,
        authors,
        published,
        paragraphs,
        captions,
        boilerplate,
        read);
  }

  /** This article with a publication date found after cleaning. */
  public Article withPublished(Published date) {
    return new Article(
        id,
        provenance,
        url,
        title,
        outlet,
        authors,
        date,
        paragraphs,
        captions,
        boilerplate,
        extracts);
  }

  /** The body: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
