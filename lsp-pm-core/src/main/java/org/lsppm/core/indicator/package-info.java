/** Indicators, their targets, trajectories and outturns. */
@DomainStyle
package org.lsppm.core.indicator;

import org.lsppm.core.DomainStyle;
