#!/usr/bin/env bash
# Writes corpus/encodings/: copies of some of the project's own directives
# in legacy Vietnamese encodings, so that the golden outputs show them
# decoding to the same items as the originals. Run after changing a table
# in rules/encodings or one of the source directives.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target vbtask_encode >/dev/null
encode=build/vbtask_encode
src=corpus/directives
out=corpus/encodings
mkdir -p "$out"

# Whole documents, one encoding each.
"$encode" TCVN3 <"$src/07_hd_bantuyengiao_hoctaplamtheobac.txt" \
  >"$out/07_hd_bantuyengiao_hoctaplamtheobac.tcvn3.txt"
"$encode" VNI-Windows <"$src/04_tb_ketluan_thanhuy_nongthonmoi.txt" \
  >"$out/04_tb_ketluan_thanhuy_nongthonmoi.vni.txt"
# UTF-8 text carrying TCVN3 bytes misread as Windows-1252.
"$encode" UTF-8+TCVN3-mojibake <"$src/11_kh_huyenuy_chuyendoiso.txt" \
  >"$out/11_kh_huyenuy_chuyendoiso.tcvn3-mojibake.txt"
# Mixed fonts: the official header typed in TCVN3, the body in UTF-8.
mixed="$out/10_ct_trunguong_xahoihoctap.mixed.txt"
head -n 8 "$src/10_ct_trunguong_xahoihoctap.txt" | "$encode" TCVN3 >"$mixed"
tail -n +9 "$src/10_ct_trunguong_xahoihoctap.txt" >>"$mixed"
