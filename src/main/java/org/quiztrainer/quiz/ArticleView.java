package org.quiztrainer.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * An article cut into paragraphs (one per line of the text) and segments, with the evidence span,
 * if any, marked so the template can highlight it without ever emitting raw HTML.
 */
public record ArticleView(String title, String source, List<List<Segment>> paragraphs) {

  /**
   * A run of article text; {@code evidence} runs are highlighted, and the first one is the anchor.
   */
  public record Segment(String text, boolean evidence, boolean anchor) {}

  public static ArticleView of(Article article, Evidence highlight) {
    List<List<Segment>> paragraphs = new ArrayList<>();
    String body = article.body();
    int lineStart = 0;
    boolean anchored = false;
    while (lineStart <= body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      List<Segment> segments = segments(body, lineStart, lineEnd, highlight, anchored);
      anchored |= segments.stream().anyMatch(Segment::anchor);
      if (segments.stream().anyMatch(s -> !s.text().isBlank())) {
        paragraphs.add(segments);
      }
      lineStart = lineEnd + 1;
    }
    return new ArticleView(article.title(), article.source(), paragraphs);
  }

  private static List<Segment> segments(
      String body, int from, int to, Evidence e, boolean alreadyAnchored) {
    List<Segment> out = new ArrayList<>();
    if (e == null || e.end() <= from || e.start() >= to) {
      out.add(new Segment(body.substring(from, to), false, false));
      return out;
    }
    int start = Math.max(from, e.start());
    int end = Math.min(to, e.end());
    if (start > from) {
      out.add(new Segment(body.substring(from, start), false, false));
    }
    out.add(new Segment(body.substring(start, end), true, !alreadyAnchored));
    if (end < to) {
      out.add(new Segment(body.substring(end, to), false, false));
    }
    return out;
  }
}
