package dev.mattermost.spring.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StructConverter}.
 */
class StructConverterTests {

	@Test
	void readsEveryKindOfValueNested() {
		Map<String, Object> map = StructConverter.toModel(ProtoFixtures.struct());
		assertThat(map).containsOnlyKeys("text", "count", "ratio", "on", "nothing", "nested")
			.containsEntry("text", "hi")
			.containsEntry("count", 3L)
			.containsEntry("ratio", 0.5)
			.containsEntry("on", true)
			.containsEntry("nothing", null);
		assertThat(map.get("nested")).isEqualTo(Map.of("list", List.of("a", 1L, Map.of("deep", false))));
	}

	@Test
	void roundTripsNestedStruct() {
		Struct struct = ProtoFixtures.struct();
		assertThat(StructConverter.toProto(StructConverter.toModel(struct))).isEqualTo(struct);
	}

	@Test
	void roundTripsWholeNumbersAsLongs() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("count", 3);
		map.put("negative", -42L);
		map.put("zero", 0.0);
		map.put("big", 9_007_199_254_740_992L);
		Map<String, Object> read = StructConverter.toModel(StructConverter.toProto(map));
		assertThat(read).containsEntry("count", 3L)
			.containsEntry("negative", -42L)
			.containsEntry("zero", 0L)
			.containsEntry("big", 9_007_199_254_740_992L);
	}

	@Test
	void keepsFractionsAndNumbersBeyondLongAsDoubles() {
		Map<String, Object> read = StructConverter.toModel(StructConverter.toProto(Map.of("half", 1.5, "huge", 1e19,
				"infinite", Double.POSITIVE_INFINITY, "nan", Double.NaN)));
		assertThat(read).containsEntry("half", 1.5)
			.containsEntry("huge", 1e19)
			.containsEntry("infinite", Double.POSITIVE_INFINITY);
		assertThat((Double) read.get("nan")).isNaN();
	}

	@Test
	void writesCollectionsArraysEnumsAndCharacters() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("list", new ArrayList<>(List.of("a", "b")));
		map.put("array", new Object[] { "x", null, 2 });
		map.put("enum", Thread.State.RUNNABLE);
		map.put("char", 'c');
		map.put("decimal", new BigDecimal("2.5"));
		map.put("builder", new StringBuilder("built"));
		map.put("keys", Map.of(1, "one"));
		Map<String, Object> read = StructConverter.toModel(StructConverter.toProto(map));
		assertThat(read).containsEntry("list", List.of("a", "b"))
			.containsEntry("array", Arrays.asList("x", null, 2L))
			.containsEntry("enum", "RUNNABLE")
			.containsEntry("char", "c")
			.containsEntry("decimal", 2.5)
			.containsEntry("builder", "built")
			.containsEntry("keys", Map.of("1", "one"));
	}

	@Test
	void writesNullAsNullValue() {
		assertThat(StructConverter.toValue(null))
			.isEqualTo(Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build());
	}

	@Test
	void readsUnsetValueAsNull() {
		assertThat(StructConverter.toModel(Value.getDefaultInstance())).isNull();
	}

	@Test
	void readsEmptyListValueAsEmptyList() {
		Value empty = Value.newBuilder().setListValue(ListValue.getDefaultInstance()).build();
		assertThat(StructConverter.toModel(empty)).isEqualTo(List.of());
	}

	@Test
	void writesNullOrEmptyMapAsEmptyStruct() {
		assertThat(StructConverter.toProto(null)).isEqualTo(Struct.getDefaultInstance());
		assertThat(StructConverter.toProto(Map.of())).isEqualTo(Struct.getDefaultInstance());
	}

	@Test
	void rejectsValuesWithoutJsonFormNamingTheirPathAndType() {
		Map<String, Object> map = Map.of("nested", Map.of("when", List.of("ok", Instant.EPOCH)));
		assertThatIllegalArgumentException().isThrownBy(() -> StructConverter.toProto(map))
			.withMessageContaining("'nested.when[1]'")
			.withMessageContaining("java.time.Instant");
	}

	@Test
	void givesUnmodifiableMapsAndLists() {
		Map<String, Object> map = StructConverter.toModel(ProtoFixtures.struct());
		assertThat(map).isUnmodifiable();
		@SuppressWarnings("unchecked")
		Map<String, Object> nested = (Map<String, Object>) map.get("nested");
		assertThat(nested).isUnmodifiable();
		assertThat((List<?>) nested.get("list")).isUnmodifiable();
	}

}
