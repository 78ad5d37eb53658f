package dev.mattermost.spring.http;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tells whether the application maps any request of its own, through {@code @RequestMapping} methods or router
 * functions; the error controller that Spring Boot registers does not count.
 */
public class RequestMappingEndpoints implements BooleanSupplier {

	private final List<RequestMappingHandlerMapping> handlerMappings;

	private final List<RouterFunctionMapping> routerFunctionMappings;

	/**
	 * Creates a detector.
	 * @param handlerMappings the application's request mapping handler mappings
	 * @param routerFunctionMappings the application's router function mappings
	 */
	public RequestMappingEndpoints(List<RequestMappingHandlerMapping> handlerMappings,
			List<RouterFunctionMapping> routerFunctionMappings) {
		this.handlerMappings = handlerMappings;
		this.routerFunctionMappings = routerFunctionMappings;
	}

	@Override
	public boolean getAsBoolean() {
		for (RouterFunctionMapping mapping : this.routerFunctionMappings) {
			if (mapping.getRouterFunction() != null) {
				return true;
			}
		}
		for (RequestMappingHandlerMapping mapping : this.handlerMappings) {
			for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
				if (!ErrorController.class.isAssignableFrom(handler.getBeanType())) {
					return true;
				}
			}
		}
		return false;
	}

}
