package dev.mattermost.spring.http;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

import dev.mattermost.spring.model.PluginContext;

/**
 * Resolves controller method parameters annotated with {@link MattermostUserId} or {@link MattermostPluginId}, and
 * parameters of type {@link PluginContext}.
 */
public class MattermostArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(MattermostUserId.class)
				|| parameter.hasParameterAnnotation(MattermostPluginId.class)
				|| PluginContext.class.equals(parameter.getParameterType());
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null) {
			return null;
		}
		MattermostUserId userId = parameter.getParameterAnnotation(MattermostUserId.class);
		if (userId != null) {
			String value = MattermostRequestAttributes.userId(request);
			if (value == null && userId.required()) {
				throw new MattermostUserRequiredException();
			}
			return value;
		}
		MattermostPluginId pluginId = parameter.getParameterAnnotation(MattermostPluginId.class);
		if (pluginId != null) {
			String value = MattermostRequestAttributes.pluginId(request);
			if (value == null && pluginId.required()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only other plugins may call this endpoint");
			}
			return value;
		}
		PluginContext context = MattermostRequestAttributes.pluginContext(request);
		return (context != null) ? context : PluginContext.empty();
	}

}
