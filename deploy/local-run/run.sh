#!/usr/bin/env bash
# Runs the whole suite on this machine: embedded PostgreSQL 17 and Kafka 4.1 (no Docker), the four
# services as separate processes, sample data and sample users. Ctrl-C stops everything.
#   deploy/local-run/run.sh            build if needed, start, keep data from the last run
#   deploy/local-run/run.sh --fresh    start from empty databases and topics
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -B -q -ntp package -DskipTests -pl deploy/local-run -am
fi
exec java -Xmx512m -Dfile.encoding=UTF-8 -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/local-run/target/classes:$(cat deploy/local-run/target/classpath.txt)" \
  cn.gov.xinxiang.agri.localrun.LocalSuite "$@"
