package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Removal;

/**
 * Splits an agency sign-off ("… said on Friday. REUTERS") off the end of a sentence, so the
 * sentence stays in the body and the sign-off is removed, with its reason.
 */
final class DumpSignoffs {
  private static final Pattern SIGNOFF =
      Pattern.compile("^(.*[.!?][”’\"']?)\\s+[-–—]?\\s*\\(?(\\p{Lu}{2,}(?:/\\p{Lu}+)?)\\)?$");

  private final DumpCues cues;

  DumpSignoffs(DumpCues cues) {
    this.cues = cues;
  }

  /** The lines with sign-offs split off; each sign-off goes to {@code removed}. */
  List<DumpLine> strip(List<DumpLine> lines, List<Removal> removed) {
    List<DumpLine> out = new ArrayList<>(lines.size());
    for (DumpLine line : lines) {
      Matcher m = SIGNOFF.matcher(line.text());
      if (m.matches() && isAgency(m.group(2))) {
        out.add(DumpLine.of(m.group(1), line.blankBefore()));
        removed.add(new Removal(m.group(2), "agency sign-off after the last sentence"));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private boolean isAgency(String signoff) {
    for (String part : signoff.split("/")) {
      if (!cues.agencies.contains(part.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
