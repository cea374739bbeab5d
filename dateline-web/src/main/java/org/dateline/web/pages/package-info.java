/**
 * Server-rendered HTML pages; every piece of page text is escaped, because page text is hostile.
 */
@NullMarked
package org.dateline.web.pages;

import org.jspecify.annotations.NullMarked;
