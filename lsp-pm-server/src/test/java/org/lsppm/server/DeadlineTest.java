package org.lsppm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request is given its time (here 1 second, on one worker) and no more: work past it is stopped
 * and refused, a body still arriving is cut off, and the worker is free at once for the next.
 */
class DeadlineTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(LspPmServer.Settings.defaults().withWorkers(1, 0).withRequestTimeout(Duration.ofSeconds(1)));
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  /** After each: the one worker answers a grant at once, so the stopped request is not still running. */
  @AfterEach
  void theWorkerIsFree() throws IOException {
    Http.Answer grant = http.post("/v1/grants", "application/json", EndpointsTest.grantRequest());
    assertThat(grant.status()).as(grant.text()).isEqualTo(200);
    assertThat(http.log).noneMatch(l -> l.startsWith("error "));
  }

  @Test
  void workPastTheRequestsTimeIsStoppedAnd503() throws IOException {
    EndpointsTest.Form form = new EndpointsTest.Form()
        .file("agreement", "lpsa-agreement.json", "application/json", Files.readAllBytes(Http.DATA.resolve("lpsa-agreement.json")))
        .file("forecasts", "lpsa-forecasts.csv", "text/csv", Files.readAllBytes(Http.DATA.resolve("lpsa-forecasts.csv")));
    // 100,000 draws on one thread take several seconds on this machine; the request has one. That
    // the work was stopped, not left running, is checked after each test: the one worker is free.
    Http.Answer a = http.post("/v1/simulations?draws=100000", form.contentType(), form.bytes());

    JsonNode problem = http.problem(a, 503);
    assertThat(problem.get("type").asText()).isEqualTo("https://lsppm.org/problems/took-too-long");
    assertThat(problem.get("detail").asText()).startsWith("expected an answer within 1 s, got work that would take longer");
    assertThat(a.headers().firstValue("Retry-After")).as("the same request would take as long again").isEmpty();
  }

  @Test
  void aBodyStillArrivingWhenTheTimeRunsOutIs408() throws IOException, InterruptedException {
    for (String type : new String[] {"text/csv", "multipart/form-data; boundary=b"}) {
      try (Socket socket = new Socket(http.server.uri().getHost(), http.server.port())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/ratings HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: 100000\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        // A byte every 50 ms: never idle, and within the minimum rate's grace, but not done in a second.
        try {
          for (int i = 0; i < 60; i++) {
            out.write('x');
            out.flush();
            Thread.sleep(50);
          }
        } catch (IOException closed) {
          // The server has answered and closed: what it said is read below.
        }
        InputStream in = socket.getInputStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(answer).as(type).startsWith("HTTP/1.1 408").contains("Connection: close")
            .contains("expected the whole body within the request's 1 s, got ");
      }
    }
  }
}
