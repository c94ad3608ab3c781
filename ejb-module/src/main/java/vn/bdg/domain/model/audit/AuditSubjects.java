package vn.bdg.domain.model.audit;

/**
 * The names of what audit entries are about. A subject type is a plain string rather than an enum so
 * that a part of the application can record about its own aggregate without changing this package;
 * these are the ones in use.
 */
public final class AuditSubjects {

    public static final String REPORT = "REPORT";
    public static final String PLAN = "PLAN";
    public static final String PROGRAMME = "PROGRAMME";
    public static final String ROUND = "ROUND";
    public static final String ATTACHMENT = "ATTACHMENT";
    public static final String ACCOUNT = "ACCOUNT";

    private AuditSubjects() {
    }
}
