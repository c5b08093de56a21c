package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the first number in a piece of text, written in digits ("10,000", "2.5 million") or in
 * words ("ten thousand", "twenty-one", "a hundred and five").
 */
public final class NumberParser {
  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));
  private static final Map<String, Long> SCALES =
      Map.of(
          "thousand",
          1_000L,
          "k",
          1_000L,
          "million",
          1_000_000L,
          "m",
          1_000_000L,
          "billion",
          1_000_000_000L,
          "bn",
          1_000_000_000L);

  /** "10k" and "2.5m" are read as "10 k" and "2.5 m". */
  private static final Pattern SUFFIX =
      Pattern.compile("(\\d)(k|m|bn)\\b", Pattern.CASE_INSENSITIVE);

  private NumberParser() {}

  /** The first number in {@code text}, if there is one. */
  public static Optional<BigDecimal> firstNumber(String text) {
    String spaced = SUFFIX.matcher(text.replace('-', ' ')).replaceAll("$1 $2");
    List<String> words = TextNormalizer.words(spaced);
    for (int i = 0; i < words.size(); i++) {
      Optional<BigDecimal> found = numberAt(words, i);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> numberAt(List<String> words, int start) {
    String first = words.get(start);
    if (first.matches("\\d+(\\.\\d+)?")) {
      BigDecimal value = new BigDecimal(first);
      if (start + 1 < words.size() && SCALES.containsKey(words.get(start + 1))) {
        value = value.multiply(BigDecimal.valueOf(SCALES.get(words.get(start + 1))));
      }
      return Optional.of(value);
    }
    if (!SMALL.containsKey(first) && !isHundred(first) && !isScaleWord(first)) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(readWords(words, start)));
  }

  private static boolean isHundred(String word) {
    return word.equals("hundred");
  }

  private static boolean isScaleWord(String word) {
    return SCALES.containsKey(word) && word.length() > 2;
  }

  /** Sums a run of number words: "two hundred and five thousand" is 205,000. */
  private static long readWords(List<String> words, int start) {
    long total = 0;
    long group = 0;
    for (int i = start; i < words.size(); i++) {
      String w = words.get(i);
      if (SMALL.containsKey(w)) {
        group += SMALL.get(w);
      } else if (isHundred(w)) {
        group = Math.max(group, 1) * 100;
      } else if (isScaleWord(w)) {
        total += Math.max(group, 1) * SCALES.get(w);
        group = 0;
      } else if (!w.equals("and")) {
        break;
      }
    }
    return total + group;
  }
}
