package org.lsppm.core.review;

import io.vavr.collection.List;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.theme.Theme;

/**
 * What the review calendar and the plan checks read of a partnership. A
 * {@link org.lsppm.core.partnership.Partnership} is one.
 */
public interface ReviewedPartnership {
  /** Its themes. */
  List<Theme> themes();

  /** Its indicators (whether any is reward-bearing or designated decides a review requirement). */
  List<Indicator> indicators();

  /** Its recorded LAA1 outcomes. */
  List<OutcomeAssessment> outcomes();

  /** Its stretch targets. */
  List<StretchTarget> stretchTargets();

  /** Its reviews, in any order. */
  List<ReviewRecord> reviews();

  /** Its improvement plan. */
  ImprovementPlan improvementPlan();

  /** Its SMART actions. */
  List<SmartAction> actions();
}
