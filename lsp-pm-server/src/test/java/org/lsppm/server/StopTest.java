package org.lsppm.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stop lets the requests in flight finish, refuses new ones, and then closes. */
class StopTest {
  @Test
  void aRequestInFlightIsAnsweredWhileTheServerStopsAndANewOneIsTurnedAway() throws Exception {
    Http http = new Http(LspPmServer.Settings.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(20)));
    String body = "indicator,polarity,period,status,target,outturn\nNI 1,higher,2008/09,final,10,11\n";
    try (Socket socket = new Socket(http.server.uri().getHost(), http.server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/ratings?format=csv HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: " + body.length()
          + "\r\nConnection: close\r\n\r\n" + body.substring(0, 20)).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Wait until the request is being worked on (its body half read), then stop the server.
      http.awaitInFlight(1);
      Thread stopping = new Thread(http.server::close, "stop");
      stopping.start();
      while (http.get("/health").status() != 503) {
        Thread.sleep(20); // until the stop has begun: polled
      }
      out.write(body.substring(20).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("HTTP/1.1 200").contains("NI 1,").contains("GREEN");
      stopping.join(30_000);
      assertThat(stopping.isAlive()).isFalse();
    }
    assertThat(http.log).last().isEqualTo("lsp-pm stopped");
    assertThat(http.log).noneMatch(l -> l.startsWith("stopping with requests still in flight"));
  }
}
