package vn.bdg.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.bdg.domain.shared.BusinessException;

/**
 * Messages for the person at the screen, always from the bundle in their language. A refused use case
 * ({@link BusinessException}) becomes its own message; nothing technical reaches the page.
 */
@RequestScoped
public class Feedback {

    public static final String BUNDLE = "vn.bdg.i18n.messages";

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private LocaleSwitcher locale;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public void refused(BusinessException refusal) {
        add(FacesMessage.SEVERITY_ERROR, null, refusal.getMessageKey(), refusal.getArguments().toArray());
    }

    public void errorAt(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof java.time.LocalDate day ? DAY.format(day) : arguments[i];
        }
        return new MessageFormat(pattern, locale.getLocale()).format(shown);
    }

    /** The text of {@code key}, or {@code fallback} where the bundle has none (a code the bundle does not name yet). */
    public String textOrElse(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String text(String key, List<Object> arguments) {
        return text(key, arguments.toArray());
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }
}
