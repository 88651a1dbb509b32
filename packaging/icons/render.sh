#!/usr/bin/env bash
# Renders the app icon from bridgework.svg into every file the installers need. The results are committed,
# so a build needs none of these tools; run this only after changing the SVG.
#   PNG  16…512  rsvg-convert (Debian: librsvg2-bin)   Linux menus, the jpackage --icon on Linux
#   .ico         ImageMagick convert (Debian: imagemagick)  Windows (jpackage --icon)
#   .icns        png2icns (Debian: icnsutils)            macOS (jpackage --icon)
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" bridgework.svg -o "png/bridgework-$size.png"
done
convert png/bridgework-{16,24,32,48,64,256}.png bridgework.ico
png2icns bridgework.icns png/bridgework-{16,32,48,128,256,512}.png >/dev/null
ls -l png bridgework.ico bridgework.icns
