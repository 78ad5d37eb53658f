#!/usr/bin/env python3
# Written by the mattermost-plugin-spring-boot-maven-plugin bundle goal; do not edit, rebuild instead.
#
# Mattermost starts gRPC plugins as "python3 server/plugin.py" in the plugin's directory. This script only finds
# Java and replaces itself with it (same process, same stdout pipe), so the first line on stdout, go-plugin's
# handshake, comes from the Java application itself. It never prints to stdout and writes no files.
import sys

sys.dont_write_bytecode = True

import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402

# Relative to this script's directory.
APP_JAR = @APP_JAR@
JVM_ARGUMENTS = @JVM_ARGUMENTS@
# The JVM prints its own warnings (unified logging) on stdout unless told otherwise, and anything on stdout before
# the handshake line makes the server give up on the plugin: send them to stderr, where the server logs them.
JVM_LOGGING = ["-Xlog:disable", "-Xlog:all=warning:stderr"]
# The java executable chosen at build time, or None; the MATTERMOST_PLUGIN_JAVA environment variable wins over it.
JAVA = @JAVA@


def fail(message):
    # One hclog JSON line, so the server logs it as an error of this plugin.
    now = datetime.datetime.now(datetime.timezone.utc)
    line = {"@level": "error", "@message": message, "@timestamp": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    sys.stderr.write(json.dumps(line, separators=(",", ":")) + "\n")
    sys.stderr.flush()
    sys.exit(1)


def is_executable(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def resolve(command, origin):
    # A bare name is looked up on PATH; anything with a separator is a path.
    if os.sep in command or (os.altsep and os.altsep in command):
        if is_executable(command):
            return os.path.abspath(command)
        fail("%s names '%s', which is not an executable file" % (origin, command))
    found = shutil.which(command)
    if found is None:
        fail("%s names '%s', which is not on the PATH (%s)" % (origin, command, os.environ.get("PATH", "")))
    return found


def find_java():
    override = os.environ.get("MATTERMOST_PLUGIN_JAVA")
    if override:
        return resolve(override, "MATTERMOST_PLUGIN_JAVA")
    if JAVA:
        return resolve(JAVA, "the plugin's build configuration (java)")
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = os.path.join(java_home, "bin", "java")
        if is_executable(candidate):
            return candidate
    found = shutil.which("java")
    if found is None:
        fail("Cannot start the plugin: no Java found (JAVA_HOME is %s and there is no java on the PATH). Install "
             "Java 17 or newer for the Mattermost server's user, or set MATTERMOST_PLUGIN_JAVA to its java executable"
             % ("'" + java_home + "' without bin/java" if java_home else "not set"))
    return found


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    jar = os.path.join(here, APP_JAR)
    if not os.path.isfile(jar):
        fail("Cannot start the plugin: the application jar %s is missing from the bundle" % jar)
    java = find_java()
    try:
        os.execv(java, [java] + JVM_LOGGING + JVM_ARGUMENTS + ["-jar", jar])
    except OSError as error:
        fail("Cannot start the plugin: running %s failed: %s" % (java, error))


if __name__ == "__main__":
    main()
