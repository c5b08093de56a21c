package org.quiztrainer.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.drafts.Note;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * The generated companion of a quiz, as the generator made it, kept beside the quiz file ({@code
 * belousov-pyongyang.generated.json} for {@code belousov-pyongyang.quiz.yaml}). It names the
 * generator version and the article's SHA-256, and is used only while both still match. {@code java
 * -jar quiz-trainer.jar companions questions} writes it again.
 */
public final class CompanionFile {
  /** One question of the file. */
  public record Item(
      String id,
      String type,
      String prompt,
      List<String> choices,
      String answer,
      List<String> acceptedAnswers,
      Evidence evidence,
      String skill,
      List<String> reasons) {}

  /** The whole file. */
  public record Contents(String generatorVersion, String articleSha256, List<Item> questions) {
    boolean matches(String sha, String version) {
      return articleSha256.equals(sha) && generatorVersion.equals(version);
    }

    List<Drafter.Drafted> drafts() {
      List<Drafter.Drafted> out = new ArrayList<>();
      for (Item i : questions) {
        Question q =
            new Question(
                i.id(),
                QuestionType.fromWireName(i.type()).orElseThrow(),
                i.prompt(),
                i.choices() == null ? List.of() : i.choices(),
                i.answer(),
                i.acceptedAnswers() == null ? List.of() : i.acceptedAnswers(),
                0,
                Drafter.EXPLANATION,
                i.evidence(),
                0);
        out.add(
            new Drafter.Drafted(
                q, new Note(i.skill(), i.reasons() == null ? List.of() : i.reasons())));
      }
      return out;
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));

  private CompanionFile() {}

  /** The companion file's name for a quiz file's name. */
  public static String nameFor(String quizFile) {
    String base = Path.of(quizFile).getFileName().toString().replaceFirst("\\.quiz\\.ya?ml$", "");
    return base + ".generated.json";
  }

  /**
   * The file beside {@code quizFile} in {@code dir}, or null if there is none or it is unreadable.
   */
  static Contents read(Path dir, String quizFile) {
    Path file = dir.resolve(nameFor(quizFile));
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readValue(file.toFile(), Contents.class);
    } catch (IOException e) {
      return null; // a damaged copy only costs a regeneration
    }
  }

  public static void write(Path file, String sha, List<Drafter.Drafted> drafts) {
    List<Item> items = new ArrayList<>();
    for (Drafter.Drafted d : drafts) {
      Question q = d.question();
      items.add(
          new Item(
              q.id(),
              q.type().wireName(),
              q.prompt(),
              q.choices(),
              q.answer(),
              q.acceptedAnswers(),
              q.evidence(),
              d.note().skill(),
              d.note().reasons()));
    }
    try {
      JSON.writeValue(
          file.toFile(),
          new Contents(org.quiztrainer.generate.QuestionGenerator.VERSION, sha, items));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
