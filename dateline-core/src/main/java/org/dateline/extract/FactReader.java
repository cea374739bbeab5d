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
  /**
   * Before a day, what makes it the report's day, not the figure's: "…, the company said on Monday"
   * (but "said third-quarter net income dropped" names the figure's period).
   */
  private static final Pattern SAID_WHEN =
      Pattern.compile(
          "(?i)\\b(?:said|says|reported|announced|added|stated|told\\s+(?:reporters|journalists))"
              + "\\s+(?:on\\s+|late\\s+|early\\s+)?$");

  /** What may stand between a figure and the time that dates it: "0.3% in the second quarter". */
  private static final Pattern ATTACHED =
      Pattern.compile("(?i)\\s*(?:(?:in|during|for|on|at|by|over)\\s+)?(?:the\\s+)?");

  /** Words that open a sentence before a figure they qualify: "Between 3,000 and …". */
  private static final Set<String> HEDGES =
      Set.of(
          "between",
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "roughly",
          "over",
          "more",
          "less",
          "fewer",
          "up",
          "at",
          "only",
          "just",
          "a",
          "an",
          "the",
          "approximately");

  /** Words of change that can head a subject: "Growth slowed to 4.6%". */
  private static final Set<String> CHANGE_NOUNS =
      Set.of("growth", "inflation", "deflation", "output", "recovery", "expansion", "contraction");

  /** What a number in words must stand before to be read as a figure. */
  private static final String SPELT_BEFORE =
      "\\s(?:per\\s?cent|percent|percentage\\spoints?|million|billion|trillion)\\b";

  private static final Pattern SPELT_FIGURE = Pattern.compile(NumberWords.PATTERN + SPELT_BEFORE);

  /** Marks a token may open with before a sum's digits. */
  private static final String CURRENCY_MARKS = "$€£¥₹";

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
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their");
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
  private static final Set<String> OBJECT_ENDS = Set.of("to", "by", "from");

  /** Nouns a change word can modify without stating a change: "growth forecast". */
  private static final Set<String> OUTLOOKS =
      Set.of(
          "forecast",
          "forecasts",
          "outlook",
          "estimate",
          "estimates",
          "target",
          "targets",
          "projection",
          "projections",
          "expectations");

  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");

  /** Words that hedge the verb after a subject: "more than doubled", "nearly tripled". */
  private static final Set<String> VERB_HEDGES =
      Set.of("more", "less", "than", "nearly", "almost", "roughly", "about", "just", "only", "not");

  /** Verbs of intent before "to" and the verb of change: "The firm plans to cut 4,000 jobs". */
  private static final Set<String> INTENTS =
      Set.of(
          "plans",
          "plan",
          "planned",
          "aims",
          "aimed",
          "wants",
          "wanted",
          "intends",
          "intended",
          "hopes",
          "hoped",
          "seeks",
          "sought",
          "agreed",
          "decided",
          "vowed",
          "pledged",
          "promised",
          "threatened",
          "proposed",
          "proposes",
          "offered",
          "offers",
          "voted",
          "votes",
          "moved");

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

  /**
   * A comparison's baseline, right before a figure or a time, perhaps after a few words: "down from
   * 72% in 2019", "up from the same quarter in 2023".
   */
  private static final Pattern BASELINE =
      Pattern.compile(
          "(?i)\\b(?:from|than|against|versus|compared (?:with|to))\\s+(?-i:[a-z]+\\s+){0,4}?$");

  /**
   * What shows a comparison before its "from": a figure, a word of change, or points counted in
   * words ("down nearly five points from the 2020 election").
   */
  private static final Pattern COMPARED =
      Pattern.compile("(?i)[\\d%]|\\b(?:up|down|unchanged|higher|lower|points?)\\b");

  /**
   * What makes "from June" a range rather than a baseline: "from June to August", not "from a year
   * earlier to $3 billion".
   */
  private static final Pattern RANGE_END =
      Pattern.compile(
          "(?i)^\\s+(?:to|through|until|-|–)\\s"
              + "(?!\\s*(?:[$€£¥₹]|\\d[\\d.,]*\\s?(?:%|per\\s?cent|percent|million|billion|bn)))");

  /** "up 12% on a year earlier": the offset a change is measured against, after "on". */
  private static final Pattern ON_OFFSET = Pattern.compile("(?i)\\bon\\s+$");

  /**
   * A span of a month or longer that the page's own date would fix ("the first 11 months of this
   * year").
   */
  private static final Pattern SPAN_UNIT =
      Pattern.compile("(?i)\\b(?:year|month|quarter|half|season)s?\\b");

  /**
   * A time counted from another ("a year earlier", "the previous year"): a comparison's baseline.
   */
  private static final Pattern OFFSET =
      Pattern.compile("(?i)\\b(?:ago|earlier|before|previous|prior|later|after)\\b|year-");

  private static final Pattern RANGE_JOINT = Pattern.compile("\\s*(?:and|to|or|-|–)\\s*");
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

  private static final Set<String> VERBS =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "reached",
          "hit",
          "totalled",
          "totaled",
          "stood",
          "posted",
          "recorded",
          "saw",
          "showed",
          "amounted",
          "accounted",
          "swung",
          "made",
          "reported",
          "registered",
          "returned",
          "closed",
          "ended",
          "opened",
          "finished",
          "traded",
          "held",
          "stayed",
          "remained",
          "came",
          "cost",
          "costs",
          "employs",
          "topped",
          "exceeded",
          "surpassed",
          "neared",
          "carried",
          "generated",
          "earned",
          // "Unemployment edged up to 6.1%": the verb before a change's "up" or "down"
          "edged",
          "inched",
          "ticked",
          "crept",
          "nudged",
          "hovered");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "for",
          "by",
          "in",
          "at",
          "on",
          "from",
          "of",
          "with",
          "to",
          "over",
          "after",
          "before",
          "during",
          "since",
          "until",
          "as",
          "about",
          "under",
          "if",
          "when",
          "while",
          "although");
  private static final Set<String> REPORTS =
      Set.of(
          "said",
          "says",
          "say",
          "added",
          "noted",
          "announced",
          "stated",
          "warned",
          "suggested",
          "suggests",
          "claimed",
          "claims");
  private static final Set<String> FORECASTS =
      Set.of(
          "expects",
          "expected",
          "forecast",
          "forecasts",
          "predicts",
          "predicted",
          "projects",
          "projected",
          "estimates",
          "estimated",
          "sees");

  /** Conjunctions that, after a comma, open a clause with its own subject. */
  private static final Set<String> CLAUSE_JOINERS =
      Set.of("while", "whereas", "but", "and", "although", "though");

  /** Words that open a clause without naming what it measures. */
  private static final Set<String> NOT_SUBJECTS =
      Set.of(
          "it", "its", "this", "that", "these", "those", "there", "you", "i", "we", "they", "he",
          "she", "if", "when", "before", "after", "each", "more", "a", "an", "also", "so", "then");

  private static final int MAX_SUBJECT_WORDS = 6;

  private static final Set<String> OPENERS =
      Set.of("but", "and", "however", "meanwhile", "still", "yet", "also", "so", "overall");

  private final Words words;

  FactReader(Words words) {
    this.words = words;
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
      if (insideTime(m.start("num"), times) || glued(sentence, m, start)) {
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
              f == toll ? TOLL : subject(sentence, f.start, f.end, times),
              period(sentence, times, f.start, f.end, spans),
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
      String c = direction(after.get(i).lower());
      if (c != null && (i == 0 || !after.get(i).punctBefore())) {
        return c; // "a 17.8% contraction", baseline or not
      }
    }
    if (baseline(s, begin)) {
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
      String c = named ? null : direction(t.lower());
      if (c != null && !modifiesOutlook(before, i)) {
        return c; // not the "growth" of "cut its growth forecast to 0.9%"
      }
      if (i > 0
          && clauseBreak(s, before.get(i - 1), before.get(i))
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

  /** Whether a comma, colon or bracket stands between two words; a figure's "%" or "$" does not. */
  private static boolean clauseBreak(String s, Tok a, Tok b) {
    return anyOf(s, a.end(), b.begin(), ",;:()–—");
  }

  /** Whether one of {@code marks} stands in {@code s[from, to)}. */
  private static boolean anyOf(String s, int from, int to, String marks) {
    for (int i = from; i < to; i++) {
      if (marks.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String direction(String w) {
    if (words.changeUp.contains(w)) {
      return "up";
    }
    return words.changeDown.contains(w) ? "down" : null;
  }

  /**
   * What the figure measures: the words before the first verb of its clause, without dates, or the
   * "of" phrase after a figure that opens its clause ("90% of trade is settled in yuan").
   */
  private @Nullable String subject(String s, int figure, int figureEnd, List<TimeMention> times) {
    List<Tok> toks = Tok.of(s, 0, figure);
    if (!toks.isEmpty() && toks.get(toks.size() - 1).lower().equals("the")) {
      String named = modified(s, figureEnd); // "the $200 billion annual trade target"
      if (named != null) {
        return named;
      }
    }
    int from = 0;
    while (from < toks.size() && OPENERS.contains(toks.get(from).lower())) {
      from++;
    }
    if (from < toks.size() && PREPOSITIONS.contains(toks.get(from).lower())) {
      // "For the first 11 months, bilateral trade hit …": the subject follows the opening phrase
      from = afterComma(s, toks, from);
      if (from < 0) {
        return null;
      }
    }
    from = laterClause(s, toks, from);
    List<Tok> b = new ArrayList<>();
    boolean forecast = false;
    for (int i = from; i < toks.size(); i++) {
      Tok t = toks.get(i);
      boolean reportsOrForecasts =
          (REPORTS.contains(t.lower()) || FORECASTS.contains(t.lower()))
              && Character.isLowerCase(t.text().charAt(0)); // not "Suggested Retail Price"
      if (reportsOrForecasts || complement(toks, i)) {
        // "The company said net profit rose", "The bank expects growth to slow": what is
        // measured follows the verb that reports or forecasts it
        forecast = FORECASTS.contains(t.lower());
        b.clear();
        if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("that")) {
          i++;
        }
        from = i + 1;
        continue;
      }
      if (forecast && t.lower().equals("to")) {
        return b.isEmpty() ? null : phrase(s, b);
      }
      if (b.isEmpty()
          && CHANGE_NOUNS.contains(t.lower())
          && i + 1 < toks.size()
          && verbLike(toks.get(i + 1))) {
        b.add(t); // "Growth slowed to 4.6%": a word of change before the verb is what is measured
        continue;
      }
      String object = verbLike(t) ? changedObject(s, toks, i) : null;
      if (object != null) {
        return object; // "The IMF cut its growth forecast to 0.9%": the forecast is measured
      }
      if (verbLike(t) || t.punctBefore() && i > from) {
        // "Profit more than doubled": the hedge on the verb is no part of what is measured
        while (verbLike(t) && !b.isEmpty() && VERB_HEDGES.contains(b.get(b.size() - 1).lower())) {
          b.remove(b.size() - 1);
        }
        // "The firm plans to cut": the intent is no part of the subject either
        int n = b.size();
        if (verbLike(t)
            && n >= 3
            && b.get(n - 1).lower().equals("to")
            && INTENTS.contains(b.get(n - 2).lower())) {
          b.subList(n - 2, n).clear();
        }
        return b.isEmpty() || i - from > 14 ? null : phrase(s, b);
      }
      if (anotherFigure(toks, i, times)) {
        return null; // "Tesla delivered 435,000 vehicles, up 7%": no subject holds a figure
      }
      if (insideTime(t.begin(), times)) {
        // "Revenue for the quarter": the time goes, and the preposition that led to it
        if (!b.isEmpty() && PREPOSITIONS.contains(b.get(b.size() - 1).lower())) {
          b.remove(b.size() - 1);
        }
      } else {
        b.add(t);
      }
    }
    return b.isEmpty() ? ofPhrase(s, figureEnd) : headOfOf(s, toks);
  }

  /**
   * Where the figure's own clause starts when a conjunction after a comma opens it with a subject
   * and a verb of its own ("Exports slumped, while imports rose 7%": imports); else {@code from}.
   */
  private int laterClause(String s, List<Tok> toks, int from) {
    for (int j = toks.size() - 2; j > from; j--) {
      if (CLAUSE_JOINERS.contains(toks.get(j).lower())
          && clauseBreak(s, toks.get(j - 1), toks.get(j))) {
        String opener = toks.get(j + 1).lower().replace('’', '\'');
        int apostrophe = opener.indexOf('\'');
        if (NOT_SUBJECTS.contains(apostrophe > 0 ? opener.substring(0, apostrophe) : opener)
            || listItemBefore(s, toks, j)) {
          return from; // "…, but it rose 5%": the pronoun stands for the first clause's subject
        }
        // the verb must come soon and before any other comma: "berries, apples, and tea, was
        // linked" is a list
        int last = Math.min(toks.size(), j + 2 + MAX_SUBJECT_WORDS);
        for (int k = j + 2; k < last && !clauseBreak(s, toks.get(k - 1), toks.get(k)); k++) {
          if (verbLike(toks.get(k))) {
            return j + 1;
          }
        }
        return from;
      }
    }
    return from;
  }

  /** Whether one or two words between commas stand before the conjunction at {@code j}. */
  private static boolean listItemBefore(String s, List<Tok> toks, int j) {
    for (int k = j - 1; k >= Math.max(1, j - 2); k--) {
      if (anyOf(s, toks.get(k - 1).end(), toks.get(k).begin(), ",")) {
        return true; // "tea, coffee, and cocoa"
      }
    }
    return false;
  }

  /**
   * The object a change verb at {@code v} acts on, when it opens with a possessive and runs to a
   * "to", "by" or "from" in the figure's clause ("raised its key rate by 25 basis points"); else
   * null.
   */
  private @Nullable String changedObject(String s, List<Tok> toks, int v) {
    if (direction(toks.get(v).lower()) == null
        || v + 2 >= toks.size()
        || !POSSESSIVES.contains(toks.get(v + 1).lower())) {
      return null;
    }
    List<Tok> b = new ArrayList<>();
    for (int i = v + 1; i < toks.size() && i <= v + 10; i++) {
      Tok t = toks.get(i);
      if (t.punctBefore() || verbLike(t) && !modifiesOutlook(toks, i)) {
        return null;
      }
      if (OBJECT_ENDS.contains(t.lower())) {
        return b.size() > 1 && sameClause(toks, i) ? phrase(s, b) : null;
      }
      b.add(t);
    }
    return null;
  }

  /**
   * The noun phrase whose "of" the figure follows, back to its determiner: "carries an interest
   * rate of 6.5%" measures "an interest rate". Null when the words do not end so.
   */
  private static @Nullable String headOfOf(String s, List<Tok> toks) {
    int of = toks.size() - 1;
    if (of < 2 || !toks.get(of).lower().equals("of") || toks.get(of).punctBefore()) {
      return null;
    }
    for (int i = of - 1; i >= Math.max(0, of - 5); i--) {
      Tok t = toks.get(i);
      if (t.punctBefore() && i < of - 1 || !Character.isLowerCase(t.text().charAt(0))) {
        return null;
      }
      if (DETERMINERS.contains(t.lower())) {
        return i < of - 1 ? phrase(s, toks.subList(i, of)) : null;
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
    if (!m.find() || insideTime(m.start("n"), times)) {
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
        if (!overlapsAny(figures, b, e) && !insideTime(b, times)) {
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

  /** Whether the word at {@code i} modifies a forecast, outlook or target after it. */
  private static boolean modifiesOutlook(List<Tok> toks, int i) {
    return i + 1 < toks.size() && OUTLOOKS.contains(toks.get(i + 1).lower());
  }

  /** Whether no punctuation stands from the word at {@code i} to the figure after the words. */
  private static boolean sameClause(List<Tok> toks, int i) {
    for (int j = i + 1; j < toks.size(); j++) {
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code i} is a number that is neither a time nor a model's number after a
   * capitalised name ("Windows 11 sales").
   */
  private static boolean anotherFigure(List<Tok> toks, int i, List<TimeMention> times) {
    Tok t = toks.get(i);
    // a model number follows a name ("Windows 11"), not a word capitalised only to open the
    // sentence ("Between 3,000 and …")
    Tok before = i > 0 ? toks.get(i - 1) : null;
    boolean model =
        before != null
            && Character.isUpperCase(before.text().charAt(0))
            && !(before.begin() == 0 && HEDGES.contains(before.lower()));
    String w = t.text();
    int digit = CURRENCY_MARKS.indexOf(w.charAt(0)) >= 0 && w.length() > 1 ? 1 : 0; // "$4.5"
    return Character.isDigit(w.charAt(digit)) && !model && !insideTime(t.begin(), times);
  }

  /** Where the words after the comma that closes an opening phrase start, or -1. */
  private static int afterComma(String s, List<Tok> toks, int from) {
    for (int i = from + 1; i < Math.min(toks.size(), from + 16); i++) {
      if (clauseBreak(s, toks.get(i - 1), toks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A "that" after a verb that reports what follows ("pointed out that", "showed that"). */
  private static boolean complement(List<Tok> toks, int i) {
    if (i + 1 >= toks.size() || !toks.get(i + 1).lower().equals("that")) {
      return false;
    }
    String w = toks.get(i).lower();
    return w.equals("out") || w.equals("showed") || w.equals("shows") || w.equals("found");
  }

  /** The words of "of …" right after a figure, up to a verb or punctuation, or null. */
  private @Nullable String ofPhrase(String s, int figureEnd) {
    List<Tok> after = Tok.of(s, figureEnd, Math.min(s.length(), figureEnd + 120));
    if (after.isEmpty() || !after.get(0).lower().equals("of") || after.get(0).punctBefore()) {
      return null;
    }
    return wordsUpToVerb(s, after, 1);
  }

  /**
   * The noun a definite figure modifies ("the $200 billion annual trade target"), or null when a
   * change word follows instead ("the 21% drop" measures what the sentence names).
   */
  private @Nullable String modified(String s, int figureEnd) {
    List<Tok> after = Tok.of(s, figureEnd, Math.min(s.length(), figureEnd + 120));
    if (after.isEmpty()
        || after.get(0).punctBefore()
        || direction(after.get(0).lower()) != null
        || PREPOSITIONS.contains(after.get(0).lower())) {
      return null;
    }
    return wordsUpToVerb(s, after, 0);
  }

  /**
   * The words as the sentence writes them: a space between two words apart, and the text itself
   * between two that touch ("S&P 500", "year-on-year").
   */
  private static String phrase(String s, List<Tok> words) {
    StringBuilder out = new StringBuilder(words.get(0).text());
    for (int i = 1; i < words.size(); i++) {
      Tok a = words.get(i - 1);
      Tok b = words.get(i);
      String between = b.begin() >= a.end() ? s.substring(a.end(), b.begin()) : " ";
      out.append(
          between.isEmpty() || between.chars().anyMatch(Character::isWhitespace) ? " " : between);
      out.append(b.text());
    }
    return out.toString();
  }

  /** A verb of level ("hit", "stood") or a change word ("rose"): where a subject ends. */
  private boolean verbLike(Tok t) {
    return VERBS.contains(t.lower()) || direction(t.lower()) != null;
  }

  private @Nullable String wordsUpToVerb(String s, List<Tok> after, int from) {
    List<Tok> b = new ArrayList<>();
    for (int i = from; i < Math.min(after.size(), from + 9); i++) {
      Tok t = after.get(i);
      if (verbLike(t) || t.punctBefore() || t.lower().equals("that") || t.lower().equals("which")) {
        break;
      }
      b.add(t);
    }
    return b.isEmpty() ? null : phrase(s, b);
  }

  /**
   * The value of the dated expression nearest to the figure at {@code [begin, end)} of the
   * sentence, skipping durations, "now" and the baseline of a comparison ("its lowest level since
   * July"). One with no other figure between them comes first ("$96.7 billion in May from $81.7
   * billion in April"); then the fewest characters between them; on a tie the one after it. Null
   * when that expression is a span the page's date would fix and has no value: "the first 11 months
   * of this year" on an undated page is the figure's period even unresolved, and a year named
   * further off is not. An unresolved day ("Friday") or offset ("a year earlier") leaves the choice
   * to the others.
   */
  static @Nullable String period(
      String sentence, List<TimeMention> times, int begin, int end, List<int[]> figures) {
    TimeMention best = null;
    long bestDistance = Long.MAX_VALUE;
    for (TimeMention t : times) {
      String value = t.value();
      if (SINCE.matcher(sentence).region(Math.max(0, t.begin() - 7), t.begin()).find()
          || value != null
              && value.length() >= 10
              && SAID_WHEN.matcher(sentence).region(Math.max(0, t.begin() - 40), t.begin()).find()
          || baseline(sentence, t.begin()) && !RANGE_END.matcher(sentence.substring(t.end())).find()
          || OFFSET.matcher(t.text()).find()
              && ON_OFFSET.matcher(sentence).region(Math.max(0, t.begin() - 4), t.begin()).find()
          || t.begin() >= end && ownedByBaseline(sentence, figures, end, t)
          || t.end() <= begin && ownedByEarlier(sentence, figures, begin, end, t)
          || !t.type().equals("DATE")
          || value == null && !unresolvedSpan(t.text())
          || value != null && (value.startsWith("P") || value.equals("PRESENT_REF"))) {
        continue;
      }
      int d = t.begin() >= end ? t.begin() - end : Math.max(0, begin - t.end()) + 1;
      long crossed =
          figures.stream()
              .filter(f -> between(f[0], t, begin) && !joined(sentence, f, begin, end))
              .count();
      long cost = crossed * sentence.length() * 2L + d;
      if (cost < bestDistance) {
        best = t;
        bestDistance = cost;
      }
    }
    return best == null ? null : CumulativePeriod.of(sentence, best, times);
  }

  /**
   * Whether a comparison's "from", "than" or "compared with" stands right before {@code at}, after
   * a figure or a word of change: not the "from" of a source ("data from the 2025 Index").
   */
  private static boolean baseline(String sentence, int at) {
    Matcher m = BASELINE.matcher(sentence).region(Math.max(0, at - 48), at);
    return m.find()
        && COMPARED.matcher(sentence).region(Math.max(0, m.start() - 12), m.start()).find();
  }

  /**
   * Whether a baseline figure stands between the figure ending at {@code end} and the time after
   * it, which then dates the baseline: "60% …, down from 72% in 2019".
   */
  private static boolean ownedByBaseline(
      String sentence, List<int[]> figures, int end, TimeMention t) {
    for (int[] f : figures) {
      if (f[0] >= end && f[0] < t.begin() && baseline(sentence, f[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the time before the figure at {@code [begin, end)} follows another figure with only a
   * preposition between, and a comma then parts it from this one, so that it dates only the other:
   * "shrank 0.3% in the second quarter, after growth of 0.1% in the first" (but "$9,100 in 2024 and
   * premiums averaged $12,400" share it).
   */
  private static boolean ownedByEarlier(
      String sentence, List<int[]> figures, int begin, int end, TimeMention t) {
    for (int[] f : figures) {
      if (f[1] <= t.begin()
          && f[0] < begin
          && ATTACHED.matcher(sentence.substring(f[1], t.begin())).matches()
          && anyOf(sentence, t.end(), begin, ",;")
          && !joined(sentence, f, begin, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether another figure stands between a time expression and the figure at {@code begin}. */
  private static boolean between(int figure, TimeMention t, int begin) {
    return t.begin() >= begin
        ? figure > begin && figure < t.begin()
        : figure >= t.end() && figure < begin;
  }

  /**
   * Whether another figure is one with the figure at {@code [begin, end)}: the other end of a range
   * ("from 4% to 10.9%") or the same sum in another currency ("4.7 billion francs ($754.4
   * million)").
   */
  private static boolean joined(String sentence, int[] other, int begin, int end) {
    String gap =
        other[0] >= end
            ? sentence.substring(end, other[0])
            : sentence.substring(Math.min(other[1], begin), begin);
    return RANGE_JOINT.matcher(gap).matches() || gap.strip().equals("(");
  }

  private static boolean unresolvedSpan(String time) {
    return SPAN_UNIT.matcher(time).find() && !OFFSET.matcher(time).find();
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
        if (f.end <= m.start()
            && !BASELINE.matcher(s).region(Math.max(0, f.start - 48), f.start).find()) {
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

  private static boolean insideTime(int pos, List<TimeMention> times) {
    for (TimeMention t : times) {
      if (pos >= t.begin() && pos < t.end()) {
        return true;
      }
    }
    return false;
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
