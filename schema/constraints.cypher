// One uniqueness constraint per node key (docs/graph-model.md). Each also backs a range index on
// the key, so every MERGE in src/graph/ looks its node up by index. Applied idempotently at
// start-up by src/graph/apply-schema.ts: statements end with `;` at the end of a line.

CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT call_id IF NOT EXISTS FOR (n:Call) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tweet_id IF NOT EXISTS FOR (n:Tweet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (n:Commitment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (n:Topic) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;

// The contact aggregate's edges (src/graph/contact-tally-cypher.ts): the writer MERGEs each by its
// key, which these constraints index, instead of among all the aggregate edges of one of its actors.
CREATE CONSTRAINT contacted_key IF NOT EXISTS FOR ()-[t:CONTACTED]-() REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT contacted_in_key IF NOT EXISTS FOR ()-[m:CONTACTED_IN]-() REQUIRE m.key IS UNIQUE;
