package dev.mattermost.spring.convert;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.PostSearchOptions;
import dev.mattermost.spring.model.PostSearchParams;
import dev.mattermost.spring.model.PostSearchResults;
import dev.mattermost.spring.protocol.v1.SearchParameter;
import dev.mattermost.spring.protocol.v1.SearchParams;
import dev.mattermost.spring.protocol.v1.StringList;

/**
 * Converts the post API's search criteria and search results between their protobuf and model forms.
 */
public final class PostApiConverter {

	private PostApiConverter() {
	}

	/**
	 * Converts protobuf search params to their model form.
	 * @param params the protobuf params
	 * @return the model params
	 */
	public static PostSearchParams toModel(SearchParams params) {
		return new PostSearchParams(
				params.getTerms(),
				params.getIsOrSearch(),
				params.getTimeZoneOffset(),
				params.getPage(),
				params.getPerPage(),
				params.getIncludeDeletedChannels(),
				params.getInChannelsList(),
				params.getExcludedChannelsList(),
				params.getFromUsersList(),
				params.getExcludedUsersList(),
				params.getExcludedBeforeDateList(),
				params.getExcludedAfterDateList(),
				params.getExcludedDatesList(),
				params.getExtensionsList());
	}

	/**
	 * Converts model search params to their protobuf form; {@code null} becomes the default instance.
	 * @param params the model params, may be {@code null}
	 * @return the protobuf params
	 */
	public static SearchParams toProto(@Nullable PostSearchParams params) {
		if (params == null) {
			return SearchParams.getDefaultInstance();
		}
		return SearchParams.newBuilder()
			.setTerms(params.terms())
			.setIsOrSearch(params.isOrSearch())
			.setTimeZoneOffset(params.timeZoneOffset())
			.setPage(params.page())
			.setPerPage(params.perPage())
			.setIncludeDeletedChannels(params.includeDeletedChannels())
			.addAllInChannels(params.inChannels())
			.addAllExcludedChannels(params.excludedChannels())
			.addAllFromUsers(params.fromUsers())
			.addAllExcludedUsers(params.excludedUsers())
			.addAllExcludedBeforeDate(params.excludedBeforeDate())
			.addAllExcludedAfterDate(params.excludedAfterDate())
			.addAllExcludedDates(params.excludedDates())
			.addAllExtensions(params.extensions())
			.build();
	}

	/**
	 * Converts a protobuf search parameter to its model form.
	 * @param options the protobuf search parameter
	 * @return the model options
	 */
	public static PostSearchOptions toModel(SearchParameter options) {
		return new PostSearchOptions(
				options.getTerms(),
				options.getIsOrSearch(),
				options.getTimeZoneOffset(),
				options.getPage(),
				options.getPerPage(),
				options.getIncludeDeletedChannels());
	}

	/**
	 * Converts model search options to their protobuf form; {@code null} becomes the default instance.
	 * @param options the model options, may be {@code null}
	 * @return the protobuf search parameter
	 */
	public static SearchParameter toProto(@Nullable PostSearchOptions options) {
		if (options == null) {
			return SearchParameter.getDefaultInstance();
		}
		return SearchParameter.newBuilder()
			.setTerms(options.terms())
			.setIsOrSearch(options.isOrSearch())
			.setTimeZoneOffset(options.timeZoneOffset())
			.setPage(options.page())
			.setPerPage(options.perPage())
			.setIncludeDeletedChannels(options.includeDeletedChannels())
			.build();
	}

	/**
	 * Converts protobuf search results to their model form.
	 * @param results the protobuf results
	 * @return the model results
	 */
	public static PostSearchResults toModel(dev.mattermost.spring.protocol.v1.PostSearchResults results) {
		return new PostSearchResults(
				results.getOrderList(),
				Conversions.mapValues(results.getPostsMap(), PostConverter::toModel),
				Conversions.mapValues(results.getMatchesMap(), StringList::getValuesList));
	}

	/**
	 * Converts model search results to their protobuf form; {@code null} becomes the default instance.
	 * @param results the model results, may be {@code null}
	 * @return the protobuf results
	 */
	public static dev.mattermost.spring.protocol.v1.PostSearchResults toProto(@Nullable PostSearchResults results) {
		if (results == null) {
			return dev.mattermost.spring.protocol.v1.PostSearchResults.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PostSearchResults.newBuilder()
			.addAllOrder(results.order())
			.putAllPosts(Conversions.mapValues(results.posts(), PostConverter::toProto))
			.putAllMatches(Conversions.mapValues(results.matches(), PostApiConverter::toStringList))
			.build();
	}

	private static StringList toStringList(List<String> values) {
		return StringList.newBuilder().addAllValues(values).build();
	}

}
