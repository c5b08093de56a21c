package org.quiztrainer.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * For each hand-written quiz, a companion quiz of the engine's best questions on the same article,
 * published beside it as generated practice. Question ids are derived from their content, so a
 * restart regenerates the same quiz and duplicates nothing.
 */
public final class GeneratedCompanion {
  /** Enough practice for a lesson; the ranker puts the best first. */
  static final int SIZE = 30;

  static final String SUFFIX = "-generated";

  /** A mix of kinds, so practice is not all multiple choice. */
  private static final java.util.Map<QuestionType, Integer> QUOTA =
      java.util.Map.of(
          QuestionType.MULTIPLE_CHOICE, 12,
          QuestionType.SHORT_ANSWER, 10,
          QuestionType.TRUE_FALSE, 5,
          QuestionType.NUMERIC, 3);

  private final QuestionGenerator generator;

  public GeneratedCompanion(QuestionGenerator generator) {
    this.generator = generator;
  }

  BankQuiz of(BankQuiz handWritten) {
    return new BankQuiz(
        handWritten.file(),
        handWritten.id() + SUFFIX,
        handWritten.title() + " (generated practice)",
        handWritten.published(),
        handWritten.article(),
        questionsFor(handWritten.article().body()));
  }

  /** The engine's best questions on an article, a lesson's worth, with a mix of kinds. */
  public List<Question> questionsFor(String articleBody) {
    List<GeneratedQuestion> ranked = generator.generate(articleBody);
    List<GeneratedQuestion> chosen = new ArrayList<>();
    for (GeneratedQuestion g : ranked) {
      long sameType = chosen.stream().filter(c -> c.type() == g.type()).count();
      if (chosen.size() < SIZE && sameType < QUOTA.getOrDefault(g.type(), SIZE)) {
        chosen.add(g);
      }
    }
    for (GeneratedQuestion g : ranked) { // fill up, best first, where a kind ran short
      if (chosen.size() < SIZE && !chosen.contains(g)) {
        chosen.add(g);
      }
    }
    List<Question> questions = new ArrayList<>();
    for (GeneratedQuestion g : ranked) {
      String id = "g-" + fingerprint(g);
      if (chosen.contains(g) && questions.stream().noneMatch(q -> q.id().equals(id))) {
        questions.add(
            new Question(
                id,
                g.type(),
                g.prompt(),
                g.choices(),
                g.answer(),
                g.acceptedAnswers(),
                0,
                "The highlighted sentence of the article gives the answer.",
                g.evidence(),
                0));
      }
    }
    return questions;
  }

  private static String fingerprint(GeneratedQuestion g) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((g.prompt() + "\n" + g.answer()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
