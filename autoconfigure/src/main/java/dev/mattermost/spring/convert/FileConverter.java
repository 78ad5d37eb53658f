package dev.mattermost.spring.convert;

import com.google.protobuf.ByteString;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.FileInfo;
import dev.mattermost.spring.model.FileUploadResponse;

/**
 * Converts file metadata and file contents between their protobuf and model forms.
 */
public final class FileConverter {

	private FileConverter() {
	}

	/**
	 * Converts a protobuf file info to its model form.
	 * @param info the protobuf file info
	 * @return the model file info
	 */
	public static FileInfo toModel(dev.mattermost.spring.protocol.v1.FileInfo info) {
		return new FileInfo(
				info.getId(),
				info.getCreatorId(),
				info.getPostId(),
				info.getChannelId(),
				info.getCreateAt(),
				info.getUpdateAt(),
				info.getDeleteAt(),
				info.getName(),
				info.getExtension(),
				info.getSize(),
				info.getMimeType(),
				info.getWidth(),
				info.getHeight(),
				info.getHasPreviewImage(),
				info.hasMiniPreview() ? info.getMiniPreview().toByteArray() : null,
				info.hasRemoteId() ? info.getRemoteId() : null,
				info.getArchived());
	}

	/**
	 * Converts a model file info to its protobuf form; {@code null} becomes the default instance.
	 * @param info the model file info, may be {@code null}
	 * @return the protobuf file info
	 */
	public static dev.mattermost.spring.protocol.v1.FileInfo toProto(@Nullable FileInfo info) {
		if (info == null) {
			return dev.mattermost.spring.protocol.v1.FileInfo.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.FileInfo.newBuilder()
			.setId(info.id())
			.setCreatorId(info.creatorId())
			.setPostId(info.postId())
			.setChannelId(info.channelId())
			.setCreateAt(info.createAt())
			.setUpdateAt(info.updateAt())
			.setDeleteAt(info.deleteAt())
			.setName(info.name())
			.setExtension(info.extension())
			.setSize(info.size())
			.setMimeType(info.mimeType())
			.setWidth(info.width())
			.setHeight(info.height())
			.setHasPreviewImage(info.hasPreviewImage())
			.setArchived(info.archived());
		byte[] miniPreview = info.miniPreview();
		if (miniPreview != null) {
			builder.setMiniPreview(ByteString.copyFrom(miniPreview));
		}
		String remoteId = info.remoteId();
		if (remoteId != null) {
			builder.setRemoteId(remoteId);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf file upload response to its model form.
	 * @param response the protobuf file upload response
	 * @return the model file upload response
	 */
	public static FileUploadResponse toModel(dev.mattermost.spring.protocol.v1.FileUploadResponse response) {
		return new FileUploadResponse(
				Conversions.list(response.getFileInfosList(), FileConverter::toModel),
				response.getClientIdsList());
	}

	/**
	 * Converts a model file upload response to its protobuf form; {@code null} becomes the default instance.
	 * @param response the model file upload response, may be {@code null}
	 * @return the protobuf file upload response
	 */
	public static dev.mattermost.spring.protocol.v1.FileUploadResponse toProto(@Nullable FileUploadResponse response) {
		if (response == null) {
			return dev.mattermost.spring.protocol.v1.FileUploadResponse.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.FileUploadResponse.newBuilder()
			.addAllFileInfos(Conversions.list(response.fileInfos(), FileConverter::toProto))
			.addAllClientIds(response.clientIds())
			.build();
	}

	/**
	 * Converts a protobuf file data to its model form.
	 * @param file the protobuf file data
	 * @return the model file data
	 */
	public static FileData toModel(dev.mattermost.spring.protocol.v1.FileData file) {
		return new FileData(
				file.getFilename(),
				file.getData().toByteArray());
	}

	/**
	 * Converts a model file data to its protobuf form; {@code null} becomes the default instance.
	 * @param file the model file data, may be {@code null}
	 * @return the protobuf file data
	 */
	public static dev.mattermost.spring.protocol.v1.FileData toProto(@Nullable FileData file) {
		if (file == null) {
			return dev.mattermost.spring.protocol.v1.FileData.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.FileData.newBuilder()
			.setFilename(file.filename())
			.setData(ByteString.copyFrom(file.data()))
			.build();
	}

}
