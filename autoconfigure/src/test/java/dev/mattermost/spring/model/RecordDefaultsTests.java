package dev.mattermost.spring.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that records normalize what they are built from, so they read like Mattermost's Go zero values and stay
 * immutable.
 */
class RecordDefaultsTests {

	@Test
	void readsNullTextAndCollectionsAsEmpty() {
		PostList list = new PostList(null, null, null, null, false, false);
		assertThat(list.order()).isEmpty();
		assertThat(list.posts()).isEmpty();
		assertThat(list.nextPostId()).isEmpty();
	}

	@Test
	void copiesCollectionsSoLaterChangesDoNotLeakIn() {
		List<String> teams = new ArrayList<>(List.of("t1"));
		ViewUsersRestrictions restrictions = new ViewUsersRestrictions(teams, List.of());
		teams.add("t2");
		assertThat(restrictions.teams()).containsExactly("t1");
		assertThat(restrictions.teams()).isUnmodifiable();
	}

	@Test
	void keepsNullPropValuesButNotNullTextMapValues() {
		Map<String, Object> props = new HashMap<>();
		props.put("cleared", null);
		assertThat(Post.of("c", "m").withProps(props).props()).containsEntry("cleared", null);
		Map<String, String> notifyProps = new HashMap<>();
		notifyProps.put("email", null);
		ChannelMember member = new ChannelMember("c", "u", "", 0, 0, 0, 0, 0, notifyProps, 0, false, false, false, 0);
		assertThat(member.notifyProps()).containsEntry("email", "");
	}

	@Test
	void changesOnlyTheNamedFieldInCopies() {
		Post original = Post.of("channel-1", "first");
		Post changed = original.withMessage("second").withRootId("root-1").withUserId("user-1");
		assertThat(original.message()).isEqualTo("first");
		assertThat(original.rootId()).isEmpty();
		assertThat(changed).isEqualTo(new Post("", 0, 0, 0, 0, false, "user-1", "channel-1", "root-1", "", "second",
				"", "", Map.of(), "", List.of(), "", false, null, 0, 0, List.of(), null, null));
	}

	@Test
	void givesEmptyPluginContextWithEveryFieldEmpty() {
		assertThat(PluginContext.empty()).isEqualTo(new PluginContext(null, null, null, null, null));
		assertThat(PluginContext.empty().sessionId()).isEmpty();
	}

}
