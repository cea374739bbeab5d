/**
 * The store over JDBC, shared by the SQLite and PostgreSQL adapters; a {@link
 * org.dateline.store.jdbc.Dialect} holds what differs between them.
 */
@NullMarked
package org.dateline.store.jdbc;

import org.jspecify.annotations.NullMarked;
