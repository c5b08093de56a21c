package org.quiztrainer.generate;

/**
 * A candidate answer in a sentence: tokens {@code [from, to)} and the kind of thing it names. For
 * numbers {@code core} is the bare number ("10,000") while the span keeps its modifier ("more than
 * 10,000").
 */
record Mention(int from, int to, Skill skill, String text, String core) {

  boolean overlaps(Mention other) {
    return from < other.to && other.from < to;
  }

  int length() {
    return to - from;
  }
}
