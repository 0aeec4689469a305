/** SMART actions and the improvement plan. */
@DomainStyle
package org.lsppm.core.plan;

import org.lsppm.core.DomainStyle;
