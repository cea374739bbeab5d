/** Incremental event clustering: each new article joins the event it reports or opens one. */
@NullMarked
package org.dateline.events;

import org.jspecify.annotations.NullMarked;
