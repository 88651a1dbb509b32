/** placeholder */ package org.bridgework.ui.details;
