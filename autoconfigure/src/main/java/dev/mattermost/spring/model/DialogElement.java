package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One input of an interactive dialog, as Mattermost's {@code model.DialogElement}.
 *
 * @param displayName the label shown to the user
 * @param name the key of the value in the submission
 * @param type {@code text}, {@code textarea}, {@code select}, {@code radio} or {@code bool}
 * @param subtype for text inputs: {@code email}, {@code number}, {@code password}, {@code tel}, {@code url}, ...
 * @param defaultValue the initial value
 * @param placeholder the placeholder text
 * @param helpText help shown below the input
 * @param optional whether the user may leave the input empty
 * @param minLength the minimum text length
 * @param maxLength the maximum text length
 * @param dataSource for selects: {@code users} or {@code channels} instead of fixed options
 * @param options for selects and radios: the choices
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DialogElement(@JsonProperty("display_name") String displayName, @JsonProperty("name") String name,
		@JsonProperty("type") String type, @JsonProperty("subtype") String subtype,
		@JsonProperty("default") String defaultValue, @JsonProperty("placeholder") String placeholder,
		@JsonProperty("help_text") String helpText, @JsonProperty("optional") boolean optional,
		@JsonProperty("min_length") int minLength, @JsonProperty("max_length") int maxLength,
		@JsonProperty("data_source") String dataSource, @JsonProperty("options") List<DialogElementOption> options) {

	public DialogElement {
		displayName = Defaults.text(displayName);
		name = Defaults.text(name);
		type = Defaults.text(type);
		subtype = Defaults.text(subtype);
		defaultValue = Defaults.text(defaultValue);
		placeholder = Defaults.text(placeholder);
		helpText = Defaults.text(helpText);
		dataSource = Defaults.text(dataSource);
		options = Defaults.list(options);
	}

	/**
	 * Returns a required single-line text input.
	 * @param name the key of the value in the submission
	 * @param displayName the label
	 * @return the element
	 */
	public static DialogElement text(String name, String displayName) {
		return new DialogElement(displayName, name, "text", "", "", "", "", false, 0, 0, "", List.of());
	}

	/**
	 * Returns a required select with fixed choices.
	 * @param name the key of the value in the submission
	 * @param displayName the label
	 * @param options the choices
	 * @return the element
	 */
	public static DialogElement select(String name, String displayName, List<DialogElementOption> options) {
		return new DialogElement(displayName, name, "select", "", "", "", "", false, 0, 0, "", options);
	}

}
