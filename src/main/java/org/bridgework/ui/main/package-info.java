/** placeholder */ package org.bridgework.ui.main;
