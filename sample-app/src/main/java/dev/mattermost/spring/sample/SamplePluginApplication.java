package dev.mattermost.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The sample plugin: a Spring Boot application that Mattermost runs as a plugin process.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamplePluginApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamplePluginApplication.class, args);
	}

}
