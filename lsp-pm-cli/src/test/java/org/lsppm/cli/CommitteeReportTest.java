package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.lsppm.reports.Committee;
import org.lsppm.reports.Report;

/**
 * The committee report as its readers meet it: the HTML opened in a real headless Chromium
 * (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium), and the PDF read
 * back with PDFBox. {@code .ci/run} installs Chromium and sets {@code LSPPM_REQUIRE_BROWSER}, so
 * there a missing browser fails the test; elsewhere it is skipped.
 */
@Tag("slow") // a browser and a PDF layout: left out of mutation runs
class CommitteeReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** An A4 page's width in CSS pixels (297 mm at 96 per inch) less 12 mm margins each side. */
  private static final int A4_LANDSCAPE_PRINT_WIDTH = (int) Math.floor((297 - 24) / 25.4 * 96);

  private static ChromeDriver browser;
  /** Selenium's own notices (such as having no DevTools bindings for this Chromium) are not test output. */
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir
  static Path dir;

  @BeforeAll
  static void openChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("LSPPM_REQUIRE_BROWSER") != null) {
      assertThat(present).as("LSPPM_REQUIRE_BROWSER is set: %s and %s must be installed", CHROMIUM, DRIVER).isTrue();
    }
    Assumptions.assumeTrue(present, "headless Chromium is not installed (apt-get install chromium chromium-driver)");
    SELENIUM.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path report(String name, String format, String... args) {
    Path out = dir.resolve(name);
    List<String> command = new java.util.ArrayList<>(List.of(args));
    command.addAll(List.of("--format", format, "--output", out.toString()));
    Cli r = Cli.run(command.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return out;
  }

  private static String css(WebElement e, String property) {
    return e.getCssValue(property);
  }

  @Test
  void a_reader_sees_coloured_lights_with_their_words_a_line_per_indicator_and_the_provenance() {
    Path html = report("committee.html", "html", "rate", "--measurements", data("committee-measurements.csv"));
    browser.get(html.toUri().toString());

    List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(console).as("console messages").isEmpty();

    Map<String, String> colours = Map.of("green", "rgba(27, 94, 32, 1)", "amber", "rgba(255, 179, 0, 1)",
        "red", "rgba(183, 28, 28, 1)", "purple", "rgba(74, 20, 140, 1)");
    colours.forEach((light, colour) -> {
      List<WebElement> cells = browser.findElements(By.cssSelector("td.light-" + light));
      assertThat(cells).as(light).isNotEmpty().allSatisfy(cell -> {
        assertThat(css(cell, "background-color")).isEqualTo(colour);
        assertThat(cell.getText()).isEqualTo(Report.word(org.lsppm.core.rating.TrafficLight.valueOf(light.toUpperCase(java.util.Locale.UK))));
      });
    });
    WebElement amber = browser.findElement(By.cssSelector("table.exceptions td.light-amber"));
    assertThat(css(amber, "color")).isEqualTo("rgba(0, 0, 0, 1)");
    assertThat(browser.findElement(By.cssSelector("table.exceptions td.light-red")).getCssValue("color"))
        .isEqualTo("rgba(255, 255, 255, 1)");

    // One line per indicator with several periods, each with as many points as outturns.
    List<WebElement> rows = browser.findElements(By.cssSelector("table.indicators tbody tr"));
    assertThat(rows).hasSize(8);
    Map<String, Integer> points = new java.util.LinkedHashMap<>();
    for (WebElement row : rows) {
      List<WebElement> lines = row.findElements(By.cssSelector("svg.sparkline"));
      if (!lines.isEmpty()) {
        points.put(row.findElement(By.cssSelector("th")).getText(), lines.get(0).findElements(By.cssSelector("circle.point")).size());
        assertThat(lines.get(0).getSize().getWidth()).isPositive();
      }
    }
    assertThat(points).containsExactly(Map.entry("NI 16", 3), Map.entry("NI 39", 3), Map.entry("NI 154", 3),
        Map.entry("NI 195a", 3), Map.entry("NI 152", 3), Map.entry("LOC 4", 2), Map.entry("NI 75", 2), Map.entry("NI 8", 2));
    assertThat(browser.findElement(By.cssSelector("table.indicators svg.sparkline")).getAttribute("aria-label"))
        .isEqualTo("Outturns 2006/07 24.9, 2007/08 23.1, 2008/09 22.4; targets 2006/07 24.5, 2007/08 23, 2008/09 21.5"
            + "; lower is better, drawn upwards");

    // The lines share one time axis: a year sits at the same place on every line, so a line that
    // starts a year late starts a step in, and each line's first and last figures are written.
    Map<String, List<Double>> across = new java.util.LinkedHashMap<>();
    Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
    for (WebElement row : rows) {
      String code = row.findElement(By.cssSelector("th")).getText();
      for (WebElement line : row.findElements(By.cssSelector("svg.sparkline"))) {
        across.put(code, line.findElements(By.cssSelector("circle.point")).stream()
            .map(c -> Double.valueOf(c.getAttribute("cx"))).toList());
        labels.put(code, line.findElements(By.cssSelector("text")).stream().map(t -> t.getAttribute("class") + " " + t.getText())
            .toList());
      }
    }
    List<Double> years = across.get("NI 16");
    assertThat(years).isSorted().doesNotHaveDuplicates();
    assertThat(across).containsEntry("NI 39", years).containsEntry("NI 152", years)
        .containsEntry("LOC 4", years.subList(1, 3)).containsEntry("NI 8", years.subList(1, 3))
        .containsEntry("NI 75", years.subList(0, 2)); // its 2008/09 outturn is awaited
    assertThat(labels.get("NI 16")).containsExactly("first 24.9", "last 22.4");

    // Numbers right-aligned, periods on one line, commentary beside its exception.
    assertThat(css(browser.findElement(By.cssSelector("table.ratings td.num")), "text-align")).isEqualTo("right");
    assertThat(css(browser.findElement(By.cssSelector("table.ratings td.nowrap")), "white-space")).isEqualTo("nowrap");
    assertThat(browser.findElement(By.cssSelector("table.exceptions tbody tr")).getText())
        .contains("NI 39", "Red", "Admissions rose for the third year");

    List<String> footer = browser.findElements(By.cssSelector("footer p")).stream().map(WebElement::getText).toList();
    assertThat(footer).anyMatch(p -> p.startsWith("Generated ") && p.contains(" by lsp-pm "))
        .anyMatch(p -> p.matches("Input committee-measurements.csv: SHA-256 [0-9a-f]{64}\\."))
        .anyMatch(p -> p.startsWith("Rating policy lsp-pm-default: a 10% tolerance") && p.matches(".*\\(SHA-256 [0-9a-f]{64}\\)"));

    // Printed on A4 landscape, the widest table fits the page.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(A4_LANDSCAPE_PRINT_WIDTH, 900));
    Object widest = ((JavascriptExecutor) browser).executeScript(
        "return Math.max(...Array.from(document.querySelectorAll('table')).map(t => t.getBoundingClientRect().right));");
    Object page = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    assertThat(((Number) page).intValue()).as("page width at A4 landscape").isLessThanOrEqualTo(A4_LANDSCAPE_PRINT_WIDTH);
    assertThat(((Number) widest).doubleValue()).isLessThanOrEqualTo(A4_LANDSCAPE_PRINT_WIDTH);
  }

  @Test
  void the_other_reports_show_their_states_in_colour_and_the_threshold_step() {
    Path reviews = report("reviews.html", "html", "reviews", "--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01");
    browser.get(reviews.toUri().toString());
    WebElement overdue = browser.findElements(By.cssSelector("td.light-red")).get(0);
    assertThat(overdue.getText()).isIn("Overdue", "Never reviewed");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kensington and Chelsea Partnership: review position on 1 June 2004");
    assertThat(css(overdue, "background-color")).isEqualTo("rgba(183, 28, 28, 1)");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).isEmpty();

    Path whatif = report("whatif.html", "html", "whatif", "--agreement", data("lpsa-agreement.json"), "--scenarios",
        data("lpsa-scenarios.csv"), "--vary", "1", "--from", "14.6", "--to", "18.2", "--step", "0.4");
    browser.get(whatif.toUri().toString());
    List<WebElement> steps = browser.findElements(By.cssSelector("table.sensitivity tr.step"));
    assertThat(steps).extracting(WebElement::getText).anyMatch(t -> t.startsWith("16.6") && t.contains("share to nothing"));
    assertThat(css(steps.get(steps.size() - 1).findElement(By.cssSelector("td")), "border-top-width")).isEqualTo("3px");
    // Each measure is named; the totals are set apart in bold; an awaited grant stands with the figures.
    assertThat(browser.findElement(By.cssSelector("table.scenarios tbody tr")).getText())
        .contains("Reduce domestic burglary (per 1,000 households)");
    List<WebElement> totals = browser.findElements(By.cssSelector("table.scenarios tr.total"));
    assertThat(totals).extracting(t -> t.findElement(By.cssSelector("th")).getText())
        .containsExactly("total", "share of pot", "undetermined");
    assertThat(css(totals.get(0).findElement(By.cssSelector("td")), "font-weight")).isEqualTo("700");
    assertThat(css(totals.get(0).findElement(By.cssSelector("th")), "border-top-width")).isEqualTo("2px");
    assertThat(browser.findElements(By.cssSelector("table.scenarios td.num")).stream().map(WebElement::getText))
        .contains("pending");

    Path summary = report("summary.html", "html", "summary", "--outcomes", data("kcp-2009-laa1-outcomes.csv"));
    browser.get(summary.toUri().toString());
    assertThat(css(browser.findElement(By.cssSelector("th.light-green")), "background-color")).isEqualTo("rgba(27, 94, 32, 1)");
  }

  @Test
  void the_pdf_is_a4_landscape_and_holds_the_lights_the_exceptions_and_the_provenance() throws IOException {
    Path pdf = report("committee.pdf", "pdf", "rate", "--measurements", data("committee-measurements.csv"));

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDRectangle page = doc.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Lights by theme for the periods ending 31 March 2009 (8 ratings)",
          "Exceptions for the periods ending 31 March 2009: Red and Amber (5)", "Red", "Amber", "Green", "Purple",
          "Admissions rose for the third year", "Generated ", "Input committee-measurements.csv: SHA-256 ",
          "Rating policy lsp-pm-default: ");
      assertThat(doc.getDocumentInformation().getProducer()).startsWith("lsp-pm ");
    }
  }

  @Test
  void the_pdf_needs_an_output_file() {
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--format", "pdf");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("--format pdf: expected --output FILE.pdf, got none (a PDF is not text to print on a terminal)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_huge_input_shows_the_summary_and_exceptions_and_says_how_many_rows_it_left_out() throws IOException {
    Path measurements = dir.resolve("huge.csv");
    StringBuilder csv = new StringBuilder("indicator,polarity,period,status,target,outturn\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append("LOC ").append(i).append(",higher,2008/09,final,100,").append(i % 3 == 0 ? "80" : i % 3 == 1 ? "95" : "100")
          .append('\n');
    }
    Files.writeString(measurements, csv);

    Path html = report("huge.html", "html", "rate", "--measurements", measurements.toString());

    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(html));
    assertThat(page.select("table.summary tbody tr").last().text()).isEqualTo("All themes 1000 1000 1000 0 0 3000");
    assertThat(page.select("table.exceptions tbody tr")).hasSize(2 * Committee.SHOWN);
    assertThat(page.select("table.ratings tbody tr")).hasSize(Committee.SHOWN);
    assertThat(page.select("footer p").eachText()).contains(
        "3,000 ratings: the tables list the first 1,000 (the counts cover all); write --format csv for every row.");
    assertThat(Files.size(html)).isLessThan(3_000_000);
  }

  @Test
  void axe_finds_no_wcag_a_or_aa_violation_in_the_paper_for_officers_or_members_or_the_other_reports() throws IOException {
    String[] paper = {"rate", "--measurements", data("committee-measurements.xlsx"), "--details", data("committee-details.json")};
    java.util.Map<String, Path> reports = new java.util.LinkedHashMap<>();
    reports.put("the paper for officers", report("a11y-officers.html", "html", paper));
    String[] members = java.util.Arrays.copyOf(paper, paper.length + 2);
    members[paper.length] = "--for";
    members[paper.length + 1] = "members";
    reports.put("the paper for members", report("a11y-members.html", "html", members));
    reports.put("the grant", report("a11y-prg.html", "html", "prg", "--agreement", data("lpsa-agreement.json"), "--outturns",
        data("lpsa-scenarios.csv")));
    reports.put("the reviews", report("a11y-reviews.html", "html", "reviews", "--partnership", data("sample-partnership.json"),
        "--as-of", "2009-05-01"));
    for (java.util.Map.Entry<String, Path> r : reports.entrySet()) {
      browser.get(r.getValue().toUri().toString());
      assertThat(axeViolations()).as(r.getKey()).isEmpty();
    }
  }

  /** Each violation axe-core finds of the WCAG 2.0 and 2.1 A and AA rules: its rule, impact and the first elements it names. */
  private static List<String> axeViolations() throws IOException {
    try (java.io.InputStream in = CommitteeReportTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      assertThat(in).as("axe-core's script on the test class path").isNotNull();
      browser.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
        + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); },"
        + " function (e) { done(['axe failed: ' + e]); });");
    // axe's own notices (Chromium's advice on its canvas reads) are read off, not left for the next page's check of the console.
    browser.manage().logs().get(LogType.BROWSER);
    return violations;
  }

  @Test
  void the_paper_opens_with_its_cover_the_position_in_words_and_the_key_and_its_pdf_pages_are_numbered_and_headed()
      throws IOException {
    String[] rate = {"rate", "--measurements", data("committee-measurements.xlsx"), "--details", data("committee-details.json")};
    Path html = report("paper.html", "html", rate);
    Path pdf = report("paper.pdf", "pdf", rate);
    browser.get(html.toUri().toString());
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(shots.resolve("paper-first-page.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

    // The cover, as the papers councils table open.
    assertThat(browser.findElement(By.cssSelector("header p.body")).getText()).isEqualTo("KENSINGTON AND CHELSEA PARTNERSHIP");
    assertThat(browser.findElement(By.cssSelector("header p.meeting")).getText()).isEqualTo("Partnership Board, 15 July 2009");
    assertThat(browser.findElement(By.cssSelector("header h1")).getText()).isEqualTo("Performance indicators: progress report");
    assertThat(browser.findElement(By.cssSelector("header p.by")).getText())
        .isEqualTo("Reporting period: April 2008 to March 2009. Report by the Partnership Support Officer.");
    assertThat(browser.findElement(By.cssSelector("header p.decision")).getText()).isEqualTo("FOR INFORMATION");
    // The headline says what the tables count: the summary's all-themes row and the directions of travel.
    assertThat(browser.findElement(By.cssSelector("section.headline p")).getText()).isEqualTo("Of 8 indicators for the periods "
        + "ending 31 March 2009, 1 is Red, 4 are Amber, 1 is Green and 1 is Purple (outturn awaited); 1 is data only. Against the "
        + "period before, 3 improved, 1 was static and 3 declined; 1 has no earlier period to compare with.");
    assertThat(browser.findElement(By.cssSelector("table.summary tbody tr:last-child")).getText())
        .isEqualTo("All themes 1 4 1 1 1 8");
    List<String> directions = browser.findElements(By.cssSelector("table.indicators tbody tr")).stream()
        .map(r -> r.findElements(By.cssSelector("td")).get(3).getText()).toList();
    assertThat(directions).filteredOn(d -> d.endsWith("Improving")).hasSize(3);
    assertThat(directions).filteredOn(d -> d.endsWith("Declining")).hasSize(3);
    // The key names the policy's tolerances, each light on its colour; provisional and estimated outturns are marked.
    List<WebElement> terms = browser.findElements(By.cssSelector("section.key dl.legend dt"));
    assertThat(terms.stream().map(WebElement::getText).toList()).startsWith("Green", "Amber", "Red", "Purple", "data only");
    assertThat(css(terms.get(1), "background-color")).isEqualTo("rgba(255, 179, 0, 1)");
    assertThat(browser.findElement(By.cssSelector("section.key")).getText())
        .contains("within the tolerance (10% of the target, 5% for vital signs)", "the dashed line is the target", "(p), (e)", "a provisional outturn");
    assertThat(browser.findElement(By.cssSelector("table.exceptions tbody tr")).getText()).contains("1502 (p)");
    // Nothing wider than an A4 landscape page.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(A4_LANDSCAPE_PRINT_WIDTH, 900));
    Object page = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    assertThat(((Number) page).intValue()).as("page width at A4 landscape").isLessThanOrEqualTo(A4_LANDSCAPE_PRINT_WIDTH);

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
      for (int n = 1; n <= pages; n++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).as("page %d", n).contains("Page " + n + " of " + pages)
            .contains("Performance indicators: progress report \u2014 April 2008 to March 2009");
        // More on every page than its running header, its number and a row or a heading.
        assertThat(lines.size()).as("page %d: %s", n, lines).isGreaterThan(6);
        // An arrow never stands on a line without its word.
        assertThat(lines).as("page %d", n).noneMatch(l -> l.matches("[\u2191\u2193\u2194]"));
        javax.imageio.ImageIO.write(renderer.renderImageWithDPI(n - 1, 60), "png", shots.resolve("paper-page-" + n + ".png").toFile());
      }
      // A page opens with a heading or, where a table runs on from the page before, that table's header row again.
      for (int n = 2; n <= pages; n++) {
        PDFTextStripper opening = new PDFTextStripper();
        opening.setStartPage(n);
        opening.setEndPage(n);
        String first = opening.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Page ")
            && !l.startsWith("Performance indicators: progress report")).findFirst().orElse("");
        assertThat(first).as("the first line of page %d", n).matches("(indicator title|theme Green|Lights by theme|Exceptions for"
            + "|Indicators, latest period|All ratings|Key|Rating policy|Generated|Input) .*|Key");
      }
    }
  }
}
