/** Review records and the six partnership criteria. */
@DomainStyle
package org.lsppm.core.review;

import org.lsppm.core.DomainStyle;
