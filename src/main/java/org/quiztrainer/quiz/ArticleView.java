package org.quiztrainer.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article cut into paragraphs (one per line of the text) and segments, with evidence spans
 * marked so the template can highlight them without ever emitting raw HTML.
 */
public record ArticleView(String title, String source, List<Paragraph> paragraphs) {

  /** One line of the article; {@code start} is its offset in the text, for selecting evidence. */
  public record Paragraph(int start, List<Segment> segments) {}

  /**
   * A run of article text. {@code evidence} runs are highlighted and the first is the anchor;
   * {@code marks} names the questions whose evidence covers the run, when several are shown.
   */
  public record Segment(String text, boolean evidence, boolean anchor, String marks) {}

  /** A span of evidence and the question it belongs to. */
  public record Mark(int start, int end, String questionId) {}

  public static ArticleView of(Article article, Evidence highlight) {
    List<Mark> marks =
        highlight == null || highlight.end() <= highlight.start()
            ? List.of()
            : List.of(new Mark(highlight.start(), highlight.end(), null));
    return marked(article, marks);
  }

  /** The article with every question's evidence marked, as on a teacher's review screen. */
  public static ArticleView marked(Article article, List<Mark> marks) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String body = article.body();
    int lineStart = 0;
    boolean anchored = false;
    while (lineStart <= body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      List<Segment> segments = segments(body, lineStart, lineEnd, marks, anchored);
      anchored |= segments.stream().anyMatch(Segment::anchor);
      if (segments.stream().anyMatch(s -> !s.text().isBlank())) {
        paragraphs.add(new Paragraph(lineStart, segments));
      }
      lineStart = lineEnd + 1;
    }
    return new ArticleView(article.title(), article.source(), paragraphs);
  }

  /** Cuts one line at every mark boundary inside it; each piece knows which marks cover it. */
  private static List<Segment> segments(
      String body, int from, int to, List<Mark> marks, boolean alreadyAnchored) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Mark m : marks) {
      if (m.end() > from && m.start() < to) {
        cuts.add(Math.max(from, m.start()));
        cuts.add(Math.min(to, m.end()));
      }
    }
    List<Segment> out = new ArrayList<>();
    boolean anchored = alreadyAnchored;
    Integer start = cuts.first();
    for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(start)) {
      List<String> covering = new ArrayList<>();
      boolean evidence = false;
      for (Mark m : marks) {
        if (m.start() <= start && m.end() >= end) {
          evidence = true;
          if (m.questionId() != null) {
            covering.add(m.questionId());
          }
        }
      }
      out.add(
          new Segment(
              body.substring(start, end),
              evidence,
              evidence && !anchored,
              covering.isEmpty() ? null : String.join(" ", covering)));
      anchored |= evidence;
    }
    return out;
  }
}
