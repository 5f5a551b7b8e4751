# Sourced by ./aiaas and .ci/run: sets JAVA_HOME to a JDK >= 21 (Eclipse 4.39 and Tycho's target
# need Java 21), preferring $JAVA_HOME, then the usual JVM folders. Prints what is missing otherwise.

# The major version of the JDK at $1: from its release file (no JVM start, which costs ~0.2 s on
# every ./aiaas call), else from 'java -version'.
aiaas_java_major() {
  local major=""
  [ -f "$1/release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
  [ -n "$major" ] || major=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  printf '%s\n' "$major"
}
aiaas_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(aiaas_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "aiaas: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "aiaas: install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
  return 1
}
