#!/usr/bin/env bash
# Starts (start) or stops (stop) the Payara domains that the integration tests deploy to:
#   bdg-it-h2          ports ${IT_H2_PORTBASE}+48 (admin) / +80 (http), H2 file database
#   bdg-it-postgresql  ports ${IT_PG_PORTBASE}+48 / +80, a fresh PostgreSQL database ${IT_PG_DATABASE}
# Each domain's mail session delivers to localhost:${portbase}+25, where the tests run an SMTP server.
# Where no PostgreSQL answers, the PostgreSQL domain is not started and the tests that need it
# report themselves skipped (see src/test/java/.../support/PostgresqlAvailable.java).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/domain-lib.sh"

: "${PAYARA_HOME:?}" "${IT_SERVER_DIR:?}" "${IT_H2_PORTBASE:?}" "${IT_PG_PORTBASE:?}" "${IT_PG_DATABASE:?}"
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGPASSWORD=${PGPASSWORD:-}
status_file="$IT_SERVER_DIR/postgresql.status"

pg_tool() {
    java -cp "$IT_SERVER_DIR/postgresql.jar" "$here/PostgresqlTestDatabase.java" "$@"
}

case "${1:-}" in
start)
    create_domain bdg-it-h2 "$IT_H2_PORTBASE"
    rm -rf "$(domain_dir bdg-it-h2)/lib/databases"
    start_domain bdg-it-h2
    configure_domain $((IT_H2_PORTBASE + 48)) h2 demo
    configure_mail $((IT_H2_PORTBASE + 48)) localhost $((IT_H2_PORTBASE + 25)) "http://localhost:$((IT_H2_PORTBASE + 80))"

    if pg_tool recreate "$PGHOST" "$PGPORT" "$PGUSER" "$PGPASSWORD" "$IT_PG_DATABASE" > "$status_file.log" 2>&1; then
        echo "available" > "$status_file"
        create_domain bdg-it-postgresql "$IT_PG_PORTBASE"
        install_jdbc_driver bdg-it-postgresql "$IT_SERVER_DIR/postgresql.jar"
        start_domain bdg-it-postgresql
        configure_domain $((IT_PG_PORTBASE + 48)) postgresql demo "$PGHOST" "$PGPORT" "$IT_PG_DATABASE" "$PGUSER" "$PGPASSWORD"
        configure_mail $((IT_PG_PORTBASE + 48)) localhost $((IT_PG_PORTBASE + 25)) "http://localhost:$((IT_PG_PORTBASE + 80))"
    else
        echo "unavailable: $(tail -n 1 "$status_file.log")" > "$status_file"
        echo "*** PostgreSQL does not answer at $PGHOST:$PGPORT: the PostgreSQL test variants will be SKIPPED."
    fi
    # Restart so that JVM options and the re-pointed resources take effect before the first deploy.
    asadmin restart-domain bdg-it-h2 >/dev/null
    if [ -d "$(domain_dir bdg-it-postgresql)" ] && grep -q '^available' "$status_file"; then
        asadmin restart-domain bdg-it-postgresql >/dev/null
    fi
    ;;
stop)
    stop_domain bdg-it-h2
    stop_domain bdg-it-postgresql
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
