/** The command line: picocli commands and the composition root that wires stages and adapters. */
@NullMarked
package org.dateline.cli;

import org.jspecify.annotations.NullMarked;
