/**
 * Storylines: events that continue one story (the same principal actors and topic, across time)
 * linked and ordered oldest first. Pure objects; no I/O.
 */
@NullMarked
package org.dateline.storylines;

import org.jspecify.annotations.NullMarked;
