package org.quiztrainer.learner;

import org.quiztrainer.quiz.ArticleView;

/**
 * An answered question. While {@code cite} is set the learner is asked to find the evidence, and
 * the article is shown as sentences to pick, with nothing highlighted; afterwards {@code article}
 * shows the evidence highlighted, with the verdict on the citation.
 */
public record StudyAnswerPage(
    String heading,
    String prompt,
    boolean correct,
    String given,
    String correctAnswer,
    String explanation,
    CiteView cite,
    String citeUrl,
    Citation citation,
    ArticleView article,
    String reviewNote,
    String nextUrl,
    String nextLabel,
    String csrf,
    String error) {

  /** What the learner cited and whether it was the evidence; {@code cited} is empty if skipped. */
  public record Citation(boolean found, String cited, String evidence) {}
}
