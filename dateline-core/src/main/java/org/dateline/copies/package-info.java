/** Wire-copy detection: sentences shared across articles after house-style normalisation. */
@NullMarked
package org.dateline.copies;

import org.jspecify.annotations.NullMarked;
