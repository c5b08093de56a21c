package org.quiztrainer.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quiztrainer.cluster.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open event streams of every session. Every event carries the whole current state, so a device
 * that reconnects is in sync with the first event it gets, and a repeated event changes nothing. A
 * change of pace goes to every device at once; answers and joins only change the teacher's screen,
 * and are sent at most every {@link #COALESCE_MS} ms, so a burst of 500 answers costs a handful of
 * updates. A comment every {@link #HEARTBEAT_SECONDS} s keeps proxies from closing idle streams.
 *
 * <p>With several app nodes, a device may listen on another node than the one that stored the
 * change, so changes go out as {@link Signals} and every node sends to the devices it holds.
 */
public final class SessionHub implements AutoCloseable {
  static final long COALESCE_MS = 200;
  static final long HEARTBEAT_SECONDS = 15;
  private static final Logger log = LoggerFactory.getLogger(SessionHub.class);

  private final SessionViews views;
  private final ObjectMapper json;
  private final Clock clock;
  private final Signals signals;
  private final Map<String, Set<SseClient>> students = new ConcurrentHashMap<>();
  private final Map<String, Set<SseClient>> teachers = new ConcurrentHashMap<>();
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "session-hub");
            t.setDaemon(true);
            return t;
          });

  public SessionHub(SessionViews views, ObjectMapper json, Clock clock, Signals signals) {
    this.views = views;
    this.json = json;
    this.clock = clock;
    this.signals = signals;
    signals.subscribe(Signals.Topic.LIVE_PACE, this::sendEveryone);
    signals.subscribe(Signals.Topic.LIVE_PROGRESS, this::sendTeachers);
    signals.onResync(this::resync);
    timer.scheduleAtFixedRate(this::flush, COALESCE_MS, COALESCE_MS, TimeUnit.MILLISECONDS);
    timer.scheduleAtFixedRate(
        this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** A student's device: it gets the session's state now and at every change of pace. */
  public void addStudent(String sessionId, SseClient client) {
    add(students, sessionId, client);
    send(client, "state", views.publicState(sessionId, clock.millis()));
  }

  /** The teacher's screen: it also gets answer counts and the class's progress. */
  public void addTeacher(String sessionId, SseClient client) {
    add(teachers, sessionId, client);
    send(client, "progress", views.teacherState(sessionId, clock.millis()));
  }

  private void add(Map<String, Set<SseClient>> all, String sessionId, SseClient client) {
    Set<SseClient> set = all.computeIfAbsent(sessionId, k -> ConcurrentHashMap.newKeySet());
    set.add(client);
    client.onClose(() -> set.remove(client));
    client.keepAlive();
  }

  /** The pace changed: every device, on every node, hears it now. */
  public void paceChanged(String sessionId) {
    signals.publish(Signals.Topic.LIVE_PACE, sessionId);
  }

  private void sendEveryone(String sessionId) {
    long now = clock.millis();
    Set<SseClient> s = students.getOrDefault(sessionId, Set.of());
    if (!s.isEmpty()) {
      String data = write(views.publicState(sessionId, now));
      s.forEach(c -> sendRaw(c, "state", data));
    }
    sendTeachers(sessionId);
  }

  /** Someone joined or answered: the teacher's screen hears it soon. */
  public void changed(String sessionId) {
    dirty.add(sessionId);
  }

  private void flush() {
    for (String id : dirty) {
      dirty.remove(id);
      try {
        signals.publish(Signals.Topic.LIVE_PROGRESS, id);
      } catch (RuntimeException e) {
        log.warn("Could not update the teacher's screen of session {}", id, e);
      }
    }
  }

  private void sendTeachers(String sessionId) {
    Set<SseClient> t = teachers.getOrDefault(sessionId, Set.of());
    if (!t.isEmpty()) {
      String data = write(views.teacherState(sessionId, clock.millis()));
      t.forEach(c -> sendRaw(c, "progress", data));
    }
  }

  /** After news from other nodes may have been missed: every screen here gets the state again. */
  private void resync() {
    java.util.Set<String> ids = new java.util.HashSet<>(students.keySet());
    ids.addAll(teachers.keySet());
    ids.forEach(this::sendEveryone);
  }

  private void heartbeat() {
    for (Map<String, Set<SseClient>> all : java.util.List.of(students, teachers)) {
      all.values()
          .forEach(
              set ->
                  set.forEach(
                      c -> {
                        synchronized (c) {
                          if (!c.terminated()) {
                            c.sendComment("heartbeat");
                          }
                        }
                      }));
    }
  }

  /** How many devices are listening to a session, for tests and the benchmark. */
  public int listeners(String sessionId) {
    return students.getOrDefault(sessionId, Set.of()).size()
        + teachers.getOrDefault(sessionId, Set.of()).size();
  }

  private void send(SseClient client, String event, Object data) {
    sendRaw(client, event, write(data));
  }

  private static void sendRaw(SseClient client, String event, String data) {
    synchronized (client) { // one writer at a time per stream
      if (!client.terminated()) {
        client.sendEvent(event, data);
      }
    }
  }

  private String write(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends every stream, as when the server stops, so shutdown needn't wait for them. */
  @Override
  public void close() {
    timer.shutdownNow();
    for (Map<String, Set<SseClient>> all : java.util.List.of(students, teachers)) {
      all.values().forEach(set -> set.forEach(SseClient::close));
      all.clear();
    }
  }
}
