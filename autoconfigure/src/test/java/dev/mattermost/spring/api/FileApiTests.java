package dev.mattermost.spring.api;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.model.FileInfo;
import dev.mattermost.spring.model.FileInfoListOptions;
import dev.mattermost.spring.model.UploadSession;
import dev.mattermost.spring.protocol.v1.CopyFileInfosRequest;
import dev.mattermost.spring.protocol.v1.CopyFileInfosResponse;
import dev.mattermost.spring.protocol.v1.CreateUploadSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateUploadSessionResponse;
import dev.mattermost.spring.protocol.v1.GetFileInfoRequest;
import dev.mattermost.spring.protocol.v1.GetFileInfoResponse;
import dev.mattermost.spring.protocol.v1.GetFileInfosOptions;
import dev.mattermost.spring.protocol.v1.GetFileInfosRequest;
import dev.mattermost.spring.protocol.v1.GetFileInfosResponse;
import dev.mattermost.spring.protocol.v1.GetFileLinkRequest;
import dev.mattermost.spring.protocol.v1.GetFileLinkResponse;
import dev.mattermost.spring.protocol.v1.GetFileRequest;
import dev.mattermost.spring.protocol.v1.GetFileResponse;
import dev.mattermost.spring.protocol.v1.GetUploadSessionRequest;
import dev.mattermost.spring.protocol.v1.GetUploadSessionResponse;
import dev.mattermost.spring.protocol.v1.ReadFileRequest;
import dev.mattermost.spring.protocol.v1.ReadFileResponse;
import dev.mattermost.spring.protocol.v1.SetFileSearchableContentRequest;
import dev.mattermost.spring.protocol.v1.UploadDataRequest;
import dev.mattermost.spring.protocol.v1.UploadDataResponse;
import dev.mattermost.spring.protocol.v1.UploadFileRequest;
import dev.mattermost.spring.protocol.v1.UploadFileResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileApiTests {

	private static final dev.mattermost.spring.protocol.v1.FileInfo REPORT = dev.mattermost.spring.protocol.v1.FileInfo
		.newBuilder()
		.setId("file1")
		.setCreatorId("user1")
		.setChannelId("chan1")
		.setName("report.pdf")
		.setExtension("pdf")
		.setSize(2048)
		.setMimeType("application/pdf")
		.build();

	private static final dev.mattermost.spring.protocol.v1.UploadSession SESSION = dev.mattermost.spring.protocol.v1.UploadSession
		.newBuilder()
		.setId("upload1")
		.setType("attachment")
		.setCreateAt(5)
		.setUserId("user1")
		.setChannelId("chan1")
		.setFilename("report.pdf")
		.setPath("data/report.pdf")
		.setFileSize(10)
		.setFileOffset(0)
		.setRemoteId("remote1")
		.setReqFileId("req1")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private FileApi files() {
		return new DefaultFileApi(this.server.caller());
	}

	@Test
	void copyInfosSendsUserAndFilesAndReturnsNewIds() {
		this.server.respond("CopyFileInfos",
				CopyFileInfosResponse.newBuilder().addFileIds("copy1").addFileIds("copy2").build());
		assertThat(files().copyInfos("user1", List.of("file1", "file2"))).containsExactly("copy1", "copy2");
		assertThat(this.server.request("CopyFileInfos", CopyFileInfosRequest.class)).isEqualTo(
				CopyFileInfosRequest.newBuilder().setUserId("user1").addFileIds("file1").addFileIds("file2").build());
	}

	@Test
	void getInfoReturnsMetadata() {
		this.server.respond("GetFileInfo", GetFileInfoResponse.newBuilder().setFileInfo(REPORT).build());
		FileInfo info = files().getInfo("file1");
		assertThat(info.name()).isEqualTo("report.pdf");
		assertThat(info.size()).isEqualTo(2048);
		assertThat(info.mimeType()).isEqualTo("application/pdf");
		assertThat(this.server.request("GetFileInfo", GetFileInfoRequest.class).getFileId()).isEqualTo("file1");
	}

	@Test
	void setSearchableContentSendsFileAndContent() {
		files().setSearchableContent("file1", "quarterly numbers");
		assertThat(this.server.request("SetFileSearchableContent", SetFileSearchableContentRequest.class)).isEqualTo(
				SetFileSearchableContentRequest.newBuilder().setFileId("file1").setContent("quarterly numbers").build());
	}

	@Test
	void getInfosSendsPagingAndEveryOption() {
		this.server.respond("GetFileInfos", GetFileInfosResponse.newBuilder().addFileInfos(REPORT).build());
		List<FileInfo> infos = files().getInfos(2, 30,
				new FileInfoListOptions("user1", "chan1", true, "CreateAt", "desc"));
		assertThat(infos).extracting(FileInfo::id).containsExactly("file1");
		assertThat(this.server.request("GetFileInfos", GetFileInfosRequest.class))
			.isEqualTo(GetFileInfosRequest.newBuilder()
				.setPage(2)
				.setPerPage(30)
				.setOptions(GetFileInfosOptions.newBuilder()
					.setUserId("user1")
					.setChannelId("chan1")
					.setIncludeDeleted(true)
					.setSortBy("CreateAt")
					.setSortOrder("desc"))
				.build());
	}

	@Test
	void getInfosReturnsEmptyListWhenNothingMatches() {
		assertThat(files().getInfos(0, 10, FileInfoListOptions.inChannel("chan1"))).isEmpty();
	}

	@Test
	void streamInfosSendsOptionsWithEveryPage() {
		this.server.respond("GetFileInfos", GetFileInfosResponse.newBuilder().addFileInfos(REPORT).build());
		assertThat(files().streamInfos(FileInfoListOptions.byUser("user1"))).extracting(FileInfo::id)
			.containsExactly("file1");
		GetFileInfosRequest sent = this.server.request("GetFileInfos", GetFileInfosRequest.class);
		assertThat(sent.getOptions().getUserId()).isEqualTo("user1");
		assertThat(sent.getPerPage()).isEqualTo(Paging.DEFAULT_PAGE_SIZE);
	}

	@Test
	void getReturnsContent() {
		this.server.respond("GetFile", GetFileResponse.newBuilder().setData(ByteString.copyFromUtf8("%PDF")).build());
		assertThat(files().get("file1")).containsExactly('%', 'P', 'D', 'F');
		assertThat(this.server.request("GetFile", GetFileRequest.class).getFileId()).isEqualTo("file1");
	}

	@Test
	void getLinkReturnsLink() {
		this.server.respond("GetFileLink",
				GetFileLinkResponse.newBuilder().setLink("https://chat.example.com/files/file1/public").build());
		assertThat(files().getLink("file1")).isEqualTo("https://chat.example.com/files/file1/public");
		assertThat(this.server.request("GetFileLink", GetFileLinkRequest.class).getFileId()).isEqualTo("file1");
	}

	@Test
	void readSendsPathAndReturnsContent() {
		this.server.respond("ReadFile", ReadFileResponse.newBuilder().setData(ByteString.copyFromUtf8("abc")).build());
		assertThat(files().read("plugins/com.example/data.json")).containsExactly('a', 'b', 'c');
		assertThat(this.server.request("ReadFile", ReadFileRequest.class).getPath())
			.isEqualTo("plugins/com.example/data.json");
	}

	@Test
	void readReturnsEmptyArrayForEmptyFile() {
		assertThat(files().read("empty.txt")).isEmpty();
	}

	@Test
	void uploadSendsDataChannelAndName() {
		this.server.respond("UploadFile", UploadFileResponse.newBuilder().setFileInfo(REPORT).build());
		assertThat(files().upload(new byte[] { 1, 2, 3 }, "chan1", "report.pdf").id()).isEqualTo("file1");
		assertThat(this.server.request("UploadFile", UploadFileRequest.class)).isEqualTo(UploadFileRequest.newBuilder()
			.setData(ByteString.copyFrom(new byte[] { 1, 2, 3 }))
			.setChannelId("chan1")
			.setFilename("report.pdf")
			.build());
	}

	@Test
	void createUploadSessionSendsSessionAndReturnsEveryField() {
		this.server.respond("CreateUploadSession",
				CreateUploadSessionResponse.newBuilder().setUploadSession(SESSION).build());
		UploadSession created = files()
			.createUploadSession(UploadSession.attachment("user1", "chan1", "report.pdf", 10));
		assertThat(this.server.request("CreateUploadSession", CreateUploadSessionRequest.class).getUploadSession())
			.isEqualTo(dev.mattermost.spring.protocol.v1.UploadSession.newBuilder()
				.setType("attachment")
				.setUserId("user1")
				.setChannelId("chan1")
				.setFilename("report.pdf")
				.setFileSize(10)
				.build());
		assertThat(created).isEqualTo(new UploadSession("upload1", "attachment", 5, "user1", "chan1", "report.pdf",
				"data/report.pdf", 10, 0, "remote1", "req1"));
	}

	@Test
	void uploadDataReturnsEmptyUntilFileIsComplete() {
		this.server.respond("UploadData", UploadDataResponse.getDefaultInstance());
		UploadSession session = new UploadSession("upload1", "attachment", 5, "user1", "chan1", "report.pdf", "", 10,
				4, "", "");
		assertThat(files().uploadData(session, new byte[] { 1, 2 })).isEmpty();
		UploadDataRequest sent = this.server.request("UploadData", UploadDataRequest.class);
		assertThat(sent.getUploadSession().getFileOffset()).isEqualTo(4);
		assertThat(sent.getData()).isEqualTo(ByteString.copyFrom(new byte[] { 1, 2 }));
	}

	@Test
	void uploadDataReturnsFileInfoWhenFileIsComplete() {
		this.server.respond("UploadData", UploadDataResponse.newBuilder().setFileInfo(REPORT).build());
		assertThat(files().uploadData(UploadSession.attachment("user1", "chan1", "r.pdf", 2), new byte[] { 1, 2 }))
			.hasValueSatisfying((info) -> assertThat(info.id()).isEqualTo("file1"));
	}

	@Test
	void uploadDataSendsPartsAtTheOffsetsTheCallerTracks() {
		this.server.respond("UploadData", (UploadDataRequest request) -> {
			dev.mattermost.spring.protocol.v1.UploadSession sent = request.getUploadSession();
			boolean complete = sent.getFileOffset() + request.getData().size() >= sent.getFileSize();
			return complete ? UploadDataResponse.newBuilder().setFileInfo(REPORT).build()
					: UploadDataResponse.getDefaultInstance();
		});
		UploadSession session = FileApiTestSessions.withSize(10);
		assertThat(files().uploadData(session, new byte[6])).isEmpty();
		assertThat(files().uploadData(session.withFileOffset(6), new byte[4])).isPresent();
		assertThat(this.server.requests("UploadData", UploadDataRequest.class))
			.extracting((part) -> part.getUploadSession().getFileOffset())
			.containsExactly(0L, 6L);
	}

	@Test
	void uploadLargerThanTheServerAcceptsFailsAsUnavailable() {
		this.server.fail("UploadFile", Status.RESOURCE_EXHAUSTED
			.withDescription("grpc: received message larger than max (5242889 vs. 4194304)"));
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> files().upload(new byte[16], "chan1", "big.bin"))
			.withMessageContaining("larger than max");
	}

	@Test
	void getUploadSessionSendsId() {
		this.server.respond("GetUploadSession", GetUploadSessionResponse.newBuilder().setUploadSession(SESSION).build());
		assertThat(files().getUploadSession("upload1").path()).isEqualTo("data/report.pdf");
		assertThat(this.server.request("GetUploadSession", GetUploadSessionRequest.class).getUploadId())
			.isEqualTo("upload1");
	}

	@Test
	void lookupAnsweredWithoutFileInfoThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> files().getInfo("file1"))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetFileInfo"))
			.withMessageContaining("file file1");
	}

	@Test
	void uploadAnsweredWithoutFileInfoFailsNamingTheRpc() {
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> files().upload(new byte[1], "chan1", "a.txt"))
			.isNotInstanceOf(NotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("UploadFile"));
	}

	static Stream<ArgumentSet> calls() {
		UploadSession session = FileApiTestSessions.withSize(1);
		return Stream.<ArgumentSet>of(
				RpcErrors.<FileApi>call("CopyFileInfos", (api) -> api.copyInfos("user1", List.of("file1"))),
				RpcErrors.<FileApi>call("GetFileInfo", (api) -> api.getInfo("file1")),
				RpcErrors.<FileApi>call("SetFileSearchableContent", (api) -> api.setSearchableContent("file1", "x")),
				RpcErrors.<FileApi>call("GetFileInfos", (api) -> api.getInfos(0, 10, FileInfoListOptions.ALL)),
				RpcErrors.<FileApi>call("GetFile", (api) -> api.get("file1")),
				RpcErrors.<FileApi>call("GetFileLink", (api) -> api.getLink("file1")),
				RpcErrors.<FileApi>call("ReadFile", (api) -> api.read("a/b")),
				RpcErrors.<FileApi>call("UploadFile", (api) -> api.upload(new byte[1], "chan1", "a.txt")),
				RpcErrors.<FileApi>call("CreateUploadSession", (api) -> api.createUploadSession(session)),
				RpcErrors.<FileApi>call("UploadData", (api) -> api.uploadData(session, new byte[1])),
				RpcErrors.<FileApi>call("GetUploadSession", (api) -> api.getUploadSession("upload1")));
	}

	@Test
	void coversEveryFileAndUploadRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(11);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<FileApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(files()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<FileApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(files()));
	}

	private static final class FileApiTestSessions {

		static UploadSession withSize(long size) {
			return new UploadSession("upload1", "attachment", 5, "user1", "chan1", "report.pdf", "", size, 0, "", "");
		}

	}

}
