# syntax=docker/dockerfile:1
# Switchboard's production image: compiled in a build stage, run from dist/ on slim Node 20 with
# production dependencies only (no tsx, no compiler), as the unprivileged `node` user, its data
# under the /data volume. The same image runs API V2 and the reference backends (other
# commands: docker-compose.yml). How to run and operate it: docs/operations.md.
ARG NODE_VERSION=20

# 1. All dependencies, then `npm run build`: tsc into dist/ and the assets beside it.
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY spec ./spec
COPY scripts ./scripts
COPY backends ./backends
COPY src ./src
RUN npm run build

# 2. Production dependencies only; native modules (better-sqlite3) are built here, where the
#    toolchain is, for the same Debian and Node as the runtime.
FROM node:${NODE_VERSION}-bookworm AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# 3. The runtime. DejaVu gives the charts their text (en, ro, ru, kk).
FROM node:${NODE_VERSION}-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV DATA_DIR=/data \
    PORT=8080
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js"]
CMD ["node", "dist/main.js"]
