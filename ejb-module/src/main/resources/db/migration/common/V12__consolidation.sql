-- End-of-period consolidation (issue 6). A run is one consolidation of one round: the Jakarta Batch
-- job instance that computes it (restarts are further executions of the same instance). Every result
-- row carries its run, so a run's rows are replaced as a whole by a re-run of a step and the previous
-- run stays readable until the publish step points the round at the new one.

CREATE SEQUENCE consolidation_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consolidation_run (
    id                BIGINT        NOT NULL PRIMARY KEY,
    programme_id      BIGINT        NOT NULL REFERENCES programme (id),
    round_id          BIGINT        NOT NULL REFERENCES reporting_round (id),
    include_submitted BOOLEAN       NOT NULL,
    cut_off           DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_by      VARCHAR(60)   NOT NULL,
    requested_at      TIMESTAMP     NOT NULL,
    job_instance_id   BIGINT,
    snapshot_at       TIMESTAMP,
    reports_counted   INTEGER,
    current_step      VARCHAR(40),
    partitions_total  INTEGER,
    partitions_done   INTEGER       NOT NULL,
    values_written    INTEGER,
    finished_at       TIMESTAMP,
    published_at      TIMESTAMP,
    last_error        VARCHAR(2000),
    version           INTEGER       NOT NULL
);
CREATE INDEX ix_consolidation_run_round ON consolidation_run (round_id, requested_at);

-- The reports a run counts, frozen by its first step: every later step (and a restart) reads this,
-- never the live reports, so an interrupted run resumes on exactly the data it started from.
-- district_id: the unit's Phòng on the round's cut-off day (a Phòng is its own district); NULL for
-- units directly under the Sở. counts_figures is false for a Phòng's consolidating report, whose
-- figures are its schools' totals and would otherwise be counted twice.
CREATE TABLE consolidation_input (
    run_id         BIGINT       NOT NULL REFERENCES consolidation_run (id),
    report_id      BIGINT       NOT NULL REFERENCES unit_report (id),
    org_unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    district_id    BIGINT       REFERENCES org_unit (id),
    unit_type      VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    counts_figures BOOLEAN      NOT NULL,
    PRIMARY KEY (run_id, report_id)
);
CREATE INDEX ix_consolidation_input_district ON consolidation_input (run_id, district_id);

-- The values of those reports, plus each unit's own value of the per-unit derived indicators
-- (e.g. BDG-06 "has a woman in key leadership", 0 or 1), computed in SQL by the snapshot step.
CREATE TABLE consolidation_input_value (
    run_id    BIGINT         NOT NULL REFERENCES consolidation_run (id),
    report_id BIGINT         NOT NULL REFERENCES unit_report (id),
    cell      VARCHAR(200)   NOT NULL,
    indicator VARCHAR(20)    NOT NULL,
    amount    DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (run_id, report_id, cell)
);

-- Consolidated figures per scope. scope_kind: ALL (the whole round, scope_key ''), DISTRICT
-- (scope_key = the Phòng's id, or '0' for the units directly under the Sở), TYPE (scope_key = the
-- unit type). Flows and snapshots are sums of the units' values; yes/no and per-unit flags are the
-- number of units answering yes, with units = the number of units that answered, so the share is
-- amount / units; derived ratios are recomputed from the summed parts (units NULL).
CREATE TABLE consolidated_value (
    run_id     BIGINT         NOT NULL REFERENCES consolidation_run (id),
    scope_kind VARCHAR(10)    NOT NULL,
    scope_key  VARCHAR(40)    NOT NULL,
    cell       VARCHAR(200)   NOT NULL,
    indicator  VARCHAR(20)    NOT NULL,
    amount     DECIMAL(19, 4),
    units      INTEGER,
    PRIMARY KEY (run_id, scope_kind, scope_key, cell)
);

-- Timeliness per scope: the expected units and how their reports stood at the snapshot.
CREATE TABLE consolidated_timeliness (
    run_id     BIGINT      NOT NULL REFERENCES consolidation_run (id),
    scope_kind VARCHAR(10) NOT NULL,
    scope_key  VARCHAR(40) NOT NULL,
    expected   INTEGER     NOT NULL,
    on_time    INTEGER     NOT NULL,
    late       INTEGER     NOT NULL,
    missing    INTEGER     NOT NULL,
    pending    INTEGER     NOT NULL,
    counted    INTEGER     NOT NULL,
    PRIMARY KEY (run_id, scope_kind, scope_key)
);

-- Gender-gap figures per scope and sex-disaggregated indicator (overall cells only): female share in
-- percent, female minus male, and the same figures of the same round kind of the issuer's previous
-- year, from that round's published run (NULL when there is none).
CREATE TABLE consolidated_gap (
    run_id           BIGINT         NOT NULL REFERENCES consolidation_run (id),
    scope_kind       VARCHAR(10)    NOT NULL,
    scope_key        VARCHAR(40)    NOT NULL,
    indicator        VARCHAR(20)    NOT NULL,
    total            DECIMAL(19, 4) NOT NULL,
    female           DECIMAL(19, 4) NOT NULL,
    female_share     DECIMAL(9, 4),
    gap              DECIMAL(19, 4) NOT NULL,
    previous_total   DECIMAL(19, 4),
    previous_female  DECIMAL(19, 4),
    previous_share   DECIMAL(9, 4),
    share_change     DECIMAL(9, 4),
    PRIMARY KEY (run_id, scope_kind, scope_key, indicator)
);

-- The national targets (domain §1.3) for the round's year, with the measured value and the distance.
CREATE TABLE consolidated_target (
    run_id      BIGINT         NOT NULL REFERENCES consolidation_run (id),
    target_code VARCHAR(40)    NOT NULL,
    target_year INTEGER        NOT NULL,
    target      DECIMAL(9, 4)  NOT NULL,
    actual      DECIMAL(9, 4),
    numerator   DECIMAL(19, 4),
    denominator DECIMAL(19, 4),
    distance    DECIMAL(9, 4),
    PRIMARY KEY (run_id, target_code)
);

-- Which run a round's readers see. Replaced in one transaction by the publish step.
CREATE TABLE consolidation_publication (
    round_id     BIGINT    NOT NULL PRIMARY KEY REFERENCES reporting_round (id),
    run_id       BIGINT    NOT NULL REFERENCES consolidation_run (id),
    published_at TIMESTAMP NOT NULL
);
