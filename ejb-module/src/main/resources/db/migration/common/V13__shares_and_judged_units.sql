-- A percentage that units enter (BDG-27, the share of staff reached by information on gender) cannot be
-- summed when reports are consolidated: each unit's percentage is weighed by its own figure of the
-- indicator it is a share of (BDG-01, the staff), so that the consolidated share is the staff reached
-- over the staff, as if units had entered both counts.
ALTER TABLE indicator ADD COLUMN share_of VARCHAR(20);

-- Catalogues made from the default one before this version: their BDG-27 is the share of BDG-01, split
-- by sex like it. Only where both are as the default catalogue defines them.
UPDATE indicator
   SET share_of = 'BDG-01'
 WHERE code = 'BDG-27' AND kind = 'SNAPSHOT' AND unit_vi = '%'
   AND EXISTS (SELECT 1 FROM indicator b
                WHERE b.programme_id = indicator.programme_id AND b.code = 'BDG-01' AND b.kind = 'SNAPSHOT'
                  AND (b.sex_split OR NOT indicator.sex_split));

-- Women's share reached may pass the share of all staff reached: the rule "BDG-27.nu <= BDG-27" that
-- every indicator split by sex was given does not hold for a percentage. No table refers to a rule:
-- reports are checked against the programme's rules each time they are saved or submitted.
DELETE FROM validation_rule
 WHERE kind = 'FEMALE_WITHIN_TOTAL'
   AND EXISTS (SELECT 1 FROM indicator i
                WHERE i.programme_id = validation_rule.programme_id AND i.share_of IS NOT NULL
                  AND validation_rule.expression = CONCAT(i.code, '.nu <= ', i.code));

-- A consolidation run freezes each unit's percentage with its base figure as weight, and keeps the
-- summed weight beside each consolidated percentage, so that the Sở's share is weighed over every unit
-- rather than averaged over the districts. NULL for everything that is summed.
ALTER TABLE consolidation_input_value ADD COLUMN weight DECIMAL(19, 4);
ALTER TABLE consolidated_value ADD COLUMN weight DECIMAL(19, 4);

-- Each expected unit as a run judged it when it took its snapshot: on time, late, missing or pending,
-- and whether its report was counted. The timeliness figures are grouped from these rows, and the Sở's
-- report lists its late and missing units from them, so that the list and the figures cannot differ
-- when a unit sends its report after the run.
CREATE TABLE consolidation_unit_timeliness (
    run_id      BIGINT      NOT NULL REFERENCES consolidation_run (id),
    org_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    district_id BIGINT      REFERENCES org_unit (id),
    unit_type   VARCHAR(20) NOT NULL,
    timeliness  VARCHAR(10) NOT NULL,
    counted     BOOLEAN     NOT NULL,
    PRIMARY KEY (run_id, org_unit_id)
);
