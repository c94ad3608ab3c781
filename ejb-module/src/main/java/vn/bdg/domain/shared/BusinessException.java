package vn.bdg.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case was refused for a reason the user can understand and fix. It carries a message key of
 * the user-interface bundle and its arguments, never a sentence, so the refusal reaches the user in
 * their own language. Rolls the transaction back: a refused operation leaves nothing half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
