# Functions shared by the run command (run.sh) and the integration tests (test-domains.sh) to create,
# configure and start a Payara Server domain for BĐG. Source it; it expects PAYARA_HOME to be set.
#
# The configuration is the same everywhere: one JDBC resource jdbc/bdg (H2 file database in the
# domain, or PostgreSQL), the batch runtime on that resource, a mail session mail/bdg, Jakarta
# Security groups mapped to roles by name, and the application's profile (demo or production).

asadmin() {
    sh "$PAYARA_HOME/bin/asadmin" "$@"
}

# create_domain NAME PORTBASE — PORTBASE "default" keeps domain1's ports (8080 / 4848).
create_domain() {
    local name=$1 portbase=$2
    if [ -d "$PAYARA_HOME/glassfish/domains/$name" ]; then
        return 0
    fi
    asadmin --user admin create-domain --nopassword=true --portbase "$portbase" "$name" >/dev/null
}

domain_dir() {
    echo "$PAYARA_HOME/glassfish/domains/$1"
}

# install_jdbc_driver NAME JAR — the PostgreSQL driver goes into the domain's lib/ before it starts.
install_jdbc_driver() {
    local name=$1 jar=$2
    mkdir -p "$(domain_dir "$name")/lib"
    cp -f "$jar" "$(domain_dir "$name")/lib/postgresql.jar"
}

# The domain's own temporary directory (see configure_domain) must exist before it starts.
start_domain() {
    mkdir -p "$(domain_dir "$1")/tmp"
    asadmin start-domain "$1" >/dev/null
}

stop_domain() {
    asadmin stop-domain "$1" >/dev/null 2>&1 || true
}

# configure_domain ADMINPORT DB PROFILE [PG_HOST PG_PORT PG_DATABASE PG_USER PG_PASSWORD]
# Idempotent: the first call creates the resources, later calls only re-point them. An uploaded
# archive is kept under java.io.tmpdir by its own name (bdg.ear) while it deploys, so each domain gets
# its own temporary directory: in a shared /tmp one machine's deployments delete each other's archive
# ("File source doesn't exist"). Sets
# BDG_RESTART_NEEDED=1 when the running server must restart for the change to take effect (JVM
# options, or the batch runtime's database changed).
configure_domain() {
    local port=$1 db=$2 profile=$3
    BDG_RESTART_NEEDED=0
    local pg_host=${4:-localhost} pg_port=${5:-5432} pg_db=${6:-bdg} pg_user=${7:-postgres} pg_password=${8:-}
    if ! asadmin --port "$port" get 'resources.jdbc-resource.jdbc/bdg.pool-name' >/dev/null 2>&1 \
        || ! asadmin --port "$port" get 'resources.jdbc-connection-pool.BdgPostgresPool.name' >/dev/null 2>&1; then
        local cmds
        cmds=$(mktemp)
        # Anything left by an interrupted earlier attempt goes first; errors of these deletes are expected.
        cat > "$cmds" <<CMDS
delete-jdbc-resource jdbc/bdg
delete-jdbc-connection-pool BdgH2Pool
delete-jdbc-connection-pool BdgPostgresPool
delete-javamail-resource mail/bdg
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 BdgH2Pool
set resources.jdbc-connection-pool.BdgH2Pool.property.url=jdbc:h2:\${com.sun.aas.instanceRoot}/lib/databases/bdg
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit BdgPostgresPool
create-jdbc-resource --connectionpoolid BdgH2Pool jdbc/bdg
create-javamail-resource --mailhost localhost --mailuser bdg --fromaddress bdg@localhost mail/bdg
set-batch-runtime-configuration --datasourcelookupname jdbc/bdg
create-jvm-options -Duser.timezone=Asia/Ho_Chi_Minh
create-jvm-options -Dfile.encoding=UTF-8
create-jvm-options -Djava.io.tmpdir=\${com.sun.aas.instanceRoot}/tmp
delete-jvm-options -Xmx512m
create-jvm-options -Xmx1g
CMDS
        asadmin --port "$port" multimode --file "$cmds" >/dev/null 2>&1 || true
        rm -f "$cmds"
        asadmin --port "$port" get 'resources.jdbc-resource.jdbc/bdg.pool-name' >/dev/null
        BDG_RESTART_NEEDED=1
    fi
    local pool=BdgH2Pool
    if [ "$db" = "postgresql" ]; then
        pool=BdgPostgresPool
    fi
    if ! asadmin --port "$port" get 'resources.jdbc-resource.jdbc/bdg.pool-name' 2>/dev/null | grep -q "=$pool\$"; then
        BDG_RESTART_NEEDED=1
    fi
    asadmin --port "$port" create-system-properties "bdg.profile=${profile}" >/dev/null
    if [ "$db" = "postgresql" ]; then
        local p=resources.jdbc-connection-pool.BdgPostgresPool.property
        asadmin --port "$port" set "$p.serverName=$pg_host" "$p.portNumber=$pg_port" \
            "$p.databaseName=$pg_db" "$p.user=$pg_user" >/dev/null
        # GlassFish pools need a password property even under trust authentication; "()" is its empty one.
        asadmin --port "$port" set "$p.password=${pg_password:-()}" >/dev/null
        # The connection may have changed since the server started; the batch runtime reads it at start.
        BDG_RESTART_NEEDED=1
    fi
    asadmin --port "$port" set "resources.jdbc-resource.jdbc/bdg.pool-name=$pool" >/dev/null
}

# configure_mail ADMINPORT SMTP_HOST SMTP_PORT BASE_URL — where mail/bdg delivers, and the address
# mails link to. The run command keeps localhost:25; the tests point it at their embedded SMTP server.
configure_mail() {
    local port=$1 smtp_host=$2 smtp_port=$3 base_url=$4
    asadmin --port "$port" set "resources.mail-resource.mail/bdg.host=$smtp_host" >/dev/null
    asadmin --port "$port" set "resources.mail-resource.mail/bdg.property.mail-smtp-port=$smtp_port" >/dev/null
    asadmin --port "$port" create-system-properties "bdg.base.url=${base_url//:/\\:}" >/dev/null
}

# wait_for_http URL SECONDS — true once the URL answers with any HTTP status.
wait_for_http() {
    local url=$1 seconds=$2 i
    if ! command -v curl >/dev/null 2>&1; then
        sleep 15
        return 0
    fi
    for ((i = 0; i < seconds; i++)); do
        if curl -s -o /dev/null "$url" 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    return 1
}
