# NOI Desk — multi-stage image: compile (and build better-sqlite3) in one stage, run as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# /healthz and /metrics stay on the container's loopback (the HEALTHCHECK below reads them there): they have no
# authentication. To scrape them from outside, opt in deliberately and publish the port on the host's loopback only:
#   docker run -e METRICS_HOST=0.0.0.0 -p 127.0.0.1:9464:9464 ...
# Webhook mode listens on all the container's interfaces, since a container's loopback is unreachable from the
# host's reverse proxy; what reaches it is decided by -p (publish it as -p 127.0.0.1:8443:8443), and a request
# without Telegram's secret header is refused.
ENV NODE_ENV=production DATABASE_PATH=/data/noi-desk.sqlite WEBHOOK_HOST=0.0.0.0
WORKDIR /app
RUN useradd --system --uid 10001 --home /app desk && mkdir -p /data && chown desk /data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY package.json ./
COPY locales ./locales
COPY drizzle ./drizzle
COPY data/activities.json ./data/activities.json
COPY src/playground/page.html ./src/playground/page.html
# Litestream (its binary came with npm ci, in node_modules) runs the desk and replicates /data off the machine when
# REPLICA_URL is set (compose.yaml sets it, with MinIO); without it the script starts the desk alone.
COPY deploy/litestream.yml deploy/run-with-litestream.sh ./deploy/
USER desk
VOLUME ["/data"]
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:9464/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The desk runs as Litestream's child (node --max-old-space-size=128 --max-semi-space-size=8 build/src/main.js):
# docker stop's SIGTERM reaches it through Litestream, which then ships its last frames.
CMD ["sh", "deploy/run-with-litestream.sh"]
