package dev.mattermost.spring.sample;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample plugin's own settings.
 *
 * @param blockedWords words a message may not contain
 */
@ConfigurationProperties("sample")
public record SampleSettings(List<String> blockedWords) {

	public SampleSettings {
		blockedWords = (blockedWords != null) ? List.copyOf(blockedWords) : List.of("spoiler");
	}

}
