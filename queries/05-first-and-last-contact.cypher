// Question: With whom has an actor been in contact, how often, since when and until when?
// Parameters:
//   $id  String  an actor id, e.g. 'volodymyr-zelenskyy'
// Read from the contact aggregate: one CONTACTED edge per pair of actors who shared calls (the
// writer keeps it; docs/graph-model.md). `calls` counts every shared call; `first`/`last` only see
// the dated ones (null when none is). Walking the calls gives the same rows, at the cost of
// reading every one of them: MATCH (:Actor {id: $id})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(other)
// WITH other, count(c) AS calls, min(c.date) AS first, max(c.date) AS last.
// Example (id: 'volodymyr-zelenskyy'):
//   counterpart                 | calls | first       | last
//   Joe Biden                   | 3     | 2022-02-24  | 2022-03-01
//   Olaf Scholz                 | 1     | 2022-03-01  | 2022-03-01
//   UK Royal Family             | 1     | 2022-03-01  | 2022-03-01
//   Justin Trudeau              | 1     | 2022-01-11  | 2022-01-11
//   Mohamed bin Zayed Al Nahyan | 1     | null        | null
MATCH (:Actor {id: $id})-[t:CONTACTED]-(other:Actor)
RETURN other.name AS counterpart, t.calls AS calls, t.first AS first, t.last AS last
ORDER BY calls DESC, coalesce(last, date('0001-01-01')) DESC, counterpart;
