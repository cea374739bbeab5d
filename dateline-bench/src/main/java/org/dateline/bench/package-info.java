/** Quality harnesses against the labelled sets in ../shared/bench, and throughput benchmarks. */
@NullMarked
package org.dateline.bench;

import org.jspecify.annotations.NullMarked;
