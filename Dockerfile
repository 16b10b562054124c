# ComPlexionist's server in a container: `complexionist serve` on 0.0.0.0:8787, settings and cache in /config.
# Build: docker build -t complexionist .   (or podman build --format docker, which keeps the HEALTHCHECK)
# Run:   see compose.yaml and docs/container.md.

# Any Node.js 24 image on Debian bookworm. CI passes a local one (.ci/container) because it reaches no registry.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# Optional: a CA bundle for a TLS-inspecting proxy and another npm registry (CI passes both).
ARG NODE_EXTRA_CA_CERTS
ARG npm_config_registry
# node-gyp takes Node's headers from the image instead of downloading them.
ENV npm_config_nodedir=/usr/local \
    CI=true \
    TURBO_TELEMETRY_DISABLED=1
# The repository's packageManager.
RUN npm install --global --no-fund --no-audit pnpm@12.4.2

WORKDIR /src
# Manifests first, so the install layer is reused while only sources change. Add new packages here.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/arr/package.json packages/arr/
COPY packages/cache/package.json packages/cache/
COPY packages/cli/package.json packages/cli/
COPY packages/config/package.json packages/config/
COPY packages/contract/package.json packages/contract/
COPY packages/core/package.json packages/core/
COPY packages/http/package.json packages/http/
COPY packages/notify/package.json packages/notify/
COPY packages/plex/package.json packages/plex/
COPY packages/runtime/package.json packages/runtime/
COPY packages/server/package.json packages/server/
COPY packages/testkit/package.json packages/testkit/
COPY packages/tmdb/package.json packages/tmdb/
COPY packages/tvdb/package.json packages/tvdb/
RUN pnpm install --frozen-lockfile

COPY . .
# The CLI bundles the @complexionist/* packages; its own dependencies are the third-party ones only.
RUN pnpm --filter "complexionist..." run build \
  && pnpm --filter complexionist deploy --prod /out
# Left out of the runtime image: TypeScript (an optional peer of valibot, for its types only; nothing loads it)
# and better-sqlite3's build intermediates and sources (only build/Release/better_sqlite3.node is loaded).
RUN rm -rf /out/node_modules/.pnpm/typescript@* \
  && cd /out/node_modules/.pnpm/better-sqlite3@*/node_modules/better-sqlite3 \
  && mv build/Release/better_sqlite3.node /tmp/ \
  && rm -rf build deps src \
  && mkdir -p build/Release \
  && mv /tmp/better_sqlite3.node build/Release/

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    COMPLEXIONIST_HOME=/config
COPY --from=build /out /app
COPY container/entrypoint.mjs /app/entrypoint.mjs
# `complexionist …` for `docker exec`; /config owned by the user the server runs as (uid 1000, `node` in the
# official images). Run with --user to choose another one (docs/container.md).
RUN printf '#!/bin/sh\nexec node /app/dist/bin.js "$@"\n' > /usr/local/bin/complexionist \
  && chmod 755 /usr/local/bin/complexionist \
  && mkdir -p /config \
  && chown 1000:1000 /config
USER 1000:1000
WORKDIR /config
VOLUME /config
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8787/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/entrypoint.mjs"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8787"]
