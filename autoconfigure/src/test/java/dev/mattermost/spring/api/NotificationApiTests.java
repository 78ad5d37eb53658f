package dev.mattermost.spring.api;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.model.PushNotification;
import dev.mattermost.spring.protocol.v1.SendMailRequest;
import dev.mattermost.spring.protocol.v1.SendMailResponse;
import dev.mattermost.spring.protocol.v1.SendPushNotificationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private NotificationApi notifications() {
		return new DefaultNotificationApi(this.server.caller());
	}

	@Test
	void sendsMailFields() {
		notifications().sendMail("ops@example.com", "Alert", "<b>down</b>");
		assertThat(this.server.request("SendMail", SendMailRequest.class)).isEqualTo(SendMailRequest.newBuilder()
			.setTo("ops@example.com")
			.setSubject("Alert")
			.setHtmlBody("<b>down</b>")
			.build());
	}

	@Test
	void mapsMailAppErrorToUnavailable() {
		this.server.respond("SendMail", SendMailResponse.newBuilder()
			.setError(ApiTestServer.appError("api.email.disabled", "Email is disabled", 503))
			.build());
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> notifications().sendMail("a@b.c", "s", "b"));
	}

	@Test
	void sendsPushNotificationAndRecipient() {
		dev.mattermost.spring.protocol.v1.PushNotification proto = dev.mattermost.spring.protocol.v1.PushNotification
			.newBuilder()
			.setPlatform("apple")
			.setMessage("Hello")
			.setBadge("3")
			.setChannelId("c1")
			.setIsCrt(true)
			.setSubType("calls")
			.build();
		PushNotification notification = HookModelConverter.toModel(proto);
		notifications().sendPushNotification(notification, "u1");
		SendPushNotificationRequest request = this.server.request("SendPushNotification",
				SendPushNotificationRequest.class);
		assertThat(request.getUserId()).isEqualTo("u1");
		assertThat(request.getNotification()).isEqualTo(proto);
	}

	@Test
	void mapsPushStatusErrorToInvalidInput() {
		this.server.fail("SendPushNotification", Status.INVALID_ARGUMENT.withDescription("notification is required"));
		PushNotification notification = HookModelConverter
			.toModel(dev.mattermost.spring.protocol.v1.PushNotification.getDefaultInstance());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> notifications().sendPushNotification(notification, "u1"));
	}

}
