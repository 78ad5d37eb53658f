package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.Dialog;
import dev.mattermost.spring.model.DialogElement;
import dev.mattermost.spring.model.DialogElementOption;
import dev.mattermost.spring.model.OpenDialogRequest;

/**
 * Converts interactive dialog requests to their protocol messages.
 */
public final class DialogConverter {

	private DialogConverter() {
	}

	/**
	 * Converts a request to open a dialog.
	 * @param request the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.OpenDialogRequest toProto(OpenDialogRequest request) {
		return dev.mattermost.spring.protocol.v1.OpenDialogRequest.newBuilder()
			.setTriggerId(request.triggerId())
			.setUrl(request.url())
			.setDialog(toProto(request.dialog()))
			.build();
	}

	/**
	 * Converts a dialog.
	 * @param dialog the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.Dialog toProto(Dialog dialog) {
		dev.mattermost.spring.protocol.v1.Dialog.Builder builder = dev.mattermost.spring.protocol.v1.Dialog.newBuilder()
			.setCallbackId(dialog.callbackId())
			.setTitle(dialog.title())
			.setIntroductionText(dialog.introductionText())
			.setSubmitLabel(dialog.submitLabel())
			.setNotifyOnCancel(dialog.notifyOnCancel())
			.setState(dialog.state())
			.setIconUrl(dialog.iconUrl());
		for (DialogElement element : dialog.elements()) {
			builder.addElements(toProto(element));
		}
		return builder.build();
	}

	/**
	 * Converts a dialog element.
	 * @param element the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.DialogElement toProto(DialogElement element) {
		dev.mattermost.spring.protocol.v1.DialogElement.Builder builder =
				dev.mattermost.spring.protocol.v1.DialogElement.newBuilder()
			.setDisplayName(element.displayName())
			.setName(element.name())
			.setType(element.type())
			.setSubtype(element.subtype())
			.setDefault(element.defaultValue())
			.setPlaceholder(element.placeholder())
			.setHelpText(element.helpText())
			.setOptional(element.optional())
			.setMinLength(element.minLength())
			.setMaxLength(element.maxLength())
			.setDataSource(element.dataSource());
		for (DialogElementOption option : element.options()) {
			builder.addOptions(dev.mattermost.spring.protocol.v1.DialogElementOption.newBuilder()
				.setText(option.text())
				.setValue(option.value()));
		}
		return builder.build();
	}

}
