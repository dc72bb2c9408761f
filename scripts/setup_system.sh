#!/usr/bin/env bash
# Install the system packages the tests need, when missing (idempotent; `make test` calls it).
#   chromium    the browser the Playwright test drives (/usr/bin/chromium)
#   postgresql  initdb/pg_ctl/postgres for the PostgreSQL test server
#   java        a Java runtime (17 or newer) for the Spark tests (pyspark 4 runs on the JVM)
# Runs apt-get as root, or through sudo when available; otherwise says what is missing and exits 0,
# so the tests that need these skip with a reason instead of failing the whole run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
java_ok() {  # a java on PATH whose major version is 17 or newer
  local version
  command -v java >/dev/null 2>&1 || return 1
  version=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  [ -n "$version" ] && [ "$version" -ge 17 ]
}
java_ok || missing+=(default-jre-headless)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo -n apt-get)
else
  echo "setup_system: missing ${missing[*]} and no root or sudo to install them; their tests will skip" >&2
  exit 0
fi

echo "setup_system: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# slim images drop /usr/share/man, where the JRE's postinst links its manual pages
if [[ " ${missing[*]} " == *" default-jre-headless "* ]]; then
  if [ "$(id -u)" -eq 0 ]; then mkdir -p /usr/share/man/man1; else sudo -n mkdir -p /usr/share/man/man1; fi
fi
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
