#!/bin/bash
# usage: run.sh file.ts
cd /work/main/workers/edge && npx esbuild $1 --bundle --format=esm --outfile=/tmp/micro/w3.js --log-level=warning || exit 1
cd /work/main && W=node_modules/.bin/workerd
$W serve /tmp/micro/platform.capnp & P1=$!
$W serve /tmp/micro/c3.capnp --verbose 2>/tmp/micro/err2.log & P2=$!
sleep 1.5; curl -s http://127.0.0.1:9320/ -o /dev/null
npx autocannon -c 32 -d 4 -j http://127.0.0.1:9320/ 2>/dev/null | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s);console.log(Math.round(r.requests.average), r.latency.p50, r.latency.p99, r.non2xx, r.errors)})"
curl -s http://127.0.0.1:9320/stats; echo
kill $P1 $P2; wait 2>/dev/null
echo "cross-request errors: $(grep -c 'different request' /tmp/micro/err2.log)"
