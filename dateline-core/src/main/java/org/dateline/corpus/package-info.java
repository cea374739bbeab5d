/**
 * The cross-document stage: wire copies, events and storylines over a stream of clean articles, and
 * the dates that an event's pages lend each other. Pure objects; no I/O.
 */
@NullMarked
package org.dateline.corpus;

import org.jspecify.annotations.NullMarked;
