package vn.bdg.domain.model.programme;

/** A broken rule either blocks submission (an error) or is only pointed out (a warning). */
public enum Severity {
    ERROR,
    WARNING
}
