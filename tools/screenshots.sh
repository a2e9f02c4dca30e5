#!/usr/bin/env bash
# Renders every screen in every language, portrait and landscape, into
# docs/screenshots/ (NAME-LANG-ORIENTATION.png). Look at them after a UI change.
set -euo pipefail
bin=${1:-build/dev/bin}
out=${2:-docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[store]\ndata_dir = "%s"\n' "$work" > "$work/shots.toml"
for screen in attract language home site-info; do
  for language in vi en; do
    for orientation in landscape portrait; do
      size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
      QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/shots.toml" --screenshot \
        "$out/$screen-$language-$orientation.png" --screen "$screen" --language "$language" --size "$size" >/dev/null
    done
  done
done
ls "$out"
