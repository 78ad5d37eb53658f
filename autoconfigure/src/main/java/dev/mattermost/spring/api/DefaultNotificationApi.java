package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.model.PushNotification;
import dev.mattermost.spring.protocol.v1.SendMailRequest;
import dev.mattermost.spring.protocol.v1.SendPushNotificationRequest;

/**
 * {@link NotificationApi} over the PluginAPI gRPC service.
 */
public final class DefaultNotificationApi implements NotificationApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultNotificationApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void sendMail(String to, String subject, String htmlBody) {
		SendMailRequest request = SendMailRequest.newBuilder()
			.setTo(to)
			.setSubject(subject)
			.setHtmlBody(htmlBody)
			.build();
		this.caller.call("SendMail", (stub) -> stub.sendMail(request));
	}

	@Override
	public void sendPushNotification(PushNotification notification, String userId) {
		Objects.requireNonNull(notification, "notification must not be null");
		SendPushNotificationRequest request = SendPushNotificationRequest.newBuilder()
			.setNotification(HookModelConverter.toProto(notification))
			.setUserId(userId)
			.build();
		this.caller.call("SendPushNotification", (stub) -> stub.sendPushNotification(request));
	}

}
