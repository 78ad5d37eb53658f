package dev.mattermost.spring.hooks;

import java.util.Objects;

import dev.mattermost.spring.model.FileInfo;

/**
 * A file on its way into Mattermost, as {@code FileWillBeUploaded} handlers see and may replace it.
 *
 * @param fileInfo the file's metadata
 * @param content the whole file content
 */
public record FileUpload(FileInfo fileInfo, byte[] content) {

	public FileUpload {
		Objects.requireNonNull(fileInfo, "fileInfo");
		content = (content != null) ? content : new byte[0];
	}

}
