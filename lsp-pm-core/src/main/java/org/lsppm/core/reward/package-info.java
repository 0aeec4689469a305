/** Stretch targets and the values a Performance Reward Grant is computed from. */
@DomainStyle
package org.lsppm.core.reward;

import org.lsppm.core.DomainStyle;
