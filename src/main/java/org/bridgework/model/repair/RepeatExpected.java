package org.bridgework.model.repair;

/**
 * Whether they expect the breach to happen again. A cause seen as lasting keeps trust down after words alone
 * (Tomlinson &amp; Mayer, 2009, a model); where they expect a repeat, a safeguard is expected of us
 * ({@link RepairAdvice#OFFER_A_SAFEGUARD}).
 */
public enum RepeatExpected {
    YES, NO, NOT_SURE
}
