package org.lsppm.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.lsppm.core.Json;

/**
 * What Jetty answers itself, before a request reaches an endpoint (a path it will not route, such
 * as one with {@code ..}; a header past its size; a request line it cannot read), as a problem
 * document like every other refusal, not Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
  JettyProblems() {
    setShowStacks(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    // Jetty closes the connection after refusing a request this early; the client is told so, not left to find it dead.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(document(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    return ByteBuffer.wrap(document(status));
  }

  /** The document; it names no path (a request refused this early may have none that can be trusted). */
  private static byte[] document(int status) {
    java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
    doc.put("type", "https://lsppm.org/problems/" + (status == 404 ? "not-found" : "bad-request"));
    doc.put("title", status == 404 ? "No such resource" : "The request could not be understood");
    doc.put("status", status);
    String reason = HttpStatus.getMessage(status);
    doc.put("detail", "expected an HTTP request this server can route (see /openapi.json), got one refused as " + status + " "
        + (reason == null ? "" : reason));
    return Json.write(doc).getBytes(StandardCharsets.UTF_8);
  }
}
