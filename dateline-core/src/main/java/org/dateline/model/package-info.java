/** Immutable records that flow between the pipeline stages: pages, articles, rejections. */
@NullMarked
package org.dateline.model;

import org.jspecify.annotations.NullMarked;
