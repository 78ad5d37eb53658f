package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of adding one user to a team in a batch: the new membership, or the error that prevented it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMemberWithError(
		@JsonProperty("user_id") String userId,
		@JsonProperty("member") @Nullable TeamMember member,
		@JsonProperty("error") @Nullable AppError error) {

	public TeamMemberWithError {
		userId = Defaults.text(userId);
	}

	/**
	 * Whether the user was added.
	 * @return {@code true} when there is a membership and no error
	 */
	public boolean added() {
		return this.member != null && this.error == null;
	}

}
