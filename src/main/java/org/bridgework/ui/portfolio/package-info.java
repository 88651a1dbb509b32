/** placeholder */ package org.bridgework.ui.portfolio;
