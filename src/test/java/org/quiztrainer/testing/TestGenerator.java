package org.quiztrainer.testing;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.bank.GeneratedCompanion;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.drafts.DraftsDao;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Pipeline;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.nlp.TextAnalyzer;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.quiz.QuizDao;

/**
 * One generator for every test of a JVM. Its CoreNLP pipeline loads only when a test first needs it
 * (tests tagged "nlp" run in a JVM of their own), and each distinct text is analysed once: many
 * tests generate from the seed article, and the analysis of a text never changes.
 */
public final class TestGenerator {
  public static final Pipeline PIPELINE = Pipeline.english(Clock.systemUTC());

  private static final Map<String, Analysis> ANALYSED = new ConcurrentHashMap<>();

  /** The real pipeline, remembering what it has read. */
  public static final TextAnalyzer ANALYZER =
      new TextAnalyzer() {
        @Override
        public Analysis analyze(String text, Progress progress) {
          Analysis known = ANALYSED.get(text);
          if (known != null) {
            return known;
          }
          Analysis fresh = PIPELINE.analyze(text, progress);
          ANALYSED.put(text, fresh);
          return fresh;
        }

        /**
         * Not here: the new-article page warms the models up, and in the suite's JVMs without "nlp"
         * tests that would load 1.5 GB nobody uses. PipelineLoadingTest checks warming up.
         */
        @Override
        public void prepare() {}
      };

  public static final QuestionGenerator GENERATOR = new QuestionGenerator(ANALYZER);

  private TestGenerator() {}

  /** The companion maker an app would have, on this database, with the shared generator. */
  public static GeneratedCompanion companion(Jdbi jdbi, QuizCatalog catalog) {
    return new GeneratedCompanion(
        new QuizDao(),
        new QuestionDao(),
        new DraftsDao(),
        new Drafter(jdbi, GENERATOR),
        catalog,
        Clock.systemUTC());
  }
}
