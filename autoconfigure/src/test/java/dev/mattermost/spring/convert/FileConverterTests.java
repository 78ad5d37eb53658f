package dev.mattermost.spring.convert;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.FileInfo;
import dev.mattermost.spring.model.FileUploadResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FileConverter}.
 */
class FileConverterTests {

	@Test
	void roundTripsFileInfoWithEveryFieldSet() {
		var proto = ProtoFixtures.fileInfo();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(FileConverter.toProto(FileConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsFileInfoWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.FileInfo.getDefaultInstance();
		FileInfo model = FileConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.creatorId()).isEmpty();
		assertThat(model.postId()).isEmpty();
		assertThat(model.channelId()).isEmpty();
		assertThat(model.name()).isEmpty();
		assertThat(model.extension()).isEmpty();
		assertThat(model.mimeType()).isEmpty();
		assertThat(model.miniPreview()).isNull();
		assertThat(model.remoteId()).isNull();
		assertThat(FileConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullFileInfoToDefaultInstance() {
		assertThat(FileConverter.toProto((FileInfo) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.FileInfo.getDefaultInstance());
	}

	@Test
	void roundTripsFileUploadResponseWithEveryFieldSet() {
		var proto = ProtoFixtures.fileUploadResponse();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(FileConverter.toProto(FileConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsFileUploadResponseWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.FileUploadResponse.getDefaultInstance();
		FileUploadResponse model = FileConverter.toModel(empty);
		assertThat(model.fileInfos()).isEmpty();
		assertThat(model.clientIds()).isEmpty();
		assertThat(FileConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullFileUploadResponseToDefaultInstance() {
		assertThat(FileConverter.toProto((FileUploadResponse) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.FileUploadResponse.getDefaultInstance());
	}

	@Test
	void roundTripsFileDataWithEveryFieldSet() {
		var proto = ProtoFixtures.fileData();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(FileConverter.toProto(FileConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsFileDataWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.FileData.getDefaultInstance();
		FileData model = FileConverter.toModel(empty);
		assertThat(model.filename()).isEmpty();
		assertThat(model.data()).isEmpty();
		assertThat(FileConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullFileDataToDefaultInstance() {
		assertThat(FileConverter.toProto((FileData) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.FileData.getDefaultInstance());
	}

	@Test
	void readsMiniPreviewBytesIntoACopyTheCallerCannotChange() {
		FileInfo info = FileConverter.toModel(ProtoFixtures.fileInfo());
		byte[] preview = info.miniPreview();
		assertThat(preview).containsExactly(0, 1, 2, 0xff);
		preview[0] = 42;
		assertThat(info.miniPreview()).containsExactly(0, 1, 2, 0xff);
	}

	@Test
	void comparesFilesByContent() {
		FileData first = new FileData("report.txt", new byte[] { 1, 2, 3 });
		FileData second = new FileData("report.txt", new byte[] { 1, 2, 3 });
		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
		assertThat(first).isNotEqualTo(new FileData("report.txt", new byte[] { 1, 2 }));
		assertThat(first).hasToString("FileData[filename=report.txt, data=3 bytes]");
	}

	@Test
	void writesFileDataWithNullContentAsEmpty() {
		var proto = FileConverter.toProto(new FileData("empty.txt", null));
		assertThat(proto.getFilename()).isEqualTo("empty.txt");
		assertThat(proto.getData().isEmpty()).isTrue();
	}

}
