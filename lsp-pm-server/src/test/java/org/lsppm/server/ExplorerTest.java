package org.lsppm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The what-if explorer in a real headless Chromium, against the server over loopback: an
 * outturn moved across its 60% trigger changes the measure's grant from nothing to the share the
 * library computes, and the total by the same amount. {@code .ci/run} sets {@code
 * LSPPM_REQUIRE_BROWSER}, so there a missing browser fails the test instead of skipping it.
 */
@Tag("slow") // a browser: left out of mutation runs
class ExplorerTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static Http http;
  private static ChromeDriver browser;

  @BeforeAll
  static void open() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("LSPPM_REQUIRE_BROWSER") != null) {
      assertThat(present).as("LSPPM_REQUIRE_BROWSER is set: %s and %s must be installed", CHROMIUM, DRIVER).isTrue();
    }
    Assumptions.assumeTrue(present, "headless Chromium is not installed (apt-get install chromium chromium-driver)");
    SELENIUM.setLevel(Level.SEVERE);
    http = new Http();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (http != null) {
      http.close();
    }
  }

  private static String pounds(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
  }

  /** What the library pays measure 2 and in all when measure 2's outturn is {@code outturn}, asked of the server directly. */
  private static BigDecimal[] grantWith(String outturn) throws Exception {
    ObjectNode request = (ObjectNode) Http.MAPPER.readTree(http.get("/v1/examples/grant").bytes());
    ((ObjectNode) request.get("scenario").get("outturns")).put("2", new BigDecimal(outturn));
    ((ObjectNode) request.get("scenario")).put("name", "explorer");
    JsonNode result = http.post("/v1/grants", "application/json", Json.write(request)).json();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal measure = null;
    for (JsonNode m : result.get("measures")) {
      if (m.hasNonNull("payable")) {
        total = total.add(m.get("payable").decimalValue());
        if (m.get("measure").get("id").asText().equals("2")) {
          measure = m.get("payable").decimalValue();
        }
      }
    }
    return new BigDecimal[] {measure, total};
  }

  private static WebElement measure(String id) {
    return browser.findElement(By.cssSelector("fieldset.measure[data-measure='" + id + "']"));
  }

  private static void awaitText(By element, String text) {
    await("\"" + text + "\" in " + element, () -> browser.findElement(element).getText().equals(text));
  }

  /** Waits for what the page does after a request's answer arrives (polled; up to 20 seconds). */
  private static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s for " + what).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void movingAnOutturnAcrossItsTriggerPaysTheLibrarysShareAndMovesTheTotalBySo() throws Exception {
    browser.get(http.uri("/").toString());
    awaitText(By.id("earned"), "£990,915.97");
    WebElement vehicleCrime = measure("2");
    assertThat(vehicleCrime.findElement(By.cssSelector(".grant")).getText()).isEqualTo("£0.00");
    assertThat(vehicleCrime.getText()).contains("pays from 13 (60%), in full at 12 (100%)");

    // 13.2 is short of the threshold, 13 (vehicle crime: lower is better); 12.5 is past it.
    BigDecimal[] before = grantWith("13.2");
    BigDecimal[] after = grantWith("12.5");
    assertThat(before[0]).isEqualByComparingTo("0");
    assertThat(after[0]).isPositive();
    WebElement field = vehicleCrime.findElement(By.cssSelector("input[type=number]"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12.5");
    awaitText(By.id("earned"), pounds(after[1]));
    assertThat(vehicleCrime.findElement(By.cssSelector(".grant")).getText()).isEqualTo(pounds(after[0]));
    assertThat(vehicleCrime.findElement(By.cssSelector(".decision")).getText()).isEqualTo("Pays the share achieved");
    assertThat(vehicleCrime.findElement(By.cssSelector(".rule")).getText()).isEqualTo("Rule: FromThresholdPaysShareAchieved");
    // The total moved by exactly the measure's new grant, and the page says what changed.
    assertThat(after[1].subtract(before[1])).isEqualByComparingTo(after[0]);
    assertThat(browser.findElement(By.id("change")).getText()).isEqualTo("Total up " + pounds(after[0]) + ": 2 £0.00 to "
        + pounds(after[0]) + ".");
    assertThat(vehicleCrime.getAttribute("class")).contains("changed");

    // The slider moved with the field, and the keyboard moves it back a step at a time.
    WebElement slider = vehicleCrime.findElement(By.cssSelector("input[type=range]"));
    assertThat(slider.getAttribute("value")).isEqualTo("12.5");
    slider.sendKeys(Keys.END);
    await("the field to follow the slider", () -> !field.getAttribute("value").equals("12.5"));
    assertThat(new BigDecimal(field.getAttribute("value"))).isEqualByComparingTo(slider.getAttribute("value"));

    assertThat(errors()).isEmpty();
  }

  @Test
  void everyControlIsLabelledAndTheChartHasATextEquivalent() {
    browser.get(http.uri("/").toString());
    awaitText(By.id("earned"), "£990,915.97");
    await("the sensitivity chart", () -> !browser.findElements(By.cssSelector("#chart svg")).isEmpty());
    Long unlabelled = (Long) browser.executeScript("return Array.from(document.querySelectorAll('input, select'))"
        + ".filter(function (e) { return e.labels === null || e.labels.length === 0; }).length;");
    assertThat(unlabelled).isZero();
    assertThat(browser.findElement(By.cssSelector("#chart svg title")).getAttribute("textContent"))
        .startsWith("Grant of measure 1 as its outturn varies");
    assertThat(browser.findElements(By.cssSelector("#sensitivity-table tbody tr"))).hasSizeGreaterThan(10);
    assertThat(browser.findElements(By.cssSelector("#schedule tbody tr"))).isNotEmpty();
    // Measures awaited in the scenario are shown awaited, their fields set aside.
    WebElement awaited = measure("3i").findElement(By.cssSelector("input[type=checkbox]"));
    assertThat(awaited.isSelected()).isTrue();
    assertThat(measure("3i").findElement(By.cssSelector(".grant")).getText()).isEqualTo("pending");
    assertThat(errors()).isEmpty();
  }

  @Test
  void axeFindsNoWcagAOrAaViolationOnThePageAsItOpensOrAfterAMove() throws Exception {
    browser.get(http.uri("/").toString());
    awaitText(By.id("earned"), "£990,915.97");
    await("the sensitivity chart", () -> !browser.findElements(By.cssSelector("#chart svg")).isEmpty());
    assertThat(axeViolations()).isEmpty();
    WebElement field = measure("2").findElement(By.cssSelector("input[type=number]"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12.5");
    await("the change line", () -> browser.findElement(By.id("change")).getText().startsWith("Total up"));
    assertThat(axeViolations()).isEmpty();
    // The audit sees what it is meant to: pale text and an image without words, added here, are found.
    browser.executeScript("var p = document.createElement('p'); p.textContent = 'pale'; p.style.color = '#ddd';"
        + "document.querySelector('main').appendChild(p); var i = document.createElement('img'); i.src = 'data:,';"
        + "document.querySelector('main').appendChild(i);");
    assertThat(axeViolations()).anyMatch(v -> v.startsWith("color-contrast")).anyMatch(v -> v.startsWith("image-alt"));
  }

  /** Each violation axe-core finds of the WCAG 2.0 and 2.1 A and AA rules: its rule, impact and the first elements it names. */
  private static List<String> axeViolations() throws java.io.IOException {
    if ("undefined".equals(browser.executeScript("return typeof axe"))) {
      try (java.io.InputStream in = ExplorerTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
        assertThat(in).as("axe-core's script on the test class path").isNotNull();
        browser.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
        + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); },"
        + " function (e) { done(['axe failed: ' + e]); });");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) result;
    return violations;
  }

  /** The console's errors (a page blocked by its own security policy would say so here). */
  private static List<LogEntry> errors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }
}
