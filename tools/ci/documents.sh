#!/usr/bin/env bash
# What CI does with specs and documents, in one script the workflow calls and the tests run
# (tests/UnitCompiler.Tests/Cli/DocumentsScriptTests.cs), so the workflow's commands are tested
# even though the workflow itself cannot run outside GitHub.
#
#   documents.sh check              lint, specs canonical, committed documents up to date (exit 1 if stale)
#   documents.sh comment BASE       the Markdown diff of the specs since BASE and every format built,
#                                   into $UNITC_ARTIFACTS (default artifacts/): spec-diff.md, documents/
#   documents.sh regenerate         build the documents into the output folder; with UNITC_COMMIT=1,
#                                   commit what changed there as the bot, "[skip ci]" in the message
#
# Environment: UNITC (the command that runs unitc; default: dotnet run --project src/Unitc --),
# UNITC_FORMATS (formats built for the artefact; default html,md,csv,docx,xlsx,pdf), UNITC_OUTPUT
# (the committed output folder; default out), UNITC_BOT_NAME / UNITC_BOT_EMAIL (the committer).
set -euo pipefail

read -r -a unitc_command <<< "${UNITC:-dotnet run --project src/Unitc --}"
unitc() { "${unitc_command[@]}" "$@"; }

mode="${1:-check}"
case "$mode" in
  check)
    unitc lint --report github
    unitc fmt --check
    unitc build --check
    ;;
  comment)
    base="${2:?usage: documents.sh comment BASE}"
    artifacts="${UNITC_ARTIFACTS:-artifacts}"
    mkdir -p "$artifacts"
    unitc lint --report github
    unitc fmt --check
    unitc diff "$base" --format markdown > "$artifacts/spec-diff.md"
    unitc build --output "$artifacts/documents" --format "${UNITC_FORMATS:-html,md,csv,docx,xlsx,pdf}"
    ;;
  regenerate)
    output="${UNITC_OUTPUT:-out}"
    unitc build --output "$output"
    if [ "${UNITC_COMMIT:-0}" = "1" ]; then
      # The build record and the lock are this machine's state, not documents.
      git add -A -- "$output" ":(exclude)$output/.unitc-build" ":(exclude)$output/.unitc-build.lock"
      if git diff --cached --quiet -- "$output"; then
        echo "documents.sh: $output is up to date; nothing to commit"
      else
        # [skip ci]: the push this commit makes must not start the workflow that made it.
        git -c user.name="${UNITC_BOT_NAME:-github-actions[bot]}" \
            -c user.email="${UNITC_BOT_EMAIL:-41898282+github-actions[bot]@users.noreply.github.com}" \
            commit --quiet -m "Regenerate documents [skip ci]" -- "$output"
        echo "documents.sh: committed the regenerated $output"
      fi
    fi
    ;;
  *)
    echo "documents.sh: unknown mode '$mode' (check, comment BASE or regenerate)" >&2
    exit 2
    ;;
esac
