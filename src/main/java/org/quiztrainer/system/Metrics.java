package org.quiztrainer.system;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.quiztrainer.Problem;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;

/**
 * GET /metrics in Prometheus's text format, for the scraper's token (QUIZ_METRICS_TOKEN) or an
 * admin's API token: figures about the server are not for everyone.
 */
public final class Metrics {
  private final Observability observability;
  private final Auth auth;
  private final Optional<String> scraperToken;

  public Metrics(Observability observability, Auth auth, Optional<String> scraperToken) {
    this.observability = observability;
    this.auth = auth;
    this.scraperToken = scraperToken;
  }

  public void scrape(Context ctx) {
    String header = ctx.header("Authorization");
    boolean scraper =
        scraperToken.isPresent()
            && header != null
            && MessageDigest.isEqual(
                header.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + scraperToken.get()).getBytes(StandardCharsets.UTF_8));
    if (!scraper) {
      Teacher t = auth.apiTeacher(ctx);
      if (!t.admin()) {
        throw Problem.forbidden("metrics are for the admin and the metrics scraper");
      }
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(observability.registry().scrape());
  }
}
