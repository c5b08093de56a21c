package org.quiztrainer.cluster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signals within one node: the whole story on the embedded database, and each node's own half. */
public final class LocalSignals implements Signals {
  private static final Logger log = LoggerFactory.getLogger(LocalSignals.class);
  private final Map<Topic, List<Consumer<String>>> listeners = new EnumMap<>(Topic.class);
  private final List<Runnable> resyncs = new CopyOnWriteArrayList<>();

  public LocalSignals() {
    for (Topic t : Topic.values()) {
      listeners.put(t, new CopyOnWriteArrayList<>());
    }
  }

  @Override
  public void publish(Topic topic, String key) {
    for (Consumer<String> l : listeners.get(topic)) {
      try {
        l.accept(key);
      } catch (RuntimeException e) { // one failing screen must not keep news from the others
        log.warn("Could not act on {} {}", topic, key, e);
      }
    }
  }

  @Override
  public void subscribe(Topic topic, Consumer<String> listener) {
    listeners.get(topic).add(listener);
  }

  @Override
  public void onResync(Runnable action) {
    resyncs.add(action);
  }

  /** Runs every resync action. */
  public void resync() {
    for (Runnable r : resyncs) {
      try {
        r.run();
      } catch (RuntimeException e) {
        log.warn("Could not catch up after a lost connection", e);
      }
    }
  }

  @Override
  public void close() {}
}
