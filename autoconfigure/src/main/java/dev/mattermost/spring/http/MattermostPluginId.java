package dev.mattermost.spring.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a controller method parameter to the id of the plugin that made an inter-plugin request, from the
 * {@code Mattermost-Plugin-ID} header that Mattermost sets (and strips from anything a client sends).
 *
 * <p>
 * By default the parameter is {@code null} for requests that did not come from a plugin; with
 * {@code required = true} such requests are answered with {@code 403 Forbidden}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MattermostPluginId {

	/**
	 * Whether the request must come from another plugin.
	 * @return {@code true} to answer {@code 403} for requests that did not come from a plugin
	 */
	boolean required() default false;

}
