package org.dateline.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Fact;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * Reads the figures of a sentence: percentages, money and counted quantities, with their scale and
 * unit, the change they report, how the text compares them, the period (normalised by the time
 * stage), what was measured and who says so. A bare number with no unit is not a fact, nor is a
 * number that is part of a date.
 */
final class FactReader {
  /** What a number in words must stand before to be read as a figure. */
  private static final String SPELT_BEFORE =
      "\\s(?:per\\s?cent|percent|percentage\\spoints?|million|billion|trillion)\\b";

  private static final Pattern SPELT_FIGURE = Pattern.compile(NumberWords.PATTERN + SPELT_BEFORE);

  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<cur>US\\$|HK\\$|A\\$|C\\$|\\$|€|£|¥|₹|\\bRs\\.?(?=\\s?\\d))?\\s?"
              // tokenised text sets the marks apart: "$120 , 000", "$5 . 3 million"
              + "(?<num>\\d{1,3}(?:(?:,| , )\\d{3})+(?:(?:\\.| \\. )\\d+)?|\\d+(?:(?:\\.| \\. )\\d+)?"
              // "two percentage points", "three per cent", "two million people"
              + "|"
              + NumberWords.PATTERN
              + "(?="
              + SPELT_BEFORE
              + "))"
              + "(?:\\s?(?<scale>lakh\\s+crore|crore|lakh|thousand|million|billion|trillion|bn|mn|tn|m|b)\\b)?"
              // British papers write "12pc", close up to the digits
              + "(?:\\s?(?<pct>%|per\\s?cent\\b|percent\\b|percentage points?\\b|(?<=\\d)pc\\b))?");
  private static final Pattern COMPARISON =
      Pattern.compile(
          "\\b(?:(?:biggest|largest|sharpest|steepest|smallest|highest|lowest|fastest|slowest|"
              + "strongest|weakest|worst|best|deepest|first)\\b[^,.;:–—]{0,40}?\\b(?:in|since|on"
              + " record|ever)\\b[^,.;:–—()]{0,30}|year[- ]on[- ]year|month[- ]on[- ]month|"
              + "quarter[- ]on[- ]quarter|(?:from|on) a year (?:earlier|ago)|record high|record low)",
          Pattern.CASE_INSENSITIVE);

  /** What joins a figure to the same amount in another measure: "312 points, or 1.8%". */
  private static final Pattern RESTATED =
      Pattern.compile("\\s*,?\\s*or\\s+(?:about\\s+|nearly\\s+)?");

  /** What joins a change to the level it ended at, after a comma: "$1.20, or 1.5%, to $81.40". */
  private static final Pattern LEVEL_AFTER = Pattern.compile("\\s*,\\s*to\\s+");

  private static final Pattern PART_OF_A_POINT =
      Pattern.compile(
          "(?i)\\b(half\\s+a|a\\s+quarter(?:\\s+of\\s+a\\s+|-)|three[\\s-]quarters\\s+of\\s+a)\\s*"
              + "(?:percentage[\\s-])?point\\b");

  /** A count of people or deaths, which news gives in digits with no unit, in group "n". */
  private static final String COUNT = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)";

  /** "at least", "more than" and the like between a verb and its count. */
  private static final String COUNT_HEDGE =
      "(?:at\\s+least\\s+|more\\s+than\\s+|about\\s+|nearly\\s+|some\\s+)?";

  private static final String NO_PERCENT = "(?!\\s*(?:%|percent|per\\s+cent)|pc\\b)";

  private static final String TOLL = "death toll";
  private static final Pattern DEATH_TOLL =
      Pattern.compile(
          "(?i)\\b(?:death|casualty)\\s+toll\\b[^.;:]{0,60}?\\b(?:to|at|of|reached|hit|is|was)\\s+"
              + COUNT_HEDGE
              + COUNT
              + NO_PERCENT);

  /** What befell a count of people, and the unit it gives: "12 were killed" is 12 killed. */
  private static final Map<String, String> BEFELL =
      Map.ofEntries(
          Map.entry("killed", "killed"),
          Map.entry("killing", "killed"),
          Map.entry("injured", "injured"),
          Map.entry("injuring", "injured"),
          Map.entry("wounded", "injured"),
          Map.entry("wounding", "injured"),
          Map.entry("hurt", "injured"),
          Map.entry("missing", "missing"),
          Map.entry("arrested", "arrested"),
          Map.entry("detained", "arrested"),
          Map.entry("evacuated", "evacuated"),
          Map.entry("rescued", "rescued"));

  private static final List<Pattern> CASUALTIES =
      List.of(
          Pattern.compile(
              "(?i)\\b"
                  + COUNT
                  + "\\s+(?:(?:others|more|of\\s+them)\\s+)?(?:were|have\\s+been|had\\s+been|are)\\s+"
                  + "(?:reported\\s+)?(?<what>killed|injured|wounded|hurt|missing|arrested|detained|"
                  + "evacuated|rescued)\\b"),
          Pattern.compile(
              "(?i)\\b(?<what>killing|injuring|wounding)\\s+" + COUNT_HEDGE + COUNT + NO_PERCENT));

  /** Words between "to" and the level a change ended at: "cut to between …", "rose to about …". */
  private static final Set<String> LEVEL_HEDGES =
      Set.of("between", "about", "around", "nearly", "roughly", "some", "approximately", "almost");

  /** Nouns of speed after which "of" gives a rate: "grew at an annualised rate of 2.8%". */
  private static final Set<String> RATES = Set.of("rate", "pace", "clip");

  /**
   * The word a baseline follows, right before it: "from 3.9 billion", not "more than 18 million".
   */
  private static final Pattern BASELINE_WORD =
      Pattern.compile("(?i)\\b(?:from|against|versus|compared\\s+(?:with|to))\\s+$");

  /** Words after a baseline that say when it was, not what it counts. */
  private static final Set<String> BASELINE_FOLLOWERS =
      Set.of(
          "a", "an", "the", "in", "on", "at", "during", "for", "over", "last", "this", "earlier");

  static final Pattern RANGE_JOINT = Pattern.compile("\\s*(?:and|to|or|-|–)\\s*");
  private static final Pattern SOURCE =
      Pattern.compile(
          "according to ([^,.;–—()]{3,80})|\\b((?:[A-Z][\\w’'-]*\\s){1,4}(?:customs|official)?\\s?"
              + "(?:data|figures|statistics))\\s(?:showed|show|shows)",
          Pattern.CASE_INSENSITIVE);

  /** Who reports the figures: a name, with "the", or a body that speaks as one. */
  private static final String REPORTER =
      "((?!(?:He|She|It|They|We|I|You)\\b)(?:[Tt]he\\s+)?[A-Z][\\w’'.&-]*"
          + "(?:\\s+(?:of\\s+|for\\s+|and\\s+)?[A-Z][\\w’'.&-]*){0,6}"
          + "|(?:[Tt]he\\s+)?(?:[\\w.’'-]+\\s+){0,2}?(?:officials|analysts|police|authorities"
          + "|economists|experts|researchers|investigators|organi[sz]ers)"
          + "|[Tt]he\\s+(?:central\\s+bank|ministry"
          + "|government|agency|bureau|statistics\\s+office|department|company|report|survey))";

  private static final String REPORTING =
      "(?:said|says|reported|reports|estimated|estimates|announced)";
  private static final Pattern REPORTED_AFTER =
      Pattern.compile(",\\s+" + REPORTER + "\\s+" + REPORTING + "(?:\\s+\\w+){0,3}\\s*[.!]?\\s*$");
  private static final Pattern REPORTED_BEFORE =
      Pattern.compile("^" + REPORTER + "\\s+" + REPORTING + "\\b(?!\\s+(?:it|he|she|they)\\b)");

  private final Words words;
  private final FactSubject subjects;

  FactReader(Words words) {
    this.words = words;
    this.subjects = new FactSubject(words);
  }

  /**
   * The facts of one sentence.
   *
   * @param offset where the sentence starts in the article's text
   * @param times the time expressions of the sentence, with offsets into it
   */
  List<Fact> read(String sentence, int offset, List<TimeMention> times) {
    List<Fact> out = new ArrayList<>();
    if (sentence.length() > 2000
        || !hasDigit(sentence)
            && !PART_OF_A_POINT.matcher(sentence).find()
            && !SPELT_FIGURE.matcher(sentence).find()) {
      return out;
    }
    String source = source(sentence);
    List<Figure> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(sentence);
    while (m.find()) {
      int start = m.group("cur") != null ? m.start("cur") : m.start("num");
      if (FactPeriod.insideTime(m.start("num"), times) || glued(sentence, m, start)) {
        continue;
      }
      Figure f = figure(sentence, m, start);
      if (f == null && !figures.isEmpty()) {
        f = sameMeasure(sentence, m, start, figures.get(figures.size() - 1));
      }
      if (f != null) {
        figures.add(f);
      }
    }
    Figure toll = deathToll(sentence, figures, times);
    if (toll != null) {
      figures.add(toll);
    }
    figures.addAll(casualties(sentence, figures, times));
    figures.addAll(partsOfAPoint(sentence));
    figures.sort(Comparator.comparingInt(Figure::start));
    List<int[]> spans = figures.stream().map(f -> new int[] {f.start, f.end}).toList();
    Map<Figure, String> comparisons = comparisons(sentence, figures);
    Figure previous = null;
    String previousChange = null;
    for (Figure f : figures) {
      String change = change(sentence, f.start, f.end);
      if (change == null
          && previous != null
          && (!previous.unit.equals(f.unit)
                  && RESTATED.matcher(sentence).region(previous.end, f.start).matches()
              || LEVEL_AFTER.matcher(sentence).region(previous.end, f.start).matches()
              || previous.unit.equals(f.unit)
                  && RANGE_JOINT.matcher(sentence).region(previous.end, f.start).matches())) {
        // "shed 312 points, or 1.8%": one change in two measures; "climbed $1.20, or 1.5%, to
        // $81.40": the level the change ended at; "cut to between $3.1 billion and $3.3
        // billion": a range's two ends
        change = previousChange;
      }
      previous = f;
      previousChange = change;
      out.add(
          new Fact(
              offset + f.start,
              offset + f.end,
              sentence.substring(f.start, f.end),
              sentence,
              f.value,
              f.scale,
              f.unit,
              change,
              comparisons.get(f),
              f == toll ? TOLL : subjects.of(sentence, f.start, f.end, times),
              FactPeriod.of(sentence, times, f.start, f.end, spans),
              source));
    }
    return out;
  }

  private record Figure(double value, @Nullable String scale, String unit, int start, int end) {}

  private @Nullable Figure figure(String s, Matcher m, int start) {
    Double number = scaledValue(m);
    if (number == null) {
      return null;
    }
    double value = number;
    String scale = m.group("scale");
    String cur = m.group("cur");
    String pct = m.group("pct");
    int end = m.end();
    if (pct != null) {
      return new Figure(
          value, scale, pct.startsWith("percentage") ? "percentage points" : "percent", start, end);
    }
    List<Tok> next = Tok.of(s, end, Math.min(s.length(), end + 40));
    String unit = null;
    if (cur != null) {
      unit = words.currencies.get(cur.toLowerCase(Locale.ROOT));
    }
    if (!next.isEmpty() && !next.get(0).punctBefore()) {
      String one = next.get(0).lower();
      String two =
          next.size() > 1 && !next.get(1).punctBefore() ? one + " " + next.get(1).lower() : "";
      if (unit == null && words.currencies.containsKey(two)) {
        unit = words.currencies.get(two);
        end = next.get(1).end();
      } else if (unit == null && weight(one, two, scale)) {
        unit = "pounds";
        end = next.get(0).end();
      } else if (unit == null && words.currencies.containsKey(one)) {
        unit = words.currencies.get(one);
        end = next.get(0).end();
      } else if (unit == null && words.units.contains(two)) {
        unit = two;
        end = next.get(1).end();
      } else if (unit == null && words.units.contains(one)) {
        unit = one;
        end = next.get(0).end();
      }
    }
    if (unit == null) {
      return rangeStart(s, m, value, start);
    }
    return new Figure(value, scale, unit, start, end);
  }

  /**
   * A scaled number with no unit of its own, as the baseline of a scaled sum or quantity before it
   * in the sentence, which it is measured in: "rose to 4.2 billion euros from 3.9 billion a year
   * earlier", "840.8 million shares, up from 443.6 million Thursday". Not "more than 18 million
   * policies", which names its own unit. Null for anything else.
   */
  private @Nullable Figure sameMeasure(String s, Matcher m, int start, Figure before) {
    String scale = m.group("scale");
    if (scale == null
        || m.group("cur") != null
        || m.group("pct") != null
        || before.scale == null
        || before.unit.startsWith("percent")
        || !BASELINE_WORD.matcher(s.substring(before.end, start)).find()) {
      return null;
    }
    List<Tok> next = Tok.of(s, m.end(), Math.min(s.length(), m.end() + 20));
    if (!next.isEmpty()
        && !next.get(0).punctBefore()
        && Character.isLowerCase(next.get(0).text().charAt(0))
        && !BASELINE_FOLLOWERS.contains(next.get(0).lower())
        && !words.timeWords.contains(next.get(0).lower())) {
      return null;
    }
    Double value = scaledValue(m);
    return value == null ? null : new Figure(value, scale, before.unit, start, m.end());
  }

  /** The number a {@link #FIGURE} match holds, times its scale; null when it reads as none. */
  private @Nullable Double scaledValue(Matcher m) {
    double value;
    Integer spelt = NumberWords.value(m.group("num"));
    try {
      value =
          spelt != null
              ? spelt
              : Double.parseDouble(m.group("num").replace(",", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    String scale = m.group("scale");
    return scale == null ? value : scaled(value, scaleOf(scale));
  }

  /**
   * Whether "pounds" after a number weighs rather than pays: news writes sterling as "£", or says
   * "pounds sterling", or counts it in millions; "a 180 pounds man", "8,135 pounds of cocaine" and
   * "lost 5 pounds" are weights.
   */
  private static boolean weight(String one, String two, @Nullable String scale) {
    return (one.equals("pounds") || one.equals("pound"))
        && scale == null
        && !two.equals(one + " sterling");
  }

  /**
   * The first number of a range whose unit comes after its second ("between 4.5 and 5 percent", "3
   * to 4 million tonnes"), with that unit and scale; null when no such figure follows.
   */
  private @Nullable Figure rangeStart(String s, Matcher m, double value, int start) {
    Matcher joint = RANGE_JOINT.matcher(s).region(m.end(), s.length());
    if (m.group("scale") != null || m.group("cur") != null || !joint.lookingAt()) {
      return null;
    }
    Matcher second = FIGURE.matcher(s).region(joint.end(), s.length());
    Figure other = second.lookingAt() ? figure(s, second, second.start()) : null;
    if (other == null) {
      return null;
    }
    double scaled = other.scale == null ? value : scaled(value, scaleOf(other.scale));
    return new Figure(scaled, other.scale, other.unit, start, m.end());
  }

  /** A value times its scale in decimal, so that "4.1bn" is 4.1E9 and not 4.0999999999999995E9. */
  private static double scaled(double value, double scale) {
    return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(scale)).doubleValue();
  }

  private double scaleOf(String scale) {
    return words.scales.getOrDefault(scale.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), 1.0);
  }

  /** "486-based", "3-2": digits glued to a word are not a figure. */
  private static boolean glued(String s, Matcher m, int start) {
    int after = m.end();
    int before = start - 1;
    return (after < s.length()
            && (s.charAt(after) == '-' && m.group("pct") == null
                || Character.isLetter(s.charAt(after)) && m.group("scale") == null))
        || (before >= 0 && (Character.isLetter(s.charAt(before)) || s.charAt(before) == '-'));
  }

  private @Nullable String change(String s, int begin, int end) {
    List<Tok> after = Tok.of(s, end, Math.min(s.length(), end + 50));
    for (int i = 0; i < Math.min(2, after.size()); i++) {
      String c = words.direction(after.get(i).lower());
      if (c != null && (i == 0 || !after.get(i).punctBefore())) {
        return c; // "a 17.8% contraction", baseline or not
      }
    }
    if (FactPeriod.baseline(s, begin)) {
      return null; // the 22 bcm of "38 bcm, up from 22 bcm" is what the change started from
    }
    String compared = comparedAfter(after);
    if (compared != null) {
      return compared;
    }
    List<Tok> before = Tok.of(s, Math.max(0, begin - 90), begin);
    // the level a change ends at reaches further back: "cut its key rate by half a percentage
    // point to 3.25%", "cut its forecast to between $3.1 billion and …"; so does a rate ("grew at
    // an annualised rate of 2.8%")
    int last = before.size() - 1;
    while (last > 0 && LEVEL_HEDGES.contains(before.get(last).lower())) {
      last--;
    }
    boolean level = last >= 0 && before.get(last).lower().equals("to");
    boolean rate =
        last >= 1
            && before.get(last).lower().equals("of")
            && RATES.contains(before.get(last - 1).lower());
    int reach = level || rate ? 12 : 5;
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - reach); i--) {
      Tok t = before.get(i);
      boolean named = t.begin() > 0 && Character.isUpperCase(t.text().charAt(0)); // "Net Gain"
      String c = named ? null : words.direction(t.lower());
      if (c != null && !FactSubject.modifiesOutlook(before, i)) {
        return c; // not the "growth" of "cut its growth forecast to 0.9%"
      }
      if (i > 0
          && Tok.clauseBreak(s, before.get(i - 1), before.get(i))
          && !before.get(i - 1).lower().equals("down")) {
        break;
      }
    }
    return null;
  }

  /**
   * The change a comparison after the figure states, before any other figure: "38 bcm last year, up
   * from 22 bcm".
   */
  private static @Nullable String comparedAfter(List<Tok> after) {
    for (int i = 0; i + 1 < Math.min(8, after.size()); i++) {
      Tok t = after.get(i);
      if (Character.isDigit(t.text().charAt(0))) {
        return null;
      }
      if ((t.text().equals("up") || t.text().equals("down"))
          && after.get(i + 1).lower().equals("from")) {
        return t.text(); // not "the Net Gain from …"
      }
    }
    return null;
  }

  /**
   * The count a death toll reaches, which news gives with no unit ("the death toll rose to 142"),
   * in deaths; null when the sentence has none or another figure already reads that number.
   */
  private static @Nullable Figure deathToll(
      String sentence, List<Figure> figures, List<TimeMention> times) {
    Matcher m = DEATH_TOLL.matcher(sentence);
    if (!m.find() || FactPeriod.insideTime(m.start("n"), times)) {
      return null;
    }
    if (overlapsAny(figures, m.start("n"), m.end("n"))) {
      return null;
    }
    // digits and thousands commas only, so the parse cannot fail
    double value = Double.parseDouble(m.group("n").replace(",", ""));
    return new Figure(value, null, "deaths", m.start("n"), m.end("n"));
  }

  /**
   * Counts of people news gives with no unit, by what befell them: "at least 12 were killed",
   * "killing 12", "three others were injured" (digits only), with the participle as the unit.
   */
  private static List<Figure> casualties(
      String sentence, List<Figure> figures, List<TimeMention> times) {
    List<Figure> out = new ArrayList<>();
    for (Pattern p : CASUALTIES) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        int b = m.start("n");
        int e = m.end("n");
        if (!overlapsAny(figures, b, e) && !FactPeriod.insideTime(b, times)) {
          double value = Double.parseDouble(m.group("n").replace(",", ""));
          String what = m.group("what").toLowerCase(Locale.ROOT);
          out.add(new Figure(value, null, BEFELL.getOrDefault(what, what), b, e));
        }
      }
    }
    return out;
  }

  /** Whether a figure already read covers any of {@code [begin, end)}. */
  private static boolean overlapsAny(List<Figure> figures, int begin, int end) {
    return figures.stream().anyMatch(f -> begin < f.end && f.start < end);
  }

  /**
   * A part of a point written in words, as central banks move rates: "half a percentage point", "a
   * quarter of a point", "a quarter-point", "three-quarters of a point", in percentage points.
   */
  private static List<Figure> partsOfAPoint(String sentence) {
    List<Figure> out = new ArrayList<>();
    Matcher m = PART_OF_A_POINT.matcher(sentence);
    while (m.find()) {
      String part = m.group(1).toLowerCase(Locale.ROOT);
      double value = part.startsWith("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
      out.add(new Figure(value, null, "percentage points", m.start(), m.end()));
    }
    return out;
  }

  private static @Nullable String source(String s) {
    Matcher m = SOURCE.matcher(s);
    if (m.find()) {
      return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }
    // "…, the Labor Department said." or "Statistics Norway said exports …"
    for (Pattern p : new Pattern[] {REPORTED_AFTER, REPORTED_BEFORE}) {
      Matcher r = p.matcher(s);
      if (r.find()) {
        return r.group(1).strip();
      }
    }
    return null;
  }

  /**
   * The comparisons the sentence makes, by the figure each is about ("from a year earlier; biggest
   * drop in seven months"). A comparison is about the last figure before it that is no baseline
   * ("2.4% from 2.7%, the lowest since 2021" is about 2.4%), or, with none before, the first after
   * it.
   */
  private static Map<Figure, String> comparisons(String s, List<Figure> figures) {
    Map<Figure, StringJoiner> found = new IdentityHashMap<>();
    Matcher m = COMPARISON.matcher(s);
    while (m.find()) {
      Figure owner = null;
      for (Figure f : figures) {
        if (f.end <= m.start() && !FactPeriod.baselineWordBefore(s, f.start)) {
          owner = f;
        }
      }
      if (owner == null) {
        owner = figures.stream().filter(f -> f.start >= m.end()).findFirst().orElse(null);
      }
      if (owner != null) {
        found.computeIfAbsent(owner, f -> new StringJoiner("; ")).add(m.group().strip());
      }
    }
    Map<Figure, String> out = new IdentityHashMap<>();
    found.forEach((f, all) -> out.put(f, all.toString()));
    return out;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
