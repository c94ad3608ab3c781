package vn.bdg.application;

import java.io.Serializable;

/**
 * The person on whose behalf a use case runs, as resolved from the container's authenticated caller
 * by the web layer. Services load the person's grants afresh on every call, so a revoked role takes
 * effect at once.
 */
public record Actor(long accountId, String username) implements Serializable {
}
