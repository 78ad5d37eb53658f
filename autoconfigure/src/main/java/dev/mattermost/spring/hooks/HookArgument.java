package dev.mattermost.spring.hooks;

import org.springframework.core.ResolvableType;

/**
 * One argument Mattermost passes to a hook.
 *
 * @param name the argument's name in Mattermost's Go signature, in camel case
 * @param type the Java type handlers receive it as, with its generics
 */
public record HookArgument(String name, ResolvableType type) {

	/**
	 * Whether a parameter of the given type can receive this argument.
	 * @param parameterType the parameter's type, primitives already boxed and {@code Optional} unwrapped
	 * @return {@code true} when the argument fits and the parameter asks for more than {@code Object}
	 */
	public boolean fits(ResolvableType parameterType) {
		return parameterType.toClass() != Object.class && parameterType.isAssignableFrom(this.type);
	}

	/**
	 * The type with simple class names, e.g. {@code List<Post>}, for messages.
	 * @return the short type name
	 */
	public String typeName() {
		return Hook.simpleName(this.type);
	}

}
