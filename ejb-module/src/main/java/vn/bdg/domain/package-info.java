/**
 * The domain layer: entities, value objects and repository interfaces of BĐG, free of any user
 * interface or batch concern. Each aggregate has its own package under {@code domain.model}; the
 * types shared by several aggregates live in {@code domain.shared}.
 */
package vn.bdg.domain;
