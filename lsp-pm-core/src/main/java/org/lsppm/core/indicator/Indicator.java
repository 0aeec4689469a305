package org.lsppm.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.theme.ThemeName;

/**
 * Something a partnership measures: its code, title, theme, polarity, unit and flags.
 * An indicator without a target is "data only". Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {

  /** The code, such as {@code NI 152}; identifies the indicator within its partnership. */
  public abstract IndicatorCode code();

  /** What is measured, in words. */
  public abstract Text title();

  /** The theme the indicator belongs to. */
  public abstract ThemeName theme();

  /** Which outturns are better. */
  public abstract Polarity polarity();

  /** The unit, such as {@code %} or {@code rate per 1,000 population}. */
  public abstract Text unit();

  /** The flags set on the indicator; empty by default. */
  @Value.Default
  public SortedSet<IndicatorFlag> flags() {
    return TreeSet.empty();
  }

  /** Whether {@code flag} is set. */
  public boolean has(IndicatorFlag flag) {
    return flags().contains(flag);
  }

  /** Whether this is a vital sign, rated with the tighter vital-sign tolerance. */
  public boolean isVitalSign() {
    return has(IndicatorFlag.VITAL_SIGN);
  }

  /** Whether a stretch and reward grant hang on this indicator. */
  public boolean isRewardBearing() {
    return has(IndicatorFlag.REWARD_BEARING);
  }

  /**
   * An indicator from untrusted values, every problem reported at once. {@code flags} may be null
   * for none.
   */
  public static Validation<Seq<Problem>, Indicator> of(
      String code, String title, String theme, Polarity polarity, String unit, Iterable<IndicatorFlag> flags) {
    return Checks.flat(Validation.combine(
                Checks.at("code", IndicatorCode.of(code)),
                Checks.at("title", Text.of(title)),
                Checks.at("theme", ThemeName.of(theme)),
                Checks.at("polarity", Checks.present(polarity, "one of " + java.util.Arrays.toString(Polarity.values()))),
                Checks.at("unit", Text.of(unit)),
                Checks.each("flags", flags, f -> Checks.present(f, "a flag")))
            .ap((c, t, th, p, u, fs) -> ImmutableIndicator.builder()
                .code(c).title(t).theme(th).polarity(p).unit(u).flags(TreeSet.ofAll(fs)).build()));
  }
}
