package org.quiztrainer.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.quiztrainer.cluster.LocalSignals;
import org.quiztrainer.cluster.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals between app nodes through PostgreSQL's LISTEN/NOTIFY, so nothing but the database sits
 * between nodes. Each node listens on one connection of its own, outside the pool; it publishes
 * through the pool. A node hears its own signals at once and skips their echo. If the listening
 * connection drops, the node reconnects and runs the resync actions, because whatever was said
 * meanwhile is lost: NOTIFY is not a queue.
 */
public final class PostgresSignals implements Signals {
  public static final String CHANNEL = "quiz_trainer";
  private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
  private static final int WAIT_MS = 1_000;

  /** A silent connection is checked this often, so a half-open one is noticed and replaced. */
  private static final long PING_MS = 30_000;

  /** Opens a connection that is not from the pool: LISTEN belongs to one session for good. */
  public interface Connector {
    Connection open() throws SQLException;
  }

  private final LocalSignals here = new LocalSignals();
  private final String node = UUID.randomUUID().toString().substring(0, 8);
  private final Jdbi jdbi;
  private final Connector connector;
  private final CountDownLatch listening = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Connection current;

  /** Starts listening, and returns once it does, so no signal sent after start-up is missed. */
  public PostgresSignals(Jdbi jdbi, Connector connector) {
    this.jdbi = jdbi;
    this.connector = connector;
    this.thread = new Thread(this::listen, "signals-" + node);
    thread.setDaemon(true);
    thread.start();
    try {
      if (!listening.await(30, TimeUnit.SECONDS)) {
        close();
        throw new IllegalStateException("could not LISTEN on the database within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while starting to listen", e);
    }
  }

  @Override
  public void publish(Topic topic, String key) {
    here.publish(topic, key);
    try {
      jdbi.useHandle(
          h ->
              h.createQuery("SELECT 1 FROM (SELECT pg_notify(:channel, :payload)) n")
                  .bind("channel", CHANNEL)
                  .bind("payload", node + " " + topic.name() + " " + key)
                  .mapTo(Integer.class)
                  .one());
    } catch (RuntimeException e) {
      // The change itself is stored; other nodes' screens catch up with the next signal.
      log.warn("Could not tell the other nodes about {} {}", topic, key, e);
    }
  }

  @Override
  public void subscribe(Topic topic, Consumer<String> listener) {
    here.subscribe(topic, listener);
  }

  @Override
  public void onResync(Runnable action) {
    here.onResync(action);
  }

  private void listen() {
    boolean reconnecting = false;
    while (running) {
      try (Connection c = connector.open()) {
        current = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        if (reconnecting) {
          log.info("Listening to the other nodes again");
          here.resync();
        }
        listening.countDown();
        receive(c);
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Lost the database connection that hears other nodes; retrying in 1 s", e);
          reconnecting = true;
          pause();
        }
      } finally {
        current = null;
      }
    }
  }

  private void receive(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long quietSince = System.currentTimeMillis();
    while (running) {
      PGNotification[] notes = pg.getNotifications(WAIT_MS);
      if (notes != null && notes.length > 0) {
        quietSince = System.currentTimeMillis();
        for (PGNotification n : notes) {
          deliver(n.getParameter());
        }
      } else if (System.currentTimeMillis() - quietSince > PING_MS) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT 1");
        }
        quietSince = System.currentTimeMillis();
      }
    }
  }

  /** Acts on another node's signal; ignores this node's own echo and anything malformed. */
  void deliver(String payload) {
    String[] parts = payload.split(" ", 3);
    if (parts.length != 3 || parts[0].equals(node)) {
      return;
    }
    Topic topic;
    try {
      topic = Topic.valueOf(parts[1]);
    } catch (IllegalArgumentException e) {
      return; // a newer node's topic during a rolling upgrade
    }
    here.publish(topic, parts[2]);
  }

  private void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    Connection c = current;
    if (c != null) {
      try {
        c.close(); // wakes the listening thread at once
      } catch (SQLException | RuntimeException e) {
        log.debug("Closing the listening connection", e);
      }
    }
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
