package dev.mattermost.spring.api;

import java.util.List;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.Dialog;
import dev.mattermost.spring.model.DialogElement;
import dev.mattermost.spring.model.DialogElementOption;
import dev.mattermost.spring.protocol.v1.DialogElementOption.Builder;
import dev.mattermost.spring.protocol.v1.OpenDialogRequest;
import dev.mattermost.spring.protocol.v1.OpenInteractiveDialogRequest;
import dev.mattermost.spring.protocol.v1.OpenInteractiveDialogResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InteractiveDialogApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private InteractiveDialogApi dialogs() {
		return new DefaultInteractiveDialogApi(this.server.caller());
	}

	@Test
	void sendsEveryDialogAndElementField() {
		List<DialogElementOption> options = List.of(new DialogElementOption("Red", "red"),
				new DialogElementOption("Blue", "blue"));
		DialogElement element = new DialogElement("Color", "color", "select", "", "red", "Pick one", "Your favourite",
				true, 1, 10, "", options);
		Dialog dialog = new Dialog("cb1", "Survey", "Tell us", List.of(element), "Send", true, "state-1",
				"https://example.com/icon.png");
		dialogs().open("trigger-1", "/plugins/x/dialog", dialog);
		OpenDialogRequest sent = this.server.request("OpenInteractiveDialog", OpenInteractiveDialogRequest.class)
			.getDialog();
		assertThat(sent).isEqualTo(OpenDialogRequest.newBuilder()
			.setTriggerId("trigger-1")
			.setUrl("/plugins/x/dialog")
			.setDialog(dev.mattermost.spring.protocol.v1.Dialog.newBuilder()
				.setCallbackId("cb1")
				.setTitle("Survey")
				.setIntroductionText("Tell us")
				.addElements(dev.mattermost.spring.protocol.v1.DialogElement.newBuilder()
					.setDisplayName("Color")
					.setName("color")
					.setType("select")
					.setDefault("red")
					.setPlaceholder("Pick one")
					.setHelpText("Your favourite")
					.setOptional(true)
					.setMinLength(1)
					.setMaxLength(10)
					.addOptions(option("Red", "red"))
					.addOptions(option("Blue", "blue")))
				.setSubmitLabel("Send")
				.setNotifyOnCancel(true)
				.setState("state-1")
				.setIconUrl("https://example.com/icon.png"))
			.build());
	}

	private static Builder option(String text, String value) {
		return dev.mattermost.spring.protocol.v1.DialogElementOption.newBuilder().setText(text).setValue(value);
	}

	@Test
	void opensDialogBuiltWithFactories() {
		dialogs().open("t", "/u", Dialog.of("cb", "Title", List.of(DialogElement.text("name", "Name"))));
		dev.mattermost.spring.protocol.v1.DialogElement element = this.server
			.request("OpenInteractiveDialog", OpenInteractiveDialogRequest.class)
			.getDialog()
			.getDialog()
			.getElements(0);
		assertThat(element.getType()).isEqualTo("text");
		assertThat(element.getName()).isEqualTo("name");
	}

	@Test
	void mapsExpiredTriggerToInvalidInput() {
		this.server.fail("OpenInteractiveDialog", ApiTestServer.statusError(Status.Code.INVALID_ARGUMENT,
				"interactive_message.decode_trigger_id.expired", "Trigger ID expired"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> dialogs().open("old", "/u", Dialog.of("cb", "T", List.of())))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("interactive_message.decode_trigger_id.expired"));
	}

	@Test
	void mapsResponseAppError() {
		this.server.respond("OpenInteractiveDialog", OpenInteractiveDialogResponse.newBuilder()
			.setError(ApiTestServer.appError("interactive_message.generate_trigger_id.signing_failed", "Failed", 500))
			.build());
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> dialogs().open("t", "/u", Dialog.of("cb", "T", List.of())))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
	}
}
