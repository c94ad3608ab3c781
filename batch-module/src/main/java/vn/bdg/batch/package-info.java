/**
 * Jakarta Batch jobs of BĐG: one package per job, holding its reader, writer, listeners and the EJB
 * that starts it and reports its progress (job status is visible only to the component that started
 * the job). The job XML lives in {@code META-INF/batch-jobs} of this module.
 */
package vn.bdg.batch;
