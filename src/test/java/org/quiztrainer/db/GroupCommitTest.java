package org.quiztrainer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.Config;
import org.quiztrainer.testing.TestDatabases;

/** Group commit on the real H2 database. */
class GroupCommitTest {
  private final Database db;
  private final GroupCommit writes;

  GroupCommitTest() throws Exception {
    Path dir = Files.createTempDirectory("qt-group-");
    db = Database.open(TestDatabases.fresh(Config.forDataDir(dir, dir)));
    db.jdbi()
        .useHandle(h -> h.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(20))"));
    writes = new GroupCommit(db.jdbi());
  }

  @AfterEach
  void close() {
    writes.close();
    db.close();
  }

  private int count() {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM note").mapTo(Integer.class).one());
  }

  @Test
  void many_concurrent_writes_are_all_stored_and_each_caller_gets_its_own_result()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int id = i;
      results.add(
          pool.submit(
              () ->
                  writes.write(
                      h -> {
                        h.execute("INSERT INTO note (id, body) VALUES (?, ?)", id, "n" + id);
                        return id;
                      })));
    }
    for (int i = 0; i < 500; i++) {
      assertThat(results.get(i).get()).isEqualTo(i);
    }
    pool.shutdown();
    assertThat(count()).isEqualTo(500);
  }

  @Test
  void a_failing_write_fails_alone_and_leaves_nothing_behind() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int id = i;
      results.add(
          pool.submit(
              () ->
                  writes.write(
                      h -> {
                        h.execute("INSERT INTO note (id, body) VALUES (?, ?)", 1000 + id, "x");
                        if (id % 4 == 0) {
                          throw new IllegalArgumentException("refused " + id);
                        }
                        return id;
                      })));
    }
    int failed = 0;
    for (Future<?> f : results) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
        failed++;
      }
    }
    pool.shutdown();
    assertThat(failed).isEqualTo(10);
    assertThat(count()).as("the refused writes' inserts were rolled back").isEqualTo(30);
  }

  @Test
  void a_database_error_in_one_write_reaches_its_caller() {
    writes.write(h -> h.execute("INSERT INTO note (id, body) VALUES (1, 'a')"));
    assertThatThrownBy(
            () -> writes.write(h -> h.execute("INSERT INTO note (id, body) VALUES (1, 'b')")))
        .satisfies(e -> assertThat(UniqueViolation.is((RuntimeException) e)).isTrue());
    int inserted = writes.write(h -> h.execute("INSERT INTO note (id, body) VALUES (2, 'c')"));
    assertThat(inserted).isEqualTo(1);
    assertThat(count()).isEqualTo(2);
  }
}
