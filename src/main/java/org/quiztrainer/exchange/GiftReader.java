package org.quiztrainer.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.quiz.QuestionType;

/**
 * Reads Moodle's GIFT format: multiple choice, true/false, short answer, numeric and descriptions,
 * with titles, feedback, general feedback and GIFT's backslash escapes. Matching, essay and
 * multiple-answer questions have no place in a reading quiz here, so they are refused by line.
 */
final class GiftReader {
  private GiftReader() {}

  /** One question's text and the line it starts on, with the qt- comments just before it. */
  private record Item(int line, String text, String source, int[] evidence) {}

  static QuizFile read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Item> items = new ArrayList<>();
    String category = null;
    String source = null;
    int[] evidence = null;
    StringBuilder current = null;
    int start = 0;
    String[] lines = body.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (current == null && trimmed.startsWith("//")) {
        String comment = trimmed.substring(2).strip();
        if (comment.startsWith("qt-evidence:")) {
          evidence = span(comment.substring(12).strip());
        } else if (comment.startsWith("qt-source:")) {
          source = comment.substring(10).strip();
        }
        continue;
      }
      if (current == null && trimmed.startsWith("$CATEGORY:")) {
        String path = trimmed.substring(10).strip();
        category = path.substring(path.lastIndexOf('/') + 1).strip();
        continue;
      }
      if (trimmed.isEmpty()) {
        if (current != null && !openBrace(current)) {
          items.add(new Item(start, current.toString(), source, evidence));
          current = null;
          evidence = null;
        } else if (current != null) {
          current.append('\n');
        }
        continue;
      }
      if (current != null && trimmed.startsWith("//")) {
        continue; // a comment inside a question
      }
      if (current == null) {
        current = new StringBuilder();
        start = i + 1;
      } else {
        current.append('\n');
      }
      current.append(line);
    }
    if (current != null) {
      if (openBrace(current)) {
        throw new ImportProblem(start, "the '{' of this question is never closed with '}'");
      }
      items.add(new Item(start, current.toString(), source, evidence));
    }
    return toQuiz(items, category);
  }

  private static QuizFile toQuiz(List<Item> items, String category) {
    String articleTitle = null;
    String articleText = "";
    String source = null;
    List<Item> questions = new ArrayList<>();
    for (Item item : items) {
      if (findUnescaped(item.text(), '{', 0) < 0) {
        if (articleTitle == null && questions.isEmpty()) { // the first description is the article
          String[] titled = title(item.text());
          articleTitle = titled[0] == null ? "Article" : titled[0];
          articleText = unescape(titled[1]);
          source = item.source();
        }
        continue;
      }
      questions.add(item);
    }
    Imported imported = new Imported();
    for (Item item : questions) {
      imported.add(question(item), articleText);
    }
    String title =
        category != null && !category.isEmpty()
            ? category
            : articleTitle != null ? articleTitle : "Imported quiz";
    return new QuizFile(
        title,
        articleTitle == null ? title : articleTitle,
        source,
        articleText,
        imported.questions(0));
  }

  private static Imported.Draft question(Item item) {
    String[] titled = title(item.text());
    String rest = titled[1];
    int open = findUnescaped(rest, '{', 0);
    int close = findUnescaped(rest, '}', open + 1);
    if (close < 0) {
      throw new ImportProblem(item.line(), "the '{' of this question is never closed with '}'");
    }
    String before = rest.substring(0, open).strip();
    String after = rest.substring(close + 1).strip();
    String prompt = unescape(stripFormat(before));
    if (!after.isEmpty()) { // "missing word": the answer block stands for a blank in the text
      prompt = prompt + " _____ " + unescape(after);
    }
    return answers(item, titled[0], prompt.strip(), rest.substring(open + 1, close));
  }

  private static Imported.Draft answers(Item item, String name, String prompt, String block) {
    String general = null;
    int generalAt = block.indexOf("####");
    while (generalAt > 0 && block.charAt(generalAt - 1) == '\\') {
      generalAt = block.indexOf("####", generalAt + 1);
    }
    if (generalAt >= 0) {
      general = unescape(block.substring(generalAt + 4)).strip();
      block = block.substring(0, generalAt);
    }
    String b = block.strip();
    int line = item.line();
    if (b.isEmpty()) {
      throw new ImportProblem(line, "essay questions ({}) are not supported");
    }
    if (b.contains("->")) {
      throw new ImportProblem(line, "matching questions are not supported");
    }
    if (b.startsWith("#")) {
      return numeric(item, name, prompt, b.substring(1).strip(), general);
    }
    String word = cutFeedback(b).toUpperCase(Locale.ROOT);
    if (List.of("T", "TRUE", "F", "FALSE").contains(word)) {
      String answer = word.startsWith("T") ? "true" : "false";
      return new Imported.Draft(
          line,
          name,
          QuestionType.TRUE_FALSE,
          prompt,
          List.of(),
          answer,
          List.of(),
          0,
          general,
          item.evidence());
    }
    List<String[]> options = options(b, line);
    List<String> right = new ArrayList<>();
    List<String> all = new ArrayList<>();
    boolean anyWrong = false;
    for (String[] o : options) {
      all.add(o[1]);
      if (o[0].equals("=")) {
        right.add(o[1]);
      } else {
        anyWrong = true;
      }
    }
    if (!anyWrong) {
      return new Imported.Draft(
          line,
          name,
          QuestionType.SHORT_ANSWER,
          prompt,
          List.of(),
          right.get(0),
          right.subList(1, right.size()),
          0,
          general,
          item.evidence());
    }
    if (right.size() != 1) {
      throw new ImportProblem(
          line,
          right.isEmpty()
              ? "this multiple-choice question has no right answer (mark one with =)"
              : "multiple-answer questions are not supported: mark one answer with =");
    }
    return new Imported.Draft(
        line,
        name,
        QuestionType.MULTIPLE_CHOICE,
        prompt,
        all,
        right.get(0),
        List.of(),
        0,
        general,
        item.evidence());
  }

  /** Each answer: its marker (= right, ~ wrong) and its text, without weight or feedback. */
  private static List<String[]> options(String block, int line) {
    List<String[]> out = new ArrayList<>();
    int i = 0;
    while (i < block.length()) {
      char c = block.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '=' && c != '~') {
        throw new ImportProblem(
            line, "each answer must start with = (right) or ~ (wrong), not '" + c + "'");
      }
      int next = nextMarker(block, i + 1);
      String raw = block.substring(i + 1, next).strip();
      String marker = String.valueOf(c);
      if (raw.startsWith("%")) { // a weight such as ~%50%: full marks count as right
        int end = raw.indexOf('%', 1);
        if (end < 0) {
          throw new ImportProblem(line, "the weight '" + raw + "' is missing its closing %");
        }
        String weight = raw.substring(1, end).strip();
        marker = weight.equals("100") ? "=" : "~";
        raw = raw.substring(end + 1).strip();
      }
      out.add(new String[] {marker, unescape(cutFeedback(raw)).strip()});
      i = next;
    }
    if (out.isEmpty()) {
      throw new ImportProblem(line, "the question has no answers");
    }
    return out;
  }

  private static Imported.Draft numeric(
      Item item, String name, String prompt, String spec, String general) {
    String s = spec.startsWith("=") ? spec.substring(1) : spec;
    s = cutFeedback(s);
    int nextAnswer = nextMarker(s, 0);
    s = s.substring(0, nextAnswer).strip();
    if (s.startsWith("%")) {
      s = s.substring(s.indexOf('%', 1) + 1).strip();
    }
    double tolerance = 0;
    String answer;
    try {
      if (s.contains("..")) {
        double lo = Double.parseDouble(s.substring(0, s.indexOf("..")).strip());
        double hi = Double.parseDouble(s.substring(s.indexOf("..") + 2).strip());
        answer = plain((lo + hi) / 2);
        tolerance = Math.abs(hi - lo) / 2;
      } else if (s.contains(":")) {
        answer = plain(Double.parseDouble(s.substring(0, s.indexOf(':')).strip()));
        tolerance = Math.abs(Double.parseDouble(s.substring(s.indexOf(':') + 1).strip()));
      } else {
        answer = plain(Double.parseDouble(s));
      }
    } catch (NumberFormatException e) {
      throw new ImportProblem(
          item.line(), "'" + spec + "' is not a numeric answer such as 10000:5");
    }
    return new Imported.Draft(
        item.line(),
        name,
        QuestionType.NUMERIC,
        prompt,
        List.of(),
        answer,
        List.of(),
        tolerance,
        general,
        item.evidence());
  }

  /** ::title:: at the start: the title and the rest. */
  private static String[] title(String text) {
    String t = text.strip();
    if (t.startsWith("::")) {
      int end = findUnescapedPair(t, 2);
      if (end > 0) {
        return new String[] {unescape(t.substring(2, end)).strip(), t.substring(end + 2).strip()};
      }
    }
    return new String[] {null, t};
  }

  private static String stripFormat(String text) {
    String t = text.strip();
    for (String f : List.of("[html]", "[moodle]", "[plain]", "[markdown]")) {
      if (t.startsWith(f)) {
        String rest = t.substring(f.length());
        return f.equals("[html]") ? rest.replaceAll("<[^>]*>", " ") : rest;
      }
    }
    return t;
  }

  private static String cutFeedback(String answer) {
    int hash = findUnescaped(answer, '#', 0);
    return hash < 0 ? answer.strip() : answer.substring(0, hash).strip();
  }

  private static int nextMarker(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=' || c == '~') {
        return i;
      }
    }
    return s.length();
  }

  private static boolean openBrace(CharSequence text) {
    String s = text.toString();
    int open = findUnescaped(s, '{', 0);
    return open >= 0 && findUnescaped(s, '}', open + 1) < 0;
  }

  static int findUnescaped(String s, char target, int from) {
    for (int i = Math.max(0, from); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == target) {
        return i;
      }
    }
    return -1;
  }

  private static int findUnescapedPair(String s, int from) {
    for (int i = from; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ':' && s.charAt(i + 1) == ':') {
        return i;
      }
    }
    return -1;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int[] span(String spec) {
    String[] parts = spec.split("\\s+");
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
