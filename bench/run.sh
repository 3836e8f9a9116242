#!/usr/bin/env bash
# The bench in one command: builds the services and the bench (profile bench, tests skipped), starts embedded
# PostgreSQL and Kafka and the four services as processes (as the local run does), generates the data set through
# the services' bulk paths, measures, writes bench/results/<date>.{md,json,svg} and stops everything it started.
#   bench/run.sh                      city scale: 100k households, 20k projects, 50k assets (about an hour on 2 cores)
#   bench/run.sh --scale reduced      a fifth of the city, for a quick look
#   bench/run.sh --generate-only      make the data set and stop; then bench/run.sh --reuse measures on it
#   bench/run.sh --reuse              measure on the data set a previous run of the same scale left behind
#   bench/run.sh --scale national     832 counties' worth, as far as the disk allows (hours; not for the 2-core box)
#   bench/run.sh --duration 10        seconds per endpoint and concurrency (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  # with each service's AppCDS archive (about 10 s a service to build; ServiceProcess starts the JVM with it)
  ./mvnw -B -q -ntp package -DskipTests -Pbench -pl bench -am -Dquarkus.package.jar.appcds.enabled=true
fi
exec java -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  cn.gov.xinxiang.agri.bench.Bench "$@"
