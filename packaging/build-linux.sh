#!/usr/bin/env bash
# Builds the Linux app image and .deb from what `mvn package` laid out in BUILD_DIR/bridgework/lib.
# Called by `mvn -Ppackage package` (see pom.xml); can be run by hand after `mvn -DskipTests package`:
#
#   packaging/build-linux.sh [BUILD_DIR] [VERSION]      (defaults: target, the pom's version)
#
# Steps, each explained in packaging/README.md:
#   1. jlink a runtime of only the JDK and JavaFX modules the app needs (ModuleClosure.java lists them);
#      JavaFX's native libraries go into the runtime's lib/ so they are not unpacked at every start
#   2. jpackage an app image with the app and library jars on the module path (plain jars work there too);
#      bin/bridgework becomes a shell launcher with the same options (packaging/linux/launcher says why)
#   3. put sqlite-jdbc's native library into the image, so it is not unpacked to /tmp at every start
#   4. a training run under Xvfb records the classes the first window loads (lib/app/bridgework.classlist)
#   5. the .deb (needs libgtk-3-0); its postinst turns the class list into a CDS archive in place
#   6. the image replaces BUILD_DIR/bridgework, and gets its own CDS archive (bin/bridgework still starts it)
#
# Environment: JAVA_HOME (a JDK 17 with jmods/), BRIDGEWORK_SKIP_DEB=1 to build the image only,
# BRIDGEWORK_SKIP_TRAINING=1 to skip step 4 (no CDS archive: slower start, same behaviour).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(realpath -m "${1:-$root/target}")
version=${2:-$(sed -n 's:^    <version>\(.*\)</version>:\1:p' "$root/pom.xml" | sed -n 1p)}
work="$build/jpackage"
plain="$build/bridgework/lib"
main=org.bridgework/org.bridgework.Launcher

say() { printf '[package] %s\n' "$*"; }
fail() { printf '[package] ERROR: %s\n' "$*" >&2; exit 1; }

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -f "$java_home/jmods/java.base.jmod" ] || fail "$java_home has no jmods/ (Debian: apt-get install openjdk-17-jmods, or openjdk-17-jdk-headless on bookworm)"
for tool in jlink jpackage; do [ -x "$java_home/bin/$tool" ] || fail "$java_home/bin/$tool is missing"; done
ls "$plain"/bridgework.jar >/dev/null 2>&1 || fail "$plain/bridgework.jar is missing: run mvn package first"

# Keep the version jpackage and Debian accept: digits and dots (0.1.0-SNAPSHOT → 0.1.0).
app_version=${version%%-*}

# ---- 1. The runtime: JDK and JavaFX modules only
rm -rf "$work"
mkdir -p "$work/mods" "$work/fx" "$work/fx-native"
for jar in "$plain"/*.jar; do
    case $(basename "$jar") in
        javafx-*-linux.jar) cp "$jar" "$work/fx/";;
        javafx-*.jar) ;;  # the empty platform-neutral JavaFX jars: their -linux twins hold the classes
        *) cp "$jar" "$work/mods/";;
    esac
done
# Work the JVM would do at every start, done once here: signed jars unsigned, packages listed (ImageJars.java).
"$java_home/bin/java" "$here/ImageJars.java" "$app_version" "$work"/mods/*.jar
modules=$("$java_home/bin/java" "$here/ModuleClosure.java" org.bridgework "$work/mods" "$work/fx")
# Locale data: names sort and dates read right for managers outside English-speaking countries.
modules="$modules,jdk.localedata"
say "jlink: $modules"
"$java_home/bin/jlink" --module-path "$java_home/jmods:$work/fx" --add-modules "$modules" \
    --exclude-resources 'glob:/javafx.*/*.so' --generate-cds-archive \
    --strip-debug --no-header-files --no-man-pages --output "$work/runtime"
# JavaFX looks for its native libraries beside the runtime first; only if absent does it unpack them from
# its modules into ~/.openjfx/cache and check them against the copies there at every start.
for jar in "$work"/fx/*.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$work/fx-native" 2>/dev/null || true
done
cp "$work"/fx-native/*.so "$work/runtime/lib/"

# ---- 2. The app image
# $APPDIR is lib/app of the installed image; jpackage fills it in at start ($HOME is not expanded).
java_options=(
    -Xshare:auto "-XX:SharedArchiveFile=\$APPDIR/bridgework.jsa"  # CDS: made by step 4/5/6, ignored if absent
    -XX:TieredStopAtLevel=1                                       # C1 only: see docs/benchmarks.md
    -XX:+UseSerialGC                                              # the search filters 10,000 rows faster: docs/benchmarks.md
    -XX:-UsePerfData                                              # no hsperfdata file at every start
    "-Dorg.sqlite.lib.path=\$APPDIR/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so
)
options=()
for o in "${java_options[@]}"; do options+=(--java-options "$o"); done
say "jpackage: app image"
"$java_home/bin/jpackage" --type app-image --dest "$work/image" --name bridgework \
    --app-version "$app_version" --vendor "Bridgework" \
    --description "A desktop workbook for rebuilding a damaged business relationship" \
    --icon "$here/icons/png/bridgework-256.png" \
    --runtime-image "$work/runtime" --module-path "$work/mods" --module "$main" \
    "${options[@]}"
image="$work/image/bridgework"
app="$image/lib/app"
# bin/bridgework: a shell launcher with the same options instead of jpackage's, which runs `rpm -qf` and
# `dpkg -S` (and, once installed, `dpkg -L`) at every start to find its own package (see packaging/linux/launcher).
cp "$image/bin/bridgework" "$work/jpackage-launcher"  # kept for bench/startup --variants
{
    sed -n '1,/^@OPTIONS@$/p' "$here/linux/launcher" | sed '$d'
    sed -n 's/^java-options=//p' "$app/bridgework.cfg" | while IFS= read -r option; do
        case $option in *[\"\`]*) fail "cannot quote the java option $option";; esac
        printf '    "%s" \\\n' "$option"
    done
    sed -n '/^@OPTIONS@$/,$p' "$here/linux/launcher" | sed '1d' | sed "s|@MAIN@|$main|"
} >"$image/bin/bridgework"
chmod 755 "$image/bin/bridgework"

# ---- 3. sqlite-jdbc's native library, unpacked once here instead of into /tmp at every start
arch=$(uname -m); case $arch in x86_64|amd64) arch=x86_64;; aarch64|arm64) arch=aarch64;; esac
mkdir -p "$app/native"
unzip -q -o -j "$work"/mods/sqlite-jdbc-*.jar "org/sqlite/native/Linux/$arch/libsqlitejdbc.so" -d "$app/native" \
    || fail "sqlite-jdbc has no native library for Linux/$arch"
cp "$here/linux/bridgework-cds" "$app/bridgework-cds"
chmod 755 "$app/bridgework-cds"
cp "$here/linux/org.bridgework.Bridgework.metainfo.xml" "$app/"
# The bash completion script that `mvn package` generated (README: Command line).
if [ -d "$build/bridgework/share" ]; then
    cp -r "$build/bridgework/share" "$image/share"
else
    say "WARNING: no bash completion script in $build/bridgework/share (run mvn package first)"
fi
mkdir -p "$app/icons"
cp "$here"/icons/png/bridgework-*.png "$app/icons/"

# ---- 4. Training run: the classes loaded up to the first window and the workbook shown
if [ "${BRIDGEWORK_SKIP_TRAINING:-0}" = 1 ]; then
    say "training run skipped: no CDS archive"
elif ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    say "WARNING: no Xvfb or xdotool: no training run, so no CDS archive (the app starts slower)"
else
    say "training run under Xvfb"
    "$here/linux/training-run" "$image" "$app/bridgework.classlist"
fi

# ---- 5. The .deb, from the image without any CDS archive (the postinst makes it where it is installed)
if [ "${BRIDGEWORK_SKIP_DEB:-0}" != 1 ]; then
    command -v fakeroot >/dev/null || fail "fakeroot is missing (apt-get install fakeroot), or set BRIDGEWORK_SKIP_DEB=1"
    command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$here/linux/bridgework.desktop" || fail "the menu entry is not valid"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$here/linux/org.bridgework.Bridgework.metainfo.xml" >/dev/null \
            || fail "the AppStream metadata is not valid: appstreamcli validate --no-net packaging/linux/*.metainfo.xml"
    fi
    resources="$work/deb-resources"
    mkdir -p "$resources"
    cp "$here/linux/bridgework.desktop" "$here/linux/postinst" "$here/linux/prerm" "$resources/"
    cp "$here/icons/png/bridgework-256.png" "$resources/bridgework.png"
    say "jpackage: .deb"
    "$java_home/bin/jpackage" --type deb --dest "$build" --app-image "$image" --name bridgework \
        --app-version "$app_version" --vendor "Bridgework" \
        --description "A desktop workbook for rebuilding a damaged business relationship" \
        --resource-dir "$resources" --linux-package-name bridgework --linux-deb-maintainer "bridgework@example.org" \
        --linux-menu-group "Office;ProjectManagement;" --linux-app-category office \
        --linux-package-deps libgtk-3-0 --linux-shortcut --install-dir /opt
    say "built $(ls "$build"/bridgework_*.deb)"
fi

# ---- 6. The image at BUILD_DIR/bridgework, where `mvn package` puts its plain one, with its own CDS archive
rm -rf "$build/bridgework"
cp -a "$image" "$build/bridgework"
if [ -f "$build/bridgework/lib/app/bridgework.classlist" ]; then
    "$build/bridgework/lib/app/bridgework-cds"
fi
say "app image: $build/bridgework (launcher bin/bridgework)"
