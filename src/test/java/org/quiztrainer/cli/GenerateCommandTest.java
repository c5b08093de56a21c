package org.quiztrainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API.md section 2: generate FILE [--format json|gift] and generate --out DIR FILE.... */
@Tag("nlp")
class GenerateCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GenerateCommand.run(
        List.of(args),
        () -> org.quiztrainer.testing.TestGenerator.GENERATOR,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_a_json_array_whose_evidence_is_the_exact_span_of_the_file() throws Exception {
    assertThat(run("questions/belousov-pyongyang.txt")).isZero();
    String text = Files.readString(Path.of("questions/belousov-pyongyang.txt"));
    JsonNode questions = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(questions.isArray()).isTrue();
    assertThat(questions.size()).isGreaterThan(20);
    for (JsonNode q : questions) {
      JsonNode e = q.get("evidence");
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
          .isEqualTo(e.get("text").asText());
      assertThat(q.get("type").asText())
          .isIn("multiple_choice", "true_false", "short_answer", "numeric");
      assertThat(q.has("choices"))
          .isEqualTo(q.get("type").asText().matches("multiple_choice|true_false"));
      if (q.has("choices")) {
        List<String> choices = new ArrayList<>();
        q.get("choices").forEach(c -> choices.add(c.asText()));
        assertThat(choices).contains(q.get("answer").asText());
      }
    }
  }

  @Test
  void offsets_count_from_after_a_leading_bom() throws Exception {
    Path file = dir.resolve("bom.txt");
    String text =
        "Belousov, a former economist, replaced Sergei Shoigu as defence minister in May.";
    Files.writeString(file, "\uFEFF" + text);
    assertThat(run(file.toString())).isZero();
    JsonNode e =
        new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0).get("evidence");
    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
        .isEqualTo(e.get("text").asText());
  }

  @Test
  void gift_output_uses_moodle_syntax_and_escapes_special_characters() {
    assertThat(run("questions/belousov-pyongyang.txt", "--format", "gift")).isZero();
    String gift = out.toString(StandardCharsets.UTF_8);
    assertThat(gift).contains("::Q1::", "{TRUE}").containsPattern("\\{(TRUE|FALSE)\\}");
    assertThat(gift).containsPattern("\\{ =[^}]+ ~");
    assertThat(Gift.escape("a: {b} = ~c #d")).isEqualTo("a\\: \\{b\\} \\= \\~c \\#d");
  }

  @Test
  void many_files_are_written_to_the_folder_with_the_models_loaded_once() throws Exception {
    Path outDir = dir.resolve("out");
    Path second = Files.writeString(dir.resolve("second.txt"), "Ann Lee founded the club in 2019.");
    assertThat(
            run("--out", outDir.toString(), "questions/belousov-pyongyang.txt", second.toString()))
        .isZero();
    JsonNode seed = new ObjectMapper().readTree(outDir.resolve("belousov-pyongyang.json").toFile());
    assertThat(seed.size()).isGreaterThan(20);
    assertThat(new ObjectMapper().readTree(outDir.resolve("second.json").toFile()).isArray())
        .isTrue();
    assertThat(stderr()).isEmpty();
  }

  @Test
  void in_a_batch_a_bad_file_is_reported_on_its_own_line_after_the_others_are_written()
      throws Exception {
    Path outDir = dir.resolve("out");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(
            run(
                "--out",
                outDir.toString(),
                dir.resolve("missing.txt").toString(),
                "questions/belousov-pyongyang.txt",
                empty.toString()))
        .isEqualTo(2);
    assertThat(outDir.resolve("belousov-pyongyang.json")).exists();
    assertThat(stderr().strip().split("\n")).hasSize(2);
    assertThat(stderr()).contains("missing.txt", "empty.txt");
  }

  @Test
  void numeric_keys_are_digits_so_moodle_grades_them_as_numbers() throws Exception {
    assertThat(run("questions/belousov-pyongyang.txt")).isZero();
    for (JsonNode q : new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8))) {
      if (q.get("type").asText().equals("numeric")) {
        assertThat(q.get("answer").asText()).matches("\\d+(\\.\\d+)?");
      }
    }
  }

  @Test
  void a_missing_file_exits_2_with_one_line() {
    assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(2);
    assertThat(stderr().strip()).contains("no such file").doesNotContain("\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void an_empty_file_exits_2() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
    assertThat(run(file.toString())).isEqualTo(2);
    assertThat(stderr()).contains("empty");
  }

  @Test
  void a_binary_file_exits_2() throws Exception {
    Path file =
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThat(run(file.toString())).isEqualTo(2);
    assertThat(stderr().strip()).matches("[^\\n]+");
    Path nul =
        Files.write(dir.resolve("nul.txt"), "text\0with a NUL".getBytes(StandardCharsets.UTF_8));
    assertThat(run(nul.toString())).isEqualTo(2);
  }

  @Test
  void a_directory_or_unknown_format_exits_2() {
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(run("questions/belousov-pyongyang.txt", "--format", "xml")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }
}
