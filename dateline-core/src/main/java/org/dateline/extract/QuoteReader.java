package org.dateline.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * Reads direct quotations and attributes each to its speaker. {@link Cues} reads the words around a
 * quotation for its speaker. A quotation with no cue of its own continues the one before it when it
 * runs on from the paragraph before, opens its sentence or stays in the same paragraph, and
 * otherwise takes the reporting clause or the person that opens the sentence before it. Short
 * quoted words with no reporting verb, or that modify a noun, and quoted names of works are scare
 * quotes.
 */
final class QuoteReader {
  // Where a description's qualifying phrase starts, after its head noun ("a spokesman for X").
  // a headline in title case capitalises every word of four letters or more, and has a few
  private static final int TITLE_CASE_LETTERS = 4;
  private static final int TITLE_CASE_WORDS = 3;
  private static final Pattern QUALIFYING =
      Pattern.compile(" (?:of|for|at|in|from|with|on|who|close to|familiar with) ");
  // Words after a short quotation that show it modifies no noun ("said it was "fine" and left").
  private static final Set<String> NOT_MODIFIED =
      Set.of(
          ("and or of in to for with as from that which on "
                  + "at by but is are was were has have had will would could can than into "
                  + "over about after before if when while because so be been being said "
                  + "says the a an this these those his her its their our my he she they "
                  + "it we i you not may might should must do does did since until then "
                  + "also still even only just once under between against among through "
                  + "during without within toward towards per like unless who whom whose "
                  + "where next last today tomorrow yesterday soon now again anyway "
                  + "instead too either any all some every each no both several many much "
                  + "more most few other another what there here up out down off away "
                  + "back your them him us me near beside behind above below across around "
                  + "outside inside along beyond onto upon amid despite whether unlike ")
              .trim()
              .split(" "));
  // Adverbs in "-ly", and the nouns that end so
  private static final Pattern ADVERB = Pattern.compile("\\p{Ll}{3,}ly");
  private static final Set<String> LY_NOUNS =
      Set.of("family", "rally", "supply", "assembly", "anomaly", "monopoly", "ally", "belly");
  // Irregular past forms: after short quoted words they open a predicate ("an "earwitness" heard")
  private static final Set<String> PAST_FORMS =
      Set.of(
          "born", "known", "knew", "made", "given", "gave", "taken", "took", "seen", "saw", "held",
          "found", "built", "heard", "told", "thought", "felt", "came", "went", "got", "brought",
          "began", "sent", "stood", "met");
  // Verbs after which a quoted word is a verb's, never a modifier: a modal ("would "destroy"
  // jobs"), and with a form of "be" one in "-ing", "were "strangling" small businesses".
  private static final Set<String> BE_FORMS =
      Stream.concat(Clauses.BE.stream(), Stream.of("being", "am"))
          .collect(Collectors.toUnmodifiableSet());
  private static final Pattern CREDIT =
      Pattern.compile("\\b(contribut\\w*|reporting by|editing by|writing by)\\b");
  // The most words of a name in quotation marks that no word before announces, and of one that
  // may be written all in capitals.
  private static final int LONG_TITLE = 12;
  private static final int SHORT_TITLE = 5;

  private static final Set<String> TITLE_JOINERS =
      Set.of(
          "of", "the", "for", "and", "in", "on", "a", "an", "to", "at", "with", "from", "by",
          "into", "or", "over", "up");
  // Words after which quotation marks hold a name, not speech ("a paper entitled").
  private static final Set<String> NAMING =
      Set.of(
          "entitled",
          "titled",
          "headlined",
          "headed",
          "dubbed",
          "named",
          "called",
          "nicknamed",
          "call",
          "calls",
          "branded");
  // Works whose names follow in quotation marks ("his 2005 book "…"") and their makers ("co-author
  // of "…"").
  private static final Set<String> WORKS =
      Set.of(
          "book",
          "novel",
          "memoir",
          "biography",
          "film",
          "movie",
          "documentary",
          "album",
          "song",
          "single",
          "play",
          "musical",
          "opera",
          "series",
          "sitcom",
          "poem",
          "essay",
          "podcast",
          "episode",
          "exhibition",
          "painting");
  private static final Set<String> MAKERS =
      Set.of(
          "author",
          "co-author",
          "authors",
          "director",
          "star",
          "producer",
          "writer",
          "creator",
          "composer");
  // Verbs that give a name, and the pronouns they name: "christened", "nicknamed him".
  private static final Set<String> NAME_GIVING =
      Set.of("nicknamed", "christened", "rechristened", "renamed");
  private static final Set<String> NAMED_ONES = Set.of("him", "her", "it", "them");
  // how far before a quotation "known … as" is read: "known to some in the diocese as"
  private static final int NICKNAME_REACH = 60;
  // words that may stand between "known" and "as"
  private static final int KNOWN_AS_WORDS = 8;
  // Verbs that with "as" give a name or a rendering: "referred to as", "translates as".
  private static final Set<String> KNOWN =
      Set.of("known", "referred", "refers", "referring", "teased", "translates", "translated");
  // A label that opens a line and points to another article: "Read more: ".
  private static final Pattern RELATED_LINK =
      Pattern.compile(
          "(?:^|\\n)\\s*(?:Read more|Read also|Also read|See also|Related|Related story|More"
              + "|Watch|Listen)\\s*:\\s*$",
          Pattern.CASE_INSENSITIVE);
  // Words that name a term or title quoted after them: "the word", "the idea of", "titled".
  private static final Set<String> TERM_NOUNS =
      Set.of(
          "word",
          "term",
          "phrase",
          "label",
          "idea of",
          "concept of",
          "notion of",
          "titled",
          "entitled",
          "label of");
  // Nouns for the words a thing bears, before a colon or comma too: "Its title: "…"".
  private static final Set<String> LABEL_NOUNS =
      Set.of(
          "headline", "heading", "title", "tagline", "slogan", "motto", "hashtag", "catchphrase");

  private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
  // "asked whether she …", "asked her": the sentence before asks about the one "she" stands for
  private static final Pattern ASKED_ABOUT_HER = askingAbout("she", "her");
  private static final Pattern SHE = Pattern.compile("\\bshe\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HE = Pattern.compile("\\bhe\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ASKED_ABOUT_HIM = askingAbout("he", "him");
  // Words that open an asked question: "asking how much …", "asked whether …".
  private static final Set<String> QUESTION_WORDS =
      Set.of("how", "what", "whether", "if", "why", "when", "where", "who", "which", "about");
  // a headline's quotation of fewer words must be the body's whole quotation to echo it
  private static final int ECHO_HELD_WORDS = 3;
  // the fewest words of a quotation in the body that another speaker's longer one may hold
  private static final int ECHO_BODY_WORDS = 4;
  // Verbs that give someone's word for a thing: what she called a "devastating" blow.
  private static final Set<String> CALLING =
      Set.of(
          "called",
          "calls",
          "calling",
          "described",
          "describes",
          "describing",
          "hailed",
          "hails",
          "hailing",
          "termed",
          "terms",
          "branded",
          "brands",
          "branding");
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
  // how many words before a headline's quoted words its verb of saying may stand
  private static final int HEADLINE_VERB_REACH = 3;
  // Verbs a headline puts for what someone said: "blames 'cautious' shoppers".
  private static final Set<String> HEADLINE_SAYING =
      Set.of(
          "blames",
          "counsels",
          "rejects",
          "slams",
          "hails",
          "decries",
          "praises",
          "denies",
          "criticises",
          "criticizes",
          "condemns",
          "dismisses",
          "defends",
          "accuses",
          "backs");
  private static final Pattern ECHO_ENDS = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
  // how near after the name that opens the next paragraph its reporting verb must stand
  private static final int SPEAKS_NEXT_WORDS = 3;
  private static final int SPEAKS_NEXT_CHARS = 40;

  // Heads of descriptions that pick out one person, as a delayed lead does before naming him.
  private static final Set<String> DELAYED =
      Set.of(
          "creator founder co-founder owner author inventor man woman mother father widow teenager"
              .split(" "));

  // how many words the one who asks may run to before the verb of asking
  private static final int ASKER_WORDS = 5;

  // words after "asked" that make it a request, not a question: "asked not to be named"
  private static final Set<String> REQUESTED = Set.of("not", "to", "that", "for");

  private final Words words;
  private final Cues cues;
  private final Relatives relatives;
  private final SpeechVerbs verbs;
  private final Authors authors;
  private final ReadAloud readAloud;

  QuoteReader(Words words) {
    this.words = words;
    this.verbs = new SpeechVerbs(words);
    this.cues = new Cues(words, verbs);
    this.relatives = new Relatives(words);
    this.authors = new Authors(words);
    this.readAloud = new ReadAloud(words);
  }

  /**
   * Reads the quotations of a text.
   *
   * @param all the text's quotation marks as {@link QuoteMarks#find} pairs them
   */
  List<Quote> read(
      String text, Sentences sentences, Mentions mentions, List<QuoteMarks.Segment> all) {
    List<QuoteMarks.Segment> outer = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (QuoteMarks.Segment s : all) {
      if (s.depth() == 0) {
        outer.add(s);
        spans.add(new int[] {s.open(), s.close() + 1});
      }
    }
    Frame frame = new Frame(text, sentences, mentions, spans);
    List<Quote> out = new ArrayList<>();
    Speaker previous = Speaker.NOBODY;
    List<Speaker> voices = new ArrayList<>(); // the speaker of each direct quotation so far
    int previousClose = -1;
    // whether the previous speaker is the author of a writing that spoke ("says the research")
    boolean previousWrote = false;
    boolean[] closed = new boolean[outer.size()]; // attributed by the words after the closing mark
    boolean[] cueless = new boolean[outer.size()]; // no cue of its own at all
    boolean previousScare = false; // the quotation before was read as no speech
    // the titles of works read so far, so that "Moon" after "New Moon" is a name again
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < outer.size(); i++) {
      QuoteMarks.Segment s = outer.get(i);
      int sentenceBegin = sentences.beginAt(s.open());
      int leftFrom = Math.max(sentenceBegin, i > 0 ? outer.get(i - 1).close() + 1 : 0);
      int closeEnd = Math.min(text.length(), s.close() + 1);
      int sentenceEnd = sentences.endAt(Math.max(s.close() - 1, s.begin()));
      int rightTo = Math.min(sentenceEnd, nextOpen(text, outer, i, sentenceEnd));
      int paragraphEnd = text.indexOf("\n\n", closeEnd);
      if (paragraphEnd >= 0
          && paragraphEnd < rightTo
          && !Sentences.endsInTitle(text, closeEnd, paragraphEnd)) {
        // attribution after a quotation never crosses a blank line, unless a splitter set one
        // between a title and its name ("…,'' Vancouver police Const." | "Tim Fanning told …")
        rightTo = paragraphEnd;
      }
      if (rightTo < closeEnd) {
        rightTo = closeEnd;
      }
      if (rightTo <= closeEnd + 1
          && (asksOrExclaims(text, s) || signedAfter(text, closeEnd) || credited(text, closeEnd))) {
        rightTo =
            nextSentenceEnd(
                text,
                sentences,
                closeEnd,
                i + 1 < outer.size() ? outer.get(i + 1).open() : text.length());
      }
      Speaker after = cues.after(frame, closeEnd, rightTo);
      closed[i] = after != null;
      Speaker speaker = ownCue(frame, s, after, sentenceBegin, leftFrom, rightTo);
      boolean cued = speaker != null;
      cueless[i] = !cued;
      boolean opens = opensSentence(frame, sentenceBegin, s.open());
      boolean near = follows(text, s, previousClose, sentences);
      boolean goesOn = near && (s.continued() || opens || sameParagraph(text, previousClose, s));
      boolean interrupted =
          namesSomeoneBetween(frame, previousClose, s.open())
              || otherSubjectAfter(frame, previousClose, s.open(), previous);
      Speaker intro = null;
      if (speaker == null && !s.continued()) {
        // a sentence before that introduces it, or, inside its own sentence, the name a colon
        // closes ("…, including tester Jon Mikkel: "It broke the streak."")
        intro =
            opens
                ? cues.introduced(frame, s.open(), (b, e) -> speechWithin(out, b, e))
                : ColonCues.nameBeforeColon(frame, sentenceBegin, s.open());
      }
      // "His father listened, and then answered. "…," he said": someone else, described as the
      // subject of the sentence before, stands between the quotation and the last speaker
      Speaker opened =
          near && personPronoun(speaker) ? cues.openerBefore(frame, s.open(), true) : null;
      boolean describedOther =
          opened != null && opened.entity() != null && !opened.entity().equals(previous.entity());
      boolean sameVoice =
          near
                  && !describedOther
                  && personPronoun(speaker)
                  && previous.known()
                  && !writer(frame, previous)
                  && !plural(previous)
                  && !interrupted
                  && sameGender(frame, speaker, previous)
                  && fitsPronoun(frame, firstWords(text, closeEnd, rightTo), previous)
                  && fitsPronoun(frame, lastWords(text, leftFrom, s.open()), previous)
              || near && bodyPronoun(speaker) && !interrupted && (body(previous) || previousWrote)
              || near && groupPronoun(speaker) && !interrupted && group(previous);
      String pronoun = personPronoun(speaker) ? pronounNear(text, s, leftFrom, rightTo) : null;
      Speaker described =
          near && speaker != null && pronoun != null // a pronoun is read for a person's cue only
              ? Answers.pronounAnswer(frame, s.open(), out, voices, speaker, previous, pronoun)
              : null;
      if (described == null) {
        described = pronounDescribed(frame, s, speaker, previous, pronoun, out);
      }
      if (described == null && near) {
        described = answerer(frame, s, speaker, previous, pronoun);
      }
      if (described != null
          && described.entity() == null
          && pronoun != null
          && askedAbout(frame, s.open(), pronoun)) {
        // "Another reporter asked whether she regretted it. "…," she replied": not the asker, but
        // the one who spoke before, else the one the pronoun was read as, if known to be of its
        // gender
        if (previous.entity() != null
            && sameGender(frame, speaker, previous)
            && frame.mentions().pronounFits(pronoun, previous.entity())) {
          described = previous;
        } else if (speaker != null
            && speaker.entity() != null
            && frame.mentions().gender(speaker.entity()) == Mentions.Gender.of(pronoun)) {
          described = speaker;
        }
      }
      if (described != null) {
        speaker = described;
        sameVoice = false;
      }
      // "“Is this the end?” one reporter asked. The 61-year-old laughed. “…”": a sentence between
      // that names no one but opens with someone else's epithet brings that one in; a pronoun
      // there may still be the unnamed speaker ("She asked that her name not be used.")
      boolean introducedOther =
          intro != null
              && intro.entity() != null
              && !intro.entity().equals(previous.entity())
              && !cues.pronounBefore(frame, s.open());
      boolean carried =
          goesOn && speaker == null && !((interrupted || introducedOther) && intro != null)
              || sameVoice;
      if (carried) {
        speaker = previous;
      }
      if (speaker != null
          && (groupPronoun(speaker) || personPronoun(speaker))
          && !speaker.known()) {
        // "The relatives disagreed. "…," they said", "The officer radioed for help. "…," he
        // said": the description that opened the sentence before, plural for "they" only
        Speaker opener = cues.openerBefore(frame, s.open(), personPronoun(speaker));
        speaker = opener != null && plural(opener) == groupPronoun(speaker) ? opener : speaker;
      }
      if (speaker != null && bodyPronoun(speaker) && speaker.entity() != null) {
        speaker = describedBody(frame, s.open(), speaker);
      }
      if (speaker == null) {
        speaker = intro;
      }
      String sent = bodyPronoun(speaker) ? cues.writingSentBefore(frame, s.open()) : null;
      if (sent != null) {
        // "X sent a handwritten note that was read aloud by his son. "…," it said": the note
        speaker = new Speaker(null, "the " + sent);
      }
      String description = speaker == null ? null : speaker.description();
      boolean wrote = false;
      if (description != null && cues.writtenBy(description)) {
        Speaker author = cues.author(frame, s.open(), description);
        wrote = author != null;
        speaker = author != null ? author : speaker;
      } else if (description != null && speaker != null && speaker.entity() == null) {
        speaker = describedBefore(out, description, speaker);
        speaker = aliased(frame, speaker);
        // "“…,” she said. “…,” her husband added": the husband of the woman who just spoke
        speaker = relativeOf(frame, speaker, description, previous);
      }
      String words = titleWords(text, s);
      boolean title = title(text, s, opens);
      boolean echo =
          !title && titles.stream().anyMatch(t -> t.endsWith(" " + words) || t.equals(words));
      if (title) {
        titles.add(words);
      }
      boolean label =
          Labels.label(
              text, sentenceBegin, s, i > 0 ? outer.get(i - 1).close() + 1 : -1, previousScare);
      boolean noSpeech = title || echo || label || scare(text, s, cued, opens);
      previousScare = noSpeech;
      Quote.Kind kind = noSpeech ? Quote.Kind.SCARE : Quote.Kind.DIRECT;
      Speaker who = kind == Quote.Kind.SCARE || speaker == null ? Speaker.NOBODY : speaker;
      out.add(quote(text, s.begin(), s.end(), who, kind));
      if (kind == Quote.Kind.DIRECT) {
        voices.add(who);
        previous = who;
        previousClose = s.close();
        previousWrote = wrote || carried && previousWrote;
      }
    }
    for (int i = out.size() - 2; i >= 0; i--) {
      Quote q = out.get(i);
      Quote next = out.get(i + 1);
      boolean runsOn = outer.get(i + 1).continued() && q.kind() == Quote.Kind.DIRECT;
      boolean nobody = q.speaker() == null && q.description() == null;
      // a paragraph with no cue of its own takes the name that closes the quotation it opens
      boolean named = cueless[i] && next.speaker() != null;
      if (runsOn && (nobody || named) && next.kind() == q.kind()) {
        out.set(i, withSpeakerOf(q, next));
      }
    }
    closeSentences(out, outer, sentences, closed, cueless);
    Answers.toQuotedQuestions(frame, out, cueless);
    Answers.apply(frame, out);
    LaterNamed.apply(frame, out);
    readAloud.apply(frame, out);
    authors.apply(frame, out);
    headlineEchoes(frame, out);
    bodyEchoes(frame, out);
    return out;
  }

  /**
   * A headline's quotation with no speaker of its own is the speech of whoever says the same words
   * in the body below ("Doyle fumes at 'scandalous' late penalty" and, later, Doyle's
   * "scandalous"): the first direct quotation after the headline that is those words, else one that
   * holds them, if they are three words or more or a verb of saying comes before them in the
   * headline ("Retailer blames 'cautious' shoppers" and the chief executive's "Our customers are
   * cautious"). Words the body quotes as a title stay a title. One a country or a body says
   * ("Russia vetoes aid resolution, calling it 'a Trojan horse'") is the speech of the person the
   * body quotes saying them, who spoke for it, and so is one a headline gives a speaker by
   * description alone ("Army insists 'there is no truce'") when the body names who said them. A
   * person the headline's own cue names yields to the one the body names saying the same words
   * ("Club sacks Reekie after thrashing: 'The board has run out of patience'"), unless the two
   * share a family name: a headline names which of a family spoke more surely than the body's
   * pronouns do.
   */
  private void headlineEchoes(Frame frame, List<Quote> out) {
    int headline = frame.headline();
    List<String> quoted = null; // each quotation's words as an echo compares them, made once
    for (int i = 0; i < out.size() && out.get(i).begin() < headline; i++) {
      Quote q = out.get(i);
      String words = echoWords(q.text());
      boolean unspoken = q.speaker() == null && q.description() == null;
      if (!words.isEmpty()) {
        if (quoted == null) {
          quoted = out.stream().map(o -> o.begin() > headline ? echoWords(o.text()) : "").toList();
        }
        Quote echo = echo(out, quoted, words, true);
        if (echo == null
            && (words.split(" ").length >= ECHO_HELD_WORDS
                || saidJustBefore(Tok.of(frame.text(), 0, q.begin())))) {
          echo = echo(out, quoted, words, false);
        }
        boolean named = echo != null && echo.speaker() != null;
        if (echo != null
            && (unspoken
                || named
                    && typeOf(echo, frame.mentions()) == EntityType.PERSON
                    && !sameFamilyName(q.speaker(), echo.speaker()))) {
          out.set(i, spokenBy(echo, q.begin(), q.end(), q.text(), Quote.Kind.DIRECT));
        }
      }
    }
  }

  /**
   * A quotation in the body with no speaker at all, of {@value #ECHO_BODY_WORDS} words or more, is
   * the speech of the one named speaker who says the same words in a longer quotation: a lead's
   * "riding at "a sensible speed for the conditions", an inquest has heard" and the investigator's
   * "Mr Corrigan was riding at a sensible speed for the conditions," further down.
   */
  private static void bodyEchoes(Frame frame, List<Quote> out) {
    List<String> quoted = null;
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      String words = echoWords(q.text());
      if (q.begin() < frame.headline()
          || q.kind() != Quote.Kind.DIRECT
          || q.speaker() != null
          || q.description() != null
          || words.split(" ").length < ECHO_BODY_WORDS) {
        continue;
      }
      if (quoted == null) {
        quoted = out.stream().map(o -> echoWords(o.text())).toList();
      }
      Quote echo = echo(out, quoted, words, false);
      if (echo != null && echo.speakerKey() != null) {
        out.set(i, spokenBy(echo, q.begin(), q.end(), q.text(), Quote.Kind.DIRECT));
      }
    }
  }

  /** Whether two speakers' names end with the same word ("Davor Horvat", "Ludmila Horvat"). */
  private static boolean sameFamilyName(@Nullable String one, @Nullable String other) {
    return one != null
        && other != null
        && NameContext.lastWord(one).equals(NameContext.lastWord(other));
  }

  /**
   * Whether a verb of saying, or one a headline uses for it ("blames"), is among the last few
   * words: "calls demolitions 'unlawful'", not "blames 'timid' buyers, eyes 'glamping' boom".
   */
  private boolean saidJustBefore(List<Tok> toks) {
    for (int i = Math.max(0, toks.size() - HEADLINE_VERB_REACH); i < toks.size(); i++) {
      if (verbs.at(toks, i, true) || HEADLINE_SAYING.contains(toks.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The type of a quotation's speaker, or null when it names none. */
  private static @Nullable EntityType typeOf(Quote q, Mentions mentions) {
    for (Entity e : mentions.entities()) {
      if (e.key().equals(q.speakerKey())) {
        return e.type();
      }
    }
    return null;
  }

  /**
   * The first quotation after the headline that is (or, unless {@code same}, holds) the words, when
   * it is speech with a speaker or a description; null when there is none, or when a title in the
   * body is those words.
   *
   * @param quoted each quotation's words as {@link #echoWords} gives them, empty in the headline
   */
  private static @Nullable Quote echo(
      List<Quote> out, List<String> quoted, String words, boolean same) {
    // the words whole, on word boundaries, inside a longer quotation
    Pattern held = same ? null : Pattern.compile("\\b" + Pattern.quote(words) + "\\b");
    for (int i = 0; i < out.size(); i++) {
      Quote body = out.get(i);
      String their = quoted.get(i);
      if (body.kind() == Quote.Kind.SCARE && their.equals(words)) {
        return null;
      }
      boolean spoken = body.speaker() != null || body.description() != null;
      boolean holds = held == null ? their.equals(words) : held.matcher(their).find();
      if (holds && spoken && body.kind() == Quote.Kind.DIRECT) {
        return body;
      }
    }
    return null;
  }

  /** Quoted words compared for an echo: lower case, one kind of apostrophe, no end punctuation. */
  private static String echoWords(String quoted) {
    return quoted
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .transform(w -> ECHO_ENDS.matcher(w).replaceAll(""));
  }

  /**
   * The speaker the words around a quotation name, before any carrying on from the one before: the
   * attribution after it (unless a sentence-closing clause reports the whole sentence), the
   * reporting clause before it, the verb it is woven into, an opening participle, then the body an
   * unresolved "it" stands for, the person a delayed lead names next, and the source the next
   * sentence names ("That was how X put it."). Null when none does.
   *
   * @param after what the words after the closing mark give, or null
   */
  private @Nullable Speaker ownCue(
      Frame frame,
      QuoteMarks.Segment s,
      @Nullable Speaker after,
      int sentenceBegin,
      int leftFrom,
      int rightTo) {
    int closeEnd = Math.min(frame.text().length(), s.close() + 1);
    Speaker speaker = after;
    if (speaker != null
        && (cues.reportedFarAfter(frame, closeEnd, rightTo)
            || cues.relayedBefore(frame, sentenceBegin, s.open()))) {
      // "X said the department was '…' but did not elaborate, the Daily News reported", "an
      // employee who had yelled, '…' Vanore said": the words were X's or the employee's, in the
      // sentence the newspaper or Vanore reports.
      Speaker woven = cues.framing(frame, sentenceBegin, s.open());
      // "The Gazette reports: '…' at big firms, said Ines Marlow": a person named after the
      // words spoke them, where the body before only relays them
      boolean relays = woven != null && isPerson(speaker) && isBody(woven);
      speaker = woven != null && woven.known() && !relays ? woven : speaker;
    } else if (speaker != null && speaker.entity() == null && speaker.description() != null) {
      // "He said Jaguar "…," recalled one participant": an unnamed witness relays the words of
      // the one the sentence names saying them (the branch above has read the framing already)
      Speaker woven = cues.framing(frame, sentenceBegin, s.open());
      speaker = woven != null && woven.entity() != null ? woven : speaker;
    }
    if (speaker == null) {
      speaker = cues.passiveAgent(frame, s.open(), closeEnd, rightTo);
    }
    if (speaker == null) {
      speaker = cues.before(frame, leftFrom, s.open());
    }
    if (speaker == null || unnamedPerson(speaker)) {
      Speaker framed = cues.framing(frame, sentenceBegin, s.open());
      speaker = speaker == null || framed != null && framed.known() ? framed : speaker;
    }
    if (speaker == null) {
      int end = frame.sentences().endAt(s.close());
      speaker = cues.participleOpener(frame, sentenceBegin, s.open(), closeEnd, end);
    }
    if (speaker == null) {
      speaker = cues.ownedRemark(frame, s.open(), closeEnd);
    }
    if (speaker != null && bodyPronoun(speaker) && !speaker.known()) {
      Speaker opener = cues.openerBefore(frame, s.open(), false);
      speaker = opener != null ? opener : speaker;
    }
    if (speaker == null || speaker.entity() == null) {
      Speaker named = namedNext(frame, sentenceBegin, s.open(), s.close());
      speaker = named != null ? named : speaker;
    }
    if (speaker == null) {
      speaker = cues.echoed(frame, closeEnd);
    }
    if (speaker == null) {
      speaker = cues.headlined(frame, s.open(), closeEnd);
    }
    return speaker;
  }

  /**
   * Gives quotations with no cue of their own the attribution that closes their sentence after a
   * later quotation: {@code "Greece is a unique case" because of its "debt dynamics" and because it
   * "has cheated," Olli Rehn said}; words read as scare quotes between two of them are speech.
   */
  private static void closeSentences(
      List<Quote> out,
      List<QuoteMarks.Segment> outer,
      Sentences sentences,
      boolean[] closed,
      boolean[] cueless) {
    for (int i = out.size() - 2; i >= 0; i--) {
      if (!cueless[i]) {
        continue;
      }
      int j = i + 1;
      while (j < out.size() && out.get(j).kind() != Quote.Kind.DIRECT) {
        j++;
      }
      int sentence = sentences.indexOf(outer.get(i).open());
      boolean closes =
          j < out.size() && closed[j] && sentences.indexOf(outer.get(j).open()) == sentence;
      Quote q = out.get(i);
      if (closes
          && (q.kind() == Quote.Kind.DIRECT || openedBySpeech(out, outer, sentences, cueless, i))) {
        // words read as scare quotes between two of the speaker's quotations are speech too
        out.set(i, spokenBy(out.get(j), q.begin(), q.end(), q.text(), Quote.Kind.DIRECT));
        closed[i] = true;
      }
    }
  }

  /**
   * Whether a quotation with no cue of its own, in the sentence of quotation {@code i}, precedes
   * it.
   */
  private static boolean openedBySpeech(
      List<Quote> out,
      List<QuoteMarks.Segment> outer,
      Sentences sentences,
      boolean[] cueless,
      int i) {
    int sentence = sentences.indexOf(outer.get(i).open());
    for (int k = i - 1; k >= 0 && sentences.indexOf(outer.get(k).open()) == sentence; k--) {
      if (out.get(k).kind() == Quote.Kind.DIRECT) {
        return cueless[k];
      }
    }
    return false;
  }

  /** The quotation with the speaker of another. */
  static Quote withSpeakerOf(Quote q, Quote other) {
    return spokenBy(other, q.begin(), q.end(), q.text(), q.kind());
  }

  /** The words {@code text}, from {@code begin} to {@code end}, said by {@code other}'s speaker. */
  static Quote spokenBy(Quote other, int begin, int end, String text, Quote.Kind kind) {
    return new Quote(
        begin, end, text, other.speaker(), other.speakerKey(), other.description(), kind);
  }

  /** The quotation {@code q}, given to {@code speaker}. */
  static Quote givenTo(Quote q, Entity speaker) {
    return quote(q.begin(), q.end(), q.text(), new Speaker(speaker, null), q.kind());
  }

  static Quote quote(String text, int begin, int end, Speaker who, Quote.Kind kind) {
    return quote(begin, end, text.substring(begin, end), who, kind);
  }

  /** {@code who}'s words over {@code [begin, end)}, given as {@code words}. */
  static Quote quote(int begin, int end, String words, Speaker who, Quote.Kind kind) {
    Entity e = who.entity();
    return new Quote(
        begin,
        end,
        words,
        e == null ? null : e.name(),
        e == null ? null : e.key(),
        e == null ? who.description() : null,
        kind);
  }

  /**
   * Whether no word of the narrative stands before the quotation in its sentence; only such a
   * quotation can go on with the one before, not quoted words inside a sentence about something
   * else.
   */
  private static boolean opensSentence(Frame frame, int sentenceBegin, int open) {
    if (Frame.reachFrom(sentenceBegin, open) > sentenceBegin) {
      return false;
    }
    for (Tok t : Tok.of(frame.text(), sentenceBegin, open)) {
      if (!frame.inQuote(t.begin())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the quotation stands in the paragraph of the one that closed at {@code close}. */
  private static boolean sameParagraph(String text, int close, QuoteMarks.Segment s) {
    // a closing mark after this opening one (marks paired across each other) says nothing
    return close >= 0 && close <= s.open() && text.substring(close, s.open()).indexOf("\n\n") < 0;
  }

  /** Whether a quotation with no cue of its own goes on with the one before. */
  private static boolean follows(
      String text, QuoteMarks.Segment s, int previousClose, Sentences sentences) {
    if (previousClose < 0) {
      return false;
    }
    if (s.continued()) {
      return true;
    }
    int paragraphs = 0;
    int titled = 0; // breaks a splitter set between a title and its name ("police Const." | …)
    for (int i = previousClose; i < s.open(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        paragraphs++;
        titled += Sentences.endsInTitle(text, previousClose + 1, i) ? 1 : 0;
      }
    }
    int between = sentences.indexOf(s.open()) - sentences.indexOf(previousClose) - titled;
    return paragraphs - titled <= 1 && between <= 2;
  }

  /**
   * Whether the person a pronoun was read as and the previous speaker may be one: "she" does not
   * carry on a man's quotation.
   */
  private static boolean sameGender(Frame frame, @Nullable Speaker pronoun, Speaker previous) {
    Entity a = pronoun == null ? null : pronoun.entity();
    Entity b = previous.entity();
    return a == null || b == null || frame.mentions().gendersAgree(a, b);
  }

  /**
   * Whether the first "he" or "she" among the words next to a quotation may stand for the previous
   * speaker, even when it was read as nobody: "she said" does not carry on a man's quotation, nor
   * does "she answered, "…"".
   */
  private static boolean fitsPronoun(Frame frame, List<Tok> near, Speaker previous) {
    Entity e = previous.entity();
    String w = pronounWord(near);
    return w == null || e == null || frame.mentions().pronounFits(w, e);
  }

  /**
   * The relative of the one who spoke before that an unnamed speaker's description ("her husband",
   * "Her mother") names, as a speaker, when the text tells who that is; else {@code who} itself.
   */
  private Speaker relativeOf(
      Frame frame, Speaker who, @Nullable String description, Speaker previous) {
    Entity kin =
        who.entity() == null && previous.entity() != null && description != null
            ? relatives.of(frame, description, previous.entity())
            : null;
    return kin != null ? new Speaker(kin, null) : who;
  }

  /**
   * The person a "he" or "she" next to a quotation stands for when the sentence before opens with a
   * description of them and the person the pronoun was read as, or the previous speaker it would
   * carry on, is not named since: someone unnamed ({@code One woman said her family slept outside.
   * "…," she said}), or the holder of a role ({@code …, the chief glanced at the mayor. "No," he
   * said}). Null when there is no such opener, or its gender is not the pronoun's.
   *
   * @param pronoun the "he" or "she" of the quotation's cue ({@link #pronounNear}), or null
   */
  private @Nullable Speaker pronounDescribed(
      Frame frame,
      QuoteMarks.Segment s,
      @Nullable Speaker speaker,
      Speaker previous,
      @Nullable String pronoun,
      List<Quote> readSoFar) {
    if (speaker == null || !personPronoun(speaker) || pronoun == null) {
      return null;
    }
    Speaker opener = cues.openerBefore(frame, s.open(), true);
    if (opener != null && opener.entity() == null && opener.description() != null) {
      // "The senior nurse said she doubted it." after "A senior nurse in the emergency
      // department said …": the one described before
      opener = describedBefore(readSoFar, opener.description(), opener);
      // "Her mother nodded. "…," she said" after the daughter spoke: her mother, if the text
      // tells who that is
      opener = relativeOf(frame, opener, opener.description(), previous);
    }
    Sentences sentences = frame.sentences();
    int since = sentences.begin(Math.max(0, sentences.indexOf(s.open()) - 1));
    Entity read = speaker.entity() != null ? speaker.entity() : previous.entity();
    Entity holder = opener == null ? null : opener.entity();
    if (holder != null
        && holder.type() == EntityType.PERSON
        && !holder.equals(read)
        && (read == null || !frame.mentions().namedWithin(read, since, s.open()))
        && frame.mentions().gender(holder).agrees(Mentions.Gender.of(pronoun))) {
      // "the chief glanced at the mayor before answering. "No," he said": the role that opened
      // the sentence before, not the man named last
      return opener;
    }
    String described = opener == null ? null : opener.description();
    if (opener == null || holder != null || described == null || !newcomer(described)) {
      Speaker reporter = cues.reporterBefore(frame, s.open(), pronoun);
      String reported = reporter == null ? null : reporter.description();
      // "Whitlow limped off, and a club spokesman said … . "…," he said": the spokesman
      return reported != null
              && words.genderOfDescription(reported).agrees(Mentions.Gender.of(pronoun))
          ? reporter
          : null;
    }
    if (read != null
        && frame.mentions().namedWithin(read, since, s.open())
        && !pronounFirst(frame, read, pronoun, since, s.open())) {
      return null;
    }
    if (asksBefore(frame, s.open())) {
      return null; // "Another reporter asked whether …. "…," she said": the one who answers
    }
    Mentions.Gender gender = words.genderOfDescription(described);
    return gender.agrees(Mentions.Gender.of(pronoun)) ? opener : null;
  }

  /**
   * Whether the sentence before {@code open} puts a question: a verb of asking among its first
   * words, right after whoever asks.
   */
  private static boolean asksBefore(Frame frame, int open) {
    int[] sentence = frame.sentences().before(open);
    if (sentence == null) {
      return false;
    }
    List<Tok> toks = Tok.of(frame.text(), sentence[0], Math.min(sentence[1], open));
    for (int i = 1; i < Math.min(toks.size() - 1, ASKER_WORDS); i++) {
      if (SpeechVerbs.ASKING.contains(toks.get(i).lower())
          && !Clauses.RELATIVES.contains(toks.get(i - 1).lower())
          && !toks.get(i).punctBefore()
          && !REQUESTED.contains(toks.get(i + 1).lower())) {
        return true; // not "A worker, who asked not to be named, said"
      }
    }
    return false;
  }

  /**
   * Whether the pronoun stands in {@code [from, to)} before the first mention of {@code read}
   * there, so that it was the opener's before that person came up ("One woman in the crowd said she
   * had voted for Kowalczyk twice.").
   */
  private static boolean pronounFirst(Frame frame, Entity read, String pronoun, int from, int to) {
    Mentions.Placed named = frame.mentions().firstOf(read, from);
    Matcher m = (pronoun.equals("she") ? SHE : HE).matcher(frame.text()).region(from, to);
    return named != null && m.find() && m.start() < named.begin();
  }

  /**
   * The previous speaker, when "he" or "she" closes an answer to a question that the person the
   * pronoun was read as asked in the sentence before: {@code "…," Ebner said. Pryce pushed further,
   * asking how much had been promised. "…," he said} is Ebner's answer. Null otherwise, or when the
   * previous speaker is no person of the pronoun's gender.
   *
   * @param pronoun the "he" or "she" of the quotation's cue ({@link #pronounNear}), or null
   */
  private @Nullable Speaker answerer(
      Frame frame,
      QuoteMarks.Segment s,
      @Nullable Speaker speaker,
      Speaker previous,
      @Nullable String pronoun) {
    Entity asker = speaker == null ? null : speaker.entity();
    Entity answers = previous.entity();
    if (!personPronoun(speaker)
        || pronoun == null
        || asker == null
        || answers == null
        || answers.equals(asker)
        || answers.type() != EntityType.PERSON) {
      return null;
    }
    int[] sentence = frame.sentences().before(s.open());
    if (sentence == null) {
      return null;
    }
    List<Tok> before = Tok.of(frame.text(), sentence[0], sentence[1]);
    boolean asked = false;
    for (int k = 1; k + 1 < before.size(); k++) {
      // "Pryce pushed further, asking how …", "Pryce asked whether …"; not "Lusk was asked
      // whether …" or "Asked whether …, Lusk said", where the one named answers
      String w = before.get(k).lower();
      boolean active =
          w.equals("asking")
              || w.equals("asked")
                  && !before.get(k).punctBefore() // "Carrick, asked about the cost, was blunter"
                  && Character.isUpperCase(before.get(k - 1).text().charAt(0));
      asked |= active && QUESTION_WORDS.contains(before.get(k + 1).lower());
    }
    return asked
            && frame.mentions().namedWithin(asker, sentence[0], sentence[1])
            && frame.mentions().gender(answers).agrees(Mentions.Gender.of(pronoun))
        ? previous
        : null;
  }

  /** Whether a description brings someone in: "One woman", "a father", not "The fire office". */
  static boolean newcomer(String description) {
    String first = description.substring(0, Math.max(0, description.indexOf(' ')));
    return Clauses.INDEFINITE.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * The "he" or "she" of a quotation's cue: among the first three words after its closing mark,
   * else the last three before its opening mark; null when neither has one.
   */
  private static @Nullable String pronounNear(
      String text, QuoteMarks.Segment s, int leftFrom, int rightTo) {
    int closeEnd = Math.min(text.length(), s.close() + 1);
    String pronoun = pronounWord(firstWords(text, closeEnd, rightTo));
    return pronoun != null ? pronoun : pronounWord(lastWords(text, leftFrom, s.open()));
  }

  /** The first "he" or "she" among the words, or null. */
  private static @Nullable String pronounWord(List<Tok> near) {
    for (Tok t : near) {
      if (t.lower().equals("he") || t.lower().equals("she")) {
        return t.lower();
      }
    }
    return null;
  }

  /** The first three words after the closing mark. */
  private static List<Tok> firstWords(String text, int from, int to) {
    List<Tok> toks = Tok.of(text, from, Math.min(to, from + 40));
    return toks.subList(0, Math.min(3, toks.size()));
  }

  /** The last three words before the opening mark, nearest first. */
  private static List<Tok> lastWords(String text, int from, int open) {
    List<Tok> toks = new ArrayList<>(Tok.of(text, Math.max(from, open - 40), open));
    Collections.reverse(toks);
    return toks.subList(0, Math.min(3, toks.size()));
  }

  /** Whether the speaker was read from "it": an organisation, place or thing, never a person. */
  private static boolean bodyPronoun(@Nullable Speaker speaker) {
    return speaker != null && speaker.pronoun() == Speaker.Pronoun.THING;
  }

  /**
   * Whether a quotation's speaker is no person: an organisation, or a description such as "the
   * study" that names nobody, which "it" carries on ("..., says the research. It adds: ...").
   */
  private static boolean body(Speaker speaker) {
    Entity e = speaker.entity();
    return e != null ? e.type() != EntityType.PERSON : speaker.description() != null;
  }

  /** Whether the speaker was read from "he" or "she" with no one named before it. */
  private static boolean unnamedPerson(Speaker speaker) {
    return personPronoun(speaker) && !speaker.known();
  }

  /**
   * The person a news lead describes before it names him at the start of the next paragraph, when
   * no one is named before: "The creator of a banned Web site says the ruling is a "temporary
   * setback." / Neal Horsley said Friday …". Only a sentence that opens with a description picking
   * out one person by what he made, owns or is ({@link #DELAYED}) and reports speech before the
   * quotation; a spokesman or a witness is seldom the next person named. A quotation standing alone
   * as a paragraph is the next paragraph's when that paragraph opens with a name that reports
   * speech ("…" / Ann Lee says the plant …).
   */
  private @Nullable Speaker namedNext(Frame frame, int sentenceBegin, int open, int close) {
    int paragraphBegin = frame.text().lastIndexOf("\n\n", open) + 1;
    int from = Math.max(sentenceBegin, paragraphBegin);
    // its first words first: a sentence of thousands of quotations is not read whole for each
    List<Tok> lead = Tok.of(frame.text(), from, Math.min(open, from + Cues.LEAD_REACH));
    boolean person =
        lead.size() >= 3
            && Clauses.ARTICLES.contains(lead.get(0).lower())
            && (DELAYED.contains(lead.get(1).lower()) || DELAYED.contains(lead.get(2).lower()));
    if (person || lead.isEmpty()) {
      lead = Tok.of(frame.text(), from, open);
    }
    boolean reports = false;
    for (int i = 2; i < lead.size() && person; i++) {
      reports |= verbs.at(lead, i, false);
    }
    String text = frame.text();
    int paragraph = text.indexOf("\n\n", close);
    // a quotation standing alone as the opening paragraph: "…" / Ann Lee says the plant …
    boolean alone =
        lead.isEmpty() && paragraph > close && text.substring(close + 1, paragraph).isBlank();
    if (!reports && !alone
        || paragraph < 0
        || frame.mentions().lastBefore(close, PEOPLE, List.of()) != null) {
      return null;
    }
    int start = paragraph;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Mentions.Placed next =
        frame
            .mentions()
            .firstPerson(
                start,
                Math.min(text.length(), start + 60),
                frame.quotes(),
                Mentions.Gender.UNKNOWN);
    return next != null
            && next.begin() == start
            && next.entity().name().contains(" ")
            && !frame.mentions().namedBefore(next.entity(), start)
            && (reports || speaksNext(text, next.end()))
        ? new Speaker(next.entity(), null)
        : null;
  }

  /** Whether a reporting verb follows within a few words of {@code from}: "Ann Lee says …". */
  private boolean speaksNext(String text, int from) {
    List<Tok> after = Tok.of(text, from, Math.min(text.length(), from + SPEAKS_NEXT_CHARS));
    for (int i = 0; i < Math.min(after.size(), SPEAKS_NEXT_WORDS); i++) {
      if (i > 0 && after.get(i).punctBefore()) {
        return false;
      }
      if (verbs.at(after, i, false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBody(Speaker speaker) {
    Entity e = speaker.entity();
    return e != null && e.type() != EntityType.PERSON;
  }

  private static boolean isPerson(@Nullable Speaker speaker) {
    Entity e = speaker == null ? null : speaker.entity();
    return e != null && e.type() == EntityType.PERSON;
  }

  /**
   * Whether an unnamed speaker's description is plural ("the relatives", "police", "the crowd").
   */
  static boolean plural(@Nullable Speaker speaker) {
    String d = speaker == null ? null : speaker.description();
    if (d == null) {
      return false;
    }
    // the head noun comes before any qualifying phrase: "a spokesman for Goldman Sachs"
    String head = headPhrase(d);
    String last = NameContext.lastWord(head);
    return Tok.looksPlural(last) || last.equals("police") || COLLECTIVE.contains(last);
  }

  // Nouns for many people that take a singular verb: "the crowd roared back"
  private static final Set<String> COLLECTIVE =
      Set.of("crowd", "audience", "throng", "mob", "congregation", "chorus", "gathering");

  /** Whether the speaker was read from "they". */
  private static boolean groupPronoun(@Nullable Speaker speaker) {
    return speaker != null && speaker.pronoun() == Speaker.Pronoun.GROUP;
  }

  /**
   * Whether a quotation's speaker is a group "they" carries on: a description whose last word is
   * plural ("the two nations", "officials", "protesters").
   */
  private static boolean group(Speaker speaker) {
    String d = speaker.description();
    if (speaker.entity() != null || d == null) {
      return false;
    }
    String last = NameContext.lastWord(d);
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
        || last.equals("police")
        || last.equals("people");
  }

  /**
   * Whether the speaker is the byline's writer, the "I" of the page ("“Why now?” I ask."), whom the
   * page never calls "he" or "she".
   */
  private static boolean writer(Frame frame, Speaker speaker) {
    return speaker.entity() != null && speaker.entity().equals(frame.writer());
  }

  /**
   * The body an "it" stands for when the sentence before, or its own, opens with a description of
   * one that names no body ("The national weather bureau said …. In its final bulletin, it said"),
   * and the body "it" was read as is not named since: that description; else {@code it} itself.
   */
  private Speaker describedBody(Frame frame, int open, Speaker it) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(open);
    Entity named = it.entity();
    if (i < 0 || named == null) {
      return it;
    }
    int from = sentences.begin(Math.max(0, i - 1));
    Speaker opener = cues.openerBefore(frame, open, false);
    return opener != null
            && opener.entity() == null
            && opener.description() != null
            && !frame.mentions().namedWithin(named, from, open)
        ? opener
        : it;
  }

  /** Whether the speaker was read from "he" or "she". */
  private static boolean personPronoun(@Nullable Speaker speaker) {
    return speaker != null && speaker.pronoun() == Speaker.Pronoun.PERSON;
  }

  /**
   * Whether a dash follows the closing mark, on its line or the next, as before a pull quote's or a
   * review's signature ("…" — Ann Lee), and the line it starts is no credit closing an article ("—
   * Ann Lee in Oslo contributed to this report", "— Reporting by Ann Lee").
   */
  private static boolean signedAfter(String text, int closeEnd) {
    int i = closeEnd;
    boolean broken = false; // the signature may stand on the next line, not a paragraph away
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n' && !broken)) {
      broken |= text.charAt(i) == '\n';
      i++;
    }
    if (i >= text.length() || Cues.DASHES.indexOf(text.charAt(i)) < 0) {
      return false;
    }
    int lineEnd = text.indexOf('\n', i);
    String line = text.substring(i, lineEnd < 0 ? text.length() : lineEnd).toLowerCase(Locale.ROOT);
    return !CREDIT.matcher(line).find();
  }

  /**
   * Whether the next sentence credits the quotation: "…." Those were the words of X, That is how X
   * put it; or a bracket cites its source: "…." (Fox News article).
   */
  private boolean credited(String text, int closeEnd) {
    return !cues.creditedTo(text, Tok.of(text, closeEnd, Math.min(text.length(), closeEnd + 90)))
            .isEmpty()
        || Cues.CITATION.matcher(text).region(closeEnd, text.length()).lookingAt();
  }

  /** Whether the words inside the marks end by asking or exclaiming ("Why?" he asked). */
  private static boolean asksOrExclaims(String text, QuoteMarks.Segment s) {
    char last = s.end() > s.begin() ? lastBeforeInnerMarks(text, s) : ' ';
    return last == '?' || last == '!';
  }

  /**
   * Where the sentence after {@code from} ends, within its paragraph and before {@code limit}: a
   * splitter ends a sentence at a quoted question, before the clause that reports it.
   */
  private static int nextSentenceEnd(String text, Sentences sentences, int from, int limit) {
    int next = Math.min(text.length() - 1, from + 1);
    // past the rest of a two-character closing mark ("?''") and the space after it
    while (next < text.length() - 1
        && (Character.isWhitespace(text.charAt(next)) || text.charAt(next) == '\'')) {
      next++;
    }
    int end = Math.min(sentences.endAt(next), limit);
    int paragraph = text.indexOf("\n\n", from);
    return paragraph >= 0 && paragraph < end ? paragraph : Math.max(from, end);
  }

  /**
   * Whether the sentence before the one at {@code open} asks about the one {@code pronoun} stands
   * for ("Another reporter asked whether she regretted …", "asked her if", "shouted to ask whether
   * she"): its subject asks, and the pronoun's "she replied" is the one asked.
   */
  private static boolean askedAbout(Frame frame, int open, String pronoun) {
    int[] previous = frame.sentences().before(open);
    if (previous == null) {
      return false;
    }
    String before = frame.text().substring(previous[0], previous[1]);
    return (pronoun.equals("she") ? ASKED_ABOUT_HER : ASKED_ABOUT_HIM).matcher(before).find();
  }

  private static Pattern askingAbout(String pronoun, String object) {
    return Pattern.compile(
        "\\bask(?:ed|ing|s)?\\s+(?:(?:whether|if|why|how|what|about)\\s+"
            + pronoun
            + "|"
            + object
            + ")\\b");
  }

  /**
   * Whether a person other than {@code previous} is named right after the closing mark at {@code
   * close}, where an attribution's subject stands ("… in the words of one food writer, "…," Volk
   * paused."): the sentence goes on about someone else.
   */
  private static boolean otherSubjectAfter(Frame frame, int close, int to, Speaker previous) {
    if (close < 0 || previous.entity() != null) {
      return false;
    }
    Mentions.Placed p = frame.mentions().firstWithin(close + 1, to, EntityType.PERSON);
    return p != null && frame.text().substring(close + 1, p.begin()).matches("[\\s,]*");
  }

  /**
   * Whether a person is named outside quotations between two positions, by the recogniser or by a
   * bare surname opening a sentence.
   */
  private static boolean namesSomeoneBetween(Frame frame, int close, int to) {
    // names in the rest of the earlier quotation's sentence belong to its attribution ("…,"
    // Marisleysis said of Reno. "…," she said): they do not interrupt
    Sentences sentences = frame.sentences();
    int from = close < 0 ? close : Math.min(to, Math.max(close, sentences.endAt(close)));
    Mentions.Placed p = frame.mentions().lastBefore(to, PEOPLE, frame.quotes());
    if (p != null && p.begin() > from) {
      return true;
    }
    for (int i = sentences.indexOf(to); i >= 0 && sentences.begin(i) > from; i--) {
      if (frame.surnameOpener(sentences.begin(i), to, Mentions.Gender.UNKNOWN) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name in quotation marks inside a sentence: a work, programme or operation ("Desert Shield",
   * "The Nuremberg Files", "60 Minutes"). Every word is capitalised or a number, small joining
   * words aside, and nothing in it exclaims or asks. Twelve words at most, or sixteen after a word
   * that introduces a name ("a paper entitled"); more than five not all in capitals ("an Emmy
   * nomination for "Outstanding Performance in a Variety Program""). Words in a headline that
   * capitalises every word are no title.
   */
  private boolean title(String text, QuoteMarks.Segment s, boolean opens) {
    List<Tok> toks = Tok.of(text, s.begin(), s.end());
    List<Tok> before = wordsBefore(text, s);
    boolean named = named(before);
    if (opens || toks.isEmpty() || toks.size() > (named ? 16 : LONG_TITLE)) {
      return false;
    }
    if (toks.size() > SHORT_TITLE
        && !named
        && toks.stream().allMatch(t -> t.text().equals(t.text().toUpperCase(Locale.ROOT)))) {
      return false; // "WE WILL NOT BE MOVED": capitals shout; they name nothing
    }
    int last = before.size() - 1;
    if (last > 0 && before.get(last).lower().endsWith("ly")) {
      last--; // "said simply: "No.""
    }
    if (!named && last >= 0 && verbs.at(before, last, true)) {
      return false;
    }
    String inside = text.substring(s.begin(), s.end());
    if (!named && ColonCues.afterColon(text, s.open()) && inside.endsWith(".")) {
      return false; // "His answer: "No."": a sentence a colon introduces
    }
    if (inside.indexOf('!') >= 0 || inside.indexOf('?') >= 0) {
      return false;
    }
    if (inTitleCaseHeadline(text, s)) {
      // "Prime Minister Calls Riot Deaths 'Murder'": a speaker's word, capitalised as the
      // headline capitalises every word (a work's name there reads as speech too)
      return false;
    }
    for (int i = 0; i < toks.size(); i++) {
      char c = toks.get(i).text().charAt(0);
      // a name announced may open with its article: nicknamed "the Bulldozer"
      boolean joining = (i > 0 || named) && TITLE_JOINERS.contains(toks.get(i).lower());
      if (!Character.isUpperCase(c) && !Character.isDigit(c) && !joining) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quotation stands in a headline that capitalises its own words ("Mayor's Brother
   * Tells Jury of … a Ledger Kept ‘Just in Case’"): there capitals are the page's style, not a
   * title's.
   */
  private static boolean inTitleCaseHeadline(String text, QuoteMarks.Segment s) {
    int end = Headline.end(text);
    int line = text.lastIndexOf('\n', s.open()) + 1;
    int lineEnd = text.indexOf('\n', s.open());
    if (end < 0 || s.open() >= end || lineEnd < 0) {
      return false;
    }
    List<Tok> words = new ArrayList<>(Tok.of(text, line, s.open()));
    words.addAll(Tok.of(text, Math.min(lineEnd, s.close() + 1), lineEnd));
    words.removeIf(t -> t.text().length() < TITLE_CASE_LETTERS);
    return words.size() >= TITLE_CASE_WORDS
        && words.stream().allMatch(t -> Character.isUpperCase(t.text().charAt(0)));
  }

  /** A quotation's words in lower case without the punctuation that closes them: "new moon". */
  private static String titleWords(String text, QuoteMarks.Segment s) {
    StringBuilder out = new StringBuilder();
    for (Tok t : Tok.of(text, s.begin(), s.end())) {
      out.append(out.length() > 0 ? " " : "").append(t.lower());
    }
    return out.toString();
  }

  /** The words in the thirty characters before a quotation's opening mark. */
  private static List<Tok> wordsBefore(String text, QuoteMarks.Segment s) {
    return Tok.of(text, Math.max(0, s.open() - 30), s.open());
  }

  /**
   * Whether the words before a quotation announce a name: "entitled", "nicknamed", "known as", "the
   * book", "author of".
   */
  private static boolean named(List<Tok> before) {
    int n = before.size();
    String last = n > 0 ? before.get(n - 1).lower() : "";
    return NAMING.contains(last)
        || WORKS.contains(last)
        || knownAs(before, n)
        || n > 1 && last.equals("of") && MAKERS.contains(before.get(n - 2).lower());
  }

  /** Whether the words before a quotation give it as a nickname: "nicknamed (the)", "known as". */
  private static boolean nickname(List<Tok> before) {
    int n = before.size();
    if (n > 0 && Clauses.ARTICLES.contains(before.get(n - 1).lower())) {
      n--;
    }
    if (n > 1 && NAMED_ONES.contains(before.get(n - 1).lower())) {
      n--; // "dubbed him", "taken to calling it"
    }
    String last = n > 0 ? before.get(n - 1).lower() : "";
    // "have nicknamed Calloway "la Canguro"": a name given to the one just named
    boolean givenTo =
        n > 1
            && Character.isUpperCase(before.get(n - 1).text().charAt(0))
            && NAME_GIVING.contains(before.get(n - 2).lower());
    return NAME_GIVING.contains(last) || givenTo || knownAs(before, n);
  }

  /**
   * Whether the first {@code n} words before a quotation end with "known as", "referred to as",
   * "teased as" or "translates as", perhaps with a few words between ("known on the picket line
   * as").
   */
  private static boolean knownAs(List<Tok> before, int n) {
    if (n < 2 || !before.get(n - 1).lower().equals("as")) {
      return false;
    }
    for (int i = n - 2; i >= Math.max(0, n - KNOWN_AS_WORDS); i--) {
      String w = before.get(i).lower();
      if (KNOWN.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the first quotation after the {@code i}th that may be speech opens: the name of a work
   * announced as one in between is read through ("…," Ian Price, author of "Silver Screen," said).
   */
  private int nextOpen(String text, List<QuoteMarks.Segment> outer, int i, int sentenceEnd) {
    // at most two names, and only inside the sentence, keep a page of titles linear
    for (int j = i + 1; j < Math.min(outer.size(), i + 3); j++) {
      QuoteMarks.Segment next = outer.get(j);
      if (next.open() >= sentenceEnd
          || !named(wordsBefore(text, next))
          || !title(text, next, false)) {
        return next.open();
      }
    }
    return i + 3 < outer.size() ? outer.get(i + 3).open() : text.length();
  }

  /**
   * The last character of a quotation, before any inner quotation's closing mark ("'Oh, God!'").
   */
  private static char lastBeforeInnerMarks(String text, QuoteMarks.Segment s) {
    int end = s.end();
    while (end - 1 > s.begin()
        && (Character.isWhitespace(text.charAt(end - 1))
            || "'\u2019\"\u201d".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.charAt(end - 1);
  }

  /**
   * The one person a description is the title of, word for word ("Nwachukwu's campaign spokesman"
   * after "said Nwachukwu's campaign spokesman, Chinedu Aniagolu"); else the speaker as it is.
   */
  private static Speaker aliased(Frame frame, Speaker speaker) {
    String described = speaker.description();
    if (described == null || described.indexOf(' ') < 0) {
      return speaker;
    }
    String bare = described.replaceFirst("^(?i)the ", "");
    Entity holder = null;
    for (Entity e : frame.mentions().entities()) {
      if (e.type() == EntityType.PERSON
          && e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(bare))) {
        if (holder != null) {
          return speaker; // two people bear that title
        }
        holder = e;
      }
    }
    return holder == null ? speaker : new Speaker(holder, null, speaker.pronoun());
  }

  /**
   * The fuller description an earlier quotation gave the speaker that "the lawyer" points back to
   * ("Joseph Adeyemi's lawyer"): the latest one with the same head noun. The speaker as it is when
   * there is none.
   */
  private static Speaker describedBefore(List<Quote> read, String described, Speaker speaker) {
    String[] words = described.split(" ");
    if (words.length < 2 || words.length > 4 || !words[0].equalsIgnoreCase("the")) {
      return speaker;
    }
    String core = described.substring(4).toLowerCase(Locale.ROOT);
    // a bounded look back keeps a page of thousands of quotations linear
    for (int i = read.size() - 1; i >= Math.max(0, read.size() - 50); i--) {
      String earlier = read.get(i).description();
      if (read.get(i).kind() != Quote.Kind.DIRECT
          || earlier == null
          || earlier.length() <= described.length()) {
        continue;
      }
      String lower = earlier.toLowerCase(Locale.ROOT);
      boolean echoes =
          words.length == 2
              ? lower.endsWith(" " + core)
              : newcomer(earlier) && headPhrase(lower).endsWith(" " + core);
      if (echoes) {
        return new Speaker(null, earlier, speaker.pronoun());
      }
    }
    return speaker;
  }

  /** A description without its qualifying phrase: "a senior nurse" of "a senior nurse in the …". */
  private static String headPhrase(String description) {
    Matcher qualified = QUALIFYING.matcher(description);
    return qualified.find() ? description.substring(0, qualified.start()) : description;
  }

  /** Whether a quotation of speech read so far (in text order) overlaps {@code [begin, end)}. */
  private static boolean speechWithin(List<Quote> read, int begin, int end) {
    for (int i = read.size() - 1; i >= 0 && read.get(i).end() >= begin; i--) {
      Quote q = read.get(i);
      if (q.kind() == Quote.Kind.DIRECT && q.begin() - 1 < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before a quotation end with a verb that gives someone's words for a thing, or
   * its "as", and an article: what the leader called a "devastating" blow, described as a
   * "modernising" overhaul.
   */
  private static boolean calledA(String[] lead) {
    int n = lead.length;
    return n >= 2
        && INDEFINITE_ARTICLES.contains(lead[n - 1])
        && (lead[n - 2].equals("as") || CALLING.contains(lead[n - 2]));
  }

  /** Whether quoted words open on a verb, after a modal or (in "-ing") a form of "be". */
  private static boolean verbAfter(String[] lead, String first) {
    String last = lead[lead.length - 1];
    return Clauses.MODALS.contains(last) || BE_FORMS.contains(last) && first.endsWith("ing");
  }

  /**
   * Short quoted words with no reporting verb, or that modify the noun after them. A comma or full
   * stop inside the closing mark is American punctuation, not speech, when a word or two inside a
   * sentence have no cue ("With Kuwait now "annexed," Iraq …", "the mood was "electric.""). So is a
   * term named after "the word" or "the idea of".
   */
  private static boolean scare(String text, QuoteMarks.Segment s, boolean cued, boolean opens) {
    String before = text.substring(Math.max(0, s.open() - 12), s.open()).toLowerCase(Locale.ROOT);
    if (before.stripTrailing().endsWith("so-called")) {
      return true; // the so-called "Baker plan": a name the writer keeps at a distance
    }
    String[] lead = before.strip().split("\\s+");
    String noun = lead[lead.length - 1];
    if (LABEL_NOUNS.contains(noun.replaceAll("[:,]$", ""))) {
      return true; // "Its title: "…"", "the group's motto, "…"": a label, before a colon or comma
    }
    String pair = lead.length > 1 ? lead[lead.length - 2] + " " + noun : noun;
    if (TERM_NOUNS.contains(noun) || TERM_NOUNS.contains(pair)) {
      return true; // the word "blockade", the idea of "clean eating": a term named, not said
    }
    if (RELATED_LINK.matcher(text.substring(Math.max(0, s.open() - 30), s.open())).find()) {
      return true; // "Read more: "Three killed as flyover collapses"": another article's title
    }
    if (nickname(Tok.of(text, Math.max(0, s.open() - NICKNAME_REACH), s.open()))) {
      return true; // staff have nicknamed it the "silent laptop": a name given, not words said
    }
    List<Tok> quoted = Tok.of(text, s.begin(), s.end());
    int words = quoted.size();
    if (words > 3) {
      return false;
    }
    char last = lastBeforeInnerMarks(text, s);
    if ((last == ',' || last == '.') && !cued && !opens && words <= 2) {
      return true;
    }
    if (last == '.' || last == '?' || last == '!' || last == ',') {
      return false;
    }
    if (!cued) {
      return true;
    }
    List<Tok> next = Tok.of(text, s.close() + 1, Math.min(text.length(), s.close() + 40));
    if (next.isEmpty() || next.get(0).punctBefore() || calledA(lead)) {
      return false;
    }
    String first = words >= 2 ? quoted.get(0).lower() : "";
    String end = words >= 2 ? quoted.get(words - 1).lower() : "";
    if ((first.endsWith("ing") || first.endsWith("ed"))
        && ADVERB.matcher(end).matches()
        && !LY_NOUNS.contains(end)) {
      return false; // a car "driving really slowly" past the gate: a verb's words, no modifier
    }
    if (!quoted.isEmpty() && verbAfter(lead, quoted.get(0).lower())) {
      return false; // (marks around no word at all have no first word)
    }
    String w = next.get(0).text();
    // a past form after it opens a clause on the quoted words ("a "special case" born of …"); one
    // in "-ing" may be a noun they modify ("intense" discounting)
    if (Cues.REMARKS.contains(w.toLowerCase(Locale.ROOT))) {
      return false; // Castellan's "protecting a mate" remark: the remark's words, his
    }
    boolean participle = w.endsWith("ed") || PAST_FORMS.contains(w);
    // nor is an adverb or a reflexive after it a noun it modifies: "had been "overtopped" shortly
    // after noon", "would "vigorously defend" itself"
    String said = text.substring(s.begin(), s.end()).strip().toLowerCase(Locale.ROOT);
    boolean verbal = words >= 2 || said.endsWith("ed") || said.endsWith("ing");
    boolean noNoun =
        verbal && (ADVERB.matcher(w).matches() && !LY_NOUNS.contains(w) || w.endsWith("self"));
    return Character.isLowerCase(w.charAt(0))
        && !NOT_MODIFIED.contains(w)
        && !participle
        && !noNoun;
  }
}
