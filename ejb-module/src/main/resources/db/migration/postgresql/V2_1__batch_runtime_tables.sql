-- Tables of Payara's Jakarta Batch runtime, which runs on the application's datasource (jdbc/bdg).
-- On PostgreSQL, Payara 6.2025.9 falls back to its generic JDBC persistence manager (its PostgreSQL one
-- fails to load), whose own DDL does not run on PostgreSQL; so the schema provides the tables, with
-- the DDL Payara ships for PostgreSQL (ddls/jsr352-postgresql.ddl in payara-jbatch.jar). On H2 the
-- runtime creates its tables itself.

CREATE TABLE jobinstancedata (
    jobinstanceid SERIAL NOT NULL PRIMARY KEY,
    name          VARCHAR(512),
    apptag        VARCHAR(512)
);

CREATE TABLE executioninstancedata (
    jobexecid     SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid BIGINT NOT NULL REFERENCES jobinstancedata (jobinstanceid),
    createtime    TIMESTAMP,
    starttime     TIMESTAMP,
    endtime       TIMESTAMP,
    updatetime    TIMESTAMP,
    parameters    BYTEA,
    batchstatus   VARCHAR(512),
    exitstatus    VARCHAR(512)
);

CREATE TABLE stepexecutioninstancedata (
    stepexecid       SERIAL NOT NULL PRIMARY KEY,
    jobexecid        BIGINT NOT NULL REFERENCES executioninstancedata (jobexecid),
    batchstatus      VARCHAR(512),
    exitstatus       VARCHAR(512),
    stepname         VARCHAR(512),
    readcount        INTEGER,
    writecount       INTEGER,
    commitcount      INTEGER,
    rollbackcount    INTEGER,
    readskipcount    INTEGER,
    processskipcount INTEGER,
    filtercount      INTEGER,
    writeskipcount   INTEGER,
    starttime        TIMESTAMP,
    endtime          TIMESTAMP,
    persistentdata   BYTEA
);

CREATE TABLE jobstatus (
    id  BIGINT NOT NULL REFERENCES jobinstancedata (jobinstanceid),
    obj BYTEA
);

CREATE TABLE stepstatus (
    id  BIGINT NOT NULL REFERENCES stepexecutioninstancedata (stepexecid),
    obj BYTEA
);

CREATE TABLE checkpointdata (
    id  VARCHAR(512),
    obj BYTEA
);
