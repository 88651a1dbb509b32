/**
 * The domain of Bridgework: records and enums, and the pure rules over them.
 * Nothing here knows about JavaFX or SQL; both depend on this package, never the other way round.
 */
package org.bridgework.model;
