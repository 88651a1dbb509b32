/** placeholder */ package org.bridgework.ui.common;
