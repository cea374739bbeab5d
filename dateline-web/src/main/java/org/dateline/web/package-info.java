/**
 * The web edge: a Javalin server with the JSON API and server-rendered pages over the store's
 * ports.
 */
@NullMarked
package org.dateline.web;

import org.jspecify.annotations.NullMarked;
