package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lsppm.reports.Provenance;

/** People read when a paper was made in UK time, whatever the machine's zone; the data formats keep ISO instants. */
class ProvenanceTest {

  @Test
  void the_generation_time_is_read_in_uk_time_to_the_minute() {
    assertThat(Provenance.of(Instant.parse("2026-12-02T22:47:59Z"), "0.1.0").lines())
        .containsExactly("Generated 2 December 2026 at 22:47 GMT by lsp-pm 0.1.0.");
    assertThat(Provenance.of(Instant.parse("2009-07-15T09:30:00Z"), "0.1.0").withInput("m.csv", "ab").lines())
        .containsExactly("Generated 15 July 2009 at 10:30 BST by lsp-pm 0.1.0.", "Input m.csv: SHA-256 ab.");
  }
}
