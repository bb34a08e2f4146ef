#!/usr/bin/env bash
# Prepares a machine to build and test the guide, installing only what is missing:
#   1. Node.js >= 22.12 (Node 24 from the npm registry's `node` package when the local one is older);
#   2. a Chromium for build-time diagrams and the browser tests (Debian's package, when apt can);
#   3. the project's npm dependencies, exactly as locked (npm ci).
# Safe to run again. Source it (`. scripts/setup.sh`) to keep the PATH it sets.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

node_is_recent() {
	command -v node >/dev/null 2>&1 &&
		node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_is_recent; then
	echo "setup: Node $(node --version 2>/dev/null || echo 'is missing'); the guide needs >= 22.12. Installing Node 24..."
	if [ -w /opt ]; then prefix=/opt/node24; else prefix="$HOME/.local/node24"; fi
	npm install --global --prefix "$prefix" --no-audit --no-fund node@24
	export PATH="$prefix/bin:$PATH"
	# Later commands in the reader's own shell (npm start, npm test) must find it too.
	if [ -w /usr/local/bin ]; then
		ln -sf "$prefix/bin/node" /usr/local/bin/node
		hash -r
	else
		echo "setup: add Node 24 to your PATH before running npm: export PATH=\"$prefix/bin:\$PATH\""
	fi
fi
echo "setup: using Node $(node --version)"

chromium_path="$(node --input-type=module -e "import { findChromium } from './config/chromium.mjs'; console.log(findChromium() ?? '')")"
if [ -z "$chromium_path" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "setup: installing Debian's chromium for build-time diagrams and browser tests..."
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "setup: no system Chromium found. For the tests, run: npx playwright install chromium"
		echo "       (the site still builds without one; diagrams then render in the browser)."
	fi
fi

# A system Chromium is used, so Playwright never needs to download its own.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
echo "setup: done."
