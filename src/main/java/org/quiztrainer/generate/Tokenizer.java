package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into tokens with exact offsets. Hand-written rather than the model's tokenizer
 * so that hyphenated names ("Kim Jong-un", "No Kwang-chol") stay whole, possessives ("Korea's",
 * "Russia’s") split off their "'s", and numbers keep their separators ("10,000").
 */
final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\d+(?:st|nd|rd|th)\\b" // ordinals: 33rd, 21st
              + "|\\d+(?:[.,:]\\d+)*(?:-\\p{L}+)*" // numbers, "10,000", "2.5", "three-year" starts
              // below
              + "|\\p{L}+(?:\\.\\p{L})+\\.?" // abbreviations: U.S., U.N.
              + "|\\p{Lu}\\.(?=\\s\\p{Lu})" // initials: W. E. B. Du Bois
              + "|\\p{L}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{N}]+)*" // words, hyphenated, o'clock
              + "|[^\\s\\p{L}\\p{N}]"); // one mark

  private Tokenizer() {}

  /** Token texts and their offsets in {@code text}, starting at {@code base}. */
  static List<int[]> spans(String text, int base) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String word = m.group();
      int possessive = possessiveAt(word);
      if (possessive > 0) {
        out.add(new int[] {base + s, base + s + possessive});
        out.add(new int[] {base + s + possessive, base + e});
      } else {
        out.add(new int[] {base + s, base + e});
      }
    }
    return out;
  }

  private static int possessiveAt(String word) {
    int n = word.length();
    if (n > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
      return n - 2;
    }
    return -1;
  }
}
