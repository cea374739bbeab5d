/** The team store: PostgreSQL behind the same ports as the embedded one, migrated by Flyway. */
@NullMarked
package org.dateline.store.postgres;

import org.jspecify.annotations.NullMarked;
