package dev.mattermost.spring.test.devhost;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the dev host talks to the developer: its own notes, the plugin's log lines, and problems, which stand out
 * and are each said once.
 */
public final class DevHostConsole {

	private final PrintStream out;

	private final Set<String> saidOnce = new HashSet<>();

	/**
	 * Creates a console.
	 * @param out the terminal (the dev host is a terminal program, not a plugin, so stdout is its to use)
	 */
	public DevHostConsole(PrintStream out) {
		this.out = out;
	}

	/**
	 * Prints a note from the dev host.
	 * @param text the note
	 */
	public synchronized void info(String text) {
		this.out.println("[devhost] " + text);
		this.out.flush();
	}

	/**
	 * Prints a warning: nothing is broken yet, but the server might disagree.
	 * @param text the warning
	 */
	public synchronized void warn(String text) {
		this.out.println("[devhost] WARNING: " + text);
		this.out.flush();
	}

	/**
	 * Prints a problem the plugin author should fix.
	 * @param text what is wrong and how to fix it; may span lines
	 */
	public synchronized void problem(String text) {
		this.out.println("[devhost] PROBLEM: " + text.replace("\n", "\n[devhost]          "));
		this.out.flush();
	}

	/**
	 * Prints a problem only the first time it is reported under {@code key}.
	 * @param key what kind of problem this is
	 * @param text what is wrong and how to fix it
	 */
	public synchronized void problemOnce(String key, String text) {
		if (this.saidOnce.add(key)) {
			problem(text);
		}
	}

	/**
	 * Prints one of the plugin's stderr lines readably.
	 * @param line the parsed line
	 */
	public synchronized void plugin(PluginLogLine line) {
		this.out.println("[plugin]  " + line.format());
		this.out.flush();
	}

	/**
	 * Prints a line the plugin logged through the plugin API.
	 * @param line the line
	 */
	public synchronized void apiLog(PluginLogLine line) {
		this.out.println("[api-log] " + line.format());
		this.out.flush();
	}

	/**
	 * Prints text as is, for the startup help.
	 * @param text the text
	 */
	public synchronized void raw(String text) {
		this.out.println(text);
		this.out.flush();
	}

}
