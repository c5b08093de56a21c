package org.quiztrainer.quiz;

/** Checks that text a person sent is text: no NUL bytes or other control characters. */
public final class PlainText {
  private PlainText() {}

  /** True when every character is printable or ordinary white space (tab, newline, return). */
  public static boolean isText(String s) {
    return s.chars()
            .allMatch(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))
        && s.codePoints()
            .noneMatch(c -> c == 0xFFFD || Character.getType(c) == Character.SURROGATE);
  }
}
