/**
 * Infrastructure: how the domain's repositories, the database schema, demo data and file formats are
 * implemented on JPA, Flyway, Apache POI and Commons CSV. Nothing here decides a business rule.
 */
package vn.bdg.infrastructure;
