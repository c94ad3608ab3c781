#!/usr/bin/env bash
# Builds BĐG, provisions Payara Server from Maven Central into target/run/, configures its domain,
# deploys the EAR at http://localhost:8080/ and stays in the foreground until Ctrl-C, which stops
# Payara cleanly. The domain and its embedded H2 database survive, so a second run is faster and
# keeps the data.
#
#   ./run.sh                      demo configuration on the embedded H2 database
#   BDG_DB=postgresql ./run.sh    the same against PostgreSQL (PGHOST, PGPORT, PGDATABASE, PGUSER,
#                                 PGPASSWORD; defaults localhost, 5432, bdg, postgres, empty)
#   BDG_PROFILE=production BDG_ADMIN_PASSWORD=... ./run.sh
#                                 no demo data; one SYS_ADMIN "admin" with the operator's password
#   BDG_SMTP_HOST, BDG_SMTP_PORT  where e-mail goes (default localhost:25); BDG_BASE_URL, the address
#                                 mails link to (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

BDG_DB=${BDG_DB:-h2}
BDG_PROFILE=${BDG_PROFILE:-demo}
case "$BDG_DB" in h2 | postgresql) ;; *) echo "BDG_DB must be h2 or postgresql" >&2; exit 2 ;; esac
case "$BDG_PROFILE" in demo | production) ;; *) echo "BDG_PROFILE must be demo or production" >&2; exit 2 ;; esac

payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml | head -n 1)
run_dir="$root/target/run"
export PAYARA_HOME="$run_dir/payara6"

echo "==> Building the application"
mvn -B -q -DskipTests -DskipITs package

if [ ! -x "$PAYARA_HOME/bin/asadmin" ] && [ ! -f "$PAYARA_HOME/bin/asadmin" ]; then
    echo "==> Provisioning Payara Server $payara_version from Maven Central"
    mkdir -p "$run_dir"
    mvn -B -q dependency:unpack -Dartifact="fish.payara.distributions:payara:$payara_version:zip" \
        -DoutputDirectory="$run_dir"
fi
mvn -B -q dependency:copy -Dartifact="org.postgresql:postgresql:$pg_version" \
    -DoutputDirectory="$run_dir" -Dmdep.stripVersion=true
. "$root/ear/src/server/domain-lib.sh"

if [ "$BDG_PROFILE" = "production" ] && [ -z "${BDG_ADMIN_PASSWORD:-}" ]; then
    echo "BDG_PROFILE=production needs BDG_ADMIN_PASSWORD: the first SYS_ADMIN's password." >&2
    exit 2
fi

install_jdbc_driver domain1 "$run_dir/postgresql.jar"
echo "==> Starting Payara Server (domain1)"
stop_domain domain1
start_domain domain1
log_tail=""
stop() {
    echo
    echo "==> Stopping Payara Server"
    [ -n "$log_tail" ] && kill "$log_tail" 2>/dev/null
    asadmin undeploy bdg >/dev/null 2>&1
    stop_domain domain1
    exit 0
}
trap stop INT TERM
# An application left deployed (the last run was killed) would start again on whatever database the
# domain pointed to and race the deployment below: remove it first.
asadmin undeploy bdg >/dev/null 2>&1 || true
configure_domain 4848 "$BDG_DB" "$BDG_PROFILE" "${PGHOST:-localhost}" "${PGPORT:-5432}" \
    "${PGDATABASE:-bdg}" "${PGUSER:-postgres}" "${PGPASSWORD:-}"
configure_mail 4848 "${BDG_SMTP_HOST:-localhost}" "${BDG_SMTP_PORT:-25}" "${BDG_BASE_URL:-http://localhost:8080}"
if [ "$BDG_RESTART_NEEDED" = "1" ]; then
    asadmin restart-domain domain1 >/dev/null
fi
wait_for_http "http://localhost:8080/" 60 || true

echo "==> Deploying $(basename ear/target/bdg.ear)"
if ! asadmin deploy --force=true --name bdg ear/target/bdg.ear >/dev/null; then
    echo "The deployment failed; the reason is in $PAYARA_HOME/glassfish/domains/domain1/logs/server.log" >&2
    stop_domain domain1
    exit 1
fi

echo
echo "    BĐG is running at http://localhost:8080/   (Ctrl-C stops it)"
echo
tail -n 0 -F "$PAYARA_HOME/glassfish/domains/domain1/logs/server.log" &
log_tail=$!
wait
