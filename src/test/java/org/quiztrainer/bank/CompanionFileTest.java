package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.testing.TestGenerator;

/**
 * The seed's generated companion ships beside it, made by the current generator from the current
 * article: otherwise every new node would load the language models to make it again.
 */
class CompanionFileTest {
  private static final Path DIR = Path.of("questions");

  @Test
  void the_shipped_companion_is_of_the_current_article_and_generator_version() throws Exception {
    CompanionFile.Contents shipped = CompanionFile.read(DIR, "belousov-pyongyang.quiz.yaml");
    assertThat(shipped).as("questions/belousov-pyongyang.generated.json").isNotNull();
    String body = Files.readString(DIR.resolve("belousov-pyongyang.txt"));
    assertThat(shipped.matches(Drafter.sha256(body), QuestionGenerator.VERSION))
        .as("regenerate it: java -jar target/quiz-trainer.jar companions questions")
        .isTrue();
    assertThat(shipped.questions()).hasSize(Drafter.SIZE);
    assertThat(shipped.questions())
        .allSatisfy(
            q ->
                assertThat(body.substring(q.evidence().start(), q.evidence().end()))
                    .isEqualTo(q.evidence().text()));
  }

  @Test
  void a_file_written_is_read_back_as_the_same_questions(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    CompanionFile.Contents shipped = CompanionFile.read(DIR, "belousov-pyongyang.quiz.yaml");
    List<Drafter.Drafted> drafts = shipped.drafts();
    CompanionFile.write(dir.resolve("x.generated.json"), "sha", drafts);
    CompanionFile.Contents again = CompanionFile.read(dir, "x.quiz.yaml");
    assertThat(again.drafts()).isEqualTo(drafts);
    assertThat(again.matches("sha", QuestionGenerator.VERSION)).isTrue();
    assertThat(again.matches("other", QuestionGenerator.VERSION)).isFalse();
  }

  @Test
  void a_damaged_file_counts_as_none(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.generated.json"), "{not json");
    assertThat(CompanionFile.read(dir, "x.quiz.yaml")).isNull();
  }

  /** Catches a change to the generator's output that forgot to change its version. */
  @Test
  @Tag("nlp")
  void the_current_generator_makes_exactly_the_shipped_companion() throws Exception {
    CompanionFile.Contents shipped = CompanionFile.read(DIR, "belousov-pyongyang.quiz.yaml");
    String body = Files.readString(DIR.resolve("belousov-pyongyang.txt"));
    assertThat(Drafter.lesson(TestGenerator.GENERATOR, body, Progress.NONE))
        .as("the generator's output changed: bump QuestionGenerator.VERSION and run companions")
        .isEqualTo(shipped.drafts());
  }
}
