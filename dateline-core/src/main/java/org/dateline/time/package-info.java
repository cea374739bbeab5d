/**
 * Temporal expressions: a rule-based English tagger that finds time expressions and normalises them
 * to TIMEX3.
 */
@NullMarked
package org.dateline.time;

import org.jspecify.annotations.NullMarked;
