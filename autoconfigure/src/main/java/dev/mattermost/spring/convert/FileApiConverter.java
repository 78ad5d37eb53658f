package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.FileInfoListOptions;
import dev.mattermost.spring.model.UploadSession;
import dev.mattermost.spring.protocol.v1.GetFileInfosOptions;

/**
 * Converts the file API's upload sessions and listing options between their protobuf and model forms.
 */
public final class FileApiConverter {

	private FileApiConverter() {
	}

	/**
	 * Converts a protobuf upload session to its model form.
	 * @param session the protobuf session
	 * @return the model session
	 */
	public static UploadSession toModel(dev.mattermost.spring.protocol.v1.UploadSession session) {
		return new UploadSession(
				session.getId(),
				session.getType(),
				session.getCreateAt(),
				session.getUserId(),
				session.getChannelId(),
				session.getFilename(),
				session.getPath(),
				session.getFileSize(),
				session.getFileOffset(),
				session.getRemoteId(),
				session.getReqFileId());
	}

	/**
	 * Converts a model upload session to its protobuf form; {@code null} becomes the default instance.
	 * @param session the model session, may be {@code null}
	 * @return the protobuf session
	 */
	public static dev.mattermost.spring.protocol.v1.UploadSession toProto(@Nullable UploadSession session) {
		if (session == null) {
			return dev.mattermost.spring.protocol.v1.UploadSession.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.UploadSession.newBuilder()
			.setId(session.id())
			.setType(session.type())
			.setCreateAt(session.createAt())
			.setUserId(session.userId())
			.setChannelId(session.channelId())
			.setFilename(session.filename())
			.setPath(session.path())
			.setFileSize(session.fileSize())
			.setFileOffset(session.fileOffset())
			.setRemoteId(session.remoteId())
			.setReqFileId(session.reqFileId())
			.build();
	}

	/**
	 * Converts protobuf file listing options to their model form.
	 * @param options the protobuf options
	 * @return the model options
	 */
	public static FileInfoListOptions toModel(GetFileInfosOptions options) {
		return new FileInfoListOptions(
				options.getUserId(),
				options.getChannelId(),
				options.getIncludeDeleted(),
				options.getSortBy(),
				options.getSortOrder());
	}

	/**
	 * Converts model file listing options to their protobuf form; {@code null} becomes the default instance.
	 * @param options the model options, may be {@code null}
	 * @return the protobuf options
	 */
	public static GetFileInfosOptions toProto(@Nullable FileInfoListOptions options) {
		if (options == null) {
			return GetFileInfosOptions.getDefaultInstance();
		}
		return GetFileInfosOptions.newBuilder()
			.setUserId(options.userId())
			.setChannelId(options.channelId())
			.setIncludeDeleted(options.includeDeleted())
			.setSortBy(options.sortBy())
			.setSortOrder(options.sortOrder())
			.build();
	}

}
