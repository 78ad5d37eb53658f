package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The file storage limit of a cloud workspace; null when unlimited or unknown.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FilesLimits(
		@JsonProperty("total_storage") @Nullable Long totalStorage) {

}
