#!/usr/bin/env bash
# PostGIS backup and restore: `safeground backup` beside plain `pg_dump -Fc`, and `safeground restore`
# (replacing the schema in one transaction) beside plain `pg_restore --single-transaction` into a new
# database, on an existing demo schema; then checks `status --json` is the same after the restore.
# Usage: bench/backup-postgis.sh 'postgres://postgres@127.0.0.1:55434/postgres?schema=nat'
# (make the store first: safeground demo --scale national --store URL). Needs PG* tools of the server's version.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
url=$1
schema=${url##*schema=}
sg="dotnet $root/src/Safeground.Cli/bin/Release/net10.0/safeground.dll"
rest=${url#postgres://}; userhost=${rest%%/*}; db=${rest#*/}; db=${db%%\?*}
export PGUSER=${userhost%%@*} PGHOST=${userhost#*@}; export PGPORT=${PGHOST##*:} PGHOST=${PGHOST%%:*} PGDATABASE=$db
bin=/usr/lib/postgresql/$(psql -XAtc "show server_version_num" | cut -c1-2)/bin
work=$(mktemp -d /tmp/sg-pgbackup-XXXX)
trap 'psql -Xqc "drop database if exists sg_bench_restore" || true; rm -rf "$work"' EXIT
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "schema $schema: $(psql -XAtc "select pg_size_pretty(sum(pg_total_relation_size(oid))) from pg_class where relnamespace = '$schema'::regnamespace and relkind = 'r'")"
echo "pg_dump -Fc:        $(secs "$bin/pg_dump" -Fc -n "$schema" -f "$work/plain.dump") s"
echo "safeground backup:  $(secs $sg backup "$work/sg.backup" --store "$url") s"
ls -l "$work/plain.dump" "$work/sg.backup"
$sg status --store "$url" --json > "$work/before.json"
psql -Xqc "create database sg_bench_restore"; psql -Xq -d sg_bench_restore -c "create extension postgis"
echo "pg_restore -1:      $(secs "$bin/pg_restore" --single-transaction -d sg_bench_restore "$work/plain.dump") s"
echo "safeground restore: $(secs $sg restore "$work/sg.backup" --store "$url") s"
$sg status --store "$url" --json | cmp - "$work/before.json" && echo "status --json the same after the restore"
