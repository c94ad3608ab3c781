/** Use cases of evidence files: attaching them to what a unit did, listing and downloading them. */
package vn.bdg.application.evidence;
