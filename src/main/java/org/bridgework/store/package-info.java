/** placeholder */ package org.bridgework.store;
