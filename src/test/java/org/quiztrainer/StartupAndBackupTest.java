package org.quiztrainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.cli.BackupCommand;
import org.quiztrainer.testing.ServerProcess;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TestApp;

/** A damaged or busy database stops start-up with a clear reason; backups restore exactly. */
@Tag("h2-file") // tests of the embedded database file itself; PostgreSQL has its own tools
class StartupAndBackupTest {
  @TempDir Path data;
  @TempDir Path elsewhere;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int command(String name, Path file) {
    return BackupCommand.run(
        name,
        List.of(file.toString()),
        Map.of("QUIZ_DATA_DIR", data.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private TestApp app() {
    return TestApp.startEmbedded(
        Config.forDataDir(data, TestApp.SEED_QUESTIONS)
            .withAdmin(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD));
  }

  private static String why(RuntimeException e) {
    return StartupProblem.explain(e);
  }

  @Test
  void a_damaged_database_file_stops_start_up_with_a_clear_reason_and_is_left_as_it_was()
      throws Exception {
    app().close();
    Path file = data.resolve("quiz-trainer.mv.db");
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(file, garbage);
    assertThatThrownBy(this::app)
        .isInstanceOf(RuntimeException.class)
        .satisfies(e -> assertThat(why((RuntimeException) e)).contains("damaged", "restore"));
    assertThat(Files.readAllBytes(file)).as("never silently reset").isEqualTo(garbage);
  }

  @Test
  void a_database_in_use_by_another_running_app_stops_start_up_with_a_clear_reason()
      throws Exception {
    try (ServerProcess running = new ServerProcess(data).start()) {
      assertThatThrownBy(this::app)
          .satisfies(e -> assertThat(why((RuntimeException) e)).contains("in use"));
    }
  }

  @Test
  void a_backup_restores_exactly_what_was_there_and_keeps_what_it_replaced() throws Exception {
    String kept;
    try (TestApp app = app()) {
      kept = StudentClient.startOn(app, StudentClient.SEED, "Before").attemptId();
    }
    Path backup = elsewhere.resolve("monday.zip");
    assertThat(command("backup", backup)).as(err.toString()).isZero();
    assertThat(backup).isNotEmptyFile();
    assertThat(command("backup", backup)).as("never overwrites a backup").isEqualTo(1);

    String lost;
    try (TestApp app = app()) {
      lost = StudentClient.startOn(app, StudentClient.SEED, "After").attemptId();
    }
    assertThat(command("restore", backup)).as(err.toString()).isZero();
    assertThat(out.toString()).contains("is kept as");
    try (TestApp app = app()) {
      assertThat(app.count("attempt")).isEqualTo(1);
      assertThat(app.one("SELECT id FROM attempt", String.class))
          .isEqualTo(kept)
          .isNotEqualTo(lost);
    }
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("quiz-trainer.mv.db.before-restore-"));
    }
  }

  @Test
  void backup_and_restore_refuse_while_the_app_is_running() throws Exception {
    try (ServerProcess running = new ServerProcess(data).start()) {
      assertThat(command("backup", elsewhere.resolve("x.zip"))).isEqualTo(1);
      assertThat(err.toString()).contains("in use", "stop it first");
      assertThat(elsewhere.resolve("x.zip")).doesNotExist();
      Path backup = elsewhere.resolve("old.zip");
      Files.write(
          backup,
          new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
      assertThat(command("restore", backup)).isEqualTo(1);
      assertThat(err.toString()).contains("restore refused: the database is in use");
    }
  }

  @Test
  void restore_refuses_a_file_that_is_not_a_backup() throws Exception {
    Path notZip = elsewhere.resolve("notes.zip");
    Files.writeString(notZip, "hello");
    assertThat(command("restore", notZip)).isEqualTo(1);
    assertThat(err.toString()).contains("restore refused");
  }
}
