package org.quiztrainer.system;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request metrics and logs. Every request is timed into {@code http.server.requests}, tagged with
 * its method, route pattern and status, and logged as one line of {@code key=value} pairs. Only the
 * route pattern is recorded, never the path, query, headers or body, so no token, attempt id or
 * answer reaches the log or the metrics.
 */
public final class Observability implements AutoCloseable {
  private static final Logger requests = LoggerFactory.getLogger("requests");

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Observability() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Javalin's request logger: called once per request with its time in milliseconds. */
  public void record(Context ctx, Float millis) {
    String route = route(ctx);
    int status = ctx.statusCode();
    Timer.builder("http.server.requests")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    requests.info(
        "method={} route={} status={} ms={}",
        ctx.method().name(),
        route,
        status,
        String.format(java.util.Locale.ROOT, "%.2f", millis));
  }

  /** The matched route's pattern, such as /api/attempts/{attemptId}/answers. */
  static String route(Context ctx) {
    try {
      var endpoint = ctx.endpoints().lastHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException noEndpoint) {
      return "unmatched";
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
