package vn.bdg.application.audit;

import jakarta.enterprise.context.RequestScoped;
import vn.bdg.domain.model.audit.AuditEntry;

/**
 * Where the current request came from, as the web layer saw it: the client's address, set once per
 * request before any page or service runs. Work that no person's request started (timers, batch jobs)
 * either has no request context at all or one in which nobody set an address; both count as
 * {@value AuditEntry#SERVER}.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public void set(String address) {
        this.address = address == null || address.isBlank() ? null : address.trim();
    }

    /** The client's address, or {@value AuditEntry#SERVER} when no client's request is being served. */
    public String address() {
        return address == null ? AuditEntry.SERVER : address;
    }
}
