// Question: Who has the most distinct contacts (degree), and how many calls?
// Parameters:
//   $limit  Integer  how many actors to list
// Degree counts distinct counterparts, so one video call with ten leaders adds ten at once.
// Example (limit: 4):
//   actor          | degree | calls
//   Joe Biden      | 15     | 8
//   Olaf Scholz    | 12     | 3
//   Emmanuel Macron| 11     | 2
//   Justin Trudeau | 11     | 2
MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(other:Actor)
WITH a, count(DISTINCT other) AS degree, count(DISTINCT c) AS calls
RETURN a.name AS actor, degree, calls
ORDER BY degree DESC, calls DESC, actor
LIMIT toInteger($limit);
