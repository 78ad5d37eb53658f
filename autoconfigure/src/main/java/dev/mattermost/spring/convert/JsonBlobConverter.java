package dev.mattermost.spring.convert;

import java.io.IOException;
import java.io.InputStream;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import dev.mattermost.spring.protocol.v1.ConfigJson;
import dev.mattermost.spring.protocol.v1.EmailNotificationJson;
import dev.mattermost.spring.protocol.v1.SamlAssertionInfoJson;
import dev.mattermost.spring.protocol.v1.SyncMsgJson;

/**
 * Converts the protocol's JSON-in-bytes fields (server configuration, email notifications, SAML assertions, shared
 * channel sync messages) to and from Jackson trees.
 * <p>
 * Empty bytes, which is what an unset field reads as, become a {@link MissingNode}; bytes that are not JSON fail with
 * an {@link IllegalArgumentException} that names the field.
 */
public final class JsonBlobConverter {

	private static final JsonMapper mapper = JsonMapper.shared();

	private JsonBlobConverter() {
	}

	/**
	 * Parses the server configuration a {@code ConfigurationWillBeSaved} hook receives.
	 * @param config the protobuf wrapper
	 * @return the configuration tree, missing when the field was empty
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	public static JsonNode toModel(ConfigJson config) {
		return toJsonNode(config.getConfigJson(), "config_json");
	}

	/**
	 * Parses the email notification an {@code EmailNotificationWillBeSent} hook receives.
	 * @param notification the protobuf wrapper
	 * @return the notification tree, missing when the field was empty
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	public static JsonNode toModel(EmailNotificationJson notification) {
		return toJsonNode(notification.getNotificationJson(), "notification_json");
	}

	/**
	 * Parses the SAML assertion an {@code OnSAMLLogin} hook receives.
	 * @param assertion the protobuf wrapper
	 * @return the assertion tree, missing when the field was empty
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	public static JsonNode toModel(SamlAssertionInfoJson assertion) {
		return toJsonNode(assertion.getAssertionJson(), "assertion_json");
	}

	/**
	 * Parses the shared channel sync message an {@code OnSharedChannelsSyncMsg} hook receives.
	 * @param syncMessage the protobuf wrapper
	 * @return the sync message tree, missing when the field was empty
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	public static JsonNode toModel(SyncMsgJson syncMessage) {
		return toJsonNode(syncMessage.getSyncMsgJson(), "sync_msg_json");
	}

	/**
	 * Serializes a (modified) server configuration for a {@code ConfigurationWillBeSaved} response.
	 * @param config the configuration tree, may be {@code null} or missing
	 * @return the protobuf wrapper, with empty bytes for a {@code null} or missing tree
	 */
	public static ConfigJson toConfigJson(@Nullable JsonNode config) {
		return ConfigJson.newBuilder().setConfigJson(toBytes(config)).build();
	}

	/**
	 * Parses JSON bytes to a tree.
	 * @param json the bytes
	 * @param field the protocol field the bytes came from, named in the error
	 * @return the tree, a {@link MissingNode} for empty bytes
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	public static JsonNode toJsonNode(ByteString json, String field) {
		if (json.isEmpty()) {
			return MissingNode.getInstance();
		}
		try (InputStream input = json.newInput()) {
			return mapper.readTree(input);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Field '" + field + "' does not hold valid JSON: "
					+ ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			// A ByteString's input stream reads from memory and does not fail.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Serializes a tree to JSON bytes.
	 * @param node the tree, may be {@code null}
	 * @return the bytes, empty for a {@code null} or missing tree
	 */
	public static ByteString toBytes(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return ByteString.EMPTY;
		}
		// The array is fresh and never shared, so wrapping it without a copy is safe.
		return UnsafeByteOperations.unsafeWrap(mapper.writeValueAsBytes(node));
	}

}
