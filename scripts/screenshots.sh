#!/usr/bin/env bash
# Takes the README's pictures from the running application under Xvfb (docs/img/*.png).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
build_dir="${BUBUH_BUILD_DIR:-build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A one-page A4 letter, written by hand so that no PDF tool is needed.
sample="$work/surat-lamaran.pdf"
content='BT /F1 20 Tf 72 760 Td (Surat Lamaran) Tj ET BT /F1 11 Tf 72 720 Td (Kepada Yth. Panitia Seleksi CPNS) Tj ET BT /F1 11 Tf 72 700 Td (Dengan hormat, saya yang bertanda tangan di bawah ini mengajukan lamaran.) Tj ET BT /F1 11 Tf 380 250 Td (Hormat saya,) Tj ET'
{
    printf '%%PDF-1.7\n'
    o1=$(($(printf '%%PDF-1.7\n' | wc -c)))
    obj1='1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj'
    obj2='2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj'
    obj3='3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj'
    obj4="4 0 obj << /Length ${#content} >> stream
$content
endstream endobj"
    o2=$((o1 + ${#obj1} + 1)); o3=$((o2 + ${#obj2} + 1)); o4=$((o3 + ${#obj3} + 1)); x=$((o4 + ${#obj4} + 1))
    printf '%s\n%s\n%s\n%s\n' "$obj1" "$obj2" "$obj3" "$obj4"
    printf 'xref\n0 5\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n%010d 00000 n \n%010d 00000 n \n' "$o1" "$o2" "$o3" "$o4"
    printf 'trailer << /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' "$x"
} > "$sample"

mkdir -p docs/img
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x860x24" "$build_dir/ui/bubuh" --demo --screenshot docs/img/placement.png "$sample"
echo "docs/img/placement.png"
