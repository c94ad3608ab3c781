package vn.bdg.domain.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not visible to the acting user, who must not learn which). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
