package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.testing.ServerProcess;

/** SIGTERM lets a request that is already in flight finish before the server stops. */
class GracefulShutdownTest {
  @TempDir Path data;

  /** A request body that arrives slowly, a few bytes every few milliseconds. */
  private static InputStream trickle(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        try {
          Thread.sleep(15);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.read(b, off, Math.min(len, 200));
      }
    };
  }

  @Test
  void a_request_in_flight_when_sigterm_arrives_still_gets_its_answer() throws Exception {
    try (ServerProcess server = new ServerProcess(data).start()) {
      String body = "{\"name\": \"Slow Sam\", \"padding\": \"" + "x".repeat(20_000) + "\"}";
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(server.base() + "/api/quizzes/belousov-pyongyang/attempts"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofInputStream(() -> trickle(body)))
              .build();
      CompletableFuture<HttpResponse<String>> response =
          HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
      Thread.sleep(400);
      assertThat(response).isNotDone();
      int exit = server.terminate();
      assertThat(response.get().statusCode()).isEqualTo(201);
      assertThat(exit).isEqualTo(143);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
