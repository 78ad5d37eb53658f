package dev.mattermost.spring.api;

import dev.mattermost.spring.model.PushNotification;

/**
 * Sends emails and mobile push notifications through the server's configured channels.
 */
public interface NotificationApi {

	/**
	 * Sends an email through the server's SMTP settings ({@code SendMail}).
	 * @param to the recipient address
	 * @param subject the subject
	 * @param htmlBody the HTML body
	 */
	void sendMail(String to, String subject, String htmlBody);

	/**
	 * Sends a push notification to all of a user's mobile sessions ({@code SendPushNotification}); the server runs the
	 * {@code NotificationWillBePushed} hook for it, and the plugin must respect the server's push settings itself.
	 * @param notification the notification
	 * @param userId the recipient
	 */
	void sendPushNotification(PushNotification notification, String userId);

}
