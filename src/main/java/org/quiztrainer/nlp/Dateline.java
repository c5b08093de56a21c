package org.quiztrainer.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article gives itself on a line of its own near the top ("Wednesday, April 13, 2011",
 * "13 April 2011"), which is what "yesterday" and "last week" are counted from.
 */
public final class Dateline {
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String WEEKDAY =
      "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(WEEKDAY + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\.?");
  private static final Pattern DAY_FIRST =
      Pattern.compile(WEEKDAY + "(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})\\.?");

  /** A dateline is looked for in the first few paragraphs only. */
  private static final int PARAGRAPHS_LOOKED_AT = 3;

  /** Longer than this, a paragraph is text, not a dateline. */
  private static final int LONGEST = 40;

  private Dateline() {}

  /** The paragraph that is the article's dateline, if it has one. */
  public static Optional<Paragraph> paragraph(String text, List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs.subList(0, Math.min(PARAGRAPHS_LOOKED_AT, paragraphs.size()))) {
      if (date(text.substring(p.begin(), p.end())).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The date of the article's dateline, if it has one. */
  public static Optional<LocalDate> of(String text, List<Paragraph> paragraphs) {
    return paragraph(text, paragraphs).flatMap(p -> date(text.substring(p.begin(), p.end())));
  }

  static Optional<LocalDate> date(String line) {
    String s = line.strip();
    if (s.length() > LONGEST) {
      return Optional.empty();
    }
    Matcher m = MONTH_FIRST.matcher(s);
    if (m.matches()) {
      return build(m.group(3), m.group(1), m.group(2));
    }
    m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      return build(m.group(3), m.group(2), m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> build(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(year),
              Month.valueOf(month.toUpperCase(Locale.ROOT)),
              Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
