package org.dateline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.time.TemporalTagger;
import org.dateline.time.TimeExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline dates --reference YYYY-MM-DD[THH:MM] FILE... --jsonl OUT}: the time expressions
 * of plain-text files, normalised to TIMEX3 values against the reference date, one JSON line per
 * expression with UTF-16 offsets into the file's text.
 */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = "Find and normalise the time expressions of plain-text files.")
final class DatesCommand implements Callable<Integer> {
  @Option(
      names = "--reference",
      required = true,
      paramLabel = "YYYY-MM-DD[THH:MM]",
      description =
          "The date relative expressions are resolved against (a time is accepted and"
              + " only its date is used).")
  String reference;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files.")
  List<Path> files = List.of();

  @Option(names = "--jsonl", required = true, paramLabel = "OUT", description = "Output file.")
  Path jsonl;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate date;
    try {
      date =
          reference.contains("T")
              ? LocalDateTime.parse(reference).toLocalDate()
              : LocalDate.parse(reference);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--reference must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, was '" + reference + "'");
    }
    TemporalTagger tagger = new TemporalTagger();
    List<String> unreadable = new ArrayList<>();
    try (JsonGenerator g = new JsonFactory().createGenerator(jsonl.toFile(), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      for (Path file : files) {
        String text;
        try {
          text =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                  .toString();
        } catch (CharacterCodingException | java.nio.file.NoSuchFileException e) {
          unreadable.add(
              file
                  + ": "
                  + (e instanceof CharacterCodingException ? "not valid UTF-8" : "no such file"));
          continue;
        }
        for (TimeExpression t : tagger.tag(text, date)) {
          g.writeStartObject();
          g.writeStringField("file", file.toString());
          g.writeNumberField("begin", t.begin());
          g.writeNumberField("end", t.end());
          g.writeStringField("text", t.text());
          g.writeStringField("type", t.type().name());
          g.writeStringField("value", t.value());
          g.writeEndObject();
        }
      }
      g.writeRaw('\n');
    }
    unreadable.forEach(u -> spec.commandLine().getErr().println("dateline: rejected " + u));
    return unreadable.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.USAGE;
  }
}
