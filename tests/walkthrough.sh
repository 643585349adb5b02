#!/usr/bin/env bash
# A new user's walk-through: the commands of the README's "A first walk-through", in its order,
# run at the root of a checkout (raw/ here, ../shared/ beside it) after the install command.
# No network: the Hugging Face Hub is switched off, so the dry run plans offline.
# tests/test_walkthrough.py runs this script and checks that every command below is the README's.
set -euo pipefail
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1
mkdir -p build

corpus-tools --version
corpus-tools build raw --out build/dataset
corpus-tools build ../shared/real/govcn --out build/govcn
corpus-tools clean raw/004_1a32719b4d74e475.txt
corpus-tools clean raw/000_ea6fb625b322cb0c.txt --explain
corpus-tools clean raw/000_ea6fb625b322cb0c.txt --json > build/edits.jsonl
corpus-tools clean raw -o build/cleaned
corpus-tools validate build/dataset > build/report.txt
corpus-tools validate build/govcn
corpus-tools publish build/dataset --repo-id ORG/NAME --version 1.0.0 --dry-run
python -c 'from datasets import load_dataset; print(load_dataset("build/dataset", "articles", split="train"))'
