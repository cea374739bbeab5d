/**
 * The decode stage: bytes to text. Detects binary files, finds the charset (byte-order mark,
 * declared charset, HTML or XML declaration, then strict UTF-8 with a legacy 8-bit fallback) and
 * rejects what is not text or not validly encoded.
 */
@NullMarked
package org.dateline.decode;

import org.jspecify.annotations.NullMarked;
