package dev.mattermost.spring.hooks;

import java.util.BitSet;

/**
 * The hook arguments already taken by earlier parameters of one handler method, so that two parameters of the same
 * type receive the hook's arguments in order (e.g. {@code newPost}, then {@code oldPost}).
 */
public final class ArgumentBinding {

	private final BitSet claimed = new BitSet();

	/**
	 * Whether an argument is still free.
	 * @param index the hook argument index
	 * @return {@code true} if no earlier parameter took it
	 */
	public boolean isFree(int index) {
		return !this.claimed.get(index);
	}

	/**
	 * Marks an argument as taken.
	 * @param index the hook argument index
	 */
	public void claim(int index) {
		this.claimed.set(index);
	}

}
