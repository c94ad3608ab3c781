/**
 * Outgoing e-mail through the application server's mail session, from the queue the application
 * writes in its own transactions.
 */
package vn.bdg.infrastructure.mail;
