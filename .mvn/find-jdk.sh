# Sourced (POSIX sh) by ./mvnw and ./crosscheck: exports JAVA_HOME for a JDK >= 21.
# Order: CROSSCHECK_JAVA_HOME, JAVA_HOME, the javac on PATH, then the newest JDK in the
# usual install folders. Prints what it needs and exits when none qualifies.

cc_jdk_major() { # $1 = a JDK home; prints its feature version or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9.]*\).*/\1/p' |
    awk -F. '{ if ($1 == "1") print $2; else print $1 }'
}

cc_find_jdk() {
  cc_seen=""
  for cc_home in "${CROSSCHECK_JAVA_HOME-}" "${JAVA_HOME-}"; do
    [ -n "$cc_home" ] || continue
    cc_v=$(cc_jdk_major "$cc_home")
    if [ -n "$cc_v" ] && [ "$cc_v" -ge 21 ]; then echo "$cc_home"; return 0; fi
    [ -n "$cc_v" ] && cc_seen="$cc_seen java $cc_v at $cc_home;"
  done
  cc_javac=$(command -v javac 2>/dev/null || true)
  if [ -n "$cc_javac" ]; then
    cc_home=$(dirname "$(dirname "$(readlink -f "$cc_javac")")")
    cc_v=$(cc_jdk_major "$cc_home")
    if [ -n "$cc_v" ] && [ "$cc_v" -ge 21 ]; then echo "$cc_home"; return 0; fi
    [ -n "$cc_v" ] && cc_seen="$cc_seen java $cc_v at $cc_home;"
  fi
  cc_best=""; cc_best_v=0
  for cc_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.gradle/jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cc_home" ] || continue
    cc_v=$(cc_jdk_major "$cc_home")
    [ -n "$cc_v" ] || continue
    if [ "$cc_v" -gt "$cc_best_v" ]; then cc_best="$cc_home"; cc_best_v="$cc_v"; fi
  done
  if [ "$cc_best_v" -ge 21 ]; then echo "$cc_best"; return 0; fi
  [ "$cc_best_v" -gt 0 ] && cc_seen="$cc_seen newest installed: java $cc_best_v at $cc_best;"
  echo "crosscheck needs a JDK 21 or newer and found none.${cc_seen:+ Found:$cc_seen}" >&2
  echo "Install one (Debian/Ubuntu: 'sudo apt install openjdk-21-jdk'; elsewhere: https://adoptium.net)," >&2
  echo "or point JAVA_HOME (or CROSSCHECK_JAVA_HOME) at it, then run the command again." >&2
  return 1
}

# mvnw runs with 'set -f'; the search needs globbing.
case $- in *f*) set +f; JAVA_HOME=$(cc_find_jdk) || exit 1; set -f ;; *) JAVA_HOME=$(cc_find_jdk) || exit 1 ;; esac
export JAVA_HOME
