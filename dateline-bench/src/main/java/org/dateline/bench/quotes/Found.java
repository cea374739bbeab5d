package org.dateline.bench.quotes;

import org.jspecify.annotations.Nullable;

/** A direct quotation a system found: its span and the speaker it named, if any. */
record Found(int begin, int end, @Nullable String speaker) {}
