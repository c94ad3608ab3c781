/**
 * The JSF user interface: one package per use case with the backing beans of its pages. Beans turn
 * the authenticated caller into an {@link vn.bdg.application.Actor}, call the application services,
 * and show their refusals as messages from the bundle in the user's language.
 */
package vn.bdg.interfaces.web;
