package org.dateline.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing, with the cursor that fetches the next one.
 *
 * @param items the items, in listing order
 * @param next an opaque cursor for the next page, or null when this is the last
 * @param <T> the item type
 */
public record Slice<T>(List<T> items, @Nullable String next) {
  public Slice {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
