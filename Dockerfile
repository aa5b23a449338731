# The diplograph API for users with Docker; Neo4j runs in its own container (docker-compose.yml).
# Stage 1 builds the web explorer (vite is a dev dependency); stage 2 is the runtime.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npx vite build web

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
# The trusted operations the explorer sends by hash (TRUSTED_DOCUMENTS_ONLY, docs/operations.md).
COPY web/src/gql/persisted-documents.json ./web/src/gql/
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 NODE_OPTIONS=--max-old-space-size=256
EXPOSE 4000
USER node
CMD ["node", "bin/diplograph.js", "serve"]
