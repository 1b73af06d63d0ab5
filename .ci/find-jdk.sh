# shellcheck shell=sh
# Finds a JDK 25 or newer and exports JAVA_HOME to it. Sourced (POSIX sh) by ./mvnw, ./smpboot and
# .ci/run, so that every entry point works on a fresh machine whose default java is older.
#
# Order: $JAVA_HOME if it is 25+; else the newest 25+ JDK under /usr/lib/jvm (Debian, Temurin
# packages) or /opt/java; else `java` on PATH if it is 25+. Otherwise it says what to install and
# returns 1.

smpboot_java_feature() {
    # Prints the feature release (e.g. 25) of the JDK at $1, or nothing if it is not a JDK.
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    if [ -r "$1/release" ]; then
        sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
    else
        "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
    fi
}

smpboot_select_jdk() {
    smpboot_required=25
    if [ -n "${JAVA_HOME:-}" ]; then
        smpboot_v=$(smpboot_java_feature "$JAVA_HOME")
        if [ -n "$smpboot_v" ] && [ "$smpboot_v" -ge "$smpboot_required" ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    smpboot_best=""
    smpboot_best_v=0
    # ./mvnw runs with globbing off (set -f); the search needs it, so turn it on here only.
    case $- in
        *f*) smpboot_noglob=1; set +f ;;
        *) smpboot_noglob=0 ;;
    esac
    for smpboot_dir in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
        [ -d "$smpboot_dir" ] || continue
        smpboot_v=$(smpboot_java_feature "$smpboot_dir")
        if [ -n "$smpboot_v" ] && [ "$smpboot_v" -ge "$smpboot_required" ] && [ "$smpboot_v" -gt "$smpboot_best_v" ]; then
            smpboot_best=$smpboot_dir
            smpboot_best_v=$smpboot_v
        fi
    done
    [ "$smpboot_noglob" = 1 ] && set -f
    if [ -z "$smpboot_best" ] && command -v java >/dev/null 2>&1; then
        smpboot_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        smpboot_v=$(smpboot_java_feature "$smpboot_home")
        if [ -n "$smpboot_v" ] && [ "$smpboot_v" -ge "$smpboot_required" ]; then
            smpboot_best=$smpboot_home
        fi
    fi
    if [ -z "$smpboot_best" ]; then
        echo "smpboot: no JDK $smpboot_required or newer found (JAVA_HOME=${JAVA_HOME:-unset}, searched /usr/lib/jvm, /opt/java, PATH)." >&2
        echo "smpboot: install one, e.g. Temurin 25 (apt-get install temurin-25-jdk from packages.adoptium.net), or set JAVA_HOME." >&2
        return 1
    fi
    JAVA_HOME=$smpboot_best
    export JAVA_HOME
    return 0
}
