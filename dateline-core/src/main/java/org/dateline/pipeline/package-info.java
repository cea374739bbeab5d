/**
 * Wires the stages together and runs pages through them.
 *
 * <h2>Concepts</h2>
 *
 * A <em>stage</em> is a plain object with one job that takes the records of the stage before and
 * returns a {@link org.dateline.model.StageResult}: a new immutable record, or a {@link
 * org.dateline.model.Rejection}. Stages know nothing of files, databases or HTTP. {@link
 * org.dateline.pipeline.Pipeline} chains them for one page; {@link
 * org.dateline.pipeline.PipelineRunner} feeds a stream of pages through a pipeline on a bounded
 * thread pool and hands results, in input order, to a {@link org.dateline.pipeline.ResultSink}.
 *
 * <h2>The stage contract</h2>
 *
 * <ul>
 *   <li>Bad input never throws: it becomes a rejection with a reason code and a message.
 *   <li>A stage that throws anyway has a bug; the runner turns the exception into an {@code
 *       INTERNAL} rejection so the page is still reported, and goes on.
 *   <li>Stages are thread-safe: one instance serves every worker.
 * </ul>
 *
 * <h2>Hints and traps</h2>
 *
 * Keep per-page state in locals, not fields. Memory must not grow with the input: the runner holds
 * at most a small window of pages in flight, so a sink that keeps every article defeats it.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.defaults();
 * StageResult<Article> result = pipeline.process(rawPage);
 * }</pre>
 */
@NullMarked
package org.dateline.pipeline;

import org.jspecify.annotations.NullMarked;
