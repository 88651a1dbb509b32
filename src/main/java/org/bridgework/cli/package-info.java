/** placeholder */ package org.bridgework.cli;
