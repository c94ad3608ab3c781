/**
 * What becomes of a round's consolidation once it is published: the Department's consolidated report as
 * an official document (Decree 30/2020) in DOCX and PDF, built from the results of the round's published
 * run (never a run still being computed) with excerpts of the counted units' narratives and the units
 * that sent late or not at all. Only people holding a Department-level role on the programme's issuer
 * download it, and each download is recorded in the audit trail.
 */
package vn.bdg.application.consolidation;
