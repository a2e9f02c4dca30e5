#!/usr/bin/env bash
# Renders every screen in every language, portrait and landscape, into
# docs/screenshots/ (NAME-LANG-ORIENTATION.png), against the real portal
# simulator. Look at them after a UI change.
set -euo pipefail
bin=${1:-build/dev/bin}
out=${2:-docs/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
"$bin/motcua-portal-sim" pki "$work/pki" >/dev/null
"$bin/motcua-portal-sim" --pki "$work/pki" --data "$work/sim.sqlite" --port 0 > "$work/sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q listening "$work/sim.log" && break; sleep 0.05; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/sim.log" | head -n 1)
cat > "$work/shots.toml" <<TOML
[store]
data_dir = "$work/data"
[devices.portal]
backend = "https"
url = "https://127.0.0.1:$port"
ca_file = "$work/pki/ca.crt"
TOML
shot() {  # shot NAME LANGUAGE ORIENTATION ARGS…
  local name=$1 language=$2 orientation=$3; shift 3
  local size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/shots.toml" --language "$language" --size "$size" \
    --screenshot "$out/$name-$language-$orientation.png" "$@" >/dev/null 2>&1
}
for language in vi en; do
  for orientation in landscape portrait; do
    for screen in attract language home site-info; do
      shot "$screen" "$language" "$orientation" --screen "$screen"
    done
    shot status "$language" "$orientation" --screen status
    shot passport "$language" "$orientation" --screen passport
  done
  # Every status the portal can report, and a lookup that fails.
  n=1
  for status in received processing needs-information ready-for-pickup mailed returned rejected; do
    shot "status-$status" "$language" landscape --screen status --lookup "HN-DEMO-00000$n"
    n=$((n + 1))
  done
  shot status-not-found "$language" landscape --screen status --lookup "HN-000000-999999"
  shot status-ready-for-pickup "$language" portrait --screen status --lookup "HN-DEMO-000004"
done
# The passport wizard: every step with sample answers, in Vietnamese.
for orientation in landscape portrait; do
  for step in about_you id_card addresses work family previous_passport request review fee; do
    shot "passport-${step//_/-}" vi "$orientation" --screen passport --wizard-step "$step"
  done
  # After the fee: payment QR, receipt; and the TK01a path for a child.
  for step in payment receipt representative child_print; do
    shot "passport-${step//_/-}" vi "$orientation" --screen passport --wizard-step "$step"
  done
done
# The foreign residents' languages: home, procedures and the first form step.
for language in zh ko ja; do
  shot home "$language" landscape --screen home
  shot procedures "$language" landscape --screen procedures
  shot passport-about-you "$language" landscape --screen passport --wizard-step about_you
done
# Five languages (docs/languages.md): the first form step in English, Chinese in portrait, and paper
# in Vietnamese plus the citizen's language (rendered by paper_language_test).
shot passport-about-you en landscape --screen passport --wizard-step about_you
shot home zh portrait --screen home
shot passport-about-you zh portrait --screen passport --wizard-step about_you
(cd "$work" && QT_QPA_PLATFORM=offscreen "$bin/paper_language_test" >/dev/null 2>&1) || true
for paper in receipt-ko ticket-zh declaration-ja; do
  [ -f "$work/$paper.png" ] && cp "$work/$paper.png" "$out/print-$paper-80mm.png"
done
# Procedures and fees.
for language in vi en; do
  for orientation in landscape portrait; do
    shot procedures "$language" "$orientation" --screen procedures
  done
done
# The ID-card scan step: waiting, from the file camera on an empty desk; the
# read, refused and prefilled-with-badges states from tst_id_scan.qml, which
# saves them when MOTCUA_SCREENSHOT_DIR is set.
cat "$work/shots.toml" - > "$work/scan.toml" <<TOML
[devices.camera]
backend = "file"
source = "$PWD/tests/data/scan/desk-only.jpg"
TOML
for orientation in landscape portrait; do
  size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/scan.toml" --language vi --size "$size" \
    --screenshot "$out/passport-id-scan-vi-$orientation.png" --screen passport --wizard-step id_scan >/dev/null 2>&1
done
MOTCUA_SCREENSHOT_DIR="$(cd "$out" && pwd)" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
  QT_IM_MODULE=qtvirtualkeyboard "$bin/qml_shell_test" -input tests/qml/tst_id_scan.qml >/dev/null 2>&1
# The passport photo: the bundled sample video as the camera (OpenCV file
# path); live guidance after 2.5 s (the countdown has started), the 4x6
# result after 9 s (1 s steady + 3-2-1 + the burst).
cat "$work/shots.toml" - > "$work/photo.toml" <<TOML
[devices.camera]
backend = "file"
TOML
for orientation in landscape portrait; do
  size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  for shot in live:2500 result:9000; do
    QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/photo.toml" --language vi --size "$size" \
      --screen passport --wizard-step photo --screenshot-delay "${shot#*:}" \
      --screenshot "$out/passport-photo-${shot%%:*}-vi-$orientation.png" >/dev/null 2>&1
  done
done
# The camera unplugged mid-session (fake camera): the message and "call a guide".
cat "$work/shots.toml" - > "$work/photo-unplug.toml" <<TOML
[devices.camera]
backend = "fake"
source = "unplug_after=20"
TOML
QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/photo-unplug.toml" --language vi --size 1920x1080 \
  --screen passport --wizard-step photo --screenshot-delay 3000 \
  --screenshot "$out/passport-photo-camera-unplugged-vi-landscape.png" >/dev/null 2>&1
# Take a number (issue 9): services open all day so the shot does not depend on the hour; a few
# tickets first so the board shows people waiting; then the ticket screen with an elderly priority.
cat "$work/shots.toml" - > "$work/queue.toml" <<TOML
[[queue.services]]
code = "passport_new"
prefix = "A"
name_vi = "Cấp hộ chiếu lần đầu"
name_en = "First passport"
opens = "00:00"
closes = "24:00"
counters = [1, 2, 3]
[[queue.services]]
code = "passport_reissue"
prefix = "B"
name_vi = "Cấp lại hộ chiếu (hết hạn, mất, hỏng)"
name_en = "Passport re-issue or lost passport"
opens = "00:00"
closes = "24:00"
counters = [2, 3, 4]
[[queue.services]]
code = "passport_child"
prefix = "C"
name_vi = "Hộ chiếu cho trẻ em dưới 14 tuổi"
name_en = "Passport for a child under 14"
opens = "00:00"
closes = "24:00"
counters = [4]
[[queue.services]]
code = "online_help"
prefix = "E"
name_vi = "Hỗ trợ nộp hồ sơ trực tuyến"
name_en = "Help with an online application"
opens = "00:00"
closes = "24:00"
counters = [6]
TOML
for service in passport_new passport_new passport_reissue online_help; do
  "$bin/motcua" --config "$work/queue.toml" queue issue "$service" >/dev/null 2>&1
done
for orientation in landscape portrait; do
  size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/queue.toml" --language vi --size "$size" \
    --screen queue --screenshot "$out/queue-take-vi-$orientation.png" >/dev/null 2>&1
done
for language in vi en; do
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/queue.toml" --language "$language" --size 1920x1080 \
    --screen queue --wizard-step ticket --screenshot "$out/queue-ticket-$language-landscape.png" >/dev/null 2>&1
done
# The display board (sample calls) and the counter console (counter 1 has called the next number).
for orientation in landscape portrait; do
  size=1920x1080; [ "$orientation" = portrait ] && size=1080x1920
  QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/queue.toml" --language vi --size "$size" \
    --screen board --screenshot "$out/queue-board-vi-$orientation.png" >/dev/null 2>&1
done
"$bin/motcua" --config "$work/queue.toml" queue call 1 next >/dev/null 2>&1
QT_QPA_PLATFORM=offscreen "$bin/motcua-kiosk" --config "$work/queue.toml" --language vi --size 1920x1080 \
  --screen counter --screenshot "$out/queue-counter-vi-landscape.png" >/dev/null 2>&1
# Guide mode (sample accounts, nothing stored or audited): PIN pad, names, home, device health, figures,
# the out-of-service editor and the citizens' out-of-service notice.
for orientation in landscape portrait; do
  shot guide-pin-pad vi "$orientation" --screen guide-login
done
shot guide-names vi landscape --screen guide-names
for screen in guide-home guide-health guide-figures; do
  shot "$screen" vi landscape --screen "$screen"
done
shot guide-home vi portrait --screen guide-home
shot guide-out-of-service-editor vi landscape --screen guide-out-of-service
shot guide-out-of-service vi landscape --screen out-of-service  # what citizens see
# Call a guide (issues 9 and 10): the citizen's home with the request pending and the counter
# console's alert, from the QML test; motcua-counter with a kiosk's call waiting.
MOTCUA_SCREENSHOT_DIR="$(cd "$out" && pwd)" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
  QT_IM_MODULE=qtvirtualkeyboard "$bin/qml_shell_test" -input tests/qml/tst_queue_help.qml >/dev/null 2>&1
"$bin/motcua" --config "$work/queue.toml" queue help request kiosk-03 >/dev/null 2>&1
QT_QPA_PLATFORM=offscreen "$bin/motcua-counter" --config "$work/queue.toml" --counter 1 --size 1000x700 \
  --screenshot "$out/motcua-counter-vi.png" >/dev/null 2>&1
# Accessibility (issue 11): the rating step in Vietnamese and English; large text and high contrast on the
# home screen and a form step, from the QML test (docs/accessibility.md).
for language in vi en; do
  shot feedback "$language" landscape --screen feedback
done
shot feedback vi portrait --screen feedback
MOTCUA_SCREENSHOT_DIR="$(cd "$out" && pwd)" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
  QT_IM_MODULE=qtvirtualkeyboard "$bin/qml_shell_test" -input tests/qml/tst_accessibility.qml >/dev/null 2>&1
ls "$out" | wc -l
