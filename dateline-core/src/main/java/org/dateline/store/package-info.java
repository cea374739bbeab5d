/**
 * Ports for the system of record: where page outcomes are kept, and runs that say which pages one
 * invocation covered. Adapters (SQLite, PostgreSQL) implement them in {@code dateline-store}.
 */
@NullMarked
package org.dateline.store;

import org.jspecify.annotations.NullMarked;
