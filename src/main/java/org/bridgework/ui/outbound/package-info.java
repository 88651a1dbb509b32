/**
 * What leaves Bridgework for the manager's calendar and inbox: File → Export to calendar…, Relationship → Meeting
 * brief… and Relationship → E-mail draft. The files are made off the JavaFX thread; drafts are handed to the
 * user's mail program and never sent by Bridgework.
 */
package org.bridgework.ui.outbound;
