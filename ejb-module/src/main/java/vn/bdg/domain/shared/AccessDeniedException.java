package vn.bdg.domain.shared;

import jakarta.ejb.ApplicationException;

/** The acting user's roles on their subtrees do not allow what was asked. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
