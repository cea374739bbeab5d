package org.dateline.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises photo captions' credit lines ("PHOTO: AGENCY", "… via AGENCY", "Agency image."). */
final class DumpCredits {
  private static final Pattern PHOTO_PREFIX =
      Pattern.compile(
          "^(?:FILE )?(?:PHOTO|PICTURE|IMAGE)S?\\b|^(?:Photo|Image|Picture|Pic)s?"
              + "(?: credit)?\\s*:",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTO_SUFFIX =
      Pattern.compile("\\b(?:photo|image|picture)s?\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern VIA_SUFFIX =
      Pattern.compile("\\bvia\\s+\\S+\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASH_CREDIT = Pattern.compile("\\p{L}+/\\p{L}");

  private final DumpCues cues;

  DumpCredits(DumpCues cues) {
    this.cues = cues;
  }

  /** Whether the line carries a picture credit. */
  boolean isCredit(DumpLine line) {
    String text = line.text();
    if (PHOTO_PREFIX.matcher(text).find()) {
      return true;
    }
    boolean agency = false;
    boolean shoutedAgency = false;
    for (String word : line.words()) {
      String bare = word.replaceAll("[.’']+$", "");
      if (cues.agencies.contains(bare.toLowerCase(Locale.ROOT))) {
        agency = true;
        shoutedAgency |= bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
      }
    }
    if (!agency) {
      return false;
    }
    return PHOTO_SUFFIX.matcher(text).find()
        || VIA_SUFFIX.matcher(text).find()
        || SLASH_CREDIT.matcher(text).find()
        || (shoutedAgency && line.wordCount() <= 8);
  }

  /** A credit line with little else: the caption it credits is the line before it. */
  boolean isCreditOnly(DumpLine line) {
    return isCredit(line) && line.wordCount() <= 8;
  }
}
