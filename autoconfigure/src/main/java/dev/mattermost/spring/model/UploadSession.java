package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A resumable file upload: the file's size and how much of it the server has received.
 *
 * @param id the session id, empty when creating a session
 * @param type {@code attachment} for a file to post, {@code import} for a bulk import file
 * @param createAt when the session was created, epoch millis
 * @param userId the user uploading the file
 * @param channelId the channel an attachment is for
 * @param filename the name of the file
 * @param path where the server stores the data
 * @param fileSize the size of the whole file in bytes
 * @param fileOffset how many bytes the server has received so far
 * @param remoteId the remote cluster the upload comes from, empty for local uploads
 * @param reqFileId the file id a remote cluster asked for, empty for local uploads
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadSession(
		@JsonProperty("id") String id,
		@JsonProperty("type") String type,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("user_id") String userId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("filename") String filename,
		@JsonProperty("path") String path,
		@JsonProperty("file_size") @JsonSetter(nulls = Nulls.AS_EMPTY) long fileSize,
		@JsonProperty("file_offset") @JsonSetter(nulls = Nulls.AS_EMPTY) long fileOffset,
		@JsonProperty("remote_id") String remoteId,
		@JsonProperty("req_file_id") String reqFileId) {

	/** The type of a session whose file will be attached to a post. */
	public static final String ATTACHMENT = "attachment";

	/** The type of a session whose file is a bulk import. */
	public static final String IMPORT = "import";

	public UploadSession {
		id = Defaults.text(id);
		type = Defaults.text(type);
		userId = Defaults.text(userId);
		channelId = Defaults.text(channelId);
		filename = Defaults.text(filename);
		path = Defaults.text(path);
		remoteId = Defaults.text(remoteId);
		reqFileId = Defaults.text(reqFileId);
	}

	/**
	 * Describes a new upload of a post attachment, to pass to {@code files().createUploadSession(...)}.
	 * @param userId the user uploading the file
	 * @param channelId the channel the file is for
	 * @param filename the name of the file
	 * @param fileSize the size of the whole file in bytes
	 * @return the session to create
	 */
	public static UploadSession attachment(String userId, String channelId, String filename, long fileSize) {
		return new UploadSession("", ATTACHMENT, 0, userId, channelId, filename, "", fileSize, 0, "", "");
	}

	/**
	 * Returns a copy of this session with another upload offset.
	 * @param fileOffset the number of bytes the server has received
	 * @return the changed copy
	 */
	public UploadSession withFileOffset(long fileOffset) {
		return new UploadSession(this.id, this.type, this.createAt, this.userId, this.channelId, this.filename,
				this.path, this.fileSize, fileOffset, this.remoteId, this.reqFileId);
	}

	/**
	 * Tells whether the server has received the whole file.
	 * @return {@code true} once the offset has reached the file size
	 */
	@JsonIgnore
	public boolean isComplete() {
		return this.fileOffset >= this.fileSize;
	}

}
