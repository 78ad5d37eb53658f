package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Marks a bean method as a handler of a Mattermost plugin hook; each hook's own annotation (such as
 * {@link OnActivate}) is this annotation with the hook filled in.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PluginHook {

	/**
	 * The hook the method handles.
	 * @return the hook
	 */
	Hook value();

}
