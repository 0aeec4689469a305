package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsppm.core.Json;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.FinancialYear;

/**
 * What lsp-pm writes does not depend on the machine's locale: under locales whose digits are not
 * Latin, every number, date and period is still written with ASCII digits, and the library reads
 * back the JSON it wrote.
 */
@org.junit.jupiter.api.Tag("slow") // every format of six commands in five locales: left out of mutation runs
class LocaleIndependenceTest {
  private static final Locale ORIGINAL = Locale.getDefault();

  static Stream<Locale> locales() {
    return Stream.of("ar-SA-u-nu-arab", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR", "ar-EG").map(Locale::forLanguageTag);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(ORIGINAL);
  }

  private static void onlyAsciiDigits(String text) {
    assertThat(text.codePoints().filter(Character::isDigit).filter(c -> c < '0' || c > '9').boxed().toList())
        .as("digits other than 0-9").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void json_round_trips_and_periods_are_written_in_ascii_digits(Locale locale) throws Exception {
    Locale.setDefault(locale);
    assertThat(String.format("%02d", 9)).as("this locale's own digits, or the test proves nothing")
        .satisfiesAnyOf(s -> assertThat(s).isNotEqualTo("09"), s -> assertThat(locale.getLanguage()).isIn("ar", "fa"));

    assertThat(FinancialYear.startingIn(2008).get()).hasToString("2008/09");
    Partnership sample = Json.read(Files.readString(Path.of(Cli.data("sample-partnership.json"))), Partnership.class).get();
    String written = Json.write(sample);
    onlyAsciiDigits(written);
    assertThat(Json.read(written, Partnership.class).get()).isEqualTo(sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  void every_report_format_is_written_in_ascii_digits(Locale locale) {
    Locale.setDefault(locale);
    for (String format : List.of("table", "csv", "json", "markdown", "html")) {
      for (List<String> command : List.of(
          List.of("rate", "--measurements", Cli.data("measurements.csv")),
          List.of("rate", "--measurements", Cli.data("measurements.csv"), "--comparators", Cli.data("comparators.csv")),
          List.of("needed", "--measurements", Cli.data("measurements.csv")),
          List.of("simulate", "--agreement", Cli.data("lpsa-agreement.json"), "--forecasts", Cli.data("lpsa-forecasts.csv"),
              "--draws", "200"),
          List.of("triggers", "--agreement", Cli.data("lpsa-agreement.json")),
          List.of("reviews", "--partnership", Cli.data("sample-partnership.json"), "--as-of", "2009-01-01"))) {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("--format", format));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        onlyAsciiDigits(r.out());
      }
    }
  }
}
