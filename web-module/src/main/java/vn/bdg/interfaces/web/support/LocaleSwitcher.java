package vn.bdg.interfaces.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The interface language of this session: Vietnamese unless the person switches to English. */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Of a text kept in both languages, the one in the person's language (Vietnamese unless English). */
    public String pick(String vietnamese, String english) {
        return Locale.ENGLISH.getLanguage().equals(getLanguage()) ? english : vietnamese;
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
