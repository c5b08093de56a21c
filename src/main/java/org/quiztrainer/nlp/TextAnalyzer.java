package org.quiztrainer.nlp;

/** Turns an article into an {@link Analysis}. */
public interface TextAnalyzer {
  /**
   * Analyses {@code text}, reporting how far it has got to {@code progress}. Blocks while the
   * language models are still loading.
   */
  Analysis analyze(String text, Progress progress);

  /** Starts loading whatever the analysis needs, in the background; by default nothing. */
  default void prepare() {}

  default Analysis analyze(String text) {
    return analyze(text, Progress.NONE);
  }
}
