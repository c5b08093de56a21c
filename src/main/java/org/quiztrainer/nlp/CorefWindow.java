package org.quiztrainer.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences {@code from} (inclusive) to {@code to} (exclusive) of an article, resolved for
 * coreference together. {@link #split} makes them of whole paragraphs.
 */
record CorefWindow(int from, int to) {
  /** A paragraph, or a sentence of a paragraph too long for a window: where it starts, its size. */
  private record Unit(int from, int words) {}

  /**
   * Consecutive windows of whole paragraphs covering every sentence, each of at most {@code
   * maxWords} words (unless a single sentence is longer) and of about equal size, so that no window
   * is a small remainder cut off from the context before it. An article of at most {@code maxWords}
   * words is one window. Only a paragraph longer than a window is split, at its sentences.
   *
   * @param words the number of words of each sentence
   * @param paragraphStarts whether each sentence begins a paragraph
   */
  static List<CorefWindow> split(int[] words, boolean[] paragraphStarts, int maxWords) {
    List<CorefWindow> out = new ArrayList<>();
    List<Unit> units = units(words, paragraphStarts, maxWords);
    int remaining = units.stream().mapToInt(Unit::words).sum();
    double target = target(remaining, maxWords);
    int from = 0;
    int size = 0;
    for (Unit u : units) {
      // A unit goes to the next window when it would overflow this one, or when more than half of
      // it lies past this window's share of the words left.
      if (size > 0 && (size + u.words() > maxWords || size + u.words() / 2.0 > target)) {
        out.add(new CorefWindow(from, u.from()));
        remaining -= size;
        target = target(remaining, maxWords);
        from = u.from();
        size = 0;
      }
      size += u.words();
    }
    if (words.length > 0) {
      out.add(new CorefWindow(from, words.length));
    }
    return out;
  }

  /** An even share of {@code words} over the fewest windows that can hold them. */
  private static double target(int words, int maxWords) {
    int windows = Math.max(1, (words + maxWords - 1) / maxWords);
    return words / (double) windows;
  }

  /** The paragraphs, except that a paragraph longer than a window becomes its sentences. */
  private static List<Unit> units(int[] words, boolean[] paragraphStarts, int maxWords) {
    List<Unit> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int end = i + 1;
      int size = words[i];
      while (end < words.length && !paragraphStarts[end]) {
        size += words[end++];
      }
      if (size <= maxWords) {
        out.add(new Unit(i, size));
      } else {
        for (int s = i; s < end; s++) {
          out.add(new Unit(s, words[s]));
        }
      }
      i = end;
    }
    return out;
  }
}
