package org.quiztrainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real entry point in its own JVM: exit statuses and streams as a script sees them. Tagged
 * "nlp" because generating loads the language models, which takes a JVM's worth of memory.
 */
@Tag("nlp")
class CommandLineProcessTest {

  private record Result(int status, String out, String err) {}

  private static Result main(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.quiztrainer.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out, err);
  }

  @Test
  void generate_exits_0_and_prints_json_for_the_seed_article() throws Exception {
    Result r = main("generate", "questions/belousov-pyongyang.txt");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("[").contains("\"evidence\"");
  }

  @Test
  void generate_exits_2_with_a_one_line_message_for_a_missing_file() throws Exception {
    Result r = main("generate", "no-such-file.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip())
        .contains("no-such-file.txt")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void an_unknown_command_exits_2() throws Exception {
    assertThat(main("frobnicate").status()).isEqualTo(2);
  }
}
