// Question: Do both sides of a contact speak about it, or only one?
// Parameters: none
// The graph does not record who placed a call (readouts rarely say, and "spoke with" has no
// direction), so "who initiates?" cannot be answered honestly. What it does record is who posted
// about a call (Tweet ABOUT Call): this recipe measures that reciprocity instead. For each pair
// with a call either side posted about: how many calls they shared, how many each side posted
// about, and how many both did.
// Example:
//   one          | other                | calls | onePosted | otherPosted | both
//   Joe Biden    | Volodymyr Zelenskyy  | 3     | 1         | 1           | 1
//   Olaf Scholz  | Volodymyr Zelenskyy  | 1     | 0         | 1           | 0
MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(b:Actor)
WHERE a.id < b.id
WITH a, b, c,
     EXISTS { (a)-[:POSTED]->(:Tweet)-[:ABOUT]->(c) } AS aPosted,
     EXISTS { (b)-[:POSTED]->(:Tweet)-[:ABOUT]->(c) } AS bPosted
WITH a, b, count(DISTINCT c) AS calls,
     count(DISTINCT CASE WHEN aPosted THEN c END) AS onePosted,
     count(DISTINCT CASE WHEN bPosted THEN c END) AS otherPosted,
     count(DISTINCT CASE WHEN aPosted AND bPosted THEN c END) AS both
WHERE onePosted + otherPosted > 0
RETURN a.name AS one, b.name AS other, calls, onePosted, otherPosted, both
ORDER BY calls DESC, one, other;
