/** The JSON HTTP API: routes, JSON shapes (kept apart from the core model) and error mapping. */
@NullMarked
package org.dateline.web.api;

import org.jspecify.annotations.NullMarked;
