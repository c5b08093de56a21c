package org.quiztrainer.nlp;

/** A paragraph of the article: characters {@code begin} to {@code end}, without line breaks. */
public record Paragraph(int index, int begin, int end) {
  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }
}
