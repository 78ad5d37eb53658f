package dev.mattermost.spring.test.mattermost;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MattermostIdsTests {

	@Test
	void idsAreTwentySixCharactersOfMattermostsAlphabetAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = MattermostIds.newId();
			assertThat(id).hasSize(26).matches("[ybndrfg8ejkmcpqxot1uwisza345h769]+");
			assertThat(MattermostIds.isValid(id)).isTrue();
			seen.add(id);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void shortOrUpperCaseIdsAreNotValid() {
		assertThat(MattermostIds.isValid("abc")).isFalse();
		assertThat(MattermostIds.isValid("A".repeat(26))).isFalse();
	}

}
