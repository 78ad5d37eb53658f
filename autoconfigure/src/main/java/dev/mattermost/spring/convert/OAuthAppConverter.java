package dev.mattermost.spring.convert;

import java.util.Arrays;
import java.util.List;

import dev.mattermost.spring.model.OAuthApp;

/**
 * Converts OAuth apps between their protocol message and model record.
 *
 * <p>The protocol carries the callback URLs as one comma-separated string, which the server splits again.
 */
public final class OAuthAppConverter {

	private OAuthAppConverter() {
	}

	/**
	 * Converts an OAuth app message.
	 * @param app the message
	 * @return the record
	 */
	public static OAuthApp toModel(dev.mattermost.spring.protocol.v1.OAuthApp app) {
		List<String> callbackUrls = app.getCallbackUrls().isEmpty() ? List.of()
				: Arrays.asList(app.getCallbackUrls().split(","));
		return new OAuthApp(app.getId(), app.getCreatorId(), app.getCreateAt(), app.getUpdateAt(),
				app.getClientSecret(), app.getName(), app.getDescription(), app.getIconUrl(), callbackUrls,
				app.getHomepage(), app.getIsTrusted(), app.getMattermostAppId());
	}

	/**
	 * Converts an OAuth app record.
	 * @param app the record
	 * @return the message
	 * @throws IllegalArgumentException if a callback URL contains a comma, which the protocol cannot carry
	 */
	public static dev.mattermost.spring.protocol.v1.OAuthApp toProto(OAuthApp app) {
		for (String url : app.callbackUrls()) {
			if (url.contains(",")) {
				throw new IllegalArgumentException("OAuth callback URL '" + url + "' must not contain a comma");
			}
		}
		return dev.mattermost.spring.protocol.v1.OAuthApp.newBuilder()
			.setId(app.id())
			.setCreatorId(app.creatorId())
			.setCreateAt(app.createAt())
			.setUpdateAt(app.updateAt())
			.setClientSecret(app.clientSecret())
			.setName(app.name())
			.setDescription(app.description())
			.setIconUrl(app.iconUrl())
			.setCallbackUrls(String.join(",", app.callbackUrls()))
			.setHomepage(app.homepage())
			.setIsTrusted(app.trusted())
			.setMattermostAppId(app.mattermostAppId())
			.build();
	}

}
