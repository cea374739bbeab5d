/**
 * The clean stage: turns a decoded page into body paragraphs in reading order, a title, an outlet,
 * bylines and captions, and keeps every removed block with the reason it went.
 */
@NullMarked
package org.dateline.clean;

import org.jspecify.annotations.NullMarked;
