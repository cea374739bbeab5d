package org.dateline.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.dateline.store.SearchIndex;
import org.jspecify.annotations.Nullable;

/** Reads and checks request parameters; a bad one is a 400, an oversized query a 413. */
public final class Params {
  /** The longest free-text query accepted, in characters. */
  public static final int MAX_QUERY = 500;

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

  private Params() {}

  public static int limit(Context ctx) {
    String raw = ctx.queryParam("limit");
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
  }

  public static @Nullable String cursor(Context ctx) {
    String raw = ctx.queryParam("cursor");
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (!CURSOR.matcher(raw).matches()) {
      throw ApiException.badRequest("malformed cursor");
    }
    return raw;
  }

  /** The free-text query {@code q}, empty when absent. */
  public static String query(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : checkedQuery(q);
  }

  /** A free-text query from anywhere in the request, refused when oversized. */
  public static String checkedQuery(String q) {
    if (q.length() > MAX_QUERY) {
      throw new ApiException(
          413, "QUERY_TOO_LARGE", "queries are limited to " + MAX_QUERY + " characters");
    }
    return q.strip();
  }

  /** An optional date parameter: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static @Nullable String date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (!DATE.matcher(raw).matches()) {
      throw ApiException.badRequest(name + " must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return raw;
  }

  /**
   * A search from {@code q}, {@code outlet}, {@code entity}, {@code from}, {@code to}, {@code
   * limit}.
   */
  public static SearchIndex.Query search(Context ctx) {
    return new SearchIndex.Query(
        query(ctx),
        text(ctx, "outlet"),
        text(ctx, "entity"),
        date(ctx, "from"),
        date(ctx, "to"),
        limit(ctx));
  }

  /** An optional free-text filter such as an outlet name. */
  public static @Nullable String text(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_QUERY) {
      throw new ApiException(413, "QUERY_TOO_LARGE", name + " is too long");
    }
    return raw.strip();
  }
}
