package org.lsppm.io;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.TrafficLight;

/** The text forms CSV cells take, each read with a precise refusal. */
public final class Values {
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
  /** Thousands written as an English sheet writes them: 1,150 or 12,500,000.5. */
  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Values() {}

  /**
   * A whole number from {@code min} to {@code max}, such as a count of draws or a seed, written in
   * digits only (an optional sign): {@code 1e4} or {@code 10000.0} is not how a count is written.
   */
  public static Validation<Seq<Problem>, Long> whole(String text, long min, long max) {
    String t = text == null ? "" : text.strip();
    if (t.matches("[+-]?\\d{1,19}")) {
      java.math.BigDecimal v = new java.math.BigDecimal(t);
      if (v.compareTo(java.math.BigDecimal.valueOf(min)) >= 0 && v.compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
        return Validation.valid(v.longValueExact());
      }
    }
    return Checks.invalid(Problem.of("a whole number from " + String.format(Locale.UK, "%,d", min) + " to "
        + String.format(Locale.UK, "%,d", max), text == null ? "" : text));
  }

  /**
   * A number such as {@code 12.5}. A comma is refused, never guessed at: {@code 1,150} is named as
   * a thousands separator (as an English sheet writes one), {@code 22,4} as a decimal comma.
   */
  public static Validation<Seq<Problem>, Quantity> number(String text) {
    if (text != null && text.indexOf(',') >= 0) {
      String t = text.strip();
      if (THOUSANDS.matcher(t).matches()) {
        return Checks.invalid(Problem.of("a number without thousands separators such as 1150 (format the cells as numbers, or "
            + "save the sheet without separators)", text));
      }
      if (DECIMAL_COMMA.matcher(t).matches()) {
        return Checks.invalid(Problem.of("a number with a decimal point such as 12.5 (not a decimal comma)", text));
      }
    }
    return Quantity.parse(text);
  }

  /** An optional number: blank is none. */
  public static Validation<Seq<Problem>, Option<Quantity>> optionalNumber(String text) {
    return text == null ? Checks.valid(Option.none()) : number(text).map(Option::some);
  }

  /** {@code higher}, {@code lower} or {@code range} (or the enum names): {@link Polarity#parse}. */
  public static Validation<Seq<Problem>, Polarity> polarity(String text) {
    return Polarity.parse(text);
  }

  /** {@code final}, {@code provisional}, {@code estimated} or {@code awaited}: {@link DataStatus#parse}. */
  public static Validation<Seq<Problem>, DataStatus> status(String text) {
    return DataStatus.parse(text);
  }

  /** {@code green}, {@code amber}, {@code red} or {@code purple}: {@link TrafficLight#parse}. */
  public static Validation<Seq<Problem>, TrafficLight> light(String text) {
    return TrafficLight.parse(text);
  }

  /** {@code yes}/{@code no} (or true/false); blank is no. */
  public static Validation<Seq<Problem>, Boolean> flag(String text) {
    if (text == null) {
      return Checks.valid(false);
    }
    return switch (text.strip().toLowerCase(Locale.UK)) {
      case "yes", "y", "true" -> Checks.valid(true);
      case "no", "n", "false" -> Checks.valid(false);
      default -> Checks.invalid(Problem.of("yes or no", text));
    };
  }

  /** A financial year {@code 2008/09}, or {@code 2008-04-01..2008-09-30}. */
  public static Validation<Seq<Problem>, ReportingPeriod> period(String text) {
    String expected = "a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30";
    if (text == null) {
      return Checks.invalid(Problem.of(expected, null));
    }
    if (text.contains("..")) {
      String[] ends = text.split("\\.\\.", 2);
      try {
        return ReportingPeriod.of(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
      } catch (DateTimeParseException e) {
        return Checks.invalid(Problem.of(expected, text));
      }
    }
    return FinancialYear.parse(text).map(FinancialYear::toPeriod).mapError(p -> io.vavr.collection.List.of(Problem.of(expected, text)));
  }

  /** A date such as {@code 2004-04-30}. */
  public static Validation<Seq<Problem>, LocalDate> date(String text) {
    try {
      return text == null ? Checks.invalid(Problem.of("a date such as 2004-04-30", null)) : Checks.date(LocalDate.parse(Checks.strip(text)));
    } catch (DateTimeParseException e) {
      return Checks.invalid(Problem.of("a date such as 2004-04-30", text));
    }
  }
}
