package org.bridgework.model.repair;

/** The kinds of value one side brings the other, each rated 0..5 in the Assess worksheet. */
public enum ValueDimension {
    REVENUE, STRATEGIC_VALUE, REFERRALS, REPUTATION
}
