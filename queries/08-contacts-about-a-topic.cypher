// Question: Which contacts discussed a topic, and who took part?
// Parameters:
//   $topic  String  a topic's normalised name (lower case), e.g. 'sanctions'
// Topics are what the reports say a call discussed; see the topic nodes for the names in use
// (MATCH (t:Topic) RETURN t.name).
// Example (topic: 'sanctions'):
//   date        | medium      | participants
//   2022-03-01  | unspecified | ['Joe Biden', 'Volodymyr Zelenskyy']
MATCH (c:Call)-[:DISCUSSED]->(:Topic {name: $topic})
RETURN c.date AS date, c.medium AS medium,
       COLLECT { MATCH (a:Actor)-[:TOOK_PART_IN]->(c) RETURN a.name ORDER BY a.name } AS participants
ORDER BY date DESC;
