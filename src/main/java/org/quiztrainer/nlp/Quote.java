package org.quiztrainer.nlp;

/**
 * A quotation: characters {@code begin} to {@code end} of the article, quotation marks included,
 * starting in sentence {@code sentence} and ending in {@code lastSentence}.
 */
public record Quote(int begin, int end, String text, int sentence, int lastSentence) {

  /** The quoted words without their quotation marks. */
  public String inner() {
    String t = text.strip();
    int from = 0;
    int to = t.length();
    while (from < to && isMark(t.charAt(from))) {
      from++;
    }
    while (to > from && isMark(t.charAt(to - 1))) {
      to--;
    }
    return t.substring(from, to).strip();
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’' || c == '`';
  }
}
