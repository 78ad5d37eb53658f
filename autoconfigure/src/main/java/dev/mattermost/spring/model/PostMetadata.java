package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the server computed about a post: embeds, reactions, files, images, priority.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostMetadata(
		@JsonProperty("embeds") List<PostEmbed> embeds,
		@JsonProperty("reactions") List<Reaction> reactions,
		@JsonProperty("files") List<FileInfo> files,
		@JsonProperty("images") Map<String, PostImage> images,
		@JsonProperty("priority") @Nullable PostPriority priority,
		@JsonProperty("acknowledgements") List<PostAcknowledgement> acknowledgements) {

	public PostMetadata {
		embeds = Defaults.list(embeds);
		reactions = Defaults.list(reactions);
		files = Defaults.list(files);
		images = Defaults.map(images);
		acknowledgements = Defaults.list(acknowledgements);
	}

}
