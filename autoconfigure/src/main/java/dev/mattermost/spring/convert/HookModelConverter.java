package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.PluginContext;

/**
 * Converts hook messages between protobuf and the model records.
 */
// Placeholder until the models branch lands in main; replaced by its converter.
public final class HookModelConverter {

	private HookModelConverter() {
	}

	/**
	 * Converts a plugin context.
	 * @param context the protobuf context
	 * @return the model context
	 */
	public static PluginContext toModel(dev.mattermost.spring.protocol.v1.PluginContext context) {
		return new PluginContext(context.getSessionId(), context.getRequestId(), context.getIpAddress(),
				context.getAcceptLanguage(), context.getUserAgent());
	}

}
