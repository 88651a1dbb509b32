/** placeholder */ package org.bridgework.settings;
