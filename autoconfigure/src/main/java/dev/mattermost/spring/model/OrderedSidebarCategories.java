package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's sidebar categories on one team and the order they are shown in.
 *
 * @param categories the categories with their channels
 * @param order the category ids from top to bottom
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderedSidebarCategories(
		@JsonProperty("categories") List<SidebarCategory> categories,
		@JsonProperty("order") List<String> order) {

	public OrderedSidebarCategories {
		categories = Defaults.list(categories);
		order = Defaults.list(order);
	}

}
