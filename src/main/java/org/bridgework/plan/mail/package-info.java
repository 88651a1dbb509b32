/**
 * E-mail drafts, never sent by Bridgework: the apology, a progress update and a check-in request, in our own
 * plain words around what the worksheets hold, written as an RFC 5322 / MIME message marked as unsent
 * ({@code X-Unsent: 1}) with the shareable plan attached, for the user's mail program to open.
 */
package org.bridgework.plan.mail;
