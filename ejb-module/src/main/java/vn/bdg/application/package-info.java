/**
 * The use cases of BĐG as {@code @Stateless} services: each public method is one transaction, checks
 * that the acting user's roles on their subtrees allow it, validates its parameters with Bean
 * Validation, and either completes or leaves nothing changed. The web and batch modules call only
 * this layer.
 */
package vn.bdg.application;
