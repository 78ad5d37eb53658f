package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The text of a notification email, which a plugin may rewrite.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailNotificationContent(
		@JsonProperty("subject") String subject,
		@JsonProperty("title") String title,
		@JsonProperty("subtitle") String subTitle,
		@JsonProperty("message_html") String messageHtml,
		@JsonProperty("message_text") String messageText,
		@JsonProperty("button_text") String buttonText,
		@JsonProperty("button_url") String buttonUrl,
		@JsonProperty("footer_text") String footerText) {

	public EmailNotificationContent {
		subject = Defaults.text(subject);
		title = Defaults.text(title);
		subTitle = Defaults.text(subTitle);
		messageHtml = Defaults.text(messageHtml);
		messageText = Defaults.text(messageText);
		buttonText = Defaults.text(buttonText);
		buttonUrl = Defaults.text(buttonUrl);
		footerText = Defaults.text(footerText);
	}

}
