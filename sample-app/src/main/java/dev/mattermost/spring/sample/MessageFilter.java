package dev.mattermost.spring.sample;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.mattermost.spring.hooks.Decision;
import dev.mattermost.spring.hooks.annotation.MessageWillBePosted;
import dev.mattermost.spring.hooks.annotation.MessageWillBeUpdated;
import dev.mattermost.spring.model.Post;

/**
 * Keeps blocked words out of the channels and masks card numbers before they are stored.
 */
@Component
public class MessageFilter {

	private static final Pattern CARD_NUMBER = Pattern.compile("\\b(?:\\d[ -]?){12}(\\d{4})\\b");

	private final SampleSettings settings;

	public MessageFilter(SampleSettings settings) {
		this.settings = settings;
	}

	@MessageWillBePosted
	@Order(1)
	public Decision<Post> rejectBlockedWords(Post post) {
		return check(post);
	}

	@MessageWillBePosted
	@Order(2)
	public Post maskCardNumbers(Post post) {
		return mask(post);
	}

	@MessageWillBeUpdated
	public Decision<Post> filterEdits(Post newPost, Post oldPost) {
		Decision<Post> decision = check(newPost);
		return decision.isRejected() ? decision : Decision.modify(mask(newPost));
	}

	private Decision<Post> check(Post post) {
		String text = post.message().toLowerCase(Locale.ROOT);
		List<String> blocked = this.settings.blockedWords();
		for (String word : blocked) {
			if (!word.isBlank() && text.contains(word.toLowerCase(Locale.ROOT))) {
				return Decision.reject("Your message contains a blocked word: " + word);
			}
		}
		return Decision.allow();
	}

	private static Post mask(Post post) {
		String masked = CARD_NUMBER.matcher(post.message()).replaceAll("**** **** **** $1");
		return masked.equals(post.message()) ? null : post.withMessage(masked);
	}

}
