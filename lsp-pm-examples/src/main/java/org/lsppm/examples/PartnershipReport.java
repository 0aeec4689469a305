package org.lsppm.examples;

import io.vavr.control.Option;
import java.io.PrintStream;
import java.util.Locale;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;

/** A partnership printed for people: what it is, what it measures, what it has reviewed and planned. */
final class PartnershipReport {
  private final Partnership p;

  PartnershipReport(Partnership p) {
    this.p = p;
  }

  void printTo(PrintStream out) {
    out.println(p.name() + " (" + p.area() + ")");
    out.println("NRF allocation: " + p.nrfAllocation());
    out.println();
    out.println("Themes (" + p.themes().size() + ")");
    TextTable themes = new TextTable("theme", "priority area");
    p.themes().forEach(t -> themes.row(t.name(), t.priorityArea().map(a -> words(a.name())).getOrElse("-")));
    themes.printTo(out, "  ");
    out.println();
    out.println("Indicators (" + p.indicators().size() + ")");
    TextTable indicators = new TextTable("code", "title", "polarity", "target", "period", "latest outturn");
    p.indicators().forEach(i -> {
      Option<Target> target = p.targets().filter(t -> t.indicator().equals(i.code())).maxBy(Target::period);
      indicators.row(i.code(), i.title(), words(i.polarity().name()),
          target.map(t -> goal(i, t.goal())).getOrElse("data only"),
          target.map(t -> t.period().toString()).getOrElse("-"),
          latest(i));
    });
    indicators.printTo(out, "  ");
    out.println();
    out.println("LAA1 outcomes (" + p.outcomes().size() + ")");
    TextTable outcomes = new TextTable("outcome", "title", "progress", "problems", "confidence");
    p.outcomes().forEach(o -> outcomes.row(o.outcome(), o.title(), words(o.progress().name()),
        words(o.problems().name()), words(o.confidence().name())));
    outcomes.printTo(out, "  ");
    out.println();
    out.println("Stretch targets (" + p.stretchTargets().size() + ")");
    TextTable stretch = new TextTable("target", "title", "W", "T", "interim");
    p.stretchTargets().forEach(t -> stretchRows(stretch, t));
    stretch.printTo(out, "  ");
    out.println();
    out.println("Reviews (" + p.reviews().size() + ")");
    TextTable reviews = new TextTable("date", "what", "depth", "finding");
    p.reviews().sortBy(r -> r.date()).forEach(r -> reviews.row(r.date(),
        words(r.kind().name()) + r.criterion().map(c -> ": " + c.label()).getOrElse(""),
        words(r.depth().name()), r.finding().map(f -> words(f.name())).getOrElse("-")));
    reviews.printTo(out, "  ");
    out.println();
    out.println("Improvement plan (" + p.improvementPlan().items().size() + " items)");
    TextTable plan = new TextTable("for", "action", "by", "key contact");
    p.improvementPlan().items().forEach(i -> plan.row(subject(i), text(i.action()),
        i.completionDate().map(String::valueOf).getOrElse("-"), text(i.keyContact())));
    plan.printTo(out, "  ");
    out.println();
    out.println("Actions (" + p.actions().size() + ")");
    TextTable actions = new TextTable("action", "lead", "due", "status");
    p.actions().forEach(a -> actions.row(a.description(), text(a.lead()),
        a.due().map(String::valueOf).getOrElse("-"), words(a.status().name())));
    actions.printTo(out, "  ");
  }

  private String latest(Indicator i) {
    return p.outturns().filter(o -> o.indicator().equals(i.code())).maxBy(Outturn::period)
        .map(o -> o.value().map(v -> v + " (" + words(o.status().name()) + ", " + o.period() + ")")
            .getOrElse("awaited (" + o.period() + ")"))
        .getOrElse("-");
  }

  private static void stretchRows(TextTable table, StretchTarget t) {
    t.stretch().forEach(s -> table.row(t.id(), t.title(), s.withoutAgreement(), s.withStretch(), interim(s)));
    if (t.stretch().isEmpty()) {
      table.row(t.id(), t.title() + " (" + t.subTargets().size() + " sub-targets)", "", "", "");
    }
    t.subTargets().forEach(s -> table.row(s.id(), "  " + s.title(), s.stretch().withoutAgreement(),
        s.stretch().withStretch(), interim(s.stretch())));
  }

  private static String interim(Stretch s) {
    return s.interim().map(String::valueOf).getOrElse("-");
  }

  private static String goal(Indicator i, Goal g) {
    if (i.polarity() == Polarity.WITHIN_RANGE) {
      return g.lower() + " to " + g.upper();
    }
    return (i.polarity() == Polarity.HIGHER_IS_BETTER ? "at least " : "at most ") + g.lower();
  }

  private static String subject(ImprovementPlanItem i) {
    return i.theme().map(String::valueOf).getOrElse(() -> i.criterion().map(c -> c.label()).getOrElse("-"));
  }

  private static String text(Option<Text> t) {
    return t.map(Text::value).getOrElse("(missing)");
  }

  private static String words(String constant) {
    String lower = constant.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
