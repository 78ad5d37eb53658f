package dev.mattermost.spring.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a controller method parameter to the id of the Mattermost user whose session made the request, from the
 * {@code Mattermost-User-Id} header that Mattermost sets (and strips from anything a client sends).
 *
 * <p>
 * By default the user is required: a request without a Mattermost session is answered with {@code 401
 * Unauthorized} before the method runs. With {@code required = false} the parameter is {@code null} instead.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MattermostUserId {

	/**
	 * Whether the request must come from an authenticated Mattermost user.
	 * @return {@code true} to answer {@code 401} for anonymous requests
	 */
	boolean required() default true;

}
