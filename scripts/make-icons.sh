#!/usr/bin/env bash
# Renders resources/icon.svg into every icon file electron-builder.yml names: the Linux set
# resources/icons/<size>x<size>.png (AppImage, deb), resources/icon.ico (Windows, NSIS) and
# resources/icon.icns (macOS, dmg). Then writes resources/icons/source.sha256: the SVG's hash
# and each produced file's, which tests/electron/icons.test.ts compares so that an edited SVG
# without a fresh run of this script fails. For developers (CI does not run it); needs Debian's
# `apt-get install -y librsvg2-bin icnsutils icoutils`. The produced files are committed.
set -euo pipefail
cd "$(dirname "$0")/../resources"

for tool in rsvg-convert icotool png2icns sha256sum; do
  command -v "$tool" >/dev/null || {
    echo "$tool is missing: apt-get install -y librsvg2-bin icnsutils icoutils" >&2
    exit 1
  }
done

linux_sizes=(16 24 32 48 64 128 256 512 1024)
ico_sizes=(16 24 32 48 64 128)
icns_sizes=(16 32 48 128 256 512 1024)

png() { echo "icons/$1x$1.png"; }

rm -f icons/*.png icon.ico icon.icns icons/source.sha256
for size in "${linux_sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" --output "$(png "$size")" icon.svg
done

# The small sizes as bitmaps, 256 as a stored PNG (as Windows Vista and later read it).
ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$(png "$size")"); done
icotool --create --output icon.ico "${ico_inputs[@]}" --raw "$(png 256)"

icns_inputs=()
for size in "${icns_sizes[@]}"; do icns_inputs+=("$(png "$size")"); done
png2icns icon.icns "${icns_inputs[@]}" >/dev/null

sha256sum icon.svg icons/*.png icon.ico icon.icns >icons/source.sha256
echo "Wrote $(wc -l <icons/source.sha256) hashes to resources/icons/source.sha256"
