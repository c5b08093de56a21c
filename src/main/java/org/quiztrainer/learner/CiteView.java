package org.quiztrainer.learner;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.quiz.Article;
import org.quiztrainer.study.Sentences;

/**
 * The article as sentences a learner can pick: each paragraph is cut into pieces, and a piece that
 * is a sentence carries its index, so the page can make it a button. Pieces keep every character,
 * so a selection inside a paragraph maps back to offsets in the text.
 */
public record CiteView(String title, String source, List<Paragraph> paragraphs) {

  /** One line of the article, with its offset in the text. */
  public record Paragraph(int start, List<Piece> pieces) {}

  /** A run of text; {@code sentence} is its index among the article's sentences, or -1. */
  public record Piece(String text, int sentence) {
    public boolean pickable() {
      return sentence >= 0;
    }
  }

  public static CiteView of(Article article) {
    String body = article.body();
    List<Sentences.Span> sentences = Sentences.of(body);
    List<Paragraph> paragraphs = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      List<Piece> pieces = new ArrayList<>();
      int at = lineStart;
      for (int i = 0; i < sentences.size(); i++) {
        Sentences.Span s = sentences.get(i);
        if (s.start() >= lineStart && s.end() <= lineEnd) {
          if (s.start() > at) {
            pieces.add(new Piece(body.substring(at, s.start()), -1));
          }
          pieces.add(new Piece(body.substring(s.start(), s.end()), i));
          at = s.end();
        }
      }
      if (at < lineEnd) {
        pieces.add(new Piece(body.substring(at, lineEnd), -1));
      }
      if (pieces.stream().anyMatch(Piece::pickable)) {
        paragraphs.add(new Paragraph(lineStart, pieces));
      }
      lineStart = lineEnd + 1;
    }
    return new CiteView(article.title(), article.source(), paragraphs);
  }
}
