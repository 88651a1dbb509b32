package org.bridgework.model;

/** Who the other side of a relationship is to us. */
public enum RelationshipKind {
    CLIENT, SUPPLIER, PARTNER, INTERNAL, OTHER
}
