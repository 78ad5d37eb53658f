package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.DialogConverter;
import dev.mattermost.spring.model.OpenDialogRequest;
import dev.mattermost.spring.protocol.v1.OpenInteractiveDialogRequest;

/**
 * {@link InteractiveDialogApi} over the PluginAPI gRPC service.
 */
public final class DefaultInteractiveDialogApi implements InteractiveDialogApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultInteractiveDialogApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void open(OpenDialogRequest request) {
		Objects.requireNonNull(request, "request must not be null");
		OpenInteractiveDialogRequest message = OpenInteractiveDialogRequest.newBuilder()
			.setDialog(DialogConverter.toProto(request))
			.build();
		this.caller.call("OpenInteractiveDialog", (stub) -> stub.openInteractiveDialog(message));
	}

}
