package org.bridgework;

/** Entry point: reads the command line, then starts the window or runs a command-line task. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Bridgework");
    }
}
