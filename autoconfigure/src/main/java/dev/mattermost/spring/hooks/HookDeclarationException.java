package dev.mattermost.spring.hooks;

/**
 * Thrown at startup when a hook handler method is declared in a way the hook cannot call.
 */
public class HookDeclarationException extends IllegalStateException {

	/**
	 * Creates the exception.
	 * @param message what is wrong, naming the bean and method
	 */
	public HookDeclarationException(String message) {
		super(message);
	}

}
