#!/usr/bin/env bash
# Fuzzes the live hub against its own OpenAPI document with schemathesis (PyPI): starts the hub on a
# throwaway embedded database, creates a province admin, a koordinator and a partner key with the CLI,
# signs them in, seeds a few reports, and lets schemathesis call every operation of /api/v1/openapi.json
# with valid and invalid input. It fails on any 5xx, any status the document does not list, and any
# answer that does not match its schema. It takes one to two minutes.
#   SCHEMATHESIS_EXAMPLES  test cases per operation and phase (default 20)
#   SCHEMATHESIS_SEED      the generator's seed (default fixed, so a run can be repeated)
# Further arguments go to `schemathesis run` (e.g. `--include-path-regex reports` or `--report har`).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${ASPIRASI_BIN:-.build/debug/aspirasi}"
[ -x "$bin" ] || { echo "build first (make build)" >&2; exit 1; }
schemathesis=.build/venv-schemathesis/bin/schemathesis
[ -x "$schemathesis" ] || scripts/bootstrap.sh test

work=$(mktemp -d /tmp/aspirasi-schemathesis-XXXX); chmod 711 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
hub=""
cleanup() {
  [ -n "$hub" ] && kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" serve --data-dir "$work/data" --port "$port" --log-level error >>"$work/hub.log" 2>&1 &
hub=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 "$hub" 2>/dev/null || { cat "$work/hub.log"; exit 1; }
  sleep 0.1
done

# The CLI shares the running hub's cluster. The officers' names are ones the generator will not guess.
password="schemathesis-$(date +%s)-$RANDOM"
for role in admin koordinator; do
  printf '%s\n' "$password" |
    "$bin" user add "fuzz.province.$role" --unit 31 --role "$role" --password-stdin --data-dir "$work/data" \
      --log-level error >/dev/null
done
export ASPIRASI_PARTNER_KEY
ASPIRASI_PARTNER_KEY=$("$bin" apikey add schemathesis --data-dir "$work/data" --log-level error)
base="http://127.0.0.1:$port/api/v1"

# An API token of the officer: it survives the password resets the run makes, which end sessions.
api_token() {
  local session
  session=$(curl -sf "$base/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  curl -sf "$base/auth/tokens" -H "Authorization: Bearer $session" -H 'Content-Type: application/json' \
    -d '{"name":"schemathesis"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
admin=$(api_token fuzz.province.admin)
koordinator=$(api_token fuzz.province.koordinator)
export ASPIRASI_OFFICER_TOKEN

# A few reports to act on, through the partner API: the generator draws most tracking numbers from them.
numbers=()
for i in 1 2 3 4; do
  numbers+=("$(curl -sf "$base/messages" -H "Authorization: Bearer $ASPIRASI_PARTNER_KEY" \
    -H 'Content-Type: application/json' -d "{\"channel\":\"api\",\"external_id\":\"seed-$i\",
      \"author\":\"+62812000000$i\",\"text\":\"Jalan berlubang besar nomor $i di depan sekolah\",
      \"lat\":-6.17$i,\"lon\":106.82$i}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tracking_number"])')")
done
# The credentials of each security scheme of the document (from the environment), and those numbers.
cat >"$work/schemathesis.toml" <<TOML
# Each run starts from nothing: no cache of earlier runs' findings in the work tree.
[cache]
enabled = false

[auth.openapi.officerBearer]
bearer = "\${ASPIRASI_OFFICER_TOKEN}"

[auth.openapi.partnerKey]
bearer = "\${ASPIRASI_PARTNER_KEY}"

[dictionaries.reports]
values = [$(printf '"%s",' "${numbers[@]}")]

[parameters]
"path.number" = { dictionary = "reports", probability = 0.8 }
TOML

fuzz() {
  PYTHONPATH="$PWD/scripts/python" timeout 300 "$schemathesis" --config-file "$work/schemathesis.toml" run "$base/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing --max-examples "${SCHEMATHESIS_EXAMPLES:-20}" \
    --seed "${SCHEMATHESIS_SEED:-20261123}" --generation-database none --workers 2 --request-timeout 30 \
    --no-color "$@"
}

# First as a koordinator, the reports (which an admin may not act on); then as the province's admin,
# every operation but those that end tokens: schemathesis learns usernames and token ids from the
# answers, and would end its own (or the koordinator's, hence the order). Then, apart: revoking tokens
# (the admin's own perhaps), and signing out, which ends the token.
status=0
ASPIRASI_OFFICER_TOKEN=$koordinator fuzz --include-tag reports "$@" || status=$?
[ "$status" -ne 0 ] || ASPIRASI_OFFICER_TOKEN=$admin fuzz --exclude-operation-id logout \
  --exclude-operation-id revokeOfficerTokens --exclude-operation-id revokeOfficerToken "$@" || status=$?
[ "$status" -ne 0 ] || ASPIRASI_OFFICER_TOKEN=$admin fuzz --include-operation-id revokeOfficerTokens \
  --include-operation-id revokeOfficerToken "$@" || status=$?
[ "$status" -ne 0 ] || ASPIRASI_OFFICER_TOKEN=$admin fuzz --include-operation-id logout "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "schemathesis: failed ($status); the hub's log:" >&2
  tail -50 "$work/hub.log" >&2
fi
exit "$status"
