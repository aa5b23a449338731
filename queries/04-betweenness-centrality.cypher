// Question: Who brokers contact between a set of actors (a betweenness-style centrality, no plugins)?
// Parameters:
//   $ids  List<String>  the actors whose connections are examined (keep it small: pairs grow
//                       with its square, and every shortest path of every pair is enumerated)
// For each pair of the set, every shortest chain of calls between them (up to 4 calls) is found;
// each actor inside a chain gets 1 / (number of shortest chains of that pair). The sum is
// Freeman's betweenness restricted to the set's pairs. Two calls between the same pair are two
// chains, so frequent contacts weigh more.
// Example (ids: ['mohamed-bin-zayed-al-nahyan', 'charles-iii', 'vladimir-putin', 'dmytro-kuleba']):
//   broker               | betweenness
//   Joe Biden            | 5.75
//   Volodymyr Zelenskyy  | 3.0
//   Olaf Scholz          | 0.25
MATCH (a:Actor), (b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
MATCH p = allShortestPaths((a)-[:TOOK_PART_IN*..8]-(b))
WITH a, b, collect(p) AS chains
UNWIND chains AS chain
UNWIND [n IN nodes(chain)[1..-1] WHERE n:Actor] AS broker
WITH broker, 1.0 / size(chains) AS share
// Rounded: a sum of fractions depends on the order Neo4j finds the chains in (5.749999… or 5.75).
RETURN broker.name AS broker, round(sum(share), 6) AS betweenness
ORDER BY betweenness DESC, broker;
