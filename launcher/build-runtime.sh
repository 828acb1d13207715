#!/usr/bin/env bash
# Part of the Maven build (launcher module, package phase): links a Java runtime image without the
# JDK's placeholder jdk.graal.compiler module, so that the Graal compiler jars load from the plain
# module path and the JDK's AOT cache keeps working with the JIT on; then makes the AOT caches from
# training runs. bin/minipy uses them when they exist. Usage: build-runtime.sh JAVA_HOME TARGET_DIR
set -euo pipefail
JAVA_HOME="$1"
TARGET="$2"
IMAGE="$TARGET/jdk"
if [ ! -x "$IMAGE/bin/java" ]; then
  rm -rf "$IMAGE"
  # Only what minipy, Truffle and the compiler use: leaving out jdk.jfr spares Truffle's flight-recorder
  # set-up at start-up.
  "$JAVA_HOME/bin/jlink" --add-modules java.base,java.logging,java.management,java.sql,jdk.management,jdk.unsupported,jdk.internal.vm.ci,jdk.zipfs \
    --strip-debug --no-header-files --no-man-pages --output "$IMAGE"
fi
ROOT="$(cd "$TARGET/../.." && pwd)"
rm -f "$TARGET"/minipy-*.aot
MINIPY_NO_AOT=1 MINIPY_AOT_OUTPUT="$TARGET/minipy-jit.aot" "$ROOT/bin/minipy" "$ROOT/launcher/src/build/training.py" 6 > /dev/null 2>&1 || true
MINIPY_NO_AOT=1 MINIPY_AOT_OUTPUT="$TARGET/minipy-interp.aot" "$ROOT/bin/minipy" --interpreter-only "$ROOT/launcher/src/build/training.py" > /dev/null 2>&1 || true
