/** Event clustering quality on ECB+: corpus reader, B-cubed scoring and the harness. */
@NullMarked
package org.dateline.bench.events;

import org.jspecify.annotations.NullMarked;
