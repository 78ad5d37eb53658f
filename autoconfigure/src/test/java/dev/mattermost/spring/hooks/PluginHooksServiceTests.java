package dev.mattermost.spring.hooks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;

import dev.mattermost.spring.autoconfigure.MattermostPluginAutoConfiguration;
import dev.mattermost.spring.hooks.annotation.ConfigurationWillBeSaved;
import dev.mattermost.spring.hooks.annotation.ExecuteCommand;
import dev.mattermost.spring.hooks.annotation.FileWillBeUploaded;
import dev.mattermost.spring.hooks.annotation.GenerateSupportData;
import dev.mattermost.spring.hooks.annotation.MessageHasBeenPosted;
import dev.mattermost.spring.hooks.annotation.MessageWillBePosted;
import dev.mattermost.spring.hooks.annotation.MessageWillBeUpdated;
import dev.mattermost.spring.hooks.annotation.MessagesWillBeConsumed;
import dev.mattermost.spring.hooks.annotation.OnActivate;
import dev.mattermost.spring.hooks.annotation.OnConfigurationChange;
import dev.mattermost.spring.hooks.annotation.OnDeactivate;
import dev.mattermost.spring.hooks.annotation.OnSharedChannelsPing;
import dev.mattermost.spring.hooks.annotation.RunDataRetention;
import dev.mattermost.spring.hooks.annotation.UserHasJoinedChannel;
import dev.mattermost.spring.hooks.annotation.UserWillLogIn;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.PluginContext;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.RemoteCluster;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.ConfigJson;
import dev.mattermost.spring.protocol.v1.ConfigurationWillBeSavedRequest;
import dev.mattermost.spring.protocol.v1.ConfigurationWillBeSavedResponse;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandResponse;
import dev.mattermost.spring.protocol.v1.FileWillBeUploadedRequest;
import dev.mattermost.spring.protocol.v1.FileWillBeUploadedResponse;
import dev.mattermost.spring.protocol.v1.GenerateSupportDataRequest;
import dev.mattermost.spring.protocol.v1.GenerateSupportDataResponse;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.MessageHasBeenPostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedResponse;
import dev.mattermost.spring.protocol.v1.MessageWillBeUpdatedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBeUpdatedResponse;
import dev.mattermost.spring.protocol.v1.MessagesWillBeConsumedRequest;
import dev.mattermost.spring.protocol.v1.MessagesWillBeConsumedResponse;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.OnActivateResponse;
import dev.mattermost.spring.protocol.v1.OnConfigurationChangeRequest;
import dev.mattermost.spring.protocol.v1.OnConfigurationChangeResponse;
import dev.mattermost.spring.protocol.v1.OnDeactivateRequest;
import dev.mattermost.spring.protocol.v1.OnDeactivateResponse;
import dev.mattermost.spring.protocol.v1.OnSharedChannelsPingRequest;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.RunDataRetentionRequest;
import dev.mattermost.spring.protocol.v1.RunDataRetentionResponse;
import dev.mattermost.spring.protocol.v1.UserHasJoinedChannelRequest;
import dev.mattermost.spring.protocol.v1.UserWillLogInRequest;
import dev.mattermost.spring.protocol.v1.UserWillLogInResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PluginHooksService} as the auto-configuration builds it from annotated beans, called over an
 * in-process gRPC channel the way Mattermost calls it.
 */
class PluginHooksServiceTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MattermostPluginAutoConfiguration.class))
		.withPropertyValues("mattermost.plugin.dev-mode=true", "mattermost.plugin.handshake.enabled=false")
		.withBean(HealthStatusManager.class, HealthStatusManager::new);

	@Test
	void implementedListsExactlyTheHooksWithHandlersPlusActivateAndDeactivate() {
		this.runner.withUserConfiguration(ModerationPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			List<String> implemented = hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList();
			assertThat(implemented).containsExactlyInAnyOrder("OnConfigurationChange", "MessageWillBePosted",
					"MessageHasBeenPosted", "OnActivate", "OnDeactivate");
		}));
	}

	@Test
	void implementedAnswersActivateAndDeactivateEvenWithoutHandlers() {
		this.runner.run((context) -> withHooks(context, (hooks) -> assertThat(
				hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
			.containsExactly("OnActivate", "OnDeactivate")));
	}

	@Test
	void configurationChangeHandlersRunOnceBeforeActivate() {
		this.runner.withUserConfiguration(ModerationPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			Lifecycle lifecycle = context.getBean(Lifecycle.class);
			OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());
			assertThat(response.hasError()).isFalse();
			assertThat(lifecycle.calls).containsExactly("configure", "activate");
			hooks.onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance());
			assertThat(lifecycle.calls).containsExactly("configure", "activate", "configure");
		}));
	}

	@Test
	void throwingActivateAnswersAnAppErrorAndTheServiceKeepsServing() {
		this.runner.withUserConfiguration(FailingActivation.class).run((context) -> withHooks(context, (hooks) -> {
			OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());
			AppError error = response.getError();
			assertThat(error.getId()).isEqualTo("plugin.on_activate.error");
			assertThat(error.getStatusCode()).isEqualTo(500);
			assertThat(error.getWhere()).isEqualTo("OnActivate");
			assertThat(error.getDetailedError()).contains("license key missing")
				.contains("bean 'handlers' method Handlers.activate")
				.contains(IllegalStateException.class.getName());
			hooks.messageHasBeenPosted(
					MessageHasBeenPostedRequest.newBuilder().setPost(protoPost("still here")).build());
			assertThat(context.getBean(FailingActivation.Handlers.class).posted).containsExactly("still here");
			assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
				.contains("OnActivate");
		}));
	}

	@Test
	void everyDeactivateHandlerRunsAndTheFirstFailureIsAnswered() {
		this.runner.withUserConfiguration(CleanupPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			CleanupPlugin.Handlers handlers = context.getBean(CleanupPlugin.Handlers.class);
			OnDeactivateResponse response = hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance());
			assertThat(handlers.calls).containsExactly("close cache", "close connections", "flush metrics");
			assertThat(response.getError().getId()).isEqualTo("plugin.on_deactivate.error");
			assertThat(response.getError().getWhere()).isEqualTo("OnDeactivate");
			assertThat(response.getError().getDetailedError()).contains("connections stuck");
		}));
	}

	@Test
	void everyConfigurationHandlerRunsAndTheFirstFailureIsAnswered() {
		this.runner.withUserConfiguration(CleanupPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			CleanupPlugin.Handlers handlers = context.getBean(CleanupPlugin.Handlers.class);
			OnConfigurationChangeResponse response = hooks
				.onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance());
			assertThat(handlers.calls).containsExactly("reload a", "reload b");
			assertThat(response.getError().getId()).isEqualTo("plugin.on_configuration_change.error");
			assertThat(response.getError().getDetailedError()).contains("bad setting");
		}));
	}

	@Test
	void failingConfigurationHandlerDoesNotStopActivation() {
		this.runner.withUserConfiguration(CleanupPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			CleanupPlugin.Handlers handlers = context.getBean(CleanupPlugin.Handlers.class);
			OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());
			assertThat(response.hasError()).isFalse();
			assertThat(handlers.calls).containsExactly("reload a", "reload b", "activate");
		}));
	}

	@Test
	void failingMessageFilterLetsThePostThroughUnderTheAllowPolicy() {
		this.runner.withUserConfiguration(CrashingFilter.class).run((context) -> withHooks(context, (hooks) -> {
			MessageWillBePostedResponse response = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("hello")).build());
			assertThat(response.getRejectionReason()).isEmpty();
			assertThat(response.getModifiedPost().getMessage()).isEqualTo("hello (checked)");
		}));
	}

	@Test
	void failingMessageFilterRejectsThePostUnderTheRejectPolicy() {
		this.runner.withUserConfiguration(CrashingFilter.class)
			.withPropertyValues("mattermost.plugin.hooks.message-error-policy=reject")
			.run((context) -> withHooks(context, (hooks) -> {
				MessageWillBePostedResponse response = hooks.messageWillBePosted(
						MessageWillBePostedRequest.newBuilder().setPost(protoPost("hello")).build());
				assertThat(response.getRejectionReason()).contains("spam model not loaded");
				assertThat(response.hasModifiedPost()).isFalse();
				assertThat(context.getBean(CrashingFilter.Filters.class).checked).isZero();
			}));
	}

	@Test
	void rejectionReasonNamesTheExceptionWhenItHasNoMessage() {
		this.runner.withUserConfiguration(SilentCrash.class)
			.withPropertyValues("mattermost.plugin.hooks.message-error-policy=REJECT")
			.run((context) -> withHooks(context, (hooks) -> {
				MessageWillBePostedResponse response = hooks.messageWillBePosted(
						MessageWillBePostedRequest.newBuilder().setPost(protoPost("hello")).build());
				assertThat(response.getRejectionReason())
					.isEqualTo("The message could not be checked by a plugin: NullPointerException");
			}));
	}

	@Test
	void supportDataCollectsEveryFileAndReportsTheFirstFailure() {
		this.runner.withUserConfiguration(SupportPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			GenerateSupportDataResponse response = hooks
				.generateSupportData(GenerateSupportDataRequest.getDefaultInstance());
			assertThat(response.getFilesList()).extracting((file) -> file.getFilename())
				.containsExactly("settings.json", "stats.txt");
			assertThat(response.getError().getId()).isEqualTo("plugin.generate_support_data.error");
			assertThat(response.getError().getDetailedError()).contains("first broken").doesNotContain("second");
		}));
	}

	@Test
	void messageWillBePostedChainModifiesRejectsAndDismisses() {
		this.runner.withUserConfiguration(ModerationPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			MessageWillBePostedResponse modified = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("darn it")).build());
			assertThat(modified.getModifiedPost().getMessage()).isEqualTo("d*rn it");
			assertThat(modified.getRejectionReason()).isEmpty();
			MessageWillBePostedResponse rejected = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("buy cheap watches")).build());
			assertThat(rejected.getRejectionReason()).isEqualTo("Looks like spam");
			assertThat(rejected.hasModifiedPost()).isFalse();
			MessageWillBePostedResponse dismissed = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("/shrug")).build());
			assertThat(dismissed.getRejectionReason()).isEqualTo(Decision.DISMISS_POST_REASON);
			MessageWillBePostedResponse untouched = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("hello")).build());
			assertThat(untouched.hasModifiedPost()).isFalse();
			assertThat(untouched.getRejectionReason()).isEmpty();
		}));
	}

	@Test
	void userWillLogInRejectsWithTheReasonAndAFailingHandlerLetsTheLoginThrough() {
		this.runner.withUserConfiguration(GatekeeperPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			UserWillLogInResponse rejected = hooks.userWillLogIn(UserWillLogInRequest.newBuilder()
				.setUser(dev.mattermost.spring.protocol.v1.User.newBuilder().setId("u1").setUsername("mallory"))
				.build());
			assertThat(rejected.getRejectionReason()).isEqualTo("mallory is banned");
			UserWillLogInResponse allowed = hooks.userWillLogIn(UserWillLogInRequest.newBuilder()
				.setUser(dev.mattermost.spring.protocol.v1.User.newBuilder().setId("u2").setUsername("alice"))
				.build());
			assertThat(allowed.getRejectionReason()).isEmpty();
		}));
	}

	@Test
	void messagesWillBeConsumedFiltersAndAFailureHandsThePostsBackUnchanged() {
		this.runner.withUserConfiguration(GatekeeperPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			MessagesWillBeConsumedResponse filtered = hooks.messagesWillBeConsumed(MessagesWillBeConsumedRequest
				.newBuilder()
				.addPosts(protoPost("hello"))
				.addPosts(protoPost("secret plan"))
				.build());
			assertThat(filtered.getPostsList()).extracting((post) -> post.getMessage()).containsExactly("hello");
			MessagesWillBeConsumedResponse unchanged = hooks.messagesWillBeConsumed(MessagesWillBeConsumedRequest
				.newBuilder()
				.addPosts(protoPost("explode"))
				.addPosts(protoPost("secret plan"))
				.build());
			assertThat(unchanged.getPostsList()).extracting((post) -> post.getMessage())
				.containsExactly("explode", "secret plan");
		}));
	}

	@Test
	void configurationWillBeSavedRejectsWithStatus400OrAnswersTheModifiedConfig() {
		this.runner.withUserConfiguration(GatekeeperPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			ConfigurationWillBeSavedResponse rejected = hooks.configurationWillBeSaved(ConfigurationWillBeSavedRequest
				.newBuilder()
				.setNewConfig(ConfigJson.newBuilder().setConfigJson(ByteString.copyFromUtf8("{}")))
				.build());
			assertThat(rejected.getError().getId()).isEqualTo("plugin.configuration_will_be_saved.rejected");
			assertThat(rejected.getError().getStatusCode()).isEqualTo(400);
			assertThat(rejected.getError().getDetailedError()).isEqualTo("ServiceSettings are required");
			ConfigurationWillBeSavedResponse modified = hooks.configurationWillBeSaved(ConfigurationWillBeSavedRequest
				.newBuilder()
				.setNewConfig(ConfigJson.newBuilder()
					.setConfigJson(ByteString.copyFromUtf8("{\"ServiceSettings\":{\"SiteURL\":\"https://chat\"}}")))
				.build());
			assertThat(modified.hasError()).isFalse();
			assertThat(modified.getModifiedConfig().getConfigJson().toStringUtf8())
				.contains("\"SiteURL\":\"https://chat\"")
				.contains("\"CheckedByPlugin\":true");
		}));
	}

	@Test
	void unreadableRequestIsAnsweredInvalidArgumentNamingTheHookAndTheServiceKeepsServing() {
		this.runner.withUserConfiguration(GatekeeperPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			ConfigurationWillBeSavedRequest notJson = ConfigurationWillBeSavedRequest.newBuilder()
				.setNewConfig(ConfigJson.newBuilder().setConfigJson(ByteString.copyFromUtf8("{not json")))
				.build();
			assertThatExceptionOfType(io.grpc.StatusRuntimeException.class)
				.isThrownBy(() -> hooks.configurationWillBeSaved(notJson))
				.satisfies((ex) -> {
					assertThat(ex.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
					assertThat(ex.getStatus().getDescription()).startsWith("ConfigurationWillBeSaved: ")
						.contains("config_json");
				});
			ConfigurationWillBeSavedResponse next = hooks.configurationWillBeSaved(ConfigurationWillBeSavedRequest
				.newBuilder()
				.setNewConfig(ConfigJson.newBuilder().setConfigJson(ByteString.copyFromUtf8("{}")))
				.build());
			assertThat(next.getError().getStatusCode()).isEqualTo(400);
		}));
	}

	@Test
	void fileWillBeUploadedAnswersTheModifiedContentOrTheRejection() {
		this.runner.withUserConfiguration(GatekeeperPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			var info = dev.mattermost.spring.protocol.v1.FileInfo.newBuilder().setName("notes.txt").build();
			FileWillBeUploadedResponse modified = hooks.fileWillBeUploaded(FileWillBeUploadedRequest.newBuilder()
				.setFileInfo(info)
				.setFileContent(ByteString.copyFromUtf8("quiet"))
				.build());
			assertThat(modified.getModifiedContent().toStringUtf8()).isEqualTo("QUIET");
			assertThat(modified.getModifiedFileInfo().getName()).isEqualTo("notes.txt");
			FileWillBeUploadedResponse rejected = hooks.fileWillBeUploaded(FileWillBeUploadedRequest.newBuilder()
				.setFileInfo(dev.mattermost.spring.protocol.v1.FileInfo.newBuilder().setName("setup.exe"))
				.build());
			assertThat(rejected.getRejectionReason()).isEqualTo("No executables");
			assertThat(rejected.getModifiedContent().isEmpty()).isTrue();
		}));
	}

	@Test
	void handlersRunInBeanAndMethodOrder() {
		this.runner.withUserConfiguration(OrderedPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			MessageWillBePostedResponse response = hooks.messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPost(protoPost("")).build());
			// "first" has @Order(1) on its method, beating its bean's @Order(30); "second" takes its bean's @Order(2);
			// "fourth" takes @Order(4) from its @Bean method, which beats @Order(40) on its class
			assertThat(response.getModifiedPost().getMessage()).isEqualTo("first,second,third,fourth,last");
		}));
	}

	@Test
	void messageWillBeUpdatedBindsNewAndOldPost() {
		this.runner.withUserConfiguration(EditPolicy.class).run((context) -> withHooks(context, (hooks) -> {
			MessageWillBeUpdatedResponse response = hooks.messageWillBeUpdated(MessageWillBeUpdatedRequest.newBuilder()
				.setNewPost(protoPost("new text"))
				.setOldPost(protoPost("old text"))
				.build());
			assertThat(response.getModifiedPost().getMessage()).isEqualTo("new text (was: old text)");
		}));
	}

	@Test
	void actorIsPassedAsOptional() {
		this.runner.withUserConfiguration(Welcomer.class).run((context) -> withHooks(context, (hooks) -> {
			var member = dev.mattermost.spring.protocol.v1.ChannelMember.newBuilder()
				.setUserId("u1")
				.setChannelId("c1")
				.build();
			hooks.userHasJoinedChannel(UserHasJoinedChannelRequest.newBuilder().setChannelMember(member).build());
			hooks.userHasJoinedChannel(UserHasJoinedChannelRequest.newBuilder()
				.setChannelMember(member)
				.setActor(dev.mattermost.spring.protocol.v1.User.newBuilder().setId("admin"))
				.build());
			assertThat(context.getBean(Welcomer.Handlers.class).joins).containsExactly("u1 by themselves",
					"u1 added by admin");
		}));
	}

	@Test
	void executeCommandAnswersTheHandlersCommandResponse() {
		this.runner.withUserConfiguration(CommandPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			ExecuteCommandResponse response = hooks.executeCommand(ExecuteCommandRequest.newBuilder()
				.setArgs(dev.mattermost.spring.protocol.v1.CommandArgs.newBuilder().setCommand("/echo hi there"))
				.build());
			assertThat(response.hasError()).isFalse();
			assertThat(response.getResponse().getText()).isEqualTo("hi there");
			assertThat(response.getResponse().getResponseType()).isEqualTo(CommandResponse.EPHEMERAL);
		}));
	}

	@Test
	void executeCommandFailureAnswersAnAppError() {
		this.runner.withUserConfiguration(CommandPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			ExecuteCommandResponse response = hooks.executeCommand(ExecuteCommandRequest.newBuilder()
				.setArgs(dev.mattermost.spring.protocol.v1.CommandArgs.newBuilder().setCommand("/echo"))
				.build());
			assertThat(response.getError().getId()).isEqualTo("plugin.execute_command.error");
			assertThat(response.getError().getStatusCode()).isEqualTo(500);
			assertThat(response.getError().getWhere()).isEqualTo("ExecuteCommand");
			assertThat(response.getError().getDetailedError()).contains("nothing to echo");
		}));
	}

	@Test
	void runDataRetentionSumsTheDeletedCounts() {
		this.runner.withUserConfiguration(RetentionPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			RunDataRetentionResponse response = hooks
				.runDataRetention(RunDataRetentionRequest.newBuilder().setNowTime(1000).setBatchSize(10).build());
			assertThat(response.hasError()).isFalse();
			assertThat(response.getDeletedCount()).isEqualTo(10 + 3);
		}));
	}

	@Test
	void runDataRetentionCountsEveryHandlerThatRanEvenAfterAFailure() {
		this.runner.withUserConfiguration(RetentionPlugin.class, FailingRetention.class)
			.run((context) -> withHooks(context, (hooks) -> {
				RunDataRetentionResponse response = hooks
					.runDataRetention(RunDataRetentionRequest.newBuilder().setNowTime(1000).setBatchSize(10).build());
				assertThat(response.getError().getId()).isEqualTo("plugin.run_data_retention.error");
				assertThat(response.getError().getDetailedError()).contains("archive offline");
				assertThat(response.getDeletedCount()).isEqualTo(10 + 3);
			}));
	}

	@Test
	void sharedChannelsPingIsHealthyOnlyWhenEveryHandlerSaysSo() {
		this.runner.withUserConfiguration(PingPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			PingPlugin.Handlers handlers = context.getBean(PingPlugin.Handlers.class);
			assertThat(hooks.onSharedChannelsPing(OnSharedChannelsPingRequest.getDefaultInstance()).getHealthy())
				.isTrue();
			handlers.bridgeUp = false;
			assertThat(hooks.onSharedChannelsPing(OnSharedChannelsPingRequest.getDefaultInstance()).getHealthy())
				.isFalse();
		}));
	}

	@Test
	void handlersOnProxiedBeansAreFoundAndCalledThroughTheProxy() {
		AtomicInteger intercepted = new AtomicInteger();
		MethodInterceptor counting = (invocation) -> {
			intercepted.incrementAndGet();
			return invocation.proceed();
		};
		this.runner.withBean("classProxied", Object.class, () -> {
			ProxyFactory factory = new ProxyFactory(new ProxiedAuditor());
			factory.setProxyTargetClass(true);
			factory.addAdvice(counting);
			return factory.getProxy();
		}).withBean("interfaceProxied", Object.class, () -> {
			ProxyFactory factory = new ProxyFactory(new InterfaceAuditor());
			factory.addAdvice(counting);
			return factory.getProxy();
		}).run((context) -> withHooks(context, (hooks) -> {
			assertThat(context.getBean("interfaceProxied")).isNotInstanceOf(InterfaceAuditor.class);
			assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
				.contains("MessageHasBeenPosted");
			hooks.messageHasBeenPosted(MessageHasBeenPostedRequest.newBuilder().setPost(protoPost("audited")).build());
			assertThat(intercepted).hasValue(2);
		}));
	}

	@Test
	void misdeclaredHandlerFailsStartupNamingBeanAndMethod() {
		this.runner.withUserConfiguration(MisdeclaredPlugin.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(HookDeclarationException.class)
				.hasMessageContaining("bean 'badHandlers'")
				.hasMessageContaining(MisdeclaredPlugin.BadHandlers.class.getName() + ".posted")
				.hasMessageContaining("java.lang.Integer");
		});
	}

	@Test
	void twoCommandHandlersFailStartupNamingBoth() {
		this.runner.withUserConfiguration(CommandPlugin.class, SecondCommandPlugin.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(HookDeclarationException.class)
				.hasMessageContaining("Only one handler can answer ExecuteCommand")
				.hasMessageContaining("bean 'echo' method Echo.echo")
				.hasMessageContaining("bean 'otherCommand' method Other.run");
		});
	}

	@Test
	void closingTheContextRunsDeactivateOnceWhenMattermostDidNot() {
		Lifecycle[] lifecycle = new Lifecycle[1];
		this.runner.withUserConfiguration(ModerationPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			lifecycle[0] = context.getBean(Lifecycle.class);
			hooks.onActivate(OnActivateRequest.getDefaultInstance());
		}));
		assertThat(lifecycle[0].calls).containsExactly("configure", "activate", "deactivate");
	}

	@Test
	void closingTheContextAfterMattermostDeactivatedDoesNotDeactivateAgain() {
		Lifecycle[] lifecycle = new Lifecycle[1];
		this.runner.withUserConfiguration(ModerationPlugin.class).run((context) -> withHooks(context, (hooks) -> {
			lifecycle[0] = context.getBean(Lifecycle.class);
			hooks.onActivate(OnActivateRequest.getDefaultInstance());
			hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance());
		}));
		assertThat(lifecycle[0].calls).containsExactly("configure", "activate", "deactivate");
	}

	@Test
	void registryIsFrozenOnceTheContextIsRefreshed() {
		this.runner.withUserConfiguration(ModerationPlugin.class)
			.run((context) -> assertThat(context.getBean(HookHandlerRegistry.class).isFrozen()).isTrue());
	}

	private static void withHooks(AssertableApplicationContext context,
			Consumer<PluginHooksGrpc.PluginHooksBlockingStub> calls) throws Exception {
		assertThat(context).hasNotFailed();
		String name = InProcessServerBuilder.generateName();
		Server server = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(context.getBean(PluginHooksService.class))
			.build()
			.start();
		ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
		try {
			calls.accept(PluginHooksGrpc.newBlockingStub(channel));
		}
		finally {
			channel.shutdownNow();
			server.shutdownNow();
		}
	}

	private static dev.mattermost.spring.protocol.v1.Post protoPost(String message) {
		return dev.mattermost.spring.protocol.v1.Post.newBuilder()
			.setId("post-1")
			.setChannelId("channel-1")
			.setMessage(message)
			.build();
	}

	static class Lifecycle {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@OnConfigurationChange
		void configure() {
			this.calls.add("configure");
		}

		@OnActivate
		void activate() {
			this.calls.add("activate");
		}

		@OnDeactivate
		void deactivate() {
			this.calls.add("deactivate");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ModerationPlugin {

		@Bean
		Lifecycle lifecycle() {
			return new Lifecycle();
		}

		@Bean
		Moderation moderation() {
			return new Moderation();
		}

		static class Moderation {

			@MessageWillBePosted
			@Order(1)
			Decision<Post> spam(PluginContext context, Post post) {
				if (post.message().contains("cheap watches")) {
					return Decision.reject("Looks like spam");
				}
				return post.message().equals("/shrug") ? Decision.dismiss() : Decision.allow();
			}

			@MessageWillBePosted
			@Order(2)
			Post language(Post post) {
				return post.message().contains("darn") ? post.withMessage(post.message().replace("darn", "d*rn"))
						: null;
			}

			@MessageHasBeenPosted
			void posted(Post post) {
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingActivation {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			final List<String> posted = new CopyOnWriteArrayList<>();

			@OnActivate
			void activate() {
				throw new IllegalStateException("license key missing");
			}

			@MessageHasBeenPosted
			void posted(Post post) {
				this.posted.add(post.message());
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CrashingFilter {

		@Bean
		Filters filters() {
			return new Filters();
		}

		static class Filters {

			int checked;

			@MessageWillBePosted
			@Order(1)
			Post crash(Post post) {
				throw new IllegalStateException("spam model not loaded");
			}

			@MessageWillBePosted
			@Order(2)
			Post check(Post post) {
				this.checked++;
				return post.withMessage(post.message() + " (checked)");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class GatekeeperPlugin {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			@UserWillLogIn
			@Order(1)
			void crash(User user) {
				throw new IllegalStateException("directory unreachable");
			}

			@UserWillLogIn
			@Order(2)
			Decision<User> banned(User user) {
				return user.username().equals("mallory") ? Decision.reject("mallory is banned") : Decision.allow();
			}

			@MessagesWillBeConsumed
			List<Post> hideSecrets(List<Post> posts) {
				if (posts.stream().anyMatch((post) -> post.message().equals("explode"))) {
					throw new IllegalStateException("filter broke");
				}
				return posts.stream().filter((post) -> !post.message().contains("secret")).toList();
			}

			@ConfigurationWillBeSaved
			Decision<JsonNode> validate(JsonNode newConfig) {
				if (!newConfig.has("ServiceSettings")) {
					return Decision.reject("ServiceSettings are required");
				}
				ObjectNode checked = (ObjectNode) newConfig.deepCopy();
				checked.put("CheckedByPlugin", true);
				return Decision.modify(checked);
			}

			@FileWillBeUploaded
			Decision<FileUpload> scan(FileUpload upload) {
				if (upload.fileInfo().name().endsWith(".exe")) {
					return Decision.reject("No executables");
				}
				String shouted = new String(upload.content(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
				return Decision.modify(new FileUpload(upload.fileInfo(), shouted.getBytes(StandardCharsets.UTF_8)));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CleanupPlugin {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			final List<String> calls = new CopyOnWriteArrayList<>();

			@OnConfigurationChange
			@Order(1)
			void reloadA() {
				this.calls.add("reload a");
				throw new IllegalArgumentException("bad setting");
			}

			@OnConfigurationChange
			@Order(2)
			void reloadB() {
				this.calls.add("reload b");
			}

			@OnActivate
			void activate() {
				this.calls.add("activate");
			}

			@OnDeactivate
			@Order(1)
			void closeCache() {
				this.calls.add("close cache");
			}

			@OnDeactivate
			@Order(2)
			void closeConnections() {
				this.calls.add("close connections");
				throw new IllegalStateException("connections stuck");
			}

			@OnDeactivate
			@Order(3)
			void flushMetrics() {
				this.calls.add("flush metrics");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SilentCrash {

		@Bean
		Filters filters() {
			return new Filters();
		}

		static class Filters {

			@MessageWillBePosted
			Post crash(Post post) {
				throw new NullPointerException();
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SupportPlugin {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			@GenerateSupportData
			@Order(1)
			List<FileData> settings() {
				return List.of(new FileData("settings.json", "{}".getBytes(StandardCharsets.UTF_8)));
			}

			@GenerateSupportData
			@Order(2)
			List<FileData> first() {
				throw new IllegalStateException("first broken");
			}

			@GenerateSupportData
			@Order(3)
			List<FileData> second() {
				throw new IllegalStateException("second broken");
			}

			@GenerateSupportData
			@Order(4)
			List<FileData> stats() {
				return List.of(new FileData("stats.txt", "42".getBytes(StandardCharsets.UTF_8)));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedPlugin {

		@Bean
		Third third() {
			return new Third();
		}

		@Bean
		Second second() {
			return new Second();
		}

		@Bean
		First first() {
			return new First();
		}

		@Bean
		@Order(4)
		Fourth fourth() {
			return new Fourth();
		}

		@Order(30)
		static class First {

			@MessageWillBePosted
			@Order(1)
			Post first(Post post) {
				return post.withMessage("first");
			}

			@MessageWillBePosted
			Post last(Post post) {
				return post.withMessage(post.message() + ",last");
			}

		}

		@Order(2)
		static class Second {

			@MessageWillBePosted
			Post second(Post post) {
				return post.withMessage(post.message() + ",second");
			}

		}

		@Order(40)
		static class Fourth {

			@MessageWillBePosted
			Post fourth(Post post) {
				return post.withMessage(post.message() + ",fourth");
			}

		}

		static class Third {

			@MessageWillBePosted
			@Order(3)
			Decision<Post> third(Post post) {
				return Decision.modify(post.withMessage(post.message() + ",third"));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EditPolicy {

		@Bean
		Edits edits() {
			return new Edits();
		}

		static class Edits {

			@MessageWillBeUpdated
			Post annotate(Post oldPost, Post newPost) {
				return newPost.withMessage(newPost.message() + " (was: " + oldPost.message() + ")");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Welcomer {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			final List<String> joins = new CopyOnWriteArrayList<>();

			@UserHasJoinedChannel
			void joined(ChannelMember member, Optional<User> actor) {
				this.joins.add(member.userId()
						+ actor.map((user) -> " added by " + user.id()).orElse(" by themselves"));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CommandPlugin {

		@Bean
		Echo echo() {
			return new Echo();
		}

		static class Echo {

			@ExecuteCommand
			CommandResponse echo(CommandArgs args) {
				String text = args.command().replaceFirst("^/echo\\s*", "");
				if (text.isEmpty()) {
					throw new IllegalArgumentException("nothing to echo");
				}
				return CommandResponse.ephemeral(text);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SecondCommandPlugin {

		@Bean
		Other otherCommand() {
			return new Other();
		}

		static class Other {

			@ExecuteCommand
			void run(CommandArgs args) {
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RetentionPlugin {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			@RunDataRetention
			long purgePolls(long nowTime, long batchSize) {
				return batchSize;
			}

			@RunDataRetention
			Long purgeDrafts() {
				return 3L;
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingRetention {

		@Bean
		Failing failingRetention() {
			return new Failing();
		}

		@Order(-1) // runs first, so the handlers after it must still be counted
		static class Failing {

			@RunDataRetention
			long purgeArchive() {
				throw new IllegalStateException("archive offline");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PingPlugin {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		static class Handlers {

			volatile boolean bridgeUp = true;

			@OnSharedChannelsPing
			boolean database(RemoteCluster remoteCluster) {
				return true;
			}

			@OnSharedChannelsPing
			boolean bridge() {
				return this.bridgeUp;
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MisdeclaredPlugin {

		@Bean
		BadHandlers badHandlers() {
			return new BadHandlers();
		}

		static class BadHandlers {

			@MessageHasBeenPosted
			void posted(Post post, Integer count) {
			}

		}

	}

	public static class ProxiedAuditor {

		@MessageHasBeenPosted
		public void audit(Post post) {
		}

	}

	public interface Auditor {

		void audit(Post post);

	}

	public static class InterfaceAuditor implements Auditor {

		@Override
		@MessageHasBeenPosted
		public void audit(Post post) {
		}

	}

}
