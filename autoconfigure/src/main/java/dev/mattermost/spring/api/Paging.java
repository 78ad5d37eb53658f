package dev.mattermost.spring.api;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns Mattermost's page-and-per-page listings into lazy streams that fetch the next page only when the consumer gets
 * to it.
 */
public final class Paging {

	/** The page size used by the streaming helpers; the largest page Mattermost's REST API hands out. */
	public static final int DEFAULT_PAGE_SIZE = 200;

	private Paging() {
	}

	/**
	 * Streams every item of a paged listing, starting at page 0; a page shorter than {@code perPage} ends the stream.
	 * @param <T> the item type
	 * @param perPage how many items to ask for per page; must be positive
	 * @param fetcher fetches one page given its zero-based number and the page size
	 * @return a lazy, sequential stream of all items
	 */
	public static <T> Stream<T> stream(int perPage, PageFetcher<T> fetcher) {
		return stream(0, perPage, fetcher);
	}

	/**
	 * Streams every item of a paged listing from the given page on; a page shorter than {@code perPage} ends the
	 * stream.
	 * @param <T> the item type
	 * @param firstPage the zero-based page to start at
	 * @param perPage how many items to ask for per page; must be positive
	 * @param fetcher fetches one page given its zero-based number and the page size
	 * @return a lazy, sequential stream of all items
	 */
	public static <T> Stream<T> stream(int firstPage, int perPage, PageFetcher<T> fetcher) {
		if (firstPage < 0) {
			throw new IllegalArgumentException("firstPage must not be negative but was " + firstPage);
		}
		if (perPage <= 0) {
			throw new IllegalArgumentException("perPage must be positive but was " + perPage);
		}
		Iterator<T> items = new PageIterator<>(firstPage, perPage, fetcher);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
	}

	/**
	 * Fetches one page of a listing.
	 *
	 * @param <T> the item type
	 */
	@FunctionalInterface
	public interface PageFetcher<T> {

		/**
		 * Fetches one page.
		 * @param page the zero-based page number
		 * @param perPage the page size
		 * @return the items on that page; fewer than {@code perPage} means it is the last page
		 */
		List<T> fetch(int page, int perPage);

	}

	private static final class PageIterator<T> implements Iterator<T> {

		private final int perPage;

		private final PageFetcher<T> fetcher;

		private int nextPage;

		private Iterator<T> current = List.<T>of().iterator();

		private boolean lastPageSeen;

		PageIterator(int firstPage, int perPage, PageFetcher<T> fetcher) {
			this.nextPage = firstPage;
			this.perPage = perPage;
			this.fetcher = fetcher;
		}

		@Override
		public boolean hasNext() {
			while (!this.current.hasNext() && !this.lastPageSeen) {
				List<T> page = this.fetcher.fetch(this.nextPage++, this.perPage);
				// A full page may be followed by an empty one; only a short page proves the end.
				this.lastPageSeen = page.size() < this.perPage;
				this.current = page.iterator();
			}
			return this.current.hasNext();
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.current.next();
		}

	}

}
