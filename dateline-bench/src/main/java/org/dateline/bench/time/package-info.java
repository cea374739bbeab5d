/**
 * Quality and speed harness for temporal expressions: TempEval-3 and EventStoryLine, ours beside
 * SUTime.
 */
@NullMarked
package org.dateline.bench.time;

import org.jspecify.annotations.NullMarked;
