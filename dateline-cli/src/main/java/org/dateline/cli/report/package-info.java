/** Writers for the report and JSON Lines outputs whose field names CONTRACT.md fixes. */
@NullMarked
package org.dateline.cli.report;

import org.jspecify.annotations.NullMarked;
