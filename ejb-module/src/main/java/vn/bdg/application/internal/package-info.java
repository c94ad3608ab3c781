/**
 * Pieces the use-case services share that are not use cases themselves and check no access: callers
 * must have checked it. Not for the web module.
 */
package vn.bdg.application.internal;
