package org.quiztrainer.cluster;

import java.util.function.Consumer;

/**
 * News that every app node must hear: a live session's pace changed, its answers changed, a quiz
 * was edited. The state itself is always in the database; a signal only tells a node to read it
 * again for the screens and caches it holds. A node hears its own signals at once, in the calling
 * thread.
 */
public interface Signals extends AutoCloseable {
  /** What changed; the key says which session or quiz. */
  enum Topic {
    LIVE_PACE,
    LIVE_PROGRESS,
    QUIZ_CHANGED
  }

  void publish(Topic topic, String key);

  void subscribe(Topic topic, Consumer<String> listener);

  /**
   * Runs after this node lost touch with the others and is back: whatever was missed meanwhile must
   * be read again.
   */
  void onResync(Runnable action);

  @Override
  void close();
}
