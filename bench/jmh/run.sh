#!/usr/bin/env bash
# Runs the JMH call-path benchmarks with the Graal JIT. Needs the build (mvn package at the root).
# Any arguments go to JMH, e.g.  bench/jmh/run.sh CallBenchmarks.method -f 1 -wi 3
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JVMCI="$ROOT/launcher/target/jvmci"
if [ ! -d "$HERE/target/lib" ] || [ ! -d "$JVMCI" ]; then
  echo "run.sh: build first: JAVA_HOME=$JAVA_HOME mvn -B -q package -DskipTests" >&2
  exit 2
fi
FLAGS="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$JVMCI --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
CP="$HERE/target/classes"
for j in "$HERE"/target/lib/*.jar; do CP="$CP:$j"; done
exec "$JAVA_HOME/bin/java" $FLAGS -cp "$CP" org.openjdk.jmh.Main -jvmArgsAppend "$FLAGS" "$@"
