package org.quiztrainer.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wrong numbers near the key, in steps the key itself suggests (10,000 gives 8,000, 12,000 and
 * 14,000; 345 gives 305, 325 and 365), never halved or doubled, and placed so that the key is
 * sometimes the smallest, sometimes the largest and sometimes in between. A hedged number keeps
 * every wrong answer outside what the article allows: "more than 10,000" gets only smaller ones
 * (12,000 would also be "more than 10,000"), "nearly 80" only larger ones, "about 500" none close.
 *
 * <p>A little over 250 lines: each number format (plain, hedged, a range, a year, money) has its
 * own short rule for plausible wrong values.
 */
final class NumberChoices {
  /** Offsets, in steps, of the three wrong answers: the key's rank among the four varies. */
  private static final int[][] PATTERNS = {
    {-3, -2, -1}, {-2, -1, 1}, {-1, 1, 2}, {1, 2, 3}, {-2, 1, 2}, {-1, 1, 3}
  };

  private NumberChoices() {}

  /** How the article qualified a number, read from the words before it. */
  enum Hedge {
    /** "10,000": any other value is wrong. */
    EXACT,
    /** "more than 10,000", "at least 76": only smaller values are wrong. */
    AT_LEAST,
    /** "nearly 80", "fewer than 20", "up to 300": only larger values are wrong. */
    AT_MOST,
    /** "about 500", "some 2,000": values close by are not clearly wrong. */
    ABOUT;

    private static final Pattern AT_LEAST_WORDS =
        Pattern.compile(
            " (?:(?:more|greater|higher) than|at least|over|upwards of|in excess of|exceeding|no fewer"
                + " than|no less than)$");
    private static final Pattern AT_MOST_WORDS =
        Pattern.compile(
            " (?:(?:fewer|less|lower) than|at most|up to|under|nearly|almost|no more than"
                + "|not quite|below)$");
    private static final Pattern ABOUT_WORDS =
        Pattern.compile(
            " (?:about|around|approximately|roughly|some|an estimated|estimated|close to|circa)$");

    /** The hedge that ends {@code before}, the words just before the number ("more than"). */
    static Hedge before(String before) {
      String b = before.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
      if (b.isEmpty()) {
        return EXACT;
      }
      String tail = " " + b;
      if (endsWith(tail, AT_MOST_WORDS)) {
        return AT_MOST;
      }
      if (endsWith(tail, AT_LEAST_WORDS)) {
        return AT_LEAST;
      }
      return endsWith(tail, ABOUT_WORDS) ? ABOUT : EXACT;
    }

    /**
     * The hedge of a number phrase such as "more than 10,000" or "nearly two thousand": the words
     * before its first number.
     */
    static Hedge of(String phrase) {
      StringBuilder before = new StringBuilder();
      for (String w : phrase.split("\\s+")) {
        if (w.isEmpty() || Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(lower(w))) {
          break;
        }
        before.append(' ').append(w);
      }
      return before(before.toString());
    }

    private static final java.util.Set<String> NUMBER_WORDS =
        java.util.Set.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "dozen",
            "dozens",
            "a",
            "an",
            "half");

    static boolean isNumberWord(String w) {
      return NUMBER_WORDS.contains(lower(w));
    }

    private static String lower(String w) {
      return w.toLowerCase(Locale.ROOT);
    }

    private static boolean endsWith(String tail, Pattern words) {
      // Bounded input (a few words before one number): the match is on a short tail only.
      String last = tail.length() > 40 ? tail.substring(tail.length() - 40) : tail;
      return words.matcher(last).find();
    }
  }

  /** Offsets, in steps, for each hedge: all below the key, all above it, or none next to it. */
  private static final int[][] BELOW = {{-3, -2, -1}, {-4, -2, -1}};

  private static final int[][] ABOVE = {{1, 2, 3}, {1, 2, 4}};

  /** In steps two and a half times the usual: "about 500" is never offered 540. */
  private static final int[][] AWAY = {{-4, 4, 8}, {-4, -2, 4}, {2, 4, 6}};

  /**
   * The key as a choice: the number as the article wrote it ("10,000"), with its hedge when it has
   * one ("more than 10,000"): a hedged figure offered bare reads as exact.
   */
  static String key(String digits, String phrase) {
    long value = Long.parseLong(digits);
    Hedge hedge = Hedge.of(phrase);
    String number = formatLike(phrase, value);
    return hedge == Hedge.EXACT ? number : hedgeWords(phrase) + " " + number;
  }

  /**
   * The wrong choices, written as the key is: nearby numbers for an exact key; for a hedged one,
   * ranges the article rules out and that rule each other out ("more than 10,000" beside "about
   * 3,000", "about 1,000" and "fewer than 500"). Nearby values would be as true as the key ("more
   * than 10,000" allows 12,000) or a quibble ("at least 76" beside 74).
   */
  static Optional<List<String>> choices(String digits, String phrase, String seedText) {
    Hedge hedge = Hedge.of(phrase);
    if (hedge == Hedge.EXACT) {
      return wrong(digits, seedText, hedge)
          .map(w -> w.stream().map(v -> formatLike(phrase, Long.parseLong(v))).toList());
    }
    long value;
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    switch (hedge) {
      case AT_LEAST -> {
        out.add("about " + formatLike(phrase, round(value / 3)));
        out.add("about " + formatLike(phrase, round(value / 8)));
        out.add("fewer than " + formatLike(phrase, round(value / 20)));
      }
      case AT_MOST -> {
        out.add("about " + formatLike(phrase, round(value * 3)));
        out.add("about " + formatLike(phrase, round(value * 8)));
        out.add("more than " + formatLike(phrase, round(value * 20)));
      }
      default -> {
        // "about 500": one order of magnitude either way, the key not always in the middle.
        long[] far = {value / 10, value / 4, value * 4, value * 10};
        int skip = Math.floorMod(seedText.hashCode(), far.length);
        for (int i = 0; i < far.length; i++) {
          if (i != skip) {
            out.add("about " + formatLike(phrase, round(far[i])));
          }
        }
      }
    }
    boolean distinct = out.stream().distinct().count() == out.size();
    boolean positive = out.stream().noneMatch(c -> c.matches(".* 0$"));
    return distinct && positive ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  /** A number with one significant digit: 3,333 is 3,000; 1,250 is 1,000; 550 is 600. */
  static long round(long v) {
    if (v < 10) {
      return v;
    }
    long magnitude = 1;
    while (magnitude * 10 <= v) {
      magnitude *= 10;
    }
    return Math.round((double) v / magnitude) * magnitude;
  }

  /** The words before the number: "more than" of "more than 10,000 soldiers". */
  private static String hedgeWords(String phrase) {
    StringBuilder before = new StringBuilder();
    for (String w : phrase.strip().split("\\s+")) {
      if (w.isEmpty() || Character.isDigit(w.charAt(0)) || Hedge.isNumberWord(w)) {
        break;
      }
      before.append(before.length() == 0 ? "" : " ").append(w);
    }
    return before.toString().toLowerCase(Locale.ROOT);
  }

  /** Three wrong values for a key written in digits, or none for a key we can't vary. */
  static Optional<List<String>> wrong(String key, String seedText) {
    return wrong(key, seedText, Hedge.EXACT);
  }

  /** Three wrong values outside what the hedged key allows. */
  static Optional<List<String>> wrong(String key, String seedText, Hedge hedge) {
    BigDecimal n;
    try {
      n = new BigDecimal(key);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (n.signum() <= 0 || n.scale() > 0) {
      return Optional.empty();
    }
    long value = n.longValueExact();
    long step =
        hedge == Hedge.ABOUT && !isYear(value) ? Math.max(1, step(value) * 5 / 2) : step(value);
    int[][] patterns =
        switch (hedge) {
          case EXACT -> PATTERNS;
          case AT_LEAST -> BELOW;
          case AT_MOST -> ABOVE;
          case ABOUT -> AWAY;
        };
    int[] pattern = patterns[Math.floorMod(seedText.hashCode(), patterns.length)];
    List<String> out = new ArrayList<>();
    for (int k : pattern) {
      long v = value + k * step;
      if (v <= 0 || isYear(value) && !isYear(v)) {
        if (hedge == Hedge.AT_LEAST) {
          return Optional.empty(); // nothing smaller to offer: "more than 2" is asked typed
        }
        v = value + (Math.abs(k) + 3) * step;
      }
      out.add(Long.toString(v));
    }
    return Optional.of(List.copyOf(out));
  }

  /** A round step a little under a fifth of the key: 2,000 for 10,000; 20 for 345; 5 for 73. */
  static long step(long value) {
    if (isYear(value)) {
      return 1 + Math.floorMod(value, 3);
    }
    if (value < 10) {
      return 1;
    }
    long magnitude = 1;
    while (magnitude * 10 <= value) {
      magnitude *= 10;
    }
    long step = magnitude / 5;
    return Math.max(1, step);
  }

  private static boolean isYear(long v) {
    return v >= 1800 && v <= 2100;
  }

  /** A number as the article would write it: "10,000" if the key had a thousands separator. */
  static String formatLike(String original, long value) {
    return original.contains(",") ? String.format("%,d", value) : Long.toString(value);
  }
}
