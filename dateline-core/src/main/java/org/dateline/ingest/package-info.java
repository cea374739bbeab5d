/**
 * The ingest edge: walks files and folders, opens every supported container (text dumps, HTML,
 * gzip, WARC, RSS/Atom, JSON Lines) and hands on one {@link org.dateline.model.RawPage} per page,
 * or a {@link org.dateline.model.Rejection} for what cannot be read. Pages are streamed, never
 * collected.
 */
@NullMarked
package org.dateline.ingest;

import org.jspecify.annotations.NullMarked;
