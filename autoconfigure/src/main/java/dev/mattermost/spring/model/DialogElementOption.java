package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One choice of a dialog select or radio element, as Mattermost's {@code model.PostActionOptions}.
 *
 * @param text the label shown to the user
 * @param value the value submitted when chosen
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DialogElementOption(@JsonProperty("text") String text, @JsonProperty("value") String value) {

	public DialogElementOption {
		text = Defaults.text(text);
		value = Defaults.text(value);
	}

}
