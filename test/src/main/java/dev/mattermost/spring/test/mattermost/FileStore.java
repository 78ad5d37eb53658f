package dev.mattermost.spring.test.mattermost;

import java.net.URLConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.FileInfo;

/**
 * Uploaded files: their FileInfo rows and their bytes at the path the server's file backend would use.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class FileStore {

	/** The creator the server records for files a plugin uploads (there is no user behind them). */
	static final String NO_USER = "nouser";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	private final LongSupplier clock;

	private final Directory directory;

	private final Map<String, FileInfo> infos = new LinkedHashMap<>();

	private final Map<String, String> paths = new LinkedHashMap<>();

	private final Map<String, byte[]> contents = new LinkedHashMap<>();

	FileStore(LongSupplier clock, Directory directory) {
		this.clock = clock;
		this.directory = directory;
	}

	FileInfo upload(byte[] data, String channelId, String filename) {
		if (this.directory.findChannel(channelId).isEmpty() && !channelId.isEmpty()) {
			throw AppErrorException.badRequest("UploadFile", "api.file.upload_file.incorrect_channelId.app_error",
					"Unable to upload the file. Incorrect channel ID: " + channelId);
		}
		if (filename.isEmpty()) {
			throw AppErrorException.badRequest("UploadFile", "api.file.upload_file.incorrect_number_of_files.app_error",
					"Unable to upload files. Incorrect number of files specified.");
		}
		long now = this.clock.getAsLong();
		String id = MattermostIds.newId();
		String name = filename.substring(filename.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		String mimeType = URLConnection.guessContentTypeFromName(name);
		String path = "data/" + DAY.format(Instant.ofEpochMilli(now)) + "/teams/noteam/channels/" + channelId
				+ "/users/" + NO_USER + "/" + id + "/" + name;
		FileInfo info = FileInfo.newBuilder()
			.setId(id)
			.setCreatorId(NO_USER)
			.setChannelId(channelId)
			.setCreateAt(now)
			.setUpdateAt(now)
			.setName(name)
			.setExtension(extension)
			.setSize(data.length)
			.setMimeType((mimeType != null) ? mimeType : "")
			.build();
		this.infos.put(id, info);
		this.paths.put(id, path);
		this.contents.put(path, data.clone());
		return info;
	}

	FileInfo info(String fileId) {
		return AppErrorException.requireFound(this.infos.get(fileId), "GetFileInfo",
				"app.file_info.get.app_error", "Unable to get the file info.");
	}

	byte[] content(String fileId) {
		info(fileId);
		return read(this.paths.get(fileId));
	}

	byte[] read(String path) {
		byte[] data = this.contents.get(path);
		if (data == null) {
			throw AppErrorException.internal("ReadFile", "api.file.read_file.app_error",
					"Encountered an error reading from the file storage: no file at " + path + ".");
		}
		return data.clone();
	}

	void write(String path, byte[] data) {
		this.contents.put(path, data.clone());
	}

	@Nullable String pathOf(String fileId) {
		return this.paths.get(fileId);
	}

	List<FileInfo> infos() {
		return List.copyOf(this.infos.values());
	}

	int countInChannel(String channelId) {
		return (int) this.infos.values().stream().filter(i -> i.getChannelId().equals(channelId)).count();
	}

	/**
	 * Captures the uploaded files.
	 * @return restores the captured files each time it runs
	 */
	Runnable checkpoint() {
		Map<String, FileInfo> infos = new LinkedHashMap<>(this.infos);
		Map<String, String> paths = new LinkedHashMap<>(this.paths);
		Map<String, byte[]> contents = new LinkedHashMap<>(this.contents);
		return () -> {
			Checkpoints.replace(this.infos, infos);
			Checkpoints.replace(this.paths, paths);
			Checkpoints.replace(this.contents, contents);
		};
	}
}
