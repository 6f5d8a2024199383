# NOI Desk — multi-stage image: build native modules in one stage, run as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY locales ./locales
COPY drizzle ./drizzle
COPY data/activities.json ./data/activities.json

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATABASE_PATH=/data/noi-desk.sqlite METRICS_HOST=0.0.0.0
WORKDIR /app
RUN useradd --system --uid 10001 --home /app desk && mkdir -p /data && chown desk /data
COPY --from=build --chown=desk /app /app
USER desk
VOLUME ["/data"]
EXPOSE 8443 9464
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:9464/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
