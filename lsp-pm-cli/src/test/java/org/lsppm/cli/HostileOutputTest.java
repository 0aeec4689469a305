package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are safe to open whatever the input's names hold: Markdown, rendered as GitHub renders
 * it, makes no tag, link or extra cell from them; CSV cells a spreadsheet would run as formulas
 * are neutralised while negative numbers stay numbers.
 */
class HostileOutputTest {
  private static final List<String> TITLES = List.of(
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "[click me](javascript:alert(1))",
      "pipes | split | cells",
      "a line\nbreak",
      "=HYPERLINK(\"http://evil.example\",\"x\")",
      "+SUM(1,2)",
      "@SUM(A1)",
      "-2+3");

  @TempDir
  Path dir;

  private Path hostileMeasurements() throws IOException {
    StringBuilder csv = new StringBuilder("indicator,title,polarity,period,status,target,outturn\n");
    for (int i = 0; i < TITLES.size(); i++) {
      csv.append("H ").append(i).append(",\"").append(TITLES.get(i).replace("\"", "\"\"")).append("\",higher,2008/09,final,10,")
          .append(i % 2 == 0 ? "-3.5" : "12").append('\n');
    }
    return Files.writeString(dir.resolve("hostile.csv"), csv, StandardCharsets.UTF_8);
  }

  @Test
  void markdown_rendered_as_github_does_keeps_every_name_as_text_in_its_own_cell() throws IOException {
    Cli r = Cli.run("rate", "--measurements", hostileMeasurements().toString(), "--format", "markdown");
    assertThat(r.exit()).as(r.err()).isZero();

    var extensions = List.of(TablesExtension.create());
    String html = HtmlRenderer.builder().extensions(extensions).build()
        .render(Parser.builder().extensions(extensions).build().parse(r.out()));
    Document page = Jsoup.parseBodyFragment(html);

    assertThat(page.select("script, img, a, iframe")).isEmpty();
    Element table = page.select("table").last(); // all ratings, after the summary, exceptions and indicators
    int columns = table.select("thead th").size();
    assertThat(table.select("tbody tr")).hasSize(TITLES.size())
        .allSatisfy(row -> assertThat(row.select("td")).hasSize(columns));
    List<String> shown = table.select("tbody tr").stream().map(row -> row.select("td").get(1).text()).toList();
    assertThat(shown).containsExactlyElementsOf(TITLES.stream().map(t -> t.replace('\n', ' ')).toList());
  }

  @Test
  void csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe_and_numbers_stay_numbers() throws IOException {
    Cli r = Cli.run("rate", "--measurements", hostileMeasurements().toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();

    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out())).getRecords();
    for (CSVRecord row : rows) {
      row.toList().forEach(cell -> assertThat(cell).as("cell of %s", row).doesNotStartWith("=").doesNotStartWith("+")
          .doesNotStartWith("@"));
      assertThat(row.get("outturn")).isIn("-3.5", "12");
    }
    assertThat(rows.stream().map(row -> row.get("title")))
        .contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+SUM(1,2)", "'@SUM(A1)", "'-2+3");
  }
}
