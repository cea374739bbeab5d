/**
 * The quotation harness: the extract stage and CoreNLP's quote annotator with quote attribution,
 * scored in one run against our own annotations of direct quotations in TempEval-3 texts.
 */
@NullMarked
package org.dateline.bench.quotes;

import org.jspecify.annotations.NullMarked;
