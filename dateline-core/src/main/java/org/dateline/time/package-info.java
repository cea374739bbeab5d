/**
 * Temporal expressions: a rule-based English tagger that finds time expressions and normalises them
 * to TIMEX3, and the inference of a page's own date from its text ({@link
 * org.dateline.time.PageDateInference}).
 */
@NullMarked
package org.dateline.time;

import org.jspecify.annotations.NullMarked;
