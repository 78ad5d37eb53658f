package dev.mattermost.spring.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagingTests {

	private final List<Integer> requestedPages = new ArrayList<>();

	private List<Integer> page(int total, int page, int perPage) {
		this.requestedPages.add(page);
		return IntStream.range(page * perPage, Math.min(total, (page + 1) * perPage)).boxed().toList();
	}

	@Test
	void streamsAllItemsAcrossPagesAndStopsAtShortPage() {
		List<Integer> all = Paging.stream(3, (page, perPage) -> page(7, page, perPage)).toList();
		assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(this.requestedPages).containsExactly(0, 1, 2);
	}

	@Test
	void asksForOneMorePageWhenLastPageIsFull() {
		assertThat(Paging.stream(3, (page, perPage) -> page(6, page, perPage)).count()).isEqualTo(6);
		assertThat(this.requestedPages).containsExactly(0, 1, 2);
	}

	@Test
	void fetchesPagesOnlyAsFarAsConsumed() {
		assertThat(Paging.stream(3, (page, perPage) -> page(100, page, perPage)).limit(4).toList())
			.containsExactly(0, 1, 2, 3);
		assertThat(this.requestedPages).containsExactly(0, 1);
	}

	@Test
	void fetchesNothingUntilTerminalOperation() {
		Paging.stream(3, (page, perPage) -> page(100, page, perPage));
		assertThat(this.requestedPages).isEmpty();
	}

	@Test
	void startsAtRequestedPage() {
		assertThat(Paging.stream(2, 3, (page, perPage) -> page(8, page, perPage)).toList()).containsExactly(6, 7);
	}

	@Test
	void rejectsNonPositivePageSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> Paging.stream(0, (page, perPage) -> List.of()));
	}

}
