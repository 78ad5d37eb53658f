package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The files stored by an upload, with the client ids they were sent under.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileUploadResponse(
		@JsonProperty("file_infos") List<FileInfo> fileInfos,
		@JsonProperty("client_ids") List<String> clientIds) {

	public FileUploadResponse {
		fileInfos = Defaults.list(fileInfos);
		clientIds = Defaults.list(clientIds);
	}

}
