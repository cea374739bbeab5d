package org.dateline.bench.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One labelled document.
 *
 * @param id file name, which also decides the held-out split
 * @param corpus "tempeval3" or "eventstoryline"
 * @param text the raw text gold offsets count in
 * @param creation the document creation date, the reference for relative expressions
 * @param gold the gold expressions in text order
 */
public record GoldDocument(String id, String corpus, String text, LocalDate creation, List<Mention> gold) {}
