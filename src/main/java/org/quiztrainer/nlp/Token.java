package org.quiztrainer.nlp;

/**
 * One token of an analysed article. {@code text} is the article's own characters ({@code begin} to
 * {@code end}, offsets into the article); {@code tag} is the Penn Treebank part of speech, {@code
 * ner} the fine-grained entity type ("O" for none) and {@code normalized} the value SUTime or the
 * number classifier gave it ("2024-05", "10000.0"), or null.
 */
public record Token(
    int index,
    String text,
    String tag,
    String lemma,
    String ner,
    String normalized,
    int begin,
    int end) {

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  public boolean tagStartsWith(String prefix) {
    return tag.startsWith(prefix);
  }
}
