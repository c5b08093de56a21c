package org.quiztrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.Config;
import org.quiztrainer.testing.TestApp;

/**
 * Behind a reverse proxy every request comes from the proxy's address, so per-address limits would
 * throttle a whole district at once. With QUIZ_TRUST_PROXY the client's address comes from
 * X-Forwarded-For; without it the header is ignored, so nobody picks their own address.
 */
class ForwardedAddressTest {
  private TestApp app;

  @AfterEach
  void stop() {
    app.close();
  }

  private int wrongCodesUntilRefused(String address) {
    int tries = 0;
    int status = 404;
    while (status != 429 && tries < 100) {
      status =
          app.postJson(
                  "/api/join",
                  Map.of("joinCode", "000000", "name", "Guess"),
                  "X-Forwarded-For",
                  address)
              .status();
      tries++;
    }
    return tries;
  }

  private int wrongCode(String address) {
    return app.postJson(
            "/api/join", Map.of("joinCode", "000000", "name", "Kai"), "X-Forwarded-For", address)
        .status();
  }

  @Test
  void behind_a_trusted_proxy_each_client_address_is_limited_on_its_own() throws Exception {
    app =
        TestApp.start(
            Config.forDataDir(Files.createTempDirectory("qt-"), TestApp.SEED_QUESTIONS)
                .withAdmin(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD)
                .withTrustedProxy());
    assertThat(wrongCodesUntilRefused("203.0.113.7")).isEqualTo(21);
    assertThat(wrongCode("203.0.113.7")).isEqualTo(429);
    assertThat(wrongCode("198.51.100.9")).as("another school is not held up").isEqualTo(404);
  }

  @Test
  void without_trust_a_forwarded_header_changes_nothing() {
    app = TestApp.start();
    assertThat(wrongCodesUntilRefused("203.0.113.7")).isEqualTo(21);
    assertThat(wrongCode("198.51.100.9"))
        .as("a client cannot escape its limit by naming another address")
        .isEqualTo(429);
  }
}
