package vn.bdg.interfaces.web.support;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import vn.bdg.domain.shared.BusinessException;

/**
 * Runs a page action against a service and turns a refusal into a message instead of an error page:
 * a business refusal with its own text, a parameter the service's validation rejected, and a change
 * somebody else saved meanwhile.
 */
public final class Guarded {

    /** An action that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    private Guarded() {
    }

    /** True when the action completed; otherwise the reason is already on the page. */
    public static boolean run(Feedback feedback, Action action) {
        try {
            action.run();
            return true;
        } catch (BusinessException refusal) {
            feedback.refused(refusal);
        } catch (ConstraintViolationException invalid) {
            feedback.error("error.invalidInput");
        } catch (EJBException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof BusinessException refusal) {
                feedback.refused(refusal);
            } else if (cause instanceof ConstraintViolationException) {
                feedback.error("error.invalidInput");
            } else if (isOptimisticLock(failure)) {
                feedback.error("error.changedMeanwhile");
            } else {
                throw failure;
            }
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private static boolean isOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
