/** Full-text search over stored articles with Lucene; the index is rebuilt from the database. */
@NullMarked
package org.dateline.store.lucene;

import org.jspecify.annotations.NullMarked;
