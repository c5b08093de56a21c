package org.quiztrainer.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into paragraphs as API.md section 2 describes it: blank lines separate
 * paragraphs. A text without blank lines has one paragraph a line, as most pasted news does.
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Paragraph> of(String text) {
    boolean blankLines = hasBlankLine(text);
    List<Paragraph> out = new ArrayList<>();
    int start = -1;
    int lastContent = -1;
    int i = 0;
    while (i <= text.length()) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      boolean blank = text.substring(i, lineEnd).isBlank();
      if (blank || !blankLines) {
        if (start >= 0) {
          out.add(new Paragraph(out.size(), start, lastContent));
          start = -1;
        }
      }
      if (!blank) {
        if (start < 0) {
          start = i + leadingSpace(text, i, lineEnd);
        }
        lastContent = trailingEnd(text, i, lineEnd);
        if (!blankLines) {
          out.add(new Paragraph(out.size(), start, lastContent));
          start = -1;
        }
      }
      i = lineEnd + 1;
    }
    if (start >= 0) {
      out.add(new Paragraph(out.size(), start, lastContent));
    }
    return out;
  }

  /**
   * The text with the line breaks inside a paragraph turned into spaces, so that every remaining
   * line break ends a paragraph. Lengths and offsets are unchanged.
   */
  public static String unwrapped(String text) {
    if (!hasBlankLine(text)) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Paragraph p : of(text)) {
      for (int i = p.begin(); i < p.end(); i++) {
        if (chars[i] == '\n' || chars[i] == '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  private static boolean hasBlankLine(String text) {
    int i = 0;
    boolean seenContent = false;
    while (i < text.length()) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        return false;
      }
      int next = text.indexOf('\n', lineEnd + 1);
      String following = text.substring(lineEnd + 1, next < 0 ? text.length() : next);
      seenContent |= !text.substring(i, lineEnd).isBlank();
      if (seenContent && following.isBlank() && next >= 0) {
        return true;
      }
      i = lineEnd + 1;
    }
    return false;
  }

  private static int leadingSpace(String text, int from, int to) {
    int n = 0;
    while (from + n < to && Character.isWhitespace(text.charAt(from + n))) {
      n++;
    }
    return n;
  }

  private static int trailingEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
