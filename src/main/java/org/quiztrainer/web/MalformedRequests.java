package org.quiztrainer.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests that Jetty refuses before they reach the app (a path that isn't valid UTF-8, a %00) get
 * the app's JSON error shape instead of Jetty's HTML page, and never a stack. No browser on our
 * pages sends such a request, so JSON is the right answer for the scripts that do.
 */
public final class MalformedRequests extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    // Only requests refused before the app get here, and Jetty doesn't keep their connection.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, body(code, message), callback);
  }

  static ByteBuffer body(int status, String reason) {
    String why = reason == null || reason.isBlank() ? "status " + status : reason;
    StringBuilder json = new StringBuilder("{\"error\":\"the request could not be read: ");
    for (char c : why.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        json.append(c);
      }
    }
    return ByteBuffer.wrap(json.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
  }
}
