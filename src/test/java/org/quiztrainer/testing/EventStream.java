package org.quiztrainer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server-sent event stream read by a real HTTP client, as a browser's EventSource would: every
 * event of one name, with its data parsed, in order of arrival.
 */
public final class EventStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> stream;

  private EventStream(String url, String eventName, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    stream =
        HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader = new Thread(() -> read(response.body(), eventName), "event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  /** Listens to {@code path} of {@code app} for events named {@code eventName}. */
  public static EventStream open(TestApp app, String path, String eventName, String... headers)
      throws Exception {
    return new EventStream(app.url(path), eventName, headers);
  }

  private void read(Stream<String> lines, String eventName) {
    String event = null;
    for (var it = lines.iterator(); it.hasNext(); ) {
      String line = it.next();
      if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:") && eventName.equals(event)) {
        try {
          events.add(JSON.readTree(line.substring(5).strip()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** The next event, or null if none comes within the time. */
  public JsonNode next(Duration within) throws InterruptedException {
    return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The first event that matches, skipping others; null if none comes within the time. */
  public JsonNode await(Predicate<JsonNode> wanted, Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
      JsonNode e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && wanted.test(e)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public void close() {
    stream.cancel(true);
  }
}
