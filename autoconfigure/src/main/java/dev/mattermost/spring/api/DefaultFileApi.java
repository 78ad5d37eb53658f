package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.protobuf.UnsafeByteOperations;

import dev.mattermost.spring.convert.FileApiConverter;
import dev.mattermost.spring.convert.FileConverter;
import dev.mattermost.spring.model.FileInfo;
import dev.mattermost.spring.model.FileInfoListOptions;
import dev.mattermost.spring.model.UploadSession;
import dev.mattermost.spring.protocol.v1.CopyFileInfosRequest;
import dev.mattermost.spring.protocol.v1.CreateUploadSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateUploadSessionResponse;
import dev.mattermost.spring.protocol.v1.GetFileInfoRequest;
import dev.mattermost.spring.protocol.v1.GetFileInfoResponse;
import dev.mattermost.spring.protocol.v1.GetFileInfosRequest;
import dev.mattermost.spring.protocol.v1.GetFileLinkRequest;
import dev.mattermost.spring.protocol.v1.GetFileRequest;
import dev.mattermost.spring.protocol.v1.GetUploadSessionRequest;
import dev.mattermost.spring.protocol.v1.GetUploadSessionResponse;
import dev.mattermost.spring.protocol.v1.ReadFileRequest;
import dev.mattermost.spring.protocol.v1.SetFileSearchableContentRequest;
import dev.mattermost.spring.protocol.v1.UploadDataRequest;
import dev.mattermost.spring.protocol.v1.UploadDataResponse;
import dev.mattermost.spring.protocol.v1.UploadFileRequest;
import dev.mattermost.spring.protocol.v1.UploadFileResponse;

/**
 * {@link FileApi} over the PluginAPI gRPC service.
 *
 * <p>Uploaded arrays are wrapped, not copied: the call is over before the method returns and nothing keeps them.
 */
public final class DefaultFileApi implements FileApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultFileApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public List<String> copyInfos(String userId, List<String> fileIds) {
		return List.copyOf(this.caller
			.call("CopyFileInfos",
					(stub) -> stub.copyFileInfos(
							CopyFileInfosRequest.newBuilder().setUserId(userId).addAllFileIds(fileIds).build()))
			.getFileIdsList());
	}

	@Override
	public FileInfo getInfo(String fileId) {
		GetFileInfoResponse response = this.caller.call("GetFileInfo",
				(stub) -> stub.getFileInfo(GetFileInfoRequest.newBuilder().setFileId(fileId).build()));
		return FileConverter.toModel(
				ResponseFields.found("GetFileInfo", response.hasFileInfo(), response.getFileInfo(), "file " + fileId));
	}

	@Override
	public void setSearchableContent(String fileId, String content) {
		this.caller.call("SetFileSearchableContent", (stub) -> stub.setFileSearchableContent(
				SetFileSearchableContentRequest.newBuilder().setFileId(fileId).setContent(content).build()));
	}

	@Override
	public List<FileInfo> getInfos(int page, int perPage, FileInfoListOptions options) {
		return this.caller
			.call("GetFileInfos",
					(stub) -> stub.getFileInfos(GetFileInfosRequest.newBuilder()
						.setPage(page)
						.setPerPage(perPage)
						.setOptions(FileApiConverter.toProto(options))
						.build()))
			.getFileInfosList()
			.stream()
			.map(FileConverter::toModel)
			.toList();
	}

	@Override
	public byte[] get(String fileId) {
		return this.caller
			.call("GetFile", (stub) -> stub.getFile(GetFileRequest.newBuilder().setFileId(fileId).build()))
			.getData()
			.toByteArray();
	}

	@Override
	public String getLink(String fileId) {
		return this.caller
			.call("GetFileLink", (stub) -> stub.getFileLink(GetFileLinkRequest.newBuilder().setFileId(fileId).build()))
			.getLink();
	}

	@Override
	public byte[] read(String path) {
		return this.caller
			.call("ReadFile", (stub) -> stub.readFile(ReadFileRequest.newBuilder().setPath(path).build()))
			.getData()
			.toByteArray();
	}

	@Override
	public FileInfo upload(byte[] data, String channelId, String filename) {
		UploadFileResponse response = this.caller.call("UploadFile",
				(stub) -> stub.uploadFile(UploadFileRequest.newBuilder()
					.setData(UnsafeByteOperations.unsafeWrap(data))
					.setChannelId(channelId)
					.setFilename(filename)
					.build()));
		return FileConverter
			.toModel(ResponseFields.require("UploadFile", response.hasFileInfo(), response.getFileInfo()));
	}

	@Override
	public UploadSession createUploadSession(UploadSession session) {
		CreateUploadSessionResponse response = this.caller.call("CreateUploadSession",
				(stub) -> stub.createUploadSession(CreateUploadSessionRequest.newBuilder()
					.setUploadSession(FileApiConverter.toProto(session))
					.build()));
		return FileApiConverter.toModel(ResponseFields.require("CreateUploadSession", response.hasUploadSession(),
				response.getUploadSession()));
	}

	@Override
	public Optional<FileInfo> uploadData(UploadSession session, byte[] data) {
		UploadDataResponse response = this.caller.call("UploadData",
				(stub) -> stub.uploadData(UploadDataRequest.newBuilder()
					.setUploadSession(FileApiConverter.toProto(session))
					.setData(UnsafeByteOperations.unsafeWrap(data))
					.build()));
		// Mattermost answers a part that leaves the file incomplete with no file info at all.
		return response.hasFileInfo() ? Optional.of(FileConverter.toModel(response.getFileInfo())) : Optional.empty();
	}

	@Override
	public UploadSession getUploadSession(String uploadId) {
		GetUploadSessionResponse response = this.caller.call("GetUploadSession",
				(stub) -> stub.getUploadSession(GetUploadSessionRequest.newBuilder().setUploadId(uploadId).build()));
		return FileApiConverter.toModel(ResponseFields.found("GetUploadSession", response.hasUploadSession(),
				response.getUploadSession(), "upload session " + uploadId));
	}

}
