// Range indexes on what queries filter and sort on, and full-text indexes for name and text
// search. Neo4j full-text indexes skip list properties, so actors carry `searchText`: their
// name, aliases and handles joined into one string (kept up to date by the writer).

CREATE INDEX call_date IF NOT EXISTS FOR (n:Call) ON (n.date);
CREATE INDEX tweet_posted_on IF NOT EXISTS FOR (n:Tweet) ON (n.postedOn);
CREATE INDEX commitment_kind IF NOT EXISTS FOR (n:Commitment) ON (n.kind);
CREATE INDEX commitment_date IF NOT EXISTS FOR (n:Commitment) ON (n.date);
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);

CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.searchText];
CREATE FULLTEXT INDEX tweet_text IF NOT EXISTS FOR (n:Tweet) ON EACH [n.text];
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.name];

// For `search`: countries by name and codes, commitments by their words, and calls by the quotes
// that report them (a relationship index on the REPORTS evidence).
CREATE FULLTEXT INDEX country_names IF NOT EXISTS FOR (n:Country) ON EACH [n.name, n.code, n.alpha3];
CREATE FULLTEXT INDEX commitment_quotes IF NOT EXISTS FOR (n:Commitment) ON EACH [n.quote];
CREATE FULLTEXT INDEX reported_quotes IF NOT EXISTS FOR ()-[r:REPORTS]-() ON EACH [r.quote];

// Counting and listing a country's calls and leaders anchors on the actors who serve it.
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);

// Undated facts sort after dated ones in every list; `undated: true` (absent when dated) lets a
// page find them by index instead of scanning every node of the label.
CREATE INDEX call_undated IF NOT EXISTS FOR (n:Call) ON (n.undated);
CREATE INDEX tweet_undated IF NOT EXISTS FOR (n:Tweet) ON (n.undated);
CREATE INDEX commitment_undated IF NOT EXISTS FOR (n:Commitment) ON (n.undated);
CREATE INDEX incident_undated IF NOT EXISTS FOR (n:Incident) ON (n.undated);
CREATE INDEX article_undated IF NOT EXISTS FOR (n:Article) ON (n.undated);

// The same-contact lookups (src/graph/same-contact-cypher.ts) find the calls of exactly one set of
// people by their contact key: a dated twin by key and day, an undated call to fold by key (the
// composite holds only calls that have both properties, so only undated calls).
CREATE INDEX call_contact_date IF NOT EXISTS FOR (n:Call) ON (n.contact, n.date);
CREATE INDEX call_contact_undated IF NOT EXISTS FOR (n:Call) ON (n.contact, n.undated);
