# The diplograph API for users with Docker; Neo4j runs in its own container (docker-compose.yml).
# Stage 1 builds the web explorer (vite is a dev dependency) and compiles src/ to dist/ (npm run build,
# src/server/build-dist.ts); stage 2 is the runtime, serving the compiled JavaScript as `npm start` does.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npx vite build web
COPY tsconfig.json ./
COPY src ./src
RUN npx tsx src/server/build-dist.ts

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY neo4j ./neo4j
COPY --from=web /app/web/dist ./web/dist
COPY --from=web /app/dist ./dist
# The trusted operations the explorer sends by hash (TRUSTED_DOCUMENTS_ONLY, docs/operations.md).
COPY web/src/gql/persisted-documents.json ./web/src/gql/
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 NODE_OPTIONS=--max-old-space-size=256
EXPOSE 4000
USER node
CMD ["node", "dist/server/cli-entry.js", "serve"]
