package dev.mattermost.spring.test.mattermost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoJsonTests {

	@Test
	void writesMapsWithSortedKeysAndWholeNumbersWithoutFraction() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("b", 2.0);
		map.put("a", List.of(1L, 1.5, true));
		map.put("c", null);

		assertThat(GoJson.toJson(map)).isEqualTo("{\"a\":[1,1.5,true],\"b\":2,\"c\":null}");
	}

	@Test
	void escapesQuotesControlCharactersAndHtmlLikeGo() {
		assertThat(GoJson.toJson("say \"<hi>\" & \n bye")).isEqualTo("\"say \\\"\\u003chi\\u003e\\\" \\u0026 \\n bye\"");
	}

}
