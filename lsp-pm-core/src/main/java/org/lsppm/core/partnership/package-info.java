/** The partnership: the aggregate that holds themes, indicators, reviews and plans. */
@DomainStyle
package org.lsppm.core.partnership;

import org.lsppm.core.DomainStyle;
