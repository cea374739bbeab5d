/** Load-test material for the web UI and API: a grown corpus stored straight into a database. */
@NullMarked
package org.dateline.bench.web;

import org.jspecify.annotations.NullMarked;
