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
   * A builder of an indicator from untrusted values; {@link Builder#build()} reports every problem at
   * once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private String code;
    private String title;
    private String theme;
    private Polarity polarity;
    private String unit;
    private Iterable<IndicatorFlag> flags;

    private Builder() {}

    /** The code, such as {@code NI 16}; required. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The title; required. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The theme it belongs to; required. */
    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    /** Whether higher or lower is better, or a range; required. */
    public Builder polarity(Polarity polarity) {
      this.polarity = polarity;
      return this;
    }

    /** The unit, such as {@code crimes per 1,000}; required. */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Its flags (vital sign, LAA designated, ...); none set is none. */
    public Builder flags(Iterable<IndicatorFlag> flags) {
      this.flags = flags;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, Indicator> build() {
      return of(code, title, theme, polarity, unit, flags);
    }
  }
  /**
   * An indicator from untrusted values, every problem reported at once. {@code flags} may be null
   * for none.
   {@link #newBuilder()} is the public
   * way in.
   */
  static Validation<Seq<Problem>, Indicator> of(
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
