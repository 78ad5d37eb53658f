package dev.mattermost.spring.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.mattermost.spring.model.FileInfo;
import dev.mattermost.spring.model.FileInfoListOptions;
import dev.mattermost.spring.model.UploadSession;

/**
 * Files, their metadata and resumable uploads, through Mattermost's plugin API.
 *
 * <p>File content travels whole in one gRPC message per call. Mattermost's plugin API server keeps gRPC's default
 * 4 MiB limit on what it receives, so {@link #upload(byte[], String, String) upload} and
 * {@link #uploadData(UploadSession, byte[]) uploadData} fail with {@link UnavailableException} for anything larger
 * (downloads may be as large as the plugin's own inbound limit). Lookups of a file that does not exist throw
 * {@link NotFoundException}.
 */
public interface FileApi {

	/**
	 * Duplicates file infos for a new post without copying the files ({@code CopyFileInfos}).
	 * @param userId the user recorded as creator of the copies
	 * @param fileIds the files to copy
	 * @return the ids of the copies, to attach to a new post
	 */
	List<String> copyInfos(String userId, List<String> fileIds);

	/**
	 * Returns the metadata of a file ({@code GetFileInfo}).
	 * @param fileId the file
	 * @return the metadata
	 */
	FileInfo getInfo(String fileId);

	/**
	 * Sets the text a file is found by in full-text search ({@code SetFileSearchableContent}).
	 * @param fileId the file
	 * @param content the searchable text
	 */
	void setSearchableContent(String fileId, String content);

	/**
	 * Returns one page of file metadata ({@code GetFileInfos}).
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @param options filters and order, see {@link FileInfoListOptions#ALL}
	 * @return the metadata on that page
	 */
	List<FileInfo> getInfos(int page, int perPage, FileInfoListOptions options);

	/**
	 * Streams the metadata of every file matching the options, fetching pages lazily ({@code GetFileInfos}).
	 * @param options filters and order, see {@link FileInfoListOptions#ALL}
	 * @return a lazy stream of file metadata
	 */
	default Stream<FileInfo> streamInfos(FileInfoListOptions options) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getInfos(page, perPage, options));
	}

	/**
	 * Returns the content of a file ({@code GetFile}).
	 * @param fileId the file
	 * @return the content
	 */
	byte[] get(String fileId);

	/**
	 * Returns the public link to a file ({@code GetFileLink}); public links must be enabled on the server.
	 * @param fileId the file
	 * @return the link
	 */
	String getLink(String fileId);

	/**
	 * Reads a file from the server's file store by path ({@code ReadFile}).
	 * @param path the path within the file store
	 * @return the content
	 */
	byte[] read(String path);

	/**
	 * Uploads a file to a channel, to be attached to a post by its id ({@code UploadFile}).
	 * @param data the content
	 * @param channelId the channel
	 * @param filename the file name
	 * @return the metadata of the stored file
	 */
	FileInfo upload(byte[] data, String channelId, String filename);

	/**
	 * Starts a resumable upload ({@code CreateUploadSession}).
	 * @param session the upload, see {@link UploadSession#attachment}
	 * @return the created session, with its id
	 */
	UploadSession createUploadSession(UploadSession session);

	/**
	 * Sends the next part of an upload ({@code UploadData}); the server appends it at the session's file offset.
	 * <p>
	 * Mattermost checks the session's {@link UploadSession#fileOffset() fileOffset} against the bytes it already has
	 * and refuses a mismatch, so send each part with the offset the previous parts reached
	 * ({@link UploadSession#withFileOffset}). It also refuses a first part smaller than 5 MiB unless it is the whole
	 * file.
	 * @param session the session, with the offset the data starts at
	 * @param data the next part of the file
	 * @return the file's metadata once the whole file has arrived, empty while parts are missing
	 */
	Optional<FileInfo> uploadData(UploadSession session, byte[] data);

	/**
	 * Returns an upload session, for example to learn how much of a file the server has ({@code GetUploadSession}).
	 * @param uploadId the session
	 * @return the session
	 */
	UploadSession getUploadSession(String uploadId);

}
