/** The embedded store: SQLite, migrated by Flyway, one file per database, no server. */
@NullMarked
package org.dateline.store.sqlite;

import org.jspecify.annotations.NullMarked;
