package dev.mattermost.spring.benchmarks.http;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application measured: only the benchmark controller and Boot's auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BenchmarkController.class)
class BenchmarkApplication {

}
