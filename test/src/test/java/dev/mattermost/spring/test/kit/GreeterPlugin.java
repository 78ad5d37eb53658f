package dev.mattermost.spring.test.kit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.hooks.Decision;
import dev.mattermost.spring.hooks.annotation.ExecuteCommand;
import dev.mattermost.spring.hooks.annotation.MessageHasBeenPosted;
import dev.mattermost.spring.hooks.annotation.MessageWillBePosted;
import dev.mattermost.spring.hooks.annotation.MessageWillBeUpdated;
import dev.mattermost.spring.hooks.annotation.OnActivate;
import dev.mattermost.spring.hooks.annotation.OnConfigurationChange;
import dev.mattermost.spring.hooks.annotation.OnDeactivate;
import dev.mattermost.spring.http.MattermostUserId;
import dev.mattermost.spring.model.Command;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.Post;

/**
 * A small plugin for the test kit's own tests: it filters messages, answers {@code /greet}, reacts to posts through
 * the API, reads its settings and serves two HTTP endpoints.
 */
@SpringBootApplication
public class GreeterPlugin {

	/**
	 * The plugin's hooks.
	 */
	@org.springframework.stereotype.Component
	static class Hooks {

		private final PluginApi api;

		private final AtomicInteger postsSeen = new AtomicInteger();

		private volatile String greeting = "Hello";

		Hooks(PluginApi api) {
			this.api = api;
		}

		@OnActivate
		void activate() {
			this.api.commands().register(Command.builder("greet").build());
			this.api.kv().set("activations", String.valueOf(activations() + 1).getBytes(StandardCharsets.UTF_8));
			this.api.log().info("Greeter activated");
		}

		private int activations() {
			return this.api.kv().get("activations").map(v -> Integer.parseInt(new String(v, StandardCharsets.UTF_8)))
				.orElse(0);
		}

		@OnDeactivate
		void deactivate() {
			this.api.log().info("Greeter deactivated");
		}

		@OnConfigurationChange
		void configure() {
			Map<String, @Nullable Object> settings = this.api.config().getPluginConfig().orElse(Map.of());
			Object greeting = settings.get("greeting");
			this.greeting = (greeting != null) ? greeting.toString() : "Hello";
		}

		@MessageWillBePosted
		Decision<Post> filter(Post post) {
			String text = post.message().toLowerCase(Locale.ROOT);
			if (text.contains("forbidden")) {
				return Decision.reject("No forbidden words here");
			}
			if (text.contains("ignore me")) {
				return Decision.dismiss();
			}
			if (text.contains("secret")) {
				return Decision.modify(post.withMessage(post.message().replace("secret", "******")));
			}
			return Decision.allow();
		}

		@MessageWillBeUpdated
		Decision<Post> filterEdit(Post newPost, Post oldPost) {
			return newPost.message().contains("forbidden") ? Decision.reject("Edits may not be forbidden")
					: Decision.allow();
		}

		@MessageHasBeenPosted
		void posted(Post post) {
			this.postsSeen.incrementAndGet();
			if (post.message().equals("ping")) {
				this.api.posts().create(post.channelId(), post.userId(), "pong");
			}
		}

		@ExecuteCommand
		CommandResponse command(CommandArgs args) {
			String[] words = args.command().trim().split("\\s+", 3);
			if (words.length > 2 && words[1].equals("shout")) {
				return CommandResponse.inChannel(words[2].toUpperCase(Locale.ROOT));
			}
			if (words.length > 1 && words[1].equals("count")) {
				return CommandResponse.ephemeral("Seen " + this.postsSeen.get());
			}
			return CommandResponse.ephemeral(this.greeting + ", " + ((words.length > 1) ? words[1] : "stranger"));
		}

	}

	/**
	 * The plugin's HTTP endpoints.
	 */
	@RestController
	static class Endpoints {

		@GetMapping("/api/whoami")
		Map<String, String> whoami(@MattermostUserId String userId) {
			return Map.of("user_id", userId);
		}

		@PostMapping("/api/echo")
		byte[] echo(@RequestBody byte[] body) {
			return body;
		}

	}

}
