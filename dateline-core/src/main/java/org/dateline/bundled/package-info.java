/** Word lists, lexicons and settings bundled in the jar beside the stage that uses them. */
@NullMarked
package org.dateline.bundled;

import org.jspecify.annotations.NullMarked;
