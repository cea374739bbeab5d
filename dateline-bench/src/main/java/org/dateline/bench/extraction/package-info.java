/** Main-content extraction scored against WCXB, beside Readability4J, and its speed. */
@NullMarked
package org.dateline.bench.extraction;

import org.jspecify.annotations.NullMarked;
